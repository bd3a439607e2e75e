"""A long partner history: its first page at once, the next as the cursor gets there,
the count of all its rows from the start."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Static

from balance.core.model import Contribution, new_id
from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.widgets.history_table import PAGE, HistoryTable
from tests.tui.talks.support import GV, SIZE, TODAY, loaded, open_history, wait_for

MANY = 2 * PAGE + 50


def many_rows(svc: Service) -> None:
    """Anna and you met every day for a while: MANY more rows with her."""
    gv = svc.network(GV)
    anna = svc.partner("Anna", gv)
    svc.store.add_contributions(
        [
            Contribution(
                new_id(), gv.id, anna.id, "me", TODAY - timedelta(days=i), 30, what=f"Tag {i}"
            )  # type: ignore[arg-type]
            for i in range(1, MANY + 1)
        ]
    )


async def test_a_long_history_shows_its_first_page_and_pages_on(svc: Service) -> None:
    many_rows(svc)
    total = MANY + 5  # and the five of the fixture
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        table = history.query_one(HistoryTable)
        count = history.query_one("#history-count", Static)
        assert table.row_count == PAGE and not history.complete  # the older rows wait
        said = str(count.render())
        assert f"{total} contributions, all time" in said  # counted all the same
        assert f"the first {PAGE} in the table, more as you scroll" in said
        assert history.table_text[0][5].startswith("Tag 1")  # newest first

        for _ in range(5):  # to the last row, again and again: the table pages on
            await pilot.press("ctrl+end")
            await wait_for(pilot, lambda: not history.reading)
            if table.row_count == total:
                break
        assert history.complete and table.row_count == total
        assert "more as you scroll" not in str(count.render())
        assert history.table_text[-1][5].startswith(f"Tag {MANY}")  # the oldest, last


async def test_a_filter_looks_through_every_row(svc: Service) -> None:
    many_rows(svc)
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        table = history.query_one(HistoryTable)
        await pilot.press("slash")
        await pilot.press(*f"Tag {MANY}")  # the oldest row: not read with the first page
        await wait_for(pilot, lambda: history.complete and table.row_count == 1)
        assert f"1 of {MANY + 5} shown" in str(history.query_one("#history-count").render())


async def test_sorting_by_another_column_sorts_every_row(svc: Service) -> None:
    many_rows(svc)
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        await pilot.press("r")  # oldest first: the oldest row was not read at first
        await wait_for(pilot, lambda: history.complete)
        await wait_for(pilot, lambda: history.table_text[0][5].startswith(f"Tag {MANY}"))
