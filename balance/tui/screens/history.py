"""The partner history: every contribution with one partner in one network,
sortable and filterable, with edit, delete and undo; the running balance as
a chart; and beside it the talks, the agreements and what came back."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import DataTable, Input, Static
from textual.widgets.data_table import CellDoesNotExist

from balance.core.model import Contribution
from balance.locale import _
from balance.tui.actions import HISTORY_ACTIONS, bindings
from balance.tui.data import Snapshot
from balance.tui.prefetch import Loaded
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.history_load import PairLoader
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.targets import Target
from balance.tui.widgets.briefing_parts import headline, window_text
from balance.tui.widgets.footer import Footer
from balance.tui.widgets.header import Header
from balance.tui.widgets.history_parts import (
    COLUMN_KEYS,
    COLUMNS,
    arrange,
    cells,
    column_of,
    count_text,
    describe,
    fit_widths,
    running_totals,
    share_chart,
    width_sample,
)
from balance.tui.widgets.history_table import NEAR_END, PAGE, HistoryTable

SHORT_SCREEN = 34  # lines; below this the chart and the talks make room for the table


class HistoryScreen(PairLoader):
    BINDINGS = bindings(HISTORY_ACTIONS)
    PALETTE_ACTIONS = HISTORY_ACTIONS

    def __init__(self, target: Target) -> None:
        super().__init__(target)
        self.sort_key = "date"
        self.reverse = True

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(id="history-title")
        with Horizontal(id="history-top"):
            with Vertical(id="history-chart-box"):
                yield Static(id="history-chart")
                yield Static(id="history-totals")
            yield from self.compose_side()
        with Horizontal(id="history-bar"):
            yield Input(
                placeholder=_("filter: words in what, tags, note, or you / the name"), id="filter"
            )
            yield Static(id="history-count")
        yield HistoryTable(id="history-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    async def on_mount(self) -> None:
        self._fit_height()
        self._show_header()
        self.query_one(DataTable).focus()
        await self.show_side()
        self.load()

    def on_resize(self) -> None:
        self._fit_height()
        self._show_chart()
        if self.loaded:
            self._show_table()  # What takes the new width

    def _fit_height(self) -> None:
        self.set_class(self.size.height < SHORT_SCREEN, "-short")

    # -- loading ----------------------------------------------------------------------------

    def _loaded(self, loaded: Loaded) -> None:
        table = self.query_one(HistoryTable)
        before = self._page_ids()
        # The older rows of a first page just shown (not a reload: an edit changes rows).
        grows = self.loaded and not self.complete and loaded.rows[: len(self.rows)] == self.rows
        self.rows, self.points, self.left = loaded.rows, tuple(loaded.points), loaded.left
        self.count = loaded.count if loaded.left else len(loaded.rows)
        self.complete, self.reading, self.loaded = not loaded.left, False, True
        self._show_header()
        self._show_chart()
        shown = self.shown
        if grows and [c.id for c in shown[: table.filled]] == before:
            table.shown = shown  # the older rows join below the table's pages
            if table.cursor_row >= table.filled - NEAR_END:
                table.fill(table.filled + PAGE)
            self._show_count()
        else:
            self._show_table()

    async def show_snapshot(self, snapshot: Snapshot) -> None:
        self._show_header()
        await self.show_side()
        self.load()

    # -- showing ----------------------------------------------------------------------------

    def _show_header(self) -> None:
        report, p = self.report, self.partner
        if report is None or p is None:
            self.query_one("#history-title", Static).update(_("This partner is no longer here."))
            return
        title = Content.assemble(
            (
                _("{partner} in {network}").format(
                    partner=p.partner.name, network=report.network.name
                ),
                "bold",
            ),
            "\n",
            headline(p.balance, p.partner.name),
        )
        self.query_one("#history-title", Static).update(title)

    def _show_chart(self) -> None:
        report = self.report
        if report is None or not self.loaded:
            return
        box = self.query_one("#history-chart-box")
        box.border_title = Content(
            _("Running balance, week by week · {window}").format(window=window_text(report))
        )
        width = max(10, box.size.width - 16)
        self.query_one("#history-chart", Static).update(share_chart(self.points, width))
        half = max(6, (box.size.width - 16 - 34) // 2)
        self.query_one("#history-totals", Static).update(
            running_totals(self.points, report.network.currency, half)
        )

    @property
    def partner_name(self) -> str:
        p = self.partner
        return p.partner.name if p else _("partner")

    @property
    def currency(self) -> str:
        report = self.report
        return report.network.currency if report else "EUR"

    @property
    def filter_text(self) -> str:
        return self.query_one("#filter", Input).value

    @property
    def shown(self) -> list[Contribution]:
        return arrange(self.rows, self.sort_key, self.reverse, self.filter_text, self.partner_name)

    def _cursor_key(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        except CellDoesNotExist:
            return None
        return str(key) if key is not None else None

    def _show_table(self) -> None:
        """The table anew, as sorted and filtered: its first page, or as far down as
        the row the cursor stays on."""
        table = self.query_one(HistoryTable)
        current, index = self._cursor_key(), table.cursor_row
        wanted, self.land_on = self.land_on, None
        shown = self.shown
        ids = [c.id for c in shown]
        keep = max((ids.index(k) + 1 for k in (wanted, current) if k in ids), default=0)
        labels = [
            _(col.label) + ((" ▼" if self.reverse else " ▲") if col.key == self.sort_key else "")
            for col in COLUMNS
        ]
        sample = [cells(c, self.partner_name, self.currency) for c in width_sample(shown)]
        widths = fit_widths(sample, labels, self._room())
        columns = list(zip(COLUMN_KEYS, labels, widths, strict=True))
        table.show(shown, self.partner_name, self.currency, columns, max(keep, index + 1))
        for key in (wanted, current):
            if key in ids:
                table.move_cursor(row=ids.index(key), animate=False)
                break
        else:  # the row under the cursor went (deleted): stay at its place
            if ids:
                table.move_cursor(row=max(0, min(index, len(ids) - 1)), animate=False)
        self._show_count()

    def _page_ids(self) -> list[str]:
        table = self.query_one(HistoryTable)
        return [c.id for c in table.shown[: table.filled]]

    @on(DataTable.RowHighlighted)
    def _moved(self, event: DataTable.RowHighlighted) -> None:
        """Near the last row read, the older rows are read (the table pages on)."""
        if not self.complete and event.cursor_row >= len(self.rows) - NEAR_END:
            self.want_all()
        self._show_count()

    def _show_count(self) -> None:
        table = self.query_one(HistoryTable)
        filtered = bool(self.filter_text.strip())
        text = count_text(
            shown=len(table.shown) if self.complete or filtered else self.count,
            total=self.count,
            filtered=filtered,
            in_table=table.filled,
            reading=self.reading,
        )
        order = column_of(self.sort_key).order_text(self.reverse, self.partner_name)
        said = _("{count} · sorted by {order} · s: next column, r: reverse")
        self.query_one("#history-count", Static).update(
            Content.assemble((said.format(count=text, order=order), "$text-muted"))
        )

    def _room(self) -> int:
        """The cells the columns may fill: the table's width less its scrollbar."""
        table = self.query_one(DataTable)
        width = table.size.width or self.size.width or self.app.size.width
        return width - table.styles.scrollbar_size_vertical

    @property
    def selected(self) -> Contribution | None:
        key = self._cursor_key()
        return next((c for c in self.rows if c.id == key), None) if key else None

    # -- sort and filter --------------------------------------------------------------------

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        if self.filter_text.strip():
            self.want_all()  # the filter looks through every row
        self._show_table()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    def action_filter(self) -> None:
        self.query_one("#filter").focus()

    def action_sort(self) -> None:
        i = COLUMN_KEYS.index(self.sort_key)
        self.sort_by(COLUMN_KEYS[(i + 1) % len(COLUMN_KEYS)])

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self.want_all()  # oldest first: the rows not read yet come first
        self._show_table()

    def sort_by(self, key: str, toggle: bool = False) -> None:
        if toggle and key == self.sort_key:
            self.reverse = not self.reverse
        else:
            self.sort_key = key
            self.reverse = next(c.newest_first for c in COLUMNS if c.key == key)
        if (self.sort_key, self.reverse) != ("date", True):
            self.want_all()  # any order but newest first takes every row
        self._show_table()

    @on(DataTable.HeaderSelected)
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        self.sort_by(str(event.column_key.value), toggle=True)

    # -- edit, delete, undo -----------------------------------------------------------------

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_edit()

    def action_edit(self) -> None:
        if self.side_chosen() is not None:
            self.edit_side()
            return
        c = self.selected
        if c is None:
            self.app.notify(_("There is no contribution to edit here."))
            return
        report = self.report
        form = LogFormScreen(
            self.balance_app.service,
            self.snapshot,
            network=report.network.name if report else None,
            partner=self.partner_name,
            contribution=c,
        )
        self.app.push_screen(form, lambda new: self._edited(form, new))

    def _edited(self, form: LogFormScreen, new: Contribution | None) -> None:
        if new is None:
            return
        if form.unchanged or form.replaced is None:
            self.app.notify(_("No change."), title=_("History"))
            return
        self.land_on = new.id
        old, service = form.replaced, self.balance_app.service
        self.remember_undo(
            _("Changed back: {entry}").format(entry=describe(old, self.currency)),
            lambda: service.restore(old),
            old.id,
        )
        self.changed(_("Changed: {entry} · u to undo").format(entry=describe(new, self.currency)))

    def action_delete(self) -> None:
        if self.side_chosen() is not None:
            self.delete_side()
            return
        c = self.selected
        if c is None:
            self.app.notify(_("There is no contribution to delete here."))
            return
        self.app.push_screen(
            ConfirmScreen(
                _("Delete this contribution?"),
                describe(c, self.currency) + "\n" + _("You can undo it with u right after."),
                _("Delete"),
                _("Keep it"),
            ),
            lambda yes: self._delete(c) if yes else None,
        )

    def _delete(self, c: Contribution) -> None:
        service = self.balance_app.service
        self.write(lambda: service.delete(c.id), lambda old: self._deleted_row(old))  # type: ignore[arg-type]

    def _deleted_row(self, old: Contribution) -> None:
        service = self.balance_app.service
        text = describe(old, self.currency)
        self.remember_undo(
            _("Restored: {entry}").format(entry=text), lambda: service.restore(old), old.id
        )
        self.changed(_("Deleted: {entry} · u to undo").format(entry=text))

    @property
    def table_text(self) -> list[tuple[str, ...]]:
        """The rows as shown (for tests)."""
        table = self.query_one(DataTable)
        return [tuple(str(v) for v in table.get_row_at(i)) for i in range(table.row_count)]
