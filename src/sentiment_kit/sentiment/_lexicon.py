"""The vectorised lexicon scorer behind ``score_sentiment(method="fast")``.

Private module: :mod:`sentiment_kit.sentiment` documents the rules and their evidence.
Everything here works on whole arrays of tokens at once (one whitespace split of all texts
joined together, punctuation peeled and a hash lookup per *distinct* token, then NumPy shifts
and ``bincount``); there is no Python loop over rows or tokens.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from ..exceptions import MissingResourceError
from ..text.prepare import strip_social_tokens

# --------------------------------------------------------------------------- VADER constants
#: Hutto & Gilbert (2014) empirically derived constants, as in NLTK's ``VaderConstants``.
B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74
ALPHA = 15.0
BUT_BEFORE, BUT_AFTER = 0.5, 1.5
EP_STEP, EP_MAX = 0.292, 4
QM_STEP, QM_MAX = 0.18, 0.96

#: Negated *negative* words are damped towards a weak positive instead of flipped at
#: -0.74 ("no problems" +0.43, "not bad" +0.63, "not the worst" +0.78), the shift idea of
#: Taboada et al. (2011, Computational Linguistics 37(2)): negating a strong word does not
#: give its opposite.
NEG_OF_NEGATIVE = -0.25
#: Tokens before a valenced word that can negate it (same clause only).
NEGATION_WINDOW = 3
#: Valence of an "expectation" word that is negated ("never arrived", "no response").
UNMET_EXPECTATION = -1.5

NEGATORS = frozenset({
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't",
    "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
    "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't",
    "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not",
    "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
    "oughtn't", "shan't", "shouldn't", "wasn't", "weren't", "without", "wont", "wouldnt",
    "won't", "wouldn't", "rarely", "seldom", "despite",
    # added: VADER gives "no" a valence of its own (-1.2) but never lets it negate,
    # which is why "no problems" scores negative.
    "no", "nobody", "neither", "hardly",
})

BOOSTERS = {
    **dict.fromkeys(
        "absolutely amazingly awfully completely considerably decidedly deeply effing enormously "
        "entirely especially exceptionally extremely fabulously flipping flippin fricking frickin "
        "frigging friggin fully fucking greatly hella highly hugely incredibly intensely majorly "
        "more most particularly purely quite really remarkably so substantially thoroughly totally "
        "tremendously uber unbelievably unusually utterly very".split(), B_INCR),
    **dict.fromkeys(
        "almost barely hardly kinda kindof less little marginally occasionally partly scarcely "
        "slightly somewhat sorta sortof".split(), B_DECR),
}

# --------------------------------------------------------------------------- service vocabulary
#: Service-failure words and phrases VADER has no (or too weak a) valence for. Tiers:
#: -2.0 an outcome failure (money or goods lost), -1.5 a process failure the customer
#: endured, -1.0 friction that is usually but not always a failure. Evidence: see
#: ``benchmarks/lexicon_evidence.py``. Terms the evidence contradicted (95% interval on the
#: wrong side of 0: "charged", "late", "fee", "fees", "runaround", neutralising "please")
#: were removed. So were four everyday time words ("still", "hours", "weeks", "months"), whose
#: evidence was within noise in complaints and which sit in as many happy reviews as unhappy
#: ones ("three months in and still pain-free"): on drug reviews they put the fast scorer 1.2
#: points of accuracy behind VADER; without them it is level.
SERVICE_LEXICON: dict[str, float] = {
    # outcome failures
    "overcharged": -2.0, "overcharge": -2.0, "overcharging": -2.0, "charged twice": -2.0,
    "double charged": -2.0, "never arrived": -2.0, "never received": -2.0, "never came": -2.0,
    "never showed": -2.0, "not delivered": -2.0, "run around": -2.0,
    "lied": -2.0, "unauthorized": -2.0, "harassing": -2.0, "harassment": -2.0,
    "misleading": -2.0, "deceptive": -2.0, "refused": -1.5, "refuses": -1.5, "refusing": -1.5,
    "hung up": -2.0, "still waiting": -2.0, "no response": -2.0, "no reply": -2.0,
    "no answer": -2.0, "nobody": -1.0, "transferred again": -2.0,
    "on hold": -1.5, "disconnected": -1.5, "useless": -2.0, "unacceptable": -2.0,
    # process failures
    "delayed": -1.5, "delay": -1.5, "delays": -1.5, "cancelled": -1.5, "canceled": -1.5,
    "ignored": -1.5, "ignoring": -1.5, "ignore": -1.0, "unresolved": -1.5,
    "waited": -1.5, "waiting": -1.0, "transferred": -1.0, "incorrect": -1.5,
    "inaccurate": -1.5, "error": -1.5, "errors": -1.5, "mistake": -1.5, "mistakes": -1.5,
    "overdue": -1.0, "broken": -1.5, "broke": -1.0, "defective": -2.0,
    "malfunction": -1.5, "faulty": -1.5, "dropped": -1.0, "drops": -1.0, "dropping": -1.0,
    "unable": -1.0, "repeatedly": -1.0, "excuses": -1.5, "hassle": -1.5,
    # friction
    "refund": -1.0, "refunded": -0.5, "complaint": -1.0, "complained": -1.5,
    "disputed": -1.0, "dispute": -1.0,
    "again": -0.5, "returned": -0.5, "return": -0.5,
    # topic words VADER rates positive that are neutral topics in customer-service text
    "credit": 0.0, "interest": 0.0, "customer care": 0.0, "customer support": 0.0,
    "would like": 0.0, "i'd like": 0.0, "as well": 0.0,
}

#: VADER's two-word special-case idioms (NLTK ``VaderConstants.SPECIAL_CASE_IDIOMS``; its
#: three-word ones are not matched): scored like the two-word service phrases.
VADER_IDIOMS: dict[str, float] = {"the shit": 3.0, "the bomb": 3.0, "bad ass": 1.5, "yeah right": -2.0}
#: VADER's "never so/this" rule: "never" right before "so" or "this" intensifies the next
#: valenced words (x 1.25) instead of negating them ("never so happy"), and "so"/"this" right
#: before a word blocks a negator three words back ("never slept so well", "haven't been this sore").
NEVER_SO = 1.25
#: Laughter and other interjections: like emoticons, the writer's own reaction, never negated
#: ("I have no idea lol", "you can never leave lmao" still laugh; VADER negates the second).
INTERJECTIONS = frozenset(
    "lol lolol lmao lmfao rofl roflmao haha hahaha hahah hah hehe lulz xd yay woohoo hooray wow omg "
    "ugh meh ew eww yuck yikes argh".split()
)
#: VADER's two-word hedges ("kind of", "sort of", in NLTK's ``BOOSTER_DICT``): the first word has no
#: valence of its own ("kind of slow" is not kind) and the pair damps what follows, as "kinda" does.
HEDGES = frozenset({"kind", "sort"})

#: Words that carry no valence alone but are a failure when negated ("didn't arrive",
#: "never received", "no refund", "never called back"). Valence :data:`UNMET_EXPECTATION`.
EXPECTATIONS = frozenset(
    "arrive arrived arrives delivered deliver receive received respond responded responds "
    "response reply replied answer answered call called callback return returned refund "
    "refunded resolve resolved fix fixed fixes work worked works working show showed "
    "come came honor honored honour honoured follow followed notify notified contact "
    "contacted explain explained".split()
)

_DOC = "\x00"
#: Characters peeled off both ends of a whitespace token (VADER strips punctuation the same way).
_EDGE_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’…—–«»"
#: Trailing punctuation that ends a clause ("good," "slow." "really?!").
_TAIL_RE = r"([,;:.!?…—–]+)[\"'”’)\]]*$"
_CLAUSE_CHARS = r"[,;:.!?…—–-]"
_DOC_F, _ENDC, _ENDS, _BUT, _WORD, _NEG, _INLEX, _UPPER, _EXP, _BI1, _MARK = (1 << i for i in range(11))


# --------------------------------------------------------------------------- lexicon files
def vader_lexicon_text() -> str:
    """The VADER lexicon as text: NLTK's data if installed, else the copy in vaderSentiment."""
    import nltk.data

    try:
        nltk.data.find("sentiment/vader_lexicon.zip")
    except LookupError:
        pass
    else:
        return nltk.data.load("sentiment/vader_lexicon.zip/vader_lexicon/vader_lexicon.txt",
                              format="text").strip()
    try:
        path = resources.files("vaderSentiment") / "vader_lexicon.txt"
        return path.read_text(encoding="utf-8").strip()
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise MissingResourceError(
            "The VADER lexicon was not found: neither NLTK's 'vader_lexicon' data nor the "
            "'vaderSentiment' package is installed. Fix: `pip install vaderSentiment` (it ships "
            "the lexicon), or `python -m nltk.downloader vader_lexicon` where downloads are allowed."
        ) from exc


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's word -> mean valence dictionary (parsed once)."""
    lex: dict[str, float] = {}
    for line in vader_lexicon_text().split("\n"):
        parts = line.strip().split("\t")
        if len(parts) >= 2:
            lex[parts[0]] = float(parts[1])
    return lex


