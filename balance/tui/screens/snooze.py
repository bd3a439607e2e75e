"""Snooze a due talk for some days (default 14), in the window the dashboard
shows: a talk due over the last 12 months can be snoozed there."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from balance.core.model import Network, Partner, Snooze, ValidationError
from balance.core.parse import parse_whole
from balance.core.window import Window
from balance.service.api import Service
from balance.tui.screens.form import FormScreen, field

DEFAULT_DAYS = "14"
MAX_DAYS = 365
DAYS_FORMS = f"use a whole number of days from 1 to {MAX_DAYS}"


class SnoozeScreen(FormScreen[Snooze | None]):
    AUTO_FOCUS = "#days"  # set before the form takes keys: none typed early is lost
    TITLE_TEXT = "Snooze the talk"
    SAVE_LABEL = "Snooze"
    #: "No talk is due" (say, another process recorded it meanwhile) is about the form.
    FIELD_FOR = {"snooze": "general"}

    def __init__(
        self,
        service: Service,
        network: Network,
        partner: Partner | None,
        who: str,
        window: Window | None = None,
    ):
        super().__init__()
        self.service = service
        self.network = network
        self.partner = partner
        self.who = who
        self.window = window

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="form narrow", id="snooze-form"):
            yield self.form_title()
            yield Static(
                f"Put off the talk with {self.who} ({self.network.name}). It comes back after "
                "these days if the balance is still uneven.",
                classes="section",
                markup=False,
            )
            yield field("Days", "days", Input(DEFAULT_DAYS, id="days", tooltip=DAYS_FORMS))
            yield from self.compose_buttons()
        yield from self.compose_footer()

    def action_save(self) -> None:
        try:
            days = parse_whole(self.query_one("#days", Input).value, "days", 1, MAX_DAYS)
        except ValidationError as error:
            self.show_errors([error])
            return
        self.submit(lambda: self.service.snooze(self.network, self.partner, days, self.window))
