"""The TOML summary a person sends to a partner before or after a talk.

Pure: it takes a report and rows and returns a string. Exact money strings,
TOML dates, a fixed order, no empty values, and privacy by construction: a
private note is dropped here, and a partner export is built only from that
partner's rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import tomli_w

from balance import __version__
from balance.core.exchange import Received
from balance.core.ledger import Balance, Totals, as_float
from balance.core.model import (
    THREE_QUESTIONS,
    Agreement,
    Contribution,
    Conversation,
    Network,
    Value,
)
from balance.core.reports import Standing
from balance.locale import N_


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    """Drop empty and placeholder values: a summary says only what is known."""
    return {k: v for k, v in d.items() if v not in (None, "", [], {}, ())}


def _totals(t: Totals) -> dict[str, Any]:
    """Energy is left out where it was not recorded (empty is not 0)."""
    return _clean(
        {
            "minutes": t.minutes,
            "money": str(t.money),
            "energy": t.energy if t.energy_recorded else None,
            "count": t.count,
        }
    )


#: What a private entry shows instead of its text. The TOML writes it as it is (machine
#: output, English); the Markdown page shows `_(PRIVATE)`, in the reader's language.
PRIVATE = N_("(private)")


def _contribution(c: Contribution) -> dict[str, Any]:
    """A private entry keeps its date and amounts, so the totals still add up; what it
    was, its note and its tags stay home."""
    if c.private:
        return _clean(
            {
                "date": c.date,
                "by": c.by,
                "what": PRIVATE,
                "minutes": c.minutes or None,
                "money": str(c.money) if c.money else None,
                "energy": c.energy,
            }
        )
    return _clean(
        {
            "date": c.date,
            "by": c.by,
            "what": c.what,
            # Zero amounts are left out: "money = 0" on a coffee is noise, not data.
            "minutes": c.minutes or None,
            "money": str(c.money) if c.money else None,
            "energy": c.energy,
            "tags": list(c.tags),
            "note": c.note,
        }
    )


def _value(v: Value) -> dict[str, Any]:
    return _clean(
        {
            "date": v.date,
            "to": v.to,
            "kind": v.kind.value,
            "what": PRIVATE if v.private else v.what,
            "amount": None if v.amount is None else str(v.amount),
            "note": "" if v.private else v.note,
        }
    )


def _received(r: Received) -> dict[str, Any]:
    return _clean(
        {
            "items": r.items,
            "kinds": {k.value: n for k, n in r.kinds},
            "amount": str(r.amount) if r.amount else None,
        }
    )


def _conversation(c: Conversation) -> dict[str, Any]:
    """A private talk's notes and values stay home; its goal and agreements are shared."""
    return _clean(
        {
            "date": c.date,
            "notes": PRIVATE if c.private else c.notes,
            "shared_goal": c.goal,
            "value_for_me": "" if c.private else c.value_mine,
            "value_for_partner": "" if c.private else c.value_theirs,
            "agreements": [_agreement(a) for a in c.agreements],
            "next_review": c.next_review,
        }
    )


def _agreement(a: Agreement) -> dict[str, Any]:
    return _clean(
        {
            "text": a.text,
            "owes": a.owes,
            "due": a.due,
            "state": a.state.value,
            "closed": a.closed,
        }
    )


def ordered(rows: Iterable[Contribution]) -> list[Contribution]:
    # Energy not recorded (None) sorts before any recorded value: never None < int.
    energy = lambda c: -1 if c.energy is None else c.energy  # noqa: E731
    return sorted(rows, key=lambda c: (c.date, c.by, c.what, c.minutes, c.money, energy(c), c.id))


def ordered_values(values: Iterable[Value]) -> list[Value]:
    return sorted(values, key=lambda v: (v.date, v.to, v.kind.value, v.what, v.id))


def _balance(b: Balance) -> dict[str, Any]:
    time_s, money_s, energy_s = b.shares
    return _clean(
        {
            "status": b.status.value,
            "direction": b.direction,
            "combined_share": as_float(b.share),
            "shares": _clean(
                {"time": as_float(time_s), "money": as_float(money_s), "energy": as_float(energy_s)}
            ),
            "mine": _totals(b.mine),
            "theirs": _totals(b.theirs),
        }
    )


@dataclass(frozen=True)
class PartnerPart:
    """One partnership as a summary shows it: its figures and its rows in the window."""

    name: str
    standing: Standing
    rows: Sequence[Contribution] = ()
    conversations: Sequence[Conversation] = ()
    values: Sequence[Value] = ()


@dataclass(frozen=True)
class Summary:
    """Everything one summary says. The TOML and the Markdown are both written from
    it, so a partner reads the same facts in either."""

    title: str
    generated: datetime
    since: date | None
    until: date
    window: str
    network: Network
    #: Your name as the partner reads it ("Petra Vogel"); "me" while none is set.
    me: str
    partners: Sequence[PartnerPart] = ()
    network_rows: Sequence[Contribution] = ()
    network_conversations: Sequence[Conversation] = ()
    network_values: Sequence[Value] = ()


def ordered_talks(talks: Iterable[Conversation]) -> list[Conversation]:
    return sorted(talks, key=lambda c: (c.date, c.id))


def partner_section(part: PartnerPart, me: str) -> dict[str, Any]:
    vb = part.standing.values
    return _clean(
        {
            "name": part.name,
            # Who "me"/"mine" and "partner"/"theirs" are, so the file reads right from
            # either side.
            "people": {"me": me, "partner": part.name},
            "balance": _balance(part.standing.balance),
            "exchange": part.standing.exchange,
            "value_share": as_float(vb.share),
            # What came back to each side; left out while nothing is recorded.
            "received": _clean({"mine": _received(vb.mine), "theirs": _received(vb.theirs)})
            if vb.count
            else None,
            "contributions": [_contribution(c) for c in ordered(part.rows)],
            "values": [_value(v) for v in ordered_values(part.values)],
            "conversations": [_conversation(c) for c in ordered_talks(part.conversations)],
        }
    )


def network_section(network: Network) -> dict[str, Any]:
    b = network.budget
    return _clean(
        {
            "name": network.name,
            "kind": network.kind.value,
            "currency": network.currency,
            "motivation": network.motivation,
            "expectations": list(network.expectations),
            "shared_goal": network.goal,
            "success": network.success,
            "budget_per_month": _clean(
                {
                    "minutes": b.minutes,
                    "money": None if b.money is None else str(b.money),
                    "energy": b.energy,
                }
            ),
        }
    )


def to_toml(s: Summary) -> str:
    doc: dict[str, Any] = _clean(
        {
            "title": s.title,
            "generated": s.generated.replace(microsecond=0),
            "app": f"balance {__version__}",
            "me": s.me,
            "period": _clean({"since": s.since, "until": s.until, "window": s.window}),
            "network": network_section(s.network),
            "questions": list(THREE_QUESTIONS),
            "partners": [partner_section(p, s.me) for p in s.partners],
            "network_contributions": [_contribution(c) for c in ordered(s.network_rows)],
            "network_values": [_value(v) for v in ordered_values(s.network_values)],
            "network_conversations": [
                _conversation(c) for c in ordered_talks(s.network_conversations)
            ],
        }
    )
    return tomli_w.dumps(doc, multiline_strings=False)
