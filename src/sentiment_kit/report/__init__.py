"""The executive report: execute the curated notebooks against a data folder and export one
self-contained HTML page; what the notebooks show (narrate, show_table); their conclusions; the CLI.

The report only executes and exports notebooks: every number in it comes from the notebooks,
which only call the public API. Requires the ``notebooks`` extra (papermill, nbconvert, ipykernel).
"""

from __future__ import annotations

import lazy_loader as _lazy

# Each public name is imported on first use (listed in __init__.pyi), so `import sentiment_kit` and the
# command line do not load scikit-learn, SciPy, matplotlib or nbconvert before they are needed.
__getattr__, __dir__, __all__ = _lazy.attach_stub(__name__, __file__)

# "narrate" is also the name of its own submodule: importing report.narrate later would set this
# attribute to the module, so the function is imported now (the module is light).
from .narrate import narrate  # noqa: E402, F401
