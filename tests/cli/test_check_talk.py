"""The CLI contract of DESIGN.md, through `python -m balance` in a subprocess.

One populated database is built once per module through the CLI itself
(network add, partner add, log with every input form); read-only tests share
it, and tests that write (or must prove that they did not) work on a copy.
Dates are relative to the real `date.today()`, because that is what the app uses.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from dateutil.relativedelta import relativedelta

from balance.core.formats import format_day
from tests.cli.support import (
    GEWERBE,
    QUESTION_PHRASES,
    TODAY,
    TSV,
    World,
    german,
    ok,
    partner_report,
)

if TYPE_CHECKING:
    from tests.conftest import Runner
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
                assert isinstance(side["minutes"], int)
                assert side["energy"] is None or isinstance(
                    side["energy"], int
                )  # null: not recorded
                assert isinstance(side["money"], str)
                Decimal(side["money"])  # an exact decimal string
            assert p["share"] is None or 0 <= p["share"] <= 1
            assert p["status"] in {"balanced", "leaning", "imbalanced", "too_little_data"}
            assert p["direction"] in {"me", "partner", None}
            assert isinstance(p["prompt"], bool)
            assert p["exchange"] in {
                "fair_trade",
                "one_sided",
                "balanced",
                "leaning",
                "imbalanced",
                "too_little_data",
            }
            assert set(p["values"]) == {"mine", "theirs", "share", "status"}
        for key in ("mine", "theirs", "share", "status", "direction", "prompt"):
            assert key in report  # the network's own balance: you against all partners
        for key in ("you_carry", "carries_you", "even"):
            assert isinstance(report[key], int)
        assert report["you_carry"] + report["carries_you"] + report["even"] <= len(
            report["partners"]
        )


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
        "0.00",  # the currency's two decimals, never "0"
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
        "0.00",
        1,
    )
    theirs = juergen["theirs"]
    assert (theirs["minutes"], theirs["money"], theirs["energy"]) == (225, "40.00", 5)
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
    assert "€1,259.50" in out and "CHF" in out


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
    said = "Recorded the conversation with Anna Schmidt on {}; next review {}.\n"
    assert out == said.format(format_day(TODAY), format_day(review))

    report = ok(run("check", "--network", "gewerbe", "--json", db=db)).json()
    anna = partner_report(report, "Anna Schmidt")
    assert anna["prompt"] is False and anna["last_talk"] == TODAY.isoformat()
    assert anna["status"] == "imbalanced"  # the balance is what it was; only the prompt rests
    assert partner_report(report, "Jürgen Weiß")["prompt"] is True

    brief = ok(run("check", "--network", "gewerbe", "--partner", "Anna Schmidt", db=db)).out
    assert "she hosts in May" in brief and "we split the room costs" in brief
    assert "a joint stand at the fair" in brief and review.isoformat() in brief
    assert "Network canvas" in brief
