"""Action plan keywords: value names in any shape reach the lexicon; stop words and survey words never match."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from sentiment_kit.values._lexicon import DEFAULT_LEXICON, VALUE_NAMES
from sentiment_kit.values.action_plan import _alias_index, _name_words, _resolve_name, value_keywords
from sentiment_kit.exceptions import SentimentKitWarning
from sentiment_kit.values import action_plan


def _ipa(*names: str) -> pd.DataFrame:
    return pd.DataFrame({"attribute": list(names), "importance": 1.0, "performance": 3.0, "gap": -1.0,
                         "quadrant": "Concentrate here"})


def _mentions(name: str, texts: list[str], **kwargs) -> pd.Series:
    return action_plan(_ipa(name), feedback=texts, **kwargs).set_index("attribute").loc[name]


# --------------------------------------------------------------------------- the bugs in issue 13
def test_food_and_drink_does_not_match_and():
    row = _mentions("food_and_drink", ["I waited and waited and nobody came", "The food was cold"])
    assert row["n_mentions"] == 1
    assert row["quotes"] == ["The food was cold"]


def test_staff_service_rating_does_not_match_rating():
    texts = ["I'd give the flight a rating of 2 out of 10", "The app is rated poorly", "Crew were rude"]
    row = _mentions("staff_service_rating", texts)
    assert row["n_mentions"] == 1
    assert row["quotes"] == ["Crew were rude"]


# --------------------------------------------------------------------------- names in many shapes
@pytest.mark.parametrize("name,entry,text", [
    ("SeatComfort", "seat_comfort", "Legroom was awful and I could not recline"),
    ("CabinStaffService", "cabin_staff", "The cabin crew were lovely"),
    ("GroundService", "ground_service", "The lounge was packed"),
    ("ValueForMoney", "value_for_money", "Far too expensive for what you get"),
    ("InflightEntertainment", "entertainment", "The IFE screen was broken"),
    ("Food&Beverages", "food_and_drink", "Breakfast was inedible"),
    ("Wifi&Connectivity", "wifi", "No wi-fi on a nine hour flight"),
    ("Check-in", "check_in", "Bag drop took an hour"),
    ("Food and drink", "food_and_drink", "Only one snack on a long flight"),
    ("Staff friendliness", "staff_attitude", "The agent was rude"),
])
def test_camelcase_symbol_and_spaced_names_reach_the_lexicon(name, entry, text):
    assert _resolve_name(name) == ([entry], [])
    row = _mentions(name, [text, "We landed in Madrid at noon"])
    assert row["n_mentions"] == 1 and row["quotes"] == [text]


@pytest.mark.parametrize("name,words", [
    ("staff_service_rating", ["staff", "service"]),
    ("SeatComfort", ["seat", "comfort"]),
    ("Food&Beverages", ["food", "beverages"]),
    ("Wifi&Connectivity", ["wifi", "connectivity"]),
    ("Wi-Fi", ["wifi"]),
    ("Check-in", ["checkin"]),
    ("ValueForMoney", ["valueformoney"]),
    ("IFEQuality", ["ife", "quality"]),
    ("Staff friendliness", ["staff", "friendliness"]),
    ("perf_overall_score", []),
])
def test_name_words_split_camelcase_symbols_and_drop_stop_and_survey_words(name, words):
    assert _name_words(name) == words


def test_unknown_content_words_stay_keywords_and_modifiers_only_when_alone():
    assert value_keywords("booking_website_score") == ["booking", "website"]
    assert _resolve_name("CabinCleanliness") == (["cleanliness"], [])  # not every "cabin"
    assert _resolve_name("flight_delays") == (["punctuality"], [])  # not every "flight"
    assert _resolve_name("Cabin") == ([], ["cabin"])
    assert _resolve_name("Quality") == (["quality"], [])
    assert _resolve_name("staff_attitude") == (["staff_attitude"], [])  # exact key wins


def test_lexicon_keyed_by_the_raw_name_adds_or_replaces():
    texts = ["The meal was cold", "Pretzels again"]
    assert _mentions("Food&Beverages", texts, lexicon={"Food&Beverages": ["pretzels"]})["n_mentions"] == 2
    only = _mentions("Food&Beverages", texts, lexicon={"Food&Beverages": ["pretzels"]}, replace_lexicon=True)
    assert only["n_mentions"] == 1 and only["quotes"] == ["Pretzels again"]


# --------------------------------------------------------------------------- nothing left to match
@pytest.mark.parametrize("name", ["overall_rating", "perf_score", "Satisfaction level", "Q7"])
def test_a_value_named_only_by_boilerplate_warns_and_matches_nothing(name):
    texts = ["Overall rating: satisfaction score 7, level 3, q7", "The crew were great"]
    with pytest.warns(SentimentKitWarning, match="lexicon=") as record:
        row = _mentions(name, texts)
    assert row["n_mentions"] == 0 and row["quotes"] == []
    assert [str(w.message) for w in record if name in str(w.message)]
    assert record[0].filename == __file__  # points at the caller, not inside the package
    assert value_keywords(name) == []
    with warnings.catch_warnings():  # quiet once the caller says what the value is about
        warnings.simplefilter("error")
        assert _mentions(name, texts, lexicon={name: ["crew"]})["n_mentions"] == 1
        action_plan(_ipa(name))  # no feedback, no themes: no keywords needed


def test_boilerplate_value_matches_no_theme():
    themes = pd.DataFrame({"label": ["overall rating", "seat comfort"], "size": [5, 3]})
    with pytest.warns(SentimentKitWarning, match="overall_rating"):
        plan = action_plan(_ipa("overall_rating", "SeatComfort"), themes=themes).set_index("attribute")
    assert plan.loc["overall_rating", "themes"] == []
    assert plan.loc["SeatComfort", "themes"] == ["seat comfort"]


# --------------------------------------------------------------------------- themes use three terms (issue 14)
def test_themes_match_on_the_label_and_three_terms_not_all_ten():
    ten = "lounge, crowded, queue, seat, food, drink, staff, crew, wifi, price"
    themes = pd.DataFrame({"theme": [0, 1], "label": ["crowded lounge", "charges"],
                           "terms": [ten, "seat, legroom, fees, rude, lounge"], "size": [40, 10]})
    plan = action_plan(_ipa("price", "staff_attitude", "GroundService"), themes=themes).set_index("attribute")
    assert plan.loc["price", "themes"] == ["charges"]  # "fees" is third; "price" tenth in the other
    assert plan.loc["staff_attitude", "themes"] == []  # "staff" is seventh, "rude" fourth
    assert plan.loc["GroundService", "themes"] == ["crowded lounge"]
    as_lists = themes.assign(terms=themes["terms"].str.split(", "))
    again = action_plan(_ipa("price", "staff_attitude"), themes=as_lists).set_index("attribute")
    assert again.loc["price", "themes"] == ["charges"] and again.loc["staff_attitude", "themes"] == []


# --------------------------------------------------------------------------- the lexicon data holds together
def test_every_entry_and_name_reaches_its_own_entry():
    index, _ = _alias_index()  # raises if one name reached two entries
    assert set(index.values()) == set(DEFAULT_LEXICON)
    assert set(VALUE_NAMES) <= set(DEFAULT_LEXICON)
    for entry, names in VALUE_NAMES.items():
        for name in names:
            assert _resolve_name(name)[0] == [entry], name
    for entry, keywords in DEFAULT_LEXICON.items():
        assert keywords and not isinstance(keywords, str), entry
        assert all(isinstance(k, str) and k.strip() for k in keywords), entry
