"""What the CLI prints of a name or note from someone else: every character that would
act on a terminal is shown as its escape; everything else is left as it is."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from balance.core.formats import visible

#: The bidi controls that reorder what follows (overrides, embeddings, isolates, marks).
BIDI = {
    "\u061c",
    "\u200e",
    "\u200f",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
}


def acts(ch: str) -> bool:
    """The rule, said independently of the code: a control but tab and newline, or bidi."""
    return (unicodedata.category(ch) == "Cc" and ch not in "\t\n") or ch in BIDI


def test_escape_sequences_and_overrides_are_shown_as_their_escapes() -> None:
    assert visible("Rot\x1b[31m\x07 \u202eabc\tok\nä\x85") == (
        "Rot\\u001b[31m\\u0007 \\u202eabc\tok\nä\\u0085"
    )


def test_text_without_acting_characters_is_unchanged() -> None:
    text = "Jörg Größler 🎉 · €1.441,10\t(2h 30m)\n"
    assert visible(text) == text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_nothing_acts_and_nothing_else_changes(text: str) -> None:
    shown = visible(text)
    assert not any(acts(ch) for ch in shown)
    # Each acting character became the escape JSON would write for it, 6 characters.
    assert shown == "".join(f"\\u{ord(ch):04x}" if acts(ch) else ch for ch in text)
