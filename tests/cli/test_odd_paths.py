"""Links and odd paths, a full disk, bytes that are not UTF-8, text that would act on
the terminal: one clear line each, nothing lost, nothing written half."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.cli.support import ok, one_line_error, snapshot
from tests.conftest import Db, Runner

NET = "Gewerbeverein Hünfelden"
LOG = ("log", "--network", "gewerbe", "--time", "1h", "--what", "Stammtisch")


def make(db: Db, run: Runner) -> None:
    ok(run("network", "add", NET, db=db))
    ok(run(*LOG, db=db))


def whats(db: Db, run: Runner) -> list[str]:
    return [r["what"] for r in ok(run("list", "--network", "gewerbe", "--json", db=db)).json()]


def test_a_linked_database_file_is_followed_and_stays_a_link(
    db: Db, run: Runner, tmp_path: Path
) -> None:
    synced = Db(tmp_path / "sync" / "balance.json", db.env)
    make(synced, run)
    db.path.symlink_to(synced.path)
    assert whats(db, run) == ["Stammtisch"]  # the contributions beside the target are seen
    ok(run(*LOG[:-1], "second", db=db))
    assert db.path.is_symlink() and db.path.resolve() == synced.path
    assert whats(synced, run) == ["Stammtisch", "second"]
    ok(run("undo", db=db))
    assert db.path.is_symlink() and whats(synced, run) == ["Stammtisch"]


@pytest.mark.parametrize("where", ["same disk", "another file system"])
def test_a_linked_data_folder_is_followed_and_stays_a_link(
    db: Db, run: Runner, tmp_path: Path, where: str
) -> None:
    make(db, run)
    months = db.root / "balance.contributions"
    elsewhere = tmp_path / "elsewhere"
    if where != "same disk":
        shm = Path("/dev/shm")
        if not shm.is_dir() or shm.stat().st_dev == tmp_path.stat().st_dev:
            pytest.skip("no second file system (/dev/shm) here")
        elsewhere = Path(tempfile.mkdtemp(dir=shm)) / "months"
    try:
        shutil.copytree(months, elsewhere)
        shutil.rmtree(months)
        months.symlink_to(elsewhere, target_is_directory=True)
        ok(run(*LOG[:-1], "second", db=db))  # across file systems: copied, not renamed
        ok(run(*LOG[:-1], "third", "--date", "-40d", db=db))
        assert months.is_symlink()
        assert whats(db, run) == ["third", "Stammtisch", "second"]
        assert len(list(elsewhere.glob("*.json"))) == 2
        assert not list((db.root / "balance.journal").iterdir())
    finally:
        if where != "same disk":
            shutil.rmtree(elsewhere.parent, ignore_errors=True)


@pytest.mark.parametrize("kind", ["empty", "folder", "fifo", "under a file"])
def test_an_odd_database_path_is_one_clear_line(db: Db, run: Runner, kind: str) -> None:
    make(db, run)
    before = snapshot(db.root)
    if kind == "empty":
        path, word = "", "names no file"
    elif kind == "folder":
        path, word = str(db.root), "is a folder"
    elif kind == "fifo":
        fifo = db.root.parent / "fifo.json"
        os.mkfifo(fifo)
        path, word = str(fifo), "FIFO"
    else:
        path, word = str(db.path / "balance.json"), "is a file, not a folder"
    for args in (("check",), LOG):
        err = one_line_error(run("--db", path, *args, env=db.env, timeout=20), 3)
        assert word in err, err
    assert snapshot(db.root) == before


def test_a_month_file_that_is_a_fifo_is_refused_not_waited_for(db: Db, run: Runner) -> None:
    make(db, run)
    (month,) = (db.root / "balance.contributions").iterdir()
    month.unlink()
    os.mkfifo(month)
    err = one_line_error(run("check", db=db, timeout=20), 3)
    assert str(month) in err and "FIFO" in err


def test_an_argument_that_is_not_utf8_is_one_clear_line(db: Db) -> None:
    make_env = dict(db.env, LC_ALL="C.UTF-8")
    argv = [sys.executable, "-m", "balance", "--db", str(db.path), "log", "--network"]
    proc = subprocess.run(
        [*argv, b"Caf\xe9", "--time", "1h", "--what", "x"], capture_output=True, env=make_env
    )
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1, err
    assert "argument 5" in err and "UTF-8" in err and "\\xe9" in err
    assert not db.root.exists() or not any(db.root.iterdir())


def test_control_and_bidi_characters_are_shown_escaped(db: Db, run: Runner) -> None:
    ok(run("network", "add", NET, db=db))
    evil = "Rot\x1b[31m\x1b]0;pwned\x07 \u202eabc"
    ok(run("partner", "add", evil, "--network", "gewerbe", db=db))
    ok(
        run(
            "log", "--network", "gewerbe", "--partner", "rot", "--time", "1h", "--what", evil, db=db
        )
    )
    for args in (("list", "--network", "gewerbe"), ("partner", "list"), ("check",)):
        out = ok(run(*args, db=db)).out
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, out
        assert "Rot\\u001b[31m" in out and "\\u202eabc" in out, out
    # JSON keeps the value: the escapes are JSON's own.
    (row,) = ok(run("list", "--network", "gewerbe", "--json", db=db)).json()
    assert row["what"] == evil and row["partner"] == evil
    err = one_line_error(run("list", "--network", "\x1b[2J", db=db))
    assert "\x1b" not in err and "\\u001b[2J" in err


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs needs root")
def test_a_full_disk_writes_nothing_and_says_so(run: Runner, db: Db, tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        small = Db(mount / "balance.json", db.env)
        make(small, run)
        filler = mount / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        with pytest.raises(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
        os.close(fd)
        before = snapshot(mount)
        csv = tmp_path / "year.csv"
        lines = [f"{NET};01.{m:02d}.2025;1h;Treffen {m}" for m in range(1, 13)]
        csv.write_text("network;date;time;what\n" + "\n".join(lines) + "\n")
        for args in (LOG, ("import", str(csv)), ("network", "add", "Kegelclub")):
            err = one_line_error(run(*args, db=small), 3)
            assert "No space left" in err and "nothing was written" in err and str(mount) in err
            assert snapshot(mount) == before
        filler.unlink()
        assert whats(small, run) == ["Stammtisch"]
        ok(run("import", str(csv), db=small))
        assert len(whats(small, run)) == 13
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`balance list --json | head`: exit 0 and no "Broken pipe" line."""
    import subprocess
    import sys

    from balance.core.forms import LogForm
    from balance.service.api import Service
    from balance.store.db import Store

    svc = Service(Store(tmp_path / "b.json"))
    svc.add_network("Gewerbeverein Hünfelden")
    for i in range(400):
        svc.log(LogForm(network="gewerbe", time="1h", what=f"Stammtisch Nummer {i} " + "x" * 80))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "balance",
            "--db",
            str(svc.store.path),
            "list",
            "--network",
            "gewerbe",
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10).startswith(b"[")
    proc.stdout.close()  # the reader has what it wants
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert "Broken pipe" not in err and err == ""
