"""The parts of the partner history: the running-balance chart, the running
totals of both sides, and the table's rows, sort and filter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rich.cells import cell_len
from textual.content import Content

from balance.core.chart import diverging, line, stretch
from balance.core.formats import (
    format_amounts,
    format_day,
    format_minutes,
    format_money,
    format_number,
    month_abbr,
)
from balance.core.model import Contribution
from balance.core.series import Point
from balance.locale import N_, _, ngettext
from balance.tui.text import fold

MUTED = "$text-muted"
YOU = "$accent"
THEM = "$secondary"
LABEL_WIDTH = 12


def share_chart(points: Sequence[Point], width: int) -> Content:
    """Your running share around the even line, one column per step.

    The labels take what the longest needs ('they gave more', 'sie gaben mehr'), the
    columns the rest of `width` + LABEL_WIDTH, so every row starts in the same column."""
    gave_more, they_gave_more, even_label = _("you gave more"), _("they gave more"), _("even")
    label_width = max(LABEL_WIDTH, *(cell_len(t) for t in (gave_more, they_gave_more, even_label)))
    width = max(1, width - (label_width - LABEL_WIDTH))
    shares = stretch([p.share for p in points], width)
    days = stretch([p.day for p in points], width)
    up, down = diverging(shares)
    lines = []

    def row(label: str, bars: str, style: str) -> Content:
        pad = " " * (label_width - cell_len(label))
        return Content.assemble((f"{pad}{label} ", MUTED), (bars, style))

    for label, bars in zip([gave_more, ""], up, strict=True):
        lines.append(row(label, bars, YOU))
    lines.append(row(even_label, "".join("·" if s is None else "─" for s in shares), MUTED))
    for label, bars in zip(["", they_gave_more], down, strict=True):
        lines.append(row(label, bars, THEM))
    lines.append(Content.assemble((" " * (label_width + 1) + month_axis(days), MUTED)))
    return Content("\n").join(lines)


def month_axis(days: Sequence[date]) -> str:
    """Month names under the columns where a month starts, where they fit."""
    out = [" "] * len(days)
    last_month = None
    free_from = 0
    for i, day in enumerate(days):
        if day.month != last_month:
            last_month = day.month
            label = month_abbr(day)
            if i >= free_from and i + len(label) <= len(days):
                out[i : i + len(label)] = list(label)
                free_from = i + len(label) + 1
    return "".join(out)


def running_totals(points: Sequence[Point], currency: str, width: int) -> Content:
    """Both sides' totals so far, per dimension, on one scale per dimension."""
    if not points:
        return Content("")
    last = points[-1]
    dims: list[tuple[str, Callable[[Any], float], Callable[[Any], str]]] = [
        (_("time"), lambda t: t.minutes, lambda t: format_minutes(t.minutes)),
        (_("money"), lambda t: float(t.money), lambda t: format_money(t.money, currency)),
        (_("energy"), lambda t: t.energy, lambda t: format_number(t.energy)),
    ]
    chosen = stretch(list(points), width)
    figure_width = 14
    so_far, you = _("so far"), _("you")
    head = Content.assemble(
        (f"{so_far:>{LABEL_WIDTH}} ", MUTED),
        (f"{you:<{width + figure_width + 3}}", YOU),
        (_("them"), THEM),
    )
    lines = [head]
    for label, value, text in dims:
        top = max(value(last.mine), value(last.theirs))
        mine = line([value(p.mine) for p in chosen], top)  # type: ignore[union-attr]
        theirs = line([value(p.theirs) for p in chosen], top)  # type: ignore[union-attr]
        lines.append(
            Content.assemble(
                (f"{label:>{LABEL_WIDTH}} ", MUTED),
                (mine.ljust(width), YOU),
                f" {text(last.mine):>{figure_width}}  ",
                (theirs.ljust(width), THEM),
                f" {text(last.theirs):>{figure_width}}",
            )
        )
    return Content("\n").join(lines)


# -- the table ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A column of the history table and how it sorts, so the header can say the order."""

    key: str
    #: The texts in English, marked with `N_` (shown through `_()`).
    label: str
    sort: Callable[[Contribution], Any]
    newest_first: bool = False  # dates and amounts: the biggest first
    #: How the order reads: 'sorted by <noun>, <ascending>' or '..., <descending>'.
    noun: str = ""
    ascending: str = N_("A–Z")
    descending: str = N_("Z–A")

    def order_text(self, reverse: bool, them: str) -> str:
        """'date, newest first', 'who gave, Anna Schmidt first', 'what, A–Z'."""
        words = _(self.descending if reverse else self.ascending).format(them=them)
        return f"{_(self.noun) if self.noun else self.key}, {words}"


