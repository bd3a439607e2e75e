"""One agreement as typed on a line of the talk form or after `--agree`.

    Anna hosts every second Stammtisch
    partner: hosts every second Stammtisch (due 2027-03-01)
    ich: Flyer drucken (bis 15.01.2027)

Who owes it comes first, before a colon (me/ich, partner, both/beide/wir; left
out: both); a due day last, in brackets after "due" or "bis" (the forms of a
next review: 2027-03-01, 01.03.2027, +4w, +3m). Anything else is the text, so
an ordinary colon in it ("Termin: Mai") stays where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from balance.core.errors import ValidationError
from balance.core.formats import format_date
from balance.core.model import Owes
from balance.core.parse.common import Lazy, _with_forms
from balance.core.parse.dates import REVIEW_FORMS, parse_future_date
from balance.locale import N_, _

#: Catalog message: `_(AGREEMENT_FORMS)` where it is shown.
AGREEMENT_FORMS = N_(
    "write it as 'partner: what (due 01.03.2027)'; who owes it (me, partner, both) "
    "and the due day are optional"
)
#: Who owes it as the edit form writes it back (words `_OWES` reads in either language).
_OWES_TYPED = {"me": N_("me"), "partner": N_("partner")}
_OWES: dict[str, Owes] = {
    "me": "me",
    "ich": "me",
    "partner": "partner",
    "partnerin": "partner",
    "both": "both",
    "beide": "both",
    "wir": "both",
}
_WHO = Lazy(r"\s*(?P<who>[^\W\d_]+)\s*:\s*(?P<rest>.*)", re.DOTALL)
_DUE = Lazy(r"(?P<rest>.*?)\s*\(\s*(?:due|bis|until|fällig)\s+(?P<due>[^()]+)\)\s*", re.I)
#: Bullets people paste from notes ("- ", "• ", "* ") are not part of what was agreed.
_BULLETS = " \t•-*"


@dataclass(frozen=True)
class AgreementInput:
    """One agreement line as read: its text, who owes it, and by when."""

    text: str
    owes: Owes = "both"
    due: date | None = None


def parse_agreement(line: str, talk_day: date) -> AgreementInput:
    """Read one agreement (field "agreement"); the due day is on or after the talk."""
    body = line.strip().strip(_BULLETS).strip()
    owes: Owes = "both"
    who = _WHO.fullmatch(body)
    if who and who["who"].lower() in _OWES:
        owes, body = _OWES[who["who"].lower()], who["rest"].strip()
    due: date | None = None
    if ahead := _DUE.fullmatch(body):
        try:
            due = parse_future_date(ahead["due"], talk_day)
        except ValidationError as exc:
            reason = _("the due day {reason}").format(reason=exc.message.split(";")[0])
            raise ValidationError("agreement", _with_forms(reason, _(REVIEW_FORMS))) from None
        body = ahead["rest"].strip()
    if not body:
        reason = _("{text} says nothing").format(text=repr(line.strip()))
        raise ValidationError("agreement", _with_forms(reason, _(AGREEMENT_FORMS)))
    return AgreementInput(body, owes, due)


def agreement_line(text: str, owes: Owes, due: date | None) -> str:
    """An agreement as it is typed, so the talk's edit form shows what parses back."""
    if owes != "both":
        text = f"{_(_OWES_TYPED[owes])}: {text}"
    return _("{text} (due {day})").format(text=text, day=format_date(due)) if due else text
