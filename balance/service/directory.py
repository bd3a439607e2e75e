"""Networks and partners: adding, editing, names that stay unique."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from balance.core.canvas import build_network
from balance.core.errors import ValidationError
from balance.core.model import Network, Partner, new_id
from balance.core.names import fold
from balance.locale import _
from balance.service.base import ServiceBase

T = TypeVar("T")


class DirectoryOps(ServiceBase):
    # -- networks and partners ---------------------------------------------------

    def add_network(self, name: str, **canvas: object) -> Network:
        network = build_network(Network(id=new_id(), name=name.strip(), added=self.today()), canvas)
        with self.store.locked():  # the name check and the write see the same file
            _unique_name(network, self.directory().networks)
            self.store.save_network(network)
        return network

    def edit_network(self, network: Network, **canvas: object) -> Network:
        """Apply the changed fields to the network as it is now on disk, under the lock,
        so an edit never undoes what another process changed in other fields."""
        with self.store.locked():
            d = self.directory()
            current = next((n for n in d.networks if n.id == network.id), None)
            if current is None:
                raise ValidationError(
                    "network", _("'{name}' no longer exists").format(name=network.name)
                )
            updated = build_network(current, canvas)
            _unique_name(updated, d.networks)
            self.store.save_network(updated)
            return updated

    def add_partner(self, name: str, networks: Sequence[str]) -> tuple[Partner, bool]:
        """Create a partner, or add networks to one of that name; True when newly made.

        'Jurgen Weiss' is the same person as 'Jürgen Weiß': names are compared
        without case and accents, so lookups never become ambiguous.
        """
        if not networks:
            raise ValidationError("network", _("name at least one network for the partner"))
        name = name.strip()
        with self.store.locked():  # read, merge and write as one step
            d = self.directory()
            nets = [self.network(n, d) for n in networks]
            existing = next((p for p in d.partners if fold(p.name) == fold(name)), None)
            if existing:
                ids = tuple(dict.fromkeys([*existing.network_ids, *(n.id for n in nets)]))
                partner = replace(existing, network_ids=ids)
            else:
                ids = tuple(dict.fromkeys(n.id for n in nets))
                partner = Partner(new_id(), name, ids, added=self.today())
            self.store.save_partner(partner)
        return partner, existing is None


def _unique_name(network: Network, others: Iterable[Network]) -> None:
    """Two networks whose names differ only in case or accents could never be told apart."""
    for other in others:
        if other.id != network.id and fold(other.name) == fold(network.name):
            raise ValidationError(
                "network",
                _("'{name}' exists already; pick a name that differs in letters").format(
                    name=other.name
                ),
            )
