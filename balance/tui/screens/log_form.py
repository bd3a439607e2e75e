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
from balance.tui.screens.form import FormScreen, PlainCheckbox, field
from balance.tui.screens.pickers import WHOLE_NETWORK, NetworkPartnerPicker

#: Only the note stays on this machine: the entry itself is exported.
PRIVATE_LABEL = N_("private note (the note is never exported)")
#: Who gave: (label as marked, the value the service reads).
BY_OPTIONS = [(N_("me"), "me"), (N_("partner"), "partner")]


def side_options() -> list[tuple[str, str]]:
    """'me' / 'partner' in the language in use ('ich' / 'Partner'); the values stay."""
    return [(_(label), value) for label, value in BY_OPTIONS]


class LogFormScreen(FormScreen[Contribution | None]):
    """Returns the saved contribution, or None when cancelled.

    With `contribution` it edits that one instead: `replaced` then holds the
    value it had before, for undo; `unchanged` is True when the form was saved
    as it was (nothing is written then).
    """

    TITLE_TEXT = N_("Log a contribution")
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
        super().__init__()
        self.service = service
        self.snapshot = snapshot
        self.contribution = contribution
        self.replaced: Contribution | None = None
        self.unchanged = False
        self.start = form_values(contribution) if contribution else {}
        if contribution:
            self.TITLE_TEXT = N_("Edit a contribution")
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
                    bool(self.contribution and self.contribution.private),
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

    def _start(self, name: str, default: str = "") -> str:
        return self.start.get(name, default)

    def _initial_by(self) -> str:
        return self.contribution.by if self.contribution else "me"

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

    def action_save(self) -> None:
        form = self.form()
        if self.contribution is None:
            self.submit(lambda: self.service.log(form))
        else:
            self.submit(lambda: self._edit(form))

    def _edit(self, form: LogForm) -> Contribution:
        """Save the changes; saved as it was, nothing is written (and nothing to undo)."""
        assert self.contribution is not None
        same = self.service.build_contribution(form, self.contribution.id)
        if same == self.contribution:
            self.unchanged = True
            return self.contribution
        self.replaced, new = self.service.edit(self.contribution.id, form)
        return new
