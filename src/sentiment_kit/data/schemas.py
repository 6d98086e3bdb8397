"""The data formats each analysis expects: one :class:`Schema` per data set.

A data folder (the bundled sample, or the analyst's own ``DATA_DIR`` given to
``sentiment-kit report``) holds one CSV (or Parquet) file per data set, named
after it (``complaints.csv``, ``reviews.csv``, ``customers.csv``, ``survey.csv``,
``interactions.csv``, ``staff_survey.csv``) or named in its ``sentiment_kit.toml``
(:mod:`sentiment_kit.data.config`), which also maps the file's column names to the package's
and declares scales, date order and wave order. :data:`SCHEMAS` lists the required columns of
each; extra columns are kept.

``interactions`` (one row per customer contact, for the team analysis) and ``staff_survey``
(employees rating the support they get from other departments) require no particular column,
because each of their analyses needs a different one (an agent's CSAT needs ``agent`` and
``csat``, empowerment ``escalated`` and ``resolved``, a net promoter score
``likelihood_to_recommend``); each analysis checks its own columns. They need at least one
of the answers listed in ``any_of``, without which no analysis could run. The
likelihood-to-recommend question is always 0-10 (``fixed_scales``); ``csat`` and
``internal_support`` follow the section's ``scale`` (default 1-5).

Nothing is guessed and nothing is dropped: dates by one rule
(:func:`sentiment_kit._core.dates.parse_dates`), ratings checked against their scale, survey
waves put in an order read from the data or given, and what could not be read counted in
the notes of :func:`sentiment_kit.inspect_dataset` (shown in the report's "About the data" section);
see :mod:`sentiment_kit.data.validate` and :mod:`sentiment_kit.data.load`.

Examples
--------
>>> list(SCHEMAS)
['complaints', 'reviews', 'customers', 'survey', 'interactions', 'staff_survey']
>>> SCHEMAS["reviews"].required
('stars', 'text')
"""

from __future__ import annotations

from dataclasses import dataclass, field



__all__ = ["Schema", "SCHEMAS", "RATING_PREFIXES"]


