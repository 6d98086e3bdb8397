"""The keyword lexicon of :func:`~sentiment_kit.values.action_plan`: the words that link feedback to
common survey values, the names that reach each entry, and the words of a value name that are
never keywords.

Public through :mod:`sentiment_kit.values` (:data:`DEFAULT_LEXICON`); how a value's name reaches
its keywords is :func:`~sentiment_kit.values.value_keywords`.
"""

from __future__ import annotations

__all__ = ["DEFAULT_LEXICON", "VALUE_NAMES", "NAME_BOILERPLATE", "NAME_MODIFIERS"]

#: Keywords (words or short phrases, matched after Snowball stemming) linking feedback
#: text to common survey values. Extend or override with ``lexicon=`` in
#: :func:`~sentiment_kit.values.action_plan`; value names reach these entries through
#: :data:`VALUE_NAMES` (see :func:`~sentiment_kit.values.value_keywords`).
DEFAULT_LEXICON: dict[str, tuple[str, ...]] = {
    "staff_attitude": ("rude", "attitude", "staff", "manner", "manners", "polite", "impolite",
                       "unfriendly", "friendly", "disrespectful", "condescending", "yelled", "shouted",
                       "snapped", "hung up", "arrogant", "dismissive", "unhelpful", "courteous",
                       "unprofessional", "agent", "representative", "manager"),
    "responsiveness": ("response", "respond", "responsive", "callback", "call back", "called back",
                       "on hold", "wait", "waiting", "slow", "delay", "delayed", "ignored", "no reply",
                       "never heard", "no one", "nobody", "unanswered", "follow up", "get back",
                       "passed around", "passed from"),
    "price": ("price", "prices", "pricing", "expensive", "fee", "fees", "charge", "charged",
              "overcharged", "cost", "costs", "billing", "interest rate", "refund", "cheap",
              "afford", "affordable", "value for money"),
    "reliability": ("reliable", "unreliable", "reliability", "broke", "broken", "outage", "fail",
                    "failed", "failure", "mistake", "error", "keeps dropping", "dropping", "dropped",
                    "promise", "promised", "never arrived", "never came", "inconsistent"),
    "quality": ("quality", "poor quality", "faulty", "defective", "damaged", "cheaply made",
                "shoddy", "substandard", "useless"),
    "procedures": ("process", "procedure", "paperwork", "form", "forms", "policy", "policies",
                   "documentation", "verification", "bureaucracy", "red tape", "requirement",
                   "requirements", "complicated"),
    "communication": ("communication", "communicate", "informed", "explain", "explained",
                      "explanation", "notice", "notified", "notification", "kept in the dark",
                      "unclear", "confusing", "misleading", "misinformed"),
    "convenience": ("convenient", "inconvenient", "convenience", "opening hours", "app", "website",
                    "parking", "branch", "store", "location", "hard to reach", "easy to use"),
    "expertise": ("knowledge", "knowledgeable", "expert", "expertise", "competent", "incompetent",
                  "clueless", "trained", "training", "no idea", "didn't know"),
    "range": ("range", "choice", "selection", "options", "variety", "out of stock", "in stock",
              "availability", "unavailable"),
    # travel and hospitality values (airline, hotel, restaurant surveys)
    "staff": ("staff", "employee", "employees", "personnel", "crew", "agent", "agents",
              "representative", "representatives", "attendant", "attendants", "team member"),
    "cabin_staff": ("cabin crew", "cabin staff", "crew", "crew member", "crew members",
                    "flight attendant", "flight attendants", "steward", "stewards", "stewardess",
                    "stewardesses", "hostess", "hostesses", "air hostess", "purser", "fa", "fas",
                    "cabin manager", "cabin attendant", "cabin attendants", "cabin service",
                    "inflight service", "in flight service", "onboard service", "service on board",
                    "trolley service", "staff on board", "onboard staff", "inflight staff"),
    "service": ("service", "served", "serving", "attentive", "attentiveness", "helpful", "unhelpful",
                "customer service"),
    "food_and_drink": ("food", "meal", "meals", "drink", "drinks", "beverage", "beverages", "catering",
                       "snack", "snacks", "breakfast", "lunch", "dinner", "menu", "dining", "cuisine",
                       "wine", "champagne", "beer", "coffee", "tea", "juice", "dessert", "sandwich",
                       "glass of water", "bottle of water", "buy on board", "eat", "ate", "eaten"),
    "wifi": ("wifi", "wi fi", "internet", "wireless", "online connection"),
    "cleanliness": ("clean", "cleaned", "cleanliness", "unclean", "dirty", "filthy", "grubby", "stain",
                    "stained", "stains", "hygiene", "unhygienic", "tidy", "untidy", "crumbs", "smelly",
                    "dust", "dusty"),
    "seat_comfort": ("seat comfort", "comfortable", "uncomfortable", "comfort", "comfy", "legroom", "leg room",
                     "cramped", "recline", "reclining", "narrow seat", "narrow seats", "seat pitch",
                     "lie flat", "flat bed", "knees", "hard seat", "hard seats", "seat was", "seats were",
                     "seat is", "seats are", "seat space", "seat width", "extra space", "spacious", "padding"),
    "legroom": ("legroom", "leg room", "knees", "knee", "seat pitch", "cramped", "space for my legs"),
    "check_in": ("check in", "checkin", "checked in", "checking in", "bag drop", "kiosk", "kiosks",
                 "check in desk", "check in staff"),
    # "boarding" stems to "board", as in "on board": only phrases
    "boarding": ("boarding pass", "boarding passes", "boarding card", "boarding process",
                 "boarding gate", "boarding time", "boarding group", "boarding groups",
                 "priority boarding", "started boarding", "began boarding", "gate", "gate staff",
                 "gate agent", "gate agents"),
    "ground_service": ("ground staff", "ground service", "ground crew", "check in", "checkin",
                       "checked in", "bag drop", "boarding pass", "boarding process", "priority boarding",
                       "checking in", "gate", "gate staff", "lounge", "lounges", "queue", "queues", "queuing",
                       "fast track", "through security", "security queue", "security check", "transfer",
                       "baggage", "luggage", "bags", "ticket desk", "service desk", "help desk",
                       "ground handling", "remote stand", "special assistance", "wheelchair",
                       "boarding took", "boarding started", "boarding began"),
    "baggage": ("baggage", "luggage", "bag", "bags", "suitcase", "suitcases", "bag drop",
                "carousel", "baggage claim", "lost bag", "lost luggage"),
    "entertainment": ("entertainment", "inflight entertainment", "ife", "film", "films", "movie",
                      "movies", "screen", "screens", "headphones", "headset", "tv", "tv shows",
                      "box sets", "touchscreen", "music", "games"),
    "value_for_money": ("value for money", "good value", "great value", "poor value", "bad value",
                        "worth", "not worth", "price", "prices", "priced", "overpriced", "fare", "fares",
                        "expensive", "cheap", "cheaper", "cost", "costs", "afford", "affordable",
                        "pay extra", "paid extra", "pay more", "paid more", "have to pay", "had to pay",
                        "for the money", "waste of money", "rip off", "bargain", "fee", "fees",
                        "charge extra", "charged extra", "extra charge"),
    "punctuality": ("on time", "punctual", "punctuality", "delay", "delays", "delayed", "late",
                    "lateness", "departed on time", "arrived on time", "timeliness", "ahead of schedule",
                    "behind schedule"),
}

