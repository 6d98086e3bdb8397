"""Dependencies point one way (GUIDE: "No import cycles"): the package's import graph, read from the source.

Every module under ``sentiment_kit`` is parsed with :mod:`ast`; every ``import`` and ``from ... import``
counts, wherever it is written (module level, inside a function or a class, under ``try`` or
``if TYPE_CHECKING``), relative imports are resolved against the importing module, and
``importlib.import_module("sentiment_kit...")`` with a literal name counts too.

Two graphs are checked:

* cycles, on what Python runs: importing ``a.b.c`` from outside ``a.b`` also runs ``a/b/__init__.py``,
  so an edge to a module is also an edge to each of its packages the importer is not inside;
* layers, on the imports as written (which room names which).
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

import sentiment_kit

PACKAGE = "sentiment_kit"
SOURCE = Path(sentiment_kit.__file__).resolve().parent

# ------------------------------------------------------------------------------------ the layering wanted
#: The analyses: one room each, above _core, data and text; below plotting and report.
ANALYSES = ("sentiment", "signals", "feedback", "themes", "churn", "values", "summary", "team", "batch")

#: Rooms that may import only the rooms listed (themselves included). "exceptions" is the module
#: sentiment_kit/exceptions.py, below everything.
ONLY = {
    "exceptions": {"exceptions"},
    "_core": {"_core", "exceptions"},
    "data": {"data", "text", "_core", "exceptions"},
    "text": {"text", "data", "_core", "exceptions"},
}
#: Rooms that must never import the rooms listed.
NEVER = {**{room: {"plotting", "report"} for room in ANALYSES}, "plotting": {"report"}}

#: The only imports allowed to break a rule above, each with its reason.
EXCEPTIONS = {
    ("sentiment_kit.data.synthetic", "sentiment_kit.signals.names"):
        "the signal vocabulary: synthetic reviews carry the true signals under the names service_signals uses",
}


# ------------------------------------------------------------------------------------ building the graph
def find_modules(root: Path, package: str) -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package), for every .py file under ``root``."""
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        modules[".".join(parts)] = (path, is_package)
    return modules


def _known(name: str, modules) -> str | None:
    """The longest prefix of ``name`` that is a module of the package (``a.b.func`` -> ``a.b``)."""
    parts = name.split(".")
    while parts:
        if ".".join(parts) in modules:
            return ".".join(parts)
        parts.pop()
    return None


def _imports(tree: ast.AST, module: str, is_package: bool, package: str):
    """(dotted target, line, source text) for every import of the package written in ``tree``."""
    here = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == package:
                    yield alias.name, line, ast.unparse(node)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")
                base = base[: len(base) - (node.level - 1)]
                base = ".".join(base + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if base.split(".")[0] != package:
                continue
            for alias in node.names:  # "from pkg import sub" imports the submodule sub
                yield (base if alias.name == "*" else f"{base}.{alias.name}"), line, ast.unparse(node)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            target = node.args[0].value
            if name in {"import_module", "__import__"} and isinstance(target, str) \
                    and target.split(".")[0] == package:
                yield target, line, ast.unparse(node)


def import_edges(root: Path, package: str = PACKAGE) -> dict[str, dict[str, list[tuple[int, str]]]]:
    """module -> {imported module -> [(line, import statement), ...]}, as written in the source."""
    modules = find_modules(root, package)
    edges: dict[str, dict[str, list[tuple[int, str]]]] = {name: {} for name in modules}
    for name, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for target, line, text in _imports(tree, name, is_package, package):
            found = _known(target, modules)
            if found and found != name:
                edges[name].setdefault(found, []).append((line, text))
    return edges


def runtime_edges(edges):
    """The edges Python follows: importing ``a.b.c`` from outside ``a.b`` first runs ``a.b``'s ``__init__``."""
    out = {name: dict(targets) for name, targets in edges.items()}
    for name, targets in edges.items():
        own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 2)}
        for target, where in targets.items():
            parts = target.split(".")
            for i in range(1, len(parts)):
                parent = ".".join(parts[:i])
                if parent not in own and parent in edges:
                    out[name].setdefault(parent, [(line, f"{text}  (runs {parent}/__init__.py)")
                                                  for line, text in where])
    return out


def find_cycles(edges) -> list[list[str]]:
    """One cycle (first module repeated at the end) for each strongly connected group of modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(v: str) -> None:  # Tarjan's algorithm; the package has ~100 modules, recursion is fine
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            connect(v)

    cycles = []
    for group in groups:  # the shortest way from the group's first module back to itself
        inside, start = set(group), group[0]
        paths = {start: [start]}
        queue = [start]
        found = None
        while queue and found is None:
            v = queue.pop(0)
            for w in sorted(edges[v]):
                if w == start:
                    found = paths[v] + [start]
                    break
                if w in inside and w not in paths:
                    paths[w] = paths[v] + [w]
                    queue.append(w)
        cycles.append(found)
    return cycles


def describe_cycle(cycle: list[str], edges) -> str:
    steps = [cycle[0]]
    for a, b in zip(cycle, cycle[1:]):
        line, text = edges[a][b][0]
        steps.append(f"  -> {b}    ({a}, line {line}: {text})")
    return "\n".join(steps)


def room(module: str) -> str:
    """The room a module lives in: ``sentiment_kit.data.synthetic`` -> ``data``; the top package -> ``""``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer_violations(edges, importer_room: str) -> list[str]:
    """Every import written in ``importer_room`` that its rule forbids (EXCEPTIONS left out)."""
    found = []
    for module, targets in sorted(edges.items()):
        if room(module) != importer_room:
            continue
        for target, where in sorted(targets.items()):
            to = room(target)
            if importer_room in ONLY:
                allowed = to in ONLY[importer_room]
                rule = f"{importer_room} may import only {sorted(ONLY[importer_room])}"
            else:
                allowed = to not in NEVER.get(importer_room, ())
                rule = f"{importer_room} must never import {sorted(NEVER.get(importer_room, ()))}"
            if not allowed and (module, target) not in EXCEPTIONS:
                for line, text in where:
                    found.append(f"{module} line {line}: {text}    [{rule}; imports {target or PACKAGE}]")
    return found


