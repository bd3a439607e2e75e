"""Who a screen is about (a partner in a network, or the whole network), which
talks became due between two loads, and the file name an export suggests.

Plain data and functions, no textual: the rules are easy to test on their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from balance.core.reports import NetworkReport, PartnerReport
from balance.locale import N_, _

#: How a list names a network's own talk, next to the partners' names.
WHOLE_NETWORK = N_("the whole network")


@dataclass(frozen=True)
class Target:
    """A partnership (partner_id set) or a whole network (partner_id None)."""

    network_id: str
    partner_id: str | None = None

    @property
    def is_network(self) -> bool:
        return self.partner_id is None


def partner_report(report: NetworkReport, partner_id: str | None) -> PartnerReport | None:
    return next((p for p in report.partners if p.partner.id == partner_id), None)


def target_name(report: NetworkReport, target: Target) -> str:
    """'Anna Schmidt', or 'the whole network' for a network target."""
    p = partner_report(report, target.partner_id)
    return p.partner.name if p else _(WHOLE_NETWORK)


def has_prompt(report: NetworkReport, target: Target) -> bool:
    if target.is_network:
        return report.prompt
    p = partner_report(report, target.partner_id)
    return bool(p and p.prompt)


def prompt_targets(reports: Iterable[NetworkReport]) -> list[Target]:
    """Every active prompt, partners first, in the order the dashboard shows them."""
    out = []
    for r in reports:
        out.extend(Target(r.network.id, p.partner.id) for p in r.prompts)
        if r.prompt:
            out.append(Target(r.network.id))
    return out


def newly_due(
    before: Iterable[NetworkReport] | None, after: Iterable[NetworkReport]
) -> list[Target]:
    """Prompts active after a reload that were not active before it.

    `before` None is the first load: nothing has crossed yet, so nothing is new.
    """
    if before is None:
        return []
    old = set(prompt_targets(before))
    return [t for t in prompt_targets(after) if t not in old]


def snoozed_names(report: NetworkReport) -> list[tuple[str, date]]:
    """Partners (and the network) whose talk is snoozed now, with the day it comes back.

    The service decides whether a snooze is in force (`snoozed_until` is None
    otherwise): the strip, the cards and the CLI never judge it again."""
    names = [
        (p.partner.name, p.snoozed_until) for p in report.partners if p.snoozed_until is not None
    ]
    if report.snoozed_until is not None:
        names.append((_(WHOLE_NETWORK), report.snoozed_until))
    return names


def review_due_names(report: NetworkReport) -> list[str]:
    """Partners (and the network) whose regular review is due, balanced or not.

    A partner with an active prompt is left out (the prompt says more), and so
    is one whose talk is snoozed (it was put off on purpose; the strip says until
    when).
    """
    snoozed = {name for name, _day in snoozed_names(report)}
    names = [
        p.partner.name
        for p in report.partners
        if p.review_due and not p.prompt and p.partner.name not in snoozed
    ]
    if report.review_due and not report.prompt:
        names.append(_(WHOLE_NETWORK))
    return names


_TRANSLITERATE = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def slug(text: str) -> str:
    """'Gewerbeverein Hünfelden' -> 'gewerbeverein-huenfelden': safe in any file system
    and in an e-mail attachment; German umlauts are spelled out, other accents dropped."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-") or "export"


def export_file_name(network: str, partner: str | None, day: date, fmt: str = "toml") -> str:
    """The suggested name of an export (`fmt` toml or md), in the home directory."""
    parts = ["balance", slug(network)]
    if partner:
        parts.append(slug(partner))
    return f"~/{'-'.join(parts)}-{day.isoformat()}.{fmt}"
