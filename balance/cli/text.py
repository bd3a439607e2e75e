"""Readable text for `balance check`: the briefing a person reads before a meeting."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING

from balance.core.chart import sparkline
from balance.core.formats import format_date, format_percent
from balance.core.kind_words import network_kind_word
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
    review_due_reason,
    since_shown,
)
from balance.locale import N_, _

if TYPE_CHECKING:
    from balance.core.agreements import SinceTalk

#: The canvas rows of the briefing, by label.
CANVAS_LABELS = (N_("motivation"), N_("expectations"), N_("shared goal"), N_("success"))


def _percent(share: Fraction | None) -> str:
    return "—" if share is None else format_percent(float(share))


def _window_line(report: NetworkReport) -> str:
    w = report.window
    since = format_date(w.since) if w.since else _("the beginning")
    dates = _("{since} to {until}").format(since=since, until=format_date(w.until))
    # An explicit window is described by its dates already: say them once.
    return f"{w.description} ({dates})" if w.label else dates


def _dimension_rows(b: Balance, currency: str, indent: str, them: str | None = None) -> list[str]:
    """'time    you   3h  ·  them   2h   you 60%': one row per dimension."""
    you, them = _("you"), them or _("them")
    rows = []
    for d in figure_cells(b, currency):
        share = "" if d.share is None else f"   {you} {_percent(d.share)}"
        rows.append(f"{indent}{d.label:<7} {you} {d.mine:>14}  ·  {them} {d.theirs:>14}{share}")
    return rows


def _partner_block(report: NetworkReport, p: PartnerReport, today: date) -> list[str]:
    b = p.balance
    n = report.network
    share = _("your share {percent}").format(percent=_percent(b.share))
    head = (
        f"  {STATUS_SIGN[b.status]} {p.partner.name}: {b.status.label.upper()} · "
        f"{direction_phrase(b, p.partner.name)} · {share}"
    )
    lines = [head, *_dimension_rows(b, n.currency, "      ")]
    side = Side.partner(p.partner.name)
    lines.append("      " + value_sentence(p.values, side, n.currency))
    exchange = exchange_phrase(p.shown, p.partner.name)
    lines.append("      " + _("exchange: {exchange}").format(exchange=exchange))
    if p.last_talk:
        talk = _("last talk {day}").format(day=format_date(p.last_talk.date))
    else:
        talk = _("no talk recorded yet")
    extras = [talk]
    since = since_shown(p.alarm.balance.status, p.leaning_since)
    if since:
        extras.append(_("out of balance since {day}").format(day=format_date(since)))
    if p.review_due:
        extras.append(_("review due"))
    if p.snoozed_until:
        extras.append(_("snoozed until {day}").format(day=format_date(p.snoozed_until)))
    lines.append("      " + " · ".join(extras))
    if p.prompt:
        lines.append("      ⚠ " + prompt_sentence(report, p))
        lines.append("        " + prompt_advice(p.alarm, p.partner.name))
        lines.extend(f"        {i}. {_(q)}" for i, q in enumerate(THREE_QUESTIONS, 1))
    return lines


def _network_head(report: NetworkReport) -> list[str]:
    n = report.network
    lines = [f"{n.name} · {network_kind_word(n.kind)} · {_window_line(report)}"]
    if n.goal:
        lines.append("  " + _("goal: {goal}").format(goal=n.goal))
    b = report.balance
    lines.extend(_dimension_rows(b, n.currency, "  ", _("all partners")))
    verdict = network_verdict(b)
    lines.append(f"  {verdict} [{b.status.label}] · {carry_line(report.carry)}")
    lines.append("  " + value_sentence(report.shown.values, ALL_PARTNERS, n.currency))
    lines.append(f"  {budget_line(n, report.budget.this_month)}")
    if report.snoozed_until:
        day = format_date(report.snoozed_until)
        lines.append("  " + _("network talk snoozed until {day}").format(day=day))
    if report.prompt:
        lines.append("  ⚠ " + network_sentence(report))
        lines.append("    " + network_advice(report.alarm))
    elif report.review_due:
        reason = review_due_reason(report.last_talk, n.review_days)
        lines.append("  " + _("Review due: {reason}").format(reason=reason))
    return lines


def render_report(report: NetworkReport, today: date) -> str:
    lines = _network_head(report)
    if not report.partners:
        lines.append("  " + _("No partners yet: balance partner add NAME --network ..."))
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
    head = _("Briefing: {partner} in {network}").format(partner=p.partner.name, network=n.name)
    lines = [f"{head} · {_window_line(report)}", ""]
    lines.extend(_partner_block(report, p, today))
    if p.trend:
        spark = sparkline([pt.share for pt in p.trend])
        lines.append("      " + _("trend of your share: {spark}").format(spark=spark))
    if p.last_talk:
        t = p.last_talk
        last = _("Last talk, {day}: {notes}").format(day=format_date(t.date), notes=t.notes)
        lines += ["", f"  {last}"]
        if t.goal:
            lines.append("    " + _("shared goal: {goal}").format(goal=t.goal))
        if t.next_review:
            review = format_date(t.next_review)
            lines.append("    " + _("next review: {day}").format(day=review))
    if since is not None:
        from balance.core.agreement_words import since_lines  # only for one partner's briefing

        lines.append("")
        lines.extend("  " + line for line in since_lines(since, p.partner.name, n.currency, today))
    lines += ["", "  " + _("Network canvas")]
    values = (n.motivation, ", ".join(n.expectations), n.goal, n.success)
    width = max(13, *(len(_(label)) + 1 for label in CANVAS_LABELS))
    for label, value in zip(CANVAS_LABELS, values, strict=True):
        lines.append(f"    {_(label):<{width}} {value or '—'}")
    if not p.prompt:
        lines += ["", "  " + _("Questions for the next talk")]
        lines.extend(f"    {i}. {_(q)}" for i, q in enumerate(THREE_QUESTIONS, 1))
    return "\n".join(lines) + "\n"
