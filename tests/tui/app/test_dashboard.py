"""Pilot tests of the TUI: the dashboard, the forms, live refresh and store errors.

Every test builds its database through the Service with a fixed `today`, opens
the app at a fixed size and asserts on widget state, never on timing.
"""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from textual.geometry import Region
from textual.widgets import DataTable, Select

from balance.core.forms import LogForm
from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.error import ErrorScreen
from balance.tui.screens.history import HistoryScreen
from balance.tui.widgets.alert_strip import AlertStrip
from balance.tui.widgets.network_list import NetworkList
from balance.tui.widgets.summary import NetworkSummary
from tests.tui.app.support import (
    GV,
    SIZE,
    TSV,
    fill,
    loaded,
    open_log_form,
    panels,
    service,
    wait_for,
)

if TYPE_CHECKING:
    from tests.conftest import Db
# -- the dashboard ---------------------------------------------------------------------


async def test_dashboard_shows_each_partner_with_figures_and_status(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert app.sub_title == "window: last 6 months (w)"
        networks = screen.query_one(NetworkList)
        assert networks.option_count == 2
        assert networks.selected_id == screen.report.network.id
        assert screen.report.network.name == GV

        cards = panels(app)
        assert set(cards) == {"Anna Schmidt", "Jürgen Weiß", "Bäckerei Klein"}
        anna = cards["Anna Schmidt"].text
        assert "▲ IMBALANCED" in anna
        assert "time   " in anna and "8h : 1h" in anna
        assert "€76.00 : €0.00" in anna
        assert "12 : 1" in anna
        assert "one-sided: you carry it, and little comes back" in anna
        assert "⚠ time to talk" in anna
        assert cards["Anna Schmidt"].has_class("status-imbalanced")

        juergen = cards["Jürgen Weiß"].text
        assert "✓ BALANCED" in juergen and "your share 50%" in juergen
        assert "3h : 3h" in juergen and "6 : 6" in juergen
        assert "even" in juergen

        baeckerei = cards["Bäckerei Klein"].text
        assert "TOO LITTLE DATA" in baeckerei and "1 of 3 contributions" in baeckerei

        summary = str(screen.query_one(NetworkSummary).content)
        assert "goal  more joint work in the region" in summary
        assert "you carry" in summary
        assert "5h of 4h (over budget)" in summary
        alerts = screen.query_one(AlertStrip).text
        assert "Anna Schmidt: one-sided: you carry it" in alerts
        assert "you gave 8h of time against Anna Schmidt's 1h (8 to 1)" in alerts
        assert "Jürgen" not in alerts.split("◷")[0]  # balanced: no talk due, a review at most


async def test_switch_network_with_the_list_and_window_with_w(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        screen.query_one(NetworkList).focus()
        await pilot.press("down")
        await wait_for(pilot, lambda: screen.report.network.name == TSV)
        await pilot.pause()
        assert set(panels(app)) == {"Jürgen Weiß"}
        assert "TOO LITTLE DATA" in panels(app)["Jürgen Weiß"].text
        assert "—" in panels(app)["Jürgen Weiß"].text  # March is outside the last 6 months
        summary = str(screen.query_one(NetworkSummary).content)
        assert "money not counted in this network's balances" in summary  # weights 1/0/1

        await pilot.press("w")  # 6m -> 12m: March is in
        await wait_for(pilot, lambda: screen.snapshot.window.label == "12m")
        await pilot.pause()
        assert app.sub_title == "window: last 12 months (w)"
        assert screen.report.network.name == TSV  # the selection survives a reload
        assert "3h : 0m" in panels(app)["Jürgen Weiß"].text

        for expected in ("all", "3m", "6m"):
            await pilot.press("w")
            await wait_for(pilot, lambda e=expected: screen.snapshot.window.label == e)


async def test_empty_database_invites_to_add_a_network(db: Db) -> None:
    app = BalanceApp(None, service=service(db.path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert screen.has_class("-empty")
        assert "No networks yet" in str(screen.query_one("#empty").content)
        assert not db.path.exists()  # opening the TUI writes nothing


# -- names that look like markup ---------------------------------------------------------

CLUB = "Club [/] 🏃"
VORSTAND = "Anna [Vorstand]"


def top_line(widget) -> str:
    """The widget's first line as drawn: its border with the title."""
    return widget.render_lines(Region(0, 0, widget.outer_size.width, 1))[0].text


async def test_names_that_look_like_markup_show_as_written(db: Db) -> None:
    s = service(db.path)
    s.add_network(CLUB, goal="[b]win[/b] the league")
    s.add_partner(VORSTAND, [CLUB])
    for day in ("2026-10-01", "2026-11-01", "2026-11-20"):
        s.log(LogForm(network=CLUB, partner=VORSTAND, by="me", date=day, what="[red]x", time="1h"))
    app = BalanceApp(None, service=s)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)  # `[/]` used to crash the first load (MarkupError)
        assert not isinstance(app.screen, ErrorScreen)
        assert f"─ {CLUB} ─" in top_line(screen.query_one(NetworkSummary))
        card = panels(app)[VORSTAND]
        assert f"─ {VORSTAND} ─" in top_line(card)
        assert "goal  [b]win[/b] the league" in str(screen.query_one(NetworkSummary).content)
        titles = {c.title for c in app.get_system_commands(screen)}
        assert "Briefing: Anna \\[Vorstand]" in titles  # escaped: the palette reads markup

        card.focus()
        form = await open_log_form(pilot)
        assert form.form().network == CLUB and form.form().partner == VORSTAND
        partner = form.query_one("#partner", Select)
        assert [str(prompt) for prompt, _ in partner._options][0] == VORSTAND
        fill(form, time="30m", what="[i]Vorstandssitzung[/i]")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        (note,) = [n for n in app._notifications if n.title == "Logged"]
        assert "[Vorstand]" in note.message and not note.markup
        assert any(c.what == "[i]Vorstandssitzung[/i]" for c in s.store.contributions())
        await wait_for(pilot, lambda: "3h 30m : 0m" in panels(app)[VORSTAND].text)

        panels(app)[VORSTAND].focus()
        await pilot.press("h")  # the history table: cells are text, not markup
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen) and app.screen.loaded)
        table = app.screen.query_one(DataTable)
        rows = [line.text for line in table.render_lines(Region(0, 1, table.size.width, 4))]
        assert "[i]Vorstandssitzung[/i]" in rows[0] and "[red]x" in rows[1]


# -- live refresh ------------------------------------------------------------------------

WRITER = """
import sys
from datetime import date
from pathlib import Path
from balance.core.forms import LogForm
from balance.service.api import Service
from balance.store.db import Store
svc = Service(Store(Path(sys.argv[1])), today=lambda: date(2026, 11, 28))
svc.log(LogForm(network="Gewerbeverein", partner="Anna", by="partner", time="5h",
                date="2026-11-26", what="from the CLI"))
"""


async def test_a_write_from_another_process_shows_up(svc: Service, db: Db) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert "8h : 1h" in panels(app)["Anna Schmidt"].text
        subprocess.run(
            [sys.executable, "-c", WRITER, str(db.path)], check=True, env=db.env, timeout=60
        )
        await wait_for(pilot, lambda: "8h : 6h" in panels(app)["Anna Schmidt"].text)
        assert not isinstance(app.screen, ErrorScreen)
