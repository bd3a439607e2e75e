"""Plain words for balances, shared by the CLI and the TUI so both say the same.

Short sentences and common words: many readers are not native English speakers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from balance.core.formats import format_amounts, format_minutes, format_money, plural
from balance.core.ledger import MIN_CONTRIBUTIONS, Balance, Carry, Totals
from balance.core.model import Contribution, Conversation, Network, Status, Value, ValueKind

STATUS_SIGN = {
    Status.BALANCED: "✓",
    Status.LEANING: "◐",
    Status.IMBALANCED: "▲",
    Status.TOO_LITTLE_DATA: "·",
}


#: How many of one kind of value, as people say it.
KIND_WORDS: dict[ValueKind, tuple[str, str]] = {
    ValueKind.REFERRAL: ("referral", "referrals"),
    ValueKind.BUSINESS: ("order", "orders"),
    ValueKind.KNOWHOW: ("piece of know-how", "pieces of know-how"),
    ValueKind.VISIBILITY: ("bit of visibility", "bits of visibility"),
    ValueKind.SUPPORT: ("helping hand", "helping hands"),
    ValueKind.OTHER: ("other value", "other values"),
}


def a_kind(kind: ValueKind) -> str:
    """'a referral', 'an order', 'another value': one value of a kind, as said."""
    word = KIND_WORDS[kind][0]
    if word.startswith("other "):
        return "an" + word  # 'another value'
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


def percent(value: Fraction | None) -> str:
    return "—" if value is None else f"{round(float(value) * 100)}%"


@dataclass(frozen=True)
class Side:
    """The other side of a balance, as a sentence names it: 'Anna Schmidt' and
    'Anna Schmidt's', or 'all partners' and 'all partners''."""

    name: str
    possessive: str

    @classmethod
    def partner(cls, name: str) -> Side:
        return cls(name, f"{name}'s")


ALL_PARTNERS = Side("all partners together", "all partners' combined")


def ratio_words(big: Fraction, small: Fraction) -> str:
    """'6 to 1', '1.5 to 1', 'about even': a ratio a person can check against the figures."""
    r = big / small
    if r < Fraction(21, 20):
        return "about even"
    if r < 10:
        text = f"{float(r):.1f}".removesuffix(".0")
        return f"{text} to 1"
    return f"{round(r)} to 1"


def _clause(
    label: str, mine: Fraction, theirs: Fraction, shown: tuple[str, str], other: Side
) -> tuple[str, str] | None:
    """One dimension as the figures show it, as (subject, the rest); None when
    neither side gave any."""
    me, them = shown
    if mine == 0 and theirs == 0:
        return None
    if theirs == 0:
        return "you", f"gave all of the {label} ({me}; {other.name} none)"
    if mine == 0:
        return other.name, f"gave all of the {label} ({them}; you none)"
    if mine >= theirs:
        ratio = ratio_words(mine, theirs)
        return "you", f"gave {me} of {label} against {other.possessive} {them} ({ratio})"
    return other.name, f"gave {them} of {label} against your {me} ({ratio_words(theirs, mine)})"


def effort_clauses(balance: Balance, other: Side, currency: str) -> list[str]:
    """Each dimension with its figures; energy only where both sides recorded it. A
    subject is said once while it stays the same ('you gave ... and all of ...')."""
    m, t = balance.mine, balance.theirs
    parts = [
        _clause(
            "time",
            Fraction(m.minutes),
            Fraction(t.minutes),
            (format_minutes(m.minutes), format_minutes(t.minutes)),
            other,
        ),
        _clause(
            "money",
            Fraction(m.money),
            Fraction(t.money),
            (format_money(m.money, currency), format_money(t.money, currency)),
            other,
        ),
    ]
    if balance.energy_defined:
        parts.append(
            _clause(
                "energy",
                Fraction(m.energy),
                Fraction(t.energy),
                (f"{m.energy} points", f"{t.energy} points"),
                other,
            )
        )
    out: list[str] = []
    subject = None
    for part in parts:
        if part is None:
            continue
        who, rest = part
        if who == subject:  # 'you gave 4h of time against Anna's 1h, 20 EUR against 5 EUR'
            rest = rest.removeprefix("gave ").replace(f"against {other.possessive} ", "against ")
            out.append(rest.replace("against your ", "against "))
        else:
            out.append(f"{who} {rest}")
        subject = who
    if not balance.energy_defined and (m.energy_recorded or t.energy_recorded):
        who = "you" if m.energy_recorded else other.name
        out.append(f"energy was recorded by {who} only, so it does not count")
    return out


def effort_sentence(balance: Balance, other: Side, currency: str) -> str:
    """'you gave 4h 30m of time against Anna's 45m (6 to 1) and all of the money
    (1234.50 EUR; Anna none)': never a ratio against zero, never a combined 'times'."""
    return join(effort_clauses(balance, other, currency)) or "nothing logged"


