"""What every parser shares: the limits, the accepted forms named in errors, and the
careful first steps (strip, refuse huge input, split off a sign).

The rules every parser keeps (errors, digits, input size, no float for money) are
said once, in the docstring of `balance.core.parse`.
"""

from __future__ import annotations

import re
from datetime import date

from balance.core.formats import format_number
from balance.locale import N_, _

#: Anything longer than this is not a duration, amount or date anyone typed.
MAX_INPUT = 100
#: Money may have at most this many decimal places (0.0025 per unit is fine,
#: 0.00001 is a typo or a paste from a spreadsheet).
MAX_MONEY_PLACES = 4
#: No contribution predates this; it also bounds relative dates and windows.
EPOCH = date(1970, 1, 1)

#: The forms each parser accepts, as its errors and the forms' tooltips name them.
#: Catalog messages: `_(TIME_FORMS)` where they are shown.
TIME_FORMS = N_("use 90, 90m, 1h30m, 1h 30m, 1.5h, 1,5h or 1:30")
ENERGY_FORMS = N_("use a whole number from 0 (none) to 5 (draining)")
DATE_FORMS = N_("use today, yesterday, 2026-11-27, 27.11.2026, 27.11. or 3 days ago")
WINDOW_FORMS = N_("use 3m, 6m, 12m, 1y, all or 2026-01-01..2026-06-30")
WEIGHTS_FORMS = N_("use time/money/energy weights such as 1/1/1, 1/0/1 or 1/0,5/1")
RATIO_FORMS = N_("use a number above 1 such as 1.5 or 1,5")

_MINUS = ("-", "\u2212")  # ASCII hyphen-minus and the typographic minus sign


class Lazy:
    """A pattern compiled on its first use, not at import: the log path imports every
    parser but uses two or three of their patterns (compiling all took ~4 ms)."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled.fullmatch(text)


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
        raise _Bad(_("{text} is not text").format(text=repr(text)))
    # No-break and thin spaces arrive with copied amounts ("25\u00a0€"); the
    # regexes are ASCII-only, so make them ordinary spaces first.
    stripped = text.translate(_SPACES).strip()
    if not stripped:
        raise _Bad(_("nothing given"))
    if len(stripped) > MAX_INPUT:
        raise _Bad(
            _("{text} is longer than {limit} characters").format(
                text=_show(stripped), limit=format_number(MAX_INPUT)
            )
        )
    return stripped


def _with_forms(reason: str, forms: str) -> str:
    """'<reason>; <forms>': what is wrong with the input, then what is accepted (both
    already in the reader's language)."""
    return _("{reason}; {forms}").format(reason=reason, forms=forms)


def _split_sign(text: str) -> tuple[bool, str]:
    """Take a leading minus off so each parser can say 'negative' rather than 'not a number'."""
    if text.startswith(_MINUS):
        return True, text[1:].lstrip()
    return False, text
