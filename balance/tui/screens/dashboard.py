"""The dashboard: networks on the left, the selected network's partnerships on the right."""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static

from balance.core.model import Network, Partner
from balance.core.reports import NetworkReport
from balance.locale import _
from balance.store.errors import StoreError
from balance.tui.actions import bindings
from balance.tui.data import DEFAULT_WINDOW, Snapshot, State, load_snapshot, next_window
from balance.tui.messages import OpenFlow, SnapshotLoaded
from balance.tui.screens.help import HelpScreen
from balance.tui.targets import Target, newly_due, partner_report, target_name
from balance.tui.text import EMPTY, NO_PARTNERS
from balance.tui.widgets.alert_strip import AlertItems, AlertStrip
from balance.tui.widgets.balance_panel import MINE, THEIRS, BalancePanel
from balance.tui.widgets.footer import Footer
from balance.tui.widgets.header import Header
from balance.tui.widgets.network_list import NetworkList
from balance.tui.widgets.summary import NetworkSummary

if TYPE_CHECKING:
    from balance.tui.app import BalanceApp

POLL_SECONDS = 1.0
PANEL_MIN_WIDTH = 50
#: Below this many lines the summary, alert and legend get compact (a card fits 80x24).
SHORT_SCREEN = 34


def legend() -> Content:
    """What the bars and figures on a card mean, in the language in use."""
    text = _(
        "bars: {mine} you  {theirs} them · figures you : them · "
        "on a card: l log, Enter history, m briefing"
    )
    bars = {"{mine}": (MINE * 2, "$accent"), "{theirs}": (THEIRS * 2, "$secondary")}
    parts = re.split(r"(\{mine\}|\{theirs\})", text)
    return Content.assemble(*(bars.get(part, (part, "$text-muted")) for part in parts))


class Detail(VerticalScroll, can_focus=False):
    """The selected network. Not a tab stop itself: tab goes from the networks
    straight to the due talks and the cards, which scroll into view."""


