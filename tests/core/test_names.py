"""Names as people type them: exact first, then without accents, then a unique part."""

from __future__ import annotations

import pytest

from balance.core.errors import ValidationError
from balance.core.model import Partner
from balance.core.names import fold, match_name

PEOPLE = [Partner("p1", "Anna Schmidt"), Partner("p2", "Anna Berg"), Partner("p3", "Jürgen Strauß")]


def names(query: str, items: list[Partner] = PEOPLE) -> str:
    return match_name("partner", query, items).name


def test_fold_is_blind_to_case_accents_sharp_s_and_edges() -> None:
    assert fold("  Jürgen STRAUß ") == "jurgen strauss"
    assert fold("Émile Zoë") == "emile zoe"


def test_a_unique_part_of_the_name_is_enough() -> None:
    assert names("schmidt") == "Anna Schmidt"
    assert names("BERG") == "Anna Berg"
    assert names("jurgen") == "Jürgen Strauß"
    assert names("strauss") == "Jürgen Strauß"


def test_an_exact_name_wins_over_a_longer_one_it_is_part_of() -> None:
    people = [Partner("p1", "Anna"), Partner("p2", "Anna Schmidt")]
    assert names("anna", people) == "Anna"
    assert names("ANNA SCHMIDT", people) == "Anna Schmidt"


def test_a_name_without_accents_wins_over_a_longer_one() -> None:
    people = [Partner("p1", "Jürgen"), Partner("p2", "Jurgen Meier")]
    assert names("jurgen", people) == "Jürgen"


def test_two_people_of_the_same_name_cannot_be_told_apart() -> None:
    twins = [Partner("p1", "Anna"), Partner("p2", "anna")]
    with pytest.raises(ValidationError) as info:
        names("Anna", twins)
    assert info.value.message == "'Anna' fits several: Anna, anna; type more of the name"


@pytest.mark.parametrize(
    ("query", "items", "message"),
    [
        ("  ", PEOPLE, "give a partner name"),
        ("ann", PEOPLE, "'ann' fits several: Anna Berg, Anna Schmidt; type more of the name"),
        ("zoe", PEOPLE, "unknown partner 'zoe'; known: Anna Berg, Anna Schmidt, Jürgen Strauß"),
        ("zoe", [], "unknown partner 'zoe'; there are none yet"),
    ],
)
def test_refusals_name_the_field_and_the_choices(
    query: str, items: list[Partner], message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        match_name("partner", query, items)
    assert info.value.field == "partner"
    assert info.value.message == message


def test_the_exact_spelling_wins_over_one_without_accents() -> None:
    people = [Partner("p1", "Jürgen"), Partner("p2", "Jurgen")]
    assert names("Jürgen", people) == "Jürgen"
    assert names("JURGEN", people) == "Jurgen"