@dataclass(frozen=True)
class Figures:
    """One dimension as both faces show it: you against them, and your share."""

    label: str
    mine: str
    theirs: str
    share: Fraction | None


def figure_cells(b: Balance, currency: str) -> list[Figures]:
    """Time, money and energy of a balance as text: energy 'not recorded' where a side
    left it empty (one rule for the CLI table, the cards and the briefing)."""
    m, t = b.mine, b.theirs
    energy = (
        (str(m.energy), str(t.energy))
        if b.energy_defined
        else (
            str(m.energy) if m.energy_recorded else "not recorded",
            str(t.energy) if t.energy_recorded else "not recorded",
        )
    )
    return [
        Figures("time", format_minutes(m.minutes), format_minutes(t.minutes), b.shares[0]),
        Figures(
            "money", format_money(m.money, currency), format_money(t.money, currency), b.shares[1]
        ),
        Figures("energy", *energy, b.shares[2]),
    ]


def review_due_reason(last_talk: Conversation | None, review_days: int) -> str:
    """Why a review is due, true whether or not there ever was a talk."""
    if last_talk is None:
        return f"no talk yet, and the partnership is over {review_days} days old."
    if last_talk.next_review:
        return f"the review agreed for {short_date(last_talk.next_review)} has come."
    return f"the last talk is over {review_days} days old."


def totals_line(t: Totals, currency: str) -> str:
    energy = f"energy {t.energy}" if t.energy_recorded else "energy not recorded"
    return f"{format_minutes(t.minutes)} · {format_money(t.money, currency)} · {energy}"


def direction_phrase(balance: Balance, name: str) -> str:
    """Who carries the partnership, in words."""
    if balance.status is Status.TOO_LITTLE_DATA:
        if balance.count < MIN_CONTRIBUTIONS:
            return f"too little data yet ({balance.count} of {MIN_CONTRIBUTIONS} contributions)"
        return "nothing that counts in this network's balance yet"
    if balance.direction == "me":
        return "you carry this partnership"
    if balance.direction == "partner":
        return f"{name} carries this partnership"
    return "even: you both give about the same"


def network_verdict(balance: Balance) -> str:
    """You against all partners together, in words."""
    if balance.status is Status.TOO_LITTLE_DATA:
        return "too little data for the network balance yet"
    strong = balance.status is Status.IMBALANCED
    if balance.direction == "me":
        return "you carry the network" if strong else "the network leans on you"
    if balance.direction == "partner":
        return "the partners carry the network" if strong else "the network leans on the partners"
    return "even: you give about what all partners give together"


def carry_line(carry: Carry) -> str:
    """'you carry 2 of 6 partnerships, 1 carries you, 3 are even'."""
    n = carry.partnerships
    if n == 0:
        return "no partners yet"
    text = (
        f"you carry {carry.you_carry} of {n} partnership{'s' if n != 1 else ''}, "
        f"{carry.carries_you} carr{'ies' if carry.carries_you == 1 else 'y'} you, "
        f"{carry.even} {'is' if carry.even == 1 else 'are'} even"
    )
    if carry.too_little_data:
        text += f", {carry.too_little_data} too new to tell"
    return text


