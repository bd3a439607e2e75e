"""What the modal forms share: a caption and an inline error under every field
(gone as soon as that field is changed), the Save and Cancel buttons always in
view below a form body that scrolls, and one way to save off the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from balance.core.errors import FormErrors, ValidationError
from balance.core.kind_words import network_kind_word
from balance.core.model import Kind
from balance.locale import N_, _, language
from balance.store.errors import StoreError
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.widgets.footer import Footer

T = TypeVar("T")


def kind_options() -> list[tuple[str, str]]:
    """The kind choice of the network forms: (label in the language in use, key)."""
    return [(network_kind_word(k), k.value) for k in Kind]


def field(caption: str, name: str, *widgets: Widget, classes: str = "") -> Vertical:
    """A caption left of the input(s), and a hidden error line `#err-NAME` below."""
    return Vertical(
        Horizontal(Label(caption, classes="caption"), *widgets, classes="field-line"),
        Label("", id=f"err-{name}", classes="error-text", markup=False),
        classes=f"field {classes}".strip(),
        id=f"field-{name}",
    )


def values_in(node: Widget) -> tuple[object, ...]:
    """What every input, choice, text box and checkbox below `node` holds."""
    return tuple(
        w.text if isinstance(w, TextArea) else getattr(w, "value", None)
        for w in node.query("Input, Select, TextArea, Checkbox")
    )


class PlainCheckbox(Checkbox):
    """A checkbox whose mark is a character, not only a colour: 'X' when ticked."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802
        return "X" if self.value else " "


