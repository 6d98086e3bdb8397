"""Time axes that cover the data: each period drawn at its middle, ticks named after the period.

A chart of nine days spans those nine days; a single period is one point on an axis as
wide as that period, its tick naming it ("Mar 2024", "week of 18 Mar 2024"). Matplotlib's
own limits for a single date are two years either side, which drew nine days of data on a
2013-2017 axis.
"""

from __future__ import annotations

import math

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import NullLocator

DAY = pd.Timedelta(days=1)

#: The calendar period a bin of this many days is (months and quarters vary in length).
_KINDS = ((1, 1, "day"), (7, 7, "week"), (28, 31, "month"), (90, 92, "quarter"), (365, 366, "year"))


def bins(starts: pd.Series, ends: pd.Series | None) -> tuple[pd.Series, pd.Series]:
    """Each row's bin as (start, exclusive end), from its first and last (inclusive) day.

    Without ``ends`` (a table made elsewhere), each bin lasts the smallest step between
    distinct starts, or a day when there is only one.
    """
    starts = pd.to_datetime(pd.Series(starts)).reset_index(drop=True)
    if ends is not None:
        return starts, pd.to_datetime(pd.Series(ends)).reset_index(drop=True) + DAY
    steps = pd.Series(starts.dropna().unique()).sort_values().diff().dropna()
    width = steps.min() if len(steps) else DAY
    return starts, starts + width


def middles(starts: pd.Series, ends: pd.Series) -> pd.Series:
    """Where each bin is drawn: halfway between its start and its exclusive end."""
    return starts + (ends - starts) / 2


def _kind(width: pd.Timedelta) -> str | None:
    days = width / DAY
    for low, high, kind in _KINDS:
        if low <= days <= high:
            return kind
    return None


#: Per calendar period: its pandas period alias, a counter that numbers consecutive periods (so
#: ticks fall on round ones: every 3rd month is Jan/Apr/Jul/Oct, every 10th year 1990, 2000, ...)
#: and the steps between ticks to choose from.
_MONDAY = pd.Timestamp("1970-01-05")
_CALENDAR = {
    "day": ("D", lambda t: (t - _MONDAY).days, (1, 2, 7, 14)),
    "week": ("W", lambda t: (t - _MONDAY).days // 7, (1, 2, 4, 13, 26)),
    "month": ("M", lambda t: t.year * 12 + t.month - 1, (1, 2, 3, 6, 12)),
    "quarter": ("Q", lambda t: t.year * 4 + t.quarter - 1, (1, 2, 4)),
    "year": ("Y", lambda t: t.year, (1, 2, 5, 10, 20, 50, 100)),
}


def _name(start: pd.Timestamp, end: pd.Timestamp, kind: str | None, windows: bool, full: bool,
          year: bool) -> str:
    """A tick label for the bin [start, end): short, with the year when ``year``; ``full`` for a lone bin."""
    last = end - DAY
    if windows and kind != "day":
        if (end - start) >= 360 * DAY:  # year-long windows: "1979–80"
            return f"{start.year}–{last.year}" if full else f"{start.year}–{last.year % 100:02d}"
        text = f"{start.day}–{last.day} {last:%b}" if (start.year, start.month) == (last.year, last.month) \
            else f"{start.day} {start:%b}–{last.day} {last:%b}"
        return text + (f" {last.year}" if full else f"\n{last.year}" if year else "")
    if kind == "year":
        return f"{start.year}"
    if kind == "quarter":
        text = f"Q{start.quarter}"
    elif kind == "month":
        text = f"{start:%B}" if full else f"{start:%b}"
    else:
        text = f"{start.day} {start:%b}"
        if kind == "week" and full:
            text = "week of " + text
    return text + (f" {start.year}" if full else f"\n{start.year}" if year else "")


def set_time_axis(ax: Axes, starts: pd.Series, ends: pd.Series, *, windows: bool = False) -> str | None:
    """Limit the x-axis to the bins [start, end) and put a named tick under the middle of every few.

    ``windows``: the bins are fixed-length windows (named by their days), not calendar
    periods. Ticks go on round periods (every 3rd month is a quarter start, every 10th year
    a decade) as many as the axes' width holds; the latest window always has one. Returns the
    bins' period in words ("day", "week", "month", "quarter", "year"), or None when they are
    not one of those (or there are none).
    """
    frame = pd.DataFrame({"start": starts, "end": ends}).dropna().drop_duplicates().sort_values("start")
    if frame.empty:
        return None
    kinds = {_kind(w) for w in frame["end"] - frame["start"]}
    kind = kinds.pop() if len(kinds) == 1 else None
    if windows and kind not in (None, "day"):
        kind = None
    ax.set_xlim(mdates.date2num(frame["start"].min().to_pydatetime()),
                mdates.date2num(frame["end"].max().to_pydatetime()))
    if len(frame) == 1:
        row = frame.iloc[0]
        shown, names = frame, [_name(row["start"], row["end"], kind, windows, full=True, year=True)]
    else:
        if kind in _CALENDAR and not windows:  # every period of the span, those without data too
            alias, counter, steps = _CALENDAR[kind]
            periods = pd.period_range(frame["start"].min(), frame["start"].max(), freq=alias)
            frame = pd.DataFrame({"start": periods.start_time, "end": periods.end_time.normalize() + DAY})
            key = pd.Series([counter(t) for t in frame["start"]])
        else:  # counted back from the latest, which always gets a tick
            steps = range(1, len(frame) + 1)
            key = pd.Series(range(len(frame) - 1, -1, -1))
        plain = [_name(s, e, kind, windows, full=False, year=False) for s, e in zip(frame["start"], frame["end"])]
        width_in = ax.get_position().width * ax.figure.get_figwidth()
        per_label = 0.075 * max(len(p) for p in plain) + 0.3  # inches for a label and the gap after it
        room = max(2, int(width_in / per_label))
        step = next((k for k in steps if math.ceil(len(frame) / k) <= room), steps[-1])
        keep = (key % step == 0).to_numpy()
        shown = frame[keep] if keep.any() else frame.iloc[:1]
        names, previous = [], None
        for s, e in zip(shown["start"], shown["end"]):
            year = (e - DAY).year if windows and kind != "day" else s.year
            names.append(_name(s, e, kind, windows, full=False, year=year != previous and kind != "year"))
            previous = year
    ax.set_xticks(mdates.date2num(middles(shown["start"], shown["end"]).to_numpy()), names)
    ax.xaxis.set_minor_locator(NullLocator())
    return kind
