"""Public names of a package imported on first use (PEP 562).

``import sentiment_kit`` and the ``sentiment-kit`` command would otherwise load scikit-learn,
SciPy, matplotlib and nbconvert before doing anything; with :func:`lazy_exports` a package's
``__init__`` lists where each name lives and the module is imported when a name is first used,
so ``sentiment-kit score`` (and each of its worker processes) starts in a fraction of the time.
The names, ``from sentiment_kit import X`` and ``dir()`` behave as with eager imports.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, names: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module-level ``__getattr__`` and ``__dir__`` of ``package``, whose name ``n`` is
    ``names[n]`` (a module relative to the package) imported on first use.

    Examples
    --------
    >>> getattr_, dir_ = lazy_exports("sentiment_kit", {"SIGNALS": ".signals.names"})
    >>> getattr_("SIGNALS")[0]
    'escalation'
    """
    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)  # the next lookup is a plain attribute
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(names))

    # A name that is also the name of its own submodule ("narrate" in report/narrate.py) is imported
    # now: importing the submodule later would set the package's attribute to the module.
    for name, module in names.items():
        if module == "." + name:
            setattr(sys.modules[package], name, getattr(importlib.import_module(module, package), name))
    return __getattr__, __dir__
