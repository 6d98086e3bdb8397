"""service_signals: each signal with positive and negated examples, evidence, bad input, labelled-set precision."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import precision_score, recall_score

import sentiment_kit as sk
from sentiment_kit import SIGNALS, service_signals

DATA = Path(__file__).resolve().parent / "data"
DEV = DATA / "signals_dev.csv"  # the DEVELOPMENT set the rules were written against
CROSS = DATA / "signals_cross_industry.csv"  # hand-written development set from 13 other industries

POSITIVE = {
    "escalation": ["Let me speak to your manager.", "I asked for a supervisor twice.",
                   "I escalated my complaint to the executive office."],
    "indifference": ["They ignored my emails for a month.", "No one called me back.",
                     "I was on hold for 2 hours.", "I was passed from one department to another.",
                     "It is impossible to reach a live person.",
                     "They said a technician would call me back, which never happened.",
                     "I couldn't get through to a human.", "Sent three emails and heard nothing back.",
                     "They closed my ticket without resolving anything."],
    "rudeness": ["The agent was very rude.", "She hung up on me.", "He was condescending and laughed at me.",
                 "The driver swore at me.",
                 "The manager took his frustration out on me.",
                 "The agent started getting extremely nasty with me.", "The waiter was cold and dismissive."],
    "broken_promise": ["They promised a refund that never came.",
                       "I still haven't received the refund they promised.",
                       "The airline said someone would rebook me, which never happened.",
                       "The price on the bill is not what I was quoted.",
                       "The technician swore he would be here by noon, but nobody came.",
                       "They said they'd send a technician, then charged me a call-out fee.",
                       "The agent told me the part would arrive in a week and two weeks later I'm still waiting.",
                       "The phone did not work as promised."],
    "policy_refusal": ["She said those are the rules and there was nothing she could do.",
                       "They are not allowed to waive the fee, it is company policy.",
                       "The hotel clerk told me they couldn't refund the deposit.",
                       "The store would not exchange it unless I had the receipt."],
    "mistake_denied": ["They insisted the charge was correct.", "The bank blamed me for their error.",
                       "They claimed the information was verified as accurate.",
                       "The courier accused me of lying about the delivery.",
                       "The carrier said they never received the payment."],
    "mistake_admitted": ["They admitted the error and refunded me.", "The rep apologized for their mistake.",
                         "The shop double-charged me, which they admitted.",
                         "The hotel admitted they had charged us twice by mistake."],
    "intent_to_leave": ["I am switching to Verizon.", "I will close my account this month.",
                        "I will take my business elsewhere.", "Never again.",
                        "I moved my mortgage to another lender.", "They refused to cancel my membership.",
                        "Cancelled my gym membership because of the hidden fees.", "We won't be renewing our contract.",
                        "Switching to T-Mobile next month.", "Never renting from this company again.",
                        "I will be taking my business to the shop across the street.",
                        "Please do not do business with this company."],
    "public_review": ["I will post a review on Yelp.", "I am going to tell everyone I know.",
                      "I shared this on Facebook so others know."],
}
NEGATED = {
    "escalation": ["I did not ask for a supervisor.", "My work supervisor called me.",
                   # a branch or store manager is the ordinary contact (second development set)
                   "I went to a branch and talked to the branch manager.", "I spoke with the manager and she explained the rate."],
    "indifference": ["They did not ignore me.", "I was never put on hold.", "No problems, they called back within the hour.",
                     "They left me on hold for a few minutes, then fixed it.",
                     # a lack of notice, and one automated reply, are not being ignored
                     "They are blaming me saying its in default when they never contacted me.",
                     "Nobody from the Lender contacted me to explain the terms of the loan.",
                     "I was emailed back an automated response on how to pause payment.",
                     "She put me on hold for several moments.", "I requested that they no longer contact me.",
                     "I can go to the copier while waiting on hold for something.",
                     "We get to see them run around and play games.",
                     "When I asked for a supervisor there was no one working, but someone will return my call."],
    "rudeness": ["She was not rude.", "No one was rude.", "The staff wasn't rude at all, just busy.",
                 "The agent swore the package was delivered.",
                 # rudeness is staff's conduct, not food, places or films (UCI reviews)
                 "This film is an insult to the movie-going public.", "It insults our intelligence.",
                 "The kids play area is NASTY!", "The wedges were cold and soggy.", "Del Taco is pretty nasty."],
    "broken_promise": ["They promised a refund and it arrived the next day.", "I promised to pay on Friday.",
                       "I paid and advised I would never use them again.",
                       "They said it would take three days, which it did.",
                       # the promise's own content, a prediction, or a promise kept (second development set)
                       "She promised that they will never charge late fees.",
                       "Even if they are fixed, they will not produce as promised.",
                       "The charger arrived within the promised timeframe, but it did not work.",
                       "It arrived just as they said it would, but the box was damaged.",
                       "She promised to leave a message; she does not have any expertise in loans."],
    "policy_refusal": ["My insurance policy renewed.", "The agent was able to help me.",
                       "A copy of the policy was mailed to me.", "If you are not able to provide proof, I will sue.",
                       "Per the rules of the program I paid monthly.", "The delay would not help me at all.",
                       # missing proof, a failed repair, a credit decision, a worry (second development set)
                       "When the creditor is contacted they can not provide any proof.",
                       "The dealer tried to fix it twice and could not fix the issue.",
                       "My application was declined due to a number of reasons.",
                       "I was nervous the payments would not be placed correctly since I was over paying.",
                       # fresh test set (after it was measured): credit decisions, adjectives, the customer's
                       # own helplessness, legal claims, factual reasons, app limits
                       "They said they were sorry that they could not offer me a loan.", "That can not be correct.",
                       "At this point it's nothing I can do but just wait.",
                       "They are not authorized to commence foreclosure proceedings.",
                       "XXXX will not refund the fee because they are not the ones who charged it.",
                       "It will only allow me to see the payments that I have already paid.",
                       "The company is either unwilling or unable to assist me.",
                       "He couldn't give me an answer, so I asked to elevate the call.",
                       "I called my local PD who said they could only take a report.",
                       "This contract has statements that violate the CFPB rules.",
                       "They just refused to release ours because we are immigrants."],
    "mistake_denied": ["I immediately denied making any purchase.", "It is not my fault, I said.",
                       "I received an email stating my next payment was due.",
                       "Since I thought what they told me was correct, I planned to pay.",
                       "The representative stated they did not receive the dispute until Saturday.",
                       "This is to protect me in case the bank said I never contacted them.",
                       "The law prohibits creditors from denying any right, benefit, or privilege.",
                       "Even though it was verified in their system, the code never arrived.",
                       "Their records indicate a follow up is needed by me next Wednesday.",
                       "I had to come up with the amount they said was owed.",
                       "I know its not their problem but I asked for a payment plan.",
                       "I received an e-mail stating my information was verified and I could pay off my account.",
                       "I continued to erroneously place the blame on my bank."],
    "mistake_admitted": ["They never admitted the error.", "They refused to acknowledge their mistake.",
                         "I apologize for any inconvenience.", "They sued me even though they made a mistake.",
                         "I disputed this with them, but only Transunion fixed the error.",
                         "They said it is system derived and they apologize for any confusion.",
                         "He should have to take responsibility for his actions.",
                         "She was unwilling to hear my position or take responsibility.",
                         "This is their error, and a delay that long is unacceptable.", "Acknowledge the mistake you all made."],
    "intent_to_leave": ["I do not want to close my account.", "They closed my account without notice.",
                        "She was moved to another store.", "We went to a different branch.",
                        "I am moving to another state.", "I want to pay off the loan and be done with them.",
                        # neutral closures in other industries' words
                        "I will cancel the old card once the new one arrives.", "My sister switched providers last year.",
                        "I cancelled my booking because my plans changed.", "I never said I would cancel my account.",
                        "We switched to a different plan with them.", "I closed the account when I moved abroad.",
                        # the guide: not recommending is not leaving; facts, fees, hypotheticals, quoted staff
                        "I would not recommend this place.", "I do not bank there.", "I agree to pay my cancellation.",
                        "Closing this card could create a hardship for me.",
                        "I had to close that checking account to stop their debits.",
                        'The agent stated "we dont want to do business with you" and hung up.',
                        "They say they dont do business with XXXX.",
                        "I would not do all these transactions back to back in one day.",
                        "I have since closed my accounts and changed credit card numbers.",
                        "They have all of my personal information so I need to close my bank account."],
    "public_review": ["I read the reviews on Yelp before signing up.", "I filed a complaint with the CFPB.",
                      "They said they would submit my claim for review.",
                      "The owners have repeatedly told the press they will help.", "I told my family about the lawsuit."],
}


@pytest.mark.parametrize("signal", SIGNALS)
def test_positive_examples(signal):
    out = service_signals(POSITIVE[signal], explain=True)
    assert out[signal].all(), out.loc[~out[signal]].index.tolist()
    assert (out[f"{signal}_evidence"] != "").all()


@pytest.mark.parametrize("signal", SIGNALS)
def test_negated_examples(signal):
    out = service_signals(NEGATED[signal])
    assert not out[signal].any(), [t for t, f in zip(NEGATED[signal], out[signal]) if f]


def test_negation_word_inside_pattern():
    out = service_signals(["no one called me back", "no one was rude"])
    assert out["indifference"].tolist() == [True, False]
    assert not out["rudeness"].any()


def test_columns_dtypes_and_evidence_text():
    out = service_signals(["The agent was rude and hung up on me.", "Fine."], explain=True)
    assert list(out.columns) == list(SIGNALS) + [f"{s}_evidence" for s in SIGNALS]
    assert all(out[s].dtype == bool for s in SIGNALS)
    assert "rude" in out.loc[0, "rudeness_evidence"] and "hung up" in out.loc[0, "rudeness_evidence"]
    assert out.loc[1, "rudeness_evidence"] == ""


def test_explain_consistent_with_flags():
    reviews = sk.make_reviews(300, random_state=7)["text"]
    plain, expl = service_signals(reviews), service_signals(reviews, explain=True)
    pd.testing.assert_frame_equal(plain, expl[list(SIGNALS)])
    for s in SIGNALS:
        assert ((expl[f"{s}_evidence"] != "") == expl[s]).all()


def test_index_preserved_and_input_untouched():
    texts = pd.Series(["I was on hold for an hour.", None, "Great service"], index=["a", "z", "m"], name="text")
    before = texts.copy()
    out = service_signals(texts)
    assert out.index.tolist() == ["a", "z", "m"]
    assert out.loc["a", "indifference"] and not out.loc[["z", "m"]].to_numpy().any()
    pd.testing.assert_series_equal(texts, before)


def test_list_array_and_one_column_frame():
    texts = ["She yelled at me.", "ok"]
    expected = service_signals(texts)
    pd.testing.assert_frame_equal(service_signals(np.array(texts, dtype=object)), expected)
    pd.testing.assert_frame_equal(service_signals(pd.DataFrame({"t": texts})), expected)
    assert service_signals([]).shape == (0, len(SIGNALS))


def test_single_string_raises():
    with pytest.raises(ValueError, match="single string"):
        service_signals("I was ignored")


def test_bad_input_rows_kept_and_false():
    texts = [None, np.nan, "", "   ", 42, "😡😡😡 客服态度很差 خدمة سيئة", "Rude! 😡 they hung up on me 😤"]
    out = service_signals(texts, explain=True)
    assert len(out) == len(texts)
    assert not out.loc[:5, list(SIGNALS)].to_numpy().any()
    assert out.loc[6, "rudeness"]
    assert (out.loc[:5, [f"{s}_evidence" for s in SIGNALS]] == "").all().all()


def test_one_megabyte_text_is_fast():
    chunk = "The service was slow today and the bill was higher than expected. "
    big = chunk * (1_000_000 // len(chunk)) + "Then the agent hung up on me."
    t0 = time.perf_counter()
    out = service_signals([big, "x" * 1_000_000], explain=True)
    assert time.perf_counter() - t0 < 20
    assert out.loc[0, "rudeness"] and not out.loc[1, list(SIGNALS)].any()


def test_synthetic_truth_recovered(reviews_with_truth):
    reviews, truth = reviews_with_truth
    out = service_signals(reviews["text"])
    for s in SIGNALS:
        if truth[s].sum() >= 5:
            assert recall_score(truth[s], out[s]) >= 0.7, s
            # the generator's truth misses some real failures ("still waiting for a callback")
            assert precision_score(truth[s], out[s]) >= 0.6, s


def test_identical_texts_scanned_once_same_result(monkeypatch):
    from sentiment_kit.signals import detect

    scanned = []
    real = detect._found
    monkeypatch.setattr(detect, "_found", lambda text: scanned.append(text) or real(text))
    texts = ["She hung up on me.", "fine", "She hung up on me.", None, "She hung up on me."]
    out = service_signals(texts, explain=True)
    assert sorted(scanned) == ["She hung up on me.", "fine"]  # each distinct text once, blanks never
    assert out["rudeness"].tolist() == [True, False, True, False, True]
    assert out.loc[0, "rudeness_evidence"] == out.loc[4, "rudeness_evidence"] != ""


def _anchor_misses(texts):
    """Pattern matches in texts that have none of the pattern's anchor words (the prefilter would skip them)."""
    from sentiment_kit.signals import detect as S

    misses = []
    for t in texts:
        words = {w[:6] for w in S._TOKEN.findall(t.lower())}
        for rule in S._RULES.values():
            for name, pat, _exempt, anchors, _gated in rule.patterns:
                if anchors.isdisjoint(words) and pat.search(t):
                    misses.append((name, t))
    return misses


