"""The vectorised lexicon scorer behind ``score_sentiment(method="fast")``.

Private module: :mod:`sentiment_kit.sentiment` documents the rules and their evidence.
Everything here works on whole arrays of tokens at once (one regular-expression pass over
all texts joined together, a hash lookup per *distinct* token, then NumPy shifts and
``bincount``); there is no Python loop over rows or tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from .exceptions import MissingResourceError

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
#: were removed.
SERVICE_LEXICON: dict[str, float] = {
    # outcome failures
    "overcharged": -2.0, "overcharge": -2.0, "overcharging": -2.0, "charged twice": -2.0,
    "double charged": -2.0, "never arrived": -2.0, "never received": -2.0, "never came": -2.0,
    "never showed": -2.0, "not delivered": -2.0, "run around": -2.0,
    "lied": -2.0, "unauthorized": -2.0, "harassing": -2.0, "harassment": -2.0,
    "misleading": -2.0, "deceptive": -2.0, "refused": -1.5, "refuses": -1.5, "refusing": -1.5,
    "hung up": -2.0, "still waiting": -2.0, "no response": -2.0, "no reply": -2.0,
    "no answer": -2.0, "no one": -1.5, "nobody": -1.0, "transferred again": -2.0,
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
    "again": -0.5, "still": -0.5, "returned": -0.5, "return": -0.5, "months": -0.3,
    "hours": -0.5, "weeks": -0.3,
    # topic words VADER rates positive that are neutral topics in customer-service text
    "credit": 0.0, "interest": 0.0, "customer care": 0.0, "customer support": 0.0,
    "would like": 0.0, "i'd like": 0.0, "as well": 0.0,
}

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
_TOKEN_RE = re.compile(
    r"\x00"
    r"|(?<![\w])[:;=8][-o'^]?[)(\]\[dDpP/\\|*](?![\w])"      # emoticons
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"                            # words, contractions
    r"|[.!?;:]+|,|—|–| - "                                      # clause punctuation
)


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
    for term, v in SERVICE_LEXICON.items():
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
    big = _DOC.join(t.replace(_DOC, " ") for t in texts.tolist())
    toks = _TOKEN_RE.findall(big)
    if not toks:
        z = np.zeros(n)
        return {"neg": z, "neu": z.copy(), "pos": z.copy(), "compound": z.copy()}
    codes, uniq = pd.factorize(pd.Series(toks, dtype=object), sort=False)
    uniq = pd.Series(uniq, dtype=object)
    low = uniq.str.lower().str.replace("’", "'", regex=False)
    u_doc = (uniq == _DOC).to_numpy()
    u_bound = uniq.str.fullmatch(r"[.!?;:]+|,|—|–| - ").to_numpy(bool)  # clause punctuation
    u_word = ~u_bound & ~u_doc
    u_sent = uniq.str.contains(r"[.!?;:]", regex=True).to_numpy() & u_bound
    u_excl = uniq.str.count("!").to_numpy() * u_bound
    u_qm = uniq.str.count(r"\?").to_numpy() * u_bound
    u_upper = (uniq.str.isupper() & (uniq.str.len() > 1)).to_numpy() & u_word
    u_val = low.map(uni).fillna(0.0).to_numpy(float) * u_word
    u_inlex = low.isin(uni.keys()).to_numpy() & u_word
    u_boost = low.map(BOOSTERS).fillna(0.0).to_numpy(float) * u_word
    u_neg = (low.isin(NEGATORS) | low.str.endswith("n't")).to_numpy() & u_word
    u_but = (low == "but").to_numpy()
    u_exp = low.isin(EXPECTATIONS).to_numpy() & u_word
    lcodes, luniq = pd.factorize(low, sort=False)

    # token stream -> documents, clauses, sentences
    is_doc = u_doc[codes]
    doc_all = np.cumsum(is_doc)
    is_bound = u_bound[codes]
    clause_all = np.cumsum(is_bound | is_doc | u_but[codes])
    sent_all = np.cumsum(u_sent[codes] | is_doc)
    excl = np.bincount(doc_all, weights=u_excl[codes], minlength=n)[:n]
    qm = np.bincount(doc_all, weights=u_qm[codes], minlength=n)[:n]
    keep = u_word[codes]
    c = codes[keep]
    doc, clause, sent = doc_all[keep], clause_all[keep], sent_all[keep]
    lc = lcodes[c]
    m = len(c)
    val = u_val[c].copy()
    inlex = u_inlex[c]
    is_neg = u_neg[c]

    # bigram phrases: valence goes to the second word, the first is silenced
    if bi and m > 1:
        lpos = {w: i for i, w in enumerate(luniq)}
        keys, vals = [], []
        for (w1, w2), v in bi.items():
            if w1 in lpos and w2 in lpos:
                keys.append(lpos[w1] * len(luniq) + lpos[w2])
                vals.append(v)
        if keys:
            pair = lc[:-1].astype(np.int64) * len(luniq) + lc[1:]
            idx = pd.Index(np.asarray(keys, dtype=np.int64)).get_indexer(pair)
            hit = (idx >= 0) & (clause[:-1] == clause[1:])
            pos2 = np.flatnonzero(hit) + 1
            val[pos2] = np.asarray(vals)[idx[hit]]
            inlex[pos2] = True
            val[pos2 - 1] = 0.0
            is_neg = is_neg.copy()
            is_neg[pos2] = False                 # "no response", "no one" are not negators now
            is_neg[pos2 - 1] = False
            inlex[pos2 - 1] = True

    # ALL-CAPS emphasis when only some words are capitalised (VADER)
    n_words = np.bincount(doc, minlength=n)
    n_upper = np.bincount(doc, weights=u_upper[c], minlength=n)
    cap_diff = (n_upper > 0) & (n_upper < n_words)
    caps = u_upper[c] & cap_diff[doc] & (val != 0)
    val = val + np.sign(val) * C_INCR * caps

    # boosters / dampeners up to three words before (decay 1, 0.95, 0.9), negation window
    boost = u_boost[c]
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
        negated[k:] |= nk
        neg_used[:-k] |= nk & has_val[k:]
    val = val + add * has_val
    # unmet expectations: "never arrived", "didn't respond"
    exp = u_exp[c] & negated & (val >= 0)
    val = np.where(exp, UNMET_EXPECTATION, val)
    flip = negated & ~exp & (val != 0)
    val = np.where(flip, val * np.where(val > 0, N_SCALAR, NEG_OF_NEGATIVE), val)
    val[neg_used & u_neg[c] & ~negated] = 0.0   # a negator that negated something has no valence of its own

    # "but": within a sentence, halve what precedes the first "but", weight what follows x1.5
    is_but = u_but[c]
    if is_but.any():
        pos_idx = np.arange(m)
        first_but = pd.Series(np.where(is_but, pos_idx, m)).groupby(sent).transform("min").to_numpy()
        has_but = first_but < m
        val = np.where(has_but & (pos_idx < first_but), val * BUT_BEFORE, val)
        val = np.where(has_but & (pos_idx > first_but), val * BUT_AFTER, val)

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
