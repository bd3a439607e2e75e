"""Log a contribution: the same fields, parsers and errors as `balance log`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Select

from balance.core.forms import LogForm, form_values
from balance.core.model import Contribution
from balance.core.parse import DATE_FORMS, ENERGY_FORMS, TIME_FORMS
from balance.locale import N_, _
from balance.service.api import Service
from balance.tui.data import Snapshot
from balance.tui.screens.entry_form import EntryFormScreen
from balance.tui.screens.form import PlainCheckbox, field
from balance.tui.screens.pickers import WHOLE_NETWORK, NetworkPartnerPicker

#: Only the note stays on this machine: the entry itself is exported.
PRIVATE_LABEL = N_("private note (the note is never exported)")
#: Who gave: (label as marked, the value the service reads).
BY_OPTIONS = [(N_("me"), "me"), (N_("partner"), "partner")]


def side_options() -> list[tuple[str, str]]:
    """'me' / 'partner' in the language in use ('ich' / 'Partner'); the values stay."""
    return [(_(label), value) for label, value in BY_OPTIONS]


class LogFormScreen(EntryFormScreen[Contribution, LogForm]):
    """Log a contribution, or with `contribution` edit that one."""

    TITLE_TEXT = N_("Log a contribution")
    EDIT_TITLE_TEXT = N_("Edit a contribution")
    # Typing starts with what it was: the partner is chosen already (the focused
    # card's, else the whole network), one shift+tab away. Set before the form
    # takes keys, so none typed right after `l` is lost.
    AUTO_FOCUS = "#what"
    FIELD_FOR = {"amount": "amounts", "tag": "tags"}
    ERROR_LINE = {"time": "amounts", "money": "amounts", "energy": "amounts"}

    def __init__(
        self,
        service: Service,
        snapshot: Snapshot | None,
        network: str | None = None,
        partner: str | None = None,
        contribution: Contribution | None = None,
    ) -> None:
        super().__init__(service, snapshot, contribution)
        self.start = form_values(contribution) if contribution else {}
        self.initial_network = network
        # An entry for the whole network keeps that choice when edited; with no
        # partner given the form starts on the whole network, never on someone
        # an entry could be filed under by accident.
        editing_network_entry = contribution is not None and contribution.partner_id is None
        self.initial_partner = WHOLE_NETWORK if editing_network_entry or not partner else partner

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="form", id="log-form"):
            yield self.form_title()
            yield NetworkPartnerPicker(
                self.snapshot,
                self.initial_network,
                self.initial_partner,
            )
            yield field(
                _("What"),
                "what",
                Input(
                    self._start("what"), placeholder=_("e.g. Stammtisch, flyer design"), id="what"
                ),
            )
            with Horizontal(classes="row"):
                yield field(
                    _("Given by"),
                    "by",
                    Select(side_options(), id="by", allow_blank=False, value=self._initial_by()),
                )
                yield field(
                    _("Date"),
                    "date",
                    Input(self._start("date", _("today")), id="date", tooltip=_(DATE_FORMS)),
                )
            with Vertical(id="field-amounts", classes="field"):
                with Horizontal(classes="row tight"):
                    yield field(
                        _("Time"),
                        "time",
                        Input(
                            self._start("time"),
                            placeholder=_("e.g. 1h30m"),
                            id="time",
                            tooltip=_(TIME_FORMS),
                        ),
                    )
                    yield field(
                        _("Money"),
                        "money",
                        Input(
                            self._start("money"),
                            placeholder=_("e.g. 25,50"),
                            id="money",
                            tooltip=_("e.g. 25.50, 25,50, 25 or 1.234,50"),
                        ),
                    )
                    yield field(
                        _("Energy"),
                        "energy",
                        Input(
                            self._start("energy"),
                            placeholder=_("e.g. 2 of 5"),
                            id="energy",
                            tooltip=_(ENERGY_FORMS),
                        ),
                    )
                yield Label("", id="err-amounts", classes="error-text", markup=False)
            yield field(
                _("Note"),
                "note",
                Input(self._start("note"), placeholder=_("(optional)"), id="note"),
            )
            yield field(  # right under the note: it is the note that stays private
                "",
                "private",
                PlainCheckbox(
                    _(PRIVATE_LABEL),
                    bool(self.editing and self.editing.private),
                    id="private",
                ),
            )
            yield field(
                _("Tags"),
                "tags",
                Input(
                    self._start("tags"), placeholder=_("(optional) e.g. print, event"), id="tags"
                ),
            )
            yield from self.compose_buttons()
        yield from self.compose_footer()

    # -- opened again ------------------------------------------------------------------

    #: Set by `reopen`: the next resume is an opening, not a return from a dialog.
    _reopened = False

    def reopen(self, snapshot: Snapshot | None, network: str | None, partner: str | None) -> None:
        """This form, already built, as new for the next entry (`entry_flows` keeps one).

        Building the form was most of the time from `l` to a form ready for keys
        (Textual makes and styles every field); filling the built one takes a few
        milliseconds. So a new-entry form, cancelled or saved, is opened again here with
        what a new one would hold: the focused card's network and partner, today, empty
        fields, no error, the first field focused."""
        assert self.editing is None, "only a form for a new entry is opened again"
        self.snapshot, self.initial_network = snapshot, network
        self.initial_partner = partner or WHOLE_NETWORK
        self.query_one(NetworkPartnerPicker).refill(snapshot, network, self.initial_partner)
        for name in ("what", "time", "money", "energy", "note", "tags"):
            self.query_one(f"#{name}", Input).value = ""
        self.query_one("#date", Input).value = _("today")
        self.query_one("#by", Select).value = "me"
        self.query_one("#private", PlainCheckbox).value = False
        self.clear_errors()
        self.saving, self.replaced, self.unchanged = False, None, False
        self._busy(False)
        self.query_one("#log-form", VerticalScroll).scroll_home(animate=False)
        self.keys_ready, self._reopened = False, True

    def on_screen_resume(self) -> None:
        """Opened again (`reopen`): the first field takes the keys, as in a new form."""
        if not self._reopened:
            return  # back from a dialog on top (Esc's question): as it was
        self._reopened = False
        self.set_focus(self.query_one("#what", Input))
        self._opened_with = self._all_values()
        self.app.post_message(self.Ready(self))

    def _start(self, name: str, default: str = "") -> str:
        return self.start.get(name, default)

    def _initial_by(self) -> str:
        return self.editing.by if self.editing else "me"

    # -- saving ------------------------------------------------------------------------

    def form(self) -> LogForm:
        text, choice = self.input_text, self.choice
        tags = tuple(t.strip() for t in text("tags").split(",") if t.strip())
        return LogForm(
            network=choice("network"),
            partner=choice("partner"),
            by=choice("by") or "me",
            date=text("date"),
            time=text("time"),
            money=text("money"),
            energy=text("energy"),
            what=text("what"),
            note=text("note"),
            tags=tags,
            private=self.query_one("#private", PlainCheckbox).value,
        )

    def create(self, form: LogForm) -> Contribution:
        return self.service.log(form)

    def edit(self, entry: Contribution, form: LogForm) -> Contribution:
        """Saved as it was, nothing is written (and there is nothing to undo)."""
        if self.service.build_contribution(form, entry.id) == entry:
            self.unchanged = True
            return entry
        self.replaced, new = self.service.edit(entry.id, form)
        return new
