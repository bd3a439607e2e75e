"""Atomic replace, fsync and rotating backups: how one file is written safely.

The files keep TinyDB's layout (tables of doc id -> document), so TinyDB can
still read them; balance reads them with orjson and writes them only through
the journal (`journal`), never through a TinyDB storage that would bypass it.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import Any

import orjson

from balance.locale import _
from balance.store.errors import CorruptStore, StoreError

BACKUPS_KEPT = 5


def fsync_dir(directory: Path) -> None:
    """A rename is durable only once its folder is on disk too."""
    with contextlib.suppress(OSError):  # some file systems cannot fsync a directory
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def newest_backup(path: Path, backups: Path) -> Path | None:
    candidate = backups / f"{path.name}.1"
    return candidate if candidate.exists() else None


def check_folder(folder: Path) -> None:
    """A database folder that is a file (`--db notes.txt/balance.json`): one clear line."""
    for part in (folder, *folder.parents):
        if part.exists() or part.is_symlink():
            if not part.is_dir():
                raise StoreError(
                    _("{path} is a file, not a folder: the database cannot live in it").format(
                        path=part
                    )
                )
            return


def _check_regular(path: Path) -> bool:
    """False if there is no file; an error for a folder, a FIFO, a device (reading one
    would hang or fail), before anything opens it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        check_folder(path.parent)
        raise
    if stat.S_ISREG(mode):
        return True
    if stat.S_ISDIR(mode):
        said = _("{path} is a folder, not a balance database file; nothing was read or written")
    else:
        said = _(
            "{path} is not a regular file (a FIFO, socket or device), not a balance "
            "database file; nothing was read or written"
        )
    raise StoreError(said.format(path=path))


def read_json(path: Path, backups: Path) -> dict[str, dict[str, Any]] | None:
    try:
        if not _check_regular(path):
            return None
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CorruptStore(path, exc.strerror or str(exc), newest_backup(path, backups)) from exc
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        if raw.strip():
            reason = _("not valid JSON: {error}").format(error=exc)
        else:
            reason = _("the file is empty")
        raise CorruptStore(path, reason, newest_backup(path, backups)) from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise CorruptStore(path, _("not a balance database"), newest_backup(path, backups))
    return data


def write_text_atomic(path: Path, text: str) -> None:
    """For exports: a reader never sees half a file either. The folder must exist:
    a mistyped path is an error, not a new folder."""
    if not path.parent.is_dir():
        raise FileNotFoundError(2, _("no such folder"), str(path.parent))
    write_atomic(path, text.encode("utf-8"), None)


def stage_file(path: Path, payload: bytes) -> None:
    """A new private file with `payload`, fsynced (what tempfile.mkstemp does, without
    importing tempfile on the log path); an existing one is replaced."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise


def write_atomic(path: Path, payload: bytes, backups: Path | None) -> None:
    """All or nothing: temp file, fsync, keep the old one as a backup, replace, fsync dir."""
    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = directory / f".{path.name}.{os.getpid()}.{os.urandom(6).hex()}.tmp"
    try:
        stage_file(tmp, payload)
        if backups is not None and path.exists():
            rotate_backups(path, backups)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(directory)


def rotate_backups(path: Path, backups: Path) -> None:
    """The file as it is now becomes backup 1; the oldest of BACKUPS_KEPT goes."""
    backups.mkdir(exist_ok=True, mode=0o700)
    base = backups / path.name
    for n in range(BACKUPS_KEPT - 1, 0, -1):
        older = Path(f"{base}.{n}")
        if older.exists():
            os.replace(older, f"{base}.{n + 1}")
    try:
        os.link(path, f"{base}.1")
    except OSError:  # no hard links here: copy instead
        Path(f"{base}.1").write_bytes(path.read_bytes())
        os.chmod(f"{base}.1", 0o600)


def file_state(path: Path) -> tuple[int, int, int] | None:
    """(inode, mtime_ns, size), None if there is no file: it changes whenever any
    process writes it, as every write replaces the file (a new inode)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size