def test_anchor_words_cover_every_match():
    texts = pd.read_csv(DEV)["text"].tolist() + sk.make_reviews(500, random_state=3)["text"].tolist()
    texts += pd.read_csv(CROSS)["text"].tolist()
    texts += [t for v in list(POSITIVE.values()) + list(NEGATED.values()) for t in v]
    assert _anchor_misses(texts) == []


@pytest.fixture(scope="module")
def dev():
    data = pd.read_csv(DEV)
    return data, service_signals(data["text"])


#: Signals with enough DEV positives to measure precision (mistake_admitted has 6 and public_review 1:
#: the test set is their only labelled evidence).
_DEV_MEASURABLE = [s for s in SIGNALS if s not in {"mistake_admitted", "public_review"}]


@pytest.mark.parametrize("signal", _DEV_MEASURABLE)
def test_dev_set_precision_target(dev, signal):
    """Precision >= 0.85 on the development set (optimistic: the rules were written against its errors)."""
    data, out = dev
    assert out[signal].sum() >= 5
    assert precision_score(data[signal], out[signal]) >= 0.85


@pytest.mark.parametrize("signal", _DEV_MEASURABLE)
def test_dev_set_recall_floor(dev, signal):
    data, out = dev
    # policy_refusal gave recall (0.48 -> 0.42) for precision on real flagged text: a refusal "because
    # ..." now needs a rule-like reason, and credit decisions no longer count (fresh test set, 0.75)
    assert recall_score(data[signal], out[signal]) >= (0.40 if signal == "policy_refusal" else 0.45)