#: Names that reach each :data:`DEFAULT_LEXICON` entry (besides the entry's own name), written
#: as a value might be named; they are split, cleaned and stemmed like value names.
VALUE_NAMES: dict[str, tuple[str, ...]] = {
    "staff_attitude": ("attitude", "staff attitude", "friendliness", "courtesy", "politeness",
                       "staff friendliness", "staff courtesy", "manners"),
    "responsiveness": ("response", "response time", "speed of response", "waiting time", "wait time",
                       "wait", "time to respond"),
    "price": ("prices", "pricing", "cost", "costs", "fees", "charges", "affordability",
              "interest rate", "fees and charges"),
    "reliability": ("dependability",),
    "procedures": ("procedure", "process", "processes", "paperwork", "bureaucracy"),
    "communication": ("information", "communications", "keeping informed"),
    "convenience": ("accessibility", "ease of use", "opening hours", "location"),
    "expertise": ("knowledge", "competence", "staff knowledge", "know how"),
    "range": ("choice", "selection", "variety", "product range"),
    "staff": ("employees", "personnel", "staff service", "staff helpfulness", "helpfulness"),
    "cabin_staff": ("crew", "cabin crew", "cabin staff", "cabin staff service", "cabin crew service",
                    "cabin service", "flight attendants", "inflight service", "onboard service"),
    "service": ("customer service", "services", "service quality"),
    "food_and_drink": ("food", "foods", "drink", "drinks", "beverage", "beverages", "catering", "meal",
                       "meals", "dining", "snacks", "refreshments", "cuisine", "food and beverage",
                       "food and beverages", "food and drinks", "inflight catering"),
    "wifi": ("wi fi", "wifi", "internet", "connectivity", "wifi connectivity", "wifi and connectivity",
             "internet access", "wireless"),
    "cleanliness": ("clean", "cleaning", "hygiene", "tidiness", "cabin cleanliness"),
    "seat_comfort": ("seat", "seats", "seating", "comfort", "seat comfort", "comfort of seat"),
    "legroom": ("leg room", "legroom", "seat pitch", "leg space"),
    "check_in": ("check in", "checkin", "check in process", "bag drop"),
    "boarding": ("boarding", "boarding process", "gate"),
    "ground_service": ("ground service", "ground staff", "ground crew", "ground handling",
                       "airport service", "airport experience", "airport staff"),
    "baggage": ("baggage", "luggage", "bags", "baggage handling", "baggage delivery"),
    "entertainment": ("inflight entertainment", "entertainment", "ife", "movies", "films",
                      "entertainment system"),
    "value_for_money": ("value for money", "money", "value"),
    "punctuality": ("punctuality", "on time", "on time performance", "delays", "timeliness",
                    "on time departure", "on time arrival", "delay"),
}

#: Words of a value name that say how it was measured, not what it is about: they never
#: become keywords (``staff_service_rating`` must not match every "rating").
NAME_BOILERPLATE = frozenset({
    "rating", "ratings", "rated", "score", "scores", "scored", "level", "levels", "satisfaction",
    "satisfied", "dissatisfaction", "sat", "csat", "overall", "experience", "experiences", "perf",
    "performance", "imp", "importance", "important", "item", "items", "attribute",
    "attributes", "aspect", "aspects", "dimension", "dimensions", "factor", "factors", "question",
    "questions", "index", "mean", "average", "avg", "total", "grade", "star", "stars", "nps", "kpi",
    "metric", "metrics", "measure", "perceived", "perception", "evaluation", "general", "survey",
    "opinion", "agreement", "vs", "versus", "etc", "amp"})

#: Words that qualify another word in a value name ("cabin cleanliness", "food quality",
#: "flight delays"): dropped when the name has another content word, kept when alone.
NAME_MODIFIERS = frozenset({
    "flight", "flights", "airline", "airlines", "airport", "hotel", "company", "customer",
    "customers", "product", "products", "quality", "service", "services", "onboard", "inflight",
    "cabin", "speed"})
