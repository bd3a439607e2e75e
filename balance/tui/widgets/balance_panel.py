"""One partnership at a glance: you against them in time, money and energy."""

from __future__ import annotations

from fractions import Fraction

from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from balance.core.agreements import overdue_by_pair
from balance.core.chart import sparkline
from balance.core.exchange import Exchange
from balance.core.formats import format_day, format_number
from balance.core.ledger import Balance
from balance.core.model import Network, Status
from balance.core.reports import NetworkReport, PartnerReport
from balance.core.talk_words import exchange_phrase, received_phrase
from balance.core.words import direction_phrase, figure_cells, percent, since_shown
from balance.locale import _, ngettext
from balance.tui.actions import CARD_KEYS
from balance.tui.widgets.status import STATUS_STYLE, since_label, status_badge, status_class

BAR_WIDTH = 12
TREND_POINTS = 24
#: Exchanges the card names in words instead of the effort's direction.
EXCHANGES = {Exchange.FAIR_TRADE.value, Exchange.ONE_SIDED.value}
MINE = "█"
THEIRS = "░"


def bar(share: Fraction | None, width: int = BAR_WIDTH) -> Content:
    """Your part in solid blocks, theirs in light shade: readable without colour."""
    if share is None:
        return Content.assemble(("·" * width, "$text-muted"))
    mine = round(float(share) * width)
    if 0 < share < 1:  # a side that gave something never disappears from the bar
        mine = min(max(mine, 1), width - 1)
    return Content.assemble((MINE * mine, "$accent"), (THEIRS * (width - mine), "$secondary"))


def dimension_rows(balance: Balance, network: Network) -> list[Content]:
    """Time, money and energy: a bar and the figures, you : them (the same cells as
    the CLI's table, from `figure_cells`)."""
    weights = (network.weights.time, network.weights.money, network.weights.energy)
    cells = figure_cells(balance, network.currency)
    labels = [cell.label for cell in cells]  # in the reader's language
    width = max(7, *(len(label) + 1 for label in labels))  # 'energy ' / 'Energie '
    rows = []
    for i, (cell, label, weight) in enumerate(zip(cells, labels, weights, strict=True)):
        # Energy nobody recorded is said in words ('not recorded'), not left out.
        given = cell.share is not None or (i == 2 and not balance.energy_defined)
        figures = f"{cell.mine} : {cell.theirs}" if given else "—"
        if weight == 0:  # not counted here: shown muted, and said in words in the summary
            rows.append(
                Content.assemble(
                    (f"{label:<{width}}", "$text-muted"),
                    (bar(cell.share).plain, "$text-muted"),
                    (f"  {figures}", "$text-muted"),
                )
            )
            continue
        rows.append(
            Content.assemble((f"{label:<{width}}", "bold"), bar(cell.share), f"  {figures}")
        )
    return rows


def back_line(p: PartnerReport, currency: str) -> Content | None:
    """What came back to each side: 'back  you 2 referrals · Anna 1 referral'; None
    while nothing is recorded (the card stays short enough for 80x24)."""
    v = p.values
    if not v.count:
        return None
    return Content.assemble(
        (_("back") + "  ", "$text-muted"),
        _("you {what}").format(what=received_phrase(v.mine, currency)),
        ("  ·  ", "$text-muted"),
        f"{p.partner.name} {received_phrase(v.theirs, currency)}",
    )


