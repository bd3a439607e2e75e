"""`balance value`, `balance config --name` and the exchange in `check --json`, as a
user runs them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import Db, Runner

TODAY = date.today()


def setup(run: Runner, db: Db, days_ago: int = 1) -> None:
    assert run("network", "add", "Gewerbeverein Hünfelden", db=db).code == 0
    assert run("partner", "add", "Anna Schmidt", "--network", "gewerbe", db=db).code == 0
    for d in (days_ago, days_ago + 1, days_ago + 2):
        day = (TODAY - timedelta(days=d)).isoformat()
        args = ("log", "--network", "gewerbe", "--partner", "anna", "--time", "2h")
        assert run(*args, "--date", day, "--what", "Stammtisch", db=db).code == 0


def anna(run: Runner, db: Db, *window: str) -> dict:
    result = run("check", "--network", "gewerbe", "--json", *window, db=db)
    assert result.code == 0, result
    report = result.json()  # one network: one object
    return next(p for p in report["partners"] if p["name"] == "Anna Schmidt")


def test_value_turns_a_one_sided_partnership_into_fair_trade(run: Runner, db: Db) -> None:
    setup(run, db)
    before = anna(run, db)
    assert before["exchange"] == "one_sided" and before["prompt"]
    out = run(
        "value", "--network", "gewerbe", "--partner", "anna", "--kind", "business",
        "--what", "Auftrag Ladenbau", "--amount", "2.400,00", db=db,
    )  # fmt: skip
    assert out.code == 0, out
    assert out.out.count("\n") == 1 and "(€2,400.00)" in out.out and "Anna Schmidt" in out.out
    for kind in ("referral", "Empfehlung"):
        args = ("value", "--network", "gewerbe", "--partner", "anna", "--kind", kind)
        assert run(*args, "--what", "Kontakt", db=db).code == 0
    after = anna(run, db)
    assert after["exchange"] == "fair_trade" and not after["prompt"]
    assert after["values"]["mine"] == {
        "items": 3,
        "kinds": {"referral": 2, "business": 1},
        "amount": "2400.00",
    }
    assert after["value_share"] == 1.0
    listing = run("list", "--network", "gewerbe", "--values", "--json", db=db).json()
    assert [v["kind"] for v in listing] == ["business", "referral", "referral"]
    assert all(v["type"] == "value" and v["to"] == "me" for v in listing)
    assert listing[0]["amount"] == "2400.00"


def test_bad_value_is_one_line_exit_2_and_writes_nothing(run: Runner, db: Db) -> None:
    setup(run, db)
    before = {p: p.read_bytes() for p in db.root.rglob("*.json")}
    for args, field in (
        (("--kind", "gold"), "kind"),
        (("--kind", "referral", "--to", "xyz"), "to"),
        (("--kind", "business", "--amount", "-5"), "amount"),
        (("--kind", "referral", "--date", "31.02.2026"), "date"),
    ):
        result = run("value", "--network", "gewerbe", "--what", "x", *args, db=db)
        assert result.code == 2, result
        assert result.err.count("\n") == 1 and field in result.err
    assert {p: p.read_bytes() for p in db.root.rglob("*.json")} == before


def test_the_window_never_changes_the_prompt(run: Runner, db: Db) -> None:
    setup(run, db, days_ago=250)  # imbalanced 8 months ago: outside the 6-month alarm
    shown = {w: anna(run, db, "--window", w) for w in ("3m", "6m", "12m", "all")}
    assert shown["12m"]["mine"]["minutes"] == 360 and shown["3m"]["mine"]["minutes"] == 0
    assert shown["12m"]["exchange"] == "one_sided"
    assert {p["prompt"] for p in shown.values()} == {False}


def test_config_name(run: Runner, db: Db) -> None:
    setup(run, db)
    assert "not set" in run("config", db=db).out
    result = run("config", "--name", "Petra Vogel", db=db)
    assert result.code == 0 and "Petra Vogel" in result.out
    assert "Petra Vogel" in run("config", db=db).out
    bad = run("config", "--name", "  ", db=db)
    assert bad.code == 2 and "name" in bad.err


def test_energy_left_empty_is_null_in_json(run: Runner, db: Db) -> None:
    setup(run, db)
    rows = run("list", "--network", "gewerbe", "--json", db=db).json()
    assert {r["energy"] for r in rows} == {None}
    assert anna(run, db)["mine"]["energy"] is None
