"""Pure balance math of what goes in: totals, shares, status, per pair and per network.

The rules are DESIGN.md's "Balance: the exact semantics". Shares and ratios
are computed as `Fraction`s so a boundary such as "exactly twice as much" is
decided exactly, never by float rounding; floats appear only in what is shown.
What comes back (values) and the exchange of both are in `exchange`; the
running balance over time is in `series`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Literal

from balance.core.model import Contribution, Network, Status, Weights
from balance.core.window import Window

if TYPE_CHECKING:
    from balance.core.monthly import MonthTotal

#: Fewer contributions than this in the window never raise an alarm.
MIN_CONTRIBUTIONS = 3
DIMENSIONS = ("time", "money", "energy")
Direction = Literal["me", "partner"]


@dataclass(frozen=True)
class Totals:
    """Sums of one side's contributions; `count` is how many there were.

    `energy` sums the recorded energy only, and `energy_count` says how many
    contributions recorded one: energy left empty is "not recorded", not 0.
    """

    minutes: int = 0
    money: Decimal = Decimal(0)
    energy: int = 0
    count: int = 0
    energy_count: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(
            self.minutes + other.minutes,
            self.money + other.money,
            self.energy + other.energy,
            self.count + other.count,
            self.energy_count + other.energy_count,
        )

    @property
    def energy_recorded(self) -> bool:
        return self.energy_count > 0


#: A rational number as (numerator, denominator), denominator > 0: the balance math
#: adds and compares these as Python ints, exact like Fractions but without a gcd at
#: every step, and makes a Fraction only of what it returns.
Exact = tuple[int, int]


def _pair(mine: int | Decimal | Fraction, theirs: int | Decimal | Fraction) -> Exact | None:
    """Your part of what both put in; None when neither put anything in."""
    (a, b), (c, d) = mine.as_integer_ratio(), theirs.as_integer_ratio()
    total = a * d + c * b
    return None if total == 0 else (a * d, total)


def share(mine: Fraction, theirs: Fraction) -> Fraction | None:
    """Your part of what both put in; None when neither put anything in."""
    s = _pair(mine, theirs)
    return None if s is None else Fraction(*s)


@lru_cache(maxsize=64)
def _exact(*numbers: Decimal) -> tuple[Exact, ...]:
    """A network's weights and limits as exact ratios, made once per network, not
    once per balance (a chart or a day-by-day walk asks thousands of times)."""
    return tuple(n.as_integer_ratio() for n in numbers)


def _combined(shares: tuple[Exact | None, ...], weights: Weights) -> Exact | None:
    num, den, wsum, wden = 0, 1, 0, 1  # the weighted sum num/den, the weights' wsum/wden
    for s, (a, b) in zip(shares, _exact(weights.time, weights.money, weights.energy), strict=True):
        if s is None or a == 0:
            continue
        n, d = s
        num, den = num * b * d + a * n * den, den * b * d
        wsum, wden = wsum * b + a * wden, wden * b
    return None if wsum == 0 else (num * wden, den * wsum)


def ratio(s: Fraction) -> Fraction | None:
    """Larger side over smaller side; None when one side gave nothing at all."""
    big, small = max(s, 1 - s), min(s, 1 - s)
    if small == 0:
        return None
    return big / small


def _status(s: Exact | None, count: int, network: Network, minimum: int) -> Status:
    if count < minimum or s is None:
        return Status.TOO_LITTLE_DATA
    n, d = s
    big, small = max(n, d - n), min(n, d - n)  # both sides, over d
    if small == 0:  # one side gave nothing: no ratio, as far apart as it gets
        return Status.IMBALANCED
    (ln, ld), (im, idn) = _exact(network.lean_ratio, network.imbalance_ratio)
    if big * ld < ln * small:  # big / small < lean ratio
        return Status.BALANCED
    if big * idn < im * small:
        return Status.LEANING
    return Status.IMBALANCED


def status_of(
    s: Fraction | None, count: int, network: Network, minimum: int = MIN_CONTRIBUTIONS
) -> Status:
    """The status of a share by the network's limits; under `minimum` items, no verdict."""
    return _status(None if s is None else s.as_integer_ratio(), count, network, minimum)


def direction_of(status: Status, s: Fraction | None) -> Direction | None:
    """Who carries (or receives) more; None while balanced or with too little data."""
    if status in (Status.BALANCED, Status.TOO_LITTLE_DATA) or s is None:
        return None
    return "me" if s > Fraction(1, 2) else "partner"


@dataclass(frozen=True)
class Balance:
    """Where one partnership (or you against a network) stands.

    The shares are kept as exact integer ratios and become Fractions only when
    read: a chart or a day-by-day walk makes thousands of balances and reads the
    status of most of them, the shares of few.
    """

    mine: Totals
    theirs: Totals
    status: Status
    exact: tuple[Exact | None, Exact | None, Exact | None] = field(repr=False)
    combined: Exact | None = field(repr=False)

    @cached_property
    def shares(self) -> tuple[Fraction | None, Fraction | None, Fraction | None]:
        """Your share of time, money and energy (None where neither side gave any)."""
        a, b, c = (None if e is None else Fraction(*e) for e in self.exact)
        return a, b, c

    @cached_property
    def share(self) -> Fraction | None:
        """Your combined share, weighted by the network's weights."""
        return None if self.combined is None else Fraction(*self.combined)

    @property
    def count(self) -> int:
        return self.mine.count + self.theirs.count

    @property
    def direction(self) -> Direction | None:
        """Who carries more; None while it is balanced or there is too little data."""
        return direction_of(self.status, self.share)

    @property
    def ratio(self) -> Fraction | None:
        """Larger over smaller side; None when undefined or one side gave nothing."""
        return None if self.share is None else ratio(self.share)

    @property
    def energy_defined(self) -> bool:
        """Energy counts only when both sides recorded it at least once."""
        return self.mine.energy_recorded and self.theirs.energy_recorded


