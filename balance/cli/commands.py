"""What each CLI command does: arguments to service calls, results to text or JSON."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

# Dispatched by name from cli.main, like every cmd_ here.
from balance.cli.changes import cmd_delete, cmd_edit, cmd_manage, cmd_undo  # noqa: F401
from balance.cli.output import print_json
from balance.cli.parser import CANVAS_ARGS
from balance.cli.parser_changes import MANAGE_ACTIONS
from balance.cli.talks import cmd_agreement, cmd_talks  # noqa: F401
from balance.core.formats import format_amounts, format_money, plural
from balance.core.forms import LogForm, TalkForm, ValueForm
from balance.core.model import Network, ValidationError, Value
from balance.core.reports import NetworkReport
from balance.core.words import logged_sentence, value_logged_sentence
from balance.service.api import Service
from balance.service.paths import default_db_path

if TYPE_CHECKING:
    from pathlib import Path

    from balance.core.window import Window


def _service(args: argparse.Namespace) -> Service:
    return Service.open(args.db)


def _canvas(args: argparse.Namespace) -> dict[str, object]:
    return {k: getattr(args, k) for k in CANVAS_ARGS}


def cmd_where(args: argparse.Namespace) -> int:
    print(args.db or default_db_path())
    return 0


def cmd_network(args: argparse.Namespace) -> int:
    from balance.cli.jsonout import network_json

    if args.action in MANAGE_ACTIONS:
        return cmd_manage(args, "network")
    svc = _service(args)
    if args.action == "add":
        network = svc.add_network(args.name, **_canvas(args))
        print(f"Added network {network.name} ({network.kind.value}, {network.currency}).")
    elif args.action == "edit":
        network = svc.network(args.name)
        canvas = _canvas(args)
        if args.rename:
            canvas["name"] = args.rename
        if all(v is None for v in canvas.values()):
            raise ValidationError("network edit", "nothing to change; see --help for the options")
        network = svc.edit_network(network, **canvas)
        print(f"Updated network {network.name}.")
    else:
        d = svc.directory()
        networks = sorted(d.networks, key=lambda n: n.name.casefold())
        if args.json:
            print_json([network_json(n, d) for n in networks])
        elif not networks:
            print("No networks yet. Add one: balance network add NAME")
        else:
            for n in networks:
                members = sum(1 for p in d.partners if n.id in p.network_ids)
                goal = f" · goal: {n.goal}" if n.goal else ""
                goal += " · archived" if n.archived else ""
                count = plural(members, "partner")
                print(f"{n.name} · {n.kind.value} · {n.currency} · {count}{goal}")
    return 0


def cmd_partner(args: argparse.Namespace) -> int:
    from balance.cli.jsonout import partner_json

    if args.action in MANAGE_ACTIONS:
        return cmd_manage(args, "partner")
    svc = _service(args)
    if args.action == "add":
        before = {p.id: p.network_ids for p in svc.directory().partners}
        partner, created = svc.add_partner(args.name, args.network)
        d = svc.directory()
        names = ", ".join(n.name for n in d.networks if n.id in partner.network_ids)
        if created:
            print(f"Added partner {partner.name} (in {names}).")
        elif before.get(partner.id) == partner.network_ids:
            print(f"{partner.name} is already in {names}; nothing changed.")
        else:
            print(f"Added {partner.name} to more networks (now in {names}).")
        return 0
    d = svc.directory()
    partners = list(d.partners)
    if args.network:
        network = svc.network(args.network, d)
        partners = svc.partners_of(network, d)
    partners.sort(key=lambda p: p.name.casefold())
    if args.json:
        print_json([partner_json(p, d) for p in partners])
    elif not partners:
        print("No partners yet. Add one: balance partner add NAME --network NET")
    else:
        names = {n.id: n.name for n in d.networks}
        for p in partners:
            archived = " · archived" if p.archived else ""
            print(f"{p.name} · {', '.join(names.get(i, '?') for i in p.network_ids)}{archived}")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    svc = _service(args)
    form = LogForm(
        network=args.network,
        partner=args.partner,
        by=args.by,
        date=args.date,
        time=args.time,
        money=args.money,
        energy=args.energy,
        what=args.what,
        note=args.note,
        tags=tuple(args.tag),
        private=args.private,
    )
    c = svc.log(form)
    print(logged_sentence(c, *_where(svc, c.network_id, c.partner_id)))
    return 0


def _where(svc: Service, network_id: str, partner_id: str | None) -> tuple[Network, str | None]:
    """The network and the partner's name of what was just logged, for its sentence."""
    d = svc.directory()
    network = next(n for n in d.networks if n.id == network_id)
    return network, next((p.name for p in d.partners if p.id == partner_id), None)


