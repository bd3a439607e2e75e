"""The sentences both faces show, word for word: what a user reads is the behaviour."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from balance.core import words
from balance.core.chart import sparkline
from balance.core.ledger import Balance, Totals, balance_of
from balance.core.model import Budget, Contribution, Network, Weights
from balance.core.window import Window

NET = Network(id="n1", name="Gewerbeverein Hünfelden")
SIX = Window(date(2026, 5, 28), date(2026, 11, 28), "6m")


def minutes(mine: list[int], theirs: list[int], network: Network = NET) -> Balance:
    """A balance from time alone: one contribution per number."""
    return balance_of(
        Totals(sum(mine), Decimal(0), 0, len(mine)),
        Totals(sum(theirs), Decimal(0), 0, len(theirs)),
        network,
    )


def test_percent_rounds_and_shows_a_dash_for_no_share() -> None:
    assert words.percent(None) == "—"
    assert words.percent(Fraction(72, 100)) == "72%"
    assert words.percent(Fraction(2, 3)) == "67%"
    assert words.percent(Fraction(1)) == "100%"


def test_totals_line_shows_every_dimension() -> None:
    line = words.totals_line(Totals(90, Decimal("25.50"), 3, 2, energy_count=2), "EUR")
    assert line == "1h 30m · €25.50 · energy 3"
    unknown = words.totals_line(Totals(90, Decimal("25.50"), 0, 2), "EUR")
    assert unknown == "1h 30m · €25.50 · energy not recorded"


def test_direction_phrase_in_every_state() -> None:
    assert words.direction_phrase(minutes([200], [100]), "Anna") == (
        "too little data yet (2 of 3 contributions)"
    )
    assert words.direction_phrase(minutes([100, 100], [100]), "Anna") == (
        "you carry this partnership"
    )
    assert words.direction_phrase(minutes([60], [90, 90]), "Anna") == (
        "Anna carries this partnership"
    )
    assert words.direction_phrase(minutes([60, 60, 60], []), "Anna") == (
        "you carry this partnership"
    )
    assert words.direction_phrase(minutes([60, 60], [100]), "Anna") == (
        "even: you both give about the same"
    )


def test_direction_phrase_when_nothing_counts_in_this_network() -> None:
    money_only = replace(NET, weights=Weights(Decimal(0), Decimal(1), Decimal(0)))
    # Three contributions, exactly the minimum, but only time, which does not count here.
    b = minutes([60, 60], [60], money_only)
    assert b.count == 3
    assert words.direction_phrase(b, "Anna") == "nothing that counts in this network's balance yet"


def test_network_verdict_in_every_state() -> None:
    assert words.network_verdict(minutes([60], [60])) == (
        "too little data for the network balance yet"
    )
    assert words.network_verdict(minutes([100, 100, 100], [90])) == "you carry the network"
    assert words.network_verdict(minutes([80, 80], [100])) == "the network leans on you"
    assert words.network_verdict(minutes([50], [50, 50])) == "the partners carry the network"
    assert words.network_verdict(minutes([60], [45, 45])) == "the network leans on the partners"
    assert words.network_verdict(minutes([60, 60], [100])) == (
        "even: you give about what all partners give together"
    )


def test_budget_line_marks_only_what_is_over() -> None:
    planned = replace(NET, budget=Budget(minutes=240, money=Decimal("50"), energy=10))
    used = Totals(250, Decimal("60.00"), 10, 4)
    assert words.budget_line(planned, used) == (
        "this month 4h 10m of 4h (over budget), €60.00 of €50.00 (over budget), "
        "energy 10 of 10 planned"
    )
    exactly = Totals(240, Decimal("50"), 9, 3)
    assert words.budget_line(planned, exactly) == (
        "this month 4h of 4h, €50.00 of €50.00, energy 9 of 10 planned"
    )


@pytest.mark.parametrize(
    ("budget", "line"),
    [
        (Budget(), "no monthly budget set"),
        (Budget(minutes=60), "this month 30m of 1h planned"),
        (Budget(money=Decimal("20")), "this month €25.50 of €20.00 (over budget) planned"),
        (Budget(energy=2), "this month energy 3 of 2 (over budget) planned"),
    ],
)
def test_budget_line_shows_each_planned_dimension_alone(budget: Budget, line: str) -> None:
    used = Totals(30, Decimal("25.50"), 3, 2)
    assert words.budget_line(replace(NET, budget=budget), used) == line


def test_short_date_is_day_month_year_without_a_leading_zero() -> None:
    assert words.short_date(None) == "—"
    assert words.short_date(date(2026, 3, 5)) == "5 Mar 2026"
    assert words.short_date(date(2026, 11, 28)) == "28 Nov 2026"


def test_sparkline_maps_shares_to_blocks_and_gaps() -> None:
    values: list[object] = [None, 0, Fraction(1, 8), Fraction(1, 2), 0.874, 0.99, 1]
    assert sparkline(values) == " ▁▁▄▇██"  # a share of 0 still shows: it is known
    assert sparkline([]) == ""


def _contribution(by: str, **amounts: object) -> Contribution:
    return Contribution(
        id="c1",
        network_id="n1",
        partner_id="anna",
        by=by,  # type: ignore[arg-type]
        date=date(2026, 11, 27),
        what="Stammtisch",
        **amounts,  # type: ignore[arg-type]
    )


def test_logged_sentence_says_who_gave_what_to_whom() -> None:
    mine = _contribution("me", minutes=90, money=Decimal("25.50"))
    assert words.logged_sentence(mine, NET, "Anna Schmidt") == (
        "Logged: You gave 1h 30m, €25.50 with Anna Schmidt on 2026-11-27: Stammtisch "
        "(Gewerbeverein Hünfelden)."
    )
    assert words.logged_sentence(mine, NET, None) == (
        "Logged: You gave 1h 30m, €25.50 on 2026-11-27: Stammtisch (Gewerbeverein Hünfelden)."
    )
    theirs = _contribution("partner", energy=2)
    assert words.logged_sentence(theirs, NET, "Anna Schmidt") == (
        "Logged: Anna Schmidt gave energy 2 on 2026-11-27: Stammtisch (Gewerbeverein Hünfelden)."
    )
    assert words.logged_sentence(theirs, NET, None) == (
        "Logged: Your partner gave energy 2 on 2026-11-27: Stammtisch (Gewerbeverein Hünfelden)."
    )


@pytest.mark.parametrize(
    ("window", "description", "period"),
    [
        (
            Window(date(2026, 5, 28), date(2026, 11, 28), "6m"),
            "last 6 months",
            "Over the last 6 months",
        ),
        (Window(date(2025, 11, 28), date(2026, 11, 28), "1y"), "last year", "Over the last year"),
        (Window(None, date(2026, 11, 28), "all"), "all time", "Over all time"),
        (
            Window(date(2026, 1, 1), date(2026, 6, 30)),
            "2026-01-01 to 2026-06-30",
            "From 2026-01-01 to 2026-06-30",
        ),
        (
            Window(None, date(2026, 6, 30)),
            "the beginning to 2026-06-30",
            "From the beginning to 2026-06-30",
        ),
    ],
)
def test_a_window_in_words(window: Window, description: str, period: str) -> None:
    assert (window.description, window.period) == (description, period)
    assert window.description_en == description  # the TOML's, whatever the language


def test_one_point_of_energy_is_one_point() -> None:
    b = balance_of(
        Totals(0, energy=1, count=3, energy_count=3),
        Totals(0, energy=3, count=1, energy_count=1),
        NET,
    )
    assert words.effort_sentence(b, words.Side.partner("Anna"), "EUR") == (
        "Anna gave 3 points of energy against your 1 point (3 to 1)"
    )
