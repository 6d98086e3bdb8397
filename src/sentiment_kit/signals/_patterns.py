"""Phrase tables for :mod:`sentiment_kit.signals` (one table per service signal).

The tables live in :mod:`._contact` (escalation, indifference, rudeness, broken promise, policy
refusal) and :mod:`._outcome` (mistake denied and admitted, intent to leave, public review); this
module holds the negation cues (derived from :mod:`sentiment_kit.text.negation`), assembles
``SIGNAL_RULES`` and lists each pattern's anchor words.

Every pattern is a case-insensitive regular expression matched against the raw text.
Patterns only use bounded repetition (``{0,n}``) over character classes that cannot
overlap with what follows in a way that backtracks exponentially, so a 1 MB text
is scanned in linear time.

A pattern may contain a named group ``core``: the words *before* ``core`` (a subject
such as "I", an intent such as "want to") are then part of the window searched for a
negation ("I do **not** want to close my account"). Without ``core`` only the left
context of the whole match is searched ("she was **not** rude"). Patterns that carry
their own negation ("no one called me back", "never responded") start with it, so it is
not in their left context.

Each table is a tuple of ``(name, regex)`` pairs; the name is documentation (and shows in
test failures). Exclusions are regexes searched in the left context (``*_LEFT_EXCLUDE``,
anchored at the end of the context) or right context (``*_RIGHT_EXCLUDE``, anchored at its
start) of a match; a match with an exclusion is ignored.
"""

from __future__ import annotations

import re

from ..text import negation as _negation
from ._contact import (  # noqa: F401 - re-exported tables
    BROKEN_PROMISE,
    BROKEN_PROMISE_LEFT_EXCLUDE,
    ESCALATION,
    ESCALATION_LEFT_EXCLUDE,
    ESCALATION_RIGHT_EXCLUDE,
    INDIFFERENCE,
    INDIFFERENCE_LEFT_EXCLUDE,
    INDIFFERENCE_RIGHT_EXCLUDE,
    POLICY_REFUSAL,
    POLICY_REFUSAL_LEFT_EXCLUDE,
    POLICY_REFUSAL_RIGHT_EXCLUDE,
    RUDENESS,
    RUDENESS_LEFT_EXCLUDE,
    RUDENESS_RIGHT_EXCLUDE,
)
from ._outcome import (  # noqa: F401 - re-exported tables
    INTENT_TO_LEAVE,
    INTENT_TO_LEAVE_LEFT_EXCLUDE,
    INTENT_TO_LEAVE_RIGHT_EXCLUDE,
    MISTAKE_ADMITTED,
    MISTAKE_ADMITTED_LEFT_EXCLUDE,
    MISTAKE_ADMITTED_RIGHT_EXCLUDE,
    MISTAKE_DENIED,
    MISTAKE_DENIED_LEFT_EXCLUDE,
    MISTAKE_DENIED_RIGHT_EXCLUDE,
    PUBLIC_REVIEW,
    PUBLIC_REVIEW_LEFT_EXCLUDE,
    PUBLIC_REVIEW_RIGHT_EXCLUDE,
)

# --------------------------------------------------------------------------- negation
#: Negation words searched as cues: the package's negators (:mod:`sentiment_kit.text.negation`)
#: written without an apostrophe (a contraction with one, "didn't" or "didn’t", is matched by its
#: ending ``n't`` in :data:`NEGATION`, whatever the auxiliary; "no one" and "no-one" by "no"),
#: with these exceptions:
NEGATION_CUES = (
    _negation.NEGATION_WORDS | _negation.NEGATED_AUXILIARIES_UNMARKED
    # a downtoner cancels a failure as a negation does: "she was barely rude"
    | {"barely"}
) - {
    # "nowhere" reports a failure rather than negating the next one: "I got nowhere with the rude agent"
    "nowhere",
}
#: Negation cues searched in the left window of a match (last five words of its clause,
#: after the last subject pronoun).
NEGATION = (r"\b(?:" + "|".join(re.escape(w) for w in sorted(NEGATION_CUES, key=lambda w: (-len(w), w)))
            + r")\b|n[’']t\b")
