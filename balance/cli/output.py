"""Exit codes and JSON output, shared by the parser and the commands."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from balance.core.formats import visible

EXIT_BAD_INPUT = 2
EXIT_STORE = 3
#: Every error line starts with the program's name, in every language.
PREFIX = "balance: "  # machine


def error_line(message: object) -> None:
    """One error line on stderr: 'balance: ' and what went wrong."""
    print(f"{PREFIX}{message}", file=sys.stderr)


def print_json(data: Any) -> None:
    import json  # not on the log path

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


class VisibleText:
    """A text stream that shows control and bidi characters escaped (`core.formats.visible`):
    every line the CLI prints goes through it, whichever command wrote it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(visible(text))

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
