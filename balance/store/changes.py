"""Values as document changes, and a table that applies them keeping TinyDB's doc ids.

Every operation of the store is a list of `Change`s: the one form the journal
writes, the undo log keeps and an undo applies.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from balance.core.model import Contribution, Conversation, Network, Partner, Snooze, Value
from balance.store.rows import (
    _conversation_doc,
    _network_doc,
    _partner_doc,
    _snooze_doc,
    contribution_doc,
    value_doc,
)
from balance.store.undo import Change

MAIN = "main"
Stored = Network | Partner | Conversation | Snooze | Contribution | Value


def month_key(day: date) -> str:
    """The month file a date belongs in: "YYYY-MM"."""
    return f"{day.year:04d}-{day.month:02d}"


def identity(table: str, doc: dict[str, Any]) -> str:
    """What a document is known by: its id; a snooze by its network and partner."""
    if table == "snoozes":
        return f"{doc['network']}/{doc['partner']}"
    if table == "settings":
        return str(doc["key"])
    return str(doc.get("id", ""))


def change_of(value: Stored, removed: bool = False) -> Change:
    """The change that saves `value` (or removes it) in its file and table."""
    if isinstance(value, Contribution):
        file, table, doc = month_key(value.date), "contributions", contribution_doc(value)
    elif isinstance(value, Network):
        file, table, doc = MAIN, "networks", _network_doc(value)
    elif isinstance(value, Partner):
        file, table, doc = MAIN, "partners", _partner_doc(value)
    elif isinstance(value, Value):
        file, table, doc = MAIN, "values", value_doc(value)
    elif isinstance(value, Conversation):
        file, table, doc = MAIN, "conversations", _conversation_doc(value)
    else:
        file, table, doc = MAIN, "snoozes", _snooze_doc(value)
    return Change(file, table, identity(table, doc), None if removed else doc)


class Table:
    """One table of a file being changed, with its documents indexed by identity."""

    def __init__(self, name: str, docs: dict[str, Any]) -> None:
        self.docs = docs
        self.index = {identity(name, doc): key for key, doc in docs.items()}
        self.next = max((int(k) for k in docs if k.isdigit()), default=0) + 1

    def put(self, ch: Change) -> dict[str, Any] | None:
        """Set (or remove) one document, keeping TinyDB's doc ids; returns what was there."""
        key = self.index.get(ch.ident)
        before = self.docs.get(key) if key is not None else None
        if ch.doc is None:
            if key is not None:
                del self.docs[key], self.index[ch.ident]
            return before
        if key is None:
            key = self.index[ch.ident] = str(self.next)
            self.next += 1
        self.docs[key] = ch.doc
        return before
