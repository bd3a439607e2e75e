"""The first steps every parser shares: strip, refuse huge or non-text input, quote it
short in the message, and take off a sign so it can be refused by name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from balance.core.parse import TIME_FORMS, parse_minutes, parse_money, parse_ratio, parse_weights
from tests.core.parse.support import EUR_FORMS, refused


def test_long_input_is_quoted_short() -> None:
    error = refused(lambda: parse_minutes("x" * 41), "time", TIME_FORMS)
    assert error.message == f"'{'x' * 40}...' is not a duration; {TIME_FORMS}"
    error = refused(lambda: parse_minutes("x" * 40), "time", TIME_FORMS)
    assert error.message == f"'{'x' * 40}' is not a duration; {TIME_FORMS}"


def test_input_over_100_characters_is_refused_before_parsing() -> None:
    error = refused(lambda: parse_minutes("1" * 101), "time", TIME_FORMS)
    assert error.message == f"'{'1' * 40}...' is longer than 100 characters; {TIME_FORMS}"
    assert "longer" not in refused(lambda: parse_minutes("1" * 100), "time", TIME_FORMS).message


def test_something_other_than_text_is_refused_by_name() -> None:
    error = refused(lambda: parse_minutes(90), "time", TIME_FORMS)  # type: ignore[arg-type]
    assert error.message == f"90 is not text; {TIME_FORMS}"


@pytest.mark.parametrize("space", ["\u00a0", "\u2007", "\u2009", "\u202f"])
def test_copied_no_break_and_thin_spaces_are_ordinary_spaces(space: str) -> None:
    assert parse_money(f"25{space}€") == Decimal("25")
    assert parse_minutes(f"{space}1h{space}30m{space}") == 90
    error = refused(lambda: parse_minutes(space * 3), "time", TIME_FORMS)
    assert error.message == f"nothing given; {TIME_FORMS}"


@pytest.mark.parametrize("minus", ["-", "\u2212", "- ", "\u2212 "])
def test_a_sign_is_refused_as_negative_not_as_garbage(minus: str) -> None:
    error = refused(lambda: parse_money(f"{minus}25", "EUR"), "money", EUR_FORMS)
    typed = f"{minus}25"
    assert error.message == f"{typed!r} is negative; money must be 0 or more; {EUR_FORMS}"
    assert parse_money(f"{minus}0") == Decimal(0)
    assert str(parse_money(f"{minus}0,00")) == "0.00"
    with pytest.raises(ValueError, match="is negative"):
        parse_ratio(f"{minus}2", "lean-ratio")
    assert parse_weights(f"1/{minus}0/1")[1] == 0