@pytest.fixture(scope="module")
def cross():
    data = pd.read_csv(CROSS)
    return data, service_signals(data["text"])


def test_cross_industry_set_format(cross):
    data, _ = cross
    assert list(data.columns) == ["sentence_id", "industry", "text", *SIGNALS]
    assert len(data) >= 200 and data["industry"].nunique() >= 7
    assert data["sentence_id"].is_unique and data["text"].is_unique
    assert data[list(SIGNALS)].isin([0, 1]).all().all()


#: Signals with at least 5 positives on the cross-industry set (all nine today).
_CROSS_MEASURABLE = [s for s in SIGNALS if (pd.read_csv(CROSS)[s] == 1).sum() >= 5]


@pytest.mark.parametrize("signal", _CROSS_MEASURABLE)
def test_cross_industry_precision_target(cross, signal):
    """Precision >= 0.85 on customer text from telecom, airlines, hotels, retail, utilities, SaaS, ...

    A development set too (the rules were generalised against its errors), so optimistic; the numbers
    measured before that round are in benchmarks/bench_signals.py.
    """
    data, out = cross
    assert out[signal].sum() >= 5
    assert precision_score(data[signal], out[signal]) >= 0.85


# The TEST set (benchmarks/data/signals_labelled.csv) and the fresh sets are measurements, not
# regression floors: benchmarks/bench_signals.py prints them and the README quotes them.


