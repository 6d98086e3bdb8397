"""The vectorised lexicon scorer behind ``score_sentiment(method="fast")``, in VADER's steps.

Private module: :mod:`sentiment_kit.sentiment` documents the rules and their evidence; the words
and constants are in :mod:`._lexicon`. Everything here works on whole arrays of tokens at once
(one whitespace split of all texts and one numbering of the tokens, in Arrow; punctuation peeled
and a hash lookup per *distinct* token, then NumPy shifts and ``bincount``); there is no Python loop
over rows or tokens.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..text.social import strip_social_tokens
from ._lexicon import (ALPHA, B_DECR, BOOSTERS, BUT_AFTER, BUT_BEFORE, C_INCR, EP_MAX, EP_STEP, EXPECTATIONS, HEDGES,
                       INTERJECTIONS, N_SCALAR, NEG_OF_NEGATIVE, NEGATION_WINDOW, NEGATORS, NEVER_SO, QM_MAX, QM_STEP,
                       UNMET_EXPECTATION, valence_tables)

_DOC = "\x00"
#: Characters peeled off both ends of a whitespace token (VADER strips punctuation the same way).
_EDGE_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’…—–«»"
#: Trailing punctuation that ends a clause ("good," "slow." "really?!").
_TAIL_RE = r"([,;:.!?…—–]+)[\"'”’)\]]*$"
_CLAUSE_CHARS = r"[,;:.!?…—–-]"
#: Characters Python's ``str.split()`` splits at besides ASCII's six spaces, and ``_DOC`` (an RE2 class).
_OTHER_SPACE = ("[\\x{00}\\x{1c}-\\x{1f}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}"
                "\\x{205f}\\x{3000}]")
_DOC_F, _ENDC, _ENDS, _BUT, _WORD, _NEG, _INLEX, _UPPER, _EXP, _BI1, _MARK = (1 << i for i in range(11))


# --------------------------------------------------------------------------- scorer
def score_fast(texts: pd.Series) -> dict[str, np.ndarray]:
    """Score a Series of ``str`` (no missing values); return neg, neu, pos, compound arrays.

    The steps, in VADER's order: split all texts into one token stream (:func:`_tokens`); read
    each distinct token once (:func:`_token_table`: valence, negator, booster, clause end, ...);
    place every word in its document, clause and sentence (:func:`_words`); the words' valences,
    two-word phrases included (:func:`_valences`); ALL-CAPS emphasis (:func:`_caps`); boosters and
    dampeners (:func:`_boost`); negation (:func:`_negate`); contrast with "but"
    (:func:`_contrast`); and VADER's sums per document (:func:`_aggregate`).
    """
    n = len(texts)
    codes, uniq = _tokens(texts)
    if codes.size == 0:
        return {"neg": np.zeros(n), "neu": np.zeros(n), "pos": np.zeros(n), "compound": np.zeros(n)}
    table = _token_table(uniq)
    words = _words(codes, table, n)
    val, inlex, is_neg = _valences(words, table)
    val = _caps(val, words, n)
    same = _same_clause(words.clause)
    val, has_val = _boost(val, words, table, inlex, same)
    val = _negate(val, has_val, is_neg, words, table, same)
    val = _contrast(val, words)
    return _aggregate(val, words, n)


def _tokens(texts: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Whitespace tokens of all texts, as VADER splits, documents separated by the token ``_DOC``:
    (code of each token, the distinct tokens). Handles, URLs, e-mail addresses and retweet markers
    are not words (the shared preparation, text.strip_social, applied to the token stream: each
    distinct token is matched once; ``_DOC`` is a token of its own that no pattern touches).

    The split and the numbering of distinct tokens run in Arrow, without a Python object per
    token: every character ``str.isspace`` accepts that is not one of ASCII's six spaces (and
    ``_DOC``) is made a space (:data:`_OTHER_SPACE`), the bytes are split at ASCII spaces
    (``ascii_split_whitespace``: UTF-8 never has an ASCII byte inside another character), and one
    ``dictionary_encode`` numbers the tokens. The tokens are the ones ``str.split()`` gives
    (Arrow's ``utf8_split_whitespace`` is not used: in pyarrow 26 it mis-splits some texts that end
    in non-ASCII spaces). Text Arrow cannot hold (a lone surrogate) is split by Python instead.
    """
    items = texts.tolist()
    try:
        arr = pa.array(items, type=pa.large_string())
    except (pa.ArrowException, UnicodeError):
        return _tokens_python(items)
    split = pc.ascii_split_whitespace(pc.replace_substring_regex(arr, _OTHER_SPACE, " "))
    encoded = pc.dictionary_encode(pc.list_flatten(split))
    distinct = encoded.dictionary.to_pylist()
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp)
    starts = split.offsets.to_numpy()[1:len(items)]  # where documents 2 .. n begin in the token stream
    if "" in distinct:  # Arrow gives "" at each end and between two spaces; str.split() gives nothing
        keep = codes != distinct.index("")
        starts = np.concatenate([[0], np.cumsum(keep)])[starts]
        codes = codes[keep]
    uniq = np.array([*distinct, _DOC], dtype=object)
    codes = np.insert(codes, starts, len(distinct))
    if codes.size == 0:
        return np.empty(0, dtype=np.intp), np.empty(0, dtype=object)
    return strip_social_tokens(codes, uniq)


