"""Turn what people type into exact values, or say clearly why not.

Everything here is pure (no I/O, no Textual, no TinyDB) so the CLI, the TUI
forms and the CSV import share one set of rules and one set of error messages.

Every public parser raises `balance.core.errors.ValidationError(field, message)` on
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

from balance.core.parse.amounts import parse_energy, parse_minutes, parse_money, parse_whole
from balance.core.parse.common import (
    DATE_FORMS,
    ENERGY_FORMS,
    EPOCH,
    MAX_INPUT,
    MAX_MONEY_PLACES,
    RATIO_FORMS,
    TIME_FORMS,
    WEIGHTS_FORMS,
    WINDOW_FORMS,
)
from balance.core.parse.dates import (
    REVIEW_FORMS,
    SOON_DAYS,
    parse_date,
    parse_future_date,
    parse_window,
)
from balance.core.parse.fields import (
    KIND_FORMS,
    SIDE_FORMS,
    parse_kind,
    parse_ratio,
    parse_side,
    parse_tags,
    parse_weights,
)

__all__ = [
    "DATE_FORMS",
    "ENERGY_FORMS",
    "EPOCH",
    "MAX_INPUT",
    "MAX_MONEY_PLACES",
    "RATIO_FORMS",
    "REVIEW_FORMS",
    "SOON_DAYS",
    "TIME_FORMS",
    "WEIGHTS_FORMS",
    "WINDOW_FORMS",
    "parse_date",
    "parse_energy",
    "parse_future_date",
    "parse_minutes",
    "parse_money",
    "parse_ratio",
    "parse_side",
    "parse_kind",
    "KIND_FORMS",
    "SIDE_FORMS",
    "parse_tags",
    "parse_weights",
    "parse_whole",
    "parse_window",
]
