"""A yes-or-no question before something that cannot be taken back easily."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from balance.locale import N_, _
from balance.tui.widgets.footer import Footer


class ConfirmScreen(ModalScreen[bool]):
    """Returns True for yes; escape, n or q is no. The safe answer has the focus."""

    BINDINGS = [
        Binding("y", "answer(True)", N_("Yes")),
        Binding("j", "answer(True)", N_("Yes"), show=False),  # ja
        Binding("n", "answer(False)", N_("No")),
        Binding("escape", "answer(False)", N_("No"), show=False),
        Binding("q", "answer(False)", N_("No"), show=False),
    ]

    def __init__(self, question: str, detail: str, yes: str, no: str | None = None) -> None:
        """Every text as shown (translated by the caller); `no` says 'Cancel' by default."""
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes = yes
        self.no = _("Cancel") if no is None else no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(self.question, id="confirm-question", markup=False)
            if self.detail:
                yield Static(self.detail, id="confirm-detail", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(_("{answer}  y").format(answer=self.yes), id="yes", variant="error")
                yield Button(_("{answer}  n").format(answer=self.no), id="no")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#no").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
