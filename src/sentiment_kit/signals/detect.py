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
Each text is first read through the package's shared preparation
(:func:`sentiment_kit.text.strip_social`): @handles, retweet markers, URLs and e-mail addresses
are addresses, not words, so "@RudeAirline" or "https://x.com/rude-staff" flags nothing, and a
hashtag counts as its word. Each signal is a table of documented phrase patterns
(:mod:`sentiment_kit.signals._patterns`) written from these definitions and from
customer-service language across industries. Every
pattern has anchor words; a text's words are collected once (every start of up to six letters of each),
intersected with all anchors at once and looked up in an inverted index, so only the patterns
a text can match are run (most of the ~80 patterns never run on a given text). On ASCII text a
compiled multi-pattern prefilter (Hyperscan, :mod:`sentiment_kit.signals._prefilter`) first
reports, in one scan, which patterns can match at all (their anchors are then looked up for those
patterns alone); the others are skipped, which gives the same
result 6.5 times faster on real texts (``benchmarks/bench_prefilter.py``). It is compiled once per
machine (10-30 s) and cached; a call compiles it when it has at least ``COMPILE_FROM`` (200,000) distinct texts or when
:func:`prepare_prefilter` (or ``sentiment-kit score``) asks, and otherwise loads it when cached.
Identical texts are scanned once. Texts over 1,000 characters are scanned in pieces that end at sentence ends.
A match is dropped when

* its clause has a negation in the few words before it, after the last subject
  pronoun ("they did **not** ignore me", "I was **never** put on hold", "**no one** was
  rude"), unless the negation is part of the pattern ("no one called me back") or an
  idiom that does not negate ("not only", "I have never been treated so rudely");
* a signal-specific exclusion matches its left or right context (the customer as the
  subject, "insurance policy", an escalation to the CFPB, closing an account because
  of a move).
* it comes from a pattern built on words that describe anything ("rude", "condescending",
  "doesn't care", "doesn't respond", "from one ... to another", "can't do this") and the whole
  text has no cue that it is about a customer's dealings with a business (a service role or
  organisation, a contact or transaction, a person as the actor, or the narrator on the
  receiving end: ``SERVICE_CONTEXT`` in :mod:`sentiment_kit.signals._patterns`). "A condescending
  film" and "the remote doesn't respond" are not service failures; "the clerk was
  condescending" and "they just don't care" are.

Every step is a pure function of one text, so the function can run per partition or per
chunk. Patterns use bounded repetition only, so run time is linear in the text length.
Precision and recall are printed by ``benchmarks/bench_signals.py``. The numbers to quote are
precision *in use*: on uniform samples of the sentences the frozen rules flag in CFPB complaints
no earlier set touched, labelled blind by two annotators (``signals_test2.csv``,
``signals_test3.csv``). It also reports the keyword-built sets the rules were written with: CFPB
test (534) and development (326, 261) sentences, and 282 hand-written sentences from telecom,
airlines, hotels, retail, utilities, restaurants, SaaS and six more industries, on which the
rules were generalised beyond finance (closures for neutral reasons, competitors named by
brand, promises in other words). The README reports them, including the signals that miss the
0.85 precision target.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from .._core.lazy import in_chunks, is_dask, on_partitions
from .._core.validation import as_text_series, check_fraction
from ..text.social import strip_social
from . import _patterns as P
from . import _prefilter as _prefilter_mod
from . import _stage
from .names import SIGNALS

__all__ = ["service_signals", "SIGNALS"]

_FLAGS = re.IGNORECASE
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
    """One signal's compiled patterns (with their anchor words) and exclusions."""

    __slots__ = ("name", "patterns", "left", "right", "extra_neg")

    def __init__(self, name: str, table, left, right, extra_neg) -> None:
        self.name = name
        self.patterns = [(n, re.compile(p, _FLAGS), n in P.LEFT_EXCLUDE_EXEMPT,
                          frozenset(P.PATTERN_ANCHORS[n].split()), n in P.CONTEXT_GATED) for n, p in table]
        self.left = re.compile(left, _FLAGS) if left else None
        self.right = re.compile(right, _FLAGS) if right else None
        self.extra_neg = re.compile(extra_neg, _FLAGS) if extra_neg else None


