"""The part every use case shares: the store, today, and finding things by name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Self, TypeVar

from balance.core import parse
from balance.core.errors import ValidationError
from balance.core.model import Network, Partner
from balance.core.names import fold, match_name
from balance.core.window import Window
from balance.locale import _
from balance.service.paths import default_db_path
from balance.store.db import Store
from balance.store.rows import Directory

T = TypeVar("T")


class ServiceBase:
    """The operations both faces offer, on one database."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    @classmethod
    def open(cls, path: Path | None = None) -> Self:
        return cls(Store(path or default_db_path()))

    def today(self) -> date:
        return self._today()

    # -- lookups ---------------------------------------------------------------

    def directory(self) -> Directory:
        return self.store.directory()

    def network(
        self, name: str, directory: Directory | None = None, whole: bool = False
    ) -> Network:
        d = directory or self.directory()
        return match_name("network", name, d.networks, whole)

    def partner(
        self,
        name: str,
        network: Network,
        directory: Directory | None = None,
        whole: bool = False,
    ) -> Partner:
        d = directory or self.directory()
        members = [p for p in d.partners if network.id in p.network_ids]
        try:
            return match_name("partner", name, members, whole)
        except ValidationError as exc:
            raise ValidationError(
                "partner",
                _("{message} (in {network})").format(message=exc.message, network=network.name),
            ) from None

    def partners_of(
        self, network: Network, directory: Directory | None = None, archived: bool = True
    ) -> list[Partner]:
        """The network's partners by name; `archived=False` leaves out the archived ones."""
        d = directory or self.directory()
        return sorted(
            (p for p in d.partners if network.id in p.network_ids and (archived or not p.archived)),
            key=lambda p: fold(p.name),
        )

    def window(self, spec: str = "6m") -> Window:
        from balance.core.window import Window

        since, until = parse.parse_window(spec, self.today())
        label = spec.strip().casefold()
        return Window(since, until, label if label == "all" or label[:-1].isdigit() else "")

    def window_between(self, since: str | None, until: str | None) -> Window:
        """An explicit window from typed dates; the errors name --since / --until."""
        from balance.core.window import Window

        today = self.today()

        def day(option: str, text: str | None) -> date | None:
            if not text:
                return None
            try:
                return parse.parse_date(text, today)
            except ValidationError as exc:
                raise ValidationError(option, exc.message) from None

        start, end = day("since", since), day("until", until) or today
        if start and start > end:
            raise ValidationError("since", _("must be on or before --until"))
        return Window(start, end, "")
