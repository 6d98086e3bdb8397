"""Charts of the team analyses: what each draws, from small tables shaped like the analyses' output."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.cbook import is_math_text
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_hex
from matplotlib.ticker import PercentFormatter

from sentiment_kit._core.escape import chart_text
from sentiment_kit.exceptions import SentimentKitError
from sentiment_kit.plotting import (plot_cost_to_serve, plot_empowerment, plot_feedback_by_stage, plot_nps_breakdown,
                                    plot_rate_trend, plot_scorecard)
from sentiment_kit.plotting._common import PALETTE

WARN, NORMAL = PALETTE["negative"], PALETTE["accent"]


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _ax():
    return plt.subplots(figsize=(7, 4.5))[1]


def _written(ax) -> list[str]:
    """Every non-empty text drawn on the Axes (adjustText adds empty annotations for its leader lines)."""
    return [t.get_text() for t in ax.texts if t.get_text()]


def _legend(ax) -> list[str]:
    return [t.get_text() for t in ax.get_legend().get_texts()]


def _all_text(ax) -> list[str]:
    """Every text a reader can see: texts, ticks, labels, title, legend."""
    ticks = [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
    legend = _legend(ax) if ax.get_legend() else []
    return _written(ax) + ticks + legend + [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]


def _draws_literally(ax, *originals):
    """Drawing succeeds, no label is mathtext, and each original appears once unescaped."""
    ax.figure.canvas.draw()  # an unescaped "$$" raises here (empty mathtext)
    texts = _all_text(ax)
    assert not any(is_math_text(t) for t in texts)
    shown = [t.replace("\\$", "$") for t in texts]
    for original in originals:
        assert any(original in t for t in shown), original


# --------------------------------------------------------------------------------------------- scorecard
def _card(**over):
    card = pd.DataFrame({
        "agent": ["ana", "bo", "cy", "dee", "(unknown)"], "contacts": [40, 900, 120, 300, 25],
        "surveys": [10, 30, 20, 0, 5], "quality": [4.5, 3.1, 4.0, np.nan, np.nan],
        "quality_raw": [4.6, 3.0, 4.1, np.nan, np.nan], "ci_low": [4.1, 2.9, 3.6, np.nan, np.nan],
        "ci_high": [4.8, 3.3, 4.3, np.nan, np.nan], "rank": [1, 3, 2, np.nan, np.nan],
        "volume_without_quality": [False, True, False, False, False], "note": ["", "", "", "no surveys", ""]})
    return card.assign(**over)


def _points(ax) -> dict[str, np.ndarray]:
    """x data of each error-bar series by its legend label."""
    return {c.get_label(): np.asarray(c.lines[0].get_xdata(), float) for c in ax.containers}


def test_scorecard_draws_agents_with_quality_and_names_those_left_out():
    ax = plot_scorecard(_card(), ax=_ax())
    points = _points(ax)
    assert sum(len(x) for x in points.values()) == 3  # dee (no surveys) and (unknown) have no quality
    assert sorted(np.concatenate(list(points.values()))) == [40, 120, 900]
    assert _legend(ax)[-1] == "not shown, no quality score: dee, (unknown)"


def test_scorecard_draws_the_flagged_agent_in_the_warning_colour_and_names_it():
    ax = plot_scorecard(_card(), ax=_ax())
    flagged = next(c for c in ax.containers if c.get_label() == "volume without quality")
    assert list(flagged.lines[0].get_xdata()) == [900]
    assert to_hex(flagged.lines[0].get_color()) == WARN
    others = next(c for c in ax.containers if c.get_label() != "volume without quality")
    assert to_hex(others.lines[0].get_color()) == NORMAL
    colour = {t.get_text(): to_hex(t.get_color()) for t in ax.texts if t.get_text()}
    assert colour["bo"] == WARN and colour["ana"] != WARN
    assert "volume without quality" in _legend(ax)


def test_scorecard_interval_is_a_vertical_error_bar_from_ci_low_to_ci_high():
    ax = plot_scorecard(_card(), ax=_ax())
    normal = next(c for c in ax.containers if c.get_label() != "volume without quality")
    assert normal.has_yerr and not normal.has_xerr
    (bars,) = normal.lines[2]
    spans = sorted((seg[0, 1], seg[1, 1]) for seg in bars.get_segments())
    assert spans == [(3.6, 4.3), (4.1, 4.8)]


def test_scorecard_team_mean_is_a_dashed_line_weighted_by_surveys_unless_given():
    ax = plot_scorecard(_card(), ax=_ax())
    (mean,) = [line for line in ax.lines if line.get_linestyle() == "--"]
    expected = (4.6 * 10 + 3.0 * 30 + 4.1 * 20) / 60  # every survey counts once
    assert mean.get_ydata()[0] == pytest.approx(expected)
    ax = plot_scorecard(_card(), ax=_ax(), team_mean=3.9)
    assert [line.get_ydata()[0] for line in ax.lines if line.get_linestyle() == "--"] == [3.9]


def test_scorecard_uses_a_log_axis_only_when_contacts_span_more_than_20_times():
    assert plot_scorecard(_card(), ax=_ax()).get_xscale() == "log"  # 40 to 900 contacts
    narrow = _card(contacts=[40, 700, 120, 300, 25])  # 40 to 700 among the agents drawn: 17.5 times
    assert plot_scorecard(narrow, ax=_ax()).get_xscale() == "linear"


def test_scorecard_names_every_agent_when_few_and_only_flagged_ones_when_many():
    assert sorted(_written(plot_scorecard(_card(), ax=_ax()))) == ["ana", "bo", "cy"]
    n = 30
    many = pd.DataFrame({"agent": [f"a{i}" for i in range(n)], "contacts": np.arange(100, 100 + 10 * n, 10),
                         "quality": np.linspace(3, 4.5, n), "ci_low": np.linspace(2.8, 4.3, n),
                         "ci_high": np.linspace(3.2, 4.7, n), "volume_without_quality": [False] * (n - 1) + [True]})
    assert _written(plot_scorecard(many, ax=_ax())) == [f"a{n - 1}"]
    assert _written(plot_scorecard(many, ax=_ax(), label_flagged=False)) == []


def test_scorecard_agent_names_are_escaped():
    ax = plot_scorecard(_card(agent=["$$", "bo $5-$10", "cy", "dee", "(unknown)"]), ax=_ax())
    assert chart_text("bo $5-$10") in _written(ax)
    _draws_literally(ax, "$$", "bo $5-$10")


def test_scorecard_leaves_the_callers_table_alone_and_returns_the_given_axes():
    card = _card()
    before = card.copy()
    ax = _ax()
    assert plot_scorecard(card, ax=ax) is ax
    pd.testing.assert_frame_equal(card, before)


def test_scorecard_missing_column_names_it():
    with pytest.raises(SentimentKitError, match="'volume_without_quality'"):
        plot_scorecard(_card().drop(columns="volume_without_quality"), ax=_ax())


# ------------------------------------------------------------------------------------------- rate trend
MONTHS = pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"])


def _trend(groups=("phone", "chat"), value="nps", values=(10.0, 20.0, 30.0)):
    rows = []
    for k, g in enumerate(groups):
        for m, v in zip(MONTHS, values):
            rows.append({"period": m, "period_end": m + pd.offsets.MonthEnd(0), "channel": g, "n": 40,
                         value: v + k, "ci_low": v + k - 5, "ci_high": v + k + 5})
    return pd.DataFrame(rows)


def test_rate_trend_draws_one_line_and_one_band_per_group():
    ax = plot_rate_trend(_trend(), by="channel", ax=_ax())
    assert [len(line.get_xdata()) for line in ax.lines] == [3, 3]
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert len(bands) == 2
    ys = bands[0].get_paths()[0].vertices[:, 1]
    assert ys.min() == 5 and ys.max() == 35  # the first group's ci_low and ci_high
    assert _legend(ax)[:2] == ["phone", "chat"]


def test_rate_trend_puts_periods_on_the_time_axis():
    ax = plot_rate_trend(_trend(groups=("all",)), ax=_ax())
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Jan\n2024", "Feb", "Mar"]


def test_rate_trend_draws_the_target_as_a_dashed_line():
    ax = plot_rate_trend(_trend(), by="channel", ax=_ax(), target=25)
    dashed = [line for line in ax.lines if line.get_linestyle() == "--"]
    assert len(dashed) == 1 and list(dashed[0].get_ydata()) == [25, 25]
    assert "target 25" in _legend(ax)
    assert not [line for line in plot_rate_trend(_trend(), by="channel", ax=_ax()).lines
                if line.get_linestyle() == "--"]


def test_rate_trend_uses_a_percent_axis_for_shares_and_a_plain_one_for_nps():
    shares = _trend(groups=("all",), value="rate", values=(0.5, 0.6, 0.7)).assign(ci_low=0.4, ci_high=0.8)
    ax = plot_rate_trend(shares, value="rate", ax=_ax(), target=0.65)
    assert isinstance(ax.yaxis.get_major_formatter(), PercentFormatter)
    assert "target 65%" in _legend(ax)
    assert not isinstance(plot_rate_trend(_trend(), by="channel", ax=_ax()).yaxis.get_major_formatter(),
                          PercentFormatter)


def test_rate_trend_draws_a_lone_period_interval_as_a_bar_and_no_band_without_ci():
    one = _trend(groups=("all",)).iloc[:1]
    ax = plot_rate_trend(one, ax=_ax())
    assert [type(c) for c in ax.collections] == [LineCollection]
    assert not plot_rate_trend(_trend(), by="channel", ci=None, ax=_ax()).collections


def test_rate_trend_labels_and_escapes():
    ax = plot_rate_trend(_trend(groups=("$$", "e$mail")), by="channel", ax=_ax())
    assert ax.get_ylabel() == "net promoter score" and ax.get_title() == "Net promoter score over time"
    _draws_literally(ax, "$$", "e$mail")
    ax = plot_rate_trend(_trend(groups=("x",), value="mean"), value="mean", ax=_ax(), ylabel="CSAT (1-5)")
    assert ax.get_ylabel() == "CSAT (1-5)"


def test_rate_trend_missing_value_column_names_it():
    with pytest.raises(SentimentKitError, match="'rate'"):
        plot_rate_trend(_trend(), value="rate", by="channel", ax=_ax())


def test_rate_trend_refuses_several_rows_per_period_without_by():
    with pytest.raises(SentimentKitError, match="several rows per period"):
        plot_rate_trend(_trend(), ax=_ax())


# ---------------------------------------------------------------------------------------- NPS breakdown
def _nps(names=("north", "south")):
    t = pd.DataFrame({"store": list(names), "n": [120, 80], "promoters": [0.5, 0.3], "passives": [0.3, 0.3],
                      "detractors": [0.2, 0.4], "nps": [30.0, -10.0], "ci_low": [18.0, -26.0],
                      "ci_high": [41.0, 6.0]})
    return t


def test_nps_breakdown_stacks_detractors_passives_promoters_per_group():
    ax = plot_nps_breakdown(_nps(), by="store", ax=_ax())
    assert len(ax.patches) == 6
    first = sorted((p for p in ax.patches if p.get_y() + p.get_height() / 2 == 0), key=lambda p: p.get_x())
    assert [round(p.get_width(), 2) for p in first] == [0.2, 0.3, 0.5]
    assert [to_hex(p.get_facecolor()) for p in first] == [WARN, PALETTE["neutral"], NORMAL]
    assert _legend(ax) == ["detractors", "passives", "promoters"]


def test_nps_breakdown_writes_the_score_and_interval_at_the_end_of_each_bar_and_n_in_the_label():
    ax = plot_nps_breakdown(_nps(), by="store", ax=_ax())
    ends = [t for t in ax.texts if t.get_text().startswith("NPS")]
    assert [t.get_text() for t in ends] == ["NPS +30 (+18 to +41)", "NPS −10 (−26 to +6)"]
    assert all(t.get_position()[0] > 1 for t in ends)  # past the bar, which ends at 100%
    assert [t.get_text() for t in ax.get_yticklabels()] == ["north (n=120)", "south (n=80)"]


def test_nps_breakdown_one_bar_without_groups_and_an_error_for_several_rows():
    ax = plot_nps_breakdown(_nps().iloc[:1].drop(columns="store"), ax=_ax())
    assert len(ax.patches) == 3 and [t.get_text() for t in ax.get_yticklabels()] == ["all (n=120)"]
    with pytest.raises(SentimentKitError, match="by="):
        plot_nps_breakdown(_nps(), ax=_ax())


def test_nps_breakdown_escapes_group_names():
    _draws_literally(plot_nps_breakdown(_nps(names=("$$", "<b>$5</b>")), by="store", ax=_ax()), "$$", "<b>$5</b>")


# ------------------------------------------------------------------------------------------ empowerment
def _empowerment(**over):
    t = pd.DataFrame({"team": ["a", "b", "c"], "n": [200, 150, 40], "empowered": [170, 90, 30],
                      "rate": [0.85, 0.6, 0.75], "ci_low": [0.79, 0.52, 0.6], "ci_high": [0.89, 0.67, 0.86],
                      "target": [0.8, 0.8, 0.8], "p_value": [0.96, 0.0, 0.2], "below_target": [False, True, False]})
    return t.assign(**over)


def test_empowerment_draws_a_bar_per_group_below_target_ones_in_the_warning_colour():
    ax = plot_empowerment(_empowerment(), by="team", ax=_ax())
    assert [round(p.get_width(), 2) for p in ax.patches] == [0.85, 0.6, 0.75]
    assert [to_hex(p.get_facecolor()) for p in ax.patches] == [NORMAL, WARN, NORMAL]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a (n=200)", "b (n=150)", "c (n=40)"]


def test_empowerment_draws_the_interval_and_the_target_line():
    ax = plot_empowerment(_empowerment(), by="team", ax=_ax())
    (whiskers,) = [c for c in ax.collections if isinstance(c, LineCollection)]
    spans = [tuple(np.round(seg[:, 0], 2)) for seg in whiskers.get_segments()]
    assert spans == [(0.79, 0.89), (0.52, 0.67), (0.6, 0.86)]
    (target,) = [line for line in ax.lines if line.get_linestyle() == "--"]
    assert list(target.get_xdata()) == [0.8, 0.8]
    assert "target 80%" in _legend(ax)


def test_empowerment_draws_a_target_per_group_when_they_differ():
    ax = plot_empowerment(_empowerment(target=[0.8, 0.7, 0.9]), by="team", ax=_ax())
    segments = [c for c in ax.collections if isinstance(c, LineCollection) and c.get_label() == "target"]
    assert [seg[0, 0] for seg in segments[0].get_segments()] == [0.8, 0.7, 0.9]


def test_empowerment_escapes_group_names():
    _draws_literally(plot_empowerment(_empowerment(team=["$$", "b", "c"]), by="team", ax=_ax()), "$$")


# -------------------------------------------------------------------------------------- feedback by stage
def _stages():
    return pd.DataFrame({"stage": ["order", "delivery", "returns"], "n": [40, 35, 12], "texts": [40, 35, 12],
                         "sentiment": [0.2, -0.3, -0.1], "sentiment_ci_low": [0.1, -0.4, -0.3],
                         "sentiment_ci_high": [0.3, -0.2, 0.1], "complaint_share": [0.1, 0.4, 0.25],
                         "complaint_share_ci_low": [0.04, 0.26, 0.09], "complaint_share_ci_high": [0.23, 0.56, 0.53],
                         "score_mean": [4.1, 2.9, 3.3], "score_ci_low": [3.8, 2.5, 2.7], "score_ci_high": [4.4, 3.3, 3.9]})


def test_feedback_by_stage_keeps_journey_order_with_n_in_the_tick_labels():
    ax = plot_feedback_by_stage(_stages(), ax=_ax())
    (line,) = [c.lines[0] for c in ax.containers]
    assert list(line.get_ydata()) == [0.1, 0.4, 0.25]  # the table's order, not sorted by value
    assert [t.get_text() for t in ax.get_xticklabels()] == ["order\n(n=40)", "delivery\n(n=35)", "returns\n(n=12)"]
    assert isinstance(ax.yaxis.get_major_formatter(), PercentFormatter)


def test_feedback_by_stage_draws_each_chosen_measure_with_its_own_interval():
    for value, spans in (("complaint_share", [(0.04, 0.23), (0.26, 0.56), (0.09, 0.53)]),
                         ("sentiment", [(0.1, 0.3), (-0.4, -0.2), (-0.3, 0.1)]),
                         ("score_mean", [(3.8, 4.4), (2.5, 3.3), (2.7, 3.9)])):
        ax = plot_feedback_by_stage(_stages(), value=value, ax=_ax())
        (bars,) = ax.containers[0].lines[2]
        assert [tuple(np.round(seg[:, 1], 2)) for seg in bars.get_segments()] == spans, value
    assert not isinstance(ax.yaxis.get_major_formatter(), PercentFormatter)


def test_feedback_by_stage_escapes_stage_names_and_names_a_missing_column():
    _draws_literally(plot_feedback_by_stage(_stages().assign(stage=["$$", "b", "c"]), ax=_ax()), "$$")
    with pytest.raises(SentimentKitError, match="'negative_share'"):
        plot_feedback_by_stage(_stages(), value="negative_share", ax=_ax())


# ---------------------------------------------------------------------------------------- cost to serve
def _customers(cost=(5.0, 80.0, 0.0, 12.0, np.nan), value=(400.0, 20.0, 3000.0, 10.0, 50.0)):
    t = pd.DataFrame({"customer_id": ["CUST-17", "CUST-42", "CUST-99", "CUST-7", "CUST-8"], "contacts": 1,
                      "complaints": 0, "minutes": 5.0, "service_cost": list(cost), "value": list(value)})
    return t.assign(cost_to_value=t.service_cost / t.value, cost_exceeds_value=t.service_cost > t.value)


def test_cost_to_serve_draws_every_customer_and_highlights_those_costing_more_than_they_bring():
    ax = plot_cost_to_serve(_customers(), ax=_ax())
    normal, over = ax.collections
    assert len(normal.get_offsets()) == 2 and len(over.get_offsets()) == 2  # the NaN cost is left out
    assert sorted(map(tuple, over.get_offsets().data)) == [(10.0, 12.0), (20.0, 80.0)]
    assert to_hex(over.get_facecolor()[0]) == WARN and to_hex(normal.get_facecolor()[0]) == NORMAL
    assert _legend(ax)[1] == "cost exceeds value (2 of 4, 50%)"
    assert _legend(ax)[-1] == "not shown, no cost or value: 1"


def test_cost_to_serve_draws_the_cost_equals_value_diagonal():
    ax = plot_cost_to_serve(_customers(), ax=_ax())
    (diagonal,) = [line for line in ax.lines if line.get_linestyle() == "--"]
    assert np.array_equal(diagonal.get_xdata(), diagonal.get_ydata())
    assert ax.get_xlim() == ax.get_ylim()


def test_cost_to_serve_writes_no_customer_id():
    ax = plot_cost_to_serve(_customers(), ax=_ax())
    ax.figure.canvas.draw()
    assert not [t for t in _all_text(ax) if "CUST" in t]


def test_cost_to_serve_goes_log_when_amounts_span_widely_and_keeps_zeros():
    assert plot_cost_to_serve(_customers(), ax=_ax()).get_xscale() == "symlog"  # a zero cost among them
    wide = _customers(cost=(5.0, 80.0, 1.0, 12.0, 3.0))
    assert plot_cost_to_serve(wide, ax=_ax()).get_yscale() == "log"
    narrow = _customers(cost=(50.0, 80.0, 60.0, 12.0, 30.0), value=(40.0, 20.0, 100.0, 10.0, 50.0))
    ax = plot_cost_to_serve(narrow, ax=_ax())
    assert (ax.get_xscale(), ax.get_yscale()) == ("linear", "linear")
