"""Service-failure signals in customer text, with the evidence that triggered them.

Which service failures does a complaint, chat or review report? :func:`service_signals`
flags nine of them per text, as a boolean DataFrame on the caller's index, and with
``explain=True`` returns the matched words so an analyst can check every flag.

Definitions (the labelling rules of ``benchmarks/data/SIGNALS_LABELLING.md``, in short):

``escalation``
    The customer asked for, was transferred to or spoke with a supervisor, manager or
    higher-up, or the matter was escalated inside the company ("let me speak to your
    manager", "I escalated my complaint", "contacted the executive office"). Not: a store
    manager as the ordinary contact, the customer's own boss, complaints to regulators.
``indifference``
    The company ignored the customer or did not care: no response, never called back,
    long holds, being passed from one person or department to another, a runaround,
    having to explain everything again.
``rudeness``
    Staff were rude, disrespectful, sarcastic or condescending, yelled, hung up, laughed
    at the customer, took their frustration out on them, threatened or harassed them.
``broken_promise``
    The company said it would do something and, as the text itself says, did not
    ("promised a refund that never came", "still haven't received the credit they promised").
``policy_refusal``
    Staff refused or could not help and gave a rule, policy, procedure, system limit or
    plain inability as the reason ("those are the rules", "nothing I can do",
    "company policy", "not allowed to").
``mistake_denied``
    The company denied the error was its own, insisted it was right, blamed the customer
    or someone else, or claimed the information was verified as accurate.
``mistake_admitted``
    The company admitted or acknowledged an error, apologised *for an error* (not a
    courtesy "sorry for the inconvenience"), or said it was its fault.
``intent_to_leave``
    The customer closed, is closing or will close / cancel, switch away, or never do
    business with the company again. Not: closures for a neutral reason (moving, paid off).
``public_review``
    The customer mentions, makes or threatens a public review or post: online reviews,
    social media, Yelp, Twitter/X, Facebook, the news media, telling everyone they know.
    Not: complaints filed with a regulator or the BBB, reading other people's reviews.

Method
------
Each signal is a table of documented phrase patterns (:mod:`sentiment_kit._signal_patterns`)
written from these definitions and from customer-service language across industries. A
text is first screened with one compiled regex per signal over the whole Series
(``Series.str.contains``); only texts that pass are scanned match by match. A match is
dropped when

* its clause has a negation in the few words before it, after the last subject
  pronoun ("they did **not** ignore me", "I was **never** put on hold", "**no one** was
  rude"), unless the negation is part of the pattern ("no one called me back") or an
  idiom that does not negate ("not only", "I have never been treated so rudely");
* a signal-specific exclusion matches its left or right context (the customer as the
  subject, "insurance policy", an escalation to the CFPB, closing an account because
  of a move).

Every step is a pure function of one text, so the function can run per partition or per
chunk. Patterns use bounded repetition only, so run time is linear in the text length.
Precision and recall on 534 hand-labelled CFPB sentences are printed by
``benchmarks/bench_signals.py``.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from . import _signal_patterns as P
from ._validation import as_text_series
from .datasets import SIGNALS

__all__ = ["service_signals", "SIGNALS"]

_FLAGS = re.IGNORECASE
_CORE = re.compile(r"\(\?P<core>")
_NEG = re.compile(P.NEGATION, _FLAGS)
_NEG_EXC = re.compile(P.NEGATION_EXCEPTIONS, _FLAGS)
_BREAK = re.compile(P.CLAUSE_BREAK, _FLAGS)
_SUBJ = re.compile(P.SUBJECT_BREAK, _FLAGS)
_WORD = re.compile(r"\S+")
#: Characters of context searched for negations and exclusions.
_LEFT_CHARS = 120
_RIGHT_CHARS = 100
#: Words before a match (within its clause) searched for a negation.
_NEG_WORDS = 5
#: Evidence spans kept per signal and text, and their maximum length.
_MAX_EVIDENCE = 3
_MAX_SPAN = 200


class _Rule:
    """One signal's compiled patterns and exclusions."""

    __slots__ = ("name", "patterns", "screen", "left", "right", "extra_neg")

    def __init__(self, name: str, table, left, right, extra_neg) -> None:
        self.name = name
        self.patterns = [(n, re.compile(p, _FLAGS), n in P.LEFT_EXCLUDE_EXEMPT) for n, p in table]
        self.screen = re.compile("|".join(f"(?:{_CORE.sub('(?:', p)})" for _, p in table), _FLAGS)
        self.left = re.compile(left, _FLAGS) if left else None
        self.right = re.compile(right, _FLAGS) if right else None
        self.extra_neg = re.compile(extra_neg, _FLAGS) if extra_neg else None


