"""The one object both faces hold: every use case on one database."""

from __future__ import annotations

from typing import Literal

from balance.core.model import ValidationError, Value
from balance.service.agreements import AgreementOps
from balance.service.changes import MIN_ID_PREFIX, ChangeOps
from balance.service.directory import DirectoryOps
from balance.service.manage import ManageOps
from balance.service.transfer import TransferOps
from balance.service.values import ValueOps

EntryKind = Literal["contribution", "value", "talk"]


class Service(DirectoryOps, AgreementOps, TransferOps, ChangeOps, ManageOps, ValueOps):
    """The operations both faces offer, on one database."""

    def kind_of(self, id_or_prefix: str) -> EntryKind:
        """Which kind of entry an id (or its first characters) names, so `edit ID` and
        `delete ID` take any of them. Contributions are read only when the id also fits
        a talk or a value: the usual case (a contribution) stays one month's read."""
        wanted = id_or_prefix.strip().casefold()
        if len(wanted) < MIN_ID_PREFIX:
            raise ValidationError(
                "id", f"give at least {MIN_ID_PREFIX} characters of the id (see list --json)"
            )
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
            raise ValidationError(
                "id", f"{id_or_prefix!r} starts the ids of a {' and a '.join(kinds)}; give more"
            )
        return kinds[0]

    def find_value(self, id_or_prefix: str) -> Value:
        wanted = id_or_prefix.strip().casefold()
        found = [v for v in self.directory().values if v.id.startswith(wanted)]
        if len(found) != 1:
            raise ValidationError("id", f"{id_or_prefix!r} names {len(found)} values, not one")
        return found[0]
