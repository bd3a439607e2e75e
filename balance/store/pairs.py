"""One network's or one partnership's rows and month sums, for what is about one of
them (the partner history, the briefings, an export): a pair has a few hundred of a
database's 100k rows, so building every row of every month to keep those costs seconds.

A month file read whole and checked before, in the state it has now (the month totals
cache says so, `totals`), is loaded raw and only the wanted documents become rows; a
month not known so is read the full way (`Store.month_rows`: every row checked, its
totals remembered). The files stay the truth: the cache only says which files need no
second check, and how much a month holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal

from balance.core.model import Contribution
from balance.core.monthly import MonthTotal, month_totals
from balance.store.files import file_state, read_json
from balance.store.rows import _contribution
from balance.store.totals import _read, _total
from balance.store.validate import BAD_VALUE, schema_of

if TYPE_CHECKING:
    from balance.store.db import Store


#: Which rows a reader wants, by their network and partner id (partner None: the
#: network as a whole): asked of the raw documents, so the others are never built.
Wanted = Callable[[str | None, str | None], bool]


def of_network(network_id: str, partner_id: str | None | Literal["any"] = "any") -> Wanted:
    """The rows of one network ("any": of every partner and the network itself), or of
    one pair (partner None: the network as a whole)."""
    if partner_id == "any":  # machine
        return lambda net, _partner: net == network_id
    return lambda net, partner: net == network_id and partner == partner_id


def rows_where(
    store: Store, wanted: Wanted, since: date | None = None, until: date | None = None
) -> list[Contribution]:
    """`Store.contributions`, building only the rows `wanted` keeps."""
    return store.contributions(since, until, lambda key: month_rows_where(store, key, wanted))


def rows_of_months(store: Store, keys: Iterable[str], wanted: Wanted) -> list[Contribution]:
    """`Store.rows_in` (those months, in that order), building only the rows `wanted`
    keeps."""
    return store.rows_in(keys, lambda key: month_rows_where(store, key, wanted))


def month_rows_where(
    store: Store, key: str, wanted: Wanted
) -> tuple[list[Contribution], list[str]]:
    """One month's ("YYYY-MM") contributions that `wanted` keeps, in the file's order,
    and the ids of all its rows (a `MonthRead`: an entry also in another month is an
    error even when it is of another network)."""
    from balance.store.db import SCHEMA_VERSION  # db imports this module's neighbours

    def full() -> tuple[list[Contribution], list[str]]:
        rows = store.month_rows(key)
        return [c for c in rows if wanted(c.network_id, c.partner_id)], [c.id for c in rows]

    path = store.shard(key)
    state = file_state(path)
    entry = _read(store, key) if state is not None else None
    if entry is None or entry.get("state") != list(state):  # type: ignore[arg-type]
        return full()
    data = read_json(path, store.backups) or {}
    if schema_of(path, data, store.backups) != SCHEMA_VERSION or file_state(path) != state:
        return full()  # changed meanwhile
    try:
        docs = list(data.get("contributions", {}).values())
        ids = [d["id"] for d in docs]
        if not all(type(i) is str for i in ids):
            return full()  # odd after all: the full check says what is wrong
        rows = [_contribution(d) for d in docs if wanted(d.get("network"), d.get("partner"))]
    except BAD_VALUE:
        return full()
    return rows, ids


def pair_month_totals(
    store: Store, network_id: str, partner_id: str | None
) -> dict[str, list[MonthTotal]]:
    """Per month key, what the pair put in that month (one total per side that gave
    anything; empty for a month without the pair): from the cache where it is of the
    file as it is now, else from the month's checked rows."""
    store.settle()
    out: dict[str, list[MonthTotal]] = {}
    for key in store.shard_keys():
        state = file_state(store.shard(key))
        entry = _read(store, key) if state is not None else None
        known = None
        if entry is not None and entry.get("state") == list(state):  # type: ignore[arg-type]
            known = _pair_totals(entry, network_id, partner_id)
        if known is None:
            rows = store.month_rows(key)
            known = month_totals(
                [c for c in rows if c.network_id == network_id and c.partner_id == partner_id]
            )
        out[key] = known
    return out


def _pair_totals(
    entry: dict[str, Any], network_id: str, partner_id: str | None
) -> list[MonthTotal] | None:
    """The pair's month totals in a cache entry, or None when the entry is damaged (each
    checked as `totals` checks every total)."""
    days: dict[Any, date] = {}
    amounts: dict[Any, Decimal] = {}
    try:
        return [
            _total(net, partner, by, days, day, minutes, amounts, money, energy, n, en)
            for net, partner, by, day, minutes, money, energy, n, en in entry["months"]
            if net == network_id and partner == partner_id
        ]
    except (KeyError, TypeError, ValueError, InvalidOperation):
        return None
