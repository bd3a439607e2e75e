"""Tests for balance.parse: every accepted form, every refused form, and properties.

Refusals are checked for the field, for naming the accepted forms, and for
being one line, because that one line is what the CLI prints before exit 2.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balance.model import MAX_MINUTES, MAX_MONEY, ValidationError, Weights
from balance.parse import (
    DATE_FORMS,
    ENERGY_FORMS,
    RATIO_FORMS,
    TIME_FORMS,
    WEIGHTS_FORMS,
    WINDOW_FORMS,
    format_amount,
    format_minutes,
    format_money,
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

TODAY = date(2026, 11, 28)
EUR_FORMS = "use 25.50, 25,50, 1.234,50, €25 or 25 EUR"


def refused(call, field: str, forms: str) -> ValidationError:
    """Run `call`, expect a ValidationError for `field` whose one-line message ends in `forms`."""
    with pytest.raises(ValidationError) as info:
        call()
    error = info.value
    assert error.field == field
    assert error.message.endswith(forms)
    assert "\n" not in str(error) and "\r" not in str(error)
    return error


# ---------------------------------------------------------------------- minutes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90", 90),
        ("90m", 90),
        ("90 min", 90),
        ("90 minutes", 90),
        ("1h30m", 90),
        ("1h 30m", 90),
        ("1h30", 90),
        ("1 h 30 min", 90),
        ("1h", 60),
        ("12h", 720),
        ("1.5h", 90),
        ("1,5h", 90),
        ("1.5 hours", 90),
        ("1,5 Std", 90),
        ("2 Stunden 15 Minuten", 135),
        ("1:30", 90),
        ("0:05", 5),
        ("0", 0),
        ("0m", 0),
        ("-0", 0),
        ("  45m  ", 45),
        ("1H30M", 90),
        ("1.01h", 61),  # 60.6 rounds to the nearest minute
        ("0.25h", 15),
        ("0.0083h", 0),  # 0.498 minutes rounds down
        (f"{MAX_MINUTES}", MAX_MINUTES),
        ("8784h", MAX_MINUTES),
    ],
)
def test_parse_minutes_accepts(text: str, expected: int) -> None:
    assert parse_minutes(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("   ", "nothing given"),
        ("abc", "'abc' is not a duration"),
        ("-5", "is negative"),
        ("-1h", "is negative"),
        ("\u22125m", "is negative"),
        ("nan", "not a duration"),
        ("inf", "not a duration"),
        ("1e3", "not a duration"),
        ("1.5", "not a duration"),  # hours or minutes? refused, not guessed
        ("1.5m", "not a duration"),
        ("h", "not a duration"),
        ("m", "not a duration"),
        ("1:75", "must be below 60"),
        ("1:5", "not a duration"),
        ("90 sec", "not a duration"),
        ("\u0669\u0660", "not a duration"),  # Arabic-Indic digits
        (str(MAX_MINUTES + 1), "more than 366 days"),
        ("9999h", "more than 366 days"),
        ("9" * 60 + "h", "more than 366 days"),
        ("1" * 200, "longer than 100 characters"),
    ],
)
def test_parse_minutes_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_minutes(text), "time", TIME_FORMS)
    assert reason in error.message


def test_minutes_error_message_shape() -> None:
    error = refused(lambda: parse_minutes("abc"), "time", TIME_FORMS)
    assert error.message == (
        "'abc' is not a duration; use 90, 90m, 1h30m, 1h 30m, 1.5h, 1,5h or 1:30"
    )


def test_multiline_input_stays_one_line_in_message() -> None:
    refused(lambda: parse_minutes("1h\n30m\r\nx"), "time", TIME_FORMS)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0m"), (45, "45m"), (60, "1h"), (90, "1h 30m"), (720, "12h"), (-90, "-1h 30m")],
)
def test_format_minutes(minutes: int, text: str) -> None:
    assert format_minutes(minutes) == text


@given(st.integers(min_value=0, max_value=MAX_MINUTES))
def test_format_minutes_round_trips(minutes: int) -> None:
    assert parse_minutes(format_minutes(minutes)) == minutes
    assert parse_minutes(str(minutes)) == minutes


# ------------------------------------------------------------------------ money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25.50", "25.50"),
        ("25,50", "25.50"),
        ("25", "25"),
        ("0", "0"),
        ("0.5", "0.5"),
        ("0,5", "0.5"),
        (".50", "0.50"),
        ("€25", "25"),
        ("€ 25", "25"),
        ("25€", "25"),
        ("25 €", "25"),
        ("25 EUR", "25"),
        ("25 eur", "25"),
        ("EUR 25", "25"),
        ("EUR25", "25"),
        ("25 Euro", "25"),
        ("25,-", "25"),
        ("€25,-", "25"),
        ("1.234,50", "1234.50"),
        ("1.234.567,89", "1234567.89"),
        ("1,234.50", "1234.50"),
        ("1,234,567.89", "1234567.89"),
        ("1'234.50", "1234.50"),
        ("1.234", "1234"),  # German thousands: documented choice
        ("12.345", "12345"),
        ("1.234.567", "1234567"),
        ("1,2345", "1.2345"),  # a single comma is a decimal comma
        ("0.125", "0.125"),  # leading 0: not a thousands group
        ("1.2340", "1.2340"),
        ("1234.567", "1234.567"),  # 4 digits before the dot: not grouping
        ("0.0025", "0.0025"),
        ("-0", "0"),
        ("-0,00", "0.00"),
        ("  25.50 EUR  ", "25.50"),
        ("25\u00a0€", "25"),  # no-break space from a copied amount
        ("1000000000", "1000000000"),
    ],
)
def test_parse_money_accepts(text: str, expected: str) -> None:
    result = parse_money(text)
    assert result == Decimal(expected)
    assert str(result) == expected  # the exact digits typed, never -0
    assert isinstance(result, Decimal)


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("$25", "USD", "25"),
        ("25 usd", "USD", "25"),
        ("£12.50", "GBP", "12.50"),
        ("Fr. 25", "CHF", "25"),
        ("25 CHF", "chf", "25"),
        ("CHF 1'234.50", "CHF", "1234.50"),
        ("25 SEK", "SEK", "25"),
    ],
)
def test_parse_money_other_currencies(text: str, currency: str, expected: str) -> None:
    assert parse_money(text, currency=currency) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("abc", "'abc' is not an amount"),
        ("-25", "is negative"),
        ("-25.50 EUR", "is negative"),
        ("€-25", "is negative"),
        ("-€25", "is negative"),
        ("\u221225", "is negative"),
        ("NaN", "not an amount"),
        ("inf", "not an amount"),
        ("Infinity", "not an amount"),
        ("1e5", "not an amount"),
        ("1E5", "not an amount"),
        ("25.", "not an amount"),
        ("25,50,-", "not an amount"),
        ("1.23456", "more than 4 decimal places"),
        ("1,2,3", "grouped wrongly"),
        ("12.34.5", "grouped wrongly"),
        ("1.234,5.6", "not an amount"),
        ("1,23.4,5", "not an amount"),
        ("1'2'3", "grouped wrongly"),
        ("€25 EUR", "not an amount"),
        ("25 USD", "is not in EUR"),
        ("$25", "is not in EUR"),
        ("£25", "is not in EUR"),
        ("1000000000.01", "more than 1,000,000,000"),
        ("9" * 99, "more than 1,000,000,000"),
        ("25 kg", "not an amount"),
        ("\uff12\uff15", "not an amount"),  # full-width digits
    ],
)
def test_parse_money_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_money(text), "money", EUR_FORMS)
    assert reason in error.message


def test_parse_money_symbol_belongs_to_its_currency() -> None:
    error = refused(lambda: parse_money("€25", "USD"), "money", "$25 or 25 USD")
    assert "not in USD" in error.message


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("25.5", "25.50 EUR"),
        ("25.50", "25.50 EUR"),
        ("25", "25.00 EUR"),
        ("0", "0.00 EUR"),
        ("-0", "0.00 EUR"),
        ("1234.5", "1234.50 EUR"),  # no grouping: 1,234.50 misleads German readers
        ("1000000000", "1000000000.00 EUR"),
        ("0.0025", "0.0025 EUR"),
        ("1.234", "1.2340 EUR"),  # never the German-thousands shape
        ("-25.5", "-25.50 EUR"),
    ],
)
def test_format_money(amount: str, text: str) -> None:
    assert format_money(Decimal(amount), "EUR") == text


money_values = st.decimals(min_value=0, max_value=MAX_MONEY, places=2)


@given(money_values)
def test_money_round_trips_in_dot_and_german_forms(amount: Decimal) -> None:
    plain = f"{amount:f}"
    english = f"{amount:,f}"
    german = english.translate(str.maketrans(",.", ".,"))
    for text in (plain, english, german, f"€{german}", f"{plain} EUR"):
        assert parse_money(text) == amount, text


@given(st.decimals(min_value=0, max_value=MAX_MONEY, places=4))
def test_format_money_output_parses_back(amount: Decimal) -> None:
    assert parse_money(format_money(amount, "EUR")) == amount


# ----------------------------------------------------------------------- energy


@pytest.mark.parametrize(("text", "expected"), [("0", 0), ("3", 3), (" 3 ", 3), ("5", 5)])
def test_parse_energy_accepts(text: str, expected: int) -> None:
    assert parse_energy(text) == expected


@pytest.mark.parametrize("text", ["9", "6", "-1", "2.5", "x", "", "+3", "1e0", "\u0663"])
def test_parse_energy_refuses(text: str) -> None:
    error = refused(lambda: parse_energy(text), "energy", ENERGY_FORMS)
    assert "a whole number from 0 (none) to 5 (draining)" in error.message


@given(st.integers(min_value=0, max_value=5))
def test_energy_round_trips(level: int) -> None:
    assert parse_energy(str(level)) == level


# ------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TODAY),
        ("Today", TODAY),
        ("heute", TODAY),
        ("yesterday", date(2026, 11, 27)),
        ("gestern", date(2026, 11, 27)),
        ("vorgestern", date(2026, 11, 26)),
        ("2026-11-27", date(2026, 11, 27)),
        ("2026-11-28", TODAY),
        ("2026-1-5", date(2026, 1, 5)),
        ("1970-01-01", date(1970, 1, 1)),
        ("27.11.2026", date(2026, 11, 27)),
        ("1.2.2026", date(2026, 2, 1)),
        ("27.11.26", date(2026, 11, 27)),
        ("27.11.99", date(1999, 11, 27)),
        ("27.11.", date(2026, 11, 27)),
        ("27.11", date(2026, 11, 27)),
        ("28.11.", TODAY),
        ("15.01.", date(2026, 1, 15)),
        ("31.12.", date(2025, 12, 31)),  # far in the future this year: last year's
        ("31.12.", date(2025, 12, 31)),
        ("-3d", date(2026, 11, 25)),
        ("- 3 days", date(2026, 11, 25)),
        ("3d ago", date(2026, 11, 25)),
        ("3 days ago", date(2026, 11, 25)),
        ("1 day ago", date(2026, 11, 27)),
        ("0 days ago", TODAY),
        ("-2w", date(2026, 11, 14)),
        ("2 weeks ago", date(2026, 11, 14)),
        ("1 week ago", date(2026, 11, 21)),
        ("vor 3 Tagen", date(2026, 11, 25)),
        ("vor 1 Tag", date(2026, 11, 27)),
        ("vor 2 Wochen", date(2026, 11, 14)),
        ("  2026-11-27 ", date(2026, 11, 27)),
    ],
)
def test_parse_date_accepts(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("tomorrowish", "'tomorrowish' is not a date"),
        ("tomorrow", "not a date"),
        ("next friday", "not a date"),
        ("Nov 27 2026", "not a date"),
        ("27/11/2026", "not a date"),
        ("31.02.2026", "that day does not exist"),
        ("2026-02-30", "that day does not exist"),
        ("2026-13-01", "that day does not exist"),
        ("32.01.", "that day does not exist"),
        ("29.02.", "needs a year"),  # no 29 Feb since 2025-11-28
        ("2026-11-29", "is in the future"),
        ("29.11.2026", "is in the future"),
        ("01.01.2027", "is in the future"),
        ("1969-12-31", "is before 1970"),
        ("0001-01-01", "is before 1970"),
        ("01.01.30", "is before 1970"),  # 2030 is the future, so 1930
        ("99999 days ago", "is before 1970"),
        ("9" * 40 + "d ago", "is before 1970"),
        ("3d", "not a date"),
        ("-3", "not a date"),
        ("in 3 days", "not a date"),
    ],
)
def test_parse_date_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_date(text, TODAY), "date", DATE_FORMS)
    assert reason in error.message
    assert error.message.endswith(
        "use today, yesterday, 2026-11-27, 27.11.2026, 27.11. or 3 days ago"
    )


def test_parse_date_29_february_in_leap_year() -> None:
    assert parse_date("29.02.", date(2028, 3, 1)) == date(2028, 2, 29)
    assert parse_date("29.02.2024", TODAY) == date(2024, 2, 29)


@given(st.dates(min_value=date(1970, 1, 1), max_value=TODAY))
def test_dates_round_trip(day: date) -> None:
    assert parse_date(day.isoformat(), TODAY) == day
    assert parse_date(day.strftime("%d.%m.%Y"), TODAY) == day


@given(st.integers(min_value=0, max_value=(TODAY - date(1970, 1, 1)).days))
def test_relative_days(days: int) -> None:
    expected = TODAY - timedelta(days=days)
    assert parse_date(f"-{days}d", TODAY) == expected
    assert parse_date(f"{days} days ago", TODAY) == expected


# ---------------------------------------------------------------------- windows


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("3m", date(2026, 8, 28), TODAY),
        ("6m", date(2026, 5, 28), TODAY),
        ("12m", date(2025, 11, 28), TODAY),
        ("1m", date(2026, 10, 28), TODAY),
        ("24m", date(2024, 11, 28), TODAY),
        ("1y", date(2025, 11, 28), TODAY),
        ("2w", date(2026, 11, 14), TODAY),
        ("90d", date(2026, 8, 30), TODAY),
        ("all", None, TODAY),
        ("ALL", None, TODAY),
        ("999y", date(1970, 1, 1), TODAY),  # clamped: nothing is older
        ("2026-01-01..2026-06-30", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026-01-01 .. 2026-06-30", date(2026, 1, 1), date(2026, 6, 30)),
        ("01.01.2026..30.06.2026", date(2026, 1, 1), date(2026, 6, 30)),
        ("27.11...28.11.", date(2026, 11, 27), TODAY),
        ("3 days ago..yesterday", date(2026, 11, 25), date(2026, 11, 27)),
        ("2026-01-01..", date(2026, 1, 1), TODAY),
        ("..2026-06-30", None, date(2026, 6, 30)),
        ("today..today", TODAY, TODAY),
    ],
)
def test_parse_window_accepts(text: str, since: date | None, until: date) -> None:
    assert parse_window(text, TODAY) == (since, until)


def test_parse_window_month_end() -> None:
    assert parse_window("1m", date(2026, 3, 31)) == (date(2026, 2, 28), date(2026, 3, 31))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "nothing given"),
        ("x", "'x' is not a window"),
        ("0m", "empty window"),
        ("3", "not a window"),
        ("-3m", "not a window"),
        ("..", "not a window"),
        ("2026-06-30..2026-01-01", "starts after it ends"),
        ("2026-13-01..2026-06-30", "has a bad date: '2026-13-01': that day does not exist"),
        ("2026-01-01..2027-01-01", "is in the future"),
        ("soon..later", "has a bad date: 'soon' is not a date"),
    ],
)
def test_parse_window_refuses(text: str, reason: str) -> None:
    error = refused(lambda: parse_window(text, TODAY), "window", WINDOW_FORMS)
    assert reason in error.message
    assert error.message.count("; use ") == 1  # the date forms are not listed too


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
