"""The parts of a meeting briefing, as rows of (label, text): the balance per
dimension, the trend, the last talk, the network canvas and the questions.

The screens lay these out; the words come from `wording`, so the CLI briefing
and the TUI briefing say the same things.
"""

from __future__ import annotations

from textual.content import Content

from balance.core.formats import format_minutes, format_money
from balance.core.ledger import Balance, Totals
from balance.core.model import THREE_QUESTIONS, Conversation, Network, Status
from balance.core.reports import NetworkReport, PartnerReport
from balance.core.words import (
    budget_line,
    direction_phrase,
    network_advice,
    network_sentence,
    network_verdict,
    percent,
    prompt_advice,
    prompt_sentence,
    short_date,
    sparkline,
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


def _cells(mine: Totals, theirs: Totals, currency: str) -> list[tuple[str, str, str]]:
    return [
        ("time", format_minutes(mine.minutes), format_minutes(theirs.minutes)),
        ("money", format_money(mine.money, currency), format_money(theirs.money, currency)),
        ("energy", str(mine.energy), str(theirs.energy)),
    ]


def dimension_table(
    mine: Totals, theirs: Totals, shares: tuple, network: Network, them: str
) -> Content:
    """you : them and your share, per dimension, with a bar; a weight-0 dimension is muted."""
    weights = (network.weights.time, network.weights.money, network.weights.energy)
    head = Content.assemble(
        (f"{'':<8}{'you':>14}  {them:>14}   your share", MUTED),
    )
    lines = [head]
    cells = _cells(mine, theirs, network.currency)
    for (label, m, t), share, weight in zip(cells, shares, weights, strict=True):
        text = f"{label:<8}{m:>14}  {t:>14}   {percent(share):>4}  "
        if weight == 0:
            lines.append(Content.assemble((text + bar(share).plain + "  not counted here", MUTED)))
        else:
            lines.append(Content.assemble(text, bar(share)))
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
    rows: list[Row] = [
        ("", headline(b, name)),
        ("", dimension_table(b.mine, b.theirs, b.shares, report.network, "them")),
    ]
    trend = sparkline([pt.share for pt in p.trend]).strip()
    trend_line = Content.assemble(
        trend or "—", ("   month by month; low: they give more, high: you give more", MUTED)
    )
    rows.append(("trend", trend_line))
    if p.leaning_since and b.status in (Status.LEANING, Status.IMBALANCED):
        label = since_label(b.status).removesuffix(" since")  # 'out of balance'
        rows.append((label, Content(f"since {short_date(p.leaning_since)}")))
    if p.prompt:
        rows.append(
            (
                "⚠ talk due",
                Content.assemble(
                    prompt_sentence(b, name, report.window), "\n", (prompt_advice(b, name), "bold")
                ),
            )
        )
    if p.snoozed_until and p.snoozed_until >= report.window.until:
        rows.append(("snoozed until", Content(short_date(p.snoozed_until))))
    return rows


def network_balance_rows(report: NetworkReport) -> list[Row]:
    nb = report.network_balance
    b = nb.balance
    mean = nb.mean_totals
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
        ("", dimension_table(nb.mine, mean, b.shares, report.network, "avg member")),
        ("members", Content(f"{nb.active_partners} active in this window (at least one entry)")),
    ]
    if report.prompt:
        rows.append(
            (
                "⚠ talk due",
                Content.assemble(network_sentence(report), "\n", (network_advice(b), "bold")),
            )
        )
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
    if talk.agreements:
        rows.append(("agreed", Content("\n".join(f"• {a}" for a in talk.agreements))))
    else:
        rows.append(("agreed", Content.assemble(("nothing recorded", MUTED))))
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
                f"review every {n.review_days} days · no new prompt for "
                f"{n.cooldown_days} days after a talk · leaning from {lean}x, "
                f"imbalanced from {imbalance}x · weights time/money/energy "
                f"{weights}"
            ),
        ),
    ]


def questions() -> Content:
    return Content("\n").join(Content(f"{i}. {q}") for i, q in enumerate(THREE_QUESTIONS, 1))
