"""The TUI in German, the language switch (palette and `L`) and the theme kept across runs.

The German words come from the compiled catalog (balance/locale/de); money
(`124,80 €`) and the language's own name in the header do not depend on it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from textual import constants
from textual.command import CommandPalette

from balance.locale import language, use
from balance.service.api import Service
from balance.service.demo import load_sample
from balance.store.db import Store
from balance.tui.app import BalanceApp
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.widgets.footer import Footer
from balance.tui.widgets.summary import NetworkSummary
from tests.tui.app.support import SIZE, loaded, panels, wait_for

TODAY = date(2026, 11, 28)
DEMO_GV = "Gewerbeverein Hünfelden"


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """Every test leaves English behind, whatever it switched to."""
    yield
    use("en")


@pytest.fixture
def demo(tmp_path: Path) -> Service:
    """The sample data of `balance demo`, dated to end on TODAY, read on TODAY."""
    load_sample(tmp_path / "demo.json", TODAY)
    return Service(Store(tmp_path / "demo.json"), today=lambda: TODAY)


def saved(path: Path) -> dict[str, object]:
    return tomllib.loads(path.read_text("utf-8"))


def footer_words(app: BalanceApp) -> list[str]:
    return [str(key.description) for key in app.screen.query_one(Footer).query("FooterKey")]


def notes(app: BalanceApp) -> list[str]:
    return [n.message for n in app._notifications]


async def pick_in_palette(pilot, typed: str, title: str) -> None:  # noqa: ANN001
    """ctrl+p, type, and choose the hit `title` with the arrows and Enter."""
    await pilot.press("ctrl+p")
    await choose(pilot, typed, title)


async def choose(pilot, typed: str, title: str) -> None:  # noqa: ANN001
    """In the palette that opens: type, and choose the hit `title`."""
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    palette = pilot.app.screen
    await pilot.press(*typed)
    options = palette.query_one("CommandList")

    def titles() -> list[str]:
        return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]

    await wait_for(pilot, lambda: any(title in t for t in titles()))
    index = next(i for i, t in enumerate(titles()) if title in t)
    await pilot.press(*["down"] * (index - (options.highlighted or 0)), "enter")
    await wait_for(pilot, lambda: pilot.app.screen is not palette)  # closed


async def fresh_dashboard(pilot, old: DashboardScreen) -> DashboardScreen:  # noqa: ANN001
    """The dashboard drawn anew after a switch, once it has loaded."""
    app = pilot.app
    await wait_for(
        pilot,
        lambda: (
            isinstance(app.screen, DashboardScreen)
            and app.screen is not old
            and app.screen.snapshot is not None
            and bool(panels(app))
        ),
    )
    await pilot.pause()
    return app.screen


# -- the dashboard in German ------------------------------------------------------------------


async def test_the_demo_dashboard_in_german(demo: Service) -> None:
    use("de")
    app = BalanceApp(None, service=demo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert screen.report.network.name == DEMO_GV
        anna = panels(app)["Anna Schmidt"].text
        # Formats and the language's name (money needs no catalog; 'Std.', 'Aug.' are formats').
        assert app.title == "Partner Balance · Deutsch"
        assert "124,80 € : 81,00 €" in anna  # the € after the number, a decimal comma
        assert "13 Std. 45 Min. : 1 Std." in anna
        assert "6. Aug. 2026" in anna  # the day the partnership tipped, as a sentence writes it
        assert "€" not in anna.split("124,80")[0]  # never '€124.80'
        summary = str(screen.query_one(NetworkSummary).content)
        assert "9 Std. 30 Min. · 133,60 €" in summary
        # The German words (the catalog).
        assert "▲ EINSEITIG" in anna
        assert "Energie " in anna and "Zeit " in anna and "Geld " in anna
        assert "dein Anteil 81 %" in anna
        assert "einseitig seit 6. Aug. 2026" in anna
        assert "letztes Gespräch 24. Juni 2026" in anna
        assert "⚠ Zeit für das Gespräch" in anna
        assert "Energie 17" in summary
        assert {"Erfassen", "Hilfe", "Beenden"} <= set(footer_words(app))
        tips = {str(k.tooltip) for k in screen.query_one(Footer).query("FooterKey")}
        assert {"Erfassen, was du oder ein Partner einbringt", "Die Befehlspalette öffnen"} <= tips
        titles = {c.title for c in app.get_system_commands(screen)}
        assert {"Beitrag erfassen", "Sprache: English", "Farbschema"} <= titles


@pytest.mark.parametrize("lang", ["en", "de"])
async def test_the_palette_leaves_out_textuals_english_only_panels(
    demo: Service, lang: str
) -> None:
    """Textual's key panel and screenshot speak English only: F1 lists the keys instead."""
    use(lang)
    app = BalanceApp(None, service=demo)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert not titles & {"Keys", "Tasten", "Screenshot", "Bildschirmfoto"}
        assert ("Help" if lang == "en" else "Hilfe") in titles