_RULES = {s: _Rule(s, *P.SIGNAL_RULES[s]) for s in SIGNALS}
#: Every pattern once, in signal then table order: (signal, compiled pattern, left-exclusion exempt, rule,
#: anchor words, needs a service context).
_PATTERNS = [(s, pat, exempt, rule, anchors, gated) for s, rule in _RULES.items()
             for _n, pat, exempt, anchors, gated in rule.patterns]
_CONTEXT = re.compile(P.SERVICE_CONTEXT, _FLAGS)
#: Inverted anchor index: anchor word -> ids (positions in ``_PATTERNS``) of the patterns it unlocks.
#: An anchor is a word's first six letters at most ("circles" is read as "circle"), and one shorter
#: than six is the start of a word ("blow" unlocks "blowing", "shrug" "shrugged"): a text's words
#: are looked up by every start of up to six letters (:func:`_anchors_of`).
_ANCHOR_INDEX: dict[str, list[int]] = {}
for _i, _entry in enumerate(_PATTERNS):
    for _w in _entry[4]:
        _ANCHOR_INDEX.setdefault(_w[:6], []).append(_i)
_ALL_ANCHORS = frozenset(_ANCHOR_INDEX)
#: Per pattern, its anchors as one regex on the lower-cased text: an anchor at the start of a run of
#: letters, which is where :func:`_anchors_of` finds it (a run's first six letters, or an anchor it begins with).
_ANCHOR_RES = [re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, sorted({w[:6] for w in entry[4]}))) + ")")
               for entry in _PATTERNS]
_TOKEN = re.compile(r"[a-z]+")
#: Texts longer than this are scanned piece by piece (pieces end at a sentence end).
_PIECE_CHARS = 1000
_PIECE_END = re.compile(r"(?<=[.!?\n])\s+")


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


def _accept(text: str, pm: re.Match, rule: _Rule, exempt: bool) -> bool:
    """A match counts unless excluded by its context or negated."""
    start, end = pm.start(), pm.end()
    if rule.left is not None and not exempt and rule.left.search(text[max(0, start - _LEFT_CHARS):start]):
        return False
    if rule.right is not None and rule.right.search(text[end:end + _RIGHT_CHARS]):
        return False
    core = start
    if "core" in pm.re.groupindex and pm.start("core") >= 0:
        core = pm.start("core")
    return not _negated(text, start, core, rule.extra_neg)


def _pieces(text: str) -> list[str]:
    """The text, or for a long text consecutive pieces of about ``_PIECE_CHARS`` ending at sentence ends."""
    if len(text) <= _PIECE_CHARS:
        return [text]
    out, buf = [], ""
    for sent in _PIECE_END.split(text):
        while len(sent) > _PIECE_CHARS:  # a "sentence" with no end: cut it
            out.append(buf) if buf else None
            buf = ""
            out.append(sent[:_PIECE_CHARS])
            sent = sent[_PIECE_CHARS:]
        if len(buf) + len(sent) + 1 > _PIECE_CHARS and buf:
            out.append(buf)
            buf = ""
        buf = f"{buf} {sent}" if buf else sent
    if buf:
        out.append(buf)
    return out


#: Anchors shorter than six letters: each also unlocks the longer words it begins.
_SHORT_ANCHORS = frozenset(a for a in _ANCHOR_INDEX if len(a) < 6)


@functools.lru_cache(maxsize=200_000)
def _short_anchors_in(start: str) -> tuple[str, ...]:
    """The anchors shorter than ``start`` (a word's first six letters) that it begins with."""
    return tuple(start[:k] for k in range(1, len(start)) if start[:k] in _SHORT_ANCHORS)


def _anchors_of(text: str) -> list[str]:
    """The keys of the anchor index a text's words give: each word's first six letters, and the
    shorter anchors a word begins with ("blowing" gives "blowin" and "blow")."""
    starts = {w[:6] for w in _TOKEN.findall(text.lower())}
    return [*starts, *(a for p in starts for a in _short_anchors_in(p))]


