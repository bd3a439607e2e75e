"""Agreements (list, tick done, drop, open again) and "since the last talk"."""

from __future__ import annotations

from balance.core.agreements import (
    AgreementItem,
    SinceTalk,
    agreement_items,
    find_agreement,
    since_last_talk,
    with_state,
)
from balance.core.errors import ValidationError
from balance.core.model import AgreementState, Network, Partner
from balance.locale import _
from balance.service.talks import TalkOps
from balance.store.pairs import of_network, rows_where
from balance.store.rows import Directory


class AgreementOps(TalkOps):
    def agreements(
        self,
        network: Network | None = None,
        partner: Partner | None = None,
        open_only: bool = False,
        directory: Directory | None = None,
    ) -> list[AgreementItem]:
        """A pair's agreements; a network's, of all its talks; or every one there is."""
        d = directory or self.directory()
        return agreement_items(
            d.conversations,
            network.id if network else None,
            partner.id if partner else None,
            whole_network=partner is None,
            open_only=open_only,
        )

    def find_agreement(self, id_or_prefix: str) -> AgreementItem:
        return find_agreement(self.directory().conversations, id_or_prefix)

    def set_agreement(self, id_or_prefix: str, state: AgreementState) -> AgreementItem:
        """Tick an agreement done or dropped (today), or open it again: one undoable
        operation. Setting the state it has already is an error, not a silent no-op."""
        with self.store.locked():
            item = self.find_agreement(id_or_prefix)
            if item.agreement.state is state:
                said = {
                    AgreementState.OPEN: _("{text} is open already"),
                    AgreementState.DONE: _("{text} is done already"),
                    AgreementState.DROPPED: _("{text} is dropped already"),
                }[state]
                raise ValidationError("agreement", said.format(text=repr(item.agreement.text)))
            talk = with_state(item, state, self.today())
            self.store.commit(f"agreement {state.value}", item.agreement.text, [talk])
            return next(i for i in agreement_items([talk]) if i.id == item.id)

    def since_talk(self, network: Network, partner: Partner | None) -> SinceTalk:
        """What happened in a pair (or the network, partner None) since its last talk."""
        d = self.directory()
        return since_last_talk(
            rows_where(self.store, of_network(network.id)),
            d.values,
            d.conversations,
            network.id,
            partner.id if partner else None,
        )

    def since_talk_per_partner(self, network: Network) -> list[tuple[Partner, SinceTalk]]:
        """The same for each partner of a network, for the network briefing's table."""
        d = self.directory()
        rows = rows_where(self.store, of_network(network.id))
        return [
            (p, since_last_talk(rows, d.values, d.conversations, network.id, p.id))
            for p in self.partners_of(network, d, archived=False)
        ]
