"""The CLI contract of DESIGN.md, through `python -m balance` in a subprocess.

One populated database is built once per module through the CLI itself
(network add, partner add, log with every input form); read-only tests share
it, and tests that write (or must prove that they did not) work on a copy.
Dates are relative to the real `date.today()`, because that is what the app uses.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from dateutil.relativedelta import relativedelta

if TYPE_CHECKING:
    from .conftest import Db, Result, Runner

TODAY = date.today()
GEWERBE = "Gewerbeverein Hünfelden"
TSV = "TSV Sportverein"
QUESTION_PHRASES = ("What is my motivation", "appreciation", "Mehrwert")
LIST_KEYS = {
    "id",
    "network",
    "partner",
    "by",
    "date",
    "minutes",
    "money",
    "energy",
    "what",
    "note",
    "tags",
    "private",
}


def german(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def snapshot(root: Path) -> dict[str, str]:
    """Every file under `root` with the hash of its bytes: the database, byte for byte."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def ok(result: Result) -> Result:
    assert result.code == 0, str(result)
    assert result.err == "", str(result)
    return result


def one_line_error(result: Result, code: int = 2) -> str:
    """The result is a refusal: exit `code`, nothing on stdout, exactly one line on stderr."""
    assert result.code == code, str(result)
    assert result.out == "", str(result)
    assert result.err.endswith("\n") and result.err.count("\n") == 1, str(result)
    assert "Traceback" not in result.err
    return result.err


# --------------------------------------------------------------------------- the data

# Anna Schmidt (Gewerbeverein): I carry it. Jürgen Weiß: he carries it.
ANNA_LOGS = [
    # 1h30m, German grouping, "gestern", two --tag (one a comma list with a duplicate)
    [
        "--partner", "Anna Schmidt", "--time", "1h30m", "--money", "1.234,50", "--energy", "3",
        "--date", "gestern", "--tag", "Stammtisch", "--tag", "#orga, stammtisch",
        "--what", "Stammtisch organised", "--note", "booked the room",
    ],
    # 1,5h, €25, a negative-looking relative date
    [
        "--partner", "anna schmidt", "--time", "1,5h", "--money", "€25", "--energy", "2",
        "--date", "-3d", "--what", "flyers printed",
    ],
    # 1:30, German full date, private note
    [
        "--partner", "Schmidt", "--time", "1:30", "--energy", "4",
        "--date", german(TODAY - timedelta(days=10)), "--what", "newsletter written",
        "--private", "--note", "she never answers mails",
    ],
    # the partner's side, ISO date
    [
        "--partner", "Anna Schmidt", "--by", "partner", "--time", "30m", "--energy", "1",
        "--date", (TODAY - timedelta(days=20)).isoformat(), "--what", "brought two guests",
    ],
]  # fmt: skip
# Logged with --network GEWERBEVEREIN and accent-blind partner names.
JUERGEN_LOGS = [
    [
        "--partner", "jurgen", "--by", "partner", "--time", "2h", "--energy", "3",
        "--date", "yesterday", "--what", "hosted the evening",
    ],
    [
        "--partner", "weiss", "--by", "partner", "--time", "1h", "--money", "40 EUR",
        "--date", "5 days ago", "--what", "paid the drinks",
    ],
    [
        "--partner", "JÜRGEN WEISS", "--by", "partner", "--time", "45", "--energy", "2",
        "--date", (TODAY - timedelta(days=15)).strftime("%d.%m."), "--what", "introduced a client",
    ],
    ["--partner", "Jürgen Weiß", "--time", "30m", "--energy", "1", "--what", "thank-you call"],
]  # fmt: skip
KLAUS_OLD = TODAY - relativedelta(months=4) - timedelta(days=5)
KLAUS_OLDER = TODAY - timedelta(days=400)


@dataclass(frozen=True)
class World:
    db: Db
    setup: dict[str, Result]

    def copy(self, tmp_path: Path) -> Db:
        return self.db.copy_to(tmp_path / "copy")


