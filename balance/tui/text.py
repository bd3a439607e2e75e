"""Text helpers for the screens: user text shown literally.

Names, notes and titles are the user's own words: `Club [/]` or `Anna [Vorstand]`
must show as written, never be read as Textual markup. Prefer `Content(text)`
(literal by construction) and `markup=False`; `markup_literal` is for the few
places that only take a markup string, such as command palette titles.
"""

from __future__ import annotations

# The service's own fold, so the TUI filters exactly as the service matches names
# (casefold, ß -> ss, accents dropped: 'getranke' finds 'Getränke').
from balance.core.names import fold
from balance.locale import N_

__all__ = ["fold", "markup_literal"]


def markup_literal(text: str) -> str:
    """Markup that shows `text` as written: every '[' escaped.

    `textual.markup.escape` leaves `[Vorstand]` alone (it does not look like a
    known tag) although the markup parser still takes it for a style.
    """
    return text.replace("[", "\\[")


#: What the dashboard says before there is anything to show (shown through `_()`).
EMPTY = N_(
    "No networks yet.\n\n"
    "Press n to add a network you invest in (a business association, a club, a project),\n"
    "then p to add the partners you work with there, and l to log what each side puts in.\n\n"
    "Or try `balance demo` to see a living dashboard with sample data."
)


#: A network without partners (shown through `_()`).
NO_PARTNERS = N_(
    "No partners in this network yet. Press p to add the people you work with here, "
    "then l to log what each side puts in."
)
