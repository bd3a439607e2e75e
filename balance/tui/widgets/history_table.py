"""The partner history's table: a page of rows at a time, the next page added as the
cursor comes near the last one, so a pair with 10,000 contributions opens as quickly as
one with a hundred (a DataTable builds every row it is given)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.widgets import DataTable

from balance.core.model import Contribution
from balance.locale import N_
from balance.tui.actions import ROW_KEYS
from balance.tui.widgets.history_parts import COLUMN_KEYS, cells, extras

RIGHT = {"time", "money", "energy"}
#: Rows added at a time, and how near the table's end the cursor fetches the next page.
PAGE, NEAR_END = 200, 20


class HistoryTable(DataTable):
    """Enter edits the row under the cursor (and says so in the footer); j and k move."""

    BINDINGS = [Binding("enter", "select_cursor", N_("Edit")), *ROW_KEYS]

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        #: Every row to show, in order; the table holds the first `filled` of them.
        self.shown: Sequence[Contribution] = ()
        self.filled = 0
        self.partner = ""
        self.currency = ""

    def show(
        self,
        shown: Sequence[Contribution],
        partner: str,
        currency: str,
        columns: Sequence[tuple[str, str, int]],
        upto: int,
    ) -> None:
        """Empty the table, set its columns (key, label, width) and fill the first page,
        or as far as row `upto`."""
        self.clear(columns=True)
        self.shown, self.partner, self.currency, self.filled = shown, partner, currency, 0
        for key, label, width in columns:
            self.add_column(label, key=key, width=width)
        self.fill(max(PAGE, upto))

    def fill(self, upto: int) -> None:
        """Add the rows up to `upto` that are not in the table yet."""
        for c in self.shown[self.filled : upto]:
            row = cells(c, self.partner, self.currency)
            what = Text(row[-1], no_wrap=True, overflow="ellipsis")
            more = extras(c)
            if more:
                what.append(f"  {more}", style="dim")
            self.add_row(  # Text, not str: a DataTable reads a str as markup
                *(
                    Text(v, justify="right" if key in RIGHT else "left")
                    for key, v in zip(COLUMN_KEYS[:-1], row[:-1], strict=True)
                ),
                what,
                key=c.id,
            )
        self.filled = min(max(upto, self.filled), len(self.shown))

    @on(DataTable.RowHighlighted)
    def _near_end(self, event: DataTable.RowHighlighted) -> None:
        """The next page joins as the cursor comes near the last row (the screen then
        hears of the same event and says how many rows the table holds)."""
        if self.filled < len(self.shown) and event.cursor_row >= self.filled - NEAR_END:
            self.fill(self.filled + PAGE)
