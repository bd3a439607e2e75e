"""Balances of networks and partners, with the exchange, prompts and review dates.

The figures are those of the window on screen; prompts, "talks due" and "out
of balance since" are judged over the network's alarm window, whatever the
view, so the window key never changes which talks are due.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from balance.core.model import Contribution, Network, Value
from balance.core.monthly import MonthTotal, reading, sparse_reading
from balance.core.names import fold
from balance.core.reports import NetworkReport, PartnerReport, Standing
from balance.core.window import Window
from balance.service.base import ServiceBase
from balance.store.rows import Directory

if TYPE_CHECKING:
    from balance.store.totals import PairDays


class ReportOps(ServiceBase):
    def alarm_window(self, network: Network) -> Window:
        """The fixed window that prompts are judged over (a canvas setting)."""
        return self.window(f"{network.alarm_months}m")

    def report(
        self,
        network: Network,
        window: Window,
        directory: Directory | None = None,
        contributions: Sequence[Contribution | MonthTotal] | None = None,
        trend: bool = True,
        walks: Walks | None = None,
    ) -> NetworkReport:
        """The balance of every partner of a network and of the network itself.

        `contributions`, when given, must cover both `window` and the alarm window
        as `entries` reads them (with `walks`, the day totals of the months they sum,
        as `sparse_entries` reads them). `trend=False` leaves each partner's trend
        empty, for the faces that show none (a check, an export): it is a third of the
        work, and the months inside the windows are read summed, not day by day.
        """
        from balance.core import exchange, ledger, series

        d = directory or self.directory()
        today = self.today()
        alarm = self.alarm_window(network)
        if contributions is None and trend:
            contributions = self.entries(window, [alarm], network.id)
        elif contributions is None:
            contributions, walks = self.sparse_entries(window, [alarm], network.id)
        rows = [c for c in contributions if c.network_id == network.id]
        # One tally per window, for the partners' balances and the network's line.
        shown_tally = ledger.tally(rows, network.id, window)
        alarm_tally = shown_tally if alarm == window else ledger.tally(rows, network.id, alarm)
        empty = ledger.PairTotals()
        values = [v for v in d.values if v.network_id == network.id]
        # An archived partner has no card; its contributions still count for the network.
        partners = self.partners_of(network, d, archived=False)
        ids = [p.id for p in partners]

        shown_bal = ledger.balances_of(shown_tally, network, ids)
        alarm_bal = shown_bal if alarm == window else ledger.balances_of(alarm_tally, network, ids)

        def standing(pid: str, win: Window, bal: ledger.Balance) -> Standing:
            vb = exchange.value_balance(values, network, pid, win)
            return Standing(win, bal, vb, exchange.exchange_of(bal, vb, network))

        talks = sorted(
            (c for c in d.conversations if c.network_id == network.id), key=lambda c: c.date
        )
        snoozes = {
            s.partner_id: s.until
            for s in d.snoozes
            if s.network_id == network.id and exchange.snooze_active(s.until, today)
        }
        of_pair: dict[str | None, list[Contribution | MonthTotal]] = {}
        for c in rows:  # once, not once per partner: a network may have hundreds
            of_pair.setdefault(c.partner_id, []).append(c)
        reports = []
        for p in partners:
            shown = standing(p.id, window, shown_bal[p.id])
            judged = shown if alarm == window else standing(p.id, alarm, alarm_bal[p.id])
            last = next((c for c in reversed(talks) if c.partner_id == p.id), None)
            mine = of_pair.get(p.id, [])
            points = series.series(mine, network, p.id, window) if trend else ()
            reports.append(
                PartnerReport(
                    partner=p,
                    shown=shown,
                    alarm=judged,
                    trend=tuple(points),
                    last_talk=last,
                    snoozed_until=snoozes.get(p.id),
                    prompt=exchange.prompt_active(
                        judged.exchange,
                        last.date if last else None,
                        snoozes.get(p.id),
                        today,
                        network.cooldown_days,
                    ),
                    review_due=exchange.review_due(
                        last.date if last else None,
                        p.added,
                        network.review_days,
                        today,
                        last.next_review if last else None,
                    ),
                    leaning_since=series.out_of_balance_since(
                        mine if walks is None else walks.walk(mine, network.id, p.id),
                        network,
                        p.id,
                        alarm,
                        alarm_tally.get(p.id, empty),
                    ),
                )
            )

        def network_standing(win: Window) -> Standing:
            bal = ledger.network_balance_of(shown_tally if win == window else alarm_tally, network)
            vb = exchange.value_balance(values, network, None, win, whole_network=True)
            return Standing(win, bal, vb, exchange.exchange_of(bal, vb, network))

        net_shown = network_standing(window)
        net_alarm = net_shown if alarm == window else network_standing(alarm)
        net_last = next((c for c in reversed(talks) if c.partner_id is None), None)
        return NetworkReport(
            network=network,
            window=window,
            shown=net_shown,
            alarm=net_alarm,
            carry=ledger.carry_counts([r.balance for r in reports]),
            budget=exchange.budget_use(rows, network, window),
            partners=tuple(reports),
            last_talk=net_last,
            prompt=exchange.prompt_active(
                net_alarm.exchange,
                net_last.date if net_last else None,
                snoozes.get(None),
                today,
                network.cooldown_days,
            ),
            conversations=tuple(talks),
            review_due=exchange.review_due(
                net_last.date if net_last else None,
                _earliest(network.added, *(p.added for p in partners)),
                network.review_days,
                today,
                net_last.next_review if net_last else None,
            ),
            snoozed_until=snoozes.get(None),
            values=tuple(sorted(values, key=lambda v: v.date)),
        )

    def reports(self, window: Window, trend: bool = True) -> list[NetworkReport]:
        d = self.directory()
        # The overview (and the dashboard) leaves archived networks out.
        networks = sorted((n for n in d.networks if not n.archived), key=lambda n: fold(n.name))
        alarms = [self.alarm_window(n) for n in networks]
        walks = None
        if trend:
            entries = self.entries(window, alarms)
        else:
            entries, walks = self.sparse_entries(window, alarms)
        by_network: dict[str, list[Contribution | MonthTotal]] = {}
        for c in entries:
            by_network.setdefault(c.network_id, []).append(c)
        return [self.report(n, window, d, by_network.get(n.id, []), trend, walks) for n in networks]

    def entries(
        self, window: Window, judged: Sequence[Window], network_id: str | None = None
    ) -> list[Contribution | MonthTotal]:
        """What the figures over `window` are taken from, read once: day totals where they
        are judged day by day (the alarm windows, this month), month totals for the
        window's older whole months (`core.monthly.reading`). No row is read where a
        month file is unchanged since its totals were kept, so all time is no slower
        than 6 months plus one total per pair and month."""
        spans = reading(window, judged).spans()
        return [*self.store.totals(spans, network_id)]

    def sparse_entries(
        self, window: Window, judged: Sequence[Window], network_id: str | None = None
    ) -> tuple[list[Contribution | MonthTotal], Walks]:
        """`entries` for a report without a trend: day totals only for the months where a
        window starts or ends, month totals between (`core.monthly.sparse_reading`), and
        the days of those months for the walks of the pairs that lean now."""
        from balance.store.totals import PairDays  # not on the log path

        summed: dict[str, Any] = {}
        read = [*self.store.totals(sparse_reading(window, judged), network_id, summed)]
        return read, Walks(PairDays(self.store, summed))

    def owner_name(self, directory: Directory | None = None) -> str:
        """Your name as a partner reads it; "you" until `balance config --name` is set."""
        return (directory or self.directory()).owner


def _earliest(*days: date | None) -> date | None:
    """When a network's partnerships began: the earliest day any of them was added."""
    return min((d for d in days if d is not None), default=None)


