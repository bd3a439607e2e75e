"""The prompt: a talk is due. The facts in plain words, the advice for the
direction, the three questions, and what to do next."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from balance.core.formats import format_day
from balance.core.model import THREE_QUESTIONS
from balance.core.reports import NetworkReport
from balance.core.talk_words import (
    exchange_phrase,
    network_advice,
    network_sentence,
    prompt_advice,
    prompt_sentence,
)
from balance.core.words import since_shown
from balance.locale import N_, _
from balance.tui.targets import Target, partner_report
from balance.tui.widgets.footer import Footer
from balance.tui.widgets.status import since_label

Choice = Literal["talk", "snooze", "briefing"]


def first_up(text: str) -> str:
    """The first letter capitalised, the rest as it is (a name keeps its capitals)."""
    return text[:1].upper() + text[1:]


def prompt_content(report: NetworkReport, target: Target) -> Content:
    p = partner_report(report, target.partner_id)
    lines: list[Content] = []
    if p is None:
        lines += [
            Content(network_sentence(report)),
            Content(""),
            Content.assemble((network_advice(report.alarm), "bold")),
        ]
        last = report.last_talk
    else:
        name = p.partner.name
        lines += [
            Content.assemble((first_up(exchange_phrase(p.alarm, name)) + ".", "bold")),
            Content(prompt_sentence(report, p)),
            Content(""),
            Content.assemble((prompt_advice(p.alarm, name), "bold")),
        ]
        last = p.last_talk
        since = since_shown(p.alarm.balance.status, p.leaning_since)
        if since:
            lines.append(
                Content.assemble(
                    (first_up(since_label(p.alarm.balance.status)) + " ", "$text-muted"),
                    format_day(since),
                    (".", "$text-muted"),
                )
            )
    if last:
        lines.append(
            Content.assemble(
                (_("Your last talk:") + " ", "$text-muted"), format_day(last.date), "."
            )
        )
    else:
        lines.append(Content.assemble((_("You have not recorded a talk yet."), "$text-muted")))
    lines += [Content(""), Content.assemble((_("Three questions for the talk"), "bold"))]
    lines += [Content(f"  {i}. {_(q)}") for i, q in enumerate(THREE_QUESTIONS, 1)]
    return Content("\n").join(lines)


class PromptScreen(ModalScreen[Choice | None]):
    """Returns what to do next: record the talk, snooze it, open the briefing."""

    BINDINGS = [
        Binding("t", "choose('talk')", N_("Record the talk")),
        Binding("s", "choose('snooze')", N_("Snooze")),
        Binding("m", "choose('briefing')", N_("Briefing")),
        Binding("escape", "close", N_("Close")),
        Binding("q", "close", N_("Close"), show=False),
    ]

    def __init__(self, report: NetworkReport, target: Target) -> None:
        super().__init__()
        self.report = report
        self.target = target

    def compose(self) -> ComposeResult:
        p = partner_report(self.report, self.target.partner_id)
        title = (
            _("⚠ Time for the shared-goal talk with {partner}").format(partner=p.partner.name)
            if p
            else _("⚠ Time for the shared-goal talk with the whole network {network}").format(
                network=self.report.network.name
            )
        )
        with VerticalScroll(id="prompt-box"):
            yield Static(Content.assemble((title, "bold")), id="prompt-title")
            if p:
                yield Static(self.report.network.name, id="prompt-network", markup=False)
            yield Static(prompt_content(self.report, self.target), id="prompt-text")
            with Horizontal(classes="buttons"):
                yield Button(_("Record the talk  t"), id="talk", variant="primary")
                yield Button(_("Snooze  s"), id="snooze")
                yield Button(_("Briefing  m"), id="briefing")
                yield Button(_("Close  esc"), id="close")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#talk").focus()

    @property
    def text(self) -> str:
        return str(self.query_one("#prompt-text", Static).content)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "close":
            self.action_close()
        else:
            self.action_choose(event.button.id or "")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)  # type: ignore[arg-type]

    def action_close(self) -> None:
        self.dismiss(None)
