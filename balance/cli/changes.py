"""`balance edit`, `delete` and `undo`: arguments to service calls, results to text."""

from __future__ import annotations

import argparse

from balance.cli.parser_changes import EDIT_FIELDS, TALK_FIELDS
from balance.core.errors import ValidationError
from balance.core.formats import format_day, format_number
from balance.core.model import Contribution, Conversation
from balance.core.words import (
    logged_sentence,
    merged_sentence,
    undone_sentence,
    value_logged_sentence,
)
from balance.locale import N_, _, ngettext
from balance.service.api import Service

#: Said after a delete, on every kind of entry.
BRINGS_BACK = N_("`balance undo` brings it back.")


def _sentence(svc: Service, c: Contribution, head: str) -> str:
    d = svc.directory()
    network = next(n for n in d.networks if n.id == c.network_id)
    partner = next((p.name for p in d.partners if p.id == c.partner_id), None)
    return logged_sentence(c, network, partner, head)


def _talk_sentence(svc: Service, t: Conversation, changed: bool) -> str:
    d = svc.directory()
    who = next((p.name for p in d.partners if p.id == t.partner_id), None)
    network = next(n.name for n in d.networks if n.id == t.network_id)
    n = len(t.agreements)
    parts = [
        (
            _("Changed the talk with {who} of {day}")
            if changed
            else _("Deleted the talk with {who} of {day}")
        ).format(who=who or network, day=format_day(t.date))
    ]
    if n:
        parts.append(
            ngettext("{count} agreement", "{count} agreements", n).format(count=format_number(n))
        )
    if t.private:
        parts.append(_("notes private"))
    return ", ".join(parts) + "."


def _edit_talk(svc: Service, args: argparse.Namespace) -> int:
    given = [f"--{k}" for k in (*EDIT_FIELDS, "tag", "private") if getattr(args, k) is not None]
    wrong = [g for g in given if g not in ("--date", "--partner")]
    if wrong:
        raise ValidationError(
            "edit",
            _(
                "{option} is not a field of a talk; use --notes, --goal, --value-mine, "
                "--value-theirs, --next-review, --agree, --date, --private-notes"
            ).format(option=wrong[0]),
        )
    fields: dict[str, object] = {k: getattr(args, k) for k in TALK_FIELDS}
    fields = {k: v for k, v in fields.items() if v is not None}
    for k in ("date", "partner"):
        if getattr(args, k) is not None:
            fields[k] = getattr(args, k)
    if args.agree is not None:
        fields["agreements"] = tuple(args.agree)
    if args.private_notes is not None:
        fields["private"] = args.private_notes
    if not fields:
        raise ValidationError("edit", _("nothing to change; give at least one option (see --help)"))
    _old, new = svc.edit_talk_fields(args.id, **fields)
    print(_talk_sentence(svc, new, changed=True))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    svc = Service.open(args.db)
    kind = svc.kind_of(args.id)
    if kind == "talk":
        return _edit_talk(svc, args)
    if kind == "value":
        raise ValidationError("edit", _("a value is changed in the TUI's history (h), or deleted"))
    extra = [k for k in TALK_FIELDS if getattr(args, k) is not None]
    if extra or args.agree is not None or args.private_notes is not None:
        raise ValidationError("edit", _("those options are a talk's; this id is a contribution's"))
    fields: dict[str, object] = {k: getattr(args, k) for k in EDIT_FIELDS}
    fields = {k: v for k, v in fields.items() if v is not None}
    if args.tag is not None:
        fields["tags"] = tuple(args.tag)
    if args.private is not None:
        fields["private"] = args.private
    if not fields:
        raise ValidationError("edit", _("nothing to change; give at least one option (see --help)"))
    _old, new = svc.edit_fields(args.id, **fields)
    print(_sentence(svc, new, "Changed"))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    svc = Service.open(args.db)
    kind = "contribution" if args.month else svc.kind_of(args.id)
    if kind == "talk":
        talk = svc.delete_talk(args.id)
        print(_talk_sentence(svc, talk, changed=False) + " " + _(BRINGS_BACK))
        return 0
    if kind == "value":
        value = svc.delete_value(svc.find_value(args.id).id)
        d = svc.directory()
        network = next(n for n in d.networks if n.id == value.network_id)
        partner = next((p.name for p in d.partners if p.id == value.partner_id), None)
        said = value_logged_sentence(value, network, partner, "Deleted")
        print(said + " " + _(BRINGS_BACK))
        return 0
    old = svc.delete_one(args.id, args.month)
    print(_sentence(svc, old, "Deleted") + " " + _(BRINGS_BACK))
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    undone = Service.open(args.db).undo()
    print(_("Nothing to undo.") if undone is None else undone_sentence(undone.kind, undone.subject))
    return 0


def cmd_manage(args: argparse.Namespace, kind: str) -> int:
    """`network|partner rename|merge`: one operation each, undoable."""
    svc = Service.open(args.db)
    if args.action == "rename":
        rename = svc.rename_network if kind == "network" else svc.rename_partner
        old, new = rename(args.name, args.new_name)
        if kind == "network":
            said = _("Renamed the network {old} to {new}.")
        else:
            said = _("Renamed the partner {old} to {new}.")
        print(said.format(old=old, new=new.name))
        return 0
    if args.action in ("archive", "unarchive"):
        archive = svc.archive_network if kind == "network" else svc.archive_partner
        item = archive(args.name, args.action == "archive")
        if kind == "network":
            said = (
                _("Archived the network {name}.")
                if item.archived
                else _("Unarchived the network {name}.")
            )
        else:
            said = (
                _("Archived the partner {name}.")
                if item.archived
                else _("Unarchived the partner {name}.")
            )
        print(said.format(name=item.name))
        return 0
    merge = svc.merge_networks if kind == "network" else svc.merge_partners
    m = merge(args.name, args.into)
    sentence = merged_sentence(kind, m.source, m.name, m.contributions, m.talks)
    print(sentence + " " + _("`balance undo` takes it back."))
    return 0
