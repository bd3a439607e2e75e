"""The parts of a meeting briefing, as rows of (label, text): the balance per
dimension, the trend, the last talk, the network canvas and the questions.

The screens lay these out; the words come from `core.words` and
`core.talk_words`, so the CLI briefing and the TUI briefing say the same things.
"""

from __future__ import annotations

from textual.content import Content

from balance.core.chart import sparkline
from balance.core.ledger import Balance
from balance.core.model import THREE_QUESTIONS, Conversation, Network
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
    Side,
    budget_line,
    carry_line,
    direction_phrase,
    figure_cells,
    network_verdict,
    percent,
    short_date,
    since_shown,
)
from balance.tui.text import plain_number
from balance.tui.widgets.balance_panel import bar
from balance.tui.widgets.status import STATUS_STYLE, since_label, status_badge

Row = tuple[str, Content]
BADGE_WIDTH = 19  # '· too little data' and two spaces
MUTED = "$text-muted"


def window_text(report: NetworkReport) -> str:
    w = report.window
    since = short_date(w.since) if w.since else "the beginning"
    return f"{w.description}: {since} – {short_date(w.until)}"


def dimension_table(balance: Balance, network: Network, them: str) -> Content:
    """you : them and your share, per dimension, with a bar; a weight-0 dimension is muted.
    The cells are `figure_cells`, the same as the cards and the CLI."""
    weights = (network.weights.time, network.weights.money, network.weights.energy)
    head = Content.assemble(
        (f"{'':<8}{'you':>14}  {them:>14}   your share", MUTED),
    )
    lines = [head]
    for cell, weight in zip(figure_cells(balance, network.currency), weights, strict=True):
        text = f"{cell.label:<8}{cell.mine:>14}  {cell.theirs:>14}   {percent(cell.share):>4}  "
        if weight == 0:
            lines.append(
                Content.assemble((text + bar(cell.share).plain + "  not counted here", MUTED))
            )
        else:
            lines.append(Content.assemble(text, bar(cell.share)))
    return Content("\n").join(lines)


def headline(balance: Balance, name: str) -> Content:
    style = STATUS_STYLE[balance.status].replace("bold ", "") if balance.direction else "$text"
    return Content.assemble(
        status_badge(balance.status),
        ("   your share ", MUTED),
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
        ("", dimension_table(b, report.network, "them")),
        ("came back", Content(value_sentence(p.values, side, report.network.currency))),
        ("exchange", Content(exchange_phrase(p.shown, name))),
    ]
    trend = sparkline([pt.share for pt in p.trend]).strip()
    trend_line = Content.assemble(
        trend or "—", ("   month by month; low: they give more, high: you give more", MUTED)
    )
    rows.append(("trend", trend_line))
    since = since_shown(p.alarm.balance.status, p.leaning_since)
    if since:
        label = since_label(p.alarm.balance.status).removesuffix(" since")  # 'out of balance'
        rows.append((label, Content(f"since {short_date(since)}")))
    if p.prompt:
        rows.append(
            (
                "⚠ talk due",
                Content.assemble(
                    prompt_sentence(report, p), "\n", (prompt_advice(p.alarm, name), "bold")
                ),
            )
        )
    if p.snoozed_until:
        rows.append(("snoozed until", Content(short_date(p.snoozed_until))))
    return rows


def network_balance_rows(report: NetworkReport) -> list[Row]:
    b = report.balance
    style = STATUS_STYLE[b.status].replace("bold ", "") if b.direction else "$text"
    rows: list[Row] = [
        (
            "",
            Content.assemble(
                status_badge(b.status),
                ("   your share ", MUTED),
                (percent(b.share), "bold"),
                "   ",
                (network_verdict(b), style),
            ),
        ),
        ("", dimension_table(b, report.network, "all partners")),
        ("partners", Content(carry_line(report.carry))),
        (
            "came back",
            Content(value_sentence(report.shown.values, ALL_PARTNERS, report.network.currency)),
        ),
    ]
    if report.prompt:
        rows.append(
            (
                "⚠ talk due",
                Content.assemble(
                    network_sentence(report), "\n", (network_advice(report.alarm), "bold")
                ),
            )
        )
    if report.snoozed_until:
        rows.append(("snoozed until", Content(short_date(report.snoozed_until))))
    return rows


def partner_list(report: NetworkReport) -> Content:
    """One line per partner of the network: status, share, direction, talk due."""
    lines = []
    width = max((len(p.partner.name) for p in report.partners), default=0)
    for p in report.partners:
        b = p.balance
        parts: list[str | tuple[str, str] | Content] = [
            (f"{p.partner.name:<{width}}  ", "bold"),
            status_badge(b.status, upper=False),
            " " * (BADGE_WIDTH - len(status_badge(b.status, upper=False).plain)),
            (f"{percent(b.share):>4}  ", ""),
            (direction_phrase(b, p.partner.name), MUTED),
        ]
        if p.prompt:
            parts.append(("  ⚠ time to talk", "bold $error"))
        elif p.review_due:
            parts.append(("  review due", "$text-warning"))
        lines.append(Content.assemble(*parts))
    return Content("\n").join(lines) if lines else Content("No partners yet.")


def talk_rows(talk: Conversation | None, review_due: bool) -> list[Row]:
    """The last conversation: notes, goal, value for each side, agreements, next review."""
    if talk is None:
        return [("", Content.assemble(("No talk recorded yet. Press t to record one.", MUTED)))]
    rows: list[Row] = [("date", Content(short_date(talk.date))), ("notes", Content(talk.notes))]
    if talk.goal:
        rows.append(("shared goal", Content(talk.goal)))
    if talk.value_mine:
        rows.append(("value for me", Content(talk.value_mine)))
    if talk.value_theirs:
        rows.append(("value for them", Content(talk.value_theirs)))
    if not talk.agreements:
        rows.append(("agreed", Content.assemble(("nothing recorded", MUTED))))
    else:
        rows.append(("agreed", Content(f"{len(talk.agreements)}, listed under Agreements")))
    if talk.next_review:
        due = Content.assemble(("  (due now)", "$text-warning")) if review_due else Content("")
        rows.append(("next review", Content.assemble(short_date(talk.next_review), due)))
    return rows


def canvas_rows(report: NetworkReport) -> list[Row]:
    n = report.network

    def value(text: str) -> Content:
        return Content(text) if text else Content.assemble(("— (c to fill in)", MUTED))

    w = n.weights
    weights = "/".join(plain_number(x) for x in (w.time, w.money, w.energy))
    lean, imbalance = plain_number(n.lean_ratio), plain_number(n.imbalance_ratio)
    return [
        ("motivation", value(n.motivation)),
        ("expectations", value(", ".join(n.expectations))),
        ("shared goal", value(n.goal)),
        ("success", value(n.success)),
        ("budget", Content(budget_line(n, report.budget.this_month))),
        (
            "rules",
            Content.assemble(
                f"review every {n.review_days} days · talks due judged over the last "
                f"{n.alarm_months} months · no new prompt for "
                f"{n.cooldown_days} days after a talk · leaning from {lean}x, "
                f"imbalanced from {imbalance}x · weights time/money/energy "
                f"{weights}"
            ),
        ),
    ]


def questions() -> Content:
    return Content("\n").join(Content(f"{i}. {q}") for i, q in enumerate(THREE_QUESTIONS, 1))
