"""Status in colour and words: the colour never carries the meaning alone."""

from __future__ import annotations

from textual.content import Content

from balance.core.model import Status
from balance.core.words import STATUS_SIGN
from balance.locale import _

#: Theme variables, so every built-in theme (and the theme switch) keeps working.
STATUS_STYLE = {
    Status.BALANCED: "bold $success",
    Status.LEANING: "bold $warning",
    Status.IMBALANCED: "bold $error",
    Status.TOO_LITTLE_DATA: "$text-muted",
}


def status_class(status: Status) -> str:
    return f"status-{status.value}"


def status_word(status: Status) -> str:
    """'imbalanced' / 'einseitig' (the core's words, in the language in use)."""
    return status.label


def status_badge(status: Status, upper: bool = True) -> Content:
    """'▲ IMBALANCED' in the status colour."""
    label = status_word(status).upper() if upper else status_word(status)
    return Content.assemble((f"{STATUS_SIGN[status]} {label}", STATUS_STYLE[status]))


def badge_width() -> int:
    """The cells the widest lower-case badge takes ('· too little data'), in the language in use."""
    return max(len(status_badge(s, upper=False).plain) for s in Status)


def since_label(status: Status) -> str:
    """How a card names the date a partnership started to tip: an imbalanced one
    is 'out of balance since' (as the CLI says), a leaning one 'leaning since'."""
    if status is Status.IMBALANCED:
        return _("out of balance since")
    return _("leaning since")


def tipped_label(status: Status) -> str:
    """The briefing's label for the same date: 'out of balance', 'leaning'."""
    return _("out of balance") if status is Status.IMBALANCED else _("leaning")
