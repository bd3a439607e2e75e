"""Names as people type them: case- and accent-blind, a unique part is enough."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TypeVar

from balance.core.errors import ValidationError
from balance.core.model import Network, Partner
from balance.locale import N_, _

Named = TypeVar("Named", Network, Partner)

#: The errors per kind of name ("network", "partner"), so each reads as a whole sentence.
_ANY_NAME = N_("give a name")
_ASK = {"network": N_("give a network name"), "partner": N_("give a partner name")}
_NONE_YET = {
    "network": N_("unknown network '{query}'; there are none yet"),
    "partner": N_("unknown partner '{query}'; there are none yet"),
}
_UNKNOWN = {
    "network": N_("unknown network '{query}'; known: {names}"),
    "partner": N_("unknown partner '{query}'; known: {names}"),
}


def fold(text: str) -> str:
    """Case- and accent-blind form of a name or search text: 'jurgen' finds 'Jürgen'."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).strip()


def match_name(kind: str, query: str, items: Iterable[Named], whole: bool = False) -> Named:
    """Exact (case-blind) name first, then accent-blind, then a unique part of the name.

    With `whole` (a bulk import) only whole names count, blind to case and
    accents: a file's 'Anna' is never quietly taken for 'Anna Schmidt', with or
    without --create-missing.
    """
    items = list(items)
    if not query.strip():
        raise ValidationError(kind, _(_ASK.get(kind, _ANY_NAME)))
    for same in (
        lambda i: i.name.casefold() == query.casefold(),
        lambda i: fold(i.name) == fold(query),
    ):
        hits = [i for i in items if same(i)]
        if len(hits) == 1:
            return hits[0]
    hits = [] if whole else [i for i in items if fold(query) in fold(i.name)]
    if len(hits) == 1:
        return hits[0]
    names = ", ".join(sorted(i.name for i in (hits or items)))
    if hits:
        raise ValidationError(
            kind,
            _("'{query}' fits several: {names}; type more of the name").format(
                query=query, names=names
            ),
        )
    if not items:
        message = _NONE_YET.get(kind, N_("unknown name '{query}'; there are none yet"))
        raise ValidationError(kind, _(message).format(query=query))
    message = _UNKNOWN.get(kind, N_("unknown name '{query}'; known: {names}"))
    raise ValidationError(kind, _(message).format(query=query, names=names))
