"""The demo: a fresh database from the sample data, dated to end today."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from balance.core.model import (
    Contribution,
    Network,
    Partner,
    Value,
    ValueKind,
    new_id,
)
from balance.service.api import Service
from balance.store.db import Store

T = TypeVar("T")


def sample_path() -> Path:
    """sample-data/demo.json, from a checkout or an installed wheel alike."""
    from importlib.resources import files

    return Path(str(files("balance.sample_data").joinpath("demo.json")))


def load_sample(target: Path, today: date, source: Path | None = None) -> Service:
    """A fresh database at `target` from the sample data, its dates moved to end today.

    The demo must look alive in any year, so every date is shifted by the
    distance between the sample's anchor and today.
    """
    import json

    data = json.loads((source or sample_path()).read_text(encoding="utf-8"))
    shift = today - date.fromisoformat(data["anchor"])

    def moved(text: str | None) -> date | None:
        return date.fromisoformat(text) + shift if text else None

    svc = Service(Store(target), today=lambda: today)
    if data.get("owner"):
        svc.set_owner(data["owner"])
    nets: dict[str, Network] = {}
    for n in data["networks"]:
        budget = n.get("budget") or {}
        nets[n["name"]] = svc.add_network(
            n["name"],
            kind=n.get("kind"),
            currency=n.get("currency"),
            motivation=n.get("motivation"),
            expectations=n.get("expectations"),
            goal=n.get("goal"),
            success=n.get("success"),
            budget_time=str(budget["minutes"]) if budget.get("minutes") else None,
            budget_money=budget.get("money"),
            budget_energy=str(budget["energy"]) if budget.get("energy") else None,
            review_days=str(n["review_days"]) if n.get("review_days") else None,
            weights=n.get("weights"),
        )
    first: dict[str, date] = {}
    for c in data["contributions"]:
        if c.get("partner"):
            day = moved(c["date"])
            first[c["partner"]] = min(first.get(c["partner"], day), day)  # type: ignore[type-var]
    # Partners have been around since their first contribution, not since today.
    people = {
        p["name"]: Partner(
            new_id(), p["name"], tuple(nets[n].id for n in p["networks"]), first.get(p["name"])
        )
        for p in data["partners"]
    }
    rows = [
        Contribution(
            id=new_id(),
            network_id=nets[c["network"]].id,
            partner_id=people[c["partner"]].id if c.get("partner") else None,
            by=c["by"],
            date=moved(c["date"]),  # type: ignore[arg-type]
            minutes=c.get("minutes", 0),
            money=Decimal(c.get("money") or "0"),
            energy=c.get("energy", 0),
            what=c["what"],
            note=c.get("note", ""),
            tags=tuple(c.get("tags", ())),
            private=c.get("private", False),
        )
        for c in data["contributions"]
    ]
    svc.store.add_batch((), people.values(), rows)
    for t in data.get("conversations", ()):
        svc.talk(
            nets[t["network"]],
            people[t["partner"]] if t.get("partner") else None,
            t["notes"],
            day=moved(t["date"]),
            goal=t.get("goal", ""),
            value_mine=t.get("value_mine", ""),
            value_theirs=t.get("value_theirs", ""),
            agreements=t.get("agreements", ()),
            next_review=moved(t.get("next_review")),
        )
    for v in data.get("values", ()):
        svc.store.save_value(
            Value(
                id=new_id(),
                network_id=nets[v["network"]].id,
                partner_id=people[v["partner"]].id if v.get("partner") else None,
                to=v["to"],
                date=moved(v["date"]),  # type: ignore[arg-type]
                kind=ValueKind(v["kind"]),
                what=v["what"],
                amount=Decimal(v["amount"]) if v.get("amount") else None,
                note=v.get("note", ""),
                private=v.get("private", False),
            )
        )
    return Service(Store(target))
