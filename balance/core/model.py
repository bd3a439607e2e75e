"""The concepts of Partner Balance as frozen values.

Everything here is pure: no I/O, no Textual, no TinyDB. Values are validated
when they are built, so a `Contribution` that exists is a valid one and the
rest of the code never has to check again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from balance.core.errors import ValidationError
from balance.core.formats import format_number
from balance.locale import N_, _

By = Literal["me", "partner"]
BY_VALUES: tuple[str, ...] = ("me", "partner")
#: Who owes an agreement: one side, or both together.
Owes = Literal["me", "partner", "both"]
OWES_VALUES: tuple[str, ...] = ("me", "partner", "both")

#: A note or text longer than this is refused: a ledger line is not a document,
#: and a 10 MB note would make every later command slow.
MAX_TEXT = 10_000
MAX_WHAT = 200
MAX_MINUTES = 60 * 24 * 366
MAX_MONEY = Decimal("1000000000")
ENERGY_MAX = 5


#: The questions of the "shared goal and value" conversation.
#: Catalog messages (N_): `_(question)` where they are shown; the TOML keeps them English.
THREE_QUESTIONS = (
    N_("What is my motivation, and what do I expect?"),
    N_("Do we work together with appreciation, towards a shared goal?"),
    N_("What exactly is the added value (Mehrwert) for each of us?"),
)


class Kind(StrEnum):
    PROFESSIONAL = "professional"
    PRIVATE = "private"
    OTHER = "other"


class ValueKind(StrEnum):
    """What came back: BNI's referral slips and "thank you for closed business"."""

    REFERRAL = "referral"
    BUSINESS = "business"
    KNOWHOW = "knowhow"
    VISIBILITY = "visibility"
    SUPPORT = "support"
    OTHER = "other"


class Status(StrEnum):
    BALANCED = "balanced"
    LEANING = "leaning"
    IMBALANCED = "imbalanced"
    TOO_LITTLE_DATA = "too_little_data"

    @property
    def label(self) -> str:
        """Words for people, in the reader's language: the enum value is for scripts."""
        return _(STATUS_WORDS[self.value])


#: The status words people read, by enum value (catalog messages: shown with `_()`).
STATUS_WORDS = {
    "balanced": N_("balanced"),
    "leaning": N_("leaning"),
    "imbalanced": N_("imbalanced"),
    "too_little_data": N_("too little data"),
}


