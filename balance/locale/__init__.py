"""The reader's language: gettext catalogs, which language is on, and how it is chosen.

The lowest layer, so the core's sentences can be translated without the core
doing any I/O of its own: a catalog is read once, the first time its language
is used. Only the standard library is imported here, so `balance log` pays for
one compiled catalog and nothing more.

Strings are marked with `_()` where they are shown, and with `N_()` where they
are defined ahead of time (module constants, key tables): those are looked up
again with `_()` when shown, so a language switched at run time applies to them.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from pathlib import Path

DOMAIN = "balance"
CATALOGS = Path(__file__).parent
#: The languages with a complete catalog, by their code; English is the source.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
DEFAULT = "en"
#: The environment variables that name the language, most specific first.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_loaded: dict[str, gettext.NullTranslations] = {}
_current: gettext.NullTranslations = gettext.NullTranslations()
_language = DEFAULT


def language() -> str:
    """The code of the language in use: 'en' or 'de'."""
    return _language


def use(code: str) -> str:
    """Switch every later `_()` to `code` (unknown codes mean English); returns the code."""
    global _current, _language
    code = code if code in LANGUAGES else DEFAULT
    if code == DEFAULT:  # the source text is English: no catalog to read (start-up time)
        _loaded.setdefault(code, gettext.NullTranslations())
    if code not in _loaded:
        _loaded[code] = gettext.translation(
            DOMAIN, localedir=CATALOGS, languages=[code], fallback=True
        )
    _current, _language = _loaded[code], code
    return code


def _(message: str) -> str:
    """`message` in the language in use."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message that fits the number `n`, in the language in use."""
    return _current.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for the catalog without translating it yet (it is shown later via `_`)."""
    return message


def from_locale_name(name: str) -> str | None:
    """'de_DE.UTF-8' -> 'de'; None for a name without a language we have ('C', 'fr_FR')."""
    code = name.split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].split("-", 1)[0].lower()
    return code if code in LANGUAGES else None


def choose(configured: str | None, environ: Mapping[str, str]) -> str:
    """The language to use: `balance config --lang`, else BALANCE_LANG, else the locale,
    else English. A setting that names no known language is passed over."""
    for name in (configured, environ.get("BALANCE_LANG")):
        if name and (code := from_locale_name(name)):
            return code
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable)
        if value:  # the first one set decides, as in POSIX
            return from_locale_name(value) or DEFAULT
    return DEFAULT
