"""How amounts are shown: exact, with the cents a person expects, and readable back."""

from __future__ import annotations

from decimal import Decimal

import pytest

from balance.core.formats import format_amount, format_amounts, format_minutes, format_money, plural


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("0", "0.00"),
        ("-0", "0.00"),
        ("-0.000", "0.0000"),  # three places get a fourth, as any amount
        ("12", "12.00"),
        ("0.1", "0.10"),
        ("25.5", "25.50"),
        ("25.50", "25.50"),
        ("1234.5", "1234.50"),
        ("1E+3", "1000.00"),
        ("1.234", "1.2340"),  # never the German-thousands shape
        ("1.2345", "1.2345"),
        ("-5", "-5.00"),
        ("1E+40", "1" + "0" * 40 + ".00"),
        ("1" + "0" * 30 + ".123", "1" + "0" * 30 + ".1230"),  # more digits than 28
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
    ],
)
def test_format_amount(amount: str, text: str) -> None:
    assert format_amount(Decimal(amount)) == text


def test_money_keeps_its_cents() -> None:
    assert format_money(Decimal("25.5"), "EUR") == "25.50 EUR"
    assert format_money(Decimal("1234.50"), "CHF") == "1234.50 CHF"


@pytest.mark.parametrize(
    ("minutes", "text"), [(0, "0m"), (45, "45m"), (60, "1h"), (90, "1h 30m"), (-90, "-1h 30m")]
)
def test_format_minutes_with_sign(minutes: int, text: str) -> None:
    assert format_minutes(minutes) == text


@pytest.mark.parametrize(
    ("amounts", "text"),
    [
        ((90, Decimal("25.50"), 3), "1h 30m, 25.50 EUR, energy 3"),
        ((0, Decimal(0), 2), "energy 2"),
        ((0, Decimal("5"), 0), "5.00 EUR"),
        ((45, Decimal(0), 0), "45m"),
        ((0, Decimal(0), 0), ""),
    ],
)
def test_format_amounts_shows_only_what_was_given(
    amounts: tuple[int, Decimal, int], text: str
) -> None:
    assert format_amounts(*amounts, "EUR") == text


def test_plural() -> None:
    assert plural(1, "partner") == "1 partner"
    assert plural(0, "partner") == "0 partners"
    assert plural(3, "partner") == "3 partners"
    assert plural(1200, "contribution") == "1,200 contributions"
