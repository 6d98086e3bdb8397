"""The service failures :func:`sentiment_kit.service_signals` reports, by name, in report order."""

__all__ = ["SIGNALS"]

#: The nine service failures customers report (definitions: ``benchmarks/data/SIGNALS_LABELLING.md``).
SIGNALS = ("escalation", "indifference", "rudeness", "broken_promise", "policy_refusal",
           "mistake_denied", "mistake_admitted", "intent_to_leave", "public_review")
