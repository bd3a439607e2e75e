"""What both faces say after a change: a log, an edit, a delete, an undo, a merge.

Short sentences and common words: many readers are not native English speakers.
"""

from __future__ import annotations

from datetime import date

from balance.core.formats import format_amounts, format_date, format_money, format_number
from balance.core.kind_words import a_kind
from balance.core.model import Contribution, Network, Value
from balance.locale import N_, _, ngettext

#: The heads a logged sentence starts with (callers pass the English, it is shown
#: translated).
HEADS = (N_("Logged"), N_("Changed"), N_("Deleted"))


def logged_sentence(
    c: Contribution, network: Network, partner: str | None, head: str = "Logged"
) -> str:
    """What both faces say after a log (or an edit, a delete): who gave what, to whom,
    when, where."""
    words = {
        "head": _(head),
        "amounts": format_amounts(c.minutes, c.money, c.energy, network.currency),
        "date": format_date(c.date),
        "what": c.what,
        "network": network.name,
        "partner": partner or "",
    }
    if c.by == "me" and partner:
        text = _("{head}: You gave {amounts} with {partner} on {date}: {what} ({network}).")
    elif c.by == "me":
        text = _("{head}: You gave {amounts} on {date}: {what} ({network}).")
    elif partner:
        text = _("{head}: {partner} gave {amounts} on {date}: {what} ({network}).")
    else:
        text = _("{head}: Your partner gave {amounts} on {date}: {what} ({network}).")
    return text.format(**words)


def value_logged_sentence(
    v: Value, network: Network, partner: str | None, head: str = "Logged"
) -> str:
    """What both faces say after a value is logged."""
    if v.to == "me":
        whom = _("for you from {partner}") if partner else _("for you")
    else:
        whom = _("for {partner}") if partner else _("for your partner")
    amount = f" ({format_money(v.amount, network.currency)})" if v.amount else ""
    return _("{head} {kind} {whom} on {date}: {what}{amount} ({network}).").format(
        head=_(head),
        kind=a_kind(v.kind),
        whom=whom.format(partner=partner),
        date=format_date(v.date),
        what=v.what,
        amount=amount,
        network=network.name,
    )


#: What undo says it took back, per kind of operation; {s} is the operation's subject.
UNDONE = {
    "log": N_("the log of '{s}'"),
    "edit": N_("the edit of '{s}'"),
    "delete": N_("the delete of '{s}' (it is back)"),
    "import": N_("the import of {s} contributions"),
    "network": N_("the change to the network {s}"),
    "partner": N_("the change to the partner {s}"),
    "talk": N_("the talk of {s}"),
    "talk edit": N_("the correction of the talk of {s}"),
    "talk delete": N_("the delete of the talk of {s} (it is back)"),
    "agreement done": N_("ticking '{s}' done (it is open again)"),
    "agreement dropped": N_("dropping '{s}' (it is open again)"),
    "agreement open": N_("opening '{s}' again"),
    "snooze": N_("the snooze until {s}"),
    "value": N_("the value '{s}'"),
    "config": N_("the name change to {s}"),
    "rename": N_("the rename to {s}"),
    "merge": N_("the merge of {s}"),
    "archive": N_("the archiving of {s}"),
    "unarchive": N_("the unarchiving of {s}"),
}
_LAST_CHANGE = N_("the last change ({s})")
#: The kinds whose subject is a day (ISO in the undo log), shown as the reader writes it.
_DAY_SUBJECTS = ("talk", "talk edit", "talk delete", "snooze")


def undone_sentence(kind: str, subject: str) -> str:
    """What both faces say after an undo."""
    if kind in _DAY_SUBJECTS:
        try:
            subject = format_date(date.fromisoformat(subject))
        except ValueError:
            pass  # an older log's subject: shown as it was written
    what = _(UNDONE.get(kind, _LAST_CHANGE)).format(s=subject)
    return _("Undone: {what}.").format(what=what)


#: What a merge merged, as people read it (the callers pass the data words).
MERGED_KINDS = {"network": N_("network"), "partner": N_("partner")}


def merged_sentence(kind: str, source: str, target: str, contributions: int, talks: int) -> str:
    """What both faces say after a merge of two networks or partners."""
    return ngettext(
        "Merged the {kind} {source} into {target}: {contributions} and {count} talk moved.",
        "Merged the {kind} {source} into {target}: {contributions} and {count} talks moved.",
        talks,
    ).format(
        kind=_(MERGED_KINDS.get(kind, kind)),
        source=source,
        target=target,
        count=format_number(talks),
        contributions=ngettext(
            "{count} contribution", "{count} contributions", contributions
        ).format(count=format_number(contributions)),
    )