def cmd_list(args: argparse.Namespace) -> int:
    from balance.cli.jsonout import contribution_json

    svc = _service(args)
    d = svc.directory()
    network = svc.network(args.network, d)
    partner = svc.partner(args.partner, network, d) if args.partner else None
    window = svc.window_between(args.since, args.until)
    names = {p.id: p.name for p in d.partners}
    if args.values:
        return _list_values(svc.values(network, partner, window), network, names, args.json)
    rows = svc.contributions(network, partner, window.since, window.until)
    if args.json:
        print_json([contribution_json(c, network, names) for c in rows])
        return 0
    if not rows:
        print("No contributions in that range.")
        return 0
    for c in rows:
        who = names.get(c.partner_id or "", "(network)")
        by = "me" if c.by == "me" else "partner"
        tags = f" #{' #'.join(c.tags)}" if c.tags else ""
        amounts = format_amounts(c.minutes, c.money, c.energy, network.currency)
        # The id's start is enough for `balance edit` and `balance delete`.
        print(f"{c.id[:8]}  {c.date.isoformat()}  {by:<7}  {who:<22}  {c.what}  [{amounts}]{tags}")
    print(f"{plural(len(rows), 'contribution')}.")
    return 0


def _list_values(
    values: list[Value], network: Network, names: dict[str, str], as_json: bool
) -> int:
    from balance.cli.jsonout import value_json

    if as_json:
        print_json([value_json(v, network, names) for v in values])
        return 0
    if not values:
        print("No values in that range.")
        return 0
    for v in values:
        who = names.get(v.partner_id or "", "(network)")
        amount = f" [{format_money(v.amount, network.currency)}]" if v.amount else ""
        print(f"{v.date.isoformat()}  to {v.to:<7}  {who:<22}  {v.kind.value}: {v.what}{amount}")
    print(f"{plural(len(values), 'value')}.")
    return 0