def values_of(values: Sequence[Value], partner_id: str | None) -> list[Value]:
    """The values of one pair (None: those from the network as a whole), by date."""
    return sorted((v for v in values if v.partner_id == partner_id), key=lambda v: v.date)


class Walks:
    """A pair's entries for the walk back day by day ("out of balance since"), where the
    report's entries sum some months: those months' days are read when the walk asks,
    and it asks only for a pair that leans now."""

    def __init__(self, days: PairDays) -> None:
        self._days = days

    def walk(
        self, entries: Sequence[Contribution | MonthTotal], network_id: str, partner_id: str
    ) -> Iterable[Contribution | MonthTotal]:
        if not self._days:  # nothing was summed: the entries are day by day already
            return entries
        return _OnDemand(lambda: self._day_by_day(entries, network_id, partner_id))

    def _day_by_day(
        self, entries: Sequence[Contribution | MonthTotal], network_id: str, partner_id: str
    ) -> list[Contribution | MonthTotal]:
        kept = [c for c in entries if not self._days.covers(c.date)]
        return kept + self._days.of(network_id, partner_id)


class _OnDemand:
    """An iterable that reads its items at the first pass, not before, and keeps them."""

    def __init__(self, read: Callable[[], list[Contribution | MonthTotal]]) -> None:
        self._read = read
        self._items: list[Contribution | MonthTotal] | None = None

    def __iter__(self) -> Iterator[Contribution | MonthTotal]:
        if self._items is None:
            self._items = self._read()
        return iter(self._items)
