"""The command line: argparse in, service calls, text or JSON out.

Nothing here imports textual unless the TUI is opened, so `balance log` starts
fast. Exit codes: 0 done, 2 bad input (nothing written), 3 the database cannot
be used (corrupt, locked, too new), 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from balance.cli.output import EXIT_BAD_INPUT, EXIT_STORE
from balance.cli.parser import build_parser, glue_dashed_values
from balance.core.forms import FormErrors
from balance.core.model import ValidationError
from balance.store.errors import StoreError

#: A face other than the CLI (the TUI), opened by name with the database path.
Face = Callable[[Path | None], int]


def main(argv: Sequence[str] | None = None, faces: Mapping[str, Face] | None = None) -> int:
    """Run one command; `faces` opens the TUI for no command, `tui` and `demo`.

    The TUI is handed in from above (`balance.launch`), so the CLI never imports it.
    """
    parser = build_parser()
    args = parser.parse_args(glue_dashed_values(sys.argv[1:] if argv is None else argv))
    try:
        return run(args, faces)
    except ValidationError as exc:
        print(f"balance: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except FormErrors as exc:
        print(f"balance: {exc.first}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as exc:
        print(f"balance: {exc}", file=sys.stderr)
        return EXIT_STORE
    except OSError as exc:  # a file the user named: a folder, no permission, disk full
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"balance: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def run(args: argparse.Namespace, faces: Mapping[str, Face] | None = None) -> int:
    from balance.cli import commands

    face = (faces or {}).get(args.command or "tui")
    if args.command in (None, "tui", "demo"):
        if face is None:
            print("balance: the TUI is not available here", file=sys.stderr)
            return EXIT_BAD_INPUT
        return face(args.db)
    handler = getattr(commands, f"cmd_{args.command.replace('import', 'import_')}")
    return handler(args)
