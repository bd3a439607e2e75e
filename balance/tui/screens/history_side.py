"""What the partner history keeps beside its table: its own undo, and the side panel
with the talks, the agreements and what came back, each editable and deletable.

Every change here is one service call in a worker, then one undo step on this
screen's stack (`u`), the same for a contribution, a talk, a value or a tick.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.widgets import OptionList, Static, TabbedContent, TabPane

from balance.core.agreements import agreement_items
from balance.core.formats import format_day, format_number
from balance.core.model import AgreementState, Conversation, Value
from balance.locale import N_, _, ngettext
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.detail import DetailScreen
from balance.tui.screens.talk_form import TalkFormScreen
from balance.tui.screens.value_form import ValueFormScreen
from balance.tui.widgets.agreement_list import AgreementList
from balance.tui.widgets.history_lists import EntryList, talk_list, value_list

TABS = ("tab-talks", "tab-agreements", "tab-values")
#: The tabs' titles, as marked (shown through `_()`).
TAB_TITLES = (N_("Talks"), N_("Agreements"), N_("What came back"))


@dataclass(frozen=True)
class Undo:
    """One step back: what to say, how to restore, and the row to land on."""

    message: str
    restore: Callable[[], object]
    land_on: str | None = None


class HistoryBase(DetailScreen):
    def __init__(self, *args: object, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.undo_stack: list[Undo] = []
        #: The row the cursor goes to when the table is next filled (after an
        #: edit or an undo); else it stays on its row, or its place when that went.
        self.land_on: str | None = None

    # -- the side panel ---------------------------------------------------------------------

    def compose_side(self) -> ComposeResult:
        with TabbedContent(id="history-side"):
            for tab, title in zip(TABS, TAB_TITLES, strict=True):
                with TabPane(_(title), id=tab):
                    yield Static(id=f"{tab}-box")

    @property
    def side_talks(self) -> list[Conversation]:
        report, p = self.report, self.partner
        if report is None or p is None:
            return []
        return [t for t in report.conversations if t.partner_id == p.partner.id]

    @property
    def side_values(self) -> list[Value]:
        report, p = self.report, self.partner
        if report is None or p is None:
            return []
        return [v for v in report.values if v.partner_id == p.partner.id]

    async def show_side(self) -> None:
        """Refill the three lists from the data the dashboard loaded (no I/O here)."""
        report, p = self.report, self.partner
        if report is None or p is None:
            return
        them, today = p.partner.name, self.balance_app.service.today()
        talks, values = self.side_talks, self.side_values
        items = agreement_items(talks)
        lists = {
            "tab-talks": talk_list(talks, id="talk-list") if talks else None,
            "tab-agreements": AgreementList(items, them, today, id="agreements") if items else None,
            "tab-values": value_list(values, them, report.network.currency, id="value-list")
            if values
            else None,
        }
        empty = {
            "tab-talks": _("No talk recorded yet. Press t to record one."),
            "tab-agreements": _("No agreement yet: agree them in a talk (t)."),
            "tab-values": _("Nothing that came back is recorded yet (v on the dashboard)."),
        }
        for tab, widget in lists.items():
            pane = self.query_one(f"#{tab}", TabPane)
            old = pane.query(OptionList)
            index = old.first().highlighted if old else None
            focused = bool(old) and self.focused is old.first()
            await pane.remove_children()
            new = widget or Static(empty[tab], classes="muted")
            await pane.mount(new)
            if isinstance(new, OptionList) and new.option_count:
                new.highlighted = min(index or 0, new.option_count - 1)
                if focused:
                    new.focus()
        pane = self.query_one("#history-side", TabbedContent)
        still_open = sum(i.agreement.state is AgreementState.OPEN for i in items)
        label = (
            ngettext("Agreements ({count} open)", "Agreements ({count} open)", still_open).format(
                count=format_number(still_open)
            )
            if items
            else _("Agreements")
        )
        pane.get_tab("tab-agreements").label = label  # type: ignore[assignment]

    def action_side(self) -> None:
        """The next list of the side panel, focused (shown even on a short screen)."""
        tabs = self.query_one("#history-side", TabbedContent)
        self.add_class("-side")
        now = tabs.active
        if self.focused is not None and self.focused in tabs.query(OptionList):
            now = TABS[(TABS.index(now) + 1) % len(TABS)] if now in TABS else TABS[0]
        tabs.active = now
        lists = tabs.get_pane(now).query(OptionList)
        if lists:
            lists.first().focus()

    def side_chosen(self) -> Conversation | Value | AgreementList | None:
        """What the side panel's cursor is on, when it has the focus."""
        focused = self.focused
        if isinstance(focused, AgreementList):
            return focused
        if isinstance(focused, EntryList):
            return focused.chosen
        return None

    @on(OptionList.OptionSelected)
    def _side_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, EntryList):
            self.edit_side()

    def edit_side(self) -> None:
        chosen = self.side_chosen()
        service, snapshot = self.balance_app.service, self.snapshot
        if isinstance(chosen, Conversation):
            talk_form = TalkFormScreen(service, snapshot, talk=chosen)
            self.app.push_screen(talk_form, lambda new: self._talk_edited(talk_form, new))
        elif isinstance(chosen, Value):
            report = self.report
            value_form = ValueFormScreen(
                service,
                snapshot,
                network=report.network.name if report else None,
                partner=self.partner.partner.name if self.partner else None,
                value=chosen,
            )
            self.app.push_screen(value_form, lambda new: self._value_edited(value_form, new))
        elif isinstance(chosen, AgreementList):
            self.app.notify(_("d ticks the agreement done, x drops it."))

    def _talk_edited(self, form: TalkFormScreen, new: Conversation | None) -> None:
        if new is None:
            return
        old = form.replaced
        if form.unchanged or old is None:
            self.app.notify(_("No change."), title=_("History"))
            return
        service = self.balance_app.service
        self.remember_undo(
            _("Changed back: the talk of {day}").format(day=format_day(old.date)),
            lambda: service.restore_talk(old),
        )
        self.changed(_("Changed: the talk of {day} · u to undo").format(day=format_day(new.date)))

    def _value_edited(self, form: ValueFormScreen, new: Value | None) -> None:
        old = form.replaced
        if new is None or old is None:
            return
        service = self.balance_app.service
        self.remember_undo(
            _("Changed back: {entry}").format(entry=old.what), lambda: service.restore_value(old)
        )
        self.changed(_("Changed: {entry} · u to undo").format(entry=new.what))

    def delete_side(self) -> None:
        chosen = self.side_chosen()
        if isinstance(chosen, AgreementList):
            self.action_agreement_done()
            return
        if isinstance(chosen, Conversation):
            title = _("Delete this talk?")
            text = _("The talk of {day} and the agreements made in it.").format(
                day=format_day(chosen.date)
            )
        elif isinstance(chosen, Value):
            title, text = _("Delete what came back?"), f"{format_day(chosen.date)}: {chosen.what}"
        else:
            self.app.notify(_("There is nothing to delete here."))
            return
        entry = chosen
        self.app.push_screen(
            ConfirmScreen(
                title,
                text + "\n" + _("You can undo it with u right after."),
                _("Delete"),
                _("Keep it"),
            ),
            lambda yes: self._delete_side(entry) if yes else None,
        )

    def _delete_side(self, entry: Conversation | Value) -> None:
        service = self.balance_app.service
        if isinstance(entry, Conversation):
            label = _("the talk of {day}").format(day=format_day(entry.date))
            self.write(
                lambda: service.delete_talk(entry.id),
                lambda _: self._deleted(label, lambda: service.restore_talk(entry)),
            )
        else:
            self.write(
                lambda: service.delete_value(entry.id),
                lambda _: self._deleted(entry.what, lambda: service.restore_value(entry)),
            )

    def _deleted(self, label: str, restore: Callable[[], object]) -> None:
        self.remember_undo(_("Restored: {entry}").format(entry=label), restore)
        self.changed(_("Deleted: {entry} · u to undo").format(entry=label))

    # -- undo and writing -------------------------------------------------------------------

    def remember_undo(
        self, message: str, restore: Callable[[], object], land_on: str | None = None
    ) -> bool:
        self.undo_stack.append(Undo(message, restore, land_on))
        return True

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.app.notify(_("Nothing to undo."))
            return
        step = self.undo_stack.pop()
        self.land_on = step.land_on
        self.write(
            step.restore,
            lambda _: self.changed(step.message),
            on_error=lambda: self.undo_stack.append(step),
        )

    def changed(self, message: str) -> None:
        self.balance_app.dashboard.reload()
        self.app.notify(message, title=_("History"), markup=False)