def _shares(mine: Totals | Sums, theirs: Totals | Sums) -> tuple[Exact | None, ...]:
    energy = None  # "not recorded" on one side is not "you 100%"
    if mine.energy_count and theirs.energy_count:
        energy = _pair(mine.energy, theirs.energy)
    return (_pair(mine.minutes, theirs.minutes), _pair(mine.money, theirs.money), energy)


def balance_of(mine: Totals, theirs: Totals, network: Network) -> Balance:
    exact = _shares(mine, theirs)
    s = _combined(exact, network.weights)
    status = _status(s, mine.count + theirs.count, network, MIN_CONTRIBUTIONS)
    return Balance(mine, theirs, status, exact, s)  # type: ignore[arg-type]


def status_between(mine: Totals | Sums, theirs: Totals | Sums, network: Network) -> Status:
    """The status alone, as `balance_of` decides it, of running sums: for walks that
    judge every day and need no Balance of each."""
    s = _combined(_shares(mine, theirs), network.weights)
    return _status(s, mine.count + theirs.count, network, MIN_CONTRIBUTIONS)


@dataclass(frozen=True)
class PairTotals:
    """What you and one partner each gave, side by side."""

    mine: Totals = field(default_factory=Totals)
    theirs: Totals = field(default_factory=Totals)


class Sums:
    """A mutable running sum: the hot loops add into it, then freeze it into Totals.

    Building a new frozen Totals per contribution costs twice as much at 100k rows.
    """

    __slots__ = ("minutes", "money", "energy", "count", "energy_count")

    def __init__(self) -> None:
        self.minutes = 0
        self.money = Decimal(0)
        self.energy = 0
        self.count = 0
        self.energy_count = 0

    def add(self, c: Contribution | MonthTotal | Totals) -> None:
        """A row, or a total of rows (a month's, `monthly`; a tally's), which counts as
        its rows."""
        self.minutes += c.minutes
        self.money += c.money
        if c.energy is not None:
            self.energy += c.energy
            self.energy_count += c.energy_count
        self.count += c.count

    def take(self, c: Contribution | MonthTotal) -> None:
        """Undo `add`: walking a running sum back day by day needs no copy per day."""
        self.minutes -= c.minutes
        self.money -= c.money
        if c.energy is not None:
            self.energy -= c.energy
            self.energy_count -= c.energy_count
        self.count -= c.count

    def totals(self) -> Totals:
        return Totals(self.minutes, self.money, self.energy, self.count, self.energy_count)


def tally(
    contributions: Iterable[Contribution | MonthTotal], network_id: str, window: Window
) -> dict[str | None, PairTotals]:
    """One pass over the contributions: both sides' totals per partner (None = network)."""
    sums: dict[str | None, tuple[Sums, Sums]] = {}
    for c in window.select(contributions):
        if c.network_id != network_id:
            continue
        pair = sums.get(c.partner_id)
        if pair is None:
            pair = sums[c.partner_id] = (Sums(), Sums())
        pair[0 if c.by == "me" else 1].add(c)
    return {pid: PairTotals(m.totals(), t.totals()) for pid, (m, t) in sums.items()}


def balances_of(
    totals: dict[str | None, PairTotals], network: Network, partner_ids: Iterable[str]
) -> dict[str, Balance]:
    """Balance per partner from a `tally`; partners with nothing logged are included."""
    empty = PairTotals()
    return {
        pid: balance_of(totals.get(pid, empty).mine, totals.get(pid, empty).theirs, network)
        for pid in partner_ids
    }


def pair_balances(
    contributions: Iterable[Contribution | MonthTotal],
    network: Network,
    partner_ids: Iterable[str],
    window: Window,
) -> dict[str, Balance]:
    """Balance per partner of a network; partners with nothing logged are included."""
    return balances_of(tally(contributions, network.id, window), network, partner_ids)


@dataclass(frozen=True)
class Carry:
    """How the partnerships of a network lean: "you carry 2 of 6, 1 carries you, 3 are even"."""

    you_carry: int = 0
    carries_you: int = 0
    even: int = 0
    too_little_data: int = 0

    @property
    def partnerships(self) -> int:
        return self.you_carry + self.carries_you + self.even + self.too_little_data


def carry_counts(balances: Sequence[Balance]) -> Carry:
    """Leaning or imbalanced counts as carrying; balanced as even."""
    mine = sum(1 for b in balances if b.direction == "me")
    theirs = sum(1 for b in balances if b.direction == "partner")
    even = sum(1 for b in balances if b.status is Status.BALANCED)
    return Carry(mine, theirs, even, len(balances) - mine - theirs - even)


def network_balance(
    contributions: Iterable[Contribution | MonthTotal], network: Network, window: Window
) -> Balance:
    """You against all partners together: everything you put into the network (with
    each partner and to the network as a whole) against everything they put in.

    So a network of even partnerships, to which you gave nothing extra, is
    balanced however many partners it has; one you organise alone leans on you.
    """
    return network_balance_of(tally(contributions, network.id, window), network)


def network_balance_of(totals: dict[str | None, PairTotals], network: Network) -> Balance:
    """`network_balance` from a `tally` the partners' balances were made of already."""
    mine, theirs = Totals(), Totals()
    for pair in totals.values():
        mine, theirs = mine + pair.mine, theirs + pair.theirs
    return balance_of(mine, theirs, network)


def as_float(value: Fraction | None, places: int = 4) -> float | None:
    """For JSON and display only; decisions use the exact Fraction."""
    return None if value is None else round(float(value), places)
