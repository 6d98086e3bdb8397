"""The social-text rule of :mod:`sentiment_kit.text` (re-exported there): @handles, retweet
markers, URLs and e-mail addresses are not words, hashtags are read as their word and HTML
escapes are decoded. :func:`strip_social` applies it to a string, :func:`strip_social_tokens` to
a numbered token stream (the fast sentiment scorer's); both run the same patterns on each
whitespace-delimited run, so they agree (``tests/test_text.py`` checks it).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

#: URLs: a scheme or "www." up to the next space, or a bare domain with a path ("bit.ly/3xYz").
URL_PATTERN = re.compile(
    r"(?i:https?://)\S+|(?:www|WWW|Www)\.\S+|(?<![\w.@/-])(?:[A-Za-z0-9-]+\.)+[a-z]{2,}/\S*"
)
#: E-mail addresses.
EMAIL_PATTERN = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
#: @handles ("@united", "@united's"), with the retweet marker before one ("RT @joy:" -> ":").
HANDLE_PATTERN = re.compile(r"(?:(?<!\S)(?i:rt):?\s+)?(?<!\w)@\w+(?:['’]s\b)?")
#: The sign of a hashtag ("#fail" -> "fail"); not "#1", "C#" or an HTML entity ("&#39;").
HASHTAG_PATTERN = re.compile(r"(?<![\w&#])#(?=[^\W\d_])")
#: HTML's escapes of the five characters it reserves, as web and Twitter exports write them ("&lt;3").
ENTITY_PATTERN = re.compile(r"&(?:amp|lt|gt|quot|apos|#39|#34);")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&#39;": "'", "&#34;": '"'}
#: Everything :func:`strip_social` removes, in this order (a URL or e-mail address may hold an "@").
SOCIAL_PATTERN = re.compile("|".join(p.pattern for p in (URL_PATTERN, EMAIL_PATTERN, HANDLE_PATTERN)))


#: Where :func:`strip_social` looks: every span it removes or changes holds one of these.
_SOCIAL_NEEDLES = ("@", "www.", "WWW.", "Www.", "/", "#", "&")
_RUN_END = re.compile(r"\S*")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def strip_social(text: str) -> str:
    """``text`` without @handles, retweet markers, URLs and e-mail addresses; hashtags keep their word.

    The rule of :mod:`sentiment_kit.text` ("Social text"), for one string: HTML escapes decoded, each
    span becomes a space, the sign of a hashtag is dropped. Equal to
    ``HASHTAG_PATTERN.sub("", SOCIAL_PATTERN.sub(" ", unescape(text)))`` (``unescape`` decoding
    :data:`ENTITY_PATTERN`), but no pattern crosses a space (except the marker "RT" before a
    handle), so the patterns run only over the whitespace-delimited runs around an ``@``,
    ``www.``, a URL's ``/``, a hashtag's ``#`` or an escape's ``&``, found by substring search
    at C speed, and each distinct run is matched once. A text (or all texts joined into one
    string, as the theme vectoriser passes them) with none of them is returned as it is, at
    the cost of a few substring searches. The fast sentiment scorer, which holds its texts as
    numbered tokens, applies the same rule with :func:`strip_social_tokens`.

    Examples
    --------
    >>> strip_social("RT @joy: @united lost my bag #fail https://t.co/x (mail help@x.com)")
    ' :   lost my bag fail   (mail  )'
    >>> strip_social("I &lt;3 it")
    'I <3 it'
    """
    # most texts hold no needle: six substring tests inline cost less than the loop below
    # ("ww." and "WW." are in each of "www.", "Www." and "WWW.")
    if not ("@" in text or "/" in text or "#" in text or "&" in text or "ww." in text or "WW." in text):
        return text
    spans: list[tuple[int, int]] = []
    for needle in _SOCIAL_NEEDLES:
        pos = text.find(needle)
        while pos != -1:
            if _could_change(text, pos, needle):
                start = _run_start(text, pos)
                end = _RUN_END.match(text, pos).end()
                if needle == "@":
                    start = _retweet_start(text, start)
                spans.append((start, end))
                pos = text.find(needle, max(end, pos + 1))
            else:
                pos = text.find(needle, pos + 1)
    if not spans:
        return text
    out, last = [], 0
    done: dict[str, str] = {}  # the same handle or link recurs: match each distinct run once
    for start, end in sorted(spans):
        if start < last:  # the same run, found by two needles
            continue
        run = text[start:end]
        new = done.get(run)
        if new is None:
            new = done[run] = _strip_run(run)
        out += [text[last:start], new]
        last = end
    out.append(text[last:])
    return "".join(out)


def _could_change(text: str, pos: int, needle: str) -> bool:
    """False when the character at ``pos`` cannot start a change: a "/" that is neither a URL's
    "://" nor a domain's path ("XX/XX/2019", "1/2"), a "#" that is no hashtag ("#1"), an "&" that is
    no escape. Only a prefilter: the run around every candidate is matched with the patterns."""
    if needle == "/":
        return pos >= 2 and (text[pos - 1] == ":" or (text[pos - 1] in _LOWER and text[pos - 2] in _LOWER))
    if needle == "#":
        return HASHTAG_PATTERN.match(text, pos) is not None
    if needle == "&":
        return ENTITY_PATTERN.match(text, pos) is not None
    return True


def _run_start(text: str, pos: int) -> int:
    """Start of the whitespace-delimited run holding ``pos`` (``str.split``'s whitespace, at C speed)."""
    if pos == 0 or text[pos - 1].isspace():
        return pos
    lo = pos
    while True:
        lo = max(0, lo - 64)
        seg = text[lo:pos]
        tail = seg.rsplit(None, 1)[-1]
        if len(tail) < len(seg) or lo == 0:
            return pos - len(tail)


def _strip_run(run: str) -> str:
    """:func:`strip_social`'s rule applied to one run (or to a whole text)."""
    if "&" in run:
        run = ENTITY_PATTERN.sub(_unescape, run)
    return HASHTAG_PATTERN.sub("", SOCIAL_PATTERN.sub(" ", run))


def _unescape(m: re.Match) -> str:
    return _ENTITIES[m.group()]


#: A whitespace token :func:`strip_social` may change holds one of these.
_TOKEN_HINT = re.compile(r"[@/#&]|[wW]{3}\.")
_HANDLE_START = re.compile(r"@\w")


def strip_social_tokens(codes: np.ndarray, distinct: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`strip_social` for a text already split on whitespace and numbered, as the fast
    sentiment scorer holds it: ``distinct[codes]`` are the tokens (``pd.factorize``).

    Returns ``(codes, distinct)`` such that ``distinct[codes]`` equals
    ``strip_social(" ".join(tokens)).split()``. Each *distinct* token that could change is
    matched once (:func:`strip_social` applies the same patterns to each run), a retweet marker
    is a token "RT" or "RT:" right before a token that starts a handle, and the token stream is
    rebuilt with NumPy, so the cost follows the number of distinct tokens, not of texts.

    Examples
    --------
    >>> codes, distinct = pd.factorize(np.array("RT @joy: #fail &lt;3 #fail".split(), dtype=object))
    >>> c, d = strip_social_tokens(codes, distinct)
    >>> d[c].tolist()
    [':', 'fail', '<3', 'fail']
    """
    distinct = np.asarray(distinct, dtype=object)
    u = pd.Series(distinct, dtype=object)
    hint = u.str.contains(_TOKEN_HINT).to_numpy(dtype=bool)
    if not hint.any():
        return codes, distinct
    new: dict[int, list[str]] = {}
    for d in np.flatnonzero(hint):
        out = _strip_run(distinct[d])
        if out != distinct[d]:
            new[int(d)] = out.split()
    drop = np.zeros(len(codes), dtype=bool)
    handle = np.zeros(len(distinct), dtype=bool)
    handle[hint] = u[hint].str.match(_HANDLE_START).to_numpy(dtype=bool)
    if handle.any() and len(codes) > 1:
        marker = (u.str.len() <= 3).to_numpy() & ~hint
        marker[marker] = u[marker].str.lower().isin(("rt", "rt:")).to_numpy()
        drop[:-1] = marker[codes[:-1]] & handle[codes[1:]]
    if not new and not drop.any():
        return codes, distinct
    lens = np.ones(len(distinct), dtype=np.int64)
    vocab: dict[str, int] = {}  # the new tokens, numbered after the old ones (a repeat of an old one is harmless)
    extra: list[str] = []
    ids_of: dict[int, list[int]] = {}
    for d, toks in new.items():
        lens[d] = len(toks)
        ids = []
        for t in toks:
            i = vocab.get(t)
            if i is None:
                i = vocab[t] = len(distinct) + len(extra)
                extra.append(t)
            ids.append(i)
        ids_of[d] = ids
    if (lens == 1).all() and not drop.any():  # one token for one ("#fail" -> "fail"): relabel only
        remap = np.arange(len(distinct), dtype=np.int64)
        for d, ids in ids_of.items():
            remap[d] = ids[0]
        codes = remap[codes]
    else:
        codes = _expand(codes, lens, ids_of, drop)
    if extra:
        distinct = np.concatenate([distinct, np.array(extra, dtype=object)])
    return codes, distinct


def _expand(codes: np.ndarray, lens: np.ndarray, ids_of: dict[int, list[int]], drop: np.ndarray) -> np.ndarray:
    """The token stream with token ``d`` replaced by ``ids_of[d]`` (``lens[d]`` ids, others
    themselves) and the positions in ``drop`` removed, without a Python loop over tokens."""
    first = np.cumsum(lens) - lens
    flat = np.empty(int(lens.sum()), dtype=np.int64)
    same = lens == 1
    flat[first[same]] = np.flatnonzero(same)
    for d, ids in ids_of.items():
        flat[first[d]:first[d] + len(ids)] = ids
    per = lens[codes]
    per[drop] = 0
    ends = np.cumsum(per)
    total = int(ends[-1]) if len(ends) else 0
    return flat[np.repeat(first[codes] - (ends - per), per) + np.arange(total)]


def _retweet_start(text: str, start: int) -> int:
    """Where a retweet marker ("RT", "RT:" and spaces) before the run at ``start`` begins, else ``start``."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == start:
        return start
    k = j - 1 if j > 0 and text[j - 1] == ":" else j
    if k >= 2 and text[k - 2:k].lower() == "rt" and (k == 2 or text[k - 3].isspace()):
        return k - 2
    return start
