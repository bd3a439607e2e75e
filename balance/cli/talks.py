"""`balance agreement` and `balance talks`: arguments to service calls, results to text."""

from __future__ import annotations

import argparse
from typing import Any

from balance.cli.output import print_json
from balance.core.agreement_words import agreement_line
from balance.core.agreements import AgreementItem
from balance.core.errors import ValidationError
from balance.core.formats import format_date, format_number
from balance.core.model import AgreementState, Conversation
from balance.locale import N_, _, ngettext
from balance.service.api import Service
from balance.store.rows import Directory

STATES = {
    "done": AgreementState.DONE,
    "drop": AgreementState.DROPPED,
    "reopen": AgreementState.OPEN,
}
#: What each action says before the agreement's line.
SAID = {"done": N_("Done"), "drop": N_("Dropped"), "reopen": N_("Open again")}


def _scope(svc: Service, args: argparse.Namespace, d: Directory) -> tuple[Any, Any]:
    if args.partner and not args.network:
        raise ValidationError("partner", _("give the partner's --network too"))
    network = svc.network(args.network, d) if args.network else None
    partner = svc.partner(args.partner, network, d) if network and args.partner else None
    return network, partner


def _where(talk: Conversation, d: Directory) -> tuple[str, str | None]:
    network = next(n.name for n in d.networks if n.id == talk.network_id)
    partner = next((p.name for p in d.partners if p.id == talk.partner_id), None)
    return network, partner


def agreement_json(item: AgreementItem, d: Directory, today: Any) -> dict[str, Any]:
    a = item.agreement
    network, partner = _where(item.talk, d)
    return {
        "id": a.id,
        "network": network,
        "partner": partner,
        "talk": item.talk.id,
        "agreed": item.made.isoformat(),
        "text": a.text,
        "owes": a.owes,
        "due": a.due.isoformat() if a.due else None,
        "state": a.state.value,
        "closed": a.closed.isoformat() if a.closed else None,
        "overdue": a.overdue(today),
    }


def cmd_agreement(args: argparse.Namespace) -> int:
    svc = Service.open(args.db)
    if args.action != "list":
        item = svc.set_agreement(args.id, STATES[args.action])
        d = svc.directory()
        _net, partner = _where(item.talk, d)
        line = agreement_line(item, partner or _("the network"), svc.today())
        print(
            _("{said}: {line}. `balance undo` takes it back.").format(
                said=_(SAID[args.action]), line=line
            )
        )
        return 0
    d = svc.directory()
    network, partner = _scope(svc, args, d)
    items = svc.agreements(network, partner, open_only=args.open, directory=d)
    today = svc.today()
    if args.json:
        print_json([agreement_json(i, d, today) for i in items])
        return 0
    if not items:
        print(_("No agreements.") if not args.open else _("No open agreements."))
        return 0
    for i in items:
        net, who = _where(i.talk, d)
        whole, them = _("whole network"), _("the network")
        print(f"{i.id[:8]}  {net} · {who or whole}")
        print(f"          {agreement_line(i, who or them, today)}")
    return 0


def cmd_talks(args: argparse.Namespace) -> int:
    svc = Service.open(args.db)
    d = svc.directory()
    network, partner = _scope(svc, args, d)
    talks = sorted(
        (
            t
            for t in d.conversations
            if (network is None or t.network_id == network.id)
            and (partner is None or t.partner_id == partner.id)
        ),
        key=lambda t: (t.date, t.id),
    )
    if args.json:
        out = []
        for t in talks:
            net, who = _where(t, d)
            out.append(
                {
                    "id": t.id,
                    "network": net,
                    "partner": who,
                    "date": t.date.isoformat(),
                    "notes": t.notes,
                    "goal": t.goal,
                    "value_mine": t.value_mine,
                    "value_theirs": t.value_theirs,
                    "agreements": [a.id for a in t.agreements],
                    "next_review": t.next_review.isoformat() if t.next_review else None,
                    "private": t.private,
                }
            )
        print_json(out)
        return 0
    if not talks:
        print(_("No talks recorded."))
        return 0
    for t in talks:
        net, who = _where(t, d)
        parts = [net, who or _("whole network")]
        if t.agreements:
            n = len(t.agreements)
            parts.append(
                ngettext("{count} agreed", "{count} agreed", n).format(count=format_number(n))
            )
        if t.private:
            parts.append(_("private notes"))
        print(f"{t.id[:8]}  {format_date(t.date)}  {' · '.join(parts)}")
        print(f"          {t.notes}")
    return 0
