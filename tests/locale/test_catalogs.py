"""The catalogs are complete: every marked string has a translation in English and German,
with the same placeholders, and the compiled catalogs say what the .po files say."""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from balance.locale import CATALOGS, DOMAIN, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
#: `{name}` for str.format, `%(name)s` / `%s` for argparse's own messages.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[a-z]|%[a-z]")


def catalog(lang: str) -> Catalog:
    with (CATALOGS / lang / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def marked_in_code() -> set[str]:
    """Every singular msgid the code marks (what `pybabel extract -F babel.cfg` finds)."""
    found = extract_from_dir(ROOT / "balance", method_map=[("**.py", "python")], keywords=KEYWORDS)
    return {msg[0] if isinstance(msg, tuple) else msg for _, _, msg, _, _ in found}


def forms(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple) else [message.string]


def ids(message: Message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple) else [message.id]


def key(message: Message) -> str:
    return ids(message)[0]


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_string_the_code_marks_is_translated(lang: str) -> None:
    messages = {key(m): m for m in catalog(lang) if m.id}
    code = marked_in_code()
    absent = sorted(code - messages.keys())
    empty = sorted(k for k in code & messages.keys() if not all(forms(messages[k])))
    fuzzy = sorted(k for k in code & messages.keys() if messages[k].fuzzy)
    assert not absent, f"not in the {lang} catalog (run tools/i18n.py): {absent[:10]}"
    assert not empty, f"untranslated in {lang}: {empty[:10]}"
    assert not fuzzy, f"fuzzy in {lang}: {fuzzy[:10]}"


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_translations_keep_every_placeholder(lang: str) -> None:
    wrong = []
    for m in catalog(lang):
        if not m.id:
            continue
        wanted = sorted(PLACEHOLDER.findall(ids(m)[-1]))
        for text in forms(m):
            # A singular may leave out the count ("ein Beitrag"); every other name stays.
            have = sorted(PLACEHOLDER.findall(text))
            if have != wanted and not (
                isinstance(m.id, tuple) and set(have) | {"{count}"} == set(wanted)
            ):
                wrong.append((key(m), text))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_compiled_catalog_matches_the_po_file(lang: str) -> None:
    mo = CATALOGS / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with mo.open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for m in catalog(lang):
        if not m.id:
            continue
        if isinstance(m.id, tuple):
            for n, text in zip((1, 2), forms(m), strict=False):
                assert compiled.ngettext(m.id[0], m.id[1], n) == text, (lang, m.id)
        else:
            assert compiled.gettext(m.id) == m.string, (lang, m.id)


def test_the_catalogs_ship_in_the_wheel(tmp_path: Path) -> None:
    """Built as a user's pip builds it: the compiled catalogs are inside."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in LANGUAGES:
        assert f"balance/locale/{lang}/LC_MESSAGES/balance.mo" in names


def test_the_english_catalog_says_exactly_the_source() -> None:
    """So English runs without reading a catalog (`locale.use` skips it at start-up)."""
    changed = [key(m) for m in catalog("en") if m.id and forms(m) != ids(m)]
    assert changed == []
