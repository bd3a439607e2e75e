"""The short sentences after a change (log, value, undo, merge) and the figure cells,
word for word as both faces print them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from balance.core.ledger import Carry, Totals, balance_of
from balance.core.model import Network, Value, ValueKind
from balance.core.words import (
    Side,
    a_kind,
    carry_line,
    figure_cells,
    join,
    merged_sentence,
    undone_sentence,
    value_logged_sentence,
)

NET = Network(id="n1", name="Gewerbeverein")
DAY = date(2026, 11, 2)


def value(to: str, kind: ValueKind, amount: str | None = None) -> Value:
    return Value("v1", "n1", "anna", to, DAY, kind, "Kontakt", amount=amount and Decimal(amount))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (ValueKind.REFERRAL, "a referral"),
        (ValueKind.BUSINESS, "an order"),
        (ValueKind.KNOWHOW, "a piece of know-how"),
        (ValueKind.VISIBILITY, "a bit of visibility"),
        (ValueKind.SUPPORT, "a helping hand"),
        (ValueKind.OTHER, "another value"),
    ],
)
def test_one_value_of_a_kind(kind: ValueKind, words: str) -> None:
    assert a_kind(kind) == words


def test_the_sentence_after_a_value_is_logged() -> None:
    assert value_logged_sentence(value("me", ValueKind.BUSINESS, "2400.00"), NET, "Anna") == (
        "Logged an order for you from Anna on 2026-11-02: Kontakt (€2,400.00) (Gewerbeverein)."
    )
    assert value_logged_sentence(value("partner", ValueKind.REFERRAL), NET, "Anna") == (
        "Logged a referral for Anna on 2026-11-02: Kontakt (Gewerbeverein)."
    )
    assert value_logged_sentence(
        value("partner", ValueKind.SUPPORT), NET, None, head="Deleted"
    ) == ("Deleted a helping hand for your partner on 2026-11-02: Kontakt (Gewerbeverein).")
    assert value_logged_sentence(value("me", ValueKind.KNOWHOW), NET, None) == (
        "Logged a piece of know-how for you on 2026-11-02: Kontakt (Gewerbeverein)."
    )


def test_undo_and_merge_say_what_they_did() -> None:
    assert undone_sentence("talk delete", "2026-08-10") == (
        "Undone: the delete of the talk of 2026-08-10 (it is back)."
    )
    assert undone_sentence("something new", "x") == "Undone: the last change (x)."
    # A talk's day is shown as the reader writes days; an older log's subject stays as it is.
    assert undone_sentence("snooze", "2026-12-01") == "Undone: the snooze until 2026-12-01."
    assert undone_sentence("talk", "Anna") == "Undone: the talk of Anna."
    assert merged_sentence("partner", "Anna S.", "Anna Schmidt", 1, 2) == (
        "Merged the partner Anna S. into Anna Schmidt: 1 contribution and 2 talks moved."
    )


def test_carry_line_counts_in_words() -> None:
    assert carry_line(Carry()) == "no partners yet"
    assert carry_line(Carry(1, 0, 0)) == "you carry 1 of 1 partnership, 0 carry you, 0 are even"
    assert carry_line(Carry(0, 1, 1)) == "you carry 0 of 2 partnerships, 1 carries you, 1 is even"
    assert carry_line(Carry(1, 2, 0, 3)) == (
        "you carry 1 of 6 partnerships, 2 carry you, 0 are even, 3 too new to tell"
    )


def test_join() -> None:
    assert join([]) == "" and join(["a"]) == "a"
    assert join(["a", "b"]) == "a and b"
    assert join(["a", "b", "c"]) == "a, b and c"


def test_side_of_a_partner() -> None:
    assert Side.partner("Anna") == Side("Anna", "Anna's")


def test_figure_cells_say_not_recorded_per_side() -> None:
    both = balance_of(
        Totals(90, Decimal("25.50"), 3, 2, energy_count=2),
        Totals(30, Decimal(0), 1, 1, energy_count=1),
        NET,
    )
    cells = figure_cells(both, "EUR")
    assert [(f.label, f.mine, f.theirs) for f in cells] == [
        ("time", "1h 30m", "30m"),
        ("money", "€25.50", "€0.00"),
        ("energy", "3", "1"),
    ]
    assert cells[0].share == both.shares[0] and cells[2].share == both.shares[2]
    one = balance_of(Totals(90, energy=3, count=2, energy_count=2), Totals(30, count=1), NET)
    assert [(f.mine, f.theirs) for f in figure_cells(one, "EUR")][2] == ("3", "not recorded")
    other = balance_of(Totals(90, count=2), Totals(30, energy=2, count=1, energy_count=1), NET)
    assert [(f.mine, f.theirs) for f in figure_cells(other, "EUR")][2] == ("not recorded", "2")
    assert figure_cells(other, "CHF")[1].mine == "CHF 0.00"
