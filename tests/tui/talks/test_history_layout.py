"""Pilot tests of the history table's layout: every column on screen at 80x24
and at 140x45, before and after an edit and its undo."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widgets import DataTable, Input

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.history import HistoryScreen
from balance.tui.screens.log_form import LogFormScreen
from tests.tui.talks.support import loaded, on_screen, open_history, wait_for

HEADERS = ("Date", "By", "Time", "Money", "Energy", "What")


def drawn(table: DataTable, line: int) -> str:
    """One line of the table as the user sees it (scrolling included)."""
    return table.render_lines(Region(0, line, table.size.width, 1))[0].text


def assert_every_column_shows(table: DataTable) -> None:
    header = drawn(table, 0)
    positions = [header.find(h) for h in HEADERS]
    assert -1 not in positions, header
    assert positions == sorted(positions), header  # Date, By, Time, Money, Energy, What
    first = drawn(table, 1)  # the newest: 20 Nov, you, 2h, €19.00, energy 3
    for figure in ("20 Nov 2026", "you", "2h", "€19.00", "3"):
        assert figure in first, first
    assert table.max_scroll_x == 0  # nothing hides to the right


@pytest.mark.parametrize("size", [(80, 24), (140, 45)])
async def test_every_column_shows_after_an_edit_and_its_undo(svc: Service, size) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        table = history.query_one(DataTable)
        await pilot.pause()
        assert_every_column_shows(table)

        await pilot.press("enter")
        form = await on_screen(pilot, LogFormScreen)
        form.query_one("#what", Input).value = "St"  # shorter than every header
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: history.table_text[0][5] == "St")
        await pilot.pause()
        assert_every_column_shows(table)

        await pilot.press("u")
        await wait_for(pilot, lambda: history.table_text[0][5] == "Stammtisch 2026-11-20")
        await pilot.pause()
        assert_every_column_shows(table)


async def test_tags_and_note_follow_the_what(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        await pilot.pause()
        table = history.query_one(DataTable)
        assert "Flyer  #print" in drawn(table, 2)  # Anna's flyer, 10 Nov
