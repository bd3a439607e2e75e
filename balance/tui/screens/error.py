"""A database that cannot be used: the message, and the way out. Nothing is written."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Button, Static

from balance.locale import N_, _
from balance.tui.data import EXIT_STORE
from balance.tui.widgets.footer import Footer


class ErrorScreen(Screen[None]):
    BINDINGS = [
        Binding("q", "leave", N_("Quit")),
        Binding("escape", "leave", N_("Quit"), show=False),
        Binding("enter", "leave", N_("Quit"), show=False),
    ]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="error-box"):
            yield Static(_("⛔ The database cannot be used"), id="error-title")
            yield Static(self.message, id="error-message", markup=False)
            yield Static(
                _("Partner Balance changed nothing. The message is printed again when you quit."),
                id="error-hint",
            )
            yield Button(_("Quit"), id="error-quit", variant="error")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#error-quit").focus()

    def on_button_pressed(self) -> None:
        self.action_leave()

    def action_leave(self) -> None:
        self.app.exit(return_code=EXIT_STORE)
