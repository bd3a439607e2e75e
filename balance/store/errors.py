"""What goes wrong with a database, in words that say what to do."""

from __future__ import annotations

from pathlib import Path

from balance.locale import _

LOCK_TIMEOUT_S = 15.0


class StoreError(Exception):
    """A database that cannot be used as it is; the message says what to do."""


class CorruptStore(StoreError):
    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        if backup:
            where = _("the newest backup is {backup}").format(backup=backup)
        else:
            where = _("no backup exists yet")
        super().__init__(
            _(
                "the database file {path} cannot be read ({reason}); it was left unchanged, "
                "and nothing is written to it until it is repaired. "
                "To restore, copy a backup over it: {where}."
            ).format(path=path, reason=reason, where=where)
        )
        self.path = path
        self.backup = backup


class LockedStore(StoreError):
    def __init__(self, lock_path: Path) -> None:
        super().__init__(
            _(
                "the database is busy: another balance process holds {path} "
                "for more than {seconds} s; try again, or end that process"
            ).format(path=lock_path, seconds=round(LOCK_TIMEOUT_S))
        )


class WriteFailed(StoreError):
    """A write that could not even start (a full disk): every file is as it was."""

    def __init__(self, path: Path, exc: OSError) -> None:
        super().__init__(
            _(
                "could not write {path} ({reason}); nothing was written, "
                "the database is as it was before"
            ).format(path=path, reason=exc.strerror or exc)
        )
        self.path = path


class DuplicateEntry(StoreError):
    """One entry in two month files: an edit that moved it, cut short by a crash of a
    balance from before the journal. Which copy is right only the user knows."""

    def __init__(self, contribution_id: str, first: Path, second: Path) -> None:
        month = second.name.removesuffix(".json")
        super().__init__(
            _(
                "the entry {id} is in two files, {first} and {second} (an edit "
                "cut short by a crash); it was left as it is. Keep the right one: "
                "`balance delete {id} --month {month}` removes the copy in {month}"
            ).format(id=contribution_id, first=first, second=second, month=month)
        )
        self.path = second


class NewerStore(StoreError):
    def __init__(self, path: Path, version: int, current: int) -> None:
        super().__init__(
            _(
                "{path} was written by a newer balance (schema {version}); "
                "this one reads schema {current}: please upgrade"
            ).format(path=path, version=version, current=current)
        )
