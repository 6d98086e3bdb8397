"""Data in: the data formats (schemas), the ``sentiment_kit.toml`` of a data folder, reading files
exactly, checking them, the bundled sample and synthetic data with known ground truth (reviews,
customers, a values survey; for the team analysis, customer contacts and a staff survey)."""

from __future__ import annotations

import lazy_loader as _lazy

# Each public name is imported on first use (listed in __init__.pyi), so `import sentiment_kit` and the
# command line do not load scikit-learn, SciPy, matplotlib or nbconvert before they are needed.
__getattr__, __dir__, __all__ = _lazy.attach_stub(__name__, __file__)