def cmd_value(args: argparse.Namespace) -> int:
    svc = _service(args)
    v = svc.add_value(
        ValueForm(
            network=args.network,
            partner=args.partner,
            to=args.to,
            kind=args.kind,
            what=args.what,
            amount=args.amount,
            date=args.date,
            note=args.note,
            private=args.private,
        )
    )
    print(value_logged_sentence(v, *_where(svc, v.network_id, v.partner_id)))
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    svc = _service(args)
    if args.name is not None:
        name = svc.set_owner(args.name)
        print(f"Your name is now {name}: exports and summaries use it.")
        return 0
    owner = svc.owner_name()
    print(f"name: {owner or '(not set: balance config --name NAME)'}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from balance.cli.jsonout import report_json
    from balance.cli.text import render_partner_briefing, render_report

    svc = _service(args)
    window = svc.window(args.window)
    d = svc.directory()
    if args.partner and not args.network:
        raise ValidationError("partner", "--partner needs --network")
    if args.network:
        network = svc.network(args.network, d)
        report = svc.report(network, window, d)
        if args.partner:
            partner = svc.partner(args.partner, network, d)
            report = _only(report, partner.id)
        if args.json:
            print_json(report_json(report))
        elif args.partner:
            since = svc.since_talk(network, report.partners[0].partner)
            sys.stdout.write(
                render_partner_briefing(report, report.partners[0], svc.today(), since)
            )
        else:
            sys.stdout.write(render_report(report, svc.today()))
        return 0
    reports = svc.reports(window)
    if args.json:
        print_json([report_json(r) for r in reports])
    elif not reports:
        print("No networks yet. Add one: balance network add NAME")
    else:
        sys.stdout.write("\n".join(render_report(r, svc.today()) for r in reports))
    return 0


def _only(report: NetworkReport, partner_id: str) -> NetworkReport:
    return replace(report, partners=tuple(p for p in report.partners if p.partner.id == partner_id))


def cmd_talk(args: argparse.Namespace) -> int:
    svc = _service(args)
    c = svc.record_talk(
        TalkForm(
            network=args.network,
            partner=args.partner or "",
            date=args.date,
            notes=args.notes,
            goal=args.goal,
            value_mine=args.value_mine,
            value_theirs=args.value_theirs,
            agreements=tuple(args.agree),
            next_review=args.next_review or "",
            private=args.private_notes,
        )
    )
    d = svc.directory()
    network = next(n for n in d.networks if n.id == c.network_id)
    who = next((p.name for p in d.partners if p.id == c.partner_id), network.name)
    extra = f"; next review {c.next_review.isoformat()}" if c.next_review else ""
    print(f"Recorded the conversation with {who} on {c.date.isoformat()}{extra}.")
    return 0


def cmd_snooze(args: argparse.Namespace) -> int:
    svc = _service(args)
    d = svc.directory()
    network = svc.network(args.network, d)
    partner = svc.partner(args.partner, network, d) if args.partner else None
    s = svc.snooze(network, partner, args.days)
    who = partner.name if partner else network.name
    print(f"Snoozed the prompt for {who} until {s.until.isoformat()}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    svc = _service(args)
    d = svc.directory()
    network = svc.network(args.network, d)
    partner = svc.partner(args.partner, network, d) if args.partner else None
    window = _window(svc, args)
    out: Path | None = args.output
    if out is not None and out.is_dir():
        raise ValidationError("output", f"{out} is a folder; give a file name")
    if out is not None and out.exists() and not args.force:
        raise ValidationError("output", f"{out} exists; add --force to overwrite it")
    fmt = args.format or ("md" if out is not None and out.suffix.lower() == ".md" else "toml")
    text = svc.export(network, partner, window, fmt)
    if args.output is None:
        sys.stdout.write(text)
        _name_tip(svc.owner_name(d))
        return 0
    from balance.store.files import write_text_atomic

    write_text_atomic(out, text)
    who = partner.name if partner else network.name
    print(f"Wrote the summary for {who} ({window.description}) to {out}.")
    _name_tip(svc.owner_name(d))
    return 0


def _name_tip(owner: str) -> None:
    """After a summary is written: without your name the partner reads "me"."""
    if not owner:
        print('Tip: balance config --name "Your Name", so the partner reads who you are.',
              file=sys.stderr)  # fmt: skip


def _window(svc: Service, args: argparse.Namespace) -> Window:
    if args.since or args.until:
        if args.window is not None:
            raise ValidationError("window", "give either --window or --since/--until, not both")
        return svc.window_between(args.since, args.until)
    return svc.window(args.window or "6m")


def cmd_import_(args: argparse.Namespace) -> int:
    svc = _service(args)
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            sys.stderr.write(f"\rchecking rows: {done:,} of {total:,}")
            sys.stderr.flush()

    try:
        result = svc.import_csv(args.file, args.create_missing, progress, args.allow_duplicates)
    finally:
        if show:
            sys.stderr.write("\n")
    print(f"Imported {plural(result.count, 'contribution')} from {args.file}.")
    for n in result.networks:
        print(f"  new network: {n.name}")
    for p in result.partners:
        print(f"  new or updated partner: {p.name}")
    return 0
