"""Add a partner to one or more networks (or add networks to a known partner)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input

from balance.core.errors import ValidationError
from balance.core.model import Partner
from balance.locale import N_, _
from balance.service.api import Service
from balance.tui.screens.form import FormScreen, PlainCheckbox, field


class AddPartnerScreen(FormScreen[tuple[Partner, bool] | None]):
    """Returns (partner, newly created), or None when cancelled."""

    AUTO_FOCUS = "#name"  # set before the form takes keys: none typed early is lost
    TITLE_TEXT = N_("Add a partner")
    FIELD_FOR = {"partner": "name", "network": "networks"}

    def __init__(self, service: Service, networks: list[str], current: str | None) -> None:
        super().__init__()
        self.service = service
        self.networks = networks
        self.current = current

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="form", id="partner-form"):
            yield self.form_title()
            yield field(
                _("Name"),
                "name",
                Input(placeholder=_("e.g. a person or a company you work with"), id="name"),
            )
            yield field(
                _("Networks"),
                "networks",
                Vertical(
                    *(
                        PlainCheckbox(Content(n), n == self.current, classes="net-choice", name=n)
                        for n in self.networks
                    ),
                    id="net-choices",
                ),
            )
            yield from self.compose_buttons()
        yield from self.compose_footer()

    def chosen(self) -> list[str]:
        return [
            box.name or "" for box in self.query(".net-choice").results(PlainCheckbox) if box.value
        ]

    def action_save(self) -> None:
        name = self.query_one("#name", Input).value
        if not name.strip():
            self.show_errors([ValidationError("partner", _("give the partner's name"))])
            return
        if not self.chosen():
            self.show_errors([ValidationError("network", _("tick at least one network"))])
            return
        networks = self.chosen()
        self.submit(lambda: self.service.add_partner(name, networks))
