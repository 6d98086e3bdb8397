"""Phrase pools for the synthetic text in :mod:`sentiment_kit.data.synthetic`.

Templates use ``{a|b|c}`` for alternatives chosen at random, so that the same
meaning appears in many wordings (with negation, hedges, typos of case and
punctuation) and no single token separates the classes.
"""

from __future__ import annotations

import re

import numpy as np

_ALT = re.compile(r"\{([^{}]*)\}")


def expand(template: str, rng: np.random.Generator) -> str:
    """Replace every ``{a|b|c}`` group in ``template`` by one alternative."""
    while True:
        m = _ALT.search(template)
        if m is None:
            return template
        options = m.group(1).split("|")
        template = template[: m.start()] + options[rng.integers(len(options))] + template[m.end():]


STAFF = "{the staff|the guy at the counter|the technician|the rep|customer service|the agent on the phone|the store manager|the woman who served me|support}"

# Review clauses by aspect and polarity. "negpos" are negated positives (negative in
# meaning), "negneg" negated negatives (positive in meaning).
REVIEW_CLAUSES: dict[str, dict[str, list[str]]] = {
    "staff": {
        "pos": [STAFF + " was {really |very |}{helpful|friendly|patient|knowledgeable}",
                "{great|excellent|lovely|fantastic} service from " + STAFF,
                STAFF + " went out of their way to sort it out",
                "{Sam|Priya|Jordan|Luis} explained everything {clearly|patiently}"],
        "neg": [STAFF + " was {unhelpful|dismissive|clueless|useless}",
                STAFF + " was rude and {talked down to me|rolled their eyes|snapped at me}",
                STAFF + " hung up on me {twice|when I asked a question|}",
                STAFF + " seemed annoyed that I was even there"],
        "negpos": [STAFF + " wasn't {helpful|friendly} {at all|in the slightest|}",
                   STAFF + " did not seem to know {anything|what they were doing}",
                   "not {impressed|happy} with " + STAFF],
        "negneg": [STAFF + " {wasn't|was not} rude {at all|}, {just|but} busy",
                   "no {complaints|problems} about " + STAFF,
                   "never had {an issue|a problem} with " + STAFF],
        "neu": [STAFF + " {took my details|checked my account|asked for my ID}",
                "I spoke to " + STAFF + " {on Tuesday|this morning|last week}"],
    },
    "wait": {
        "pos": ["{in and out in|sorted in|done in} {ten|fifteen|5} minutes",
                "{quick|fast|speedy} {service|turnaround|response}",
                "they called me back {within the hour|the same day|right away}"],
        "neg": ["{waited|queued|sat} {for an hour|forever|45 minutes|two hours} {to be seen|in line|}",
                "{on hold|kept on hold} for {over an hour|ages|90 minutes}",
                "{still waiting|waiting} for {a callback|a reply|someone to get back to me} after {a week|two weeks|ten days}",
                "{nobody|no one} {ever |}{called me back|answered my emails|responded}",
                "passed from one {department|person|agent} to another {for hours|three times|}"],
        "negpos": ["not {quick|fast} {at all|by any means|}",
                   "the wait was{ not| hardly} {short|reasonable}"],
        "negneg": ["{no|hardly any} {wait|queue}",
                   "didn't have to wait {long|at all}",
                   "never {on hold|kept waiting} for long"],
        "neu": ["I {called|went in} {on Monday|after work|at lunchtime}",
                "there were {a few|three|some} people ahead of me"],
    },
    "price": {
        "pos": ["{good|fair|great|reasonable} {value|prices|price for what you get}",
                "{cheaper|better value} than {my last provider|the competition|I expected}"],
        "neg": ["{way |far |}too expensive",
                "{overcharged|charged twice|billed for something I cancelled}",
                "the price went up {again|without warning|for no reason}",
                "hidden fees {everywhere|on every bill}"],
        "negpos": ["not {cheap|good value|worth the money}",
                   "{the deal|the price} {isn't|was not} {as good as advertised|what they said}"],
        "negneg": ["no {hidden fees|surprises on the bill}",
                   "never {overcharged|charged more than quoted}"],
        "neu": ["{the bill|my plan} is {monthly|paid by direct debit}",
                "I pay {about the same as|roughly what} my neighbours pay"],
    },
    "quality": {
        "pos": ["{the connection|the product|the signal|it} {works|has worked} {perfectly|flawlessly|great}",
                "{really|very|super} {reliable|solid|good} {service|network|quality}",
                "{love|happy with} the {new phone|router|service}"],
        "neg": ["{the connection|the internet|the signal} {keeps dropping|drops every evening|is unreliable}",
                "{the router|the phone|the box} {broke|stopped working} after {a week|two days|a month}",
                "{terrible|awful|poor} {coverage|quality|reception}"],
        "negpos": ["{the signal|the product} {isn't|is not} {reliable|good} {at all|}",
                   "{doesn't|does not} work {half the time|as it should}"],
        "negneg": ["{no problems|no issues|not a single problem} with the {connection|service|network} {so far|since}",
                   "{hasn't|has not} dropped {once|a single time}"],
        "neu": ["I use it {mostly for work|for streaming|for the kids}",
                "{the setup|installation} {took|was} {an afternoon|about an hour}"],
    },
    "delivery": {
        "pos": ["{delivery|installation} {was|came} {on time|early|exactly when promised}",
                "the {engineer|installer} {arrived on time|was tidy and quick}"],
        "neg": ["{delivery|the installation|the engineer} {was delayed|was cancelled|never arrived|didn't show up} {twice|again|}",
                "{my order|the parcel|the modem} {never arrived|is lost|is two weeks late}",
                "{they promised|I was promised|the rep promised} {a refund|a callback|to fix it|a credit} {that never came|and nothing happened|but never did}"],
        "negpos": ["{delivery|installation} {wasn't|was not} {on time|when they said}",
                   "not {delivered|installed} when promised"],
        "negneg": ["no {delays|problems} with {delivery|the installation}",
                   "{never|not once} late"],
        "neu": ["{delivery|installation} {was booked|was scheduled} for {Friday|the 12th|next week}",
                "I {ordered|booked} {online|by phone}"],
    },
}

