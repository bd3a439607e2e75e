"""What the briefing and the history share: one partnership (or network) as the
dashboard last loaded it, the same keys to talk, export and edit the canvas,
and a refresh whenever the dashboard loads new data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from textual import work
from textual.screen import Screen

from balance.core.errors import ValidationError
from balance.core.model import AgreementState
from balance.core.reports import NetworkReport, PartnerReport
from balance.locale import _
from balance.store.errors import StoreError
from balance.tui.data import Snapshot
from balance.tui.messages import OpenFlow, SnapshotLoaded
from balance.tui.targets import Target, partner_report
from balance.tui.widgets.agreement_list import AgreementList

if TYPE_CHECKING:
    from balance.core.agreements import AgreementItem
    from balance.tui.app import BalanceApp


def ticked_text(state: AgreementState, what: str) -> str:
    """'Marked done: We share the room costs' (or dropped)."""
    if state is AgreementState.DONE:
        return _("Marked done: {agreement}").format(agreement=what)
    return _("Marked dropped: {agreement}").format(agreement=what)


def again_text(state: AgreementState, what: str) -> str:
    """What undoing a tick says: 'Open again: We share the room costs'."""
    said = {
        AgreementState.OPEN: _("Open again: {agreement}"),
        AgreementState.DONE: _("Done again: {agreement}"),
        AgreementState.DROPPED: _("Dropped again: {agreement}"),
    }
    return said[state].format(agreement=what)


T = TypeVar("T")


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

    # -- agreements: the briefing and the history tick them the same way -------------------

    def action_agreement_done(self) -> None:
        self._tick(AgreementState.DONE)

    def action_agreement_drop(self) -> None:
        self._tick(AgreementState.DROPPED)

    def _tick(self, state: AgreementState) -> None:
        lists = self.query(AgreementList)
        item = lists.first().chosen if lists else None
        if item is None:
            self.app.notify(_("There is no agreement to tick here."))
            return
        self._set_agreement(item.id, state, item.agreement.state)

    def remember_undo(self, message: str, restore: Callable[[], object]) -> bool:
        """A screen with its own undo (the history) keeps `restore` and says so; else
        the dashboard's undo log takes the change back."""
        return False

    @work(thread=True, group="detail-save")
    def write(
        self,
        write: Callable[[], T],
        done: Callable[[T], None],
        on_error: Callable[[], None] | None = None,
    ) -> None:
        """Run one service write in a worker: `done(result)` on the UI thread, or a clear
        "Not saved" line (and `on_error`) when it fails; a row gone under us (another
        process) is such a line, never a crash. Every write of these screens goes here."""
        try:
            result = write()
        except (StoreError, OSError, KeyError, ValidationError) as exc:
            reason = exc.message if isinstance(exc, ValidationError) else str(exc)
            message = _("Not saved: {problem}").format(problem=reason)

            def failed() -> None:
                if on_error:
                    on_error()
                self.app.notify(message, severity="error", timeout=10, markup=False)

            self.app.call_from_thread(failed)
            return
        self.app.call_from_thread(done, result)

    def _set_agreement(
        self, agreement_id: str, state: AgreementState, before: AgreementState
    ) -> None:
        service = self.balance_app.service

        def done(item: AgreementItem) -> None:
            what = item.agreement.text
            self._ticked(
                ticked_text(state, what),
                again_text(before, what),
                lambda: service.set_agreement(agreement_id, before),
            )

        self.write(lambda: service.set_agreement(agreement_id, state), done)

    def _ticked(self, message: str, undone: str, restore: Callable[[], object]) -> None:
        own = self.remember_undo(undone, restore)
        self.balance_app.dashboard.reload()
        said = (
            _("{change} (u takes it back)")
            if own
            else _("{change} (u on the dashboard takes it back)")
        )
        self.app.notify(said.format(change=message), title=_("Agreements"), markup=False)
