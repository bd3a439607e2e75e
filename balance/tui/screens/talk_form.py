"""Record the shared-goal talk: the same fields and rules as `balance talk`.

Recording it clears the prompt: a talk within the network's cooldown days
means no new prompt for that partnership until then.
"""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, TextArea

from balance.core import parse
from balance.core.formats import format_date
from balance.core.forms import TalkForm
from balance.core.model import Conversation
from balance.core.parse.agreements import AGREEMENT_FORMS
from balance.locale import N_, _
from balance.service.api import Service
from balance.tui.data import Snapshot
from balance.tui.screens.entry_form import EntryFormScreen
from balance.tui.screens.form import PlainCheckbox, field
from balance.tui.screens.pickers import NetworkPartnerPicker, chosen_network

PRIVATE_LABEL = N_("private notes (the notes and values are never exported)")


class TalkFormScreen(EntryFormScreen[Conversation, TalkForm]):
    """Record a talk, or with `talk` correct that one."""

    AUTO_FOCUS = "#notes"  # set before the form takes keys: none typed early is lost
    TITLE_TEXT = N_("Record the shared-goal talk")
    EDIT_TITLE_TEXT = N_("Correct the talk")
    FIELD_FOR = {
        "next-review": "next_review",
        "value-mine": "value_mine",
        "agreement": "agreements",
    }

    def __init__(
        self,
        service: Service,
        snapshot: Snapshot | None,
        network: str | None = None,
        partner: str | None = None,
        talk: Conversation | None = None,
    ) -> None:
        super().__init__(service, snapshot, talk)
        self.start = service.talk_form_of(talk) if talk else None
        if self.start and talk:
            # The days as the language writes them in a field ('27.11.2026'): they read back.
            review = format_date(talk.next_review) if talk.next_review else ""
            self.start = replace(self.start, date=format_date(talk.date), next_review=review)
            network, partner = self.start.network, self.start.partner
        self.initial_network = chosen_network(snapshot, network)
        self.initial_partner = partner

    def _review_default(self) -> str:
        """The network's review cadence, e.g. '+90d' (empty: no next review)."""
        reports = self.snapshot.reports if self.snapshot else ()
        report = next((r for r in reports if r.network.name == self.initial_network), None)
        return f"+{report.network.review_days}d" if report else ""

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="form", id="talk-form"):
            yield self.form_title()
            yield NetworkPartnerPicker(
                self.snapshot,
                self.initial_network,
                self.initial_partner,
                partner_caption=N_("With"),
            )
            with Horizontal(classes="row"):
                yield field(
                    _("Date"),
                    "date",
                    Input(_("today"), id="date", tooltip=_(parse.DATE_FORMS)),
                )
                yield field(
                    _("Next review"),
                    "next_review",
                    Input(
                        self._review_default(),
                        placeholder=_("e.g. +90d, +3m or 01.03.2027"),
                        id="next_review",
                        tooltip=_(parse.REVIEW_FORMS),
                    ),
                )
            yield field(
                _("Notes"),
                "notes",
                TextArea(
                    id="notes", soft_wrap=True, placeholder=_("what you talked about (needed)")
                ),
            )
            yield field(
                _("Shared goal"),
                "goal",
                Input(placeholder=_("(optional) what you both want to reach"), id="goal"),
            )
            with Horizontal(classes="row"):
                yield field(
                    _("Value for me"),
                    "value_mine",
                    Input(placeholder=_("(optional) what I get"), id="value_mine"),
                )
                yield field(
                    _("For them"),
                    "value_theirs",
                    Input(placeholder=_("(optional) what they get"), id="value_theirs"),
                )
            yield field(
                _("Agreements"),
                "agreements",
                TextArea(
                    id="agreements",
                    soft_wrap=True,
                    placeholder=_(
                        "(optional) one per line: partner: hosts in May (due 31.05.2027)"
                    ),
                    tooltip=_(AGREEMENT_FORMS),
                ),
            )
            yield field(
                "",
                "private",
                PlainCheckbox(_(PRIVATE_LABEL), False, id="private"),
            )
            yield from self.compose_buttons()
        yield from self.compose_footer()

    def on_mount(self) -> None:
        """An edited talk's fields, as they parse back (the form's own defaults else)."""
        f = self.start
        if f is None:
            return
        for name in ("date", "next_review", "goal", "value_mine", "value_theirs"):
            self.query_one(f"#{name}", Input).value = getattr(f, name)
        self.query_one("#notes", TextArea).text = f.notes
        self.query_one("#agreements", TextArea).text = "\n".join(f.agreements)
        self.query_one("#private", PlainCheckbox).value = f.private

    # -- saving ---------------------------------------------------------------------------

    def form(self) -> TalkForm:
        text, choice = self.input_text, self.choice
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
            private=self.query_one("#private", PlainCheckbox).value,
        )

    def create(self, form: TalkForm) -> Conversation:
        return self.service.record_talk(form)

    def edit(self, entry: Conversation, form: TalkForm) -> Conversation:
        if form == self.start:
            self.unchanged = True
            return entry
        self.replaced, new = self.service.edit_talk(entry.id, form)
        return new
