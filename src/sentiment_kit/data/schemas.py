"""The data formats each analysis expects: one :class:`Schema` per data set.

A data folder (the bundled sample, or the analyst's own ``DATA_DIR`` given to
``sentiment-kit report``) holds one CSV (or Parquet) file per data set, named
after it (``complaints.csv``, ``reviews.csv``, ``customers.csv``, ``survey.csv``) or
named in its ``sentiment_kit.toml`` (:mod:`sentiment_kit.data.config`), which also maps
the file's column names to the package's and declares scales, date order and wave order.
:data:`SCHEMAS` lists the required columns of each; extra columns are kept.

Nothing is guessed and nothing is dropped: dates by one rule
(:func:`sentiment_kit._core.dates.parse_dates`), ratings checked against their scale, survey
waves put in an order read from the data or given, and what could not be read counted in
the notes of :func:`sentiment_kit.inspect_dataset` (shown in the report's "About the data" section);
see :mod:`sentiment_kit.data.validate` and :mod:`sentiment_kit.data.load`.

Examples
--------
>>> sorted(SCHEMAS)
['complaints', 'customers', 'reviews', 'survey']
>>> SCHEMAS["reviews"].required
('stars', 'text')
"""

from __future__ import annotations

from dataclasses import dataclass, field



__all__ = ["Schema", "SCHEMAS", "RATING_PREFIXES"]


@dataclass(frozen=True)
class Schema:
    """Columns of one data set: ``required`` must exist; ``dates``/``numeric``/``boolean`` are parsed."""

    name: str
    required: tuple[str, ...]
    description: dict[str, str] = field(default_factory=dict)
    dates: tuple[str, ...] = ()  # parsed when present
    numeric: tuple[str, ...] = ()
    boolean: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()  # at least one column must start with each prefix
    texts: tuple[str, ...] = ()  # free text: only blanks are missing, "NA" or "None" stay text
    ratings: tuple[str, ...] = ()  # checked against the declared ``scale``

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column name the package knows for this data set (the names ``columns=`` maps)."""
        names = [*self.required, *self.description, *self.dates, *self.numeric, *self.boolean, *self.texts,
                 *self.ratings]
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
}

#: Column-name prefixes of the survey's value ratings (ours, stated importance, competitor's).
RATING_PREFIXES = ("perf_", "imp_", "comp_")


