"""The words for the kinds of value (what came back), shared by every face."""

from __future__ import annotations

from balance.core.formats import format_number
from balance.core.model import Kind, ValueKind
from balance.locale import N_, _, ngettext

#: The kinds of network in words (through `network_kind_word`); the value is the data's.
NETWORK_KIND_WORDS: dict[Kind, str] = {
    Kind.PROFESSIONAL: N_("professional"),
    Kind.PRIVATE: N_("private"),
    Kind.OTHER: N_("other"),
}
#: The German words typed for a kind of network, besides the English keys.
NETWORK_KIND_INPUT: dict[str, Kind] = {
    "beruflich": Kind.PROFESSIONAL,
    "privat": Kind.PRIVATE,
    "sonstiges": Kind.OTHER,
    "andere": Kind.OTHER,
}


def network_kind_word(kind: Kind) -> str:
    """'professional' / 'beruflich': a network's kind as both faces show it."""
    return _(NETWORK_KIND_WORDS[kind])


#: How many of one kind of value, as people say it (catalog messages: `kind_word()`
#: or `_()` them where they are shown; the English stays the same as data).
KIND_WORDS: dict[ValueKind, tuple[str, str]] = {
    ValueKind.REFERRAL: (N_("referral"), N_("referrals")),
    ValueKind.BUSINESS: (N_("order"), N_("orders")),
    ValueKind.KNOWHOW: (N_("piece of know-how"), N_("pieces of know-how")),
    ValueKind.VISIBILITY: (N_("bit of visibility"), N_("bits of visibility")),
    ValueKind.SUPPORT: (N_("helping hand"), N_("helping hands")),
    ValueKind.OTHER: (N_("other value"), N_("other values")),
}
#: One value of a kind, as a sentence names it: 'a referral', 'an order', 'another value'.
A_KIND: dict[ValueKind, str] = {
    ValueKind.REFERRAL: N_("a referral"),
    ValueKind.BUSINESS: N_("an order"),
    ValueKind.KNOWHOW: N_("a piece of know-how"),
    ValueKind.VISIBILITY: N_("a bit of visibility"),
    ValueKind.SUPPORT: N_("a helping hand"),
    ValueKind.OTHER: N_("another value"),
}


#: A kind of value as a list names it, and as it is typed back: 'business' / 'Auftrag'.
KIND_KEYS: dict[ValueKind, str] = {
    ValueKind.REFERRAL: N_("referral"),
    ValueKind.BUSINESS: N_("business"),
    ValueKind.KNOWHOW: N_("knowhow"),
    ValueKind.VISIBILITY: N_("visibility"),
    ValueKind.SUPPORT: N_("support"),
    ValueKind.OTHER: N_("other"),
}


def kind_key(kind: ValueKind) -> str:
    """The kind in a list line: its key in English, the word `parse_kind` reads in German."""
    return _(KIND_KEYS[kind])


def kind_word(kind: ValueKind) -> str:
    """'referral', 'order': the name of one value of a kind, in the reader's language."""
    return _(KIND_WORDS[kind][0])


def a_kind(kind: ValueKind) -> str:
    """'a referral', 'an order', 'another value': one value of a kind, as said."""
    return _(A_KIND[kind])


def kind_count(kind: ValueKind, n: int) -> str:
    """'2 referrals', '1 order', '3 pieces of know-how'."""
    forms = {
        ValueKind.REFERRAL: lambda: ngettext("{count} referral", "{count} referrals", n),
        ValueKind.BUSINESS: lambda: ngettext("{count} order", "{count} orders", n),
        ValueKind.KNOWHOW: lambda: ngettext(
            "{count} piece of know-how", "{count} pieces of know-how", n
        ),
        ValueKind.VISIBILITY: lambda: ngettext(
            "{count} bit of visibility", "{count} bits of visibility", n
        ),
        ValueKind.SUPPORT: lambda: ngettext("{count} helping hand", "{count} helping hands", n),
        ValueKind.OTHER: lambda: ngettext("{count} other value", "{count} other values", n),
    }
    return forms[kind]().format(count=format_number(n))