#: Phrases with a negation word that do not negate what follows.
NEGATION_EXCEPTIONS = (
    r"\bnot\s+only\b|n[’']t\s+(?:only|just)\b|\bnot\s+just\b|\bno\s+doubt\b|\bno\s+matter\b|"
    r"\bnot\s+to\s+mention\b|\bno\s+wonder\b|\bnot\s+sure\b|\bnothing\s+but\b|\bnot\s+until\b|"
    r"\b(?:can|could)(?:not|\s+not|n[’']t)\s+believe\b|"
    r"\bnever\s+(?:in\s+my\s+life\s+)?(?:been|seen|had|experienced|encountered|met|dealt\s+with|"
    r"felt|witnessed|heard\s+of)\s+(?:\w+\s+){0,3}?(?:so|such|more|as|this|that|worse|anything)\b"
)
#: Words that end a clause: the negation window never reaches past them.
CLAUSE_BREAK = (
    r"[.!?;:,()\[\]\"“”\n]|\s-\s|\b(?:but|however|although|though|yet|and|or|because|since|"
    r"while|whereas|when|after|before|so|then|until|which|who)\b"
)
#: Subject pronouns: the window starts after the last of them ("if they don't fix it I will ...").
SUBJECT_BREAK = r"\b(?:i|we|they|he|she|you|it)\b"

#: Extra negators for the admitted-mistake signal ("refused to admit the error").
ADMIT_NEGATION = r"\b(?:refus\w*|unwilling|reluctant|fail(?:ed|s|ing)?|declin\w*|instead\s+of|rather\s+than)\b"

#: Patterns to which their signal's left-context exclusion does not apply (the customer is
#: the subject *and* the one the failure happened to: "I was ignored", "I was told ... it never came").
LEFT_EXCLUDE_EXEMPT = frozenset({"was ignored", "could not reach anyone", "call-back never came", "my cancellation", "still waiting", "waited weeks for a reply", "on hold for hours",
                                 "passed from one to another", "explain again", "never got what was promised",
                                 "nothing I can do (reported)"})

#: Patterns built on words that describe anything, not only service: a film can be
#: "condescending", a tweet's author "doesn't care who wins", a device "doesn't respond", a song
#: goes "from one track to the next". A match of one of these counts only when the text also
#: has a :data:`SERVICE_CONTEXT` cue. (On the blind set of VADER's product-review snippets,
#: tweets and film snippets, the six rudeness/indifference patterns here made 71 flags, 67 of them
#: wrong; see benchmarks/data/SIGNALS_LABELLING.md.)
CONTEXT_GATED = frozenset({"rude", "condescending", "bad attitude", "didn't care", "failed to respond",
                           "passed from one to another",
                           # plain inability is a refusal only when a business is the one unable
                           # ("you can't do this on the ipod", "out of her hands", "can't even do that")
                           "unable to help", "said they cannot do it", "hands are tied"})

#: A cue that the text is about a customer's dealings with a business: a service role or
#: organisation, a contact or transaction, or the narrator on the receiving end ("to me",
#: "my order", "I was treated"). Written from the signal definitions, not from a data set.
SERVICE_CONTEXT = (
    r"\b(?:staff|employees?|reps?|representatives?|agents?|associates?|operators?|advis[eo]rs?|clerks?|cashiers?|"
    r"tellers?|managers?|management|supervisors?|waiters?|waitress(?:es)?|waitstaff|servers?|bus\s*boys?|bartenders?|"
    r"host(?:ess)?|receptionists?|concierge|front\s+desk|housekeeping|drivers?|couriers?|technicians?|tech|techs|"
    r"engineers?|installers?|nurses?|doctors?|pharmacists?|attendants?|crew|collectors?|officers?|chat\s*bot|bot|"
    r"customer\s+(?:service|care|support|relations)|support|help\s*desk|call\s+cent(?:er|re)|hotline|company|companies|"
    r"business|firm|corporate|stores?|shops?|restaurants?|hotels?|airlines?|banks?|lenders?|sellers?|vendors?|merchants?|"
    r"retailers?|providers?|carriers?|insurers?|landlord|dealers?|dealership|office|departments?|branch|owners?|"
    r"customers?|clients?|patrons?|guests?|"
    r"call(?:ed|ing|s)?|phoned?|phones|e-?mail(?:ed|s)?|letters?|messages?|chat(?:ted)?|tickets?|complain(?:ed|t|ts)?|"
    r"contact(?:ed)?|responses?|repl(?:y|ies|ied)|on\s+hold|transferred|orders?|ordered|purchased?|bought|accounts?|"
    r"refunds?|returns?|returned|exchange|warranty|repairs?|replacement|deliver(?:y|ed)|shipment|shipping|booking|"
    r"booked|reservation|appointment|bills?|billing|charged?|payments?|paid|subscription|contract|service|claims?|"
    r"loans?|cards?|consumers?|treat(?:ed|ment)|me|my|us|our|myself|he|she|they|them|lady|guy|man|woman|person|"
    r"i\s+(?:was|felt|am)|i(?:\s+have|'ve|’ve)\s+never\s+been)\b"
)

