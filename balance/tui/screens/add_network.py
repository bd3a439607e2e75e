"""Add a network: a name, its kind and currency, and the start of its canvas."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Label, Select

from balance.core.model import Network
from balance.core.parse import TIME_FORMS, WEIGHTS_FORMS
from balance.locale import N_, _
from balance.service.api import Service
from balance.tui.screens.form import FormScreen, field, kind_options


class AddNetworkScreen(FormScreen[Network | None]):
    AUTO_FOCUS = "#name"  # set before the form takes keys: none typed early is lost
    TITLE_TEXT = N_("Add a network")
    FIELD_FOR = {
        "network": "name",
        "time": "budget_time",
        "money": "budget_money",
        "budget-time": "budget_time",
        "budget-money": "budget_money",
        "budget-energy": "budget_energy",
        "canvas": "general",
    }
    ERROR_LINE = {"budget_time": "budget", "budget_money": "budget", "budget_energy": "budget"}

    def __init__(self, service: Service) -> None:
        super().__init__()
        self.service = service

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="form", id="network-form"):
            yield self.form_title()
            yield field(
                _("Name"),
                "name",
                Input(placeholder=_("e.g. the club, group or project you invest in"), id="name"),
            )
            with Horizontal(classes="row"):
                yield field(
                    _("Kind"),
                    "kind",
                    Select(kind_options(), id="kind", allow_blank=False),
                )
                yield field(_("Currency"), "currency", Input("EUR", id="currency"))  # machine
            yield field(
                _("Goal"),
                "goal",
                Input(placeholder=_("(optional) what you want to reach together"), id="goal"),
            )
            yield field(
                _("Motivation"),
                "motivation",
                Input(placeholder=_("(optional) why you are in it"), id="motivation"),
            )
            yield field(
                _("Expectations"),
                "expectations",
                Input(placeholder=_("(optional) e.g. openness, transparency"), id="expectations"),
            )
            yield Label(_("What I am willing to invest per month:"), classes="section")
            with Horizontal(classes="row tight"):
                yield field(
                    _("Time"),
                    "budget_time",
                    Input(placeholder=_("e.g. 4h"), id="budget_time", tooltip=_(TIME_FORMS)),
                )
                yield field(
                    _("Money"), "budget_money", Input(placeholder=_("e.g. 50"), id="budget_money")
                )
                yield field(
                    _("Energy"),
                    "budget_energy",
                    Input(placeholder=_("e.g. 10"), id="budget_energy"),
                )
            yield Label("", id="err-budget", classes="error-text", markup=False)
            yield field(
                _("Weights"),
                "weights",
                Input(
                    placeholder=_("(optional) time/money/energy, e.g. 1/1/1; a club 1/0/1"),
                    id="weights",
                    tooltip=_(WEIGHTS_FORMS),
                ),
            )
            yield from self.compose_buttons()
        yield from self.compose_footer()

    def canvas(self) -> dict[str, str | None]:
        def text(widget_id: str) -> str | None:
            value = self.query_one(f"#{widget_id}", Input).value.strip()
            return value or None

        kind = self.query_one("#kind", Select).value
        return {
            "kind": kind if isinstance(kind, str) else None,
            "currency": text("currency"),
            "goal": text("goal"),
            "motivation": text("motivation"),
            "expectations": text("expectations"),
            "budget_time": text("budget_time"),
            "budget_money": text("budget_money"),
            "budget_energy": text("budget_energy"),
            "weights": text("weights"),
        }

    def action_save(self) -> None:
        name, canvas = self.query_one("#name", Input).value, self.canvas()
        self.submit(lambda: self.service.add_network(name, **canvas))
