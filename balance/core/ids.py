"""Ids as people type them: the first few characters, case and spaces ignored.

One rule for every kind of entry (contributions, talks, values, agreements),
in `edit ID`, `delete ID`, `done ID` and the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from balance.core.errors import ValidationError
from balance.core.formats import format_number
from balance.locale import _

#: A shorter id than this is too likely to match by chance.
MIN_ID_PREFIX = 4
#: How many of the ids that fit an error lists, and how much of each.
SHOWN_IDS = 5
SHOWN_ID_LENGTH = 12


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)


def typed_id(typed: str) -> str:
    """What was typed, as it is compared with ids (stripped, case folded): at least
    MIN_ID_PREFIX characters, else a ValidationError on "id"."""
    wanted = typed.strip().casefold()
    if len(wanted) < MIN_ID_PREFIX:
        raise ValidationError(
            "id",
            _("give at least {count} characters of the id").format(
                count=format_number(MIN_ID_PREFIX)
            ),
        )
    return wanted


def one_by_prefix(items: Iterable[T], typed: str, none: str) -> T:
    """The one item whose id starts with what was typed (see `typed_id`).

    None fitting is a ValidationError on "id" with `none` (the message for
    this kind of entry, in the language in use, with {id} for what was typed);
    several fitting, one that lists the first few, to type more of the one meant.
    """
    wanted = typed_id(typed)
    found = [item for item in items if item.id.startswith(wanted)]
    shown = repr(typed.strip())
    if not found:
        raise ValidationError("id", none.format(id=shown))
    if len(found) > 1:
        ids = ", ".join(item.id[:SHOWN_ID_LENGTH] for item in found[:SHOWN_IDS])
        raise ValidationError(
            "id",
            _("{id} starts {count} ids ({ids}); give more").format(
                id=shown, count=format_number(len(found)), ids=ids
            ),
        )
    return found[0]
