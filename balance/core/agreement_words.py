"""The words for agreements and for "since the last talk", built once for the CLI and
the TUI. Short sentences and common words: many readers are not native speakers."""

from __future__ import annotations

from datetime import date

from balance.core.agreements import AgreementItem, SinceTalk
from balance.core.formats import format_number
from balance.core.ledger import Totals
from balance.core.model import Agreement, AgreementState
from balance.core.talk_words import received_phrase
from balance.core.words import short_date, totals_line
from balance.locale import _, ngettext


def owes_word(owes: str, them: str) -> str:
    """Who owes it: 'you', 'Anna', 'both of you'."""
    if owes == "me":
        return _("you")
    if owes == "both":
        return _("both of you")
    return them if owes == "partner" else owes


def state_phrase(a: Agreement, today: date) -> str:
    """'open', 'due 30 Sep 2026', 'overdue since 30 Sep 2026', 'done 12 Oct 2026'."""
    if a.state is AgreementState.DONE:
        return _("done {day}").format(day=short_date(a.closed))
    if a.state is AgreementState.DROPPED:
        return _("dropped {day}").format(day=short_date(a.closed))
    if a.due is None:
        return _("open")
    if a.overdue(today):
        return _("overdue since {day}").format(day=short_date(a.due))
    return _("due {day}").format(day=short_date(a.due))


def age_phrase(item: AgreementItem, today: date) -> str:
    """'agreed 12 Mar 2026, 84 days ago' (an age people can check against the talk)."""
    days = item.age_days(today)
    ago = (
        _("today")
        if days == 0
        else ngettext("{count} day ago", "{count} days ago", days).format(count=format_number(days))
    )
    return _("agreed {day}, {ago}").format(day=short_date(item.made), ago=ago)


def agreement_line(item: AgreementItem, them: str, today: date) -> str:
    """'Anna: hosts every second Stammtisch · overdue since 30 Sep 2026 · agreed …'.

    Who owes it leads only when it is one side: "both" is what most agreements are."""
    a = item.agreement
    head = a.text if a.owes == "both" else f"{owes_word(a.owes, them)}: {a.text}"
    if a.state is not AgreementState.OPEN:
        return f"{head} · {state_phrase(a, today)}"
    parts = [head, age_phrase(item, today)]
    if a.due is not None:
        parts.append(state_phrase(a, today))
    return " · ".join(parts)


def _side(t: Totals, currency: str) -> str:
    if not t.count:
        return _("nothing")
    entries = ngettext("{count} entry", "{count} entries", t.count).format(
        count=format_number(t.count)
    )
    return f"{totals_line(t, currency)} ({entries})"


def last_logged(name: str, last: date | None, since: date | None) -> str:
    """'Anna: nothing logged since 10 Aug 2026', 'you: last logged 3 Dec 2026'."""
    if last is None:
        return _("{name}: nothing logged yet").format(name=name)
    if since is not None and last <= since:
        return _("{name}: nothing logged since {day}").format(name=name, day=short_date(last))
    return _("{name}: last logged {day}").format(name=name, day=short_date(last))


def since_lines(s: SinceTalk, them: str, currency: str, today: date) -> list[str]:
    """The "since the last talk" part of a briefing, one fact a line."""
    head = (
        _("Since the last talk ({day}):").format(day=short_date(s.since))
        if s.since
        else _("No talk yet, so everything so far:")
    )
    lines = [head]
    if s.quiet and s.since:
        lines.append("  " + _("nothing was logged by either side since then"))
    else:
        lines.append("  " + _("you put in {what}").format(what=_side(s.mine, currency)))
        lines.append(
            "  " + _("{name} put in {what}").format(name=them, what=_side(s.theirs, currency))
        )
        lines.append(
            "  "
            + _("came back: to you {mine}; to {name} {theirs}").format(
                mine=received_phrase(s.to_me, currency),
                name=them,
                theirs=received_phrase(s.to_them, currency),
            )
        )
    lines.append("  " + last_logged(_("you"), s.last_mine, s.since))
    lines.append("  " + last_logged(them, s.last_theirs, s.since))
    if s.open:
        late = sum(1 for i in s.open if i.agreement.overdue(today))
        count = format_number(len(s.open))
        if late:
            text = _("open agreements: {count}, {late} overdue").format(
                count=count, late=format_number(late)
            )
        else:
            text = _("open agreements: {count}").format(count=count)
        lines.append("  " + text)
        lines.extend(f"    • {agreement_line(i, them, today)}" for i in s.open)
    else:
        lines.append("  " + _("open agreements: none"))
    return lines