@lru_cache(maxsize=1)
def _tables():
    """Unigram and bigram valence tables of the fast scorer (built once)."""
    uni = dict(vader_lexicon())
    bi: dict[tuple[str, str], float] = {}
    for term, v in {**VADER_IDIOMS, **SERVICE_LEXICON}.items():
        words = term.split()
        if len(words) == 1:
            uni[term] = v
        else:
            bi[(words[0], words[1])] = v
    return uni, bi


# --------------------------------------------------------------------------- scorer
def score_fast(texts: pd.Series) -> dict[str, np.ndarray]:
    """Score a Series of ``str`` (no missing values); return neg, neu, pos, compound arrays."""
    n = len(texts)
    uni, bi = _tables()
    # Whitespace tokens, as VADER splits; punctuation is peeled off each *distinct* token.
    # _DOC separates documents, so it must not occur inside one (a stray NUL would shift every row).
    big = f" {_DOC} ".join(t.replace(_DOC, " ") for t in texts.tolist())
    raw = np.array(big.split(), dtype=object)
    if raw.size == 0:
        z = np.zeros(n)
        return {"neg": z, "neu": z.copy(), "pos": z.copy(), "compound": z.copy()}
    codes, uniq_arr = pd.factorize(raw, sort=False)
    # Handles, URLs, e-mail addresses and retweet markers are not words (the shared preparation,
    # text.strip_social, applied to the token stream: each distinct token is matched once; _DOC
    # is a token of its own that no pattern touches).
    codes, uniq_arr = strip_social_tokens(codes, uniq_arr)
    if codes.size == 0:
        z = np.zeros(n)
        return {"neg": z, "neu": z.copy(), "pos": z.copy(), "compound": z.copy()}
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
    u_never = (low == "never").to_numpy() & u_word
    u_sothis = low.isin(("so", "this")).to_numpy() & u_word
    u_hedge = low.isin(HEDGES).to_numpy() & u_word
    u_of = (low == "of").to_numpy() & u_word
    lcodes, luniq = pd.factorize(low, sort=False)
    lpos = {w: i for i, w in enumerate(luniq)}
    L = np.int64(len(luniq))
    bi_keys = {lpos[w1] * L + lpos[w2]: v for (w1, w2), v in bi.items() if w1 in lpos and w2 in lpos}
    u_bifirst = low.isin({w1 for (w1, _w2) in bi}).to_numpy() & u_word
    u_marks = (u_excl + u_qm) > 0
    # one gather of bit flags per token instead of one per attribute
    flags = (u_doc * _DOC_F | u_end_clause * _ENDC | u_end_sent * _ENDS | u_but * _BUT | u_word * _WORD
             | u_neg * _NEG | u_inlex * _INLEX | u_upper * _UPPER | u_exp * _EXP | u_bifirst * _BI1
             | u_marks * _MARK).astype(np.int32)

    # token stream -> documents, clauses (end at , ; : . ! ? or "but"), sentences
    f_all = flags[codes]
    is_doc = (f_all & _DOC_F) != 0
    doc_all = np.cumsum(is_doc)
    start_c = (f_all & (_DOC_F | _BUT)) != 0
    start_c[1:] |= (f_all[:-1] & _ENDC) != 0
    start_s = is_doc.copy()
    start_s[1:] |= (f_all[:-1] & _ENDS) != 0
    clause_all = np.cumsum(start_c)
    sent_all = np.cumsum(start_s)
    mk = np.flatnonzero(f_all & _MARK)
    excl = np.bincount(doc_all[mk], weights=u_excl[codes[mk]], minlength=n)[:n]
    qm = np.bincount(doc_all[mk], weights=u_qm[codes[mk]], minlength=n)[:n]
    kw = np.flatnonzero(f_all & _WORD)
    c = codes[kw]
    f = f_all[kw]
    doc, clause, sent = doc_all[kw], clause_all[kw], sent_all[kw]
    m = len(c)
    val = u_val[c]
    inlex = (f & _INLEX) != 0
    is_neg = (f & _NEG) != 0

    # bigram phrases: valence goes to the second word, the first is silenced
    if bi_keys and m > 1:
        cand = np.flatnonzero(f[:-1] & _BI1)
        cand = cand[clause[cand] == clause[cand + 1]]
        pair = lcodes[c[cand]].astype(np.int64) * L + lcodes[c[cand + 1]]
        keys = np.fromiter(bi_keys.keys(), dtype=np.int64)
        idx = pd.Index(keys).get_indexer(pair)
        hit = idx >= 0
        pos2 = cand[hit] + 1
        val[pos2] = np.fromiter(bi_keys.values(), dtype=float)[idx[hit]]
        inlex[pos2] = True
        val[pos2 - 1] = 0.0
        is_neg[pos2] = False                 # "no response", "no reply" are not negators now
        is_neg[pos2 - 1] = False
        inlex[pos2 - 1] = True

    # ALL-CAPS emphasis when only some words are capitalised (VADER)
    n_words = np.bincount(doc, minlength=n)
    upper = (f & _UPPER) != 0
    n_upper = np.bincount(doc, weights=upper, minlength=n)
    cap_diff = (n_upper > 0) & (n_upper < n_words)
    caps = upper & cap_diff[doc] & (val != 0)
    val = val + np.sign(val) * C_INCR * caps

    # VADER's "never so/this": such a "never" intensifies instead of negating
    never_so = np.zeros(m, dtype=bool)
    if m > 1:
        never_so[:-1] = u_never[c[:-1]] & u_sothis[c[1:]] & (clause[:-1] == clause[1:])
        is_neg &= ~never_so
    intens = np.zeros(m, dtype=bool)
    sothis_before = np.zeros(m, dtype=bool)
    if m > 1:
        sothis_before[1:] = u_sothis[c[:-1]] & (clause[1:] == clause[:-1])
    # boosters / dampeners up to three words before (decay 1, 0.95, 0.9), negation window
    boost = u_boost[c]
    if m > 1:  # "kind of", "sort of": the noun loses its valence, "of" damps like "kinda"
        hedge = np.flatnonzero(u_hedge[c[:-1]] & u_of[c[1:]] & (clause[:-1] == clause[1:]))
        val[hedge] = 0.0
        boost[hedge + 1] = B_DECR
    sign = np.sign(val)
    add = np.zeros(m)
    negated = np.zeros(m, dtype=bool)
    neg_used = np.zeros(m, dtype=bool)
    has_val = val != 0
    for k, decay in zip(range(1, NEGATION_WINDOW + 1), (1.0, 0.95, 0.9)):
        if m <= k:
            break
        same = clause[k:] == clause[:-k]
        b = boost[:-k] * (~inlex[:-k]) * same
        add[k:] += b * sign[k:] * decay
        nk = is_neg[:-k] & same
        if k == 3:  # VADER: "so"/"this" right before the word blocks a negator three back ("haven't been this sore")
            blocked = nk & sothis_before[k:]
            intens[k:] |= blocked
            nk = nk & ~sothis_before[k:]
        negated[k:] |= nk
        neg_used[:-k] |= nk & has_val[k:] & ~u_emo[c[k:]]   # "no issues and no problems": the first "no" is spent
        if k > 1:
            intens[k:] |= never_so[:-k] & same
    val = val + add * has_val
    negated &= ~(u_emo[c] | ((f & _NEG) != 0))   # emoticons and negators themselves are not negated
    val = np.where(intens, val * NEVER_SO, val)
    # unmet expectations: "never arrived", "didn't respond"
    exp = ((f & _EXP) != 0) & negated & (val >= 0)
    val = np.where(exp, UNMET_EXPECTATION, val)
    flip = negated & ~exp & (val != 0)
    val = np.where(flip, val * np.where(val > 0, N_SCALAR, NEG_OF_NEGATIVE), val)
    val[neg_used & ((f & _NEG) != 0) & ~negated] = 0.0   # a negator that negated something has no valence of its own

    # "but": within a sentence, halve what precedes the first "but", weight what follows x1.5;
    # a sentence that opens with "But" contrasts with the sentence before it, which is halved
    is_but = (f & _BUT) != 0
    if is_but.any():
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

    # VADER's aggregation
    counted = np.ones(m)
    total = np.bincount(doc, weights=val, minlength=n)
    pos_sum = np.bincount(doc, weights=np.where(val > 0, val + 1, 0.0), minlength=n)
    neg_sum = np.bincount(doc, weights=np.where(val < 0, val - 1, 0.0), minlength=n)
    neu_cnt = np.bincount(doc, weights=counted * (val == 0), minlength=n)
    ep = np.minimum(excl, EP_MAX) * EP_STEP
    qa = np.where(qm > 3, QM_MAX, np.where(qm > 1, qm * QM_STEP, 0.0))
    amp = ep + qa
    s = total + np.sign(total) * amp
    compound = s / np.sqrt(s * s + ALPHA)
    pos_sum = pos_sum + np.where(pos_sum > -neg_sum, amp, 0.0)
    neg_sum = neg_sum - np.where(pos_sum < -neg_sum, amp, 0.0)
    tot = pos_sum - neg_sum + neu_cnt
    with np.errstate(invalid="ignore", divide="ignore"):
        pos = np.where(tot > 0, pos_sum / tot, 0.0)
        neg = np.where(tot > 0, -neg_sum / tot, 0.0)
        neu = np.where(tot > 0, neu_cnt / tot, 0.0)
    return {"neg": np.abs(neg[:n]), "neu": neu[:n], "pos": pos[:n], "compound": compound[:n]}
