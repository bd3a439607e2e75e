"""Only the parser of the command that runs: argparse builds every command's parser,
with all its options and help texts, which is a good part of a quick command's run."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def command_of(argv: Sequence[str]) -> str | None:
    """The command a command line runs ('log'), or None where the whole parser is needed:
    no command, or the overall help asked for before it."""
    it = iter(argv)
    for token in it:
        if token in ("-h", "--help"):
            return None
        if token == "--db":
            next(it, None)
        elif not token.startswith("-"):
            return token
    return None


class OneCommand:
    """The commands' `add_subparsers()`, making the parser of one command only.

    argparse builds a parser with every option and help text of each command, which is
    a good part of a quick command's run; one command runs. The others are swallowed
    (`_Unbuilt`), and a name that is none of them gets the whole parser after all.
    """

    def __init__(
        self, sub: argparse._SubParsersAction[argparse.ArgumentParser], wanted: str
    ) -> None:
        self._sub, self._wanted = sub, wanted

    def add_parser(self, name: str, **kwargs: object) -> object:
        return self._sub.add_parser(name, **kwargs) if name == self._wanted else _Unbuilt()  # type: ignore[arg-type]


class _Unbuilt:
    """A command's parser not made: every call on it is a no-op that returns it."""

    def __getattr__(self, name: str) -> object:
        return self._nothing

    def _nothing(self, *args: object, **kwargs: object) -> _Unbuilt:
        return self
