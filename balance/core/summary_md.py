"""The summary as a Markdown page, for a partner who does not read TOML.

Pure, and written from the same `Summary` as the TOML, so both say the same facts.
It names both people and never says "you": the page is read by the other side.
Private entries show as "(private)" with their date and amounts, like the TOML.
Every word is in the reader's language; the figures are formatted for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from balance.core.agreement_words import state_phrase
from balance.core.formats import format_minutes, format_money, format_number
from balance.core.ledger import Balance
from balance.core.model import (
    THREE_QUESTIONS,
    AgreementState,
    Contribution,
    Conversation,
    Status,
    Value,
)
from balance.core.summary import (
    PRIVATE,
    PartnerPart,
    Summary,
    ordered,
    ordered_talks,
    ordered_values,
)
from balance.core.talk_words import received_phrase
from balance.core.words import figure_cells, kind_word, percent, short_date
from balance.locale import _

STATE_BOX = {"open": "[ ]", "done": "[x]", "dropped": "[-]"}


def cell(text: str) -> str:
    """One table cell: a pipe or a line break in a note must not break the table."""
    return " ".join(text.split()).replace("|", "\\|") or "—"


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], right: int = 1) -> list[str]:
    """A table whose first `right` columns are left-aligned and the rest right-aligned."""
    align = ["---" if i < right else "---:" for i in range(len(head))]
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines


def standing_line(b: Balance, me: str, them: str) -> str:
    """'Status: imbalanced; Petra Vogel carries more of it (share of the effort: Petra
    Vogel 81%, Anna Schmidt 19%).'"""
    if b.status is Status.TOO_LITTLE_DATA:
        return _("Status: too little data yet.")
    if b.direction == "me":
        who = _("{name} carries more of it").format(name=me)
    elif b.direction == "partner":
        who = _("{name} carries more of it").format(name=them)
    else:
        who = _("both give about the same")
    theirs = None if b.share is None else 1 - b.share
    shares = f"{me} {percent(b.share)}, {them} {percent(theirs)}"
    return _("Status: {status}; {who} (share of the effort: {shares}).").format(
        status=b.status.label, who=who, shares=shares
    )


def _figures(part: PartnerPart, me: str, currency: str) -> list[str]:
    b, v = part.standing.balance, part.standing.values
    rows = [[f.label.capitalize(), f.mine, f.theirs] for f in figure_cells(b, currency)]
    rows.append([_("Contributions"), format_number(b.mine.count), format_number(b.theirs.count)])
    rows.append(
        [
            _("What came back"),
            received_phrase(v.mine, currency),
            received_phrase(v.theirs, currency),
        ]
    )
    return _table(["", me, part.name], rows)


def _who(by: str, me: str, them: str) -> str:
    return me if by == "me" else them


def _contributions(rows: Sequence[Contribution], me: str, them: str, currency: str) -> list[str]:
    def line(c: Contribution) -> list[str]:
        return [
            short_date(c.date),
            _who(c.by, me, them),
            _(PRIVATE) if c.private else c.what,
            format_minutes(c.minutes) if c.minutes else "",
            format_money(c.money, currency) if c.money else "",
            "" if c.energy is None else str(c.energy),
        ]

    if not rows:
        return []
    head = [_("Date"), _("By"), _("What"), _("Time"), _("Money"), _("Energy")]
    return _table(head, (line(c) for c in ordered(rows)), right=3)


def _values(values: Sequence[Value], me: str, them: str, currency: str) -> list[str]:
    def line(v: Value) -> list[str]:
        return [
            short_date(v.date),
            _who(v.to, me, them),
            kind_word(v.kind),
            _(PRIVATE) if v.private else v.what,
            "" if v.amount is None else format_money(v.amount, currency),
        ]

    if not values:
        return []
    head = [_("Date"), _("For"), _("Kind"), _("What"), _("Amount")]
    return _table(head, (line(v) for v in ordered_values(values)), right=4)


def _owes(owes: str, me: str, them: str) -> str:
    return {"me": me, "partner": them}.get(owes) or _("both")


def _talks(talks: Sequence[Conversation], me: str, them: str, today: date) -> list[str]:
    out: list[str] = []
    for t in ordered_talks(talks):
        out.append(f"- **{short_date(t.date)}**: {cell(_(PRIVATE) if t.private else t.notes)}")
        if t.goal:
            out.append("  - " + _("Shared goal: {text}").format(text=cell(t.goal)))
        for name, value in ((me, t.value_mine), (them, t.value_theirs)):
            if not t.private and value:
                out.append(
                    "  - " + _("Value for {name}: {value}").format(name=name, value=cell(value))
                )
        for a in t.agreements:
            # The briefing's words for the state; an open one says "open" first.
            state = state_phrase(a, today)
            if a.state is AgreementState.OPEN and a.due:
                state = _("open, {state}").format(state=state)
            owes = _owes(a.owes, me, them)
            out.append(f"  - {STATE_BOX[a.state.value]} {owes}: {cell(a.text)} ({state})")
        if t.next_review:
            out.append("  - " + _("Next review: {day}").format(day=short_date(t.next_review)))
    return out


def _section(title: str, lines: list[str], level: int = 3) -> list[str]:
    return [f"{'#' * level} {title}", "", *lines, ""] if lines else []


def _partner(part: PartnerPart, me: str, currency: str, today: date) -> list[str]:
    them = part.name
    return [
        "## " + _("{me} and {them}").format(me=me, them=them),
        "",
        standing_line(part.standing.balance, me, them),
        "",
        *_figures(part, me, currency),
        "",
        *_section(_("Contributions"), _contributions(part.rows, me, them, currency)),
        *_section(_("What came back"), _values(part.values, me, them, currency)),
        *_section(_("Talks and agreements"), _talks(part.conversations, me, them, today)),
    ]


def _period(s: Summary) -> str:
    if s.since is None:
        return _("the beginning to {until} ({window})").format(
            until=short_date(s.until), window=s.window
        )
    return _("{start} to {until} ({window})").format(
        start=short_date(s.since), until=short_date(s.until), window=s.window
    )


def _canvas(s: Summary) -> list[str]:
    n = s.network
    facts = [
        (_("Motivation: {text}"), n.motivation),
        (_("Expectations: {text}"), ", ".join(n.expectations)),
        (_("Shared goal: {text}"), n.goal),
        (_("Success looks like: {text}"), n.success),
    ]
    return ["- " + label.format(text=cell(text)) for label, text in facts if text]


def to_markdown(s: Summary) -> str:
    currency = s.network.currency
    generated: date = s.generated.date()
    lines = [
        f"# {s.title}",
        "",
        _("Written by {name} on {day} · {period}").format(
            name=s.me, day=short_date(generated), period=_period(s)
        ),
        "",
        *_section(s.network.name, _canvas(s), level=2),
    ]
    for part in s.partners:
        lines += _partner(part, s.me, currency, generated)
    net = _("the network")
    lines += _section(
        _("With the whole network: contributions"),
        _contributions(s.network_rows, s.me, net, currency),
    )
    lines += _section(
        _("With the whole network: what came back"),
        _values(s.network_values, s.me, net, currency),
    )
    lines += _section(
        _("With the whole network: talks"), _talks(s.network_conversations, s.me, net, generated)
    )
    lines += ["## " + _("Questions for the next talk"), ""]
    lines += [f"{i}. {_(q)}" for i, q in enumerate(THREE_QUESTIONS, 1)]
    return "\n".join(lines).rstrip() + "\n"
