"""The parts of a meeting briefing, as rows of (label, text): the balance per
dimension, the trend, the last talk, the network canvas and the questions.

The screens lay these out; the words come from `core.words` and
`core.talk_words`, so the CLI briefing and the TUI briefing say the same things.
"""

from __future__ import annotations

from textual.content import Content

from balance.core.chart import sparkline
from balance.core.formats import format_day, format_number, format_ratio
from balance.core.ledger import Balance
from balance.core.model import THREE_QUESTIONS, Conversation, Network
from balance.core.reports import NetworkReport, PartnerReport
from balance.core.talk_words import (
    exchange_phrase,
    network_advice,
    network_sentence,
    prompt_advice,
    prompt_sentence,
    value_line,
)
from balance.core.words import (
    ALL_PARTNERS,
    Side,
    budget_line,
    carry_line,
    direction_phrase,
    figure_cells,
    network_verdict,
    percent,
    since_shown,
)
from balance.locale import _
from balance.tui.widgets.balance_panel import bar
from balance.tui.widgets.status import STATUS_STYLE, badge_width, status_badge, tipped_label

Row = tuple[str, Content]
MUTED = "$text-muted"


def window_text(report: NetworkReport) -> str:
    w = report.window
    since = format_day(w.since) if w.since else _("the beginning")
    return f"{w.description}: {since} – {format_day(w.until)}"


def dimension_table(balance: Balance, network: Network, them: str) -> Content:
    """you : them and your share, per dimension, with a bar; a weight-0 dimension is muted.
    The cells are `figure_cells`, the same as the cards and the CLI."""
    weights = (network.weights.time, network.weights.money, network.weights.energy)
    you, share = _("you"), _("your share")
    head = Content.assemble(
        (f"{'':<8}{you:>14}  {them:>14}   {share}", MUTED),
    )
    lines = [head]
    for cell, weight in zip(figure_cells(balance, network.currency), weights, strict=True):
        text = f"{cell.label:<8}{cell.mine:>14}  {cell.theirs:>14}   {percent(cell.share):>4}  "
        if weight == 0:
            muted = text + bar(cell.share).plain + "  " + _("not counted here")
            lines.append(Content.assemble((muted, MUTED)))
        else:
            lines.append(Content.assemble(text, bar(cell.share)))
    return Content("\n").join(lines)


def headline(balance: Balance, name: str) -> Content:
    style = STATUS_STYLE[balance.status].replace("bold ", "") if balance.direction else "$text"
    return Content.assemble(
        status_badge(balance.status),
        ("   " + _("your share") + " ", MUTED),
        (percent(balance.share), "bold"),
        "   ",
        (direction_phrase(balance, name), style),
    )


def partner_balance_rows(report: NetworkReport, p: PartnerReport) -> list[Row]:
    b = p.balance
    name = p.partner.name
    side = Side.partner(name)
    rows: list[Row] = [
        ("", headline(b, name)),
        ("", dimension_table(b, report.network, _("them"))),
        (_("came back"), Content(value_line(p.values, side, report.network.currency))),
        (_("exchange"), Content(exchange_phrase(p.shown, name))),
    ]
    trend = sparkline([pt.share for pt in p.trend]).strip()
    trend_line = Content.assemble(
        trend or "—",
        ("   " + _("month by month; low: they give more, high: you give more"), MUTED),
    )
    rows.append((_("trend"), trend_line))
    since = since_shown(p.alarm.balance.status, p.leaning_since)
    if since:
        label = tipped_label(p.alarm.balance.status)  # 'out of balance'
        rows.append((label, Content(_("since {date}").format(date=format_day(since)))))
    if p.prompt:
        rows.append(
            (
                _("⚠ talk due"),
                Content.assemble(
                    prompt_sentence(report, p), "\n", (prompt_advice(p.alarm, name), "bold")
                ),
            )
        )
    if p.snoozed_until:
        rows.append((_("snoozed until"), Content(format_day(p.snoozed_until))))
    return rows


