"""How amounts are shown, in a form that the parsers read back unchanged."""

from __future__ import annotations

from decimal import Context, Decimal


def format_minutes(minutes: int) -> str:
    """Show minutes the way people say them: "1h 30m", "45m", "12h", "0m".

    The output is itself accepted by `parse_minutes`, so a value shown in the
    TUI can be edited and saved unchanged. Negative values (differences) get a
    leading "-".
    """
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if hours and rest:
        return f"{sign}{hours}h {rest}m"
    if hours:
        return f"{sign}{hours}h"
    return f"{sign}{rest}m"


def format_money(amount: Decimal, currency: str) -> str:
    """Show money as "25.50 EUR" / "1234.50 EUR": a dot for decimals, no grouping.

    One fixed, unambiguous style for every locale: the ISO code after the
    number and at least 2 decimals. Every output parses back to an equal
    amount with `parse_money`.
    """
    return f"{format_amount(amount)} {currency}"


def format_amounts(minutes: int, money: Decimal, energy: int, currency: str) -> str:
    """Only the amounts that were given: '1h 30m, 25.50 EUR, energy 3'."""
    parts = []
    if minutes:
        parts.append(format_minutes(minutes))
    if money:
        parts.append(format_money(money, currency))
    if energy:
        parts.append(f"energy {energy}")
    return ", ".join(parts)


def plural(count: int, word: str) -> str:
    """'1 partner', '3 partners', '1,200 contributions'."""
    return f"{count:,} {word}" + ("" if count == 1 else "s")


def format_amount(amount: Decimal) -> str:
    """The number part of `format_money`, e.g. to fill a form field that is read back.

    Amounts with more than 2 places keep them, except that exactly 3 places get
    a trailing 0 (1.234 -> "1.2340") so the text is never the German-thousands
    shape that `parse_money` reads as 1234.
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
    # No thousands separator: "1,234.50" reads as 1.23450 to a German eye, and
    # "1234.50" is plain in every locale.
    return f"{amount:f}"


#: Characters that would act on a terminal instead of being shown: the C0 and C1
#: controls but tab and newline (ESC starts escape sequences that move the cursor,
#: recolour or retitle) and the bidi overrides and isolates (RLO turns a line around).
_ACTING = (
    *range(0x00, 0x09),
    *range(0x0B, 0x20),
    *range(0x7F, 0xA0),
    0x061C,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
)
_SHOWN = {code: f"\\u{code:04x}" for code in _ACTING}


def visible(text: str) -> str:
    """Text for a terminal, with every acting character shown as its escape (`\\u001b`).

    The escape is also what JSON would write for it, so JSON output keeps its
    meaning; a name from someone else's CSV cannot recolour or reverse a screen.
    """
    return text.translate(_SHOWN)
