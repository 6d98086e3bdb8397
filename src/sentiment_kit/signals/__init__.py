"""Service failures customers report: escalation, indifference, rudeness, broken promises, "nothing I
can do" refusals, mistakes denied or admitted, intent to leave, public reviews."""

from .detect import prepare_prefilter, service_signals
from .names import SIGNALS

__all__ = ["service_signals", "prepare_prefilter", "SIGNALS"]
