"""The sentences both faces show: figures a person can check, never a ratio against zero."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from balance.core.exchange import Received, ValueBalance
from balance.core.ledger import Carry, Totals, balance_of
from balance.core.model import Network, Status, ValueKind
from balance.core.talk_words import received_phrase, value_sentence
from balance.core.words import (
    ALL_PARTNERS,
    Side,
    carry_line,
    effort_sentence,
    ratio_words,
    review_due_reason,
    since_shown,
)

NET = Network(id="n1", name="Gewerbeverein")
ANNA = Side.partner("Anna")


def bal(mine: Totals, theirs: Totals):
    return balance_of(mine, theirs, NET)


def test_each_dimension_with_its_figures() -> None:
    b = bal(Totals(270, Decimal("1234.50"), count=3), Totals(45, count=1))
    assert effort_sentence(b, ANNA, "EUR") == (
        "you gave 4h 30m of time against Anna's 45m (6 to 1) and all of the money "
        "(€1,234.50; Anna none)"
    )


def test_the_partner_first_when_she_gave_more() -> None:
    b = bal(Totals(60, count=2), Totals(90, count=2))
    assert effort_sentence(b, ANNA, "EUR") == "Anna gave 1h 30m of time against your 1h (1.5 to 1)"


def test_energy_only_where_both_recorded_it() -> None:
    both = bal(
        Totals(60, energy=8, count=2, energy_count=2), Totals(60, energy=2, count=1, energy_count=1)
    )
    assert effort_sentence(both, ANNA, "EUR") == (
        "you gave 1h of time against Anna's 1h (about even) "
        "and 8 points of energy against 2 points (4 to 1)"
    )
    one = bal(Totals(60, energy=8, count=2, energy_count=2), Totals(60, count=1))
    text = effort_sentence(one, ANNA, "EUR")
    assert "energy was recorded by you only" in text and "points" not in text


def test_network_side_reads_right() -> None:
    b = bal(Totals(600, count=5), Totals(300, count=5))
    assert effort_sentence(b, ALL_PARTNERS, "EUR") == (
        "you gave 10h of time against all partners' combined 5h (2 to 1)"
    )


amount = st.integers(0, 10_000)


@settings(max_examples=200, deadline=None)
@given(amount, amount, amount, amount)
def test_no_ratio_against_zero_and_no_times(m_min: int, t_min: int, m_eur: int, t_eur: int) -> None:
    b = bal(Totals(m_min, Decimal(m_eur), count=2), Totals(t_min, Decimal(t_eur), count=2))
    text = effort_sentence(b, ANNA, "EUR")
    assert "times" not in text and "x " not in text
    for big, small in re.findall(r"\((\d+(?:\.\d)?) to (\d+)\)", text):
        assert small == "1" and float(big) >= 1
    if m_min and not t_min:
        assert "all of the time" in text and "Anna none" in text
    if not (m_min or t_min or m_eur or t_eur):
        assert text == "nothing logged"


def test_ratio_words() -> None:
    assert ratio_words(Fraction(6), Fraction(1)) == "6 to 1"
    assert ratio_words(Fraction(3), Fraction(2)) == "1.5 to 1"
    assert ratio_words(Fraction(100), Fraction(99)) == "about even"
    assert ratio_words(Fraction(25), Fraction(2)) == "12 to 1"


def test_value_sentence_answers_question_three() -> None:
    vb = ValueBalance(
        Received(((ValueKind.REFERRAL, 2), (ValueKind.BUSINESS, 1)), Decimal("2400.00")),
        Received(((ValueKind.REFERRAL, 1),)),
        None,
        Status.LEANING,
    )
    assert value_sentence(vb, ANNA, "EUR") == (
        "What came back: for you 2 referrals and 1 order (€2,400.00); for Anna 1 referral."
    )
    assert received_phrase(Received(), "EUR") == "nothing recorded"
    assert "Nothing that came back" in value_sentence(ValueBalance(), ANNA, "EUR")


def test_carry_line() -> None:
    assert carry_line(Carry(2, 1, 3)) == "you carry 2 of 6 partnerships, 1 carries you, 3 are even"
    assert carry_line(Carry(0, 2, 1, 1)).endswith("1 is even, 1 too new to tell")


def test_since_is_shown_only_while_out_of_balance() -> None:
    day = date(2026, 6, 4)
    assert since_shown(Status.IMBALANCED, day) == day
    assert since_shown(Status.LEANING, day) == day
    assert since_shown(Status.BALANCED, day) is None
    assert since_shown(Status.TOO_LITTLE_DATA, day) is None


def test_review_reason_without_a_talk_does_not_mention_one() -> None:
    assert "last talk" not in review_due_reason(None, 90)
    assert "no talk yet" in review_due_reason(None, 90)
