"""Pure balance math: totals, shares, status, series, budget and prompts.

The rules are DESIGN.md's "Balance: the exact semantics". Shares and ratios
are computed as `Fraction`s so a boundary such as "exactly twice as much" is
decided exactly, never by float rounding; floats appear only in what is shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from balance.core.model import Contribution, Network, Status, Weights
from balance.core.window import Window

#: Fewer contributions than this in the window never raise an alarm.
MIN_CONTRIBUTIONS = 3
DIMENSIONS = ("time", "money", "energy")
Direction = Literal["me", "partner"]


@dataclass(frozen=True)
class Totals:
    """Sums of one side's contributions; `count` is how many there were."""

    minutes: int = 0
    money: Decimal = Decimal(0)
    energy: int = 0
    count: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(
            self.minutes + other.minutes,
            self.money + other.money,
            self.energy + other.energy,
            self.count + other.count,
        )

    def values(self) -> tuple[Fraction, Fraction, Fraction]:
        return (Fraction(self.minutes), Fraction(self.money), Fraction(self.energy))

    def scaled(self, factor: Fraction) -> tuple[Fraction, Fraction, Fraction]:
        return tuple(v * factor for v in self.values())  # type: ignore[return-value]


def share(mine: Fraction, theirs: Fraction) -> Fraction | None:
    """Your part of what both put in; None when neither put anything in."""
    total = mine + theirs
    if total == 0:
        return None
    return mine / total


def combined_share(
    shares: tuple[Fraction | None, Fraction | None, Fraction | None], weights: Weights
) -> Fraction | None:
    """Weighted mean of the defined shares: no one has to price an hour."""
    num = Fraction(0)
    den = Fraction(0)
    for s, w in zip(shares, (weights.time, weights.money, weights.energy), strict=True):
        if s is None or w == 0:
            continue
        num += s * Fraction(w)
        den += Fraction(w)
    if den == 0:
        return None
    return num / den


def ratio(s: Fraction) -> Fraction | None:
    """Larger side over smaller side; None when one side gave nothing at all."""
    big, small = max(s, 1 - s), min(s, 1 - s)
    if small == 0:
        return None
    return big / small


def status_of(s: Fraction | None, count: int, network: Network) -> Status:
    if count < MIN_CONTRIBUTIONS or s is None:
        return Status.TOO_LITTLE_DATA
    r = ratio(s)
    if r is not None and r < Fraction(network.lean_ratio):
        return Status.BALANCED
    if r is not None and r < Fraction(network.imbalance_ratio):
        return Status.LEANING
    return Status.IMBALANCED


@dataclass(frozen=True)
class Balance:
    """Where one partnership (or you against a network) stands."""

    mine: Totals
    theirs: Totals
    shares: tuple[Fraction | None, Fraction | None, Fraction | None]
    share: Fraction | None
    status: Status

    @property
    def count(self) -> int:
        return self.mine.count + self.theirs.count

    @property
    def direction(self) -> Direction | None:
        """Who carries more; None while it is balanced or there is too little data."""
        if self.status in (Status.BALANCED, Status.TOO_LITTLE_DATA) or self.share is None:
            return None
        return "me" if self.share > Fraction(1, 2) else "partner"

    @property
    def ratio(self) -> Fraction | None:
        """Larger over smaller side; None when undefined or one side gave nothing."""
        return None if self.share is None else ratio(self.share)


def balance_of(mine: Totals, theirs: Totals, network: Network, count: int | None = None) -> Balance:
    shares = tuple(share(m, t) for m, t in zip(mine.values(), theirs.values(), strict=True))
    s = combined_share(shares, network.weights)  # type: ignore[arg-type]
    n = mine.count + theirs.count if count is None else count
    return Balance(mine, theirs, shares, s, status_of(s, n, network))  # type: ignore[arg-type]


@dataclass(frozen=True)
class PairTotals:
    mine: Totals = field(default_factory=Totals)
    theirs: Totals = field(default_factory=Totals)


class _Sums:
    """A mutable running sum: the hot loops add into it, then freeze it into Totals.

    Building a new frozen Totals per contribution costs twice as much at 100k rows.
    """

    __slots__ = ("minutes", "money", "energy", "count")

    def __init__(self) -> None:
        self.minutes = 0
        self.money = Decimal(0)
        self.energy = 0
        self.count = 0

    def add(self, c: Contribution) -> None:
        self.minutes += c.minutes
        self.money += c.money
        self.energy += c.energy
        self.count += 1

    def totals(self) -> Totals:
        return Totals(self.minutes, self.money, self.energy, self.count)


def tally(
    contributions: Iterable[Contribution], network_id: str, window: Window
) -> dict[str | None, PairTotals]:
    """One pass over the contributions: both sides' totals per partner (None = network)."""
    sums: dict[str | None, tuple[_Sums, _Sums]] = {}
    since, until = window.since, window.until
    for c in contributions:
        if c.network_id != network_id or c.date > until or (since and c.date < since):
            continue
        pair = sums.get(c.partner_id)
        if pair is None:
            pair = sums[c.partner_id] = (_Sums(), _Sums())
        pair[0 if c.by == "me" else 1].add(c)
    return {pid: PairTotals(m.totals(), t.totals()) for pid, (m, t) in sums.items()}


def pair_balances(
    contributions: Iterable[Contribution],
    network: Network,
    partner_ids: Iterable[str],
    window: Window,
) -> dict[str, Balance]:
    """Balance per partner of a network; partners with nothing logged are included."""
    totals = tally(contributions, network.id, window)
    return {
        pid: balance_of(
            totals.get(pid, PairTotals()).mine, totals.get(pid, PairTotals()).theirs, network
        )
        for pid in partner_ids
    }