def new_id() -> str:
    """Stable ids of our own, never TinyDB doc ids, so they survive rewrites.

    A random (version 4) UUID as 32 hex digits, the same as `uuid.uuid4().hex`,
    built without importing `uuid` (and `platform`), which `balance log` pays for.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return raw.hex()


@dataclass(frozen=True)
class Weights:
    """How much each dimension counts in the combined share (shares, not prices)."""

    time: Decimal = Decimal(1)
    money: Decimal = Decimal(1)
    energy: Decimal = Decimal(1)

    def __post_init__(self) -> None:
        for name in (N_("time"), N_("money"), N_("energy")):
            value = getattr(self, name)
            if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
                raise ValidationError(
                    "weights", _("{name} weight must be a number >= 0").format(name=_(name))
                )
        if self.time == self.money == self.energy == 0:
            raise ValidationError("weights", _("at least one weight must be above 0"))


@dataclass(frozen=True)
class Budget:
    """What you are willing to invest per month; None means 'not said'."""

    minutes: int | None = None
    money: Decimal | None = None
    energy: int | None = None


@dataclass(frozen=True)
class Network:
    """A network you belong to, with the rules its balances are judged by.

    Every dataclass here carries a docstring: without one, `dataclass` asks
    `inspect.signature` for a substitute at import, a cost each command pays.
    """

    id: str
    name: str
    kind: Kind = Kind.PROFESSIONAL
    currency: str = "EUR"
    motivation: str = ""
    expectations: tuple[str, ...] = ()
    goal: str = ""
    success: str = ""
    budget: Budget = field(default_factory=Budget)
    review_days: int = 90
    lean_ratio: Decimal = Decimal("1.5")
    imbalance_ratio: Decimal = Decimal("2.0")
    weights: Weights = field(default_factory=Weights)
    cooldown_days: int = 30
    #: Prompts and "talks due" are judged over this many months, whatever the view.
    alarm_months: int = 6
    #: When you joined: with the partners' `added`, it starts the review cadence.
    added: date | None = None
    #: Hidden from the dashboard and the overview, kept in the data and every figure.
    archived: bool = False

    def __post_init__(self) -> None:
        _check_name("network", self.name)
        if not (len(self.currency) == 3 and self.currency.isalpha() and self.currency.isupper()):
            raise ValidationError("currency", _("use a three-letter code such as EUR, CHF or USD"))
        if not (Decimal(1) < self.lean_ratio <= self.imbalance_ratio):
            raise ValidationError(
                "thresholds",
                _(
                    "the 'leaning' limit must be above 1 and at most the 'imbalanced' limit, "
                    "e.g. 1.5 and 2.0"
                ),
            )
        if self.review_days < 1:
            raise ValidationError("review-days", _("must be a whole number of days >= 1"))
        if self.cooldown_days < 0:
            raise ValidationError("cooldown-days", _("must be a whole number of days >= 0"))
        if not 1 <= self.alarm_months <= 120:
            raise ValidationError("alarm-months", _("must be a whole number of months, 1 to 120"))
        for text in (self.motivation, self.goal, self.success, *self.expectations):
            _check_text("canvas", text, MAX_TEXT)


@dataclass(frozen=True)
class Partner:
    """`added` is when the partnership began (the day it was added, or its first
    contribution if that is older): it starts the review cadence until a talk."""

    id: str
    name: str
    network_ids: tuple[str, ...] = ()
    added: date | None = None
    #: No card of its own any more; its contributions still count for the network.
    archived: bool = False

    def __post_init__(self) -> None:
        _check_name("partner", self.name)


@dataclass(frozen=True)
class Contribution:
    """One thing someone put in. At least one of time, money, energy is above 0.

    `energy` None means "not recorded" (you rarely know what an evening cost your
    partner); 0 is an explicit "none".
    """

    id: str
    network_id: str
    partner_id: str | None
    by: By
    date: date
    minutes: int = 0
    money: Decimal = Decimal(0)
    energy: int | None = None
    what: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    private: bool = False

    @property
    def count(self) -> int:
        """How many entries this is: one (a month's total counts many; `monthly`)."""
        return 1

    @property
    def energy_count(self) -> int:
        """How many entries recorded energy: this one, or none."""
        return 0 if self.energy is None else 1

    def __post_init__(self) -> None:
        if self.by not in BY_VALUES:
            raise ValidationError("by", _("use 'me' or 'partner'"))
        if self.by == "partner" and self.partner_id is None:
            raise ValidationError("partner", _("'by partner' needs a partner: whose was it?"))
        if not isinstance(self.minutes, int) or not 0 <= self.minutes <= MAX_MINUTES:
            raise ValidationError("time", _("must be whole minutes >= 0"))
        if not isinstance(self.money, Decimal) or not self.money.is_finite():
            raise ValidationError("money", _("must be an exact amount such as 25.50"))
        if not Decimal(0) <= self.money <= MAX_MONEY:
            raise ValidationError("money", _between())
        if self.energy is not None and (
            not isinstance(self.energy, int)
            or isinstance(self.energy, bool)
            or not 0 <= self.energy <= ENERGY_MAX
        ):
            raise ValidationError("energy", _("use a whole number from 0 (none) to 5 (draining)"))
        check_amounts(self.minutes, self.money, self.energy)
        check_what(self.what)
        _check_text("note", self.note, MAX_TEXT)
        for tag in self.tags:
            _check_text("tag", tag, MAX_WHAT)


class AgreementState(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Agreement:
    """One thing agreed in a talk. It lives in its talk (it was agreed there, and goes
    with it when the talk is deleted) but has its own id, so it can be ticked alone.

    `closed` is the day it was done or dropped; an open one has none.
    """

    id: str
    text: str
    owes: Owes = "both"
    due: date | None = None
    state: AgreementState = AgreementState.OPEN
    closed: date | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValidationError("agreement", _("say in a few words what was agreed"))
        _check_text("agreement", self.text, MAX_TEXT)
        if self.owes not in OWES_VALUES:
            raise ValidationError("agreement", _("who owes it: use 'me', 'partner' or 'both'"))
        if not isinstance(self.state, AgreementState):
            raise ValidationError("agreement", _("the state is one of open, done, dropped"))
        if (self.state is AgreementState.OPEN) != (self.closed is None):
            raise ValidationError("agreement", _("a done or dropped agreement has its day"))

    def overdue(self, today: date) -> bool:
        """Open, and its due day has passed: the day itself still counts as in time."""
        return self.state is AgreementState.OPEN and self.due is not None and self.due < today


@dataclass(frozen=True)
class Conversation:
    """A recorded 'shared goal and value' talk; partner None means the whole network.

    `private` keeps the notes and what each side gets (value_mine, value_theirs) on
    this machine: exports leave them out. The goal and agreements are shared.
    """

    id: str
    network_id: str
    partner_id: str | None
    date: date
    notes: str
    goal: str = ""
    value_mine: str = ""
    value_theirs: str = ""
    agreements: tuple[Agreement, ...] = ()
    next_review: date | None = None
    private: bool = False

    def __post_init__(self) -> None:
        if not self.notes.strip():
            raise ValidationError("notes", _("say in a few words what you talked about"))
        for text in (self.notes, self.goal, self.value_mine, self.value_theirs):
            _check_text("notes", text, MAX_TEXT)


@dataclass(frozen=True)
class Value:
    """Something that came out of the collaboration for one side (Mehrwert).

    `to` is who received it; partner None means from the network as a whole.
    `amount` is the business it brought, for `business` values, if known.
    """

    id: str
    network_id: str
    partner_id: str | None
    to: By
    date: date
    kind: ValueKind
    what: str
    amount: Decimal | None = None
    note: str = ""
    private: bool = False

    def __post_init__(self) -> None:
        if self.to not in BY_VALUES:
            raise ValidationError("to", _("use 'me' or 'partner'"))
        if self.to == "partner" and self.partner_id is None:
            raise ValidationError("partner", _("'to partner' needs a partner: who received it?"))
        if not isinstance(self.kind, ValueKind):
            raise ValidationError(
                "kind", _("use one of {kinds}").format(kinds=", ".join(k.value for k in ValueKind))
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise ValidationError("amount", _("must be an exact amount such as 2400.00"))
            if not Decimal(0) <= self.amount <= MAX_MONEY:
                raise ValidationError("amount", _between())
        check_what(self.what)
        _check_text("note", self.note, MAX_TEXT)


@dataclass(frozen=True)
class Snooze:
    """A prompt put off: it is back on `until` (the day it ends); partner None means the
    network prompt."""

    network_id: str
    partner_id: str | None
    until: date


def _between() -> str:
    return _("must be between 0 and {limit}").format(limit=format_number(int(MAX_MONEY)))


def check_amounts(minutes: int, money: Decimal, energy: int | None) -> None:
    if minutes == 0 and money == 0 and not energy:
        raise ValidationError("amount", _("give at least one of time, money or energy above 0"))


def check_what(what: str) -> None:
    if not what.strip():
        raise ValidationError("what", _("say in a few words what it was"))
    _check_text("what", what, MAX_WHAT)


def _check_name(field_name: str, name: str) -> None:
    if not name.strip():
        raise ValidationError(field_name, _("the name must not be empty"))
    if len(name) > MAX_WHAT:
        raise ValidationError(
            field_name,
            _("the name is longer than {limit} characters").format(limit=format_number(MAX_WHAT)),
        )
    if any(ch in name for ch in "\n\r\t"):
        raise ValidationError(field_name, _("the name must be one line"))


def _check_text(field_name: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise ValidationError(
            field_name, _("is longer than {limit} characters").format(limit=format_number(limit))
        )
