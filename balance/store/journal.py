"""The write-ahead journal: one operation is one commit, however many files it touches.

An operation that rewrites several files (an import over twelve months, an edit
that moves an entry to another month, the undo log beside the data) could be
cut by a crash after some of its replaces and before the others. So every new
file content is first staged in ``balance.journal/`` and fsynced, then the
commit mark ``commit.json`` (naming the files) is written and fsynced: from that
instant the operation has happened. Only then are the real files replaced, and
last the mark goes: into ``balance.undo/``, since it carries the operation's
undo record too.

The next process that takes the lock calls `recover`: a mark means a committed
operation whose replaces may be cut short, so they are done again (a staged
file that is gone was already moved into place); staged files without a whole
mark (none, or one cut short while it was written) belong to an operation that
never committed and are discarded, as are the temp files an interrupted atomic
write left beside the files.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import orjson

from balance.locale import _
from balance.store.errors import StoreError, WriteFailed
from balance.store.files import fsync_dir, rotate_backups, stage_file, write_atomic

MARK = "commit.json"


class Journal:
    """The journal folder of one database; all paths in a mark are relative to `root`."""

    def __init__(self, root: Path, folder: Path, backups: Path) -> None:
        self.root = root
        self.folder = folder
        self.backups = backups

    def commit(
        self,
        writes: Mapping[Path, bytes | None],
        backed_up: Iterable[Path] = (),
        record: tuple[Path, dict[str, Any]] | None = None,
    ) -> None:
        """Write (bytes) or remove (None) every file in `writes` as one operation.

        Files in `backed_up` keep their old version in the backups. A failure
        before the commit mark (a full disk) leaves every file as it was. With
        `record` (a path and its contents), the mark carries those contents too
        and, once the files are in place, is moved to that path instead of
        removed: the undo record costs no file of its own.
        """
        if not writes and record is None:
            return
        keep = {str(p) for p in backed_up}
        self.stage(((p, b, str(p) in keep) for p, b in writes.items()), lambda: record)

    def stage(
        self,
        files: Iterable[tuple[Path, bytes | None, bool]],
        record: Callable[[], tuple[Path, dict[str, Any]] | None],
    ) -> None:
        """`commit`, with the files as (path, bytes or None, keep a backup) made as they
        are staged, so only one file's new contents need be in memory at a time, and the
        undo record asked for once they all are.

        Whatever stops it before the commit mark (a full disk, or a damaged file met
        while `files` makes the next one) discards what was staged: nothing happened.
        """
        targets: dict[str, dict[str, Any]] = {}
        failing = self.folder
        try:
            self.folder.mkdir(exist_ok=True, mode=0o700)
            for n, (path, payload, backup) in enumerate(files):
                failing = path.parent
                # Folders are made before the mark: after it, nothing may fail for want of one.
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                target = {"path": os.path.relpath(path, self.root), "backup": backup}
                if payload is None:
                    target["remove"] = True
                else:
                    failing = path
                    stage_file(self.folder / f"{n}.new", payload)
                targets[str(n)] = target
                del payload  # the next file is made while this one is on disk only
                failing = self.folder
            mark: dict[str, Any] = {"targets": targets}
            kept = record()
            if kept is not None:
                failing = kept[0].parent
                kept[0].parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                mark.update(kept[1], keep_as=os.path.relpath(kept[0], self.root))
            failing = self.folder / MARK
            fsync_dir(self.folder)  # every staged file is on disk before the mark can be
            stage_file(self.folder / MARK, orjson.dumps(mark))
            fsync_dir(self.folder)
        except OSError as exc:
            self._discard()
            raise WriteFailed(failing, exc) from exc
        except BaseException:
            self._discard()
            raise
        try:
            self._roll_forward(mark)
        except OSError as exc:
            raise StoreError(
                _(
                    "the change was saved, but {path} could not be updated "
                    "({reason}); the next balance command finishes it"
                ).format(path=exc.filename or self.root, reason=exc.strerror or exc)
            ) from exc

    def recover(self, temp_files: Iterable[tuple[Path, str]]) -> None:
        """Finish a committed operation, discard an uncommitted one, drop stale temp files.

        Called with the lock held, so no other process is writing right now.
        """
        for folder, prefix in temp_files:
            _remove_temp_files(folder, prefix)
        if not self.folder.is_dir():
            return
        mark = self.folder / MARK
        try:
            data = orjson.loads(mark.read_bytes())
        except (FileNotFoundError, orjson.JSONDecodeError):
            # No mark, or one cut short while it was written: nothing was replaced yet.
            data = None
        if data is not None:
            try:
                targets = data["targets"]
                if not all(isinstance(t, dict) and "path" in t for t in targets.values()):
                    raise TypeError(_("a target without a path"))
                if not isinstance(data.get("keep_as", ""), str):
                    raise TypeError(_("keep_as is not a path"))
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                raise StoreError(
                    _(
                        "the journal {path} of an unfinished operation cannot be read "
                        "({error}); it was left unchanged: move the folder away to go on "
                        "without it"
                    ).format(path=mark, error=exc)
                ) from exc
            try:
                self._roll_forward(data)
            except OSError as exc:
                raise StoreError(
                    _(
                        "an operation cut short by a crash cannot be finished: "
                        "{path}: {reason}; the journal {journal} was left as it is"
                    ).format(
                        path=exc.filename or self.root,
                        reason=exc.strerror or exc,
                        journal=self.folder,
                    )
                ) from exc
        self._discard()

    def _discard(self) -> None:
        """Staged files of an operation that did not commit: they were never real."""
        with contextlib.suppress(OSError):
            leftovers = list(self.folder.iterdir())
            for leftover in leftovers:
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if leftovers:
                fsync_dir(self.folder)

    def _roll_forward(self, mark: Mapping[str, Any]) -> None:
        """Move every staged file still there into place; then the mark goes (to
        its `keep_as` path: the undo record).

        That needs no fsync: should the mark come back after a power cut, the next
        recovery finds no staged file left and only moves or removes it again; and
        the next commit fsyncs this folder before it replaces anything.
        """
        folders: dict[Path, None] = {}
        targets: Mapping[str, Any] = mark["targets"]
        for n, spec in sorted(targets.items(), key=lambda kv: int(kv[0])):
            # A linked file or folder is followed: the link stays, the target changes.
            target = Path(os.path.realpath(self.root / spec["path"]))
            if spec.get("remove"):
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
                continue
            staged = self.folder / f"{n}.new"
            if not staged.exists():
                continue  # moved into place before the crash
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if spec.get("backup") and target.exists():
                rotate_backups(target, self.backups)
            _move(staged, target)
            folders[target.parent] = None
        for folder in folders:
            fsync_dir(folder)
        if mark.get("keep_as"):
            _move(self.folder / MARK, self.root / mark["keep_as"])
        else:
            with contextlib.suppress(FileNotFoundError):
                (self.folder / MARK).unlink()


def _move(source: Path, target: Path) -> None:
    """Rename `source` over `target`; a target folder linked onto another file system
    gets a copy (atomic there too), then the source goes."""
    try:
        os.replace(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        write_atomic(target, source.read_bytes(), None)
        source.unlink()


def _remove_temp_files(folder: Path, prefix: str) -> None:
    """The `.NAME.PID.RANDOM.tmp` files (NAME starting so) of atomic writes a crash cut short."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(prefix) and name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                os.unlink(folder / name)
