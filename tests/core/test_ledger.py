"""The balance semantics of DESIGN.md, checked on small hand-made ledgers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balance.core import exchange, ledger, series
from balance.core.ledger import Totals, balance_of
from balance.core.model import Contribution, Network, Status, Weights, new_id
from balance.core.parse import parse_window
from balance.core.window import Window

TODAY = date(2026, 11, 28)
NET = Network(id="n1", name="Gewerbeverein Hünfelden")


def window(spec: str, today: date = TODAY) -> Window:
    """Windows as the app builds them (Service.window): parse_window."""
    return Window(*parse_window(spec, today), spec)


SIX = window("6m")


def c(
    by: str = "me",
    minutes: int = 0,
    money: str = "0",
    energy: int | None = None,
    day: date = TODAY,
    partner: str | None = "anna",
    network: str = "n1",
) -> Contribution:
    return Contribution(
        id=new_id(),
        network_id=network,
        partner_id=partner,
        by=by,  # type: ignore[arg-type]
        date=day,
        minutes=minutes,
        money=Decimal(money),
        energy=energy,
        what="x",
    )


def pair(rows: list[Contribution], network: Network = NET, window: Window = SIX):
    return ledger.pair_balances(rows, network, ["anna"], window)["anna"]


def test_window_six_months_is_inclusive_calendar_months() -> None:
    assert SIX.since == date(2026, 5, 28) and SIX.until == TODAY
    assert SIX.contains(date(2026, 5, 28)) and not SIX.contains(date(2026, 5, 27))
    assert window("3m", date(2026, 5, 31)).since == date(2026, 2, 28)


def test_share_per_dimension_and_combined_mean() -> None:
    rows = [c(minutes=90, money="25.50", energy=3), c("partner", minutes=30), c(minutes=60)]
    b = pair(rows)
    assert b.mine == Totals(150, Decimal("25.50"), 3, 2, energy_count=1)
    assert b.theirs == Totals(30, Decimal(0), 0, 1, energy_count=0)
    # Anna's energy was not recorded: energy is left out, not "you 100%".
    assert b.shares == (Fraction(150, 180), Fraction(1), None)
    assert b.share == (Fraction(5, 6) + 1) / 2
    assert b.status is Status.IMBALANCED and b.direction == "me"


def test_undefined_dimension_is_left_out_of_the_mean() -> None:
    rows = [c(minutes=60), c("partner", minutes=60), c(minutes=60, energy=0)]
    b = pair(rows)
    assert b.shares[1] is None and b.shares[2] is None
    assert b.share == Fraction(2, 3)


def test_weights_zero_ignore_money() -> None:
    club = replace(NET, weights=Weights(Decimal(1), Decimal(0), Decimal(1)))
    rows = [
        c(minutes=60, money="500"),
        c("partner", minutes=60),
        c("partner", minutes=0, energy=1),
        c(energy=1),
    ]
    assert pair(rows, club).share == Fraction(1, 2)
    assert pair(rows, club).status is Status.BALANCED
    assert pair(rows, NET).share > Fraction(1, 2)


def test_fewer_than_three_contributions_is_too_little_data_never_alarm() -> None:
    b = pair([c(minutes=600), c(minutes=600)])
    assert b.status is Status.TOO_LITTLE_DATA and b.direction is None
    verdict = exchange.exchange_of(b, exchange.ValueBalance(), NET)
    assert verdict == "too_little_data"
    assert not exchange.prompt_active(verdict, None, None, TODAY, 30)


@pytest.mark.parametrize(
    ("mine", "theirs", "status"),
    [
        (100, 100, Status.BALANCED),
        (149, 100, Status.BALANCED),
        (150, 100, Status.LEANING),  # ratio exactly 1.5
        (199, 100, Status.LEANING),
        (200, 100, Status.IMBALANCED),  # exactly twice: s = 2/3
        (100, 200, Status.IMBALANCED),
        (100, 0, Status.IMBALANCED),
    ],
)
def test_status_limits_are_exact(mine: int, theirs: int, status: Status) -> None:
    # Three contributions whose totals stand exactly mine : theirs.
    rows = (
        [c(minutes=mine), c(minutes=mine), c("partner", minutes=2 * theirs)]
        if theirs
        else [c(minutes=mine), c(minutes=mine), c(minutes=mine)]
    )
    b = pair(rows)
    assert b.status is status


def test_thresholds_are_per_network() -> None:
    strict = replace(NET, lean_ratio=Decimal("1.2"), imbalance_ratio=Decimal("1.4"))
    rows = [c(minutes=70), c(minutes=80), c("partner", minutes=100)]  # 150:100 = 1.5
    assert pair(rows).status is Status.LEANING
    assert pair(rows, strict).status is Status.IMBALANCED


def test_direction_partner_carries() -> None:
    rows = [c("partner", minutes=120), c("partner", money="80"), c(minutes=20)]
    b = pair(rows)
    assert b.status is Status.IMBALANCED and b.direction == "partner"


def test_window_excludes_old_and_other_network() -> None:
    rows = [
        c(minutes=60, day=TODAY - timedelta(days=400)),
        c(minutes=60, network="other"),
        c(minutes=10),
    ]
    assert pair(rows).mine.minutes == 10
    assert pair(rows, window=window("all")).mine.minutes == 70


def test_series_is_cumulative_and_ends_today() -> None:
    rows = [
        c(minutes=60, day=date(2026, 7, 10)),
        c("partner", minutes=60, day=date(2026, 9, 3)),
        c(minutes=60, day=date(2026, 11, 1)),
    ]
    points = series.series(rows, NET, "anna", SIX)
    assert points[-1].day == TODAY
    assert [p.mine.minutes for p in points] == [0, 0, 60, 60, 60, 60, 120]
    assert points[-1].share == Fraction(2, 3)
    assert points[-1].status is Status.IMBALANCED
    # The run began with the third contribution, on 1 Nov: a day in the data.
    assert series.out_of_balance_since(rows, NET, "anna", SIX) == date(2026, 11, 1)
    weekly = series.series(rows, NET, "anna", SIX, step="week")
    assert len(weekly) > len(points) and weekly[-1].share == points[-1].share


def test_leaning_since_finds_start_of_current_run() -> None:
    rows = [
        c(minutes=60, day=date(2026, 6, 2)),
        c(minutes=60, day=date(2026, 6, 3)),
        c("partner", minutes=60, day=date(2026, 6, 4)),
        c(minutes=200, day=date(2026, 9, 15)),
    ]
    # Even from 4 June on (2:1 in time since the third entry), whatever came after.
    assert series.out_of_balance_since(rows, NET, "anna", SIX) == date(2026, 6, 4)


def test_budget_use_this_month_and_average() -> None:
    rows = [
        c(minutes=60, day=date(2026, 11, 2)),
        c(minutes=120, day=date(2026, 10, 2)),
        c("partner", minutes=999, day=date(2026, 11, 3)),
    ]
    use = exchange.budget_use(rows, NET, SIX)
    assert use.this_month.minutes == 60  # the October two hours and the partner's do not count


def test_prompt_rule_cooldown_and_snooze() -> None:
    one = "one_sided"
    assert exchange.prompt_active(one, None, None, TODAY, 30)
    for other in ("fair_trade", "imbalanced", "leaning", "balanced", "too_little_data"):
        assert not exchange.prompt_active(other, None, None, TODAY, 30)
    # A talk clears it for the cooldown; it comes back when still one-sided after it.
    assert not exchange.prompt_active(one, TODAY - timedelta(days=29), None, TODAY, 30)
    assert exchange.prompt_active(one, TODAY - timedelta(days=30), None, TODAY, 30)
    # A snooze ends on its `until` day: 7 days from today hide today .. today + 6.
    assert not exchange.prompt_active(one, None, TODAY + timedelta(days=1), TODAY, 30)
    assert exchange.prompt_active(one, None, TODAY, TODAY, 30)
    assert exchange.prompt_active(one, None, TODAY - timedelta(days=1), TODAY, 30)


def test_review_due() -> None:
    assert not exchange.review_due(None, None, 90, TODAY)
    assert not exchange.review_due(None, TODAY - timedelta(days=10), 90, TODAY)
    assert exchange.review_due(None, TODAY - timedelta(days=90), 90, TODAY)
    assert exchange.review_due(TODAY - timedelta(days=91), None, 90, TODAY)
    assert not exchange.review_due(
        TODAY - timedelta(days=5), TODAY - timedelta(days=500), 90, TODAY
    )
    # The next review agreed in the talk wins over the cadence.
    assert exchange.review_due(TODAY - timedelta(days=5), None, 90, TODAY, next_review=TODAY)
    assert not exchange.review_due(
        TODAY - timedelta(days=200), None, 90, TODAY, next_review=TODAY + timedelta(days=1)
    )


# --- invariants --------------------------------------------------------------

amounts = st.tuples(
    st.sampled_from(["me", "partner"]),
    st.integers(0, 600),
    st.decimals(0, 1000, places=2, allow_nan=False, allow_infinity=False),
    st.integers(0, 5),
).filter(lambda t: t[1] or t[2] or t[3])


def _rows(items: list[tuple[str, int, Decimal, int]]) -> list[Contribution]:
    return [
        Contribution(new_id(), "n1", "anna", by, TODAY, m, money, e, "x")  # type: ignore[arg-type]
        for by, m, money, e in items
    ]


weights = st.tuples(*[st.sampled_from([Decimal(0), Decimal(1), Decimal("0.5"), Decimal(3)])] * 3)


@settings(max_examples=150, deadline=None)
@given(st.lists(amounts, max_size=12), weights.filter(lambda w: any(w)))
def test_shares_stay_between_zero_and_one(items, w) -> None:
    net = replace(NET, weights=Weights(*w))
    b = pair(_rows(items), net)
    for s in (*b.shares, b.share):
        assert s is None or 0 <= s <= 1


@settings(max_examples=150, deadline=None)
@given(st.lists(amounts, max_size=12))
def test_swapping_me_and_partner_mirrors_the_share(items) -> None:
    b = pair(_rows(items))
    mirrored = [("partner" if by == "me" else "me", m, money, e) for by, m, money, e in items]
    m = pair(_rows(mirrored))
    if b.share is None:
        assert m.share is None
    else:
        assert m.share == 1 - b.share
        assert m.status is b.status
        if b.direction:
            assert m.direction == ("partner" if b.direction == "me" else "me")


@settings(max_examples=150, deadline=None)
@given(st.lists(amounts, max_size=12), amounts)
def test_adding_a_contribution_never_moves_share_away_from_its_giver(items, extra) -> None:
    before = pair(_rows(items))
    after = pair(_rows([*items, extra]))
    if before.share is None or after.share is None:
        return
    # A dimension that joins the mean joins at 1 (or 0) for the giver, so even then
    # the combined share can only move towards the giver.
    if extra[0] == "me":
        assert after.share >= before.share
    else:
        assert after.share <= before.share


@settings(max_examples=100, deadline=None)
@given(st.lists(amounts, max_size=12), amounts)
def test_per_dimension_share_never_moves_away_from_giver(items, extra) -> None:
    before = pair(_rows(items))
    after = pair(_rows([*items, extra]))
    for b, a in zip(before.shares, after.shares, strict=True):
        if b is None or a is None:
            continue
        assert (a >= b) if extra[0] == "me" else (a <= b)


def test_balance_of_counts_both_sides() -> None:
    b = balance_of(Totals(60, Decimal(0), 0, 2), Totals(60, Decimal(0), 0, 1), NET)
    assert b.count == 3 and b.status is Status.BALANCED and b.direction is None
