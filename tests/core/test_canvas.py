"""A network's canvas as typed in the form or on the command line, field by field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from balance.core.canvas import build_network
from balance.core.errors import FormErrors
from balance.core.model import Budget, Kind, Network, Weights

BASE = Network("n1", "Gewerbeverein", budget=Budget(minutes=60, money=Decimal("10.00"), energy=4))


def errors(canvas: dict[str, object], base: Network = BASE) -> list[tuple[str, str]]:
    with pytest.raises(FormErrors) as info:
        build_network(base, canvas)
    return [(e.field, e.message) for e in info.value.errors]


def test_nothing_given_or_none_changes_nothing() -> None:
    assert build_network(BASE, {}) == BASE
    assert build_network(BASE, {"goal": None, "budget_time": None, "weights": None}) == BASE


def test_texts_are_taken_stripped() -> None:
    net = build_network(
        BASE,
        {
            "name": "  Gewerbeverein Hünfelden ",
            "motivation": " Kunden finden ",
            "goal": " Ein Fest ",
            "success": " 20 Gäste ",
        },
    )
    assert (net.name, net.motivation, net.goal, net.success) == (
        "Gewerbeverein Hünfelden",
        "Kunden finden",
        "Ein Fest",
        "20 Gäste",
    )


def test_kind_currency_and_expectations() -> None:
    net = build_network(
        BASE, {"kind": " Private ", "currency": "chf", "expectations": "Offenheit, , Transparenz"}
    )
    assert net.kind is Kind.PRIVATE
    assert net.currency == "CHF"
    assert net.expectations == ("Offenheit", "Transparenz")
    german = [build_network(BASE, {"kind": k}).kind for k in ("Beruflich", "privat", "Sonstiges")]
    assert german == [Kind.PROFESSIONAL, Kind.PRIVATE, Kind.OTHER]
    listed = build_network(BASE, {"expectations": ["a, b", " c ", " "]})
    assert listed.expectations == ("a", "b", "c")


def test_budget_fields_are_parsed_and_empty_means_no_budget() -> None:
    net = build_network(
        BASE, {"budget_time": "1h 30m", "budget_money": "25,50", "budget_energy": "0"}
    )
    assert net.budget == Budget(minutes=90, money=Decimal("25.50"), energy=0)
    cleared = build_network(BASE, {"budget_money": "  "})
    assert cleared.budget == Budget(minutes=60, money=None, energy=4)


def test_budget_money_is_read_in_the_new_currency() -> None:
    net = build_network(BASE, {"currency": "CHF", "budget_money": "Fr. 25"})
    assert net.currency == "CHF" and net.budget.money == Decimal("25")


def test_limits_days_and_weights() -> None:
    net = build_network(
        BASE,
        {
            "review_days": "3650",
            "cooldown_days": "0",
            "lean_ratio": "1,2",
            "imbalance_ratio": "1.4",
            "weights": "1/0,5/1",
        },
    )
    assert (net.review_days, net.cooldown_days) == (3650, 0)
    assert (net.lean_ratio, net.imbalance_ratio) == (Decimal("1.2"), Decimal("1.4"))
    assert net.weights == Weights(Decimal(1), Decimal("0.5"), Decimal(1))
    assert build_network(BASE, {"review_days": 1, "cooldown_days": 3650}).review_days == 1


def test_every_bad_field_is_named_at_once_in_form_order() -> None:
    found = errors(
        {
            "kind": "verein",
            "budget_time": "lange",
            "budget_money": "$25",
            "budget_energy": "1001",
            "review_days": "0",
            "cooldown_days": "3651",
            "lean_ratio": "1",
            "imbalance_ratio": "x",
            "weights": "0/0/0",
        }
    )
    assert [field for field, _ in found] == [
        "kind",
        "budget-time",
        "budget-money",
        "budget-energy",
        "review-days",
        "cooldown-days",
        "lean-ratio",
        "imbalance-ratio",
        "weights",
    ]
    messages = dict(found)
    assert messages["kind"] == (
        "'verein' is not a kind; use professional, private or other (beruflich, privat, sonstiges)"
    )
    assert messages["budget-time"].startswith("'lange' is not a duration")
    assert messages["budget-money"].startswith("'$25' is not in EUR")
    assert messages["budget-energy"] == "'1001' is not a whole number from 0 to 1000"
    assert messages["review-days"] == "'0' is not a whole number from 1 to 3650"
    assert messages["cooldown-days"] == "'3651' is not a whole number from 0 to 3650"
    assert messages["lean-ratio"].startswith("'1' is not above 1")
    assert messages["weights"].startswith("'0/0/0' has all weights at 0")


def test_the_network_checks_run_after_the_fields() -> None:
    assert [f for f, _ in errors({"lean_ratio": "3"})] == ["thresholds"]
    assert [f for f, _ in errors({"currency": "EURO"})] == ["currency"]
    assert [f for f, _ in errors({"name": "  "})] == ["network"]


def test_form_errors_read_as_one_line_and_know_the_first() -> None:
    with pytest.raises(FormErrors) as info:
        build_network(BASE, {"review_days": "0", "cooldown_days": "x"})
    assert info.value.first.field == "review-days"
    assert str(info.value) == (
        "review-days: '0' is not a whole number from 1 to 3650; "
        "cooldown-days: 'x' is not a whole number from 0 to 3650"
    )


def test_an_unknown_field_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match=r"unknown canvas fields: \['colour'\]"):
        build_network(BASE, {"colour": "red"})
