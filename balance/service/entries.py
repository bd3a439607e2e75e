"""Contributions: log, edit, delete, restore, list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from balance.core.contribution_form import FieldParsers, contribution_from_form
from balance.core.errors import ValidationError
from balance.core.forms import Checks, LogForm
from balance.core.model import Contribution, Network, Partner, new_id
from balance.locale import _
from balance.service.base import ServiceBase
from balance.store.rows import Directory

T = TypeVar("T")


@dataclass(frozen=True)
class Logged:
    """What was logged, and where: the sentence after a log names both."""

    contribution: Contribution
    network: Network
    partner_name: str | None


class EntryOps(ServiceBase):
    # -- contributions -----------------------------------------------------------

    def build_contribution(
        self,
        form: LogForm,
        contribution_id: str | None = None,
        directory: Directory | None = None,
    ) -> Contribution:
        """Parse every field; raise FormErrors naming each bad one, before anything is written."""
        checks = Checks()
        d = directory or self.directory()
        network = checks.attempt(lambda: self.network(form.network, d), None)
        partner = None
        if network and form.partner.strip():
            partner = checks.attempt(lambda: self.partner(form.partner, network, d), None)
        fields = FieldParsers(self.today())
        return contribution_from_form(
            form, network, partner, fields, contribution_id or new_id(), checks
        )

    def log(self, form: LogForm) -> Contribution:
        return self.logged(form).contribution

    def logged(self, form: LogForm) -> Logged:
        """Log one entry; with the names its sentence shows, from the one read of the
        directory the entry was checked against (under the lock, so they agree)."""
        first = self.directory()
        contribution = self.build_contribution(form, directory=first)  # bad input: no lock made
        with self.store.locked():  # the entry and when its partnership began: one operation
            d = self.directory()  # the same object unless another process wrote meanwhile
            if d is not first:  # then check it again against what is there now
                contribution = self.build_contribution(form, contribution.id, d)
            began = self.first_seen([contribution], d)
            self.store.commit("log", contribution.what, [contribution, *began])
        network = next(n for n in d.networks if n.id == contribution.network_id)
        partner = next((p.name for p in d.partners if p.id == contribution.partner_id), None)
        return Logged(contribution, network, partner)

    def edit(self, contribution_id: str, form: LogForm) -> tuple[Contribution, Contribution]:
        """Returns (old, new), so a face can offer undo."""
        new = self.build_contribution(form, contribution_id)
        with self.store.locked():
            try:
                old = self.store.replace_contribution(new, also=self.first_seen([new]))
            except KeyError:
                raise ValidationError(
                    "entry", _("it is no longer there (deleted meanwhile, perhaps elsewhere)")
                ) from None
        return old, new

    def first_seen(
        self, rows: Sequence[Contribution], directory: Directory | None = None
    ) -> list[Network | Partner]:
        """The networks and partners whose beginning these rows move back: a history typed
        in after the fact, so the review cadence counts from the first contribution,
        whatever window is shown. Saved in the same operation as the rows."""
        first: dict[str, date] = {}
        for c in rows:
            for key in (c.network_id, c.partner_id):
                if key and (key not in first or c.date < first[key]):
                    first[key] = c.date
        d = directory or self.directory()
        out: list[Network | Partner] = []
        for item in (*d.networks, *d.partners):
            if item.id in first and (item.added is None or first[item.id] < item.added):
                out.append(replace(item, added=first[item.id]))
        return out

    def delete(self, contribution_id: str) -> Contribution:
        return self.store.delete_contribution(contribution_id)

    def restore(self, contribution: Contribution) -> None:
        """Undo of a delete or an edit: put the old value back as it was.

        When that edit or delete is still the last operation, it is taken back
        from the undo log, so `balance undo` cannot take it back a second time.
        """
        with self.store.locked():
            if self.store.undo_if_it_restores(contribution):
                return
            try:
                self.store.replace_contribution(contribution)
            except KeyError:
                self.store.add_contribution(contribution)

    def contributions(
        self,
        network: Network,
        partner: Partner | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[Contribution]:
        from balance.store.pairs import of_network, rows_where  # not on the log path

        wanted = of_network(network.id, partner.id if partner else "any")  # machine
        rows = rows_where(self.store, wanted, since, until)
        rows.sort(key=lambda c: c.date)
        return rows
