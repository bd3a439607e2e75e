"""Values (what came back) in the TUI: the form, the card's line, and fair trade."""

from __future__ import annotations

from textual.widgets import Input, Select

from balance.core.forms import ValueForm
from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.value_form import ValueFormScreen
from tests.tui.talks.support import GV, SIZE, alert_text, cards, loaded, on_screen, wait_for


async def test_log_a_value_through_the_form_and_see_the_card_change(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert "back  " not in cards(app)["Anna Schmidt"].text  # nothing came back yet
        cards(app)["Anna Schmidt"].focus()
        await pilot.press("v")
        form = await on_screen(pilot, ValueFormScreen)
        assert form.form().partner == "Anna Schmidt" and form.form().network == GV
        await pilot.press(*"Auftrag Ladenbau")  # typing starts in What
        form.query_one("#kind", Select).value = "business"
        form.query_one("#amount", Input).value = "2.400,00"
        await pilot.press("ctrl+s")
        await on_screen(pilot, DashboardScreen)
        await wait_for(pilot, lambda: "you 1 order (€2,400.00)" in cards(app)["Anna Schmidt"].text)
        assert any("Logged an order" in n.message for n in app._notifications)
        [value] = svc.directory().values
        assert value.what == "Auftrag Ladenbau" and str(value.amount) == "2400.00"


async def test_bad_value_marks_the_field_and_keeps_the_form(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("v")
        form = await on_screen(pilot, ValueFormScreen)
        form.query_one("#amount", Input).value = "-5"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: {"what", "amount"} <= set(form.error_texts))
        assert app.screen is form and svc.directory().values == ()


async def test_a_fair_trade_partnership_shows_no_prompt(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert "Anna Schmidt:" in alert_text(app)
        assert "time to talk" in cards(app)["Anna Schmidt"].text
        for kind in ("business", "referral", "referral"):  # orders and leads came back to you
            svc.add_value(
                ValueForm(network=GV, partner="Anna", kind=kind, what="from Anna", amount="")
            )
        await wait_for(pilot, lambda: "fair trade" in cards(app)["Anna Schmidt"].text)
        assert "time to talk" not in cards(app)["Anna Schmidt"].text
        assert "Anna Schmidt:" not in alert_text(app)