def _scan_text(text: str, found: dict[str, list[str]], context: list, possible: set[int] | None) -> None:
    """Add the evidence spans of every signal in one text (or piece) to ``found``.

    ``possible``: the ids of the patterns the prefilter reports for the text (None: no prefilter).
    The text's words (every start of up to six letters) are intersected with all anchors at once and
    looked up in the inverted index, so only the patterns a text can match are run; a text
    with no anchor (most short texts for most signals) costs one set intersection.
    ``context`` is ``[whole text, cached result]`` for the service-context test of the gated
    patterns (the text may be one piece of a long text; the cue may sit in another piece).
    """
    if possible is not None:
        if not possible:
            return
        # the few patterns the prefilter reports: each one's anchors looked up on its own (the same
        # test as the inverted index, without collecting every word of the text)
        low = text.lower()
        ids = [i for i in sorted(possible) if _ANCHOR_RES[i].search(low)]
    else:
        present = _ALL_ANCHORS.intersection(_anchors_of(text))
        if not present:
            return
        unlocked: set[int] = set()
        for w in present:
            unlocked.update(_ANCHOR_INDEX[w])
        ids = sorted(unlocked)
    hits: dict[str, list[tuple[int, str]]] = {}
    for i in ids:
        s, pat, exempt, rule, _, gated = _PATTERNS[i]
        if len(found[s]) >= _MAX_EVIDENCE:
            continue
        for pm in pat.finditer(text):
            if _accept(text, pm, rule, exempt):
                if not gated or _has_context(context):  # context test only after a match: it is rarely needed
                    hits.setdefault(s, []).append((pm.start(), " ".join(pm.group(0).split())[:_MAX_SPAN]))
                break
    for s, spans in hits.items():
        for _, span in sorted(spans):
            if span not in found[s] and len(found[s]) < _MAX_EVIDENCE:
                found[s].append(span)


#: The compiled prefilter of this process once loaded (None: scan the plain way).
_PREFILTER: list = []
#: Distinct texts from which a call compiles the prefilter when this machine has not cached it yet
#: (compiling costs about as much as scanning this many texts the plain way).
COMPILE_FROM = 200_000


def _prefilter() -> _prefilter_mod.Prefilter | None:
    """The Hyperscan prefilter of every pattern when loaded in this process, else None."""
    return _PREFILTER[0] if _PREFILTER else None


def prepare_prefilter(*, compile_if_missing: bool = True) -> bool:
    """Make :func:`service_signals` use the compiled prefilter in this process; True when it does.

    The prefilter (:mod:`sentiment_kit.signals._prefilter`) gives the same flags 6.5 times faster
    on real texts. It is loaded from the machine's cache, or compiled (10-30 s, once per machine and
    version of the patterns) and cached when ``compile_if_missing``. False without the
    ``hyperscan`` package, or when nothing is cached and compiling was not asked for.

    Examples
    --------
    >>> from sentiment_kit.signals import prepare_prefilter
    >>> isinstance(prepare_prefilter(compile_if_missing=False), bool)
    True
    """
    if not _PREFILTER or (_PREFILTER[0] is None and compile_if_missing):
        _PREFILTER[:] = [_prefilter_mod.load([entry[1].pattern for entry in _PATTERNS],
                                             compile_if_missing=compile_if_missing)]
    return _PREFILTER[0] is not None


def _signals_of(text: str) -> dict[str, list[str]]:
    """Evidence spans per signal for one text: the row-wise pure function behind :func:`service_signals`.

    The text is read without @handles, retweet markers, URLs and e-mail addresses
    (:func:`~sentiment_kit.text.strip_social`): "@RudeAirline" is an address, not rudeness.
    """
    found = _found(text)
    return found if found is not None else {s: [] for s in SIGNALS}


def _found(text: str) -> dict[str, list[str]] | None:
    """:func:`_signals_of`, or None when the prefilter rules out every pattern in every piece of the
    text (most texts: no dictionary is made for them)."""
    text = strip_social(text)
    prefilter = _prefilter()
    found = context = None
    for piece in _pieces(text):
        possible = prefilter.candidates(piece) if prefilter is not None else None
        if possible is not None and not possible:
            continue
        if found is None:
            found = {s: [] for s in SIGNALS}
            context = [text, None]  # the whole text's service-context test, run at most once and only if needed
        _scan_text(piece, found, context, possible)
    return found


def _has_context(context: list) -> bool:
    """Whether the whole text (``context[0]``) has a service-context cue; cached in ``context[1]``."""
    if context[1] is None:
        context[1] = _CONTEXT.search(context[0]) is not None
    return context[1]


