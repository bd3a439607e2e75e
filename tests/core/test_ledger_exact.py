"""The balance math in integers gives exactly what the plain Fraction formulas give."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from balance.core.ledger import MIN_CONTRIBUTIONS, Totals, balance_of
from balance.core.model import Network, Status, Weights


def reference(mine: Totals, theirs: Totals, network: Network) -> tuple:
    """DESIGN.md's rule written the obvious way, with Fractions at every step."""

    def share(m: Fraction, t: Fraction) -> Fraction | None:
        return None if m + t == 0 else m / (m + t)

    shares = [
        share(Fraction(mine.minutes), Fraction(theirs.minutes)),
        share(Fraction(mine.money), Fraction(theirs.money)),
        share(Fraction(mine.energy), Fraction(theirs.energy))
        if mine.energy_count and theirs.energy_count
        else None,
    ]
    w = network.weights
    pairs = [
        (s, Fraction(x))
        for s, x in zip(shares, (w.time, w.money, w.energy), strict=True)
        if s is not None
    ]
    pairs = [(s, x) for s, x in pairs if x != 0]
    total = sum((x for _, x in pairs), Fraction(0))
    s = None if total == 0 else sum((s * x for s, x in pairs), Fraction(0)) / total
    count = mine.count + theirs.count
    if count < MIN_CONTRIBUTIONS or s is None:
        status = Status.TOO_LITTLE_DATA
    else:
        big, small = max(s, 1 - s), min(s, 1 - s)
        r = None if small == 0 else big / small
        if r is not None and r < Fraction(network.lean_ratio):
            status = Status.BALANCED
        elif r is not None and r < Fraction(network.imbalance_ratio):
            status = Status.LEANING
        else:
            status = Status.IMBALANCED
    return tuple(shares), s, status


totals = st.builds(
    Totals,
    st.integers(0, 10_000),
    st.decimals(0, 100_000, places=2, allow_nan=False, allow_infinity=False),
    st.integers(0, 200),
    st.integers(0, 40),
    st.integers(0, 40),
)
weight = st.decimals(0, 5, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=400, deadline=None)
@given(
    mine=totals,
    theirs=totals,
    weights=st.tuples(weight, weight, weight).filter(any).map(lambda t: Weights(*t)),
    lean=st.decimals(Decimal("1.05"), Decimal(3), places=2),
    extra=st.decimals(0, 3, places=2),
)
def test_shares_and_status_equal_the_fraction_formulas(
    mine: Totals, theirs: Totals, weights: Weights, lean: Decimal, extra: Decimal
) -> None:
    network = Network("n", "Verein", weights=weights, lean_ratio=lean, imbalance_ratio=lean + extra)
    b = balance_of(mine, theirs, network)
    assert (b.shares, b.share, b.status) == reference(mine, theirs, network)


def test_exactly_twice_as_much_is_imbalanced_not_leaning() -> None:
    network = Network("n", "Verein")  # lean 1.5, imbalance 2.0
    mine, theirs = Totals(minutes=120, count=2), Totals(minutes=60, count=1)
    assert balance_of(mine, theirs, network).status is Status.IMBALANCED
    just_under = Totals(minutes=119, count=2)
    assert balance_of(just_under, theirs, network).status is Status.LEANING
