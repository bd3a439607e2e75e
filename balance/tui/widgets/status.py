"""Status in colour and words: the colour never carries the meaning alone."""

from __future__ import annotations

from textual.content import Content

from balance.core.model import Status
from balance.core.words import STATUS_SIGN

#: Theme variables, so every built-in theme (and the theme switch) keeps working.
STATUS_STYLE = {
    Status.BALANCED: "bold $success",
    Status.LEANING: "bold $warning",
    Status.IMBALANCED: "bold $error",
    Status.TOO_LITTLE_DATA: "$text-muted",
}


def status_class(status: Status) -> str:
    return f"status-{status.value}"


def status_badge(status: Status, upper: bool = True) -> Content:
    """'▲ IMBALANCED' in the status colour."""
    label = status.label.upper() if upper else status.label
    return Content.assemble((f"{STATUS_SIGN[status]} {label}", STATUS_STYLE[status]))


def since_label(status: Status) -> str:
    """How a card names the date a partnership started to tip: an imbalanced one
    is 'out of balance since' (as the CLI says), a leaning one 'leaning since'."""
    return "out of balance since" if status is Status.IMBALANCED else "leaning since"