@pytest.fixture(scope="module")
def world(make_db: Callable[[str], Db], run: Runner) -> World:
    db = make_db("world")
    setup: dict[str, Result] = {}

    def step(name: str, *args: str) -> None:
        setup[name] = ok(run(*args, db=db))

    step(
        "network gewerbe",
        *("network", "add", GEWERBE, "--kind", "professional"),
        *("--motivation", "meet the businesses of the region"),
        *("--expect", "openness", "--expect", "transparency, commitment"),
        *("--goal", "more joint work in the region", "--success", "two joint projects a year"),
        *("--budget-time", "4h", "--budget-money", "50,00", "--budget-energy", "10"),
    )
    step(
        "network tsv",
        *("network", "add", TSV, "--kind", "private", "--currency", "chf"),
        *("--expect", "team spirit", "--goal", "a youth team"),
        *("--budget-time", "1h 30m", "--budget-money", "1.234,50", "--weights", "1/0/1"),
        *("--lean-ratio", "1,4", "--imbalance-ratio", "2.5"),
    )
    step("anna 1", "partner", "add", "Anna Schmidt", "--network", "gewerbe")
    step("anna 2", "partner", "add", "Anna Schmidt", "--network", "tsv")
    step("schaefer", "partner", "add", "Anna Schäfer", "--network", GEWERBE)
    step("juergen", "partner", "add", "Jürgen Weiß", "--network", "gewerbe", "--network", "TSV")
    step("klaus", "partner", "add", "Klaus Becker", "--network", "gewerbe")
    for i, extra in enumerate(ANNA_LOGS):
        step(f"log anna {i}", "log", "--network", "gewerbe", *extra)
    for i, extra in enumerate(JUERGEN_LOGS):
        step(f"log juergen {i}", "log", "--network", "GEWERBEVEREIN", *extra)
    for i, day in enumerate((KLAUS_OLD, KLAUS_OLDER)):
        step(
            f"log klaus {i}",
            *("log", "--network", "gewerbe", "--partner", "klaus", "--time", f"{i + 1}h"),
            *("--date", day.isoformat(), "--what", "joint offer"),
        )
    step(
        "log network",
        *("log", "--network", "gewerbe", "--time", "2h", "--money", "10"),
        *("--date", "today", "--what", "evening at the Rathaus"),
    )
    step(
        "log tsv",
        *("log", "--network", "tsv", "--partner", "anna", "--time", "2h"),
        *("--money", "12,50 CHF", "--energy", "2", "--date", "vorgestern", "--what", "training"),
    )
    return World(db, setup)


@pytest.fixture(scope="module")
def listing(world: World, run: Runner) -> list[dict[str, Any]]:
    return ok(run("list", "--network", "gewerbe", "--json", db=world.db)).json()


@pytest.fixture(scope="module")
def checks(world: World, run: Runner) -> list[dict[str, Any]]:
    return ok(run("check", "--json", db=world.db)).json()


def by_what(rows: list[dict[str, Any]], what: str) -> dict[str, Any]:
    (row,) = [r for r in rows if r["what"] == what]
    return row


def partner_report(report: dict[str, Any], name: str) -> dict[str, Any]:
    (p,) = [p for p in report["partners"] if p["name"] == name]
    return p


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
        assert isinstance(row["minutes"], int) and isinstance(row["energy"], int)
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
    assert (flyers["minutes"], flyers["money"]) == (90, "25")
    assert flyers["date"] == (TODAY - timedelta(days=3)).isoformat()

    news = by_what(listing, "newsletter written")
    assert (news["minutes"], news["money"], news["energy"]) == (90, "0", 4)
    assert news["date"] == (TODAY - timedelta(days=10)).isoformat()
    assert news["private"] is True and news["note"] == "she never answers mails"

    guests = by_what(listing, "brought two guests")
    assert (guests["by"], guests["partner"], guests["minutes"]) == ("partner", "Anna Schmidt", 30)
    assert guests["date"] == (TODAY - timedelta(days=20)).isoformat()

    evening = by_what(listing, "evening at the Rathaus")
    assert evening["partner"] is None and evening["money"] == "10"
    assert evening["date"] == TODAY.isoformat()


def test_case_and_accent_blind_names(listing: list[dict[str, Any]]) -> None:
    juergen = [r for r in listing if r["partner"] == "Jürgen Weiß"]
    assert len(juergen) == 4  # jurgen, weiss, JÜRGEN WEISS and the exact name
    drinks = by_what(listing, "paid the drinks")
    assert (drinks["by"], drinks["money"], drinks["minutes"]) == ("partner", "40", 60)
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


