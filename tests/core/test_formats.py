"""How amounts and days are shown: exact, in the reader's language, Babel's patterns, and
readable back by the parsers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from babel.dates import format_date as babel_date
from babel.numbers import format_currency, format_decimal, format_percent
from hypothesis import given
from hypothesis import strategies as st

from balance.core.formats import (
    format_amount,
    format_amounts,
    format_date,
    format_day,
    format_energy,
    format_minutes,
    format_money,
    format_number,
    month_abbr,
)
from balance.core.formats import (
    format_percent as our_percent,
)
from balance.core.parse import parse_date, parse_minutes, parse_money
from balance.locale import use

#: Our language code -> the Babel locale whose patterns it follows.
BABEL = {"en": "en_GB", "de": "de_DE"}


@pytest.fixture
def german() -> Iterator[None]:
    use("de")
    yield
    use("en")


@pytest.fixture(params=["en", "de"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    use(request.param)
    yield request.param
    use("en")


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("0", "0.00"),
        ("-0", "0.00"),
        ("-0.000", "0.0000"),  # three places get a fourth, as any amount
        ("12", "12.00"),
        ("0.1", "0.10"),
        ("25.5", "25.50"),
        ("1234.5", "1,234.50"),
        ("1E+3", "1,000.00"),
        ("1.234", "1.2340"),  # never the thousands shape
        ("1.2345", "1.2345"),
        ("-5", "-5.00"),
        ("1E+7", "10,000,000.00"),
        ("1" + "0" * 30 + ".123", f"{10**30:,}.1230"),  # more digits than 28
        ("NaN", "NaN"),
    ],
)
def test_format_amount_in_english(amount: str, text: str) -> None:
    assert format_amount(Decimal(amount)) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("25.5", "25,50"),
        ("1234.5", "1.234,50"),
        ("1.234", "1,2340"),
        ("-1234567.8912", "-1.234.567,8912"),
    ],
)
def test_format_amount_in_german(german: None, amount: str, text: str) -> None:
    assert format_amount(Decimal(amount)) == text


def test_money_in_both_languages() -> None:
    assert format_money(Decimal("1234.5"), "EUR") == "€1,234.50"
    assert format_money(Decimal("-1234.5"), "EUR") == "-€1,234.50"
    assert format_money(Decimal("12"), "CHF") == "CHF 12.00"
    use("de")
    assert format_money(Decimal("1234.5"), "EUR") == "1.234,50 €"
    assert format_money(Decimal("-1234.5"), "EUR") == "-1.234,50 €"
    assert format_money(Decimal("12"), "CHF") == "12,00 CHF"


cents = st.decimals(min_value=Decimal("-99999999"), max_value=Decimal("99999999"), places=2)


@given(amount=cents)
def test_euros_look_as_babel_writes_them(amount: Decimal) -> None:
    for code, locale in BABEL.items():
        use(code)
        expected = format_currency(amount, "EUR", locale=locale).replace("\xa0", " ")
        assert format_money(amount, "EUR") == expected
    use("en")


@given(n=st.integers(min_value=-(10**9), max_value=10**9))
def test_numbers_and_shares_look_as_babel_writes_them(n: int) -> None:
    for code, locale in BABEL.items():
        use(code)
        assert format_number(n) == format_decimal(n, locale=locale)
        share = (n % 101) / 100
        assert our_percent(share) == format_percent(share, locale=locale).replace("\xa0", " ")
    use("en")


def test_days_look_as_babel_writes_them() -> None:
    day = date(2026, 1, 1)
    for _ in range(366):
        use("en")
        assert format_day(day) == babel_date(day, "d MMM y", locale="en_GB")
        assert format_date(day) == day.isoformat()
        use("de")
        assert format_day(day) == babel_date(day, "d. MMM y", locale="de_DE")
        assert format_date(day) == babel_date(day, "dd.MM.y", locale="de_DE")
        day += timedelta(days=1)
    use("en")


def test_the_examples_a_person_reads(german: None) -> None:
    assert format_day(date(2026, 11, 27)) == "27. Nov. 2026"
    assert format_day(date(2026, 3, 2)) == "2. März 2026"
    assert format_date(date(2026, 11, 27)) == "27.11.2026"
    assert month_abbr(date(2026, 11, 27)) == "Nov"
    assert format_minutes(90) == "1 Std. 30 Min."
    assert format_amounts(90, Decimal("25.5"), 3, "EUR") == "1 Std. 30 Min., 25,50 €, Energie 3"


@given(amount=st.decimals(min_value=0, max_value=Decimal("9999999"), places=4))
def test_shown_money_is_read_back_equal(amount: Decimal) -> None:
    for code in BABEL:
        use(code)
        assert parse_money(format_money(amount, "EUR")) == amount
        assert parse_money(format_amount(amount)) == amount
    use("en")


@given(minutes=st.integers(min_value=0, max_value=366 * 24 * 60))
def test_shown_durations_are_read_back_equal(minutes: int) -> None:
    for code in BABEL:
        use(code)
        assert parse_minutes(format_minutes(minutes)) == minutes
    use("en")


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2026, 12, 1)))
def test_shown_dates_are_read_back_equal(day: date) -> None:
    for code in BABEL:
        use(code)
        assert parse_date(format_date(day), today=date(2026, 12, 1)) == day
        assert parse_date(format_day(day), today=date(2026, 12, 1)) == day  # '27. Nov. 2026'
    use("en")


@pytest.mark.parametrize(
    ("minutes", "en", "de"),
    [
        (0, "0m", "0 Min."),
        (45, "45m", "45 Min."),
        (60, "1h", "1 Std."),
        (90, "1h 30m", "1 Std. 30 Min."),
        (-90, "-1h 30m", "-1 Std. 30 Min."),
    ],
)
def test_format_minutes_with_sign(minutes: int, en: str, de: str) -> None:
    assert format_minutes(minutes) == en
    use("de")
    assert format_minutes(minutes) == de


@pytest.mark.parametrize(
    ("amounts", "text"),
    [
        ((90, Decimal("25.50"), 3), "1h 30m, €25.50, energy 3"),
        ((0, Decimal(0), 2), "energy 2"),
        ((0, Decimal("5"), 0), "€5.00"),
        ((45, Decimal(0), None), "45m"),
        ((0, Decimal(0), 0), ""),
    ],
)
def test_format_amounts_shows_only_what_was_given(
    amounts: tuple[int, Decimal, int | None], text: str
) -> None:
    assert format_amounts(*amounts, "EUR") == text


def test_energy_never_stands_bare() -> None:
    assert format_energy(4) == "energy 4"
    use("de")
    assert format_energy(4) == "Energie 4"
