"""The history's side lists: the talks with a partner and what came back, newest first.

Each option's id is the entry's id, so the screen edits and deletes what is chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from balance.core.formats import format_day, format_money, format_number
from balance.core.kind_words import kind_word
from balance.core.model import Conversation, Value
from balance.locale import _, ngettext

MUTED = "$text-muted"
NOTES_SHOWN = 60


def talk_content(t: Conversation) -> Content:
    """'29 Jun 2026  Gespräch im Café …  · 4 agreements · private'."""
    extras = []
    if t.agreements:
        n = len(t.agreements)
        extras.append(
            ngettext("{count} agreement", "{count} agreements", n).format(count=format_number(n))
        )
    if t.private:
        extras.append(_("private"))
    if t.next_review:
        extras.append(_("next review {date}").format(date=format_day(t.next_review)))
    notes = " ".join(t.notes.split())
    if len(notes) > NOTES_SHOWN:  # one line per talk; the form shows all of it
        notes = notes[: NOTES_SHOWN - 1].rstrip() + "…"
    tail = ("  · " + " · ".join(extras), MUTED) if extras else ""
    return Content.assemble((format_day(t.date), "bold"), "  ", notes, tail)


def value_content(v: Value, them: str, currency: str) -> Content:
    """'20 Jul 2026  for Anna Schmidt · order · Neuer Mandant … · €1,800.00'."""
    who = _("for you") if v.to == "me" else _("for {name}").format(name=them)
    amount = f" · {format_money(v.amount, currency)}" if v.amount is not None else ""
    private = ("  · " + _("private"), MUTED) if v.private else ""
    return Content.assemble(
        (format_day(v.date), "bold"),
        "  ",
        (f"{who} · {kind_word(v.kind)} · ", MUTED),
        v.what,
        amount,
        private,
    )


class EntryList(OptionList):
    """Talks or values, newest first; `chosen` is the one under the cursor."""

    def __init__(
        self, entries: Sequence[Conversation | Value], options: list[Content], **kw: object
    ):
        self.entries = list(entries)
        super().__init__(
            *(Option(c, id=e.id) for e, c in zip(self.entries, options, strict=True)),
            **kw,  # type: ignore[arg-type]
        )

    @property
    def chosen(self) -> Conversation | Value | None:
        if self.highlighted is None or not self.entries:
            return None
        return self.entries[self.highlighted]


def talk_list(talks: Sequence[Conversation], **kw: object) -> EntryList:
    newest = sorted(talks, key=lambda t: (t.date, t.id), reverse=True)
    return EntryList(newest, [talk_content(t) for t in newest], **kw)


def value_list(values: Sequence[Value], them: str, currency: str, **kw: object) -> EntryList:
    newest = sorted(values, key=lambda v: (v.date, v.id), reverse=True)
    return EntryList(newest, [value_content(v, them, currency) for v in newest], **kw)
