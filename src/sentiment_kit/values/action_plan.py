"""Action plan from an importance-performance analysis, with the complaints behind each weak value.

Public through :mod:`sentiment_kit.values`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .._core.validation import as_text_series, check_columns
from ..exceptions import SentimentKitError, SentimentKitWarning
from ..text.prepare import TOPIC_STOP_WORDS, shorten, stem, tokenize
from .importance import QUADRANTS
from ._lexicon import DEFAULT_LEXICON, NAME_BOILERPLATE, NAME_MODIFIERS, VALUE_NAMES

# Words that sklearn's stop list treats as filler but that carry a subject in a value name.
_NAME_CONTENT = frozenset({"interest", "system", "fire", "front", "bottom", "side", "top", "detail",
                           "part", "full"})
_NAME_STOP = (TOPIC_STOP_WORDS - _NAME_CONTENT) | {"up", "down", "off", "back"}
# Words a value name splits apart that are one word in the feedback ("Wi-Fi", "CheckIn").
_COMPOUNDS = {("wi", "fi"): "wifi", ("check", "in"): "checkin", ("in", "flight"): "inflight",
              ("on", "board"): "onboard", ("leg", "room"): "legroom", ("on", "time"): "ontime",
              ("value", "for", "money"): "valueformoney", ("e", "mail"): "email"}
# CamelCase boundaries: "SeatComfort", "IFEQuality", "Wifi2Go".
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEPARATORS = re.compile(r"[\W_]+")

#: What each quadrant means for the plan.
ACTIONS = dict(zip(QUADRANTS, (
    "Fix first: important to customers and below par",  # Concentrate here
    "Maintain: important and a strength",  # Keep up the good work
    "Monitor: weak but matters less",  # Low priority
    "Review effort: strong where it matters less",  # Possible overkill
)))
#: Plan order: fix, then improve cheaply, then maintain, then review over-investment.
_ORDER = {QUADRANTS[q]: rank for rank, q in enumerate((0, 2, 1, 3))}


def _stem_seq(text: str) -> list[str]:
    return [stem(t) for t in tokenize(text)]


def _name_words(name: str) -> list[str]:
    """Content words of a value name, lower case, in order.

    Splits snake_case, CamelCase, ``&``, ``-``, ``/`` and spaces; joins words the split
    tore apart ("Wi-Fi", "Check-in", "value for money"); drops stop words, single letters,
    digits and :data:`NAME_BOILERPLATE`.

    Examples
    --------
    >>> _name_words("staff_service_rating"), _name_words("Food&Beverages")
    (['staff', 'service'], ['food', 'beverages'])
    >>> _name_words("ValueForMoney"), _name_words("Wi-Fi"), _name_words("overall_score")
    (['valueformoney'], ['wifi'], [])
    """
    words = tokenize(_CAMEL.sub(" ", _SEPARATORS.sub(" ", str(name))))
    out: list[str] = []
    i = 0
    while i < len(words):
        for k in (3, 2):
            if tuple(words[i:i + k]) in _COMPOUNDS:
                out.append(_COMPOUNDS[tuple(words[i:i + k])])
                i += k
                break
        else:
            out.append(words[i])
            i += 1
    return [w for w in out if len(w) > 1 and w not in _NAME_STOP and w not in NAME_BOILERPLATE]


def _alias_index() -> tuple[dict[tuple[str, ...], str], int]:
    """Stemmed name phrase -> lexicon entry, and the longest phrase length (built per call:
    entries added to :data:`DEFAULT_LEXICON` or :data:`VALUE_NAMES` count at once)."""
    index: dict[tuple[str, ...], str] = {}
    for entry in DEFAULT_LEXICON:
        for alias in (entry, *VALUE_NAMES.get(entry, ())):
            key = tuple(stem(w) for w in _name_words(alias))
            if key and index.setdefault(key, entry) != entry:
                raise AssertionError(f"Value name {alias!r} reaches both {index[key]!r} and {entry!r}.")
    return index, max(map(len, index))


def _resolve_name(name: str) -> tuple[list[str], list[str]]:
    """Lexicon entries a value name reaches, and its remaining content words.

    The name's exact spelling as a :data:`DEFAULT_LEXICON` key wins; otherwise its
    content words (:func:`_name_words`) are matched to :data:`VALUE_NAMES`, longest
    phrase first, on their stems. Words no name phrase covers are kept, except
    :data:`NAME_MODIFIERS` ("cabin", "quality", "flight") when anything else is left:
    a lone modifier still reaches its entry ("Service", "Quality") or stays a keyword.

    Examples
    --------
    >>> _resolve_name("CabinStaffService"), _resolve_name("InflightEntertainment")
    ((['cabin_staff'], []), (['entertainment'], []))
    >>> _resolve_name("Staff friendliness"), _resolve_name("seat_width_rating")
    ((['staff_attitude'], []), (['seat_comfort'], ['width']))
    >>> _resolve_name("food_quality"), _resolve_name("Quality"), _resolve_name("overall_rating")
    ((['food_and_drink'], []), (['quality'], []), ([], []))
    """
    if name in DEFAULT_LEXICON:
        return [name], []
    index, longest = _alias_index()
    words = _name_words(name)
    stems = [stem(w) for w in words]
    entries: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(words):
        for k in range(min(longest, len(words) - i), 0, -1):
            entry = index.get(tuple(stems[i:i + k]))
            # a lone modifier ("airport", "service") reaches its entry only when nothing else is left
            if entry is not None and not (k == 1 and words[i] in NAME_MODIFIERS):
                entries += [entry] if entry not in entries else []
                i += k
                break
        else:
            rest.append(words[i])
            i += 1
    content = [w for w in rest if w not in NAME_MODIFIERS]
    if entries or content:
        return entries, content
    entries = list(dict.fromkeys(index[(stem(w),)] for w in rest if (stem(w),) in index))
    return entries, ([] if entries else rest)


def value_keywords(name: str, lexicon: Mapping[str, Iterable[str]] | None = None, *,
                   replace_lexicon: bool = False) -> list[str]:
    """Keywords :func:`action_plan` looks for in feedback to find mentions of one value.

    Parameters
    ----------
    name : str
        The value's name as the survey has it: ``"food_and_drink"``, ``"SeatComfort"``,
        ``"Wifi&Connectivity"``, ``"Staff friendliness"``...
    lexicon : dict value -> list of keywords, optional
        Keywords of your own, keyed by value name; they are added to the built-in ones.
    replace_lexicon : bool
        Use only ``lexicon`` for the values it names.

    Returns
    -------
    list of str
        Keywords and phrases, in lexicon order without repeats (matched on Snowball
        stems, phrases as consecutive words). Empty when the name has no content word
        (only stop words and survey boilerplate such as "rating", "score", "overall",
        "satisfaction") and ``lexicon`` gives none.

    Notes
    -----
    A name spelled as a :data:`DEFAULT_LEXICON` key gets that entry. Otherwise the name is
    split into words (snake_case, CamelCase, ``&``, ``-``, spaces); stop words and
    :data:`NAME_BOILERPLATE` are dropped; the rest is matched on stems to the names in
    :data:`VALUE_NAMES` (``Food&Beverages`` → ``food_and_drink``, ``CabinStaffService`` →
    ``cabin_staff``). Words no entry covers become keywords themselves (``booking_website``
    → "booking", "website"); qualifiers in :data:`NAME_MODIFIERS` ("cabin", "quality",
    "flight") only when nothing else is left.

    Examples
    --------
    >>> value_keywords("Food&Beverages")[:4]
    ['food', 'meal', 'meals', 'drink']
    >>> "rating" in value_keywords("staff_service_rating"), "and" in value_keywords("food_and_drink")
    (False, False)
    >>> value_keywords("booking_website_score"), value_keywords("overall_rating")
    (['booking', 'website'], [])
    >>> value_keywords("overall_rating", {"overall_rating": ["overall"]})
    ['overall']
    """
    words: list[str] = []
    if lexicon is not None and name in lexicon:
        if isinstance(lexicon[name], str):
            raise SentimentKitError(f"lexicon[{name!r}] must be a list of keywords, got a string.")
        words += [str(w) for w in lexicon[name]]
    if not (replace_lexicon and lexicon is not None and name in lexicon):
        entries, rest = _resolve_name(str(name))
        words += [w for e in entries for w in DEFAULT_LEXICON[e]] + rest
    return list(dict.fromkeys(words))


def _compile_lexicon(attributes: Iterable[str], lexicon: Mapping[str, Iterable[str]] | None,
                     replace: bool) -> dict[str, set[tuple[str, ...]]]:
    """Keyword phrases per value as tuples of stems (see :func:`value_keywords`).

    A value left without keywords warns (:class:`SentimentKitWarning`) and matches nothing.
    """
    out = {}
    for a in attributes:
        out[a] = {tuple(seq) for w in value_keywords(a, lexicon, replace_lexicon=replace)
                  if (seq := _stem_seq(w))}
        if not out[a] and not (lexicon is not None and a in lexicon):
            warnings.warn(
                f"Value {a!r} has no content word in its name (only stop words or survey words such "
                f"as 'rating', 'score', 'overall', 'satisfaction'), so action_plan matches no feedback "
                f"or theme to it; pass lexicon={{{a!r}: [...]}} with the words customers use for it.",
                SentimentKitWarning, stacklevel=3)
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
    "charge"; phrases such as "on hold" match as consecutive words). A value's name
    reaches its entry however it is written (``food_and_drink``, ``Food&Beverages``,
    ``SeatComfort``, "Staff friendliness"); content words of a name no entry covers
    become keywords, while stop words and survey words ("rating", "score", "overall")
    never do: a value named only by them warns and matches nothing
    (:func:`value_keywords` shows a name's keywords). Quotes are the texts
    densest in the value's keywords (hits per word, texts under 8 words counted
    as 8), shorter first at equal density. ``lexicon`` adds
    keywords (or replaces the default ones with ``replace_lexicon=True``). With
    ``themes`` (a fitted theme model with a ``themes_`` table, or any DataFrame
    with a ``label`` column and optionally a ``quotes`` column and ``size``), each
    value gets the themes whose label or three most distinctive terms match its keywords.

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
        Keywords of your own, keyed by value name (``attribute``).
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

    Warns
    -----
    SentimentKitWarning
        With ``feedback`` or ``themes``, for each value whose name leaves no keyword
        (``overall_rating``) and that ``lexicon`` does not name.

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
    if feedback is None and themes is None:
        return plan
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
        # the label plus the three most distinctive terms: all ten match generic themes to every value
        bits = [str(row[label])] + [" ".join(_first_terms(row[c], _N_THEME_TERMS)) for c in extra]
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


#: Distinctive terms of a theme (besides its label) matched against a value's keywords.
_N_THEME_TERMS = 3


def _first_terms(terms: Any, n: int) -> list[str]:
    """The first ``n`` terms of a theme's terms cell: a list, array or a comma-separated string.

    Examples
    --------
    >>> _first_terms("seat, legroom, cramped, food, staff", 3)
    ['seat', 'legroom', 'cramped']
    >>> _first_terms(["seat", "legroom", "cramped", "food"], 2), _first_terms(None, 3)
    (['seat', 'legroom'], [])
    """
    if isinstance(terms, str):
        items = terms.split(",")
    elif isinstance(terms, Iterable):
        items = [str(t) for t in terms]
    else:
        return []
    return [t.strip() for t in items if t.strip()][:n]