# ---------------------------------------------------------------------------------- check


def test_check_json_shape(checks: list[dict[str, Any]]) -> None:
    assert isinstance(checks, list) and [r["network"] for r in checks] == [GEWERBE, TSV]
    for report in checks:
        assert isinstance(report["network"], str)
        assert set(report["window"]) == {"since", "until"}
        assert report["partners"]
        for p in report["partners"]:
            assert {"name", "mine", "theirs", "share", "status", "direction", "prompt"} <= set(p)
            for side in (p["mine"], p["theirs"]):
                assert isinstance(side["minutes"], int) and isinstance(side["energy"], int)
                assert isinstance(side["money"], str)
                Decimal(side["money"])  # an exact decimal string
            assert p["share"] is None or 0 <= p["share"] <= 1
            assert p["status"] in {"balanced", "leaning", "imbalanced", "too_little_data"}
            assert p["direction"] in {"me", "partner", None}
            assert isinstance(p["prompt"], bool)


def test_check_json_imbalanced_me_carrying(checks: list[dict[str, Any]]) -> None:
    gew = checks[0]
    assert gew["window"] == {
        "since": (TODAY - relativedelta(months=6)).isoformat(),
        "until": TODAY.isoformat(),
    }
    anna = partner_report(gew, "Anna Schmidt")
    assert anna["mine"]["minutes"] == 270
    assert anna["mine"]["money"] == "1259.50"
    assert anna["mine"]["energy"] == 9
    assert (anna["theirs"]["minutes"], anna["theirs"]["money"], anna["theirs"]["energy"]) == (
        30,
        "0",
        1,
    )
    # time 0.9, money 1.0, energy 0.9, equally weighted
    assert anna["share"] == pytest.approx((0.9 + 1.0 + 0.9) / 3, abs=1e-3)
    assert anna["share"] > 0.66
    assert (anna["status"], anna["direction"], anna["prompt"]) == ("imbalanced", "me", True)


def test_check_json_imbalanced_partner_carrying(checks: list[dict[str, Any]]) -> None:
    juergen = partner_report(checks[0], "Jürgen Weiß")
    assert (juergen["mine"]["minutes"], juergen["mine"]["money"], juergen["mine"]["energy"]) == (
        30,
        "0",
        1,
    )
    theirs = juergen["theirs"]
    assert (theirs["minutes"], theirs["money"], theirs["energy"]) == (225, "40", 5)
    assert juergen["share"] == pytest.approx((30 / 255 + 0 + 1 / 6) / 3, abs=1e-3)
    assert juergen["share"] < 0.34
    assert (juergen["status"], juergen["direction"], juergen["prompt"]) == (
        "imbalanced",
        "partner",
        True,
    )


def test_check_json_too_little_data_never_prompts(checks: list[dict[str, Any]]) -> None:
    for name in ("Anna Schäfer", "Klaus Becker"):
        p = partner_report(checks[0], name)
        assert (p["status"], p["prompt"]) == ("too_little_data", False)
    assert partner_report(checks[0], "Anna Schäfer")["share"] is None
    tsv_anna = partner_report(checks[1], "Anna Schmidt")
    assert tsv_anna["mine"]["money"] == "12.50" and tsv_anna["status"] == "too_little_data"


def test_check_text_names_partners_and_statuses_in_words(world: World, run: Runner) -> None:
    out = ok(run("check", db=world.db)).out
    for name in ("Anna Schmidt", "Anna Schäfer", "Jürgen Weiß", "Klaus Becker", GEWERBE, TSV):
        assert name in out
    assert "imbalanced" in out.lower() and "too little data" in out.lower()
    assert "you carry this partnership" in out
    assert "Jürgen Weiß carries this partnership" in out
    for phrase in QUESTION_PHRASES:
        assert phrase in out
    assert "1259.50 EUR" in out and "CHF" in out


def test_check_one_network_json_is_one_object(world: World, run: Runner) -> None:
    report = ok(run("check", "--network", "tsv", "--json", db=world.db)).json()
    assert isinstance(report, dict) and report["network"] == TSV
    assert [p["name"] for p in report["partners"]] == ["Anna Schmidt", "Jürgen Weiß"]


