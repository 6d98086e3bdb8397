"""cost_to_serve: a hand-computed example, the min_contacts rule, nothing dropped, careful words."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from sentiment_kit.exceptions import SentimentKitError, SentimentKitWarning
from sentiment_kit.team import cost as cost_module
from sentiment_kit.team.cost import CostToServe, cost_to_serve

# Ten days (2024-01-01 to 2024-01-10), so a value of 365.25 a year is 10 for the period.
# cost = 2 x minutes + 1 per contact.
#   CUST-A  value 20   3 contacts, 4+5+6 = 15 min -> 33   > 20, 3 contacts: flagged
#   CUST-B  value 100  2 contacts, 10+20 = 30 min -> 62  < 100
#   CUST-C  value 10   no contacts                 -> 0
#   CUST-D  no value   4 contacts, 1 min each     -> 12   not assessed
#   CUST-F  value 1    2 contacts, 1 min each     -> 6    > 1 but only 2 contacts
#   CUST-E  not in customers, 1 contact, 3 min     -> 7
CUSTOMERS = pd.DataFrame({"customer_id": ["CUST-A", "CUST-B", "CUST-C", "CUST-D", "CUST-F"],
                          "annual_value": [730.5, 3652.5, 365.25, None, 36.525]})
ROWS = [("CUST-A", 4, "2024-01-01"), ("CUST-A", 5, "2024-01-03"), ("CUST-A", 6, "2024-01-10"),
        ("CUST-B", 10, "2024-01-02"), ("CUST-B", 20, "2024-01-05"),
        ("CUST-D", 1, "2024-01-04"), ("CUST-D", 1, "2024-01-04"), ("CUST-D", 1, "2024-01-05"),
        ("CUST-D", 1, "2024-01-06"), ("CUST-F", 1, "2024-01-07"), ("CUST-F", 1, "2024-01-08"),
        ("CUST-E", 3, "2024-01-09")]
INTERACTIONS = pd.DataFrame(ROWS, columns=["customer_id", "handle_minutes", "date"])


def run(customers=CUSTOMERS, interactions=INTERACTIONS, **kwargs) -> CostToServe:
    kwargs = {"cost_per_minute": 2.0, "cost_per_contact": 1.0, "text": None, **kwargs}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SentimentKitWarning)
        return cost_to_serve(customers, interactions, **kwargs)


def row(result: CostToServe, who: str) -> pd.Series:
    frame = result.to_frame().set_index("customer_id")
    return frame.loc[who]


# ------------------------------------------------------------------------------------ by hand
def test_hand_computed_example():
    frame = run().to_frame().set_index("customer_id")
    assert frame.index.tolist() == ["CUST-A", "CUST-B", "CUST-C", "CUST-D", "CUST-F", "CUST-E"]
    assert frame["contacts"].tolist() == [3, 2, 0, 4, 2, 1]
    assert frame["minutes"].tolist() == [15, 30, 0, 4, 2, 3]
    assert frame["service_cost"].tolist() == [33, 62, 0, 12, 6, 7]
    assert frame["value"].tolist() == pytest.approx([20, 100, 10, np.nan, 1, np.nan], nan_ok=True)
    assert frame["cost_to_value"].tolist() == pytest.approx([1.65, 0.62, 0, np.nan, 6, np.nan], nan_ok=True)
    assert frame["cost_exceeds_value"].tolist() == [True, False, False, False, False, False]
    assert frame["in_customers"].tolist() == [True] * 5 + [False]


def test_value_is_scaled_by_the_span_of_the_dates_inclusive():
    result = run()
    assert result.period_days == 10
    assert (result.period_start, result.period_end) == (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-01-10"))
    assert "over the 10 days from 2024-01-01 to 2024-01-10" in str(result)


def test_period_in_days_replaces_the_span():
    result = run(period=365.25)
    assert row(result, "CUST-A")["value"] == pytest.approx(730.5)
    assert not row(result, "CUST-A")["cost_exceeds_value"]
    assert "over 365.25 days (" in str(result) and "2024-01-10" not in str(result)


def test_period_shorter_than_the_dates_warns():
    with pytest.warns(SentimentKitWarning, match="span 10 days.*period=5"):
        cost_to_serve(CUSTOMERS.iloc[:1], INTERACTIONS.iloc[:3], text=None, period=5)


def test_period_needs_no_date_column():
    result = run(interactions=INTERACTIONS.drop(columns="date"), period=10)
    assert row(result, "CUST-A")["cost_exceeds_value"]
    assert result.period_start is None


def test_without_period_or_dates_is_an_error():
    undated = INTERACTIONS.assign(date=None)
    with pytest.raises(SentimentKitError, match="pass period="):
        run(interactions=undated)


# ------------------------------------------------------------------------------------ the flag
def test_min_contacts_rule_no_verdict_below_it():
    assert not row(run(), "CUST-F")["cost_exceeds_value"]  # cost 6 > value 1, but 2 contacts
    assert row(run(min_contacts=2), "CUST-F")["cost_exceeds_value"]
    assert not row(run(min_contacts=4), "CUST-A")["cost_exceeds_value"]


def test_cost_equal_to_value_is_not_flagged():
    customers = pd.DataFrame({"customer_id": ["x"], "annual_value": [365.25 * 3]})
    interactions = pd.DataFrame({"customer_id": ["x"] * 3, "handle_minutes": [1, 1, 1]})
    assert not cost_to_serve(customers, interactions, text=None, period=1).to_frame()["cost_exceeds_value"].any()


def test_customers_with_no_interactions_have_zero_contacts_and_cost_and_are_counted():
    result = run()
    c = row(result, "CUST-C")
    assert (c["contacts"], c["minutes"], c["service_cost"], c["cost_to_value"]) == (0, 0, 0, 0)
    assert result.summary().loc["all", "customers"] == 5


def test_missing_value_is_kept_not_flagged_and_counted():
    result = run()
    d = row(result, "CUST-D")
    assert np.isnan(d["value"]) and not d["cost_exceeds_value"]
    assert result.summary().loc["value missing", "customers"] == 1
    assert "1 customer(s) without a value" in str(result)


def test_unknown_customers_are_counted_warned_and_never_flagged():
    interactions = pd.concat([INTERACTIONS, pd.DataFrame({"customer_id": ["CUST-E"] * 5,
                                                          "handle_minutes": [90] * 5,
                                                          "date": ["2024-01-02"] * 5})])
    with pytest.warns(SentimentKitWarning, match="6 interaction.*1 customer id"):
        result = cost_to_serve(CUSTOMERS, interactions, text=None)
    e = row(result, "CUST-E")
    assert e["contacts"] == 6 and not e["in_customers"] and not e["cost_exceeds_value"]
    s = result.summary()
    assert s.loc["not in customers", "contacts"] == 6
    assert s.loc["all", "contacts"] == len(interactions)
    assert "6 contact(s) from customers not in the customer table" in str(result)


def test_interactions_without_a_customer_id_count_in_the_totals():
    interactions = pd.concat([INTERACTIONS, pd.DataFrame({"customer_id": [None], "handle_minutes": [10],
                                                          "date": ["2024-01-02"]})])
    with pytest.warns(SentimentKitWarning, match="no id"):
        result = cost_to_serve(CUSTOMERS, interactions, text=None, cost_per_minute=2, cost_per_contact=1)
    s = result.summary()
    assert (result.no_id_contacts, result.no_id_cost) == (1, 21)
    assert s.loc["all", "contacts"] == 13 and s.loc["all", "service_cost"] == 120 + 21
    assert s.loc["not in customers", "contacts"] == 2


# ------------------------------------------------------------------------------------ errors
def test_negative_minutes_are_an_error_naming_the_column_and_values():
    bad = INTERACTIONS.assign(handle_minutes=[4, -5, 6, 10, 20, 1, 1, 1, 1, 1, -2, 3])
    with pytest.raises(SentimentKitError, match=r"'handle_minutes' of interactions has 2 negative.*\[-5.0, -2.0\]"):
        run(interactions=bad)


def test_negative_value_is_an_error_naming_the_column_and_value():
    bad = CUSTOMERS.assign(annual_value=[730.5, -1.0, 365.25, None, 36.525])
    with pytest.raises(SentimentKitError, match=r"'annual_value' of customers has 1 negative.*\[-1.0\]"):
        run(customers=bad)


def test_non_numeric_value_is_an_error_naming_it():
    bad = CUSTOMERS.assign(annual_value=["730.5", "lots", 365.25, None, 36.525])
    with pytest.raises(SentimentKitError, match=r"'annual_value'.*\['lots'\]"):
        run(customers=bad)


def test_repeated_or_blank_customer_ids_are_errors():
    with pytest.raises(SentimentKitError, match="repeats 1 id"):
        run(customers=pd.concat([CUSTOMERS, CUSTOMERS.iloc[:1]]))
    with pytest.raises(SentimentKitError, match="blank in 1 row"):
        run(customers=CUSTOMERS.assign(customer_id=["CUST-A", None, "CUST-C", "CUST-D", "CUST-F"]))


def test_missing_column_names_it_and_the_table():
    with pytest.raises(SentimentKitError, match="'annual_value' not found in customers"):
        run(customers=CUSTOMERS.drop(columns="annual_value"))
    with pytest.raises(SentimentKitError, match="'text' not found in interactions"):
        run(text="text")


@pytest.mark.parametrize("kwargs, match", [
    ({"min_contacts": 0}, "min_contacts"), ({"cost_per_minute": -1.0}, "cost_per_minute"),
    ({"period": 0}, "period"), ({"confidence": 1.5}, "confidence"),
    ({"minutes": None, "cost_per_contact": 0.0}, "No price"),
])
def test_bad_options_are_errors(kwargs, match):
    with pytest.raises(SentimentKitError, match=match):
        run(**kwargs)


def test_missing_minutes_count_as_contacts_with_a_warning():
    gap = INTERACTIONS.assign(handle_minutes=[None, 5, 6, 10, 20, 1, 1, 1, 1, 1, 1, 3])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = cost_to_serve(CUSTOMERS, gap, text=None, cost_per_minute=2, cost_per_contact=1)
    assert any("1 interaction(s) have no 'handle_minutes'" in str(w.message) for w in caught)
    assert row(result, "CUST-A")["contacts"] == 3 and row(result, "CUST-A")["service_cost"] == 25


# ------------------------------------------------------------------------------------ complaints
def test_complaints_come_from_classify_feedback_on_the_text():
    texts = ["Nobody ever called me back, useless.", "Thanks, all sorted.", "", "Fine.", "Great, thank you!",
             "Still broken and they hung up on me.", "ok", "ok", "ok", "ok", "ok", "ok"]
    result = run(interactions=INTERACTIONS.assign(text=texts), text="text")
    assert row(result, "CUST-A")["complaints"] == 1
    assert row(result, "CUST-B")["complaints"] == 0
    assert row(result, "CUST-D")["complaints"] == 1


def test_an_existing_is_complaint_column_is_used_without_classifying(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("classified again")
    monkeypatch.setattr(cost_module, "classify_feedback", refuse)
    flags = [True, True, False] + [False] * 9
    result = run(interactions=INTERACTIONS.assign(text="words", is_complaint=flags), text="text")
    assert row(result, "CUST-A")["complaints"] == 2


def test_without_text_complaints_are_not_measured():
    result = run(text=None)
    assert result.to_frame()["complaints"].isna().all()
    assert np.isnan(result.summary().loc["all", "complaints"])


# ------------------------------------------------------------------------------------ summary and words
def test_summary_is_consistent_with_to_frame():
    result = run()
    frame, s = result.to_frame(), result.summary()
    flagged = frame[frame["cost_exceeds_value"]]
    assert s.loc["cost exceeds value", "customers"] == len(flagged) == result.n_flagged == 1
    assert s.loc["cost exceeds value", "contact_share"] == pytest.approx(flagged["contacts"].sum() / 12)
    assert s.loc["cost exceeds value", "cost_share"] == pytest.approx(flagged["service_cost"].sum() / 120)
    assert s.loc["cost exceeds value", "value_share"] == pytest.approx(20 / 131)
    assert s.loc["all", "service_cost"] == frame["service_cost"].sum() == 120
    parts = ["cost exceeds value", "rest", "value missing"]
    assert s.loc[parts, "customers"].sum() == s.loc["all", "customers"] == frame["in_customers"].sum()
    assert s.loc[[*parts, "not in customers"], "contacts"].sum() == s.loc["all", "contacts"]
    assert s.loc["rest", "median_contacts"] == 2  # CUST-B 2, CUST-C 0, CUST-F 2


def test_share_of_customers_flagged_has_the_wilson_interval():
    s = run(confidence=0.9).summary().loc["cost exceeds value"]
    ci = stats.binomtest(1, 5).proportion_ci(confidence_level=0.9, method="wilson")
    assert s["customer_share"] == pytest.approx(0.2)
    assert (s["customer_share_ci_low"], s["customer_share_ci_high"]) == pytest.approx((ci.low, ci.high))


def test_sentence_gives_the_group_and_never_a_customer_id():
    result = run()
    sentence = str(result)
    assert sentence.startswith("1 of 5 customers (20.0%, 95% CI")
    assert "25.0% of contacts" in sentence and "27.5% of service cost" in sentence
    assert "Review them as a group" in sentence
    shown = sentence + result._repr_html_() + repr(result)
    assert not any(who in shown for who in CUSTOMERS["customer_id"].tolist() + ["CUST-E"])
    assert "CUST" not in shown


def test_sentence_when_nobody_is_flagged():
    sentence = str(run(min_contacts=10))
    assert sentence.startswith("No customer cost more to serve than they bring")
    assert "0 of 5 customers" in sentence


def test_the_callers_tables_are_not_modified():
    customers, interactions = CUSTOMERS.copy(), INTERACTIONS.assign(text="ok")
    before = interactions.copy()
    run(customers=customers, interactions=interactions, text="text")
    pd.testing.assert_frame_equal(customers, CUSTOMERS)
    pd.testing.assert_frame_equal(interactions, before)


def test_repeated_index_labels_in_interactions_are_read_by_position():
    twice = pd.concat([INTERACTIONS.iloc[:6], INTERACTIONS.iloc[6:]])  # labels 0-5 then 6-11
    twice.index = [0] * len(twice)
    frame = run(interactions=twice).to_frame()
    assert frame["service_cost"].tolist() == [33, 62, 0, 12, 6, 7]


def test_result_is_frozen():
    result = run()
    with pytest.raises(AttributeError):
        result.min_contacts = 1
