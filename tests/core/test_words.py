"""The sentences both faces show, word for word: what a user reads is the behaviour."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from balance.core import ledger, words
from balance.core.ledger import Balance, Totals, balance_of
from balance.core.model import Budget, Contribution, Network, Weights
from balance.core.reports import NetworkReport
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


def test_times_has_one_decimal_or_says_all_of_it() -> None:
    assert words.times(None) == "all of it"
    assert words.times(Fraction(7, 3)) == "2.3x"
    assert words.times(Fraction(2)) == "2.0x"


def test_totals_line_shows_every_dimension() -> None:
    line = words.totals_line(Totals(90, Decimal("25.50"), 3, 2), "EUR")
    assert line == "1h 30m · 25.50 EUR · energy 3"


def test_direction_phrase_in_every_state() -> None:
    assert words.direction_phrase(minutes([200], [100]), "Anna") == (
        "too little data yet (2 of 3 contributions)"
    )
    assert words.direction_phrase(minutes([100, 100], [100]), "Anna") == (
        "you carry this partnership (2.0x)"
    )
    assert words.direction_phrase(minutes([60], [90, 90]), "Anna") == (
        "Anna carries this partnership (3.0x)"
    )
    assert words.direction_phrase(minutes([60, 60, 60], []), "Anna") == (
        "you carry this partnership (all of it)"
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
    assert words.network_verdict(minutes([100, 100, 100], [90])) == (
        "you carry 3.3x what an average member does"
    )
    assert words.network_verdict(minutes([60, 60, 60], [])) == (
        "you carry it all: the active members gave nothing back"
    )
    assert words.network_verdict(minutes([50], [50, 50])) == (
        "an average member gives 2.0x what you do"
    )
    assert words.network_verdict(minutes([], [60, 60, 60])) == (
        "the others carry it all: you gave nothing yet"
    )
    assert words.network_verdict(minutes([60, 60], [100])) == (
        "you give about what an average member does"
    )


def test_prompt_sentence_names_the_dimensions_you_carry() -> None:
    b = balance_of(
        Totals(180, Decimal("50"), 3, 2), Totals(70, Decimal(0), 1, 1), NET
    )  # 72% of the time, all the money, 75% of the energy
    assert words.prompt_sentence(b, "Anna", SIX) == (
        "Over the last 6 months you gave 72% of the time, 100% of the money and 75% of the "
        "energy in your partnership with Anna: about 4.7 times what Anna did."
    )
    two = balance_of(Totals(180, Decimal("50"), 0, 2), Totals(70, Decimal(0), 0, 1), NET)
    assert words.prompt_sentence(two, "Anna", SIX) == (
        "Over the last 6 months you gave 72% of the time and 100% of the money in your "
        "partnership with Anna: about 6.1 times what Anna did."
    )


def test_prompt_sentence_when_the_other_side_gave_nothing() -> None:
    everything = Window(None, date(2026, 11, 28), "all")
    assert words.prompt_sentence(minutes([60, 60, 60], []), "Anna", everything) == (
        "Over all time you gave 100% of the time in your partnership with Anna: "
        "Anna gave nothing in return."
    )
    assert words.prompt_sentence(minutes([], [60, 60, 60]), "Anna", everything) == (
        "Over all time Anna gave 100% of the time in your partnership: you gave nothing in return."
    )


def test_prompt_sentence_when_the_partner_carries() -> None:
    span = Window(date(2026, 1, 1), date(2026, 6, 30), "2026-01-01..2026-06-30")
    assert words.prompt_sentence(minutes([60], [120, 120]), "Anna", span) == (
        "From 2026-01-01 to 2026-06-30 Anna gave 80% of the time in your partnership: "
        "about 4.0 times what you did."
    )


def test_prompt_sentence_of_an_even_balance_says_more() -> None:
    even = minutes([60, 60], [120])
    assert words.prompt_sentence(even, "Anna", SIX) == (
        "Over the last 6 months Anna gave more in your partnership: about 1.0 times what you did."
    )


def test_advice_follows_the_direction() -> None:
    me, partner = minutes([100, 100], [100]), minutes([50], [50, 50])
    assert words.prompt_advice(me, "Anna") == (
        "Time for the shared-goal talk with Anna: say what you expect, and ask what "
        "the partnership is worth to them."
    )
    assert words.prompt_advice(partner, "Anna") == (
        "Anna carries more. Time to thank them, and to ask what you can bring."
    )
    assert words.network_advice(me) == (
        "Time for the shared-goal talk with the network: say what you expect, and ask "
        "who can take on a part of the work."
    )
    assert words.network_advice(partner) == (
        "The others carry more. Time to thank them, and to ask what you can bring."
    )


def test_budget_line_marks_only_what_is_over() -> None:
    planned = replace(NET, budget=Budget(minutes=240, money=Decimal("50"), energy=10))
    used = Totals(250, Decimal("60.00"), 10, 4)
    assert words.budget_line(planned, used) == (
        "this month 4h 10m of 4h (over budget), 60.00 EUR of 50.00 EUR (over budget), "
        "energy 10 of 10 planned"
    )
    exactly = Totals(240, Decimal("50"), 9, 3)
    assert words.budget_line(planned, exactly) == (
        "this month 4h of 4h, 50.00 EUR of 50.00 EUR, energy 9 of 10 planned"
    )


@pytest.mark.parametrize(
    ("budget", "line"),
    [
        (Budget(), "no monthly budget set"),
        (Budget(minutes=60), "this month 30m of 1h planned"),
        (Budget(money=Decimal("20")), "this month 25.50 EUR of 20.00 EUR (over budget) planned"),
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
    assert words.sparkline(values) == " ▁▂▅▇██"
    assert words.sparkline([]) == ""


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
        "Logged: You gave 1h 30m, 25.50 EUR with Anna Schmidt on 2026-11-27: Stammtisch "
        "(Gewerbeverein Hünfelden)."
    )
    assert words.logged_sentence(mine, NET, None) == (
        "Logged: You gave 1h 30m, 25.50 EUR on 2026-11-27: Stammtisch (Gewerbeverein Hünfelden)."
    )
    theirs = _contribution("partner", energy=2)
    assert words.logged_sentence(theirs, NET, "Anna Schmidt") == (
        "Logged: Anna Schmidt gave energy 2 on 2026-11-27: Stammtisch (Gewerbeverein Hünfelden)."
    )
    assert words.logged_sentence(theirs, NET, None) == (
        "Logged: Your partner gave energy 2 on 2026-11-27: Stammtisch (Gewerbeverein Hünfelden)."
    )


def test_prompt_sentence_skips_a_dimension_nobody_gave() -> None:
    money_first = balance_of(Totals(0, Decimal("80"), 4, 2), Totals(0, Decimal("20"), 1, 1), NET)
    assert words.prompt_sentence(money_first, "Anna", SIX) == (
        "Over the last 6 months you gave 80% of the money and 80% of the energy in your "
        "partnership with Anna: about 4.0 times what Anna did."
    )


def test_network_sentence_gives_you_and_the_average_member() -> None:
    rows = [
        _contribution("me", minutes=240, money=Decimal("25.50")),
        _contribution("partner", minutes=45),
        _contribution("me", minutes=60),
    ]
    other = Contribution(
        "c2", "n1", "bernd", "partner", date(2026, 11, 26), 15, Decimal("0.05"), 0, "Kaffee"
    )
    nb = ledger.network_balance([*rows, other], NET, SIX)
    report = NetworkReport(
        network=NET,
        window=SIX,
        network_balance=nb,
        budget=ledger.budget_use(rows, NET, SIX),
        partners=(),
        last_talk=None,
        prompt=True,
    )
    # You: 5h and 25.50 EUR; the mean of Anna and Bernd: 30m and 0.025 -> 0.02 EUR.
    # Shares 10/11 of the time and 25.50/25.525 of the money: combined 0.954, 20.8x.
    assert words.network_sentence(report) == (
        "Over the last 6 months you gave 5h · 25.50 EUR · energy 0 to Gewerbeverein "
        "Hünfelden; an average active member gave 30m · 0.02 EUR · energy 0: "
        "you carry 20.8x what an average member does."
    )
