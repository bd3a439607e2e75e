"""The log form is built once and opened again for the next entry (`reopen`): what a
person sees on the second `l` is a new form, whatever the first one held, and one
in the language and with the networks of now."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label, Select

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.log_form import LogFormScreen
from tests.tui.app.support import (
    GV,
    SIZE,
    count,
    fill,
    loaded,
    open_log_form,
    panels,
    service,
    wait_for,
    wait_screen,
)

TEXT_FIELDS = ("what", "date", "time", "money", "energy", "note", "tags")


def texts(form: LogFormScreen) -> dict[str, str]:
    return {name: form.query_one(f"#{name}", Input).value for name in TEXT_FIELDS}


async def back_on_dashboard(pilot) -> None:  # noqa: ANN001
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, DashboardScreen))
    await pilot.pause()


async def test_a_form_thrown_away_opens_again_empty_on_the_focused_card(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        before = count(svc)
        form = await open_log_form(pilot)
        fill(form, what="Flyer", time="abc", money="12", note="geheim", tags="print")
        form.query_one("#by", Select).value = "partner"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: form.error_texts)
        form.show_failure(OSError("No space left on device"))  # as a full disk says it
        assert "general" in form.error_texts
        await pilot.press("escape")  # typed in: it asks first
        await wait_screen(pilot, ConfirmScreen)
        await pilot.press("y")  # "Throw away"
        await back_on_dashboard(pilot)

        panels(app)["Anna Schmidt"].focus()
        await pilot.pause()
        again = await open_log_form(pilot)
        await wait_for(pilot, lambda: again.keys_ready)
        assert texts(again) == {name: "today" if name == "date" else "" for name in TEXT_FIELDS}
        assert again.error_texts == {}
        assert not again.query(".field.-error")
        assert again.form().partner == "Anna Schmidt" and again.form().by == "me"
        assert app.focused is not None and app.focused.id == "what"
        assert not again.touched  # Esc now closes at once
        await pilot.press(*"Kaffee", "tab", "tab", "tab", *"1h")
        await pilot.press("ctrl+s")
        await back_on_dashboard(pilot)
        assert count(svc) == before + 1
        saved = next(c for c in svc.store.contributions() if c.what == "Kaffee")
        assert saved.minutes == 60 and saved.by == "me" and not saved.tags and not saved.note


async def test_after_a_save_the_next_form_is_new_and_lists_a_network_added_since(
    svc: Service,
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        form = await open_log_form(pilot)
        form.query_one("#partner", Select).value = "Anna Schmidt"
        fill(form, what="Stammtisch", time="2h")
        await pilot.press("ctrl+s")
        await back_on_dashboard(pilot)
        other = service(svc.store.path)  # another process adds a network
        other.add_network("Lions Club Fulda")
        app.dashboard.reload()
        await wait_for(pilot, lambda: "Lions Club Fulda" in app.snapshot.network_names())
        await pilot.pause()

        again = await open_log_form(pilot)
        await wait_for(pilot, lambda: again.keys_ready)
        networks = again.query_one("#network", Select)
        assert "Lions Club Fulda" in [value for _, value in networks._options]
        assert again.form().partner == ""  # no card focused: the whole network
        assert texts(again)["what"] == "" and texts(again)["time"] == ""


async def test_after_a_language_switch_the_form_speaks_the_new_language(
    svc: Service, config: Path
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        old = await loaded(pilot)
        form = await open_log_form(pilot)
        await pilot.press("escape")
        await back_on_dashboard(pilot)
        await pilot.press("L")
        await wait_for(pilot, lambda: app.dashboard is not old and app.dashboard.snapshot)
        await pilot.pause()
        german = await open_log_form(pilot)
        assert german is not form
        captions = [str(label.content) for label in german.query(".caption").results(Label)]
        assert "Was" in captions and "What" not in captions
        assert german.query_one("#date", Input).value == "heute"
        assert german.form().network == GV


async def test_keys_typed_right_after_the_second_l_go_into_the_form(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_log_form(pilot)
        await pilot.press("escape")
        await back_on_dashboard(pilot)
        await pilot.press("l", *"Tee mit Jürgen")
        await wait_for(pilot, lambda: isinstance(app.screen, LogFormScreen))
        form = app.screen
        await wait_for(pilot, lambda: texts(form)["what"] == "Tee mit Jürgen")
        assert isinstance(app.screen, LogFormScreen)  # none of them went to the dashboard