class DashboardScreen(Screen[None]):
    BINDINGS = bindings()

    def __init__(self) -> None:
        super().__init__()
        self.window_spec = DEFAULT_WINDOW
        self.snapshot: Snapshot | None = None
        self.selected: str | None = None
        self._generation = 0
        self._seen_state: State | None = None
        self._showing = asyncio.Lock()

    @property
    def balance_app(self) -> BalanceApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="body"):
            yield NetworkList(id="networks")
            # Dimmed until the first load: composed so, not set after mount, since
            # each class change restyles the whole subtree.
            with Detail(id="detail", classes="-loading"):
                yield Static(_(EMPTY), id="empty", markup=False)
                yield NetworkSummary(id="summary")
                yield AlertStrip(id="alerts")
                yield Static(legend(), id="legend")
                yield Static(_(NO_PARTNERS), id="no-partners", markup=False)
                yield Grid(id="panels")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#networks", NetworkList).border_title = _("Networks")
        self._fit_height()
        self._show_window_title()
        self.reload()
        self.set_interval(POLL_SECONDS, self._poll, name="poll-store")

    # -- loading (all reads in a thread) ---------------------------------------

    def reload(self) -> None:
        """Read everything again now; a result from an older request is dropped."""
        self._generation += 1
        self._load(self._generation, self.window_spec, force=True)

    def _poll(self) -> None:
        if self.balance_app.error is not None:
            return
        if any(w.group == "load" and w.is_running for w in self.workers):
            return
        self._load(self._generation, self.window_spec, force=False)

    @work(thread=True, group="load")
    def _load(self, generation: int, window_spec: str, force: bool) -> None:
        service = self.balance_app.service
        try:
            if not force and service.store.state() == self._seen_state:
                return
            snapshot = load_snapshot(service, window_spec)
        except (StoreError, OSError) as exc:
            self.app.call_from_thread(self.balance_app.fail, exc)
            return
        self._seen_state = snapshot.state
        self.app.call_from_thread(self._apply, generation, snapshot)

    async def _apply(self, generation: int, snapshot: Snapshot) -> None:
        if generation != self._generation or snapshot.window.label != self.window_spec:
            return
        before = self.snapshot
        same_window = before is not None and before.window.label == snapshot.window.label
        self.snapshot = snapshot
        if same_window:
            self._announce(newly_due(before.reports if before else None, snapshot.reports))
        self.query_one("#detail").remove_class("-loading")
        self._show_window_title()
        networks = self.query_one("#networks", NetworkList)
        ids = [r.network.id for r in snapshot.reports]
        if self.selected not in ids:
            self.selected = ids[0] if ids else None
        networks.show(snapshot.reports, self.selected)
        await self._show_network()
        if before is None:
            self.call_after_refresh(self.balance_app.first_figures)
        for screen in self.app.screen_stack:  # the briefing and history follow along
            if screen is not self:
                screen.post_message(SnapshotLoaded(snapshot))

    def _announce(self, targets: list[Target]) -> None:
        """A talk became due (after a log here, or a write from another process)."""
        for t in targets:
            report = self.snapshot.report(t.network_id) if self.snapshot else None
            if report is None:
                continue
            who = target_name(report, t)
            where = report.network.name
            said = (
                _(
                    "{partner} ({network}): time for the shared-goal talk. "
                    "Press t on the card to see why."
                ).format(partner=who, network=where)
                if not t.is_network
                else _("{network}: time for the shared-goal talk with the whole network.").format(
                    network=where
                )
            )
            self.app.notify(
                said,
                title=_("Time to talk"),
                severity="warning",
                timeout=12,
                markup=False,
            )

    def _show_window_title(self) -> None:
        label = self.snapshot.window.description if self.snapshot else _("loading…")
        self.app.sub_title = _("window: {window} (w)").format(window=label)

    async def _show_network(self) -> None:
        async with self._showing:
            report = self.snapshot.report(self.selected) if self.snapshot else None
            self.set_class(report is None and self.snapshot is not None, "-empty")
            if report is None:
                return
            self.query_one(NetworkSummary).show(report, compact=self.short)
            self.query_one(AlertStrip).show(report, compact=self.short)
            await self._show_panels(report)

    async def _show_panels(self, report: NetworkReport) -> None:
        grid = self.query_one("#panels", Grid)
        panels = list(grid.query(BalancePanel))
        wanted = [p.partner.id for p in report.partners]
        if [p.partner_id for p in panels] == wanted:
            for panel, partner_report in zip(panels, report.partners, strict=True):
                panel.show(partner_report, report)
        else:
            # New cards are filled before they are mounted: styled and laid out once.
            had_focus = isinstance(self.focused, BalancePanel)
            await grid.remove_children()
            panels = [BalancePanel.filled(p, report) for p in report.partners]
            await grid.mount_all(panels)
            if had_focus and panels:
                panels[0].focus()
        self.set_class(not report.partners, "-no-partners")
        self._fit_columns()

    @property
    def short(self) -> bool:
        """A short terminal: the compact summary and alert strip."""
        return self.has_class("-short")

    def on_resize(self) -> None:
        self._fit_columns()
        if self._fit_height():
            report = self.report
            if report is not None:
                self.query_one(NetworkSummary).show(report, compact=self.short)
                self.query_one(AlertStrip).show(report, compact=self.short)

    def _fit_height(self) -> bool:
        """Mark a short screen; True when that changed."""
        short = 0 < self.size.height < SHORT_SCREEN
        if short == self.short:
            return False
        self.set_class(short, "-short")
        return True

    def _fit_columns(self) -> None:
        grid = self.query_one("#panels", Grid)
        width = grid.size.width or self.size.width
        grid.styles.grid_size_columns = max(1, min(3, width // PANEL_MIN_WIDTH))

    @on(OptionList.OptionSelected, "#networks")
    def _network_entered(self) -> None:
        """Enter on a network: go to its first partner card."""
        first = self.query(BalancePanel)
        if first:
            first.first().focus()

    @on(OptionList.OptionHighlighted, "#networks")
    async def _network_chosen(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            await self._select(event.option.id)

    async def _select(self, network_id: str) -> None:
        if network_id != self.selected:
            self.selected = network_id
            await self._show_network()
            self.query_one("#detail").scroll_home(animate=False)

    # -- the report on screen, for forms and tests ---------------------------------

    @property
    def report(self) -> NetworkReport | None:
        return self.snapshot.report(self.selected) if self.snapshot else None

    def chosen_partner(self) -> str | None:
        """The partner of the focused card (or highlighted due talk); None: the
        whole network, so nothing is filed under a partner by accident."""
        target, report = self.target(), self.report
        if target is None or report is None:
            return None
        p = partner_report(report, target.partner_id)
        return p.partner.name if p else None

    def target(self) -> Target | None:
        """What an action is about: the focused card, the highlighted due talk when
        the alert strip has the focus, else the whole selected network."""
        if self.selected is None:
            return None
        focused = self.focused
        if isinstance(focused, BalancePanel):
            return Target(self.selected, focused.partner_id)
        if isinstance(focused, AlertItems):
            chosen = self.query_one(AlertStrip).highlighted_target
            if chosen:
                return chosen
        return Target(self.selected)

    def _target_or_hint(self) -> Target | None:
        target = self.target()
        if target is None:
            self.app.notify(_("Add a network first (n)."), severity="warning")
        return target

    # -- actions ---------------------------------------------------------------------

    async def jump_to(self, network_id: str, partner_id: str | None = None) -> None:
        """The palette's jump: show the network, focus the partner's card (or the list)."""
        ids = [r.network.id for r in self.snapshot.reports] if self.snapshot else []
        if network_id not in ids:
            return
        networks = self.query_one("#networks", NetworkList)
        self.set_focus(networks)  # now: new cards do not take the focus of an old one
        with networks.prevent(OptionList.OptionHighlighted):
            networks.highlighted = ids.index(network_id)
        await self._select(network_id)
        if cards := self.query(f"#panel-{partner_id}") if partner_id else None:
            cards.first().focus()

    def action_log(self) -> None:
        from balance.tui.entry_flows import open_log

        open_log(self)

    def action_value(self) -> None:
        from balance.tui.entry_flows import open_value

        open_value(self)

    # -- talks, briefing, history, canvas, export --------------------------------------

    def action_talk(self) -> None:
        if target := self._target_or_hint():
            self.post_message(OpenFlow("talk_or_prompt", target))

    def action_briefing(self) -> None:
        if target := self._target_or_hint():
            self.post_message(OpenFlow("briefing", target))

    def action_history(self) -> None:
        if target := self._target_or_hint():
            self.post_message(OpenFlow("history", target))

    def action_canvas(self) -> None:
        if target := self._target_or_hint():
            self.post_message(OpenFlow("canvas", target))

    def action_export(self) -> None:
        if target := self._target_or_hint():
            self.post_message(OpenFlow("export", target))

    def action_snooze(self) -> None:
        if target := self._target_or_hint():
            self.post_message(OpenFlow("snooze", target))

    @on(OptionList.OptionSelected, "#alert-items")
    def _alert_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if target := self.query_one(AlertStrip).target(event.option.id):
            self.post_message(OpenFlow("prompt", target))

    @on(AlertItems.Snooze)
    def _alert_snooze(self, event: AlertItems.Snooze) -> None:
        if target := self.query_one(AlertStrip).target(event.option_id):
            self.post_message(OpenFlow("snooze", target))

    def action_cycle_window(self) -> None:
        self.set_window(next_window(self.window_spec))

    def set_window(self, spec: str) -> None:
        self.window_spec = spec
        self.app.sub_title = _("window: switching to {window}… (w)").format(window=spec)
        self.reload()

    def action_add_network(self) -> None:
        from balance.tui.screens.add_network import AddNetworkScreen

        self.app.push_screen(AddNetworkScreen(self.balance_app.service), self._network_added)

    def _network_added(self, network: Network | None) -> None:
        if network is None:
            return
        self.selected = network.id
        self.reload()
        self.app.notify(
            _("Added network {network}. Press p to add partners.").format(network=network.name),
            title=_("Added"),
            markup=False,
        )

    def action_add_partner(self) -> None:
        from balance.tui.screens.add_partner import AddPartnerScreen

        if not self.snapshot or not self.snapshot.reports:
            self.app.notify(_("Add a network first (n)."), severity="warning")
            return
        current = self.report.network.name if self.report else None
        self.app.push_screen(
            AddPartnerScreen(self.balance_app.service, self.snapshot.network_names(), current),
            self._partner_added,
        )

    def _partner_added(self, result: tuple[Partner, bool] | None) -> None:
        if result is None:
            return
        partner, created = result
        self.reload()
        said = _("Added partner {partner}.") if created else _("Updated partner {partner}.")
        self.app.notify(said.format(partner=partner.name), title=_("Partner"), markup=False)

    def action_undo_last(self) -> None:
        from balance.tui.entry_flows import undo_last

        undo_last(self)

    def action_reload(self) -> None:
        self.reload()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_quit(self) -> None:
        self.app.exit()
