"""The month-totals cache: all-time figures from sums, and never trusted over the files."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from balance.core.forms import LogForm
from balance.core.reports import NetworkReport
from balance.service.api import Service
from balance.store.db import Store
from balance.store.errors import CorruptStore, DuplicateEntry
from balance.store.totals import CACHE_VERSION

TODAY = date(2026, 11, 28)


@pytest.fixture
def svc(tmp_path: Path) -> Service:
    """Two years of Stammtisch with Anna: you two hours a month, she one."""
    s = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    s.add_network("Gewerbeverein Hünfelden")
    s.add_partner("Anna Schmidt", ["gewerbe"])
    for back in range(0, 720, 30):
        day = (TODAY - timedelta(days=back)).isoformat()
        s.log(LogForm(network="gewerbe", partner="anna", time="2h", what="Stammtisch", date=day))
        s.log(
            LogForm(
                network="gewerbe", partner="anna", by="partner", time="1h", what="Kaffee", date=day
            )
        )
    return s


def all_time(svc: Service) -> NetworkReport:
    return svc.report(svc.network("gewerbe"), svc.window("all"))


def from_rows(svc: Service) -> NetworkReport:
    """The same report from every row, the cache bypassed."""
    return svc.report(
        svc.network("gewerbe"), svc.window("all"), contributions=svc.store.contributions()
    )


def cache_files(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in (tmp_path / "b.cache").glob("*.json"))


def old_month(tmp_path: Path) -> Path:
    """A month file the all-time figures take as totals (before the alarm window)."""
    return tmp_path / "b.contributions" / "2025-03.json"


def test_all_time_figures_equal_those_of_every_row(svc: Service, tmp_path: Path) -> None:
    first = all_time(svc)
    assert first.shown.balance.mine.minutes == 24 * 120
    assert "2025-03.json" in cache_files(tmp_path)
    assert all_time(svc) == first == from_rows(svc)


def test_once_cached_a_report_reads_no_month_file(
    svc: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    all_time(svc)
    read: list[str] = []
    month = Store._month

    def spy(self: Store, key: str, checked: bool = False) -> object:
        read.append(key)
        return month(self, key, checked)

    monkeypatch.setattr(Store, "_month", spy)
    all_time(svc)
    assert read == []  # the alarm window and this month come as day totals too
    assert svc.report(svc.network("gewerbe"), svc.window("6m")) == svc.report(
        svc.network("gewerbe"), svc.window("6m"), contributions=svc.store.contributions()
    )
    assert read  # the check against every row did read them


def test_a_month_file_changed_behind_the_cache_is_read_again(svc: Service, tmp_path: Path) -> None:
    before = all_time(svc).shown.balance.mine.minutes
    path = old_month(tmp_path)
    data = json.loads(path.read_text())
    (doc,) = [d for d in data["contributions"].values() if d["by"] == "me"]
    doc["minutes"] = 600  # edited by hand: 2h become 10h
    path.write_text(json.dumps(data))
    assert all_time(svc).shown.balance.mine.minutes == before + 480
    assert all_time(svc) == from_rows(svc)


def test_a_month_changed_by_another_process_is_seen(svc: Service, tmp_path: Path) -> None:
    before = all_time(svc).shown.balance.mine.minutes
    other = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    other.log(
        LogForm(network="gewerbe", partner="anna", time="3h", what="Messe", date="2025-03-20")
    )
    assert all_time(svc).shown.balance.mine.minutes == before + 180


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b'{"version": 99, "state": [1, 2, 3], "days": [], "months": []}',
        b'{"version": 2, "state": "x", "days": 5, "months": 5}',
        b'{"version": 1, "state": [1, 2, 3], "totals": []}',  # month totals, before days
    ],
)
def test_a_damaged_cache_is_rebuilt_silently(svc: Service, tmp_path: Path, damage: bytes) -> None:
    right = all_time(svc)
    for p in (tmp_path / "b.cache").glob("*.json"):
        p.write_bytes(damage)
    assert all_time(svc) == right
    rebuilt = json.loads((tmp_path / "b.cache" / "2025-03.json").read_bytes())
    assert rebuilt["version"] == CACHE_VERSION == 3


@pytest.mark.parametrize(("part", "month"), [("months", "2025-03"), ("days", "2026-11")])
def test_a_cached_total_with_impossible_figures_is_not_used(
    svc: Service, tmp_path: Path, part: str, month: str
) -> None:
    """Old months come as month totals, the alarm window's as day totals: both checked."""
    right = all_time(svc)
    path = tmp_path / "b.cache" / (f"{month}.json" if part == "months" else f"{month}.days.json")
    data = json.loads(path.read_text())
    for _net, _partner, totals in data[part]:
        for total in totals:
            total[2] = -5  # minutes below zero: not a total any file gives
    path.write_text(json.dumps(data))
    assert all_time(svc) == right == from_rows(svc)
    made_anew = json.loads(path.read_text())[part]
    assert all(total[2] >= 0 for _net, _partner, totals in made_anew for total in totals)