@dataclass(frozen=True)
class NetworkBalance:
    """You against the mean active partner: 'you carry 2.4x what an average member does'."""

    mine: Totals
    mean: tuple[Fraction, Fraction, Fraction]
    active_partners: int
    balance: Balance

    @property
    def mean_totals(self) -> Totals:
        """The mean active partner, rounded for showing: whole minutes, cents."""
        return Totals(round(self.mean[0]), to_decimal(self.mean[1]), round(self.mean[2]))


def network_balance(
    contributions: Iterable[Contribution], network: Network, window: Window
) -> NetworkBalance:
    totals = tally(contributions, network.id, window)
    mine = Totals()
    theirs_sum = Totals()
    active = 0
    count = 0
    for pid, pair in totals.items():
        mine = mine + pair.mine
        count += pair.mine.count + pair.theirs.count
        if pid is not None:
            active += 1
            theirs_sum = theirs_sum + pair.theirs
    if active == 0:
        mean = (Fraction(0), Fraction(0), Fraction(0))
        bal = Balance(mine, Totals(), (None, None, None), None, Status.TOO_LITTLE_DATA)
        return NetworkBalance(mine, mean, 0, bal)
    mean = theirs_sum.scaled(Fraction(1, active))
    shares = tuple(share(m, t) for m, t in zip(mine.values(), mean, strict=True))
    s = combined_share(shares, network.weights)  # type: ignore[arg-type]
    bal = Balance(mine, theirs_sum, shares, s, status_of(s, count, network))  # type: ignore[arg-type]
    return NetworkBalance(mine, mean, active, bal)


@dataclass(frozen=True)
class Point:
    """One step of the running balance: cumulative totals up to `day` within the window."""

    day: date
    mine: Totals
    theirs: Totals
    share: Fraction | None
    status: Status


Step = Literal["week", "month"]


def series(
    contributions: Iterable[Contribution],
    network: Network,
    partner_id: str | None,
    window: Window,
    step: Step = "month",
) -> list[Point]:
    """The running balance of a pair (partner_id None: everything in the network).

    Points fall at the end of each week or month from the window's start (or the
    first contribution, for 'all') to its end, so charts have an even x axis.
    """
    relevant = sorted(
        (
            c
            for c in contributions
            if c.network_id == network.id
            and window.contains(c.date)
            and (partner_id is None or c.partner_id == partner_id)
        ),
        key=lambda c: c.date,
    )
    start = window.since or (relevant[0].date if relevant else window.until)
    points: list[Point] = []
    mine, theirs = _Sums(), _Sums()
    i = 0
    for edge in _edges(start, window.until, step):
        while i < len(relevant) and relevant[i].date <= edge:
            (mine if relevant[i].by == "me" else theirs).add(relevant[i])
            i += 1
        bal = balance_of(mine.totals(), theirs.totals(), network)
        points.append(Point(edge, bal.mine, bal.theirs, bal.share, bal.status))
    return points


def _edges(start: date, until: date, step: Step) -> list[date]:
    from dateutil.relativedelta import relativedelta  # lazy: not on the log path

    edges: list[date] = []
    if step == "week":
        edge = start + timedelta(days=6 - start.weekday())
        while edge < until:
            edges.append(edge)
            edge += timedelta(days=7)
    else:
        edge = start + relativedelta(day=31)
        while edge < until:
            edges.append(edge)
            edge = edge + relativedelta(months=1, day=31)
    edges.append(until)
    return edges


def leaning_since(points: list[Point]) -> date | None:
    """First day of the current run of not-balanced points; None if it is balanced now."""
    since = None
    for point in reversed(points):
        if point.status in (Status.LEANING, Status.IMBALANCED):
            since = point.day
        else:
            break
    return since


@dataclass(frozen=True)
class BudgetUse:
    """Your actual monthly investment in a network against what the canvas planned."""

    this_month: Totals


def budget_use(
    contributions: Iterable[Contribution], network: Network, window: Window
) -> BudgetUse:
    """What you put in during the window's last month (this month, usually)."""
    month_start = window.until.replace(day=1)
    this_month = _Sums()
    for c in contributions:
        if c.network_id == network.id and c.by == "me" and month_start <= c.date <= window.until:
            this_month.add(c)
    return BudgetUse(this_month.totals())


def prompt_active(
    status: Status,
    last_talk: date | None,
    snoozed_until: date | None,
    today: date,
    cooldown_days: int,
) -> bool:
    """Imbalanced, no talk within the cooldown, and not snoozed: time to talk."""
    if status is not Status.IMBALANCED:
        return False
    if last_talk is not None and (today - last_talk).days < cooldown_days:
        return False
    return not (snoozed_until is not None and snoozed_until >= today)


def review_due(
    last_talk: date | None,
    first_seen: date | None,
    review_days: int,
    today: date,
    next_review: date | None = None,
) -> bool:
    """Time for the regular review, balanced or not.

    The date agreed in the last talk wins; else the cadence counts from the last
    talk, or, with no talk yet, from the partnership's first contribution: a
    brand-new partnership is not 'due'.
    """
    if next_review is not None:
        return today >= next_review
    since = last_talk or first_seen
    return since is not None and (today - since).days >= review_days


def as_float(value: Fraction | None, places: int = 4) -> float | None:
    """For JSON and display only; decisions use the exact Fraction."""
    return None if value is None else round(float(value), places)


def to_decimal(value: Fraction, places: int = 2) -> Decimal:
    """An exact-enough money amount from a Fraction (a mean), rounded half-even."""
    q = Decimal(value.numerator) / Decimal(value.denominator)
    return q.quantize(Decimal(1).scaleb(-places))
