"""Changing what was logged, and taking operations back: edit by id, delete, undo.

Undo reads the undo log kept with the data, so it takes back the last
operation whichever face or process made it, in this session or an earlier one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from balance.core.errors import FormErrors, ValidationError
from balance.core.forms import LogForm, form_values
from balance.core.ids import one_by_prefix, typed_id
from balance.core.model import Contribution
from balance.locale import _
from balance.service.entries import EntryOps


@dataclass(frozen=True)
class Undone:
    """What `undo` took back: the operation's kind ("log", "edit", "import", ...) and
    the few words it was remembered by (a contribution's what, a name, a count)."""

    kind: str
    subject: str


class ChangeOps(EntryOps):
    def find(self, id_or_prefix: str) -> Contribution:
        """The contribution with this id, or the only one whose id starts so."""
        try:
            return self.store.find_contribution(typed_id(id_or_prefix))  # a whole id: one read
        except KeyError:
            pass
        none = _("no contribution has the id {id}")
        return one_by_prefix(self.store.contributions(), id_or_prefix, none)

    def form_of(self, c: Contribution) -> LogForm:
        """The contribution as the log form would hold it, names and all."""
        d = self.directory()
        network = next((n for n in d.networks if n.id == c.network_id), None)
        if network is None:
            raise ValidationError("id", _("the network of {id} no longer exists").format(id=c.id))
        partner = next((p.name for p in d.partners if p.id == c.partner_id), "")
        values = form_values(c)
        return LogForm(
            network=network.name,
            partner=partner,
            by=c.by,
            date=values["date"],
            time=values["time"],
            money=values["money"],
            energy=values["energy"],
            what=values["what"],
            note=values["note"],
            tags=(values["tags"],) if values["tags"] else (),
            private=c.private,
        )

    def edit_fields(self, id_or_prefix: str, **fields: Any) -> tuple[Contribution, Contribution]:
        """Change the given fields (as typed, LogForm names) of one contribution, checked
        as a new log would be; returns (old, new). Nothing changed is an error."""
        with self.store.locked():
            old = self.find(id_or_prefix)
            form = replace(self.form_of(old), **fields)
            try:
                new = self.build_contribution(form, old.id)
            except FormErrors as exc:
                raise exc.first from None
            if new == old:
                raise ValidationError("edit", _("that is how it is already: nothing to change"))
            self.store.replace_contribution(new)
            return old, new

    def delete_one(self, id_or_prefix: str, month: str | None = None) -> Contribution:
        """Delete one contribution; `month` ("YYYY-MM") deletes only the copy in that
        month's file, for an entry that a crash of an older balance left twice."""
        if month is not None and not re.fullmatch(r"[0-9]{4}-(0[1-9]|1[0-2])", month.strip()):
            raise ValidationError(
                "month", _("'{month}' is not a month such as 2026-03").format(month=month)
            )
        with self.store.locked():
            if month is not None:
                try:
                    return self.store.delete_contribution(id_or_prefix.strip(), month.strip())
                except KeyError:
                    raise ValidationError(
                        "month",
                        _("no copy of {id} is in the file of {month}").format(
                            id=repr(id_or_prefix), month=month
                        ),
                    ) from None
            return self.store.delete_contribution(self.find(id_or_prefix).id)

    def undo(self) -> Undone | None:
        """Take back the last operation, from any face or process; None if there is none."""
        op = self.store.undo()
        return None if op is None else Undone(op.kind, op.subject)
