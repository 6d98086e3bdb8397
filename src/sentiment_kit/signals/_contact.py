"""Phrase tables for the contact signals: escalation, indifference, rudeness, broken promise, policy refusal.

Part of :mod:`sentiment_kit.signals._patterns` (see its docstring for how patterns, ``core``
groups and exclusions work); split out to keep each module readable.
"""

from __future__ import annotations

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
     r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bmight\s)(?:\b|(?=n[’']t))(?:not|n[’']t|never)\s+"
     # "not paying as agreed" is how a credit report describes the customer, not a promise broken
     r"(?:(?!pa(?:y|ys|id|ying)\b)\w+\s+)?as\s+(?:promised|guaranteed|agreed)\b|"
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
#: "... can do" after "nothing" in the "nothing I can do" pattern (not "nothing I can do but wait").
_CAN_DO = (r"(?:can|could|would\s+be\s+able\s+to|is\s+able\s+to|was\s+able\s+to|were\s+able\s+to)\s+(?:do|have\s+done)\b"
           r"(?!\s+(?:but|except|now\s+but|about\s+it\s+but)\b)")
POLICY_REFUSAL = (
    ("refused because of a rule", _REASON + r"[^.!?;\n]{0,60}?" + _REFUSE),
    ("rule given as reason for refusal", _REFUSE + r"[^.!?;\n]{0,100}?(?:\b(?:because|due\s+to|per|under|according\s+to|by|"
     r"against|as|it\s+is|it'?s|that'?s|citing)\b[^.!?;\n]{0,30}?)" + _REASON),
    ("against policy",
     # (not "violates its own rules": the customer's accusation, not staff's reason for refusing)
     r"\b(?:against|outside\s+(?:of\s+)?)\s+(?:the\s+|their\s+|our\s+|its\s+|company\s+|"
     r"corporate\s+|bank\s+)?(?!(?:cfpb|federal|state|fdcpa|fcra|consumer|legal|government|regulatory)\b)(?:\w+\s+)?"
     r"(?:polic(?:y|ies)|rules?|procedures?|protocols?)\b(?!\s+(?:number|holders?|of\s+law)\b)"),
    # "That's our policy" gives the rule as the reason; "it is their policy to keep reporting ..." only
    # states what the rule is, with no refusal in it.
    ("those are the rules",
     r"\b(?:those|these|that|this)(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:just\s+|simply\s+)?(?:the|our|their|company|bank|store)\s+"
     r"(?:rules?|polic(?:y|ies)|procedures?|protocols?|process|guidelines)\b|"
     r"\bit(?:'s|\s+is|\s+was)\s+(?:just\s+|simply\s+)?(?:the|our|their|company|bank|store)\s+"
     r"(?:rules?|polic(?:y|ies)|procedures?|protocols?|process|guidelines)\b(?!\s+(?:to|that|and)\b)|\brules\s+are\s+rules\b|\bpolicy\s+is\s+policy\b"),
    ("nothing I can do",
     r"\bnothing\s+(?:more\s+|else\s+|further\s+)?(?:that\s+)?(?:they|he|she|anyone|anybody|the\s+\w+|customer\s+service)\s+"
     + _CAN_DO + r"|\bnothing\s+(?:can|could)\s+be\s+done\b|"
     # staff speaking to the customer: "there's nothing I can do for you"
     r"\bnothing\s+(?:more\s+|else\s+|further\s+)?(?:that\s+)?(?:i|we)\s+(?:can|could)\s+do\s+(?:for|to\s+help)\s+(?:you|u)\b"),
    # In the first person it is staff's refusal only when reported ("she told me there was nothing I
    # could do", 'he replied, "there is nothing I can do"'); unreported it is the customer's own
    # helplessness ("there is nothing I can do about it"). The match starts at the reporting verb, so
    # the customer-as-subject exclusion does not apply to it ("I was told ...": LEFT_EXCLUDE_EXEMPT).
    ("nothing I can do (reported)",
     r"(?:\b(?:said|say|says|saying|told|tell|tells|telling|stated|states|stating|advised|advise|advises|advising|informed|"
     r"inform|informs|replied|replies|responded|responds|explained|explains|notif(?:y|ied|ies|ying)|insisted|answered|"
     r"reply|response|answer)\b[^.!?;\n]{0,150}?|[\"“][^\"”\n]{0,100}?|(?:^|(?<=\s))['‘][^\n]{0,60}?)"
     r"(?P<core>nothing\s+(?:more\s+|else\s+|further\s+)?(?:that\s+)?(?:i|we)\s+" + _CAN_DO + r")"),
    # "can't help" is plain inability (a reason by the definition); "won't help" is a bare refusal.
    ("unable to help",
     r"\b(?:unable|not\s+able|can(?:no|'|’)?t|can\s+not|could\s+not|couldn'?t|couldnt)\s+(?:to\s+)?"
     r"(?:help|assist)\s*(?:(?:me|us|you|him|her|them|customers?|anyone|people|with|further|any\s+further|without|unless)\b|$|[.,;!])"),
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
     r"\b(?:(?:my|our|his|her|their)\s+hands\s+(?:are|were)\s+tied|out\s+of\s+(?:my|our|his|her|their)\s+hands|(?<!\bthis\sis\s)(?<!\bthis\swas\s)(?<!\bit\sis\s)(?<!\bit\swas\s)(?<!\bthat\sis\s)(?<!\bthat\swas\s)(?<!\bwas\s)(?<!\bwere\s)no\s+exceptions?|"
     r"(?:can(?:no|'|’)?t|can\s+not|could\s+not|couldn'?t|won'?t|will\s+not|would\s+not|wouldn'?t|refus\w*\s+to|do\s+not|don'?t)\s+"
     r"make\s+(?:an?\s+|any\s+)?exceptions?|the\s+(?:[\"“”']+\s*)?system(?:\s*(?:''|[\"“”']))?\s+(?:won'?t|will\s+not|doesn'?t|does\s+not|wouldn'?t|would\s+not|cannot|"
     r"can'?t|did\s+not|didn'?t)\s+(?:let|allow|permit)"
     # "the system would not let me check in online" is a website failing the customer, not staff's rule
     r"(?!\s+me\b)|(?:would|will|can|could|do|does|did)\s+only\s+(?:(?:accept|take)"
     r"(?!\s+(?:a\s+)?(?:report|message|complaint|statement|note)\b)"
     # "it would only take 24 hours", "would only take off $5", "it would only take another airline" (but
     # "they can only take $10 off" is a restriction)
     r"(?!(?:(?<=would\sonly\stake)|(?<=will\sonly\stake))\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|up\s+to\s+)?(?:\$?\d+|a\s+(?:few|couple|day|week|month|minute|"
     r"moment|second|year|fraction)|an?\s+(?:hour|extra)|one|two|three|four|five|six|seven|eight|nine|ten|few|several|another|off|"
     r"minutes?|hours?|days?|weeks?|months?|seconds?|moments?)\b)|(?:allow|offer)"
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
    r"\bappl(?:ied|ication|y|ying)\b[^.!?]{0,80}$|\b(?:unwilling|refus\w*)\s+or\s+$|"
    # a question, not a refusal: "why can't they cancel online?"
    r"\bwhy\s+$"
)
POLICY_REFUSAL_RIGHT_EXCLUDE = r"^[^.!?;\n]{0,30}?\b(?:in\s+case\s+of\s+disputed|15\s+u\.?s\.?c)"
