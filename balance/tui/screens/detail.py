"""What the briefing and the history share: one partnership (or network) as the
dashboard last loaded it, the same keys to talk, export and edit the canvas,
and a refresh whenever the dashboard loads new data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from balance.core.reports import NetworkReport, PartnerReport
from balance.tui.data import Snapshot
from balance.tui.messages import OpenFlow, SnapshotLoaded
from balance.tui.targets import Target, partner_report

if TYPE_CHECKING:
    from balance.tui.app import BalanceApp


class DetailScreen(Screen[None]):
    def __init__(self, target: Target) -> None:
        super().__init__()
        self.target = target

    @property
    def balance_app(self) -> BalanceApp:
        return self.app  # type: ignore[return-value]

    @property
    def snapshot(self) -> Snapshot | None:
        return self.balance_app.snapshot

    @property
    def report(self) -> NetworkReport | None:
        return self.snapshot.report(self.target.network_id) if self.snapshot else None

    @property
    def partner(self) -> PartnerReport | None:
        report = self.report
        return partner_report(report, self.target.partner_id) if report else None

    async def on_snapshot_loaded(self, message: SnapshotLoaded) -> None:
        await self.show_snapshot(message.snapshot)

    async def show_snapshot(self, snapshot: Snapshot) -> None:
        """The dashboard loaded new data (a save here, or another process)."""

    # -- the keys both screens offer ------------------------------------------------------

    def action_export(self) -> None:
        self.post_message(OpenFlow("export", self.target))

    def action_talk(self) -> None:
        self.post_message(OpenFlow("talk", self.target))

    def action_snooze(self) -> None:
        self.post_message(OpenFlow("snooze", self.target))

    def action_canvas(self) -> None:
        self.post_message(OpenFlow("canvas", self.target))

    def action_briefing(self) -> None:
        self.post_message(OpenFlow("briefing", self.target))

    def action_history(self) -> None:
        self.post_message(OpenFlow("history", self.target))

    def action_cycle_window(self) -> None:
        """The window is the dashboard's: switching it here reloads every screen."""
        self.balance_app.dashboard.action_cycle_window()

    def action_help(self) -> None:
        from balance.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_close(self) -> None:
        self.dismiss(None)