# Service-failure events that negative reviews may report (with the signal they carry).
REVIEW_EVENTS: dict[str, list[str]] = {
    "escalation": ["I {asked|demanded} to speak to a {manager|supervisor}",
                   "{I had to escalate|had to escalate it} to a {supervisor|manager} {to get anywhere|}"],
    "indifference": ["nobody {seemed to care|cared}", "I felt {ignored|invisible|like a number}",
                     "they {ignored|never answered} my {emails|messages|letters}"],
    "rudeness": ["the {manager|rep|agent} {yelled at me|was rude to me|took it out on me}",
                 "{she|he} was {condescending|rude} and {laughed at me|hung up}"],
    "broken_promise": ["they promised {a callback|a refund|to fix it} and {never did|it never happened}",
                       "{was told|they said} {it would be fixed|someone would call} {by Friday|in 48 hours}{, nothing|. It wasn't|. Nobody did}"],
    "policy_refusal": ["{was told|they said} {that's|it's} {the policy|company policy|the rules} and {there was nothing they could do|they couldn't help}",
                       "\"{nothing I can do|those are the rules}\" {was all I got|is all they said}"],
    "mistake_denied": ["they {insisted|claimed} the {charge|bill} was correct {even though it wasn't|despite my statement}",
                       "they {blamed me|said it was my fault} for {their error|the mistake}"],
    "mistake_admitted": ["they {admitted|acknowledged} the {error|mistake} and {fixed it|refunded me}",
                         "{to be fair|in fairness} they {apologised|apologized} for {the mix-up|their error}"],
    "intent_to_leave": ["{I'm|I am} {switching to|moving to} {another provider|a competitor|their rival}",
                        "{cancelling|I will cancel|going to cancel} my {account|contract} {as soon as I can|this month}",
                        "never again"],
    "public_review": ["{posting this|I'll post this|sharing this} on {facebook|twitter|every review site} so others know",
                      "{leaving|writing} {this review|a review} so {others|people} {are warned|know}"],
}

