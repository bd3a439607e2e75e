"""The first steps every parser shares: strip, refuse huge or non-text input, quote it
short in the message, and take off a sign so it can be refused by name."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

import pytest

from balance.core.parse import TIME_FORMS, parse_minutes, parse_money, parse_ratio, parse_weights
from balance.core.parse.common import Lazy
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


def test_the_parsers_compile_no_pattern_at_import() -> None:
    """The log path imports every parser and uses a few of their patterns: each is
    compiled when first used, and then gives the answers re's own would."""
    code = (
        "import balance.core.parse as p, balance.core.parse.agreements, sys\n"
        "from balance.core.parse.common import Lazy\n"
        "mods = [m for n, m in sys.modules.items() if n.startswith('balance.core.parse')]\n"
        "lazy = [v for m in mods for v in vars(m).values() if isinstance(v, Lazy)]\n"
        "assert len(lazy) >= 10 and all(v._compiled is None for v in lazy), lazy\n"
        "p.parse_minutes('1h30m')\n"
        "print(sum(v._compiled is not None for v in lazy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() in {"1", "2"}  # the clock form and the duration form

    bad = Lazy("[")  # a broken pattern is found when used, as a compile would find it
    with pytest.raises(re.error):
        bad.fullmatch("x")
    words = Lazy(r"(?P<n>[0-9]+)\s*tage", re.IGNORECASE)
    m = words.fullmatch("3 TAGE")
    assert m is not None and m["n"] == "3" and words.fullmatch("3 Wochen") is None
