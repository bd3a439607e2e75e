"""The one object both faces hold: every use case on one database."""

from __future__ import annotations

from typing import Literal

from balance.core.errors import ValidationError
from balance.core.ids import one_by_prefix, typed_id
from balance.core.model import Value
from balance.core.words import join
from balance.locale import N_, _
from balance.service.agreements import AgreementOps
from balance.service.changes import ChangeOps
from balance.service.directory import DirectoryOps
from balance.service.history import HistoryOps
from balance.service.manage import ManageOps
from balance.service.transfer import TransferOps
from balance.service.values import ValueOps

EntryKind = Literal["contribution", "value", "talk"]
#: One entry of a kind, as an error names it.
KIND_NAMES = {"talk": N_("a talk"), "value": N_("a value"), "contribution": N_("a contribution")}


class Service(DirectoryOps, AgreementOps, TransferOps, ChangeOps, ManageOps, ValueOps, HistoryOps):
    """The operations both faces offer, on one database."""

    def kind_of(self, id_or_prefix: str) -> EntryKind:
        """Which kind of entry an id (or its first characters) names, so `edit ID` and
        `delete ID` take any of them. Contributions are read only when the id also fits
        a talk or a value: the usual case (a contribution) stays one month's read."""
        wanted = typed_id(id_or_prefix)
        d = self.directory()
        kinds: list[EntryKind] = []
        if any(t.id.startswith(wanted) for t in d.conversations):
            kinds.append("talk")
        if any(v.id.startswith(wanted) for v in d.values):
            kinds.append("value")
        if not kinds:
            return "contribution"
        if any(c.id.startswith(wanted) for c in self.store.contributions()):
            kinds.append("contribution")
        if len(kinds) > 1:
            named = join([_(KIND_NAMES[k]) for k in kinds])
            raise ValidationError(
                "id",
                _("{id} starts the ids of {kinds}; give more").format(
                    id=repr(id_or_prefix), kinds=named
                ),
            )
        return kinds[0]

    def find_value(self, id_or_prefix: str) -> Value:
        return one_by_prefix(self.directory().values, id_or_prefix, _("no value has the id {id}"))
