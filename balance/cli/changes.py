"""`balance edit`, `delete` and `undo`: arguments to service calls, results to text."""

from __future__ import annotations

import argparse

from balance.cli.parser_changes import EDIT_FIELDS, TALK_FIELDS
from balance.core.formats import plural
from balance.core.model import Contribution, Conversation, ValidationError
from balance.core.words import (
    logged_sentence,
    merged_sentence,
    short_date,
    undone_sentence,
    value_logged_sentence,
)
from balance.service.api import Service


def _sentence(svc: Service, c: Contribution, head: str) -> str:
    d = svc.directory()
    network = next(n for n in d.networks if n.id == c.network_id)
    partner = next((p.name for p in d.partners if p.id == c.partner_id), None)
    return logged_sentence(c, network, partner, head)


def _talk_sentence(svc: Service, t: Conversation, head: str) -> str:
    d = svc.directory()
    who = next((p.name for p in d.partners if p.id == t.partner_id), None)
    network = next(n.name for n in d.networks if n.id == t.network_id)
    agreed = f", {plural(len(t.agreements), 'agreement')}" if t.agreements else ""
    private = ", notes private" if t.private else ""
    return f"{head} the talk with {who or network} of {short_date(t.date)}{agreed}{private}."


def _edit_talk(svc: Service, args: argparse.Namespace) -> int:
    given = [f"--{k}" for k in (*EDIT_FIELDS, "tag", "private") if getattr(args, k) is not None]
    wrong = [g for g in given if g not in ("--date", "--partner")]
    if wrong:
        raise ValidationError(
            "edit",
            f"{wrong[0]} is not a field of a talk; use --notes, --goal, --value-mine, "
            "--value-theirs, --next-review, --agree, --date, --private-notes",
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
        raise ValidationError("edit", "nothing to change; give at least one option (see --help)")
    _, new = svc.edit_talk_fields(args.id, **fields)
    print(_talk_sentence(svc, new, "Changed"))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    svc = Service.open(args.db)
    kind = svc.kind_of(args.id)
    if kind == "talk":
        return _edit_talk(svc, args)
    if kind == "value":
        raise ValidationError("edit", "a value is changed in the TUI's history (h), or deleted")
    extra = [k for k in TALK_FIELDS if getattr(args, k) is not None]
    if extra or args.agree is not None or args.private_notes is not None:
        raise ValidationError("edit", "those options are a talk's; this id is a contribution's")
    fields: dict[str, object] = {k: getattr(args, k) for k in EDIT_FIELDS}
    fields = {k: v for k, v in fields.items() if v is not None}
    if args.tag is not None:
        fields["tags"] = tuple(args.tag)
    if args.private is not None:
        fields["private"] = args.private
    if not fields:
        raise ValidationError("edit", "nothing to change; give at least one option (see --help)")
    _, new = svc.edit_fields(args.id, **fields)
    print(_sentence(svc, new, "Changed"))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    svc = Service.open(args.db)
    kind = "contribution" if args.month else svc.kind_of(args.id)
    if kind == "talk":
        talk = svc.delete_talk(args.id)
        print(_talk_sentence(svc, talk, "Deleted") + " `balance undo` brings it back.")
        return 0
    if kind == "value":
        value = svc.delete_value(svc.find_value(args.id).id)
        d = svc.directory()
        network = next(n for n in d.networks if n.id == value.network_id)
        partner = next((p.name for p in d.partners if p.id == value.partner_id), None)
        said = value_logged_sentence(value, network, partner, "Deleted")
        print(f"{said} `balance undo` brings it back.")
        return 0
    old = svc.delete_one(args.id, args.month)
    print(_sentence(svc, old, "Deleted") + " `balance undo` brings it back.")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    undone = Service.open(args.db).undo()
    print("Nothing to undo." if undone is None else undone_sentence(undone.kind, undone.subject))
    return 0


def cmd_manage(args: argparse.Namespace, kind: str) -> int:
    """`network|partner rename|merge`: one operation each, undoable."""
    svc = Service.open(args.db)
    if args.action == "rename":
        rename = svc.rename_network if kind == "network" else svc.rename_partner
        old, new = rename(args.name, args.new_name)
        print(f"Renamed the {kind} {old} to {new.name}.")
        return 0
    if args.action in ("archive", "unarchive"):
        archive = svc.archive_network if kind == "network" else svc.archive_partner
        item = archive(args.name, args.action == "archive")
        print(f"{'Archived' if item.archived else 'Unarchived'} the {kind} {item.name}.")
        return 0
    merge = svc.merge_networks if kind == "network" else svc.merge_partners
    m = merge(args.name, args.into)
    sentence = merged_sentence(kind, m.source, m.name, m.contributions, m.talks)
    print(f"{sentence} `balance undo` takes it back.")
    return 0
