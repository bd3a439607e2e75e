"""Pilot tests of typing fast: the keys typed right after the one that opens a
form land in its first field, in order, not on the dashboard or in a choice."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Input

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.add_network import AddNetworkScreen
from balance.tui.screens.log_form import LogFormScreen
from tests.tui.talks.support import GV, cards, loaded, on_screen, wait_for


def type_at_once(app: BalanceApp, keys: str) -> None:
    """Every key queued before the app handles the first: a fast typist.

    (Pilot.press waits for the app after each key, so it cannot show this.)"""
    assert app._driver is not None
    for char in keys:
        event = events.Key("space" if char == " " else char, char)
        event.set_sender(app)
        app._driver.send_message(event)


@pytest.mark.parametrize("size", [(80, 24), (140, 45)])
async def test_keys_typed_right_after_l_go_into_what(svc: Service, size) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        cards(app)["Anna Schmidt"].focus()
        await pilot.pause()
        type_at_once(app, "lFlyer")  # 'l' opens the form, 'F' is not a key, 'l' is
        form = await on_screen(pilot, LogFormScreen)
        what = form.query_one("#what", Input)
        await wait_for(pilot, lambda: what.value == "Flyer")
        assert app.focused is what
        values = form.form()
        assert (values.network, values.partner) == (GV, "Anna Schmidt")  # no choice moved
        assert len(app.screen_stack) == 3  # one form: the second 'l' was a letter


async def test_keys_typed_right_after_n_go_into_the_name(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        type_at_once(app, "nChor")
        form = await on_screen(pilot, AddNetworkScreen)
        await wait_for(pilot, lambda: form.query_one("#name", Input).value == "Chor")
        await pilot.press("escape", "y")  # filled in: it asks first
        await wait_for(pilot, lambda: len(app.screen_stack) == 2)
