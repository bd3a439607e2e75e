"""Tests for balance.parse: every accepted form, every refused form, and properties.

Refusals are checked for the field, for naming the accepted forms, and for
being one line, because that one line is what the CLI prints before exit 2.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balance.core.errors import ValidationError
from balance.core.formats import format_amount
from balance.core.model import MAX_MINUTES, MAX_MONEY, Weights
from balance.core.parse import (
    RATIO_FORMS,
    WEIGHTS_FORMS,
    parse_date,
    parse_energy,
    parse_minutes,
    parse_money,
    parse_ratio,
    parse_tags,
    parse_weights,
    parse_whole,
    parse_window,
)
from tests.core.parse.support import TODAY, refused

# ---------------------------------------------------------- weights and ratios


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/1/1", ("1", "1", "1")),
        ("1/0/1", ("1", "0", "1")),
        ("1/0,5/1", ("1", "0.5", "1")),
        ("1/0.5/1", ("1", "0.5", "1")),
        (" 2 / 1 / 0 ", ("2", "1", "0")),
        ("0/0/0.1", ("0", "0", "0.1")),
    ],
)
def test_parse_weights_accepts(text: str, expected: tuple[str, str, str]) -> None:
    result = parse_weights(text)
    assert result == tuple(Decimal(v) for v in expected)
    Weights(*result)  # the model accepts what the parser returns


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("1/1", "not three numbers"),
        ("1/1/1/1", "not three numbers"),
        ("1,1,1", "not three numbers"),
        ("0/0/0", "all weights at 0"),
        ("0/0,0/0.00", "all weights at 0"),
        ("1/-1/1", "'-1' is negative"),
        ("1/x/1", "'x' is not a number"),
        ("1//1", "'' is not a number"),
        ("nan/1/1", "not a number"),
        ("1e2/1/1", "not a number"),
    ],
)
def test_parse_weights_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_weights(text), "weights", WEIGHTS_FORMS)
    assert reason in error.message


@pytest.mark.parametrize(("text", "expected"), [("1.5", "1.5"), ("1,5", "1.5"), ("2", "2")])
def test_parse_ratio_accepts(text: str, expected: str) -> None:
    assert parse_ratio(text, "lean-ratio") == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1", "not above 1"),
        ("1.0", "not above 1"),
        ("0.5", "not above 1"),
        ("-2", "is negative"),
        ("x", "not a number"),
        ("", "nothing given"),
        ("inf", "not a number"),
    ],
)
def test_parse_ratio_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_ratio(text, "imbalance-ratio"), "imbalance-ratio", RATIO_FORMS)
    assert reason in error.message


# ------------------------------------------------------------------------- tags


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], ()),
        (["work"], ("work",)),
        (["#Work, travel", "work"], ("Work", "travel")),
        (["a,b", "c, ,#, ##d"], ("a", "b", "c", "d")),
        (["Ärger", "ärger", "ÄRGER"], ("Ärger",)),
        (["follow up"], ("follow up",)),
        ([" , "], ()),
    ],
)
def test_parse_tags(values: list[str], expected: tuple[str, ...]) -> None:
    assert parse_tags(values) == expected


@pytest.mark.parametrize(
    ("values", "reason"),
    [(["x" * 201], "longer than 200"), (["a\nb"], "not one line"), (["a\tb"], "not one line")],
)
def test_parse_tags_refuses(values: list[str], reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_tags(values)
    assert info.value.field == "tag"
    assert reason in info.value.message
    assert "\n" not in str(info.value)


# ------------------------------------------------ any text: ValidationError only


def _only_validation_errors(call) -> None:
    try:
        call()
    except ValidationError as error:
        assert "\n" not in str(error) and "\r" not in str(error)


@settings(max_examples=200)
@given(st.text())
def test_random_text_only_raises_validation_error(text: str) -> None:
    _only_validation_errors(lambda: parse_minutes(text))
    _only_validation_errors(lambda: parse_money(text))
    _only_validation_errors(lambda: parse_money(text, "CHF"))
    _only_validation_errors(lambda: parse_energy(text))
    _only_validation_errors(lambda: parse_date(text, TODAY))
    _only_validation_errors(lambda: parse_window(text, TODAY))
    _only_validation_errors(lambda: parse_weights(text))
    _only_validation_errors(lambda: parse_ratio(text, "lean-ratio"))
    _only_validation_errors(lambda: parse_tags([text]))


# Text made of the characters the parsers care about finds more edge cases than
# arbitrary Unicode, which is mostly refused at the first regex.
near_miss = st.text(alphabet="0123456789.,:'-/ hmdwyEURago€$", max_size=20)


@settings(max_examples=200)
@given(near_miss)
def test_near_miss_text_only_raises_validation_error(text: str) -> None:
    _only_validation_errors(lambda: parse_minutes(text))
    _only_validation_errors(lambda: parse_money(text))
    _only_validation_errors(lambda: parse_date(text, TODAY))
    _only_validation_errors(lambda: parse_window(text, TODAY))
    _only_validation_errors(lambda: parse_weights(text))


@given(near_miss)
def test_parsed_values_are_in_range(text: str) -> None:
    try:
        minutes = parse_minutes(text)
    except ValidationError:
        pass
    else:
        assert 0 <= minutes <= MAX_MINUTES
    try:
        amount = parse_money(text)
    except ValidationError:
        pass
    else:
        assert amount.is_finite() and 0 <= amount <= MAX_MONEY
        assert not amount.is_signed()
    try:
        day = parse_date(text, TODAY)
    except ValidationError:
        pass
    else:
        assert date(1970, 1, 1) <= day <= TODAY


@given(st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False))
def test_format_amount_reads_back_exactly(amount: Decimal) -> None:
    """What a form is filled with must save as the same amount (1.234 is not 1234)."""
    assert parse_money(format_amount(amount)) == amount


def test_parse_whole_takes_ascii_digits_only() -> None:
    assert parse_whole(" 14 ", "days", 1, 365) == 14
    for bad in ("²", "١٢", "-1", "0", "366", "1.5", ""):
        with pytest.raises(ValidationError) as info:
            parse_whole(bad, "days", 1, 365)
        assert info.value.field == "days"


@pytest.mark.parametrize("text", ["29.11.", "30.11", "28.12."])
def test_a_short_date_weeks_ahead_is_the_future_not_last_year(text: str) -> None:
    with pytest.raises(ValidationError, match="in the future"):
        parse_date(text, TODAY)


@pytest.mark.parametrize("text", ["12,345", "1,234", "€ 999,999"])
def test_comma_and_three_digits_is_ambiguous(text: str) -> None:
    with pytest.raises(ValidationError, match="ambiguous") as info:
        parse_money(text)
    assert info.value.field == "money"
