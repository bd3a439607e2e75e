"""Log a value (Mehrwert): something that came back, with the same fields, parsers
and errors as `balance value`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Select

from balance.core.formats import format_amount, format_date
from balance.core.forms import ValueForm
from balance.core.model import Value, ValueKind
from balance.core.parse import DATE_FORMS
from balance.locale import N_, _
from balance.service.api import Service
from balance.tui.data import Snapshot
from balance.tui.screens.entry_form import EntryFormScreen
from balance.tui.screens.form import PlainCheckbox, field
from balance.tui.screens.log_form import side_options
from balance.tui.screens.pickers import WHOLE_NETWORK, NetworkPartnerPicker

#: The kinds of value as the kind choice shows them: the key, and the word when it differs.
KIND_LABELS = {
    ValueKind.REFERRAL: N_("referral"),
    ValueKind.BUSINESS: N_("business (order)"),
    ValueKind.KNOWHOW: N_("knowhow (piece of know-how)"),
    ValueKind.VISIBILITY: N_("visibility (bit of visibility)"),
    ValueKind.SUPPORT: N_("support (helping hand)"),
    ValueKind.OTHER: N_("other (other value)"),
}
PRIVATE_LABEL = N_("private (never exported)")


def kind_options() -> list[tuple[str, str]]:
    """(label in the language in use, the kind's key)."""
    return [(_(KIND_LABELS[k]), k.value) for k in ValueKind]


def value_form_values(v: Value) -> dict[str, str]:
    """A value's fields as a person types them (to edit it)."""
    return {
        "date": format_date(v.date),
        "amount": "" if v.amount is None else format_amount(v.amount),
        "what": v.what,
        "note": v.note,
    }


class ValueFormScreen(EntryFormScreen[Value, ValueForm]):
    """Log what came back, or with `value` edit that one."""

    TITLE_TEXT = N_("Log what came back")
    EDIT_TITLE_TEXT = N_("Edit what came back")

    def __init__(
        self,
        service: Service,
        snapshot: Snapshot | None,
        network: str | None = None,
        partner: str | None = None,
        value: Value | None = None,
    ) -> None:
        super().__init__(service, snapshot, value)
        self.start = value_form_values(value) if value else {}
        self.initial_network = network
        self.initial_partner = WHOLE_NETWORK if not partner else partner

    def compose(self) -> ComposeResult:
        start = self.start.get
        with VerticalScroll(classes="form", id="value-form"):
            yield self.form_title()
            yield NetworkPartnerPicker(
                self.snapshot,
                self.initial_network,
                self.initial_partner,
                partner_caption=N_("With"),
            )
            yield field(
                _("What"),
                "what",
                Input(start("what", ""), placeholder=_("e.g. contact to a new client"), id="what"),
            )
            with Horizontal(classes="row"):
                yield field(
                    _("Kind"),
                    "kind",
                    Select(
                        kind_options(),
                        id="kind",
                        allow_blank=False,
                        value=self.editing.kind.value if self.editing else ValueKind.REFERRAL.value,
                    ),
                )
                yield field(
                    _("Received by"),
                    "to",
                    Select(
                        side_options(),
                        id="to",
                        allow_blank=False,
                        value=self.editing.to if self.editing else "me",
                    ),
                )
            with Horizontal(classes="row"):
                yield field(
                    _("Date"),
                    "date",
                    Input(start("date", _("today")), id="date", tooltip=_(DATE_FORMS)),
                )
                yield field(
                    _("Business (amount)"),
                    "amount",
                    Input(start("amount", ""), placeholder=_("(optional) e.g. 2.400"), id="amount"),
                )
            yield field(
                _("Note"), "note", Input(start("note", ""), placeholder=_("(optional)"), id="note")
            )
            yield field(
                "",
                "private",
                PlainCheckbox(
                    _(PRIVATE_LABEL), bool(self.editing and self.editing.private), id="private"
                ),
            )
            yield from self.compose_buttons()
        yield from self.compose_footer()

    def on_mount(self) -> None:
        self.query_one("#what").focus()

    def form(self) -> ValueForm:
        text, choice = self.input_text, self.choice
        return ValueForm(
            network=choice("network"),
            partner=choice("partner"),
            to=choice("to") or "me",
            kind=choice("kind") or "",
            what=text("what"),
            amount=text("amount"),
            date=text("date"),
            note=text("note"),
            private=self.query_one("#private", PlainCheckbox).value,
        )

    def create(self, form: ValueForm) -> Value:
        return self.service.add_value(form)

    def edit(self, entry: Value, form: ValueForm) -> Value:
        self.replaced, new = self.service.edit_value(entry.id, form)
        return new
