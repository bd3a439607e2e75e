"""The CLI contract of DESIGN.md, through `python -m balance` in a subprocess.

One populated database is built once per module through the CLI itself
(network add, partner add, log with every input form); read-only tests share
it, and tests that write (or must prove that they did not) work on a copy.
Dates are relative to the real `date.today()`, because that is what the app uses.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.cli.support import GEWERBE, TODAY, TSV, World, german, ok, one_line_error, snapshot

if TYPE_CHECKING:
    from tests.conftest import Db, Runner
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
