"""The undo log kept with the data: bounded, every kind of operation, damage named."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from balance.core.forms import LogForm
from balance.service.api import Service
from balance.store.errors import StoreError
from balance.store.undo import UNDO_KEPT

TODAY = date(2026, 11, 28)


def service(path: Path) -> Service:
    svc = Service.open(path)
    svc._today = lambda: TODAY  # noqa: SLF001 - a fixed day for the snooze rules
    return svc


def test_the_last_hundred_operations_can_be_undone_and_no_more(tmp_path: Path) -> None:
    svc = service(tmp_path / "b.json")
    svc.add_network("Netz")
    for i in range(UNDO_KEPT + 5):
        svc.log(
            LogForm(
                network="netz",
                time="5m",
                date=(TODAY - timedelta(i % 20)).isoformat(),
                what=f"w{i}",
            )
        )
    assert len(list((tmp_path / "b.undo").iterdir())) == UNDO_KEPT
    for _ in range(UNDO_KEPT):
        assert svc.undo() is not None
    assert svc.undo() is None
    # The oldest operations fell out of the log: they stay.
    assert sorted(c.what for c in svc.store.contributions()) == [f"w{i}" for i in range(5)]
    assert [n.name for n in svc.directory().networks] == ["Netz"]


def test_talks_snoozes_and_network_edits_are_undone(tmp_path: Path) -> None:
    svc = service(tmp_path / "b.json")
    net = svc.add_network("Netz", goal="old goal")
    svc.edit_network(net, goal="new goal")
    svc.talk(net, None, "we talked", day=TODAY)
    before = svc.directory()
    svc.log(LogForm(network="netz", time="5h", what="alone"))
    svc.add_partner("Anna", ["netz"])
    svc.log(LogForm(network="netz", partner="anna", time="5h", what="for anna"))
    assert svc.undo().kind == "log"  # type: ignore[union-attr]
    assert svc.undo().kind == "partner"  # type: ignore[union-attr]
    assert svc.undo().kind == "log"  # type: ignore[union-attr]
    assert svc.directory() == before
    assert svc.undo().kind == "talk"  # type: ignore[union-attr]
    assert svc.directory().conversations == ()
    assert svc.undo().kind == "network"  # type: ignore[union-attr]
    assert svc.directory().networks[0].goal == "old goal"


def test_a_damaged_undo_record_is_named_and_nothing_changes(tmp_path: Path) -> None:
    svc = service(tmp_path / "b.json")
    svc.add_network("Netz")
    svc.log(LogForm(network="netz", time="5m", what="kept"))
    (newest,) = sorted((tmp_path / "b.undo").iterdir())[-1:]
    newest.write_bytes(b"{broken")
    with pytest.raises(StoreError, match=str(newest)):
        svc.undo()
    assert [c.what for c in svc.store.contributions()] == ["kept"]
    assert newest.read_bytes() == b"{broken"
    # Logging goes on: the undo log is never read for a write.
    svc.log(LogForm(network="netz", time="5m", what="more"))
    assert svc.undo().subject == "more"  # type: ignore[union-attr]


def test_a_face_taking_back_its_own_delete_leaves_nothing_for_undo_to_repeat(
    tmp_path: Path,
) -> None:
    svc = service(tmp_path / "b.json")
    svc.add_network("Netz")
    kept = svc.log(LogForm(network="netz", time="5m", what="kept"))
    gone = svc.delete(kept.id)
    svc.restore(gone)  # the TUI history's own undo
    assert svc.store.contributions() == [kept]
    # The next undo takes back the log, not the restore: the delete is gone from the log.
    assert svc.undo().kind == "log"  # type: ignore[union-attr]
    assert svc.store.contributions() == []
    assert svc.undo().kind == "network"  # type: ignore[union-attr]
    assert svc.store.contributions() == []


def test_a_session_undo_never_takes_back_what_another_process_did_since(tmp_path: Path) -> None:
    svc = service(tmp_path / "b.json")
    svc.add_network("Netz")
    c = svc.log(LogForm(network="netz", time="5m", what="first"))
    old, _ = svc.edit_fields(c.id, what="second")
    other = service(tmp_path / "b.json")
    other.edit_fields(c.id, what="third")
    svc.restore(old)  # puts "first" back as a new operation
    assert [x.what for x in svc.store.contributions()] == ["first"]
    assert svc.undo().kind == "edit"  # type: ignore[union-attr]
    assert [x.what for x in svc.store.contributions()] == ["third"]


def test_an_operation_that_changes_nothing_leaves_nothing_to_undo(tmp_path: Path) -> None:
    svc = service(tmp_path / "b.json")
    svc.add_network("Netz")
    svc.store.add_batch((), (), [])
    assert svc.undo().kind == "network"  # type: ignore[union-attr]
    assert svc.undo() is None


def test_an_undo_folder_that_is_a_file_stops_the_write_before_anything_changes(
    tmp_path: Path,
) -> None:
    svc = service(tmp_path / "b.json")
    svc.add_network("Netz")
    for f in (tmp_path / "b.undo").iterdir():
        f.unlink()
    (tmp_path / "b.undo").rmdir()
    (tmp_path / "b.undo").write_text("not a folder")
    before = (tmp_path / "b.json").read_bytes()
    with pytest.raises(StoreError, match="nothing was written"):
        svc.add_network("Zwei")
    assert (tmp_path / "b.json").read_bytes() == before
    assert [n.name for n in svc.directory().networks] == ["Netz"]
    assert list((tmp_path / "b.journal").iterdir()) == []


def test_an_import_over_several_months_is_taken_back_from_every_month(tmp_path: Path) -> None:
    svc = service(tmp_path / "b.json")
    svc.add_network("Netz")
    svc.log(LogForm(network="netz", time="5m", date="2026-02-03", what="kept"))
    csv = tmp_path / "rows.csv"
    months = ("01", "02", "03", "07")
    csv.write_text(
        "network;partner;date;time;what\n"
        + "".join(f"Netz;Neu;0{d}.{m}.2026;1h;row {m}/{d}\n" for m in months for d in (1, 2))
    )
    svc.import_csv(csv, create_missing=True)
    assert len(svc.store.contributions()) == 1 + 2 * len(months)
    assert svc.undo().kind == "import"  # type: ignore[union-attr]
    assert [c.what for c in svc.store.contributions()] == ["kept"]
    assert [p.name for p in svc.directory().partners] == []
