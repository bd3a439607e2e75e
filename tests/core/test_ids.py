"""Ids as people type them: one rule for contributions, talks, values and agreements."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balance.core.errors import ValidationError
from balance.core.ids import MIN_ID_PREFIX, one_by_prefix, typed_id
from balance.locale import use


@dataclass(frozen=True)
class Row:
    id: str


ROWS = [Row("abcd1111ffff9999"), Row("abcd2222"), Row("beef0000")]
NONE = "no row has the id {id}"


def test_what_was_typed_is_compared_stripped_and_case_folded() -> None:
    assert typed_id("  BEEF00 ") == "beef00"
    assert one_by_prefix(ROWS, " BEEF ", NONE) == ROWS[2]
    assert one_by_prefix(ROWS, "abcd2", NONE) == ROWS[1]
    assert one_by_prefix(ROWS, "abcd2222", NONE) == ROWS[1]  # a whole id


def test_fewer_than_four_characters_are_refused_even_when_one_fits() -> None:
    assert MIN_ID_PREFIX == 4
    with pytest.raises(ValidationError, match=r"^id: give at least 4 characters of the id$"):
        one_by_prefix(ROWS, "bee", NONE)
    with pytest.raises(ValidationError, match="at least 4"):
        typed_id("  ab  ")


def test_none_fitting_says_the_kinds_message_with_what_was_typed() -> None:
    with pytest.raises(ValidationError, match=r"^id: no row has the id 'zzzz'$"):
        one_by_prefix(ROWS, " zzzz ", NONE)


def test_several_fitting_lists_them_to_type_more() -> None:
    with pytest.raises(
        ValidationError, match=r"^id: 'abcd' starts 2 ids \(abcd1111ffff, abcd2222\); give more$"
    ):
        one_by_prefix(ROWS, "abcd", NONE)
    many = [Row(f"cafe{i}") for i in range(7)]
    with pytest.raises(ValidationError) as info:
        one_by_prefix(many, "cafe", NONE)
    assert "starts 7 ids (cafe0, cafe1, cafe2, cafe3, cafe4)" in info.value.message


def test_the_messages_are_german_in_german() -> None:
    use("de")
    try:
        with pytest.raises(ValidationError, match="gib mindestens 4 Zeichen der ID an"):
            typed_id("ab")
        with pytest.raises(ValidationError, match=r"ist der Anfang von 2 IDs"):
            one_by_prefix(ROWS, "abcd", NONE)
    finally:
        use("en")


@given(st.text(alphabet="abcdef0123", min_size=MIN_ID_PREFIX, max_size=8))
def test_the_one_found_starts_with_what_was_typed(typed: str) -> None:
    rows = [Row(typed + "x"), Row("9" * 8)]
    assert one_by_prefix(rows, typed.upper(), NONE).id.startswith(typed)
