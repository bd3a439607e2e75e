"""Pilot tests of the TUI: the dashboard, the forms, live refresh and store errors.

Every test builds its database through the Service with a fixed `today`, opens
the app at a fixed size and asserts on widget state, never on timing.
"""

from __future__ import annotations

import gc
import weakref
from typing import TYPE_CHECKING

import pytest
from textual.geometry import Region
from textual.widgets import Input, Select
from textual.widgets._footer import FooterKey

from balance.service.api import Service
from balance.tui.actions import ACTIONS
from balance.tui.app import BalanceApp
from balance.tui.screens.add_network import AddNetworkScreen
from balance.tui.screens.add_partner import AddPartnerScreen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.error import ErrorScreen
from balance.tui.screens.help import HelpScreen
from balance.tui.screens.history import HistoryScreen
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.widgets.balance_panel import BalancePanel
from balance.tui.widgets.footer import Footer
from balance.tui.widgets.header import Header
from balance.tui.widgets.network_list import NetworkList
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

if TYPE_CHECKING:
    from tests.conftest import Db
# -- add network, add partner --------------------------------------------------------------


async def test_add_network_and_partner(svc: Service) -> None:

    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, AddNetworkScreen))
        form = app.screen
        form.query_one("#name", Input).value = "Online-Netzwerk"
        form.query_one("#budget_time", Input).value = "lots"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: form.error_texts)
        assert form.error_texts["budget"].startswith("time: 'lots' is not a duration")
        assert form.query_one("#field-budget_time").has_class("-error")
        form.query_one("#budget_time", Input).value = "2h"
        form.query_one("#name", Input).value = GV.upper()  # exists already
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "name" in form.error_texts)
        assert "exists already" in form.error_texts["name"]
        assert not form.query_one("#field-budget_time").has_class("-error")
        form.query_one("#name", Input).value = "Online-Netzwerk"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        await wait_for(
            pilot, lambda: screen.report and screen.report.network.name == "Online-Netzwerk"
        )
        assert screen.has_class("-no-partners")

        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, AddPartnerScreen))
        form = app.screen
        assert form.chosen() == ["Online-Netzwerk"]
        await pilot.press("ctrl+s")  # no name yet
        await wait_for(pilot, lambda: form.error_texts)
        assert "name" in form.error_texts
        form.query_one("#name", Input).value = "Maria Lang"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        await wait_for(pilot, lambda: "Maria Lang" in panels(app))
        assert "TOO LITTLE DATA" in panels(app)["Maria Lang"].text


# -- help, palette, quitting -----------------------------------------------------------------


