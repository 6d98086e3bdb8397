"""Service failures customers report: escalation, indifference, rudeness, broken promises, "nothing I
can do" refusals, mistakes denied or admitted, intent to leave, public reviews."""

from .detect import service_signals
from .names import SIGNALS

__all__ = ["service_signals", "SIGNALS"]