@dataclass(frozen=True)
class Schema:
    """Columns of one data set: ``required`` must exist; ``dates``/``numeric``/``boolean`` are parsed.

    ``ratings`` are checked against the section's ``scale``; ``fixed_scales`` against a scale
    that cannot be changed (``{column: (low, high)}``); ``nonnegative`` numbers cannot be below
    0; ``any_of``: at least one of these columns must exist.
    """

    name: str
    required: tuple[str, ...]
    description: dict[str, str] = field(default_factory=dict)
    dates: tuple[str, ...] = ()  # parsed when present
    numeric: tuple[str, ...] = ()
    boolean: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()  # at least one column must start with each prefix
    texts: tuple[str, ...] = ()  # free text: only blanks are missing, "NA" or "None" stay text
    ratings: tuple[str, ...] = ()  # checked against the declared ``scale``
    fixed_scales: dict[str, tuple[float, float]] = field(default_factory=dict)
    nonnegative: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column name the package knows for this data set (the names ``columns=`` maps)."""
        names = [*self.required, *self.description, *self.dates, *self.numeric, *self.boolean, *self.texts,
                 *self.ratings, *self.fixed_scales, *self.nonnegative, *self.any_of]
        return tuple(dict.fromkeys(n for n in names if "<" not in n))


SCHEMAS: dict[str, Schema] = {
    "complaints": Schema(
        "complaints",
        required=("text",),
        dates=("date",),
        texts=("text",),
        description={
            "complaint_id": "identifier (optional)",
            "date": "date received (optional: without it, time analyses are skipped with a note)",
            "product": "product or service line (str, optional)",
            "issue": "annotated issue category (str, optional)",
            "company": "company complained about (str, optional)",
            "channel": "how it was submitted (str, optional)",
            "state": "customer's state or region (str, optional)",
            "text": "the complaint narrative (str; blanks are kept)",
        },
    ),
    "reviews": Schema(
        "reviews",
        required=("stars", "text"),
        dates=("date",),
        texts=("text",),
        ratings=("stars",),
        description={
            "review_id": "identifier (optional)",
            "date": "date posted (optional: without it, time analyses are skipped with a note)",
            "location": "branch or site reviewed (str, optional)",
            "product": "product or service reviewed (str, optional)",
            "stars": "star rating 1-5 (int)",
            "text": "the review (str)",
        },
    ),
    "customers": Schema(
        "customers",
        required=("tenure_days", "churned"),
        numeric=("tenure_days", "first_response_hours", "unanswered_contacts", "contacts", "annual_value"),
        boolean=("churned",),
        dates=("signup_date",),
        texts=("exit_reason",),
        description={
            "customer_id": "identifier (optional)",
            "tenure_days": "days from sign-up to churn or to the end of observation (number >= 0)",
            "churned": "1/0 or true/false: left during observation",
            "exit_reason": "exit-survey answer, free text or code (str; blank if none)",
            "first_response_hours": "mean hours to first response on contacts (number, optional)",
            "unanswered_contacts": "contacts never answered (int, optional)",
            "annual_value": "revenue per year from the customer (number, optional)",
            "plan": "segment or plan (str, optional)",
            "signup_date": "date of sign-up (optional)",
        },
    ),
    "survey": Schema(
        "survey",
        required=("overall_satisfaction",),
        prefixes=("perf_",),
        dates=("date",),
        description={
            "respondent_id": "identifier (optional)",
            "wave": "survey wave, e.g. the year (int or str; optional: without it, one wave)",
            "imp_<value>": "stated importance of each value, 1-5 (optional)",
            "perf_<value>": "our performance on each value, 1-5",
            "comp_<value>": "the competitor's performance on each value, 1-5 (optional)",
            "overall_satisfaction": "overall satisfaction, 1-10 (or two answers such as satisfied/dissatisfied)",
            "segment": "customer segment (str, optional)",
            "date": "date answered (optional; orders the waves when their labels do not)",
        },
    ),
    "interactions": Schema(
        "interactions",
        required=(),
        any_of=("csat", "likelihood_to_recommend", "resolved", "escalated"),
        dates=("date",),
        numeric=("csat", "likelihood_to_recommend", "handle_minutes"),
        boolean=("resolved", "escalated", "referred"),
        texts=("text", "agent"),
        ratings=("csat",),
        fixed_scales={"likelihood_to_recommend": (0.0, 10.0)},
        nonnegative=("handle_minutes",),
        description={
            "interaction_id": "identifier (optional)",
            "date": "date of the contact (optional: without it, time analyses are skipped)",
            "agent": "the agent who handled it (str; blank when not recorded, its own group)",
            "customer_id": "the customer, to join to customers (optional)",
            "channel": "phone, chat, email, ... (str, optional)",
            "stage": "stage of the customer journey, e.g. pre-sale, purchase, delivery, support, renewal "
                     "(str, optional)",
            "csat": "customer satisfaction with the contact, on the section's scale (default 1-5); blank "
                    "when not surveyed",
            "likelihood_to_recommend": "how likely to recommend us, 0-10 (the net promoter question); blank "
                                       "when not surveyed",
            "resolved": "1/0 or true/false: the issue was resolved",
            "escalated": "1/0 or true/false: the contact was escalated (to a manager or second line)",
            "referred": "1/0 or true/false: the customer referred someone (optional)",
            "handle_minutes": "minutes the agent spent on the contact (number >= 0, optional)",
            "text": "the customer's comment on the contact (str; blanks are kept)",
        },
    ),
    "staff_survey": Schema(
        "staff_survey",
        required=(),
        any_of=("likelihood_to_recommend", "internal_support"),
        dates=("date",),
        numeric=("likelihood_to_recommend", "internal_support"),
        texts=("text", "team"),
        ratings=("internal_support",),
        fixed_scales={"likelihood_to_recommend": (0.0, 10.0)},
        description={
            "employee_id": "identifier (optional)",
            "date": "date answered (optional)",
            "team": "the employee's team or department (str; blank is its own group)",
            "likelihood_to_recommend": "how likely to recommend working here, 0-10 (the eNPS question)",
            "internal_support": "rating of the support they get from other departments, on the section's "
                                "scale (default 1-5)",
            "text": "the employee's comment (str; blanks are kept)",
        },
    ),
}

#: Column-name prefixes of the survey's value ratings (ours, stated importance, competitor's).
RATING_PREFIXES = ("perf_", "imp_", "comp_")


