"""Conversations (record, correct, delete) and snoozes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from balance.core import parse
from balance.core.errors import FormErrors, ValidationError
from balance.core.formats import format_date
from balance.core.forms import Checks, TalkForm
from balance.core.ids import one_by_prefix
from balance.core.model import Agreement, Conversation, Network, Partner, Snooze, new_id
from balance.core.parse.agreements import agreement_line, parse_agreement
from balance.locale import _
from balance.service.reports import ReportOps


def agreements_of(
    lines: Sequence[str], day: date, keep: Sequence[Agreement] = ()
) -> tuple[Agreement, ...]:
    """The agreements typed, one per line. A line that reads like one already recorded
    (same text, who and due day) is that agreement, keeping its id and state: editing
    a talk never reopens what was ticked."""
    known = {agreement_line(a.text, a.owes, a.due): a for a in keep}
    out: list[Agreement] = []
    for line in lines:
        if not line.strip().strip(" \t•-*"):
            continue
        typed = parse_agreement(line, day)
        again = known.pop(agreement_line(typed.text, typed.owes, typed.due), None)
        out.append(again or Agreement(new_id(), typed.text, typed.owes, typed.due))
    return tuple(out)


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
        private: bool = False,
    ) -> Conversation:
        day = day or self.today()
        if next_review is not None and next_review < day:
            raise ValidationError("next-review", _("must be on or after the talk's date"))
        return self._record(
            Conversation(
                id=new_id(),
                network_id=network.id,
                partner_id=partner.id if partner else None,
                date=day,
                notes=notes.strip(),
                goal=goal.strip(),
                value_mine=value_mine.strip(),
                value_theirs=value_theirs.strip(),
                agreements=agreements_of(agreements, day),
                next_review=next_review,
                private=private,
            )
        )

    def _record(self, conversation: Conversation) -> Conversation:
        with self.store.locked():  # the talk and the end of its snooze are one operation
            ended = [
                s
                for s in self.directory().snoozes
                if s.network_id == conversation.network_id
                and s.partner_id == conversation.partner_id
            ]
            self.store.save_conversation(conversation, ended)
        return conversation

    def build_talk(self, form: TalkForm, old: Conversation | None = None) -> Conversation:
        """Check every field, name each bad one (FormErrors); the talk as it would be
        saved (a new id, or `old`'s with its agreements' states kept)."""
        checks = Checks()
        errors, attempt = checks.errors, checks.attempt
        d = self.directory()
        today = self.today()
        network = attempt(lambda: self.network(form.network, d), None)
        partner = None
        if network and form.partner.strip():
            partner = attempt(lambda: self.partner(form.partner, network, d), None)
        day = attempt(lambda: parse.parse_date(form.date or "today", today), None) or today
        review = None
        if form.next_review.strip():
            review = attempt(lambda: parse.parse_future_date(form.next_review, day), None)
        keep = old.agreements if old else ()
        agreed = attempt(lambda: agreements_of(form.agreements, day, keep), ())
        # The model's own checks on the texts (notes given, lengths), before anything is written.
        talk = attempt(
            lambda: Conversation(
                old.id if old else new_id(),
                network.id if network else "-",
                partner.id if partner else None,
                day,
                form.notes.strip(),
                form.goal.strip(),
                form.value_mine.strip(),
                form.value_theirs.strip(),
                agreed,
                review,
                form.private,
            ),
            None,
        )
        if errors:
            raise FormErrors(errors)
        assert talk is not None
        return talk

    def record_talk(self, form: TalkForm) -> Conversation:
        """Check every field, name each bad one (FormErrors), then record the talk."""
        return self._record(self.build_talk(form))

    def find_talk(self, id_or_prefix: str) -> Conversation:
        """The talk with this id, or the only one whose id starts so."""
        none = _("no talk has the id {id} (see `talks`)")
        return one_by_prefix(self.directory().conversations, id_or_prefix, none)

    def talk_form_of(self, t: Conversation) -> TalkForm:
        """The talk as the talk form holds it, so editing shows what parses back."""
        d = self.directory()
        network = next(n.name for n in d.networks if n.id == t.network_id)
        partner = next((p.name for p in d.partners if p.id == t.partner_id), "")
        return TalkForm(
            network=network,
            partner=partner,
            notes=t.notes,
            date=format_date(t.date),
            goal=t.goal,
            value_mine=t.value_mine,
            value_theirs=t.value_theirs,
            agreements=tuple(agreement_line(a.text, a.owes, a.due) for a in t.agreements),
            next_review=format_date(t.next_review) if t.next_review else "",
            private=t.private,
        )

    def edit_talk(self, talk_id: str, form: TalkForm) -> tuple[Conversation, Conversation]:
        """Correct a recorded talk (one undoable operation); returns (old, new)."""
        with self.store.locked():
            old = self.find_talk(talk_id)
            new = self.build_talk(form, old)
            if new == old:
                raise ValidationError("edit", _("that is how it is already: nothing to change"))
            self.store.commit("talk edit", new.date.isoformat(), [new])
            return old, new

    def edit_talk_fields(self, talk_id: str, **fields: object) -> tuple[Conversation, Conversation]:
        """Change the given fields (TalkForm names, as typed) of one talk."""
        with self.store.locked():
            old = self.find_talk(talk_id)
            try:
                return self.edit_talk(old.id, replace(self.talk_form_of(old), **fields))
            except FormErrors as exc:
                raise exc.first from None

    def delete_talk(self, talk_id: str) -> Conversation:
        """Delete a talk and the agreements made in it; `undo` brings both back."""
        with self.store.locked():
            t = self.find_talk(talk_id)
            self.store.commit("talk delete", t.date.isoformat(), remove=[t])
            return t

    def restore_talk(self, t: Conversation) -> None:
        """Undo of an edit or a delete on one screen: the talk back as it was."""
        with self.store.locked():
            self.store.commit("talk edit", t.date.isoformat(), [t])

    def snooze(self, network: Network, partner: Partner | None, days: int) -> Snooze:
        """Put off a due talk for `days` days (today counts as the first); there must be
        one, judged over the network's alarm window like every prompt."""
        if not 1 <= days <= 365:
            raise ValidationError("days", _("snooze for 1 to 365 days"))
        report = self.report(network, self.alarm_window(network), trend=False)
        due = (
            report.prompt
            if partner is None
            else any(p.prompt for p in report.partners if p.partner.id == partner.id)
        )
        if not due:
            if partner:
                said = _("no talk is due with {name}: nothing to snooze")
            else:
                said = _("no talk is due with the whole of {name}: nothing to snooze")
            raise ValidationError(
                "snooze", said.format(name=partner.name if partner else network.name)
            )
        s = Snooze(network.id, partner.id if partner else None, self.today() + timedelta(days))
        self.store.save_snooze(s)
        return s
