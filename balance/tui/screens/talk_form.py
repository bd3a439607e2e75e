"""Record the shared-goal talk: the same fields and rules as `balance talk`.

Recording it clears the prompt: a talk within the network's cooldown days
means no new prompt for that partnership until then.
"""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Select, TextArea

from ... import parse
from ...model import Conversation
from ...service import Service, TalkForm
from ..data import Snapshot
from .form import FormScreen, field
from .log_form import WHOLE_NETWORK

T = TypeVar("T")


class TalkFormScreen(FormScreen[Conversation | None]):
    """Returns the recorded conversation, or None when cancelled."""

    TITLE_TEXT = "Record the shared-goal talk"
    FIELD_FOR = {"next-review": "next_review", "value-mine": "value_mine"}

    def __init__(
        self,
        service: Service,
        snapshot: Snapshot | None,
        network: str | None = None,
        partner: str | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.snapshot = snapshot
        names = snapshot.network_names() if snapshot else []
        self.initial_network = network if network in names else (names[0] if names else None)
        self.initial_partner = partner

    def _review_default(self) -> str:
        """The network's review cadence, e.g. '+90d' (empty: no next review)."""
        reports = self.snapshot.reports if self.snapshot else ()
        report = next((r for r in reports if r.network.name == self.initial_network), None)
        return f"+{report.network.review_days}d" if report else ""

    def compose(self) -> ComposeResult:
        names = self.snapshot.network_names() if self.snapshot else []
        with VerticalScroll(classes="form", id="talk-form"):
            yield self.form_title()
            with Horizontal(classes="row"):
                yield field(
                    "Network",
                    "network",
                    Select(
                        [(n, n) for n in names],
                        id="network",
                        allow_blank=not names,
                        value=self.initial_network or Select.NULL,
                    ),
                )
                yield field(
                    "With",
                    "partner",
                    Select(
                        self._partner_options(self.initial_network),
                        id="partner",
                        allow_blank=False,
                        value=self._initial_partner_value(),
                    ),
                )
            with Horizontal(classes="row"):
                yield field("Date", "date", Input("today", id="date", tooltip=parse.DATE_FORMS))
                yield field(
                    "Next review",
                    "next_review",
                    Input(
                        self._review_default(),
                        placeholder="+90d, +3m or 01.03.2027",
                        id="next_review",
                        tooltip=parse.REVIEW_FORMS,
                    ),
                )
            yield field(
                "Notes",
                "notes",
                TextArea(id="notes", soft_wrap=True, placeholder="what you talked about (needed)"),
            )
            yield field(
                "Shared goal",
                "goal",
                Input(placeholder="what you both want to reach", id="goal"),
            )
            with Horizontal(classes="row"):
                yield field(
                    "Value for me", "value_mine", Input(placeholder="what I get", id="value_mine")
                )
                yield field(
                    "For them",
                    "value_theirs",
                    Input(placeholder="what they get", id="value_theirs"),
                )
            yield field(
                "Agreements",
                "agreements",
                TextArea(id="agreements", soft_wrap=True, placeholder="one agreement per line"),
            )
            yield from self.compose_buttons()
        yield from self.compose_footer()

    def _partner_options(self, network: str | None) -> list[tuple[str, str]]:
        partners = self.snapshot.partner_names(network) if self.snapshot and network else []
        return [(p, p) for p in partners] + [("(the whole network)", WHOLE_NETWORK)]

    def _initial_partner_value(self) -> str:
        partners = self.snapshot.partner_names(self.initial_network) if self.snapshot else []
        if self.initial_partner in partners:
            return self.initial_partner  # type: ignore[return-value]
        return WHOLE_NETWORK

    def on_mount(self) -> None:
        self.query_one("#notes").focus()

    @on(Select.Changed, "#network")
    def _network_changed(self, event: Select.Changed) -> None:
        network = event.value if isinstance(event.value, str) else None
        partner = self.query_one("#partner", Select)
        current = partner.value
        options = self._partner_options(network)
        partner.set_options(options)
        values = [v for _, v in options]
        partner.value = current if current in values else WHOLE_NETWORK

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    # -- saving ---------------------------------------------------------------------------

    def form(self) -> TalkForm:
        def text(widget_id: str) -> str:
            return self.query_one(f"#{widget_id}", Input).value

        def choice(widget_id: str) -> str:
            value = self.query_one(f"#{widget_id}", Select).value
            return value if isinstance(value, str) else ""

        agreements = self.query_one("#agreements", TextArea).text.splitlines()
        return TalkForm(
            network=choice("network"),
            partner=choice("partner"),
            date=text("date"),
            notes=self.query_one("#notes", TextArea).text,
            goal=text("goal"),
            value_mine=text("value_mine"),
            value_theirs=text("value_theirs"),
            agreements=tuple(a.strip(" \t•-*") for a in agreements if a.strip(" \t•-*")),
            next_review=text("next_review"),
        )

    def action_save(self) -> None:
        form = self.form()
        self.submit(lambda: self.service.record_talk(form))