def panel_content(p: PartnerReport, report: NetworkReport) -> Content:
    b = p.balance
    name = p.partner.name
    head = Content.assemble(
        status_badge(b.status),
        ("   " + _("your share") + " ", "$text-muted"),
        (percent(b.share), "bold"),
    )
    direction_style = STATUS_STYLE[b.status] if b.direction else "$text"
    lines = [head, *dimension_rows(b, report.network)]
    verdict = exchange_phrase(p.shown, name) if p.exchange in EXCHANGES else None
    lines.append(
        Content.assemble(
            (verdict or direction_phrase(b, name), direction_style.replace("bold ", ""))
        )
    )
    back = back_line(p, report.network.currency)
    if back is not None:
        lines.append(back)
    trend = sparkline([pt.share for pt in p.trend[-TREND_POINTS:]])
    trend_line: list[str | tuple[str, str]] = [
        (_("trend") + " ", "$text-muted"),
        trend.strip() or "—",
    ]
    since = since_shown(p.alarm.balance.status, p.leaning_since)
    if since:
        trend_line += [
            (f"  {since_label(p.alarm.balance.status)} ", "$text-muted"),
            format_day(since),
        ]
    lines.append(Content.assemble(*trend_line))
    talk: list[str | tuple[str, str]] = (
        [(_("last talk") + " ", "$text-muted"), format_day(p.last_talk.date)]
        if p.last_talk
        else [(_("no talk yet"), "$text-muted")]
    )
    if p.prompt:
        talk.append(("  ⚠ " + _("time to talk"), "bold $error"))
    elif p.review_due:
        talk.append(("  " + _("review due"), "$warning"))
    if p.snoozed_until:
        talk += [("  " + _("snoozed until") + " ", "$text-muted"), format_day(p.snoozed_until)]
    late = overdue_by_pair(report.conversations, report.network.id, report.alarm.window.until)
    if late.get(p.partner.id):
        n = len(late[p.partner.id])
        overdue = ngettext("{count} agreement overdue", "{count} agreements overdue", n)
        talk.append(("  ! " + overdue.format(count=format_number(n)), "$warning"))
    lines.append(Content.assemble(*talk))
    return Content("\n").join(lines)


class BalancePanel(Static, can_focus=True):
    """A card per partner; focus one and press l to log with that partner.

    The arrows (and j/k) move to the next card in the grid rather than scroll
    the dashboard; the focused card scrolls into view."""

    BINDINGS = list(CARD_KEYS)

    def __init__(self, partner_id: str, status: Status = Status.TOO_LITTLE_DATA) -> None:
        super().__init__(
            id=f"panel-{partner_id}",
            classes=f"balance-panel {status_class(status)}",
            markup=False,
        )
        self.partner_id = partner_id
        self.network_id = ""
        self.partner_name = ""
        self.status = status

    @classmethod
    def filled(cls, p: PartnerReport, report: NetworkReport) -> BalancePanel:
        """A card already showing `p`: nothing to restyle or lay out again once mounted."""
        panel = cls(p.partner.id, p.balance.status)
        panel.show(p, report)
        return panel

    class Focused(Message):
        """A card has the focus: the app reads its history ahead (`prefetch`)."""

        def __init__(self, network_id: str, partner_id: str) -> None:
            super().__init__()
            self.network_id = network_id
            self.partner_id = partner_id

    def on_focus(self) -> None:
        if self.network_id:  # shown: a card of that network's report
            self.post_message(self.Focused(self.network_id, self.partner_id))

    def show(self, p: PartnerReport, report: NetworkReport) -> None:
        self.partner_name = p.partner.name
        self.network_id = report.network.id
        self.border_title = Content(p.partner.name)  # the name as written, not markup
        self.border_subtitle = _("⚠ talk") if p.prompt else ""
        if p.balance.status is not self.status:  # one restyle, only on a change
            self.update_classes({status_class(s): s is p.balance.status for s in Status})
            self.status = p.balance.status
        self.update(panel_content(p, report))

    def action_move(self, rows: int, columns: int) -> None:
        """To the card `rows` down and `columns` right; up from the top row
        goes back to what is above the cards (the due talks or the networks)."""
        grid = self.parent
        if grid is None:
            return
        cards = list(grid.query_children(BalancePanel))
        per_row = max(1, int(grid.styles.grid_size_columns or 1))
        here = cards.index(self)
        if columns and not 0 <= here % per_row + columns < per_row:
            return  # no card further left or right in this row
        there = here + rows * per_row + columns
        if 0 <= there < len(cards):
            cards[there].focus()
        elif there < 0:
            chain = self.screen.focus_chain
            above = chain[: chain.index(cards[0])] if cards[0] in chain else []
            if above:
                above[-1].focus()

    @property
    def text(self) -> str:
        """The panel as plain text (for tests and screen readers of captures)."""
        return str(self.content)
