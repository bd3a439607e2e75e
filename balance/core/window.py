"""A window of days that figures are taken over."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from balance.core.formats import format_date, format_number
from balance.locale import N_, _


class _HasDate(Protocol):
    @property
    def date(self) -> date: ...


_Dated = TypeVar("_Dated", bound=_HasDate)


def within(day: date, since: date | None, until: date | None) -> bool:
    """The one date filter: `day` in [since, until], both inclusive, None meaning open.

    Every windowed read goes through it (the store's reads, the tallies, the values),
    so "is this day in the window" has one answer everywhere.
    """
    return (since is None or day >= since) and (until is None or day <= until)


#: 'last month', 'last 6 months' per unit of a window label ('1m', '6m'); catalog messages.
_LAST_ONE = {"d": N_("last day"), "w": N_("last week"), "m": N_("last month"), "y": N_("last year")}
_LAST_MANY = {
    "d": N_("last {count} days"),
    "w": N_("last {count} weeks"),
    "m": N_("last {count} months"),
    "y": N_("last {count} years"),
}
#: The same as the start of a sentence: 'Over the last 6 months ...'.
_OVER_ONE = {
    "d": N_("Over the last day"),
    "w": N_("Over the last week"),
    "m": N_("Over the last month"),
    "y": N_("Over the last year"),
}
_OVER_MANY = {
    "d": N_("Over the last {count} days"),
    "w": N_("Over the last {count} weeks"),
    "m": N_("Over the last {count} months"),
    "y": N_("Over the last {count} years"),
}


def _english(message: str) -> str:
    return message


@dataclass(frozen=True)
class Window:
    """An inclusive date range; `since` None means from the beginning."""

    since: date | None
    until: date
    label: str = ""

    def contains(self, day: date) -> bool:
        return within(day, self.since, self.until)

    def select(self, items: Iterable[_Dated]) -> list[_Dated]:
        """The items dated inside the window: `within` as two bounds, for the loops
        over a year of rows, where a call per row is a third of the time."""
        lo, hi = self.since or date.min, self.until
        return [i for i in items if lo <= i.date <= hi]

    def _span(self) -> tuple[str, int] | None:
        """('m', 6) for the label '6m'; None for 'all' and for a range of dates."""
        unit = self.label[-1:]
        if unit in _LAST_ONE and self.label[:-1].isdigit():
            return unit, int(self.label[:-1])
        return None

    def _describe(self, tr: Callable[[str], str], number: Callable[[int], str]) -> str:
        if self.label == "all":
            return tr(N_("all time"))
        if span := self._span():
            unit, n = span
            return tr(_LAST_ONE[unit]) if n == 1 else tr(_LAST_MANY[unit]).format(count=number(n))
        if self.since is None:
            return tr(N_("the beginning to {until}")).format(until=self._day(tr, self.until))
        return tr(N_("{start} to {until}")).format(
            start=self._day(tr, self.since), until=self._day(tr, self.until)
        )

    @staticmethod
    def _day(tr: Callable[[str], str], day: date) -> str:
        return day.isoformat() if tr is _english else format_date(day)

    @property
    def description(self) -> str:
        """'last 6 months', 'all time', or '2026-01-01 to 2026-06-30', in the reader's
        language ('letzte 6 Monate', '01.01.2026 bis 30.06.2026')."""
        return self._describe(_, format_number)

    @property
    def description_en(self) -> str:
        """`description` in English whatever the language: for machine output (TOML)."""
        return self._describe(_english, str)

    @property
    def period(self) -> str:
        """The start of a sentence: 'Over the last 6 months', 'Over all time', 'From A to B'."""
        if self.label == "all":
            return _("Over all time")
        if span := self._span():
            unit, n = span
            return (
                _(_OVER_ONE[unit]) if n == 1 else _(_OVER_MANY[unit]).format(count=format_number(n))
            )
        if self.since is None:
            return _("From the beginning to {until}").format(until=format_date(self.until))
        return _("From {start} to {until}").format(
            start=format_date(self.since), until=format_date(self.until)
        )
