"""The forms in German: every field starts in the form the German UI shows
(27.11.2026, 1.234,50, 1,5), and a form saved as it opened changes nothing.

The catalog's words are not asserted here (they come and go with it); the
formats are, and that they read back unchanged.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from textual.widgets import Input, Select

from balance.core.formats import format_minutes
from balance.core.model import Value, ValueKind
from balance.locale import _, use
from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.canvas import CanvasScreen
from balance.tui.screens.history import HistoryScreen
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.screens.talk_form import TalkFormScreen
from balance.tui.screens.value_form import value_form_values
from tests.tui.talks.support import GV, SIZE, cards, loaded, messages, on_screen, open_history


async def test_a_contribution_opens_in_german_figures_and_saves_unchanged(svc: Service) -> None:
    use("de")
    before = svc.store.contributions()
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_history(pilot, "Anna Schmidt")
        await pilot.press("enter")  # the newest: Stammtisch on 20 Nov, 2h, 19 EUR
        form = await on_screen(pilot, LogFormScreen)
        shown = {name: form.query_one(f"#{name}", Input).value for name in ("date", "money")}
        assert shown == {"date": "20.11.2026", "money": "19,00"}
        assert form.query_one("#time", Input).value == format_minutes(120)
        assert form.query_one("#energy", Input).value == "3"
        assert form.query_one("#by", Select).value == "me"  # the value stays the key
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        assert _("No change.") in messages(app)
    assert svc.store.contributions() == before


async def test_a_talk_opens_with_german_days_and_saves_unchanged(svc: Service) -> None:
    use("de")
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_history(pilot, "Jürgen Weiß")
        await pilot.press("l")  # the side panel's talks
        await pilot.press("enter")
        form = await on_screen(pilot, TalkFormScreen)
        assert form.query_one("#date", Input).value == "01.10.2026"
        assert form.query_one("#next_review", Input).value == "15.01.2027"
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        assert _("No change.") in messages(app)
    talks = svc.store.directory().conversations
    (talk,) = [t for t in talks if t.notes == "Good talk about the autumn"]
    assert (talk.date, talk.next_review) == (date(2026, 10, 1), date(2027, 1, 15))


async def test_the_canvas_opens_with_german_numbers_that_read_back(svc: Service) -> None:
    use("de")
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        cards(app)["Anna Schmidt"].focus()
        await pilot.press("c")
        form = await on_screen(pilot, CanvasScreen)
        assert form.start["lean_ratio"] == "1,5"
        assert form.start["imbalance_ratio"] == "2"
        assert form.start["budget_time"] == format_minutes(240)
        assert form.canvas() == {}  # nothing typed: nothing to save
        form.query_one("#lean_ratio", Input).value = "1,8"
        assert form.canvas() == {"lean_ratio": "1,8"}
        await pilot.press("ctrl+s")
        await on_screen(pilot, type(app.dashboard))
    assert svc.network(GV).lean_ratio == Decimal("1.8")


def test_a_value_opens_with_a_german_day_and_amount() -> None:
    use("de")
    value = Value(
        id="v1",
        network_id="n1",
        partner_id="p1",
        to="me",
        kind=ValueKind.BUSINESS,
        what="Auftrag Festschrift",
        date=date(2026, 11, 27),
        amount=Decimal("2400"),
    )
    shown = value_form_values(value)
    assert (shown["date"], shown["amount"]) == ("27.11.2026", "2.400,00")
