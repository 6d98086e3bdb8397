"""The words and constants of ``score_sentiment(method="fast")``: VADER's constants, negators and
boosters, the service lexicon, and VADER's own lexicon file (the scorer is :mod:`._fast`).

Private module: :mod:`sentiment_kit.sentiment` documents the rules and their evidence.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from importlib import resources

from ..exceptions import MissingResourceError
from ..text.negation import NEGATORS as _PACKAGE_NEGATORS

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

#: Negators of the fast scorer: the package's list (:data:`sentiment_kit.text.negation.NEGATORS`)
#: plus the rest of VADER's own (NLTK ``VaderConstants.NEGATE``), so that the words VADER negates
#: with still negate here (all but "uh-uh", which this scorer has never had). The package's list
#: has "no", "nobody" and "hardly", which VADER's lacks: VADER gives "no" a valence of its own
#: (-1.2) but never lets it negate, which is why "no problems" scores negative. "barely" is not a
#: negator here but a dampener (:data:`BOOSTERS`), as in VADER. Any token ending in "n't" negates
#: too (see :func:`_token_table`).
NEGATORS = _PACKAGE_NEGATORS | frozenset({
    # VADER's list, beyond the package's ("uh-uh" left out, as it always was)
    "rarely", "seldom", "despite", "nope", "uhuh",
    "daren't", "darent", "mightn't", "mightnt", "mustn't", "mustnt", "needn't", "neednt",
    "oughtn't", "oughtnt", "shan't", "shant",
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

# --------------------------------------------------------------------------- lexicon files
def _nltk_data_roots() -> list[str]:
    """Every folder NLTK's data search (``nltk.data.path``) starts with, on any platform."""
    roots = [os.path.expanduser(d) for d in os.environ.get("NLTK_DATA", "").split(os.pathsep) if d]
    roots += [os.path.expanduser("~/nltk_data"), *(os.path.join(sys.prefix, *sub, "nltk_data")
                                                    for sub in ((), ("share",), ("lib",)))]
    roots += ["/usr/share/nltk_data", "/usr/local/share/nltk_data", "/usr/lib/nltk_data", "/usr/local/lib/nltk_data",
              os.path.join(os.environ.get("APPDATA", "C:\\"), "nltk_data"), r"C:\nltk_data", r"D:\nltk_data",
              r"E:\nltk_data"]
    return roots


def _nltk_may_have_lexicon() -> bool:
    """False only when NLTK cannot find its ``vader_lexicon`` data, found without importing NLTK.

    Importing ``nltk.data`` imports all of NLTK (two seconds here, in every process that scores);
    when none of the folders NLTK searches by default holds the lexicon (zipped or not) and NLTK
    was not imported (whose search path a program may have changed), NLTK would not find it.
    """
    if "nltk.data" in sys.modules:
        return True
    return any(os.path.exists(os.path.join(root, "sentiment", name))
               for root in _nltk_data_roots() for name in ("vader_lexicon.zip", "vader_lexicon"))


def vader_lexicon_text() -> str:
    """The VADER lexicon as text: NLTK's data if installed, else the copy in vaderSentiment."""
    if _nltk_may_have_lexicon():
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
def valence_tables():
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