COLUMNS: tuple[Column, ...] = (  # What last: it takes the width the figures leave
    Column(
        "date",
        N_("Date"),
        lambda c: (c.date, c.id),
        True,
        N_("date"),
        N_("oldest first"),
        N_("newest first"),
    ),
    Column(
        "by",
        N_("By"),
        lambda c: (c.by, c.date),
        False,
        N_("who gave"),
        N_("you first"),
        N_("{them} first"),
    ),
    Column(
        "time",
        N_("Time"),
        lambda c: (c.minutes, c.date),
        True,
        N_("time"),
        N_("smallest first"),
        N_("largest first"),
    ),
    Column(
        "money",
        N_("Money"),
        lambda c: (c.money, c.date),
        True,
        N_("money"),
        N_("smallest first"),
        N_("largest first"),
    ),
    Column(
        "energy",
        N_("Energy"),
        lambda c: (c.energy, c.date),
        True,
        N_("energy"),
        N_("lowest first"),
        N_("highest first"),
    ),
    Column("what", N_("What"), lambda c: (fold(c.what), c.date), False, N_("what")),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


def column_of(key: str) -> Column:
    return next(c for c in COLUMNS if c.key == key)


def who(c: Contribution, partner: str) -> str:
    return _("you") if c.by == "me" else partner


def matches(c: Contribution, text: str, partner: str) -> bool:
    """The filter: every word must appear in what, the tags, the note or who gave it;
    blind to case and accents, as names are matched: 'getranke' finds 'Getränke'."""
    hay = fold(
        " ".join(
            [
                c.what,
                " ".join(c.tags),
                c.note,
                who(c, partner),
                "me" if c.by == "me" else "partner",
            ]
        )
    )
    return all(fold(word) in hay for word in text.split())


def arrange(
    rows: Sequence[Contribution], column: str, reverse: bool, text: str, partner: str
) -> list[Contribution]:
    col = column_of(column)
    shown = [c for c in rows if matches(c, text, partner)] if text.strip() else list(rows)
    return sorted(shown, key=col.sort, reverse=reverse)


def cells(c: Contribution, partner: str, currency: str) -> tuple[str, ...]:
    """The row in COLUMNS order; the What cell is the what alone (see `extras`)."""
    return (
        format_day(c.date),  # as the cards and the briefing write dates
        who(c, partner),
        format_minutes(c.minutes) if c.minutes else "",
        format_money(c.money, currency) if c.money else "",
        format_number(c.energy) if c.energy else "",
        c.what,
    )


def extras(c: Contribution) -> str:
    """Tags and note, shown after the what: '#print #messe · private: Regen'.

    They share the What column so that at 80 columns every column fits."""
    note = c.note
    if c.private:
        note = _("private: {note}").format(note=note) if note else _("private")
    parts = [" ".join(f"#{t}" for t in c.tags), note]
    return " · ".join(p for p in parts if p)


#: The widest a By cell gets, and the least it shrinks to for What's sake.
BY_WIDE, BY_NARROW = 16, 8
#: The What column never gets narrower than this (the table scrolls instead).
WHAT_MIN = 12


def fit_widths(rows: Sequence[Sequence[str]], labels: Sequence[str], room: int) -> list[int]:
    """Column widths (without padding) that fit `room` cells: every figure column as
    wide as its widest cell or label, By capped, and What the rest.

    Fixed widths, not the table's auto widths: a refill after an edit or an undo
    can never leave the columns at their labels' widths."""
    widest = [
        max([cell_len(label), *(cell_len(row[i]) for row in rows)])
        for i, label in enumerate(labels)
    ]
    by = COLUMN_KEYS.index("by")
    what = COLUMN_KEYS.index("what")
    widths = list(widest)
    widths[by] = min(widest[by], BY_WIDE)
    padding = 2 * len(widths)
    fixed = sum(w for i, w in enumerate(widths) if i != what)
    spare = room - padding - fixed
    if spare < WHAT_MIN:  # narrow: By gives way first
        widths[by] = max(min(widest[by], BY_NARROW), widths[by] - (WHAT_MIN - spare))
        spare = room - padding - sum(w for i, w in enumerate(widths) if i != what)
    widths[what] = max(WHAT_MIN, cell_len(labels[what]), spare)
    return widths


def describe(c: Contribution, currency: str) -> str:
    """'12 Nov 2026 · you · Stammtisch · 2h, €19.00, energy 3' for a confirmation."""
    amounts = format_amounts(c.minutes, c.money, c.energy, currency)
    by = _("you") if c.by == "me" else _("partner")
    return f"{format_day(c.date)} · {by} · {c.what} · {amounts}"


def width_sample(rows: Sequence[Contribution]) -> list[Contribution]:
    """Rows enough to size the columns for all of `rows`: one per distinct date, time,
    money and energy (the cells that set a width), so 10,000 rows are not all
    formatted to find the widest."""
    sample: dict[object, Contribution] = {}
    for c in rows:
        for key in (("d", c.date), ("t", c.minutes), ("m", c.money), ("e", c.energy), c.by):
            sample.setdefault(key, c)
    return list({c.id: c for c in sample.values()}.values())


def count_text(shown: int, total: int, filtered: bool, in_table: int, reading: bool) -> str:
    """'12 contributions, all time', '3 of 12 shown', and while the table holds only
    its first pages, or the older rows are being read, that too."""
    text = (
        _("{shown} of {count} shown").format(shown=format_number(shown), count=format_number(total))
        if filtered
        else ngettext(
            "{count} contribution, all time", "{count} contributions, all time", total
        ).format(count=format_number(total))
    )
    if in_table < shown and not reading:
        text += " · " + _("the first {rows} in the table, more as you scroll").format(
            rows=format_number(in_table)
        )
    if reading:
        text += " · " + _("reading the older ones …")
    return text
