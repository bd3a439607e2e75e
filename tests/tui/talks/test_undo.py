"""`u` on the dashboard takes back the last operation, whichever face made it."""

from __future__ import annotations

from balance.core.forms import LogForm
from balance.service.api import Service
from balance.tui.app import BalanceApp
from tests.tui.talks.support import GV, SIZE, cards, loaded, wait_for


async def test_u_takes_back_a_log_made_by_another_process(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        before = cards(app)["Jürgen Weiß"].text
        other = Service(svc.store.__class__(svc.store.path), today=svc.today)  # the CLI, say
        other.log(LogForm(network=GV, partner="Jürgen", time="5h", what="Messestand"))
        await wait_for(pilot, lambda: cards(app)["Jürgen Weiß"].text != before)
        await pilot.press("u")
        await wait_for(pilot, lambda: cards(app)["Jürgen Weiß"].text == before)
        assert any("Undone: the log of 'Messestand'" in n.message for n in app._notifications)
        assert not [c for c in svc.store.contributions() if c.what == "Messestand"]
