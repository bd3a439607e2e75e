"""Readable text for `balance check`: the briefing a person reads before a meeting."""

from __future__ import annotations

from datetime import date

from balance.core.agreement_words import since_lines
from balance.core.agreements import SinceTalk
from balance.core.chart import sparkline
from balance.core.ledger import Balance
from balance.core.model import THREE_QUESTIONS, Network
from balance.core.reports import NetworkReport, PartnerReport
from balance.core.talk_words import (
    exchange_phrase,
    network_advice,
    network_sentence,
    prompt_advice,
    prompt_sentence,
    value_sentence,
)
from balance.core.words import (
    ALL_PARTNERS,
    STATUS_SIGN,
    Side,
    budget_line,
    carry_line,
    direction_phrase,
    figure_cells,
    network_verdict,
    percent,
    review_due_reason,
    since_shown,
)


def _window_line(report: NetworkReport) -> str:
    w = report.window
    since = w.since.isoformat() if w.since else "the beginning"
    dates = f"{since} to {w.until.isoformat()}"
    # An explicit window (or 1y, 90d) is described by its dates already: say them once.
    return dates if w.description == dates else f"{w.description} ({dates})"


def _dimension_rows(b: Balance, currency: str, indent: str, them: str = "them") -> list[str]:
    rows = []
    for d in figure_cells(b, currency):
        share = "" if d.share is None else f"   you {percent(d.share)}"
        rows.append(f"{indent}{d.label:<7} you {d.mine:>14}  ·  {them} {d.theirs:>14}{share}")
    return rows


def _partner_block(report: NetworkReport, p: PartnerReport, today: date) -> list[str]:
    b = p.balance
    n = report.network
    head = (
        f"  {STATUS_SIGN[b.status]} {p.partner.name}: {b.status.label.upper()} · "
        f"{direction_phrase(b, p.partner.name)} · your share {percent(b.share)}"
    )
    lines = [head, *_dimension_rows(b, n.currency, "      ")]
    side = Side.partner(p.partner.name)
    lines.append("      " + value_sentence(p.values, side, n.currency))
    lines.append("      exchange: " + exchange_phrase(p.shown, p.partner.name))
    talk = f"last talk {p.last_talk.date.isoformat()}" if p.last_talk else "no talk recorded yet"
    extras = [talk]
    since = since_shown(p.alarm.balance.status, p.leaning_since)
    if since:
        extras.append(f"out of balance since {since.isoformat()}")
    if p.review_due:
        extras.append("review due")
    if p.snoozed_until:
        extras.append(f"snoozed until {p.snoozed_until.isoformat()}")
    lines.append("      " + " · ".join(extras))
    if p.prompt:
        lines.append("      ⚠ " + prompt_sentence(report, p))
        lines.append("        " + prompt_advice(p.alarm, p.partner.name))
        lines.extend(f"        {i}. {q}" for i, q in enumerate(THREE_QUESTIONS, 1))
    return lines


def _network_head(report: NetworkReport) -> list[str]:
    n = report.network
    lines = [f"{n.name} · {n.kind.value} · {_window_line(report)}"]
    if n.goal:
        lines.append(f"  goal: {n.goal}")
    b = report.balance
    lines.extend(_dimension_rows(b, n.currency, "  ", "all partners"))
    verdict = network_verdict(b)
    lines.append(f"  {verdict} [{b.status.label}] · {carry_line(report.carry)}")
    lines.append("  " + value_sentence(report.shown.values, ALL_PARTNERS, n.currency))
    lines.append(f"  {budget_line(n, report.budget.this_month)}")
    if report.snoozed_until:
        lines.append(f"  network talk snoozed until {report.snoozed_until.isoformat()}")
    if report.prompt:
        lines.append("  ⚠ " + network_sentence(report))
        lines.append("    " + network_advice(report.alarm))
    elif report.review_due:
        lines.append("  Review due: " + review_due_reason(report.last_talk, n.review_days))
    return lines


def render_report(report: NetworkReport, today: date) -> str:
    lines = _network_head(report)
    if not report.partners:
        lines.append("  No partners yet: balance partner add NAME --network ...")
    for p in report.partners:
        lines.append("")
        lines.extend(_partner_block(report, p, today))
    return "\n".join(lines) + "\n"


def render_partner_briefing(
    report: NetworkReport, p: PartnerReport, today: date, since: SinceTalk | None = None
) -> str:
    """The meeting briefing for one partner: balance, trend, last talk, what happened
    since it and the open agreements, canvas, questions."""
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
        if t.next_review:
            lines.append(f"    next review: {t.next_review.isoformat()}")
    if since is not None:
        lines.append("")
        lines.extend("  " + line for line in since_lines(since, p.partner.name, n.currency, today))
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
