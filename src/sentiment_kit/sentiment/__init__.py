"""Sentiment of customer text: a fast lexicon scorer and exact VADER (no training data), a supervised
classifier for the analyst's own labels, and their evaluation side by side."""

from __future__ import annotations

import lazy_loader as _lazy

# Each public name is imported on first use (listed in __init__.pyi), so `import sentiment_kit` and the
# command line do not load scikit-learn, SciPy, matplotlib or nbconvert before they are needed.
__getattr__, __dir__, __all__ = _lazy.attach_stub(__name__, __file__)

