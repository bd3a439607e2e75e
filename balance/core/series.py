"""The running balance over time: cumulative points for charts, and since when a
partnership has been out of balance."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from functools import lru_cache
from typing import Literal

from balance.core.ledger import PairTotals, Sums, Totals, balance_of, status_between
from balance.core.model import Contribution, Network, Status
from balance.core.monthly import MonthTotal
from balance.core.window import Window


@dataclass(frozen=True)
class Point:
    """One step of the running balance: cumulative totals up to `day` within the window."""

    day: date
    mine: Totals
    theirs: Totals
    share: Fraction | None
    status: Status


Step = Literal["week", "month"]


def pair_rows(
    contributions: Iterable[Contribution],
    network: Network,
    partner_id: str | None,
    window: Window,
) -> list[Contribution]:
    """A pair's contributions inside the window, oldest first (partner_id None:
    everything in the network, the whole network's entries included)."""
    return sorted(
        (
            c
            for c in window.select(contributions)
            if c.network_id == network.id and (partner_id is None or c.partner_id == partner_id)
        ),
        key=_day,
    )


def _day(c: Contribution | MonthTotal) -> date:
    """The sort key of a pair's entries: oldest first (a named function, not a lambda
    per call)."""
    return c.date


def series(
    contributions: Iterable[Contribution | MonthTotal],
    network: Network,
    partner_id: str | None,
    window: Window,
    step: Step = "month",
) -> list[Point]:
    """The running balance of a pair (partner_id None: everything in the network).

    Points fall at the end of each week or month from the window's start (or the
    first contribution, for 'all') to its end, so charts have an even x axis. A
    contribution counts in the point whose period holds its day, edges included.
    """
    relevant = pair_rows(contributions, network, partner_id, window)
    start = window.since or (relevant[0].date if relevant else window.until)
    points: list[Point] = []
    mine, theirs = Sums(), Sums()
    i = 0
    for edge in edges(start, window.until, step):
        while i < len(relevant) and relevant[i].date <= edge:
            (mine if relevant[i].by == "me" else theirs).add(relevant[i])
            i += 1
        bal = balance_of(mine.totals(), theirs.totals(), network)
        points.append(Point(edge, bal.mine, bal.theirs, bal.share, bal.status))
    return points


@lru_cache(maxsize=256)
def edges(start: date, until: date, step: Step) -> tuple[date, ...]:
    """The last day of each week (Sunday) or month from `start`, then `until` itself.

    Kept per (start, until, step): every pair of a network shares the window's edges,
    and a report asks once per pair.
    """
    from dateutil.relativedelta import relativedelta  # lazy: not on the log path

    out: list[date] = []
    if step == "week":
        edge = start + timedelta(days=6 - start.weekday())
        while edge < until:
            out.append(edge)
            edge += timedelta(days=7)
    else:
        edge = start + relativedelta(day=31)
        while edge < until:
            out.append(edge)
            edge = edge + relativedelta(months=1, day=31)
    out.append(until)
    return tuple(out)


def out_of_balance_since(
    contributions: Iterable[Contribution | MonthTotal],
    network: Network,
    partner_id: str | None,
    window: Window,
    now: PairTotals | None = None,
) -> date | None:
    """The day the current leaning or imbalanced run began: the date of the
    contribution after which the running balance left "balanced" and has not come
    back since. None while it is balanced (or has too little data) now.

    A date in the data, found day by day, so it does not move with the chart's
    weekly or monthly steps. The service asks over the fixed alarm window. `now`,
    the pair's totals over that window when the caller has them (a `tally`), spares
    the rows of every pair that is balanced now.
    """
    mine, theirs = Sums(), Sums()
    if now is None:
        relevant = pair_rows(contributions, network, partner_id, window)
        for c in relevant:
            (mine if c.by == "me" else theirs).add(c)
    else:
        mine.add(now.mine)
        theirs.add(now.theirs)
        if status_between(mine, theirs, network) not in (Status.LEANING, Status.IMBALANCED):
            return None
        relevant = pair_rows(contributions, network, partner_id, window)
    # From today back: the run began on the earliest day of the unbroken stretch of
    # leaning or imbalanced days that reaches today. Judging from the end stops at the
    # run's start, and at once when it is balanced now (the usual case). Each day is
    # judged after all of its entries; taking a day's entries off the running sums
    # gives the day before.
    since: date | None = None
    i = len(relevant)
    while i:
        day = relevant[i - 1].date
        if status_between(mine, theirs, network) not in (Status.LEANING, Status.IMBALANCED):
            break
        since = day
        while i and relevant[i - 1].date == day:
            i -= 1
            (mine if relevant[i].by == "me" else theirs).take(relevant[i])
    return since