#: One row per signal: phrase table, left/right exclusions, extra negation cues.
SIGNAL_RULES: dict[str, tuple] = {
    "escalation": (ESCALATION, ESCALATION_LEFT_EXCLUDE, ESCALATION_RIGHT_EXCLUDE, None),
    "indifference": (INDIFFERENCE, INDIFFERENCE_LEFT_EXCLUDE, INDIFFERENCE_RIGHT_EXCLUDE, None),
    "rudeness": (RUDENESS, RUDENESS_LEFT_EXCLUDE, RUDENESS_RIGHT_EXCLUDE, None),
    "broken_promise": (BROKEN_PROMISE, BROKEN_PROMISE_LEFT_EXCLUDE, None, None),
    "policy_refusal": (POLICY_REFUSAL, POLICY_REFUSAL_LEFT_EXCLUDE, POLICY_REFUSAL_RIGHT_EXCLUDE, None),
    "mistake_denied": (MISTAKE_DENIED, MISTAKE_DENIED_LEFT_EXCLUDE, MISTAKE_DENIED_RIGHT_EXCLUDE, None),
    "mistake_admitted": (MISTAKE_ADMITTED, MISTAKE_ADMITTED_LEFT_EXCLUDE, MISTAKE_ADMITTED_RIGHT_EXCLUDE, ADMIT_NEGATION),
    "intent_to_leave": (INTENT_TO_LEAVE, INTENT_TO_LEAVE_LEFT_EXCLUDE, INTENT_TO_LEAVE_RIGHT_EXCLUDE, None),
    "public_review": (PUBLIC_REVIEW, PUBLIC_REVIEW_LEFT_EXCLUDE, PUBLIC_REVIEW_RIGHT_EXCLUDE, None),
}

