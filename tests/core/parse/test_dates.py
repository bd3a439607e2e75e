"""Tests for balance.parse: every accepted form, every refused form, and properties.

Refusals are checked for the field, for naming the accepted forms, and for
being one line, because that one line is what the CLI prints before exit 2.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balance.core.parse import (
    DATE_FORMS,
    WINDOW_FORMS,
    parse_date,
    parse_window,
)
from tests.core.parse.support import TODAY, refused

# ------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TODAY),
        ("Today", TODAY),
        ("heute", TODAY),
        ("yesterday", date(2026, 11, 27)),
        ("gestern", date(2026, 11, 27)),
        ("vorgestern", date(2026, 11, 26)),
        ("2026-11-27", date(2026, 11, 27)),
        ("2026-11-28", TODAY),
        ("2026-1-5", date(2026, 1, 5)),
        ("1970-01-01", date(1970, 1, 1)),
        ("27.11.2026", date(2026, 11, 27)),
        ("1.2.2026", date(2026, 2, 1)),
        ("27.11.26", date(2026, 11, 27)),
        ("27.11.99", date(1999, 11, 27)),
        ("27.11.", date(2026, 11, 27)),
        ("27.11", date(2026, 11, 27)),
        ("28.11.", TODAY),
        ("15.01.", date(2026, 1, 15)),
        ("31.12.", date(2025, 12, 31)),  # far in the future this year: last year's
        ("31.12.", date(2025, 12, 31)),
        ("-3d", date(2026, 11, 25)),
        ("- 3 days", date(2026, 11, 25)),
        ("3d ago", date(2026, 11, 25)),
        ("3 days ago", date(2026, 11, 25)),
        ("1 day ago", date(2026, 11, 27)),
        ("0 days ago", TODAY),
        ("-2w", date(2026, 11, 14)),
        ("2 weeks ago", date(2026, 11, 14)),
        ("1 week ago", date(2026, 11, 21)),
        ("vor 3 Tagen", date(2026, 11, 25)),
        ("vor 1 Tag", date(2026, 11, 27)),
        ("vor 2 Wochen", date(2026, 11, 14)),
        ("  2026-11-27 ", date(2026, 11, 27)),
    ],
)
def test_parse_date_accepts(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("tomorrowish", "'tomorrowish' is not a date"),
        ("tomorrow", "not a date"),
        ("next friday", "not a date"),
        ("Nov 27 2026", "not a date"),
        ("27/11/2026", "not a date"),
        ("31.02.2026", "that day does not exist"),
        ("2026-02-30", "that day does not exist"),
        ("2026-13-01", "that day does not exist"),
        ("32.01.", "that day does not exist"),
        ("29.02.", "needs a year"),  # no 29 Feb since 2025-11-28
        ("2026-11-29", "is in the future"),
        ("29.11.2026", "is in the future"),
        ("01.01.2027", "is in the future"),
        ("1969-12-31", "is before 1970"),
        ("0001-01-01", "is before 1970"),
        ("01.01.30", "is before 1970"),  # 2030 is the future, so 1930
        ("99999 days ago", "is before 1970"),
        ("9" * 40 + "d ago", "is before 1970"),
        ("3d", "not a date"),
        ("-3", "not a date"),
        ("in 3 days", "not a date"),
    ],
)
def test_parse_date_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_date(text, TODAY), "date", DATE_FORMS)
    assert reason in error.message
    assert error.message.endswith(
        "use today, yesterday, 2026-11-27, 27.11.2026, 27.11. or 3 days ago"
    )


def test_a_day_and_month_is_the_latest_such_day_not_in_the_future() -> None:
    """Last week's 05.12. logged in January is last December's; a day a few days
    ahead this year is refused, and the message says how to write last year's."""
    assert parse_date("05.12.", date(2027, 1, 10)) == date(2026, 12, 5)
    assert parse_date("27.11.", date(2027, 1, 10)) == date(2026, 11, 27)
    error = refused(lambda: parse_date("05.12.", date(2026, 12, 2)), "date", DATE_FORMS)
    assert "'05.12.' is in the future" in error.message
    assert "for last year's write 05.12.2025" in error.message


def test_parse_date_29_february_in_leap_year() -> None:
    assert parse_date("29.02.", date(2028, 3, 1)) == date(2028, 2, 29)
    assert parse_date("29.02.2024", TODAY) == date(2024, 2, 29)


@given(st.dates(min_value=date(1970, 1, 1), max_value=TODAY))
def test_dates_round_trip(day: date) -> None:
    assert parse_date(day.isoformat(), TODAY) == day
    assert parse_date(day.strftime("%d.%m.%Y"), TODAY) == day


@given(st.integers(min_value=0, max_value=(TODAY - date(1970, 1, 1)).days))
def test_relative_days(days: int) -> None:
    expected = TODAY - timedelta(days=days)
    assert parse_date(f"-{days}d", TODAY) == expected
    assert parse_date(f"{days} days ago", TODAY) == expected


# ---------------------------------------------------------------------- windows


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("3m", date(2026, 8, 28), TODAY),
        ("6m", date(2026, 5, 28), TODAY),
        ("12m", date(2025, 11, 28), TODAY),
        ("1m", date(2026, 10, 28), TODAY),
        ("24m", date(2024, 11, 28), TODAY),
        ("1y", date(2025, 11, 28), TODAY),
        ("2w", date(2026, 11, 14), TODAY),
        ("90d", date(2026, 8, 30), TODAY),
        ("all", None, TODAY),
        ("ALL", None, TODAY),
        ("999y", date(1970, 1, 1), TODAY),  # clamped: nothing is older
        ("2026-01-01..2026-06-30", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026-01-01 .. 2026-06-30", date(2026, 1, 1), date(2026, 6, 30)),
        ("01.01.2026..30.06.2026", date(2026, 1, 1), date(2026, 6, 30)),
        ("27.11...28.11.", date(2026, 11, 27), TODAY),
        ("3 days ago..yesterday", date(2026, 11, 25), date(2026, 11, 27)),
        ("2026-01-01..", date(2026, 1, 1), TODAY),
        ("..2026-06-30", None, date(2026, 6, 30)),
        ("today..today", TODAY, TODAY),
    ],
)
def test_parse_window_accepts(text: str, since: date | None, until: date) -> None:
    assert parse_window(text, TODAY) == (since, until)


def test_parse_window_month_end() -> None:
    assert parse_window("1m", date(2026, 3, 31)) == (date(2026, 2, 28), date(2026, 3, 31))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("x", "'x' is not a window"),
        ("0m", "empty window"),
        ("3", "not a window"),
        ("-3m", "not a window"),
        ("..", "not a window"),
        ("2026-06-30..2026-01-01", "starts after it ends"),
        ("2026-13-01..2026-06-30", "has a bad date: '2026-13-01': that day does not exist"),
        ("2026-01-01..2027-01-01", "is in the future"),
        ("soon..later", "has a bad date: 'soon' is not a date"),
    ],
)
def test_parse_window_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_window(text, TODAY), "window", WINDOW_FORMS)
    assert reason in error.message
    assert error.message.count("; use ") == 1  # the date forms are not listed too