def network_balance_rows(report: NetworkReport) -> list[Row]:
    b = report.balance
    style = STATUS_STYLE[b.status].replace("bold ", "") if b.direction else "$text"
    rows: list[Row] = [
        (
            "",
            Content.assemble(
                status_badge(b.status),
                ("   " + _("your share") + " ", MUTED),
                (percent(b.share), "bold"),
                "   ",
                (network_verdict(b), style),
            ),
        ),
        ("", dimension_table(b, report.network, _("all partners"))),
        (_("partners"), Content(carry_line(report.carry))),
        (
            _("came back"),
            Content(value_line(report.shown.values, ALL_PARTNERS, report.network.currency)),
        ),
    ]
    if report.prompt:
        rows.append(
            (
                _("⚠ talk due"),
                Content.assemble(
                    network_sentence(report), "\n", (network_advice(report.alarm), "bold")
                ),
            )
        )
    if report.snoozed_until:
        rows.append((_("snoozed until"), Content(format_day(report.snoozed_until))))
    return rows


def partner_list(report: NetworkReport) -> Content:
    """One line per partner of the network: status, share, direction, talk due."""
    lines = []
    width = max((len(p.partner.name) for p in report.partners), default=0)
    badges = badge_width() + 2  # the widest badge and two spaces
    for p in report.partners:
        b = p.balance
        parts: list[str | tuple[str, str] | Content] = [
            (f"{p.partner.name:<{width}}  ", "bold"),
            status_badge(b.status, upper=False),
            " " * (badges - len(status_badge(b.status, upper=False).plain)),
            (f"{percent(b.share):>4}  ", ""),
            (direction_phrase(b, p.partner.name), MUTED),
        ]
        if p.prompt:
            parts.append(("  ⚠ " + _("time to talk"), "bold $error"))
        elif p.review_due:
            parts.append(("  " + _("review due"), "$text-warning"))
        lines.append(Content.assemble(*parts))
    return Content("\n").join(lines) if lines else Content(_("No partners yet."))


def talk_rows(talk: Conversation | None, review_due: bool) -> list[Row]:
    """The last conversation: notes, goal, value for each side, agreements, next review."""
    if talk is None:
        return [("", Content.assemble((_("No talk recorded yet. Press t to record one."), MUTED)))]
    rows: list[Row] = [
        (_("date"), Content(format_day(talk.date))),
        (_("notes"), Content(talk.notes)),
    ]
    if talk.goal:
        rows.append((_("shared goal"), Content(talk.goal)))
    if talk.value_mine:
        rows.append((_("value for me"), Content(talk.value_mine)))
    if talk.value_theirs:
        rows.append((_("value for them"), Content(talk.value_theirs)))
    if not talk.agreements:
        rows.append((_("agreed"), Content.assemble((_("nothing recorded"), MUTED))))
    else:
        listed = _("{count}, listed under Agreements").format(
            count=format_number(len(talk.agreements))
        )
        rows.append((_("agreed"), Content(listed)))
    if talk.next_review:
        due = (
            Content.assemble(("  " + _("(due now)"), "$text-warning"))
            if review_due
            else Content("")
        )
        rows.append((_("next review"), Content.assemble(format_day(talk.next_review), due)))
    return rows


def canvas_rows(report: NetworkReport) -> list[Row]:
    n = report.network

    def value(text: str) -> Content:
        return Content(text) if text else Content.assemble(("— " + _("(c to fill in)"), MUTED))

    w = n.weights
    weights = "/".join(format_ratio(x) for x in (w.time, w.money, w.energy))
    lean, imbalance = format_ratio(n.lean_ratio), format_ratio(n.imbalance_ratio)
    rules = _(
        "review every {review_days} days · talks due judged over the last {alarm_months} "
        "months · no new prompt for {cooldown_days} days after a talk · leaning from "
        "{lean}x, imbalanced from {imbalance}x · weights time/money/energy {weights}"
    ).format(
        review_days=format_number(n.review_days),
        alarm_months=format_number(n.alarm_months),
        cooldown_days=format_number(n.cooldown_days),
        lean=lean,
        imbalance=imbalance,
        weights=weights,
    )
    return [
        (_("motivation"), value(n.motivation)),
        (_("expectations"), value(", ".join(n.expectations))),
        (_("shared goal"), value(n.goal)),
        (_("success"), value(n.success)),
        (_("budget"), Content(budget_line(n, report.budget.this_month))),
        (_("rules"), Content(rules)),
    ]


def questions() -> Content:
    """The three questions, numbered (each through `_()`: the core marks them)."""
    return Content("\n").join(Content(f"{i}. {_(q)}") for i, q in enumerate(THREE_QUESTIONS, 1))
