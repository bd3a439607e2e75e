"""Every row read is checked with the model's own rules, before anything uses it.

A file is edited by hand, synced half-way, written by a newer balance or by
another program: what it holds is input like any other. An impossible value
(negative minutes, energy 99, by "xyz", money "NaN", a schema this balance does
not know) is a `CorruptStore` naming the file and the entry, and the store never
writes a file it could not read this way, so the damage is never spread into
the backups.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from balance.core.model import Contribution, Partner
from balance.locale import _
from balance.store.errors import CorruptStore
from balance.store.files import newest_backup
from balance.store.rows import (
    Directory,
    _contribution,
    _conversation,
    _network,
    _partner,
    _snooze,
    value_from_doc,
)

T = TypeVar("T")
#: What reading a bad document can raise: a missing key, a wrong type, a bad value.
BAD_VALUE = (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, IndexError)

#: key -> the types a stored contribution field may have (bool is no number here).
_CONTRIBUTION_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "network": (str,),
    "partner": (str, type(None)),
    "by": (str,),
    "date": (str,),
    "minutes": (int,),
    "money": (str,),
    "energy": (int, type(None)),  # None: not recorded
    "what": (str,),
    "note": (str,),
    "tags": (list,),
    "private": (bool,),
}
_OPTIONAL = {"note", "tags", "private"}


def schema_of(path: Path, data: dict[str, Any], backups: Path) -> int:
    """The schema a file says it has; a file with no mark is from before marks: 1."""
    meta = data.get("_meta", {}).get("1", {})
    version = meta.get("schema", 1) if isinstance(meta, dict) else None
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise CorruptStore(
            path,
            _("an unknown schema mark {mark}").format(mark=repr(version)),
            newest_backup(path, backups),
        )
    return version


def _damaged(path: Path, backups: Path, table: str, doc: Any, exc: Exception) -> CorruptStore:
    ident = doc.get("id") if isinstance(doc, dict) else None
    reason = str(exc) if str(exc) else type(exc).__name__
    if isinstance(exc, KeyError):
        reason = _("no {key}").format(key=exc)
    if isinstance(ident, str) and ident:
        said = _("the entry {id} in {table} is impossible: {reason}")
    else:
        said = _("an entry in {table} is impossible: {reason}")
    return CorruptStore(
        path, said.format(id=ident, table=table, reason=reason), newest_backup(path, backups)
    )


def _rows(
    path: Path, backups: Path, data: dict[str, Any], table: str, load: Callable[[Any], T]
) -> tuple[T, ...]:
    out: list[T] = []
    for doc in data.get(table, {}).values():
        try:
            if not isinstance(doc, dict):
                raise TypeError(_("not a record"))
            out.append(load(doc))
        except BAD_VALUE as exc:
            raise _damaged(path, backups, table, doc, exc) from exc
    return tuple(out)


def read_directory(path: Path, backups: Path, data: dict[str, Any]) -> Directory:
    """Networks, partners, talks and snoozes of a main file, each one checked."""
    return Directory(
        networks=_rows(path, backups, data, "networks", _network),
        partners=_rows(path, backups, data, "partners", _checked_partner),
        conversations=_rows(path, backups, data, "conversations", _conversation),
        snoozes=_rows(path, backups, data, "snoozes", _snooze),
        values=_rows(path, backups, data, "values", value_from_doc),
        owner=_owner(path, backups, data),
    )


def _owner(path: Path, backups: Path, data: dict[str, Any]) -> str:
    """The owner's name from the settings table; a damaged one is named like any entry."""
    for doc in data.get("settings", {}).values():
        if isinstance(doc, dict) and doc.get("key") == "owner":
            if not isinstance(doc.get("value"), str):
                bad = TypeError(_("the name is not text"))
                raise _damaged(path, backups, "settings", doc, bad)
            return doc["value"]
    return ""


def _checked_partner(doc: dict[str, Any]) -> Partner:
    """A partner's networks are a list of ids: a string would become its letters."""
    ids = doc.get("networks", [])
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise TypeError(_("networks is {value}, not a list of ids").format(value=repr(ids)))
    return _partner(doc)


def check_contribution(doc: dict[str, Any]) -> Contribution:
    """A stored contribution as a value, through the model's constructor and its checks."""
    for key, types in _CONTRIBUTION_TYPES.items():
        if key not in doc:
            if key in _OPTIONAL:
                continue
            raise KeyError(key)
        value = doc[key]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise TypeError(
                _("{key} is {type} {value}").format(
                    key=key, type=type(value).__name__, value=repr(value)
                )
            )
    if not all(isinstance(t, str) for t in doc.get("tags", ())):
        raise TypeError(_("a tag is not text"))
    c = _contribution(doc)
    Contribution.__post_init__(c)
    return c


def read_month(
    path: Path, backups: Path, key: str, data: dict[str, Any], checked: bool = False
) -> list[Contribution]:
    """The contributions of one month file, each checked and dated within that month
    (a row in the wrong file would be missed by every read of its own month).

    `checked`: this very file (same inode, mtime and size) was read whole and found
    right before (`totals`), so its rows are loaded without checking each again;
    anything odd in them still falls back to the full check and its error.
    """
    if checked:
        try:
            return [_contribution(doc) for doc in data.get("contributions", {}).values()]
        except BAD_VALUE:
            pass

    def load(doc: dict[str, Any]) -> Contribution:
        c = check_contribution(doc)
        if f"{c.date.year:04d}-{c.date.month:02d}" != key:
            raise ValueError(
                _("dated {day}, in the file of {month}").format(day=c.date.isoformat(), month=key)
            )
        return c

    return list(_rows(path, backups, data, "contributions", load))
