"""Pilot tests of the keys a new user tries first: q closes what is on top of
the dashboard (only the dashboard's q quits), and Esc asks before it throws
away a filled-in form."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.add_network import AddNetworkScreen
from balance.tui.screens.briefing import BriefingScreen
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.help import HelpScreen
from balance.tui.screens.history import HistoryScreen
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.screens.prompt import PromptScreen
from tests.tui.talks.support import cards, loaded, on_screen, open_history, wait_for

SIZES = [(80, 24), (140, 45)]


@pytest.mark.parametrize("size", SIZES)
async def test_q_closes_help_pop_ups_briefing_and_history(svc: Service, size) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        for key, kind in (
            ("f1", HelpScreen),
            ("t", PromptScreen),  # a talk with Anna is due: the prompt first
            ("m", BriefingScreen),
            ("h", HistoryScreen),
        ):
            cards(app)["Anna Schmidt"].focus()
            await pilot.press(key)
            screen = await on_screen(pilot, kind)
            if kind in (BriefingScreen, HistoryScreen):  # ctrl+q and the palette still quit
                titles = [c.title for c in app.get_system_commands(screen)]
                assert titles.count("Quit") == 1
            await pilot.press("q")
            await on_screen(pilot, DashboardScreen)
            assert app.is_running and app.return_code is None, kind

        history = await open_history(pilot, "Anna Schmidt")
        before = len(svc.store.contributions())
        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("q")  # q on the question: no, and back
        await on_screen(pilot, HistoryScreen)
        assert len(svc.store.contributions()) == before
        assert app.is_running

        await pilot.press("slash", "q")  # in the filter q is a letter
        assert history.query_one("#filter", Input).value == "q"
        assert app.screen is history

        history.query_one("#history-table").focus()
        await pilot.press("q", "q")  # back to the dashboard, then quit
        await wait_for(pilot, lambda: app.return_code == 0)


async def test_in_a_form_q_is_a_letter(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("l")
        form = await on_screen(pilot, LogFormScreen)
        await pilot.press("q")  # in What: a letter
        form.query_one("#by").focus()
        await pilot.press("q")  # on a choice: nothing
        await pilot.pause()
        assert app.return_code is None and app.screen is form
        assert form.form().what == "q"


@pytest.mark.parametrize("size", SIZES)
async def test_escape_on_a_filled_in_form_asks_first(svc: Service, size) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        state = svc.store.state()
        await pilot.press("l")
        form = await on_screen(pilot, LogFormScreen)
        await pilot.press(*"Flyer")
        await pilot.press("escape")
        question = await on_screen(pilot, ConfirmScreen)
        assert question.question == "Throw away what you typed?"
        await pilot.press("escape")  # no: back to the form, as it was
        await on_screen(pilot, LogFormScreen)
        assert app.screen is form and form.form().what == "Flyer"

        await pilot.press("escape")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await on_screen(pilot, DashboardScreen)
        assert svc.store.state() == state  # nothing saved


async def test_escape_on_an_untouched_form_closes_it_at_once(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        for key, kind in (("l", LogFormScreen), ("n", AddNetworkScreen)):
            await pilot.press(key)
            await on_screen(pilot, kind)
            await pilot.press("escape")
            await on_screen(pilot, DashboardScreen)

        history = await open_history(pilot, "Anna Schmidt")
        await pilot.press("enter")  # edit, change nothing, Esc: closes at once
        await on_screen(pilot, LogFormScreen)
        await pilot.press("escape")
        await on_screen(pilot, HistoryScreen)
        assert app.screen is history