def test_a_month_damaged_after_it_was_cached_is_still_refused(svc: Service, tmp_path: Path) -> None:
    all_time(svc)
    path = old_month(tmp_path)
    data = json.loads(path.read_text())
    next(iter(data["contributions"].values()))["minutes"] = "a lot"
    path.write_text(json.dumps(data))
    with pytest.raises(CorruptStore, match="2025-03"):
        all_time(svc)
    with pytest.raises(CorruptStore, match="2025-03"):
        svc.store.contributions()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_cache_that_cannot_be_written_leaves_the_figures_right(
    svc: Service, tmp_path: Path
) -> None:
    (tmp_path / "b.cache").mkdir(exist_ok=True)
    (tmp_path / "b.cache").chmod(0o500)
    try:
        assert all_time(svc) == from_rows(svc)
    finally:
        (tmp_path / "b.cache").chmod(0o700)


def test_a_cache_in_the_way_of_a_file_leaves_the_figures_right(
    svc: Service, tmp_path: Path
) -> None:
    """A file where the cache folder goes (or any write error): figures right, no error."""
    (tmp_path / "b.cache").write_text("not a folder")
    assert all_time(svc) == from_rows(svc)


def test_a_month_kept_in_memory_shows_another_processs_entry(svc: Service, tmp_path: Path) -> None:
    """The rows a process keeps of a month are dropped when the file changes."""
    since = TODAY.replace(day=1)
    before = svc.store.contributions(since, TODAY)
    other = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    other.log(LogForm(network="gewerbe", partner="anna", time="45m", what="Messe"))
    after = svc.store.contributions(since, TODAY)
    assert len(after) == len(before) + 1
    assert "Messe" in {c.what for c in after}


def test_a_month_kept_in_memory_is_not_read_again(
    svc: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export reads its rows and then its report: the month file is parsed once."""
    import balance.store.db as db

    since = TODAY.replace(day=1)
    first = svc.store.contributions(since, TODAY)
    read: list[Path] = []
    real = db.read_json
    monkeypatch.setattr(db, "read_json", lambda path, *a: read.append(path) or real(path, *a))
    assert svc.store.contributions(since, TODAY) == first
    assert read == []


@pytest.mark.parametrize("warm", [False, True])
def test_an_entry_in_two_month_files_is_refused_by_a_check(
    svc: Service, tmp_path: Path, warm: bool
) -> None:
    """What a crash of a balance from before the journal left of a move to another month:
    the check reads day totals, not rows, and still names both files."""
    if warm:
        svc.report(svc.network("gewerbe"), svc.window("6m"))
    shards = tmp_path / "b.contributions"
    november = json.loads((shards / "2026-11.json").read_text())
    october = json.loads((shards / "2026-10.json").read_text())
    moved = dict(next(iter(november["contributions"].values())), date="2026-10-15")
    october["contributions"]["999"] = moved
    (shards / "2026-10.json").write_text(json.dumps(october))
    with pytest.raises(DuplicateEntry, match=r"2026-10\.json and .*2026-11\.json"):
        svc.report(svc.network("gewerbe"), svc.window("6m"))
    with pytest.raises(DuplicateEntry):
        svc.store.contributions()  # the rows say the same
