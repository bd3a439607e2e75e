"""Durations, money, whole numbers and energy levels as people type them."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from balance.core.errors import ValidationError
from balance.core.formats import format_number
from balance.core.model import ENERGY_MAX, MAX_MINUTES, MAX_MONEY
from balance.core.parse.common import (
    ENERGY_FORMS,
    MAX_MONEY_PLACES,
    TIME_FORMS,
    Lazy,
    _Bad,
    _prepare,
    _show,
    _split_sign,
    _with_forms,
)
from balance.locale import _

# --------------------------------------------------------------------------- time

_DURATION = Lazy(
    r"(?:(?P<h>[0-9]+(?:[.,][0-9]+)?)\s*(?:hours|hour|hrs|hr|h|stunden|stunde|std\.?)\s*)?"
    r"(?:(?P<m>[0-9]+)\s*(?:minutes|minute|minuten|mins|min\.?|m)?)?",
    re.ASCII,
)
_CLOCK = Lazy(r"(?P<h>[0-9]+):(?P<m>[0-9]{2})", re.ASCII)


def _minutes(text: str) -> int:
    original = _prepare(text)
    negative, body = _split_sign(original.lower())
    clock = _CLOCK.fullmatch(body)
    if clock:
        if int(clock["m"]) >= 60:
            raise _Bad(
                _("{text} has {minutes} minutes after ':', must be below 60").format(
                    text=_show(original), minutes=clock["m"]
                )
            )
        total = Decimal(int(clock["h"]) * 60 + int(clock["m"]))
    else:
        match = _DURATION.fullmatch(body)
        if not body or not match or (match["h"] is None and match["m"] is None):
            raise _Bad(_("{text} is not a duration").format(text=_show(original)))
        hours = Decimal(match["h"].replace(",", ".")) if match["h"] else Decimal(0)
        total = hours * 60 + (int(match["m"]) if match["m"] else 0)
    if negative and total != 0:
        raise _Bad(_("{text} is negative; time must be 0 or more").format(text=_show(original)))
    # Checked before rounding too: quantize() raises on a 40-digit number.
    if total > MAX_MINUTES + 1:
        raise _Bad(_("{text} is more than 366 days").format(text=_show(original)))
    # Fractional hours round to the nearest minute, halves up: 1.01h = 60.6 -> 61.
    minutes = int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if minutes > MAX_MINUTES:
        raise _Bad(_("{text} is more than 366 days").format(text=_show(original)))
    return minutes


def parse_minutes(text: str) -> int:
    """Read a duration as whole minutes (field "time").

    Accepts `90`, `90m`, `90 min`, `1h30m`, `1h 30m`, `1h 30`, `1h`, `1.5h`,
    `1,5h`, `1:30` (h:mm, mm below 60) and `0`, case-insensitive, with
    surrounding whitespace; German units (`std`, `stunden`, `minuten`) too.
    A bare number is minutes; a bare decimal (`1.5`) is refused because it
    could mean hours or minutes. Fractional hours are rounded to the nearest
    minute, halves up (1.01h -> 61), because the ledger stores whole minutes.
    `-0` is read as 0. More than 366 days (`model.MAX_MINUTES`) is refused:
    that is a typo, not a contribution.
    """
    try:
        return _minutes(text)
    except _Bad as bad:
        raise ValidationError("time", _with_forms(bad.reason, _(TIME_FORMS))) from None


# -------------------------------------------------------------------------- money

#: Symbols and words accepted besides the ISO code itself, per currency. A
#: symbol is only accepted for its own currency: "$25" in a EUR network is an
#: error rather than a silent 25 EUR.
_SYMBOLS: dict[str, tuple[str, ...]] = {
    "EUR": ("€", "euro", "euros"),
    "USD": ("$", "us$"),
    "GBP": ("£",),
    "CHF": ("sfr.", "fr.", "sfr", "fr"),
    "JPY": ("¥",),
}
_FOREIGN_MARK = Lazy(r"[a-z]{3}|[$£¥€]|fr\.?|sfr\.?|us\$", re.IGNORECASE | re.ASCII)
_MONEY_NUMBER = r"(?P<num>[0-9][0-9.,']*|[.,][0-9]+)(?P<whole>,-+|,\u2013)?"


def _currency_token(currency: str) -> str:
    """A regex alternation of the code and symbols, longest first ("sfr." before "fr")."""
    tokens = sorted({currency.lower(), *_SYMBOLS.get(currency, ())}, key=len, reverse=True)
    return "|".join(re.escape(t) for t in tokens)


def _money_pattern(currency: str) -> re.Pattern[str]:
    token = _currency_token(currency)
    return re.compile(
        rf"(?:(?P<pre>{token})\s*)?{_MONEY_NUMBER}(?:\s*(?P<post>{token}))?",
        re.IGNORECASE | re.ASCII,
    )


def _split_number(num: str, original: str) -> tuple[str, str]:
    """Split digits with separators into (integer digits, fraction digits).

    German users write 1.234,50 and English users 1,234.50; when both
    separators appear, the last one is the decimal separator. With only one
    kind: a single comma is a decimal comma (25,50), except that one comma
    before exactly 3 digits (12,345) is refused as ambiguous; a
    single dot is a decimal point, except in the German-thousands shape
    `1.234` (1-3 digits, not starting with 0, a dot, exactly 3 digits), which
    is read as 1234. Repeated separators are grouping (1.234.567). An
    apostrophe is Swiss grouping (1'234.50). Grouping must be in threes.
    """
    bad = _not_an_amount(original)
    if num[0] in ".,":
        num = "0" + num
    dots, commas, ticks = num.count("."), num.count(","), num.count("'")
    decimal_sep: str | None
    group: str | None
    if dots and commas:
        if ticks:
            raise bad
        decimal_sep = "." if num.rfind(".") > num.rfind(",") else ","
        group = "," if decimal_sep == "." else "."
    elif dots or commas:
        sep = "." if dots else ","
        count = dots or commas
        if ticks:
            decimal_sep, group = sep, "'"
        elif count > 1:
            decimal_sep, group = None, sep
        elif sep == "." and re.fullmatch(r"[1-9][0-9]{0,2}\.[0-9]{3}", num, re.ASCII):
            decimal_sep, group = None, "."  # 1.234 -> 1234, see the docstring
        elif sep == "," and re.fullmatch(r"[1-9][0-9]{0,2},[0-9]{3}", num, re.ASCII):
            # 12,345: twelve thousand (English) or twelve and a bit (German)? Ask.
            raise _Bad(
                _(
                    "{text} is ambiguous: write {thousands} for the thousands, "
                    "or {small} for the small amount"
                ).format(text=_show(original), thousands=num.replace(",", ""), small=f"{num}0")
            )
        else:
            decimal_sep, group = sep, None
    else:
        decimal_sep, group = None, "'" if ticks else None

    if decimal_sep is not None:
        if num.count(decimal_sep) != 1:
            raise bad
        whole, frac = num.split(decimal_sep)
        if not re.fullmatch(r"[0-9]+", frac, re.ASCII):
            raise bad
    else:
        whole, frac = num, ""
    if group is not None and group in whole:
        if not re.fullmatch(rf"[1-9][0-9]{{0,2}}(?:{re.escape(group)}[0-9]{{3}})+", whole):
            raise _Bad(
                _("{text} has digits grouped wrongly (groups of three)").format(
                    text=_show(original)
                )
            )
        whole = whole.replace(group, "")
    if not re.fullmatch(r"[0-9]+", whole, re.ASCII):
        raise bad
    return whole, frac


def _not_an_amount(original: str) -> _Bad:
    return _Bad(_("{text} is not an amount").format(text=_show(original)))


def _money(text: str, currency: str) -> Decimal:
    original = _prepare(text)
    negative, body = _split_sign(original)
    match = _money_pattern(currency).fullmatch(body)
    if match and match["pre"] and match["post"]:
        match = None
    if match is None and (match := _sign_after_symbol(body, currency)) is not None:
        negative = True
    if match is None:
        if _looks_foreign(body, currency):
            raise _Bad(
                _("{text} is not in {currency}").format(text=_show(original), currency=currency)
            )
        raise _not_an_amount(original)
    num = match["num"]
    if match["whole"] and not re.fullmatch(r"[0-9]+", num, re.ASCII):
        raise _not_an_amount(original)
    whole, frac = _split_number(num, original)
    if len(frac) > MAX_MONEY_PLACES:
        raise _Bad(
            _("{text} has more than {places} decimal places").format(
                text=_show(original), places=MAX_MONEY_PLACES
            )
        )
    try:
        amount = Decimal(f"{whole}.{frac}" if frac else whole)
    except InvalidOperation:  # pragma: no cover - the regexes leave only digits
        raise _not_an_amount(original) from None
    if negative and amount != 0:
        raise _Bad(_("{text} is negative; money must be 0 or more").format(text=_show(original)))
    if amount > MAX_MONEY:
        raise _Bad(
            _("{text} is more than {limit}").format(
                text=_show(original), limit=format_number(int(MAX_MONEY))
            )
        )
    return amount.copy_abs()  # no Decimal("-0") ever leaves here


def _sign_after_symbol(body: str, currency: str) -> re.Match[str] | None:
    """Match '€-25' / 'EUR -25': the minus after the symbol, so it can be refused by name."""
    token = _currency_token(currency)
    pattern = rf"(?P<pre>{token})\s*[-\u2212]\s*{_MONEY_NUMBER}(?P<post>)"
    return re.fullmatch(pattern, body, re.IGNORECASE | re.ASCII)


def _looks_foreign(body: str, currency: str) -> bool:
    """True for '25 USD' or '$25' in a EUR network: a number with some other currency."""
    stripped = re.sub(r"[0-9.,'\s\-\u2212]+", " ", body).strip()
    if not stripped or not re.search(r"[0-9]", body, re.ASCII):
        return False
    return bool(_FOREIGN_MARK.fullmatch(stripped)) and stripped.lower() not in {
        currency.lower(),
        *_SYMBOLS.get(currency, ()),
    }


_SYMBOL_EXAMPLE = {"EUR": "€25", "USD": "$25", "GBP": "£25", "CHF": "Fr. 25", "JPY": "¥25"}


def _money_forms(currency: str) -> str:
    example = _SYMBOL_EXAMPLE.get(currency)
    if example:
        return _("use 25.50, 25,50, 1.234,50, {example} or 25 {currency}").format(
            example=example, currency=currency
        )
    return _("use 25.50, 25,50, 1.234,50, 25 {currency}").format(currency=currency)


def parse_money(text: str, currency: str = "EUR") -> Decimal:
    """Read an amount of money as an exact `Decimal` (field "money").

    Accepts `25.50`, `25,50`, `25`, `25,-`, `.50`, `1.234,50`, `1,234.50`,
    `1'234.50`, and the network's currency before or after the number:
    its ISO code in any case (`25 EUR`, `eur 25`) and its symbol (`€25`,
    `25€` for EUR; `$` for USD, `£` for GBP, `Fr.` for CHF). Another
    currency's code or symbol is refused, never converted or ignored.

    The result keeps the digits typed (`Decimal("25.50")`, not 25.5), at most
    4 decimal places, never negative zero. Decisions callers should know:
    a single comma is a decimal comma (`25,50`), but one comma before exactly
    3 digits (`1,234`) is refused as ambiguous (English thousands or German
    decimals?); `1.234` (1-3 digits, dot, exactly 3 digits) is German
    thousands, 1234; write `1.2340` or `1,2340` for the small amount. Exponents (`1e5`), NaN, inf,
    negatives and amounts above `model.MAX_MONEY` are refused.
    """
    code = currency.strip().upper()
    try:
        return _money(text, code)
    except _Bad as bad:
        raise ValidationError("money", _with_forms(bad.reason, _money_forms(code))) from None


# ------------------------------------------------------------------ whole numbers

_WHOLE = Lazy(r"[0-9]{1,6}", re.ASCII)


def parse_whole(text: str, field: str, lo: int, hi: int) -> int:
    """A whole number in [lo, hi] typed with ASCII digits (days, energy budget)."""
    body = str(text).strip()
    if not _WHOLE.fullmatch(body) or not lo <= int(body) <= hi:
        raise ValidationError(
            field,
            _("{text} is not a whole number from {lo} to {hi}").format(
                text=_show(body), lo=lo, hi=hi
            ),
        )
    return int(body)


# ------------------------------------------------------------------------- energy


def parse_energy(text: str) -> int:
    """Read an energy level: a whole number 0 (none) to 5 (draining) (field "energy").

    Only the six values exist, so `2.5`, `9`, `-1` are refused rather than
    rounded or clamped: the scale means something and a guess would not.
    """
    try:
        stripped = _prepare(text)
    except _Bad as bad:
        raise ValidationError("energy", _with_forms(bad.reason, _(ENERGY_FORMS))) from None
    if re.fullmatch(r"[0-9]{1,3}", stripped, re.ASCII) and int(stripped) <= ENERGY_MAX:
        return int(stripped)
    raise ValidationError(
        "energy",
        _("{text} is not an energy level; {forms}").format(
            text=_show(stripped), forms=_(ENERGY_FORMS)
        ),
    )
