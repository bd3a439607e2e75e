"""What the briefing and the history share: one partnership (or network) as the
dashboard last loaded it, the same keys to talk, export and edit the canvas,
and a refresh whenever the dashboard loads new data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from ...service import NetworkReport, PartnerReport
from .. import flows
from ..data import Snapshot
from ..targets import Target, partner_report

if TYPE_CHECKING:
    from ..app import BalanceApp


class DetailScreen(Screen[None]):
    def __init__(self, target: Target) -> None:
        super().__init__()
        self.target = target

    @property
    def balance_app(self) -> BalanceApp:
        return self.app  # type: ignore[return-value]

    @property
    def snapshot(self) -> Snapshot | None:
        return self.balance_app.dashboard.snapshot

    @property
    def report(self) -> NetworkReport | None:
        return self.snapshot.report(self.target.network_id) if self.snapshot else None

    @property
    def partner(self) -> PartnerReport | None:
        report = self.report
        return partner_report(report, self.target.partner_id) if report else None

    async def snapshot_changed(self, snapshot: Snapshot) -> None:
        """The dashboard loaded new data (a save here, or another process)."""

    # -- the keys both screens offer ------------------------------------------------------

    def action_export(self) -> None:
        flows.open_export(self.balance_app, self.target)

    def action_talk(self) -> None:
        flows.open_talk(self.balance_app, self.target)

    def action_snooze(self) -> None:
        flows.open_snooze(self.balance_app, self.target)

    def action_canvas(self) -> None:
        flows.open_canvas(self.balance_app, self.target.network_id)

    def action_briefing(self) -> None:
        flows.open_briefing(self.balance_app, self.target)

    def action_history(self) -> None:
        flows.open_history(self.balance_app, self.target)

    def action_cycle_window(self) -> None:
        """The window is the dashboard's: switching it here reloads every screen."""
        self.balance_app.dashboard.action_cycle_window()

    def action_help(self) -> None:
        from .help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_close(self) -> None:
        self.dismiss(None)

    def action_quit(self) -> None:
        self.app.exit()
