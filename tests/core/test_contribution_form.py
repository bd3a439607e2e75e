"""A log form -> a contribution: an import's remembering parsers read exactly what
`balance log` reads, field by field, good input and bad."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from balance.core.contribution_form import (
    FieldParsers,
    _field_by_field,
    contribution_from_form,
)
from balance.core.errors import FormErrors, ValidationError
from balance.core.forms import LogForm
from balance.core.model import Contribution, Network, Partner

TODAY = date(2026, 11, 28)
NET = Network("n" * 32, "Gewerbeverein")
ANNA = Partner("p" * 32, "Anna", (NET.id,))

#: Texts people type into each field that are right (the first) and wrong (the second).
TYPED = {
    "by": (["me", "partner", "ich", "Partner", ""], ["xyz"]),
    "date": (["27.11.2026", "2026-11-01", "heute", "-3d", ""], ["31.02.2026", "2030-01-01", "x"]),
    "time": (["90", "1h30m", "1,5h", "1:30", ""], ["-5", "abc", "1.5.3h"]),
    "money": (["25,50", "25.50", "€25", "1.234,50", ""], ["NaN", "-3", "25,5,5"]),
    "energy": (["0", "3", "5", ""], ["9", "drei"]),
    "tags": (["", "a, b", "#Work, work"], ["x" * 300]),
}


def _field(name: str) -> st.SearchStrategy[str]:
    """Mostly right (so whole forms often are), sometimes wrong, sometimes anything."""
    right, wrong = TYPED[name]
    typed = st.sampled_from(right * 6 + wrong)
    return st.integers(0, 9).flatmap(lambda n: st.text(max_size=12) if n == 0 else typed)


def _read(fields: FieldParsers, name: str, text: str) -> object:
    """What a field parser makes of `text`: its value, or its error as a user reads it."""
    call = {
        "by": fields.side,
        "date": fields.day,
        "time": fields.minutes,
        "money": lambda t: fields.money(t, "EUR"),
        "energy": fields.energy,
        "tags": lambda t: fields.tags((t,)),
    }[name]
    try:
        return ("value", call(text))
    except ValidationError as exc:
        return ("error", exc.field, exc.message)


@given(
    st.lists(
        st.sampled_from(sorted(TYPED)).flatmap(lambda n: st.tuples(st.just(n), _field(n))),
        max_size=40,
    )
)
def test_remembering_parsers_read_every_text_as_a_fresh_parse_does(
    typed: list[tuple[str, str]],
) -> None:
    remembering = FieldParsers(TODAY, remember=True)
    for name, text in typed * 2:  # every text at least twice: the second read is remembered
        assert _read(remembering, name, text) == _read(FieldParsers(TODAY), name, text)


@given(
    st.fixed_dictionaries(
        {
            "by": _field("by"),
            "date": _field("date"),
            "time": _field("time"),
            "money": _field("money"),
            "energy": _field("energy"),
            "what": st.sampled_from(["Stammtisch", "", "  Flyer  ", "w" * 200 + " ", "w" * 201]),
            "note": st.sampled_from(["", "nett", "n" * 10_001]),
        }
    ),
    st.booleans(),
)
@example(
    {"by": "Partner", "date": "-3d", "time": "1,5h", "money": "€25", "energy": "", "what": "x"},
    True,
)
@example({"by": "ich", "date": "heute", "time": "", "money": "", "energy": "0", "what": "x"}, False)
def test_a_form_makes_the_same_contribution_or_errors_every_way(
    typed: dict[str, str], with_partner: bool
) -> None:
    """Read straight through or field by field, remembered (the second time too) or
    not: one result, the contribution or the same errors."""
    partner = ANNA if with_partner else None
    form = LogForm(network=NET.name, partner=partner.name if partner else "", **typed)

    def build(make: Callable[[], Contribution]) -> object:
        try:
            return make()
        except FormErrors as exc:
            return [(e.field, e.message) for e in exc.errors]

    remembering = FieldParsers(TODAY, remember=True)
    results = [
        build(lambda: contribution_from_form(form, NET, partner, remembering, "c" * 32)),
        build(lambda: contribution_from_form(form, NET, partner, remembering, "c" * 32)),
        build(lambda: contribution_from_form(form, NET, partner, FieldParsers(TODAY), "c" * 32)),
        build(lambda: _field_by_field(form, NET, partner, FieldParsers(TODAY), "c" * 32, None)),
    ]
    assert all(r == results[-1] for r in results)


def test_rows_typed_alike_share_their_values() -> None:
    """A large import holds one Decimal and one date for all the rows that typed them."""
    fields = FieldParsers(TODAY, remember=True)
    a, b = (
        contribution_from_form(
            LogForm(network=NET.name, what="Stammtisch", date="01.11.2026", money="25,50"),
            NET,
            None,
            fields,
            ident,
        )
        for ident in ("a" * 32, "b" * 32)
    )
    assert a.money == Decimal("25.50") and a.date == date(2026, 11, 1)
    assert a.money is b.money and a.date is b.date and a.what is b.what


def test_every_bad_field_is_named_with_the_names_that_failed_to_resolve() -> None:
    from balance.core.forms import Checks

    checks = Checks()
    checks.errors.append(ValidationError("network", "unknown network 'x'"))
    form = LogForm(network="x", what="", time="abc", energy="9")
    with pytest.raises(FormErrors) as info:
        contribution_from_form(form, None, None, FieldParsers(TODAY), "c" * 32, checks)
    assert [e.field for e in info.value.errors][:1] == ["network"]
    assert {e.field for e in info.value.errors} >= {"network", "time", "energy", "what"}
