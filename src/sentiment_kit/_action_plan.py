"""Action plan from an importance-performance analysis, with the complaints behind each weak value.

Public through :mod:`sentiment_kit.values`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from ._validation import as_text_series, check_columns
from .exceptions import SentimentKitError
from .text import shorten, stem, tokenize

#: Keywords (words or short phrases, matched after Snowball stemming) linking feedback
#: text to common survey values. Extend or override with ``lexicon=`` in :func:`action_plan`.
DEFAULT_LEXICON: dict[str, tuple[str, ...]] = {
    "staff_attitude": ("rude", "attitude", "staff", "manner", "manners", "polite", "impolite",
                       "unfriendly", "friendly", "disrespectful", "condescending", "yelled", "shouted",
                       "snapped", "hung up", "arrogant", "dismissive", "unhelpful", "courteous",
                       "unprofessional", "agent", "representative", "manager"),
    "responsiveness": ("response", "respond", "responsive", "callback", "call back", "called back",
                       "on hold", "wait", "waiting", "slow", "delay", "delayed", "ignored", "no reply",
                       "never heard", "no one", "nobody", "unanswered", "follow up", "get back",
                       "passed around", "passed from"),
    "price": ("price", "prices", "pricing", "expensive", "fee", "fees", "charge", "charged",
              "overcharged", "cost", "costs", "billing", "interest rate", "refund", "cheap",
              "afford", "affordable", "value for money"),
    "reliability": ("reliable", "unreliable", "reliability", "broke", "broken", "outage", "fail",
                    "failed", "failure", "mistake", "error", "keeps dropping", "dropping", "dropped",
                    "promise", "promised", "never arrived", "never came", "inconsistent"),
    "quality": ("quality", "poor quality", "faulty", "defective", "damaged", "cheaply made",
                "shoddy", "substandard", "useless"),
    "procedures": ("process", "procedure", "paperwork", "form", "forms", "policy", "policies",
                   "documentation", "verification", "bureaucracy", "red tape", "requirement",
                   "requirements", "complicated"),
    "communication": ("communication", "communicate", "informed", "explain", "explained",
                      "explanation", "notice", "notified", "notification", "kept in the dark",
                      "unclear", "confusing", "misleading", "misinformed"),
    "convenience": ("convenient", "inconvenient", "convenience", "opening hours", "app", "website",
                    "parking", "branch", "store", "location", "hard to reach", "easy to use"),
    "expertise": ("knowledge", "knowledgeable", "expert", "expertise", "competent", "incompetent",
                  "clueless", "trained", "training", "no idea", "didn't know"),
    "range": ("range", "choice", "selection", "options", "variety", "out of stock", "in stock",
              "availability", "unavailable"),
}

#: What each quadrant means for the plan.
ACTIONS = {
    "Concentrate here": "Fix first: important to customers and below par",
    "Keep up the good work": "Maintain: important and a strength",
    "Low priority": "Monitor: weak but matters less",
    "Possible overkill": "Review effort: strong where it matters less",
}
#: Plan order: fix, then improve cheaply, then maintain, then review over-investment.
_ORDER = {"Concentrate here": 0, "Low priority": 1, "Keep up the good work": 2, "Possible overkill": 3}


def _stem_seq(text: str) -> list[str]:
    return [stem(t) for t in tokenize(text)]


def _compile_lexicon(attributes: Iterable[str], lexicon: Mapping[str, Iterable[str]] | None,
                     replace: bool) -> dict[str, set[tuple[str, ...]]]:
    """Keyword phrases per value as tuples of stems; unknown values use the words of their name."""
    out = {}
    for a in attributes:
        words: list[str] = []
        if lexicon is not None and a in lexicon:
            if isinstance(lexicon[a], str):
                raise SentimentKitError(f"lexicon[{a!r}] must be a list of keywords, got a string.")
            words += list(lexicon[a])
        if not (replace and lexicon is not None and a in lexicon):
            words += list(DEFAULT_LEXICON.get(a, ()))
        if not words:
            words = [w for w in a.replace("-", "_").split("_") if len(w) > 2]
        out[a] = {tuple(_stem_seq(w)) for w in words if _stem_seq(w)}
    return out


def _hits(stems: list[str], phrases: set[tuple[str, ...]]) -> int:
    n = 0
    grams = {1: set(stems)}
    for ph in phrases:
        k = len(ph)
        if k not in grams:
            grams[k] = {tuple(stems[i:i + k]) for i in range(len(stems) - k + 1)}
        n += (ph[0] in grams[1]) if k == 1 else (ph in grams[k])
    return n


def action_plan(
    ipa: pd.DataFrame,
    *,
    feedback: Any = None,
    themes: Any = None,
    text: str = "text",
    lexicon: Mapping[str, Iterable[str]] | None = None,
    replace_lexicon: bool = False,
    label: str = "label",
    quotes: str = "quotes",
    n_quotes: int = 3,
    max_quote_chars: int = 240,
) -> pd.DataFrame:
    """Ranked priorities from an importance-performance analysis, with the evidence behind them.

    Values are ordered by quadrant ("Concentrate here" first, then "Low priority",
    "Keep up the good work", "Possible overkill") and within a quadrant by
    ``priority = importance / max|importance| × (performance line − performance)``:
    the shortfall below the performance line weighted by relative importance
    (positive = below the line, larger = more urgent).

    The "probe deeper" step: with ``feedback`` (complaints, negative reviews, open
    survey answers) each value gets the feedback that mentions it, found by
    keywords (:data:`DEFAULT_LEXICON`, matched on Snowball stems so "charged" finds
    "charge"; phrases such as "on hold" match as consecutive words); values the
    lexicon does not know use the words of their own name. Quotes are the texts
    densest in the value's keywords (hits per word, texts under 8 words counted
    as 8), shorter first at equal density. ``lexicon`` adds
    keywords (or replaces the default ones with ``replace_lexicon=True``). With
    ``themes`` (a fitted theme model with a ``themes_`` table, or any DataFrame
    with a ``label`` column and optionally a ``quotes`` column and ``size``), each
    value gets the themes whose label matches its keywords.

    Parameters
    ----------
    ipa : DataFrame
        From :func:`importance_performance` (needs ``attribute``, ``importance``,
        ``performance``, ``gap``, ``quadrant``).
    feedback : DataFrame, Series or list of str, optional
        Feedback texts; a DataFrame uses its ``text`` column.
    themes : DataFrame or fitted theme model, optional
    text : str
        Text column of a ``feedback`` DataFrame.
    lexicon : dict value -> list of keywords, optional
    replace_lexicon : bool
        Use only ``lexicon`` for the values it names.
    label, quotes : str
        Label and quotes columns of ``themes``.
    n_quotes : int
        Example texts per value.
    max_quote_chars : int
        Quotes longer than this are shortened (with "…").

    Returns
    -------
    DataFrame
        One row per value, ranked: ``rank``, ``attribute``, ``quadrant``,
        ``action``, ``importance``, ``performance``, ``gap``, ``priority``,
        (``quadrant_stability`` when present); with ``feedback``: ``n_mentions``,
        ``share_mentions`` (of all feedback texts), ``quotes`` (list of str, raw
        text: escape before putting it in HTML); with ``themes``: ``themes``
        (matching labels, largest first) and ``theme_quotes``.

    Examples
    --------
    >>> import pandas as pd
    >>> ipa = pd.DataFrame({"attribute": ["price", "staff_attitude"], "importance": [0.2, 0.5],
    ...                     "performance": [3.9, 2.8], "gap": [0.55, -0.55],
    ...                     "quadrant": ["Possible overkill", "Concentrate here"]})
    >>> plan = action_plan(ipa, feedback=["The agent was rude and hung up", "Fees too high"])
    >>> plan[["rank", "attribute", "n_mentions"]].values.tolist()
    [[1, 'staff_attitude', 1], [2, 'price', 1]]
    """
    check_columns(ipa, ["attribute", "importance", "performance", "gap", "quadrant"], name="ipa")
    unknown = sorted(set(ipa["quadrant"]) - set(ACTIONS))
    if unknown:
        raise SentimentKitError(f"ipa has unknown quadrant(s) {unknown}; expected {list(ACTIONS)}.")
    cols = ["attribute", "quadrant", "importance", "performance", "gap"]
    cols += ["quadrant_stability"] if "quadrant_stability" in ipa else []
    plan = ipa[cols].copy()
    scale = float(np.nanmax(np.abs(plan["importance"]))) or 1.0
    plan["priority"] = plan["importance"] / scale * -plan["gap"]
    plan["action"] = plan["quadrant"].map(ACTIONS)
    plan["_q"] = plan["quadrant"].map(_ORDER)
    plan = plan.sort_values(["_q", "priority"], ascending=[True, False], kind="stable").drop(columns="_q")
    plan.insert(0, "rank", np.arange(1, len(plan) + 1))
    plan = plan[["rank", "attribute", "quadrant", "action", "importance", "performance", "gap",
                 "priority", *(["quadrant_stability"] if "quadrant_stability" in plan else [])]]
    plan = plan.reset_index(drop=True)
    keys = _compile_lexicon(plan["attribute"].astype(str), lexicon, replace_lexicon)
    if feedback is not None:
        plan = _attach_feedback(plan, feedback, text, keys, n_quotes, max_quote_chars)
    if themes is not None:
        plan = _attach_themes(plan, themes, label, quotes, keys, n_quotes, max_quote_chars)
    return plan


def _attach_feedback(plan, feedback, text, keys, n_quotes, limit):
    if isinstance(feedback, pd.DataFrame):
        check_columns(feedback, [text], name="feedback")
        texts = as_text_series(feedback[text], name="feedback")
    else:
        texts = as_text_series(feedback, name="feedback")
    stems = [_stem_seq(t) for t in texts]
    raw = texts.tolist()
    n_mentions, quotes_col = [], []
    for a in plan["attribute"].astype(str):
        hits = np.array([_hits(s, keys[a]) for s in stems])
        idx = np.flatnonzero(hits)
        # densest in keywords first (long narratives mention everything once), then shorter
        dens = {i: hits[i] / max(len(stems[i]), 8) for i in idx}
        order = sorted(idx, key=lambda i: (-dens[i], len(raw[i]), i))[:n_quotes]
        n_mentions.append(len(idx))
        quotes_col.append([shorten(raw[i], limit) for i in order])
    plan["n_mentions"] = n_mentions
    plan["share_mentions"] = np.array(n_mentions) / max(len(raw), 1)
    plan["quotes"] = quotes_col
    return plan


def _attach_themes(plan, themes, label, quotes, keys, n_quotes, limit):
    table = getattr(themes, "themes_", themes)
    if not isinstance(table, pd.DataFrame):
        raise SentimentKitError(
            f"themes must be a DataFrame with a {label!r} column or a fitted theme model with "
            f"themes_; got {type(themes).__name__}.")
    check_columns(table, [label], name="themes")
    if "size" in table:
        table = table.sort_values("size", ascending=False, kind="stable")
    extra = [c for c in ("terms", "keywords", "top_terms") if c in table]
    # a ThemeModel's themes_ carries its quotes as quote_1, quote_2, ...
    quote_cols = [quotes] if quotes in table else sorted(c for c in table if str(c).startswith("quote_"))
    words = []
    for _, row in table.iterrows():
        # the label plus the few most distinctive terms: all ten terms match generic themes to every value
        bits = [str(row[label])] + [" ".join(map(str, v[:3])) if isinstance(v, list | tuple) else str(v)
                                    for v in (row[c] for c in extra)]
        words.append(_stem_seq(" ".join(bits)))
    labels_col, tq_col = [], []
    for a in plan["attribute"].astype(str):
        matched = [i for i, s in enumerate(words) if _hits(s, keys[a])]
        labels_col.append([str(table[label].iloc[i]) for i in matched])
        qs: list[str] = []
        for i in matched:
            for col in quote_cols:
                v = table[col].iloc[i]
                vals = [v] if isinstance(v, str) else list(v) if isinstance(v, Iterable) else []
                qs += [shorten(q, limit) for q in vals if isinstance(q, str) and q.strip()]
        tq_col.append(qs[:n_quotes])
    plan["themes"] = labels_col
    plan["theme_quotes"] = tq_col
    return plan
