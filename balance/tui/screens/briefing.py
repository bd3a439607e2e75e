"""The meeting briefing: everything to read before meeting a partner (or the
network): the balance, the trend, the last talk and what you agreed, the
network canvas and the three questions. `e` exports it for the partner."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Label, Static

from balance.core.agreement_words import since_lines
from balance.core.agreements import AgreementItem, SinceTalk, agreement_items
from balance.core.model import Network, Partner
from balance.locale import N_, _
from balance.store.errors import StoreError
from balance.tui.actions import BRIEFING_ACTIONS, bindings
from balance.tui.data import Snapshot
from balance.tui.screens.detail import DetailScreen
from balance.tui.targets import has_prompt
from balance.tui.widgets.agreement_list import AgreementList
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
from balance.tui.widgets.header import Header

LOADING = N_("Reading what happened since the last talk …")


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
            yield Static(_("This network is no longer there."), classes="brief-title")
            return
        p = self.partner
        n = report.network
        if p is None:
            title = _("Briefing: the whole network {network}").format(network=n.name)
        else:
            title = _("Briefing: {partner} in {network}").format(
                partner=p.partner.name, network=n.name
            )
        yield Static(Content.assemble((title, "bold")), classes="brief-title")
        yield Static(Content.assemble((window_text(report), "$text-muted")), classes="brief-sub")
        if p is not None:
            yield section(_("Balance"), facts(partner_balance_rows(report, p)), id="brief-balance")
            yield section(
                _("Last talk"),
                facts(talk_rows(p.last_talk, p.review_due)),
                id="brief-talk",
            )
        else:
            yield section(
                _("Balance: you against all partners together"),
                facts(network_balance_rows(report)),
                id="brief-balance",
            )
            yield section(_("Partners"), [Static(partner_list(report))], id="brief-partners")
            yield section(
                _("Last talk with the whole network"),
                facts(talk_rows(report.last_talk, report.review_due)),
                id="brief-talk",
            )
        yield section(
            _("Since the last talk"), [Static(_(LOADING), id="since-text")], id="brief-since"
        )
        them = p.partner.name if p else _("the partner")
        items = self.agreement_items()
        if items:
            yield section(
                _("Agreements (d done · x drop)"),
                [AgreementList(items, them, self.balance_app.service.today(), id="agreements")],
                id="brief-agreements",
            )
        else:
            yield section(
                _("Agreements"),
                [Static(Content.assemble((_("None recorded yet."), "$text-muted")))],
                id="brief-agreements",
            )
        yield section(_("Network canvas"), facts(canvas_rows(report)), id="brief-canvas")
        yield section(_("Questions for the talk"), [Static(questions())], id="brief-questions")

    def agreement_items(self) -> list[AgreementItem]:
        report = self.report
        if report is None:
            return []
        return agreement_items(
            report.conversations,
            report.network.id,
            self.target.partner_id,
            whole_network=self.target.is_network,
        )

    def on_mount(self) -> None:
        self.query_one("#brief-body").focus()
        self.load_since()

    # -- since the last talk: read off the UI thread --------------------------------------

    def load_since(self) -> None:
        report = self.report
        if report is None:
            return
        partner = self.partner.partner if self.partner else None
        self._load_since(report.network, partner)

    @work(thread=True, exclusive=True, group="since")
    def _load_since(self, network: Network, partner: Partner | None) -> None:
        service = self.balance_app.service
        try:
            if partner is not None:  # the pair's months since its talk, not every row
                since = service.pair_since_talk(network, partner)
                lines = self._pair_lines(since, partner.name)
            else:
                lines = self._network_lines(service.since_talk_per_partner(network))
        except (StoreError, OSError) as exc:
            self.app.call_from_thread(self.balance_app.fail, exc)
            return
        self.app.call_from_thread(self._show_since, "\n".join(lines))

    def _pair_lines(self, since: SinceTalk, them: str) -> list[str]:
        report = self.report
        currency = report.network.currency if report else ""
        return since_lines(since, them, currency, self.balance_app.service.today())

    def _network_lines(self, per_partner: list[tuple[Partner, SinceTalk]]) -> list[str]:
        report = self.report
        currency = report.network.currency if report else ""
        today = self.balance_app.service.today()
        lines: list[str] = []
        for partner, since in per_partner:
            lines.append(partner.name)
            lines.extend(since_lines(since, partner.name, currency, today))
            lines.append("")
        return lines or [_("No partners yet.")]

    def _show_since(self, text: str) -> None:
        for widget in self.query("#since-text").results(Static):
            widget.update(Content(text))

    # -- ticking agreements -------------------------------------------------------------

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
        self.load_since()

    @property
    def text(self) -> str:
        """Everything on the briefing as plain text (for tests)."""
        parts = []
        for widget in self.query("#brief-body Static").results(Static):
            parts.append(str(widget.content))
        for options in self.query(AgreementList).results(AgreementList):
            count = options.option_count
            parts.extend(str(options.get_option_at_index(i).prompt) for i in range(count))
        return "\n".join(parts)
