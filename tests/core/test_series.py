"""Windows, series, leaning, the network mean and the budget at their edges.

Each test pins a day on a boundary: the window's first and last day, a point's
edge day, the first of the month. A rule that moves a boundary by one day
changes a figure a user sees, so each of these fails on such a change.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from balance.core import exchange, ledger, series
from balance.core.ledger import Totals, balance_of
from balance.core.model import Contribution, Network, Status, new_id
from balance.core.window import Window

NET = Network(id="n1", name="Gewerbeverein Hünfelden")
TODAY = date(2026, 11, 28)
SIX = Window(date(2026, 5, 28), TODAY, "6m")


def c(
    by: str = "me",
    minutes: int = 60,
    day: date = TODAY,
    partner: str | None = "anna",
    network: str = "n1",
    money: str = "0",
    energy: int = 0,
) -> Contribution:
    return Contribution(
        new_id(),
        network,
        partner,
        by,
        day,
        minutes,
        Decimal(money),
        energy,
        "x",  # type: ignore[arg-type]
    )


def test_a_window_counts_its_first_and_last_day() -> None:
    rows = [
        c(minutes=1, day=date(2026, 5, 27)),
        c(minutes=10, day=date(2026, 5, 28)),
        c(minutes=100, day=TODAY),
        c(minutes=1000, day=date(2026, 11, 29)),
    ]
    assert SIX.contains(date(2026, 5, 28)) and SIX.contains(TODAY)
    assert not SIX.contains(date(2026, 5, 27)) and not SIX.contains(date(2026, 11, 29))
    bal = ledger.pair_balances(rows, NET, ["anna"], SIX)["anna"]
    assert bal.mine.minutes == 110 and bal.mine.count == 2
    points = series.series(rows, NET, "anna", SIX)
    assert points[-1].mine.minutes == 110


def test_a_partner_with_nothing_logged_is_in_the_balances() -> None:
    bal = ledger.pair_balances([c()], NET, ["anna", "bernd"], SIX)
    assert bal["bernd"].count == 0 and bal["bernd"].status is Status.TOO_LITTLE_DATA
    assert bal["anna"].mine.minutes == 60


def test_balance_of_counts_both_sides_towards_the_minimum() -> None:
    mine, theirs = Totals(600, count=1), Totals(0, count=1)
    assert balance_of(mine, theirs, NET).status is Status.TOO_LITTLE_DATA
    assert balance_of(Totals(600, count=2), theirs, NET).status is Status.IMBALANCED


def test_a_contribution_on_an_edge_day_is_in_that_point() -> None:
    rows = [c(minutes=60, day=date(2026, 6, 30)), c("partner", minutes=30, day=date(2026, 7, 1))]
    points = series.series(rows, NET, "anna", SIX)
    by_day = {p.day: p for p in points}
    assert by_day[date(2026, 5, 31)].mine.minutes == 0
    assert by_day[date(2026, 6, 30)].mine.minutes == 60
    assert by_day[date(2026, 6, 30)].theirs.minutes == 0
    assert by_day[date(2026, 7, 31)].theirs.minutes == 30


def test_monthly_points_fall_on_month_ends_and_the_last_day() -> None:
    window = Window(date(2026, 11, 15), date(2027, 3, 31), "")
    days = [p.day for p in series.series([], NET, "anna", window)]
    assert days == [
        date(2026, 11, 30),
        date(2026, 12, 31),
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
    ]


def test_weekly_points_fall_on_sundays_and_the_last_day() -> None:
    window = Window(date(2026, 11, 4), date(2026, 11, 29), "")  # a Wednesday to a Sunday
    days = [p.day for p in series.series([], NET, "anna", window, step="week")]
    assert days == [date(2026, 11, 8), date(2026, 11, 15), date(2026, 11, 22), date(2026, 11, 29)]
    short = Window(date(2026, 11, 23), date(2026, 11, 25), "")
    assert [p.day for p in series.series([], NET, "anna", short, step="week")] == [
        date(2026, 11, 25)
    ]


def test_a_series_over_all_time_starts_at_the_first_contribution() -> None:
    rows = [c(day=date(2026, 9, 10)), c(day=date(2026, 8, 3)), c("partner", day=date(2026, 10, 1))]
    everything = Window(None, TODAY, "all")
    points = series.series(rows, NET, "anna", everything)
    assert [p.day for p in points] == [
        date(2026, 8, 31),
        date(2026, 9, 30),
        date(2026, 10, 31),
        TODAY,
    ]
    assert [p.mine.minutes for p in points] == [60, 120, 120, 120]
    assert [p.theirs.minutes for p in points] == [0, 0, 60, 60]
    assert [p.day for p in series.series([], NET, "anna", everything)] == [TODAY]


def test_a_series_holds_only_its_network_its_partner_and_its_window() -> None:
    rows = [
        c(minutes=1, partner="anna"),
        c(minutes=10, partner="bernd"),
        c(minutes=100, partner=None),
        c(minutes=1000, network="other"),
        c(minutes=10000, day=date(2026, 1, 5)),
    ]
    assert series.series(rows, NET, "anna", SIX)[-1].mine.minutes == 1
    assert series.series(rows, NET, None, SIX)[-1].mine.minutes == 111


def test_pair_rows_are_the_pairs_rows_in_the_window_oldest_first() -> None:
    late, early = c(day=TODAY), c(day=date(2026, 6, 1))
    network_wide = c(partner=None, day=date(2026, 7, 1))
    others = [
        c(partner="bernd"),
        c(network="other"),
        c(day=date(2026, 5, 27)),  # the day before the window
        c(day=date(2026, 11, 29)),  # the day after
    ]
    rows = [late, network_wide, *others, early]
    assert series.pair_rows(rows, NET, "anna", SIX) == [early, late]
    everyone = series.pair_rows(rows, NET, None, SIX)
    assert everyone[:2] == [early, network_wide] and others[0] in everyone
    assert not {id(r) for r in others[1:]} & {id(r) for r in everyone}


def test_each_point_carries_the_balance_up_to_its_day() -> None:
    rows = [c(day=date(2026, 6, 1)), c(day=date(2026, 6, 2)), c("partner", day=date(2026, 6, 3))]
    point = series.series(rows, NET, "anna", SIX)[1]
    assert point.day == date(2026, 6, 30)
    assert (point.mine.minutes, point.theirs.minutes) == (120, 60)
    assert point.share == Fraction(2, 3) and point.status is Status.IMBALANCED


def _point(day: date, status: Status) -> series.Point:
    return series.Point(day, Totals(), Totals(), None, status)


def test_out_of_balance_since_is_the_day_the_current_run_began() -> None:
    rows = [
        c(minutes=60, day=date(2026, 6, 1)),
        c(minutes=60, day=date(2026, 6, 2)),
        c(minutes=60, day=date(2026, 6, 3)),  # 3:0, imbalanced: an earlier run
        c("partner", minutes=180, day=date(2026, 7, 1)),  # even again
        c(minutes=120, day=date(2026, 8, 28)),  # 5:3, leaning: the current run
        c(minutes=120, day=date(2026, 9, 28)),  # 7:3, imbalanced, the same run
    ]
    assert series.out_of_balance_since(rows, NET, "anna", SIX) == date(2026, 8, 28)
    evened = [*rows, c("partner", minutes=420, day=date(2026, 10, 1))]
    assert series.out_of_balance_since(evened, NET, "anna", SIX) is None
    assert series.out_of_balance_since(rows[:2], NET, "anna", SIX) is None  # too little data
    assert series.out_of_balance_since([], NET, "anna", SIX) is None


def test_network_balance_is_you_against_all_partners_together() -> None:
    rows = [
        c(minutes=100, money="10.00", energy=1, partner=None),
        c(minutes=20, money="0.50", energy=2, partner="anna"),
        c("partner", minutes=30, money="5.00", energy=3, partner="anna"),
        c("partner", minutes=60, money="2.25", energy=1, partner="bernd"),
        c(minutes=1, partner="carla", network="other"),
    ]
    b = ledger.network_balance(rows, NET, SIX)
    assert b.mine == Totals(120, Decimal("10.50"), 3, 2, energy_count=2)
    assert b.theirs == Totals(90, Decimal("7.25"), 4, 2, energy_count=2)
    assert b.shares == (Fraction(120, 210), Fraction(1050, 1775), Fraction(3, 7))
    assert b.count == 4


def test_network_balance_needs_three_contributions() -> None:
    two = [c(minutes=300, partner=None), c("partner", minutes=10)]
    assert ledger.network_balance(two, NET, SIX).status is Status.TOO_LITTLE_DATA
    three = [*two, c(minutes=300, partner=None)]
    assert ledger.network_balance(three, NET, SIX).status is Status.IMBALANCED


def test_network_balance_with_only_your_own_work_has_no_ratio() -> None:
    b = ledger.network_balance([c(minutes=60, money="2.50", partner=None)] * 3, NET, SIX)
    assert b.mine == Totals(180, Decimal("7.50"), 0, 3, energy_count=3)
    assert b.theirs == Totals()
    assert b.shares == (Fraction(1), Fraction(1), None) and b.ratio is None


def test_money_totals_keep_their_cents() -> None:
    rows = [c(money="25.50", partner=None), c(money="0.50", partner=None)]
    b = ledger.network_balance(rows, NET, SIX)
    assert str(b.mine.money) == "26.00"
    total = Totals(0, Decimal("25.50"), 0, 1) + Totals(0, Decimal("10.00"), 2, 2)
    assert total == Totals(0, Decimal("35.50"), 2, 3) and str(total.money) == "35.50"


def test_budget_use_counts_this_month_from_its_first_day_to_the_last() -> None:
    rows = [
        c(minutes=1, day=date(2026, 10, 31)),
        c(minutes=10, day=date(2026, 11, 1)),
        c(minutes=100, day=TODAY),
        c(minutes=1000, day=date(2026, 11, 29)),
        c("partner", minutes=5, day=date(2026, 11, 2)),
        c(minutes=7, day=date(2026, 11, 2), network="other"),
    ]
    assert exchange.budget_use(rows, NET, SIX).this_month == Totals(110, Decimal(0), 0, 2, 2)


def test_as_float_rounds_for_showing_only() -> None:
    assert ledger.as_float(None) is None
    assert ledger.as_float(Fraction(2, 3)) == 0.6667
    assert ledger.as_float(Fraction(2, 3), places=2) == 0.67


def test_out_of_balance_since_reads_only_the_pair_the_network_and_the_window() -> None:
    rows = [
        c(minutes=60, day=date(2026, 6, 1)),
        c(minutes=60, day=date(2026, 6, 2)),
        c(minutes=60, day=date(2026, 6, 3)),
        c(minutes=60, day=date(2026, 5, 1)),  # before the window: not read
        c("partner", minutes=600, day=date(2026, 6, 2), partner="jürgen"),  # another pair
        c("partner", minutes=600, day=date(2026, 6, 2), network="n2"),  # another network
    ]
    shuffled = [rows[2], rows[4], rows[0], rows[5], rows[3], rows[1]]
    assert series.out_of_balance_since(shuffled, NET, "anna", SIX) == date(2026, 6, 3)
    # The whole network (partner None): Jürgen's 10h tip it the other way from 2 June.
    assert series.out_of_balance_since(shuffled, NET, None, SIX) == date(2026, 6, 2)


def test_a_day_is_judged_after_all_of_its_entries() -> None:
    day = date(2026, 9, 1)
    rows = [
        c(minutes=60, day=date(2026, 8, 1)),
        c("partner", minutes=60, day=date(2026, 8, 2)),
        c(minutes=600, day=day),  # alone this day would tip it ...
        c("partner", minutes=600, day=day),  # ... but the same day evens it out
    ]
    assert series.out_of_balance_since(rows, NET, "anna", SIX) is None
    later = [*rows, c(minutes=600, day=date(2026, 10, 1)), c(minutes=60, day=date(2026, 10, 2))]
    assert series.out_of_balance_since(later, NET, "anna", SIX) == date(2026, 10, 1)
