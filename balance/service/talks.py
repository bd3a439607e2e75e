"""Conversations and snoozes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TypeVar

from balance.core import parse
from balance.core.forms import Checks, FormErrors, TalkForm
from balance.core.model import (
    Conversation,
    Network,
    Partner,
    Snooze,
    ValidationError,
    new_id,
)
from balance.service.reports import ReportOps

T = TypeVar("T")


class TalkOps(ReportOps):
    # -- conversations -----------------------------------------------------------

    def talk(
        self,
        network: Network,
        partner: Partner | None,
        notes: str,
        day: date | None = None,
        goal: str = "",
        value_mine: str = "",
        value_theirs: str = "",
        agreements: Sequence[str] = (),
        next_review: date | None = None,
    ) -> Conversation:
        day = day or self.today()
        if next_review is not None and next_review < day:
            raise ValidationError("next-review", "must be on or after the talk's date")
        conversation = Conversation(
            id=new_id(),
            network_id=network.id,
            partner_id=partner.id if partner else None,
            date=day,
            notes=notes.strip(),
            goal=goal.strip(),
            value_mine=value_mine.strip(),
            value_theirs=value_theirs.strip(),
            agreements=tuple(a.strip() for a in agreements if a.strip()),
            next_review=next_review,
        )
        with self.store.locked():  # the talk and the end of its snooze are one operation
            ended = [
                s
                for s in self.directory().snoozes
                if s.network_id == conversation.network_id
                and s.partner_id == conversation.partner_id
            ]
            self.store.save_conversation(conversation, ended)
        return conversation

    def record_talk(self, form: TalkForm) -> Conversation:
        """Check every field, name each bad one (FormErrors), then record the talk."""
        checks = Checks()
        errors, attempt = checks.errors, checks.attempt

        d = self.directory()
        today = self.today()
        network = attempt(lambda: self.network(form.network, d), None)
        partner = None
        if network and form.partner.strip():
            partner = attempt(lambda: self.partner(form.partner, network, d), None)
        day = attempt(lambda: parse.parse_date(form.date or "today", today), None)
        review = None
        if form.next_review.strip():
            review = attempt(lambda: parse.parse_future_date(form.next_review, day or today), None)
        # The model's own checks on the texts (notes given, lengths), before anything is written.
        attempt(
            lambda: Conversation(
                "-",
                "-",
                None,
                day or today,
                form.notes,
                form.goal,
                form.value_mine,
                form.value_theirs,
                form.agreements,
            ),
            None,
        )
        if errors:
            raise FormErrors(errors)
        assert network is not None
        return self.talk(
            network,
            partner,
            form.notes,
            day=day,
            goal=form.goal,
            value_mine=form.value_mine,
            value_theirs=form.value_theirs,
            agreements=form.agreements,
            next_review=review,
        )

    def snooze(self, network: Network, partner: Partner | None, days: int) -> Snooze:
        """Put off a due talk for `days` days (today counts as the first); there must be
        one, judged over the network's alarm window like every prompt."""
        if not 1 <= days <= 365:
            raise ValidationError("days", "snooze for 1 to 365 days")
        report = self.report(network, self.alarm_window(network))
        due = (
            report.prompt
            if partner is None
            else any(p.prompt for p in report.partners if p.partner.id == partner.id)
        )
        if not due:
            who = partner.name if partner else f"the whole of {network.name}"
            raise ValidationError("snooze", f"no talk is due with {who}: nothing to snooze")
        s = Snooze(network.id, partner.id if partner else None, self.today() + timedelta(days))
        self.store.save_snooze(s)
        return s
