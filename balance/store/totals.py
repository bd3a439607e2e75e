"""Month totals cached beside the data, so all-time figures read sums, not rows.

``balance.cache/YYYY-MM.json`` holds what that month file's rows add up to
(`core.monthly.MonthTotal`) and the file's (inode, mtime_ns, size) when it was
read whole and checked. The files are the truth: a month whose file changed in
any way since (a write by any process, a restore, an edit by hand) is read and
checked again, and a cache file that cannot be read, or is of another version,
is rebuilt without a word (a temp file a killed writer left goes with the next
operation's recovery, like the store's own). A month file unchanged since its check is not
checked row by row again (`Store.month_rows`). Writing the cache is best effort:
a read-only folder or a full disk leaves the figures right and the cache stale.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import orjson

from balance.core.model import Contribution
from balance.core.monthly import MonthTotal, month_totals
from balance.store.changes import month_key
from balance.store.files import file_state

if TYPE_CHECKING:
    from balance.store.db import Store

#: Bumped whenever what a total means changes, so an older cache is rebuilt.
CACHE_VERSION = 1
State = tuple[int, int, int]


def cached_totals(store: Store, first: date | None, last: date) -> list[MonthTotal]:
    """The totals of every month file from `first`'s month (None: the first) to `last`'s."""
    store.settle()
    lo, hi = (month_key(first) if first else ""), month_key(last)
    out: list[MonthTotal] = []
    for key in store.shard_keys():
        if not lo <= key <= hi:
            continue
        state = file_state(store.shard(key))
        known = _decoded(_read(store, key), state)
        out.extend(month_totals(store.month_rows(key)) if known is None else known)
    return out


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
    """Keep what a month file read whole and checked adds up to, with its state."""
    folder = store.cache
    path = folder / f"{key}.json"
    tmp = folder / f".{key}.json.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    try:
        folder.mkdir(exist_ok=True, mode=0o700)
        tmp.write_bytes(
            orjson.dumps({"version": CACHE_VERSION, **_encoded(state, month_totals(rows))})
        )
        os.replace(tmp, path)  # a reader sees the old cache or the new one; no fsync needed
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _read(store: Store, key: str) -> dict[str, Any] | None:
    """A month's cache entry, or None when it is missing, damaged or of another version."""
    try:
        data = orjson.loads((store.cache / f"{key}.json").read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return None
    return data


def _decoded(entry: dict[str, Any] | None, state: State | None) -> list[MonthTotal] | None:
    """A month's cached totals if they were taken from the file as it is now, and whole."""
    if state is None or entry is None or entry.get("state") != list(state):
        return None
    try:
        return [
            _total(net, partner, by, date.fromisoformat(day), minutes, money, energy, n, en)
            for net, partner, by, day, minutes, money, energy, n, en in entry["totals"]
        ]
    except (KeyError, TypeError, ValueError, InvalidOperation):
        return None


def _total(
    net: Any,
    partner: Any,
    by: Any,
    day: date,
    minutes: Any,
    money: Any,
    energy: Any,
    n: Any,
    en: Any,
) -> MonthTotal:
    ok = (
        isinstance(net, str)
        and (partner is None or isinstance(partner, str))
        and by in ("me", "partner")
        and all(type(x) is int and x >= 0 for x in (minutes, n, en))
        and (energy is None or (type(energy) is int and energy >= 0))
        and isinstance(money, str)
    )
    amount = Decimal(money) if ok else Decimal("NaN")
    if not ok or not amount.is_finite() or amount < 0:  # never shown: the month is read again
        raise ValueError("a damaged total")  # machine
    return MonthTotal(net, partner, by, day, minutes, amount, energy, n, en)


def _encoded(state: State, totals: list[MonthTotal]) -> dict[str, Any]:
    return {
        "state": list(state),
        "totals": [
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
        ],
    }