# ------------------------------------------------------------------------------------ the package's graph
@pytest.fixture(scope="module")
def edges():
    return import_edges(SOURCE)


def test_no_import_cycle_between_modules(edges):
    graph = runtime_edges(edges)
    cycles = find_cycles(graph)
    assert not cycles, "Import cycle(s) between modules:\n\n" + "\n\n".join(describe_cycle(c, graph) for c in cycles)


@pytest.mark.parametrize("importer", sorted({*ONLY, *NEVER}))
def test_dependencies_point_one_way(edges, importer):
    violations = layer_violations(edges, importer)
    assert not violations, "Imports against the layering:\n" + "\n".join(violations)


def test_every_exception_is_still_needed(edges):
    """An exception to the layering that the code no longer uses is removed from EXCEPTIONS."""
    unused = [pair for pair in EXCEPTIONS if pair[1] not in edges.get(pair[0], {})]
    assert not unused, unused


def test_the_graph_holds_every_module(edges):
    """The reader is not blind: every module Python finds is a node, and the modules import each other."""
    import pkgutil

    found = {m.name for m in pkgutil.walk_packages(sentiment_kit.__path__, f"{PACKAGE}.")} | {PACKAGE}
    assert set(edges) == found
    assert sum(map(len, edges.values())) > len(edges)


# ------------------------------------------------------------------------------------ the checks can fail
def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root / "pkg"


def test_a_cycle_through_a_function_level_relative_import_is_found(tmp_path):
    pkg = _write(tmp_path, {
        "__init__.py": "",
        "exceptions.py": "",
        "_core/__init__.py": "",
        "_core/util.py": "from ..exceptions import *\n",
        "data/__init__.py": "from .load import read\n",
        "data/load.py": "from .._core import util\ndef read():\n    from ..text.clean import tidy\n",
        "text/__init__.py": "",
        "text/clean.py": "import pkg.data\ndef tidy(): ...\n",
    })
    graph = runtime_edges(import_edges(pkg, "pkg"))
    cycles = find_cycles(graph)
    assert cycles == [["pkg.data", "pkg.data.load", "pkg.text.clean", "pkg.data"]]
    shown = describe_cycle(cycles[0], graph)
    assert "pkg.data.load, line 3: from ..text.clean import tidy" in shown
    assert "pkg.text.clean, line 1: import pkg.data" in shown


def test_a_cycle_through_a_package_init_is_found(tmp_path):
    """``from ..b.x import f`` runs ``b/__init__.py``, which may import back."""
    pkg = _write(tmp_path, {
        "__init__.py": "",
        "a/__init__.py": "",
        "a/m.py": "from ..b.x import f\n",
        "b/__init__.py": "from .y import g\n",
        "b/x.py": "def f(): ...\n",
        "b/y.py": "from ..a.m import h\n",
    })
    written = import_edges(pkg, "pkg")
    assert not find_cycles(written)
    assert find_cycles(runtime_edges(written)) == [["pkg.a.m", "pkg.b", "pkg.b.y", "pkg.a.m"]]


def test_layer_violations_name_the_line_and_exceptions_pass(tmp_path):
    pkg = _write(tmp_path, {
        "__init__.py": "",
        "_core/__init__.py": "",
        "_core/escape.py": "import importlib\nM = importlib.import_module('pkg.report.build')\n",
        "report/__init__.py": "",
        "report/build.py": "",
        "churn/__init__.py": "",
        "churn/model.py": "def plot():\n    from ..plotting import draw\n",
        "plotting/__init__.py": "def draw(): ...\n",
        "signals/__init__.py": "",
        "signals/names.py": "",
        "data/__init__.py": "",
        "data/synthetic.py": "from ..signals.names import SIGNALS\n",
    })
    graph = {name.replace("pkg", PACKAGE, 1): {t.replace("pkg", PACKAGE, 1): w for t, w in targets.items()}
             for name, targets in import_edges(pkg, "pkg").items()}
    assert layer_violations(graph, "_core") == [
        "sentiment_kit._core.escape line 2: importlib.import_module('pkg.report.build')    "
        "[_core may import only ['_core', 'exceptions']; imports sentiment_kit.report.build]"]
    assert layer_violations(graph, "churn") == [
        "sentiment_kit.churn.model line 2: from ..plotting import draw    "
        "[churn must never import ['plotting', 'report']; imports sentiment_kit.plotting]"]
    assert layer_violations(graph, "data") == []  # the stated exception
