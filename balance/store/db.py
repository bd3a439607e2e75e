"""The database: its files, the one lock, migrations; the storage contract of DESIGN.md.

Layout, for a database path such as ``~/.local/share/balance/balance.json``:

- ``balance.json``: networks, partners, conversations, snoozes and the schema
  version (TinyDB tables);
- ``balance.contributions/YYYY-MM.json``: contributions, one TinyDB file per
  month of the contribution date, so logging rewrites one small file instead
  of years of history, and a 6-month check reads 7 files, not all of them;
- ``balance.json.lock``: the one cross-process lock around every
  read-modify-write;
- ``balance.backups/``: the last few versions of every file, kept as hard
  links to the replaced file (no copying on the hot path).

Every write goes to a temp file in the same directory, is fsynced, replaces
the old file with ``os.replace`` and fsyncs the directory, so a crash leaves
either the old or the new file, never half of one. A file that cannot be read
is never written: the error names it and the newest backup.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB, where
from tinydb.queries import QueryInstance
from tinydb.table import Table

from balance.core.model import (
    Contribution,
    Conversation,
    Network,
    Partner,
    Snooze,
    Value,
)
from balance.store.errors import LOCK_TIMEOUT_S, CorruptStore, LockedStore, StoreError
from balance.store.files import (
    AtomicJSONStorage,
    newest_backup,
    read_json,
    write_json,
)
from balance.store.rows import (
    Directory,
    _contribution,
    _conversation,
    _conversation_doc,
    _network,
    _network_doc,
    _partner,
    _partner_doc,
    _snooze,
    _snooze_doc,
    contribution_doc,
    value_doc,
    value_from_doc,
)

SCHEMA_VERSION = 1
#: schema version -> a step that turns main-file data of that version into the next
#: version's (it may rewrite the monthly files through the store it is given).
MIGRATIONS: dict[int, Callable[[dict[str, Any], Store], dict[str, Any]]] = {}


def _schema_of(data: dict[str, Any]) -> int:
    """A file without a version predates versions: schema 1."""
    meta = data.get("_meta", {}).get("1", {})
    return int(meta.get("schema", 1))


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


class Store:
    """One balance database: its main file, monthly contribution files, lock and backups."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        stem = self.path.name.removesuffix(".json")
        self.shards = self.path.with_name(f"{stem}.contributions")
        self.backups = self.path.with_name(f"{stem}.backups")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._lock = FileLock(str(self.lock_path), timeout=LOCK_TIMEOUT_S, mode=0o600)
        self._checked_schema = False

    # -- locking and opening ---------------------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """The one cross-process lock; reentrant within a process."""
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            with self._lock:
                yield
        except Timeout as exc:
            raise LockedStore(self.lock_path) from exc

    def _db(self, path: Path) -> TinyDB:
        # A fresh TinyDB per operation: a long-lived one caches the next doc id,
        # which another process may have taken meanwhile.
        return TinyDB(str(path), storage=AtomicJSONStorage, backups=str(self.backups))

    def _shard(self, key: str) -> Path:
        return self.shards / f"{key}.json"

    def _check_schema(self, data: dict[str, Any] | None) -> dict[str, Any] | None:
        """The data in the current schema: a newer file is refused, an older one migrated."""
        if data is None:
            return None
        if "_meta" not in data:
            # Every file balance writes carries its version from the first write on:
            # a file without one (even `{}`) is someone else's, and is not overwritten.
            raise CorruptStore(
                self.path,
                "not a balance database (no version mark)",
                newest_backup(self.path, self.backups),
            )
        version = _schema_of(data)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer balance (schema {version}); "
                f"this one reads schema {SCHEMA_VERSION}: please upgrade"
            )
        if version < SCHEMA_VERSION:
            return self._migrate()
        return data

    def _migrate(self) -> dict[str, Any]:
        """Bring an older database up to date, oldest step first, under the lock.

        The main file is rewritten last, so an interrupted migration simply runs
        again; the pre-migration file stays in the backups.
        """
        with self.locked():
            data = read_json(self.path, self.backups) or {}
            version = _schema_of(data)
            while version < SCHEMA_VERSION:
                data = MIGRATIONS[version](data, self)
                version += 1
            data.setdefault("_meta", {})["1"] = {"schema": SCHEMA_VERSION, "app": "balance"}
            if _schema_of(read_json(self.path, self.backups) or {}) < SCHEMA_VERSION:
                write_json(self.path, self.backups, data)
            return data

    def _ensure_meta(self, db: TinyDB) -> None:
        meta = db.table("_meta")
        if not meta.contains(doc_id=1):
            meta.insert({"schema": SCHEMA_VERSION, "app": "balance"})

    # -- reading ---------------------------------------------------------------

    def directory(self) -> Directory:
        data = self._check_schema(read_json(self.path, self.backups))
        if data is None:
            return Directory()
        try:
            return self._directory(data)
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            raise CorruptStore(
                self.path,
                f"a damaged entry ({type(exc).__name__}: {exc})",
                newest_backup(self.path, self.backups),
            ) from exc

    def _directory(self, data: dict[str, Any]) -> Directory:
        return Directory(
            networks=tuple(_network(d) for d in data.get("networks", {}).values()),
            partners=tuple(_partner(d) for d in data.get("partners", {}).values()),
            conversations=tuple(_conversation(d) for d in data.get("conversations", {}).values()),
            snoozes=tuple(_snooze(d) for d in data.get("snoozes", {}).values()),
            values=tuple(value_from_doc(d) for d in data.get("values", {}).values()),
            owner=next(
                (d["value"] for d in data.get("settings", {}).values() if d["key"] == "owner"), ""
            ),
        )

    def shard_keys(self) -> list[str]:
        try:
            names = os.listdir(self.shards)
        except FileNotFoundError:
            return []
        return sorted(n[:-5] for n in names if n.endswith(".json") and not n.startswith("."))

    def contributions(
        self, since: date | None = None, until: date | None = None
    ) -> list[Contribution]:
        """Contributions dated within [since, until], reading only the months that can hold them."""
        lo = month_key(since) if since else ""
        hi = month_key(until) if until else "9999-99"
        out: list[Contribution] = []
        for key in self.shard_keys():
            if not lo <= key <= hi:
                continue
            path = self._shard(key)
            data = read_json(path, self.backups) or {}
            try:
                for d in data.get("contributions", {}).values():
                    c = _contribution(d)
                    if (since is None or c.date >= since) and (until is None or c.date <= until):
                        out.append(c)
            except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
                raise CorruptStore(
                    path,
                    f"a damaged entry ({type(exc).__name__}: {exc})",
                    newest_backup(path, self.backups),
                ) from exc
        return out

    def state(self) -> tuple[tuple[str, int, int, int], ...]:
        """A cheap fingerprint of every file: it changes whenever any process writes.

        The inode is part of it: every atomic replace makes a new one, so even a
        same-size write within one tick of a coarse file-system clock is seen.
        """
        parts: list[tuple[str, int, int, int]] = []
        for p in [self.path, *(self._shard(k) for k in self.shard_keys())]:
            try:
                st = p.stat()
            except FileNotFoundError:
                continue
            parts.append((p.name, st.st_ino, st.st_mtime_ns, st.st_size))
        return tuple(parts)

    # -- writing ---------------------------------------------------------------

    def _main_write(self, table: str, doc: dict[str, Any], key: str = "id") -> None:
        with self.locked():
            db = self._db(self.path)
            self._check_schema(db.storage.read())
            self._ensure_meta(db)
            t = db.table(table)
            ids = t.search(_field_is(key, doc[key])) if key else []
            if ids:
                t.update(doc, doc_ids=[d.doc_id for d in ids])
            else:
                t.insert(doc)

    def save_network(self, network: Network) -> None:
        self._main_write("networks", _network_doc(network))

    def save_partner(self, partner: Partner) -> None:
        self._main_write("partners", _partner_doc(partner))

    def save_conversation(self, conversation: Conversation) -> None:
        self._main_write("conversations", _conversation_doc(conversation))

    def save_value(self, value: Value) -> None:
        self._main_write("values", value_doc(value))

    def delete_value(self, value_id: str) -> Value:
        with self.locked():
            found = next((v for v in self.directory().values if v.id == value_id), None)
            if found is None:
                raise KeyError(value_id)
            self._db(self.path).table("values").remove(_field_is("id", value_id))
            return found

    def save_setting(self, key: str, value: str) -> None:
        self._main_write("settings", {"key": key, "value": value}, key="key")

    def clear_snooze(self, network_id: str, partner_id: str | None) -> None:
        """A talk recorded with a pair ends its snooze."""
        with self.locked():
            db = self._db(self.path)
            self._check_schema(db.storage.read())
            db.table("snoozes").remove(
                lambda d: d["network"] == network_id and d["partner"] == partner_id
            )

    def save_snooze(self, snooze: Snooze) -> None:
        with self.locked():
            db = self._db(self.path)
            self._check_schema(db.storage.read())
            self._ensure_meta(db)
            t = db.table("snoozes")
            t.remove(
                lambda d: d["network"] == snooze.network_id and d["partner"] == snooze.partner_id
            )
            t.insert(_snooze_doc(snooze))

    def add_contributions(self, items: Iterable[Contribution]) -> None:
        self.add_batch((), (), items)

    def add_batch(
        self,
        networks: Iterable[Network],
        partners: Iterable[Partner],
        contributions: Iterable[Contribution],
    ) -> None:
        """An import in one go: every file it touches is read and checked first, then
        the main file is written once and each month file once, under one lock.

        A damaged file therefore stops the import before anything is written. (A
        crash between two of the writes can still leave part of it; each file on
        its own stays whole.)
        """
        by_month: dict[str, list[dict[str, Any]]] = {}
        for c in contributions:
            by_month.setdefault(month_key(c.date), []).append(contribution_doc(c))
        main_docs = {
            "networks": [_network_doc(n) for n in networks],
            "partners": [_partner_doc(p) for p in partners],
        }
        with self.locked():
            main = self._check_schema(read_json(self.path, self.backups)) or {}
            months = {k: read_json(self._shard(k), self.backups) or {} for k in by_month}
            if any(main_docs.values()):
                main.setdefault("_meta", {}).setdefault(
                    "1", {"schema": SCHEMA_VERSION, "app": "balance"}
                )
                for table, docs in main_docs.items():
                    _upsert(main.setdefault(table, {}), docs)
                write_json(self.path, self.backups, main)
            for key, docs in sorted(by_month.items()):
                _upsert(months[key].setdefault("contributions", {}), docs)
                write_json(self._shard(key), self.backups, months[key])

    def add_contribution(self, c: Contribution) -> None:
        self.add_contributions([c])

    def replace_contribution(self, c: Contribution) -> Contribution:
        """Edit in place (moving it to another month file if its date changed); returns the old."""
        with self.locked():
            key, old = self._find(c.id)
            new_key = month_key(c.date)
            doc = contribution_doc(c)
            if key == new_key:
                self._table(key).update(doc, _field_is("id", c.id))
            else:
                # New copy first, then the old one goes: a crash in between can
                # leave the entry twice, never lose it.
                self._table(new_key).insert(doc)
                self._table(key).remove(_field_is("id", c.id))
            return old

    def delete_contribution(self, contribution_id: str) -> Contribution:
        with self.locked():
            key, old = self._find(contribution_id)
            self._table(key).remove(_field_is("id", contribution_id))
            return old

    def _table(self, key: str) -> Table:
        return self._db(self._shard(key)).table("contributions")

    def _find(self, contribution_id: str) -> tuple[str, Contribution]:
        for key in reversed(self.shard_keys()):
            data = read_json(self._shard(key), self.backups) or {}
            for d in data.get("contributions", {}).values():
                if d["id"] == contribution_id:
                    return key, _contribution(d)
        raise KeyError(contribution_id)


def _upsert(table: dict[str, Any], docs: Iterable[dict[str, Any]]) -> None:
    """Replace documents with the same id, add the others with TinyDB's next doc ids."""
    where_id = {doc.get("id"): doc_id for doc_id, doc in table.items()}
    next_id = max((int(k) for k in table), default=0) + 1
    for doc in docs:
        if doc["id"] in where_id:
            table[where_id[doc["id"]]] = doc
        else:
            table[str(next_id)] = doc
            next_id += 1


def _field_is(key: str, value: Any) -> QueryInstance:
    return where(key) == value
