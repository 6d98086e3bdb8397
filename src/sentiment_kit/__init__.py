"""sentiment_kit: what are our customers telling us, and what is it costing us?

Customer-sentiment analytics for complaints, peer reviews, exit surveys and
satisfaction surveys, with curated notebooks and an executive HTML report.
"""

from __future__ import annotations

import lazy_loader as _lazy

# Each public name is imported on first use (listed in __init__.pyi), so `import sentiment_kit` and the
# command line do not load scikit-learn, SciPy, matplotlib or nbconvert before they are needed.
__getattr__, _stub_dir, __all__ = _lazy.attach_stub(__name__, __file__)

__version__ = "0.1.0"
__all__ = [*__all__, "__version__"]


def __dir__() -> list[str]:  # the stub's names and the version
    return list(__all__)
