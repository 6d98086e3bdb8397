"""Why customers leave: the churn-reason taxonomy, the indifference share, and attributable churn.

The customer-service literature repeats a claim: of customers who stop doing
business with a company, 1% die, 3% move away, 5% develop other friendships,
9% leave for competitive reasons, 14% are dissatisfied with the product and 68%
leave because of an attitude of indifference from an owner, manager or employee.
This module lets an analyst test that claim on their own customers, two ways:

* with exit reasons: :func:`classify_churn_reasons` maps free-text answers or
  codes to :data:`CHURN_REASONS`; :func:`indifference_share` estimates the share
  of indifference with a Wilson interval and tests it against 68%;
* without exit reasons: :func:`attributable_churn` estimates how much churn an
  indifference *exposure* (unanswered contacts, slow responses) causes, from
  tenure and churn flags, with Kaplan-Meier curves, a Cox model and the
  population attributable fraction.

:func:`revenue_at_risk` puts a value on each reason or exposure group.

Where the 68% comes from
------------------------
Michael LeBoeuf, *How to Win Customers and Keep Them for Life* (1987), gives
the split citing an unnamed survey. Later retellings attribute it to the US
Small Business Administration, the "Rockefeller Corporation" (or Rockefeller
Foundation), the American Society for Quality, or "a University of
Pennsylvania study", with the same numbers; no primary study has been found.
:data:`CLASSIC_BREAKDOWN` is therefore a benchmark to test, not a constant to
assume.
"""

from ._rules import CHURN_REASONS, DEFAULT_COMPETITORS, rules_table
from .model import ChurnReasonClassifier
from .reasons import classify_churn_reasons, explain_churn_reasons, fit_churn_reason_model
from .share import CLASSIC_BREAKDOWN, IndifferenceShare, indifference_share, revenue_at_risk
from .survival import AttributableChurn, attributable_churn

__all__ = [
    "CHURN_REASONS", "CLASSIC_BREAKDOWN", "DEFAULT_COMPETITORS", "ChurnReasonClassifier",
    "IndifferenceShare", "AttributableChurn", "classify_churn_reasons", "explain_churn_reasons", "fit_churn_reason_model",
    "indifference_share", "attributable_churn", "revenue_at_risk", "rules_table",
]
