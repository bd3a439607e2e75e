"""What a face shows about one network in one window: plain values, built by the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from balance.core.model import (
    Conversation,
    Network,
    Partner,
    Status,
)

if TYPE_CHECKING:  # values only: `balance log` never loads the ledger for them
    from balance.core.ledger import Balance, BudgetUse, NetworkBalance, Point
    from balance.core.window import Window


@dataclass(frozen=True)
class PartnerReport:
    partner: Partner
    balance: Balance
    trend: tuple[Point, ...]
    last_talk: Conversation | None
    snoozed_until: date | None
    prompt: bool
    review_due: bool
    leaning_since: date | None


@dataclass(frozen=True)
class NetworkReport:
    """Everything a face shows about one network in one window."""

    network: Network
    window: Window
    network_balance: NetworkBalance
    budget: BudgetUse
    partners: tuple[PartnerReport, ...]
    last_talk: Conversation | None
    prompt: bool
    conversations: tuple[Conversation, ...] = field(default=())
    review_due: bool = False

    @property
    def worst(self) -> Status:
        order = [Status.IMBALANCED, Status.LEANING, Status.BALANCED, Status.TOO_LITTLE_DATA]
        statuses = {p.balance.status for p in self.partners}
        return next((s for s in order if s in statuses), Status.TOO_LITTLE_DATA)

    @property
    def prompts(self) -> tuple[PartnerReport, ...]:
        return tuple(p for p in self.partners if p.prompt)
