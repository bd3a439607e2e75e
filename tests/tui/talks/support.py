"""What the parts of the former test_tui_talk.py share.

Pilot tests of the conversation features: prompts and their notification,
the talk form, snooze, the meeting briefing, the partner history (edit,
delete, undo), export and the network canvas.

Every test builds its database through the Service with a fixed `today`,
opens the app at a fixed size and asserts on state, never on timing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from balance.core.forms import LogForm
from balance.service.api import Service
from balance.store.db import Store
from balance.tui.app import BalanceApp
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.history import HistoryScreen
from balance.tui.widgets.alert_strip import AlertStrip
from balance.tui.widgets.balance_panel import BalancePanel

if TYPE_CHECKING:
    from tests.conftest import Db

TODAY = date(2026, 11, 28)
SIZE = (150, 50)
GV = "Gewerbeverein Hünfelden"
TSV = "TSV Sportverein"
JUERGEN_AGREED = ("Jürgen hosts the December meeting", "We share the room costs")


def service(path: Path) -> Service:
    return Service(Store(path), today=lambda: TODAY)


def log(svc: Service, network: str, partner: str, by: str, day: str, **amounts: str) -> None:
    what = amounts.pop("what", "x")
    svc.log(LogForm(network=network, partner=partner, by=by, date=day, what=what, **amounts))


@pytest.fixture
def svc(db: Db) -> Service:
    """GV: Anna (you carry her: imbalanced, a talk is due), Jürgen (balanced, one
    talk with agreements), Bäckerei Klein (two contributions: too little data)."""
    s = service(db.path)
    s.add_network(GV, goal="more joint work in the region", budget_time="4h")
    s.add_network(TSV, kind="private", weights="1/0/1")
    s.add_partner("Anna Schmidt", [GV])
    s.add_partner("Jürgen Weiß", [GV, TSV])
    s.add_partner("Bäckerei Klein", [GV])
    for day in ("2026-10-01", "2026-10-15", "2026-11-01", "2026-11-20"):
        log(s, GV, "Anna", "me", day, time="2h", money="19", energy="3", what=f"Stammtisch {day}")
    log(
        s, GV, "Anna", "partner", "2026-11-10", time="1h", energy="1", what="Flyer", tags=("print",)
    )
    for day in ("2026-09-01", "2026-10-01", "2026-11-01"):
        log(s, GV, "Jürgen", "me", day, time="1h", energy="2")
        log(s, GV, "Jürgen", "partner", day, time="1h", energy="2")
    log(s, GV, "Bäckerei", "partner", "2026-11-05", money="30")
    log(s, GV, "Bäckerei", "partner", "2026-11-12", money="15")
    gv = s.network(GV)
    s.talk(
        gv,
        s.partner("Jürgen", gv),
        "Good talk about the autumn",
        day=date(2026, 10, 1),
        goal="a lively December meeting",
        agreements=JUERGEN_AGREED,
        next_review=date(2027, 1, 15),
    )
    return s


async def wait_for(pilot, condition: Callable[[], object], timeout: float = 20.0) -> None:
    """Let the app run until `condition()` holds. The bound is wall-clock and generous so
    a loaded CI machine cannot fail a test that would pass; it is no timing assertion."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await pilot.pause(0.05)


def cards(app: BalanceApp) -> dict[str, BalancePanel]:
    """The dashboard's cards, also while another screen is on top."""
    return {p.partner_name: p for p in app.dashboard.query(BalancePanel)}


def warnings(app: BalanceApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "warning"]


def messages(app: BalanceApp) -> list[str]:
    return [n.message for n in app._notifications]


async def loaded(pilot) -> DashboardScreen:
    app: BalanceApp = pilot.app
    await wait_for(pilot, lambda: len(app.screen_stack) > 1 and app.dashboard.snapshot)
    await pilot.pause()
    return app.dashboard


async def on_screen(pilot, kind: type) -> object:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, kind))
    return pilot.app.screen


def alert_text(app: BalanceApp) -> str:
    return app.dashboard.query_one(AlertStrip).text


async def open_history(pilot, name: str) -> HistoryScreen:
    """The history of the card `name`, loaded."""
    cards(pilot.app)[name].focus()
    await pilot.press("enter")
    history = await on_screen(pilot, HistoryScreen)
    await wait_for(pilot, lambda: history.loaded)
    return history  # type: ignore[return-value]
