"""Pilot tests of the TUI: the dashboard, the forms, live refresh and store errors.

Every test builds its database through the Service with a fixed `today`, opens
the app at a fixed size and asserts on widget state, never on timing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.widgets import Input

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.add_network import AddNetworkScreen
from balance.tui.screens.add_partner import AddPartnerScreen
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.log_form import LogFormScreen
from tests.tui.app.support import (
    GV,
    SIZE,
    TSV,
    count,
    fill,
    loaded,
    open_log_form,
    panels,
    wait_for,
    wait_screen,
)

if TYPE_CHECKING:
    pass
# -- the log form ------------------------------------------------------------------------


async def test_log_through_the_form_updates_the_panel(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        before = count(svc)
        assert "8h : 1h" in panels(app)["Anna Schmidt"].text
        form = await open_log_form(pilot)
        assert form.form().network == GV
        assert form.form().partner == ""  # no card focused: the whole network, never Anna
        assert app.focused.id == "what"  # typing starts with what it was
        form.query_one("#partner").value = "Anna Schmidt"
        form.query_one("#by").value = "partner"
        fill(form, time="1h30m", money="25,50", energy="2", what="Flyer design", date="27.11.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        await wait_for(pilot, lambda: "8h : 2h 30m" in panels(app)["Anna Schmidt"].text)
        anna = panels(app)["Anna Schmidt"].text
        assert "€76.00 : €25.50" in anna
        assert "12 : 3" in anna
        assert count(svc) == before + 1
        saved = [c for c in svc.store.contributions() if c.what == "Flyer design"]
        assert len(saved) == 1
        assert saved[0].by == "partner" and saved[0].date == date(2026, 11, 27)
        assert saved[0].minutes == 90 and str(saved[0].money) == "25.50"
        assert screen.report.network.name == GV


async def test_log_form_marks_bad_fields_and_saves_nothing(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        state, before = svc.store.state(), count(svc)
        form = await open_log_form(pilot)
        fill(form, time="abc", energy="9", money="-5", date="31.02.2026", what="x")
        await pilot.click("#save")
        await wait_for(pilot, lambda: form.error_texts)
        errors = form.error_texts
        amounts = errors["amounts"].splitlines()  # one shared line per amount field
        time_error = next(line for line in amounts if line.startswith("time: "))
        assert "1h30m" in time_error  # the message names the accepted forms
        energy_error = next(line for line in amounts if line.startswith("energy"))
        assert "0 (none) to 5 (draining)" in energy_error
        assert any(line.startswith("money: ") for line in amounts)
        assert "date" in errors
        for name in ("time", "money", "energy", "date"):
            assert form.query_one(f"#field-{name}").has_class("-error")
        assert not form.query_one("#field-what").has_class("-error")
        assert isinstance(app.screen, LogFormScreen)
        assert svc.store.state() == state and count(svc) == before

        # Fixing the fields clears the marks and saves.
        fill(form, time="45m", energy="1", money="", date="today")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        assert count(svc) == before + 1


async def test_log_form_needs_an_amount_and_escape_cancels(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        before = count(svc)
        form = await open_log_form(pilot)
        fill(form, what="nothing")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: form.error_texts)
        assert "at least one of time, money or energy" in form.error_texts["amounts"]
        await pilot.press("escape")  # filled in: it asks first
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        assert count(svc) == before


async def test_log_form_lists_the_partners_of_the_chosen_network(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        form = await open_log_form(pilot)
        partner = form.query_one("#partner")
        names = [str(prompt) for prompt, _ in partner._options]
        assert "Anna Schmidt" in names and "(the whole network)" in names
        form.query_one("#network").value = TSV
        await pilot.pause()
        values = [value for _, value in partner._options]
        assert values == ["Jürgen Weiß", ""]


async def test_focused_card_preselects_its_partner(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        panels(app)["Jürgen Weiß"].focus()
        form = await open_log_form(pilot)
        assert form.form().partner == "Jürgen Weiß"
        assert app.focused.id == "what"
        await pilot.press(*"Stammtisch")  # into What, not into the partner's type-to-search
        assert form.form().what == "Stammtisch" and form.form().partner == "Jürgen Weiß"


async def test_placeholders_are_hints_never_values_or_names(svc: Service) -> None:
    names = (GV, TSV, "Anna Schmidt", "Jürgen Weiß", "Bäckerei Klein")
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        for key, kind in (("l", LogFormScreen), ("n", AddNetworkScreen), ("p", AddPartnerScreen)):
            await pilot.press(key)
            form = await wait_screen(pilot, kind)
            hints = [i.placeholder for i in form.query(Input) if not i.value]
            assert hints and all(h.startswith(("e.g. ", "(optional)")) for h in hints), hints
            assert not [h for h in hints if any(name in h for name in names)]
            for field in form.query(Input):  # dim italic: it never looks like a value
                assert field.get_component_styles("input--placeholder").text_style.italic
            await pilot.press("escape")
            await wait_screen(pilot, DashboardScreen)


async def test_an_error_goes_as_soon_as_its_field_is_changed(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        form = await open_log_form(pilot)
        fill(form, time="abc", money="-5", date="31.02.2026", what="x")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: form.error_texts)
        assert {"amounts", "date"} <= set(form.error_texts)

        form.query_one("#time", Input).focus()
        await pilot.press("backspace", "backspace", "backspace", *"45m")  # as a person fixes it
        amounts = form.error_texts["amounts"]
        assert "time: " not in amounts and "money: " in amounts  # only the changed field's
        assert not form.query_one("#field-time").has_class("-error")
        assert form.query_one("#field-money").has_class("-error")
        assert "date" in form.error_texts

        fill(form, date="today", money="")
        await pilot.pause()
        assert form.error_texts == {}
        assert not form.query(".field.-error")

        # The all-zero error is about the three amounts: it goes with any of them.
        fill(form, time="")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "amounts" in form.error_texts)
        assert "at least one of time, money or energy" in form.error_texts["amounts"]
        assert form.query_one("#field-amounts").has_class("-error")
        fill(form, energy="2")
        await pilot.pause()
        assert "amounts" not in form.error_texts
        assert not form.query_one("#field-amounts").has_class("-error")
