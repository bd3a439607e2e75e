"""The meeting briefing: everything to read before meeting a partner (or the
network): the balance, the trend, the last talk and what you agreed, the
network canvas and the three questions. `e` exports it for the partner."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Header, Label, Static

from balance.tui.actions import BRIEFING_ACTIONS, bindings
from balance.tui.data import Snapshot
from balance.tui.screens.detail import DetailScreen
from balance.tui.targets import has_prompt
from balance.tui.widgets.briefing_parts import (
    Row,
    canvas_rows,
    network_balance_rows,
    partner_balance_rows,
    partner_list,
    questions,
    talk_rows,
    window_text,
)
from balance.tui.widgets.footer import Footer


def facts(rows: list[Row]) -> list[Widget]:
    """Label and value side by side; a row without a label is a full-width line."""
    out: list[Widget] = []
    cells: list[Widget] = []

    def flush() -> None:
        if cells:
            out.append(Grid(*cells, classes="facts"))
            cells.clear()

    for label, value in rows:
        if label:
            cells.append(Label(label, classes="fact-label", markup=False))
            cells.append(Static(value, classes="fact-value"))
        else:
            flush()
            out.append(Static(value, classes="fact-wide"))
    flush()
    return out


def section(title: str, children: list[Widget], id: str | None = None) -> Vertical:  # noqa: A002
    box = Vertical(*children, classes="brief-section", id=id)
    box.border_title = title
    return box


class BriefingScreen(DetailScreen):
    BINDINGS = bindings(BRIEFING_ACTIONS)
    PALETTE_ACTIONS = BRIEFING_ACTIONS

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="brief-body"):
            yield from self._sections()
        yield Footer()

    def _sections(self) -> ComposeResult:
        report = self.report
        if report is None:
            yield Static("This network is no longer there.", classes="brief-title")
            return
        p = self.partner
        n = report.network
        if p is None:
            title = f"Briefing: the whole network {n.name}"
        else:
            title = f"Briefing: {p.partner.name} in {n.name}"
        yield Static(Content.assemble((title, "bold")), classes="brief-title")
        yield Static(Content.assemble((window_text(report), "$text-muted")), classes="brief-sub")
        if p is not None:
            yield section("Balance", facts(partner_balance_rows(report, p)), id="brief-balance")
            yield section(
                "Last talk",
                facts(talk_rows(p.last_talk, p.review_due)),
                id="brief-talk",
            )
        else:
            yield section(
                "Balance: you against the average member",
                facts(network_balance_rows(report)),
                id="brief-balance",
            )
            yield section("Partners", [Static(partner_list(report))], id="brief-partners")
            yield section(
                "Last talk with the whole network",
                facts(talk_rows(report.last_talk, report.review_due)),
                id="brief-talk",
            )
        yield section("Network canvas", facts(canvas_rows(report)), id="brief-canvas")
        yield section("Questions for the talk", [Static(questions())], id="brief-questions")

    def on_mount(self) -> None:
        self.query_one("#brief-body").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No history key on a network briefing, no snooze key when no talk is due."""
        if action == "history":
            return not self.target.is_network
        if action == "snooze":
            report = self.report
            return bool(report and has_prompt(report, self.target))
        return True

    async def show_snapshot(self, snapshot: Snapshot) -> None:
        self.refresh_bindings()
        scroll = self.query_one("#brief-body", VerticalScroll)
        y = scroll.scroll_y
        await scroll.remove_children()
        await scroll.mount_all(list(self._sections()))
        scroll.scroll_to(y=y, animate=False)

    @property
    def text(self) -> str:
        """Everything on the briefing as plain text (for tests)."""
        parts = []
        for widget in self.query("#brief-body Static").results(Static):
            parts.append(str(widget.content))
        return "\n".join(parts)
