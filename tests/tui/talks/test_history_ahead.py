"""The focused card's history is read ahead: `h` shows its rows at once, and a read
ahead of files that changed since (by this app or another process) is never shown as
the history."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import pytest

from balance.service.api import Service
from balance.tui import prefetch
from balance.tui.app import BalanceApp
from balance.tui.data import load_snapshot
from balance.tui.screens import dashboard, history_load
from balance.tui.screens.history import HistoryScreen
from tests.tui.talks.support import GV, SIZE, cards, loaded, log, on_screen, service, wait_for


def counting(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The history's own reads of a first page (not the read ahead), counted."""
    calls: list[object] = []
    real: Callable[..., prefetch.Loaded] = history_load.first_page

    def counted(*args: object, **kw: object) -> prefetch.Loaded:
        calls.append(args)
        return real(*args, **kw)

    monkeypatch.setattr(history_load, "first_page", counted)
    return calls


def ahead_of(app: BalanceApp, name: str) -> bool:
    ahead = app.prefetched
    return ahead is not None and ahead.partner_id == cards(app)[name].partner_id


async def test_the_focused_cards_history_opens_with_the_rows_read_ahead(
    svc: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = counting(monkeypatch)
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        cards(app)["Anna Schmidt"].focus()
        await wait_for(pilot, lambda: ahead_of(app, "Anna Schmidt"))
        await pilot.press("h")
        history = await on_screen(pilot, HistoryScreen)
        assert history.loaded  # rows on the first frame, no "loading …"
        assert reads == []  # and no second read of them
        whats = [row[5] for row in history.table_text]
        assert whats[0].startswith("Stammtisch 2026-11-20") and len(whats) == 5


async def test_a_write_elsewhere_after_the_read_ahead_shows_in_the_history_at_once(
    svc: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process logs between the read ahead and `h`, and the dashboard's poll
    has not seen it (here it never polls): the history's first rows are read afresh
    and show the new row, not the read ahead of the files as they were."""
    monkeypatch.setattr(dashboard, "POLL_SECONDS", 3600.0)
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        cards(app)["Anna Schmidt"].focus()
        await wait_for(pilot, lambda: ahead_of(app, "Anna Schmidt"))
        other = service(svc.store.path)
        log(other, GV, "Anna", "partner", "2026-11-27", time="3h", what="Messestand Fulda")
        await pilot.press("h")
        history = await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: history.loaded)
        assert history.table_text[0][5].startswith("Messestand Fulda")
        assert len(history.table_text) == 6


async def test_quick_card_moves_read_ahead_only_the_card_that_keeps_the_focus(
    svc: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tab through the cards faster than a read: the cards passed over are not read
    (a read runs for the first and the last only), and `h` on the last card shows its
    rows at once."""
    made: list[str] = []
    real = prefetch.read_ahead

    def slow(service: Service, snapshot: object, network_id: str, partner_id: str) -> object:
        made.append(partner_id)
        time.sleep(0.2)
        return real(service, snapshot, network_id, partner_id)  # type: ignore[arg-type]

    monkeypatch.setattr(prefetch, "read_ahead", slow)
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await wait_for(pilot, lambda: not any(w.is_running for w in app.workers))
        panels = list(cards(app).values())
        assert len(panels) == 3
        app.screen.set_focus(panels[-1])
        await wait_for(pilot, lambda: ahead_of(app, panels[-1].partner_name))
        made.clear()
        first, passed_over, last = panels
        for panel in panels:  # each focus seen by the app, all within the first read
            app.screen.set_focus(panel)
            await pilot.pause()
        await wait_for(pilot, lambda: last.partner_id in made)
        await wait_for(pilot, lambda: not any(w.is_running for w in app.workers))
        assert ahead_of(app, last.partner_name)
        assert made == [first.partner_id, last.partner_id]
        assert passed_over.partner_id not in made
        await pilot.press("h")
        history = await on_screen(pilot, HistoryScreen)
        assert history.loaded and history.target.partner_id == last.partner_id


async def test_the_read_ahead_is_of_the_card_that_has_the_focus_now(svc: Service) -> None:
    """Each card tells the app of its focus on its own, in no fixed order: after three
    moves at once the read ahead is of the card the focus ended on."""
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        panels = list(cards(app).values())
        app.screen.set_focus(panels[-1])
        await wait_for(pilot, lambda: ahead_of(app, panels[-1].partner_name))
        for panel in panels:
            app.screen.set_focus(panel)
        await pilot.pause()
        await wait_for(pilot, lambda: not any(w.is_running for w in app.workers))
        await pilot.pause()
        assert ahead_of(app, panels[-1].partner_name)


def test_a_read_ahead_is_taken_only_for_its_pair_window_and_files(svc: Service) -> None:
    """Plain data, no terminal: what `take` hands the history, and what it refuses."""
    snapshot = load_snapshot(svc, "6m")
    gv = snapshot.report(svc.network(GV).id)
    assert gv is not None
    anna, juergen = (svc.partner(n, gv.network).id for n in ("Anna", "Jürgen"))
    ahead = prefetch.read_ahead(svc, snapshot, gv.network.id, anna)
    assert ahead is not None
    window, now = snapshot.window, svc.store.state()
    got = prefetch.take(ahead, now, gv.network.id, anna, window)
    assert got is not None and got.count == 5 and len(got.rows) == 5
    assert prefetch.take(ahead, now, gv.network.id, juergen, window) is None
    assert prefetch.take(ahead, now, gv.network.id, anna, svc.window("all")) is None
    assert prefetch.take(None, now, gv.network.id, anna, window) is None
    log(svc, GV, "Anna", "me", "2026-11-27", time="1h", what="Telefonat")
    # The files changed since the read ahead, whatever the dashboard has seen.
    assert prefetch.take(ahead, svc.store.state(), gv.network.id, anna, window) is None
    assert prefetch.read_ahead(svc, snapshot, gv.network.id, "no-such-partner") is None
    assert date(2026, 11, 20) in {c.date for c in got.rows}
