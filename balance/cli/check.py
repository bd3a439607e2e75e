"""`balance check`: the balances and prompts, read-only and quick.

Its own module on the service's `ReportOps`, like `log`: a check loads no talk,
import, undo or agreement code (and no lock library, unless a crash left
something to settle), so the command people run before a meeting starts fast.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from balance.cli.output import print_json
from balance.core.errors import ValidationError
from balance.core.reports import NetworkReport
from balance.locale import _
from balance.service.reports import ReportOps


def cmd_check(args: argparse.Namespace) -> int:
    from balance.cli.text import render_report

    svc = ReportOps.open(args.db)
    window = svc.window(args.window)
    d = svc.directory()
    if args.partner and not args.network:
        raise ValidationError("partner", _("--partner needs --network"))
    if args.network:
        network = svc.network(args.network, d)
        report = svc.report(network, window, d, trend=bool(args.partner and not args.json))
        if args.partner:
            partner = svc.partner(args.partner, network, d)
            report = _only(report, partner.id)
        if args.json:
            from balance.cli.jsonout import report_json  # its agreements code only here

            print_json(report_json(report))
        elif args.partner:
            sys.stdout.write(_briefing(svc, report))
        else:
            sys.stdout.write(render_report(report, svc.today()))
        return 0
    reports = svc.reports(window, trend=False)
    if args.json:
        from balance.cli.jsonout import report_json

        print_json([report_json(r) for r in reports])
    elif not reports:
        print(_("No networks yet. Add one: balance network add NAME"))
    else:
        sys.stdout.write("\n".join(render_report(r, svc.today()) for r in reports))
    return 0


def _briefing(reports: ReportOps, report: NetworkReport) -> str:
    """One partner's briefing, with what happened since the last talk: the whole
    service only here, where the talks' code is needed anyway (on the same store, so
    both parts are read alike)."""
    from balance.cli.text import render_partner_briefing
    from balance.service.api import Service

    svc = Service(reports.store, reports.today)
    since = svc.since_talk(report.network, report.partners[0].partner)
    return render_partner_briefing(report, report.partners[0], svc.today(), since)


def _only(report: NetworkReport, partner_id: str) -> NetworkReport:
    return replace(report, partners=tuple(p for p in report.partners if p.partner.id == partner_id))
