"""The stable JSON shapes of `check --json`, `list --json` and the list commands.

Money is an exact decimal string; keys are DESIGN.md's and only ever added to.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from balance.core.agreements import agreement_items
from balance.core.exchange import Received, ValueBalance
from balance.core.ledger import Balance, Totals, as_float
from balance.core.model import Contribution, Network, Partner, Value
from balance.core.reports import NetworkReport, PartnerReport
from balance.store.rows import Directory


def money(value: Decimal) -> str:
    """Money as JSON writes it: the currency's two decimals at least ('0.00',
    '25.50'), more places kept when the amount has them ('1.234')."""
    if value.as_tuple().exponent > -2:  # type: ignore[operator]
        value = value.quantize(Decimal("0.01"))
    return f"{value:f}"


def totals_json(t: Totals) -> dict[str, Any]:
    """Energy is null where it was not recorded (empty is not 0)."""
    return {
        "minutes": t.minutes,
        "money": money(t.money),
        "energy": t.energy if t.energy_recorded else None,
        "count": t.count,
    }


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
        "alarm_months": n.alarm_months,
        "partners": sum(1 for p in d.partners if n.id in p.network_ids),
        "archived": n.archived,
    }


def partner_json(p: Partner, d: Directory) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "networks": [n.name for n in d.networks if n.id in p.network_ids],
        "archived": p.archived,
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


def received_json(r: Received) -> dict[str, Any]:
    return {
        "items": r.items,
        "kinds": {k.value: n for k, n in r.kinds},
        "amount": money(r.amount),
    }


def values_json(v: ValueBalance) -> dict[str, Any]:
    return {
        "mine": received_json(v.mine),
        "theirs": received_json(v.theirs),
        "share": as_float(v.share),
        "status": v.status.value,
    }


def value_json(v: Value, network: Network, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": v.id,
        "type": "value",  # machine
        "network": network.name,
        "partner": names.get(v.partner_id) if v.partner_id else None,
        "to": v.to,
        "date": v.date.isoformat(),
        "kind": v.kind.value,
        "what": v.what,
        "amount": None if v.amount is None else money(v.amount),
        "currency": network.currency,
        "note": v.note,
        "private": v.private,
    }


def _balance_keys(b: Balance) -> dict[str, Any]:
    time_s, money_s, energy_s = b.shares
    return {
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
    }


def open_agreements_json(
    report: NetworkReport, partner_id: str | None, whole_network: bool = False
) -> list[dict[str, Any]]:
    """The open agreements of a pair (or all of a network), oldest first."""
    today = report.alarm.window.until
    items = agreement_items(
        report.conversations, report.network.id, partner_id, whole_network, open_only=True
    )
    return [
        {
            "id": i.id,
            "text": i.agreement.text,
            "owes": i.agreement.owes,
            "agreed": i.made.isoformat(),
            "due": i.agreement.due.isoformat() if i.agreement.due else None,
            "overdue": i.agreement.overdue(today),
        }
        for i in items
    ]


def partner_report_json(r: PartnerReport, agreements: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": r.partner.id,
        "name": r.partner.name,
        **_balance_keys(r.balance),
        "values": values_json(r.values),
        "value_share": as_float(r.values.share),
        "exchange": r.exchange,
        "prompt": r.prompt,
        "alarm_exchange": r.alarm.exchange,
        "review_due": r.review_due,
        "leaning_since": r.leaning_since.isoformat() if r.leaning_since else None,
        "snoozed_until": r.snoozed_until.isoformat() if r.snoozed_until else None,
        "last_talk": r.last_talk.date.isoformat() if r.last_talk else None,
        "agreements": agreements,
    }


def report_json(r: NetworkReport) -> dict[str, Any]:
    own = {
        **_balance_keys(r.balance),
        "values": values_json(r.shown.values),
        "value_share": as_float(r.shown.values.share),
        "exchange": r.shown.exchange,
        "prompt": r.prompt,
        "agreements": open_agreements_json(r, None),
    }
    return {
        "network": r.network.name,
        "currency": r.network.currency,
        "window": {
            "since": r.window.since.isoformat() if r.window.since else None,
            "until": r.window.until.isoformat(),
        },
        "alarm_window": {
            "since": r.alarm.window.since.isoformat() if r.alarm.window.since else None,
            "until": r.alarm.window.until.isoformat(),
        },
        **own,
        "worst_partner_status": r.worst.value,
        "you_carry": r.carry.you_carry,
        "carries_you": r.carry.carries_you,
        "even": r.carry.even,
        "too_little_data": r.carry.too_little_data,
        "snoozed_until": r.snoozed_until.isoformat() if r.snoozed_until else None,
        "review_due": r.review_due,
        "network_balance": own,
        "partners": [
            partner_report_json(p, open_agreements_json(r, p.partner.id)) for p in r.partners
        ],
    }
