"""The stable JSON shapes of `check --json`, `list --json` and the list commands.

Money is an exact decimal string; keys are DESIGN.md's and only ever added to.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from balance.core.ledger import Totals, as_float, to_decimal
from balance.core.model import Contribution, Network, Partner
from balance.core.reports import NetworkReport, PartnerReport
from balance.store.rows import Directory


def money(value: Decimal) -> str:
    """Money as JSON writes it: the currency's two decimals at least ('0.00',
    '25.50'), more places kept when the amount has them ('1.234')."""
    if value.as_tuple().exponent > -2:  # type: ignore[operator]
        value = value.quantize(Decimal("0.01"))
    return f"{value:f}"


def whole_minutes(value: Fraction) -> int:
    """Minutes are whole in every JSON shape: a mean is rounded half up."""
    return int(value + Fraction(1, 2)) if value >= 0 else -whole_minutes(-value)


def totals_json(t: Totals) -> dict[str, Any]:
    return {"minutes": t.minutes, "money": money(t.money), "energy": t.energy, "count": t.count}


def network_json(n: Network, d: Directory) -> dict[str, Any]:
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
            "money": None if n.budget.money is None else money(n.budget.money),
            "energy": n.budget.energy,
        },
        "review_days": n.review_days,
        "lean_ratio": str(n.lean_ratio),
        "imbalance_ratio": str(n.imbalance_ratio),
        "weights": {
            "time": str(n.weights.time),
            "money": str(n.weights.money),
            "energy": str(n.weights.energy),
        },
        "cooldown_days": n.cooldown_days,
        "partners": sum(1 for p in d.partners if n.id in p.network_ids),
    }


def partner_json(p: Partner, d: Directory) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "networks": [n.name for n in d.networks if n.id in p.network_ids],
    }


def contribution_json(c: Contribution, network: Network, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": c.id,
        "network": network.name,
        "partner": names.get(c.partner_id) if c.partner_id else None,
        "by": c.by,
        "date": c.date.isoformat(),
        "minutes": c.minutes,
        "money": money(c.money),
        "currency": network.currency,
        "energy": c.energy,
        "what": c.what,
        "note": c.note,
        "tags": list(c.tags),
        "private": c.private,
    }


def partner_report_json(r: PartnerReport) -> dict[str, Any]:
    b = r.balance
    time_s, money_s, energy_s = b.shares
    return {
        "id": r.partner.id,
        "name": r.partner.name,
        "mine": totals_json(b.mine),
        "theirs": totals_json(b.theirs),
        "shares": {
            "time": as_float(time_s),
            "money": as_float(money_s),
            "energy": as_float(energy_s),
        },
        "share": as_float(b.share),
        "ratio": None if b.ratio is None else as_float(b.ratio, 2),
        "status": b.status.value,
        "direction": b.direction,
        "prompt": r.prompt,
        "review_due": r.review_due,
        "leaning_since": r.leaning_since.isoformat() if r.leaning_since else None,
        "snoozed_until": r.snoozed_until.isoformat() if r.snoozed_until else None,
        "last_talk": r.last_talk.date.isoformat() if r.last_talk else None,
    }


def report_json(r: NetworkReport) -> dict[str, Any]:
    nb = r.network_balance
    return {
        "network": r.network.name,
        "currency": r.network.currency,
        "window": {
            "since": r.window.since.isoformat() if r.window.since else None,
            "until": r.window.until.isoformat(),
        },
        "status": r.worst.value,
        "network_balance": {
            "mine": totals_json(nb.mine),
            "mean_partner": {
                "minutes": whole_minutes(nb.mean[0]),
                "money": money(to_decimal(nb.mean[1])),
                "energy": as_float(nb.mean[2], 1),
            },
            "active_partners": nb.active_partners,
            "share": as_float(nb.balance.share),
            "status": nb.balance.status.value,
            "direction": nb.balance.direction,
            "prompt": r.prompt,
        },
        "partners": [partner_report_json(p) for p in r.partners],
    }
