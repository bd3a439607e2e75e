"""`balance export` and `balance import`: a summary out, a CSV in."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from balance.cli.output import VisibleText
from balance.core.errors import ValidationError
from balance.core.formats import format_number
from balance.locale import _, ngettext

if TYPE_CHECKING:
    from pathlib import Path

    from balance.core.window import Window
    from balance.service.api import Service


def cmd_export(args: argparse.Namespace) -> int:
    from balance.service.api import Service

    svc = Service.open(args.db)
    d = svc.directory()
    network = svc.network(args.network, d)
    partner = svc.partner(args.partner, network, d) if args.partner else None
    window = _window(svc, args)
    out: Path | None = args.output
    if out is not None and out.is_dir():
        raise ValidationError("output", _("{path} is a folder; give a file name").format(path=out))
    if out is not None and out.exists() and not args.force:
        raise ValidationError(
            "output", _("{path} exists; add --force to overwrite it").format(path=out)
        )
    fmt = args.format or ("md" if out is not None and out.suffix.lower() == ".md" else "toml")
    text = svc.export(network, partner, window, fmt)
    if args.output is None:
        sys.stdout.write(text)
        _name_tip(svc.owner_name(d))
        return 0
    from balance.store.files import write_text_atomic

    write_text_atomic(out, text)
    who = partner.name if partner else network.name
    print(
        _("Wrote the summary for {who} ({window}) to {path}.").format(
            who=who, window=window.description, path=out
        )
    )
    _name_tip(svc.owner_name(d))
    return 0


def _name_tip(owner: str) -> None:
    """After a summary is written: without your name the partner reads "me"."""
    if not owner:
        tip = _('Tip: balance config --name "Your Name", so the partner reads who you are.')
        print(tip, file=sys.stderr)


def _window(svc: Service, args: argparse.Namespace) -> Window:
    if args.since or args.until:
        if args.window is not None:
            raise ValidationError("window", _("give either --window or --since/--until, not both"))
        return svc.window_between(args.since, args.until)
    return svc.window(args.window or "6m")


def cmd_import_(args: argparse.Namespace) -> int:
    # The one use case it runs, not the whole service (talks, agreements, reports).
    from balance.service.importing import ImportOps

    svc = ImportOps.open(args.db)
    show = sys.stderr.isatty()
    # The progress line is our own words and numbers, and its carriage return has to
    # act: it goes past the stream that shows control characters escaped (`main`).
    err = sys.stderr.stream if isinstance(sys.stderr, VisibleText) else sys.stderr

    def progress(done: int, total: int) -> None:
        if show:
            line = _("checking rows: {done} of {total}").format(
                done=format_number(done), total=format_number(total)
            )
            err.write(f"\r{line}")
            err.flush()

    try:
        result = svc.import_csv(args.file, args.create_missing, progress, args.allow_duplicates)
    finally:
        if show:
            err.write("\n")
    print(
        ngettext(
            "Imported {count} contribution from {file}.",
            "Imported {count} contributions from {file}.",
            result.count,
        ).format(count=format_number(result.count), file=args.file)
    )
    for n in result.networks:
        print("  " + _("new network: {name}").format(name=n.name))
    for p in result.partners:
        print("  " + _("new or updated partner: {name}").format(name=p.name))
    return 0
