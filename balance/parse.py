"""Turn what people type into exact values, or say clearly why not.

Everything here is pure (no I/O, no Textual, no TinyDB) so the CLI, the TUI
forms and the CSV import share one set of rules and one set of error messages.

Every public parser raises `balance.model.ValidationError(field, message)` on
bad input, never anything else, and the message is one line that quotes what
was typed and names the forms that are accepted. Callers print it and exit 2.

Rules that hold throughout:

- Only ASCII digits count as digits. Python's `int()` and `\\d` also accept
  Arabic-Indic or full-width digits; a ledger should not silently read those.
- Input longer than `MAX_INPUT` characters is refused before any parsing, so
  a pasted novel cannot make `int()` or `Decimal()` slow or raise.
- Money never passes through `float`: amounts are built from the typed digits
  as `Decimal`, so "25.50" stays `Decimal("25.50")`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from balance.model import ENERGY_MAX, MAX_MINUTES, MAX_MONEY, MAX_WHAT, ValidationError

__all__ = [
    "EPOCH",
    "MAX_INPUT",
    "MAX_MONEY_PLACES",
    "format_minutes",
    "format_money",
    "parse_date",
    "parse_energy",
    "parse_minutes",
    "parse_money",
    "parse_ratio",
    "parse_tags",
    "parse_weights",
    "parse_window",
]

#: Anything longer than this is not a duration, amount or date anyone typed.
MAX_INPUT = 100
#: Money may have at most this many decimal places (0.0025 per unit is fine,
#: 0.00001 is a typo or a paste from a spreadsheet).
MAX_MONEY_PLACES = 4
#: No contribution predates this; it also bounds relative dates and windows.
EPOCH = date(1970, 1, 1)

TIME_FORMS = "use 90, 90m, 1h30m, 1h 30m, 1.5h, 1,5h or 1:30"
ENERGY_FORMS = "use a whole number from 0 (none) to 5 (draining)"
DATE_FORMS = "use today, yesterday, 2026-11-27, 27.11.2026, 27.11. or 3 days ago"
WINDOW_FORMS = "use 3m, 6m, 12m, 1y, all or 2026-01-01..2026-06-30"
WEIGHTS_FORMS = "use time/money/energy weights such as 1/1/1, 1/0/1 or 1/0,5/1"
RATIO_FORMS = "use a number above 1 such as 1.5 or 1,5"

_MINUS = ("-", "\u2212")  # ASCII hyphen-minus and the typographic minus sign


class _Bad(Exception):
    """A reason without the list of forms; the public wrapper adds those.

    Kept internal so that `parse_window` can reuse the date reasons and put
    its own forms after them, and a message never lists two sets of forms.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _show(text: str) -> str:
    """Quote input for a message: repr() escapes newlines, so it stays one line."""
    text = text.strip()
    if len(text) > 40:
        text = text[:40] + "..."
    return repr(text)


_SPACES = {0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " "}


def _prepare(text: str) -> str:
    """Strip and refuse empty or absurdly long input (before any int()/Decimal())."""
    if not isinstance(text, str):
        raise _Bad(f"{text!r} is not text")
    # No-break and thin spaces arrive with copied amounts ("25\u00a0€"); the
    # regexes are ASCII-only, so make them ordinary spaces first.
    stripped = text.translate(_SPACES).strip()
    if not stripped:
        raise _Bad("nothing given")
    if len(stripped) > MAX_INPUT:
        raise _Bad(f"{_show(stripped)} is longer than {MAX_INPUT} characters")
    return stripped


def _split_sign(text: str) -> tuple[bool, str]:
    """Take a leading minus off so each parser can say 'negative' rather than 'not a number'."""
    if text.startswith(_MINUS):
        return True, text[1:].lstrip()
    return False, text


# --------------------------------------------------------------------------- time

_DURATION = re.compile(
    r"(?:(?P<h>[0-9]+(?:[.,][0-9]+)?)\s*(?:hours|hour|hrs|hr|h|stunden|stunde|std)\s*)?"
    r"(?:(?P<m>[0-9]+)\s*(?:minutes|minute|minuten|mins|min|m)?)?",
    re.ASCII,
)
_CLOCK = re.compile(r"(?P<h>[0-9]+):(?P<m>[0-9]{2})", re.ASCII)


