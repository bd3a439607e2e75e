"""The one date filter every windowed read uses: both ends inclusive, None open."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from balance.core.window import Window, within

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))


def test_both_ends_are_inside_and_the_days_beyond_are_not() -> None:
    since, until = date(2026, 6, 1), date(2026, 11, 30)
    assert within(since, since, until) and within(until, since, until)
    assert not within(since - timedelta(days=1), since, until)
    assert not within(until + timedelta(days=1), since, until)
    assert within(date(1970, 1, 1), None, until) and within(date(2099, 1, 1), since, None)


@given(day=days, since=st.none() | days, until=days)
def test_a_window_contains_what_the_filter_lets_through(
    day: date, since: date | None, until: date
) -> None:
    assert Window(since, until).contains(day) == within(day, since, until)
    assert within(day, since, until) == ((since is None or since <= day) and day <= until)
