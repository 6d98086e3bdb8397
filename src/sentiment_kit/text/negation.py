"""The negation vocabulary: one list that every analysis derives its own from.

A negator reverses or cancels what follows it: "not helpful", "never arrived", "nobody called
back", "didn't care". :data:`NEGATORS` is the package's list: :data:`NEGATION_WORDS` and the
negated auxiliaries, each written with its apostrophe (:data:`NEGATED_AUXILIARIES`) and without
it (:data:`NEGATED_AUXILIARIES_UNMARKED`: "dont", "wasnt", as customers often type them).

Each analysis takes :data:`NEGATORS` and adds or removes only named, commented exceptions, where
it defines its own set:

- :data:`sentiment_kit.text.NEGATIONS` (kept out of the stop words; all of them are topic stop
  words) adds "barely" and the clitic "n't", and leaves out "aren't"/"arent";
- the fast sentiment scorer (``sentiment_kit.sentiment._lexicon.NEGATORS``) adds VADER's own
  negators beyond these ("rarely", "seldom", "despite", "shan't", ...);
- the service signals (``sentiment_kit.signals._patterns.NEGATION``, a regular expression) take
  the words without an apostrophe, add "barely", leave out "nowhere", and match every
  contraction by its ending ``n't``.

Examples
--------
>>> "didn't" in NEGATORS, "didnt" in NEGATORS, "no" in NEGATORS, "barely" in NEGATORS
(True, True, True, False)
"""

from __future__ import annotations

__all__ = ["NEGATION_WORDS", "NEGATED_AUXILIARIES", "NEGATED_AUXILIARIES_UNMARKED", "NEGATORS"]

#: Negation words: "no refund", "never arrived", "nobody called", "hardly helpful" ("hardly"
#: counts as a negator: "hardly helpful" is not helpful).
NEGATION_WORDS = frozenset({
    "no", "not", "nor", "never", "none", "nobody", "nothing", "neither", "nowhere", "cannot", "without",
    "hardly",
})

#: Negated auxiliaries as written with the apostrophe (a curly one is read as straight).
NEGATED_AUXILIARIES = frozenset({
    "ain't", "aren't", "can't", "couldn't", "didn't", "doesn't", "don't", "hadn't", "hasn't", "haven't",
    "isn't", "shouldn't", "wasn't", "weren't", "won't", "wouldn't",
})

#: The same auxiliaries typed without the apostrophe ("dont", "cant").
NEGATED_AUXILIARIES_UNMARKED = frozenset(w.replace("'", "") for w in NEGATED_AUXILIARIES)

#: Every negator of the package, the list the analyses derive their own from.
NEGATORS = NEGATION_WORDS | NEGATED_AUXILIARIES | NEGATED_AUXILIARIES_UNMARKED
