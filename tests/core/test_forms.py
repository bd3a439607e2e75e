"""Forms as typed: an entry shown for editing reads back as itself, and every bad
field of a form is named at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balance.core.errors import FormErrors, ValidationError
from balance.core.forms import Checks, form_values
from balance.core.model import Contribution
from balance.core.parse.amounts import parse_minutes, parse_money


def row(**kw: object) -> Contribution:
    kw.setdefault("what", "Stammtisch")
    return Contribution("c1", "n1", "anna", "me", date(2026, 11, 2), **kw)  # type: ignore[arg-type]


def test_an_entry_shows_as_a_person_types_it() -> None:
    c = row(minutes=90, money=Decimal("1.234"), energy=0, what="Flyer", note="n", tags=("a", "b"))
    assert form_values(c) == {
        "date": "2026-11-02",
        "time": "1h 30m",
        "money": "1.2340",  # never "1.234": that reads as German thousands
        "energy": "0",  # an explicit none stays 0
        "what": "Flyer",
        "note": "n",
        "tags": "a, b",
    }


def test_empty_amounts_stay_empty_and_unrecorded_energy_is_not_0() -> None:
    values = form_values(row(minutes=30))
    assert (values["money"], values["energy"], values["tags"]) == ("", "", "")
    assert form_values(row(money=Decimal("5")))["time"] == ""


@given(
    st.integers(min_value=1, max_value=10_000),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2),
)
def test_what_the_form_shows_reads_back_unchanged(minutes: int, money: Decimal) -> None:
    values = form_values(row(minutes=minutes, money=money))
    assert parse_minutes(values["time"]) == minutes
    assert parse_money(values["money"]) == money


def test_form_errors_name_every_field_and_the_first_one() -> None:
    errors = [ValidationError("time", "bad"), ValidationError("money", "worse")]
    exc = FormErrors(errors)
    assert exc.errors == tuple(errors) and exc.first is errors[0]
    assert str(exc) == f"{errors[0]}; {errors[1]}"


def test_checks_collect_errors_and_use_the_default() -> None:
    checks = Checks()
    assert checks.attempt(lambda: 5, 0) == 5

    def bad() -> int:
        raise ValidationError("energy", "use 0 to 5")

    assert checks.attempt(bad, -1) == -1
    assert [e.field for e in checks.errors] == ["energy"]
    with pytest.raises(ZeroDivisionError):  # only validation errors are collected
        checks.attempt(lambda: 1 // 0, 0)