_RULES = {s: _Rule(s, *P.SIGNAL_RULES[s]) for s in SIGNALS}


def _negated(text: str, start: int, core: int, extra: re.Pattern | None) -> bool:
    """True when the words before ``core`` (within its clause) carry a negation."""
    window = text[max(0, start - _LEFT_CHARS):core]
    last = None
    for last in _BREAK.finditer(window):
        pass
    if last is not None:
        window = window[last.end():]
    last = None
    for last in _SUBJ.finditer(window):
        pass
    if last is not None and last.end() < len(window):
        window = window[last.end():]
    window = " ".join(_WORD.findall(window)[-_NEG_WORDS:])
    window = _NEG_EXC.sub(" ", window)
    return bool(_NEG.search(window) or (extra is not None and extra.search(window)))


def _scan(text: str, rule: _Rule) -> list[str]:
    """Evidence spans of one signal in one text (empty when the signal is absent)."""
    found: list[str] = []
    pos = 0
    n = len(text)
    while pos < n and len(found) < _MAX_EVIDENCE:
        m = rule.screen.search(text, pos)
        if m is None:
            break
        start = m.start()
        hit = None
        for _name, pat, exempt in rule.patterns:
            pm = pat.match(text, start)
            if pm is None:
                continue
            core = pm.start("core") if "core" in pat.groupindex and pm.start("core") >= 0 else start
            left = text[max(0, start - _LEFT_CHARS):start]
            if rule.left is not None and not exempt and rule.left.search(left):
                continue
            if rule.right is not None and rule.right.search(text, pm.end(), min(n, pm.end() + _RIGHT_CHARS)):
                continue
            if _negated(text, start, core, rule.extra_neg):
                continue
            hit = pm
            break
        if hit is not None:
            span = " ".join(hit.group(0).split())[:_MAX_SPAN]
            if span not in found:
                found.append(span)
            pos = max(hit.end(), start + 1)
        else:
            pos = start + 1
    return found


def service_signals(texts: Any, *, explain: bool = False) -> pd.DataFrame:
    """Flag nine service failures in each text, optionally with the words that triggered them.

    Parameters
    ----------
    texts : list, Series, array or one-column DataFrame of str
        The customer texts. None, NaN, empty, whitespace-only and non-string rows are
        kept and have every signal False (non-strings other than missing values are
        read as ``str(value)``).
    explain : bool, default False
        Also return one ``<signal>_evidence`` string column per signal with the matched
        span(s), joined by ``" | "`` (at most three per text), ``""`` when the signal is absent.

    Returns
    -------
    pandas.DataFrame
        On the input's index (a RangeIndex for a list), one boolean column per signal in
        the order of :data:`sentiment_kit.datasets.SIGNALS`, then (``explain=True``) the
        nine evidence columns in the same order.

    Raises
    ------
    SentimentKitError
        If ``texts`` is a single string or not one-dimensional.

    Notes
    -----
    Rule-based, negation-aware phrase matching; the rules and their exclusions are named
    constants in :mod:`sentiment_kit._signal_patterns`, and the module docstring defines
    each signal. Each row is processed independently of the others.

    Examples
    --------
    >>> from sentiment_kit import service_signals
    >>> out = service_signals(["I asked to speak to a manager and she hung up on me.",
    ...                        "They did not ignore me and no one was rude.",
    ...                        None], explain=True)
    >>> [bool(v) for v in out.loc[0, ["escalation", "rudeness", "indifference"]]]
    [True, True, False]
    >>> out.loc[0, "rudeness_evidence"]
    'she hung up'
    >>> bool(out.loc[1, list(SIGNALS)].any()), bool(out.loc[2, list(SIGNALS)].any())
    (False, False)
    """
    series = as_text_series(texts)
    n = len(series)
    flags = {s: np.zeros(n, dtype=bool) for s in SIGNALS}
    evidence = {s: np.full(n, "", dtype=object) for s in SIGNALS} if explain else None
    if n:
        for s in SIGNALS:
            rule = _RULES[s]
            screened = series.str.contains(rule.screen, regex=True).to_numpy(dtype=bool)
            values = series.to_numpy(dtype=object)
            for i in np.flatnonzero(screened):
                spans = _scan(values[i], rule)
                if spans:
                    flags[s][i] = True
                    if evidence is not None:
                        evidence[s][i] = " | ".join(spans)
    out = pd.DataFrame(flags, index=series.index)
    if evidence is not None:
        for s in SIGNALS:
            out[f"{s}_evidence"] = pd.Series(evidence[s], index=series.index, dtype=object)
    return out
