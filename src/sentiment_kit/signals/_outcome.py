"""Phrase tables for the outcome signals: mistake denied, mistake admitted, intent to leave, public review.

Part of :mod:`sentiment_kit.signals._patterns` (see its docstring for how patterns, ``core``
groups and exclusions work); split out to keep each module readable.
"""

from __future__ import annotations

#: Customer (narrator) as subject, optionally followed by auxiliaries / adverbs.
_I = r"\b(?:i|we)\b(?:'(?:m|ll|ve|d|re))?" + r"(?:\s+(?:am|are|was|were|will|shall|have|had|has|would|could|should|must|be|been|being|just|finally|then|already|immediately|eventually|ultimately|recently|also|now|simply|going\s+to|gonna|decided\s+to|want(?:ed)?\s+to|plan(?:ned)?\s+to|need(?:ed)?\s+to|intend(?:ed)?\s+to|had\s+to|have\s+to|tried\s+to|try\s+to|trying\s+to|asked\s+to|would\s+like\s+to|definitely|officially|so|totally|completely|probably|certainly|seriously|actually|promptly|subsequently|therefore|thus|since|later|soon|then|even|all)){0,4}\s+"
_PROVIDER = (r"(?:bank|credit\s+union|provider|carrier|company|lender|airline|hotel|store|shop|network|supplier|service|insurer|insurance\s+company|restaurant|place|gym|utility|isp|broker(?:age)?|card|servicer|business|brand|dealer(?:ship)?|telecom|phone\s+company|app|platform|software|tool|product|vendor|chain|"
             r"pharmacy|rental\s+company|courier)")

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
    # Not the customer being right ("she said that I was correct").
    ("insisted it was correct",
     r"\b" + _CLAIM + r"\s+(?!(?:that\s+)?my\s+(?:information|identity|income|employment|id|documents?)\b)"
     r"(?!(?:that\s+)?(?:i|we|you)\s+(?:was|were|am|are)\s+(?:\w+\s+)?(?:right|correct)\b)"
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
    r"(?:^|[.!?]\s*|\bplease\s+)$|"
    r"\b(?:informed|told|notified|advised|reminded|showed|explained\s+to)\s+(?:them|him|her|the\s+\w+)\s+(?:that\s+)?$|"
    r"\bneither\b[^.!?]{0,60}$|\b(?:must|should|ought\s+to|need\s+to|needs\s+to|avoid|avoiding|want\s+\w+\s+to|"
    r"wants\s+\w+\s+to|willing\s+to|how\s+can\s+\w+(?:\s+\w+)?)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:offering|offered|offer|sent|gave|extend(?:ed)?)\s+(?:my|our)\s+$"
)
MISTAKE_ADMITTED_RIGHT_EXCLUDE = (
    r"^\s*(?:into|to)\s+(?:the\s+)?(?:hospital|er|emergency|icu|college|school|program)\b|"
    r"^\s+(?:no\b|next\b|behind\b|beside\b|"
    r"(?:over|of)\s+(?:the|my|this)\s+(?:account|debt|loan|property)\b)"
)

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
    r"\b(?:because|since|as|due\s+to)\s+(?:of\s+)?(?:\w+\s+)?financial\s+(?:issues?|hardships?|difficult(?:y|ies)|reasons?|problems?|"
    r"situation|circumstances)\b|"
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
     r"\b(?:" + _I + r"|(?:let|allow|allowing|allowed)\s+(?:me|us)\s+(?:to\s+)?|"
     # ... the verbs without their subject; a decision not after a name the CFPB redacted ("XXXX decided to close my account")
     r"(?:(?<!X\s)(?:decided|decide|chose|choose)|want|wanted|wants|going|plan|planning|"
     r"intend|intending|trying|tried|try|asked|request(?:ed|ing)?|would\s+like|'d\s+like|wish|wished|able|"
     r"unable|will|shall)\s+to\s+|(?:request|attempt|intention|intent)\s+to\s+|"
     # the customer's decision, not "the decision to close the account" the bank made
     r"(?<!\bthe\s)(?<!\btheir\s)(?<!\bits\s)(?<!\ba\s)decision\s+to\s+|(?:so|and)\s+i\s+|"
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
     r"[^.!?;\n]{0,30}?\b(?:due\s+to|because\s+of|after|over)\s+(?:the\s+|their\s+|this\s+|these\s+|all\s+the\s+)?"
     r"(?!(?:financial|personal|medical|health|family)\s)(?:\w+\s+)?"
     r"(?:problems?|issues?|lack|poor|bad|terrible|horrible|way|dishonest\w*|fees?|charges?|service|treatment|experience|errors?|"
     r"mistakes?|practices|transparency)\b|"
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
    r"\b(?:they|he|she|it|bank|company|lender|(?<!\bmy\s)(?<!\bour\s)(?:mortgage|loan)|servicer|\w+\s+has|\w+\s+have|(?!(?:i|we)\b)\w+\s+had)\s+(?:(?:had|has|have|then|just|also|will|would|"
    r"unilaterally|are|were|is|was|keep|kept|still)\s+)?$|"
    r"\b(?:said|says|told\s+(?:me|us)|stated|advised|informed\s+(?:me|us)|explained)\s+(?:that\s+)?[\"'“”]*\s*$|"
    r"\b(?:could|can|may|might|should|was|were|been|being)\s+$|\b(?:said|told\s+(?:me|us)|asked\s+(?:me|us)|needed|need|have|had|has)\s+to\s+$|"
    r"\b(?:others|people|everyone|consumers|customers|you)\s+(?:to\s+)?$|identity\s+theft[^.!?]{0,100}$|"
    r"\bpa(?:y|id|ying)\s+(?:\w+\s+){0,6}?off\b[^.!?]{0,60}$|\b(?:if|unless|whether)\s+$|"
    # a company described by what it did ("a mortgage company that have closed and switched to a different company")
    r"\b(?:compan(?:y|ies)|banks?|lenders?|servicers?)\s+(?:that|which|who)\s+(?:(?!(?:i|we)\b)[^.!?;\s]+\s+){0,6}$|"
    # someone else leaves ("my neighbour switched suppliers"); the customer says they never meant to leave
    r"\b(?:my|our|his|her)\s+(?:neighbou?rs?|friends?|mother|father|mom|mum|dad|parents?|brother|sister|sons?|daughters?|colleagues?|"
    r"coworkers?|co-workers?|boss|family|doctor|husband|wife|partner|roommate)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:never|not|n[’']t)\s+(?:\w+\s+)?(?:said|say|saying|mean|meant|threaten\w*|plan\w*|want\w*|intend\w*|going)\s+(?:that\s+|to\s+)?"
    r"(?:i|we)?\s*(?:\w+\s+){0,2}$|"
    r"\b(?:mov(?:e|ed|ing)\s+(?:house|home|out|away|abroad|overseas)|relocat\w+)\b[^.!?]{0,40}$|"
    r"(?<!\bi\s)(?<!\bwe\s)\b(?:stating|stated|said|says|saying|replied|responded|wrote|told\s+(?:me|us))\s*[:,]?\s*[\"“][^\"”]*$|"
    # leaving only in a counterfactual ("were it not for the monopoly, I would have cancelled", "had I
    # seen the statement, I would have closed the account", "I would have had time to switch")
    r"\b(?:were\s+it\s+not|if\s+it\s+(?:weren|wasn)'?t|if\s+not\s+for|had\s+(?:i|we))\b[^.!?]{0,100}$|"
    r"\bwould\s+have\s+(?!to\b)(?:\w+\s+){0,4}$|"
    # someone advises the customer to close ("my bank suggested that I close the account")
    r"\b(?:suggest\w*|recommend\w*|advis\w*|urg(?:e|ed|es|ing))\s+(?:(?:me|us)\s+to\s+|that\s+)$"
)
INTENT_TO_LEAVE_RIGHT_EXCLUDE = (
    r"^[^.!?;\n]{0,80}?\b(?:due\s+to\s+(?:a\s+|my\s+|our\s+)?(?:move|moving|relocation|relocating|death|divorce)|"
    r"because\s+(?:i|we)\s+(?:am|are|was|were)\s+moving|(?:paid|pay)\s+(?:it\s+|the\s+\w+\s+)?(?:off|in\s+full)|identity\s+theft|"
    r"fraudulent\s+(?:charges|activity|transactions)|scam|fraud|balance\s+(?:is|was)\s+(?:zero|\$?0)|hack\w*|compromised|"
    r"logged\s+(?:in|into|on)|unauthori[sz]ed|stolen|breach\w*|(?:changed|new)\s+(?:my\s+)?(?:credit\s+|debit\s+)?card\s+numbers?|"
    r"personal\s+information|ach\s+(?:pulls?|debits?))|^\s+(?:with\s+)?(?:me|us)\b|"
    r"^[^.!?;\n]{0,10}?\b(?:another\s+city|another\s+state|another\s+country|abroad|overseas)\b|"
    r"^\s+(?:could|would|may|might|can)\s+(?:potentially\s+|possibly\s+|also\s+)?(?!not\b)\w+|"
    r"^[^.!?;\n]{0,60}?(?:" + _NEUTRAL_CLOSURE + r")|^\s*(?:with\s+no|without\s+(?:any\s+)?)\s*(?:prior\s+)?(?:warning|notice|reason|explanation)\b|"
    # the customer cannot leave ("I would switch providers, but they have a monopoly"; "... if I could")
    r"^[^.!?;\n]{0,60}?\b(?:if\s+(?:i|we)\s+(?:could|had\s+a\s+choice)\b(?!\s+help)|but\s+(?:there\s+(?:is|are|was|were)\s+no|"
    r"(?:they|it|\w+)(?:'re|\s+are|\s+is|\s+have|\s+has)\s+(?:\w+\s+){0,2}?(?:a\s+)?monopoly|there(?:'s|\s+is)\s+(?:no|only)|"
    r"no\s+other|(?:i|we)\s+(?:can(?:no|')?t|couldn'?t)|(?:they|it)\s+(?:is|are)\s+the\s+only)|"
    r"if\s+(?:there\s+(?:was|were|is|are)|(?:i|we)\s+had)\s+(?:an?|another|any|some|other)\s+(?:\w+\s+)?(?:options?|choices?|"
    r"alternatives?|providers?|competitors?|compan(?:y|ies)|carriers?|banks?)\b)|"
    # a plan or tier of the same company; a downgrade; paying in full; the cancellation's paperwork
    r"^\s+(?!and\b)(?:[\w-]+\s+){0,2}?(?:plan|tier|double\s+play|triple\s+play|business\s+(?:service|account))s?\b|"
    r"^[^.!?;\n]{0,40}?\b(?:only|just)\s+(?:want|wanted|need|needed|use|keep|kept)\b|"
    r"^[^.!?;\n]{0,60}?\bpaying\s+(?:it\s+|the\s+\w+\s+)?(?:off|in\s+full)|"
    r"^\s+(?:paperwork|request|confirmation|letter|form)\b"
)

