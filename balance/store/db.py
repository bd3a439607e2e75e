"""The database: its files, the one lock, migrations; the storage contract of DESIGN.md.

Layout, for a database path such as ``~/.local/share/balance/balance.json``:

- ``balance.json``: networks, partners, conversations, snoozes and the schema
  version (TinyDB tables);
- ``balance.contributions/YYYY-MM.json``: contributions, one TinyDB file per
  month of the contribution date, so logging rewrites one small file instead
  of years of history, and a 6-month check reads 7 files, not all of them;
- ``balance.json.lock``: the one cross-process lock around every
  read-modify-write;
- ``balance.journal/``: the write-ahead journal that makes one operation one
  commit, however many files it touches (see `journal`);
- ``balance.undo/``: what the last operations replaced, to take them back;
- ``balance.backups/``: the last few versions of every file, kept as hard
  links to the replaced file (no copying on the hot path).

Every operation is a list of document changes (`Change`). Each file it
touches is read and checked first (a damaged file stops it before anything is
written), the new contents and the undo record go through the journal, and a
crash at any instant leaves the old state or the new one. A linked database
file or data folder is followed: the link stays, its target is written.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from balance.core.model import Contribution
from balance.core.window import within
from balance.locale import _
from balance.store.changes import MAIN, change_of, month_key
from balance.store.errors import (
    LOCK_TIMEOUT_S,
    CorruptStore,
    DuplicateEntry,
    LockedStore,
    NewerStore,
    StoreError,
)
from balance.store.files import check_folder, file_state, newest_backup, read_json
from balance.store.journal import Journal
from balance.store.kept import KeptMonths
from balance.store.migrations import MIGRATIONS, MONTH_MIGRATIONS
from balance.store.rows import Directory, MonthRead, with_ids
from balance.store.saves import Saves
from balance.store.staging import by_file, new_contents
from balance.store.undo import (
    UNDO_KEPT,
    Change,
    Operation,
    as_record,
    decode,
    entry_names,
    next_name,
)
from balance.store.validate import read_directory, read_month, schema_of

if TYPE_CHECKING:
    from filelock import FileLock

    from balance.core.monthly import MonthTotal, Span

SCHEMA_VERSION = 2


class Store(Saves):
    """One balance database: its main file, monthly contribution files, lock and backups."""

    def __init__(self, path: Path) -> None:
        path = Path(path)
        if not path.name or path.name in (".", ".."):
            raise StoreError(
                _(
                    "the database path '{path}' (or an empty one) names no file; "
                    "give one such as ~/balance.json"
                ).format(path=path)
            )
        # A linked database file is followed: its folder holds the other files.
        self.path = Path(os.path.realpath(path)) if path.is_symlink() else path
        stem = self.path.name.removesuffix(".json")
        self.shards = self.path.with_name(f"{stem}.contributions")
        self.backups = self.path.with_name(f"{stem}.backups")
        self.undo_dir = self.path.with_name(f"{stem}.undo")
        self.cache = self.path.with_name(f"{stem}.cache")  # month totals (`totals`)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._journal = Journal(
            self.path.parent, self.path.with_name(f"{stem}.journal"), self.backups
        )
        self._lock: FileLock | None = None  # made at the first write: see `locked`
        self._depth = 0
        self._known: tuple[tuple[int, int, int], Directory] | None = None
        self._kept = KeptMonths()

    # -- locking and recovery --------------------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """The one cross-process lock; reentrant within a process.

        Whoever takes it first finishes or discards what a crashed process left.
        """
        check_folder(self.path.parent)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(
                _("cannot make the folder {path}: {reason}").format(
                    path=self.path.parent, reason=exc.strerror
                )
            ) from exc
        # filelock is imported here, not at the top: it costs ~25 ms to import, and a
        # read takes the lock only when a crash left something to settle.
        from filelock import FileLock, Timeout

        if self._lock is None:
            self._lock = FileLock(str(self.lock_path), timeout=LOCK_TIMEOUT_S, mode=0o600)
        try:
            with self._lock:
                self._depth += 1
                try:
                    if self._depth == 1:
                        self._journal.recover(self._temp_places())
                    yield
                finally:
                    self._depth -= 1
        except Timeout as exc:
            raise LockedStore(self.lock_path) from exc

    def _temp_places(self) -> list[tuple[Path, str]]:
        """Where an atomic write cut short leaves its temp file, and how its name starts."""
        folders = (self.shards, self.undo_dir, self.cache)
        return [(self.path.parent, f".{self.path.name}."), *((f, ".") for f in folders)]

    def settle(self) -> None:
        """A reader never sees half an operation, nor leaves a crash's debris: whatever
        a crashed writer left is finished or discarded first, under the lock."""
        places = [(self._journal.folder, ""), *self._temp_places()]
        for folder, prefix in places:
            try:
                names = os.listdir(folder)
            except OSError:
                continue
            if any(n.startswith(prefix) and (not prefix or n.endswith(".tmp")) for n in names):
                with self.locked():
                    return

    # -- reading ---------------------------------------------------------------

    def _main_data(self) -> dict[str, Any] | None:
        """The main file in the current schema: a newer file is refused, an older migrated."""
        data = read_json(self.path, self.backups)
        if data is None:
            return None
        if "_meta" not in data:
            # Every file balance writes carries its version from the first write on:
            # a file without one (even `{}`) is someone else's, and is not overwritten.
            raise CorruptStore(
                self.path,
                _("not a balance database (no version mark)"),
                newest_backup(self.path, self.backups),
            )
        version = schema_of(self.path, data, self.backups)
        if version > SCHEMA_VERSION:
            raise NewerStore(self.path, version, SCHEMA_VERSION)
        if version < SCHEMA_VERSION:
            return self._migrate()
        return data

    def _migrate(self) -> dict[str, Any]:
        """Bring an older database up to date, oldest step first, under the lock.

        Each step's result is committed whole; the main file's version mark says
        which steps are done, so an interrupted migration goes on where it stopped.
        """
        with self.locked():
            data = read_json(self.path, self.backups) or {}
            version = schema_of(self.path, data, self.backups)
            read_directory(self.path, self.backups, data)  # a damaged file is never migrated
            while version < SCHEMA_VERSION:
                data = MIGRATIONS[version](data, self)
                version += 1
                data.setdefault("_meta", {})["1"] = {"schema": version, "app": "balance"}
                self._journal.commit({self.path: orjson.dumps(data)}, [self.path])
            return data

    def directory(self) -> Directory:
        """The main file's contents; read again only when the file changed.

        Every write replaces the file (a new inode), so an unchanged (inode, mtime,
        size) is the same file: a log that checks its entry, then saves it, reads once.
        """
        self.settle()
        key = file_state(self.path)
        if key is not None and self._known is not None and self._known[0] == key:
            return self._known[1]
        data = self._main_data()
        found = Directory() if data is None else read_directory(self.path, self.backups, data)
        if key is not None and key == file_state(self.path):
            self._known = (key, found)
        return found

    def shard_keys(self) -> list[str]:
        try:
            names = os.listdir(self.shards)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StoreError(
                _("the folder {path} cannot be read: {reason}").format(
                    path=self.shards, reason=exc.strerror
                )
            ) from exc
        return sorted(n[:-5] for n in names if n.endswith(".json") and not n.startswith("."))

    def shard(self, key: str) -> Path:
        return self.shards / f"{key}.json"

    def _month(self, key: str, checked: bool = False) -> tuple[dict[str, Any], list[Contribution]]:
        path = self.shard(key)
        data = read_json(path, self.backups) or {}
        version = schema_of(path, data, self.backups)
        if version > SCHEMA_VERSION:
            raise NewerStore(path, version, SCHEMA_VERSION)
        for step in range(version, SCHEMA_VERSION):
            if step in MONTH_MIGRATIONS:
                data = MONTH_MIGRATIONS[step](data)
        return data, read_month(path, self.backups, key, data, checked)

    def month_rows(self, key: str) -> tuple[Contribution, ...]:
        """One month file's contributions ("YYYY-MM"): each checked the first time the
        file is read as it is now, then remembered with its totals (`totals`).

        The last few months read are kept while their files stay as they are (`kept`).
        """
        from balance.store.totals import checked_rows  # not on the log path

        state = file_state(self.shard(key))
        kept = self._kept.get(key, state)
        if kept is not None:
            return kept
        rows = tuple(checked_rows(self, key, lambda checked: self._month(key, checked)[1]))
        if state is not None and file_state(self.shard(key)) == state:
            self._kept.put(key, state, rows)
        return rows

    def totals(
        self,
        spans: Sequence[Span],
        network_id: str | None = None,
        summed: dict[str, Any] | None = None,
    ) -> list[MonthTotal]:
        """Each span's days summed per pair, side and day, or per month: from the cache
        where a file is unchanged, so a report reads no row (`totals.cached_totals`)."""
        from balance.store.totals import cached_totals  # not on the log path

        return cached_totals(self, spans, network_id, summed)

    def contributions(
        self, since: date | None = None, until: date | None = None, months: MonthRead | None = None
    ) -> list[Contribution]:
        """Contributions dated within [since, until], reading only the months that can hold
        them; `months` gives a month's rows (default: all of them, `month_rows`), so a
        reader of one network builds only that network's rows (`pairs`)."""
        self.settle()  # a journal left by a crash may still add a month
        lo = month_key(since) if since else ""
        hi = month_key(until) if until else "9999-99"
        keys = [key for key in self.shard_keys() if lo <= key <= hi]
        return [c for c in self.rows_in(keys, months) if within(c.date, since, until)]

    def rows_in(self, keys: Iterable[str], months: MonthRead | None = None) -> list[Contribution]:
        """The rows of those month files ("YYYY-MM"), in that order. An entry found in two
        of them (left by a crash of a balance without the journal) would count twice:
        that is an error naming both files, whichever rows the reader keeps."""
        self.settle()
        read = months or (lambda key: with_ids(self.month_rows(key)))
        out: list[Contribution] = []
        seen: dict[str, str] = {}
        for key in keys:
            rows, ids = read(key)
            for i in ids:
                if seen.setdefault(i, key) != key:
                    raise DuplicateEntry(i, self.shard(seen[i]), self.shard(key))
            out += rows
        return out

    def _copies(self, contribution_id: str) -> list[Contribution]:
        """Every copy of a contribution, newest month first (one, unless old damage)."""
        self.settle()
        return [
            c
            for key in reversed(self.shard_keys())
            for c in self.month_rows(key)
            if c.id == contribution_id
        ]

    def find_contribution(self, contribution_id: str) -> Contribution:
        """The contribution with this id (the newest month's copy); KeyError if none."""
        copies = self._copies(contribution_id)
        if not copies:
            raise KeyError(contribution_id)
        return copies[0]

    def state(self) -> tuple[tuple[str, int, int, int], ...]:
        """A cheap fingerprint of every file: it changes whenever any process writes.

        The inode is part of it: every atomic replace makes a new one, so even a
        same-size write within one tick of a coarse file-system clock is seen.
        """
        parts: list[tuple[str, int, int, int]] = []
        for p in [self.path, *(self.shard(k) for k in self.shard_keys())]:
            try:
                st = p.stat()
            except FileNotFoundError:
                continue
            parts.append((p.name, st.st_ino, st.st_mtime_ns, st.st_size))
        return tuple(parts)

    # -- writing ---------------------------------------------------------------

    def _load(self, file: str) -> dict[str, Any]:
        """A file about to be changed, checked whole: a damaged one is never written."""
        if file == MAIN:
            data = self._main_data() or {}
            if data:
                read_directory(self.path, self.backups, data)
            return data
        return self._month(file)[0]

    def apply(self, kind: str, subject: str, changes: Iterable[Change]) -> Operation:
        """One operation, one commit: every change, and the record that undoes them.
        An operation that changes nothing (an empty import) leaves nothing to undo."""
        changes = list(changes)
        if not changes:
            return Operation(kind, subject, ())
        with self.locked():
            return self._apply(kind, subject, changes, record=True)

    def _apply(
        self,
        kind: str,
        subject: str,
        changes: Iterable[Change] | Mapping[str, Iterable[Change]],
        record: bool,
        extra: dict[Path, bytes | None] | None = None,
    ) -> Operation:
        """`changes`, or the changes per file (made as each file is: `staging`), as one
        commit with the undo record of what they replaced."""
        files = changes if isinstance(changes, Mapping) else by_file(changes)
        befores: list[Change] = []
        made = new_contents(self, files, SCHEMA_VERSION, befores)
        others = dict(extra or {})
        names = entry_names(self.undo_dir) if record else []
        for old in names[: max(0, len(names) + 1 - UNDO_KEPT)]:
            others[self.undo_dir / old] = None

        def undo_record() -> tuple[Path, dict[str, Any]] | None:
            op = Operation(kind, subject, tuple(reversed(befores)))
            return (self.undo_dir / next_name(names), as_record(op)) if record else None

        rest = ((path, payload, False) for path, payload in others.items())
        self._journal.stage(itertools.chain(made, rest), undo_record)
        return Operation(kind, subject, tuple(reversed(befores)))

    def undo_if_it_restores(self, c: Contribution) -> bool:
        """Undo the last operation if what it takes back is exactly `c` as it was
        (the session undo of a face); False, and nothing done, otherwise."""
        with self.locked():
            names = entry_names(self.undo_dir)
            if not names:
                return False
            op = decode(self.undo_dir / names[-1])
            docs = [ch.doc for ch in op.undo if ch.doc is not None]
            if {ch.ident for ch in op.undo} != {c.id} or docs != [change_of(c).doc]:
                return False
            self.undo()
            return True

    def undo(self) -> Operation | None:
        """Take back the newest operation in the undo log, whoever made it; None if none."""
        with self.locked():
            names = entry_names(self.undo_dir)
            if not names:
                return None
            path = self.undo_dir / names[-1]
            op = decode(path)
            self._apply(op.kind, op.subject, list(op.undo), record=False, extra={path: None})
            return op
