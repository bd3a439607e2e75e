"""The CLI contract of DESIGN.md, through `python -m balance` in a subprocess.

One populated database is built once per module through the CLI itself
(network add, partner add, log with every input form); read-only tests share
it, and tests that write (or must prove that they did not) work on a copy.
Dates are relative to the real `date.today()`, because that is what the app uses.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.cli.support import GEWERBE, World, ok, one_line_error, snapshot

if TYPE_CHECKING:
    from tests.conftest import Db, Runner
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
from balance.launch import main
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
from balance.launch import main
db = sys.argv[1]
codes = [
    main(["--db", db, "log", "--network", "gewerbe", "--time", "30", "--what", "quick"]),
    main(["--db", db, "list", "--network", "gewerbe", "--json"]),
    main(["--db", db, "check"]),
]
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "babel"))
sys.stderr.write(f"codes={codes} textual={loaded[:5]}\\n")
sys.exit(0 if codes == [0, 0, 0] and not loaded else 1)
"""


@pytest.mark.parametrize("lang", ["en", "de"])
def test_log_list_check_do_not_import_textual_or_babel(
    world: World, tmp_path: Path, lang: str
) -> None:
    """In German too: the log path loads one compiled catalog, not Babel (80 ms)."""
    db = world.copy(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-c", NO_TEXTUAL, str(db.path)],
        capture_output=True,
        env={**db.env, "BALANCE_LANG": lang},
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
    assert network["budget"]["money"] == "50.00"


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
