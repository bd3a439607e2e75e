"""The words of a prompt and a briefing: what each side put in, what came back, and
what to do, built once for the CLI and the TUI.

Short sentences and common words: many readers are not native English speakers.
"""

from __future__ import annotations

from balance.core.exchange import Exchange, Received, ValueBalance
from balance.core.formats import format_money
from balance.core.model import Status
from balance.core.reports import NetworkReport, PartnerReport, Standing
from balance.core.words import ALL_PARTNERS, Side, effort_sentence, join, kind_count
from balance.locale import _


def received_phrase(r: Received, currency: str) -> str:
    """'2 referrals and 1 order (€2,400.00)', or 'nothing recorded'."""
    if not r.items:
        return _("nothing recorded")
    parts = [kind_count(k, n) for k, n in r.kinds]
    text = join(parts)
    return f"{text} ({format_money(r.amount, currency)})" if r.amount else text


def value_sentence(values: ValueBalance, other: Side, currency: str) -> str:
    """'What came back: for you 2 referrals and 1 order (€2,400.00); for Anna 1 referral.'"""
    if not values.count:
        return _("Nothing that came back is recorded yet (log it with v).")
    return _("What came back: {values}").format(values=value_line(values, other, currency))


def value_line(values: ValueBalance, other: Side, currency: str) -> str:
    """`value_sentence` without its opening words, for a row already labelled 'came back':
    'for you 2 referrals (€2,400.00); for Anna 1 referral.'"""
    if not values.count:
        return _("nothing recorded yet (log it with v)")
    return _("for you {mine}; for {name} {theirs}.").format(
        mine=received_phrase(values.mine, currency),
        name=other.called,
        theirs=received_phrase(values.theirs, currency),
    )


def exchange_phrase(standing: Standing, name: str) -> str:
    """The verdict on effort and value together, in one line."""
    b, v = standing.balance, standing.values
    if standing.exchange == Exchange.FAIR_TRADE:
        if b.direction == "me":
            return _("fair trade: you carry it, and more comes back")
        return _("fair trade: {name} carries it, and more goes back").format(name=name)
    if standing.exchange == Exchange.ONE_SIDED:
        if b.status is Status.IMBALANCED:
            if b.direction == "me":
                return _("one-sided: you carry it, and little comes back")
            return _("one-sided: {name} carries it, and little goes back").format(name=name)
        if v.direction == "me":
            return _("one-sided: you keep receiving, little goes back")
        return _("one-sided: {name} keeps receiving, little comes back").format(name=name)
    return Status(standing.exchange).label


def _facts(standing: Standing, other: Side, currency: str) -> str:
    return _("{period} {effort}. {values}").format(
        period=standing.window.period,
        effort=effort_sentence(standing.balance, other, currency),
        values=value_sentence(standing.values, other, currency),
    )


def prompt_sentence(report: NetworkReport, p: PartnerReport) -> str:
    """The facts behind a partner prompt, over the alarm window that decided it."""
    return _facts(p.alarm, Side.partner(p.partner.name), report.network.currency)


def network_sentence(report: NetworkReport) -> str:
    """The facts behind a network prompt: you against all partners together."""
    return _facts(report.alarm, ALL_PARTNERS, report.network.currency)


def prompt_advice(standing: Standing, name: str) -> str:
    """What to do about it, by who carries and who receives."""
    b, v = standing.balance, standing.values
    if b.status is Status.IMBALANCED and b.direction == "me":
        return _(
            "Time for the shared-goal talk with {name}: say what you expect, and ask what "
            "the partnership is worth to them."
        ).format(name=name)
    if b.status is Status.IMBALANCED:
        return _("{name} carries more. Time to thank them, and to ask what you can bring.").format(
            name=name
        )
    if v.direction == "me":
        return _(
            "Much comes back to you. Time to ask {name} what would help them in return."
        ).format(name=name)
    return _("Much goes back to {name}. Time to talk about what comes back to you.").format(
        name=name
    )


def network_advice(standing: Standing) -> str:
    if standing.balance.direction == "partner" or standing.values.direction == "me":
        return _("The others carry more. Time to thank them, and to ask what you can bring.")
    return _(
        "Time for the shared-goal talk with the network: say what you expect, and ask "
        "who can take on a part of the work."
    )