NEUTRAL_OPENERS = ["", "", "", "Long-time customer. ", "Visited the <loc> store. ", "First time here. ",
                   "Went in {on Saturday|on a weekday|this week}. ", "Update: ", "Called about my {bill|order}. "]
POSITIVE_CLOSERS = ["", "", " {Would recommend|Recommended|Highly recommend}.", " Thanks!", " {5 stars|Five stars}."]
NEGATIVE_CLOSERS = ["", "", " {Avoid|Avoid this place}.", " {Very disappointed|So frustrating}.",
                    " {Not happy|Unhappy}."]

# Exit-survey answers by true reason. Mixed registers: free text, terse codes, typos of case.
EXIT_REASONS: dict[str, list[str]] = {
    "indifference": [
        "the support guy couldn't care less", "Attitude of support person",
        "{nobody|no one} {ever |}{returned my calls|got back to me|answered my emails}",
        "felt taken for granted {after 6 years|as a loyal customer|}",
        "{staff|your staff|the people in the store} {were|was} {indifferent|rude|dismissive}",
        "{customer service|support} {ignored me|never responded|didn't care}",
        "{tired of|sick of} being {passed around|transferred from one person to another|put on hold for an hour}",
        "treated like a number", "poor attitude from {staff|the manager|employees}",
        "complained {three times|twice|repeatedly} and {nothing happened|nobody did anything|no one followed up}",
        "SERVICE ATTITUDE", "rude staff", "they just don't care about customers",
    ],
    "competitor": [
        "{competitor|another provider|their rival} {made a better offer|offered a better deal}",
        "switched to {another provider|a competitor|Verizon|BT|the other network}",
        "got a better package {elsewhere|with someone else}", "COMPETITOR", "went with a competitor",
        "{the other company|a rival} had {better coverage and perks|a better plan for families}",
    ],
    "price": [
        "found a cheaper plan", "{too expensive|too pricey|way too expensive}", "PRICE",
        "{the price|my bill} {went up again|kept going up|increased}", "can't afford it {anymore|any more}",
        "cheaper {options|deals} {available|out there}", "{cost|costs} too much for what {you get|it is}",
    ],
    "product_dissatisfaction": [
        "{the network|the signal|my connection} kept dropping", "{internet|broadband} too slow",
        "{poor|bad|no} coverage {at my house|where I live|in my area}", "{the router|the phone|the box} kept {breaking|failing}",
        "product {quality|reliability} {issues|was poor}", "{constant|frequent} outages",
        "the service {doesn't|didn't} work {properly|reliably}", "QUALITY",
    ],
    "moved": [
        "moving to {Denver|Spain|another city|the countryside}", "{relocated|relocating} {for work|abroad|}",
        "moved {out of the area|house|to a place you don't cover}", "MOVED", "{we are|I'm} moving {overseas|away}",
    ],
    "died": [
        "deceased", "{account holder|customer|my husband|my mother} {passed away|died}",
        "DECEASED - closed by family", "bereavement", "closing account of deceased {relative|parent}",
    ],
    "other_relationships": [
        "{my friend|a friend|my cousin|my brother-in-law} {started|opened} {his|her|their} own {business|shop} and I go there now",
        "{family member|my son} works for another {company|provider} and {gets|got} me a discount",
        "{going|went} with {a friend's|my cousin's|a neighbour's} {company|business} instead",
        "personal relationship with {another|a different} {provider|supplier}",
    ],
    "unknown": [
        "n/a", "other", "no comment", "prefer not to say", "just because", "?", "none", "-",
        "don't know", "misc", "it's complicated", "no reason", "nothing",
    ],
}
