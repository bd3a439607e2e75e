"""Which language a run speaks: config, else BALANCE_LANG, else the locale, else English."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balance.locale import _, choose, from_locale_name, language, use
from balance.service.settings import set_language, set_theme, start_language
from balance.store.errors import StoreError
from balance.store.prefs import Prefs, read_prefs, save_prefs


@pytest.mark.parametrize(
    ("configured", "environ", "expected"),
    [
        ("de", {"BALANCE_LANG": "en", "LANG": "en_US.UTF-8"}, "de"),
        (None, {"BALANCE_LANG": "de", "LANG": "en_US.UTF-8"}, "de"),
        (None, {"LANG": "de_DE.UTF-8"}, "de"),
        (None, {"LC_ALL": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"}, "de"),
        (None, {"LC_MESSAGES": "de_CH", "LANG": "en_GB.UTF-8"}, "de"),
        (None, {"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),  # the first one set decides
        (None, {"LANG": "fr_FR.UTF-8"}, "en"),
        (None, {}, "en"),
        ("xx", {"BALANCE_LANG": "de"}, "de"),  # a broken setting is passed over
        ("en", {"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_the_language_comes_from_the_first_that_names_one(
    configured: str | None, environ: dict[str, str], expected: str
) -> None:
    assert choose(configured, environ) == expected


@given(name=st.text(max_size=20))
def test_any_locale_name_gives_a_known_language_or_none(name: str) -> None:
    assert from_locale_name(name) in (None, "en", "de")


def test_use_switches_what_underscore_returns() -> None:
    use("de")
    assert (language(), _("energy {points}")) == ("de", "Energie {points}")
    use("en")
    assert (language(), _("energy {points}")) == ("en", "energy {points}")
    assert use("fr") == "en"


def test_the_chosen_language_is_kept_across_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "cfg" / "config.toml"
    monkeypatch.setenv("BALANCE_CONFIG", str(config))
    assert start_language() == "en"
    set_language("de")
    assert config.read_text("utf-8") == 'lang = "de"\n'
    use("en")
    assert start_language({"BALANCE_LANG": "en"}) == "de"  # config wins over the variable


def test_the_theme_is_kept_beside_the_language(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    save_prefs(config, lang="de")
    save_prefs(config, theme="nord")
    assert read_prefs(config) == Prefs(lang="de", theme="nord")


def test_set_theme_writes_only_a_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    monkeypatch.setenv("BALANCE_CONFIG", str(config))
    set_theme("nord")
    before = config.stat().st_mtime_ns
    set_theme("nord")
    assert config.stat().st_mtime_ns == before
    assert read_prefs().theme == "nord"


def test_a_damaged_config_file_is_never_overwritten(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("lang = [broken", "utf-8")
    assert read_prefs(config) == Prefs()  # read as nothing chosen: the run still starts
    with pytest.raises(StoreError, match="not valid TOML"):
        save_prefs(config, lang="de")
    assert config.read_text("utf-8") == "lang = [broken"
