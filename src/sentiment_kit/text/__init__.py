"""Text in: the one preparation every analysis reads customer text through (social text, redaction
placeholders, tokens, stems, stop words, negations) and the vectorizer the themes are built on.

Examples
--------
>>> normalize_text(["Call @acme at https://x.co on XX/XX/2019, acct XXXX!!"]).tolist()
['call at on , acct !!']
"""

from __future__ import annotations

import lazy_loader as _lazy

# Each public name is imported on first use (listed in __init__.pyi), so `import sentiment_kit` and the
# command line do not load scikit-learn, SciPy, matplotlib or nbconvert before they are needed.
__getattr__, __dir__, __all__ = _lazy.attach_stub(__name__, __file__)

