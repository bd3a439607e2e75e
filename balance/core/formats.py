"""How amounts and days are shown in the reader's language, in a form the parsers read back.

English and German follow Babel's (CLDR's) patterns for `en_GB` and `de_DE`:
`€1,234.50` / `1.234,50 €`, `27 Nov 2026` / `27. Nov. 2026`. They are written
here with Python's own number formatting instead of calling Babel, because
importing Babel and its locale data costs `balance log` about 80 ms; a test
holds every output equal to Babel's. Machine formats (JSON, TOML) never come
through here.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Context, Decimal
from functools import cache

from balance.locale import N_, _, language

#: Month abbreviations as CLDR writes them inside a date; German adds its dots here.
MONTHS = (
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sept"), N_("Oct"), N_("Nov"), N_("Dec"),
)  # fmt: skip
#: Currency signs CLDR puts in place of the code, in both languages.
SIGNS = {"EUR": "€"}


def _german() -> bool:
    return language() == "de"


def format_minutes(minutes: int) -> str:
    """Show minutes the way people say them: "1h 30m", "45m" / "1 Std. 30 Min.", "45 Min.".

    The output is itself accepted by `parse_minutes`, so a value shown in the
    TUI can be edited and saved unchanged. Negative values (differences) get a
    leading "-".
    """
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if hours and rest:
        return sign + _("{hours}h {minutes}m").format(hours=hours, minutes=rest)
    if hours:
        return sign + _("{hours}h").format(hours=hours)
    return sign + _("{minutes}m").format(minutes=rest)


def format_number(value: int) -> str:
    """A whole number with the thousands grouped: '1,200' / '1.200'."""
    text = f"{value:,}"
    return text.replace(",", ".") if _german() else text


def format_amount(amount: Decimal) -> str:
    """The number part of `format_money`, e.g. to fill a form field that is read back:
    '1,234.50' / '1.234,50'.

    Amounts with more than 2 places keep them, except that exactly 3 places get
    a trailing 0 (1.234 -> "1.2340"), so the text is never the thousands shape
    ("1,234" / "1.234") that `parse_money` reads as 1234 or refuses.
    """
    if not amount.is_finite():
        return str(amount)
    amount = amount.copy_abs() if amount == 0 else amount
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)  # finite, checked above
    places = -exponent
    # Enough precision for any size, or quantize() raises on big amounts.
    context = Context(prec=max(28, amount.adjusted() + 8))
    if places < 2:
        amount = amount.quantize(Decimal("0.01"), context=context)
    elif places == 3:
        amount = amount.quantize(Decimal("0.0001"), context=context)
    text = f"{amount:,f}"
    if _german():
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def format_money(amount: Decimal, currency: str) -> str:
    """Money as the reader's locale writes it: '€1,234.50' / '1.234,50 €', 'CHF 12.00'.

    At least 2 decimals, more when the amount has them; every output parses
    back to an equal amount with `parse_money`.
    """
    number = format_amount(amount)
    sign = SIGNS.get(currency)
    if _german():
        return f"{number} {sign or currency}"
    minus, number = ("-", number[1:]) if number.startswith("-") else ("", number)
    return f"{minus}{sign}{number}" if sign else f"{minus}{currency} {number}"


def format_ratio(value: Decimal | int) -> str:
    """A ratio or weight as a person types it: '1.5' / '1,5', '2', never '1E+1'."""
    text = f"{value:f}" if isinstance(value, Decimal) else str(value)
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return text.replace(".", ",") if _german() else text


def format_energy(energy: int) -> str:
    """'energy 3' / 'Energie 3': energy never stands as a bare number."""
    return _("energy {points}").format(points=energy)


def format_amounts(minutes: int, money: Decimal, energy: int | None, currency: str) -> str:
    """Only the amounts that were given: '1h 30m, €25.50, energy 3'."""
    parts = []
    if minutes:
        parts.append(format_minutes(minutes))
    if money:
        parts.append(format_money(money, currency))
    if energy:
        parts.append(format_energy(energy))
    return ", ".join(parts)


def format_percent(value: float) -> str:
    """A share 0..1 as a whole percent: '81%' / '81 %'."""
    number = round(value * 100)
    return f"{number} %" if _german() else f"{number}%"


def month_abbr(day: date) -> str:
    """The month of `day`, short, for chart axes: 'Nov', 'März', 'Sept'."""
    return _(MONTHS[day.month - 1]).rstrip(".")


def format_day(day: date) -> str:
    """A day to read: '27 Nov 2026' / '27. Nov. 2026'."""
    month = _(MONTHS[day.month - 1])
    if _german():
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def format_date(day: date) -> str:
    """A day in figures, for tables and form fields, typed back as it is: '2026-11-27' /
    '27.11.2026' (both read by `parse_date` whatever the language)."""
    if _german():
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    return day.isoformat()


#: Characters that would act on a terminal instead of being shown, as spans of code
#: points: the C0 and C1 controls but tab and newline (ESC starts escape sequences that
#: move the cursor, recolour or retitle) and the bidi overrides and isolates (RLO turns
#: a line around).
ACTING_SPANS = (
    (0x00, 0x08),
    (0x0B, 0x1F),
    (0x7F, 0x9F),
    (0x061C, 0x061C),
    (0x200E, 0x200F),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
)


def visible(text: str) -> str:
    """Text for a terminal, with every acting character shown as its escape (`\\u001b`).

    The escape is also what JSON would write for it, so JSON output keeps its
    meaning; a name from someone else's CSV cannot recolour or reverse a screen.
    A regex finds them: `str.translate` looks up every character in Python and took
    7 ms of a 10k `check` (150 KB); the pattern is compiled on the first write, not
    at import (the log path).
    """
    return _acting().sub(_escaped, text)


@cache
def _acting() -> re.Pattern[str]:
    spans = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ACTING_SPANS)
    return re.compile(f"[{spans}]")


def _escaped(found: re.Match[str]) -> str:
    return f"\\u{ord(found[0]):04x}"
