"""What the parts of the former test_cli.py share.

The CLI contract of DESIGN.md, through `python -m balance` in a subprocess.

One populated database is built once per module through the CLI itself
(network add, partner add, log with every input form); read-only tests share
it, and tests that write (or must prove that they did not) work on a copy.
Dates are relative to the real `date.today()`, because that is what the app uses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from dateutil.relativedelta import relativedelta

if TYPE_CHECKING:
    from tests.conftest import Db, Result, Runner

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
        if p.is_file() and not is_cache(p)
    }


def is_cache(path: Path) -> bool:
    """The month totals beside the data: derived from it, rebuilt at will, not the data."""
    return any(part.endswith(".cache") for part in path.parts)


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
