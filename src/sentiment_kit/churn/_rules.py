"""Churn-reason taxonomy and the rules that map exit-survey answers onto it.

Private module: the public names are re-exported by :mod:`sentiment_kit.churn`.

How the rules work
------------------
1. Normalise: lower case, curly quotes to straight, ``_ / | -`` between words to spaces.
2. Neutralise what the customer says was *not* the reason, so its words cannot
   decide the row: "no problems with the staff", "nothing wrong with the price",
   "not because of the price", "the staff were lovely", "price was not the issue",
   "happy with the network".
3. Try the named patterns below in priority order; the first that matches decides.
   Mixed answers are therefore decided by priority (life events first, then
   staff attitude, people the customer knows, price, product, and last a bare
   mention of a competitor); the other categories that also matched are shown by
   :func:`sentiment_kit.explain_churn_reasons` (column ``also_matched``).
4. Nothing matched: ``unknown``. Blank answers, non-answers ("n/a", "other") and
   reasons outside the taxonomy ("no longer need it", "business closed") are
   ``unknown`` too, each with its own rule name, so nothing is guessed.

"Service" alone is read as the service the company sells (``product_dissatisfaction``:
"poor service", "service dissatisfaction"); the people must be named for
``indifference`` ("poor customer service", "support never replied", "rude staff").
The competence of staff ("poor expertise of phone support", "couldn't fix it") is
product quality, not indifference: indifference is an attitude (not caring,
ignoring, taking the customer for granted), following LeBoeuf (1987).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from .._core.validation import as_text_series

__all__ = ["CHURN_REASONS", "DEFAULT_COMPETITORS", "rules_table", "classify_unique"]

#: The churn-reason taxonomy, in display order (``unknown`` last).
CHURN_REASONS: tuple[str, ...] = (
    "died", "moved", "other_relationships", "competitor", "price",
    "product_dissatisfaction", "indifference", "unknown",
)

#: Well-known providers in telecom, banking, insurance, fitness, retail, software and energy.
#: A mention of one of them (or of a name passed as ``competitors=``) reads as ``competitor``.
DEFAULT_COMPETITORS: tuple[str, ...] = (
    "verizon", "at&t", "t-mobile", "tmobile", "sprint", "comcast", "xfinity", "centurylink",
    "mint mobile", "boost mobile", "cricket wireless", "starlink", "vodafone", "o2", "bt",
    "talktalk", "plusnet", "virgin media", "virgin mobile", "giffgaff", "tesco mobile",
    "sky broadband", "sky mobile", "wells fargo", "bank of america", "citibank", "capital one",
    "barclays", "hsbc", "lloyds", "natwest", "santander", "nationwide", "monzo", "revolut",
    "starling", "chime", "sofi", "geico", "state farm", "allstate", "progressive insurance",
    "aviva", "admiral", "direct line", "lemonade", "planet fitness", "puregym", "pure gym",
    "the gym group", "anytime fitness", "la fitness", "equinox", "crunch fitness", "netflix",
    "hulu", "spotify", "amazon", "walmart", "costco", "aldi", "lidl", "salesforce", "hubspot",
    "zoho", "pipedrive", "octopus energy", "british gas", "edf", "e.on", "ovo",
)

# --------------------------------------------------------------------------- vocabulary
_NT = r"(?:n't|n[o ]t)"  # didn't, did not, dont
_STAFF = (r"(?:staff|employees?|agents?|reps?|representatives?|advis[oe]rs?|consultants?|associates?|"
          r"support(?: team| staff| agents?| people| person| guy)?|customer (?:service|care|support|services)|"
          r"help ?desk|service desk|call cent(?:re|er)|contact cent(?:re|er)|managers?|management|"
          r"supervisors?|tellers?|bankers?|cashiers?|clerks?|receptionists?|front desk|trainers?|"
          r"instructors?|coach(?:es)?|sales ?(?:people|person|guy|rep|team|staff)|salesm[ae]n|"
          r"account manager|technicians?|engineers?|installers?|brokers?|adjusters?|claims? (?:team|handler|department)|"
          r"owner|people|person|guy|girl|lady|team)")
_BAD = (r"(?:poor|bad|terrible|awful|horrible|horrendous|lousy|appalling|shocking|abysmal|atrocious|"
        r"pathetic|dreadful|non-?existent|useless|crap|crappy|rubbish|zero|no|lack of|lacking|worst|"
        r"sub-?par|substandard|disgusting|unacceptable|inadequate|disappointing)")
_RIVAL = (r"(?:competitors?|rivals?|providers?|carriers?|banks?|credit unions?|company|companies|suppliers?|"
          r"insurers?|insurance company|networks?|gyms?|vendors?|platforms?|tools?|apps?|stores?|shops?|brands?|"
          r"brokers?|firms?|agenc(?:y|ies)|clubs?|studios?|solutions?|software|options?|alternatives?|"
          r"service providers?|operators?|retailers?|utilit(?:y|ies)|energy suppliers?)")
_REL = (r"(?:friends?|family|family members?|relatives?|cousins?|brothers?|sisters?|sons?|daughters?|uncles?|"
        r"aunts?|aunties?|nephews?|nieces?|neighbou?rs?|in-?laws?|brother-in-law|sister-in-law|"
        r"father-in-law|mother-in-law|son-in-law|husband|wife|partner|spouse|boyfriend|girlfriend|"
        r"fianc[eé]e?|dad|mum|mom|father|mother|parents?|grand(?:ma|pa|mother|father|son|daughter)|"
        r"colleagues?|co-?workers?|classmates?|buddy|mate)")
_BUSINESS = (r"(?:business|company|firm|shop|store|agency|practice|gym|studio|salon|restaurant|garage|"
             r"bakery|brokerage|dealership|bank|insurance agency|office|startup|start-up|consultancy)")
_PERSON = (r"(?:customer|client|member|account ?holder|policy ?holder|subscriber|owner|patient|insured|"
           r"cardholder|husband|wife|partner|spouse|father|mother|dad|mum|mom|parents?|sons?|daughters?|"
           r"brothers?|sisters?|grand\w+|aunt|uncle|relative|he|she)")


def _rx(*parts: str) -> str:
    return r"\b(?:" + "|".join(parts) + r")"


# --------------------------------------------------------------------------- neutralisers
_NEUTRALISERS: tuple[tuple[str, str], ...] = (
    ("no_problem_with", r"\b(?:no|never had (?:any|a)|never|" + r"did" + _NT + r" have (?:any|a)|not (?:any|a))\s+"
     r"(?:real\s+)?(?:problems?|issues?|complaints?|trouble|concerns?)\s+(?:with|about|regarding)\s+"
     r"(?:the\s+|your\s+|my\s+|our\s+)?[\w'&-]+(?:\s+[\w'&-]+)?"),
    ("nothing_wrong_with", r"\bnothing (?:wrong|bad|negative) (?:with|about) (?:the |your |my )?[\w'&-]+(?:\s+[\w'&-]+)?"),
    ("fine_evaluation", r"(?<!\bno )(?<!\bnot )\b(?!(?:nobody|no|noone|none|nothing|never|not)\b)(?:the\s+|your\s+|my\s+|our\s+)?(?:[\w'&-]+\s+)?[\w'&-]+\s+(?:was|were|is|are|has been|have been|'s|'re)\s+"
     r"(?:always\s+|very\s+|really\s+|quite\s+|generally\s+|actually\s+|perfectly\s+|pretty\s+|absolutely\s+|more than\s+)?"
     r"(?:fine|ok|okay|good|great|excellent|lovely|friendly|helpful|nice|brilliant|fantastic|amazing|superb|"
     r"wonderful|reasonable|fair|competitive|acceptable|decent|not (?:the|an|a|really the) (?:issue|problem|reason|factor|concern))\b"),
    ("not_because_of", r"\b(?:not|wasn't|isn't|was not|is not|(?:had )?nothing to do with)\s+(?:(?:really|just|only|so much)\s+)?"
     r"(?:because of|due to|about|over|related to|the)\s+(?:the\s+|your\s+|my\s+)?[\w'&-]+(?:\s+[\w'&-]+)?"),
    ("happy_with", r"(?<!not )(?<!n't )\b(?:happy|satisfied|pleased|content|impressed)\s+with\s+(?:the\s+|your\s+|my\s+|our\s+)?"
     r"[\w'&-]+(?:\s+[\w'&-]+)?|(?<!never )\b(?:loved|liked|enjoyed)\s+(?:the\s+|your\s+)?[\w'&-]+(?:\s+[\w'&-]+)?"),
)

# --------------------------------------------------------------------------- rules (priority order)
# Each rule: (category, name, regex). The first rule that matches a normalised answer decides.
_BASE_RULES: tuple[tuple[str, str, str], ...] = (
    # ---- life events
    ("died", "death", _rx(r"deceased|decedent|bereave\w*|passed away|passed on|death|probate|funeral|"
                          r"estate of|(?:the )?late (?:husband|wife|father|mother|mum|mom|dad|partner|spouse)|"
                          r"no longer with us|r\.?i\.?p|dec'd") + r"\b"),
    ("died", "person_died", r"\b" + _PERSON + r"\s+(?:has\s+|had\s+|sadly\s+|recently\s+|unfortunately\s+)*"
     r"(?:died|passed)\b(?!\s+(?:around|from|between|on to|over))|^(?:died|dead|passed)$"),
    ("moved", "moved_code", r"^(?:moved|moving|move|relocat\w*|reloc|moved away|emigrat\w*|house move|change of address)$"),
    ("moved", "moving_away", _rx(
        r"(?:mov(?:e|ed|es|ing)|relocat(?:e|ed|es|ing|ion))\s+(?:(?:over(?:seas)?|away|abroad|out(?: of (?:the )?"
        r"(?:area|state|country|town|city|region|province|county))?|house|home|homes|states?|countr(?:y|ies)|cities|"
        r"interstate|in with|back (?:home|to)|across|closer|nearer|for (?:work|a job|my job|school|university|college|"
        r"family|my (?:husband|wife|partner)))\b|to\s+(?!(?:a |an |another |the other |a different |a new |a cheaper |"
        r"a better |their |your |some )?(?:" + _RIVAL + r"|plans?|tariffs?|contracts?|deals?|offers?|products?|services?|"
        r"__BRANDS__)\b)\w+)",
        r"relocat\w*|emigrat\w*|new (?:house|home|address|city|state|country|area|flat|apartment|place|town)",
        r"(?:out of|outside (?:of )?(?:your|the)) (?:service|coverage|delivery|operating) areas?",
        r"(?:not|no longer) (?:available|offered|served|covered) (?:at|in|where) (?:my|our|i|we)",
        r"do" + _NT + r" (?:cover|serve|operate in|deliver to) (?:my|our|the) (?:new )?(?:area|address|city|town|region|state|location|postcode|post code|zip ?code|street)",
        r"(?:no longer|do" + _NT + r") live (?:in|near|there|close|nearby|locally)",
        r"sold (?:the|my|our) (?:house|home|flat|apartment|property|condo)",
        r"(?:leaving|left) (?:the )?(?:area|country|state|city|town|uk|us|region|county)") + r"\b"),
    # ---- staff attitude: indifference (strong wording)
    ("indifference", "attitude", _rx(r"attitude", r"indifferen\w*|apath\w*|uncaring|dismissive|could(?:n't| not)? care less",
                                     r"(?:did|do|does|would)" + _NT + r"\s+(?:seem\s+to\s+|really\s+|even\s+|actually\s+)?(?:care|give a damn|listen|bother)",
                                     r"(?:never|no ?one|nobody)\s+(?:seemed\s+to\s+|really\s+|even\s+)?(?:cared?|listened|bothered)",
                                     r"(?:could|can)(?:n't| not|not)? be bothered|(?:did|would|could)" + _NT + r"\s+(?:even\s+)?(?:look up|acknowledge|greet|"
                                     r"say hello|make eye contact)|never (?:say|said|says) hello|no eye contact") + r"\b"),
    ("indifference", "rudeness", _rx(r"rude\w*|impolite|disrespect\w*|condescend\w*|patroni[sz]\w*|arrogan\w*|snotty|"
                                     r"obnoxious|hostile|unfriendly|unprofessional|yelled|shouted|snapped at|hung up on|"
                                     r"(?:" + _STAFF + r")\s+(?:\w+\s+)?(?:lied|were liars|was a liar)") + r"\b"),
    ("indifference", "ignored", _rx(
        r"ignor(?:e|ed|ing|es)|unanswered|unreturned|unresponsive|fell on deaf ears",
        r"(?:no ?one|nobody|no-one)\s+(?:ever\s+|even\s+|at all\s+)?(?:call(?:ed|s)?|got|gets|return(?:ed|s)?|respond(?:ed|s)?|"
        r"repl(?:ied|ies)|answer(?:ed|s)?|help(?:ed|s)?|follow(?:ed)?|contact(?:ed)?|came|showed|picks?|picked|took|"
        r"seemed|wanted|knew|would)",
        r"never\s+(?:once\s+|even\s+)?(?:called|got back|returned|responded|replied|answered|followed up|heard back|contacted|rang|showed up|bothered|"
        r"answers?|responds?|reply|replies|calls? back|gets? back|picks? up|returns?)",
        r"(?:no ?one|nobody|no-one) (?:was|were|is|seemed) (?:\w+ )?(?:helpful|interested|friendly|available|there|around|bothered)|"
        r"ghosted|vanished|disappeared|went silent|radio silence|(?:no ?one|nobody)\s+(?:\w+\s+){0,3}(?:takes?|took|wants?|wanted) (?:any )?(?:responsibility|ownership)",
        r"no\s+(?:response|reply|replies|answer|call ?back|callback|follow[- ]?up|acknowledge?ment|one (?:to help|cared|answered|helped|listened))",
        r"(?:did|would|could|wo|will)" + _NT + r"\s+(?:even\s+|bother to\s+)?(?:call (?:me |us )?back|get back to|respond|reply|"
        r"answer (?:my|the|our|any) (?:calls?|emails?|messages?|questions?|complaints?|phone)|return (?:my|our) (?:calls?|emails?)|follow(?:ed)? up)",
        r"never heard (?:back|from)|still waiting for (?:a |an )?(?:call|reply|response|answer|callback)",
        r"(?:zero|no|not a single|never (?:got|had) (?:a|any)) (?:replies|reply|responses?|answers?|call ?backs?)|"
        r"(?:call ?back|reply|response|answer|engineer|technician|visit)s? (?:that )?(?:never (?:comes?|came|happened|arrived)|never)|"
        r"(?:waiting|waited|hanging) (?:on|around) (?:the )?(?:phone|line|hold)|"
        r"(?:on|put on|kept on|left on) hold|hold times?|passed (?:around|from|between)|bounced (?:around|between|from)|"
        r"transferred (?:around|from one|between|to someone else|again|multiple|several|\d+)|shuffled (?:around|between)|run-?around",
        r"(?:waited|waiting|wait)\s+(?:\w+\s+){0,2}(?:hours|ages|forever|days|weeks|months)\s+(?:for\s+)?(?:a |an |someone )?(?:to\s+)?(?:reply|response|respond|call|callback|answer|help|get back)",
        r"long (?:hold|wait|waiting) times?|slow (?:to (?:respond|reply|answer|get back|call back)|responses?|replies|reply)",
        r"(?:took|takes|take) (?:\w+\s+)?(?:weeks|days|forever|ages|months) to (?:respond|reply|answer|get back|call|hear)") + r"\b"),
    ("indifference", "taken_for_granted", _rx(
        r"(?:taken|take|took|taking|takes) (?:me |us |customers |their customers |(?:loyal|existing|long-?(?:time|standing)|old) customers )?for granted",
        r"(?:treated|treat|treats) (?:me|us) like (?:i|we) (?:was|were|am|are) (?:wasting|a (?:nuisance|bother|burden|problem))|"
        r"(?:treated|treat|treats)\s+(?:me |us |customers |loyal customers |existing customers )?(?:like|as) (?:a |an |just a |just another )?"
        r"(?:number|nobody|dirt|garbage|crap|idiot|criminal|nuisance|cash cow|inconvenience|child)",
        r"just (?:a|another) (?:number|account(?: number)?|customer|statistic|sale|policy number)|(?:felt|feel) like (?:a|another) (?:number|statistic)",
        r"(?:did|do|does)" + _NT + r" (?:value|appreciate|respect) (?:me|us|my|our|their|loyal|customers|the customer)|(?:not|never) (?:valued|appreciated|respected)",
        r"(?:felt|feel|feeling) (?:so |very |completely )?(?:unvalued|undervalued|unappreciated|ignored|invisible|neglected|unimportant|"
        r"like (?:a|just a) number|like nobody cared|like (?:they|you) did" + _NT + r" care)",
        r"loyalty (?:means|meant|counts|counted) (?:nothing|for nothing)|no (?:loyalty|appreciation|respect) (?:for|to)",
        r"the way (?:i|we) (?:was|were) (?:treated|spoken to)") + r"\b"),
    ("indifference", "complaint_unheeded", _rx(
        r"(?:complain(?:ed|ts?|ing)?|reported|raised|asked|told (?:them|you)|called|rang|emailed|wrote)\b[^.;]{0,40}\b"
        r"(?:nothing (?:happened|was done|changed|got done|came of it)|nobody (?:did|cared|fixed|helped|listened)|"
        r"no ?one (?:did|cared|fixed|helped|listened|followed)|no (?:action|resolution)|went nowhere|got nowhere|"
        r"never heard)", r"nothing was (?:ever )?done|no action was taken|broken promises?|promised (?:a |to )?call ?back") + r"\b"),
    ("indifference", "customer_service_bad", _rx(
        _BAD + r"\s+(?:(?:customer|client|member|guest|patient|tech(?:nical)?|after[- ]sales?)\s+(?:service|services|support|care|experience)|"
        r"support|care|communication|communications|help|assistance|follow[- ]?up|responsiveness|staff|employees|agents|attitude)",
        r"(?:customer|client|member|tech(?:nical)?) (?:service|services|support|care)\b[^.;]{0,25}\b(?:poor|bad|terrible|awful|horrible|"
        r"useless|non-?existent|a joke|lacking|appalling|shocking|abysmal|pathetic|dreadful|rubbish|crap|unacceptable|sucks|sucked|"
        r"worst|disappointing|slow|unhelpful|nowhere to be found|impossible to reach|unreachable|never available|went downhill)",
        r"(?:" + _STAFF + r")\s+(?:was|were|is|are|seemed|seem)\s+(?:so\s+|really\s+|very\s+|extremely\s+|always\s+|just\s+)?"
        r"(?:useless|terrible|awful|horrible|unhelpful|a joke|hopeless|pathetic|lazy|never there|never available|absent|cold)",
        r"(?:they|(?:" + _STAFF + r"))\s+(?:\w+\s+)?(?:were|was|are|is|seemed|seem)\s+(?:not|n't|never)\s+(?:\w+\s+)?interested",
        r"unhelpful|(?:unhappy|dissatisfied|disappointed|fed up|frustrated|annoyed|angry|upset|sick|tired)\s+(?:with|of)\s+"
        r"(?:the |your |how )?(?:customer service|support|staff|service team|agents?|employees|manager|management|"
        r"branch staff|(?:being )?(?:treated|ignored))",
        r"service attitude") + r"\b|^(?:customer service|cust(?:omer)? serv(?:ice)?|cs|staff|support|attitude|"
     r"customer care|people|employees|staff attitude|service staff)$"),
    # ---- people the customer knows
    ("other_relationships", "relation_business", _rx(
        _REL + r"(?:'s|s')?\s+(?:own\s+|new\s+)?" + _BUSINESS,
        _REL + r"\b[^.;]{0,30}?\b(?:works? (?:at|for|in)|(?:is|became|is now|now) (?:an? |my |our |the )?(?:[\w-]+ )?(?:agent|broker|rep|advisor|adviser|"
        r"trainer|instructor|dealer|employee|owner|manager|partner)|(?:opened|started|runs|owns|set up|launched)\s+"
        r"(?:his|her|their|a|an|own|my)?\s*(?:own\s+)?" + _BUSINESS + r"|gets? (?:me|us) (?:a )?(?:discount|deal|staff discount))",
        r"personal (?:relationship|connection|ties?|reasons? with)|know(?:s)? the owner|employee discount|family discount|friends and family",
        r"(?:buy|buying|bank|banking|shop|shopping)\s+(?:from|with)\s+(?:a|my|our) (?:friend|family|relative)",
        r"(?:joined|joining|added to|switched to|moved to|on|onto|share|sharing)\s+(?:my |our |the )?(?:partner|husband|wife|spouse|parents?|"
        r"mum|mom|dad|family|boyfriend|girlfriend|son|daughter)(?:'s|s')? (?:plan|account|policy|membership|contract)",
        r"through (?:a|my) (?:friend|relative|family member|cousin)",
        _REL + r"(?:'s|s') (?:employer|work|job|company|workplace)\b") + r"\b"),
    # ---- billing mistakes are product failures, not price
    ("product_dissatisfaction", "billing_error", _rx(
        r"(?:billing|bill|invoice|invoicing|statement)s?\s+(?:\w+\s+){0,2}(?:errors?|mistakes?|issues?|problems?|wrong|incorrect|mess|nightmare|confusing)",
        r"(?:wrong|incorrect|inaccurate|estimated|duplicate)\s+(?:bills?|billing|charges?|invoices?|statements?|meter readings?)",
        r"(?:charged|billed)\s+(?:me\s+)?(?:twice|double|wrongly|incorrectly|by mistake)|double[- ]?(?:charged|billed|charging|billing)") + r"\b"),
    # ---- price
    ("price", "price", _rx(
        r"price[sd]?|pricing|pric(?:ey|y)|expensive|overpriced|cheaper|cheapest|costs?|costly|afford\w*|unaffordable|fees?|"
        r"surcharges?|overcharg\w*|charges|tariffs?|apr|budget|financial(?:ly)? (?:reasons?|difficult\w*|hardship|situation|problems?|"
        r"troubles?|struggles?|strain)|unemploy\w*|laid off|redundan\w*",
        r"(?:rates?|premiums?|bills?|payments?|instal?ments?|subscriptions?|memberships?|renewals?|dues|rent|interest)\s+(?:\w+\s+){0,2}(?:went up|go(?:es|ing)? up|"
        r"kept (?:going up|rising|increasing)|increase[sd]?|rose|risen|doubled|tripled|jumped|hike[sd]?|too high|skyrocket\w*)",
        r"(?:increase|hike|rise|jump)s?\s+in\s+(?:the\s+|my\s+|our\s+)?(?:premium|rates?|bill|subscription|membership)",
        r"(?:too|so|very|way too|ridiculously|really)\s+(?:dear|much money)|costs? too much|paying too much|"
        r"(?:better|higher|lower|best)\s+(?:rates?|interest|premiums?)",
        r"(?:not|isn't|wasn't|no longer) worth (?:the |it|paying|the money)|value for money|waste of money|"
        r"(?:save|saving|cut(?:ting)? (?:back|down)|cut costs|cutting costs|tighten\w*)\b(?:\s+(?:money|costs|spending|on))?|"
        r"(?:interest|rates?|returns?|yield|apy|savings rate)\b[^.;]{0,25}\btoo (?:low|high)|(?:not enough|no) money|"
        r"justify (?:paying|the (?:cost|price|expense|spend)|the money|spending)|fixed income|"
        r"cut(?:ting)? (?:back|down|expenses|spending|costs|outgoings|bills)|"
        r"money (?:is|was|'s) tight|lost (?:my|our) (?:job|income)|can't pay|cannot pay|"
        r"(?:promo(?:tion(?:al)?)?|introductory|intro|discount|deal|contract) (?:\w+ )?(?:ended|expired|ran out|ending)") + r"\b|(?:\$|£|€)\s?\d+"),
    # ---- product / service quality (the service sold, not the people)
    ("product_dissatisfaction", "not_working", _rx(
        r"(?:kept|keeps|keep|constantly|always|continually|frequently|regularly|often)\s+(?:\w+\s+)?(?:dropping|dropped|drops|crashing|"
        r"crashed|crashes|breaking|broke|failing|failed|fails|freezing|froze|buffering|going (?:down|off|out)|disconnecting|"
        r"cutting (?:out|off)|losing (?:signal|connection)|malfunctioning|glitching|lagging|down|broken|out of (?:order|stock|service)|"
        r"late|wrong|missing|cancell?ed|delayed)",
        r"dropp(?:ed|ing)?\s+calls?|calls? (?:kept )?dropp\w*|outages?|downtime|blackouts?|power cuts?",
        r"(?:power|service|network|internet|signal|connection|wifi|wi-fi|broadband|phone|line)\s+(?:\w+\s+)?(?:cuts?|failures?|interruptions?|disruptions?|problems?|issues?|down)",
        r"(?:too|very|painfully|really|so|super|incredibly|unbearably)\s+slow|slow\s+(?:speeds?|internet|broadband|connection|wifi|wi-fi|network|"
        r"app|website|site|system|service|delivery|deliveries|shipping|claims?|processing|payouts?|loading)",
        r"(?:constantly|all the time|every (?:day|week|time)|non-?stop)\b|(?:logs?|logged|kicks?|kicked) (?:me|us) out|"
        r"(?:get|gets|got|getting|went|go|goes) (?:lost|missing|damaged|cancell?ed)|(?:has been|was|is|been) closed for|"
        r"(?:speeds?|signal|connection|quality|service|performance) (?:dropped|declined|deteriorated|got worse|went downhill)|"
        r"(?:is|was|are|were)(?:n't| not) (?:\w+ )?good enough|"
        r"unreliab\w*|reliability|bugs?|buggy|glitch\w*|crash\w*|freez(?:es|ing)|froze|lag(?:s|gy|ging)|buffer(?:s|ing)|broken|broke down|"
        r"defect\w*|faulty|malfunction\w*",
        r"(?:nowhere near|not|never|less than) (?:what (?:was|is|they) |as )?(?:advertised|promised|described|sold)|"
        r"(?:would|did|does|will|wo)" + _NT + r" cover|refused to (?:cover|pay)",
        r"(?:does|do|did|would|could)" + _NT + r"\s+(?:\w+\s+)?work|(?:not|never|stopped|barely|hardly)\s+(?:\w+\s+)?work(?:ing|ed|s)?") + r"\b"),
    ("product_dissatisfaction", "poor_quality", _rx(
        r"(?:poor|bad|terrible|awful|weak|no|patchy|spotty|lousy|crap|rubbish|inconsistent|limited|sketchy|dodgy|intermittent|shoddy|"
        r"low|declining|deteriorating|horrible|horrendous|appalling|disappointing|inferior)\s+(?:\w+\s+)?(?:coverage|signal|reception|quality|"
        r"connection|connectivity|wifi|wi-fi|internet|broadband|network|products?|app|software|platform|equipment|food|selection|range|"
        r"stock|performance|speeds?|service|services|facilities|machines|classes|hygiene|cleanliness|workmanship|materials|fit|sizing|"
        r"delivery|website|features?|functionality|expertise|knowledge|claims? (?:handling|process|service))",
        r"(?:coverage|signal|reception|quality|connection|app|website|site|software|platform|products?|internet|broadband|wifi|network|"
        r"equipment|machines?|facilities|classes|food|gym|changing rooms?|showers?|locker rooms?|store|delivery|deliveries|claims? process|"
        r"process|system|features?|speeds?|service)\s+(?:\w+\s+){0,2}(?:was|were|is|are|has been|have been|got|became|kept|went|being)\s+"
        r"(?:\w+\s+)?(?:poor|bad|terrible|awful|weak|patchy|spotty|unreliable|broken|buggy|slow|down|dirty|filthy|crowded|overcrowded|"
        r"useless|rubbish|crap|worse|downhill|missing|limited|outdated|clunky|confusing|complicated|a mess|late|damaged|wrong|lacking|"
        r"disappointing|inadequate|unusable|hopeless|(?:a )?(?:nightmare|joke|disaster|hassle|pain)|painful)",
        r"(?<!better )(?<!higher )(?<!more )quality|dirty|filthy|unclean|overcrowded|crowded|out of stock",
        r"(?:late|delayed|missed|failed|lost)\s+(?:deliver\w*|shipments?|orders?|parcels?|packages?|installations?|appointments?)|"
        r"never (?:arrived|delivered|showed up|turned up|came)|arrived (?:damaged|broken|late|wrong)|damaged|wrong (?:order|items?|size|product|parts?)",
        r"claims? (?:was |were |got |being )?(?:denied|rejected|declined|refused|turned down)|(?:denied|rejected|declined|refused|turned down)\s+(?:my |our |the )?claims?",
        r"(?:missing|lack(?:ed|s|ing)?(?: of)?|limited|not enough)\s+(?:key |basic |important |the )?(?:features?|functionality|functions|integrations?|"
        r"options|range|choice|selection|variety|classes|equipment|products|services|self-service|online banking|mobile app)",
        r"(?:did|does|do)" + _NT + r"\s+(?:meet|fit|suit|match)\s+(?:my|our|the)\s+(?:needs|requirements|use ?case|expectations)|"
        r"not what (?:i|we) (?:needed|expected|wanted|ordered)|outgr[eo]wn?|too (?:basic|complicated|complex|limited)",
        r"lack(?:s|ed|ing)\s+\w+|not enough \w+|queu(?:e|es|ing)|waiting lists?|"
        r"hard to use|difficult to use|not user[- ]?friendly|clunky|dissatisf\w*|unhappy with (?:the |your )?(?:products?|services?|quality|coverage|network|app)|"
        r"(?:products?|services?)\s+(?:dissatisfaction|issues?|problems?|quality|failures?)",
        r"expertise|knowledgeable|incompeten\w*|clueless|(?:could" + _NT + r"|could not|unable to|never|did" + _NT + r"|failed to)\s+(?:fix|solve|resolve|repair|sort)|"
        r"did" + _NT + r" know what (?:they|he|she) (?:were|was) doing|smart meter",
        r"^(?:quality|coverage|signal|reception|speed|speeds|network|network reliability|reliability|outages?|product|product quality|"
        r"service quality|bugs|performance|poor service|bad service|product issues?)$") + r"\b"),
    # ---- a competitor, named or not (last: only when no reason more specific was given)
    ("competitor", "competitor", _rx(
        r"competit(?:or|ors|ion)|rival\w*|poached|lured|headhunted|counter-?offer",
        r"(?:switch\w*|went|going|gone|go|changed|changing|mov(?:e|ed|ing)|jumped|ported|porting|signed|joined|chose|choosing|opted|transferr?(?:ed|ing))"
        r"\s+(?:(?:over|my \w+|our \w+|the \w+|it|them|everything|all)\s+)?(?:to|with|up with|for)\s+(?:a |an |another |the other |a different |a new |"
        r"their |some |a better )?" + _RIVAL,
        r"(?:another|different|other|alternative|new|better)\s+(?:[\w-]+\s+)?" + _RIVAL,
        r"elsewhere|somewhere else|someone else|(?:an? )?alternatives?",
        r"(?:got|found|received|had|was offered|were offered|offered|made)\s+(?:me |us )?(?:a |an )?(?:better|best|more attractive|superior|great)\s+"
        r"(?:offer|deal|package|plan|option|product|bundle|incentive|perks)",
        r"(?:mov(?:e|ed|ing)|transferr?(?:ed|ing)?|took|taking|switch\w*)\s+(?:my |our |the |all (?:my|our) )?(?:accounts?|business|money|savings|"
        r"mortgage|polic(?:y|ies)|services?|number|lines?|membership|subscription|custom|team|workspace|isa|pension)\s+(?:over\s+)?(?:to|elsewhere)",
        r"(?:switch(?:ed|ing)?|ported|porting)\s+(?:over\s+)?to\s+\w+",
        r"(?:went|gone|going|go|went over) to (?!(?:the|a|an|my|our|live|work|study|university|college|school|prison|jail|hospital|court|bed)\b)\w+",
        r"__BRANDS__") + r"\b"),
    # ---- answers that say nothing, or give a reason outside the taxonomy: unknown, never guessed
    ("unknown", "non_answer", r"^(?:n ?a|none|nothing|no|nope|other|others|misc\w*|unknown|not sure|unsure|don't know|dont know|do not know|"
     r"dunno|idk|no comment|no comments|prefer not to say|rather not say|no reason|no reason given|just because|because|whatever|"
     r"personal|personal reasons?|private|it's complicated|see above|as above|test|asdf\w*|x+|\W*)$"),
    ("unknown", "outside_taxonomy", _rx(
        r"no longer (?:need|needed|require|required|use|using)|(?:did|do|does)" + _NT + r" (?:need|use)|not (?:using|needed|needing)|"
        r"(?:stopped|never) using|(?:business|company|shop|store) (?:closed|shut down|was sold|went under)|closed (?:the |my |our )?business|"
        r"went out of business|sold (?:the|my|our) (?:car|vehicle|boat|bike|business)|retir(?:ed|ing|ement)|temporary|seasonal|only needed it|one[- ]off") + r"\b"),
)


def _normalise(s: pd.Series) -> pd.Series:
    s = s.str.lower().str.replace("\u2019", "'", regex=False).str.replace("\u2018", "'", regex=False)
    s = s.str.replace(r"[_|/\\]+|(?<=\w)-(?=\s)|(?<=\s)-(?=\w)", " ", regex=True)
    return s.str.replace(r"\s+", " ", regex=True).str.strip(" \t.,;:!\"")


@lru_cache(maxsize=16)
def _compiled(competitors: tuple[str, ...]) -> tuple[list[tuple[str, str, re.Pattern[str]]], list[re.Pattern[str]]]:
    names = sorted({c.strip().lower() for c in DEFAULT_COMPETITORS + competitors if c.strip()}, key=len, reverse=True)
    brands = r"(?<![\w&])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w&])"
    rules = [(cat, name, re.compile(rx.replace("__BRANDS__", brands))) for cat, name, rx in _BASE_RULES]
    return rules, [re.compile(rx) for _, rx in _NEUTRALISERS]


def rules_table(competitors: tuple[str, ...] = ()) -> pd.DataFrame:
    """The rules in priority order: ``priority``, ``category``, ``rule``, ``pattern``."""
    rules, _ = _compiled(tuple(competitors))
    return pd.DataFrame([{"priority": i, "category": c, "rule": n, "pattern": p.pattern}
                         for i, (c, n, p) in enumerate(rules)])


def classify_unique(texts: pd.Series, competitors: tuple[str, ...] = ()) -> pd.DataFrame:
    """Classify *distinct* answers (a Series of str); rows in the same order.

    Returns a DataFrame with ``reason``, ``rule``, ``matched`` and ``also_matched``.
    """
    rules, neutralisers = _compiled(tuple(competitors))
    norm = _normalise(texts.astype(str))
    for rx in neutralisers:
        norm = norm.str.replace(rx, " ", regex=True)
    norm = norm.str.replace(r"\s+", " ", regex=True).str.strip()
    n = len(norm)
    reason = np.full(n, "unknown", dtype=object)
    rule = np.full(n, "no_rule_matched", dtype=object)
    matched = np.full(n, "", dtype=object)
    cats: list[list[str]] = [[] for _ in range(n)]
    blank = (texts.astype(str).str.strip() == "").to_numpy()
    rule[blank] = "blank"
    decided = blank.copy()
    values = norm.to_numpy(dtype=object)
    for cat, name, rx in rules:
        search = rx.search
        hits = [search(v) if not b else None for v, b in zip(values, blank)]
        for i in np.flatnonzero([h is not None for h in hits]):
            if not decided[i]:
                decided[i] = True
                reason[i], rule[i], matched[i] = cat, name, hits[i].group(0).strip()
            elif cat != "unknown" and cat != reason[i] and cat not in cats[i]:
                cats[i].append(cat)
    return pd.DataFrame({"reason": reason, "rule": rule, "matched": matched,
                         "also_matched": [", ".join(c) for c in cats]}, index=texts.index)


def factorize_texts(reasons: Any, *, name: str = "reasons") -> tuple[pd.Series, np.ndarray, pd.Series]:
    """``(texts, codes, uniques)``: the answers as str on the caller's index, and their distinct values."""
    texts = as_text_series(reasons, name=name)
    codes, uniques = pd.factorize(texts.to_numpy(dtype=object))
    return texts, codes, pd.Series(np.asarray(uniques, dtype=object), dtype=object)
