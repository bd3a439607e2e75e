"""One partnership read for the screens about it: its history a page at a time, newest
months first, and what happened since its last talk, without reading the whole database.

The month totals (`store.totals`) say which months hold the pair's rows and how many,
so the history's first page reads the newest few months, its count needs no rows at
all, and "since the last talk" reads rows only from the talk's month on (its sums over
older months, with no talk, are those totals; they add up exactly as the rows do).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from balance.core.agreements import SinceTalk, since_last_talk
from balance.core.model import Contribution, Network, Partner
from balance.core.monthly import MonthTotal
from balance.service.reports import ReportOps
from balance.store.changes import month_key
from balance.store.pairs import of_network, pair_month_totals, rows_of_months


@dataclass(frozen=True)
class PairHistory:
    """A pair's newest rows, and what is left to read.

    `rows`: the contributions of the months read, newest month first. `left`: the older
    months that hold rows of the pair, not read yet, newest first. `count`: all of the
    pair's contributions, all time. `older`: what the months in `left` add up to, per
    side and month (a chart over all time counts them as the rows would)."""

    rows: tuple[Contribution, ...]
    left: tuple[str, ...]
    count: int
    older: tuple[MonthTotal, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.left


class HistoryOps(ReportOps):
    def pair_history(
        self,
        network: Network,
        partner: Partner,
        since: date | None,
        least: int,
    ) -> PairHistory:
        """The pair's months newest first, until they reach `since` (the chart's window;
        None: no such bound) and hold at least `least` rows (the first page)."""
        sums = pair_month_totals(self.store, network.id, partner.id)
        keys = sorted((k for k, totals in sums.items() if totals), reverse=True)
        count = sum(t.count for totals in sums.values() for t in totals)
        bound = month_key(since) if since else None
        read: list[str] = []
        held = 0
        for key in keys:
            if read and held >= least and (bound is None or key < bound):
                break
            read.append(key)
            held += sum(t.count for t in sums[key])
        rows = self.pair_rows(network, partner, read)
        left = tuple(keys[len(read) :])
        older = tuple(t for key in left for t in sums[key])
        return PairHistory(tuple(rows), left, count, older)

    def pair_rows(
        self, network: Network, partner: Partner, keys: Sequence[str]
    ) -> list[Contribution]:
        """The pair's contributions of those months ("YYYY-MM"), in that order."""
        return rows_of_months(self.store, keys, of_network(network.id, partner.id))

    def pair_since_talk(self, network: Network, partner: Partner) -> SinceTalk:
        """`since_talk` for one pair, reading rows only from its last talk's month on."""
        d = self.directory()
        own = [
            t for t in d.conversations if t.network_id == network.id and t.partner_id == partner.id
        ]
        last = max(own, key=lambda t: (t.date, t.id), default=None)
        sums = pair_month_totals(self.store, network.id, partner.id)
        keys = sorted((k for k, totals in sums.items() if totals), reverse=True)
        bound = month_key(last.date) if last else None
        recent = [k for k in keys if bound is not None and k >= bound]
        rows = self.pair_rows(network, partner, recent)
        older = [] if last else [t for k in keys for t in sums[k]]  # everything counts
        since = since_last_talk([*rows, *older], d.values, d.conversations, network.id, partner.id)
        # A total is dated its month's first day: the last days come from rows.
        last_day = {
            side: self._last_day(network, partner, sums, keys, rows, side)
            for side in ("me", "partner")
        }
        return replace(since, last_mine=last_day["me"], last_theirs=last_day["partner"])

    def _last_day(
        self,
        network: Network,
        partner: Partner,
        sums: dict[str, list[MonthTotal]],
        keys: Iterable[str],
        rows: list[Contribution],
        side: str,
    ) -> date | None:
        """The last day `side` gave anything: from the newest month it gave in."""
        key = next((k for k in keys if any(t.by == side for t in sums[k])), None)
        if key is None:
            return None
        if not any(month_key(c.date) == key for c in rows):
            rows = self.pair_rows(network, partner, [key])
        return max(
            (c.date for c in rows if c.by == side and month_key(c.date) == key), default=None
        )
