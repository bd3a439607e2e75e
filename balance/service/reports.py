"""Balances of networks and partners, with prompts and review dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from balance.core.model import (
    Contribution,
    Network,
)
from balance.core.names import fold
from balance.core.reports import NetworkReport, PartnerReport
from balance.core.window import Window
from balance.service.base import ServiceBase
from balance.store.rows import Directory

T = TypeVar("T")


class ReportOps(ServiceBase):
    # -- reports ---------------------------------------------------------------

    def report(
        self,
        network: Network,
        window: Window,
        directory: Directory | None = None,
        contributions: Sequence[Contribution] | None = None,
    ) -> NetworkReport:
        """The balance of every partner of a network and of the network itself."""
        from balance.core import ledger

        d = directory or self.directory()
        today = self.today()
        rows = (
            contributions
            if contributions is not None
            else self.store.contributions(window.since, window.until)
        )
        rows = [c for c in rows if c.network_id == network.id]
        # An archived partner has no card; its contributions still count for the network.
        partners = self.partners_of(network, d, archived=False)
        balances = ledger.pair_balances(rows, network, [p.id for p in partners], window)
        talks = sorted(
            (c for c in d.conversations if c.network_id == network.id), key=lambda c: c.date
        )
        snoozes = {s.partner_id: s.until for s in d.snoozes if s.network_id == network.id}
        first_seen: dict[str | None, date] = {}
        by_partner: dict[str | None, list[Contribution]] = {}
        for c in rows:
            by_partner.setdefault(c.partner_id, []).append(c)
            if c.partner_id not in first_seen or c.date < first_seen[c.partner_id]:
                first_seen[c.partner_id] = c.date
        reports = []
        for p in partners:
            bal = balances[p.id]
            last = next((c for c in reversed(talks) if c.partner_id == p.id), None)
            trend = ledger.series(by_partner.get(p.id, []), network, p.id, window)
            reports.append(
                PartnerReport(
                    partner=p,
                    balance=bal,
                    trend=tuple(trend),
                    last_talk=last,
                    snoozed_until=snoozes.get(p.id),
                    prompt=ledger.prompt_active(
                        bal.status,
                        last.date if last else None,
                        snoozes.get(p.id),
                        today,
                        network.cooldown_days,
                    ),
                    review_due=ledger.review_due(
                        last.date if last else None,
                        _earliest(p.added, first_seen.get(p.id)),
                        network.review_days,
                        today,
                        last.next_review if last else None,
                    ),
                    leaning_since=ledger.leaning_since(trend),
                )
            )
        net = ledger.network_balance(rows, network, window)
        net_last = next((c for c in reversed(talks) if c.partner_id is None), None)
        return NetworkReport(
            network=network,
            window=window,
            network_balance=net,
            budget=ledger.budget_use(rows, network, window),
            partners=tuple(reports),
            last_talk=net_last,
            prompt=ledger.prompt_active(
                net.balance.status,
                net_last.date if net_last else None,
                snoozes.get(None),
                today,
                network.cooldown_days,
            ),
            conversations=tuple(talks),
            review_due=ledger.review_due(
                net_last.date if net_last else None,
                min((c.date for c in rows), default=None),
                network.review_days,
                today,
                net_last.next_review if net_last else None,
            ),
        )

    def reports(self, window: Window) -> list[NetworkReport]:
        d = self.directory()
        by_network: dict[str, list[Contribution]] = {}
        for c in self.store.contributions(window.since, window.until):
            by_network.setdefault(c.network_id, []).append(c)
        # The overview (and the dashboard) leaves archived networks out.
        networks = sorted((n for n in d.networks if not n.archived), key=lambda n: fold(n.name))
        return [self.report(n, window, d, by_network.get(n.id, [])) for n in networks]


def _earliest(*days: date | None) -> date | None:
    """When a partnership began: the day the partner was added, or an older
    contribution logged later (a history typed in after the fact)."""
    return min((d for d in days if d is not None), default=None)
