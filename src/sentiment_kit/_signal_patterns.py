"""Phrase tables for :mod:`sentiment_kit.signals` (one table per service signal).

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

# --------------------------------------------------------------------------- shared pieces
#: A gap of at most n characters inside one sentence (no sentence-ending punctuation).
def _gap(n: int) -> str:
    return r"[^.!?;\n]{0,%d}?" % n


_DET = r"(?:a|an|the|your|their|his|her|its|another|some|any|one|two|three|several|multiple|other|different)"
_ME = r"(?:me|us)"
#: Customer (narrator) as subject, optionally followed by auxiliaries / adverbs.
_I = r"\b(?:i|we)\b(?:'(?:m|ll|ve|d|re))?" + r"(?:\s+(?:am|are|was|were|will|shall|have|had|has|would|could|should|must|be|been|being|just|finally|then|already|immediately|eventually|ultimately|recently|also|now|simply|going\s+to|gonna|decided\s+to|want(?:ed)?\s+to|plan(?:ned)?\s+to|need(?:ed)?\s+to|intend(?:ed)?\s+to|had\s+to|have\s+to|tried\s+to|try\s+to|trying\s+to|asked\s+to|would\s+like\s+to|definitely|officially|so|totally|completely|probably|certainly|seriously|actually|promptly|subsequently|therefore|thus|since|later|soon|then|even|all)){0,4}\s+"
#: Staff / company as subject.
_THEY = r"\b(?:they|he|she|it|the\s+(?:company|bank|store|agent|rep|representative|associate|employee|staff|manager|supervisor|lender|servicer|airline|hotel|restaurant|provider|carrier|person|lady|man|woman|guy|clerk|cashier|operator|technician|driver|waiter|waitress|server)|(?:customer\s+)?(?:service|support))\b"
_PROVIDER = (r"(?:bank|credit\s+union|provider|carrier|company|lender|airline|hotel|store|shop|network|supplier|service|insurer|insurance\s+company|restaurant|place|gym|utility|isp|broker(?:age)?|card|servicer|business|brand|dealer(?:ship)?|telecom|phone\s+company|app|platform|software|tool|product|vendor|chain|"
             r"pharmacy|rental\s+company|courier)")

# --------------------------------------------------------------------------- negation
#: Negation cues searched in the left window of a match (last five words of its clause,
#: after the last subject pronoun).
NEGATION = (
    r"\b(?:not|no|never|none|nobody|no-one|nothing|neither|nor|without|hardly|barely|"
    r"cannot|dont|didnt|doesnt|wasnt|isnt|arent|werent|havent|hasnt|hadnt|wont|wouldnt|"
    r"couldnt|shouldnt|cant|aint)\b|n[’']t\b"
)
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

# --------------------------------------------------------------------------- escalation
#: Managers who are the customer's ordinary contact (a branch, store or office), not a higher-up.
_LOCAL = r"(?:branch|store|local|office|property|loan|account|relationship|case|location|site|dealership|shop|front)\b"
_BOSS = (r"(?:manager|supervisor|superior|boss|higher[- ]ups?|someone\s+(?:higher|more\s+senior|senior|"
         r"in\s+charge|with\s+(?:more\s+)?authority|above\s+(?:him|her|them))|somebody\s+(?:higher|else|in\s+charge)|"
         r"(?:upper|senior)\s+management|management|team\s+lead(?:er)?|lead|director|executive|head\s+of\s+\w+)")
ESCALATION = (
    ("ask for a manager",
     r"\b(?:ask|asked|asking|asks|demand|demanded|demanding|request|requested|requesting|insist(?:ed)?\s+on|"
     r"beg(?:ged)?)\s+(?:(?:to|if\s+i\s+could|for\s+permission\s+to)\s+)?(?:(?:speak|talk|spoke|be\s+transferred|get\s+transferred)\s+"
     r"(?:to|with)\s+)?(?:for\s+)?(?:a|an|the|your|their|his|her|someone'?s?|somebody'?s?)?\s*(?!my\b|our\b)(?:(?!" + _LOCAL + r")\w+\s+)?" + _BOSS + r"s?\b"),
    ("let me speak to your manager",
     r"\b(?:let\s+me|can\s+i|could\s+i|may\s+i|i\s+(?:want|wanted|need|needed|would\s+like|'d\s+like|demand)\s+to|"
     r"i['’]d\s+like\s+to|get\s+me|put\s+me\s+through\s+to|transfer\s+me\s+to)\s+(?:speak|talk|have\s+a\s+word|"
     r"a|the|your)?\s*(?:(?:to|with)\s+)?(?:a|an|the|your|someone'?s?)?\s*" + _BOSS + r"s?\b"),
    ("spoke with a supervisor",
     r"\b(?:speak|spoke|spoken|speaking|talk|talked|talking|talks|escalated|transferred|forwarded|sent|passed|connected|"
     r"put\s+through|referred|elevated)\s+(?:me\s+|it\s+|this\s+|my\s+\w+\s+)?(?:up\s+)?(?:to|with)\s+"
     r"(?:(?:a|an|the|their|another|several|two|three|multiple|various|many|\d+|his|her|the\s+\w+)?\s*(?:(?:\w+|\(|,)\s*){0,3}?"
     r"(?:supervisors?|superiors?|higher[- ]ups?|upper\s+management|management\s+team)|(?:a|an|another|several|two|three|multiple|"
     r"various|many|\d+)\s+(?:(?!" + _LOCAL + r")\w+\s+){0,2}?managers?|(?:their|the\s+(?!" + _LOCAL + r")\w+)\s+managers?"
     r"(?=\s*(?:[.!,;]|$|and\b)))\b"),
    ("supervisor acted",
     r"\b(?:a|the|one|another)\s+(?:call\s+center\s+|customer\s+service\s+|floor\s+|shift\s+)?supervisors?\s+"
     r"(?:named\s+)?(?:[(,]?\s*\w+\s*[),]?\s+){0,3}?(?:said|told|stated|ignored|refused|recommended|informed|advised|explained|agreed|"
     r"confirmed|promised|assured|called|answered|got\s+on|came\s+on|picked\s+up|was|then|(?:will|would)\s+(?:call|contact|review|"
     r"look|get\s+back|reach\s+out))\b(?!\s+(?:him|her|them)\b)|"
     r"\b(?:a|the)\s+supervisors?\s+(?:that\s+|who\s+|whom\s+)?(?:i|we)\s+(?:had\s+)?(?:spoke|spoken|talked|reached|got|was\s+transferred)\b"),
    ("escalate",
     r"\b(?:escalat(?:e|ed|es|ing)\s+(?:this|it|that|the\s+(?:matter|issue|case|complaint|problem|call|situation|ticket)|"
     r"my\s+(?:complaint|case|issue|call|concern|claim|ticket|dispute|request|problem)|to\s+(?:a|the)\s+(?:supervisor|manager|"
     r"escalation|higher|next))|escalat(?:e|ed|es|ing)\b(?=\s*(?:[.!,;]|$|\s+(?:again|further|internally|higher|up)))|"
     r"(?:sent|sending|send|went|go|referred|forwarded|passed)\s+(?:it\s+|this\s+|my\s+\w+\s+)?to\s+(?:the\s+)?escalations?|"
     r"escalations?\s+(?:team|department|unit|specialist|desk|manager|supervisor|process)|had\s+(?:it|this|my\s+\w+)\s+escalated|"
     r"(?:was|been|be|being|were|get|got|is)\s+escalated)\b"),
    ("corporate / executive office",
     r"\b(?:contact(?:ed|ing)?|call(?:ed|ing)?|wrote\s+to|write\s+to|writing\s+to|email(?:ed)?|e-mailed|complain(?:ed)?\s+to|"
     r"reach(?:ed)?\s+out\s+to|went\s+to|go\s+to|going\s+to|escalated\s+to|forward(?:ed)?\s+(?:this\s+|it\s+)?to|letter\s+to|"
     r"complaint\s+(?:to|with))\s+(?:the\s+|their\s+|your\s+|its\s+)?(?:\w+\s+)?(?:corporate(?:\s+office|\s+headquarters)?|"
     r"head\s+office|headquarters|executive\s+(?:office|team|resolutions?|customer\s+relations|response)|"
     r"office\s+of\s+the\s+(?:president|ceo|chairman)|ceo|president\s+of\s+the\s+company)\b"),
    ("executive resolution team",
     r"\b(?:executive|office\s+of\s+the\s+president|presidential)\s+(?:resolutions?|response|relations|complaints?|escalations?|"
     r"office|leadership(?:\s+team)?|team|customer\s+(?:care|relations|service))\s*"
     r"(?:team|department|unit|group|office)?\b"),
    ("chain of command",
     r"\b(?:up|through)\s+the\s+chain\s+of\s+command\b|\b(?:go|went|going|gone)\s+over\s+(?:his|her|their|the\s+\w+'?s?)\s+head\b"),
    ("refused me a supervisor",
     r"\b(?:refus\w*|would\s+not|wouldn't|will\s+not|won't|did\s+not|didn't|declined)\s+(?:to\s+)?(?:let\s+me\s+(?:speak|talk)\s+(?:to|with)|"
     r"transfer\s+me\s+to|get\s+me|give\s+me|connect\s+me\s+(?:to|with)|put\s+me\s+through\s+to)\s+(?:a|the|their|his|her|any)?\s*"
     r"(?:supervisor|manager|superior|higher[- ]up)s?\b|"
     r"\b(?:refus\w*\s+to|would\s+not|wouldn'?t|will\s+not|won'?t|did\s+not|didn'?t)\s+(?:allow|permit|let\s+me\s+(?:make|file|request))\s+"
     r"(?:an?\s+|any\s+)?escalat\w*|\b(?:impossible|unable|hard|difficult|no\s+way)\s+(?:for\s+(?:a\s+)?(?:customer|me|us|anyone)\s+)?"
     r"to\s+(?:speak|talk|get)\s+(?:to|with)\s+(?:a|the|any)\s+(?:supervisor|manager)\b"),
)
#: Right-context exclusions: escalation outside the company or against the customer.
ESCALATION_RIGHT_EXCLUDE = (
    r"^[^.!?;\n]{0,40}?\b(?:cfpb|bbb|better\s+business|attorney\s+general|regulators?|ombudsm[ae]n|court|lawyers?|attorneys?|"
    r"legal(?:\s+team|\s+department)?|litigation|collections?|the\s+media|publicly|consumer\s+financial|fcc|ftc|state\s+"
    r"(?:regulator|department|agency))\b|^\s+at\s+(?:my|the\s+(?:attorney|lawyer|law|doctor|hospital|school))|"
    r"^\s+(?:fees?|costs?|prices?|rates?|charges?|payments?|debt|interest)\b"
)
ESCALATION_LEFT_EXCLUDE = r"(?:\bmy\s+(?:work\s+|job\s+)?|\bour\s+|\bwork\s+)$|\bcost\s+$|\bprice\s+$"

# --------------------------------------------------------------------------- indifference
INDIFFERENCE = (
    ("ignored me",
     r"\bignor(?:e|ed|es|ing)\s+(?:me|us|my|our|all\s+(?:of\s+)?(?:my|our|the)|every|each|repeated|multiple|numerous|"
     r"several|many|countless|both|the\s+(?:customer|request|complaint|emails?|letters?|calls?|messages?|issue|problem|"
     r"dispute|concern|fact\s+that\s+i)|customers?|(?:this|these|those)\s+(?:requests?|emails?|letters?|calls?|messages?|"
     r"complaints?|disputes?))\b"),
    ("was ignored",
     r"\b(?:was|were|been|being|be|am|is|are|went|go|goes|gone|get|got|getting|remain(?:ed|s)?|feel|felt|feeling|completely|totally|"
     r"simply|just|been\s+\w+)\s+(?:\w+\s+)?ignored\b"),
    ("deaf ears", r"\b(?:fell|falls|falling|fallen|fall)\s+on\s+deaf\s+ears\b|\bdeaf\s+ears\b"),
    ("no one called back",
     r"\b(?:no\s*-?\s*one|nobody|no\s+body|not\s+one\s+(?:person|agent|rep)|none\s+of\s+them)\s+(?:(?!someone|somebody|"
     r"they|he|she)\w+\s+){0,4}?"
     r"(?:(?:ever\s+|has\s+|had\s+|have\s+|even\s+|bothered\s+to\s+|seemed\s+to\s+|seems\s+to\s+|would\s+|will\s+|could\s+)?"
     r"(?:call(?:ed|s)?\s+(?:me\s+|us\s+)?back|got\s+back|gets\s+back|gotten\s+back|get\s+back|returned|return|responded|respond|"
     r"replied|reply|answered|answers|answer|bother(?:ed|s)?|cared?|cares|follow(?:ed|s)?[- ]up|helped|help(?:s)?\s+(?:me|us)|"
     r"listen(?:ed|s)?|did\s+anything|does\s+anything|do\s+anything|contacted|reached\s+out|showed\s+up|came\s+(?:out|over|back|to)|"
     r"acknowledged|followed\s+through|took\s+(?:any\s+)?(?:action|responsibility)|gave\s+a\s+damn|seemed\s+interested))\b"
     r"(?<!contacted)(?<!reached\sout)|\b(?:no\s*-?\s*one|nobody)\s+(?:\w+\s+){0,4}?(?:contacted\s+(?:me\s+|us\s+)?(?:back|again)|"
     r"reached\s+out\s+(?:to\s+(?:me|us)\s+)?(?:back|again))\b"),
    ("no response",
     r"\b(?:no(?!\s+longer)|zero|without\s+(?:a|any))\s+(?:\w+\s+)?(?:response|reply|replies|answer|call\s*-?\s*backs?|callbacks?|follow[- ]?ups?|"
     r"resolution|acknowledge?ments?|communication|word|feedback|contact|updates?|return\s+calls?|one\s+(?:ever\s+)?(?:got|gets)\s+back)\b"
     r"(?!\s+(?:is|was)\s+(?:needed|required|necessary))"),
    ("never responded",
     r"\b(?:never|not\s+once|n[’']t\s+(?:ever|even)|never\s+ever|have\s+yet\s+to|has\s+yet\s+to|had\s+yet\s+to|still\s+(?:haven'?t|have\s+not|"
     r"hasn'?t|has\s+not|not|no))\s+(?:even\s+|once\s+|been\s+)?(?:heard\s+(?:back|anything|from|a\s+word)|got\s+back|gotten\s+back|received\s+"
     r"(?:a|any)\s+(?:\w+\s+)?(?:response|reply|answer|call|callback|word)|got\s+(?:a|any)\s+(?:\w+\s+)?(?:response|reply|answer|call\s*back|callback)|"
     r"call(?:ed|s)?\s+(?:me\s+|us\s+)?back|returned\s+(?:my|our|any|a)\s+(?:\w+\s+)?(?:calls?|emails?|messages?)|respond(?:ed|s)?|"
     r"repl(?:ied|y|ies)|answer(?:ed|s)?\s+(?:my|our|the|any)|follow(?:ed)?\s+up|acknowledged|contacted\s+(?:me|us)\s+(?:back|again)|"
     r"wrote\s+back|emailed\s+(?:me\s+)?back|rang\s+(?:me\s+)?back|responded\s+to)\b"),
    ("failed to respond",
     r"\b(?:did\s+not|didn'?t|do\s+not|don'?t|does\s+not|doesn'?t|won'?t|wouldn'?t|would\s+not|will\s+not|refus(?:ed|es|e|ing)\s+to|"
     r"fail(?:ed|s|ing)?\s+to|neglected\s+to|never\s+bothered\s+to|not\s+bother(?:ed)?\s+to|didn'?t\s+bother\s+to|can'?t\s+be\s+bothered\s+to|"
     r"couldn'?t\s+be\s+bothered\s+to|could\s+not|couldn'?t|cannot|can'?t)\s+(?:even\s+|ever\s+|bother\s+to\s+)?(?:respond|reply|"
     r"answer\s+(?:my|our|the|any)\s+(?:\w+\s+)?(?:calls?|emails?|questions?|letters?|messages?|phone|complaints?)|return\s+(?:my|our|any)\s+"
     r"(?:\w+\s+)?(?:calls?|emails?|messages?)|call\s+(?:me\s+|us\s+)?back|get\s+back\s+to|follow\s+up|acknowledge\s+(?:my|our)\s+(?:\w+\s+)?(?:letters?|emails?|calls?|complaints?|disputes?|requests?|messages?)|"
     r"listen|care|give\s+a\s+(?:damn|crap|hoot|thought))\b"),
    ("still waiting",
     r"\b(?:still|been|kept|left)\s+(?:waiting|waited)\s+(?:for\s+|on\s+)?(?:\w+\s+){0,3}?(?:response|reply|answer|call\s*-?\s*back|"
     r"callback|someone|anyone|somebody|them|a\s+call|word|resolution)\b|\b(?:left|kept)\s+(?:me\s+|us\s+)?(?:waiting|hanging|"
     r"in\s+the\s+dark|in\s+limbo)\b"),
    ("waited weeks for a reply",
     r"\b(?:wait(?:ed|ing)?|took)\s+(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+|at\s+least\s+)?(?:\d+|an?|one|two|"
     r"three|four|five|six|several|many|a\s+few)\s*\+?\s*(?:full\s+|whole\s+)?(?:hours?|days?|weeks?|months?)\s+(?:for\s+(?:a|any|an)\s+"
     r"(?:\w+\s+)?(?:response|reply|answer|call\s*back|callback)|on\s+hold)\b"),
    ("on hold for hours",
     r"\b(?:on\s+hold|hold(?:ing)?)\s+(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+|around\s+|at\s+least\s+|"
     r"well\s+over\s+|up\s+to\s+|close\s+to\s+)?(?:an?\s+(?:hour|half|long)|\d+\s*(?:\+\s*)?(?:hours?|hrs?)|\d{2,}\s*(?:\+\s*)?(?:minutes?|mins?)|"
     r"one\s+hour|(?:two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|forty\s+five|fifty|sixty|ninety)\s*(?:\+\s*)?"
     r"hours?|(?:ten|fifteen|twenty|thirty|forty|forty-five|forty\s+five|fifty|sixty|ninety)\s*(?:\+\s*)?(?:minutes?|mins?)|"
     r"hours|ages|forever|an\s+eternity|so\s+long|what\s+seemed)\b|"
     r"\b(?:hours?|ages|forever|(?:\d+|forty|fifty|sixty|ninety)\s+minutes)\s+on\s+(?:hold|the\s+phone)\b|"
     r"\b(?:long|endless|ridiculous|excessive|lengthy|extended|hour[- ]long)\s+(?:hold|wait)(?:\s+times?)?\b|"
     r"\b(?:kept|left|sat|waited|waiting)\s+(?:me\s+|us\s+)?on\s+hold\s+(?:repeatedly|multiple|over\s+and\s+over|"
     r"for\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+|around\s+|at\s+least\s+|well\s+over\s+)?"
     r"(?!(?:[1-5]|one|two|three|four|five)\s+(?:seconds?|minutes?|mins?)\b)(?:\d+|an?\s+(?:hour|half|long)|"
     r"one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hours|ages|forever|so\s+long|what\s+seemed|"
     r"an\s+eternity)\b"
     r"|and\s+(?:then\s+)?never)"),
    ("runaround",
     r"\b(?:(?:the|a|another|same)\s+run\s*-?\s*around|run-around|runaround|round\s+and\s+round|around\s+in\s+circles|go(?:ing)?\s+in\s+circles|merry[- ]go[- ]round|"
     r"(?:(?:only|just|nothing\s+but|another|more|yet\s+another)\s+(?:an?\s+)?automated|automated(?=\s+(?:responses|replies|answers)))\s+"
     r"(?:responses?|repl(?:y|ies)|answers?|e-?mails?|messages?)|"
     r"(?:same|canned|generic|scripted|copy[- ](?:and[- ])?paste|cookie[- ]cutter|form)\s+(?:\w+\s+)?(?:responses?|repl(?:y|ies)|"
     r"answers?|letters?\s+(?:response|reply))|(?:canned|generic|scripted|copy[- ](?:and[- ])?paste|cookie[- ]cutter)\s+"
     r"(?:e-?mails?|letters?|messages?)(?<!automated\semail)(?<!automated\semails)(?<!automated\smessage)(?<!automated\smessages)|same\s+(?:\w+\s+)?(?:information|story|stories|excuses?|script)\s+(?:i|we)\s+(?:have\s+|had\s+)?"
     r"(?:been\s+)?(?:given|told|getting|got|received|heard)|ping[- ]pong(?:ed)?|(?:point(?:ed|ing|s)?\s+(?:the\s+)?fingers?|blam(?:e|ed|ing))\s+at\s+"
     r"(?:each\s+other|one\s+another)|(?:blam(?:e|ed|es|ing)|point(?:ed|ing)\s+to)\s+each\s+other)\b"),
    ("passed from one to another",
     r"\b(?:passed|transferred|bounced|shuffled|shuttled|sent|pushed|handed|redirected|referred|tossed|kicked|juggled|batted|thrown)"
     r"\s+(?:me\s+|us\s+|my\s+(?:call|case|complaint)\s+)?(?:around|back\s+and\s+forth|from\s+(?:one|person|department|agent|rep|"
     r"representative|desk|office|team)\s+to\s+(?:another|person|department|agent|rep|representative|desk|office|team|the\s+next)|"
     r"(?:\w+\s+)?(?:multiple|several|many|numerous|countless|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+times|"
     r"(?:again|yet\s+again|over\s+and\s+over|repeatedly|endlessly|to\s+(?:another|yet\s+another)\s+(?:department|person|agent|rep))|"
     r"to\s+(?:\d+|two|three|four|five|six|several|multiple|many|numerous)\s+(?:different\s+)?(?:departments|people|agents|reps|"
     r"representatives|teams|numbers)|"
     r"between\s+(?:departments|(?:\w+\s+){0,2}(?:and|departments)))\b|"
     r"\bkept\s+(?:on\s+)?(?:transferring|passing|sending|bouncing|referring|redirecting|shuffling)\s+(?:me|us)\b|"
     r"\bfrom\s+(?:one\s+(?:\w+\s+)?|department\s+|person\s+|agent\s+|rep\s+)to\s+(?:another|the\s+next|department|person)\b|"
     r"\btransferred\s+(?:me\s+|us\s+)?to\b[^.!?;\n]{1,150}?\b(?:transferred|passed|sent|referred|bounced)\s+(?:me\s+|us\s+)?"
     r"(?:to|back|again|on)\b"),
    ("explain again",
     r"\b(?:explain|explained|explaining|repeat|repeated|repeating|retell|tell|telling|told)\s+(?:\w+\s+){0,5}?(?:(?:all\s+)?over\s+again|"
     r"again\s+to\s+(?:a|each|every|another|the)\s+(?:new\s+|next\s+|different\s+)?(?:person|rep|agent|representative)|"
     r"again\s+and\s+again|over\s+and\s+over|each\s+time|every\s+(?:single\s+)?time|to\s+(?:each|every)\s+(?:new\s+)?(?:person|rep|agent|"
     r"representative))\b|\bhad\s+to\s+(?:re-?explain|repeat\s+(?:myself|my\s+story|everything))\b|\bre-?explain(?:ed|ing)?\b"),
    ("didn't care",
     r"\b(?:(?:they|he|she|you|staff|nobody|no\s*one|management|the\s+\w+)\s+(?:just\s+|simply\s+|clearly\s+|obviously\s+|really\s+)?"
     r"(?:don'?t|do\s+not|didn'?t|did\s+not|doesn'?t|does\s+not|never)\s+(?:seem\s+to\s+|seemed\s+to\s+|even\s+|really\s+)?(?:care|cared|listen(?:ed)?)|"
     r"could(?:n'?t|\s+not)\s+care\s+less|(?:(?:did|do|does)\s+not|(?:didn|don|doesn)'?t)\s+give\s+a\s+(?:damn|crap|hoot|darn|shit|\w*f\w*k)|"
     r"(?:lack|absence)\s+of\s+(?:any\s+)?(?:care|concern|interest|urgency|follow[- ]up|response|communication)|"
     r"no\s+(?:sense\s+of\s+urgency|interest\s+in\s+helping|regard\s+for|concern\s+for|consideration\s+for)|"
     r"(?:un(?:responsive|answered|returned)|indifferent|indifference|apathetic|apathy)|"
     r"treated\s+(?:me\s+|us\s+)?(?:like|as)\s+(?:just\s+)?(?:a|another)\s+(?:number|statistic|nobody|nuisance)|"
     r"(?:brush(?:ed|es|ing)?|shrug(?:ged|s|ging)?|blow(?:s|ing)?|blew|scuff(?:ed|s|ing)?|wav(?:e|ed|es|ing))\s+(?:me\s+|us\s+|it\s+|this\s+|"
     r"my\s+\w+\s+)?off|(?:dismissed|dismissing|dismisses)\s+(?:my|our|me|us)\b|lackadaisical|nonchalant|"
     r"n[o’']t\s+(?:act|seem|behave)\w*\s+(?:like|as\s+(?:if|though))\s+(?:it\s+was|it'?s|it\s+is)\s+(?:their|his|her)\s+problem|"
     r"(?:said|told\s+(?:me|us))\s+(?:that\s+)?(?:it\s+was|it'?s|it\s+is)\s+not\s+(?:their|his|her|our)\s+problem|"
     r"block(?:ed|ing)\s+my\s+(?:phone\s+)?(?:number|calls|emails?))"),
    # Cannot reach anyone; requests that never got an answer; promised call-backs that never came.
    ("could not reach anyone",
     r"\b(?:(?:impossible|unable|never\s+able|not\s+able|hard|difficult|no\s+way)\s+to|can(?:no|'|’)?t|can\s+not|could\s+not|couldn'?t)\s+"
     r"(?:get|reach|speak\s+to|talk\s+to|contact|get\s+through\s+to|get\s+ahold\s+of|get\s+a\s+hold\s+of)\s+(?:a\s+|an\s+)?"
     r"(?:someone|anyone|anybody|somebody|(?:live\s+|real\s+)?(?:person|human|rep|representative|agent)|customer\s+service)\b"
     r"(?!\s+(?:else|outside))|"
     r"\b(?:have|has|had)\s+(?:not|n[’']t|never)\s+(?:\w+\s+){0,3}?received\s+(?:a|any)\s+(?:\w+\s+){0,3}?(?:response|reply|answer|"
     r"acknowledge?ments?|communication|call\s*-?\s*back|callback)\b|"
     r"\bnever\s+(?:\w+\s+)?received\s+(?:a|any)\s+(?:\w+\s+){0,3}?(?:response|reply|answer|acknowledge?ments?|call\s*-?\s*back|"
     r"callback)\b|"
     r"\b(?:call\s+(?:me\s+|us\s+)?back|contact\s+(?:me|us)|get\s+back\s+to\s+(?:me|us)|follow\s+up|reach\s+out\s+to\s+(?:me|us))\b"
     r"[^.!?;\n]{0,40}?,?\s*\b(?:which|that|but|and)\s+(?:\w+\s+)?(?:never\s+(?:did|happened|came|called)|did\s+not\s+happen|"
     r"didn'?t\s+happen|never\b)|"
     r"\bnever\s+(?:even\s+|once\s+)?(?:tried|bothered|attempted)\s+to\s+(?:return|call|contact|respond|reply|get\s+back)\b"),
    # A promised call-back that never came; requests that got nothing back; tickets closed unresolved.
    ("call-back never came",
     r"\b(?:call\s*-?\s*backs?|callbacks?|call\s+(?:me|us)\s+back|get\s+back\s+to\s+(?:me|us))\b[^.!?\n]{0,60}?(?:never\s+(?:happened|came|did)|"
     r"still\s+nothing|still\s+no\s+(?:call|word)|no\s+call)\b|"
     r"\b(?:heard|got|received|had)\s+nothing\s+(?:back|from\s+(?:them|anyone|the\s+\w+)|in\s+return)\b|"
     r"\b(?:never|nobody|no\s+one|nothing)\b[^.!?;\n]{0,40}?\bdespite\s+(?:my\s+)?(?:two|three|four|five|several|multiple|repeated|numerous|"
     r"countless|many|\d+)\s+(?:\w+\s+)?(?:requests|calls|emails|reminders|messages|complaints|follow-?ups)\b|"
     r"\bclos(?:ed|ing|es)\s+(?:my|the|our)\s+(?:ticket|case|complaint|request)s?\s+without\s+(?:fixing|resolving|solving|answering|"
     r"responding|a\s+(?:fix|resolution|response|reply)|any)"),
)
#: The customer did the ignoring / did not respond ("I ignored the call", "I did not respond").
#: Not applied to "was ignored" ("I was ignored" is the customer being ignored).
INDIFFERENCE_LEFT_EXCLUDE = r"\b(?:i|we)\s+(?:(?:just|simply|then|also|had|have|initially|first|never)\s+)?$|\bfirst,?\s+(?:i|we)\s+$"
INDIFFERENCE_RIGHT_EXCLUDE = (
    r"^\s*(?:federal|state|the\s+law|laws|regulations?|rules|the\s+fdcpa|the\s+fcra|my\s+rights)\b|"
    # a short hold is not indifference ("left me on hold for a few minutes")
    r"^\s*(?:for\s+)?(?:only\s+|just\s+)?(?:a\s+(?:few|couple(?:\s+of)?)|several|few|\d|one|two|three|four|five)\s*"
    r"(?:minutes?|mins?|seconds?|secs?)\b|"
    r"^[^.!?;\n]{0,60}?\b(?:weekend|holiday|after\s+hours)\b"
)

# --------------------------------------------------------------------------- rudeness
#: People who serve a customer: the subject that turns "nasty" or "cold" into rudeness.
_PERSON = (r"(?:he|she|they|staff|servers?|waiters?|waitress(?:es)?|waitstaff|agents?|reps?|representatives?|employees?|managers?|"
           r"supervisors?|person|lady|guy|man|woman|clerks?|cashiers?|operators?|people|host|hostess|bartenders?|drivers?|"
           r"technicians?|associates?|owners?|receptionists?|collectors?|officers?|girl|boy|gentleman|tellers?|nurses?|"
           r"pharmacists?|doctors?|attendants?|crew|team)")
RUDENESS = (
    ("rude", r"\brude(?:ly|ness|st|r)?\b(?!\s+awakening)"),
    ("hung up on me",
     r"\b(?:hung|hang|hangs|hanging)\s+up\s+(?:the\s+phone\s+|the\s+call\s+)?(?:on\s+(?:me|us|my)|in\s+my\s+face|mid[- ]sentence|"
     r"while\s+i|before\s+i|as\s+soon\s+as\s+i|when\s+i|again|twice|three\s+times|on\s+me)\b|"
     r"\b(?:he|she|they|agent|rep|representative|employee|manager|supervisor|operator|person|lady|guy|woman|man)\s+"
     r"(?:just\s+|then\s+|simply\s+|abruptly\s+|finally\s+|immediately\s+|eventually\s+|actually\s+)?(?:hung|hangs)\s+up\b|"
     r"\b(?:got|get|gets|getting|was|were|been|being|be|then)\s+(?:\w+\s+)?(?:hung|hang)\s+up\s+on\b"),
    ("yelled at me",
     r"\b(?:yell|scream|shout|holler|bark|snap|swear|swore|curse|cuss|snarl|lash)(?:s|ed|ped|t|ing|ping)?\s+(?:out\s+)?at\s+(?:me|us|my|our)\b|"
     r"\b(?:was|were|started|kept|began|been|be|is|are|just|then)\s+(?:\w+\s+)?(?:yelling|screaming|shouting|cursing|swearing|hollering)\b|"
     r"\braised\s+(?:his|her|their)\s+voices?\b|\b(?:cursed|cussed|cursing)\b(?!\s+(?:word))|\b(?:swore|swearing)\b(?=\s*(?:[.!,;)]|$|\s+(?:and|loudly|repeatedly|constantly|profusely|under)\b))|\bcalled\s+(?:me|us)\s+"
     r"(?:names|an?\s+(?:liar|idiot|thief|fraud|scammer|crook|curse|moron|\w+\s+word|\w+\s+name)|stupid|crazy|dumb|a\s+\w+\s+word)\b"),
    ("condescending",
     r"\b(?:condescend\w*|patroni[sz]\w*|disrespect\w*|belittl\w*|demean\w*|sarcas\w*|smirk\w*|mock(?:ed|ing|s)?|snide|arrogan\w*|"
     r"obnoxious|insolent|impolite|discourte\w*|ill[- ]mannered|abrasive|snarky|snippy|snotty|snooty)\b|"
     r"(?<!\ban\s)\binsult(?:ed|ing|s)?\b(?!\s+to\s+(?!me\b|us\b))(?!\s+(?:our|my|your|one'?s|the|their)\s+intelligence)|\b(?:talk|talks|talked|talking|spoke|speak|speaking|speaks)\s+down\s+to\b|"
     r"\broll(?:ed|s|ing)?\s+(?:his|her|their)\s+eyes\b|\beye[- ]?roll\w*|\blaugh(?:ed|ing|s)?\s+(?:at|in)\s+(?:me|us|my|our)\b|"
     r"\blaugh(?:ed|ing|s)?\s+(?:and|then)\s+(?:hung|hang|said|told)\b|"
     r"\b(?:treat(?:ed|s|ing)?|talk(?:ed)?\s+to|spoke\s+to)\s+(?:me|us)\s+(?:like|as\s+if\s+i\s+was|as)\s+(?:a\s+|an\s+|i\s+was\s+)?"
     r"(?:dirt|garbage|trash|crap|criminal|idiot|child|thief|liar|nothing|fool|moron|second[- ]class|scum|a\s+criminal|stupid)\b"),
    ("bad attitude",
     r"\b(?:bad|poor|nasty|terrible|horrible|awful|snotty|snippy|rotten|rude|hostile|arrogant|smug|sour|unpleasant|disgusting|horrendous)"
     r"\s+attitudes?\b|\battitudes?\s+(?:problem|with\s+(?:me|us))\b|\b(?:copped|cop)\s+an?\s+attitude\b|"
     r"\b(?:nasty|mean|aggressive|snappy|short|rude|curt|hostile|condescending)\s+(?:with|to|towards?)\s+(?:me|us)\b|"
     r"\b(?:was|were|is|are|very|extremely|so|incredibly|really|quite|being|became|become|got|getting)\s+(?:\w+\s+)?(?:curt|hostile|belligerent|"
     r"short\s+with\s+(?:me|us)|unkind|disrespectful|combative|argumentative|confrontational|abusive|impatient\s+with\s+(?:me|us))\b|"
     # adjectives that also describe food, places or films count only with a person as the subject
     r"\b" + _PERSON + r"\s+(?:\w+\s+){0,3}?(?:was|were|is|are|got|became|being|been)\s+(?:\w+\s+)?(?:aggressive|nasty|mean|"
     r"unpleasant|snappy|grumpy|cold(?:\s+and\s+\w+)?)\b"),
    ("unprofessional",
     r"\b(?:was|were|been|is|are|very|extremely|so|incredibly|completely|totally|highly|most|utterly|really|quite|behavior\s+was|"
     r"behaviour\s+was|found\s+(?:\w+\s+){1,3})\s+(?:\w+\s+)?unprofessional\b(?!\s+(?:business|practices?|company|companies|way|loan|lending))|"
     r"\bunprofessional\s+(?:and\s+(?:rude|disrespectful|condescending|nasty)|behaviou?r|manner|conduct|attitude|tone|staff|employees?|reps?|"
     r"representatives?|agents?|people|person|man|woman|lady|guy|treatment|customer\s+service)\b"),
    ("took it out on me",
     r"\b(?:take|takes|took|taking|taken)\s+(?:it|(?:his|her|their)\s+(?:\w+\s+)?(?:frustrations?|anger|bad\s+(?:mood|day)|stress|"
     r"problems?|issues?))\s+out\s+on\s+(?:me|us|customers?)\b"),
    ("harassed / threatened me",
     r"\bharass(?:ed|ing|es|ment)?\b|\bthreat(?:en|ened|ening|ens)\s+(?:me|us|to|my|our|that|legal|with|jail|arrest)\b|"
     r"\b(?:threatening|abusive|intimidating|hostile|aggressive|belligerent|vulgar|profane|offensive|degrading)\s+(?:\w+\s+)?(?:calls?|"
     r"phone\s+calls?|messages?|texts?|letters?|emails?|voicemails?|language|tone|behaviou?r|manner|comments?|remarks?|way)\b|"
     r"\b(?:bull(?:ied|y|ying))\s+(?:me|us|my)\b|\bintimidat(?:e|ed|ing|es)\s+(?:me|us)\b|"
     r"\b(?:was|were|felt|feel|been|being|got)\s+(?:\w+\s+){0,2}?(?:intimidated|bullied|harassed|threatened)\s+by\b"),
)
#: The customer is the subject ("I was rude", "I hung up", "I threatened to ...") or a law is cited.
RUDENESS_LEFT_EXCLUDE = (
    r"\b(?:i|we)\s+(?:(?:was|were|am|had|have|then|just|finally|politely|simply|also|eventually)\s+){0,2}$|"
    r"\b(?:prohibit\w*|against|from|protect\w*|laws?\s+(?:on|against)|free\s+from|constitutes?|definition\s+of|fdcpa|sexual|"
    r"(?:rules?|laws?|regulations?|statutes?|provisions?)\s+(?:\w+\s+){0,4}?(?:concerning|regarding|about|on|against|covering))\s+"
    r"(?:\w+\s+){0,3}$|\bnot\s+to\s+be\s+$"
)
RUDENESS_RIGHT_EXCLUDE = r"^\s+(?:laws?|statutes?|provisions?|protections?)\b"

# --------------------------------------------------------------------------- broken promise
_PROMISE = (
    r"(?<!\bwithin\sthe\s)(?<!\bas\s)\b(?:promis(?:e|ed|es|ing)|assur(?:ed|es|ing|ances?)|guarant(?:ee|eed|ees)|commit(?:ted)?\s+to|"
    r"(?<!\bas\s)(?<!\bas\sshe\s)(?<!\bas\she\s)(?<!\bas\sthey\s)(?<!\bas\swe\swere\s)(?<!\bas\si\swas\s)"
    r"(?:told|said|stated|advised|informed|claimed|confirmed|explained|indicated|wrote|emailed|texted|agreed|swore|swear|sworn|"
    r"vowed|pledged)\s+(?:to\s+)?"
    r"(?:me|us)?\s*(?:that\s+)?(?:they|he|she|it|someone|somebody|a\s+\w+|the\s+\w+|i|we|my\s+\w+|our\s+\w+|this|that|everything)"
    r"(?:\s+(?:would|will|was\s+going\s+to|were\s+going\s+to|are\s+going\s+to|is\s+going\s+to)|\s*['’](?:d|ll)\b)|"
    r"(?:swore|vowed|pledged)\s+to\s+(?!(?:me|us)\b)\w+|"
    r"(?:was|were|is|are)\s+supposed\s+to)\b(?!\s+(?:never|not|need|needed|have\s+to|like|be\s+able)\b)"
)
#: Verbs of the promised act happening (or arriving): "never called back", "never even sent it".
_FULFIL = (r"(?:did|do|does|done|happen|occur|came|come|arriv|receiv|got|get|gotten|heard|hear|call|contact|show|follow|return|"
           r"respond|repl|sent|send|made|make|fix|credit|refund|paid|pay|issu|process|remov|correct|delet|updat|honou?r|deliver|"
           r"materiali[sz]|reach|reimburs|revers|appl|post|adjust|cancel|close|stop|resolv|rectif|provid|mail|ship|email|"
           r"see|saw|seen|gave|give|given|fulfil|kept|keep|transfer|releas|took|take|went|go|finish|complet)")
_UNFULFILLED = (
    r"(?:\b(?:but|yet|however|though|although|only\s+to|instead)\b\W+(?:\w+\W+){0,8}?"
    r"(?:never|not|n[’']t|nothing(?!\s+(?:else|more))|no\s+one|nobody|none|still|yet\s+to|failed|instead|again)\b|"
    # what happened instead: "then charged $25", "then refused to pay", "it turned out to be Enterprise only"
    r"(?:,\s*|\band\s+|\bbut\s+)(?:\w+\s+){0,2}?then\s+(?:they\s+|he\s+|she\s+|it\s+)?(?:charged|billed|added|sent\s+(?:me|us)\s+(?:a|an)\s+"
    r"(?:\w+\s+)?(?:bill|invoice)|refused|denied|declined|cancell?ed|raised|increased|said\s+(?:i|we)\s+(?:needed|had|owed|must)|"
    r"told\s+(?:me|us)\s+(?:i|we)\s+(?:needed|had|owed|must))\b|"
    r"\b(?:it|that|this)\s+turned\s+out\s+(?:to\s+be\s+)?(?:not|only|false|untrue|a\s+lie|wrong|extra|\w+\s+only)\b|"
    # time passed and nothing came: "two releases later the bug is still there", "it's Thursday and still nothing"
    r"\b(?:\d+|a|an|one|two|three|four|five|six|ten|twenty|thirty|forty|fifty|several|few)\s+(?:minutes?|hours?|days?|weeks?|"
    r"months?|releases?|bills?|updates?|calls?)\s+later,?\s+(?:\w+\s+){0,4}?(?:still|no|nothing|never|yet)\b|"
    r"\b(?:it\s+(?:has|'s)\s+been|it'?s\s+(?:now\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))[^.!?\n]{0,40}?"
    r"\b(?:and|but|with)\s+(?:still\s+)?(?:no|nothing)\b|"
    r"\b(?:we|i)\s+waited\s+(?:another|a\s+further|an\s+extra|an\s+additional)\b|"
    r"\b(?:arrived|came|showed\s+up|turned\s+up)\s+(?:\w+\s+)?(?:late|after\s+\d+|damaged|broken|cold|wrong)\b|"
    r"\band\s+(?:\w+\s+){0,3}?(?:never|nothing\s+(?:happened|was\s+done|came)|still\s+(?:no|not|haven|hasn|waiting))\b|"
    r"\b(?:never\s+(?:\w+\s+)?(?=" + _FULFIL + r")|still\s+(?:haven'?t|have\s+not|hasn'?t|has\s+not|not|no|waiting|nothing|unpaid|there|on|showing|listed|charging|"
    r"reporting|open|pending|broken|down|missing|unresolved|outstanding|wrong|happening|shows?)|yet\s+to|to\s+no\s+avail|nothing\s+(?:happened|has\s+happened|was\s+done|has\s+changed|came)|"
    r"failed\s+to|that\s+never|which\s+never|no\s+(?:one|call|refund|check|credit|callback)|"
    r"(?:which|that|this|it)\s+(?:did\s+not|didn'?t|has\s+not|hasn'?t|never)\s+(?:happen|occur|come|arrive|materiali[sz]e)\w*|"
    r"only\s+for\s+(?:it|this|that|them)\s+to\s+(?:happen|occur)\s+again)\b|"
    r"[,:\-–]\s*(?:and\s+|but\s+)?(?:nothing|nada|zilch|never\s+happened|nobody\s+did|no\s+one\s+did|still\s+nothing)\b)"
)
BROKEN_PROMISE = (
    ("promised ... but never", _PROMISE + r"[^.!?;\n]{0,150}?" + _UNFULFILLED),
    ("promised ... . It never happened",
     _PROMISE + r"[^.!?;\n]{0,150}?[.!;]\s+(?:but\s+)?(?:(?:at|by|on|until)\s+[\w:]+\s+|(?:\w+\s+){1,2}later,?\s+)?"
     r"(?:it|they|he|she|that|this|nothing|nobody|no\s+one|none|still)\b"
     r"\s*(?:\w+\s+)?(?:(?:never|n[’']t|not)(?:\s+(?:\w+\s+)?(?=" + _FULFIL + r")|\s*[.!?]|$)|nothing|happened|did|came|wasn|"
     r"didn|hasn|haven|arrived)"),
    # Told one thing, got another: "not what I was told", "(as I was told)", "you said you would fix it".
    ("not what I was told",
     r"(?:\b|(?=n[’']t))(?:not|n[’']t|isn'?t|wasn'?t|never)\s+what\s+(?:i|we)\s+(?:was|were|had\s+been)\s+(?:told|promised|quoted|offered|sold)\b|"
     r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bmight\s)(?:\b|(?=n[’']t))(?:not|n[’']t|never)\s+(?:\w+\s+)?as\s+"
     r"(?:promised|guaranteed|agreed)\b|"
     r"\binstead\s+of\s+(?:the\s+)?[^.!?;\n]{1,40}?\(?\s*as\s+(?:i|we)\s+(?:was|were)\s+(?:told|promised|quoted)\b|"
     r"\b(?:promised|assured|guaranteed)\s+(?:me|us)?\s*(?:an?\s+|the\s+)?[^.!?;\n]{1,60}?,?\s+but\s+(?:at\s+\w+\s+|then\s+|later\s+)?"
     r"(?:the\s+\w+|it|they)\s+(?:changed|increased|went\s+up|was\s+(?:higher|different|denied|cancell?ed)|never)\b|"
     r"\b(?:promised|guaranteed)\s+(?:goods|items?|products?|refunds?|credits?|services?|rates?)\b|"
     r"\b(?:false(?:ly)?|fraudulent(?:ly)?|misleading(?:ly)?|deceptive(?:ly)?)\s+(?:\w+\s+)?(?:promis\w*|guarantee[sd]?|advertis\w+\s+(?:their\s+)?guarantees?)\b"),
    ("never got what was promised",
     r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bmight\s)(?<!\bcould\s)\b(?:(?:never|not|n[’']t|still\s+(?:haven'?t|have\s+not|hasn'?t|not)|yet\s+to)\s+"
     r"(?:\w+\s+)?(?=" + _FULFIL + r")|still\s+(?:no|waiting\s+for)\b|no\s+sign\s+of\b)[^.!?;\n]{1,80}?"
     r"\b(?:was|were|they|he|she|you|i\s+was|we\s+were|as|been|had\s+been|the\s+\w+)\s+(?:had\s+|has\s+|have\s+)?"
     r"(?:promised|guaranteed|assured)\b"),
    ("broken promise",
     r"\b(?:broken|broke|break|breaking|breaks)\s+(?:\w+\s+){0,2}?(?:promises?|commitments?|(?:their|his|her|its)\s+word)\b|"
     r"\b(?:empty|false|hollow|unfulfilled|unkept)\s+promises?\b|\bpromises?\s+(?:that\s+)?(?:were|was|are|have\s+been|had\s+been|"
     r"keep\s+getting|got)\s+broken\b|\bwent\s+back\s+on\s+(?:their|his|her|its|the)\s+(?:word|promise|agreement|deal|offer)\b|"
     r"\b(?:did\s+not|didn'?t|never|failed\s+to|fail\s+to|fails\s+to|refus\w*\s+to|won'?t|will\s+not|would\s+not|wouldn'?t|not)\s+"
     r"(?:keep|kept|honou?r(?:ed)?|follow(?:ed)?\s+through\s+(?:on|with)|deliver(?:ed)?\s+on|live[ds]?\s+up\s+to|make\s+good\s+on|"
     r"stand\s+by|stood\s+by)\s+(?:\w+\s+)?(?:promises?|word|commitments?|agreements?|guarantee|deal|offer|assurances?)\b|"
     r"\b(?:never|didn'?t|did\s+not|failed\s+to)\s+follow(?:ed)?\s+through\b|\bnot\s+what\s+(?:i|we)\s+(?:was|were)\s+"
     r"(?:promised|told|quoted)\b|\b(?:contrary\s+to|despite)\s+(?:what\s+(?:i|we)\s+(?:was|were)\s+(?:told|promised)|"
     r"(?:their|the|his|her)\s+(?:promises?|assurances?|guarantee))\b"),
)
#: The customer's own promise ("I promised to pay") is not the company's.
BROKEN_PROMISE_LEFT_EXCLUDE = r"\b(?:i|we)\s+(?:had\s+|have\s+|also\s+)?$"

# --------------------------------------------------------------------------- policy refusal
_REASON = (
    r"(?:(?:(?:company|corporate|store|bank|internal|new|strict|their|our|its|the|this|that|his|her|return|refund|cancellation|"
    r"exchange|privacy|security|no[- ]refund|no[- ]return|no[- ]exceptions?)(?:\s?'s)?\s+)(?:\w+\s+)?polic(?:y|ies)\b(?!\s+(?:number|holders?|"
    r"period|premium|limits?|coverage|was\s+(?:cancel|lapse)))|\b(?:(?:company|corporate|store|bank|internal|our|their|its|"
    r"his|her|the\s+(?:company|bank|store)'?s?)\s+(?:own\s+)?(?:rules?|procedures?|protocols?|guidelines|requirements?|process)|"
    r"system\s+(?:does|doesn|won|will|can)\w*\s+(?:not\s+)?(?:allow|let|permit)|"
    r"(?:for|due\s+to)\s+(?:privacy|security|legal|compliance|liability|regulatory)\s+reasons|"
    r"not\s+(?:part\s+of|in)\s+(?:our|their|the)\s+(?:process|procedures?|guidelines))\b)"
)
#: Credit decisions ("could not offer me a loan") are not service refusals.
_CREDIT = r"(?:loans?|credit|financing|mortgages?|heloc|line\s+of\s+credit|approval|cards?)\b"
_REFUSE = (
    r"\b(?:can(?:no|'|’)?t|can\s+not|could\s+not|couldn'?t|won'?t|will\s+not|wouldn'?t|would\s+not|unable|not\s+able|"
    r"not\s+allowed|not\s+permitted|refus\w*|den(?:y|ied|ies|ying)|declin\w*|doesn'?t\s+allow|does\s+not\s+allow|do\s+not\s+allow|"
    r"don'?t\s+allow|did\s+not\s+allow|didn'?t\s+allow|prohibit\w*|nothing\s+(?:they|we|he|she|i)\s+(?:can|could)|no\s+way|"
    r"not\s+possible|impossible|not\s+eligible|ineligible|(?:only|must)\s+(?:accept|allow|take|offer))\b"
)
POLICY_REFUSAL = (
    ("refused because of a rule", _REASON + r"[^.!?;\n]{0,60}?" + _REFUSE),
    ("rule given as reason for refusal", _REFUSE + r"[^.!?;\n]{0,100}?(?:\b(?:because|due\s+to|per|under|according\s+to|by|"
     r"against|as|it\s+is|it'?s|that'?s|citing)\b[^.!?;\n]{0,30}?)" + _REASON),
    ("against policy",
     r"\b(?:against|violates?|outside\s+(?:of\s+)?)\s+(?:the\s+|their\s+|our\s+|its\s+|company\s+|"
     r"corporate\s+|bank\s+)?(?!(?:cfpb|federal|state|fdcpa|fcra|consumer|legal|government|regulatory)\b)(?:\w+\s+)?"
     r"(?:polic(?:y|ies)|rules?|procedures?|protocols?)\b(?!\s+(?:number|holders?))"),
    ("those are the rules",
     r"\b(?:those|these|that|it|this)(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:just\s+|simply\s+)?(?:the|our|their|company|bank|store)\s+"
     r"(?:rules?|polic(?:y|ies)|procedures?|protocols?|process|guidelines)\b|\brules\s+are\s+rules\b|\bpolicy\s+is\s+policy\b"),
    ("nothing I can do",
     r"\bnothing\s+(?:more\s+|else\s+|further\s+)?(?:that\s+)?(?:i|we|they|he|she|anyone|anybody|the\s+\w+|customer\s+service)\s+"
     r"(?:can|could|would\s+be\s+able\s+to|is\s+able\s+to|was\s+able\s+to|were\s+able\s+to)\s+(?:do|have\s+done)\b"
     r"(?!\s+(?:but|except|now\s+but|about\s+it\s+but)\b)|"
     r"\bnothing\s+(?:can|could)\s+be\s+done\b"),
    # "can't help" is plain inability (a reason by the definition); "won't help" is a bare refusal.
    ("unable to help",
     r"\b(?:unable|not\s+able|can(?:no|'|’)?t|can\s+not|could\s+not|couldn'?t|couldnt)\s+(?:to\s+)?"
     r"(?:help|assist)\s*(?:me|us|you|him|her|them|customers?|anyone|people|with|further|any\s+further|without|unless|$|[.,;!])"),
    # Staff say they cannot do the thing asked ("they can't waive the fee", "told me they could not
    # refund"): inability, which the definition counts as the reason. The verbs are things the customer
    # asks a company for, so "I can't afford" or "they could not verify my identity" do not match.
    ("said they cannot do it",
     r"\b(?:can(?:no|'|’)?t|cant|can\s+not|could\s+not|couldn'?t|couldnt|(?:is|are|was|were)\s+(?:unable|not\s+able)\s+to|"
     r"(?:there\s+(?:is|was)\s+)?no\s+way\s+(?:they|we|he|she|i)\s+(?:can|could))\s+(?:(?!be\b)\w+\s+)?"
     r"(?:refund|waive|remove|reverse|credit|cancel|change|reduce|lower|accept|process|release|"
     r"give\s+(?:me\s+|us\s+)?(?:a\s+|any\s+|the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:refunds?|credits?|money|extensions?|discounts?|"
     r"waivers?|exceptions?|replacements?|deposits?)|"
     r"adjust|honou?r|offer|discuss|share|update|correct|issue|transfer|exchange|replace|override|"
     r"make\s+(?:an?\s+|any\s+)?exceptions?|do\s+(?:anything|that|this|it)(?!\s+(?:helpful|useful|right|correctly|properly)\b))\b"
     r"(?!\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|any\s+)?(?:\w+\s+)?" + _CREDIT + r")"),
    # A refusal that names its condition or cause: "would not change it unless I sent more evidence",
    # "refused to refund due to ...", "denied because ... is not income".
    ("refused unless / because",
     r"\b(?:(?:they|he|she|the\s+(?:agent|rep|representative|company|bank|lender|store|staff|manager|supervisor|servicer|"
     r"merchant|seller|hotel|airline|insurer|landlord|dealer|dealership|employee|associate|clerk|person)|(?-i:[A-Z])\w+)\s+"
     r"(?:won'?t|will\s+not|would\s+not|wouldn'?t)|refus(?:e|ed|es|ing)\s+to|"
     r"declin(?:e|ed|es|ing)\s+to|(?:was|were)\s+"
     r"(?:denied|declined|rejected)(?!\s+(?:the\s+|my\s+)?rights?\b)|(?:denied|declined|rejected)\s+(?!the\s+rights?\b)(?:it|my\s+\w+|the\s+\w+|us|me))\b[^.!?;\n]{0,60}?"
     r"\b(?:unless\s+(?:i|we|you)|until\s+(?:i|we|you)|without\s+(?:a|an|the|my|your|proof|written)|"
     r"(?:because|due\s+to)\s+(?:of\s+)?(?:(?:i|we|you)\s+(?:(?:had|have|has|did|do|does|was|were|am|are|could|can)\s*(?:not|n'?t)|"
     r"never|only|missed|failed|lacked|need(?:ed)?|must|owe[ds]?)|(?:my|our|your)\s+(?:\w+\s+){0,2}(?:was|were|is|are|had|has)\s+"
     r"(?:not|no|past|expired|late|too|over|under|missing|outside|below|above)|(?:me|us)\s+(?:not\s+)?(?:being|having)|"
     r"(?:a|an|the|it|this|that)\b[^.!?;\n]{0,30}?\b(?:is|was|are|were)\s+not)\b|"
     r"(?:because|due\s+to|since)\s+(?:of\s+)?[^.!?;\n]{0,50}?\b(?:polic(?:y|ies)|rules?|requir\w*|eligib\w*|qualif\w*|allowed|"
     r"past|expired|deadline|limit\w*|only|must|procedures?|process|terms|contract|agreement|guidelines|exclu\w*|"
     r"cover(?:ed|age)|non[- ]?refundable|wear\s+and\s+tear))"),
    ("not allowed to",
     r"(?:\b(?:they|we|he|she|you|agents?|reps?|representatives?|staff|employees?|associates?|the\s+(?:agent|rep|representative|"
     r"associate|employee|staff|manager))\s+(?:are|is|were|was|am|'re)\s+not\s+(?:allowed|permitted|authori[sz]ed)\b|"
     r"\b(?:they|we|he|she|agents?|staff|employees?)\s+(?:aren'?t|isn'?t|weren'?t|wasn'?t)\s+(?:allowed|permitted|authori[sz]ed)\b|"
     r"\bnot\s+authori[sz]ed\s+to\b)"
     # "not allowed to take / commence / report" is the customer's legal claim, not staff's rule
     r"(?!\s+(?:to\s+)?(?:take|charge|collect|commence|report|sell|pursue|foreclose|garnish|debit|withdraw|access|share|call|"
     r"contact|use|keep|hold|process)\b)"),
    ("hands are tied",
     r"\b(?:(?:my|our|his|her|their)\s+hands\s+(?:are|were)\s+tied|out\s+of\s+(?:my|our|his|her|their)\s+hands|no\s+exceptions?|"
     r"(?:can(?:no|'|’)?t|can\s+not|could\s+not|couldn'?t|won'?t|will\s+not|would\s+not|wouldn'?t|refus\w*\s+to|do\s+not|don'?t)\s+"
     r"make\s+(?:an?\s+|any\s+)?exceptions?|the\s+(?:[\"“”']+\s*)?system(?:\s*(?:''|[\"“”']))?\s+(?:won'?t|will\s+not|doesn'?t|does\s+not|wouldn'?t|would\s+not|cannot|"
     r"can'?t|did\s+not|didn'?t)\s+(?:let|allow|permit)|(?:would|will|can|could|do|does|did)\s+only\s+(?:(?:accept|take)"
     r"(?!\s+(?:a\s+)?(?:report|message|complaint|statement|note)\b)|(?:allow|offer)"
     r"(?=\s+(?:me\s+|us\s+)?(?:an?|one|the|full|partial|cash|\$|\d)\b))|"
     r"(?:system|policy|they|we|it)\s+only\s+(?:accepts?|allows?|offers?|takes?|permits?))\b"),
)
#: Insurance policies, the customer's own inability, legal citations.
POLICY_REFUSAL_LEFT_EXCLUDE = (
    r"\b(?:insurance|life|auto|car|home|homeowners?'?s?|health|flood|hazard|renters?|umbrella|term|warranty|privacy)\s+(?:\w+\s+)?$|"
    r"\b(?:fcra|fdcpa|federal|state|ftc|law|laws|legal|section|statute|violat\w*|comply|compliance|reasonable)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:i|we)\s+(?:(?:am|was|were|are|just|simply|really|also|then)\s+)?$|u\.?s\.?c\.?\s*\S*\s*$|"
    r"\b(?:if|unless|whether)\s+(?:\w+\s+){0,3}$|"
    # a credit decision ("my application was declined due to ...") is not a service refusal
    r"\b(?:application|applications|loan|credit|heloc|mortgage|approval|request)\s+(?:request\s+)?$|"
    r"\bappl(?:ied|ication|y|ying)\b[^.!?]{0,80}$|\b(?:unwilling|refus\w*)\s+or\s+$"
)
POLICY_REFUSAL_RIGHT_EXCLUDE = r"^[^.!?;\n]{0,30}?\b(?:in\s+case\s+of\s+disputed|15\s+u\.?s\.?c)"

# --------------------------------------------------------------------------- mistake denied
_CLAIM = (r"(?:insist(?:ed|s|ing)?|maintain(?:ed|s|ing)?|claim(?:ed|s|ing)?|stat(?:ed|es|ing)|said|says|say|told\s+(?:me|us)|"
          r"assert(?:ed|s)?|contend(?:ed|s)?|respond(?:ed|s)|repl(?:ied|ies)|insisting|keep\s+saying|kept\s+saying|determined|"
          r"concluded|found|advised\s+(?:me|us)|informed\s+(?:me|us)|wrote|letter\s+said|letter\s+stated|assur(?:ed|es|ing)|"
          r"repeat(?:ed|s|ing)|keep\s+(?:claiming|insisting)|kept\s+(?:claiming|insisting))")
MISTAKE_DENIED = (
    ("denied any error",
     r"\b(?:denied|deny|denies|denying)\s+(?:(?:any|all)\s+(?:\w+\s+)?(?:errors?|mistakes?|wrong\w*|responsibility|liability|fault|"
     r"knowledge|involvement|records?|receipt|claims?|charges?|disputes?|problems?|issues?|fraud|negligence|part|request|"
     r"\w*accura\w*|discrepanc\w*)\b|that\s+(?:they|it|there|the|any|their|he|she|i|we|was|were|is|this)\b|(?:they|it)\s+(?:had|made|was)|having|making|"
     r"the\s+(?:error|mistake|charge\s+was\s+wrong|dispute|claim|fraud)|my\s+(?:dispute|fraud\s+claim|claim|chargeback|complaint)|"
     r"responsibility|liability|fault|wrongdoing|knowledge|involvement|receiv\w+)\b"),
    ("insisted it was correct",
     r"\b" + _CLAIM + r"\s+(?!(?:that\s+)?my\s+(?:information|identity|income|employment|id|documents?)\b)"
     r"(?:that\s+)?(?:the|my|this|their|it|everything|all|our|his|her|they|account|information|debt|charges?|"
     r"balance|bill|report(?:ing)?|fee)?\s*(?:\w+\s+){0,3}?(?:was|is|were|are|had\s+been|has\s+been|have\s+been|been)\s+(?:all\s+|"
     r"completely\s+|100%\s+|still\s+|in\s+fact\s+)?(?:correct(?:ly\s+\w+)?|accurate(?:ly\s+\w+)?|valid(?:ated)?|verified|right|"
     r"legitimate|legit|proper(?:ly\s+\w+)?|owed|mine|fine|in\s+order|appropriate|justified|accurately\s+reported|"
     r"reported\s+(?:correctly|accurately)|handled\s+(?:correctly|properly|appropriately))\b"),
    ("verified as accurate",
     r"\b(?:verified|validated|confirmed|certified|deemed|found|reported|determined)\s+(?:as|to\s+be)\s+(?:being\s+)?"
     r"(?:accurate|correct|valid|belonging|mine|yours|owed|legitimate)\b|"
     r"\bthe\s+(?:item|account|debt|information|tradeline|charge|balance|dispute|claim)\s+(?:was|were|has\s+been|had\s+been|"
     r"have\s+been)\s+(?:verified|validated)\b"),
    ("blamed me",
     r"\b(?:blam(?:ed|es|ing|e))\s+(?:me|us|my|our|it\s+on|this\s+on|everything\s+on|the\s+(?:customer|\w+|\w+\s+\w+)\s+(?:for|on)|"
     r"(?:the|a)\s+(?:system|computer|glitch|bank|processor|third\s+party|merchant|other)|someone|somebody|everyone|everybody|"
     r"others|another|the\s+customer|customers)\b|\b(?:shift(?:ed|ing|s)?|put(?:s|ting)?|plac(?:ed|es|ing)|pass(?:ed|ing)?|"
     r"push(?:ed|ing)?)\s+(?:the\s+|all\s+(?:the\s+)?)?blame\b|\bthe\s+blame\s+(?:on|to)\s+(?:me|us|my)\b"),
    ("said it was my fault",
     r"\b(?:" + _CLAIM + r"|made\s+it\s+(?:seem|sound|look)|acted\s+(?:like|as\s+if)|impl(?:ied|ying|ies)|suggest(?:ed|ing|s)|"
     r"accus(?:ed|ing)\s+(?:me|us)\s+of|treated\s+(?:me|us)\s+like)\s+(?:that\s+|as\s+(?:if|though)\s+|like\s+)?"
     r"(?:it|this|that|the\s+(?:\w+\s+)?\w+|everything)?\s*(?:was|is|were|had\s+been)?\s*(?:all\s+|entirely\s+|completely\s+)?"
     r"(?:my|our)\s+(?:own\s+)?(?:fault|error|mistake|problem|responsibility|doing|bad)\b|"
     r"(?:\b|(?=n[’']t))(?:not|n[’']t|never)\s+(?:their|our|his|her|its|the\s+(?:bank|company|store|lender|servicer|merchant)\s?'?s?)\s+(?:fault|error|mistake|problem|"
     r"responsibility)\b|\b(?:it|this|that)\s+(?:was|is)\s+(?:the\s+)?(?:customer'?s|your)\s+(?:fault|error|mistake|responsibility)\b"),
    ("refused to take responsibility",
     r"\b(?:deflect|shirk|evad|avoid|dodg)\w*\s+(?:their\s+|its\s+|any\s+|all\s+)?(?:liability|responsibility|blame|accountability)\b|"
     r"\b(?:refus\w*|unwilling|reluctant|won'?t|will\s+not|would\s+not|wouldn'?t|don'?t\s+want|do\s+not\s+want|didn'?t\s+want|"
     r"did\s+not\s+want|never|fail(?:ed|s)?|not\s+willing)\s+(?:to\s+)?(?:admit|acknowledge|accept|take|own\s+up|own|own\s+up\s+to)\s+"
     r"(?:(?:any|the|their|full|at|least|partial|some|even|of)\s+){0,4}(?:responsibility|accountability|ownership|blame|fault|liability|error|mistake|wrongdoing|"
     r"that\s+(?:they|it|there|their|its|the)|(?:they|it)\s+(?:made|was|were|had))\b"),
    ("found no error",
     r"\b(?:there\s+(?:was|is|were)|they\s+(?:found|made|see)|found|find|finds|determined|concluded|shows?|showed|indicat\w+|"
     r"investigation\s+(?:found|revealed|showed|shows))\s+(?:that\s+)?(?:there\s+(?:was|is)\s+)?(?:no|not\s+any)\s+(?:\w+\s+)?"
     r"(?:error|mistake|wrongdoing|fault|fraud|evidence\s+of\s+(?:error|fraud|a\s+mistake)|discrepanc\w+)\b(?:\s+(?:on|by)\s+"
     r"(?:their|our|its|the\s+\w+'?s?)\s+(?:part|end|side))?|\b(?:they|we|he|she|it|the\s+(?:bank|company|store|lender|servicer))\s+"
     r"(?:did|had\s+done|have\s+done|has\s+done|do)\s+nothing\s+wrong\b|\bno\s+(?:error|mistake|wrongdoing)\s+(?:on|by)\s+"
     r"(?:their|our|its|the\s+\w+'?s?)\s+(?:part|end|side)\b"),
    ("records show",
     r"\b(?:our|their|its|the\s+(?:bank'?s|company'?s))\s+(?:records?|system|files?)\s+(?:(?:do\s+not|don'?t|did\s+not|didn'?t)\s+"
     r"(?:show|indicate|reflect)|(?:show|shows|showed|indicate|indicates|indicated|reflect|reflects|reflected)\s+(?:that\s+)?"
     r"(?:i|we|you|no|my|your|the\s+(?:account|debt|payment|loan|balance|charge))\b)"),
    ("said they never received payment",
     r"\b" + _CLAIM + r"\s+(?:that\s+)?(?:they|it|he|she|the\s+\w+)\s+(?:had\s+|has\s+|have\s+)?(?:never|not|n[’']t|did\s+not|didn'?t|"
     r"do\s+not|don'?t|does\s+not|doesn'?t)\s+(?:\w+\s+)?(?:(?:receive|received|get|got)(?:\s+(?:my|the|a|any|our|it|them|this|that|"
     r"payment)\b|(?=\s*(?:[.,;!?]|$)))|(?:see|saw|find|found)\s+(?:my|the|a|any|our|it)\b|(?:have|has|had)\s+(?:any\s+|a\s+)?records?\b)|"
     r"\b" + _CLAIM + r"\s+(?:that\s+)?(?:it|this|that)\s+(?:never|did\s+not|didn'?t)\s+happen(?:ed)?\b"),
    # The company says the customer did (or failed to do) the thing in dispute, or must have.
    ("said I did it",
     r"\b" + _CLAIM + r"\s+(?:that\s+)?(?:the\s+\w+\s+(?:said|says|stated|claims?|claimed)\s+(?:that\s+)?)?(?:i|we)\s+"
     r"(?:had\s+|have\s+)?(?:(?:already\s+)?(?:received|signed|agreed\s+to|authori[sz]ed)\b|must\s+have\b|(?:did\s+not|didn'?t|never)\s+"
     r"(?:call|called|speak|spoke|contact|contacted|pay|paid|send|sent|submit|submitted|request|requested|notify|notified|tell|told|"
     r"inform|informed|dispute|disputed|report|reported|respond|responded|sign|signed|make|made|cancel|cancell?ed)\b)|"
     r"\baccus(?:ed|es|ing)\s+(?:me|us)\s+of\s+(?:lying|fraud|making|being\s+(?:a\s+)?(?:liar|dishonest|fraud)|committing|"
     r"not\s+paying|stealing|faking)\b"),
    ("said they verified it",
     r"\b" + _CLAIM + r"\s+(?:that\s+)?(?:they|it|he|she|the\s+\w+)\s+(?:had\s+|has\s+|have\s+)?(?:verified|validated)\s+"
     r"(?:the|it|this|that|my|all|as|these|those)\b"),
    # A decision on the dispute upheld against the customer.
    ("stood by their decision",
     r"\b(?:would\s+not|wouldn'?t|won'?t|will\s+not|refus\w+\s+to|declin\w+\s+to)\s+(?:change|reverse|reconsider|overturn|revisit)\s+"
     r"(?:their|the|its|his|her)\s+(?:\w+\s+)?(?:decision|determination|findings?|position|stance|results?|denial)\b|"
     r"\b(?:stood|stand|stands|standing)\s+by\s+(?:their|its|the)\s+(?:\w+\s+)?(?:decision|findings?|determination|results?|"
     r"investigation|denial)\b|\bupheld\s+(?:their|its|the)\s+(?:\w+\s+)?(?:decision|findings?|denial)\b|"
     r"\bsid(?:e|ed|es|ing)\s+with\s+(?:the|this|that)\s+(?:merchant|seller|vendor|store|company|creditor|retailer|dealer)\b"),
)
#: The customer denies something ("I immediately denied making any purchase").
MISTAKE_DENIED_LEFT_EXCLUDE = (
    r"\b(?:i|we)\s+(?:(?:have|had|also|immediately|specifically|then|just|always|still|am|was|were|would|will|never|\w+ly)\s+){0,2}$|"
    r"\b(?:been|was|were|be|being|get|got|getting)\s+$|"
    r"\bi\s+(?:\w+\s+){0,1}(?:that|because)\s+$|"
    r"\b(?:show|shows|showing|prove|proves|proving|demonstrat\w+)\s+(?:that\s+)?(?:\w+\s+){0,3}$|"
    r"\bwhat\s+(?:\w+\s+){0,2}$|\b(?:in\s+case|if|unless|whether)\s+(?:\w+\s+){0,3}$|"
    # the amount they said was owed; a request that it be confirmed; "I know it's not their problem";
    # what a screen said; the customer's own finding or blame
    r"\b(?:amount|balance|sum|money|fees?)\s+(?:that\s+)?(?:they|he|she|it|the\s+\w+)\s+$|"
    r"\b(?:ask|asked|request|requested|want|wanted|need|needed|prefer)\s+[^.!?]{0,60}$|"
    r"\b(?:i|we)\s+(?:know|understand|realize|realise|agree|accept|think|guess)\s+(?:that\s+)?(?:it'?s|its|it\s+is|this\s+is)\s+$|"
    r"\b(?:noticed|notice|saw|see|seen|found)\s+(?:that\s+)?(?:it|the\s+\w+)\s+$|"
    r"\b(?:i|we)\s+\w+\s+(?:\w+\s+){0,5}and\s+$|\b(?:i|we)\b[^.!?]{0,40}\b(?:place|placed|placing|put|putting|shift\w*)\s+$|\b(?:i|we)\s+(?:continued|started|began|tried|kept|decided|wanted|chose)\s+to\s+"
    r"(?:\w+ly\s+)?$"
)
#: A receipt that was only late ("did not receive it until Saturday", "didn't get it yet") is not a denial.
MISTAKE_DENIED_RIGHT_EXCLUDE = r"^[^.!?;\n]{0,60}?\b(?:until|yet)\b"

# --------------------------------------------------------------------------- mistake admitted
_ERR = (r"(?:errors?|mistakes?|mix[- ]?ups?|oversights?|fault|wrong|glitch(?:es)?|screw[- ]?ups?|blunders?|mistaken|mishaps?|"
        r"misunderst\w+|miscommunication|misinformation|incorrect|in\s+error|erred|miscalculat\w+|mis\w+ed)")
MISTAKE_ADMITTED = (
    ("admitted the error",
     r"\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|ed|es|ing)|conced(?:e|ed|es|ing)|confess(?:ed|es)?|own(?:ed)?\s+up\s+(?:to)?|"
     r"recogni[sz](?:ed|es))\s+(?:\([^()]{0,40}\)\s*)?(?:that\s+)?(?:it\s+was\s+|this\s+was\s+|there\s+(?:was|is|had\s+been)\s+|they\s+(?:had\s+)?(?:made|were)\s+|"
     r"(?:he|she)\s+(?:had\s+)?(?:made|was)\s+|the\s+(?:\w+\s+){0,2}(?:was|were)\s+|their\s+|its\s+|our\s+|his\s+|her\s+|the\s+|an?\s+|"
     r"to\s+(?:\w+\s+)?)?(?:(?:own|clear|big|huge|obvious|simple|clerical|internal|system|computer|processing|billing|bank|"
     r"administrative|technical|human|their|an?)\s+){0,2}" + _ERR + r"\b"),
    # "..., which they have admitted", "(this was admitted on a recorded call)": the admission refers back
    # to the failure the customer just described.
    ("admitted what went wrong",
     r"\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|ed|es|ing)|conced(?:e|ed|es|ing))\s+(?:that\s+)?(?!(?:i|we|me|us)\b)[^.!?;\n]{0,60}?"
     r"\b(?:by\s+mistake|in\s+error|mistakenly|erroneously|wrong(?:ly)?|incorrect(?:ly)?|(?:double|over)[- ]?(?:charged|billed|booked)|"
     r"overbooked|forgot|lost|on\s+(?:their|our|its)\s+(?:side|end|part))\b"),
    ("which they admitted",
     r"\b(?:which|as)\s+(?:they|he|she|the\s+\w+)\s+(?:have\s+|has\s+|had\s+|later\s+|finally\s+|even\s+|eventually\s+|also\s+)?"
     r"(?:admitted|acknowledged|conceded)\b(?!\s+(?:into|receiv\w+|receipt|to\s+(?:the\s+)?hospital))|"
     r"\b(?:this|which|that|it)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:admitted|acknowledged|conceded)\s+(?:by|on|in|over|"
     r"during)\b"),
    ("admitted I was right",
     r"\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|ed|es|ing)|conced(?:e|ed|es)|agreed?|agrees|confirm(?:ed|s)?)\s+(?:that\s+)?"
     r"(?:i|we)\s+(?:was|were|am|are|had\s+been|should\s+not\s+have\s+been|shouldn'?t\s+have\s+been)\s+(?:right|correct|"
     r"overcharged|over[- ]charged|double[- ]charged|charged\s+(?:twice|incorrectly|in\s+error|wrongly)|billed\s+(?:incorrectly|twice|"
     r"in\s+error)|owed)\b|\b(?:you'?re|you\s+are|you\s+were)\s+(?:absolutely\s+|totally\s+|completely\s+)?right\b"),
    ("apologized for the error",
     r"\b(?:apologi[sz](?:ed|es|e|ing)|apolog(?:y|ies)|sorry|regret(?:ted|s)?)\s+(?:profusely\s+|sincerely\s+|repeatedly\s+|again\s+)?"
     r"(?:to\s+(?:me|us)\s+)?(?:for|about)\s+(?!any\b)(?:the|their|our|its|his|her|this|that|my|an?|such\s+an?)?\s*(?:\w+\s+){0,2}?"
     r"(?:errors?|mistakes?|mix[- ]?ups?|oversights?|screw[- ]?ups?|blunders?|mishaps?|misinformation|miscommunication|"
     r"misunderstanding|confusion|wrong\s+\w+|incorrect\s+\w+|(?:over|double|duplicate)[- ]?charges?|overcharg\w+|overbill\w+|"
     r"fault|misspe?ak\w*|misspoke|giving\s+(?:me|us)\s+(?:wrong|incorrect|bad)|(?:the|their|his|her)\s+(?:rep|agent|colleague|"
     r"employee|coworker|co-worker)'?s?\s+(?:error|mistake|behaviou?r|rudeness))\b|"
     r"\b(?:apologi[sz](?:ed|es|e|ing)|said\s+sorry)\s+and\s+(?:said|admitted|agreed|acknowledged|corrected|fixed|refunded|reversed|"
     r"credited|removed|waived|explained\s+that\s+(?:it|the|this)\s+was)\b"),
    ("it was our fault",
     r"\b(?:(?:it|that|this)(?:'s|\s+was|\s+is|\s+had\s+been)\s+(?:entirely\s+|totally\s+|completely\s+|all\s+|clearly\s+|"
     r"definitely\s+)?our\s+(?:own\s+)?(?:fault|error|mistake|doing|screw[- ]?up|bad)|(?:said|told\s+(?:me|us)|agreed|admitted|"
     r"explained|stated|confessed|acknowledged|conceded|confirmed)\s+(?:that\s+)?(?:it|this|that|the\s+\w+)\s+(?:was|had\s+been|is)"
     r"\s+(?:entirely\s+|totally\s+|completely\s+|all\s+|clearly\s+|definitely\s+)?(?:their|his|her|its|our|the\s+(?:bank|company|"
     r"store|lender|hotel|airline|restaurant)'?s?)\s+(?:own\s+)?(?:fault|error|mistake|doing|screw[- ]?up|bad))\b|\bour\s+(?:bad|mistake|apologies\s+for\s+the\s+"
     r"(?:error|mistake))\b"),
    ("they made a mistake",
     r"\b(?:they|he|she|the\s+(?:bank|company|store|lender|servicer|agent|rep|representative|employee|staff|cashier|clerk|technician|"
     r"restaurant|hotel|airline|kitchen|system|merchant)|someone\s+(?:there|at\s+the\s+\w+)|(?:their|the)\s+(?:system|computer))\s+"
     r"(?:had\s+|has\s+|have\s+|clearly\s+|obviously\s+|admittedly\s+)?(?:made|make|makes)\s+(?:an?|the|a\s+\w+|several|multiple|"
     r"many|some)\s+(?:\w+\s+)?(?:mistakes?|errors?)\b|\b(?:they|he|she|it)\s+(?:had\s+)?(?:erred|messed\s+up|screwed\s+up|"
     r"dropped\s+the\s+ball)\b"),
    ("took responsibility",
     r"\b(?:took|take|takes|taking|accepted|accept|accepts)\s+(?:full\s+|complete\s+|total\s+)?(?:responsibility|ownership|"
     r"accountability|the\s+blame)\b"),
    ("corrected their error",
     r"\b(?:corrected|fixed|rectified|reversed|refunded|credited|remedied|resolved)\s+(?:their|its|his|her|our)\s+(?:own\s+)?"
     r"(?:\w+\s+)?(?:errors?|mistakes?|mix[- ]?up|oversight|double\s+charge|overcharges?)\b|"
     r"\b(?:said|told\s+(?:me|us)|admitted|acknowledged|agreed|confirmed|explained|stated|conceded|informed\s+(?:me|us))\s+"
     r"(?:that\s+)?[^.!?;\n]{0,60}?\b(?:(?:was|were)\s+(?:charged|billed|reported|applied|posted|sent|processed|debited|placed|"
     r"entered|coded|recorded|made)\s+(?:\w+\s+)?(?:in\s+error|by\s+mistake|erroneously|mistakenly|incorrectly|wrongly)|"
     r"(?:was|were)\s+(?:a|an|their|our)\s+(?:\w+\s+)?(?:mistake|error)|should(?:\s+not|n'?t)\s+have\s+(?:been\s+)?"
     r"(?:charged|billed|reported|happened|done|applied|sent|processed))\b"),
)
#: The customer is the subject ("I admitted", "I acknowledged my mistake"), admissions about the hospital.
MISTAKE_ADMITTED_LEFT_EXCLUDE = (
    r"\b(?:i|we)\s+(?:(?:have|had|also|then|just|fully|freely|readily|will|would|do|did|must|am|was)\s+){0,2}$|"
    r"\b(?:i|we)\s+(?:\w+\s+){0,2}?(?:told|said|explained|informed|advised|stated)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:when|if|unless|whether|should|must|need\s+to|needs\s+to|ought\s+to|even\s+though|although|though|because|since)\s+$|"
    r"\b(?:should|must|ought\s+to)\s+(?:\w+\s+){0,2}?(?:have|has|had)\s+to\s+$|"
    r"\b(?:unwilling|refus\w+|fail\w*|won'?t|wouldn'?t|not\s+willing)\s+to\s+[^.!?;]{0,40}?\b(?:or|and|nor)\s+$|"
    r"\b(?:i|we)\s+(?:believe|think|feel|know|suspect|guess|assume|am\s+sure|am\s+certain)\s+(?:that\s+)?$|"
    r"(?:^|[.!?]\s*|\bplease\s+)$"
)
MISTAKE_ADMITTED_RIGHT_EXCLUDE = r"^\s*(?:into|to)\s+(?:the\s+)?(?:hospital|er|emergency|icu|college|school|program)\b"

# --------------------------------------------------------------------------- intent to leave
#: "another / a new ..." that is not a competitor: a place, person or option inside the same company
#: ("switched to another branch", "moved to a new plan", "changed to a different seat").
_NOT_A_RIVAL = (r"(?!\s+(?:branch|location|office|department|store|address|state|city|country|town|area|house|home|apartment|"
                r"job|school|room|suite|desk|agent|person|rep|representative|page|phone|number|plan|tier|package|option|model|"
                r"version|seat|table|flight|date|time|day|shift|team|doctor|floor|terminal|gate|card|account\s+with\s+(?:them|you)))")
#: The customer's own, neutral reasons for a closure, checked after the match: replacing one product with
#: another of the same company ("once the new one arrives"), personal plans, advice, a move.
_NEUTRAL_CLOSURE = (
    r"\b(?:once|when|after|as\s+soon\s+as|now\s+that|until)\s+(?:the|my|our)\s+(?:\w+\s+)?(?:new|annual|yearly|other|replacement|"
    r"upgraded?)\b|"
    r"\b(?:because|since|as|due\s+to)\s+(?:of\s+)?(?:my|our)\s+(?:own\s+)?(?:\w+\s+)?(?:plans?|flight|schedule|trip|travel|mother|father|"
    r"mom|dad|wife|husband|partner|son|daughter|kids?|child(?:ren)?|family|health|illness|surgery|job|work|wedding|budget|doctor)\b|"
    r"\b(?:our|my)\s+plans\s+changed\b|\b(?:it|this|that)(?:'s|\s+is|\s+was|\s+has|\s+had)?\s+nothing\s+to\s+do\s+with\b|"
    r"\b(?:when|since|after)\s+(?:i|we)\s+(?:started|retired|graduated|(?:got|had)\s+(?:a\s+)?(?:new\s+job|married|divorced|pregnant|baby))\b|\bas\s+(?:my|our|the)\s+(?:broker|advis[eo]r|agent|accountant|doctor)\s+(?:advised|suggested|"
    r"recommended)\b|\b(?:when|after|because|since|as)\s+(?:i|we)\s+(?:had\s+|have\s+)?(?:moved|relocated|(?:am|are|was|were)\s+"
    r"(?:moving|relocating)|move|relocate)\b|\b(?:we'?re|i'?m|we\s+are|i\s+am)\s+(?:moving|relocating|travell?ing)\b|"
    r"\bi'?ll\s+be\s+back\b"
)
#: A cancelled order or booking is leaving only with a company failure as the reason (people cancel
#: bookings for their own reasons all the time): "because the airline moved my flight twice".
_FAILURE_REASON = (
    r"\b(?:because|due\s+to|after|since|as)\s+(?:of\s+)?(?:they|it|nobody|no\s+one|their|the\s+(?:\w+\s+)?(?:airline|hotel|restaurant|"
    r"company|store|shop|seller|app|delivery|driver|service|staff|site|website|carrier|provider|courier|kitchen|wait|delay|price|"
    r"fees?|food|room|merchant|vendor|lender|bank|item|product|package|parcel|order|goods|shipment|tickets?)|(?:the\s+)?(?:constant|repeated|poor|bad|terrible|horrible|awful|late|endless|rude|hidden|lack|way|delays?|"
    r"mix-?ups?|mistakes?|errors?))\b"
)
_CLOSE = (r"(?:close|closing|closed|cancel|cancell?ing|cancell?ed|cancels|terminate|terminating|terminated|end|ending|ended|"
          r"discontinue|discontinuing|discontinued|shut\s+down|shutting\s+down|shut)")
INTENT_TO_LEAVE = (
    ("take my business elsewhere",
     r"\b(?:take|taking|took|taken|move|moving|moved|bring|bringing|brought|spend|spending|pull|pulling|pulled|transfer|transferring|"
     r"transferred|withdraw|withdrawing|withdrew|put)\s+(?:all\s+(?:of\s+)?)?(?:my|our)\s+(?:\w+\s+){0,3}?(?:business|money|custom|"
     r"accounts?|funds|savings|deposits|checking|banking|loans?|mortgage|investments?|shipping|policies|policy|insurance|number|"
     r"subscriptions?)\s+(?:\w+\s+)?(?:elsewhere|somewhere\s+else|to\s+the\s+(?:\w+\s+)?(?:place|shop|store|hotel|restaurant|bank|one|"
     r"guys|competition|competitor)\s+(?:next\s+door|across\s+(?:the\s+)?(?:street|road|town)|down\s+the\s+(?:road|street)|around\s+the\s+corner)|"
     r"out|away|to\s+(?:(?:another|a\s+(?:different|new|local|competing|rival))" + _NOT_A_RIVAL + r"|the\s+competition|a\s+competitor|\w+\s+(?:bank|credit\s+union)"
     r"|(?-i:[A-Z])(?:\w|[-&](?=\w))+))\b|\b(?:business|custom)\s+elsewhere\b"),
    # "I'll be shopping elsewhere", "flying Delta from now on"
    ("shopping elsewhere from now on",
     r"\b(?:will|'ll|going\s+to|gonna|i'?m|we'?re|am|are)\s+(?:be\s+)?(?:shop(?:ping)?|bank(?:ing)?|fly(?:ing)?|eat(?:ing)?|stay(?:ing)?|"
     r"spend(?:ing)?|order(?:ing)?|book(?:ing)?|go(?:ing)?)\s+elsewhere\b|\b(?:shop(?:ping)?|bank(?:ing)?|fly(?:ing)?|eat(?:ing)?|"
     r"stay(?:ing)?|order(?:ing)?|book(?:ing)?)\s+elsewhere\s+(?:from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|for\s+good)\b|"
     r"\b(?:be\s+)?(?:flying|using|shopping\s+(?:at|with)|banking\s+(?:at|with)|staying\s+(?:at|with)|going\s+with|ordering\s+from|"
     r"booking\s+with|buying\s+from)\s+(?-i:[A-Z])(?:\w|[-&](?=\w))+[^.!?;\n]{0,25}?\b(?:from\s+now\s+on|going\s+forward|"
     r"in\s+(?:the\s+)?future|instead)\b"),
    ("switching to a competitor",
     r"\b(?P<core>(?:switch|switching|switched|change|changing|changed)\s+(?:over\s+)?(?:my\s+\w+\s+)?to\s+(?:(?:another|a\s+(?:different|"
     r"new|competing|rival|local))" + _NOT_A_RIVAL + r"|the\s+competition|a\s+competitor|(?:your|their|a)\s+(?:competitors?|rivals?)|\w+\s+instead)|"
     r"(?:move|moving|moved|go|going|went|gone|leave|leaving|left|port|porting|ported|jump|jumping|jumped|defect|defecting|defected)\s+"
     r"(?:over\s+)?(?:my\s+\w+\s+)?to\s+(?:(?:another|a\s+(?:different|new|competing|rival))\s+(?:bank|credit\s+union|provider|carrier|"
     r"lender|airline|insurer|servicer|company|network|isp|broker|phone\s+company|supplier|utility|hotel\s+chain)|the\s+competition|"
     r"a\s+competitor|(?:your|their|a)\s+(?:competitors?|rivals?))|(?:switch|"
     r"switching|switched|change|changing|changed)\s+(?:my\s+)?(?:banks|providers|carriers|companies|airlines|networks|insurers|"
     r"lenders|suppliers|services|plans\s+to\s+another))\b(?:\s+" + _PROVIDER + r")?|"
     r"\b(?:transfer|move|refinanc|switch|take|took|pay|paid|port)\w*\s+(?:all\s+(?:of\s+)?)?(?:my|our|this|the)\s+(?:\w+\s+)?"
     r"(?:loan|balance|account|mortgage|business|money|funds|debt|number|service)\s+(?:over\s+|out\s+|away\s+)?(?:to|with)\s+(?:another|a\s+(?:different|"
     r"new|competing|rival|local))\b" + _NOT_A_RIVAL + r"|"
     r"\b(?:switch|switching|switched)\s+(?:over\s+)?to\s+(?-i:[A-Z])(?:\w|[-&](?=\w))+"),
    ("cancel my account",
     r"\b(?:" + _I + r"|(?:let|allow|allowing|allowed)\s+(?:me|us)\s+(?:to\s+)?|(?:want|wanted|wants|going|decided|decide|plan|planning|"
     r"intend|intending|trying|tried|try|asked|request(?:ed|ing)?|would\s+like|'d\s+like|wish|wished|chose|choose|able|"
     r"unable|will|shall)\s+to\s+|(?:request|attempt|decision|intention|intent)\s+to\s+|(?:so|and)\s+i\s+|"
     r"(?:^|(?<=[.!?\n])\s*)(?=(?:cancell?ing|closing|terminating|ending|cancell?ed)\b))"
     r"(?P<core>" + _CLOSE + r"\s+(?:out\s+)?(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?)?(?:my|our|(?:the|this|that)"
     r"(?!\s+(?:\w+\s+)?(?:bank|checking|savings|payroll)\s+accounts?\b))(?!\s+(?:bank|payroll)\s+accounts?\b)\s+"
     r"(?!(?:\w+\s+)?(?:old|previous|former|duplicate|extra|spare|unused|second|backup|(?:free\s+)?trial|monthly|temporary)\b)(?:\w+\s+){0,2}?"
     r"(?:accounts?|membership|subscription|contract|service|cards?|plan|loan|order|relationship|line|business|"
     r"policy|lines|package|phone\s+line|broadband|internet|cable|checking|savings|profile|card\s+account|credit\s+card|services|"
     r"memberships|subscriptions|orders|loans|contracts|plans))\b"),
    # An order or booking cancelled because of a company failure (see _FAILURE_REASON).
    ("cancelled my order over a failure",
     r"\b(?:(?:i|we)\s+(?:\w+\s+){0,2}?|(?:^|(?<=[.!?\n])\s*))(?P<core>(?:cancell?ed|cancel|cancell?ing)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}?"
     r"(?:bookings?|reservations?|trip|flight|stay|appointment|rest\s+of\s+(?:my|our)\s+\w+))\b[^.!?;\n]{0,25}?" + _FAILURE_REASON),
    # "I am not renewing", "we won't be renewing our contract".
    ("not renewing",
     r"(?:\b|(?=n[’']t))(?:not|n[’']t|never)\s+(?:be\s+|going\s+to\s+|gonna\s+)?renew(?:ing)?\b(?=\s*(?:[.!,;]|$)|\s+(?:it|again|with\s+(?:them|you|this|\w+)|"
     r"(?:my|our|the|this)\s+(?:\w+\s+)?(?:contract|subscription|membership|plan|policy|policies|lease|service|account|licen[cs]es?|seats?)\b))"),
    # The customer's own cancellation or closure, said in other words.
    ("my cancellation",
     r"(?<!\bpay\s)(?<!\bpaid\s)(?<!\bpaying\s)\b(?:my|our)\s+(?:request\s+to\s+(?:cancel|close)|cancell?ation(?:\s+(?:request|notice|letter|form|email))?)\b"
     r"(?!\s+(?:fees?|charges?|period|window|insurance|policy|date|rights?|deadline))|"
     r"\b(?:refus(?:e|ed|es|ing)\s+to\s+(?:let\s+(?:me|us)\s+|allow\s+(?:me|us)\s+to\s+)?|(?:won'?t|will\s+not|would\s+not|wouldn'?t|"
     r"did\s+not|didn'?t|do\s+not|don'?t)\s+(?:let|allow)\s+(?:me|us)\s+(?:to\s+)?|(?:they|it|he|she)\s+(?:still\s+)?(?:won'?t|will\s+not|"
     r"would\s+not|wouldn'?t)\s+)(?:close|cancel)\s+(?:my|our)\s+(?:\w+\s+)?(?:accounts?|loans?|membership|subscription|"
     r"contract|service|order|card)\b|"
     r"\b(?:i|we)\s+(?:finally\s+|then\s+)?refused\s+to\s+keep\s+(?:my|the|this|our)\s+(?:\w+\s+)?(?:account|card|loan|membership|"
     r"subscription|service)\s+(?:open|active)\b|"
     r"\b(?:i|we)\s+(?:(?!(?:they|he|she|it)\b)\w+\s+){0,6}?(?:closed|cancell?ed|terminated|ended|quit)\s+(?:it|them|them\s+both|both|out|it\s+all|"
     r"(?:the|my|our)\s+(?:\w+\s+)?(?:account|card|membership|subscription|contract|service|plan|policy))\b"
     r"[^.!?;\n]{0,30}?\b(?:due\s+to|because\s+of|after|over)\s+(?:the\s+|their\s+|this\s+|these\s+|all\s+the\s+)?(?:\w+\s+)?"
     r"(?:problems?|issues?|lack|poor|bad|terrible|horrible|way|dishonest\w*|fees?|charges?|service|treatment|experience|errors?|"
     r"mistakes?|practices|transparency)\b|\bthe\s+way\s+(?:i|we)\s+(?:was|were)\s+treated\b|"
     r"\bno\s+longer\s+(?:want|wish|intend)\s+to\s+(?:be\s+)?(?:enroll\w*|continue|use|keep|participate|remain|stay|do\s+business|"
     r"bank|be\s+(?:a\s+)?(?:customer|member|client))\b|"
     r"\bno\s+longer\s+interested\s+in\s+(?:the|their|this|your)\s+(?:\w+\s+)?(?:service|class|course|program|product|membership|"
     r"subscription|plan|offer|contract)\b"),
    ("closed my account (done)",
     r"\b(?:my|our)\s+(?:\w+\s+)?(?:accounts?|cards?|membership|subscription|contract)\s+(?:\(\s*)?(?:(?:is|was|were|are|has\s+been|"
     r"have\s+been|will\s+be)\s+)?(?:recently\s+)?(?:closed|cancell?ed|terminated)\s+(?:due\s+to|because\s+of)\s+(?:this|these|their|"
     r"the\s+(?:poor|bad|terrible|way|lack|issue|problem|service))"),
    ("never again",
     r"\bnever\s+again\b|(?:\bnever\s+(?:going\s+to\s+|gonna\s+|be\s+|ever\s+)?|(?:\b(?:will|would|shall)\s+not|\bwon'?t|"
     r"\bwouldn'?t|\bnot\s+(?:going\s+to|gonna|ever))\s+(?:be\s+|ever\s+)?(?=\w+\s+(?:\w+\s+){0,3}?(?:again|business\s+with)\b))(?:do|doing|use|using|bank|banking|shop|shopping|"
     r"fly|flying|stay|staying|eat|eating|return|returning|go\s+back|going\s+back|come\s+back|coming\s+back|buy|buying|order|ordering|"
     r"work\s+with|working\s+with|rent|renting|hire|hiring|visit|visiting|dine|dining|travel|travell?ing|subscribe|"
     r"purchase|purchasing|"
     r"deal|dealing|set\s+foot|book|booking|be\s+back|be\s+a\s+customer|renew|renewing)\s+(?:\w+\s+){0,3}?(?:again|business\s+with|"
     r"with\s+(?:them|this|these|you|your|their)\b|here|there|back)|\b(?:will|would|'ll|shall)\s+never\s+(?:\w+\s+)?"
     r"(?:(?:do|use|bank|shop|fly|stay|eat|buy|order|deal|book|renew|be\s+using|be\s+doing\s+business)\s+(?:business\s+|anything\s+)?"
     r"(?:with\s+)?(?:them|this|that|their|your|you|it|here|there|again|\w+\s+again|(?:a|any)\s+(?:\w+\s+)?(?:service|company|"
     r"bank|lender|product|app|business)\s+(?:like\s+(?:this|that|theirs|them)|again))|return|go\s+back|come\s+back|set\s+foot|be\s+back|"
     r"be\s+(?:a\s+)?customer|be\s+returning)\b|\bnever\s+do\s+business\s+with\b|(?:\b(?:i|we|please)\s+|^\s*)(?:do\s+not|don'?t)\s+(?:ever\s+)?do\s+business\s+with\b|\blast\s+time\s+(?:i|we)\s+"
     r"(?:will\s+)?(?:use|do\s+business|shop|fly|stay|eat|order|book|bank)"),
    ("will not do business with",
     r"\b(?:won'?t|will\s+not|would\s+not|wouldn'?t|no\s+longer|not\s+going\s+to|refuse\s+to|do\s+not\s+want\s+to|don'?t\s+want\s+to|"
     r"do\s+not\s+intend\s+to|will\s+not\s+be|will\s+no\s+longer\s+be|stop(?:ped)?)\s+(?:be\s+)?(?:do(?:ing)?\s+business\s+with|"
     r"a\s+customer|a\s+client|a\s+member|bank(?:ing)?\s+(?:with|at)|us(?:e|ing)\s+(?:their|this|your|them|the\s+(?:bank|company|"
     r"service|app))|shop(?:ping)?\s+(?:at|with|here|there)|fly(?:ing)?\s+with|stay(?:ing)?\s+(?:at|with))\b"),
    ("lost a customer",
     r"\b(?:lost|losing|lose|loose)\s+(?:a|me\s+as\s+a|us\s+as|this|one)\s+(?:\w+\s+)?(?:customer|client|member|business)\b|"
     r"\b(?:you|they)(?:'ve|\s+have|\s+just)?\s+lost\s+(?:me|us|my\s+business)\b"),
    ("done with them",
     r"\b(?:i|we)(?:'m|'re|\s+am|\s+are|\s+was|\s+were|\s+will\s+be|'ll\s+be|\s+have\s+been)?\s+(?:so\s+|officially\s+|completely\s+|"
     r"totally\s+|absolutely\s+|finally\s+|just\s+)?(?:done|finished|through)\s+with\s+(?:them|you|your\s+\w+|this\s+(?:\w+\s+)?" + _PROVIDER +
     r"|these\s+(?:people|guys)|(?-i:[A-Z])\w+)\b|\bbe\s+done\s+with\s+(?:them|you|this\s+" + _PROVIDER + r")\b"),
    ("looking for another provider",
     r"\b(?:look|looking|shop|shopping|search|searching)\s+(?:around\s+)?for\s+(?:a|an)\s+(?:new|different|another|better)\s+"
     + _PROVIDER + r"\b|\b(?:find|found|finding|join|joined|joining|open|opened|opening)\s+(?:a|an)\s+(?:new\s+|different\s+|another\s+)?"
     r"(?:\w+\s+)?(?:account\s+(?:at|with)\s+(?:another|a\s+different|a\s+new)|(?:another|different)\s+" + _PROVIDER + r")\b|"
     r"\b(?:leave|leaving|left|quit|quitting|ditch(?:ed|ing)?|dump(?:ed|ing)?|drop(?:ped|ping)?)\s+(?:this|your|their)\s+"
     + _PROVIDER + r"\b"),
)
#: Neutral reasons for closing (moving, paid off, fraud clean-up) and the company as the subject.
INTENT_TO_LEAVE_LEFT_EXCLUDE = (
    r"\b(?:they|he|she|it|bank|company|lender|\w+\s+has|\w+\s+have|(?!(?:i|we)\b)\w+\s+had)\s+(?:(?:had|has|have|then|just|also|will|would|"
    r"unilaterally|are|were|is|was|keep|kept|still)\s+)?$|"
    r"\b(?:said|says|told\s+(?:me|us)|stated|advised|informed\s+(?:me|us)|explained)\s+(?:that\s+)?[\"'“”]*\s*$|"
    r"\b(?:could|can|may|might|should|was|were|been|being)\s+$|\b(?:said|told\s+(?:me|us)|asked\s+(?:me|us)|needed|need|have|had|has)\s+to\s+$|"
    r"\b(?:others|people|everyone|consumers|customers|you)\s+(?:to\s+)?$|identity\s+theft[^.!?]{0,100}$|"
    r"\bpa(?:y|id|ying)\s+(?:\w+\s+){0,6}?off\b[^.!?]{0,60}$|\b(?:if|unless|whether)\s+$|"
    # someone else leaves ("my neighbour switched suppliers"); the customer says they never meant to leave
    r"\b(?:my|our|his|her)\s+(?:neighbou?rs?|friends?|mother|father|mom|mum|dad|parents?|brother|sister|sons?|daughters?|colleagues?|"
    r"coworkers?|co-workers?|boss|family|doctor|husband|wife|partner|roommate)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:never|not|n[’']t)\s+(?:\w+\s+)?(?:said|say|saying|mean|meant|threaten\w*|plan\w*|want\w*|intend\w*|going)\s+(?:that\s+|to\s+)?"
    r"(?:i|we)?\s*(?:\w+\s+){0,2}$|"
    r"\b(?:mov(?:e|ed|ing)\s+(?:house|home|out|away|abroad|overseas)|relocat\w+)\b[^.!?]{0,40}$|"
    r"(?<!\bi\s)(?<!\bwe\s)\b(?:stating|stated|said|says|saying|replied|responded|wrote|told\s+(?:me|us))\s*[:,]?\s*[\"“][^\"”]*$"
)
INTENT_TO_LEAVE_RIGHT_EXCLUDE = (
    r"^[^.!?;\n]{0,80}?\b(?:due\s+to\s+(?:a\s+|my\s+|our\s+)?(?:move|moving|relocation|relocating|death|divorce)|"
    r"because\s+(?:i|we)\s+(?:am|are|was|were)\s+moving|(?:paid|pay)\s+(?:it\s+|the\s+\w+\s+)?(?:off|in\s+full)|identity\s+theft|"
    r"fraudulent\s+(?:charges|activity|transactions)|scam|fraud|balance\s+(?:is|was)\s+(?:zero|\$?0)|hack\w*|compromised|"
    r"logged\s+(?:in|into|on)|unauthori[sz]ed|stolen|breach\w*|(?:changed|new)\s+(?:my\s+)?(?:credit\s+|debit\s+)?card\s+numbers?|"
    r"personal\s+information|ach\s+(?:pulls?|debits?))|^\s+(?:with\s+)?(?:me|us)\b|"
    r"^[^.!?;\n]{0,10}?\b(?:another\s+city|another\s+state|another\s+country|abroad|overseas)\b|"
    r"^\s+(?:could|would|may|might|can)\s+(?:potentially\s+|possibly\s+|also\s+)?(?!not\b)\w+|"
    r"^[^.!?;\n]{0,60}?(?:" + _NEUTRAL_CLOSURE + r")|^\s*(?:with\s+no|without\s+(?:any\s+)?)\s*(?:prior\s+)?(?:warning|notice|reason|explanation)\b"
)

# --------------------------------------------------------------------------- public review
_PLATFORM = (r"(?:social\s+media|twitter|tweets?|facebook|fb|yelp|instagram|insta|tiktok|tik\s+tok|reddit|youtube|trustpilot|"
             r"trip\s*advisor|google\s+(?:reviews?|maps)|linkedin|nextdoor|glassdoor|x\s*\(formerly\s+twitter\)|twitter\s*/\s*x|x\.com|"
             r"threads|every\s+(?:review\s+)?(?:site|platform|forum)|review\s+(?:sites?|platforms?|websites?)|online\s+forums?|"
             r"the\s+internet|bbb\s+reviews?|angie'?s\s+list|consumer\s*affairs|ripoff\s+report|pissed\s*consumer|sitejabber|"
             r"their\s+(?:facebook|twitter|instagram)\s+page)")
_ACT = (r"(?:post|posting|posted|posts|share|sharing|shared|write|writing|wrote|written|leave|leaving|left|put|putting|tweet|tweeting|"
        r"tweeted|publish|publishing|published|reach(?:ed)?\s+out|reaching\s+out|contact(?:ed|ing)?|messag(?:ed|ing)|dm(?:'?d)?|"
        r"complain(?:ed|ing)?|go|going|went|gone|take|taking|took|blast(?:ed|ing)?|expos(?:e|ed|ing)|warn(?:ed|ing)?|report(?:ing)?|"
        r"air(?:ed|ing)?|vent(?:ed|ing)?|rant(?:ed|ing)?|review(?:ed|ing)?|rate|rating|rated|spread|upload(?:ed|ing)?|shout|call(?:ed|ing)?\s+"
        r"(?:them|it|this)\s+out)")
PUBLIC_REVIEW = (
    ("post on social media", r"\b" + _ACT + r"\b[^.!?;\n]{0,60}?\b(?:on|to|via|through|in|across|all\s+over)\s+(?:\w+\s+){0,2}?"
     + _PLATFORM + r"\b"),
    ("leave a review",
     r"\b(?:leave|leaving|left|write|writing|wrote|written|post|posting|posted|submit(?:ted|ting)?|share|sharing|shared|put|putting|"
     r"give|giving|gave|provided|provide|providing|publish(?:ed|ing)?|add(?:ed|ing)?)\s+(?:a|an|my|this|these|the|them|him|her|it|"
     r"(?:\w+\s+)?(?:public|online|honest|bad|negative|poor|scathing|terrible|horrible|awful|detailed|one|1|zero|0|two|2|low))?\s*"
     r"(?:\w+\s+){0,2}?(?<!for\s)(?:reviews?|ratings?|(?:one|1|zero|0|no|two|2)[- ]stars?(?:\s+reviews?)?|feedback\s+(?:online|publicly))\b"
     r"(?!\s+(?:copy|copies|process|period|date|board|committee|team|department|request|of\s+(?:my|the|your|our)))"),
    ("tell everyone",
     r"\b(?:" + _I + r"|(?:will|'ll|going\s+to|gonna|plan\s+to|make\s+sure\s+to|sure\s+to|intend\s+to|want\s+to)\s+)"
     r"(?P<core>(?:tell|telling|warn|warning|inform|informing|alert|alerting)\s+(?:\w+\s+)?(?:my\s+(?:friends|family|followers|"
     r"network|neighbou?rs|colleagues|coworkers)|friends\s+and\s+family)|"
     r"(?:tell|telling|told|warn|warning|warned|let|inform|informing|alert|alerting)\s+(?:\w+\s+)?(?:everyone|everybody|"
     r"all\s+(?:of\s+)?my\s+(?:friends|family|contacts|followers|colleagues|neighbou?rs)|my\s+followers|"
     r"the\s+world|anyone\s+(?:who|that)\s+will\s+listen|the\s+public|"
     r"(?:other\s+)?people\s+(?:i\s+know|about)|others\s+(?:about|to\s+(?:avoid|stay)|not\s+to))|spread\s+the\s+word|"
     r"share\s+(?:my|our)\s+(?:experience|story)\s+(?:with\s+(?:everyone|everybody|others|the\s+world|the\s+public|anyone)|"
     r"(?:everywhere|widely|online|publicly|far\s+and\s+wide)))\b"),
    ("go to the media",
     r"\b(?:go|going|went|gone|contact|contacting|contacted|reach(?:ed)?\s+out\s+to|reaching\s+out\s+to|call|calling|called|talk(?:ed)?\s+to|"
     r"speak\s+to|spoke\s+to|tell|told|alert(?:ed|ing)?|notif(?:y|ied|ying)|email(?:ed)?|wrote\s+to|write\s+to|writing\s+to|"
     r"take\s+(?:this|it|my\s+story)\s+to|took\s+(?:this|it|my\s+story)\s+to)\s+(?:to\s+)?(?:the\s+)?(?:local\s+|national\s+)?"
     r"(?:news(?:\s+(?:media|outlets?|stations?|channels?|papers?))?|media|press|newspapers?|reporters?|journalists?|tv\s+stations?|"
     r"television|consumer\s+(?:affairs\s+)?(?:shows?|reporters?|programs?|watchdogs?)|channel\s+\d+)\b|"
     r"\b(?:interview(?:ed)?|spoke|talked)\s+(?:with|to)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:reporter|journalist|news\s+\w+)\b|"
     r"\b(?:news|media)\s+outlets?\b|\bpress\s+releases?\b"),
    ("go public",
     r"\b(?:go|going|went|gone|make|making|made|take|taking|took)\s+(?:this|it|the\s+\w+|my\s+\w+)?\s*public\b|"
     r"\b(?:share|sharing|shared|post|posting|posted|expose|exposing|exposed|escalate|escalating|escalated|air|airing|aired|"
     r"announce|shame|shaming|complain(?:ing)?|review|reviewing|discuss)\w*\s+(?:\w+\s+){0,4}?publicly\b|"
     r"\bpublic(?:ly)?\s+(?:exposure|forum|review|post|shaming|outcry|shame|complaints?\s+online)\b|\bname\s+and\s+shame\b"),
)
#: Reading others' reviews, news about the company, CFPB/BBB complaints.
PUBLIC_REVIEW_LEFT_EXCLUDE = (
    r"\b(?:read|reading|saw|seen|see|heard|hear|found|checked|check|looked\s+at|look\s+at|according\s+to|based\s+on)\s+(?:\w+\s+){0,4}$|"
    r"\b(?:credit|annual|account|loan|performance|periodic|file|manual|escrow)\s+$|\bconsumers?\s+$|\bothers?\s+$|\bcustomers\s+$|"
    r"\b(?!(?:i|we)\b)\w+\s+(?:have|has|had)\s+(?:\w+ly\s+)?$|\b(?:they|he|she|it)\s+(?:\w+ly\s+)?$"
)
PUBLIC_REVIEW_RIGHT_EXCLUDE = (
    r"^[^.!?;\n]{0,25}?\b(?:with|to)\s+(?:the\s+)?(?:cfpb|consumer\s+financial|bbb|better\s+business|attorney\s+general|"
    r"regulators?|you|your\s+(?:office|agency))\b|^\s+(?:of\s+(?:my|the)\s+(?:credit|account|file|report|loan)|process|"
    r"period|date|notice|record)"
)

#: Patterns to which their signal's left-context exclusion does not apply (the customer is
#: the subject *and* the one the failure happened to: "I was ignored", "I was told ... it never came").
LEFT_EXCLUDE_EXEMPT = frozenset({"was ignored", "could not reach anyone", "call-back never came", "my cancellation", "still waiting", "waited weeks for a reply", "on hold for hours",
                                 "passed from one to another", "explain again", "never got what was promised"})

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
    "no one called back": "one nobody body none",
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
    "bad attitude": "attitu cop copped curt hostil bellig aggres nasty mean short unkind unplea disres combat argume confro abusiv impati snappy grumpy cold",
    "unprofessional": "unprof",
    "took it out on me": "take takes took taking taken",
    "harassed / threatened me": "harass threat threate bullie bully bullyi intimi abusiv hostil aggres bellig vulgar profan offens degrad",
    # broken promise
    "promised ... but never": "promis assure assura assuri guaran commit told said stated advise inform claime confir explai indica wrote emaile texted agreed suppos swore swear sworn vowed pledge",
    "promised ... . It never happened": "promis assure assura assuri guaran commit told said stated advise inform claime confir explai indica wrote emaile texted agreed suppos swore swear sworn vowed pledge",
    "never got what was promised": "promis guaran assure",
    "not what I was told": "told quoted offere sold promis assure guaran false falsel fraudu mislea decept",
    "broken promise": "promis commit word agreem guaran deal offer assura follow told quoted",
    # policy refusal
    "refused because of a rule": "policy polici rule rules proced protoc guidel regula requir terms contra system reason law proces",
    "rule given as reason for refusal": "policy polici rule rules proced protoc guidel regula requir terms contra system reason law process",
    "against policy": "policy polici rule rules proced protoc",
    "those are the rules": "rule rules policy polici proced protoc proces guidel",
    "nothing I can do": "nothin",
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
    "corrected their error": "error errors mistak mix oversi double overch should shouldn",
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
