"""The public API: every name of today imports from the top, and no name public before the
reorganisation into one subpackage per domain has gone.

``sentiment_kit`` names import as ``from sentiment_kit import X``; chart names import from the top of
``sentiment_kit.plotting`` (``from sentiment_kit.plotting import X``), where they were before, so
``import sentiment_kit`` needs no matplotlib.
"""

from __future__ import annotations

import importlib
import pkgutil
import types

import pytest

import sentiment_kit
import sentiment_kit.plotting

#: ``sentiment_kit.__all__`` before the reorganisation: ``git show e0353fe:src/sentiment_kit/__init__.py``.
#: Written out, not read from git: a name removed from the package fails here.
BEFORE = [
    "__version__",
    "AttributableChurn",
    "CHURN_REASONS",
    "CLASSIC_BREAKDOWN",
    "ChurnReasonClassifier",
    "DataValidationError",
    "Dataset",
    "EvaluationResult",
    "IndifferenceShare",
    "LexiconClassifier",
    "MissingResourceError",
    "SCHEMAS",
    "SIGNALS",
    "SentimentClassifier",
    "SentimentKitError",
    "SentimentKitWarning",
    "ThemeModel",
    "action_plan",
    "attributable_churn",
    "classify_churn_reasons",
    "classify_feedback",
    "compare_methods",
    "competitor_gaps",
    "evaluate_classifier",
    "fit_churn_reason_model",
    "importance_performance",
    "indifference_share",
    "inspect_dataset",
    "load_sample",
    "make_customers",
    "make_reviews",
    "make_survey",
    "order_waves",
    "read_config",
    "read_dataset",
    "read_if_present",
    "recurring_themes",
    "revenue_at_risk",
    "score_sentiment",
    "service_signals",
    "theme_by_segment",
    "theme_summary",
    "track_waves",
    "validate_dataset",
]

#: ``sentiment_kit.plotting.__all__`` before: ``git show e0353fe:src/sentiment_kit/plotting/__init__.py``.
PLOTTING_BEFORE = [
    "chart_text",
    "plot_churn_breakdown",
    "plot_competitor_gaps",
    "plot_confusion_matrix",
    "plot_importance_performance",
    "plot_method_comparison",
    "plot_retention",
    "plot_sentiment_distribution",
    "plot_share_by",
    "plot_share_over_time",
    "plot_theme_heatmap",
    "plot_theme_sizes",
    "plot_theme_trend",
    "plot_volume",
    "plot_wave_changes",
]

SUBPACKAGES = sorted(m.name for m in pkgutil.iter_modules(sentiment_kit.__path__) if m.ispkg)
MODULES = sorted(m.name for m in pkgutil.walk_packages(sentiment_kit.__path__, "sentiment_kit."))


def _from_import(module: str, name: str):
    """What ``from <module> import <name>`` binds, run as that statement."""
    namespace: dict = {}
    exec(f"from {module} import {name}", namespace)  # noqa: S102 - the statement users write
    return namespace[name]


@pytest.mark.parametrize("name", sentiment_kit.__all__)
def test_every_public_name_imports_from_the_top(name):
    obj = _from_import("sentiment_kit", name)
    assert obj is getattr(sentiment_kit, name)
    assert not isinstance(obj, types.ModuleType), f"{name} is a module, not the function or class it names"


@pytest.mark.parametrize("name", sentiment_kit.plotting.__all__)
def test_every_chart_imports_from_the_top_of_plotting(name):
    obj = _from_import("sentiment_kit.plotting", name)
    assert callable(obj) and not isinstance(obj, types.ModuleType), name


def test_no_public_name_from_before_the_reorganisation_is_lost():
    assert [n for n in BEFORE if n not in sentiment_kit.__all__] == []
    assert [n for n in PLOTTING_BEFORE if n not in sentiment_kit.plotting.__all__] == []
    for name in BEFORE:
        _from_import("sentiment_kit", name)
    for name in PLOTTING_BEFORE:
        _from_import("sentiment_kit.plotting", name)


def test_all_lists_have_no_duplicates_and_a_version():
    for module in (sentiment_kit, sentiment_kit.plotting):
        assert len(module.__all__) == len(set(module.__all__)), module.__name__
    assert isinstance(sentiment_kit.__version__, str) and sentiment_kit.__version__
    from sentiment_kit import plotting  # noqa: F401 - the subpackage itself imports from the top too


def test_the_subpackages_are_found():
    assert {"_core", "data", "text", "sentiment", "signals", "plotting", "report"} <= set(SUBPACKAGES)


@pytest.mark.parametrize("sub", SUBPACKAGES)
def test_each_subpackage_all_names_exist(sub):
    module = importlib.import_module(f"sentiment_kit.{sub}")
    if sub.startswith("_"):  # private (_core): no public list required, but one given must hold
        names = getattr(module, "__all__", [])
    else:
        assert hasattr(module, "__all__"), f"sentiment_kit.{sub} has no __all__"
        names = module.__all__
    assert len(names) == len(set(names)), f"sentiment_kit.{sub}.__all__ repeats a name"
    missing = [n for n in names if not hasattr(module, n)]
    assert not missing, f"sentiment_kit.{sub}.__all__ lists names it does not have: {missing}"
    for name in names:
        _from_import(f"sentiment_kit.{sub}", name)


@pytest.mark.parametrize("name", MODULES)
def test_every_module_all_names_exist(name):
    module = importlib.import_module(name)
    missing = [n for n in getattr(module, "__all__", []) if not hasattr(module, n)]
    assert not missing, f"{name}.__all__ lists names it does not have: {missing}"


def test_every_public_callable_of_the_top_level_is_listed_in_all():
    import inspect

    listed = set(sentiment_kit.__all__)
    for name in listed:  # the names are imported on first use: load them all first
        getattr(sentiment_kit, name)
    public = {n for n, v in vars(sentiment_kit).items()
              if not n.startswith("_") and (inspect.isfunction(v) or inspect.isclass(v))
              and (getattr(v, "__module__", "") or "").startswith("sentiment_kit")}
    assert sorted(public - listed) == []


LAZY_PACKAGES = ["sentiment_kit", "sentiment_kit.batch", "sentiment_kit.data", "sentiment_kit.report",
                 "sentiment_kit.sentiment", "sentiment_kit.text"]


@pytest.mark.parametrize("name", LAZY_PACKAGES)
def test_lazy_packages_export_what_their_stub_lists(name):
    import ast
    from pathlib import Path

    module = importlib.import_module(name)
    stub = Path(module.__file__).with_suffix(".pyi")
    listed = {alias.asname or alias.name for node in ast.parse(stub.read_text()).body
              if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert set(module.__all__) - {"__version__"} == listed
    assert set(module.__all__) <= set(dir(module))
    with pytest.raises(AttributeError, match="nope"):
        getattr(module, "nope")
    for sub in pkgutil.iter_modules(module.__path__):  # importing every submodule shadows no exported name
        importlib.import_module(f"{name}.{sub.name}")
    for exported in listed:
        value = getattr(module, exported)
        assert not isinstance(value, types.ModuleType), exported
        if isinstance(value, (types.FunctionType, type)):
            assert value.__module__.startswith("sentiment_kit"), exported


def test_importing_the_package_or_the_scorer_loads_no_heavy_library():
    import subprocess
    import sys

    code = ("import sys, sentiment_kit, sentiment_kit.batch.stream, sentiment_kit.report.cli; "
            "print(sorted(m for m in ('sklearn', 'scipy', 'matplotlib', 'nbconvert', 'seaborn') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