def test_check_partner_briefing(world: World, run: Runner) -> None:
    out = ok(run("check", "--network", "gewerbe", "--partner", "anna schmidt", db=world.db)).out
    assert "Anna Schmidt" in out and "Network canvas" in out
    assert "Jürgen" not in out and "Klaus" not in out
    assert "more joint work in the region" in out and "openness" in out
    for phrase in QUESTION_PHRASES:
        assert phrase in out

    report = ok(
        run("check", "--network", "gewerbe", "--partner", "jurgen", "--json", db=world.db)
    ).json()
    assert [p["name"] for p in report["partners"]] == ["Jürgen Weiß"]


@pytest.mark.parametrize(
    ("window", "since", "klaus"),
    [
        ("3m", (TODAY - relativedelta(months=3)).isoformat(), (0, 0)),
        ("12m", (TODAY - relativedelta(months=12)).isoformat(), (60, 1)),
        ("all", None, (180, 2)),
    ],
)
def test_check_windows(
    world: World, run: Runner, window: str, since: str | None, klaus: tuple[int, int]
) -> None:
    report = ok(run("check", "--network", "gewerbe", "--window", window, "--json", db=world.db))
    data = report.json()
    assert data["window"] == {"since": since, "until": TODAY.isoformat()}
    mine = partner_report(data, "Klaus Becker")["mine"]
    assert (mine["minutes"], mine["count"]) == klaus
    assert partner_report(data, "Anna Schmidt")["status"] == "imbalanced"


def test_check_text_says_an_explicit_window_once(world: World, run: Runner) -> None:
    since, until = TODAY - timedelta(days=30), TODAY - timedelta(days=1)
    window = f"{since.isoformat()}..{german(until)}"
    out = ok(run("check", "--network", "gewerbe", "--window", window, db=world.db)).out
    first = out.splitlines()[0]
    assert first.count(since.isoformat()) == 1 and first.count(until.isoformat()) == 1, first
    assert "Klaus" in out


def test_check_default_window_counts_four_months_back(checks: list[dict[str, Any]]) -> None:
    mine = partner_report(checks[0], "Klaus Becker")["mine"]
    assert (mine["minutes"], mine["count"]) == (60, 1)


# ----------------------------------------------------------------------------------- talk


def test_talk_clears_the_prompt(world: World, run: Runner, tmp_path: Path) -> None:
    db = world.copy(tmp_path)
    review = TODAY + timedelta(days=90)
    out = ok(
        run(
            *("talk", "--network", "gewerbe", "--partner", "anna schmidt"),
            *("--notes", "talked it over at the Stammtisch", "--goal", "a joint stand at the fair"),
            *("--agree", "she hosts in May", "--agree", "we split the room costs"),
            *("--next-review", "+90d"),
            db=db,
        )
    ).out
    assert "Anna Schmidt" in out and review.isoformat() in out

    report = ok(run("check", "--network", "gewerbe", "--json", db=db)).json()
    anna = partner_report(report, "Anna Schmidt")
    assert anna["prompt"] is False and anna["last_talk"] == TODAY.isoformat()
    assert anna["status"] == "imbalanced"  # the balance is what it was; only the prompt rests
    assert partner_report(report, "Jürgen Weiß")["prompt"] is True

    brief = ok(run("check", "--network", "gewerbe", "--partner", "Anna Schmidt", db=db)).out
    assert "she hosts in May" in brief and "we split the room costs" in brief
    assert "a joint stand at the fair" in brief and review.isoformat() in brief
    assert "Network canvas" in brief


# ------------------------------------------------------------------------------ bad input

FUTURE = german(TODAY + timedelta(days=2))
LOG_ANNA = ("log", "--network", "gewerbe", "--partner", "Anna Schmidt", "--what", "x")
LOG_NET = ("log", "--network", "gewerbe", "--what", "x")
TALK = ("talk", "--network", "gewerbe", "--partner", "jurgen", "--notes", "n")

