"""A window of days that figures are taken over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Window:
    """An inclusive date range; `since` None means from the beginning."""

    since: date | None
    until: date
    label: str = ""

    def contains(self, day: date) -> bool:
        return (self.since is None or day >= self.since) and day <= self.until

    @property
    def description(self) -> str:
        """'last 6 months', 'all time', or '2026-01-01 to 2026-06-30'."""
        if self.label == "all":
            return "all time"
        unit = {"d": "day", "w": "week", "m": "month", "y": "year"}.get(self.label[-1:])
        if unit and self.label[:-1].isdigit():
            n = int(self.label[:-1])
            return f"last {unit}" if n == 1 else f"last {n} {unit}s"
        start = self.since.isoformat() if self.since else "the beginning"
        return f"{start} to {self.until.isoformat()}"

    @property
    def period(self) -> str:
        """The start of a sentence: 'Over the last 6 months', 'Over all time', 'From A to B'."""
        text = self.description
        if text == "all time":
            return "Over all time"
        if text.startswith("last "):
            return f"Over the {text}"
        return f"From {text}"
