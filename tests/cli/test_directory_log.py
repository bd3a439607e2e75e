"""The CLI contract of DESIGN.md, through `python -m balance` in a subprocess.

One populated database is built once per module through the CLI itself
(network add, partner add, log with every input form); read-only tests share
it, and tests that write (or must prove that they did not) work on a copy.
Dates are relative to the real `date.today()`, because that is what the app uses.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.cli.support import (
    GEWERBE,
    LIST_KEYS,
    TODAY,
    TSV,
    World,
    by_what,
    german,
    ok,
    one_line_error,
)

if TYPE_CHECKING:
    from tests.conftest import Db, Runner
# --------------------------------------------------------------------- networks, partners


def test_network_add_prints_what_it_did_and_creates_a_private_file(world: World) -> None:
    assert world.setup["network gewerbe"].out == f"Added network {GEWERBE} (professional, EUR).\n"
    assert world.setup["network tsv"].out == f"Added network {TSV} (private, CHF).\n"
    assert world.db.path.stat().st_mode & 0o777 == 0o600
    assert list((world.db.root / "balance.contributions").glob("*.json"))


def test_network_list_json_has_the_canvas_with_exact_strings(world: World, run: Runner) -> None:
    networks = ok(run("network", "list", "--json", db=world.db)).json()
    assert [n["name"] for n in networks] == [GEWERBE, TSV]
    gew, tsv = networks
    assert gew["kind"] == "professional" and gew["currency"] == "EUR"
    assert gew["motivation"] == "meet the businesses of the region"
    assert gew["expectations"] == ["openness", "transparency", "commitment"]
    assert gew["goal"] == "more joint work in the region"
    assert gew["success"] == "two joint projects a year"
    assert gew["budget"] == {"minutes": 240, "money": "50.00", "energy": 10}
    assert gew["weights"] == {"time": "1", "money": "1", "energy": "1"}
    assert gew["partners"] == 4
    assert tsv["kind"] == "private" and tsv["currency"] == "CHF"
    assert tsv["expectations"] == ["team spirit"]
    assert tsv["budget"] == {"minutes": 90, "money": "1234.50", "energy": None}
    assert tsv["weights"] == {"time": "1", "money": "0", "energy": "1"}
    assert (tsv["lean_ratio"], tsv["imbalance_ratio"]) == ("1.4", "2.5")
    assert tsv["partners"] == 2
    assert all(isinstance(n["id"], str) and len(n["id"]) >= 16 for n in networks)


def test_network_list_text(world: World, run: Runner) -> None:
    out = ok(run("network", "list", db=world.db)).out
    lines = out.splitlines()
    assert len(lines) == 2
    assert GEWERBE in lines[0] and "professional" in lines[0] and "EUR" in lines[0]
    assert "more joint work in the region" in lines[0]
    assert TSV in lines[1] and "private" in lines[1] and "CHF" in lines[1]


def test_network_edit_goal_and_rename(world: World, run: Runner, tmp_path: Path) -> None:
    db = world.copy(tmp_path)
    assert "Updated" in ok(run("network", "edit", "gewerbe", "--goal", "a new goal", db=db)).out
    ok(run("network", "edit", "tsv", "--rename", "TSV Hünfelden 1907", db=db))
    networks = ok(run("network", "list", "--json", db=db)).json()
    names = {n["name"]: n for n in networks}
    assert set(names) == {GEWERBE, "TSV Hünfelden 1907"}
    assert names[GEWERBE]["goal"] == "a new goal"
    # the rest of the canvas is untouched
    assert names[GEWERBE]["budget"] == {"minutes": 240, "money": "50.00", "energy": 10}
    assert names["TSV Hünfelden 1907"]["weights"]["money"] == "0"
    assert names["TSV Hünfelden 1907"]["partners"] == 2


def test_partner_add_twice_adds_a_network(world: World, run: Runner) -> None:
    assert world.setup["anna 1"].out.startswith("Added partner Anna Schmidt")
    second = world.setup["anna 2"].out
    assert (
        second.startswith("Added Anna Schmidt to more networks")
        and TSV in second
        and GEWERBE in second
    )
    partners = ok(run("partner", "list", "--json", db=world.db)).json()
    names = [p["name"] for p in partners]
    assert sorted(names) == sorted(["Anna Schmidt", "Anna Schäfer", "Jürgen Weiß", "Klaus Becker"])
    anna = next(p for p in partners if p["name"] == "Anna Schmidt")
    assert set(anna["networks"]) == {GEWERBE, TSV}


def test_partner_list_of_a_network_json(world: World, run: Runner) -> None:
    partners = ok(run("partner", "list", "--network", "tsv", "--json", db=world.db)).json()
    assert [p["name"] for p in partners] == ["Anna Schmidt", "Jürgen Weiß"]
    for p in partners:
        assert set(p["networks"]) == {GEWERBE, TSV}
        assert isinstance(p["id"], str) and p["id"]


# ------------------------------------------------------------------------------ log, list


def test_log_confirms_in_one_line(world: World) -> None:
    out = world.setup["log anna 0"].out
    assert out.count("\n") == 1
    assert "Anna Schmidt" in out and "1h 30m" in out and (TODAY - timedelta(1)).isoformat() in out
    assert "Jürgen Weiß gave" in world.setup["log juergen 0"].out


def test_list_json_keys_and_exact_values(listing: list[dict[str, Any]]) -> None:
    assert len(listing) == 11
    for row in listing:
        assert LIST_KEYS <= set(row), row
        assert isinstance(row["money"], str)
        assert isinstance(row["minutes"], int)
        assert row["energy"] is None or isinstance(row["energy"], int)
        assert row["network"] == GEWERBE
    assert len({r["id"] for r in listing}) == 11
    assert [r["date"] for r in listing] == sorted(r["date"] for r in listing)

    first = by_what(listing, "Stammtisch organised")
    assert first["partner"] == "Anna Schmidt" and first["by"] == "me"
    assert first["date"] == (TODAY - timedelta(days=1)).isoformat()
    assert (first["minutes"], first["money"], first["energy"]) == (90, "1234.50", 3)
    assert first["tags"] == ["Stammtisch", "orga"]
    assert (first["note"], first["private"]) == ("booked the room", False)

    flyers = by_what(listing, "flyers printed")
    assert (flyers["minutes"], flyers["money"]) == (90, "25.00")
    assert flyers["date"] == (TODAY - timedelta(days=3)).isoformat()

    news = by_what(listing, "newsletter written")
    assert (news["minutes"], news["money"], news["energy"]) == (90, "0.00", 4)
    assert news["date"] == (TODAY - timedelta(days=10)).isoformat()
    assert news["private"] is True and news["note"] == "she never answers mails"

    guests = by_what(listing, "brought two guests")
    assert (guests["by"], guests["partner"], guests["minutes"]) == ("partner", "Anna Schmidt", 30)
    assert guests["date"] == (TODAY - timedelta(days=20)).isoformat()

    evening = by_what(listing, "evening at the Rathaus")
    assert evening["partner"] is None and evening["money"] == "10.00"
    assert evening["date"] == TODAY.isoformat()


def test_case_and_accent_blind_names(listing: list[dict[str, Any]]) -> None:
    juergen = [r for r in listing if r["partner"] == "Jürgen Weiß"]
    assert len(juergen) == 4  # jurgen, weiss, JÜRGEN WEISS and the exact name
    drinks = by_what(listing, "paid the drinks")
    assert (drinks["by"], drinks["money"], drinks["minutes"]) == ("partner", "40.00", 60)
    assert drinks["date"] == (TODAY - timedelta(days=5)).isoformat()
    client = by_what(listing, "introduced a client")
    assert client["date"] == (TODAY - timedelta(days=15)).isoformat() and client["minutes"] == 45


def test_list_of_one_partner_and_since_until(
    world: World, run: Runner, listing: list[dict[str, Any]]
) -> None:
    since, until = TODAY - timedelta(days=12), TODAY - timedelta(days=2)
    rows = ok(
        run(
            *("list", "--network", "gewerbe", "--since", german(since), "--until", "-2d"),
            "--json",
            db=world.db,
        )
    ).json()
    expected = [r["id"] for r in listing if since.isoformat() <= r["date"] <= until.isoformat()]
    assert [r["id"] for r in rows] == expected
    assert {r["what"] for r in rows} >= {"flyers printed", "newsletter written", "paid the drinks"}

    text = ok(run("list", "--network", "gewerbe", "--partner", "anna schmidt", db=world.db)).out
    assert "4 contributions." in text
    assert "Stammtisch organised" in text and "Jürgen" not in text


def test_list_in_another_currency(world: World, run: Runner) -> None:
    (row,) = ok(run("list", "--network", "tsv", "--json", db=world.db)).json()
    assert (row["money"], row["minutes"], row["energy"]) == ("12.50", 120, 2)
    assert row["date"] == (TODAY - timedelta(days=2)).isoformat()


def test_log_to_a_database_that_does_not_exist_creates_nothing(db: Db, run: Runner) -> None:
    err = one_line_error(run("log", "--network", "x", "--time", "5", "--what", "y", db=db))
    assert "network" in err
    assert not db.root.exists() or not any(db.root.iterdir())
