"""The network summary: you against all partners together, who carries whom, your budget."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from balance.core.model import Status
from balance.core.reports import NetworkReport
from balance.core.talk_words import value_sentence
from balance.core.words import (
    ALL_PARTNERS,
    budget_line,
    carry_line,
    network_verdict,
    short_date,
    totals_line,
)
from balance.tui.widgets.status import STATUS_STYLE, status_badge, status_class


def over_budget(report: NetworkReport) -> bool:
    """This month you put in more than the canvas says you are willing to."""
    b = report.network.budget
    t = report.budget.this_month
    return bool(
        (b.minutes and t.minutes > b.minutes)
        or (b.money and t.money > b.money)
        or (b.energy and t.energy > b.energy)
    )


def summary_content(report: NetworkReport, compact: bool = False) -> Content:
    """The network at a glance; `compact` (a short terminal) leaves out the kind,
    the window (it is in the title bar), the goal and the count of who carries
    whom (each card says it), never a figure. Lines wrap at words where they do
    not fit."""
    n = report.network
    b = report.balance
    w = report.window
    since = short_date(w.since) if w.since else "the beginning"
    lines: list[Content] = [
        Content.assemble(
            (f"{n.kind.value}", "$text-muted"),
            ("  ·  ", "$text-muted"),
            (f"{w.description}: {since} – {short_date(w.until)}", "$text-muted"),
        )
    ]
    if compact:
        lines = []
    if n.goal and not compact:
        lines.append(Content.assemble(("goal  ", "$text-muted"), n.goal))
    # The figures stay on a short terminal too: only their labels get shorter.
    you, others = ("you       ", "partners  ") if compact else ("you           ", "all partners  ")
    lines.append(Content.assemble((you, "bold"), totals_line(b.mine, n.currency)))
    lines.append(
        Content.assemble(
            (others, "bold"),
            totals_line(b.theirs, n.currency),
        )
    )
    uncounted = [
        label
        for label, weight in zip(
            ("time", "money", "energy"),
            (n.weights.time, n.weights.money, n.weights.energy),
            strict=True,
        )
        if weight == 0
    ]
    if uncounted:
        lines.append(
            Content.assemble(
                ("weights  ", "$text-muted"),
                f"{' and '.join(uncounted)} not counted in this network's balances",
            )
        )
    lines.append(
        Content.assemble(
            status_badge(b.status, upper=False),
            ("  ", ""),
            (network_verdict(b), STATUS_STYLE[b.status].replace("bold ", "")),
            *(() if compact else (("  ·  ", "$text-muted"), carry_line(report.carry))),
        )
    )
    if not compact and report.shown.values.count:
        lines.append(
            Content.assemble(
                ("back  ", "$text-muted"),
                value_sentence(report.shown.values, ALL_PARTNERS, n.currency).removeprefix(
                    "What came back: "
                ),
            )
        )
    lines.append(
        Content.assemble(("budget  ", "$text-muted"), budget_line(n, report.budget.this_month))
    )
    return Content("\n").join(lines)


class NetworkSummary(Static):
    def show(self, report: NetworkReport, compact: bool = False) -> None:
        self.border_title = Content(report.network.name)  # the name as written, not markup
        shown = report.balance.status
        self.update_classes({status_class(s): s is shown for s in Status})  # one restyle at most
        self.update(summary_content(report, compact))