async def test_help_and_palette_cover_every_action(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        titles = {c.title for c in app.get_system_commands(screen)}
        assert {a.title for a in ACTIONS} <= titles
        assert {"Theme", "Window: all time"} <= titles  # networks: the palette's jump
        shown = {b.key for b in screen.BINDINGS}  # type: ignore[union-attr]
        assert {a.key for a in ACTIONS} <= shown
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        help_page = app.screen.query_one("#help-text")
        painted = "\n".join(
            strip.text for strip in help_page.render_lines(Region(0, 0, *help_page.size))
        )
        assert "Partner Balance" in painted and "How the balance is worked out" in painted
        assert "| Status |" not in painted  # a table, not its Markdown
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        await pilot.press("q")
    assert app.return_code == 0


async def test_the_footer_shows_every_key_and_is_rebuilt_only_when_they_change(
    svc: Service,
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        footer = screen.query_one(Footer)
        first = list(footer.query(FooterKey))
        assert {a.key for a in ACTIONS if a.in_footer} <= {k.key for k in first}
        panels(app)["Jürgen Weiß"].focus()  # the focus moves, the keys stay the same
        await pilot.pause()
        await pilot.pause()
        assert list(footer.query(FooterKey)) == first  # the same widgets: not rebuilt

        await pilot.press("enter")  # the history: enter edits while the table has the focus
        history = await wait_screen(pilot, HistoryScreen)
        shown = lambda: {k.key for k in history.query(FooterKey)}  # noqa: E731
        await wait_for(pilot, lambda: "enter" in shown())
        await pilot.press("slash")  # in the filter, enter only ends the filter
        await wait_for(pilot, lambda: "enter" not in shown())


class SuperMount(BalanceApp):
    def on_mount(self) -> None:
        super().on_mount()  # Textual calls BalanceApp.on_mount as well


async def test_a_subclass_calling_super_on_mount_still_has_one_dashboard(svc: Service) -> None:
    app = SuperMount(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert sum(isinstance(s, DashboardScreen) for s in app.screen_stack) == 1


# -- a database that cannot be used ------------------------------------------------------------


async def test_corrupt_database_shows_the_error_and_changes_nothing(db: Db) -> None:
    svc = service(db.path)
    svc.add_network(GV)
    db.path.write_text('{"networks": {"1": ', encoding="utf-8")
    before = db.path.read_bytes()
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        # Wait for the screen's message, not just the screen: it mounts a moment later.
        await wait_for(
            pilot,
            lambda: isinstance(app.screen, ErrorScreen) and app.screen.query("#error-message"),
        )
        message = str(app.screen.query_one("#error-message").content)
        assert str(db.path) in message
        await pilot.press("q")
    assert app.return_code == 3
    assert app.error is not None
    assert db.path.read_bytes() == before


async def test_a_locked_database_keeps_the_form_open_and_writes_nothing(
    svc: Service, db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    import balance.store.db

    monkeypatch.setattr(balance.store.db, "LOCK_TIMEOUT_S", 0.2)  # not the real 15 s
    svc = service(db.path)
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        before = count(svc)
        other = FileLock(str(svc.store.lock_path))  # another process, as far as flock knows
        with other:
            form = await open_log_form(pilot)
            fill(form, time="1h", what="while locked")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: "general" in form.error_texts)
            assert "busy" in form.error_texts["general"]
            assert isinstance(app.screen, LogFormScreen)
        assert count(svc) == before
        await pilot.press("ctrl+s")  # the lock is free again: the same form saves
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        assert count(svc) == before + 1


async def test_small_terminal_shows_a_card_the_main_keys_and_save(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        assert screen.has_class("-short")
        footer = screen.query_one(Footer)
        keys = {k.key for k in footer.query(FooterKey)}
        assert {"l", "t", "m", "h", "s", "w", "f1", "q"} <= keys
        assert not {"n", "p", "r"} & keys  # left out of the footer only: they still work
        assert all(k.region.right <= 80 for k in footer.query(FooterKey))
        first = screen.query(BalancePanel).first()
        detail = screen.query_one("#detail")
        assert detail.scroll_y == 0 and detail.region.contains_region(first.region)
        networks = screen.query_one(NetworkList)
        assert "talk" not in networks.get_option_at_index(0).prompt.plain  # '⚠ 1', no wrap

        await pilot.press("p")  # not in the footer, still a key
        await wait_screen(pilot, AddPartnerScreen)
        await pilot.press("escape")
        await wait_screen(pilot, DashboardScreen)

        form = await open_log_form(pilot)
        save = form.query_one("#save")
        assert form.region.contains_region(save.region) and save.region.bottom <= 23
        assert form.get_widget_at(*save.region.center)[0] is save  # in view, not covered


async def test_wide_terminal_keys_and_hint_fit(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert not screen.has_class("-short")
        legend = screen.query_one("#legend")
        assert legend.size.height == 1  # the hint is one whole line at 140 columns
        assert "m briefing" in str(legend.content)
        form = await open_log_form(pilot)
        by = form.query_one("#by", Select)
        assert [str(label) for label, _ in by._options] == ["me", "partner"]


async def test_small_terminal_and_opening_writes_nothing(svc: Service) -> None:
    state = svc.store.state()
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert len(panels(app)) == 3
        await pilot.press("w")
        await open_log_form(pilot)
        await pilot.press("escape")
    assert svc.store.state() == state


async def test_a_screen_opens_with_its_keys_in_the_footer(svc: Service) -> None:
    """The first frame of the history and of the help already shows their keys: no
    blank footer that fills a moment later."""
    app = BalanceApp(None, service=svc)
    frames: list[tuple[type, set[str]]] = []  # each frame painted: the screen, its keys
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        display = app._display

        def painted(screen: object, renderable: object) -> None:
            display(screen, renderable)  # type: ignore[arg-type]
            shown = screen._compositor.visible_widgets  # type: ignore[attr-defined]
            frames.append((type(screen), {w.key for w in shown if isinstance(w, FooterKey)}))

        app._display = painted  # type: ignore[method-assign]
        panels(app)["Jürgen Weiß"].focus()
        await pilot.pause()
        for key, kind in (("h", HistoryScreen), ("f1", HelpScreen)):
            await pilot.press(key)
            await wait_screen(pilot, kind)
            first = next(keys for screen, keys in frames if screen is kind)
            assert "escape" in first
            await pilot.press("escape")
            await wait_screen(pilot, DashboardScreen)


async def test_a_closed_history_is_let_go(svc: Service) -> None:
    """The history, once closed, is freed: opening it all day does not grow the app
    (and each garbage collection with it). Textual's header kept it (see header.py)."""
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        panels(app)["Jürgen Weiß"].focus()
        await pilot.pause()
        await pilot.press("h")
        screen = await wait_screen(pilot, HistoryScreen)
        header = weakref.ref(screen.query_one(Header))
        del screen
        await pilot.press("escape")
        await wait_screen(pilot, DashboardScreen)
        await pilot.pause()
        await pilot.pause()
        gc.collect()
        assert header() is None, "the closed history's header is still held"