# -- switching the language ---------------------------------------------------------------------


async def test_the_palette_switches_the_language_and_keeps_it(demo: Service, config: Path) -> None:
    app = BalanceApp(None, service=demo)
    async with app.run_test(size=SIZE) as pilot:
        old = await loaded(pilot)
        assert app.title == "Partner Balance · English"
        assert "€124.80 : €81.00" in panels(app)["Anna Schmidt"].text
        assert "Log" in footer_words(app)

        await pick_in_palette(pilot, "deutsch", "Language: Deutsch")
        screen = await fresh_dashboard(pilot, old)
        assert language() == "de"
        assert saved(config) == {"lang": "de"}  # kept for the next start
        assert app.title == "Partner Balance · Deutsch"
        assert screen.report.network.name == DEMO_GV  # the same network, the same window
        assert screen.window_spec == old.window_spec
        anna = panels(app)["Anna Schmidt"].text
        assert "124,80 € : 81,00 €" in anna and "6. Aug. 2026" in anna
        # The German words (the catalog).
        assert "Energie " in anna and "▲ EINSEITIG" in anna
        assert "Erfassen" in footer_words(app) and "Log" not in footer_words(app)
        assert "Sprache: Deutsch" in notes(app)

        await pilot.press("L")  # and back, with the key
        await fresh_dashboard(pilot, screen)
        assert language() == "en"
        assert saved(config) == {"lang": "en"}
        assert app.title == "Partner Balance · English"
        anna = panels(app)["Anna Schmidt"].text
        assert "€124.80 : €81.00" in anna and "energy " in anna and "▲ IMBALANCED" in anna
        assert "Log" in footer_words(app)
        assert "Language: English" in notes(app)


async def test_the_switch_from_another_screen_goes_back_to_the_dashboard(
    demo: Service, config: Path
) -> None:
    app = BalanceApp(None, service=demo)
    async with app.run_test(size=SIZE) as pilot:
        old = await loaded(pilot)
        panels(app)["Anna Schmidt"].focus()
        await pilot.press("h")
        await wait_for(pilot, lambda: not isinstance(app.screen, DashboardScreen))
        await pick_in_palette(pilot, "deutsch", "Language: Deutsch")
        await fresh_dashboard(pilot, old)
        assert language() == "de"
        assert len(app.screen_stack) == 2  # the default screen and the new dashboard
        assert old not in app.screen_stack


async def test_a_config_that_cannot_be_written_still_switches_and_says_so(
    demo: Service, config: Path
) -> None:
    config.parent.mkdir(parents=True)
    config.write_text("lang = [not toml", "utf-8")  # damaged: never overwritten
    app = BalanceApp(None, service=demo)
    async with app.run_test(size=SIZE) as pilot:
        old = await loaded(pilot)
        await pilot.press("L")
        await fresh_dashboard(pilot, old)
        assert language() == "de"
        assert config.read_text("utf-8") == "lang = [not toml"
        # Said in the new language, naming the file (the catalog words aside).
        (note,) = [n for n in app._notifications if n.severity == "warning"]
        assert str(config) in note.message
        assert app.return_code is None  # still running


# -- the theme, kept across runs -----------------------------------------------------------------


async def test_a_theme_picked_is_kept_and_applied_at_the_next_start(
    demo: Service, config: Path
) -> None:
    app = BalanceApp(None, service=demo)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert not config.exists()  # nothing chosen, nothing written
        await pick_in_palette(pilot, "theme", "Theme")  # Textual's picker, as a user picks
        await choose(pilot, "nord", "nord")
        await wait_for(pilot, lambda: app.theme == "nord")
        assert saved(config) == {"theme": "nord"}

    again = BalanceApp(None, service=demo)
    assert again.theme == "nord"
    async with again.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert again.theme == "nord"
        assert again.current_theme.name == "nord"


async def test_an_unknown_saved_theme_is_passed_over(demo: Service, config: Path) -> None:
    config.parent.mkdir(parents=True)
    config.write_text('theme = "no-such-theme"\n', "utf-8")
    app = BalanceApp(None, service=demo)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert app.theme == constants.DEFAULT_THEME
        assert config.read_text("utf-8") == 'theme = "no-such-theme"\n'  # not rewritten


async def test_a_theme_that_cannot_be_kept_is_a_notice_not_a_crash(
    demo: Service, config: Path
) -> None:
    config.parent.mkdir(parents=True)
    config.write_text("theme = [not toml", "utf-8")
    app = BalanceApp(None, service=demo)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        app.theme = "nord"
        await pilot.pause()
        assert app.current_theme.name == "nord"  # applied all the same, for this run
        assert config.read_text("utf-8") == "theme = [not toml"
        (note,) = [n for n in app._notifications if n.severity == "warning"]
        assert "The theme is not kept for the next start" in note.message
        assert "not valid TOML" in note.message
