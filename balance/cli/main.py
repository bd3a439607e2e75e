"""The command line: argparse in, service calls, text or JSON out.

Nothing here imports textual unless the TUI is opened, so `balance log` starts
fast. Exit codes: 0 done, 2 bad input (nothing written), 3 the database cannot
be used (corrupt, locked, too new), 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from balance.cli.output import EXIT_BAD_INPUT, EXIT_STORE, VisibleText, error_line
from balance.cli.parser import build_parser, glue_dashed_values
from balance.cli.parser_one import command_of
from balance.core.errors import FormErrors, ValidationError
from balance.locale import _, ngettext
from balance.service.settings import start_language
from balance.store.errors import StoreError

#: A face other than the CLI (the TUI), opened by name with the database path.
Face = Callable[[Path | None], int]


def main(argv: Sequence[str] | None = None, faces: Mapping[str, Face] | None = None) -> int:
    """Run one command; `faces` opens the TUI for no command, `tui` and `demo`.

    The TUI is handed in from above (`balance.launch`), so the CLI never imports it.
    """
    raw = list(sys.argv[1:] if argv is None else argv)
    start_language()
    speak_argparse()
    for n, arg in enumerate(raw, 1):
        if any("\udc80" <= ch <= "\udcff" for ch in arg):
            # Bytes that are not UTF-8 (a Latin-1 terminal) arrive as lone surrogates.
            shown = arg.encode("utf-8", "surrogateescape")
            said = _(
                "argument {number} ({text}) is not UTF-8 text; set the terminal "
                "to UTF-8 (e.g. LANG=de_DE.UTF-8) and type it again"
            ).format(number=n, text=repr(shown))
            error_line(said)
            return EXIT_BAD_INPUT
    parser = build_parser(command_of(raw))
    args = parser.parse_args(glue_dashed_values(raw))
    out, err = sys.stdout, sys.stderr
    collecting = gc.isenabled()
    if args.command not in (None, "tui", "demo"):
        # Names and notes may come from someone else's CSV: nothing in them may act on
        # the terminal, in results or in errors. (The TUI shows them literally itself.)
        sys.stdout, sys.stderr = VisibleText(out), VisibleText(err)  # type: ignore[assignment]
        # A command lives a fraction of a second and makes no reference cycles worth
        # finding (an import of 100k rows peaks the same without): the collector's
        # passes over the day totals were 4-10% of a check. The TUI keeps it.
        gc.disable()
    try:
        return _reported(args, faces)
    finally:
        sys.stdout, sys.stderr = out, err
        if collecting:
            gc.enable()


def speak_argparse() -> None:
    """argparse's own words ("usage:", "options", "required") in the language in use:
    it looks its messages up through the module's `_` and `ngettext` at call time."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def _reported(args: argparse.Namespace, faces: Mapping[str, Face] | None) -> int:
    """Run the command; what goes wrong becomes one line on stderr and its exit code."""
    try:
        return run(args, faces)
    except ValidationError as exc:
        error_line(exc)
        return EXIT_BAD_INPUT
    except FormErrors as exc:
        error_line(exc.first)
        return EXIT_BAD_INPUT
    except StoreError as exc:
        error_line(exc)
        return EXIT_STORE
    except OSError as exc:  # a file the user named: a folder, no permission, disk full
        where = f"{exc.filename}: " if exc.filename else ""
        error_line(f"{where}{exc.strerror or exc}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def run(args: argparse.Namespace, faces: Mapping[str, Face] | None = None) -> int:
    face = (faces or {}).get(args.command or "tui")
    if args.command in (None, "tui", "demo"):
        if face is None:
            error_line(_("the TUI is not available here"))
            return EXIT_BAD_INPUT
        return face(args.db)
    if args.command == "log":
        # The command typed most: its own module, so it loads no report or import code.
        from balance.cli.log import cmd_log

        return cmd_log(args)
    if args.command == "check":
        from balance.cli.check import cmd_check

        return cmd_check(args)
    if args.command in ("export", "import"):
        from balance.cli.transfer import cmd_export, cmd_import_

        return cmd_export(args) if args.command == "export" else cmd_import_(args)
    from balance.cli import commands

    handler = getattr(commands, f"cmd_{args.command.replace('import', 'import_')}")
    return handler(args)