def _tokens_python(items: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_tokens` by Python's ``str.split`` (the same tokens, for text Arrow cannot hold)."""
    big = f" {_DOC} ".join(t.replace(_DOC, " ") for t in items)
    raw = np.array(big.split(), dtype=object)
    if raw.size == 0:
        return np.empty(0, dtype=np.intp), raw
    codes, uniq = pd.factorize(raw, sort=False)
    return strip_social_tokens(codes, uniq)


class _TokenTable(NamedTuple):
    """What each distinct token is (arrays indexed by token code)."""

    flags: np.ndarray      # bit flags: _DOC_F, _ENDC, _ENDS, _BUT, _WORD, _NEG, _INLEX, _UPPER, _EXP, _BI1, _MARK
    excl: np.ndarray       # number of "!" in the token
    qm: np.ndarray         # number of "?"
    val: np.ndarray        # lexicon valence (0 for non-words)
    boost: np.ndarray      # booster (+) or dampener (-) increment
    emo: np.ndarray        # an emoticon or interjection: never negated, never spends a negator
    never: np.ndarray      # "never"
    sothis: np.ndarray     # "so" or "this"
    hedge: np.ndarray      # "kind", "sort" (of)
    of: np.ndarray         # "of"
    lcodes: np.ndarray     # code of the token's lower-cased, stripped form
    n_lower: np.int64      # number of such forms
    bi_keys: dict          # packed (first, second) lower-form codes of a two-word phrase -> valence


def _token_props(uniq_arr: np.ndarray) -> dict[str, np.ndarray]:
    """Read each distinct token once: punctuation peeled (emoticons such as ":)" stay whole), its
    valence, whether it negates, boosts, ends a clause or a sentence, is in capitals, ... (one
    array per property; ``low`` is the lower-cased, peeled form)."""
    uni, bi = valence_tables()
    uniq = pd.Series(uniq_arr, dtype=object)
    lowraw = uniq.str.lower().str.replace("’", "'", regex=False)
    stripped = lowraw.str.strip(_EDGE_PUNCT)
    low = lowraw.where(lowraw.isin(uni.keys()), stripped)       # emoticons such as ":)" stay whole
    u_doc = (uniq == _DOC).to_numpy()
    tail = lowraw.str.extract(_TAIL_RE, expand=False).fillna("")
    u_word = ((low.str.len() > 0) & (uniq.str.len() > 1)).to_numpy() & ~u_doc
    u_pure = (low.str.len() == 0).to_numpy() & ~u_doc            # a token of punctuation only
    u_end_clause = (tail.str.len() > 0).to_numpy() | u_pure & uniq.str.contains(_CLAUSE_CHARS).to_numpy()
    u_end_sent = tail.str.contains(r"[.!?;:]").to_numpy() | u_pure & uniq.str.contains(r"[.!?;:]").to_numpy()
    u_excl = uniq.str.count("!").to_numpy()
    u_qm = uniq.str.count(r"\?").to_numpy()
    core_raw = uniq.str.strip(_EDGE_PUNCT)
    u_upper = (core_raw.str.isupper() & (core_raw.str.len() > 1)).to_numpy() & u_word
    u_val = low.map(uni).fillna(0.0).to_numpy(float) * u_word
    u_inlex = low.isin(uni.keys()).to_numpy() & u_word
    u_boost = low.map(BOOSTERS).fillna(0.0).to_numpy(float) * u_word
    u_neg = (low.isin(NEGATORS) | low.str.endswith("n't")).to_numpy() & u_word
    u_but = (low == "but").to_numpy() & u_word
    u_exp = low.isin(EXPECTATIONS).to_numpy() & u_word
    # emoticons (lexicon entries kept whole because they are punctuation, ":(" ":D") are not
    # words a negator can scope over: "no cheque :(" stays negative
    # and neither is laughter or another interjection: "no idea lol" does not un-laugh the "lol"
    u_emo = ((lowraw.isin(uni.keys()) & (lowraw != stripped)) | low.isin(INTERJECTIONS)).to_numpy() & u_word
    u_bifirst = low.isin({w1 for (w1, _w2) in bi}).to_numpy() & u_word
    u_marks = (u_excl + u_qm) > 0
    # one gather of bit flags per token instead of one per attribute
    flags = (u_doc * _DOC_F | u_end_clause * _ENDC | u_end_sent * _ENDS | u_but * _BUT | u_word * _WORD
             | u_neg * _NEG | u_inlex * _INLEX | u_upper * _UPPER | u_exp * _EXP | u_bifirst * _BI1
             | u_marks * _MARK).astype(np.int32)
    return {"flags": flags, "excl": u_excl, "qm": u_qm, "val": u_val, "boost": u_boost, "emo": u_emo,
            "never": (low == "never").to_numpy() & u_word, "sothis": low.isin(("so", "this")).to_numpy() & u_word,
            "hedge": low.isin(HEDGES).to_numpy() & u_word, "of": (low == "of").to_numpy() & u_word,
            "low": low.to_numpy(dtype=object)}


#: Distinct tokens whose properties a process remembers between calls (about 200 bytes each);
#: past this the memory is cleared and filled again.
CACHE_TOKENS = 300_000


class _TokenCache:
    """The properties of the tokens read so far in this process (:func:`_token_props` is a pure
    function of the token, so a token read once need not be read again: scoring a file chunk by
    chunk reads mostly tokens already seen)."""

    def __init__(self) -> None:
        self.clear()

    def clear(self, tables: object = None) -> None:
        self.rows: dict[str, int] = {}
        self.cols: dict[str, np.ndarray] = {}
        self.n = 0
        self.tables = tables  # the valence tables the properties were read with

    def props(self, tokens: np.ndarray) -> dict[str, np.ndarray]:
        """:func:`_token_props` of ``tokens`` (distinct), from memory where it can."""
        if len(tokens) > CACHE_TOKENS:
            return _token_props(tokens)
        if valence_tables() is not self.tables:  # built again (another lexicon): forget what was read
            self.clear(valence_tables())
        get = self.rows.get
        idx = np.fromiter((get(t, -1) for t in tokens), dtype=np.int64, count=len(tokens))
        new = np.flatnonzero(idx < 0)
        if len(new):
            if self.n + len(new) > CACHE_TOKENS:
                self.clear(self.tables)
                new = np.arange(len(tokens))
            fresh = _token_props(tokens[new])
            self._append(fresh)
            idx[new] = np.arange(self.n - len(new), self.n)
            self.rows.update(zip(tokens[new].tolist(), range(self.n - len(new), self.n)))
        return {k: col[idx] for k, col in self.cols.items()}

    def _append(self, fresh: dict[str, np.ndarray]) -> None:
        k = len(next(iter(fresh.values())))
        for name, values in fresh.items():
            col = self.cols.get(name)
            if col is None or len(col) < self.n + k:  # grow by doubling: appends cost O(1) per token
                grown = np.empty(max(2 * (self.n + k), 1024), dtype=values.dtype)
                if col is not None:
                    grown[:self.n] = col[:self.n]
                self.cols[name] = col = grown
            col[self.n:self.n + k] = values
        self.n += k


_CACHE = _TokenCache()


def _token_table(uniq_arr: np.ndarray) -> _TokenTable:
    """The :class:`_TokenTable` of the distinct tokens: their properties (remembered per process,
    :class:`_TokenCache`) and the codes of their lower-cased forms, on which two-word phrases are found."""
    _uni, bi = valence_tables()
    props = _CACHE.props(np.asarray(uniq_arr, dtype=object))
    lcodes, luniq = pd.factorize(props.pop("low"), sort=False)
    lpos = {w: i for i, w in enumerate(luniq)}
    L = np.int64(len(luniq))
    bi_keys = {lpos[w1] * L + lpos[w2]: v for (w1, w2), v in bi.items() if w1 in lpos and w2 in lpos}
    return _TokenTable(**props, lcodes=lcodes, n_lower=L, bi_keys=bi_keys)


class _Words(NamedTuple):
    """The words of the token stream (punctuation-only tokens and separators left out)."""

    c: np.ndarray          # token code of each word
    f: np.ndarray          # its flags
    doc: np.ndarray        # document of each word
    clause: np.ndarray     # clause (ends at , ; : . ! ? or before "but")
    sent: np.ndarray       # sentence
    excl: np.ndarray       # per document: number of "!"
    qm: np.ndarray         # per document: number of "?"


def _words(codes: np.ndarray, table: _TokenTable, n: int) -> _Words:
    """Token stream -> documents, clauses (end at , ; : . ! ? or "but"), sentences."""
    f_all = table.flags[codes]
    is_doc = (f_all & _DOC_F) != 0
    doc_all = np.cumsum(is_doc)
    start_c = (f_all & (_DOC_F | _BUT)) != 0
    start_c[1:] |= (f_all[:-1] & _ENDC) != 0
    start_s = is_doc.copy()
    start_s[1:] |= (f_all[:-1] & _ENDS) != 0
    clause_all = np.cumsum(start_c)
    sent_all = np.cumsum(start_s)
    mk = np.flatnonzero(f_all & _MARK)
    excl = np.bincount(doc_all[mk], weights=table.excl[codes[mk]], minlength=n)[:n]
    qm = np.bincount(doc_all[mk], weights=table.qm[codes[mk]], minlength=n)[:n]
    kw = np.flatnonzero(f_all & _WORD)
    return _Words(codes[kw], f_all[kw], doc_all[kw], clause_all[kw], sent_all[kw], excl, qm)


def _valences(words: _Words, table: _TokenTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(valence, in the lexicon, is a negator) of each word, after two-word phrases: a phrase's
    valence goes to its second word, the first is silenced."""
    c, f, clause = words.c, words.f, words.clause
    m = len(c)
    val = table.val[c]
    inlex = (f & _INLEX) != 0
    is_neg = (f & _NEG) != 0
    if table.bi_keys and m > 1:
        L = table.n_lower
        cand = np.flatnonzero(f[:-1] & _BI1)
        cand = cand[clause[cand] == clause[cand + 1]]
        pair = table.lcodes[c[cand]].astype(np.int64) * L + table.lcodes[c[cand + 1]]
        keys = np.fromiter(table.bi_keys.keys(), dtype=np.int64)
        idx = pd.Index(keys).get_indexer(pair)
        hit = idx >= 0
        pos2 = cand[hit] + 1
        val[pos2] = np.fromiter(table.bi_keys.values(), dtype=float)[idx[hit]]
        inlex[pos2] = True
        val[pos2 - 1] = 0.0
        is_neg[pos2] = False                 # "no response", "no reply" are not negators now
        is_neg[pos2 - 1] = False
        inlex[pos2 - 1] = True
    return val, inlex, is_neg


def _caps(val: np.ndarray, words: _Words, n: int) -> np.ndarray:
    """ALL-CAPS emphasis when only some words of the document are capitalised (VADER)."""
    n_words = np.bincount(words.doc, minlength=n)
    upper = (words.f & _UPPER) != 0
    n_upper = np.bincount(words.doc, weights=upper, minlength=n)
    cap_diff = (n_upper > 0) & (n_upper < n_words)
    caps = upper & cap_diff[words.doc] & (val != 0)
    return val + np.sign(val) * C_INCR * caps


def _same_clause(clause: np.ndarray) -> list[np.ndarray]:
    """For k = 1 .. :data:`NEGATION_WINDOW` (while there are more than k words): whether word
    ``i`` and word ``i + k`` are in the same clause."""
    m = len(clause)
    return [clause[k:] == clause[:-k] for k in range(1, NEGATION_WINDOW + 1) if m > k]


def _boost(val: np.ndarray, words: _Words, table: _TokenTable, inlex: np.ndarray,
           same: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Boosters and dampeners up to three words before a valenced word (decay 1, 0.95, 0.9).

    "kind of", "sort of": the noun loses its valence and "of" damps like "kinda". Returns the
    valences and which words had one before boosting (the words a negator can spend itself on).
    """
    c = words.c
    boost = table.boost[c]
    if len(c) > 1:
        hedge = np.flatnonzero(table.hedge[c[:-1]] & table.of[c[1:]] & same[0])
        val[hedge] = 0.0
        boost[hedge + 1] = B_DECR
    sign = np.sign(val)
    add = np.zeros(len(c))
    has_val = val != 0
    for k, decay, same_k in zip(range(1, NEGATION_WINDOW + 1), (1.0, 0.95, 0.9), same):
        b = boost[:-k] * (~inlex[:-k]) * same_k
        add[k:] += b * sign[k:] * decay
    return val + add * has_val, has_val


def _negate(val: np.ndarray, has_val: np.ndarray, is_neg: np.ndarray, words: _Words, table: _TokenTable,
            same: list[np.ndarray]) -> np.ndarray:
    """Negation within :data:`NEGATION_WINDOW` words of the same clause.

    A negated positive word is flipped (x :data:`N_SCALAR`), a negated negative one damped
    (x :data:`NEG_OF_NEGATIVE`), a negated expectation word is an unmet expectation ("never
    arrived"); a negator that negated a word has no valence of its own. VADER's "never so/this":
    such a "never" intensifies instead of negating, and "so"/"this" right before the word blocks
    a negator three back ("haven't been this sore"). Emoticons, interjections and negators
    themselves are not negated.
    """
    c, f = words.c, words.f
    m = len(c)
    never_so = np.zeros(m, dtype=bool)
    sothis_before = np.zeros(m, dtype=bool)
    if m > 1:
        never_so[:-1] = table.never[c[:-1]] & table.sothis[c[1:]] & same[0]
        is_neg &= ~never_so
        sothis_before[1:] = table.sothis[c[:-1]] & same[0]
    emo = table.emo[c]
    intens = np.zeros(m, dtype=bool)
    negated = np.zeros(m, dtype=bool)
    neg_used = np.zeros(m, dtype=bool)
    for k, same_k in zip(range(1, NEGATION_WINDOW + 1), same):
        nk = is_neg[:-k] & same_k
        if k == 3:  # VADER: "so"/"this" right before the word blocks a negator three back ("haven't been this sore")
            blocked = nk & sothis_before[k:]
            intens[k:] |= blocked
            nk = nk & ~sothis_before[k:]
        negated[k:] |= nk
        neg_used[:-k] |= nk & has_val[k:] & ~emo[k:]   # "no issues and no problems": the first "no" is spent
        if k > 1:
            intens[k:] |= never_so[:-k] & same_k
    negator = (f & _NEG) != 0
    negated &= ~(emo | negator)   # emoticons and negators themselves are not negated
    val = np.where(intens, val * NEVER_SO, val)
    # unmet expectations: "never arrived", "didn't respond"
    exp = ((f & _EXP) != 0) & negated & (val >= 0)
    val = np.where(exp, UNMET_EXPECTATION, val)
    flip = negated & ~exp & (val != 0)
    val = np.where(flip, val * np.where(val > 0, N_SCALAR, NEG_OF_NEGATIVE), val)
    val[neg_used & negator & ~negated] = 0.0   # a negator that negated something has no valence of its own
    return val


def _contrast(val: np.ndarray, words: _Words) -> np.ndarray:
    """"but": within a sentence, halve what precedes the first "but", weight what follows x1.5;
    a sentence that opens with "But" contrasts with the sentence before it, which is halved."""
    is_but = (words.f & _BUT) != 0
    if not is_but.any():
        return val
    sent, doc = words.sent, words.doc
    m = len(val)
    pos_idx = np.arange(m)
    starts = np.flatnonzero(np.r_[True, sent[1:] != sent[:-1]])
    first = np.minimum.reduceat(np.where(is_but, pos_idx, m), starts)
    seg_len = np.diff(np.r_[starts, m])
    first_but = np.repeat(first, seg_len)
    has_but = first_but < m
    val = np.where(has_but & (pos_idx < first_but), val * BUT_BEFORE, val)
    val = np.where(has_but & (pos_idx > first_but), val * BUT_AFTER, val)
    opens = (first == starts)[1:] & (doc[starts[1:]] == doc[starts[1:] - 1])
    if opens.any():
        halve = np.r_[opens, False]                      # the sentence before one that opens with "But"
        val = np.where(np.repeat(halve, seg_len), val * BUT_BEFORE, val)
    return val


def _aggregate(val: np.ndarray, words: _Words, n: int) -> dict[str, np.ndarray]:
    """VADER's sums per document: compound (normalised by :data:`ALPHA`) and the neg/neu/pos
    proportions, with "!" and "?" emphasis."""
    doc = words.doc
    total = np.bincount(doc, weights=val, minlength=n)
    pos_sum = np.bincount(doc, weights=np.where(val > 0, val + 1, 0.0), minlength=n)
    neg_sum = np.bincount(doc, weights=np.where(val < 0, val - 1, 0.0), minlength=n)
    neu_cnt = np.bincount(doc, weights=(val == 0).astype(np.float64), minlength=n)
    ep = np.minimum(words.excl, EP_MAX) * EP_STEP
    qm = words.qm
    qa = np.where(qm > 3, QM_MAX, np.where(qm > 1, qm * QM_STEP, 0.0))
    amp = ep + qa
    s = total + np.sign(total) * amp
    compound = s / np.sqrt(s * s + ALPHA)
    pos_sum = pos_sum + np.where(pos_sum > -neg_sum, amp, 0.0)
    neg_sum = neg_sum - np.where(pos_sum < -neg_sum, amp, 0.0)   # VADER's elif: a grown pos_sum still exceeds -neg_sum
    tot = pos_sum - neg_sum + neu_cnt
    with np.errstate(invalid="ignore", divide="ignore"):
        pos = np.where(tot > 0, pos_sum / tot, 0.0)
        neg = np.where(tot > 0, -neg_sum / tot, 0.0)
        neu = np.where(tot > 0, neu_cnt / tot, 0.0)
    return {"neg": np.abs(neg[:n]), "neu": neu[:n], "pos": pos[:n], "compound": compound[:n]}
