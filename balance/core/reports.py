"""What a face shows about one network in one window: plain values, built by the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from balance.core.model import Conversation, Network, Partner, Status, Value

if TYPE_CHECKING:  # values only: `balance log` never loads the ledger for them
    from balance.core.exchange import BudgetUse, ValueBalance
    from balance.core.ledger import Balance, Carry
    from balance.core.series import Point
    from balance.core.window import Window


@dataclass(frozen=True)
class Standing:
    """Effort, value and their exchange over one window."""

    window: Window
    balance: Balance
    values: ValueBalance
    exchange: str


@dataclass(frozen=True)
class PartnerReport:
    """One partnership: the figures of the window on screen (`shown`) and the verdict
    over the network's alarm window (`alarm`), which alone decides `prompt`."""

    partner: Partner
    shown: Standing
    alarm: Standing
    trend: tuple[Point, ...]
    last_talk: Conversation | None
    #: The day a snooze in force ends (None when none is in force).
    snoozed_until: date | None
    prompt: bool
    review_due: bool
    leaning_since: date | None

    @property
    def balance(self) -> Balance:
        return self.shown.balance

    @property
    def values(self) -> ValueBalance:
        return self.shown.values

    @property
    def exchange(self) -> str:
        return self.shown.exchange


@dataclass(frozen=True)
class NetworkReport:
    """Everything a face shows about one network in one window."""

    network: Network
    window: Window
    shown: Standing
    alarm: Standing
    carry: Carry
    budget: BudgetUse
    partners: tuple[PartnerReport, ...]
    last_talk: Conversation | None
    prompt: bool
    conversations: tuple[Conversation, ...] = field(default=())
    review_due: bool = False
    snoozed_until: date | None = None
    values: tuple[Value, ...] = field(default=())

    @property
    def balance(self) -> Balance:
        """You against all partners together, in the window on screen."""
        return self.shown.balance

    @property
    def worst(self) -> Status:
        order = [Status.IMBALANCED, Status.LEANING, Status.BALANCED, Status.TOO_LITTLE_DATA]
        statuses = {p.balance.status for p in self.partners}
        return next((s for s in order if s in statuses), Status.TOO_LITTLE_DATA)

    @property
    def prompts(self) -> tuple[PartnerReport, ...]:
        return tuple(p for p in self.partners if p.prompt)
