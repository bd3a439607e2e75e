"""The network and partner choice that the log form and the talk form share.

Choosing another network lists its partners; the partner stays when it is a
member there too, else the whole network is chosen: never a partner the entry
or the talk could be filed under by accident.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Select

from balance.locale import N_, _
from balance.tui.data import Snapshot
from balance.tui.screens.form import field

#: The partner choice that means "no partner: the whole network".
WHOLE_NETWORK = ""
WHOLE_NETWORK_LABEL = N_("(the whole network)")


def chosen_network(snapshot: Snapshot | None, network: str | None) -> str | None:
    """The network a form starts with: the one given when it exists, else the first."""
    names = snapshot.network_names() if snapshot else []
    return network if network in names else (names[0] if names else None)


class NetworkPartnerPicker(Horizontal):
    """Two fields in a row: `#network` and `#partner` (Selects whose values are names).

    `partner_caption` is the English caption as marked with `N_`, shown through `_()`."""

    def __init__(
        self,
        snapshot: Snapshot | None,
        network: str | None,
        partner: str | None,
        *,
        partner_caption: str = N_("Partner"),
    ) -> None:
        super().__init__(classes="row")
        self.snapshot = snapshot
        self.partner_caption = partner_caption
        self.initial_network = chosen_network(snapshot, network)
        self.initial_partner = partner

    def network_names(self) -> list[str]:
        return self.snapshot.network_names() if self.snapshot else []

    def partner_names(self, network: str | None) -> list[str]:
        return self.snapshot.partner_names(network) if self.snapshot and network else []

    def partner_options(self, network: str | None) -> list[tuple[Content, str]]:
        """The network's partners, then the whole network; names shown literally."""
        options = [(Content(p), p) for p in self.partner_names(network)]
        return [*options, (Content(_(WHOLE_NETWORK_LABEL)), WHOLE_NETWORK)]

    def choose(self, partner: str | None, network: str | None) -> str:
        """`partner` when it is in `network`, else the whole network."""
        if partner is not None and partner in self.partner_names(network):
            return partner
        return WHOLE_NETWORK

    def compose(self) -> ComposeResult:
        names = self.network_names()
        yield field(
            _("Network"),
            "network",
            Select(
                [(Content(n), n) for n in names],
                id="network",
                allow_blank=not names,
                prompt=_("add a network first (n)"),
                value=self.initial_network or Select.NULL,
            ),
        )
        yield field(
            _(self.partner_caption),
            "partner",
            Select(
                self.partner_options(self.initial_network),
                id="partner",
                allow_blank=False,
                value=self.choose(self.initial_partner, self.initial_network),
            ),
        )

    def refill(self, snapshot: Snapshot | None, network: str | None, partner: str | None) -> None:
        """The choices of `snapshot` (a network added or renamed since), as new."""
        self.snapshot = snapshot
        self.initial_network, self.initial_partner = chosen_network(snapshot, network), partner
        networks = self.query_one("#network", Select)
        names = self.network_names()
        networks.set_options([(Content(n), n) for n in names])
        networks.value = self.initial_network or Select.NULL
        partners = self.query_one("#partner", Select)
        partners.set_options(self.partner_options(self.initial_network))
        partners.value = self.choose(partner, self.initial_network)

    @on(Select.Changed, "#network")
    def _network_changed(self, event: Select.Changed) -> None:
        network = event.value if isinstance(event.value, str) else None
        partner = self.query_one("#partner", Select)
        current = partner.value if isinstance(partner.value, str) else None
        partner.set_options(self.partner_options(network))
        partner.value = self.choose(current, network)
