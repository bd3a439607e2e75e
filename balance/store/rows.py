"""Stored documents <-> values: money as exact strings, time as whole minutes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from balance.core.model import (
    Agreement,
    AgreementState,
    Budget,
    Contribution,
    Conversation,
    Kind,
    Network,
    Partner,
    Snooze,
    Value,
    ValueKind,
    Weights,
)
from balance.locale import _

#: A reader of one month ("YYYY-MM"): the rows it keeps, and the ids of every row the
#: month holds, so the check for an entry in two months sees the rows it does not keep.
MonthRead = Callable[[str], tuple[Sequence[Contribution], Iterable[str]]]


def with_ids(rows: Sequence[Contribution]) -> tuple[Sequence[Contribution], Iterable[str]]:
    """Every row of a month kept, as a `MonthRead` gives them."""
    return rows, [c.id for c in rows]


# --- documents <-> values ---------------------------------------------------


def _network_doc(n: Network) -> dict[str, Any]:
    return {
        "id": n.id,
        "name": n.name,
        "kind": n.kind.value,
        "currency": n.currency,
        "motivation": n.motivation,
        "expectations": list(n.expectations),
        "goal": n.goal,
        "success": n.success,
        "budget": {
            "minutes": n.budget.minutes,
            "money": None if n.budget.money is None else str(n.budget.money),
            "energy": n.budget.energy,
        },
        "review_days": n.review_days,
        "lean_ratio": str(n.lean_ratio),
        "imbalance_ratio": str(n.imbalance_ratio),
        "weights": [str(n.weights.time), str(n.weights.money), str(n.weights.energy)],
        "cooldown_days": n.cooldown_days,
        "alarm_months": n.alarm_months,
        "added": n.added.isoformat() if n.added else None,
        "archived": n.archived,
    }


def _network(d: dict[str, Any]) -> Network:
    b = d.get("budget") or {}
    w = d.get("weights") or ["1", "1", "1"]
    return Network(
        id=d["id"],
        name=d["name"],
        kind=Kind(d.get("kind", "professional")),
        currency=d.get("currency", "EUR"),
        motivation=d.get("motivation", ""),
        expectations=tuple(d.get("expectations", ())),
        goal=d.get("goal", ""),
        success=d.get("success", ""),
        budget=Budget(
            b.get("minutes"),
            None if b.get("money") is None else Decimal(b["money"]),
            b.get("energy"),
        ),
        review_days=d.get("review_days", 90),
        lean_ratio=Decimal(d.get("lean_ratio", "1.5")),
        imbalance_ratio=Decimal(d.get("imbalance_ratio", "2.0")),
        weights=Weights(*(Decimal(x) for x in w)),
        cooldown_days=d.get("cooldown_days", 30),
        alarm_months=d.get("alarm_months", 6),
        added=date.fromisoformat(d["added"]) if d.get("added") else None,
        archived=_flag(d.get("archived", False)),
    )


def _partner_doc(p: Partner) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "networks": list(p.network_ids),
        "added": p.added.isoformat() if p.added else None,
        "archived": p.archived,
    }


def _partner(d: dict[str, Any]) -> Partner:
    added = d.get("added")
    return Partner(
        d["id"],
        d["name"],
        tuple(d.get("networks", ())),
        date.fromisoformat(added) if added else None,
        _flag(d.get("archived", False)),
    )


def _flag(value: Any) -> bool:
    """A stored yes/no: anything but a JSON boolean is damage, not a guess."""
    if not isinstance(value, bool):
        raise TypeError(_("archived is {value}, not true or false").format(value=repr(value)))
    return value


def contribution_doc(c: Contribution) -> dict[str, Any]:
    return {
        "id": c.id,
        "network": c.network_id,
        "partner": c.partner_id,
        "by": c.by,
        "date": c.date.isoformat(),
        "minutes": c.minutes,
        "money": str(c.money),
        "energy": c.energy,
        "what": c.what,
        "note": c.note,
        "tags": list(c.tags),
        "private": c.private,
    }


_new = object.__new__


def _contribution(d: dict[str, Any]) -> Contribution:
    """Trusted load of our own documents: skips re-validation, which at 100k rows costs."""
    c = _new(Contribution)
    c.__dict__.update(
        id=d["id"],
        network_id=d["network"],
        partner_id=d["partner"],
        by=d["by"],
        date=date.fromisoformat(d["date"]),
        minutes=d["minutes"],
        money=Decimal(d["money"]),
        energy=d["energy"],
        what=d["what"],
        note=d.get("note", ""),
        tags=tuple(d.get("tags", ())),
        private=d.get("private", False),
    )
    return c


def _conversation_doc(c: Conversation) -> dict[str, Any]:
    return {
        "id": c.id,
        "network": c.network_id,
        "partner": c.partner_id,
        "date": c.date.isoformat(),
        "notes": c.notes,
        "goal": c.goal,
        "value_mine": c.value_mine,
        "value_theirs": c.value_theirs,
        "agreements": [agreement_doc(a) for a in c.agreements],
        "next_review": c.next_review.isoformat() if c.next_review else None,
        "private": c.private,
    }


def agreement_doc(a: Agreement) -> dict[str, Any]:
    return {
        "id": a.id,
        "text": a.text,
        "owes": a.owes,
        "due": a.due.isoformat() if a.due else None,
        "state": a.state.value,
        "closed": a.closed.isoformat() if a.closed else None,
    }


def legacy_agreement_id(talk_id: str, index: int, text: str) -> str:
    """The id an agreement stored as bare text (schema 1) gets: derived, not random,
    so the migration and an undo record from before it give the same agreement."""
    import hashlib  # only for agreements from before ids: ~3 ms to import, on every read

    return hashlib.sha256(f"{talk_id}/{index}/{text}".encode()).hexdigest()[:32]


def _agreement(talk_id: str, index: int, d: Any) -> Agreement:
    if isinstance(d, str):  # schema 1 (also an old undo record brought back)
        return Agreement(legacy_agreement_id(talk_id, index, d), d)
    if not isinstance(d, dict):
        raise TypeError(_("an agreement is not a record"))
    return Agreement(
        id=d["id"],
        text=d["text"],
        owes=d.get("owes", "both"),
        due=date.fromisoformat(d["due"]) if d.get("due") else None,
        state=AgreementState(d.get("state", "open")),
        closed=date.fromisoformat(d["closed"]) if d.get("closed") else None,
    )


def _conversation(d: dict[str, Any]) -> Conversation:
    return Conversation(
        id=d["id"],
        network_id=d["network"],
        partner_id=d["partner"],
        date=date.fromisoformat(d["date"]),
        notes=d["notes"],
        goal=d.get("goal", ""),
        value_mine=d.get("value_mine", ""),
        value_theirs=d.get("value_theirs", ""),
        agreements=tuple(_agreement(d["id"], i, a) for i, a in enumerate(d.get("agreements", ()))),
        next_review=date.fromisoformat(d["next_review"]) if d.get("next_review") else None,
        private=d.get("private", False),
    )


def value_doc(v: Value) -> dict[str, Any]:
    return {
        "id": v.id,
        "network": v.network_id,
        "partner": v.partner_id,
        "to": v.to,
        "date": v.date.isoformat(),
        "kind": v.kind.value,
        "what": v.what,
        "amount": None if v.amount is None else str(v.amount),
        "note": v.note,
        "private": v.private,
    }


def value_from_doc(d: dict[str, Any]) -> Value:
    return Value(
        id=d["id"],
        network_id=d["network"],
        partner_id=d["partner"],
        to=d["to"],
        date=date.fromisoformat(d["date"]),
        kind=ValueKind(d["kind"]),
        what=d["what"],
        amount=None if d.get("amount") is None else Decimal(d["amount"]),
        note=d.get("note", ""),
        private=d.get("private", False),
    )


def _snooze_doc(s: Snooze) -> dict[str, Any]:
    return {"network": s.network_id, "partner": s.partner_id, "until": s.until.isoformat()}


def _snooze(d: dict[str, Any]) -> Snooze:
    return Snooze(d["network"], d["partner"], date.fromisoformat(d["until"]))


@dataclass(frozen=True)
class Directory:
    """Everything but the contributions: small, read whole."""

    networks: tuple[Network, ...] = ()
    partners: tuple[Partner, ...] = ()
    conversations: tuple[Conversation, ...] = ()
    values: tuple[Value, ...] = ()
    snoozes: tuple[Snooze, ...] = ()
    #: The name of the file's owner ("Petra Vogel"), used wherever a partner reads.
    owner: str = ""
