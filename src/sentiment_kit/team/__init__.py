"""The team and the numbers managers watch, each with its n and an interval.

Quality *and* quantity per agent (:func:`agent_scorecard`), net promoter score (:func:`nps`),
satisfaction (:func:`csat`), retention and referral rates, empowerment (share resolved without
escalation, against a target), feedback by stage of the customer journey and the cost to serve
each customer against their value.
"""

from .cost import CostToServe, cost_to_serve
from .empowerment import EMPOWERMENT_TARGET, empowerment_rate
from .scorecard import UNKNOWN_AGENT, agent_scorecard
from .scores import NPS_SCALE, csat, nps, referral_rate, retention_rate
from .stages import feedback_by_stage

__all__ = [
    "CostToServe",
    "EMPOWERMENT_TARGET",
    "NPS_SCALE",
    "UNKNOWN_AGENT",
    "agent_scorecard",
    "cost_to_serve",
    "csat",
    "empowerment_rate",
    "feedback_by_stage",
    "nps",
    "referral_rate",
    "retention_rate",
]
