"""The undo log kept with the data: what each of the last operations replaced.

One small file per operation in ``balance.undo/`` (numbered, oldest first), so
an operation adds one file instead of rewriting a growing log, and the newest
is found from the names alone. Each file holds the operation's kind, a few
words on it, and for every document it changed the document as it was before
(None: it did not exist). Taking an operation back puts those documents back
and removes its file, in one commit of the journal, so it works whichever
face or process made the operation, in this session or an earlier one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from balance.locale import _
from balance.store.errors import StoreError

#: How many operations can be taken back.
UNDO_KEPT = 100


@dataclass(frozen=True)
class Change:
    """One document of one table of one file ("main" or a month "YYYY-MM") set to `doc`
    (None: removed); `ident` is its id (for a snooze: network/partner)."""

    file: str
    table: str
    ident: str
    doc: dict[str, Any] | None


@dataclass(frozen=True)
class Operation:
    """An operation as the undo log remembers it: kind, subject, and how to undo it."""

    kind: str
    subject: str
    undo: tuple[Change, ...]


def entry_names(folder: Path) -> list[str]:
    """The undo files, oldest first."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(n for n in names if n.endswith(".json") and n[:-5].isdigit())


def next_name(names: list[str]) -> str:
    last = int(names[-1][:-5]) if names else 0
    return f"{last + 1:012d}.json"


def as_record(op: Operation) -> dict[str, Any]:
    """The undo file's contents (the journal's commit mark carries them, and becomes
    the undo file once the operation is done)."""
    return {
        "kind": op.kind,
        "subject": op.subject,
        "undo": [[c.file, c.table, c.ident, c.doc] for c in op.undo],
    }


def decode(path: Path) -> Operation:
    """An undo file; a damaged one is an error naming it (it is never guessed at)."""
    try:
        data = orjson.loads(path.read_bytes())
        changes = tuple(
            Change(str(f), str(t), str(i), d if isinstance(d, dict) else None)
            for f, t, i, d in data["undo"]
        )
        return Operation(str(data["kind"]), str(data["subject"]), changes)
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise StoreError(
            _(
                "the undo record {path} cannot be read ({error}); it was left unchanged. "
                "Move it away to take back the operations before it"
            ).format(path=path, error=exc)
        ) from exc
