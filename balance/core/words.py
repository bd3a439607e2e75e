"""Plain words for balances, shared by the CLI and the TUI so both say the same.

Short sentences and common words: many readers are not native English speakers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

# Re-exported (the faces import them from here): the sentences after a change, and
# below, the kind words.
from balance.core.change_words import (  # noqa: F401
    UNDONE,
    logged_sentence,
    merged_sentence,
    undone_sentence,
    value_logged_sentence,
)
from balance.core.formats import (
    format_day,
    format_energy,
    format_minutes,
    format_money,
    format_number,
    format_percent,
)
from balance.core.kind_words import A_KIND, KIND_WORDS, a_kind, kind_count, kind_word  # noqa: F401
from balance.core.ledger import MIN_CONTRIBUTIONS, Balance, Carry, Totals
from balance.core.model import Conversation, Network, Status
from balance.locale import N_, _, language, ngettext

STATUS_SIGN = {
    Status.BALANCED: "✓",
    Status.LEANING: "◐",
    Status.IMBALANCED: "▲",
    Status.TOO_LITTLE_DATA: "·",
}


#: The dimensions as people read them (catalog messages).
DIMENSION_WORDS = {"time": N_("time"), "money": N_("money"), "energy": N_("energy")}


def percent(value: Fraction | None) -> str:
    return "—" if value is None else format_percent(float(value))


@dataclass(frozen=True)
class Side:
    """The other side of a balance, as a sentence names it: 'Anna Schmidt' and
    'Anna Schmidt's', or 'all partners' and 'all partners''.

    With `marked`, `name` and `possessive` are catalog messages, translated when
    shown (ALL_PARTNERS is built at import, before the language is chosen)."""

    name: str
    possessive: str
    marked: bool = False

    @classmethod
    def partner(cls, name: str) -> Side:
        return cls(name, _("{name}'s").format(name=name))

    @property
    def called(self) -> str:
        """The name as shown."""
        return _(self.name) if self.marked else self.name

    @property
    def whose(self) -> str:
        """The possessive as shown: "Anna's" / "von Anna"."""
        return _(self.possessive) if self.marked else self.possessive


ALL_PARTNERS = Side(N_("all partners together"), N_("all partners' combined"), marked=True)


def ratio_words(big: Fraction, small: Fraction) -> str:
    """'6 to 1', '1.5 to 1', 'about even': a ratio a person can check against the figures."""
    r = big / small
    if r < Fraction(21, 20):
        return _("about even")
    if r < 10:
        text = f"{float(r):.1f}".removesuffix(".0")
        if language() == "de":
            text = text.replace(".", ",")
        return _("{ratio} to 1").format(ratio=text)
    return _("{ratio} to 1").format(ratio=format_number(round(r)))


#: Who gave what of a dimension, per case (you, them, you more, they more), as the
#: first clause of its subject and as a later one ('... and all of the money ...').
_CLAUSES = {
    "you all": (
        N_("you gave all of the {label} ({mine}; {name} none)"),
        N_("all of the {label} ({mine}; {name} none)"),
    ),
    "they all": (
        N_("{name} gave all of the {label} ({theirs}; you none)"),
        N_("all of the {label} ({theirs}; you none)"),
    ),
    "you more": (
        N_("you gave {mine} of {label} against {possessive} {theirs} ({ratio})"),
        N_("{mine} of {label} against {theirs} ({ratio})"),
    ),
    "they more": (
        N_("{name} gave {theirs} of {label} against your {mine} ({ratio})"),
        N_("{theirs} of {label} against {mine} ({ratio})"),
    ),
}


def _clause(
    label: str, mine: Fraction, theirs: Fraction, shown: tuple[str, str], other: Side
) -> tuple[str, str, dict[str, str]] | None:
    """One dimension as the figures show it, as (subject, case, its words); None when
    neither side gave any."""
    me, them = shown
    if mine == 0 and theirs == 0:
        return None
    words = {"label": _(DIMENSION_WORDS[label]), "mine": me, "theirs": them}
    words |= {"name": other.called, "possessive": other.whose}
    if theirs == 0:
        return "you", "you all", words
    if mine == 0:
        return "they", "they all", words
    if mine >= theirs:
        return "you", "you more", words | {"ratio": ratio_words(mine, theirs)}
    return "they", "they more", words | {"ratio": ratio_words(theirs, mine)}


def _points(n: int) -> str:
    return ngettext("{count} point", "{count} points", n).format(count=format_number(n))


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
                (_points(m.energy), _points(t.energy)),
                other,
            )
        )
    out: list[str] = []
    subject = None
    for part in parts:
        if part is None:
            continue
        who, case, words = part
        # 'you gave 4h of time against Anna's 1h, €20.00 against €5.00'
        first, later = _CLAUSES[case]
        out.append(_(later if who == subject else first).format(**words))
        subject = who
    if not balance.energy_defined and (m.energy_recorded or t.energy_recorded):
        if m.energy_recorded:
            out.append(_("energy was recorded by you only, so it does not count"))
        else:
            out.append(
                _("energy was recorded by {name} only, so it does not count").format(
                    name=other.called
                )
            )
    return out


def effort_sentence(balance: Balance, other: Side, currency: str) -> str:
    """'you gave 4h 30m of time against Anna's 45m (6 to 1) and all of the money
    (€1,234.50; Anna none)': never a ratio against zero, never a combined 'times'."""
    return join(effort_clauses(balance, other, currency)) or _("nothing logged")


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
            str(m.energy) if m.energy_recorded else _("not recorded"),
            str(t.energy) if t.energy_recorded else _("not recorded"),
        )
    )
    return [
        Figures(
            _(DIMENSION_WORDS["time"]),
            format_minutes(m.minutes),
            format_minutes(t.minutes),
            b.shares[0],
        ),
        Figures(
            _(DIMENSION_WORDS["money"]),
            format_money(m.money, currency),
            format_money(t.money, currency),
            b.shares[1],
        ),
        Figures(_(DIMENSION_WORDS["energy"]), *energy, b.shares[2]),
    ]


