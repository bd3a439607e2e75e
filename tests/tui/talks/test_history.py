"""Pilot tests of the conversation features: prompts and their notification,
the talk form, snooze, the meeting briefing, the partner history (edit,
delete, undo), export and the network canvas.

Every test builds its database through the Service with a fixed `today`,
opens the app at a fixed size and asserts on state, never on timing.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from textual.widgets import Input, Static

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.history import HistoryScreen
from balance.tui.screens.log_form import LogFormScreen
from tests.tui.talks.support import (
    GV,
    SIZE,
    cards,
    loaded,
    log,
    messages,
    on_screen,
    open_history,
    wait_for,
)

if TYPE_CHECKING:
    pass
# -- the partner history: edit, delete, undo -------------------------------------------------


async def test_delete_and_undo_change_the_figures_and_back(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        anna = lambda: cards(app)["Anna Schmidt"].text  # noqa: E731
        assert "8h : 1h" in anna()
        history = await open_history(pilot, "Anna Schmidt")
        rows = history.table_text
        assert len(rows) == 5
        assert rows[0][:2] == ("20 Nov 2026", "you")  # newest first
        assert rows[0][5] == "Stammtisch 2026-11-20"
        assert rows[1][1] == "Anna Schmidt" and rows[1][5] == "Flyer  #print"  # tags after what
        before = len(svc.store.contributions())

        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("escape")  # no: nothing happens
        await on_screen(pilot, HistoryScreen)
        assert len(svc.store.contributions()) == before

        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: "6h : 1h" in anna())
        await wait_for(pilot, lambda: len(history.table_text) == 4)
        assert len(svc.store.contributions()) == before - 1
        assert any(m.startswith("Deleted:") and "u to undo" in m for m in messages(app))

        await pilot.press("u")
        await wait_for(pilot, lambda: "8h : 1h" in anna())
        await wait_for(pilot, lambda: len(history.table_text) == 5)
        assert len(svc.store.contributions()) == before
        await pilot.press("u")
        await wait_for(pilot, lambda: "Nothing to undo." in messages(app))


async def test_edit_and_undo_change_the_figures_and_back(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        anna = lambda: cards(app)["Anna Schmidt"].text  # noqa: E731
        history = await open_history(pilot, "Anna Schmidt")
        before = len(svc.store.contributions())
        await pilot.press("enter")  # on the first row: the newest
        form = await on_screen(pilot, LogFormScreen)
        assert form.TITLE_TEXT == "Edit a contribution"
        values = form.form()
        assert (values.time, values.money, values.energy) == ("2h", "19.00", "3")
        assert values.date == "2026-11-20" and values.partner == "Anna Schmidt"
        form.query_one("#time", Input).value = "3h"
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: "9h : 1h" in anna())
        await wait_for(pilot, lambda: history.table_text[0][2] == "3h")
        assert len(svc.store.contributions()) == before  # edited, not added

        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: "8h : 1h" in anna())
        await wait_for(pilot, lambda: history.table_text[0][2] == "2h")


async def test_editing_only_the_what_keeps_a_three_decimal_amount(svc: Service) -> None:
    """1.234 EUR must not come back as "1.234", which reads as German thousands (1234)."""
    log(svc, GV, "Anna", "me", "2026-11-25", money="1.2340", what="Kaffee")
    (kaffee,) = [c for c in svc.store.contributions() if c.what == "Kaffee"]
    svc.store.replace_contribution(replace(kaffee, money=Decimal("1.234")))  # e.g. imported
    assert str(next(c for c in svc.store.contributions() if c.what == "Kaffee").money) == "1.234"
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        assert history.table_text[0][5] == "Kaffee"  # the newest: under the cursor
        await pilot.press("enter")
        form = await on_screen(pilot, LogFormScreen)
        assert form.query_one("#money", Input).value == "1.2340"
        form.query_one("#what", Input).value = "Kaffee und Kuchen"
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: history.table_text[0][5] == "Kaffee und Kuchen")
        (edited,) = [c for c in svc.store.contributions() if c.what == "Kaffee und Kuchen"]
        assert edited.money == Decimal("1.234")


async def test_history_sorts_filters_and_shows_the_chart(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        chart = str(history.query_one("#history-chart").content)
        assert "you gave more" in chart and "even" in chart and "─" in chart
        totals = str(history.query_one("#history-totals").content)
        assert "8h" in totals and "€76.00" in totals
        talks = str(history.query_one("#tab-talks").query_one(Static).content)
        assert "No talk recorded yet" in talks

        await pilot.press("s")  # date -> by
        assert history.sort_key == "by"
        assert [r[1] for r in history.table_text] == ["you"] * 4 + ["Anna Schmidt"]
        history.sort_by("time", toggle=True)
        assert [r[2] for r in history.table_text][:1] == ["2h"]
        history.sort_by("time", toggle=True)  # the same column again: reversed
        assert [r[2] for r in history.table_text][0] == "1h"

        await pilot.press("slash")
        assert app.focused is history.query_one("#filter")
        await pilot.press(*"print")
        await wait_for(pilot, lambda: len(history.table_text) == 1)
        assert history.table_text[0][5] == "Flyer  #print"
        history.query_one("#filter", Input).value = "you stammtisch"
        await wait_for(pilot, lambda: len(history.table_text) == 4)

        history.query_one("#history-table").focus()
        await pilot.press("w")  # the dashboard's window: the chart follows it
        box = history.query_one("#history-chart-box")
        await wait_for(pilot, lambda: "last 12 months" in str(box.border_title))
        assert app.dashboard.window_spec == "12m"


def count_text(history: HistoryScreen) -> str:
    return str(history.query_one("#history-count").content)


async def test_history_says_its_order_in_words_and_reverses_it(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        assert "sorted by date, newest first" in count_text(history)
        assert history.table_text[0][0] == "20 Nov 2026"  # dates as the cards write them
        await pilot.press("r")
        assert "sorted by date, oldest first" in count_text(history)
        assert history.table_text[0][0] == "1 Oct 2026"
        await pilot.press("s")
        assert "sorted by who gave, you first" in count_text(history)
        await pilot.press("S")  # shift+s reverses too
        assert "sorted by who gave, Anna Schmidt first" in count_text(history)
        assert history.table_text[0][1] == "Anna Schmidt"
        await pilot.press("s")
        assert "sorted by time, largest first" in count_text(history)
        await pilot.press("s", "s", "s")  # money, energy, then what: the columns' order
        assert "sorted by what, A–Z" in count_text(history)
        assert " by by" not in count_text(history)


async def test_history_filter_ignores_case_and_accents(svc: Service) -> None:
    log(svc, GV, "Anna", "partner", "2026-11-21", money="12", what="Getränke für den Stammtisch")
    log(svc, GV, "Anna", "me", "2026-11-22", time="1h", what="Straßenfest")
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        search = history.query_one("#filter", Input)
        for text, found in (
            ("getranke", "Getränke für den Stammtisch"),
            ("GETRÄNKE", "Getränke für den Stammtisch"),
            ("strassenfest", "Straßenfest"),
            ("anna getranke", "Getränke für den Stammtisch"),  # who gave counts too
        ):
            search.value = text
            await wait_for(pilot, lambda f=found: [r[5] for r in history.table_text] == [f])


async def test_history_cursor_stays_on_its_row_after_delete_undo_and_edit(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        table = history.query_one("#history-table")
        await pilot.press("down", "down")
        third = history.selected
        assert third is not None and table.cursor_row == 2

        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: len(history.table_text) == 4)
        await pilot.pause()
        assert table.cursor_row == 2  # on the next row, in the same place; not the top

        await pilot.press("u")
        await wait_for(pilot, lambda: len(history.table_text) == 5)
        await wait_for(pilot, lambda: history.selected and history.selected.id == third.id)
        assert table.cursor_row == 2  # back on the restored row

        await pilot.press("enter")
        form = await on_screen(pilot, LogFormScreen)
        form.query_one("#what", Input).value = "Stammtisch im Rathaus"
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: history.table_text[2][5] == "Stammtisch im Rathaus")
        assert table.cursor_row == 2 and history.selected.id == third.id


async def test_saving_an_edit_unchanged_says_so_and_adds_no_undo(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        state = svc.store.state()
        await pilot.press("enter")
        form = await on_screen(pilot, LogFormScreen)
        form.query_one("#time", Input).value = "120m"  # another way to write the same 2h
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: "No change." in messages(app))
        assert not any(m.startswith("Changed:") for m in messages(app))
        assert history.undo_stack == [] and svc.store.state() == state  # nothing written
        await pilot.press("u")
        await wait_for(pilot, lambda: "Nothing to undo." in messages(app))


async def test_editing_an_entry_deleted_elsewhere_says_so_and_keeps_the_form(
    svc: Service,
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await open_history(pilot, "Anna Schmidt")
        await pilot.press("enter")
        form = await on_screen(pilot, LogFormScreen)
        assert form.editing is not None
        Service(svc.store.__class__(svc.store.path)).delete(form.editing.id)  # the CLI
        form.query_one("#time", Input).value = "3h"
        await pilot.press("ctrl+s")
        await wait_for(
            pilot, lambda: any("no longer there" in e for e in form.error_texts.values())
        )
        assert app.screen is form and app.return_code is None  # no crash, the form stays


async def test_the_history_says_it_is_loading_until_its_rows_are_in(
    svc: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = BalanceApp(None, service=svc)
    release = threading.Event()
    read = svc.pair_history

    def slow(*args: object, **kwargs: object) -> object:
        release.wait(10)  # a long history on a slow disk
        return read(*args, **kwargs)  # type: ignore[arg-type]

    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        monkeypatch.setattr(svc, "pair_history", slow)
        cards(app)["Anna Schmidt"].focus()
        await pilot.press("enter")
        history = await on_screen(pilot, HistoryScreen)
        count = history.query_one("#history-count", Static)
        await wait_for(pilot, lambda: "loading" in str(count.render()))
        assert not history.loaded
        release.set()
        await wait_for(pilot, lambda: history.loaded)
        assert "loading" not in str(count.render())
        assert len(history.table_text) == 5
