"""What comes back (values, Mehrwert) and the exchange of effort and value, which
decides the prompts; plus the other rules of when to talk (snooze, review, budget).

Rules: DESIGN.md "Balance: the exact semantics" (Value, Exchange) and the
paragraph on prompts after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from balance.core.ledger import Balance, Direction, Sums, Totals, direction_of, share, status_of
from balance.core.model import Contribution, Network, Status, Value, ValueKind
from balance.core.window import Window

#: Fewer value items than this in the window give no value verdict.
MIN_VALUES = 3


class Exchange(StrEnum):
    """Effort and value together. The other outcomes are the effort's own status."""

    FAIR_TRADE = "fair_trade"
    ONE_SIDED = "one_sided"


@dataclass(frozen=True)
class Received:
    """What one side received: items per kind, and the business amounts summed."""

    kinds: tuple[tuple[ValueKind, int], ...] = ()
    amount: Decimal = Decimal(0)

    @property
    def items(self) -> int:
        return sum(n for _, n in self.kinds)

    def count(self, kind: ValueKind) -> int:
        return dict(self.kinds).get(kind, 0)


@dataclass(frozen=True)
class ValueBalance:
    """What came back to each side of a pair (or you against a network's partners)."""

    mine: Received = field(default_factory=Received)
    theirs: Received = field(default_factory=Received)
    share: Fraction | None = None
    status: Status = Status.TOO_LITTLE_DATA

    @property
    def count(self) -> int:
        return self.mine.items + self.theirs.items

    @property
    def direction(self) -> Direction | None:
        """Who receives more; None while even or with too little data."""
        return direction_of(self.status, self.share)


def received_of(values: list[Value]) -> Received:
    kinds: dict[ValueKind, int] = {}
    amount = Decimal(0)
    for v in values:
        kinds[v.kind] = kinds.get(v.kind, 0) + 1
        amount += v.amount or 0
    order = list(ValueKind)
    return Received(tuple(sorted(kinds.items(), key=lambda kv: order.index(kv[0]))), amount)


def value_balance(
    values: Iterable[Value],
    network: Network,
    partner_id: str | None,
    window: Window,
    whole_network: bool = False,
) -> ValueBalance:
    """Values of one pair (or, with `whole_network`, all of the network) in the window.

    `value share` is the part of the items that you received; amounts are shown
    beside it, never mixed in: no one prices a referral.
    """
    mine: list[Value] = []
    theirs: list[Value] = []
    for v in values:
        if v.network_id != network.id or not window.contains(v.date):
            continue
        if not whole_network and v.partner_id != partner_id:
            continue
        (mine if v.to == "me" else theirs).append(v)
    s = share(Fraction(len(mine)), Fraction(len(theirs)))
    status = status_of(s, len(mine) + len(theirs), network, MIN_VALUES)
    return ValueBalance(received_of(mine), received_of(theirs), s, status)


def exchange_of(effort: Balance, value: ValueBalance, network: Network) -> str:
    """`fair_trade`, `one_sided`, or the effort's status (`balanced`, `leaning`, ...).

    Fair trade: one side carries the effort and the value leans back to that side
    at least to the leaning limit, over at least MIN_VALUES items. One-sided: the
    effort is imbalanced and the value does not lean back that far (or nothing
    came back), or the effort is not imbalanced but the value is.
    """
    if effort.status is Status.IMBALANCED:
        if value.count >= MIN_VALUES and value.share is not None and effort.share is not None:
            back = value.share if effort.share > Fraction(1, 2) else 1 - value.share
            if back == 1 or (
                back > Fraction(1, 2) and back / (1 - back) >= Fraction(network.lean_ratio)
            ):
                return Exchange.FAIR_TRADE.value
        return Exchange.ONE_SIDED.value
    if value.status is Status.IMBALANCED:
        return Exchange.ONE_SIDED.value
    return effort.status.value


def snooze_active(until: date | None, today: date) -> bool:
    """A snooze of N days from day D hides the prompt on D .. D+N-1; it is back on `until`."""
    return until is not None and today < until


def prompt_active(
    exchange: str,
    last_talk: date | None,
    snoozed_until: date | None,
    today: date,
    cooldown_days: int,
) -> bool:
    """One-sided, no talk within the cooldown, and not snoozed: time to talk."""
    if exchange != Exchange.ONE_SIDED.value:
        return False
    if last_talk is not None and (today - last_talk).days < cooldown_days:
        return False
    return not snooze_active(snoozed_until, today)


def review_due(
    last_talk: date | None,
    first_seen: date | None,
    review_days: int,
    today: date,
    next_review: date | None = None,
) -> bool:
    """Time for the regular review, balanced or not.

    The date agreed in the last talk wins; else the cadence counts from the last
    talk, or, with no talk yet, from when the partnership began (an all-time
    fact, never the window's first row): a brand-new partnership is not 'due'.
    """
    if next_review is not None:
        return today >= next_review
    since = last_talk or first_seen
    return since is not None and (today - since).days >= review_days


@dataclass(frozen=True)
class BudgetUse:
    """Your actual monthly investment in a network against what the canvas planned."""

    this_month: Totals


def budget_use(
    contributions: Iterable[Contribution], network: Network, window: Window
) -> BudgetUse:
    """What you put in during the window's last month (this month, usually)."""
    month = Window(window.until.replace(day=1), window.until)
    this_month = Sums()
    for c in month.select(contributions):
        if c.network_id == network.id and c.by == "me":
            this_month.add(c)
    return BudgetUse(this_month.totals())
