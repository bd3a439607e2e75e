"""One operation is one commit: killed at any os.replace or os.fsync, all or nothing.

A forked child (tests/store/crasher.py) does the operation and SIGKILLs itself
at the N-th call, for every N until it lives through; each copy is then opened
as the next command would, which finishes or discards what the journal holds.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from balance.core.model import Contribution, Network, Partner, new_id
from balance.store.db import Store
from balance.store.errors import CorruptStore

CRASHER = Path(__file__).with_name("crasher.py")
NET = "Gewerbeverein Hünfelden"


def crash_runs(base: Path, work: Path, func: str, *op: str) -> list[tuple[Path, bool]]:
    proc = subprocess.run(
        [sys.executable, str(CRASHER), str(base), str(work), func, *op],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    runs = [line.split() for line in proc.stdout.splitlines()]
    assert runs[-1][1] == "done" and all(r[1] == "killed" for r in runs[:-1]), proc.stdout
    return [(work / n / "balance.json", status == "killed") for n, status in runs]


def leftovers(root: Path) -> list[Path]:
    """Temp files and staged journal files: what a finished recovery must not leave."""
    return [
        p
        for p in root.rglob("*")
        if p.is_file() and (p.name.endswith(".tmp") or p.parent.name == "balance.journal")
    ]


def base_db(root: Path) -> Store:
    store = Store(root / "balance.json")
    store.save_network(Network(new_id(), NET))
    return store


@pytest.mark.parametrize("func", ["replace", "fsync"])
def test_a_twelve_month_import_killed_anywhere_is_all_or_nothing(tmp_path: Path, func: str) -> None:
    base = tmp_path / "base"
    store = base_db(base)
    net = store.directory().networks[0]
    kept = Contribution(new_id(), net.id, None, "me", date(2025, 3, 1), 5, Decimal(0), 0, "old")
    store.add_contribution(kept)
    store.add_contribution(
        Contribution(new_id(), net.id, None, "me", date(2025, 3, 2), 1, what="x")
    )
    csv = tmp_path / "year.csv"
    lines = [
        f"{NET};Neue Partnerin;me;15.{m:02d}.2025;1h;25,50;2;Treffen {m}" for m in range(1, 13)
    ]
    csv.write_text("network;partner;by;date;time;money;energy;what\n" + "\n".join(lines) + "\n")
    runs = crash_runs(base, tmp_path / "runs", func, "import", str(csv))
    assert len(runs) > 12  # every file of the import was a crash point
    outcomes = set()
    for db, killed in runs:
        store = Store(db)  # the next command
        rows = [c for c in store.contributions() if c.what.startswith("Treffen")]
        assert [c.id for c in store.contributions() if c.what == "old"] == [kept.id], db
        partners = [p.name for p in store.directory().partners]
        whats = sorted(c.what for c in rows)
        if rows:
            assert whats == sorted(f"Treffen {m}" for m in range(1, 13)), db
            assert len({c.id for c in rows}) == 12, db
            assert partners == ["Neue Partnerin"], db
        else:
            assert partners == [], db
        assert leftovers(db.parent) == [], db
        outcomes.add((killed, bool(rows)))
    # A crash before the commit mark leaves nothing: the fsyncs, and the replaces of the
    # month-totals cache that reading the months writes. Every replace of the data comes
    # after the mark: a crash there is rolled forward.
    assert outcomes == {(True, False), (True, True), (False, True)}


@pytest.mark.parametrize("func", ["replace", "fsync"])
def test_an_edit_across_months_killed_anywhere_leaves_exactly_one_copy(
    tmp_path: Path, func: str
) -> None:
    base = tmp_path / "base"
    store = base_db(base)
    net = store.directory().networks[0]
    c = Contribution(new_id(), net.id, None, "me", date(2026, 3, 5), 60, Decimal("2.50"), 1, "a")
    store.add_contribution(c)
    runs = crash_runs(base, tmp_path / "runs", func, "edit", c.id)
    seen = set()
    for db, _ in runs:
        rows = Store(db).contributions()
        assert [r.id for r in rows] == [c.id], db
        (row,) = rows
        assert (row.date, row.what) in {(c.date, "a"), (date(2026, 5, 1), "moved")}, db
        assert Store(db).find_contribution(c.id) == row
        assert leftovers(db.parent) == [], db
        seen.add(row.what)
    # Killed before the commit mark (an fsync, or a replace of the month-totals cache that
    # finding the entry writes), the edit is not there; after it, it is rolled forward.
    assert seen == {"a", "moved"}


def test_an_undo_killed_anywhere_takes_back_all_or_nothing(tmp_path: Path) -> None:
    base = tmp_path / "base"
    store = base_db(base)
    net = store.directory().networks[0]
    c = Contribution(new_id(), net.id, None, "me", date(2026, 3, 5), 60, Decimal("2.50"), 1, "a")
    store.add_contribution(c)
    store.replace_contribution(
        Contribution(c.id, net.id, None, "me", date(2026, 7, 1), 5, Decimal(0), 0, "b")
    )
    for db, _ in crash_runs(base, tmp_path / "runs", "replace", "undo"):
        store = Store(db)
        (row,) = store.contributions()
        assert row.what in {"a", "b"}, db
        # Undone exactly once: the log still holds the edit only if the edit is still there.
        undone = store.undo()
        assert (undone is not None and undone.kind) == ("edit" if row.what == "b" else "log")


def test_a_partner_merge_over_three_months_killed_anywhere_is_all_or_nothing(
    tmp_path: Path,
) -> None:
    base = tmp_path / "base"
    store = base_db(base)
    net = store.directory().networks[0]
    anna, alt = Partner(new_id(), "Anna Schmidt", (net.id,)), Partner(new_id(), "A. S.", (net.id,))
    store.add_batch((), [anna, alt], [])
    for month in (1, 4, 9):
        day = date(2026, month, 2)
        store.add_contribution(Contribution(new_id(), net.id, alt.id, "partner", day, 30, what="x"))
    for db, _ in crash_runs(base, tmp_path / "runs", "replace", "merge", "A. S."):
        store = Store(db)
        owners = {c.partner_id for c in store.contributions()}
        names = sorted(p.name for p in store.directory().partners)
        assert len(store.contributions()) == 3, db
        assert (owners, names) in [
            ({alt.id}, ["A. S.", "Anna Schmidt"]),
            ({anna.id}, ["Anna Schmidt"]),
        ]
        assert leftovers(db.parent) == [], db


def test_a_commit_mark_cut_short_is_an_operation_that_never_happened(tmp_path: Path) -> None:
    store = base_db(tmp_path)
    before = (tmp_path / "balance.json").read_bytes()
    journal = tmp_path / "balance.journal"
    (journal / "0.new").write_bytes(b'{"_meta": {"1": {"schema": 1}}}')
    (journal / "commit.json").write_bytes(b'{"targets": {"0": {"path": "bal')
    assert [n.name for n in Store(tmp_path / "balance.json").directory().networks] == [NET]
    assert (tmp_path / "balance.json").read_bytes() == before
    assert list(journal.iterdir()) == []
    assert store.directory().networks


def test_a_damaged_month_met_half_way_through_an_import_leaves_every_file_as_it_was(
    tmp_path: Path,
) -> None:
    """The months are made and staged one after another: the ones staged before the
    damaged one are discarded, and no file (nor the undo log) changes."""
    store = base_db(tmp_path)
    net = store.directory().networks[0]
    for month in (1, 6):
        store.add_contribution(
            Contribution(new_id(), net.id, None, "me", date(2025, month, 1), 5, what="old")
        )
    (tmp_path / "balance.contributions" / "2025-06.json").write_bytes(b'{"contributions": [')
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    rows = [
        Contribution(new_id(), net.id, None, "me", date(2025, m, 2), 5, what=f"new {m}")
        for m in range(1, 13)
    ]
    with pytest.raises(CorruptStore, match="2025-06.json"):
        store.add_batch([], [Partner(new_id(), "Neu", (net.id,))], rows)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
