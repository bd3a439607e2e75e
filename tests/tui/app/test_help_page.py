"""The help page: drawn once per width, and still the right page after a resize."""

from __future__ import annotations

import pytest
from rich.console import RenderableType
from textual.geometry import Region

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens import help as help_screen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.help import HelpScreen
from balance.tui.screens.help import _markdown as markdown
from tests.tui.app.support import loaded, wait_for


def painted(app: BalanceApp) -> list[str]:
    widget = app.screen.query_one("#help-text")
    return [strip.text for strip in widget.render_lines(Region(0, 0, *widget.size))]


async def open_help(pilot, app: BalanceApp) -> list[str]:  # noqa: ANN001
    await pilot.press("f1")
    await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
    await pilot.pause()
    return painted(app)


async def close_help(pilot, app: BalanceApp) -> None:  # noqa: ANN001
    await pilot.press("escape")
    await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))


async def test_the_help_is_drawn_once_per_width_and_opened_again_from_that_drawing(
    svc: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []

    def counted(text: str) -> RenderableType:
        made.append(text)
        return markdown(text)

    monkeypatch.setattr(help_screen, "_markdown", counted)
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        first = await open_help(pilot, app)
        assert any("How the balance is worked out" in line for line in first)
        drawn = len(made)  # one per width it was laid out at (the scroll bar's too)
        assert drawn <= 2
        await close_help(pilot, app)
        again = await open_help(pilot, app)
        assert again == first
        assert len(made) == drawn


async def test_the_help_wraps_to_the_new_width_when_the_terminal_narrows(
    svc: Service,
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        wide = await open_help(pilot, app)
        await pilot.resize_terminal(70, 40)
        await wait_for(pilot, lambda: app.screen.query_one("#help-text").size.width < 70)
        await pilot.pause()
        width = app.screen.query_one("#help-text").size.width
        narrow = painted(app)
        assert narrow != wide
        assert all(len(line.rstrip()) <= width for line in narrow)
        text = " ".join(" ".join(narrow).split())
        said = (
            "Partner Balance keeps an honest record of what you and each partner put in, "
            "so you know when it is time to talk."
        )
        assert said in text  # wrapped, not cut off