# --------------------------------------------------------------------------- public review
_PLATFORM = (r"(?:social\s+media|twitter|tweets?|facebook|fb|yelp|instagram|insta|tiktok|tik\s+tok|reddit|youtube|trustpilot|"
             r"trip\s*advisor|google\s+(?:reviews?|maps)|linkedin|nextdoor|glassdoor|x\s*\(formerly\s+twitter\)|twitter\s*/\s*x|x\.com|"
             r"threads|every\s+(?:review\s+)?(?:site|platform|forum)|review\s+(?:sites?|platforms?|websites?)|online\s+forums?|"
             r"bbb\s+reviews?|angie'?s\s+list|consumer\s*affairs|ripoff\s+report|pissed\s*consumer|sitejabber|"
             r"their\s+(?:facebook|twitter|instagram)\s+page)")
_ACT = (r"(?:post|posting|posted|posts|share|sharing|shared|write|writing|wrote|written|leave|leaving|left|put|putting|tweet|tweeting|"
        r"tweeted|publish|publishing|published|reach(?:ed)?\s+out|reaching\s+out|contact(?:ed|ing)?|messag(?:ed|ing)|dm(?:'?d)?|"
        r"complain(?:ed|ing)?|go|going|went|gone|take|taking|took|blast(?:ed|ing)?|expos(?:e|ed|ing)|warn(?:ed|ing)?|report(?:ing)?|"
        r"air(?:ed|ing)?|vent(?:ed|ing)?|rant(?:ed|ing)?|review(?:ed|ing)?|rate|rating|rated|spread|upload(?:ed|ing)?|shout|call(?:ed|ing)?\s+"
        r"(?:them|it|this)\s+out)")