@pytest.mark.parametrize("text, signal", [
    ("The film is smug and condescending toward its audience.", "rudeness"),
    ("A rude, profane and hilarious comedy.", "rudeness"),
    ("Obvious, obnoxious and didactic burlesque.", "rudeness"),
    ("By the end, you just don't care whether the villain gets his comeuppance.", "indifference"),
    ("The remote control gets confused at times and doesnt respond.", "indifference"),
    ("The playlist goes from one track to the next without a gap.", "indifference"),
    ("You can't do this on the older model.", "policy_refusal"),
    ("Nokias always had good sound and this is no exception.", "policy_refusal"),
    ("A self-help author who can't help herself.", "policy_refusal"),
])
def test_attitude_words_need_a_service_context(text, signal):
    """Attitude words describe films, devices and songs too: alone they are not a service failure."""
    assert not service_signals([text])[signal].iloc[0]


@pytest.mark.parametrize("text, signal", [
    ("The waiter was condescending.", "rudeness"),
    ("Rude staff.", "rudeness"),
    ("I was so insulted.", "rudeness"),
    ("I've never been more insulted or felt disrespected.", "rudeness"),
    ("Obnoxious, and she rolled her eyes at my question.", "rudeness"),
    ("They just don't care.", "indifference"),
    ("Customer service is dead. No one cares anymore.", "indifference"),
    ("The support line doesnt respond.", "indifference"),
    ("I was passed from one department to another.", "indifference"),
    ("They said they can't do anything about it.", "policy_refusal"),
    ("The agent said there is no exception to the policy.", "policy_refusal"),
    ("The clerk was unable to help me.", "policy_refusal"),
])
def test_attitude_words_count_with_a_service_context(text, signal):
    assert service_signals([text])[signal].iloc[0]


