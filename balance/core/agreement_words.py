"""The words for agreements and for "since the last talk", built once for the CLI and
the TUI. Short sentences and common words: many readers are not native speakers."""

from __future__ import annotations

from datetime import date

from balance.core.agreements import AgreementItem, SinceTalk
from balance.core.formats import plural
from balance.core.ledger import Totals
from balance.core.model import Agreement, AgreementState
from balance.core.talk_words import received_phrase
from balance.core.words import short_date, totals_line


def owes_word(owes: str, them: str) -> str:
    """Who owes it: 'you', 'Anna', 'both of you'."""
    return {"me": "you", "partner": them, "both": "both of you"}.get(owes, owes)


def state_phrase(a: Agreement, today: date) -> str:
    """'open', 'due 30 Sep 2026', 'overdue since 30 Sep 2026', 'done 12 Oct 2026'."""
    if a.state is AgreementState.DONE:
        return f"done {short_date(a.closed)}"
    if a.state is AgreementState.DROPPED:
        return f"dropped {short_date(a.closed)}"
    if a.due is None:
        return "open"
    if a.overdue(today):
        return f"overdue since {short_date(a.due)}"
    return f"due {short_date(a.due)}"


def age_phrase(item: AgreementItem, today: date) -> str:
    """'agreed 12 Mar 2026, 84 days ago' (an age people can check against the talk)."""
    days = item.age_days(today)
    ago = "today" if days == 0 else f"{plural(days, 'day')} ago"
    return f"agreed {short_date(item.made)}, {ago}"


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
        return "nothing"
    entries = "1 entry" if t.count == 1 else f"{t.count:,} entries"
    return f"{totals_line(t, currency)} ({entries})"


def last_logged(name: str, last: date | None, since: date | None) -> str:
    """'Anna: nothing logged since 10 Aug 2026', 'you: last logged 3 Dec 2026'."""
    if last is None:
        return f"{name}: nothing logged yet"
    if since is not None and last <= since:
        return f"{name}: nothing logged since {short_date(last)}"
    return f"{name}: last logged {short_date(last)}"


def since_lines(s: SinceTalk, them: str, currency: str, today: date) -> list[str]:
    """The "since the last talk" part of a briefing, one fact a line."""
    head = (
        f"Since the last talk ({short_date(s.since)})"
        if s.since
        else "No talk yet, so everything so far"
    )
    lines = [f"{head}:"]
    if s.quiet and s.since:
        lines.append("  nothing was logged by either side since then")
    else:
        lines.append(f"  you put in {_side(s.mine, currency)}")
        lines.append(f"  {them} put in {_side(s.theirs, currency)}")
        lines.append(
            f"  came back: to you {received_phrase(s.to_me, currency)}; "
            f"to {them} {received_phrase(s.to_them, currency)}"
        )
    lines.append("  " + last_logged("you", s.last_mine, s.since))
    lines.append("  " + last_logged(them, s.last_theirs, s.since))
    if s.open:
        late = sum(1 for i in s.open if i.agreement.overdue(today))
        extra = f", {late} overdue" if late else ""
        lines.append(f"  open agreements: {len(s.open)}{extra}")
        lines.extend(f"    • {agreement_line(i, them, today)}" for i in s.open)
    else:
        lines.append("  open agreements: none")
    return lines
