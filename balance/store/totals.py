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
from balance.core.monthly import MonthTotal, Span, day_totals, month_totals, trusted_total
from balance.store.changes import month_key
from balance.store.errors import DuplicateEntry
from balance.store.files import file_state

if TYPE_CHECKING:
    from balance.store.db import Store

#: Bumped whenever what a total means changes, so an older cache is rebuilt.
CACHE_VERSION = 3  # 3: per pair, with counts; 2: per day and month; 1: per month
State = tuple[int, int, int]


def cached_totals(
    store: Store,
    spans: Sequence[Span],
    network_id: str | None = None,
    summed: dict[str, Any] | None = None,
) -> list[MonthTotal]:
    """The totals of each span: per day, or per month for a span of whole months (every
    month file from its first month to its last); of one network only when `network_id`
    is given (the rest is never built). A month of a `walked` span is summed only where
    its month totals are at most half its day totals, else read per day; its day totals
    (as cached, or built where the cache was stale) go into `summed` for `PairDays`.

    An entry read per day (or walked) found in two month files (left by a crash of a
    balance without the journal) is an error naming both, as a read of those rows would
    say: the ids of each month are kept with its day totals.
    """
    store.settle()
    out: list[MonthTotal] = []
    seen: set[str] = set()
    owners: list[tuple[str, list[str]]] = []
    for key in store.shard_keys():
        span = next((s for s in spans if _month_in(key, s)), None)
        if span is None:
            continue
        state = file_state(store.shard(key))  # one look: the totals, days and ids agree
        if not (span.per_day or span.walked):
            out += _months(store, key, network_id, state)
            continue
        days, ids, months = _days(store, key, state)
        counts = days.get("counts")
        if span.walked and _counts(counts) and counts[0] * 2 <= counts[1]:
            if months is None:
                months = _months(store, key, network_id, state)
            out += [t for t in months if network_id in (None, t.network_id)]
            if summed is not None:
                summed[key] = days["days"]
        else:
            totals = _built(days["days"], network_id)
            if totals is None:  # damaged after all: the month's rows, then
                totals = day_totals(_reread(store, key, state))
                totals = [t for t in totals if network_id in (None, t.network_id)]
            ends = (month_key(span.first) if span.first else "", month_key(span.last))
            out += [t for t in totals if span.covers(t.date)] if key in ends else totals
        if not seen.isdisjoint(ids):
            twice = next(i for i in ids if i in seen)
            first = next(k for k, kept in owners if twice in kept)
            raise DuplicateEntry(twice, store.shard(first), store.shard(key))
        seen.update(ids)
        owners.append((key, ids))
    return out


def _month_in(key: str, span: Span) -> bool:
    return (span.first is None or month_key(span.first) <= key) and key <= month_key(span.last)


def _months(
    store: Store, key: str, network_id: str | None, state: State | None
) -> list[MonthTotal]:
    """One month's totals per pair and side: from the cache when it was taken from the
    file in `state`, else from the rows (kept anew)."""
    totals = _decoded(_read(store, key, "months"), state, "months", network_id)
    if totals is None:
        totals = month_totals(_reread(store, key, state))
        totals = [t for t in totals if network_id in (None, t.network_id)]
    return totals


def _days(
    store: Store, key: str, state: State | None
) -> tuple[dict[str, Any], list[str], list[MonthTotal] | None]:
    """One month's cached day totals as written (not yet built) with its counts, and
    the ids of its rows; where the cache is stale, damaged or older, from the rows: then
    the day totals are built already, and the month totals come too (third)."""
    entry = _read(store, key, "days")
    if state is not None and entry is not None and entry.get("state") == list(state):
        ids = entry.get("ids")
        if _texts(ids) and isinstance(entry.get("days"), list):
            return entry, ids, None  # type: ignore[return-value]
    rows = _reread(store, key, state)
    days, months = day_totals(rows), month_totals(rows)
    return {"days": days, "counts": [len(months), len(days)]}, [c.id for c in rows], months


def _built(days: list[Any], network_id: str | None) -> list[MonthTotal] | None:
    """Day totals as `_days` gives them, built and checked; None if any is damaged."""
    if days and type(days[0]) is MonthTotal:
        return [t for t in days if network_id in (None, t.network_id)]
    return _all_built(days, network_id)


def _counts(value: object) -> bool:
    """How many month and day totals a month has, as `remember` writes them."""
    return isinstance(value, list) and len(value) == 2 and all(type(n) is int for n in value)


def _reread(store: Store, key: str, state: State | None) -> Sequence[Contribution]:
    """A month's rows, read and checked again because its cache is damaged or older:
    both cache files go, and are kept anew (here, if the rows came from memory rather
    than the file)."""
    kept = _path(store, key, "months")
    for gone in (kept, _path(store, key, "days")):
        with contextlib.suppress(OSError):
            gone.unlink()
    rows = store.month_rows(key)
    if state is not None and not kept.exists() and file_state(store.shard(key)) == state:
        remember(store, key, state, rows)
    return rows


