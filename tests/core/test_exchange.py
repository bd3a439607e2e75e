"""The network rule, values and the exchange that decides prompts (DESIGN.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from balance.core import exchange, ledger
from balance.core.exchange import MIN_VALUES, value_balance
from balance.core.model import Contribution, Network, Status, Value, ValueKind, new_id
from balance.core.parse import parse_window
from balance.core.window import Window

TODAY = date(2026, 11, 28)
NET = Network(id="n1", name="Gewerbeverein Hünfelden")
SIX = Window(*parse_window("6m", TODAY), "6m")


def c(by: str, partner: str | None, minutes: int = 60, money: str = "10", energy: int | None = 2):
    return Contribution(
        new_id(),
        "n1",
        partner,
        by,
        TODAY,
        minutes,
        Decimal(money),
        energy,
        "x",  # type: ignore[arg-type]
    )


def v(to: str, partner: str | None = "anna", kind: ValueKind = ValueKind.REFERRAL, amount=None):
    return Value(new_id(), "n1", partner, to, TODAY, kind, "lead", amount)  # type: ignore[arg-type]


def effort(mine: int, theirs: int) -> ledger.Balance:
    rows = [c("me", "anna", minutes=mine, money="0", energy=None)] * 2
    rows += [c("partner", "anna", minutes=theirs, money="0", energy=None)]
    return ledger.pair_balances(rows, NET, ["anna"], SIX)["anna"]


# -- the network line: you against all partners together --------------------------------


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 12), st.integers(1, 3))
def test_even_partnerships_and_nothing_network_wide_is_balanced(partners: int, times: int) -> None:
    rows = [
        c(by, f"p{i}") for i in range(partners) for _ in range(times) for by in ("me", "partner")
    ]
    b = ledger.network_balance(rows, NET, SIX)
    assert b.share == Decimal(1) / 2
    assert b.status is (Status.BALANCED if len(rows) >= 3 else Status.TOO_LITTLE_DATA)
    counts = ledger.carry_counts(
        list(ledger.pair_balances(rows, NET, [f"p{i}" for i in range(partners)], SIX).values())
    )
    assert counts.you_carry == 0 and counts.carries_you == 0


def test_a_network_you_organise_alone_leans_on_you() -> None:
    rows = [c("me", "anna"), c("partner", "anna"), c("me", None, minutes=240, money="50")]
    b = ledger.network_balance(rows, NET, SIX)
    assert b.direction == "me" and b.status is Status.IMBALANCED
    assert b.mine.minutes == 300 and b.theirs.minutes == 60


def test_carry_counts_say_who_carries_whom() -> None:
    even = effort(100, 200 // 2 * 2)  # 200:200
    mine = effort(300, 60)
    theirs = effort(20, 300)
    new = ledger.balance_of(ledger.Totals(60, count=1), ledger.Totals(), NET)
    counts = ledger.carry_counts([even, mine, mine, theirs, new])
    assert (counts.you_carry, counts.carries_you, counts.even, counts.too_little_data) == (
        2,
        1,
        1,
        1,
    )
    assert counts.partnerships == 5


# -- energy not recorded ------------------------------------------------------------------


def test_energy_counts_only_when_both_sides_recorded_it() -> None:
    rows = [c("me", "anna", energy=5), c("me", "anna", energy=5), c("partner", "anna", energy=None)]
    b = ledger.pair_balances(rows, NET, ["anna"], SIX)["anna"]
    assert b.shares[2] is None and not b.energy_defined
    rows.append(c("partner", "anna", energy=0))  # an explicit "none" is a record
    b = ledger.pair_balances(rows, NET, ["anna"], SIX)["anna"]
    assert b.energy_defined and b.shares[2] == 1


# -- values and the exchange ----------------------------------------------------------------


def test_value_balance_counts_items_per_kind_and_sums_amounts() -> None:
    values = [
        v("me"),
        v("me", kind=ValueKind.BUSINESS, amount=Decimal("2400.00")),
        v("partner"),
        v("me", partner="bernd"),
        replace(v("me"), date=TODAY - timedelta(days=400)),
    ]
    vb = value_balance(values, NET, "anna", SIX)
    assert vb.mine.items == 2 and vb.theirs.items == 1
    assert vb.mine.count(ValueKind.BUSINESS) == 1 and vb.mine.amount == Decimal("2400.00")
    assert str(vb.mine.amount) == "2400.00"  # exact, trailing zeros kept
    assert vb.share == Decimal(2) / 3 or float(vb.share) == 2 / 3
    whole = value_balance(values, NET, None, SIX, whole_network=True)
    assert whole.mine.items == 3


def test_under_three_value_items_is_too_little_data() -> None:
    vb = value_balance([v("me"), v("me")], NET, "anna", SIX)
    assert vb.status is Status.TOO_LITTLE_DATA
    assert value_balance([v("me")] * MIN_VALUES, NET, "anna", SIX).status is Status.IMBALANCED


def test_fair_trade_when_the_carrier_gets_more_back() -> None:
    vb = value_balance([v("me"), v("me"), v("me"), v("partner")], NET, "anna", SIX)
    assert exchange.exchange_of(effort(300, 60), vb, NET) == "fair_trade"
    # Anna carries, and most comes back to her: fair trade too.
    back = value_balance([v("partner")] * 3, NET, "anna", SIX)
    assert exchange.exchange_of(effort(20, 300), back, NET) == "fair_trade"


def test_one_sided_when_the_carrier_gets_too_little_back() -> None:
    nothing = value_balance([], NET, "anna", SIX)
    assert exchange.exchange_of(effort(300, 60), nothing, NET) == "one_sided"
    # Back 4:3 to the carrier is below the leaning limit of 1.5: still one-sided.
    little = value_balance([v("me")] * 4 + [v("partner")] * 3, NET, "anna", SIX)
    assert exchange.exchange_of(effort(300, 60), little, NET) == "one_sided"
    # The value leans exactly to the limit (3:2 is 1.5): fair trade.
    enough = value_balance([v("me")] * 3 + [v("partner")] * 2, NET, "anna", SIX)
    assert exchange.exchange_of(effort(300, 60), enough, NET) == "fair_trade"
    # Two items, all to the carrier: too few to call it a trade.
    two = value_balance([v("me")] * 2, NET, "anna", SIX)
    assert exchange.exchange_of(effort(300, 60), two, NET) == "one_sided"


def test_one_sided_when_even_effort_but_one_side_keeps_receiving() -> None:
    takes = value_balance([v("partner")] * 4, NET, "anna", SIX)
    assert exchange.exchange_of(effort(100, 200), takes, NET) == "one_sided"


def test_otherwise_the_effort_status() -> None:
    some = value_balance([v("me"), v("partner")], NET, "anna", SIX)
    assert exchange.exchange_of(effort(100, 200), some, NET) == "balanced"
    assert exchange.exchange_of(effort(170, 200), some, NET) == "leaning"


def test_snooze_of_n_days_hides_exactly_n_days() -> None:
    until = TODAY + timedelta(days=3)
    hidden = [d for d in range(10) if exchange.snooze_active(until, TODAY + timedelta(days=d))]
    assert hidden == [0, 1, 2]
    assert not exchange.snooze_active(None, TODAY)