def review_due_reason(last_talk: Conversation | None, review_days: int) -> str:
    """Why a review is due, true whether or not there ever was a talk."""
    days = format_number(review_days)
    if last_talk is None:
        return ngettext(
            "no talk yet, and the partnership is over {count} day old.",
            "no talk yet, and the partnership is over {count} days old.",
            review_days,
        ).format(count=days)
    if last_talk.next_review:
        return _("the review agreed for {day} has come.").format(
            day=short_date(last_talk.next_review)
        )
    return ngettext(
        "the last talk is over {count} day old.",
        "the last talk is over {count} days old.",
        review_days,
    ).format(count=days)


def totals_line(t: Totals, currency: str) -> str:
    energy = format_energy(t.energy) if t.energy_recorded else _("energy not recorded")
    return f"{format_minutes(t.minutes)} · {format_money(t.money, currency)} · {energy}"


def direction_phrase(balance: Balance, name: str) -> str:
    """Who carries the partnership, in words."""
    if balance.status is Status.TOO_LITTLE_DATA:
        if balance.count < MIN_CONTRIBUTIONS:
            return _("too little data yet ({count} of {minimum} contributions)").format(
                count=format_number(balance.count), minimum=format_number(MIN_CONTRIBUTIONS)
            )
        return _("nothing that counts in this network's balance yet")
    if balance.direction == "me":
        return _("you carry this partnership")
    if balance.direction == "partner":
        return _("{name} carries this partnership").format(name=name)
    return _("even: you both give about the same")


def network_verdict(balance: Balance) -> str:
    """You against all partners together, in words."""
    if balance.status is Status.TOO_LITTLE_DATA:
        return _("too little data for the network balance yet")
    strong = balance.status is Status.IMBALANCED
    if balance.direction == "me":
        return _("you carry the network") if strong else _("the network leans on you")
    if balance.direction == "partner":
        if strong:
            return _("the partners carry the network")
        return _("the network leans on the partners")
    return _("even: you give about what all partners give together")


def carry_line(carry: Carry) -> str:
    """'you carry 2 of 6 partnerships, 1 carries you, 3 are even'."""
    n = carry.partnerships
    if n == 0:
        return _("no partners yet")
    parts = [
        ngettext(
            "you carry {carried} of {count} partnership",
            "you carry {carried} of {count} partnerships",
            n,
        ).format(carried=format_number(carry.you_carry), count=format_number(n)),
        ngettext("{count} carries you", "{count} carry you", carry.carries_you).format(
            count=format_number(carry.carries_you)
        ),
        ngettext("{count} is even", "{count} are even", carry.even).format(
            count=format_number(carry.even)
        ),
    ]
    if carry.too_little_data:
        parts.append(
            _("{count} too new to tell").format(count=format_number(carry.too_little_data))
        )
    return ", ".join(parts)


def since_shown(status: Status, since: date | None) -> date | None:
    """'Out of balance since' is shown only while it is out of balance: one rule for
    the card, the briefing, the prompt and the CLI."""
    if since is None or status not in (Status.LEANING, Status.IMBALANCED):
        return None
    return since


def budget_line(network: Network, this_month: Totals) -> str:
    """'this month 3h 10m of 4h planned' for the dimensions that have a budget."""
    b = network.budget
    parts = []

    def part(used: object, planned: object, used_text: str, planned_text: str) -> None:
        over = used > planned  # type: ignore[operator]
        text = _("{used} of {planned} (over budget)") if over else _("{used} of {planned}")
        parts.append(text.format(used=used_text, planned=planned_text))

    if b.minutes:
        part(
            this_month.minutes,
            b.minutes,
            format_minutes(this_month.minutes),
            format_minutes(b.minutes),
        )
    if b.money:
        part(
            this_month.money,
            b.money,
            format_money(this_month.money, network.currency),
            format_money(b.money, network.currency),
        )
    if b.energy:
        part(this_month.energy, b.energy, format_energy(this_month.energy), str(b.energy))
    if not parts:
        return _("no monthly budget set")
    return _("this month {parts} planned").format(parts=", ".join(parts))


def short_date(day: date | None) -> str:
    """A day in a sentence: '27 Nov 2026' / '27. Nov. 2026'; '—' for none."""
    return "—" if day is None else format_day(day)


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return _("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])
