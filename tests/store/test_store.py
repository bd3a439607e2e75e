"""The storage contract: atomic, locked, exact, never overwriting a bad file."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from balance.core.forms import LogForm
from balance.core.model import Contribution, Network, Partner, new_id
from balance.service.api import Service
from balance.store.db import Store
from balance.store.errors import CorruptStore, StoreError
from balance.store.files import BACKUPS_KEPT

WRITER = Path(__file__).with_name("writer.py")


def make_db(path: Path) -> Service:
    svc = Service.open(path)
    svc.add_network("Gewerbeverein Hünfelden")
    svc.add_partner("Anna Schmidt", ["Gewerbeverein Hünfelden"])
    return svc


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock") and p.parent.name != "b.cache"
    }


def test_new_files_are_private_and_money_is_an_exact_string(tmp_path: Path) -> None:
    svc = make_db(tmp_path / "b.json")
    c = svc.log(LogForm(network="gewerbe", partner="anna", money="1.234,50", what="Messe"))
    svc.store.contributions()  # read whole: its totals are cached beside it
    cached = list((tmp_path / "b.cache").iterdir())
    assert cached and stat.S_IMODE((tmp_path / "b.cache").stat().st_mode) == 0o700
    for p in [tmp_path / "b.json", *(tmp_path / "b.contributions").iterdir(), *cached]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    shard = tmp_path / "b.contributions" / f"{c.date:%Y-%m}.json"
    doc = next(iter(json.loads(shard.read_text())["contributions"].values()))
    assert doc["money"] == "1234.50" and doc["id"] == c.id
    assert svc.store.contributions()[0].money == Decimal("1234.50")
    meta = json.loads((tmp_path / "b.json").read_text())["_meta"]["1"]
    assert meta["schema"] == 2


def test_reading_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    svc = Service.open(tmp_path / "none" / "b.json")
    assert svc.directory().networks == ()
    assert svc.store.contributions() == []
    assert not (tmp_path / "none").exists()


def test_backups_rotate_and_keep_the_previous_versions(tmp_path: Path) -> None:
    svc = make_db(tmp_path / "b.json")
    for i in range(BACKUPS_KEPT + 3):
        svc.add_network(f"Netz {i}")
    backups = sorted((tmp_path / "b.backups").glob("b.json.*"))
    assert len(backups) == BACKUPS_KEPT
    newest = json.loads((tmp_path / "b.backups" / "b.json.1").read_text())
    names = {n["name"] for n in newest["networks"].values()}
    assert f"Netz {BACKUPS_KEPT + 1}" in names and f"Netz {BACKUPS_KEPT + 2}" not in names


@pytest.mark.parametrize("garbage", [b"{not json", b"", b"[1, 2, 3]", b'{"networks": 5}', b"{}"])
def test_corrupt_file_is_never_overwritten(tmp_path: Path, garbage: bytes) -> None:
    svc = make_db(tmp_path / "b.json")
    svc.add_network("Zweites Netz")  # so a backup exists
    (tmp_path / "b.json").write_bytes(garbage)
    before = snapshot(tmp_path)
    with pytest.raises(CorruptStore) as info:
        svc.add_network("Drittes Netz")
    assert str(tmp_path / "b.json") in str(info.value)
    assert "b.backups/b.json.1" in str(info.value)
    with pytest.raises(StoreError):
        svc.log(LogForm(network="gewerbe", time="1h", what="x"))
    assert snapshot(tmp_path) == before


def test_corrupt_month_file_stops_reads_and_writes(tmp_path: Path) -> None:
    svc = make_db(tmp_path / "b.json")
    c = svc.log(LogForm(network="gewerbe", time="1h", what="x"))
    shard = tmp_path / "b.contributions" / f"{c.date:%Y-%m}.json"
    shard.write_bytes(b'{"contributions": {"1": ')
    before = snapshot(tmp_path)
    with pytest.raises(CorruptStore, match="contributions"):
        svc.store.contributions()
    with pytest.raises(CorruptStore):
        svc.log(LogForm(network="gewerbe", time="1h", what="y"))
    assert snapshot(tmp_path) == before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    make_db(tmp_path / "b.json")
    data = json.loads((tmp_path / "b.json").read_text())
    data["_meta"]["1"]["schema"] = 99
    (tmp_path / "b.json").write_text(json.dumps(data))
    with pytest.raises(StoreError, match="newer"):
        Service.open(tmp_path / "b.json").directory()


def test_edit_moves_between_months_and_delete_returns_the_old(tmp_path: Path) -> None:
    store = Store(tmp_path / "b.json")
    net = Network(new_id(), "N")
    store.save_network(net)
    store.save_partner(Partner(new_id(), "P", (net.id,)))
    c = Contribution(new_id(), net.id, None, "me", date(2026, 3, 5), 60, Decimal("2.50"), 1, "a")
    store.add_contribution(c)
    moved = Contribution(c.id, net.id, None, "me", date(2026, 5, 1), 30, Decimal("3"), 1, "b")
    assert store.replace_contribution(moved) == c
    assert store.contributions() == [moved]
    assert store.contributions(date(2026, 3, 1), date(2026, 3, 31)) == []
    assert store.delete_contribution(c.id) == moved
    assert store.contributions() == []
    with pytest.raises(KeyError):
        store.delete_contribution(c.id)


def test_state_changes_when_another_writer_writes(tmp_path: Path) -> None:
    svc = make_db(tmp_path / "b.json")
    before = svc.store.state()
    Service.open(tmp_path / "b.json").log(LogForm(network="gewerbe", time="5m", what="x"))
    assert svc.store.state() != before


def _writer(db: Path, label: str, n: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), label, str(n)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_logging_at_once_keep_every_entry(tmp_path: Path) -> None:
    db = tmp_path / "b.json"
    make_db(db)
    procs = [_writer(db, "A", 100), _writer(db, "B", 100)]
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
    whats = sorted(c.what for c in Store(db).contributions())
    assert len(whats) == 200
    assert whats == sorted([f"A-{i}" for i in range(100)] + [f"B-{i}" for i in range(100)])
    for f in [db, *(tmp_path / "b.contributions").iterdir()]:
        json.loads(f.read_text())  # every file is valid JSON


def test_sigkill_mid_run_keeps_every_returned_write(tmp_path: Path) -> None:
    db = tmp_path / "b.json"
    make_db(db)
    proc = _writer(db, "K", 10_000)
    assert proc.stdout is not None
    done: list[str] = []
    deadline = time.monotonic() + 120
    while len(done) < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        done.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(done) >= 40, proc.stderr.read() if proc.stderr else ""
    stored = {c.what for c in Store(db).contributions()}  # raises if any file is broken
    assert set(done) <= stored
    assert len(stored) - len(done) <= 1  # at most the write that was in flight


def test_an_older_schema_is_migrated_once_and_the_old_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from balance.store import db as store_module

    make_db(tmp_path / "b.json")
    steps: list[int] = []

    def to_v2(data: dict, store: Store) -> dict:
        steps.append(1)
        for doc in data["networks"].values():
            doc["goal"] = doc.get("goal") or "migrated"
        return data

    now = store_module.SCHEMA_VERSION
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", now + 1)
    monkeypatch.setattr(store_module, "MIGRATIONS", {**store_module.MIGRATIONS, now: to_v2})
    svc = Service.open(tmp_path / "b.json")
    assert svc.directory().networks[0].goal == "migrated"
    assert svc.directory().networks[0].goal == "migrated"
    assert steps == [1]  # the second read found the new schema already
    meta = json.loads((tmp_path / "b.json").read_text())["_meta"]["1"]
    assert meta["schema"] == now + 1
    old = json.loads((tmp_path / "b.backups" / "b.json.1").read_text())
    assert old["_meta"]["1"]["schema"] == now


def test_month_files_are_migrated_each_on_its_own_when_read_and_marked_when_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from balance.store import db as store_module

    svc = make_db(tmp_path / "b.json")
    for day in ("2026-03-05", "2026-04-05"):
        svc.log(LogForm(network="gewerbe", time="1h", date=day, what=f"w {day}"))

    def tag_all(data: dict) -> dict:
        for doc in data.get("contributions", {}).values():
            doc["tags"] = [*doc.get("tags", []), "v2"]
        return data

    now = store_module.SCHEMA_VERSION
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", now + 1)
    monkeypatch.setattr(
        store_module, "MIGRATIONS", {**store_module.MIGRATIONS, now: lambda data, store: data}
    )
    monkeypatch.setattr(store_module, "MONTH_MIGRATIONS", {now: tag_all})
    march, april = (tmp_path / "b.contributions" / f"2026-0{m}.json" for m in (3, 4))
    before = april.read_bytes()
    svc = Service.open(tmp_path / "b.json")
    assert all(c.tags == ("v2",) for c in svc.store.contributions())
    assert april.read_bytes() == before  # a read writes nothing
    svc.log(LogForm(network="gewerbe", time="5m", date="2026-03-06", what="new"))
    marked = json.loads(march.read_text())
    assert marked["_meta"]["1"]["schema"] == now + 1
    assert sorted(d["tags"] for d in marked["contributions"].values()) == [[], ["v2"]]
    # Read again, the written file is not migrated twice; the other one still is, once.
    assert sorted(c.tags for c in svc.store.contributions()) == [(), ("v2",), ("v2",)]
    assert json.loads(april.read_text())["_meta"]["1"]["schema"] == now
