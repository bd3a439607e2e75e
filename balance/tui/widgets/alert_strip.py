"""The talks that are due: an imbalanced partnership with no recent talk, and
(softer) the partnerships whose regular review is due, balanced or not; and
the talks put off, with the day they come back.

Each due talk is a line you can pick: Enter shows the prompt, s snoozes it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from balance.core.agreements import overdue_by_pair
from balance.core.formats import format_day, format_number
from balance.core.reports import NetworkReport, PartnerReport
from balance.core.talk_words import exchange_phrase
from balance.core.words import ALL_PARTNERS, Side, effort_sentence, network_verdict
from balance.locale import N_, _, ngettext
from balance.tui.actions import ROW_KEYS
from balance.tui.targets import WHOLE_NETWORK, Target, review_due_names, snoozed_names

NETWORK_OPTION = "network"


def head_content(report: NetworkReport, compact: bool = False) -> Content:
    count = len(report.prompts) + (1 if report.prompt else 0)
    if not count:
        return Content.assemble(("✓ " + _("No shared-goal talk is due now."), "$text-muted"))
    talks = ngettext(
        "{count} shared-goal talk is due", "{count} shared-goal talks are due", count
    ).format(count=format_number(count))
    hint = _("tab, Enter: why") if compact else _("tab here, then Enter: what to do, s: snooze")
    return Content.assemble((f"⚠ {talks}", "bold $error"), ("  · " + hint, "$text-muted"))


def alert_sentence(report: NetworkReport, p: PartnerReport) -> str:
    """Why this talk is due, in one line: the verdict, then each dimension's figures."""
    name = p.partner.name
    facts = effort_sentence(p.alarm.balance, Side.partner(name), report.network.currency)
    return f"{exchange_phrase(p.alarm, name)}; {facts}."


def item_contents(report: NetworkReport) -> list[tuple[str, Content]]:
    """(option id, line) per due talk: the partner id, or NETWORK_OPTION."""
    items = [
        (
            p.partner.id,
            Content.assemble(
                "• ",
                (p.partner.name, "bold"),
                ": ",
                alert_sentence(report, p),
            ),
        )
        for p in report.prompts
    ]
    if report.prompt:
        verdict = network_verdict(report.alarm.balance)
        facts = effort_sentence(report.alarm.balance, ALL_PARTNERS, report.network.currency)
        items.append(
            (
                NETWORK_OPTION,
                Content.assemble("• ", (_(WHOLE_NETWORK), "bold"), f": {verdict}; {facts}."),
            )
        )
    return items


def review_content(report: NetworkReport, compact: bool = False) -> Content:
    names = review_due_names(report)
    if not names:
        return Content("")
    days = report.network.review_days
    every = ngettext(
        "(every {count} day, balanced or not)", "(every {count} days, balanced or not)", days
    ).format(count=format_number(days))
    why = ": " if compact else f" {every}: "
    return Content.assemble(
        ("◷ " + _("Regular review due"), "$text-warning"), (why, "$text-muted"), ", ".join(names)
    )


def snoozed_content(report: NetworkReport) -> Content:
    """'◌ Snoozed: Anna Schmidt until 12 Dec 2026': put off, not forgotten."""
    snoozed = snoozed_names(report)
    if not snoozed:
        return Content("")
    return Content.assemble(
        ("◌ " + _("Snoozed:") + " ", "$text-muted"),
        "; ".join(
            _("{name} until {date}").format(name=name, date=format_day(until))
            for name, until in snoozed
        ),
    )


def overdue_content(report: NetworkReport) -> Content:
    """'! Overdue: Anna Schmidt: hosts every second Stammtisch (due 30 Sep 2026)'."""
    late = overdue_by_pair(report.conversations, report.network.id, report.alarm.window.until)
    if not late:
        return Content("")
    names = {p.partner.id: p.partner.name for p in report.partners}
    whole = _(WHOLE_NETWORK)
    parts = [
        _("{who}: {agreement} (due {date})").format(
            who=names.get(pid, whole) if pid else whole,
            agreement=i.agreement.text,
            date=format_day(i.agreement.due) if i.agreement.due else "—",
        )
        for pid, items in late.items()
        for i in items
    ]
    return Content.assemble(
        ("! " + _("Overdue agreements:") + " ", "$text-warning"), "; ".join(parts)
    )


class AlertItems(OptionList):
    """The due talks; Enter opens the prompt, s snoozes."""

    BINDINGS = [Binding("s", "snooze", N_("Snooze")), *ROW_KEYS]

    class Snooze(Message):
        def __init__(self, option_id: str) -> None:
            super().__init__()
            self.option_id = option_id

    def action_snooze(self) -> None:
        option = self.highlighted_option
        if option and option.id:
            self.post_message(self.Snooze(option.id))


class AlertStrip(Vertical):
    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.network_id = ""
        self.lines: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static(id="alert-head")
        yield AlertItems(id="alert-items", compact=True)
        yield Static(id="alert-snoozed")
        yield Static(id="alert-overdue")
        yield Static(id="alert-review")

    def show(self, report: NetworkReport, compact: bool = False) -> None:
        """`compact` (a short terminal): shorter head and review lines."""
        self.network_id = report.network.id
        items = item_contents(report)
        self.set_class(bool(items), "-active")
        head = head_content(report, compact)
        self.query_one("#alert-head", Static).update(head)
        snoozed = snoozed_content(report)
        self.query_one("#alert-snoozed", Static).update(snoozed)
        self.query_one("#alert-snoozed").display = bool(snoozed.plain)
        overdue = overdue_content(report)
        self.query_one("#alert-overdue", Static).update(overdue)
        self.query_one("#alert-overdue").display = bool(overdue.plain)
        review = review_content(report, compact)
        self.query_one("#alert-review", Static).update(review)
        self.query_one("#alert-review").display = bool(review.plain)
        options = self.query_one(AlertItems)
        current = options.highlighted_option.id if options.highlighted_option else None
        with options.prevent(OptionList.OptionHighlighted):
            options.clear_options()
            options.add_options(Option(text, id=oid) for oid, text in items)
            ids = [oid for oid, _ in items]
            if ids:
                options.highlighted = ids.index(current) if current in ids else 0
        options.display = bool(items)
        self.lines = [
            head.plain,
            *(t.plain for _, t in items),
            snoozed.plain,
            overdue.plain,
            review.plain,
        ]

    def target(self, option_id: str | None) -> Target | None:
        if option_id is None:
            return None
        return Target(self.network_id, None if option_id == NETWORK_OPTION else option_id)

    @property
    def highlighted_target(self) -> Target | None:
        option = self.query_one(AlertItems).highlighted_option
        return self.target(option.id if option else None)

    @property
    def text(self) -> str:
        """Everything the strip says, as plain text (for tests)."""
        return "\n".join(line for line in self.lines if line)