class FormScreen(ModalScreen[T]):
    """A modal form: ctrl+s or the Save button saves, escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel")),
        Binding("ctrl+s", "save", N_("Save"), priority=True),
    ]
    #: The title and the save button's word, in English as marked (shown through `_()`).
    TITLE_TEXT = ""
    SAVE_LABEL = N_("Save")
    #: Error fields the service may name, mapped to the form field that shows them.
    FIELD_FOR: Mapping[str, str] = {}
    #: Fields whose message goes to a shared error line instead of their own.
    ERROR_LINE: Mapping[str, str] = {}

    def compose_buttons(self) -> ComposeResult:
        """The general error line and the buttons, docked at the bottom of the form:
        on a short terminal the fields scroll and Save stays in view."""
        with Vertical(classes="form-foot"):
            yield Label("", id="err-general", classes="error-text", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(
                    _("{action}  ctrl+s").format(action=_(self.SAVE_LABEL)),
                    id="save",
                    variant="primary",
                )
                yield Button(_("Cancel  esc"), id="cancel")

    def compose_footer(self) -> ComposeResult:
        yield Footer()

    def form_title(self) -> Static:
        return Static(_(self.TITLE_TEXT) if self.TITLE_TEXT else "", classes="form-title")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "cancel":
            self.action_cancel()

    class Ready(Message):
        """The form's first field has the focus (AUTO_FOCUS): keys may come in.

        Until then the app holds the keys typed right after the one that opened
        the form, and hands them over in order (see BalanceApp.on_event)."""

        def __init__(self, form: FormScreen[object]) -> None:
            super().__init__()
            self.form = form

    #: False until the form is mounted and its first field focused.
    keys_ready = False

    def on_mount(self) -> None:
        """What the form held when it opened: Esc asks only when that changed.

        Textual calls this as well as a form's own on_mount, after its fields
        are mounted (and AUTO_FOCUS applied)."""
        self._opened_with = self._all_values()
        self.app.post_message(self.Ready(self))  # type: ignore[arg-type]

    def _all_values(self) -> tuple[object, ...]:
        return values_in(self)

    @property
    def touched(self) -> bool:
        """Something was typed or chosen since the form opened."""
        return self._all_values() != getattr(self, "_opened_with", self._all_values())

    def action_cancel(self) -> None:
        """An untouched form closes at once; a filled-in one asks first."""
        if not self.touched:
            self.dismiss(None)
            return
        self.app.push_screen(
            ConfirmScreen(
                _("Throw away what you typed?"),
                _("Nothing of this form is saved."),
                _("Throw away"),
                _("Keep editing"),
            ),
            lambda yes: self.dismiss(None) if yes else None,
        )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter in any one-line field saves the form, as people expect."""
        event.stop()
        self.action_save()

    def input_text(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value

    def choice(self, widget_id: str) -> str:
        """A Select's value, or "" while nothing is chosen."""
        value = self.query_one(f"#{widget_id}", Select).value
        return value if isinstance(value, str) else ""

    def action_save(self) -> None:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    # -- saving ------------------------------------------------------------------

    saving = False

    def submit(self, save: Callable[[], T]) -> None:
        """Run `save` off the UI thread; dismiss with what it returns, or mark what is wrong.

        One way for every form, so a double ctrl+s never saves twice and every
        error (a bad field, a busy or damaged database, a disk error) is shown.
        """
        if self.saving:
            return
        self.saving = True
        self._busy(True)
        self._run_save(save)

    @work(thread=True, exclusive=True, group="save")
    def _run_save(self, save: Callable[[], T]) -> None:
        result: T | Exception
        try:
            result = save()
        except (FormErrors, ValidationError, StoreError, OSError) as exc:
            result = exc
        self.app.call_from_thread(self._saved, result)

    def _saved(self, result: T | Exception) -> None:
        self.saving = False
        self._busy(False)
        if not isinstance(result, Exception):
            self.dismiss(result)
        elif isinstance(result, FormErrors):
            self.show_errors(result.errors)
        elif isinstance(result, ValidationError):
            self.show_errors([result])
        else:
            self.show_failure(result)

    def show_failure(self, error: Exception) -> None:
        """The database or the disk said no: say it under the form and as a notification."""
        said = _("Not saved: {problem}").format(problem=error)
        self.show_errors([ValidationError("general", said)])
        self.app.notify(
            str(error), title=_("Not saved"), severity="error", timeout=10, markup=False
        )

    def _busy(self, busy: bool) -> None:
        for button in self.query("#save").results(Button):
            button.disabled = busy

    # -- inline errors -------------------------------------------------------------

    #: The messages shown, by error line, then by the field they are about.
    _messages: dict[str, dict[str, list[str]]]
    #: What each marked field held when it was marked.
    _marked_values: dict[str, tuple[object, ...]]

    def clear_errors(self) -> None:
        self._messages = {}
        self._marked_values = {}
        for label in self.query(".error-text").results(Label):
            label.update("")
            label.remove_class("-shown")
        for node in self.query(".field.-error"):
            node.remove_class("-error")

    def show_errors(self, errors: Iterable[ValidationError]) -> None:
        """Mark each field the service named and say what is wrong under it.

        A field listed in ERROR_LINE shows its message on a shared line (the
        amounts row is too narrow for one line each), prefixed with its name;
        an error no field claims goes to the general line.
        """
        self.clear_errors()
        first: Widget | None = None
        for e in errors:
            name = self.FIELD_FOR.get(e.field, e.field)
            line = self.ERROR_LINE.get(name, name)
            box = self.query(f"#field-{name}")
            text = e.message if line == name else f"{self._caption(name)}: {e.message}"
            if not self.query(f"#err-{line}"):
                line, text = "general", f"{e.field}: {e.message}"
            self._messages.setdefault(line, {}).setdefault(name, []).append(text)
            self._marked_values[name] = self._field_values(name)
            if box:
                box.first().add_class("-error")
                focusable = [w for w in box.first().query("*") if w.focusable]
                if first is None and focusable:
                    first = focusable[0]
        for line in self._messages:
            self._show_line(line)
        if first is not None:
            first.focus()

    def _show_line(self, line: str) -> None:
        texts = [t for texts in self._messages.get(line, {}).values() for t in texts]
        label = self.query_one(f"#err-{line}", Label)
        label.update("\n".join(texts))
        label.set_class(bool(texts), "-shown")

    def _field_values(self, name: str) -> tuple[object, ...]:
        return tuple(v for box in self.query(f"#field-{name}") for v in values_in(box))

    def clear_field_error(self, name: str) -> None:
        """The field `name` was changed: its old message and mark go.

        A change that was already in when the error was shown (one typed just
        before saving, still on its way here) leaves the error as it is.
        """
        marked = getattr(self, "_marked_values", {})
        if name in marked and marked[name] == self._field_values(name):
            return
        for node in self.query(f"#field-{name}"):
            node.remove_class("-error")
        for line, by_field in getattr(self, "_messages", {}).items():
            if by_field.pop(name, None) is not None:
                self._show_line(line)

    @on(Input.Changed)
    @on(Select.Changed)
    @on(TextArea.Changed)
    @on(Checkbox.Changed)
    def _value_changed(self, event: Message) -> None:
        """Not only on the next save: an error under a field goes once it is changed."""
        node: DOMNode | None = getattr(event, "control", None)
        while node is not None and node is not self:
            if node.has_class("field") and node.id and node.id.startswith("field-"):
                self.clear_field_error(node.id.removeprefix("field-"))
            node = node.parent

    def _caption(self, name: str) -> str:
        captions = self.query(f"#field-{name} .caption").results(Label)
        caption = next(iter(captions), None)
        if caption is None:
            return name
        text = str(caption.content)
        # 'time: use 90, …' in English; German keeps its nouns capitalised ('Zeit: …').
        return text.lower() if language() == "en" else text

    @property
    def error_texts(self) -> dict[str, str]:
        """The errors shown, by field (for tests)."""
        out = {}
        for label in self.query(".error-text").results(Label):
            text = str(label.content)
            if text and label.id:
                out[label.id.removeprefix("err-")] = text
        return out
