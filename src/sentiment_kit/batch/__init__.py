"""Files too big for memory: a CSV or Parquet file streamed in chunks, scored with what
:func:`sentiment_kit.classify_feedback` adds and written to Parquet or CSV (``sentiment-kit score``);
a theme model fitted on a uniform sample of a file (``sentiment-kit themes fit``)."""

from __future__ import annotations

import lazy_loader as _lazy

# Each public name is imported on first use (listed in __init__.pyi), so `import sentiment_kit` and the
# command line do not load scikit-learn, SciPy, matplotlib or nbconvert before they are needed.
__getattr__, __dir__, __all__ = _lazy.attach_stub(__name__, __file__)

