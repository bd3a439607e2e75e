"""`parse_future_date`: the next review a talk agrees on lies on or after the talk."""

from __future__ import annotations

from datetime import date

import pytest

from balance.core.parse import REVIEW_FORMS, parse_future_date
from tests.core.parse.support import refused

TALK = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TALK),
        ("heute", TALK),
        ("+0d", TALK),
        ("+90d", date(2027, 2, 26)),
        ("+1 day", date(2026, 11, 29)),
        ("in 10 days", date(2026, 12, 8)),
        ("+12w", date(2027, 2, 20)),  # 84 days, not 12
        ("+1 week", date(2026, 12, 5)),
        ("in 2 weeks", date(2026, 12, 12)),
        ("+3m", date(2027, 2, 28)),
        ("+1 month", date(2026, 12, 28)),
        ("in 3 months", date(2027, 2, 28)),
        ("IN 3 MONTHS", date(2027, 2, 28)),
        ("+9999d", date(2054, 4, 14)),
        ("2027-03-01", date(2027, 3, 1)),
        ("2026-11-28", TALK),
        ("01.03.2027", date(2027, 3, 1)),
        ("1.3.2027", date(2027, 3, 1)),
    ],
)
def test_parse_future_date_accepts(text: str, expected: date) -> None:
    assert parse_future_date(text, TALK) == expected


def test_months_ahead_end_on_the_last_day_of_a_short_month() -> None:
    assert parse_future_date("+1m", date(2027, 1, 31)) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("gestern", "'gestern' is before the talk"),
        ("2026-11-27", "'2026-11-27' is before the talk"),
        ("27.11.2026", "'27.11.2026' is before the talk"),
        ("2027-02-30", "'2027-02-30': that day does not exist"),
        ("30.02.2027", "'30.02.2027': that day does not exist"),
        ("01.03.27", "'01.03.27' is not a date"),  # a two-digit year: say it in full
        ("01.03.", "'01.03.' is not a date"),
        ("+12345d", "'+12345d' is not a date"),
        ("+3y", "'+3y' is not a date"),
        ("soon", "'soon' is not a date"),
    ],
)
def test_parse_future_date_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_future_date(text, TALK), "next-review", REVIEW_FORMS)
    assert error.message == f"{reason}; {REVIEW_FORMS}"
