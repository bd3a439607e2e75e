"""Values (Mehrwert): what came back to each side, recorded, corrected and removed."""

from __future__ import annotations

from typing import TypeVar

from balance.core import parse
from balance.core.errors import FormErrors, ValidationError
from balance.core.forms import Checks, ValueForm
from balance.core.model import Network, Partner, Value, check_what, new_id
from balance.core.window import Window
from balance.locale import N_, _
from balance.service.base import ServiceBase

T = TypeVar("T")
#: An entry another window or process deleted meanwhile.
GONE = N_("it is no longer there (deleted meanwhile?)")


class ValueOps(ServiceBase):
    def build_value(self, form: ValueForm, value_id: str | None = None) -> Value:
        """Parse every field; FormErrors names each bad one, before anything is written."""
        checks = Checks()
        errors, attempt = checks.errors, checks.attempt
        d = self.directory()

        network = attempt(lambda: self.network(form.network, d), None)
        partner = None
        if network and form.partner.strip():
            partner = attempt(lambda: self.partner(form.partner, network, d), None)
        to = attempt(lambda: parse.parse_side(form.to or "me", "to"), "me")
        if to == "partner" and not form.partner.strip():
            errors.append(ValidationError("partner", _("say who received it")))
        kind = attempt(lambda: parse.parse_kind(form.kind), None)
        day = attempt(lambda: parse.parse_date(form.date or "today", self.today()), None)
        currency = network.currency if network else "EUR"
        amount = None
        if form.amount.strip():
            amount = attempt(lambda: _amount(form.amount, currency), None)
        attempt(lambda: check_what(form.what), None)
        if errors:
            raise FormErrors(errors)
        assert network is not None and day is not None and kind is not None
        try:
            return Value(
                id=value_id or new_id(),
                network_id=network.id,
                partner_id=partner.id if partner else None,
                to=to,  # type: ignore[arg-type]
                date=day,
                kind=kind,
                what=form.what.strip(),
                amount=amount,
                note=form.note.strip(),
                private=form.private,
            )
        except ValidationError as exc:
            raise FormErrors([exc]) from None

    def add_value(self, form: ValueForm) -> Value:
        value = self.build_value(form)
        self.store.save_value(value)
        return value

    def edit_value(self, value_id: str, form: ValueForm) -> tuple[Value, Value]:
        """Returns (old, new), so a face can offer undo."""
        new = self.build_value(form, value_id)
        with self.store.locked():
            old = next((v for v in self.directory().values if v.id == value_id), None)
            if old is None:
                raise ValidationError("entry", _(GONE))
            self.store.save_value(new)
        return old, new

    def delete_value(self, value_id: str) -> Value:
        try:
            return self.store.delete_value(value_id)
        except KeyError:
            raise ValidationError("entry", _(GONE)) from None

    def restore_value(self, value: Value) -> None:
        """Undo of a delete or an edit: the old value back as it was."""
        self.store.save_value(value)

    def values(
        self, network: Network, partner: Partner | None = None, window: Window | None = None
    ) -> list[Value]:
        """The values of a network (or one pair), in a window, by date."""
        return sorted(
            (
                v
                for v in self.directory().values
                if v.network_id == network.id
                and (partner is None or v.partner_id == partner.id)
                and (window is None or window.contains(v.date))
            ),
            key=lambda v: v.date,
        )

    def set_owner(self, name: str) -> str:
        """Your name, used wherever a partner reads the text (export, summary)."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", _("give your name, e.g. --name 'Petra Vogel'"))
        if len(name) > 200:
            raise ValidationError(
                "name", _("the name is longer than {count} characters").format(count=200)
            )
        self.store.save_setting("owner", name)
        return name


def _amount(text: str, currency: str) -> object:
    try:
        return parse.parse_money(text, currency)
    except ValidationError as exc:
        raise ValidationError("amount", exc.message) from None
