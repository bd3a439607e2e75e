"""What the log, talk and value forms share: they record a new entry, or correct
the one they were opened on, and tell the screen that opened them what changed."""

from __future__ import annotations

from typing import Generic, TypeVar

from balance.service.api import Service
from balance.tui.data import Snapshot
from balance.tui.screens.form import FormScreen

E = TypeVar("E")  # the entry: a Contribution, a Conversation, a Value
F = TypeVar("F")  # what the form holds, for the service: a LogForm, a TalkForm, a ValueForm


class EntryFormScreen(FormScreen[E | None], Generic[E, F]):
    """Returns the saved entry, or None when cancelled.

    With `editing` it corrects that entry instead: `replaced` then holds the
    entry as it was before (for undo), and `unchanged` is True when the form
    was saved as it stood (nothing is written then).
    """

    #: The title when correcting an entry, in English as marked (shown through `_()`).
    EDIT_TITLE_TEXT = ""

    def __init__(self, service: Service, snapshot: Snapshot | None, editing: E | None) -> None:
        super().__init__()
        self.service = service
        self.snapshot = snapshot
        self.editing = editing
        self.replaced: E | None = None
        self.unchanged = False
        if editing is not None:
            self.TITLE_TEXT = self.EDIT_TITLE_TEXT

    def form(self) -> F:  # pragma: no cover - every entry form overrides these three
        raise NotImplementedError

    def create(self, form: F) -> E:  # pragma: no cover
        raise NotImplementedError

    def edit(self, entry: E, form: F) -> E:  # pragma: no cover
        """Save the changes to `entry`: sets `replaced`, or `unchanged` when there are none."""
        raise NotImplementedError

    def action_save(self) -> None:
        form, entry = self.form(), self.editing
        if entry is None:
            self.submit(lambda: self.create(form))
        else:
            self.submit(lambda: self.edit(entry, form))
