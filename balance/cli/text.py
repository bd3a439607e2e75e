"""Readable text for `balance check`: the briefing a person reads before a meeting."""

from __future__ import annotations

from datetime import date

from balance.core.formats import format_minutes, format_money
from balance.core.ledger import Balance
from balance.core.model import THREE_QUESTIONS, Network, Status
from balance.core.reports import NetworkReport, PartnerReport
from balance.core.words import (
    STATUS_SIGN,
    budget_line,
    direction_phrase,
    network_advice,
    network_sentence,
    network_verdict,
    percent,
    prompt_advice,
    prompt_sentence,
    sparkline,
    totals_line,
)


def _window_line(report: NetworkReport) -> str:
    w = report.window
    since = w.since.isoformat() if w.since else "the beginning"
    dates = f"{since} to {w.until.isoformat()}"
    # An explicit window (or 1y, 90d) is described by its dates already: say them once.
    return dates if w.description == dates else f"{w.description} ({dates})"


def _dimension_rows(b: Balance, currency: str, indent: str) -> list[str]:
    rows = []
    cells = (
        ("time", format_minutes(b.mine.minutes), format_minutes(b.theirs.minutes)),
        ("money", format_money(b.mine.money, currency), format_money(b.theirs.money, currency)),
        ("energy", str(b.mine.energy), str(b.theirs.energy)),
    )
    for (label, mine, theirs), s in zip(cells, b.shares, strict=True):
        rows.append(f"{indent}{label:<7} you {mine:>14}  ·  them {theirs:>14}   you {percent(s)}")
    return rows


def _partner_block(report: NetworkReport, p: PartnerReport, today: date) -> list[str]:
    b = p.balance
    n = report.network
    head = (
        f"  {STATUS_SIGN[b.status]} {p.partner.name}: {b.status.label.upper()} · "
        f"{direction_phrase(b, p.partner.name)} · your share {percent(b.share)}"
    )
    lines = [head, *_dimension_rows(b, n.currency, "      ")]
    talk = f"last talk {p.last_talk.date.isoformat()}" if p.last_talk else "no talk recorded yet"
    extras = [talk]
    if p.leaning_since and b.status is not Status.BALANCED:
        extras.append(f"out of balance since {p.leaning_since.isoformat()}")
    if p.review_due:
        extras.append("review due")
    if p.snoozed_until and p.snoozed_until >= today:
        extras.append(f"snoozed until {p.snoozed_until.isoformat()}")
    lines.append("      " + " · ".join(extras))
    if p.prompt:
        lines.append("      ⚠ " + prompt_sentence(b, p.partner.name, report.window))
        lines.append("        " + prompt_advice(b, p.partner.name))
        lines.extend(f"        {i}. {q}" for i, q in enumerate(THREE_QUESTIONS, 1))
    return lines


def _network_head(report: NetworkReport) -> list[str]:
    n = report.network
    nb = report.network_balance
    lines = [f"{n.name} · {n.kind.value} · {_window_line(report)}"]
    if n.goal:
        lines.append(f"  goal: {n.goal}")
    mean = nb.mean_totals
    lines.append(
        f"  you {totals_line(nb.mine, n.currency)}   "
        f"avg active partner {totals_line(mean, n.currency)} ({nb.active_partners} active)"
    )
    b = nb.balance
    verdict = network_verdict(b)
    lines.append(f"  {verdict} [{b.status.label}] · {budget_line(n, report.budget.this_month)}")
    if report.prompt:
        lines.append("  ⚠ " + network_sentence(report))
        lines.append("    " + network_advice(b))
    elif report.review_due:
        lines.append(f"  Review due: the network's last talk is over {n.review_days} days old.")
    return lines


def render_report(report: NetworkReport, today: date) -> str:
    lines = _network_head(report)
    if not report.partners:
        lines.append("  No partners yet: balance partner add NAME --network ...")
    for p in report.partners:
        lines.append("")
        lines.extend(_partner_block(report, p, today))
    return "\n".join(lines) + "\n"


def render_partner_briefing(report: NetworkReport, p: PartnerReport, today: date) -> str:
    """The meeting briefing for one partner: balance, trend, last talk, canvas, questions."""
    n: Network = report.network
    lines = [f"Briefing: {p.partner.name} in {n.name} · {_window_line(report)}", ""]
    lines.extend(_partner_block(report, p, today))
    if p.trend:
        spark = sparkline([pt.share for pt in p.trend])
        lines.append(f"      trend of your share: {spark}")
    if p.last_talk:
        t = p.last_talk
        lines += ["", f"  Last talk, {t.date.isoformat()}: {t.notes}"]
        if t.goal:
            lines.append(f"    shared goal: {t.goal}")
        lines.extend(f"    agreed: {a}" for a in t.agreements)
        if t.next_review:
            lines.append(f"    next review: {t.next_review.isoformat()}")
    lines += ["", "  Network canvas"]
    for label, value in (
        ("motivation", n.motivation),
        ("expectations", ", ".join(n.expectations)),
        ("shared goal", n.goal),
        ("success", n.success),
    ):
        lines.append(f"    {label:<13} {value or '—'}")
    if not p.prompt:
        lines += ["", "  Questions for the next talk"]
        lines.extend(f"    {i}. {q}" for i, q in enumerate(THREE_QUESTIONS, 1))
    return "\n".join(lines) + "\n"
