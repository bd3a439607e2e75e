"""`balance edit`, `delete` and `undo`: arguments to service calls, results to text."""

from __future__ import annotations

import argparse

from balance.cli.parser_changes import EDIT_FIELDS
from balance.core.model import Contribution, ValidationError
from balance.core.words import logged_sentence, merged_sentence, undone_sentence
from balance.service.api import Service


def _sentence(svc: Service, c: Contribution, head: str) -> str:
    d = svc.directory()
    network = next(n for n in d.networks if n.id == c.network_id)
    partner = next((p.name for p in d.partners if p.id == c.partner_id), None)
    return logged_sentence(c, network, partner, head)


def cmd_edit(args: argparse.Namespace) -> int:
    svc = Service.open(args.db)
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
