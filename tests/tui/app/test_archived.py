"""Archived networks and partners leave the dashboard; a CLI undo brings them back."""

from __future__ import annotations

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.widgets.network_list import NetworkList
from tests.tui.app.support import GV, SIZE, TSV, loaded, panels, service, wait_for


async def test_archived_ones_are_hidden_and_an_undo_elsewhere_shows_them_again(
    svc: Service,
) -> None:
    svc.archive_partner("Bäckerei")
    svc.archive_network(TSV)
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert screen.query_one(NetworkList).option_count == 1
        assert screen.report.network.name == GV
        assert set(panels(app)) == {"Anna Schmidt", "Jürgen Weiß"}
        # Another process (the CLI, say) takes back the last operation.
        service(svc.store.path).undo()
        await wait_for(pilot, lambda: screen.query_one(NetworkList).option_count == 2)
        service(svc.store.path).undo()
        await wait_for(pilot, lambda: "Bäckerei Klein" in panels(app))
