"""Export the summary for a partner (or a network), as a Markdown page to read or
TOML for scripts: a file name is suggested, you may change it, and an existing file
is replaced only after you say so."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static

from balance.core.errors import ValidationError
from balance.core.model import Partner
from balance.core.reports import NetworkReport
from balance.locale import N_, _
from balance.service.api import Service
from balance.store.files import write_text_atomic
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.form import FormScreen, field
from balance.tui.targets import export_file_name
from balance.tui.widgets.briefing_parts import window_text

#: The formats to choose: (label as marked, the format's key).
FORMATS = [(N_("Markdown page, for people to read"), "md"), (N_("TOML, for scripts"), "toml")]


class ExportScreen(FormScreen[Path | None]):
    """Returns the path written, or None when cancelled."""

    AUTO_FOCUS = "#file"  # set before the form takes keys: none typed early is lost
    TITLE_TEXT = N_("Export a summary")
    SAVE_LABEL = N_("Export")
    #: The footer says what ctrl+s does here, as the button does.
    BINDINGS = [Binding("ctrl+s", "save", SAVE_LABEL, priority=True)]

    def __init__(
        self, service: Service, report: NetworkReport, partner: Partner | None, owner: str = ""
    ) -> None:
        super().__init__()
        self.service = service
        self.report = report
        self.partner = partner
        self.owner = owner
        self.replace_ok: Path | None = None

    def compose(self) -> ComposeResult:
        n = self.report.network
        if self.partner:
            what = _(
                "The summary for {partner} in {network}: the totals, the contributions and "
                "the talks with {partner} only. Nothing about any other partner is in it."
            ).format(partner=self.partner.name, network=n.name)
        else:
            what = _(
                "The summary for the whole network {network}: every partner's totals, "
                "contributions and talks."
            ).format(network=n.name)
        suggested = export_file_name(
            n.name, self.partner.name if self.partner else None, self.service.today(), "md"
        )
        with VerticalScroll(classes="form", id="export-form"):
            yield self.form_title()
            yield Static(what, classes="section", markup=False)
            yield Static(
                _(
                    "Period: {window}. Private entries show only as '(private)' with their "
                    "date and amounts; private notes are never written."
                ).format(window=window_text(self.report)),
                classes="section",
                markup=False,
            )
            yield field(
                _("Format"),
                "format",
                Select(
                    [(_(label), key) for label, key in FORMATS],
                    id="format",
                    value="md",
                    allow_blank=False,
                ),
            )
            yield field(_("File"), "file", Input(suggested, id="file"))
            yield field(
                _("Your name"),
                "name",
                Input(
                    self.owner,
                    placeholder=_("as the partner reads it, e.g. Petra Vogel (kept for next time)"),
                    id="name",
                ),
            )
            yield from self.compose_buttons()
        yield from self.compose_footer()

    @on(Select.Changed, "#format")
    def _format_changed(self, event: Select.Changed) -> None:
        """The suggested suffix follows the format; a name typed by hand keeps its stem."""
        box = self.query_one("#file", Input)
        stem, dot, suffix = box.value.rpartition(".")
        if dot and suffix.lower() in ("md", "toml") and suffix.lower() != event.value:
            box.value = f"{stem}.{event.value}"

    def fmt(self) -> str:
        return str(self.query_one("#format", Select).value)

    @on(Input.Changed, "#file")
    def _changed(self, event: Input.Changed) -> None:
        """A name typed with .md or .toml chooses that format, so both always agree."""
        self.replace_ok = None
        suffix = event.value.rpartition(".")[2].lower()
        box = self.query_one("#format", Select)
        if suffix in ("md", "toml") and box.value != suffix:
            box.value = suffix

    def path(self) -> Path | None:
        text = self.query_one("#file", Input).value.strip()
        return Path(text).expanduser().absolute() if text else None

    def action_save(self) -> None:
        path = self.path()
        if path is None:
            self.show_errors([ValidationError("file", _("give a file name, e.g. ~/summary.md"))])
            return
        if path.is_dir():
            said = _("{path} is a folder; add a file name").format(path=path)
            self.show_errors([ValidationError("file", said)])
            return
        if path.exists() and self.replace_ok != path:
            self.app.push_screen(
                ConfirmScreen(
                    _("{file} exists already. Replace it?").format(file=path.name),
                    f"{path}\n" + _("The old file is overwritten with the new summary."),
                    _("Replace"),
                ),
                lambda yes: self._replace(path, yes),
            )
            return
        name, fmt = self.query_one("#name", Input).value, self.fmt()
        self.submit(lambda: self._write(path, name, fmt))

    def _replace(self, path: Path, yes: bool | None) -> None:
        if yes:
            self.replace_ok = path
            self.action_save()
        else:
            self.query_one("#file").focus()

    def _write(self, path: Path, name: str, fmt: str) -> Path:
        """Off the UI thread: the name (kept for next time and the CLI), then the file."""
        if name.strip() and " ".join(name.split()) != self.owner:
            self.service.set_owner(name)
        text = self.service.export(self.report.network, self.partner, self.report.window, fmt)
        write_text_atomic(path, text)
        return path

    def show_failure(self, error: Exception) -> None:
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            said = _("cannot write there: {problem}").format(problem=reason)
            self.show_errors([ValidationError("file", said)])
        else:
            super().show_failure(error)
