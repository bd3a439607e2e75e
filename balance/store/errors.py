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
