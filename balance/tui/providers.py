"""The command palette's jump: any network or partner by a part of its name.

As braindrop's providers do: the palette (ctrl+p) lists what matches what you
type. Matching is case- and accent-blind, the service's own `fold`:
'jurgen' finds 'Jürgen Weiß', 'hunf' finds 'Gewerbeverein Hünfelden'.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from balance.core.reports import NetworkReport
from balance.locale import _
from balance.tui.screens.form import FormScreen
from balance.tui.text import fold

if TYPE_CHECKING:
    from balance.tui.app import BalanceApp


@dataclass(frozen=True)
class Place:
    """Somewhere to jump: a network, or a partner's card in a network."""

    name: str
    network_id: str
    network: str
    partner_id: str | None = None

    @property
    def title(self) -> str:
        if self.partner_id:
            return f"{self.name} · {self.network}"
        return _("Network: {name}").format(name=self.name)

    @property
    def help(self) -> str:
        if self.partner_id:
            return _("Go to the card of {name} in {network}").format(
                name=self.name, network=self.network
            )
        return _("Show this network's partnerships")


def places(reports: tuple[NetworkReport, ...]) -> Iterator[Place]:
    """Every network, then every partner in each (a partner in two networks twice)."""
    for r in reports:
        yield Place(r.network.name, r.network.id, r.network.name)
    for r in reports:
        for p in r.partners:
            yield Place(p.partner.name, r.network.id, r.network.name, p.partner.id)


def score(query: str, place: Place) -> float:
    """0 unless every word typed is part of the title (the name, and a partner's
    network: 'jurgen tsv'); more when the first starts the name or one of its words."""
    words = fold(query).split()
    if not words or not all(w in fold(place.title) for w in words):
        return 0.0
    name = fold(place.name)
    if name.startswith(words[0]):
        return 1.0
    if any(part.startswith(words[0]) for part in name.split()):
        return 0.8
    return 0.5


def shown(place: Place, query: str) -> Content:
    """The title, with the typed part in bold where it can be found as typed."""
    title = Content(place.title)  # names are literal, never markup
    start = place.title.casefold().find(query.strip().casefold())
    if query.strip() and start >= 0:
        return title.stylize("bold underline", start, start + len(query.strip()))
    return title


class JumpProvider(Provider):
    """Networks and partners by name, for the palette."""

    @property
    def balance_app(self) -> BalanceApp:
        return self.app  # type: ignore[return-value]

    def _places(self) -> list[Place]:
        if isinstance(self.screen, FormScreen):  # a jump would throw the form away
            return []
        snapshot = self.balance_app.dashboard.snapshot
        return list(places(snapshot.reports)) if snapshot else []

    def _go(self, place: Place) -> partial[object]:
        return partial(self.balance_app.jump_to, place.network_id, place.partner_id)

    async def discover(self) -> Hits:
        for place in self._places():
            if place.partner_id is None:
                yield DiscoveryHit(Content(place.title), self._go(place), help=place.help)

    async def search(self, query: str) -> Hits:
        fuzzy = Matcher(fold(query))
        for place in self._places():
            found = score(query, place)
            if found:
                # On the palette's own (fuzzy) scale, doubled for a name typed from
                # its start: 'anna' lists Anna's card before 'History: Anna Schmidt'.
                ranked = (1 + found) * max(1.0, fuzzy.match(fold(place.title)))
                yield Hit(ranked, shown(place, query), self._go(place), place.title, place.help)
