"""The rules a value, an agreement and a network must keep, at their edges, with the
field and the words the error names (every face shows that line)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from balance.core.errors import ValidationError
from balance.core.model import Agreement, AgreementState, Network, Value, ValueKind

DAY = date(2026, 11, 2)


def value(**kw: object) -> Value:
    args: dict[str, object] = {"to": "me", "kind": ValueKind.REFERRAL, "what": "Kontakt"}
    args.update(kw)
    return Value("v1", "n1", args.pop("partner_id", "anna"), date=DAY, **args)  # type: ignore[arg-type]


def error(make: object) -> str:
    with pytest.raises(ValidationError) as caught:
        make()  # type: ignore[operator]
    return str(caught.value)


def test_a_value_at_its_edges() -> None:
    assert value(amount=Decimal(0)).amount == 0
    assert value(amount=Decimal("1000000000")).amount == Decimal("1000000000")
    assert value(note="n" * 10_000).note
    assert value(to="partner").to == "partner"
    assert value(to="me", partner_id=None).partner_id is None  # from the network as a whole


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"to": "them"}, "to: use 'me' or 'partner'"),
        ({"to": "partner", "partner_id": None},
         "partner: 'to partner' needs a partner: who received it?"),
        ({"kind": "referral"},
         "kind: use one of referral, business, knowhow, visibility, support, other"),
        ({"amount": 2400}, "amount: must be an exact amount such as 2400.00"),
        ({"amount": Decimal("NaN")}, "amount: must be an exact amount such as 2400.00"),
        ({"amount": Decimal("Infinity")}, "amount: must be an exact amount such as 2400.00"),
        ({"amount": Decimal("-0.01")}, "amount: must be between 0 and 1,000,000,000"),
        ({"amount": Decimal("1000000000.01")}, "amount: must be between 0 and 1,000,000,000"),
        ({"what": " "}, "what: say in a few words what it was"),
        ({"note": "n" * 10_001}, "note: is longer than 10,000 characters"),
    ],
)  # fmt: skip
def test_a_value_that_breaks_a_rule_names_the_field(kw: dict[str, object], message: str) -> None:
    assert error(lambda: value(**kw)) == message


def test_an_agreement_at_its_edges() -> None:
    assert Agreement("a", "t" * 10_000).text
    for owes in ("me", "partner", "both"):
        assert Agreement("a", "x", owes=owes).owes == owes  # type: ignore[arg-type]
    done = Agreement("a", "x", state=AgreementState.DONE, closed=DAY)
    assert done.closed == DAY


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"text": "  "}, "agreement: say in a few words what was agreed"),
        ({"text": "t" * 10_001}, "agreement: is longer than 10,000 characters"),
        ({"owes": "them"}, "agreement: who owes it: use 'me', 'partner' or 'both'"),
        ({"state": "open"}, "agreement: the state is one of open, done, dropped"),
        ({"state": AgreementState.DONE}, "agreement: a done or dropped agreement has its day"),
        ({"closed": DAY}, "agreement: a done or dropped agreement has its day"),
    ],
)
def test_an_agreement_that_breaks_a_rule(kw: dict[str, object], message: str) -> None:
    args: dict[str, object] = {"text": "x"}
    args.update(kw)
    assert error(lambda: Agreement("a", **args)) == message  # type: ignore[arg-type]


def test_a_network_at_its_edges() -> None:
    n = Network("n", "Verein", lean_ratio=Decimal("1.01"), imbalance_ratio=Decimal("1.01"),
                review_days=1, cooldown_days=0, alarm_months=1)  # fmt: skip
    assert (n.review_days, n.cooldown_days, n.alarm_months) == (1, 0, 1)
    assert Network("n", "Verein", alarm_months=120).alarm_months == 120
    assert Network("n", "Verein", currency="CHF", motivation="m" * 10_000).currency == "CHF"


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"currency": "EURO"}, "currency"),
        ({"currency": "eur"}, "currency"),
        ({"currency": "E1R"}, "currency"),
        ({"lean_ratio": Decimal(1)}, "thresholds"),
        ({"lean_ratio": Decimal("2.5")}, "thresholds"),  # above the imbalanced limit
        ({"review_days": 0}, "review-days"),
        ({"cooldown_days": -1}, "cooldown-days"),
        ({"alarm_months": 0}, "alarm-months"),
        ({"alarm_months": 121}, "alarm-months"),
        ({"goal": "g" * 10_001}, "canvas"),
        ({"expectations": ("e" * 10_001,)}, "canvas"),
    ],
)
def test_a_network_that_breaks_a_rule_names_the_field(kw: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Network("n", "Verein", **kw)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_the_network_messages_say_the_accepted_forms() -> None:
    assert error(lambda: Network("n", "V", currency="x")) == (
        "currency: use a three-letter code such as EUR, CHF or USD"
    )
    assert error(lambda: Network("n", "V", lean_ratio=Decimal(1))) == (
        "thresholds: the 'leaning' limit must be above 1 and at most the 'imbalanced' "
        "limit, e.g. 1.5 and 2.0"
    )
    assert error(lambda: Network("n", "V", review_days=0)) == (
        "review-days: must be a whole number of days >= 1"
    )
    assert error(lambda: Network("n", "V", cooldown_days=-1)) == (
        "cooldown-days: must be a whole number of days >= 0"
    )
    assert error(lambda: Network("n", "V", alarm_months=0)) == (
        "alarm-months: must be a whole number of months, 1 to 120"
    )