def test_service_context_is_judged_on_the_whole_text():
    """A long review is scanned in pieces, but the context cue may sit in any of them."""
    film = "The plot is thin. " * 80 + "The ending is condescending."
    store = "I ordered a lamp from the store. " + "The plot is thin. " * 80 + "The clerk was condescending."
    out = service_signals([film, store])
    assert out["rudeness"].tolist() == [False, True]


def test_handles_and_urls_are_not_words():
    """An @handle, retweet marker, URL or e-mail address is an address: no signal fires on its letters."""
    texts = ["@RudeBoy my order is late", "@NeverAgainAirlines lost my bag",
             "@rude my order is late",                      # a handle that is a whole trigger word
             "my order is late @Rude.", "RT @rude: my order is late",
             "my order: https://example.com/rude-staff",    # nor a URL or an e-mail address
             "my order, mail rude@example.com"]
    flagged = service_signals(texts)[list(SIGNALS)].any(axis=1)
    assert not flagged.any(), [t for t, f in zip(texts, flagged) if f]


def test_a_hashtag_counts_as_its_word_a_handle_does_not():
    out = service_signals(["@AirCo the agent was #rude", "@AirCo the agent was rude", "@rude the agent was kind"])
    assert out["rudeness"].tolist() == [True, True, False]


@pytest.mark.parametrize("text, flagged", [
    # the customer's own helplessness is not staff's refusal; the same words reported from staff are
    ("Comcast is stealing from us and there is nothing I can do about it.", False),
    ("Talking with them via live chat it seems there is nothing I can do.", False),
    ("I was told over and over that there was nothing I could do.", True),
    ('She replied, "there is nothing I can do, we charge this fee to everyone."', True),
    ("It would have been nice to get more than 'there's nothing we can do' from the crew.", True),
    ("Then there's nothing I can do for you, the agent said.", True),
    # a duration or an amount, not a restriction
    ("I was told the review would only take 24 hours.", False),
    ("Dropping to half the speed would only take off 5 a month.", False),
    ("The hotel would only take cash.", True),
    ("He said he can only take $10 off for the next few months.", True),
    # an idiom, a question and a website failing the customer
    ("Today's flight was no exception, the crew were rude.", False),
    ("The agent said there are no exceptions.", True),
    ("Why can't they cancel online?", False),
    ("I attempted to create an account, but the system would not let me.", False),
    ("The rep said they could not reverse the fee as the system would not let them.", True),
    # the customer's accusation, not a reason given for a refusal
    ("Equifax continues to violate their stated rules by reporting old records.", False),
    ("This company acted against the rule of law.", False),
    ("I was told it was against their policy to give me a copy.", True),
    # a policy described, not given as the reason for a refusal
    ("Although it is their policy to keep reporting bankruptcies for ten years, the law says otherwise.", False),
    ("It is our policy and procedure to honor requests for no phone calls.", False),
    ("The agent would not waive the fee and said it was their policy.", True),
    ("They would not refund me, it's the rules.", True),
])
def test_policy_refusal_needs_staff_refusing(text, flagged):
    assert bool(service_signals([text])["policy_refusal"].iloc[0]) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("The decision to close the account negatively impacts my credit.", False),
    ("I was told they made a decision to close the accounts.", False),
    ("I told them of my decision to close my account after the way I was treated.", True),
    ("We have decided to close our accounts with them.", True),
    # leaving only in a counterfactual, or only if there were somewhere else to go
    ("Had I seen the statement, I would have promptly closed the account.", False),
    ("If I had been told, I would have had ample time to switch providers.", False),
    ("We would drop this service immediately if there was another option.", False),
    ("If this is not fixed I will close my account.", True),
    ("My bank suggested that I close the account.", False),
])
def test_intent_to_leave_is_the_customers_decision(text, flagged):
    assert bool(service_signals([text])["intent_to_leave"].iloc[0]) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("She said that I was correct.", False),
    ("The rep insisted that the charge was correct.", True),
])
def test_mistake_denied_not_when_the_customer_is_right(text, flagged):
    assert bool(service_signals([text])["mistake_denied"].iloc[0]) is flagged


