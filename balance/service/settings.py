"""The language and the theme: chosen once, kept across runs, the same for both faces."""

from __future__ import annotations

import os
from collections.abc import Mapping

from balance.locale import LANGUAGES, _, choose, use
from balance.store.prefs import Prefs, read_prefs, save_prefs


def start_language(environ: Mapping[str, str] | None = None) -> str:
    """Switch to the language this run speaks (config, BALANCE_LANG, locale, English)."""
    return use(choose(read_prefs().lang, os.environ if environ is None else environ))


def set_language(code: str) -> str:
    """Keep `code` ('de' or 'en') as the language of every later run, and use it now."""
    if code not in LANGUAGES:
        raise ValueError(_("unknown language {code}").format(code=code))
    save_prefs(lang=code)
    return use(code)


def prefs() -> Prefs:
    return read_prefs()


def set_theme(theme: str) -> None:
    """Keep the theme picked in the TUI for the next start."""
    if read_prefs().theme != theme:
        save_prefs(theme=theme)