def _minutes(text: str) -> int:
    original = _prepare(text)
    negative, body = _split_sign(original.lower())
    clock = _CLOCK.fullmatch(body)
    if clock:
        if int(clock["m"]) >= 60:
            raise _Bad(f"{_show(original)} has {clock['m']} minutes after ':', must be below 60")
        total = Decimal(int(clock["h"]) * 60 + int(clock["m"]))
    else:
        match = _DURATION.fullmatch(body)
        if not body or not match or (match["h"] is None and match["m"] is None):
            raise _Bad(f"{_show(original)} is not a duration")
        hours = Decimal(match["h"].replace(",", ".")) if match["h"] else Decimal(0)
        total = hours * 60 + (int(match["m"]) if match["m"] else 0)
    if negative and total != 0:
        raise _Bad(f"{_show(original)} is negative; time must be 0 or more")
    # Checked before rounding too: quantize() raises on a 40-digit number.
    if total > MAX_MINUTES + 1:
        raise _Bad(f"{_show(original)} is more than 366 days")
    # Fractional hours round to the nearest minute, halves up: 1.01h = 60.6 -> 61.
    minutes = int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if minutes > MAX_MINUTES:
        raise _Bad(f"{_show(original)} is more than 366 days")
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
        raise ValidationError("time", f"{bad.reason}; {TIME_FORMS}") from None


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
_FOREIGN_MARK = re.compile(r"[a-z]{3}|[$£¥€]|fr\.?|sfr\.?|us\$", re.IGNORECASE | re.ASCII)
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
    kind: a single comma is a decimal comma (25,50; so 1,234 is 1.234); a
    single dot is a decimal point, except in the German-thousands shape
    `1.234` (1-3 digits, not starting with 0, a dot, exactly 3 digits), which
    is read as 1234. Repeated separators are grouping (1.234.567). An
    apostrophe is Swiss grouping (1'234.50). Grouping must be in threes.
    """
    bad = _Bad(f"{_show(original)} is not an amount")
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
                f"{_show(original)} is ambiguous: write {num.replace(',', '')} for the "
                f"thousands or {num[:-1]} for the cents"
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
            raise _Bad(f"{_show(original)} has digits grouped wrongly (groups of three)")
        whole = whole.replace(group, "")
    if not re.fullmatch(r"[0-9]+", whole, re.ASCII):
        raise bad
    return whole, frac


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
            raise _Bad(f"{_show(original)} is not in {currency}")
        raise _Bad(f"{_show(original)} is not an amount")
    num = match["num"]
    if match["whole"] and not re.fullmatch(r"[0-9]+", num, re.ASCII):
        raise _Bad(f"{_show(original)} is not an amount")
    whole, frac = _split_number(num, original)
    if len(frac) > MAX_MONEY_PLACES:
        raise _Bad(f"{_show(original)} has more than {MAX_MONEY_PLACES} decimal places")
    try:
        amount = Decimal(f"{whole}.{frac}" if frac else whole)
    except InvalidOperation:  # pragma: no cover - the regexes leave only digits
        raise _Bad(f"{_show(original)} is not an amount") from None
    if negative and amount != 0:
        raise _Bad(f"{_show(original)} is negative; money must be 0 or more")
    if amount > MAX_MONEY:
        raise _Bad(f"{_show(original)} is more than {MAX_MONEY:,}")
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
    prefix = f"{example} or " if example else ""
    return f"use 25.50, 25,50, 1.234,50, {prefix}25 {currency}"


def parse_money(text: str, currency: str = "EUR") -> Decimal:
    """Read an amount of money as an exact `Decimal` (field "money").

    Accepts `25.50`, `25,50`, `25`, `25,-`, `.50`, `1.234,50`, `1,234.50`,
    `1'234.50`, and the network's currency before or after the number:
    its ISO code in any case (`25 EUR`, `eur 25`) and its symbol (`€25`,
    `25€` for EUR; `$` for USD, `£` for GBP, `Fr.` for CHF). Another
    currency's code or symbol is refused, never converted or ignored.

    The result keeps the digits typed (`Decimal("25.50")`, not 25.5), at most
    4 decimal places, never negative zero. Decisions callers should know:
    a single comma is always a decimal comma (`1,234` is 1.234) and `1.234`
    (1-3 digits, dot, exactly 3 digits) is German thousands, 1234; write
    `1.2340` or `1,234` for the small amount. Exponents (`1e5`), NaN, inf,
    negatives and amounts above `model.MAX_MONEY` are refused.
    """
    code = currency.strip().upper()
    try:
        return _money(text, code)
    except _Bad as bad:
        raise ValidationError("money", f"{bad.reason}; {_money_forms(code)}") from None


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


# ------------------------------------------------------------------ whole numbers

_WHOLE = re.compile(r"[0-9]{1,6}", re.ASCII)


def parse_whole(text: str, field: str, lo: int, hi: int) -> int:
    """A whole number in [lo, hi] typed with ASCII digits (days, energy budget)."""
    body = str(text).strip()
    if not _WHOLE.fullmatch(body) or not lo <= int(body) <= hi:
        raise ValidationError(field, f"{_show(body)} is not a whole number from {lo} to {hi}")
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
        raise ValidationError("energy", f"{bad.reason}; {ENERGY_FORMS}") from None
    if re.fullmatch(r"[0-9]{1,3}", stripped, re.ASCII) and int(stripped) <= ENERGY_MAX:
        return int(stripped)
    raise ValidationError("energy", f"{_show(stripped)} is not an energy level; {ENERGY_FORMS}")


# -------------------------------------------------------------------------- dates

_ISO = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})", re.ASCII)
_GERMAN = re.compile(
    r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})(?:\.(?P<y>[0-9]{4}|[0-9]{2})?)?", re.ASCII
)
_RELATIVE = re.compile(
    r"[-\u2212]\s*(?P<n1>[0-9]+)\s*(?P<u1>days|day|d|weeks|week|w)"
    r"|(?P<n2>[0-9]+)\s*(?P<u2>days|day|d|weeks|week|w)\s+ago"
    r"|vor\s+(?P<n3>[0-9]+)\s*(?P<u3>tagen|tag|wochen|woche)",
    re.ASCII,
)
_WORDS = {"today": 0, "heute": 0, "yesterday": 1, "gestern": 1, "vorgestern": 2}


def _date(text: str, today: date) -> date:
    original = _prepare(text)
    body = original.lower()
    if body in _WORDS:
        return today - timedelta(days=_WORDS[body])
    if rel := _RELATIVE.fullmatch(body):
        count = int(rel["n1"] or rel["n2"] or rel["n3"])
        unit = rel["u1"] or rel["u2"] or rel["u3"]
        days = count * 7 if unit[0] == "w" else count
        if days > (today - EPOCH).days:
            raise _Bad(f"{_show(original)} is before 1970")
        return today - timedelta(days=days)
    if iso := _ISO.fullmatch(body):
        return _checked(original, int(iso["y"]), int(iso["m"]), int(iso["d"]), today)
    if german := _GERMAN.fullmatch(body):
        day, month, year = int(german["d"]), int(german["m"]), german["y"]
        if year is None:
            return _recent(original, day, month, today)
        full = int(year) if len(year) == 4 else _century(int(year), today)
        return _checked(original, full, month, day, today)
    raise _Bad(f"{_show(original)} is not a date")


def _century(two_digits: int, today: date) -> int:
    """27.11.26 -> 2026, 27.11.99 -> 1999: the latest year that is not in the future.

    Not dateutil's pivot, which depends on the machine's clock rather than on
    the `today` the caller passes, and so would make tests and imports vary.
    """
    year = 2000 + two_digits
    return year if year <= today.year else year - 100


def _checked(original: str, year: int, month: int, day: int, today: date) -> date:
    if year < EPOCH.year:
        raise _Bad(f"{_show(original)} is before 1970")
    try:
        result = date(year, month, day)
    except ValueError:
        raise _Bad(f"{_show(original)}: that day does not exist") from None
    if result > today:
        raise _Bad(f"{_show(original)} is in the future")
    return result


#: `27.11.` that far ahead at most counts as this year's (refused), not last year's.
SOON_DAYS = 31


def _recent(original: str, day: int, month: int, today: date) -> date:
    """27.11. means the latest 27 November that is not in the future.

    Except that a day of this year only a few weeks ahead is a typo or a plan,
    not a day last year: 30.11. typed on 28.11. is refused as in the future.
    """
    for year in (today.year, today.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if year == today.year and today < candidate <= today + timedelta(days=SOON_DAYS):
            raise _Bad(f"{_show(original)} is in the future (this year's {candidate:%d.%m.})")
        if candidate <= today:
            if candidate < EPOCH:
                raise _Bad(f"{_show(original)} is before 1970")
            return candidate
    if (month, day) == (2, 29):
        raise _Bad(f"{_show(original)} needs a year: no 29 February in the last 12 months")
    raise _Bad(f"{_show(original)}: that day does not exist")


def parse_date(text: str, today: date) -> date:
    """Read the day something happened (field "date"), relative to `today`.

    Accepts `today`/`heute`, `yesterday`/`gestern`, `vorgestern`, ISO
    `2026-11-27`, German day-first `27.11.2026`, `27.11.26` (the latest such
    year not after today), `27.11.` (the latest 27 November not after today),
    and `-3d`, `3d ago`, `3 days ago`, `-2w`, `2 weeks ago`, `vor 3 Tagen`.

    Each form is matched by an explicit regex and built with `datetime.date`,
    which refuses 31.02.2026; dateutil's parser is deliberately not used,
    because its fuzzy guessing accepts garbage and its two-digit-year pivot
    follows the system clock instead of `today`. Dates after `today` and
    before 1970-01-01 are refused: a contribution has already happened.
    """
    try:
        return _date(text, today)
    except _Bad as bad:
        raise ValidationError("date", f"{bad.reason}; {DATE_FORMS}") from None


# ------------------------------------------------------------------------ windows

_SPAN = re.compile(r"(?P<n>[0-9]+)\s*(?P<u>[dwmy])", re.ASCII)


def _window(text: str, today: date) -> tuple[date | None, date]:
    from dateutil.relativedelta import relativedelta  # lazy: not on the log path

    original = _prepare(text)
    body = original.lower()
    if body in ("all", "alle"):
        return None, today
    if span := _SPAN.fullmatch(body):
        count = int(span["n"])
        if count == 0:
            raise _Bad(f"{_show(original)} is an empty window")
        # A window reaching before 1970 covers all data there can be: clamp it.
        # Checked with the shortest length of each unit first, so relativedelta
        # is never asked for year -97974 by "99999y".
        if count * {"d": 1, "w": 7, "m": 28, "y": 365}[span["u"]] > (today - EPOCH).days:
            return EPOCH, today
        delta = {
            "d": relativedelta(days=count),
            "w": relativedelta(weeks=count),
            "m": relativedelta(months=count),
            "y": relativedelta(years=count),
        }[span["u"]]
        return max(EPOCH, today - delta), today
    if ".." in body:
        return _range(original, today)
    raise _Bad(f"{_show(original)} is not a window")


def _range(original: str, today: date) -> tuple[date | None, date]:
    """Split 'A..B' at the '..' where both sides parse: 27.11...28.11. has two candidates."""
    reasons: list[str] = []
    start = original.find("..")
    while start != -1:
        left, right = original[:start].strip(), original[start + 2 :].strip()
        try:
            since = _date(left, today) if left else None
            until = _date(right, today) if right else today
        except _Bad as bad:
            reasons.append(bad.reason)
        else:
            if left or right:
                if since is not None and since > until:
                    raise _Bad(f"{_show(original)} starts after it ends")
                return since, until
        start = original.find("..", start + 1)
    if len(reasons) == 1:
        raise _Bad(f"{_show(original)} has a bad date: {reasons[0]}")
    raise _Bad(f"{_show(original)} is not a window")


def parse_window(text: str, today: date) -> tuple[date | None, date]:
    """Read a reporting window as (since, until), both inclusive (field "window").

    `3m`, `6m`, `12m` (any N months: today minus N calendar months via
    relativedelta, so 6m on 2026-11-28 is 2026-05-28..2026-11-28), `1y`, also
    `90d` and `2w`; `all` gives since None; `A..B` takes any `parse_date` form
    on either side, and an open side: `2026-01-01..` ends today, `..2026-06-30`
    has since None. A window reaching before 1970 is clamped to 1970-01-01.
    """
    try:
        return _window(text, today)
    except _Bad as bad:
        raise ValidationError("window", f"{bad.reason}; {WINDOW_FORMS}") from None


# ------------------------------------------------------------- weights and ratios

_PLAIN_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)?", re.ASCII)


def _number(part: str) -> Decimal:
    """A plain non-negative number with a decimal dot or comma, exact.

    Raises `_Bad` with a bare reason ("is not a number", "is negative") so the
    caller can name the part: in `1/x/1` it is the 'x' that is wrong.
    """
    negative, body = _split_sign(part.strip())
    if not _PLAIN_NUMBER.fullmatch(body):
        raise _Bad("is not a number")
    value = Decimal(body.replace(",", "."))
    if negative and value != 0:
        raise _Bad("is negative")
    return value.copy_abs()


def parse_weights(text: str) -> tuple[Decimal, Decimal, Decimal]:
    """Read time/money/energy weights as `1/0/1` or `1/0,5/1` (field "weights").

    Three non-negative numbers separated by '/', decimal dot or comma; at
    least one above 0, because with all three at 0 nothing would count. The
    result feeds `model.Weights(*result)`.
    """
    try:
        original = _prepare(text)
        parts = original.split("/")
        if len(parts) != 3:
            raise _Bad(f"{_show(original)} is not three numbers separated by '/'")
        values = []
        for part in parts:
            try:
                values.append(_number(part))
            except _Bad as bad:
                raise _Bad(f"{_show(original)}: {_show(part)} {bad.reason}") from None
        if all(v == 0 for v in values):
            raise _Bad(f"{_show(original)} has all weights at 0")
    except _Bad as bad:
        raise ValidationError("weights", f"{bad.reason}; {WEIGHTS_FORMS}") from None
    return values[0], values[1], values[2]


def parse_ratio(text: str, field: str) -> Decimal:
    """Read a balance threshold such as `1.5` or `1,5`; it must be above 1.

    A ratio of 1 or less would call every partnership imbalanced. `field` is
    the option it came from (e.g. "lean-ratio") so the error names it.
    """
    try:
        original = _prepare(text)
        try:
            value = _number(original)
        except _Bad as bad:
            raise _Bad(f"{_show(original)} {bad.reason}") from None
        if value <= 1:
            raise _Bad(f"{_show(original)} is not above 1")
    except _Bad as bad:
        raise ValidationError(field, f"{bad.reason}; {RATIO_FORMS}") from None
    return value


# --------------------------------------------------------------------------- tags


def parse_tags(values: list[str]) -> tuple[str, ...]:
    """Read tags from repeated options and/or comma lists (field "tag").

    `["#Work, travel", "work"]` -> `("Work", "travel")`: split on commas,
    strip spaces and leading '#', drop empties, and drop later duplicates
    compared case-insensitively, keeping the first spelling and the order.
    A tag longer than `model.MAX_WHAT` or with a line break is refused.
    """
    seen: set[str] = set()
    tags: list[str] = []
    for value in values:
        for raw in value.split(","):
            tag = raw.strip().lstrip("#").strip()
            if not tag:
                continue
            if len(tag) > MAX_WHAT:
                raise ValidationError(
                    "tag", f"{_show(tag)} is longer than {MAX_WHAT} characters; use short words"
                )
            if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in tag):
                raise ValidationError(
                    "tag", f"{_show(tag)} is not one line; use words separated by commas"
                )
            key = tag.casefold()
            if key not in seen:
                seen.add(key)
                tags.append(tag)
    return tuple(tags)


# -------------------------------------------------------------- dates ahead

_AHEAD = re.compile(r"(?:\+|in\s+)(?P<n>[0-9]{1,4})\s*(?P<u>d|days?|w|weeks?|m|months?)", re.ASCII)
REVIEW_FORMS = "use 2027-03-01, 01.03.2027, +90d, +12w or +3m"


def parse_future_date(text: str, start: date) -> date:
    """A date on or after `start` (field "next-review"): a next review lies ahead.

    Accepts ISO and German full dates and `+90d`, `+12w`, `+3m`, `in 3 months`
    (relativedelta from `start`); unlike `parse_date` the future is the point.
    """
    from dateutil.relativedelta import relativedelta  # lazy: not on the log path

    try:
        original = _prepare(text)
    except _Bad as bad:
        raise ValidationError("next-review", f"{bad.reason}; {REVIEW_FORMS}") from None
    body = original.lower()
    result: date | None = None
    if body in _WORDS:  # "today" is fine; "gestern" is a date, just one in the past
        result = start - timedelta(days=_WORDS[body])
    elif ahead := _AHEAD.fullmatch(body):
        n, unit = int(ahead["n"]), ahead["u"][0]
        delta = {"d": relativedelta(days=n), "w": relativedelta(weeks=n)}.get(
            unit, relativedelta(months=n)
        )
        result = start + delta
    elif (iso := _ISO.fullmatch(body)) or (
        (german := _GERMAN.fullmatch(body)) and german["y"] and len(german["y"]) == 4
    ):
        y, m, d = (
            (int(iso["y"]), int(iso["m"]), int(iso["d"]))
            if iso
            else (
                int(german["y"]),
                int(german["m"]),
                int(german["d"]),  # type: ignore[index]
            )
        )
        try:
            result = date(y, m, d)
        except ValueError:
            raise ValidationError(
                "next-review", f"{_show(original)}: that day does not exist; {REVIEW_FORMS}"
            ) from None
    if result is None:
        raise ValidationError("next-review", f"{_show(original)} is not a date; {REVIEW_FORMS}")
    if result < start:
        raise ValidationError(
            "next-review", f"{_show(original)} is before the talk; {REVIEW_FORMS}"
        )
    return result
