"""The annotated heat map shared by plot_confusion_matrix and plot_theme_heatmap."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.cbook import is_math_text
from matplotlib.collections import QuadMesh

from sentiment_kit._core.escape import chart_text
from sentiment_kit.plotting import plot_theme_heatmap
from sentiment_kit.plotting._common import annotated_heatmap

SHOWN = np.array([[0.43, np.nan, 0.10], [0.90, 0.25, np.inf]])
TEXTS = np.array([["43%\n(12)", "nan cell", "10%\n(3)"], ["90%\n(27)", "25%\n(7)", "inf cell"]], dtype=object)
ROWS, COLS = ["staff", "billing"], ["store a", "store b", "store c"]


def _heatmap(shown=SHOWN, texts=TEXTS, rows=ROWS, cols=COLS, **kwargs):
    fig, ax = plt.subplots()
    mesh = annotated_heatmap(ax, shown, texts, rows, cols, **kwargs)
    return fig, ax, mesh


def _cell_of(text):
    """(row, column) of the cell whose centre the text sits on."""
    x, y = text.get_position()
    return int(np.floor(y)), int(np.floor(x))


def test_heatmap_writes_the_given_text_in_each_finite_cell():
    _, ax, _ = _heatmap()
    written = {_cell_of(t): t.get_text() for t in ax.texts}
    assert len(ax.texts) == 4
    assert written == {(0, 0): "43%\n(12)", (0, 2): "10%\n(3)", (1, 0): "90%\n(27)", (1, 1): "25%\n(7)"}


def test_heatmap_leaves_non_finite_cells_blank():
    _, ax, _ = _heatmap()
    drawn = [t.get_text() for t in ax.texts]
    assert "nan cell" not in drawn and "inf cell" not in drawn
    assert (0, 1) not in {_cell_of(t) for t in ax.texts}


def test_heatmap_without_texts_writes_nothing():
    _, ax, _ = _heatmap(texts=None)
    assert len(ax.texts) == 0


def test_heatmap_tick_labels_are_the_names_and_dollars_are_not_mathtext():
    rows, cols = ["staff", "$$ refunds"], ["store a", "$5-$10 plan", "c"]
    fig, ax, _ = _heatmap(rows=rows, cols=cols, texts=np.array([["$$"] * 3] * 2, dtype=object))
    fig.canvas.draw()  # an unescaped "$$" raises here (empty mathtext)
    xlabels, ylabels = [t.get_text() for t in ax.get_xticklabels()], [t.get_text() for t in ax.get_yticklabels()]
    assert xlabels == [chart_text(c) for c in cols]
    assert ylabels == [chart_text(r) for r in rows]
    assert not any(is_math_text(s) for s in xlabels + ylabels + [t.get_text() for t in ax.texts])
    # the escape is one backslash per dollar, which matplotlib draws as the dollar itself
    assert [s.replace("\\$", "$") for s in xlabels] == cols


def test_heatmap_rotates_column_names_not_row_names():
    _, ax, _ = _heatmap()
    assert {(t.get_rotation(), t.get_horizontalalignment()) for t in ax.get_xticklabels()} == {(30, "right")}
    assert {t.get_rotation() for t in ax.get_yticklabels()} == {0}


def test_heatmap_uses_the_callers_colour_map_and_limits():
    _, _, mesh = _heatmap(cmap="Greens", vmin=0, vmax=1)
    assert mesh.get_cmap().name == "Greens"
    assert (mesh.norm.vmin, mesh.norm.vmax) == (0, 1)
    _, _, auto = _heatmap(cmap="Blues", vmax=None)  # no limits: the finite data's range
    assert (auto.norm.vmin, auto.norm.vmax) == (0.10, 0.90)


def test_heatmap_draws_no_colour_bar_and_returns_one_that_can_be_added():
    fig, ax, mesh = _heatmap()
    assert len(fig.axes) == 1  # no colour bar of its own: callers choose
    assert isinstance(mesh, QuadMesh) and mesh.axes is ax
    bar = fig.colorbar(mesh, ax=ax, fraction=0.04, pad=0.02, label="share of segment")
    assert len(fig.axes) == 2 and bar.mappable is mesh
    assert bar.ax.get_ylabel() == "share of segment"
    fig.canvas.draw()


def test_heatmap_returns_its_own_cells_on_an_axes_already_drawn_on():
    _, ax = plt.subplots()
    ax.scatter([0, 1], [0, 1])
    mesh = annotated_heatmap(ax, SHOWN, TEXTS, ROWS, COLS)
    assert isinstance(mesh, QuadMesh) and mesh is not ax.collections[0]


def test_heatmap_without_finite_cells_draws_a_blank_grid():
    _, ax, _ = _heatmap(shown=np.full((2, 3), np.nan))
    assert len(ax.texts) == 0
    assert [t.get_text() for t in ax.get_yticklabels()] == ROWS
    _, empty, _ = _heatmap(shown=np.empty((0, 0)), texts=None, rows=[], cols=[])
    assert len(empty.texts) == 0


def test_theme_heatmap_keeps_its_colour_bar_and_blank_cells():
    table = pd.DataFrame([[0.5, np.nan], [0.2, 0.8]], index=["wait", "price"],
                         columns=pd.Index(["a", "$$"], name="store"))
    _, ax = plt.subplots()
    assert plot_theme_heatmap(table, ax=ax) is ax
    ax.figure.canvas.draw()
    assert [t.get_text() for t in ax.texts] == ["50%", "20%", "80%"]
    assert [t.get_text().replace("\\$", "$") for t in ax.get_xticklabels()] == ["a", "$$"]
    assert [a.get_ylabel() for a in ax.figure.axes[1:]] == ["share of segment"]
