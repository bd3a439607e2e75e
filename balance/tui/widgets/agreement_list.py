"""The agreements of a partnership (or network) as a list to tick: open ones first,
oldest first, then what was done or dropped, muted."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from balance.core.agreement_words import agreement_line
from balance.core.agreements import AgreementItem
from balance.core.model import AgreementState

MUTED = "$text-muted"


def ordered(items: Sequence[AgreementItem]) -> list[AgreementItem]:
    """Open before closed; within each, the order they were agreed in."""
    return sorted(items, key=lambda i: i.agreement.state is not AgreementState.OPEN)


def agreement_content(item: AgreementItem, them: str, today: date) -> Content:
    text = agreement_line(item, them, today)
    a = item.agreement
    if a.state is AgreementState.DONE:
        return Content.assemble(("✓ ", "$text-success"), (text, MUTED))
    if a.state is AgreementState.DROPPED:
        return Content.assemble(("✗ ", MUTED), (text, MUTED))
    if a.overdue(today):
        return Content.assemble(("! ", "$text-warning"), text)
    return Content.assemble("• ", text)


class AgreementList(OptionList):
    """One option per agreement; its id is the agreement's id."""

    def __init__(self, items: Sequence[AgreementItem], them: str, today: date, **kw: object):
        self.items = ordered(items)
        options = [Option(agreement_content(i, them, today), id=i.id) for i in self.items]
        super().__init__(*options, **kw)  # type: ignore[arg-type]

    @property
    def chosen(self) -> AgreementItem | None:
        if self.highlighted is None or not self.items:
            return None
        return self.items[self.highlighted]
