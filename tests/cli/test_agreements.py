"""`balance agreement`, `balance talks`, `talk --private-notes`, and editing and
deleting talks and values by id, as a user runs them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from tests.cli.support import ok, one_line_error, snapshot

if TYPE_CHECKING:
    from tests.conftest import Db, Runner

TODAY = date.today()
TALK_DAY = TODAY - timedelta(days=40)
LOGGED = (TALK_DAY - timedelta(days=5)).isoformat()
DUE = (TALK_DAY + timedelta(days=10)).isoformat()


def setup(run: Runner, db: Db) -> None:
    ok(run("network", "add", "Gewerbeverein Hünfelden", db=db))
    ok(run("partner", "add", "Anna Schmidt", "--network", "gewerbe", db=db))
    ok(run("log", "--network", "gewerbe", "--partner", "anna", "--by", "partner", "--time", "1h",
           "--date", LOGGED, "--what", "Stand", db=db))  # fmt: skip
    ok(run("talk", "--network", "gewerbe", "--partner", "anna", "--notes", "Geheime Zahlen",
           "--date", TALK_DAY.isoformat(), "--private-notes",
           "--agree", f"partner: organisiert den Stammtisch (due {DUE})",
           "--agree", "Flyer teilen", db=db))  # fmt: skip


def agreements(run: Runner, db: Db, *extra: str) -> list[dict]:
    return ok(run("agreement", "list", "--json", *extra, db=db)).json()


def test_agreements_are_listed_ticked_dropped_and_undone(run: Runner, db: Db) -> None:
    setup(run, db)
    items = agreements(run, db)
    assert [(a["text"], a["owes"], a["state"], a["overdue"]) for a in items] == [
        ("organisiert den Stammtisch", "partner", "open", True),
        ("Flyer teilen", "both", "open", False),
    ]
    text = ok(run("agreement", "list", "--open", db=db)).out
    assert "Anna Schmidt: organisiert den Stammtisch" in text and "overdue since" in text
    done = ok(run("agreement", "done", items[0]["id"][:6], db=db)).out
    assert done.startswith("Done: Anna Schmidt: organisiert den Stammtisch · done ")
    assert [a["text"] for a in agreements(run, db, "--open")] == ["Flyer teilen"]
    ok(run("agreement", "drop", items[1]["id"][:6], db=db))
    assert agreements(run, db, "--open") == []
    assert [a["state"] for a in agreements(run, db)] == ["done", "dropped"]
    assert agreements(run, db)[0]["closed"] == TODAY.isoformat()
    # Ticking it again is an error; undo reopens the last one.
    before = snapshot(db.root)
    assert "done already" in one_line_error(run("agreement", "done", items[0]["id"], db=db))
    assert snapshot(db.root) == before
    assert "open again" in ok(run("undo", db=db)).out
    assert [a["text"] for a in agreements(run, db, "--open")] == ["Flyer teilen"]


def test_check_shows_since_the_last_talk_and_json_carries_open_agreements(
    run: Runner, db: Db
) -> None:
    setup(run, db)
    out = ok(run("check", "--network", "gewerbe", "--partner", "anna", db=db)).out
    assert f"Since the last talk ({TALK_DAY.day} {TALK_DAY:%b %Y})" in out
    last = TALK_DAY - timedelta(days=5)
    assert f"Anna Schmidt: nothing logged since {last.day} {last:%b %Y}" in out
    assert "open agreements: 2, 1 overdue" in out
    report = ok(run("check", "--network", "gewerbe", "--json", db=db)).json()
    anna = report["partners"][0]
    assert [a["text"] for a in anna["agreements"]] == ["organisiert den Stammtisch", "Flyer teilen"]
    assert anna["agreements"][0]["overdue"] is True


def test_a_talk_is_corrected_and_deleted_by_its_id_with_undo(run: Runner, db: Db) -> None:
    setup(run, db)
    talks = ok(run("talks", "--json", db=db)).json()
    assert len(talks) == 1 and talks[0]["private"] is True
    tid = talks[0]["id"]
    ok(run("agreement", "done", agreements(run, db)[0]["id"], db=db))
    kept = f"partner: organisiert den Stammtisch (due {DUE})"
    edit = ("edit", tid[:8], "--notes", "Ziele besprochen", "--public-notes", "--agree", kept)
    changed = ok(run(*edit, db=db))
    assert "Changed the talk with Anna Schmidt" in changed.out
    after = ok(run("talks", "--json", db=db)).json()[0]
    assert after["notes"] == "Ziele besprochen" and after["private"] is False
    # The agreement kept is the same one, still done; the one left out is gone.
    assert [(a["text"], a["state"]) for a in agreements(run, db)] == [
        ("organisiert den Stammtisch", "done")
    ]
    before = snapshot(db.root)
    assert "not a field of a talk" in one_line_error(run("edit", tid, "--money", "5", db=db))
    assert snapshot(db.root) == before
    deleted = ok(run("delete", tid[:8], db=db)).out
    assert "Deleted the talk with Anna Schmidt" in deleted and "undo" in deleted
    assert ok(run("talks", "--json", db=db)).json() == [] and agreements(run, db) == []
    ok(run("undo", db=db))
    assert ok(run("talks", "--json", db=db)).json()[0]["notes"] == "Ziele besprochen"


def test_a_value_is_deleted_by_its_id_and_undo_brings_it_back(run: Runner, db: Db) -> None:
    setup(run, db)
    ok(run("value", "--network", "gewerbe", "--partner", "anna", "--kind", "referral",
           "--what", "Kontakt Müller", db=db))  # fmt: skip
    vid = ok(run("list", "--network", "gewerbe", "--values", "--json", db=db)).json()[0]["id"]
    out = ok(run("delete", vid[:8], db=db)).out
    assert out.startswith("Deleted a referral for you from Anna Schmidt") and "undo" in out
    assert ok(run("list", "--network", "gewerbe", "--values", "--json", db=db)).json() == []
    ok(run("undo", db=db))
    assert len(ok(run("list", "--network", "gewerbe", "--values", "--json", db=db)).json()) == 1


def test_bad_agreement_input_is_one_line_and_writes_nothing(run: Runner, db: Db) -> None:
    setup(run, db)
    before = snapshot(db.root)
    bad = run("talk", "--network", "gewerbe", "--partner", "anna", "--notes", "x",
              "--agree", "me: Flyer (due gestern)", db=db)  # fmt: skip
    assert one_line_error(bad).startswith("balance: agreement: the due day")
    assert "give at least 4 characters" in one_line_error(run("agreement", "done", "ab", db=db))
    assert "no agreement" in one_line_error(run("agreement", "drop", "ffffffff", db=db))
    assert snapshot(db.root) == before
