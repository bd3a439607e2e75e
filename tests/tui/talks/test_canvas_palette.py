"""Pilot tests of the conversation features: prompts and their notification,
the talk form, snooze, the meeting briefing, the partner history (edit,
delete, undo), export and the network canvas.

Every test builds its database through the Service with a fixed `today`,
opens the app at a fixed size and asserts on state, never on timing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input, TextArea

from balance.core.chart import diverging, line, stretch
from balance.service.api import Service
from balance.tui.actions import ACTIONS, BRIEFING_ACTIONS, HISTORY_ACTIONS
from balance.tui.app import BalanceApp
from balance.tui.screens.briefing import BriefingScreen
from balance.tui.screens.canvas import CanvasScreen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.help import help_text
from balance.tui.screens.history import HistoryScreen
from balance.tui.targets import export_file_name, newly_due, slug
from balance.tui.widgets.summary import NetworkSummary
from tests.tui.talks.support import GV, SIZE, TODAY, cards, loaded, on_screen, service, wait_for

if TYPE_CHECKING:
    from tests.conftest import Db
# -- the network canvas ---------------------------------------------------------------------


async def test_canvas_edit_changes_the_goal_in_the_summary(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("c")
        form = await on_screen(pilot, CanvasScreen)
        assert form.query_one("#goal", Input).value == "more joint work in the region"
        assert form.query_one("#budget_time", Input).value == "4h"
        assert form.query_one("#weights", Input).value == "1/1/1"
        form.query_one("#goal", Input).value = "ten joint jobs in 2027"
        form.query_one("#lean_ratio", Input).value = "3"  # above the imbalance limit
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: form.error_texts)
        assert "rules" in form.error_texts and "'leaning' limit" in form.error_texts["rules"]
        assert svc.network(GV).goal == "more joint work in the region"

        form.query_one("#lean_ratio", Input).value = "1,5"
        form.query_one("#budget_time", Input).value = ""  # no time budget any more
        form.query_one("#motivation", TextArea).load_text("meet the neighbours")
        await pilot.press("ctrl+s")
        await on_screen(pilot, DashboardScreen)
        summary = lambda: str(screen.query_one(NetworkSummary).content)  # noqa: E731
        await wait_for(pilot, lambda: "ten joint jobs in 2027" in summary())
        assert "of 4h" not in summary()
        network = svc.network(GV)
        assert (
            network.goal == "ten joint jobs in 2027" and network.motivation == "meet the neighbours"
        )
        assert not network.budget.minutes


async def test_canvas_keeps_what_another_process_changed_meanwhile(svc: Service, db: Db) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("c")
        form = await on_screen(pilot, CanvasScreen)
        other = service(db.path)  # another process: its own service and store
        other.edit_network(other.network(GV), motivation="meet the neighbours")
        form.query_one("#goal", Input).value = "ten joint jobs in 2027"
        assert form.canvas() == {"goal": "ten joint jobs in 2027"}
        await pilot.press("ctrl+s")
        await on_screen(pilot, DashboardScreen)
        network = svc.network(GV)
        assert network.goal == "ten joint jobs in 2027"
        assert network.motivation == "meet the neighbours"
        assert network.budget.minutes == 240  # untouched fields stay as they are


# -- palette, help, and the pure helpers ------------------------------------------------------


async def test_every_new_action_is_in_the_palette_footer_and_help(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        titles = {c.title for c in app.get_system_commands(screen)}
        assert {a.title for a in ACTIONS} <= titles
        assert "Talk due: Anna Schmidt (Gewerbeverein Hünfelden)" in titles
        assert {"Briefing: Jürgen Weiß", "History: Jürgen Weiß"} <= titles
        cards(app)["Anna Schmidt"].focus()
        await pilot.press("m")
        briefing = await on_screen(pilot, BriefingScreen)
        assert {a.title for a in BRIEFING_ACTIONS} <= {
            c.title for c in app.get_system_commands(briefing)
        }
        await pilot.press("h")
        history = await on_screen(pilot, HistoryScreen)
        assert len(app.screen_stack) == 3  # the history replaced the briefing
        assert {a.title for a in HISTORY_ACTIONS} <= {
            c.title for c in app.get_system_commands(history)
        }
    text = help_text()
    for action in (*ACTIONS, *BRIEFING_ACTIONS, *HISTORY_ACTIONS):
        assert f"`{action.keys_text}`" in text


def test_slugs_and_export_names() -> None:
    assert slug("Gewerbeverein Hünfelden") == "gewerbeverein-huenfelden"
    assert slug("Jörg Strauß") == "joerg-strauss"
    assert slug("Café « Zoë » 🎉") == "cafe-zoe"
    assert slug("🎉") == "export"
    assert export_file_name(GV, None, TODAY) == (
        "~/balance-gewerbeverein-huenfelden-2026-11-28.toml"
    )


def test_nothing_is_new_on_the_first_load() -> None:
    assert newly_due(None, ()) == []
    assert newly_due((), ()) == []


def test_charts_keep_a_fixed_scale() -> None:
    up, down = diverging([0.5, 1.0, 0.0, None])
    assert [row[1] for row in up] == ["█", "█"] and [row[1] for row in down] == [" ", " "]
    assert [row[2] for row in down] == ["█", "█"] and [row[2] for row in up] == [" ", " "]
    assert all(row[0] == " " and row[3] == " " for row in (*up, *down))
    assert line([0, 4, 8], 8) == " ▄█"
    assert line([0, 1], 1000) == " ▁"  # something given never looks like nothing
    assert stretch([1, 2], 5) == [1, 1, 2, 2]
    assert len(stretch(list(range(100)), 10)) == 10