@pytest.mark.parametrize("text", [
    "I reached out to their customer service department but they keep blowing me off.",
    "The agent just shrugged it off.",
])
def test_an_anchor_shorter_than_six_letters_is_the_start_of_a_word(text):
    """The anchors "blow" and "shrug" must unlock "blowing" and "shrugged": the anchor lookup only
    decides which patterns run, it must never hide a match of the pattern itself."""
    assert bool(service_signals([text])["indifference"].iloc[0])


def test_every_anchor_can_be_looked_up():
    """An anchor longer than six letters ("circles") was never found: the text's words are cut at six."""
    from sentiment_kit.signals import detect

    assert all(len(a) <= 6 for a in detect._ANCHOR_INDEX)
    assert set(detect._anchors_of("Blowing circles")) >= {"blowin", "blow", "circle"}


def test_anchor_regex_per_pattern_unlocks_what_the_anchor_index_does():
    """With the prefilter, each reported pattern's anchors are looked up by one regex; without it,
    through the inverted index. Both must unlock the same patterns (the two paths give one result)."""
    from sentiment_kit.signals import detect

    texts = ["Blowing circles", "123rude staff", "érude İstanbul ESCALATED", "the manager's boss", "",
             "no-one called; nobody cared", "REFUNDED their ERROR", "x" * 50 + "promised", "shrugged"]
    texts += pd.read_csv(DEV)["text"].tolist()[:200] + sk.make_reviews(200, random_state=4)["text"].tolist()
    for text in texts:
        present = detect._ALL_ANCHORS.intersection(detect._anchors_of(text))
        by_index = sorted({i for w in present for i in detect._ANCHOR_INDEX[w]})
        by_regex = [i for i in range(len(detect._PATTERNS)) if detect._ANCHOR_RES[i].search(text.lower())]
        assert by_regex == by_index, text


@pytest.mark.parametrize("text,signal,flagged", [
    ("Noone seemed to care about my problem.", "indifference", True),          # "noone" unlocks "no one called back"
    ("The bank informed me that it was coded incorrectly.", "mistake_admitted", True),  # "incorrectly" unlocks it
    ("The payment was not drafted as agreed.", "broken_promise", True),        # "agreed" unlocks "not ... as agreed"
    ("They report me as not paying as agreed.", "broken_promise", False),      # the customer's payments, a credit report's words
    ("I asked them to close the ticket, and the way we were treated was shameful.", "intent_to_leave", False),
])
def test_matches_the_anchor_lookup_used_to_hide(text, signal, flagged):
    """Matches of a pattern that its anchor words did not cover (found on ../shared/data): now
    unlocked; and the two the anchors had hidden that were wrong ("not paying as agreed", a bare
    "the way we were treated" as leaving) are no longer matches of the pattern."""
    assert bool(service_signals([text])[signal].iloc[0]) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("XXXX XXXX decided to close my account and when I had regularly posted payments on time for years.", False),
    ("We have never been contacted that the mortgage changed companies.", False),
    ("The report came from a mortgage company that have closed and switched to a different company.", False),
    ("I closed my credit card in XXXX because of financial issues due to the hurricane.", False),
    ("On XXXX I decided to close my account.", True),
    ("I want my mortgage switched to another lender immediately.", True),
    ("now XXXX trying to close the account and was told we owed them money.", True),
    ("They were rude and I closed my account.", True),
])
def test_intent_to_leave_is_the_customers_own_and_not_for_money_trouble(text, flagged):
    """test8's errors: the company (a redacted name, the mortgage, a company that closed) is the one
    closing or switching, or the customer closes for financial reasons (neutral, like a move)."""
    assert bool(service_signals([text])["intent_to_leave"].iloc[0]) is flagged
