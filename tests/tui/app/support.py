"""What the parts of the former test_tui.py share.

Pilot tests of the TUI: the dashboard, the forms, live refresh and store errors.

Every test builds its database through the Service with a fixed `today`, opens
the app at a fixed size and asserts on widget state, never on timing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from textual.widgets import Input

from balance.core.forms import LogForm
from balance.service.api import Service
from balance.store.db import Store
from balance.tui.app import BalanceApp
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.widgets.balance_panel import BalancePanel

if TYPE_CHECKING:
    from tests.conftest import Db

TODAY = date(2026, 11, 28)
SIZE = (140, 45)
GV = "Gewerbeverein Hünfelden"
TSV = "TSV Sportverein"


def service(path: Path) -> Service:
    return Service(Store(path), today=lambda: TODAY)


def log(svc: Service, network: str, partner: str, by: str, day: str, **amounts: str) -> None:
    svc.log(LogForm(network=network, partner=partner, by=by, date=day, what="x", **amounts))


@pytest.fixture
def svc(db: Db) -> Service:
    """Two networks. In GV: Anna (you carry her: imbalanced), Jürgen (balanced),
    Bäckerei (too little data). In TSV: Jürgen, one old contribution (outside 6m)."""
    s = service(db.path)
    s.add_network(GV, goal="more joint work in the region", budget_time="4h")
    s.add_network(TSV, kind="private", weights="1/0/1")
    s.add_partner("Anna Schmidt", [GV])
    s.add_partner("Jürgen Weiß", [GV, TSV])
    s.add_partner("Bäckerei Klein", [GV])
    for day in ("2026-10-01", "2026-10-15", "2026-11-01", "2026-11-20"):
        log(s, GV, "Anna", "me", day, time="2h", money="19", energy="3")
    log(s, GV, "Anna", "partner", "2026-11-10", time="1h", energy="1")
    for day in ("2026-09-01", "2026-10-01", "2026-11-01"):
        log(s, GV, "Jürgen", "me", day, time="1h", energy="2")
        log(s, GV, "Jürgen", "partner", day, time="1h", energy="2")
    log(s, GV, "Bäckerei", "partner", "2026-11-05", money="30")
    log(s, TSV, "Jürgen", "me", "2026-03-01", time="3h", energy="4")
    return s


def count(svc: Service) -> int:
    return len(svc.store.contributions())


async def wait_for(pilot, condition: Callable[[], object], timeout: float = 20.0) -> None:
    """Let the app run until `condition()` holds. The bound is wall-clock and generous so
    a loaded CI machine cannot fail a test that would pass; it is no timing assertion."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await pilot.pause(0.05)


def dashboard(app: BalanceApp) -> DashboardScreen:
    return app.dashboard


def panels(app: BalanceApp) -> dict[str, BalancePanel]:
    return {p.partner_name: p for p in app.screen.query(BalancePanel)}


async def wait_screen(pilot, kind: type):
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, kind))
    return pilot.app.screen


async def loaded(pilot) -> DashboardScreen:
    app: BalanceApp = pilot.app
    await wait_for(pilot, lambda: len(app.screen_stack) > 1 and dashboard(app).snapshot)
    await pilot.pause()
    return dashboard(app)


async def open_log_form(pilot) -> LogFormScreen:
    await pilot.press("l")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, LogFormScreen))
    return pilot.app.screen


def fill(form: LogFormScreen, **values: str) -> None:

    for key, value in values.items():
        form.query_one(f"#{key}", Input).value = value
