"""Month totals stand in for their rows: every figure over a window is the same."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balance.core import ledger, series
from balance.core.model import Contribution, Network, new_id
from balance.core.monthly import (
    MonthTotal,
    Reading,
    Span,
    day_totals,
    month_totals,
    reading,
    sparse_reading,
    trusted_total,
)
from balance.core.window import Window

NET = Network("n1", "Gewerbeverein Hünfelden")
OTHER = Network("n2", "Online-Gruppe")
TODAY = date(2026, 11, 28)


def row(day: date, by: str = "me", partner: str | None = "p1", **amounts: object) -> Contribution:
    amounts = amounts or {"minutes": 60}
    return Contribution(new_id(), NET.id, partner, by, day, what="Stammtisch", **amounts)  # type: ignore[arg-type]


def test_a_month_is_summed_per_pair_and_side() -> None:
    rows = [
        row(date(2026, 3, 2), minutes=30, money=Decimal("2.50"), energy=2),
        row(date(2026, 3, 30), minutes=60, energy=None),
        row(date(2026, 3, 5), by="partner", money=Decimal("10")),
        row(date(2026, 4, 1), minutes=15),
    ]
    totals = sorted(month_totals(rows), key=lambda t: (t.date, t.by))
    assert totals == [
        MonthTotal(NET.id, "p1", "me", date(2026, 3, 1), 90, Decimal("2.50"), 2, 2, 1),
        MonthTotal(NET.id, "p1", "partner", date(2026, 3, 1), 0, Decimal("10"), None, 1, 0),
        MonthTotal(NET.id, "p1", "me", date(2026, 4, 1), 15, Decimal(0), None, 1, 0),
    ]


def test_a_day_is_summed_per_pair_and_side_and_its_months_as_the_rows_are() -> None:
    rows = [
        row(date(2026, 3, 2), minutes=30, money=Decimal("2.50"), energy=2),
        row(date(2026, 3, 2), minutes=60, energy=None),
        row(date(2026, 3, 2), by="partner", money=Decimal("10")),
        row(date(2026, 3, 9), minutes=15, energy=4),
    ]
    days = sorted(day_totals(rows), key=lambda t: (t.date, t.by))
    assert days == [
        MonthTotal(NET.id, "p1", "me", date(2026, 3, 2), 90, Decimal("2.50"), 2, 2, 1),
        MonthTotal(NET.id, "p1", "partner", date(2026, 3, 2), 0, Decimal("10"), None, 1, 0),
        MonthTotal(NET.id, "p1", "me", date(2026, 3, 9), 15, Decimal(0), 4, 1, 1),
    ]
    assert sorted(month_totals(days), key=lambda t: t.by) == sorted(
        month_totals(rows), key=lambda t: t.by
    )


def test_all_time_reads_rows_from_the_alarm_windows_month_and_totals_before() -> None:
    alarm = Window(date(2026, 5, 28), TODAY, "6m")
    plan = reading(Window(None, TODAY, "all"), [alarm])
    assert plan == Reading((date(2026, 5, 1), TODAY), None, (None, date(2026, 4, 30)))


def test_a_year_reads_its_partial_first_month_as_rows() -> None:
    alarm = Window(date(2026, 5, 28), TODAY, "6m")
    plan = reading(Window(date(2025, 11, 28), TODAY, "12m"), [alarm])
    assert plan.lead == (date(2025, 11, 28), date(2025, 11, 30))
    assert plan.totals == (date(2025, 12, 1), date(2026, 4, 30))


def test_a_window_inside_the_alarm_window_needs_no_totals() -> None:
    alarm = Window(date(2026, 5, 28), TODAY, "6m")
    assert reading(Window(date(2026, 8, 28), TODAY, "3m"), [alarm]) == Reading(
        (date(2026, 5, 1), TODAY)
    )


def test_an_all_time_alarm_window_reads_every_row() -> None:
    assert reading(Window(None, TODAY, "all"), [Window(None, TODAY, "all")]) == Reading(
        (None, TODAY)
    )


def test_a_sparse_plan_reads_days_where_a_window_starts_or_ends() -> None:
    alarm = Window(date(2026, 5, 28), TODAY, "6m")
    assert sparse_reading(Window(date(2026, 8, 28), TODAY, "3m"), [alarm]) == (
        Span(date(2026, 5, 1), date(2026, 5, 31), per_day=True),
        Span(date(2026, 6, 1), date(2026, 7, 31), per_day=False, walked=True),
        Span(date(2026, 8, 1), date(2026, 8, 31), per_day=True),
        Span(date(2026, 9, 1), date(2026, 10, 31), per_day=False, walked=True),
        Span(date(2026, 11, 1), TODAY, per_day=True),
    )


def test_a_sparse_plan_never_walks_the_months_before_the_judged_windows() -> None:
    alarm = Window(date(2026, 8, 28), TODAY, "3m")
    assert sparse_reading(Window(None, TODAY, "all"), [alarm]) == (
        Span(None, date(2026, 7, 31), per_day=False),
        Span(date(2026, 8, 1), date(2026, 8, 31), per_day=True),
        Span(date(2026, 9, 1), date(2026, 10, 31), per_day=False, walked=True),
        Span(date(2026, 11, 1), TODAY, per_day=True),
    )


def test_a_sparse_plan_of_an_all_time_alarm_walks_every_old_month() -> None:
    everything = Window(None, TODAY, "all")
    assert sparse_reading(everything, [everything]) == (
        Span(None, date(2026, 10, 31), per_day=False, walked=True),
        Span(date(2026, 11, 1), TODAY, per_day=True),
    )


def test_a_sparse_plan_with_nothing_judged_walks_nothing() -> None:
    plan = sparse_reading(Window(date(2026, 5, 28), TODAY, "6m"))
    assert plan[1] == Span(date(2026, 6, 1), date(2026, 10, 31), per_day=False)


def test_a_sparse_plan_walks_from_a_past_windows_end() -> None:
    """The months from the window's end to the alarm window are read per day without
    summing, so summed they are walked: their ids are checked."""
    alarm = Window(date(2026, 5, 28), TODAY, "6m")
    plan = sparse_reading(Window(date(2026, 1, 1), date(2026, 3, 31), "range"), [alarm])
    assert Span(date(2026, 4, 1), date(2026, 4, 30), per_day=False, walked=True) in plan
    assert Span(date(2026, 2, 1), date(2026, 2, 28), per_day=False) in plan


def _entries(rows: list[Contribution], window: Window, alarm: Window, per_day: bool) -> list:
    """What the service hands the ledger: day totals (or rows) where the plan says day by
    day, else month totals."""
    plan = reading(window, [alarm])

    def days(span: tuple[date | None, date] | None) -> list[Contribution]:
        if span is None:
            return []
        lo, hi = span
        return [c for c in rows if (lo is None or c.date >= lo) and c.date <= hi]

    old = month_totals(days(plan.totals))
    if per_day:
        return [*day_totals(days(plan.rows)), *day_totals(days(plan.lead)), *old]
    return [*days(plan.rows), *days(plan.lead), *old]


rows_st = st.lists(
    st.builds(
        lambda back, by, partner, net, minutes, cents, energy: Contribution(
            new_id(),
            net.id,
            partner if by == "me" else partner or "p1",
            by,
            TODAY - timedelta(days=back),
            minutes,
            Decimal(cents) / 100,
            energy,
            "Treffen",
        ),
        st.integers(0, 1200),
        st.sampled_from(["me", "partner"]),
        st.sampled_from(["p1", "p2", None]),
        st.sampled_from([NET, OTHER]),
        st.integers(1, 600),
        st.integers(0, 20000),
        st.one_of(st.none(), st.integers(0, 5)),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(
    rows=rows_st,
    since=st.one_of(st.none(), st.integers(1, 1200)),
    alarm_months=st.integers(1, 24),
    per_day=st.booleans(),
)
def test_totals_give_the_figures_of_the_rows(
    rows: list[Contribution], since: int | None, alarm_months: int, per_day: bool
) -> None:
    window = Window(None if since is None else TODAY - timedelta(days=since), TODAY, "w")
    alarm = Window(TODAY - timedelta(days=30 * alarm_months), TODAY, "a")
    entries = _entries(rows, window, alarm, per_day)
    for partner in ("p1", "p2"):
        assert ledger.pair_balances(entries, NET, [partner], window) == ledger.pair_balances(
            rows, NET, [partner], window
        )
        assert series.series(entries, NET, partner, window) == series.series(
            rows, NET, partner, window
        )
        assert series.out_of_balance_since(entries, NET, partner, alarm) == (
            series.out_of_balance_since(rows, NET, partner, alarm)
        )
    assert ledger.network_balance(entries, NET, window) == ledger.network_balance(rows, NET, window)


@given(
    st.sampled_from(["n1", "n2"]),
    st.none() | st.just("p1"),
    st.sampled_from(["me", "partner"]),
    st.dates(),
    st.integers(0, 10**6),
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.none() | st.integers(0, 50),
    st.integers(0, 100),
)
def test_a_trusted_total_is_the_total_the_constructor_makes(
    net: str,
    partner: str | None,
    by: str,
    day: date,
    minutes: int,
    money: Decimal,
    energy: int | None,
    count: int,
) -> None:
    """The cache reader's shortcut builds the same frozen value: equal, hashed alike,
    and still refusing a change."""
    fields = (net, partner, by, day, minutes, money, energy, count, count // 2)
    made, trusted = MonthTotal(*fields), trusted_total(*fields)  # type: ignore[arg-type]
    assert trusted == made and hash(trusted) == hash(made) and repr(trusted) == repr(made)
    with pytest.raises(AttributeError):
        trusted.minutes = 1  # type: ignore[misc]
