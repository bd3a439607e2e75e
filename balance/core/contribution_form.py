"""A log form as typed -> a `Contribution`: the one set of rules that `balance log`,
the TUI's log form and every row of a CSV import go through.

The names (network, partner) are resolved by the caller, which knows the
directory; everything else is judged here. A right form is read straight
through; a wrong one is judged field by field, each bad field noted, so a form
can mark them all at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

from balance.core import parse
from balance.core.errors import FormErrors, ValidationError
from balance.core.forms import Checks, LogForm
from balance.core.model import Contribution, Network, Partner, check_amounts, check_what
from balance.locale import _

T = TypeVar("T")

#: How many distinct texts `FieldParsers` remembers: a file whose cells are all
#: different (a unique note per row) must not grow the memory without end.
REMEMBERED = 32_768


class FieldParsers:
    """The parsers of a log form's fields, for one `today`.

    With `remember` (an import), each distinct text of a field is parsed once:
    a file of 100k rows holds a few hundred dates, amounts and times, typed the
    same way again and again, and the parsers are most of what a row costs. The
    values read are shared by every row that typed them (one `Decimal`, one
    `date` for all), which keeps a large import small in memory too. A text that
    was refused is refused again with the same message.
    """

    def __init__(self, today: date, remember: bool = False) -> None:
        self.today = today
        self._remember = remember
        #: (field, text) -> (value, None), or (None, (error field, message)) if refused
        self._seen: dict[tuple[str, str], tuple[object, tuple[str, str] | None]] = {}
        self._texts: dict[str, str] = {}

    def _once(self, field: str, text: str, read: Callable[[], T]) -> T:
        if not self._remember:
            return read()
        key = (field, text)
        hit = self._seen.get(key)
        if hit is None:
            try:
                hit = (read(), None)
            except ValidationError as exc:
                hit = (None, (exc.field, exc.message))  # not the exception and its frames
            if len(self._seen) < REMEMBERED:
                self._seen[key] = hit
        value, error = hit
        if error is not None:
            raise ValidationError(*error)
        return value  # type: ignore[return-value]

    def side(self, text: str) -> str:
        return self._once("by", text, lambda: parse.parse_side(text or "me", "by"))

    def day(self, text: str) -> date:
        return self._once("date", text, lambda: parse.parse_date(text or "today", self.today))

    def minutes(self, text: str) -> int:
        return self._once("time", text, lambda: parse.parse_minutes(text) if text.strip() else 0)

    def money(self, text: str, currency: str) -> Decimal:
        def read() -> Decimal:
            return parse.parse_money(text, currency) if text.strip() else Decimal(0)

        return self._once(f"money {currency}", text, read)  # machine

    def energy(self, text: str) -> int | None:
        # Left empty, energy is "not recorded", which is not the same as 0 ("none").
        return self._once(
            "energy", text, lambda: parse.parse_energy(text) if text.strip() else None
        )

    def tags(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        if len(texts) != 1:
            return parse.parse_tags(list(texts))
        return self._once("tags", texts[0], lambda: parse.parse_tags(list(texts)))

    def text(self, text: str) -> str:
        """`text`, or the same text seen before: a file repeats its `what`s."""
        if not self._remember:
            return text
        if len(self._texts) >= REMEMBERED:
            return self._texts.get(text, text)
        return self._texts.setdefault(text, text)


def contribution_from_form(
    form: LogForm,
    network: Network | None,
    partner: Partner | None,
    fields: FieldParsers,
    contribution_id: str,
    checks: Checks | None = None,
) -> Contribution:
    """Parse every field of `form`; raise FormErrors naming each bad one.

    `network` and `partner` are the names of the form as resolved: None where
    that failed, with its error already in `checks` (then the other fields are
    still judged, so the form can mark all of them).
    """
    if network is not None and not (checks and checks.errors):
        try:  # the usual case, every field right: read straight through
            return _straight(form, network, partner, fields, contribution_id)
        except ValidationError:
            pass  # judged field by field below, to name every bad one
    return _field_by_field(form, network, partner, fields, contribution_id, checks)


def _straight(
    form: LogForm,
    network: Network,
    partner: Partner | None,
    fields: FieldParsers,
    contribution_id: str,
) -> Contribution:
    """The contribution `_field_by_field` makes of a right form, without noting each
    field's outcome on the way (a third of a large import's time per row): the first
    error stops it, and the form is judged again field by field."""
    check_what(form.what)
    return Contribution(
        id=contribution_id,
        network_id=network.id,
        partner_id=partner.id if partner else None,
        by=fields.side(form.by),  # type: ignore[arg-type]
        date=fields.day(form.date),
        minutes=fields.minutes(form.time),
        money=fields.money(form.money, network.currency),
        energy=fields.energy(form.energy),
        what=fields.text(form.what.strip()),
        note=fields.text(form.note.strip()),
        tags=fields.tags(form.tags),
        private=form.private,
    )


def _field_by_field(
    form: LogForm,
    network: Network | None,
    partner: Partner | None,
    fields: FieldParsers,
    contribution_id: str,
    checks: Checks | None,
) -> Contribution:
    checks = checks or Checks()
    errors, attempt = checks.errors, checks.attempt
    by = attempt(lambda: fields.side(form.by), "me")
    if by == "partner" and not form.partner.strip():
        errors.append(ValidationError("partner", _("say whose contribution it was")))
    day = attempt(lambda: fields.day(form.date), None)
    minutes = attempt(lambda: fields.minutes(form.time), 0)
    currency = network.currency if network else "EUR"
    money = attempt(lambda: fields.money(form.money, currency), Decimal(0))
    energy = attempt(lambda: fields.energy(form.energy), None)
    tags = attempt(lambda: fields.tags(form.tags), ())
    # The two rules that span fields, checked here too so a form can mark all at once.
    attempt(lambda: check_what(form.what), None)
    attempt(lambda: check_amounts(minutes, money, energy), None)
    if errors:
        raise FormErrors(errors)
    assert network is not None and day is not None
    try:
        return Contribution(
            id=contribution_id,
            network_id=network.id,
            partner_id=partner.id if partner else None,
            by=by,  # type: ignore[arg-type]
            date=day,
            minutes=minutes,
            money=money,
            energy=energy,
            what=fields.text(form.what.strip()),
            note=fields.text(form.note.strip()),
            tags=tags,
            private=form.private,
        )
    except ValidationError as exc:
        raise FormErrors([exc]) from None
