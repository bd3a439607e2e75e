"""Managing what you have: rename and merge networks and partners.

Each is one operation of the store (one commit, one undo record), however many
files it touches: a merge moves every contribution and talk of one into the
other, in every month file, or none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from balance.core.errors import ValidationError
from balance.core.model import Conversation, Network, Partner
from balance.core.names import fold, match_name
from balance.locale import N_, _
from balance.service.base import ServiceBase
from balance.service.directory import _unique_name

ITSELF = N_("'{name}' cannot be merged into itself")


@dataclass(frozen=True)
class Merged:
    """What a merge did: the one that went, the one kept, and how much moved to it."""

    source: str
    name: str
    contributions: int
    talks: int


class ManageOps(ServiceBase):
    def rename_network(self, name: str, new_name: str) -> tuple[str, Network]:
        """(old name, the renamed network); the new name must differ from every other."""
        with self.store.locked():
            d = self.directory()
            network = self.network(name, d)
            renamed = replace(network, name=new_name.strip())
            _unique_name(renamed, d.networks)
            self.store.save_network(renamed, kind="rename")
            return network.name, renamed

    def rename_partner(self, name: str, new_name: str) -> tuple[str, Partner]:
        """(old name, the renamed partner); a name another partner has is refused: merge."""
        with self.store.locked():
            d = self.directory()
            partner = match_name("partner", name, d.partners)
            renamed = replace(partner, name=new_name.strip())
            for other in d.partners:
                if other.id != partner.id and fold(other.name) == fold(renamed.name):
                    raise ValidationError(
                        "partner",
                        _("'{name}' exists already: merge the two instead").format(name=other.name),
                    )
            self.store.save_partner(renamed, kind="rename")
            return partner.name, renamed

    def archive_network(self, name: str, archived: bool = True) -> Network:
        """Hide a network from the dashboard and the overview (or show it again)."""
        with self.store.locked():
            network = replace(self.network(name), archived=archived)
            self.store.save_network(network, kind="archive" if archived else "unarchive")
            return network

    def archive_partner(self, name: str, archived: bool = True) -> Partner:
        """Take a partner's card off the dashboard (or put it back); figures keep it."""
        with self.store.locked():
            partner = replace(
                match_name("partner", name, self.directory().partners), archived=archived
            )
            self.store.save_partner(partner, kind="archive" if archived else "unarchive")
            return partner

    def merge_partners(self, name: str, into: str) -> Merged:
        """Every contribution and talk of one partner becomes the other's; the first goes.

        The one kept is in the networks of both, and counts as added when the
        earlier of the two was. Snoozes of the one that goes are dropped.
        """
        with self.store.locked():
            d = self.directory()
            source = match_name("partner", name, d.partners)
            target = match_name("partner", into, d.partners)
            if source.id == target.id:
                raise ValidationError("into", _(ITSELF).format(name=source.name))
            ids = tuple(dict.fromkeys([*target.network_ids, *source.network_ids]))
            added = min((x for x in (source.added, target.added) if x), default=None)
            rows = [
                replace(c, partner_id=target.id)
                for c in self.store.contributions()
                if c.partner_id == source.id
            ]
            talks = [
                replace(t, partner_id=target.id)
                for t in d.conversations
                if t.partner_id == source.id
            ]
            kept = replace(target, network_ids=ids, added=added)
            gone = [s for s in d.snoozes if s.partner_id == source.id]
            self.store.commit(
                "merge",
                f"{source.name} into {target.name}",
                save=[kept, *rows, *talks],
                remove=[source, *gone],
            )
            return Merged(source.name, target.name, len(rows), len(talks))

    def merge_networks(self, name: str, into: str) -> Merged:
        """Every contribution, talk and member of one network moves to the other (which
        keeps its own canvas); the first goes. Both must count in the same currency."""
        with self.store.locked():
            d = self.directory()
            source = self.network(name, d)
            target = self.network(into, d)
            if source.id == target.id:
                raise ValidationError("into", _(ITSELF).format(name=source.name))
            if source.currency != target.currency:
                raise ValidationError(
                    "into",
                    _(
                        "'{source}' counts in {source_currency}, '{target}' in "
                        "{target_currency}: amounts would be mixed; nothing was changed"
                    ).format(
                        source=source.name,
                        source_currency=source.currency,
                        target=target.name,
                        target_currency=target.currency,
                    ),
                )
            rows = [
                replace(c, network_id=target.id)
                for c in self.store.contributions()
                if c.network_id == source.id
            ]
            talks: list[Conversation] = [
                replace(t, network_id=target.id)
                for t in d.conversations
                if t.network_id == source.id
            ]
            members = [
                replace(
                    p,
                    network_ids=tuple(
                        dict.fromkeys(target.id if i == source.id else i for i in p.network_ids)
                    ),
                )
                for p in d.partners
                if source.id in p.network_ids
            ]
            gone = [s for s in d.snoozes if s.network_id == source.id]
            self.store.commit(
                "merge",
                f"{source.name} into {target.name}",
                save=[*members, *rows, *talks],
                remove=[source, *gone],
            )
            return Merged(source.name, target.name, len(rows), len(talks))