#: Anchor words of each pattern, as the first six letters of a word (whole word if shorter):
#: a pattern is only tried on a text that contains one of its anchors. This cheap word-set
#: test (one pass over the words of a text) is what makes the scan fast; every anchor list
#: must cover every way its pattern can match.
PATTERN_ANCHORS: dict[str, str] = {
    # escalation
    "ask for a manager": "manage superv superi boss higher senior charge author manage lead leader direct execut head else",
    "let me speak to your manager": "manage superv superi boss higher senior charge author lead leader direct execut head else",
    "spoke with a supervisor": "superv manage superi higher upper",
    "supervisor acted": "superv",
    "escalate": "escala",
    "corporate / executive office": "corpor head headqu execut office ceo presid",
    "executive resolution team": "execut office presid",
    "chain of command": "chain head",
    "refused me a supervisor": "superv manage superi higher escala",
    # indifference
    "ignored me": "ignore ignori",
    "was ignored": "ignore",
    "deaf ears": "deaf",
    "no one called back": "one nobody body none noone",
    "no response": "no zero withou",
    "never responded": "heard got gotten receiv call called calls return respon repl replie reply answer follow acknow contac wrote emaile rang",
    "failed to respond": "respon reply replie answer return call get follow acknow listen care give",
    "still waiting": "waitin waited left kept",
    "waited weeks for a reply": "wait waited waitin took",
    "on hold for hours": "hold holdin wait phone",
    "runaround": "run runaro round circle circles merry same canned generi script automa copy cookie form ping pinged point pointe pointi blame blamed blamin blames",
    "passed from one to another": "passed transf bounce shuffl shuttl sent pushed handed redire referr tossed kicked juggle batted thrown kept from",
    "explain again": "explai repeat retell tell tellin told had reexpl re",
    "could not reach anyone": "someon anyone anybod somebo person human rep repres agent custom receiv never happen",
    "call-back never came": "callba back nothin despit withou",
    "didn't care": "scuff shrug blow blew wave waved wavin waves lackad noncha act acted acts seem seemed behave said told block blocke blocki care cared cares caring listen give lack absenc urgenc intere regard concer consid unresp unansw unretu indiff apathe apathy treate brushe brush dismis",
    # rudeness
    "rude": "rude rudely rudene rudest ruder",
    "hung up on me": "hung hang hangs hangin",
    "yelled at me": "yell yells yelled yellin scream shout shouts shouti holler bark barked barkin barks snap snaps snappe swear swears swore cursed curse curses cursin cuss cussed cussin snarl snarle lash lashed lashes lashin raised called shoute",
    "condescending": "condes patron disres belitt demean sarcas smirk smirke smirks mock mocked mockin mocks snide arroga obnoxi insole impoli discou ill abrasi snarky snippy snotty snooty insult talk talks talked talkin spoke speak speaki roll rolled rolls rollin eye eyerol laugh laughe laughs treat treate treats spoke",
    "bad attitude": "attitu cop copped curt hostil bellig aggres nasty mean short unkind unplea disres combat argume confro abusiv impati snappy grumpy cold rude condes",
    "unprofessional": "unprof",
    "took it out on me": "take takes took taking taken",
    "harassed / threatened me": "harass threat threate bullie bully bullyi intimi abusiv hostil aggres bellig vulgar profan offens degrad",
    # broken promise
    "promised ... but never": "promis assure assura assuri guaran commit told said stated advise inform claime confir explai indica wrote emaile texted agreed suppos swore swear sworn vowed pledge",
    "promised ... . It never happened": "promis assure assura assuri guaran commit told said stated advise inform claime confir explai indica wrote emaile texted agreed suppos swore swear sworn vowed pledge",
    "never got what was promised": "promis guaran assure",
    "not what I was told": "told quoted offere sold promis assure guaran agreed false falsel fraudu mislea decept",
    "broken promise": "promis commit word agreem guaran deal offer assura follow told quoted",
    # policy refusal
    "refused because of a rule": "policy polici rule rules proced protoc guidel regula requir terms contra system reason law proces",
    "rule given as reason for refusal": "policy polici rule rules proced protoc guidel regula requir terms contra system reason law process",
    "against policy": "policy polici rule rules proced protoc",
    "those are the rules": "rule rules policy polici proced protoc proces guidel",
    "nothing I can do": "nothin",
    "nothing I can do (reported)": "nothin",
    "unable to help": "help assist",
    "not allowed to": "allowe permit author",
    "hands are tied": "hands except system only",
    "said they cannot do it": "can cannot cant could couldn unable able way",
    "refused unless / because": "won will would wouldn refuse refusi declin denied reject wont",
    # mistake denied
    "denied any error": "denied deny denies denyin",
    "insisted it was correct": "correc accura valid valida verifi right legiti legit proper owed due mine fine order approp justif",
    "verified as accurate": "accura correc valid belong mine yours owed legiti verifi valida",
    "blamed me": "blame blamed blames blamin shift shifte shifts put puts puttin placed places placin pass passed passin push pushed pushin",
    "said it was my fault": "fault error mistak proble respon doing bad",
    "refused to take responsibility": "liabil respon blame accoun admit acknow accept take own",
    "found no error": "error mistak wrongd fault fraud eviden discre nothin",
    "records show": "record record system files file",
    "said I did it": "receiv signed agreed author must did didn never accuse accusi didnt",
    "said they verified it": "verifi valida",
    "stood by their decision": "decisi determ findin positi stance result denial invest mercha seller vendor store compan credit retail dealer",
    "said they never received payment": "receiv get got see saw find found record happen",
    # mistake admitted
    "admitted the error": "admit admits admitt acknow conced confes own owned recogn",
    "admitted what went wrong": "admit admits admitt acknow conced",
    "which they admitted": "admitt acknow conced",
    "admitted I was right": "right correc overch over double charge billed owed",
    "apologized for the error": "apolog sorry regret",
    "it was our fault": "fault error mistak doing screw bad apolog",
    "they made a mistake": "mistak errors error erred messed screwe droppe",
    "took responsibility": "respon owners accoun blame",
    "corrected their error": "error errors mistak mix oversi double overch should shouldn incorr errone wrongl",
    # intent to leave
    "take my business elsewhere": "busine money custom accoun funds saving deposi checki bankin loan loans mortga invest shippi polici policy insura number subscr",
    "shopping elsewhere from now on": "elsewh now forwar future instea",
    "switching to a competitor": "switch change changi change move moving moved go going went gone leave leavin left port portin ported jump jumpin jumped defect transf move moved moving moves refina take took taking taken takes pay paid paying pays port ported portin",
    "cancel my account": "close closin closed cancel cancle termin end ending ended discon shut shutti",
    "cancelled my order over a failure": "cancel",
    "not renewing": "renew renewi",
    "closed my account (done)": "closed cancel cancle termin",
    "my cancellation": "cancel close reques refuse closed termin ended quit longer",
    "never again": "never again last not busine",
    "will not do business with": "busine custom client member bank bankin use using shop shoppi fly flying stay stayin recomm",
    "lost a customer": "lost losing lose loose",
    "done with them": "done finish throug",
    "looking for another provider": "look lookin shop shoppi search find found findin join joined joinin open opened openin leave leavin left quit quitti ditch ditche dump dumped dumpin drop droppe",
    # public review
    "post on social media": "social twitte tweet tweets facebo fb yelp instag insta tiktok tik reddit youtub trustp trip tripad google linked nextdo glassd x com thread every review online forum forums intern bbb angie angies consum ripoff pissed siteja",
    "leave a review": "review rating ratings star stars feedba",
    "tell everyone": "everyo everyb friend family contac follow collea neighb networ world anyone public people others spread share",
    "go to the media": "news media press newspa report journa tv televi consum channe outlet outlet",
    "go public": "public shame",
}
