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
        await wait_for(pilot, lambda: history.complete)
        assert table.row_count == PAGE
        said = str(count.render())
        assert f"{total} contributions, all time" in said
        assert f"the first {PAGE} in the table, more as you scroll" in said
        assert history.table_text[0][5].startswith("Tag 1")  # newest first

        await pilot.press("ctrl+end")  # to the last row: the next page joins
        await wait_for(pilot, lambda: table.row_count == 2 * PAGE)
        await pilot.press("ctrl+end")
        await wait_for(pilot, lambda: table.row_count == total)
        await wait_for(pilot, lambda: "more as you scroll" not in str(count.render()))
        assert history.table_text[-1][5].startswith(f"Tag {MANY}")  # the oldest, last

        await pilot.press("slash")  # a filter looks through every row, not only the page
        await pilot.press(*f"Tag {MANY}")
        await wait_for(pilot, lambda: table.row_count == 1)
        assert f"1 of {total} shown" in str(count.render())
