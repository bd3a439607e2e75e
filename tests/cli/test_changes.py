"""`balance edit`, `delete` and `undo`: by id or its start, across processes and faces."""

from __future__ import annotations

import json
from datetime import date, timedelta

from balance.core.forms import LogForm
from balance.service.api import Service
from tests.cli.support import ok, one_line_error, snapshot
from tests.conftest import Db, Runner

TODAY = date.today()
NET = "Gewerbeverein Hünfelden"


def setup(db: Db, run: Runner) -> str:
    """A network, Anna, one contribution today; returns its id."""
    ok(run("network", "add", NET, db=db))
    ok(run("partner", "add", "Anna Schmidt", "--network", "gewerbe", db=db))
    ok(
        run(
            "log",
            "--network",
            "gewerbe",
            "--partner",
            "anna",
            "--time",
            "1h",
            "--what",
            "Stammtisch",
            db=db,
        )
    )
    (row,) = ok(run("list", "--network", "gewerbe", "--json", db=db)).json()
    return str(row["id"])


def rows(db: Db, run: Runner) -> list[dict[str, object]]:
    return ok(run("list", "--network", "gewerbe", "--json", db=db)).json()


def test_edit_changes_only_the_given_fields_and_moves_months(db: Db, run: Runner) -> None:
    cid = setup(db, run)
    old_day = TODAY - timedelta(days=70)
    out = ok(
        run("edit", cid[:6], "--date", old_day.strftime("%d.%m.%Y"), "--money", "1.234,50", db=db)
    ).out
    assert out.startswith("Changed: You gave 1h, €1,234.50 with Anna Schmidt")
    (row,) = rows(db, run)
    assert (row["id"], row["date"], row["money"], row["minutes"]) == (
        cid,
        old_day.isoformat(),
        "1234.50",
        60,
    )
    assert (row["what"], row["partner"]) == ("Stammtisch", "Anna Schmidt")
    months = sorted(p.name for p in (db.root / "balance.contributions").iterdir())
    assert f"{old_day:%Y-%m}.json" in months
    ok(run("edit", cid, "--by", "partner", "--energy", "4", "--public", db=db))
    (row,) = rows(db, run)
    assert (row["by"], row["energy"], row["money"]) == ("partner", 4, "1234.50")


def test_edit_refusals_are_one_line_and_write_nothing(db: Db, run: Runner) -> None:
    cid = setup(db, run)
    before = snapshot(db.root)
    cases = [
        (("edit", cid, "--energy", "9"), "energy"),
        (("edit", cid, "--time", "0"), "amount"),  # nothing left but an empty contribution
        (("edit", cid), "nothing to change"),
        (("edit", cid, "--what", "Stammtisch"), "nothing to change"),
        (("edit", "abc", "--what", "x"), "at least 4"),
        (("edit", "ffffffff", "--what", "x"), "no contribution"),
        (("delete", "ffffffff"), "no contribution"),
        (("edit", cid, "--partner", "Nobody"), "partner"),
    ]
    for args, word in cases:
        err = one_line_error(run(*args, db=db))
        assert word in err, err
    assert snapshot(db.root) == before


def test_delete_then_undo_brings_it_back_with_its_id(db: Db, run: Runner) -> None:
    cid = setup(db, run)
    (before,) = rows(db, run)
    out = ok(run("delete", cid[:8], db=db)).out
    assert "Deleted" in out and "Stammtisch" in out and "balance undo" in out
    assert rows(db, run) == []
    assert ok(run("undo", db=db)).out == "Undone: the delete of 'Stammtisch' (it is back).\n"
    assert rows(db, run) == [before]


def test_undo_goes_back_step_by_step_across_processes_and_faces(db: Db, run: Runner) -> None:
    cid = setup(db, run)
    # Another face (the TUI holds a Service) in this process edits it to another month.
    svc = Service.open(db.path)
    old, new = svc.edit_fields(cid, date=(TODAY - timedelta(days=40)).isoformat(), what="moved")
    svc.log(LogForm(network="gewerbe", money="5", what="Kaffee"))
    assert {r["what"] for r in rows(db, run)} == {"moved", "Kaffee"}
    assert ok(run("undo", db=db)).out == "Undone: the log of 'Kaffee'.\n"
    assert ok(run("undo", db=db)).out == "Undone: the edit of 'moved'.\n"
    (row,) = rows(db, run)
    assert (row["id"], row["date"], row["what"]) == (cid, old.date.isoformat(), "Stammtisch")
    assert ok(run("undo", db=db)).out == "Undone: the log of 'Stammtisch'.\n"
    assert ok(run("undo", db=db)).out == "Undone: the change to the partner Anna Schmidt.\n"
    assert ok(run("undo", db=db)).out == f"Undone: the change to the network {NET}.\n"
    assert ok(run("undo", db=db)).out == "Nothing to undo.\n"
    assert ok(run("network", "list", "--json", db=db)).json() == []


def test_an_import_is_undone_as_one(db: Db, run: Runner) -> None:
    setup(db, run)
    csv = db.root.parent / "rows.csv"
    lines = [f"{NET};Neu;me;01.{m:02d}.2025;1h;;;Treffen {m}" for m in range(1, 13)]
    csv.write_text("network;partner;by;date;time;money;energy;what\n" + "\n".join(lines) + "\n")
    ok(run("import", str(csv), "--create-missing", db=db))
    assert len(rows(db, run)) == 13
    assert ok(run("undo", db=db)).out == "Undone: the import of 12 contributions.\n"
    assert [r["what"] for r in rows(db, run)] == ["Stammtisch"]
    partners = ok(run("partner", "list", "--json", db=db)).json()
    assert [p["name"] for p in partners] == ["Anna Schmidt"]  # the partner it made is gone too


def test_an_entry_an_old_crash_left_in_two_months_is_named_and_made_one(
    db: Db, run: Runner
) -> None:
    cid = setup(db, run)
    months = db.root / "balance.contributions"
    (here,) = months.iterdir()
    data = json.loads(here.read_text())
    doc = dict(next(iter(data["contributions"].values())), date="2025-01-15")
    (months / "2025-01.json").write_text(json.dumps({"contributions": {"1": doc}}))
    before = snapshot(db.root)
    err = one_line_error(run("list", "--network", "gewerbe", db=db), 3)
    assert cid in err and "2025-01.json" in err and here.name in err
    assert f"balance delete {cid} --month {here.name[:7]}" in err
    assert snapshot(db.root) == before
    ok(run("delete", cid, "--month", "2025-01", db=db))
    (row,) = rows(db, run)
    assert (row["id"], row["date"]) == (cid, TODAY.isoformat())
    ok(run("undo", db=db))  # the copy is back: the damage was the user's to remove
    one_line_error(run("list", "--network", "gewerbe", db=db), 3)
    ok(run("edit", cid, "--what", "repaired", db=db))  # an edit makes it one again
    assert [(r["id"], r["what"]) for r in rows(db, run)] == [(cid, "repaired")]
