"""What each CLI command does: arguments to service calls, results to text or JSON."""

from __future__ import annotations

import argparse

# Dispatched by name from cli.main, like every cmd_ here.
from balance.cli.changes import cmd_delete, cmd_edit, cmd_manage, cmd_undo  # noqa: F401
from balance.cli.output import print_json
from balance.cli.parser_canvas import CANVAS_ARGS
from balance.cli.parser_changes import MANAGE_ACTIONS
from balance.cli.talks import cmd_agreement, cmd_talks  # noqa: F401
from balance.cli.transfer import cmd_export, cmd_import_  # noqa: F401
from balance.core.errors import ValidationError
from balance.core.formats import (
    format_amounts,
    format_date,
    format_day,
    format_money,
    format_number,
)
from balance.core.forms import TalkForm, ValueForm
from balance.core.kind_words import kind_key, network_kind_word
from balance.core.model import Network, Value
from balance.core.words import value_logged_sentence
from balance.locale import N_, _, ngettext
from balance.service.api import Service
from balance.service.paths import default_db_path

#: Who gave, as a list line shows it (the words `--by` reads back).
SIDES = {"me": N_("me"), "partner": N_("partner")}
#: Who received a value, as a list line shows it.
TO_SIDES = {"me": N_("to me"), "partner": N_("to partner")}


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
        print(
            _("Added network {name} ({kind}, {currency}).").format(
                name=network.name, kind=network_kind_word(network.kind), currency=network.currency
            )
        )
    elif args.action == "edit":
        network = svc.network(args.name)
        canvas = _canvas(args)
        if args.rename:
            canvas["name"] = args.rename
        if all(v is None for v in canvas.values()):
            raise ValidationError(
                "network edit", _("nothing to change; see --help for the options")
            )
        network = svc.edit_network(network, **canvas)
        print(_("Updated network {name}.").format(name=network.name))
    else:
        d = svc.directory()
        networks = sorted(d.networks, key=lambda n: n.name.casefold())
        if args.json:
            print_json([network_json(n, d) for n in networks])
        elif not networks:
            print(_("No networks yet. Add one: balance network add NAME"))
        else:
            for n in networks:
                members = sum(1 for p in d.partners if n.id in p.network_ids)
                parts = [n.name, network_kind_word(n.kind), n.currency]
                parts.append(
                    ngettext("{count} partner", "{count} partners", members).format(
                        count=format_number(members)
                    )
                )
                if n.goal:
                    parts.append(_("goal: {goal}").format(goal=n.goal))
                if n.archived:
                    parts.append(_("archived"))
                print(" · ".join(parts))
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
            said = _("Added partner {name} (in {networks}).")
        elif before.get(partner.id) == partner.network_ids:
            said = _("{name} is already in {networks}; nothing changed.")
        else:
            said = _("Added {name} to more networks (now in {networks}).")
        print(said.format(name=partner.name, networks=names))
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
        print(_("No partners yet. Add one: balance partner add NAME --network NET"))
    else:
        names = {n.id: n.name for n in d.networks}
        for p in partners:
            parts = [p.name, ", ".join(names.get(i, "?") for i in p.network_ids)]
            if p.archived:
                parts.append(_("archived"))
            print(" · ".join(parts))
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
        print(_("No contributions in that range."))
        return 0
    for c in rows:
        who = names.get(c.partner_id or "", _("(network)"))
        by = _(SIDES["me" if c.by == "me" else "partner"])
        tags = f" #{' #'.join(c.tags)}" if c.tags else ""
        amounts = format_amounts(c.minutes, c.money, c.energy, network.currency)
        day = format_date(c.date)
        # The id's start is enough for `balance edit` and `balance delete`.
        print(f"{c.id[:8]}  {day}  {by:<7}  {who:<22}  {c.what}  [{amounts}]{tags}")
    print(
        ngettext("{count} contribution.", "{count} contributions.", len(rows)).format(
            count=format_number(len(rows))
        )
    )
    return 0


def _list_values(
    values: list[Value], network: Network, names: dict[str, str], as_json: bool
) -> int:
    from balance.cli.jsonout import value_json

    if as_json:
        print_json([value_json(v, network, names) for v in values])
        return 0
    if not values:
        print(_("No values in that range."))
        return 0
    for v in values:
        who = names.get(v.partner_id or "", _("(network)"))
        to = _(TO_SIDES["me" if v.to == "me" else "partner"])
        amount = f" [{format_money(v.amount, network.currency)}]" if v.amount else ""
        day = format_date(v.date)
        print(f"{day}  {to:<10}  {who:<22}  {kind_key(v.kind)}: {v.what}{amount}")
    print(
        ngettext("{count} value.", "{count} values.", len(values)).format(
            count=format_number(len(values))
        )
    )
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
    from balance.locale import LANGUAGES, language
    from balance.service.settings import set_language

    if args.lang is not None:
        set_language(args.lang)
        print(_("The language is now {language}.").format(language=LANGUAGES[args.lang]))
    svc = _service(args)
    if args.name is not None:
        name = svc.set_owner(args.name)
        print(_("Your name is now {name}: exports and summaries use it.").format(name=name))
    if args.name is None and args.lang is None:
        owner = svc.owner_name() or _("(not set: balance config --name NAME)")
        print(_("name: {name}").format(name=owner))
        print(_("language: {language}").format(language=LANGUAGES[language()]))
    return 0


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
    if c.next_review:
        said = _("Recorded the conversation with {who} on {day}; next review {review}.")
    else:
        said = _("Recorded the conversation with {who} on {day}.")
    review = format_day(c.next_review) if c.next_review else ""
    print(said.format(who=who, day=format_day(c.date), review=review))
    return 0


def cmd_snooze(args: argparse.Namespace) -> int:
    svc = _service(args)
    d = svc.directory()
    network = svc.network(args.network, d)
    partner = svc.partner(args.partner, network, d) if args.partner else None
    s = svc.snooze(network, partner, args.days)
    who = partner.name if partner else network.name
    print(_("Snoozed the prompt for {who} until {day}.").format(who=who, day=format_day(s.until)))
    return 0
