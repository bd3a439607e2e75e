"""The CLI through a subprocess: a misspelt command or option gets the closest
one, and `--json` writes money with two decimals and minutes as whole numbers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.cli.support import ok, one_line_error, snapshot

if TYPE_CHECKING:
    from tests.conftest import Db, Runner

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["lgo"], "unknown command 'lgo' (did you mean log?)"),
        (["chek"], "unknown command 'chek' (did you mean check?)"),
        (["network", "lsit"], "unknown command 'lsit' (did you mean list?)"),
        (
            ["log", "--netwrok", "gv", "--what", "x", "--time", "1h"],
            "unknown option --netwrok (did you mean --network?)",
        ),
        (["log", "--network", "gv", "--wat", "x"], "unknown option --wat (did you mean --what?)"),
        (["check", "--windwo", "3m"], "unknown option --windwo (did you mean --window?)"),
    ],
)
def test_a_misspelling_gets_the_closest_command_or_option(
    run: Runner, db: Db, args: list[str], said: str
) -> None:
    error = one_line_error(run(*args, db=db))
    assert said in error
    assert "required" not in error  # the misspelling, not the missing --network
    assert not db.path.exists()


def test_an_abbreviated_option_still_works_and_nothing_like_it_gets_no_guess(
    run: Runner, db: Db
) -> None:
    ok(run("network", "add", "Gewerbeverein", db=db))
    ok(run("log", "--net", "gewerbe", "--what", "Stammtisch", "--time", "1h", db=db))
    before = snapshot(db.root)
    error = one_line_error(run("log", "--xyzzy", "1", db=db))
    assert "unknown option --xyzzy" in error and "did you mean" not in error
    assert snapshot(db.root) == before


def test_json_money_has_two_decimals_and_minutes_are_whole(run: Runner, db: Db) -> None:
    ok(run("network", "add", "Gewerbeverein", "--budget-money", "50", db=db))
    ok(run("partner", "add", "Anna", "--network", "gewerbe", db=db))
    ok(run("partner", "add", "Jürgen", "--network", "gewerbe", db=db))
    for partner, by, amounts in (
        ("anna", "me", ["--time", "45m", "--money", "25,5"]),
        ("anna", "partner", ["--time", "30m", "--money", "1.234"]),  # a thousand, German
        ("jürgen", "me", ["--time", "15m", "--money", "25"]),
        ("jürgen", "partner", ["--time", "15m", "--energy", "2"]),
    ):
        ok(
            run(
                "log",
                "--network",
                "gewerbe",
                "--partner",
                partner,
                "--by",
                by,
                "--date",
                YESTERDAY,
                "--what",
                "x",
                *amounts,
                db=db,
            )  # fmt: skip
        )
    rows = ok(run("list", "--network", "gewerbe", "--json", db=db)).json()
    assert sorted(r["money"] for r in rows) == ["0.00", "1234.00", "25.00", "25.50"]
    check = ok(run("check", "--network", "gewerbe", "--json", db=db)).json()
    assert check["theirs"]["money"] == "1234.00"  # all partners together
    assert isinstance(check["theirs"]["minutes"], int) and check["theirs"]["minutes"] == 45
    anna = next(p for p in check["partners"] if p["name"] == "Anna")
    assert anna["mine"]["money"] == "25.50" and anna["theirs"]["money"] == "1234.00"
    juergen = next(p for p in check["partners"] if p["name"] == "Jürgen")
    assert juergen["theirs"]["money"] == "0.00"  # not "0"
    (net,) = ok(run("network", "list", "--json", db=db)).json()
    assert net["budget"]["money"] == "50.00"
