"""Forms as typed: every field text exactly as the CLI and TUI receive it, and the
error that names every wrong field at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from balance.core.errors import ValidationError
from balance.core.formats import format_amount, format_date, format_minutes
from balance.core.model import Contribution

T = TypeVar("T")


@dataclass(frozen=True)
class LogForm:
    """A contribution as typed: every field text, exactly as the CLI and TUI receive it."""

    network: str
    what: str
    partner: str = ""
    by: str = "me"
    date: str = "today"
    time: str = ""
    money: str = ""
    energy: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    private: bool = False


@dataclass(frozen=True)
class TalkForm:
    """A conversation as typed, the same for `balance talk` and the TUI's talk form."""

    network: str
    notes: str
    partner: str = ""
    date: str = "today"
    goal: str = ""
    value_mine: str = ""
    value_theirs: str = ""
    #: One agreement per item, as typed: "partner: what (due 01.03.2027)".
    agreements: tuple[str, ...] = ()
    next_review: str = ""
    #: The notes and what each side gets stay on this machine (never exported).
    private: bool = False


@dataclass(frozen=True)
class ValueForm:
    """A value (what came back) as typed, the same for `balance value` and the TUI."""

    network: str
    what: str
    kind: str
    partner: str = ""
    to: str = "me"
    date: str = "today"
    amount: str = ""
    note: str = ""
    private: bool = False


def form_values(c: Contribution) -> dict[str, str]:
    """A contribution's fields as a person types them (to edit it)."""
    return {
        "date": format_date(c.date),
        "time": format_minutes(c.minutes) if c.minutes else "",
        # Never str(): "1.234" would read back as German thousands, 1234.
        "money": format_amount(c.money) if c.money else "",
        "energy": "" if c.energy is None else str(c.energy),  # 0 is "none", empty is unknown
        "what": c.what,
        "note": c.note,
        "tags": ", ".join(c.tags),
    }


class Checks:
    """Every bad field of a form, collected, so a form can mark them all at once
    (one rule for the log, talk and value forms)."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def attempt(self, fn: Callable[[], T], default: T) -> T:
        """fn(), or `default` with its error noted."""
        try:
            return fn()
        except ValidationError as exc:
            self.errors.append(exc)
            return default
