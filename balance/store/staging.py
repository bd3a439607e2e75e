"""The files an operation changes, made one at a time for the journal to stage.

An operation is a list of document changes per file. Each file is read and
checked, changed and encoded only when the journal asks for it, and let go
once it is staged: an import over four years holds one month's documents at a
time, never all of them side by side with the rows they came from. A damaged
file met on the way stops the operation before its commit mark, so the files
staged before it are discarded and nothing real is written (`Journal.stage`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from balance.store.changes import MAIN, Table
from balance.store.undo import Change

if TYPE_CHECKING:
    from balance.store.db import Store


def by_file(changes: Iterable[Change]) -> dict[str, list[Change]]:
    """The changes grouped by the file they touch, in the order each file first comes,
    each file's own in their order."""
    files: dict[str, list[Change]] = {}
    for ch in changes:
        files.setdefault(ch.file, []).append(ch)
    return files


def new_contents(
    store: Store, files: Mapping[str, Iterable[Change]], schema: int, befores: list[Change]
) -> Iterator[tuple[Path, bytes, bool]]:
    """(path, new contents, keep a backup) per file, made as they are asked for.

    What each change replaced is appended to `befores` (the undo record), so it is
    whole once every file has been made.
    """
    for file, changes in files.items():
        data: dict[str, Any] = store._load(file)  # a damaged file is never written
        tables: dict[str, Table] = {}
        for ch in changes:
            table = tables.get(ch.table)
            if table is None:
                table = tables[ch.table] = Table(ch.table, data.setdefault(ch.table, {}))
            befores.append(Change(file, ch.table, ch.ident, table.put(ch)))
        meta: dict[str, Any] = {"schema": schema}
        if file == MAIN:
            meta["app"] = "balance"  # machine
        data["_meta"] = {"1": meta}
        yield (store.path if file == MAIN else store.shard(file)), orjson.dumps(data), True
        del data, tables