class PairDays:
    """The day totals of the months a read summed (`cached_totals`' `summed`), for the
    pairs whose walk back needs them: each pair's days built when asked for. Most pairs
    are balanced and never ask."""

    def __init__(self, store: Store, summed: dict[str, Any]) -> None:
        self._store = store
        self._summed = summed
        self._keys = {(int(key[:4]), int(key[5:])) for key in summed}
        self._months: dict[str, dict[tuple[Any, Any], Any] | None] | None = None

    def __bool__(self) -> bool:
        return bool(self._keys)

    def covers(self, day: date) -> bool:
        """Is this day in a summed month, so a walk takes its days from here?"""
        return (day.year, day.month) in self._keys

    def of(self, network_id: str, partner_id: str | None) -> list[MonthTotal]:
        if self._months is None:
            self._months = {key: _by_pair(self._summed[key]) for key in sorted(self._summed)}
        pair = (network_id, partner_id)
        out: list[MonthTotal] = []
        for key, pairs in self._months.items():
            got = pairs.get(pair, []) if pairs is not None else None
            if got is None or (got and type(got[0]) is not MonthTotal):
                try:
                    got = _group(network_id, partner_id, got)
                except (TypeError, ValueError, KeyError, InvalidOperation):  # the rows, then
                    rows = _reread(self._store, key, file_state(self._store.shard(key)))
                    pairs = self._months[key] = _by_pair(day_totals(rows))
                    got = pairs.get(pair, [])  # type: ignore[union-attr]
                pairs[pair] = got  # type: ignore[index]
            out += got
        return out


def _texts(value: object) -> bool:
    """A cached list of ids, as `remember` writes it."""
    return isinstance(value, list) and set(map(type, value)) <= {str}


def _by_pair(days: list[Any]) -> dict[tuple[Any, Any], Any] | None:
    """Day totals per pair: built ones grouped, cached ones as written; None if the
    cached ones are not one group per pair (damage: the month is read again when a pair
    asks). A pair's totals themselves are checked when that pair asks (`_group`)."""
    groups: dict[tuple[Any, Any], Any] = {}
    if days and type(days[0]) is MonthTotal:
        for t in days:
            groups.setdefault((t.network_id, t.partner_id), []).append(t)
        return groups
    for group in days:
        if not (type(group) is list and len(group) == 3 and type(group[2]) is list):
            return None
        net, partner, totals = group
        if type(net) is not str or not (partner is None or type(partner) is str):
            return None
        if (net, partner) in groups:  # `_encoded` writes each pair once
            return None
        groups[(net, partner)] = totals
    return groups


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
    days, months = day_totals(rows), month_totals(rows)
    for part, totals in (("days", days), ("months", months)):
        path = _path(store, key, part)
        tmp = folder / f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        entry = {"version": CACHE_VERSION, "state": list(state), part: _encoded(totals)}
        if part == "days":
            entry["ids"] = [c.id for c in rows]
            entry["counts"] = [len(months), len(days)]
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
    return _all_built(entry.get(part), network_id)


def _all_built(groups: Any, network_id: str | None) -> list[MonthTotal] | None:
    """Cached totals as `_encoded` writes them, built and checked; None if any is damaged."""
    days: dict[Any, date] = {}  # a month has ~30 days and few distinct sums: parsed once
    amounts: dict[Any, Decimal] = {}
    try:
        return [
            _total(net, partner, by, days, day, minutes, amounts, money, energy, n, en)
            for net, partner, totals in groups
            if network_id is None or net == network_id
            for by, day, minutes, money, energy, n, en in totals
        ]
    except (TypeError, ValueError, InvalidOperation):
        return None


def _group(net: Any, partner: Any, totals: Any) -> list[MonthTotal]:
    """One pair's cached totals, built and checked; raises TypeError, ValueError or
    InvalidOperation on damage."""
    days: dict[Any, date] = {}
    amounts: dict[Any, Decimal] = {}
    return [
        _total(net, partner, by, days, day, minutes, amounts, money, energy, n, en)
        for by, day, minutes, money, energy, n, en in totals
    ]


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
    """Totals grouped per pair, [network, partner, [[by, day, minutes, money, energy,
    count, energy count], ...]]: a pair's ids are written once, and a reader of a few
    pairs finds theirs without building the rest."""
    pairs: dict[tuple[str, str | None], list[list[Any]]] = {}
    for t in totals:
        pairs.setdefault((t.network_id, t.partner_id), []).append(
            [t.by, t.date.isoformat(), t.minutes, str(t.money), t.energy, t.count, t.energy_count]
        )
    return [[net, partner, rows] for (net, partner), rows in pairs.items()]