def _confirmed(text: str, found: dict[str, list[str]], min_precision: float) -> dict[str, list[str]]:
    """``found`` without the signals the second stage does not confirm at ``min_precision``.

    Each sentence of the text that the rules flag for a signal is scored; the signal stays when
    the best score reaches the signal's operating point (a text whose flag needs more than one
    sentence is scored whole).
    """
    text = strip_social(text)
    per_sentence = [(sent, _signals_of(sent)) for sent in _stage.sentences(text)]
    out = dict(found)
    for s in (s for s in SIGNALS if found[s]):
        units = [(sent, f) for sent, f in per_sentence if f[s]] or [(text, found)]
        best = max(_stage.score(sent, s, np.array([bool(f[k]) for k in SIGNALS], dtype=float)) for sent, f in units)
        if best < _stage.threshold(s, min_precision):
            out[s] = []
    return out


def service_signals(texts: Any, *, explain: bool = False, n_jobs: int | None = None,
                    min_precision: float | None = None) -> pd.DataFrame:
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
    n_jobs : int, optional
        Processes scanning chunks of the texts (``-1``: every core); the result is the same for
        any ``n_jobs``.
    min_precision : float, optional
        Trade recall for precision: keep a signal only when the learned second stage
        (:mod:`sentiment_kit.signals._stage`) scores a sentence the rules flag for it at or above
        the point where its flags reached this precision out of fold on the development labels
        (for example 0.85 or 0.9). ``None`` (default): the rules alone. A signal whose
        development flags never reached the precision is never flagged. The operating points
        measured on fresh sets are in the README.

    Returns
    -------
    pandas.DataFrame
        On the input's index (a RangeIndex for a list), one boolean column per signal in
        the order of :data:`sentiment_kit.SIGNALS`, then (``explain=True``) the
        nine evidence columns in the same order.

    Raises
    ------
    SentimentKitError
        If ``texts`` is a single string or not one-dimensional.

    Notes
    -----
    Rule-based, negation-aware phrase matching; the rules and their exclusions are named
    constants in :mod:`sentiment_kit.signals._patterns`, and the module docstring defines
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
    if min_precision is not None:
        min_precision = check_fraction(min_precision, name="min_precision", example=0.9)
    if is_dask(texts):
        return on_partitions(service_signals, texts, explain=explain, min_precision=min_precision)
    if n_jobs not in (None, 1):
        series = as_text_series(texts)
        prepare_prefilter(compile_if_missing=len(series) >= COMPILE_FROM)  # workers load it from the cache
        return in_chunks(service_signals, series, n_jobs, explain=explain, min_precision=min_precision)
    series = as_text_series(texts)
    # Identical texts (form letters, repeated short reviews) are scanned once: each distinct text
    # gets a code, its results are written per code and spread to the rows by the codes at the end.
    codes, uniques = pd.factorize(series.to_numpy(dtype=object), sort=False)
    n_unique = len(uniques)
    prepare_prefilter(compile_if_missing=n_unique >= COMPILE_FROM)  # a no-op once decided for this process
    # one extra slot (always False / "") for code -1, which pd.factorize never gives to a str
    flags = {s: np.zeros(n_unique + 1, dtype=bool) for s in SIGNALS}
    evidence = {s: np.full(n_unique + 1, "", dtype=object) for s in SIGNALS} if explain else None
    for k, found in _each_found(uniques):
        if min_precision is not None and any(found.values()):
            found = _confirmed(uniques[k], found, min_precision)
        for s, spans in found.items():
            if spans:
                flags[s][k] = True
                if evidence is not None:
                    evidence[s][k] = " | ".join(spans)
    out = pd.DataFrame({s: flags[s][codes] for s in SIGNALS}, index=series.index)
    if evidence is not None:
        for s in SIGNALS:
            out[f"{s}_evidence"] = pd.Series(evidence[s][codes], index=series.index, dtype=object)
    return out


def _each_found(texts: Any) -> Iterator[tuple[int, dict[str, list[str]]]]:
    """(position, :func:`_found`) for each text that may have a signal (empty and blank texts, and
    texts the prefilter rules out, are skipped).

    The same as calling :func:`_found` on each text; the common case (a short ASCII text, one
    Hyperscan scan that reports nothing) runs inline, without the calls around it.
    """
    prefilter = _prefilter()
    quick = prefilter.scan_one if prefilter is not None else None
    for k, text in enumerate(texts):
        if not text or text.isspace():
            continue
        if quick is not None:
            clean = strip_social(text)
            if len(clean) <= _PIECE_CHARS:
                possible = quick(clean)
                if possible is not None:
                    if possible:
                        found = {s: [] for s in SIGNALS}
                        _scan_text(clean, found, [clean, None], possible)
                        yield k, found
                    continue
        found = _found(text)
        if found is not None:
            yield k, found
