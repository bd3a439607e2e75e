"""The CLI in German and in English, on the demo data, as a person runs it.

`BALANCE_LANG` picks the language; `balance config --lang` keeps one. Formats follow the
language (`1.234,50 €`, `27.11.2026`, `1 Std. 30 Min.`), machine output does not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from balance.service.demo import load_sample
from tests.conftest import Db, Result, Runner

TODAY = date.today()
GERMAN_MONEY = re.compile(r"\b\d{1,3}(?:\.\d{3})*,\d{2} €")
ENGLISH_MONEY = re.compile(r"€\d{1,3}(?:,\d{3})*\.\d{2}\b")


@pytest.fixture(scope="module")
def demo(make_db: Callable[[str], Db]) -> Db:
    db = make_db("demo")
    load_sample(db.path, TODAY)
    return db


@pytest.fixture
def speak(run: Runner, demo: Db) -> Callable[..., Result]:
    def _speak(lang: str, *args: str) -> Result:
        return run(*args, db=demo, env={**demo.env, "BALANCE_LANG": lang})

    return _speak


def test_check_in_german(speak: Callable[..., Result]) -> None:
    r = speak("de", "check", "--network", "gewerbe")
    assert r.code == 0, r
    lines = r.out.splitlines()
    since = (TODAY - timedelta(days=183)).strftime("%d.%m.")
    assert lines[0].startswith("Gewerbeverein Hünfelden · ")
    assert "letzte 6 Monate (" in lines[0] and f" bis {TODAY:%d.%m.%Y})" in lines[0], lines[0]
    assert since[:3] in lines[0]
    assert any(line.strip().startswith("Energie du") for line in lines)
    assert "▲ Anna Schmidt: EINSEITIG · du gibst mehr" in r.out
    assert GERMAN_MONEY.search(r.out) and not ENGLISH_MONEY.search(r.out)
    assert re.search(r"\b\d+ Std\. \d+ Min\.", r.out)
    assert "1. Was ist meine Motivation, und was erwarte ich?" in r.out
    for english in ("you carry", "imbalanced", "energy", "last talk", "EUR"):
        assert english not in r.out


def test_check_in_english(speak: Callable[..., Result]) -> None:
    r = speak("en", "check", "--network", "gewerbe")
    assert r.code == 0, r
    assert "last 6 months (" in r.out and f" to {TODAY.isoformat()})" in r.out
    assert "▲ Anna Schmidt: IMBALANCED · you carry this partnership" in r.out
    assert ENGLISH_MONEY.search(r.out) and not GERMAN_MONEY.search(r.out)
    assert "1. What is my motivation" in r.out
    for german in ("einseitig", "Energie", "Std."):
        assert german not in r.out


def test_json_is_the_same_in_both_languages(speak: Callable[..., Result]) -> None:
    german = speak("de", "check", "--network", "gewerbe", "--json")
    english = speak("en", "check", "--network", "gewerbe", "--json")
    assert german.code == english.code == 0
    assert json.loads(german.out) == json.loads(english.out)
    assert json.loads(german.out)["window"]["until"] == TODAY.isoformat()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "ist kein Betrag; nimm 25,50, 25.50, 1.234,50, €25 oder 25 EUR\n"),
        ("en", "is not an amount; use 25.50, 25,50, 1.234,50, €25 or 25 EUR\n"),
    ],
)  # fmt: skip
def test_a_bad_amount_is_refused_in_the_language(
    speak: Callable[..., Result], demo: Db, lang: str, expected: str
) -> None:
    before = demo.path.read_bytes()
    r = speak(lang, "log", "--network", "gewerbe", "--money", "zehn", "--what", "x")
    assert (r.code, r.out, r.err) == (2, "", f"balance: money: 'zehn' {expected}")
    assert demo.path.read_bytes() == before


def test_list_in_german_and_english(speak: Callable[..., Result]) -> None:
    german = speak("de", "list", "--network", "gewerbe").out.splitlines()
    english = speak("en", "list", "--network", "gewerbe").out.splitlines()
    assert len(german) == len(english) > 100
    assert german[-1] == f"{len(german) - 1} Beiträge."
    assert english[-1] == f"{len(english) - 1} contributions."
    # The same row: the id, then the day in each language's figures, then who gave it.
    row_de, row_en = german[-2].split(), english[-2].split()
    assert row_de[0] == row_en[0]
    day = date.fromisoformat(row_en[1])
    assert row_de[1] == day.strftime("%d.%m.%Y")
    assert (row_de[2], row_en[2]) in (("ich", "me"), ("Partner", "partner"))


def test_the_markdown_summary_in_german(speak: Callable[..., Result], tmp_path: Path) -> None:
    target = tmp_path / "anna.md"
    r = speak("de", "export", "--network", "gewerbe", "--partner", "anna", "-o", str(target))
    assert r.code == 0, r
    page = target.read_text("utf-8")
    assert page.startswith("# Partner Balance: Gewerbeverein Hünfelden mit Anna Schmidt\n")
    assert f"Geschrieben von Petra Vogel am {TODAY.day}. " in page
    assert "| Zeit | " in page and "| Energie | " in page
    assert "## Petra Vogel und Anna Schmidt" in page
    assert "Status: einseitig; Petra Vogel gibt mehr" in page
    assert GERMAN_MONEY.search(page) and not ENGLISH_MONEY.search(page)
    assert re.search(
        r"\| \d{1,2}\. (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.)"
        r" \d{4} \|",
        page,
    )
    assert "Was ist meine Motivation" in page


def test_the_toml_export_does_not_change_with_the_language(
    speak: Callable[..., Result],
) -> None:
    args = ("export", "--network", "gewerbe", "--partner", "anna", "--format", "toml")
    german, english = speak("de", *args), speak("en", *args)
    assert german.code == english.code == 0

    def without_clock(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("generated = ")]

    assert without_clock(german.out) == without_clock(english.out)
    assert 'window = "last 6 months"' in english.out


def test_config_lang_is_kept_and_wins_over_the_variable(run: Runner, db: Db) -> None:
    r = run("config", "--lang", "de", db=db)
    assert (r.code, r.out) == (0, "Die Sprache ist jetzt Deutsch.\n")
    shown = run("config", db=db, env={**db.env, "BALANCE_LANG": "en"})
    assert shown.out.splitlines()[1] == "Sprache: Deutsch"
    back = run("config", "--lang", "en", db=db)
    assert back.out == "The language is now English.\n"
    assert run("config", db=db).out.splitlines()[1] == "language: English"


def test_help_and_argparse_errors_speak_german(run: Runner, db: Db) -> None:
    env = {**db.env, "BALANCE_LANG": "de"}
    help_text = run("--help", db=db, env=env).out
    assert help_text.startswith("Aufruf: balance ")
    assert "einen Beitrag erfassen" in help_text
    r = run("log", "--network", "x", "--what", db=db, env=env)
    assert (r.code, r.err) == (
        2,
        "balance: Argument --what: erwartet einen Wert (siehe 'balance log --help')\n",
    )


def test_values_list_names_kinds_as_they_are_typed(speak: Callable[..., Result]) -> None:
    german = speak("de", "list", "--network", "gewerbe", "--values").out
    english = speak("en", "list", "--network", "gewerbe", "--values").out
    assert "  Auftrag: " in german and "  business: " not in german
    assert "  business: " in english