PUBLIC_REVIEW = (
    ("post on social media", r"\b" + _ACT + r"\b[^.!?;\n]{0,60}?\b(?:on|to|via|through|in|across|all\s+over)\s+(?:\w+\s+){0,2}?"
     + _PLATFORM + r"\b|\b(?:post|posting|posted|posts|share|sharing|shared|put|putting|write|writing|wrote|written|publish\w*|"
     r"blast\w*|expos\w+|warn\w*)\b[^.!?;\n]{0,40}?\b(?:on|to|all\s+over)\s+the\s+internet\b"),
    ("leave a review",
     r"\b(?:leave|leaving|left|write|writing|wrote|written|post|posting|posted|submit(?:ted|ting)?|share|sharing|shared|put|putting|"
     r"give|giving|gave|provided|provide|providing|publish(?:ed|ing)?|add(?:ed|ing)?)\s+(?:a|an|my|the|them|him|her|it|"
     r"(?:\w+\s+)?(?:public|online|honest|bad|negative|poor|scathing|terrible|horrible|awful|detailed|one|1|zero|0|two|2|low))?\s*"
     r"(?:(?!for\b|to\b|pending\b|your\b)\w+\s+){0,2}?(?<!for\s)(?<!to\s)(?:reviews?|ratings?|(?:one|1|zero|0|no|two|2)[- ]stars?(?:\s+reviews?)?|feedback\s+(?:online|publicly))\b"
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
    r"\b(?!(?:i|we)\b)\w+\s+(?:have|has|had)\s+(?:\w+ly\s+)?$|\b(?:they|he|she|it)\s+(?:\w+ly\s+)?$|"
    # passive or impossible: "has been made public", "from being shared publicly", "difficult to give a rating"
    r"\b(?:has|have|had|is|are|was|were)\s+(?:been|being)\s+$|\bfrom\s+being\s+$|\b(?:unable|difficult|hard|impossible)\s+to\s+$"
)
PUBLIC_REVIEW_RIGHT_EXCLUDE = (
    r"^[^.!?;\n]{0,25}?\b(?:with|to)\s+(?:the\s+)?(?:cfpb|consumer\s+financial|bbb|better\s+business|attorney\s+general|"
    r"regulators?|you|your\s+(?:office|agency))\b|^\s+(?:of\s+(?:my|the)\s+(?:credit|account|file|report|loan)|process|"
    r"period|date|notice|record)"
)
