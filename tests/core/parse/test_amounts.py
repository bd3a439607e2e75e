"""Tests for balance.parse: every accepted form, every refused form, and properties.

Refusals are checked for the field, for naming the accepted forms, and for
being one line, because that one line is what the CLI prints before exit 2.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balance.core.errors import ValidationError
from balance.core.formats import format_minutes, format_money
from balance.core.model import MAX_MINUTES, MAX_MONEY
from balance.core.parse import (
    ENERGY_FORMS,
    TIME_FORMS,
    parse_energy,
    parse_minutes,
    parse_money,
)
from tests.core.parse.support import EUR_FORMS, refused

# ---------------------------------------------------------------------- minutes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90", 90),
        ("90m", 90),
        ("90 min", 90),
        ("90 minutes", 90),
        ("1h30m", 90),
        ("1h 30m", 90),
        ("1h30", 90),
        ("1 h 30 min", 90),
        ("1h", 60),
        ("12h", 720),
        ("1.5h", 90),
        ("1,5h", 90),
        ("1.5 hours", 90),
        ("1,5 Std", 90),
        ("2 Stunden 15 Minuten", 135),
        ("1:30", 90),
        ("0:05", 5),
        ("1:59", 119),
        ("0", 0),
        ("0m", 0),
        ("-0", 0),
        ("  45m  ", 45),
        ("1H30M", 90),
        ("1.01h", 61),  # 60.6 rounds to the nearest minute
        ("0.25h", 15),
        ("0.0083h", 0),  # 0.498 minutes rounds down
        (f"{MAX_MINUTES}", MAX_MINUTES),
        ("8784h", MAX_MINUTES),
    ],
)
def test_parse_minutes_accepts(text: str, expected: int) -> None:
    assert parse_minutes(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("   ", "nothing given"),
        ("abc", "'abc' is not a duration"),
        ("-5", "is negative"),
        ("-1h", "is negative"),
        ("\u22125m", "is negative"),
        ("nan", "not a duration"),
        ("inf", "not a duration"),
        ("1e3", "not a duration"),
        ("1.5", "not a duration"),  # hours or minutes? refused, not guessed
        ("1.5m", "not a duration"),
        ("h", "not a duration"),
        ("m", "not a duration"),
        ("1:75", "must be below 60"),
        ("1:60", "'1:60' has 60 minutes after ':', must be below 60"),
        ("1:5", "not a duration"),
        ("90 sec", "not a duration"),
        ("\u0669\u0660", "not a duration"),  # Arabic-Indic digits
        (str(MAX_MINUTES + 1), "more than 366 days"),
        ("9999h", "more than 366 days"),
        ("9" * 60 + "h", "more than 366 days"),
        ("1" * 200, "longer than 100 characters"),
    ],
)
def test_parse_minutes_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_minutes(text), "time", TIME_FORMS)
    assert reason in error.message


def test_minutes_error_message_shape() -> None:
    error = refused(lambda: parse_minutes("abc"), "time", TIME_FORMS)
    assert error.message == (
        "'abc' is not a duration; use 90, 90m, 1h30m, 1h 30m, 1.5h, 1,5h or 1:30"
    )


def test_multiline_input_stays_one_line_in_message() -> None:
    refused(lambda: parse_minutes("1h\n30m\r\nx"), "time", TIME_FORMS)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0m"), (45, "45m"), (60, "1h"), (90, "1h 30m"), (720, "12h"), (-90, "-1h 30m")],
)
def test_format_minutes(minutes: int, text: str) -> None:
    assert format_minutes(minutes) == text


@given(st.integers(min_value=0, max_value=MAX_MINUTES))
def test_format_minutes_round_trips(minutes: int) -> None:
    assert parse_minutes(format_minutes(minutes)) == minutes
    assert parse_minutes(str(minutes)) == minutes


# ------------------------------------------------------------------------ money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25.50", "25.50"),
        ("25,50", "25.50"),
        ("25", "25"),
        ("0", "0"),
        ("0.5", "0.5"),
        ("0,5", "0.5"),
        (".50", "0.50"),
        ("€25", "25"),
        ("€ 25", "25"),
        ("25€", "25"),
        ("25 €", "25"),
        ("25 EUR", "25"),
        ("25 eur", "25"),
        ("EUR 25", "25"),
        ("EUR25", "25"),
        ("25 Euro", "25"),
        ("25,-", "25"),
        ("€25,-", "25"),
        ("1.234,50", "1234.50"),
        ("1.234.567,89", "1234567.89"),
        ("1,234.50", "1234.50"),
        ("1,234,567.89", "1234567.89"),
        ("1'234.50", "1234.50"),
        ("1.234", "1234"),  # German thousands: documented choice
        ("12.345", "12345"),
        ("1.234.567", "1234567"),
        ("1,2345", "1.2345"),  # a single comma is a decimal comma
        ("0.125", "0.125"),  # leading 0: not a thousands group
        ("1.2340", "1.2340"),
        ("1234.567", "1234.567"),  # 4 digits before the dot: not grouping
        ("0.0025", "0.0025"),
        ("-0", "0"),
        ("-0,00", "0.00"),
        ("  25.50 EUR  ", "25.50"),
        ("25\u00a0€", "25"),  # no-break space from a copied amount
        ("1000000000", "1000000000"),
    ],
)
def test_parse_money_accepts(text: str, expected: str) -> None:
    result = parse_money(text)
    assert result == Decimal(expected)
    assert str(result) == expected  # the exact digits typed, never -0
    assert isinstance(result, Decimal)


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("$25", "USD", "25"),
        ("25 usd", "USD", "25"),
        ("£12.50", "GBP", "12.50"),
        ("Fr. 25", "CHF", "25"),
        ("25 CHF", "chf", "25"),
        ("CHF 1'234.50", "CHF", "1234.50"),
        ("25 SEK", "SEK", "25"),
    ],
)
def test_parse_money_other_currencies(text: str, currency: str, expected: str) -> None:
    assert parse_money(text, currency=currency) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("abc", "'abc' is not an amount"),
        ("-25", "is negative"),
        ("-25.50 EUR", "is negative"),
        ("€-25", "is negative"),
        ("-€25", "is negative"),
        ("\u221225", "is negative"),
        ("NaN", "not an amount"),
        ("inf", "not an amount"),
        ("Infinity", "not an amount"),
        ("1e5", "not an amount"),
        ("1E5", "not an amount"),
        ("25.", "not an amount"),
        ("25,50,-", "not an amount"),
        ("1.23456", "more than 4 decimal places"),
        ("1,2,3", "grouped wrongly"),
        ("12.34.5", "grouped wrongly"),
        ("1.234,5.6", "not an amount"),
        ("1,23.4,5", "not an amount"),
        ("1'2'3", "grouped wrongly"),
        ("€25 EUR", "not an amount"),
        ("25 USD", "is not in EUR"),
        ("$25", "is not in EUR"),
        ("£25", "is not in EUR"),
        ("1000000000.01", "more than 1,000,000,000"),
        ("9" * 99, "more than 1,000,000,000"),
        ("25 kg", "not an amount"),
        ("\uff12\uff15", "not an amount"),  # full-width digits
    ],
)
def test_parse_money_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_money(text), "money", EUR_FORMS)
    assert reason in error.message


def test_parse_money_symbol_belongs_to_its_currency() -> None:
    error = refused(lambda: parse_money("€25", "USD"), "money", "$25 or 25 USD")
    assert "not in USD" in error.message


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("25.5", "€25.50"),
        ("25.50", "€25.50"),
        ("25", "€25.00"),
        ("0", "€0.00"),
        ("-0", "€0.00"),
        ("1234.5", "€1,234.50"),  # grouped as English writes it
        ("1000000000", "€1,000,000,000.00"),
        ("0.0025", "€0.0025"),
        ("1.234", "€1.2340"),  # never the thousands shape
        ("-25.5", "-€25.50"),
    ],
)
def test_format_money(amount: str, text: str) -> None:
    assert format_money(Decimal(amount), "EUR") == text


money_values = st.decimals(min_value=0, max_value=MAX_MONEY, places=2)


@given(money_values)
def test_money_round_trips_in_dot_and_german_forms(amount: Decimal) -> None:
    plain = f"{amount:f}"
    english = f"{amount:,f}"
    german = english.translate(str.maketrans(",.", ".,"))
    for text in (plain, english, german, f"€{german}", f"{plain} EUR"):
        assert parse_money(text) == amount, text


@given(st.decimals(min_value=0, max_value=MAX_MONEY, places=4))
def test_format_money_output_parses_back(amount: Decimal) -> None:
    assert parse_money(format_money(amount, "EUR")) == amount


# ----------------------------------------------------------------------- energy


@pytest.mark.parametrize(("text", "expected"), [("0", 0), ("3", 3), (" 3 ", 3), ("5", 5)])
def test_parse_energy_accepts(text: str, expected: int) -> None:
    assert parse_energy(text) == expected


@pytest.mark.parametrize("text", ["9", "6", "-1", "2.5", "x", "", "+3", "1e0", "\u0663"])
def test_parse_energy_refuses(text: str) -> None:
    error = refused(lambda: parse_energy(text), "energy", ENERGY_FORMS)
    assert "a whole number from 0 (none) to 5 (draining)" in error.message


@given(st.integers(min_value=0, max_value=5))
def test_energy_round_trips(level: int) -> None:
    assert parse_energy(str(level)) == level


def test_the_ambiguous_money_hint_offers_both_readings() -> None:
    """12,345: each form the message suggests reads back as one of the two meanings."""
    with pytest.raises(ValidationError) as info:
        parse_money("12,345")
    message = info.value.message
    assert "12345" in message and "12,3450" in message
    assert parse_money("12345") == Decimal("12345")
    assert parse_money("12,3450") == Decimal("12.3450")
