"""Agreements across talks, and "since the last talk": what a person reads before
the next meeting (DESIGN.md "Concepts": Agreement; "Balance": Since the last talk).

Pure: it takes the talks, contributions and values and returns plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from balance.core.exchange import Received, received_of
from balance.core.ids import one_by_prefix
from balance.core.ledger import Sums, Totals
from balance.core.model import (
    Agreement,
    AgreementState,
    Contribution,
    Conversation,
    Value,
)
from balance.locale import _


@dataclass(frozen=True)
class AgreementItem:
    """An agreement with the talk it was made in: where it belongs, and how old it is."""

    agreement: Agreement
    talk: Conversation

    @property
    def id(self) -> str:
        return self.agreement.id

    @property
    def made(self) -> date:
        return self.talk.date

    def age_days(self, today: date) -> int:
        return (today - self.talk.date).days


def agreement_items(
    talks: Iterable[Conversation],
    network_id: str | None = None,
    partner_id: str | None = None,
    whole_network: bool = False,
    open_only: bool = False,
) -> list[AgreementItem]:
    """The agreements of one pair (partner None: the network's own talks), or with
    `whole_network` every talk of the network; the oldest talk first, so the list
    reads as the order things were agreed in."""
    items = [
        AgreementItem(a, t)
        for t in sorted(talks, key=lambda t: (t.date, t.id))
        if (network_id is None or t.network_id == network_id)
        and (whole_network or network_id is None or t.partner_id == partner_id)
        for a in t.agreements
        if not open_only or a.state is AgreementState.OPEN
    ]
    return items


def find_agreement(talks: Iterable[Conversation], id_or_prefix: str) -> AgreementItem:
    """The one agreement whose id starts with what was typed (at least 4 characters)."""
    none = _("no agreement has the id {id}")
    return one_by_prefix(agreement_items(talks), id_or_prefix, none)


def with_state(item: AgreementItem, state: AgreementState, day: date) -> Conversation:
    """The talk with one agreement ticked done, dropped, or opened again."""
    closed = None if state is AgreementState.OPEN else day
    ticked = replace(item.agreement, state=state, closed=closed)
    agreements = tuple(ticked if a.id == item.id else a for a in item.talk.agreements)
    return replace(item.talk, agreements=agreements)


def overdue(items: Iterable[AgreementItem], today: date) -> list[AgreementItem]:
    return [i for i in items if i.agreement.overdue(today)]


@dataclass(frozen=True)
class SinceTalk:
    """One pair since its last talk (or since the beginning, when there was none).

    Entries dated on the talk's day count as talked about: "since" starts the day after.
    `last_mine` / `last_theirs` are the last days each side put anything in, at all.
    """

    last_talk: Conversation | None
    mine: Totals = field(default_factory=Totals)
    theirs: Totals = field(default_factory=Totals)
    to_me: Received = field(default_factory=Received)
    to_them: Received = field(default_factory=Received)
    last_mine: date | None = None
    last_theirs: date | None = None
    open: tuple[AgreementItem, ...] = ()

    @property
    def since(self) -> date | None:
        return self.last_talk.date if self.last_talk else None

    @property
    def quiet(self) -> bool:
        """Nothing at all happened since the talk, on either side."""
        return not (self.mine.count or self.theirs.count or self.to_me.items or self.to_them.items)


def since_last_talk(
    contributions: Iterable[Contribution],
    values: Iterable[Value],
    talks: Sequence[Conversation],
    network_id: str,
    partner_id: str | None,
) -> SinceTalk:
    """Both sides' figures since the pair's last talk, and its open agreements.

    For the network (partner None) the network's own talks count, and every
    partner's contributions and values together are "theirs".
    """
    own = [t for t in talks if t.network_id == network_id and t.partner_id == partner_id]
    last = max(own, key=lambda t: (t.date, t.id), default=None)
    after = last.date if last else None
    sums = (Sums(), Sums())
    last_day: list[date | None] = [None, None]
    for c in contributions:
        if c.network_id != network_id or (partner_id is not None and c.partner_id != partner_id):
            continue
        side = 0 if c.by == "me" else 1
        if last_day[side] is None or c.date > last_day[side]:  # type: ignore[operator]
            last_day[side] = c.date
        if after is None or c.date > after:
            sums[side].add(c)
    got: tuple[list[Value], list[Value]] = ([], [])
    for v in values:
        if v.network_id != network_id or (partner_id is not None and v.partner_id != partner_id):
            continue
        if after is None or v.date > after:
            got[0 if v.to == "me" else 1].append(v)
    return SinceTalk(
        last_talk=last,
        mine=sums[0].totals(),
        theirs=sums[1].totals(),
        to_me=received_of(got[0]),
        to_them=received_of(got[1]),
        last_mine=last_day[0],
        last_theirs=last_day[1],
        open=tuple(agreement_items(own, network_id, partner_id, open_only=True)),
    )


def overdue_by_pair(
    talks: Iterable[Conversation], network_id: str, today: date
) -> dict[str | None, list[AgreementItem]]:
    """A network's overdue agreements per partner (None: the network's own talks), for
    the cards and the alert strip: one rule, `Agreement.overdue`, for every face."""
    out: dict[str | None, list[AgreementItem]] = {}
    for item in agreement_items(talks, network_id, whole_network=True, open_only=True):
        if item.agreement.overdue(today):
            out.setdefault(item.talk.partner_id, []).append(item)
    return out
