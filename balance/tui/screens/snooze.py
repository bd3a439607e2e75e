"""Snooze a due talk for some days (default 14). Whether a talk is due is judged
over the network's alarm window, as everywhere; today is the first day."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from balance.core.errors import ValidationError
from balance.core.model import Network, Partner, Snooze
from balance.core.parse import parse_whole
from balance.locale import N_, _
from balance.service.api import Service
from balance.tui.screens.form import FormScreen, field

DEFAULT_DAYS = "14"
MAX_DAYS = 365
DAYS_FORMS = N_("use a whole number of days from 1 to {most}")


class SnoozeScreen(FormScreen[Snooze | None]):
    AUTO_FOCUS = "#days"  # set before the form takes keys: none typed early is lost
    TITLE_TEXT = N_("Snooze the talk")
    SAVE_LABEL = N_("Snooze")
    #: "No talk is due" (say, another process recorded it meanwhile) is about the form.
    FIELD_FOR = {"snooze": "general"}

    def __init__(
        self,
        service: Service,
        network: Network,
        partner: Partner | None,
        who: str,
    ):
        super().__init__()
        self.service = service
        self.network = network
        self.partner = partner
        self.who = who

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="form narrow", id="snooze-form"):
            yield self.form_title()
            yield Static(
                _(
                    "Put off the talk with {who} ({network}). It comes back after these days "
                    "(today is the first) if the exchange is still one-sided."
                ).format(who=self.who, network=self.network.name),
                classes="section",
                markup=False,
            )
            tooltip = _(DAYS_FORMS).format(most=MAX_DAYS)
            yield field(_("Days"), "days", Input(DEFAULT_DAYS, id="days", tooltip=tooltip))
            yield from self.compose_buttons()
        yield from self.compose_footer()

    def action_save(self) -> None:
        try:
            days = parse_whole(self.query_one("#days", Input).value, "days", 1, MAX_DAYS)
        except ValidationError as error:
            self.show_errors([error])
            return
        self.submit(lambda: self.service.snooze(self.network, self.partner, days))