BAD_INPUT = [
    ("time-abc", (*LOG_ANNA, "--time", "abc"), ["time"]),
    ("time-negative", (*LOG_ANNA, "--time", "-5"), ["time", "negative"]),
    ("money-negative", (*LOG_ANNA, "--money", "-3"), ["money", "negative"]),
    ("money-negative-german", (*LOG_ANNA, "--money", "-3,50"), ["money", "negative"]),
    ("money-nan", (*LOG_ANNA, "--money", "nan"), ["money"]),
    ("money-inf", (*LOG_ANNA, "--money", "inf"), ["money"]),
    ("money-exponent", (*LOG_ANNA, "--money", "1e5"), ["money"]),
    ("money-other-currency", (*LOG_ANNA, "--money", "$25"), ["money", "EUR"]),
    ("energy-9", (*LOG_ANNA, "--energy", "9"), ["energy"]),
    ("energy-fraction", (*LOG_ANNA, "--energy", "2.5"), ["energy"]),
    ("date-no-such-day", (*LOG_ANNA, "--time", "30", "--date", "31.02.2026"), ["date"]),
    ("date-garbage", (*LOG_ANNA, "--time", "30", "--date", "tomorrow-ish"), ["date"]),
    ("date-future", (*LOG_ANNA, "--time", "30", "--date", FUTURE), ["date", "future"]),
    (
        "network-unknown",
        ("log", "--network", "Kegelclub", "--time", "30", "--what", "x"),
        ["network", "Kegelclub", GEWERBE, TSV],
    ),
    (
        "partner-unknown",
        (*LOG_NET, "--partner", "Zoe", "--time", "30"),
        ["partner", "Zoe", "Anna Schmidt", "Jürgen Weiß", "Klaus Becker"],
    ),
    (
        "partner-ambiguous",
        (*LOG_NET, "--partner", "anna", "--time", "30"),
        ["partner", "Anna Schmidt", "Anna Schäfer"],
    ),
    (
        "partner-not-in-network",
        ("log", "--network", "tsv", "--partner", "Klaus", "--time", "30", "--what", "x"),
        ["partner", "Klaus"],
    ),
    ("what-empty", ("log", "--network", "gewerbe", "--time", "30", "--what", ""), ["what"]),
    ("what-missing", ("log", "--network", "gewerbe", "--time", "30"), ["what"]),
    ("all-zero", (*LOG_ANNA, "--time", "0"), ["time"]),
    ("no-amount", LOG_ANNA, ["time"]),
    ("note-too-long", (*LOG_ANNA, "--time", "30", "--note", "n" * 20_000), ["note", "10,000"]),
    ("by-partner-alone", (*LOG_NET, "--by", "partner", "--time", "30"), ["partner"]),
    ("by-unknown", (*LOG_ANNA, "--by", "them", "--time", "30"), ["by"]),
    ("list-bad-since", ("list", "--network", "gewerbe", "--since", "31.02.2026"), ["since"]),
    ("list-unknown-network", ("list", "--network", "nope"), ["network", GEWERBE]),
    ("check-window", ("check", "--window", "7x"), ["window"]),
    ("check-partner-unknown", ("check", "--network", "gewerbe", "--partner", "Zoe"), ["partner"]),
    ("talk-empty-notes", ("talk", "--network", "gewerbe", "--notes", " "), ["notes"]),
    ("network-add-kind", ("network", "add", "Kegelclub", "--kind", "club"), ["kind"]),
    ("network-add-weights", ("network", "add", "Kegelclub", "--weights", "0/0/0"), ["weights"]),
    ("network-add-duplicate", ("network", "add", "gewerbeverein hünfelden"), ["network"]),
    ("network-edit-nothing", ("network", "edit", "gewerbe"), ["network"]),
    ("partner-add-unknown-network", ("partner", "add", "Zoe", "--network", "nope"), ["network"]),
    ("export-to-a-folder", ("export", "--network", "gewerbe", "-o", "/"), ["output", "folder"]),
    (
        "export-window-and-since",
        ("export", "--network", "gewerbe", "--window", "3m", "--since", "01.01.2026"),
        ["window", "--since"],
    ),
    ("import-a-folder", ("import", "/"), ["file", "/"]),
    (
        "export-to-a-missing-folder",
        ("export", "--network", "gewerbe", "-o", "/no/such/folder/x.toml"),
        ["/no/such/folder", "no such folder"],
    ),
    ("import-missing-file", ("import", "/no/such.csv"), ["file", "does not exist"]),
    ("snooze-nothing-due", ("snooze", "--network", "tsv"), ["snooze", "nothing to snooze"]),
    (
        "network-edit-review-days-unicode",
        ("network", "edit", "tsv", "--review-days", "²"),
        ["review-days"],
    ),
    *(
        (f"talk-next-review-{value}", (*TALK, "--next-review", value), ["next-review"])
        for value in ("soon", "31.02.2027", "2020-01-01")
    ),
]


