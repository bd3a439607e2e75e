"""The `balance` command: the CLI, which opens the TUI when no command is given.

The only module that knows both faces, so neither face imports the other and
`balance log` never loads textual.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def _tui(db: Path | None) -> int:
    from balance.tui import run_tui

    return run_tui(db)


def _demo(db: Path | None) -> int:
    from balance.tui import run_demo

    return run_demo()


def main(argv: Sequence[str] | None = None) -> int:
    from balance.cli.main import main as cli_main

    return cli_main(argv, faces={"tui": _tui, "demo": _demo})


if __name__ == "__main__":
    sys.exit(main())
