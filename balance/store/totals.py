"""Totals cached beside the data, so every figure reads sums, not rows.

``balance.cache/YYYY-MM.json`` holds what that month file's rows add up to per
pair, side and month; ``YYYY-MM.days.json`` the same per day, with the rows' ids.
Both carry the file's (inode, mtime_ns, size) when it was read whole and checked.
The files are the truth: a month whose file changed in any way since (a write by
any process, a restore, an edit by hand) is read and checked again, and a cache
file that cannot be read, or is of another version, is rebuilt without a word (a
temp file a killed writer left goes with the next operation's recovery, like the
store's own). A month file unchanged since its check is not checked row by row
again (`Store.month_rows`). Writing the cache is best effort: a read-only folder
or a full disk leaves the figures right and the cache stale.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from balance.core.model import Contribution
from balance.core.monthly import MonthTotal, day_totals, month_totals, trusted_total
from balance.store.changes import month_key
from balance.store.errors import DuplicateEntry
from balance.store.files import file_state

if TYPE_CHECKING:
    from balance.store.db import Store

#: Bumped whenever what a total means changes, so an older cache is rebuilt.
CACHE_VERSION = 2  # 2: per day and per month (1: per month only)
State = tuple[int, int, int]


def cached_totals(
    store: Store,
    first: date | None,
    last: date,
    per_day: bool = False,
    network_id: str | None = None,
) -> list[MonthTotal]:
    """The day totals dated within [first, last] (None: from the first), or with
    `per_day` False the month totals of every month file from `first`'s month to
    `last`'s; of one network only when `network_id` is given (the rest is never built).

    Day by day, an entry found in two month files (left by a crash of a balance without
    the journal) is an error naming both, as a read of those rows would say: the ids of
    each month are kept with its day totals.
    """
    store.settle()
    lo, hi = (month_key(first) if first else ""), month_key(last)
    part = "days" if per_day else "months"
    out: list[MonthTotal] = []
    seen: dict[str, str] = {}
    for key in store.shard_keys():
        if not lo <= key <= hi:
            continue
        state = file_state(store.shard(key))
        entry = _read(store, key, part)
        days = _decoded(entry, state, part, network_id)
        ids = entry.get("ids") if entry is not None and per_day else None
        if days is None or (per_day and not _texts(ids)):
            # A damaged or older entry goes, so the rows are checked again and kept anew
            # (here, if they came from memory rather than the file).
            kept = _path(store, key, "months")
            for gone in (kept, _path(store, key, "days")):
                with contextlib.suppress(OSError):
                    gone.unlink()
            rows = store.month_rows(key)
            if state is not None and not kept.exists() and file_state(store.shard(key)) == state:
                remember(store, key, state, rows)
            days = day_totals(rows) if per_day else month_totals(rows)
            ids = [c.id for c in rows]
            if network_id is not None:
                days = [t for t in days if t.network_id == network_id]
        if per_day:
            for i in ids:  # type: ignore[union-attr]
                if seen.setdefault(i, key) != key:
                    raise DuplicateEntry(i, store.shard(seen[i]), store.shard(key))
        if not per_day or first is None or key not in (lo, hi):
            out += days
        else:  # a month at either end of the span: only its days inside
            out += [t for t in days if first <= t.date <= last]
    return out


def _texts(value: object) -> bool:
    """A cached list of ids, as `remember` writes it."""
    return isinstance(value, list) and all(type(i) is str for i in value)


def checked_rows(
    store: Store, key: str, read: Callable[[bool], list[Contribution]]
) -> list[Contribution]:
    """A month's rows through `read(checked)`: checked one by one unless the file, as it
    is now, was read whole and found right before; then its totals are kept."""
    state = file_state(store.shard(key))
    entry = _read(store, key) if state is not None else None
    checked = entry is not None and entry.get("state") == list(state)  # type: ignore[arg-type]
    rows = read(checked)
    if not checked and state is not None and file_state(store.shard(key)) == state:
        remember(store, key, state, rows)
    return rows


def remember(store: Store, key: str, state: State, rows: Sequence[Contribution]) -> None:
    """Keep what a month file read whole and checked adds up to, with its state: per
    month in `key`.json, per day in `key`.days.json (read apart: a long window's old
    months need only the first)."""
    folder = store.cache
    try:
        folder.mkdir(exist_ok=True, mode=0o700)
    except OSError:
        return
    for part, totals in (("days", day_totals(rows)), ("months", month_totals(rows))):
        path = _path(store, key, part)
        tmp = folder / f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        entry = {"version": CACHE_VERSION, "state": list(state), part: _encoded(totals)}
        if part == "days":
            entry["ids"] = [c.id for c in rows]
        try:  # private as the data it sums (0600), like every file of the database
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(orjson.dumps(entry))
            os.replace(tmp, path)  # a reader sees the old cache or the new one; no fsync
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _path(store: Store, key: str, part: str) -> Path:
    """Where a month's cached totals per month ("months") or per day ("days") live."""
    return store.cache / (f"{key}.json" if part == "months" else f"{key}.{part}.json")


def _read(store: Store, key: str, part: str = "months") -> dict[str, Any] | None:
    """A month's cache entry, or None when it is missing, damaged or of another version."""
    try:
        data = orjson.loads(_path(store, key, part).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return None
    return data


def _decoded(
    entry: dict[str, Any] | None, state: State | None, part: str, network_id: str | None
) -> list[MonthTotal] | None:
    """A month's cached day or month totals (`part`) if they were taken from the file as
    it is now, and whole; of one network when `network_id` is given."""
    if state is None or entry is None or entry.get("state") != list(state):
        return None
    days: dict[Any, date] = {}  # a month has ~30 days and few distinct sums: parsed once
    amounts: dict[Any, Decimal] = {}
    try:
        return [
            _total(net, partner, by, days, day, minutes, amounts, money, energy, n, en)
            for net, partner, by, day, minutes, money, energy, n, en in entry[part]
            if network_id is None or net == network_id
        ]
    except (KeyError, TypeError, ValueError, InvalidOperation):
        return None


def _total(
    net: Any,
    partner: Any,
    by: Any,
    days: dict[Any, date],
    day: Any,
    minutes: Any,
    amounts: dict[Any, Decimal],
    money: Any,
    energy: Any,
    n: Any,
    en: Any,
) -> MonthTotal:
    """One cached total, checked as the file's rows are (a total no row could add up to
    is damage: the month is read again); `days` and `amounts` remember what was parsed."""
    ok = (
        type(net) is str
        and (partner is None or type(partner) is str)
        and (by == "me" or by == "partner")
        and type(minutes) is int
        and type(n) is int
        and type(en) is int
        and minutes >= 0
        and n >= 0
        and en >= 0
        and (energy is None or (type(energy) is int and energy >= 0))
        and type(money) is str
        and type(day) is str
    )
    if not ok:
        raise ValueError("a damaged total")  # machine
    amount = amounts.get(money)
    if amount is None:
        amount = amounts[money] = Decimal(money)
        if not amount.is_finite() or amount < 0:  # never shown: the month is read again
            raise ValueError("a damaged total")  # machine
    when = days.get(day)
    if when is None:
        when = days[day] = date.fromisoformat(day)
    return trusted_total(net, partner, by, when, minutes, amount, energy, n, en)


def _encoded(totals: list[MonthTotal]) -> list[list[Any]]:
    return [
        [
            t.network_id,
            t.partner_id,
            t.by,
            t.date.isoformat(),
            t.minutes,
            str(t.money),
            t.energy,
            t.count,
            t.energy_count,
        ]
        for t in totals
    ]