@pytest.mark.parametrize(
    ("args", "words"), [c[1:] for c in BAD_INPUT], ids=[c[0] for c in BAD_INPUT]
)
def test_bad_input_is_one_line_exit_2_and_touches_nothing(
    world: World, run: Runner, tmp_path: Path, args: tuple[str, ...], words: list[str]
) -> None:
    db = world.copy(tmp_path)
    before = snapshot(db.root)
    assert db.path.name in before and any(k.startswith("balance.contributions/") for k in before)
    err = one_line_error(run(*args, db=db))
    assert err.startswith("balance: ")
    for word in words:
        assert word.lower() in err.lower(), err
    assert snapshot(db.root) == before


# ----------------------------------------------------------------------- corrupt database


@pytest.mark.parametrize(
    "garbage", [b'{"networks": {"1": {"id": "x", "na', b""], ids=["garbage", "empty"]
)
def test_corrupt_main_file_is_refused_and_left_unchanged(
    world: World, run: Runner, tmp_path: Path, garbage: bytes
) -> None:
    db = world.copy(tmp_path)
    db.path.write_bytes(garbage)
    before = snapshot(db.root)
    for args in (
        ("check",),
        ("log", "--network", "gewerbe", "--time", "30", "--what", "x"),
        ("network", "add", "Kegelclub"),
    ):
        result = run(*args, db=db)
        assert result.code == 3, str(result)
        assert str(db.path) in result.err and "left unchanged" in result.err
        assert "backup" in result.err and "Traceback" not in result.err
        assert result.err.count("\n") == 1
        assert db.path.read_bytes() == garbage
        assert snapshot(db.root) == before


def test_corrupt_month_file_is_refused_and_left_unchanged(
    world: World, run: Runner, tmp_path: Path
) -> None:
    db = world.copy(tmp_path)
    month = db.root / "balance.contributions" / f"{TODAY:%Y-%m}.json"
    month.write_bytes(b"\x00\x01 not json")
    before = snapshot(db.root)
    for args in (("check",), ("log", "--network", "gewerbe", "--time", "30", "--what", "x")):
        result = run(*args, db=db)
        assert result.code == 3, str(result)
        assert str(month) in result.err and "left unchanged" in result.err
        assert snapshot(db.root) == before


# -------------------------------------------------------------------- where the data lives


def test_balance_db_env_is_honoured_and_db_option_wins(
    world: World, run: Runner, tmp_path: Path
) -> None:
    env = {**world.db.env, "BALANCE_DB": str(world.db.path)}
    networks = ok(run("network", "list", "--json", env=env)).json()
    assert [n["name"] for n in networks] == [GEWERBE, TSV]
    assert ok(run("where", env=env)).out == f"{world.db.path}\n"

    other = tmp_path / "other" / "balance.json"
    env = {**world.db.env, "BALANCE_DB": str(other)}
    networks = ok(run("--db", str(world.db.path), "network", "list", "--json", env=env)).json()
    assert len(networks) == 2
    assert not other.parent.exists()


def test_where_prints_the_path(db: Db, run: Runner) -> None:
    assert ok(run("where", db=db)).out == f"{db.path}\n"
    default = Path(db.env["XDG_DATA_HOME"]) / "balance" / "balance.json"
    assert ok(run("where", env=db.env)).out == f"{default}\n"
    assert not default.exists()


# ------------------------------------------------------------------------------ --help

