"""Parsers at their edges: the day a short date turns into last year's, 1970, the window
clamp, and the money refusals that must say which mistake it was."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from balance.core.errors import ValidationError
from balance.core.parse import (
    EPOCH,
    WINDOW_FORMS,
    parse_date,
    parse_minutes,
    parse_money,
    parse_tags,
    parse_window,
)
from tests.core.parse.support import EUR_FORMS, refused

TODAY = date(2026, 11, 28)


def test_a_short_date_up_to_31_days_ahead_is_this_year_and_refused() -> None:
    assert TODAY + timedelta(days=31) == date(2026, 12, 29)
    error = refused(lambda: parse_date("29.12.", TODAY), "date", "3 days ago")
    assert error.message.startswith(
        "'29.12.' is in the future (this year's 29.12. has not come yet; "
        "for last year's write 29.12.2025)"
    )
    assert parse_date("30.12.", TODAY) == date(2025, 12, 30)


def test_29_february_without_a_year_finds_last_years_leap_day() -> None:
    assert parse_date("29.02.", date(2025, 3, 1)) == date(2024, 2, 29)


def test_a_short_date_on_the_first_day_of_1970_is_fine_and_the_day_before_is_not() -> None:
    assert parse_date("01.01.", date(1970, 6, 1)) == EPOCH
    error = refused(lambda: parse_date("31.12.", date(1970, 6, 1)), "date", "3 days ago")
    assert error.message.startswith("'31.12.' is before 1970;")


@pytest.mark.parametrize(
    ("text", "since"),
    [
        ("alle", None),
        ("Alle", None),
        ("10393d", TODAY - timedelta(days=10393)),  # far back, but after 1970: not clamped
        ("2969w", date(1970, 1, 3)),  # 20,783 days: the clamp starts after 20,785
        (f"{(TODAY - EPOCH).days}d", EPOCH),
        ("99999y", EPOCH),  # clamped before any date arithmetic could overflow
        ("99999d", EPOCH),
        ("99999w", EPOCH),
        ("99999m", EPOCH),
    ],
)
def test_windows_far_back(text: str, since: date | None) -> None:
    assert parse_window(text, TODAY) == (since, TODAY)


def test_a_range_with_two_bad_splits_is_not_a_window() -> None:
    error = refused(lambda: parse_window("27.11...x", TODAY), "window", WINDOW_FORMS)
    assert error.message == f"'27.11...x' is not a window; {WINDOW_FORMS}"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("EUR -25", "'EUR -25' is negative; money must be 0 or more"),
        ("eur-25", "'eur-25' is negative; money must be 0 or more"),
        ("25 EUR-", "'25 EUR-' is not an amount"),  # its own currency: not 'not in EUR'
        ("25€-", "'25€-' is not an amount"),
        ("25 USD", "'25 USD' is not in EUR"),
    ],
)
def test_money_refusals_say_which_mistake(text: str, reason: str) -> None:
    error = refused(lambda: parse_money(text, "EUR"), "money", EUR_FORMS)
    assert error.message == f"{reason}; {EUR_FORMS}"


def test_a_currency_without_a_symbol_lists_only_its_code() -> None:
    forms = "use 25.50, 25,50, 1.234,50, 25 SEK"
    error = refused(lambda: parse_money("x", "SEK"), "money", forms)
    assert error.message == f"'x' is not an amount; {forms}"
    error = refused(lambda: parse_money("25 SEK-", "SEK"), "money", forms)
    assert error.message == f"'25 SEK-' is not an amount; {forms}"


def test_the_longest_currency_mark_is_read_first() -> None:
    assert parse_money("sfr.25", "CHF") == Decimal("25")
    assert parse_money("Fr.25", "CHF") == Decimal("25")
    assert parse_money("euros 25", "EUR") == Decimal("25")


def test_a_half_minute_rounds_up() -> None:
    assert parse_minutes("0.375h") == 23  # 22.5 minutes
    assert parse_minutes("0.125h") == 8  # 7.5 minutes


def test_an_ambiguous_amount_says_both_readings() -> None:
    error = refused(lambda: parse_money("12,345"), "money", EUR_FORMS)
    assert error.message == (
        "'12,345' is ambiguous: write 12345 for the thousands, or 12,3450 for the small "
        f"amount; {EUR_FORMS}"
    )


def test_tags_keep_their_letters_and_refuse_unicode_line_breaks() -> None:
    assert parse_tags(["Xmas, #XL", "t" * 200]) == ("Xmas", "XL", "t" * 200)
    for brk in ("\u2028", "\u2029"):
        with pytest.raises(ValidationError) as info:
            parse_tags([f"a{brk}b"])
        assert info.value.field == "tag" and "not one line" in info.value.message
