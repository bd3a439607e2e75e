"""`network|partner rename|merge`: one operation each, refused cleanly, undone whole."""

from __future__ import annotations

from typing import Any

from tests.cli.support import ok, one_line_error, snapshot
from tests.conftest import Db, Runner

NET = "Gewerbeverein Hünfelden"


def setup(db: Db, run: Runner) -> None:
    """Two networks; Anna Schmidt in one, 'A. Schmidt' (the same person) in the other,
    with contributions in two months and a talk."""
    ok(run("network", "add", NET, db=db))
    ok(run("network", "add", "TSV Sportverein", db=db))
    ok(run("network", "add", "Schweizer Club", "--currency", "CHF", db=db))
    ok(run("partner", "add", "Anna Schmidt", "--network", "gewerbe", db=db))
    ok(run("partner", "add", "A. Schmidt", "--network", "tsv", db=db))
    log = ("log", "--time", "1h", "--by", "partner")
    ok(run(*log, "--network", "gewerbe", "--partner", "anna", "--what", "a", db=db))
    ok(run(*log, "--network", "tsv", "--partner", "a. s", "--what", "b", "--date", "-40d", db=db))
    ok(run(*log, "--network", "tsv", "--partner", "a. s", "--what", "c", "--date", "-70d", db=db))
    ok(run("talk", "--network", "tsv", "--partner", "a. s", "--notes", "hallo", db=db))


def listing(db: Db, run: Runner, network: str) -> list[dict[str, Any]]:
    return ok(run("list", "--network", network, "--json", db=db)).json()


def partners(db: Db, run: Runner) -> dict[str, list[str]]:
    return {
        p["name"]: sorted(p["networks"]) for p in ok(run("partner", "list", "--json", db=db)).json()
    }


def test_partner_merge_moves_everything_and_undo_takes_it_all_back(db: Db, run: Runner) -> None:
    setup(db, run)
    before = snapshot(db.root / "balance.contributions")
    out = ok(run("partner", "merge", "a. schmidt", "--into", "Anna Schmidt", db=db)).out
    assert out == (
        "Merged the partner A. Schmidt into Anna Schmidt: 2 contributions and 1 talk moved. "
        "`balance undo` takes it back.\n"
    )
    assert partners(db, run) == {"Anna Schmidt": sorted([NET, "TSV Sportverein"])}
    assert {r["partner"] for r in listing(db, run, "tsv")} == {"Anna Schmidt"}
    briefing = ok(run("check", "--network", "tsv", "--partner", "anna", db=db)).out
    assert "hallo" in briefing  # the talk came along
    assert ok(run("undo", db=db)).out == "Undone: the merge of A. Schmidt into Anna Schmidt.\n"
    assert partners(db, run) == {"A. Schmidt": ["TSV Sportverein"], "Anna Schmidt": [NET]}
    assert {r["partner"] for r in listing(db, run, "tsv")} == {"A. Schmidt"}
    months = snapshot(db.root / "balance.contributions")
    assert months.keys() == before.keys()


def test_network_merge_keeps_the_target_and_refuses_mixed_currencies(db: Db, run: Runner) -> None:
    setup(db, run)
    ok(run("network", "merge", "tsv", "--into", "gewerbe", db=db))
    names = [n["name"] for n in ok(run("network", "list", "--json", db=db)).json()]
    assert names == [NET, "Schweizer Club"]
    assert sorted(r["what"] for r in listing(db, run, "gewerbe")) == ["a", "b", "c"]
    assert partners(db, run) == {"A. Schmidt": [NET], "Anna Schmidt": [NET]}
    before = snapshot(db.root)
    err = one_line_error(run("network", "merge", "schweizer", "--into", "gewerbe", db=db))
    assert "CHF" in err and "EUR" in err
    err = one_line_error(run("network", "merge", "gewerbe", "--into", "Gewerbeverein", db=db))
    assert "itself" in err
    assert snapshot(db.root) == before


def test_rename_is_undoable_and_a_taken_name_is_refused(db: Db, run: Runner) -> None:
    setup(db, run)
    assert ok(run("partner", "rename", "anna", "Anna Müller", db=db)).out == (
        "Renamed the partner Anna Schmidt to Anna Müller.\n"
    )
    assert {r["partner"] for r in listing(db, run, "gewerbe")} == {"Anna Müller"}
    before = snapshot(db.root)
    err = one_line_error(run("partner", "rename", "a. s", "anna muller", db=db))
    assert "Anna Müller" in err and "merge" in err
    err = one_line_error(run("network", "rename", "tsv", "GEWERBEVEREIN HÜNFELDEN", db=db))
    assert "exists already" in err
    assert snapshot(db.root) == before
    ok(run("network", "rename", "tsv", "TSV 1860", db=db))
    assert listing(db, run, "TSV 1860")[0]["network"] == "TSV 1860"
    ok(run("undo", db=db))
    ok(run("undo", db=db))
    assert {r["partner"] for r in listing(db, run, "gewerbe")} == {"Anna Schmidt"}
    assert listing(db, run, "tsv")[0]["network"] == "TSV Sportverein"


def test_archive_hides_from_the_overview_and_keeps_every_figure(db: Db, run: Runner) -> None:
    setup(db, run)
    ok(run("log", "--network", "gewerbe", "--time", "2h", "--what", "mine", db=db))
    before = ok(run("check", "--network", "gewerbe", "--json", db=db)).json()
    assert (
        ok(run("partner", "archive", "anna", db=db)).out == "Archived the partner Anna Schmidt.\n"
    )
    ok(run("network", "archive", "tsv", db=db))
    overview = ok(run("check", "--json", db=db)).json()
    assert [r["network"] for r in overview] == [NET, "Schweizer Club"]
    (gewerbe,) = [r for r in overview if r["network"] == NET]
    assert gewerbe["partners"] == []  # no card for Anna any more
    # ... but what she gave still counts for the network, and her entries are all there.
    assert gewerbe["network_balance"] == before["network_balance"]
    assert ok(run("check", "--network", "gewerbe", "--json", db=db)).json()["partners"] == []
    assert {r["what"] for r in listing(db, run, "gewerbe")} == {"a", "mine"}
    assert (
        "TSV Sportverein · professional · EUR · 1 partner · archived"
        in ok(run("network", "list", db=db)).out
    )
    assert "Anna Schmidt · " + NET + " · archived" in ok(run("partner", "list", db=db)).out
    assert ok(run("check", "--network", "tsv", db=db)).out.startswith("TSV Sportverein")
    assert ok(run("undo", db=db)).out == "Undone: the archiving of TSV Sportverein.\n"
    ok(run("partner", "unarchive", "anna", db=db))
    after = ok(run("check", "--network", "gewerbe", "--json", db=db)).json()
    assert [p["name"] for p in after["partners"]] == ["Anna Schmidt"]
    assert after == before
