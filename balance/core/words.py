"""Plain words for balances, shared by the CLI and the TUI so both say the same.

Short sentences and common words: many readers are not native English speakers.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING

from balance.core.formats import format_amounts, format_minutes, format_money, plural
from balance.core.ledger import MIN_CONTRIBUTIONS, Balance, Totals
from balance.core.model import Contribution, Network, Status
from balance.core.window import Window

if TYPE_CHECKING:
    from balance.core.reports import NetworkReport

STATUS_SIGN = {
    Status.BALANCED: "✓",
    Status.LEANING: "◐",
    Status.IMBALANCED: "▲",
    Status.TOO_LITTLE_DATA: "·",
}


def percent(value: Fraction | None) -> str:
    return "—" if value is None else f"{round(float(value) * 100)}%"


def times(value: Fraction | None) -> str:
    """'2.3x', or 'all of it' when the other side gave nothing."""
    return "all of it" if value is None else f"{float(value):.1f}x"


def totals_line(t: Totals, currency: str) -> str:
    return f"{format_minutes(t.minutes)} · {format_money(t.money, currency)} · energy {t.energy}"


def direction_phrase(balance: Balance, name: str) -> str:
    """Who carries the partnership, in words."""
    if balance.status is Status.TOO_LITTLE_DATA:
        if balance.count < MIN_CONTRIBUTIONS:
            return f"too little data yet ({balance.count} of {MIN_CONTRIBUTIONS} contributions)"
        return "nothing that counts in this network's balance yet"
    if balance.direction == "me":
        return f"you carry this partnership ({times(balance.ratio)})"
    if balance.direction == "partner":
        return f"{name} carries this partnership ({times(balance.ratio)})"
    return "even: you both give about the same"


def network_verdict(balance: Balance) -> str:
    """You against the mean active partner, in words."""
    if balance.status is Status.TOO_LITTLE_DATA:
        return "too little data for the network balance yet"
    if balance.direction == "me":
        if balance.ratio is None:
            return "you carry it all: the active members gave nothing back"
        return f"you carry {times(balance.ratio)} what an average member does"
    if balance.direction == "partner":
        if balance.ratio is None:
            return "the others carry it all: you gave nothing yet"
        return f"an average member gives {times(balance.ratio)} what you do"
    return "you give about what an average member does"


def network_sentence(report: NetworkReport) -> str:
    """The facts behind a network prompt, in the words of a partner prompt."""
    nb = report.network_balance
    n = report.network
    mean = nb.mean_totals
    period = report.window.period
    return (
        f"{period} you gave {totals_line(nb.mine, n.currency)} to {n.name}; an average "
        f"active member gave {totals_line(mean, n.currency)}: "
        f"{network_verdict(nb.balance)}."
    )


def network_advice(balance: Balance) -> str:
    if balance.direction == "me":
        return (
            "Time for the shared-goal talk with the network: say what you expect, and ask "
            "who can take on a part of the work."
        )
    return "The others carry more. Time to thank them, and to ask what you can bring."


def prompt_sentence(balance: Balance, name: str, window: Window) -> str:
    """The facts behind a prompt, e.g. 'Over the last 6 months you gave 72% of the time ...'."""
    dims = []
    for label, s in zip(("time", "money", "energy"), balance.shares, strict=True):
        if s is None:
            continue
        mine_side = s if balance.direction == "me" else 1 - s
        if mine_side > Fraction(1, 2):
            dims.append(f"{percent(mine_side)} of the {label}")
    what = _join(dims) or "more"
    period = window.period
    ratio = balance.ratio
    if balance.direction == "me":
        tail = (
            f"about {float(ratio):.1f} times what {name} did"
            if ratio is not None
            else f"{name} gave nothing in return"
        )
        return f"{period} you gave {what} in your partnership with {name}: {tail}."
    tail = (
        f"about {float(ratio):.1f} times what you did"
        if ratio is not None
        else "you gave nothing in return"
    )
    return f"{period} {name} gave {what} in your partnership: {tail}."


def prompt_advice(balance: Balance, name: str) -> str:
    if balance.direction == "me":
        return (
            f"Time for the shared-goal talk with {name}: say what you expect, and ask what "
            "the partnership is worth to them."
        )
    return f"{name} carries more. Time to thank them, and to ask what you can bring."


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


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: list[object]) -> str:
    """Shares 0..1 as block characters; a gap where the share is undefined."""
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        else:
            out.append(SPARK[min(len(SPARK) - 1, int(float(v) * len(SPARK)))])  # type: ignore[arg-type]
    return "".join(out)


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


#: What undo says it took back, per kind of operation; {s} is the operation's subject.
UNDONE = {
    "log": "the log of '{s}'",
    "edit": "the edit of '{s}'",
    "delete": "the delete of '{s}' (it is back)",
    "import": "the import of {s} contributions",
    "network": "the change to the network {s}",
    "partner": "the change to the partner {s}",
    "talk": "the talk of {s}",
    "snooze": "the snooze until {s}",
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
