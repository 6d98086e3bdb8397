"""Synthetic data for the team analysis, with known ground truth: a year of customer contacts handled
by a team of agents (``interactions``) and a staff survey of employees as internal customers
(``staff_survey``).

``make_*`` return the data; ``simulate_*`` (same parameters) return a
:class:`~sentiment_kit.data.synthetic.Synthetic` that unpacks as ``data, truth``. Every true mean,
share and net promoter score is computed from the generating probabilities, never from the draws.
The bundled ``data/sample/interactions.csv`` and ``data/sample/staff_survey.csv`` are rewritten
byte for byte by :func:`write_team_samples` (from a shell: ``python -c "from sentiment_kit.data
import write_team_samples; write_team_samples()"``).

The satisfaction model is an ordered probit (McKelvey & Zavoina 1975): a contact's latent
satisfaction is normal, on the CSAT scale, and the answer is the nearest point of 1-5. The
likelihood-to-recommend answer (0-10) is a noisy linear function of the same latent value, so the
two correlate; the net promoter score is the share answering 9-10 minus the share answering 0-6
(Reichheld 2003, "The one number you need to grow", Harvard Business Review 81(12)).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

from .._core.resources import sample_folder
from .._core.validation import check_random_state
from ..exceptions import SentimentKitError
from ._team_model import (
    CHANNELS,
    NAMES,
    STAFF_TEAMS,
    STAGES,
    SURVEY_RATE,
    assign_agents,
    comments,
    customers_and_dates,
    design_team,
    interaction_truth,
    outcomes,
    staff_answers,
    staff_truth,
)
from .synthetic import Synthetic, _same_parameters

__all__ = [
    "CHANNELS",
    "STAFF_TEAMS",
    "STAGES",
    "make_interactions",
    "make_staff_survey",
    "simulate_interactions",
    "simulate_staff_survey",
    "write_team_samples",
]


def make_interactions(n: int = 6000, **params: Any) -> pd.DataFrame:
    """Synthetic customer contacts; :func:`simulate_interactions` (same parameters) also gives the truth.

    Raises
    ------
    SentimentKitError
        When given ``return_truth``: call :func:`simulate_interactions`, which returns
        ``(data, truth)``.

    Examples
    --------
    >>> make_interactions(400, random_state=0).shape
    (400, 13)
    """
    _no_return_truth("interactions", params)
    return simulate_interactions(n, **params).data


def make_staff_survey(n: int = 150, **params: Any) -> pd.DataFrame:
    """Synthetic staff survey; :func:`simulate_staff_survey` (same parameters) also gives the truth.

    Raises
    ------
    SentimentKitError
        When given ``return_truth``: call :func:`simulate_staff_survey`.

    Examples
    --------
    >>> list(make_staff_survey(20, random_state=0).columns)
    ['employee_id', 'date', 'team', 'likelihood_to_recommend', 'internal_support', 'text']
    """
    _no_return_truth("staff_survey", params)
    return simulate_staff_survey(n, **params).data


def _no_return_truth(name: str, params: dict[str, Any]) -> None:
    if "return_truth" in params:
        raise SentimentKitError(
            f"make_{name}() returns only the data and has no return_truth parameter; call "
            f"simulate_{name}(...), which returns (data, truth): data, truth = simulate_{name}(...).")


def simulate_interactions(
    n: int = 6000,
    *,
    n_agents: int = 14,
    start: str = "2025-01-01",
    end: str = "2025-12-31",
    customer_ids: Any = None,
    survey_rate: float = SURVEY_RATE,
    random_state: Any = 0,
) -> Synthetic:
    """A year of customer contacts handled by a team of agents, with known truth.

    Each contact has a latent satisfaction on the CSAT scale: team base + agent effect + stage
    effect + channel effect, lower when escalated or unresolved, plus N(0, 1) noise. ``csat`` is
    its nearest point of 1-5 (an ordered probit); ``likelihood_to_recommend`` (0-10) is a noisy
    linear function of the same latent value; both are blank when the contact was not surveyed
    (a random ``survey_rate`` of contacts). ``referred`` (the customer referred someone) is rare
    and more likely when satisfied. The comment in ``text`` follows ``csat``; service failures
    (rudeness, indifference, asking for a manager, a broken promise, intent to leave) appear in
    low scores, more often for the low-quality agent, and an escalated contact's comment often
    says a manager was asked for.

    The team, by design:

    * the **bonus winner**: about three times the median agent's contacts, a true mean CSAT
      about 0.8 below the team's, short handle times, more escalations and more rudeness and
      indifference in the comments (the agent a volume bonus would reward);
    * two agents with **very few contacts** (4 and 9, with exactly 2 and 3 surveys); the one
      with 4 has two surveys of 5 by design, though their true effect is 0 (an ordinary agent):
      a raw mean of two surveys must not top a ranking;
    * every other agent's effect is drawn from N(0, 0.3) on the CSAT scale;
    * about 1% of contacts have no agent recorded (missing at random).

    Stages of the customer journey (:data:`STAGES`, in order) move satisfaction: purchase is
    the best, delivery the worst. The team escalates about 3% of contacts and resolves almost
    all the others, so that empowerment (the share resolved without escalation) is a little
    under 95%.

    Customers come from ``customer_ids``. With the default, the bundled ``customers.csv``
    (the ids ``make_customers(3000)`` forms, ``C000001`` ...), each contact falls within the
    customer's relationship (after sign-up, before churn) and a few heavy-contact customers,
    about 0.5% of them with about 7% of all contacts, are drawn from the quarter of lowest
    annual value (among the customers of the period): customers who cost more than they bring.
    Most customers have 0-3 contacts.

    Parameters
    ----------
    n : int
        Number of contacts (at least 25 per agent).
    n_agents : int
        Team size, 4 to 24.
    start, end : str
        Date range of the contacts.
    customer_ids : sequence of str or DataFrame, optional
        The customers: their ids, or a table with ``customer_id`` and optionally ``annual_value``
        (heavy-contact customers are then drawn from its lowest quarter) and ``signup_date``,
        ``tenure_days`` and ``churned`` (each contact then falls within the customer's
        relationship). Default: the bundled ``customers.csv``.
    survey_rate : float
        Share of contacts surveyed.
    random_state : int, Generator or None

    Returns
    -------
    Synthetic
        ``data``: columns ``interaction_id``, ``date``, ``agent`` (NaN when not recorded),
        ``customer_id``, ``channel`` (phone, chat, email), ``stage`` (:data:`STAGES`),
        ``csat`` (1-5, NaN when not surveyed), ``likelihood_to_recommend`` (0-10, NaN when not
        surveyed), ``resolved``, ``escalated``, ``referred`` (1/0), ``handle_minutes``,
        ``text`` (NaN when no comment), in date order.
        ``truth`` (dict), every value from the generating probabilities:

        - ``agent_quality``: Series, true mean CSAT per agent (over the team's mix of stages and
          channels and the agent's own escalations and resolutions);
        - ``agent_contacts``: Series, contacts recorded per agent;
        - ``bonus_winner``: name; ``few_surveys``: list of names;
        - ``nps`` (-100 to 100) and ``nps_by_stage``, ``csat_mean`` and ``csat_by_stage``;
        - ``empowerment``: share of contacts resolved and not escalated; ``escalation_rate``,
          ``referral_rate``; ``escalation_by_agent`` and ``empowerment_by_agent`` (Series);
        - ``stage_order``: list; ``heavy_customers``: list of ids;
        - ``signals``: DataFrame on the data's index, the service failures written into each
          comment (``rudeness``, ``indifference``, ``escalation``, ``broken_promise``,
          ``intent_to_leave``).

    Raises
    ------
    SentimentKitError
        For too few contacts per agent, a team size outside 4-24, a bad ``survey_rate``, an
        empty date range, or ``customer_ids`` with no customer in it.

    References
    ----------
    McKelvey, R. D. & Zavoina, W. (1975). A statistical model for the analysis of ordinal level
    dependent variables. Journal of Mathematical Sociology 4(1). Reichheld, F. F. (2003). The one
    number you need to grow. Harvard Business Review 81(12).

    Examples
    --------
    >>> data, truth = simulate_interactions(1000, n_agents=8, random_state=1)
    >>> int(truth["agent_contacts"].idxmax() == truth["bonus_winner"]), truth["stage_order"][:2]
    (1, ['pre-sale', 'purchase'])
    >>> bool(truth["agent_quality"][truth["bonus_winner"]] < truth["csat_mean"] - 0.6)
    True
    """
    if not 4 <= n_agents <= len(NAMES):
        raise SentimentKitError(f"n_agents must be between 4 and {len(NAMES)}, got {n_agents}.")
    if n < 25 * n_agents:
        raise SentimentKitError(f"n must be at least 25 contacts per agent ({25 * n_agents} for {n_agents} agents), "
                                f"got {n}; raise n or lower n_agents.")
    if not 0 < survey_rate <= 1:
        raise SentimentKitError(f"survey_rate must be in (0, 1], got {survey_rate}.")
    t0, t1 = pd.Timestamp(start), pd.Timestamp(end)
    if t1 < t0:
        raise SentimentKitError(f"end ({end}) is before start ({start}).")
    rng = check_random_state(random_state)
    team = design_team(n, n_agents, rng)
    rows = assign_agents(team, n, rng)
    rows["date"], rows["customer_id"], heavy = customers_and_dates(customer_ids, len(rows), t0, t1, rng)
    rows["stage"] = rng.choice(list(STAGES), len(rows), p=[p for p, _ in STAGES.values()])
    rows["channel"] = rng.choice(list(CHANNELS), len(rows), p=[v[0] for v in CHANNELS.values()])
    outcomes(rows, team, survey_rate, rng)
    rows["text"], signals = comments(rows, team, rng)
    rows = rows.sort_values(["date", "order"], kind="stable").reset_index(drop=True)
    signals = signals.loc[rows["order"]].reset_index(drop=True)
    rows["interaction_id"] = [f"I{i + 1:06d}" for i in range(len(rows))]
    rows["agent"] = rows["agent"].where(~rows["unrecorded"])
    data = rows[["interaction_id", "date", "agent", "customer_id", "channel", "stage", "csat",
                 "likelihood_to_recommend", "resolved", "escalated", "referred", "handle_minutes", "text"]].copy()
    truth = interaction_truth(team, data)
    truth.update(heavy_customers=heavy, signals=signals)
    return Synthetic(data, truth)


# --------------------------------------------------------------------------- staff survey
def simulate_staff_survey(n: int = 150, *, random_state: Any = 0) -> Synthetic:
    """Synthetic staff survey: employees as internal customers of the other departments, with known truth.

    Each employee's latent rating of the support they get from other departments is team
    base + team effect (:data:`STAFF_TEAMS`; field engineers and customer service are served
    worst) + N(0, 0.9) noise, answered as the nearest point of 1-5 (an ordered probit).
    The employee net promoter question ("how likely are you to recommend working here", 0-10)
    is a noisy linear function of the same latent value, so the two correlate. About 70% leave
    a comment whose tone follows their rating.

    Parameters
    ----------
    n : int
        Number of employees answering (at least 20).
    random_state : int, Generator or None

    Returns
    -------
    Synthetic
        ``data``: ``employee_id``, ``date`` (a two-week survey window in June 2025), ``team``,
        ``likelihood_to_recommend`` (0-10), ``internal_support`` (1-5), ``text`` (NaN when no
        comment). ``truth`` (dict): ``enps`` (true eNPS, -100 to 100) and ``enps_by_team``,
        ``internal_support_mean`` and ``internal_support_by_team`` (Series), ``team_order``.

    Raises
    ------
    SentimentKitError
        For ``n`` below 20.

    Examples
    --------
    >>> data, truth = simulate_staff_survey(150, random_state=0)
    >>> truth["internal_support_by_team"].idxmin()
    'Field engineering'
    """
    if n < 20:
        raise SentimentKitError(f"n must be at least 20 employees, got {n}.")
    rng = check_random_state(random_state)
    return Synthetic(staff_answers(n, rng), staff_truth())


for _make, _simulate in ((make_interactions, simulate_interactions), (make_staff_survey, simulate_staff_survey)):
    _same_parameters(_make, _simulate)


# --------------------------------------------------------------------------- the bundled samples
def write_team_samples(folder: str | os.PathLike[str] | None = None) -> list[Path]:
    """Write ``interactions.csv`` and ``staff_survey.csv`` from the generators' defaults (``random_state=0``).

    This is how the bundled sample's two files were made; running it again rewrites them byte
    for byte (dates as ``YYYY-MM-DD``, ratings as integers, a blank for a missing value, ``\\n``
    line ends). From a shell: ``python -c "from sentiment_kit.data import write_team_samples;
    write_team_samples()"``.

    Parameters
    ----------
    folder : path, optional
        Where to write; default the bundled sample folder (``data/sample`` in a checkout).

    Returns
    -------
    list of Path
        The two files written.

    Examples
    --------
    >>> import tempfile
    >>> [p.name for p in write_team_samples(tempfile.mkdtemp())]
    ['interactions.csv', 'staff_survey.csv']
    """
    out = Path(folder) if folder is not None else sample_folder()
    out.mkdir(parents=True, exist_ok=True)
    interactions = make_interactions().astype({"csat": "Int64", "likelihood_to_recommend": "Int64"})
    paths = []
    for name, data in (("interactions", interactions), ("staff_survey", make_staff_survey())):
        path = out / f"{name}.csv"
        data.assign(date=data["date"].dt.strftime("%Y-%m-%d")).to_csv(path, index=False, lineterminator="\n")
        paths.append(path)
    return paths

