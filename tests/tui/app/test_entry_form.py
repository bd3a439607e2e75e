"""EntryFormScreen: one way for the log, talk and value forms to record or correct."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input

from balance.service.api import Service
from balance.tui.screens.entry_form import EntryFormScreen
from tests.tui.app.support import wait_for


class NoteForm(EntryFormScreen[str, str]):
    TITLE_TEXT = "New note"
    EDIT_TITLE_TEXT = "Edit the note"

    def compose(self) -> ComposeResult:
        yield self.form_title()
        yield Input(self.editing or "", id="text")

    def form(self) -> str:
        return self.input_text("text")

    def create(self, form: str) -> str:
        return f"new {form}"

    def edit(self, entry: str, form: str) -> str:
        if form == entry:
            self.unchanged = True
            return entry
        self.replaced = entry
        return f"edited {form}"


class Host(App[None]):
    def __init__(self, form: NoteForm) -> None:
        super().__init__()
        self.form, self.result = form, "?"

    def on_mount(self) -> None:
        self.push_screen(self.form, lambda r: setattr(self, "result", r))


async def save(form: NoteForm, text: str | None = None) -> Host:
    app = Host(form)
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: app.screen is form)
        if text is not None:
            form.query_one("#text", Input).value = text
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result != "?")
    return app


async def test_without_an_entry_the_form_creates_one(svc: Service) -> None:
    form = NoteForm(svc, None, None)
    assert (form.TITLE_TEXT, form.editing, form.replaced, form.unchanged) == (
        "New note",
        None,
        None,
        False,
    )
    assert (await save(form, "hello")).result == "new hello"


async def test_with_an_entry_the_form_edits_it_and_keeps_the_old_one(svc: Service) -> None:
    form = NoteForm(svc, None, "old")
    assert form.TITLE_TEXT == "Edit the note"
    assert (await save(form, "fresh")).result == "edited fresh"
    assert form.replaced == "old" and not form.unchanged


async def test_an_entry_saved_as_it_was_is_unchanged(svc: Service) -> None:
    form = NoteForm(svc, None, "old")
    assert (await save(form)).result == "old"
    assert form.unchanged and form.replaced is None