HELP = {
    "": ["--db", "--version", "network", "partner", "log", "list", "check", "talk", "where"],
    "network": ["add", "edit", "list"],
    "network add": [
        "--kind", "--currency", "--motivation", "--expect", "--goal", "--success",
        "--budget-time", "--budget-money", "--budget-energy", "--review-days",
        "--lean-ratio", "--imbalance-ratio", "--weights", "--cooldown-days",
    ],
    "network edit": ["--rename", "--goal", "--weights", "--budget-money"],
    "network list": ["--json"],
    "partner": ["add", "list"],
    "partner add": ["--network"],
    "partner list": ["--network", "--json"],
    "log": [
        "--network", "--partner", "--by", "--time", "--money", "--energy", "--date", "--what",
        "--note", "--tag", "--private",
    ],
    "list": ["--network", "--partner", "--since", "--until", "--json"],
    "check": ["--network", "--partner", "--window", "--json"],
    "talk": [
        "--network", "--partner", "--notes", "--date", "--goal", "--value-mine",
        "--value-theirs", "--agree", "--next-review",
    ],
    "snooze": ["--network", "--partner", "--days"],
    "where": ["where"],
    "demo": ["demo"],
    "tui": ["tui"],
}  # fmt: skip

HELP_DRIVER = """
import contextlib, io, json, sys
from balance.cli import main
results = {}
for command in json.loads(sys.argv[1]):
    buf = io.StringIO()
    code = None
    with contextlib.redirect_stdout(buf):
        try:
            main([*command.split(), "--help"])
        except SystemExit as exc:
            code = exc.code
    results[command] = [code, buf.getvalue(), "textual" in sys.modules]
sys.stdout.write(json.dumps(results))
"""


def test_help_of_every_command(db: Db, run: Runner) -> None:
    top = ok(run("--help", db=db)).out
    assert "usage: balance" in top
    proc = subprocess.run(
        [sys.executable, "-c", HELP_DRIVER, json.dumps(list(HELP))],
        capture_output=True,
        env=db.env,
        timeout=60,
        check=True,
    )
    results = json.loads(proc.stdout)
    for command, options in HELP.items():
        code, text, textual = results[command]
        assert code == 0, command
        assert text.startswith("usage: balance"), command
        for option in options:
            assert option in text, f"{command!r} --help does not mention {option}"
        assert not textual


# ---------------------------------------------------------------------- the fast log path

NO_TEXTUAL = """
import sys
from balance.cli import main
db = sys.argv[1]
codes = [
    main(["--db", db, "log", "--network", "gewerbe", "--time", "30", "--what", "quick"]),
    main(["--db", db, "list", "--network", "gewerbe", "--json"]),
    main(["--db", db, "check"]),
]
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "textual")
sys.stderr.write(f"codes={codes} textual={loaded[:5]}\\n")
sys.exit(0 if codes == [0, 0, 0] and not loaded else 1)
"""


def test_log_list_check_do_not_import_textual(world: World, tmp_path: Path) -> None:
    db = world.copy(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-c", NO_TEXTUAL, str(db.path)],
        capture_output=True,
        env=db.env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode() == "codes=[0, 0, 0] textual=[]\n"


# ------------------------------------------- names, budgets and damaged entries


def test_rename_onto_an_existing_network_is_refused(
    world: World, run: Runner, tmp_path: Path
) -> None:
    db = world.copy(tmp_path)
    before = snapshot(db.root)
    err = one_line_error(run("network", "edit", "tsv", "--rename", GEWERBE, db=db))
    assert "network" in err
    assert snapshot(db.root) == before


def test_budget_money_in_the_networks_currency(db: Db, run: Runner) -> None:
    ok(run("network", "add", "Zürich", "--currency", "CHF", "--budget-money", "50 CHF", db=db))
    (network,) = ok(run("network", "list", "--json", db=db)).json()
    assert network["budget"]["money"] == "50"


def test_main_file_with_broken_documents_is_a_clear_error(
    world: World, run: Runner, tmp_path: Path
) -> None:
    db = world.copy(tmp_path)
    data = json.loads(db.path.read_text(encoding="utf-8"))
    for doc in data["networks"].values():
        del doc["id"]
    db.path.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(db.root)
    err = one_line_error(run("check", db=db), code=3)
    assert str(db.path) in err and "left unchanged" in err
    assert snapshot(db.root) == before


def test_talk_with_an_absurd_next_review(world: World, run: Runner, tmp_path: Path) -> None:
    db = world.copy(tmp_path)
    before = snapshot(db.root)
    result = run(
        *("talk", "--network", "gewerbe", "--partner", "jurgen", "--notes", "n"),
        *("--next-review", "x" * 150),
        db=db,
    )
    err = one_line_error(result)
    assert "next-review" in err
    assert snapshot(db.root) == before
