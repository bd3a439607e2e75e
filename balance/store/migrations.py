"""Schema migrations: the steps that bring an older database up to date.

`Store._migrate` runs them oldest first under the lock; each step's result is
committed whole, so an interrupted migration goes on where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from balance.store.rows import _conversation, agreement_doc


def _agreements_with_state(data: dict[str, Any], store: object) -> dict[str, Any]:
    """Schema 1 kept a talk's agreements as bare texts: each becomes an open agreement
    with its own id, owed by both (nobody said otherwise)."""
    for doc in data.get("conversations", {}).values():
        if isinstance(doc, dict) and isinstance(doc.get("id"), str):
            doc["agreements"] = [
                agreement_doc(_conversation(doc).agreements[i]) if isinstance(a, str) else a
                for i, a in enumerate(doc.get("agreements", []))
            ]
    return data


#: schema version -> a step that turns main-file data of that version into the next
#: version's (it may rewrite the monthly files through the store it is given).
MIGRATIONS: dict[int, Callable[[dict[str, Any], Any], dict[str, Any]]] = {1: _agreements_with_state}
#: schema version -> a pure step that turns a month file of that version into the
#: next's. Each month file carries its own version mark: it is brought up to date
#: in memory whenever it is read, and written in the current version by the next
#: operation that changes it, so a migration never has to rewrite years at once.
MONTH_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
