"""What goes wrong with a database, in words that say what to do."""

from __future__ import annotations

from pathlib import Path

LOCK_TIMEOUT_S = 15.0


class StoreError(Exception):
    """A database that cannot be used as it is; the message says what to do."""


class CorruptStore(StoreError):
    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        where = f"the newest backup is {backup}" if backup else "no backup exists yet"
        super().__init__(
            f"the database file {path} cannot be read ({reason}); it was left unchanged, "
            "and nothing is written to it until it is repaired. "
            f"To restore, copy a backup over it: {where}."
        )
        self.path = path
        self.backup = backup


class LockedStore(StoreError):
    def __init__(self, lock_path: Path) -> None:
        super().__init__(
            f"the database is busy: another balance process holds {lock_path} "
            f"for more than {LOCK_TIMEOUT_S:.0f} s; try again, or end that process"
        )


class WriteFailed(StoreError):
    """A write that could not even start (a full disk): every file is as it was."""

    def __init__(self, path: Path, exc: OSError) -> None:
        super().__init__(
            f"could not write {path} ({exc.strerror or exc}); nothing was written, "
            "the database is as it was before"
        )
        self.path = path


class DuplicateEntry(StoreError):
    """One entry in two month files: an edit that moved it, cut short by a crash of a
    balance from before the journal. Which copy is right only the user knows."""

    def __init__(self, contribution_id: str, first: Path, second: Path) -> None:
        month = second.name.removesuffix(".json")
        super().__init__(
            f"the entry {contribution_id} is in two files, {first} and {second} (an edit "
            "cut short by a crash); it was left as it is. Keep the right one: "
            f"`balance delete {contribution_id} --month {month}` removes the copy in {month}"
        )
        self.path = second


class NewerStore(StoreError):
    def __init__(self, path: Path, version: int, current: int) -> None:
        super().__init__(
            f"{path} was written by a newer balance (schema {version}); "
            f"this one reads schema {current}: please upgrade"
        )
