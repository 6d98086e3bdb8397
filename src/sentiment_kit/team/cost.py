"""The cost to serve each customer against the value they bring, and the group that costs more.

:func:`cost_to_serve` adds up each customer's contacts, handling minutes and complaints, prices
them (minutes x ``cost_per_minute`` + contacts x ``cost_per_contact``) and sets that against the
customer's value for the same period. Customers whose service cost exceeds their value, after at
least ``min_contacts`` contacts, are flagged as a *group* to review (customer profitability
analysis: Kaplan & Narayanan 2001, "Measuring and managing customer profitability", Journal of
Cost Management 15(5)). The flag is a prompt to look at what the contacts were about, never a
verdict on a person: the sentence and the summary name no customer.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .._core.parse import as_flag
from .._core.results import Result
from .._core.stats import wilson_interval
from .._core.validation import check_columns, check_confidence, check_dates
from ..exceptions import SentimentKitError, SentimentKitWarning
from ..feedback.classify import classify_feedback

__all__ = ["DAYS_PER_YEAR", "CostToServe", "cost_to_serve"]

#: Days in the average (Julian) year: an annual value times ``days / DAYS_PER_YEAR`` is its value
#: for a period of ``days``.
DAYS_PER_YEAR = 365.25

FLAGGED, REST, NO_VALUE, UNKNOWN, ALL = "cost exceeds value", "rest", "value missing", "not in customers", "all"


@dataclass(frozen=True, eq=False)
class CostToServe(Result):
    """Service cost against value per customer, and the group whose cost exceeds their value.

    Attributes
    ----------
    customers : DataFrame
        One row per customer (see :func:`cost_to_serve`, Returns); :meth:`to_frame` returns a copy.
    customer : str
        Name of the customer id column.
    period_days : float
        Days the values were scaled to.
    period_start, period_end : Timestamp or None
        First and last interaction date when the dates set the period (None when ``period`` was given).
    min_contacts : int
    confidence, cost_per_minute, cost_per_contact : float
    no_id_contacts : int
        Interactions without a customer id (counted in every total, assigned to no customer).
    no_id_cost : float
        Their service cost.
    complaints_measured : bool
        False when no text was given (``complaints`` is then NaN).
    """

    customers: pd.DataFrame = field(repr=False)
    customer: str
    period_days: float
    period_start: pd.Timestamp | None
    period_end: pd.Timestamp | None
    min_contacts: int
    confidence: float
    cost_per_minute: float
    cost_per_contact: float
    no_id_contacts: int
    no_id_cost: float
    complaints_measured: bool

    @property
    def n_flagged(self) -> int:
        """Customers whose service cost exceeds their value (with at least ``min_contacts`` contacts)."""
        return int(self.customers["cost_exceeds_value"].sum())

    def to_frame(self) -> pd.DataFrame:
        """One row per customer: contacts, complaints, minutes, cost, value and the flag (a copy)."""
        return self.customers.copy()

    def summary(self) -> pd.DataFrame:
        """The flagged group beside the rest, the customers without a value, those not in the table and all.

        Rows: "cost exceeds value", "rest" (assessed, not flagged), "value missing" (in the
        customer table without a value: not assessed), "not in customers" (interactions whose
        customer is not in the table, or has no id: value unknown, not assessed) and "all".
        ``customers`` counts the customer table (the "not in customers" row counts distinct
        unknown ids, outside the table); ``customer_share`` is of the customer table, with its
        Wilson (1927) interval. ``contact_share`` and ``cost_share`` are of every interaction,
        ``value_share`` of the total value of the table: exact totals, not estimates, so they
        have no interval. ``median_contacts`` and ``median_service_cost`` are per customer.

        Examples
        --------
        >>> cust = pd.DataFrame({"customer_id": ["a", "b"], "annual_value": [365.25, 3652.5]})
        >>> inter = pd.DataFrame({"customer_id": ["a"] * 3 + ["b"], "handle_minutes": [5, 5, 5, 5],
        ...                       "date": ["2024-01-01", "2024-01-05", "2024-01-10", "2024-01-10"]})
        >>> res = cost_to_serve(cust, inter, text=None)
        >>> res.summary().loc[["cost exceeds value", "rest"], ["customers", "contacts", "service_cost"]]
                            customers  contacts  service_cost
        cost exceeds value          1         3          15.0
        rest                        1         1           5.0
        """
        f = self.customers
        known = f["in_customers"]
        assessed = known & f["value"].notna()
        n = int(known.sum())
        totals = {"contacts": int(f["contacts"].sum()) + self.no_id_contacts,
                  "service_cost": float(f["service_cost"].sum()) + self.no_id_cost,
                  "value": float(f.loc[known, "value"].sum())}
        rows = {name: self._group_row(part, n=n, totals=totals, extra=(0, 0.0), in_table=True)
                for name, part in ((FLAGGED, f[f["cost_exceeds_value"]]), (REST, f[assessed & ~f["cost_exceeds_value"]]),
                                   (NO_VALUE, f[known & f["value"].isna()]))}
        no_id = (self.no_id_contacts, self.no_id_cost)
        rows[UNKNOWN] = self._group_row(f[~known], n=n, totals=totals, extra=no_id, in_table=False)
        rows[ALL] = self._group_row(f[known], n=n, totals=totals, extra=no_id, in_table=True)
        rows[ALL].update(contacts=totals["contacts"], contact_share=1.0, service_cost=totals["service_cost"],
                         cost_share=1.0, value=totals["value"], value_share=1.0,
                         cost_to_value=_ratio(totals["service_cost"], totals["value"]))
        if self.complaints_measured:
            rows[ALL]["complaints"] = float(f["complaints"].sum())
        return pd.DataFrame.from_dict(rows, orient="index")

    def _group_row(self, part: pd.DataFrame, *, n: int, totals: dict[str, float], extra: tuple[int, float],
                   in_table: bool) -> dict[str, Any]:
        """One row of :meth:`summary`: ``part`` of the customers plus ``extra`` (contacts, cost) without an id."""
        k = len(part)
        lo, hi = wilson_interval(k, n, self.confidence) if in_table else (np.nan, np.nan)
        contacts, cost = int(part["contacts"].sum()) + extra[0], float(part["service_cost"].sum()) + extra[1]
        value = float(part["value"].sum()) if in_table and part["value"].notna().all() else np.nan
        return {
            "customers": k, "customer_share": k / n if n and in_table else np.nan,
            "customer_share_ci_low": float(lo), "customer_share_ci_high": float(hi),
            "contacts": contacts, "contact_share": _ratio(contacts, totals["contacts"]),
            "complaints": float(part["complaints"].sum()) if self.complaints_measured else np.nan,
            "service_cost": cost, "cost_share": _ratio(cost, totals["service_cost"]),
            "value": value, "value_share": _ratio(value, totals["value"]), "cost_to_value": _ratio(cost, value),
            "median_contacts": float(part["contacts"].median()) if k else np.nan,
            "median_service_cost": float(part["service_cost"].median()) if k else np.nan,
        }

    def __str__(self) -> str:
        """One careful sentence about the group; it never names a customer."""
        s = self.summary()
        flag, rest, n = s.loc[FLAGGED], s.loc[REST], int(s.loc[ALL, "customers"])
        rule = f"service cost above their value for the period, with at least {self.min_contacts} contacts"
        ci = f"{self.confidence:.0%} CI {_pct(flag['customer_share_ci_low'])} to {_pct(flag['customer_share_ci_high'])}"
        skipped = []
        if s.loc[NO_VALUE, "customers"]:
            skipped.append(f"{int(s.loc[NO_VALUE, 'customers']):,} customer(s) without a value")
        if s.loc[UNKNOWN, "contacts"]:
            skipped.append(f"{int(s.loc[UNKNOWN, 'contacts']):,} contact(s) from customers not in the customer table")
        not_assessed = f"; not assessed: {' and '.join(skipped)}" if skipped else ""
        if not self.n_flagged:
            return (f"No customer cost more to serve than they bring over {self._period_text()} ({rule}; 0 of {n:,} "
                    f"customers, {ci}){not_assessed}.")
        return (f"{self.n_flagged:,} of {n:,} customers ({_pct(flag['customer_share'])}, {ci}) cost more to serve "
                f"than they bring over {self._period_text()} ({rule}); they made {_pct(flag['contact_share'])} of "
                f"contacts and {_pct(flag['cost_share'])} of service cost against {_pct(flag['value_share'])} of "
                f"customer value, a median of {flag['median_contacts']:g} contacts against "
                f"{_num(rest['median_contacts'])} for the rest{not_assessed}. Review them as a group, not one by one: "
                "what their contacts were about, whether the service failed them first, and whether a fix, another "
                "channel or another price would serve them better than losing them.")

    def __repr__(self) -> str:
        return f"CostToServe\n{self}\n\n{self.summary().to_string(float_format=lambda x: f'{x:.3f}')}"

    def _period_text(self) -> str:
        days = f"{self.period_days:g} days"
        if self.period_start is None or self.period_end is None:
            return days
        return f"the {days} from {self.period_start:%Y-%m-%d} to {self.period_end:%Y-%m-%d}"


def _ratio(a: float, b: float) -> float:
    if pd.isna(a) or pd.isna(b):
        return np.nan
    return float(a / b) if b else (np.inf if a else np.nan)


def _pct(x: float) -> str:
    return "n/a" if pd.isna(x) else f"{x:.2%}" if 0 < x < 0.001 else f"{x:.1%}"


def _num(x: float) -> str:
    return "n/a" if pd.isna(x) else f"{x:g}"


def cost_to_serve(
    customers: pd.DataFrame,
    interactions: pd.DataFrame,
    *,
    value: str = "annual_value",
    customer: str = "customer_id",
    minutes: str | None = "handle_minutes",
    cost_per_minute: float = 1.0,
    cost_per_contact: float = 0.0,
    text: str | None = "text",
    date: str = "date",
    period: float | None = None,
    min_contacts: int = 3,
    confidence: float = 0.95,
) -> CostToServe:
    """Each customer's cost to serve against their value, and the group whose cost is higher.

    ``service_cost = minutes x cost_per_minute + contacts x cost_per_contact``, summed over the
    customer's interactions. ``value`` is the annual value scaled to the period the interactions
    cover: ``annual x days / 365.25``, where ``days`` is ``period`` when given, else the span of
    the interaction dates, first to last day inclusive. Every customer is assumed to be a
    customer for the whole period (one who joined part-way has their value overstated, which
    makes a flag *less* likely: the rule errs towards not flagging).

    A customer is flagged (``cost_exceeds_value``) only when their service cost exceeds their
    value **and** they made at least ``min_contacts`` contacts: never on the evidence of one
    contact. Nothing is dropped silently:

    - a customer with no interaction has 0 contacts and 0 cost, and counts among the customers;
    - an interaction whose customer is not in ``customers`` (or has no id) counts in every total
      of contacts and cost; its customer gets a row with ``in_customers`` False and no value,
      is never flagged, and a :class:`~sentiment_kit.exceptions.SentimentKitWarning` counts them;
    - a customer without a value is kept, never flagged, and counted ("value missing");
    - an interaction without minutes counts as a contact with 0 minutes (cost understated), with
      a warning; one without a date counts in the totals, with a warning when dates set the period.

    Parameters
    ----------
    customers : DataFrame
        One row per customer, with ``customer`` (unique, no blanks) and ``value``. Not modified.
    interactions : DataFrame
        One row per contact, with ``customer``, ``minutes`` and ``text``. Not modified.
    value : str, default "annual_value"
        Customers' column of annual value (revenue or margin, >= 0, in the currency of the costs).
    customer : str, default "customer_id"
        Customer id column of both tables (ids are compared as written).
    minutes : str or None, default "handle_minutes"
        Interactions' handling time column (>= 0); None to price contacts only.
    cost_per_minute, cost_per_contact : float, default 1.0 and 0.0
        Prices of a minute and of a contact (>= 0).
    text : str or None, default "text"
        Interactions' text column; ``complaints`` counts texts :func:`~sentiment_kit.classify_feedback`
        calls complaints (an existing ``is_complaint`` column is used as it is). None: no text,
        ``complaints`` is NaN.
    date : str, default "date"
        Interactions' date column; needed only when ``period`` is None. With ``period``, dates
        spanning more than ``period`` days give a warning.
    period : float, optional
        Days the interactions cover.
    min_contacts : int, default 3
        Fewest contacts before a customer can be flagged.
    confidence : float, default 0.95
        Confidence level of the share of customers flagged (Wilson 1927).

    Returns
    -------
    CostToServe
        ``to_frame()``: one row per customer (the customer table's order, then unknown ids in
        order of appearance): ``customer_id`` (named as ``customer``), ``in_customers``,
        ``contacts``, ``complaints``, ``minutes``, ``service_cost``, ``annual_value``, ``value``
        (for the period), ``cost_to_value``, ``cost_exceeds_value``. ``summary()``: see
        :meth:`CostToServe.summary`. ``str()``: one sentence about the group.

    Raises
    ------
    SentimentKitError
        A missing column; a repeated or blank customer id; a negative or non-numeric value or
        minutes (naming the column and values); no price (``minutes=None`` and
        ``cost_per_contact=0``); no date to measure the period; a bad option.
    DataValidationError
        A date that cannot be read; an ``is_complaint`` column that is not yes/no.

    Examples
    --------
    >>> cust = pd.DataFrame({"customer_id": ["a", "b", "c"], "annual_value": [365.25, 3652.5, 100.0]})
    >>> inter = pd.DataFrame({"customer_id": ["a", "a", "a", "b", "x"], "handle_minutes": [5, 5, 5, 5, 9],
    ...                       "text": ["Still broken.", "Thanks", "", "ok", "hi"]})
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     res = cost_to_serve(cust, inter, period=10)
    >>> str(caught[0].message)[:57]
    '1 interaction(s) belong to 1 customer id(s) not in custom'
    >>> res.to_frame()[["customer_id", "contacts", "service_cost", "value", "cost_exceeds_value"]].round(2)
      customer_id  contacts  service_cost   value  cost_exceeds_value
    0           a         3          15.0   10.00                True
    1           b         1           5.0  100.00               False
    2           c         0           0.0    2.74               False
    3           x         1           9.0     NaN               False
    >>> str(res)[:80]
    '1 of 3 customers (33.3%, 95% CI 6.1% to 79.2%) cost more to serve than they brin'
    """
    _check_options(cost_per_minute, cost_per_contact, min_contacts, period, confidence, minutes)
    check_columns(customers, [customer, value], name="customers")
    check_columns(interactions, [customer, minutes, text, None if period is not None else date], name="interactions")
    annual = _annual_values(customers, customer=customer, value=value)
    days, start, end = _period(interactions, date=date, period=period)
    per_contact = _contacts(interactions, customer=customer, minutes=minutes, text=text)
    per_contact["cost"] = per_contact["minutes"] * cost_per_minute + cost_per_contact
    frame = _per_customer(per_contact, annual, customer=customer, days=days, min_contacts=min_contacts,
                          complaints_measured=text is not None)
    no_id = per_contact["id"].isna()
    return CostToServe(customers=frame, customer=customer, period_days=days, period_start=start, period_end=end,
                       min_contacts=int(min_contacts), confidence=float(confidence),
                       cost_per_minute=float(cost_per_minute), cost_per_contact=float(cost_per_contact),
                       no_id_contacts=int(no_id.sum()), no_id_cost=float(per_contact.loc[no_id, "cost"].sum()),
                       complaints_measured=text is not None)


def _check_options(cost_per_minute: float, cost_per_contact: float, min_contacts: int, period: float | None,
                   confidence: float, minutes: str | None) -> None:
    for name, x in (("cost_per_minute", cost_per_minute), ("cost_per_contact", cost_per_contact)):
        if not isinstance(x, (int, float)) or isinstance(x, bool) or not np.isfinite(x) or x < 0:
            raise SentimentKitError(f"{name} must be a number >= 0, got {x!r}.")
    if minutes is None and cost_per_contact == 0:
        raise SentimentKitError("No price: minutes=None and cost_per_contact=0 make every cost 0; name the minutes "
                                "column or give cost_per_contact.")
    if isinstance(min_contacts, bool) or not isinstance(min_contacts, (int, np.integer)) or min_contacts < 1:
        raise SentimentKitError(f"min_contacts must be a whole number >= 1, got {min_contacts!r}; e.g. 3 (never "
                                "judge a customer on one contact).")
    if period is not None and (isinstance(period, bool) or not isinstance(period, (int, float))
                               or not np.isfinite(period) or period <= 0):
        raise SentimentKitError(f"period must be a number of days > 0, got {period!r}; e.g. period=365.")
    check_confidence(confidence)


def _non_negative(values: pd.Series, *, column: str, table: str) -> pd.Series:
    """Numbers >= 0 (blank as NaN); non-numbers and negatives are errors naming the column and values."""
    num = pd.to_numeric(values, errors="coerce").astype(float)
    bad = num.isna() & values.notna() & (values.astype(str).str.strip() != "")
    if bad.any():
        examples = list(dict.fromkeys(map(str, values[bad].head(50))))[:5]
        raise SentimentKitError(f"Column {column!r} of {table} must hold numbers; {int(bad.sum()):,} value(s) are "
                                f"not, e.g. {examples}; fix them or blank them.")
    negative = num < 0
    if negative.any():
        raise SentimentKitError(f"Column {column!r} of {table} has {int(negative.sum()):,} negative value(s), e.g. "
                                f"{sorted(set(num[negative].tolist()))[:5]}; it cannot be below 0: fix them or blank "
                                "them.")
    return num


def _annual_values(customers: pd.DataFrame, *, customer: str, value: str) -> pd.Series:
    """Annual value per customer id (table order), NaN where missing."""
    ids = customers[customer]
    if ids.isna().any():
        raise SentimentKitError(f"Column {customer!r} of customers is blank in {int(ids.isna().sum()):,} row(s); "
                                "every customer needs an id to match their interactions.")
    repeated = ids[ids.duplicated()]
    if len(repeated):
        raise SentimentKitError(f"Column {customer!r} of customers repeats {repeated.nunique():,} id(s) (one row per "
                                "customer expected); combine or remove the repeated rows.")
    return pd.Series(_non_negative(customers[value], column=value, table="customers").to_numpy(),
                     index=pd.Index(ids.to_numpy(), name=customer))


def _period(interactions: pd.DataFrame, *, date: str, period: float | None) -> tuple[float, Any, Any]:
    """(days, first date, last date) the interactions cover."""
    if period is not None and date not in interactions.columns:
        return float(period), None, None
    # by position: the date rule assigns by index label, which a repeated label (pd.concat) breaks
    t = check_dates(interactions[[date]].reset_index(drop=True), date, name="interactions")
    ok = t.dropna()
    if period is None:
        if ok.empty:
            raise SentimentKitError(f"No date in column {date!r} of interactions to measure the period they cover; "
                                    "pass period=<days>.")
        if len(ok) < len(t):
            warnings.warn(f"{len(t) - len(ok):,} of {len(t):,} interactions have no date in {date!r}: they count in "
                          "contacts and cost, but not in the period, which is measured from the others.",
                          SentimentKitWarning, stacklevel=3)
    if ok.empty:
        return float(period), None, None
    start, end = ok.min().normalize(), ok.max().normalize()
    span = float((end - start).days + 1)
    if period is not None and span > period:
        warnings.warn(f"The interactions span {span:g} days ({start:%Y-%m-%d} to {end:%Y-%m-%d}), more than "
                      f"period={period:g}: costs over the longer span are set against value for {period:g} days, "
                      "which flags too many; pass only the interactions of the period, or a longer period.",
                      SentimentKitWarning, stacklevel=3)
    return (float(period), None, None) if period is not None else (span, start, end)


def _contacts(interactions: pd.DataFrame, *, customer: str, minutes: str | None, text: str | None) -> pd.DataFrame:
    """One row per interaction: customer id, minutes (missing as 0) and complaint flag (NaN without text)."""
    if minutes is not None:
        mins = _non_negative(interactions[minutes], column=minutes, table="interactions")
        if mins.isna().any():
            warnings.warn(f"{int(mins.isna().sum()):,} interaction(s) have no {minutes!r}: they count as contacts "
                          "with 0 minutes, so their cost is understated.", SentimentKitWarning, stacklevel=3)
        mins = mins.fillna(0.0)
    else:
        mins = pd.Series(0.0, index=interactions.index)
    if text is None:
        complaint = np.full(len(interactions), np.nan)
    elif "is_complaint" in interactions.columns:
        complaint = (as_flag(interactions["is_complaint"], column="is_complaint") == 1.0).to_numpy(dtype=float)
    else:
        complaint = classify_feedback(interactions[[text]], text=text)["is_complaint"].to_numpy(dtype=float)
    return pd.DataFrame({"id": interactions[customer].to_numpy(), "minutes": mins.to_numpy(dtype=float),
                         "complaint": complaint})


def _per_customer(per_contact: pd.DataFrame, annual: pd.Series, *, customer: str, days: float,
                  min_contacts: int, complaints_measured: bool) -> pd.DataFrame:
    """The per-customer table of :func:`cost_to_serve`."""
    sums = (per_contact.dropna(subset=["id"]).groupby("id", sort=False)
            .agg(contacts=("minutes", "size"), complaints=("complaint", "sum"), minutes=("minutes", "sum"),
                 service_cost=("cost", "sum")))
    unknown = sums.index[~sums.index.isin(annual.index)]
    if len(unknown) or per_contact["id"].isna().any():
        n_rows = int((~per_contact["id"].isin(annual.index)).sum())
        warnings.warn(f"{n_rows:,} interaction(s) belong to {len(unknown):,} customer id(s) not in customers"
                      f"{' or have no id' if per_contact['id'].isna().any() else ''}: they count in contacts and "
                      "cost, with no value and never flagged (ids are compared as written: check both tables write "
                      "them alike).", SentimentKitWarning, stacklevel=3)
    ids = annual.index.append(unknown)
    frame = sums.reindex(ids).fillna({"contacts": 0, "complaints": 0, "minutes": 0.0, "service_cost": 0.0})
    frame = frame.astype({"contacts": "int64"})
    frame["complaints"] = frame["complaints"].astype("int64") if complaints_measured else np.nan
    frame.insert(0, "in_customers", np.r_[np.ones(len(annual), bool), np.zeros(len(unknown), bool)])
    frame["annual_value"] = annual.reindex(ids).to_numpy()
    frame["value"] = frame["annual_value"] * days / DAYS_PER_YEAR
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["cost_to_value"] = frame["service_cost"] / frame["value"]
    frame["cost_exceeds_value"] = (frame["in_customers"] & frame["value"].notna()
                                   & (frame["service_cost"] > frame["value"]) & (frame["contacts"] >= min_contacts))
    return frame.rename_axis(customer).reset_index()
