"""Saving values, each call one operation: the wrappers around `Store.apply` that the
service uses (a network, a talk and the snoozes it ends, an import, an edit that moves
an entry to another month)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from balance.core.model import Contribution, Conversation, Network, Partner, Snooze
from balance.core.model import Value as ModelValue
from balance.store.changes import MAIN, Stored, change_of, month_key
from balance.store.rows import contribution_doc
from balance.store.undo import Change

if TYPE_CHECKING:
    from balance.store.db import Store


class Saves:
    """Mixed into `Store`: every method here is one commit through `apply`."""

    def commit(
        self: Store,
        kind: str,
        subject: str,
        save: Iterable[Stored] = (),
        remove: Iterable[Stored] = (),
    ) -> None:
        """Save and remove values (networks, partners, talks, snoozes, contributions) as
        one operation: every file it touches is read and checked first, then all are
        written as one commit, so a crash or a damaged file leaves none of it."""
        changes = [change_of(v) for v in save] + [change_of(v, removed=True) for v in remove]
        self.apply(kind, subject, changes)

    def save_network(self: Store, network: Network, kind: str = "network") -> None:
        self.commit(kind, network.name, [network])

    def save_partner(self: Store, partner: Partner, kind: str = "partner") -> None:
        self.commit(kind, partner.name, [partner])

    def save_conversation(self: Store, c: Conversation, ended: Iterable[Snooze] = ()) -> None:
        """A talk, and the end of the snoozes it makes moot, as one operation."""
        self.commit("talk", c.date.isoformat(), [c], remove=ended)

    def save_value(self: Store, value: ModelValue, kind: str = "value") -> None:
        self.commit(kind, value.what, [value])

    def delete_value(self: Store, value_id: str) -> ModelValue:
        with self.locked():
            found = next((v for v in self.directory().values if v.id == value_id), None)
            if found is None:
                raise KeyError(value_id)
            self.commit("delete", found.what, remove=[found])
            return found

    def save_setting(self: Store, key: str, value: str) -> None:
        """A setting of the file's owner (the name), undoable like every change."""
        self.apply("config", value, [Change(MAIN, "settings", key, {"key": key, "value": value})])

    def save_snooze(self: Store, snooze: Snooze) -> None:
        self.commit("snooze", snooze.until.isoformat(), [snooze])

    def add_contributions(self: Store, items: Iterable[Contribution]) -> None:
        self.add_batch((), (), items)

    def add_batch(
        self: Store,
        networks: Iterable[Network],
        partners: Iterable[Partner],
        contributions: Iterable[Contribution],
        kind: str = "import",
    ) -> None:
        """An import in one go (all of it or none, see `commit`), each file written once.

        A month's documents are made only when its file is (`staging`), so a large
        import holds one month's of them at a time, not one per row all at once.
        """
        main = [change_of(x) for x in (*networks, *partners)]
        months: dict[str, list[Contribution]] = {}
        for c in contributions:
            months.setdefault(month_key(c.date), []).append(c)
        if not main and not months:
            return  # nothing changes: nothing to undo either
        files: dict[str, Iterable[Change]] = {MAIN: main} if main else {}
        for key in sorted(months):
            files[key] = _month_changes(key, months[key])
        count = sum(len(rows) for rows in months.values())
        with self.locked():
            self._apply(kind, str(count), files, record=True)

    def add_contribution(self: Store, c: Contribution) -> None:
        self.commit("log", c.what, [c])

    def replace_contribution(
        self, c: Contribution, also: Iterable[Network | Partner] = ()
    ) -> Contribution:
        """Edit in place, or move it to another month file if its date changed, in one
        commit: never twice, never lost. Returns the old value; KeyError if none."""
        with self.locked():
            copies = self._copies(c.id)
            if not copies:
                raise KeyError(c.id)
            # Every other copy goes too: an edit makes a twice-found entry one again.
            gone = [change_of(o, True) for o in copies if month_key(o.date) != month_key(c.date)]
            began = [change_of(x) for x in also]  # when its partnership began, the same commit
            self._apply("edit", c.what, [*gone, change_of(c), *began], record=True)
            return copies[0]

    def delete_contribution(
        self: Store, contribution_id: str, month: str | None = None
    ) -> Contribution:
        """Delete it (every copy; with `month` only the copy in that month's file)."""
        with self.locked():
            copies = [
                o
                for o in self._copies(contribution_id)
                if month is None or month_key(o.date) == month
            ]
            if not copies:
                raise KeyError(contribution_id)
            gone = [change_of(o, removed=True) for o in copies]
            self._apply("delete", copies[0].what, gone, record=True)
            return copies[0]


def _month_changes(key: str, rows: list[Contribution]) -> Iterator[Change]:
    """The changes that add `rows` to the month file `key`, each document made only
    when the file is."""
    for c in rows:
        yield Change(key, "contributions", c.id, contribution_doc(c))  # machine