def since_shown(status: Status, since: date | None) -> date | None:
    """'Out of balance since' is shown only while it is out of balance: one rule for
    the card, the briefing, the prompt and the CLI."""
    if since is None or status not in (Status.LEANING, Status.IMBALANCED):
        return None
    return since


def budget_line(network: Network, this_month: Totals) -> str:
    """'this month 3h 10m of the 4h you planned' for the dimensions that have a budget."""
    b = network.budget
    parts = []

    def part(used: object, planned: object, text: str) -> None:
        over = " (over budget)" if used > planned else ""  # type: ignore[operator]
        parts.append(text + over)

    if b.minutes:
        part(
            this_month.minutes,
            b.minutes,
            f"{format_minutes(this_month.minutes)} of {format_minutes(b.minutes)}",
        )
    if b.money:
        part(
            this_month.money,
            b.money,
            f"{format_money(this_month.money, network.currency)} of "
            f"{format_money(b.money, network.currency)}",
        )
    if b.energy:
        part(this_month.energy, b.energy, f"energy {this_month.energy} of {b.energy}")
    if not parts:
        return "no monthly budget set"
    return "this month " + ", ".join(parts) + " planned"


def short_date(day: date | None) -> str:
    return "—" if day is None else day.strftime("%d %b %Y").lstrip("0")


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def logged_sentence(
    c: Contribution, network: Network, partner: str | None, head: str = "Logged"
) -> str:
    """What both faces say after a log (or an edit, a delete): who gave what, to whom,
    when, where."""
    giver = "You" if c.by == "me" else partner or "Your partner"
    towards = f" with {partner}" if c.by == "me" and partner else ""
    amounts = format_amounts(c.minutes, c.money, c.energy, network.currency)
    return (
        f"{head}: {giver} gave {amounts}{towards} on {c.date.isoformat()}: {c.what} "
        f"({network.name})."
    )


def value_logged_sentence(
    v: Value, network: Network, partner: str | None, head: str = "Logged"
) -> str:
    """What both faces say after a value is logged."""
    to = "you" if v.to == "me" else partner or "your partner"
    source = f" from {partner}" if v.to == "me" and partner else ""
    amount = f" ({format_money(v.amount, network.currency)})" if v.amount else ""
    return (
        f"{head} {a_kind(v.kind)} for {to}{source} on {v.date.isoformat()}: {v.what}{amount} "
        f"({network.name})."
    )


#: What undo says it took back, per kind of operation; {s} is the operation's subject.
UNDONE = {
    "log": "the log of '{s}'",
    "edit": "the edit of '{s}'",
    "delete": "the delete of '{s}' (it is back)",
    "import": "the import of {s} contributions",
    "network": "the change to the network {s}",
    "partner": "the change to the partner {s}",
    "talk": "the talk of {s}",
    "talk edit": "the correction of the talk of {s}",
    "talk delete": "the delete of the talk of {s} (it is back)",
    "agreement done": "ticking '{s}' done (it is open again)",
    "agreement dropped": "dropping '{s}' (it is open again)",
    "agreement open": "opening '{s}' again",
    "snooze": "the snooze until {s}",
    "value": "the value '{s}'",
    "config": "the name change to {s}",
    "rename": "the rename to {s}",
    "merge": "the merge of {s}",
    "archive": "the archiving of {s}",
    "unarchive": "the unarchiving of {s}",
}


def undone_sentence(kind: str, subject: str) -> str:
    """What both faces say after an undo."""
    what = UNDONE.get(kind, "the last change ({s})").format(s=subject)
    return f"Undone: {what}."


def merged_sentence(kind: str, source: str, target: str, contributions: int, talks: int) -> str:
    """What both faces say after a merge of two networks or partners."""
    moved = f"{plural(contributions, 'contribution')} and {plural(talks, 'talk')}"
    return f"Merged the {kind} {source} into {target}: {moved} moved."
