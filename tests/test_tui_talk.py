"""Pilot tests of the conversation features: prompts and their notification,
the talk form, snooze, the meeting briefing, the partner history (edit,
delete, undo), export and the network canvas.

Every test builds its database through the Service with a fixed `today`,
opens the app at a fixed size and asserts on state, never on timing.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from textual.widgets import Input, TextArea

from balance.service import LogForm, Service
from balance.store import Store
from balance.tui.actions import ACTIONS, BRIEFING_ACTIONS, HISTORY_ACTIONS
from balance.tui.app import BalanceApp
from balance.tui.chart import diverging, line, stretch
from balance.tui.screens.briefing import BriefingScreen
from balance.tui.screens.canvas import CanvasScreen
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.export import ExportScreen
from balance.tui.screens.help import help_text
from balance.tui.screens.history import HistoryScreen
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.screens.prompt import PromptScreen
from balance.tui.screens.snooze import SnoozeScreen
from balance.tui.screens.talk_form import TalkFormScreen
from balance.tui.targets import Target, export_file_name, newly_due, slug
from balance.tui.widgets.alert_strip import AlertItems, AlertStrip
from balance.tui.widgets.balance_panel import BalancePanel
from balance.tui.widgets.summary import NetworkSummary

if TYPE_CHECKING:
    from .conftest import Db

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


async def wait_for(pilot, condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Let the app run until `condition()` holds (a bound, not a timing assertion)."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition(), "condition not met in time"


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


# -- prompts: the notification when a talk becomes due ------------------------------------


async def test_logging_the_crossing_contribution_warns_and_lists_the_partner(
    svc: Service,
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert warnings(app) == []  # Anna's talk was due before: the first load says nothing
        assert "Bäckerei" not in alert_text(app)
        assert "TOO LITTLE DATA" in cards(app)["Bäckerei Klein"].text

        cards(app)["Bäckerei Klein"].focus()
        await pilot.press("l")
        form = await on_screen(pilot, LogFormScreen)
        assert form.form().partner == "Bäckerei Klein"
        form.query_one("#by").value = "partner"
        form.query_one("#money", Input).value = "12,50"
        form.query_one("#what", Input).value = "Brötchen für den Stammtisch"
        await pilot.press("ctrl+s")
        await on_screen(pilot, DashboardScreen)
        await wait_for(pilot, lambda: warnings(app))

        (warning,) = warnings(app)
        assert "Bäckerei Klein" in warning and "time for the shared-goal talk" in warning
        assert "Anna" not in warning
        assert "Bäckerei Klein" in alert_text(app)
        assert "Bäckerei Klein carries more" not in alert_text(app)  # the strip states facts
        assert "⚠ time to talk" in cards(app)["Bäckerei Klein"].text


async def test_a_crossing_written_by_another_process_warns_too(svc: Service, db: Db) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        other = service(db.path)  # another writer on the same files; the poll picks it up
        log(other, GV, "Bäckerei", "partner", "2026-11-20", money="5", what="from the CLI")
        await wait_for(pilot, lambda: warnings(app))
        assert "Bäckerei Klein" in warnings(app)[0]
        await wait_for(pilot, lambda: "Bäckerei Klein" in alert_text(app))


# -- the prompt screen and the talk form -------------------------------------------------


async def test_recording_the_talk_clears_the_prompt(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert "⚠ time to talk" in cards(app)["Anna Schmidt"].text
        cards(app)["Anna Schmidt"].focus()
        await pilot.press("t")  # a talk is due: first the prompt says why
        prompt = await on_screen(pilot, PromptScreen)
        text = prompt.text
        assert "Over the last 6 months you gave" in text and "Anna Schmidt" in text
        assert "say what you expect" in text  # the advice for "you carry it"
        assert "What is my motivation, and what do I expect?" in text
        assert "added value (Mehrwert)" in text

        await pilot.press("t")
        form = await on_screen(pilot, TalkFormScreen)
        assert form.form().partner == "Anna Schmidt" and form.form().network == GV
        assert form.form().next_review == "+90d"  # the network's review cadence

        # Bad input: no notes, a review date before the talk. Marked inline, nothing saved.
        form.query_one("#next_review", Input).value = "01.01.2020"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: form.error_texts)
        assert set(form.error_texts) >= {"notes", "next_review"}
        assert "before the talk" in form.error_texts["next_review"]
        assert svc.directory().conversations and len(svc.directory().conversations) == 1

        form.query_one("#notes", TextArea).load_text("Talked about the Stammtisch")
        form.query_one("#goal", Input).value = "three new members by spring"
        form.query_one("#agreements", TextArea).load_text(
            "Anna hosts in January\n\n- We split drinks"
        )
        form.query_one("#next_review", Input).value = "+60d"
        await pilot.press("ctrl+s")
        await on_screen(pilot, DashboardScreen)
        await wait_for(pilot, lambda: "⚠ time to talk" not in cards(app)["Anna Schmidt"].text)

        assert "last talk 28 Nov 2026" in cards(app)["Anna Schmidt"].text
        assert "Anna Schmidt" not in alert_text(app)
        talk = next(c for c in svc.directory().conversations if c.notes.startswith("Talked"))
        assert talk.agreements == ("Anna hosts in January", "We split drinks")
        assert talk.goal == "three new members by spring"
        assert talk.date == TODAY and talk.next_review == TODAY + timedelta(days=60)
        assert any("Recorded the talk with Anna Schmidt" in m for m in messages(app))


async def test_talk_for_the_whole_network_from_the_palette(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        talk = next(c for c in app.get_system_commands(screen) if c.title == "Record a talk")
        screen.query_one("#networks").focus()
        talk.callback()
        form = await on_screen(pilot, PromptScreen if screen.report.prompt else TalkFormScreen)
        if isinstance(form, PromptScreen):
            await pilot.press("t")
            form = await on_screen(pilot, TalkFormScreen)
        assert form.form().partner == ""  # the whole network
        form.query_one("#notes", TextArea).load_text("Board meeting")
        await pilot.press("ctrl+s")
        await on_screen(pilot, DashboardScreen)
        await wait_for(pilot, lambda: len(svc.directory().conversations) == 2)
        talk = next(c for c in svc.directory().conversations if c.notes == "Board meeting")
        assert talk.partner_id is None


async def test_snooze_from_the_alert_removes_it(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert "Anna Schmidt" in alert_text(app)
        items = screen.query_one(AlertItems)
        items.focus()
        items.highlighted = 0
        await pilot.pause()
        assert screen.target() == Target(
            screen.report.network.id, cards(app)["Anna Schmidt"].partner_id
        )
        await pilot.press("s")
        form = await on_screen(pilot, SnoozeScreen)
        days = form.query_one("#days", Input)
        assert days.value == "14"
        days.value = "soon"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "days" in form.error_texts)
        days.value = "²"  # str.isdigit() says yes, int() says no: must be a field error
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "'²'" in form.error_texts.get("days", ""))
        assert "from 1 to 365" in form.error_texts["days"]
        assert isinstance(app.screen, SnoozeScreen) and not svc.directory().snoozes
        days.value = "14"
        await pilot.press("ctrl+s")
        await on_screen(pilot, DashboardScreen)
        await wait_for(pilot, lambda: "Anna Schmidt:" not in alert_text(app))
        assert "snoozed until 12 Dec 2026" in cards(app)["Anna Schmidt"].text
        (snooze,) = svc.directory().snoozes
        assert snooze.until == TODAY + timedelta(days=14)
        # The strip does not contradict itself: what is due, what was put off, what is a
        # regular review are three different lines, and the snoozed partner is in one only.
        lines = alert_text(app).splitlines()
        assert "◌ Snoozed: Anna Schmidt until 12 Dec 2026" in lines
        assert [line for line in lines if "Anna Schmidt" in line] == [
            "◌ Snoozed: Anna Schmidt until 12 Dec 2026"
        ]
        assert not any("No talk is due" in line for line in lines)


async def test_enter_on_the_alert_opens_the_prompt_and_its_briefing(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        screen.query_one(AlertItems).focus()
        await pilot.press("enter")
        await on_screen(pilot, PromptScreen)
        await pilot.press("m")
        briefing = await on_screen(pilot, BriefingScreen)
        await pilot.pause()
        assert "Briefing: Anna Schmidt in Gewerbeverein Hünfelden" in briefing.text


async def test_review_due_is_listed_also_when_balanced(svc: Service) -> None:
    gv = svc.network(GV)
    svc.talk(gv, svc.partner("Jürgen", gv), "quick call", day=date(2026, 10, 20),
             next_review=date(2026, 11, 25))  # fmt: skip
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert "✓ BALANCED" in cards(app)["Jürgen Weiß"].text
        assert "review due" in cards(app)["Jürgen Weiß"].text
        review = next(line for line in alert_text(app).splitlines() if "review due" in line)
        assert review.startswith("◷ Regular review due (every 90 days, balanced or not): ")
        assert "Jürgen Weiß" in review and "Anna" not in review


# -- the meeting briefing -------------------------------------------------------------------


async def test_briefing_shows_the_last_agreements_and_the_canvas(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        cards(app)["Jürgen Weiß"].focus()
        await pilot.press("m")
        briefing = await on_screen(pilot, BriefingScreen)
        await pilot.pause()
        text = briefing.text
        assert "Briefing: Jürgen Weiß in Gewerbeverein Hünfelden" in text
        assert "✓ BALANCED" in text and "3h" in text
        assert "Good talk about the autumn" in text
        for agreed in JUERGEN_AGREED:
            assert f"• {agreed}" in text
        assert "15 Jan 2027" in text  # next review
        assert "more joint work in the region" in text  # the canvas goal
        assert "Do we work together with appreciation, towards a shared goal?" in text
        await pilot.press("escape")
        await on_screen(pilot, DashboardScreen)

        # With no card focused, m briefs the whole network.
        app.dashboard.query_one("#networks").focus()
        await pilot.press("m")
        briefing = await on_screen(pilot, BriefingScreen)
        await pilot.pause()
        text = briefing.text
        assert "Briefing: the whole network Gewerbeverein Hünfelden" in text
        assert "Anna Schmidt" in text and "Bäckerei Klein" in text  # the partner list
        assert "⚠ time to talk" in text


async def test_a_talk_recorded_from_the_briefing_shows_up_in_it(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        cards(app)["Anna Schmidt"].focus()
        await pilot.press("m")
        briefing = await on_screen(pilot, BriefingScreen)
        assert "No talk recorded yet" in briefing.text and "⚠ talk due" in briefing.text
        await pilot.press("t")  # straight to the form: the briefing shows the facts already
        form = await on_screen(pilot, TalkFormScreen)
        form.query_one("#notes", TextArea).load_text("Coffee with Anna")
        form.query_one("#agreements", TextArea).load_text("Anna runs the March Stammtisch")
        await pilot.press("ctrl+s")
        await on_screen(pilot, BriefingScreen)
        await wait_for(pilot, lambda: "• Anna runs the March Stammtisch" in app.screen.text)
        assert "⚠ talk due" not in app.screen.text


async def test_export_from_the_briefing_holds_only_that_partner(
    svc: Service, tmp_path: Path
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        cards(app)["Anna Schmidt"].focus()
        await pilot.press("m")
        await on_screen(pilot, BriefingScreen)
        await pilot.press("e")
        form = await on_screen(pilot, ExportScreen)
        field = form.query_one("#file", Input)
        assert field.value == "~/balance-gewerbeverein-huenfelden-anna-schmidt-2026-11-28.toml"
        target = tmp_path / "für anna.toml"
        field.value = str(target)
        await pilot.press("ctrl+s")
        await on_screen(pilot, BriefingScreen)
        await wait_for(pilot, target.exists)

        text = target.read_text(encoding="utf-8")
        data = tomllib.loads(text)
        assert [p["name"] for p in data["partners"]] == ["Anna Schmidt"]
        assert "Jürgen" not in text and "Bäckerei" not in text
        assert data["partners"][0]["balance"]["mine"]["money"] == "76"
        assert any(str(target) in m for m in messages(app))

        # The same name again: asked first; "no" keeps the old file.
        target.write_text("old", encoding="utf-8")
        await pilot.press("e")
        form = await on_screen(pilot, ExportScreen)
        form.query_one("#file", Input).value = str(target)
        await pilot.press("ctrl+s")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("n")
        await on_screen(pilot, ExportScreen)
        assert target.read_text(encoding="utf-8") == "old"
        await pilot.press("ctrl+s")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await on_screen(pilot, BriefingScreen)
        await wait_for(pilot, lambda: target.read_text(encoding="utf-8") != "old")
        assert tomllib.loads(target.read_text(encoding="utf-8"))["partners"][0]["name"] == (
            "Anna Schmidt"
        )


async def test_export_to_a_folder_that_cannot_be_written_says_so(
    svc: Service, tmp_path: Path
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("e")  # no card focused: the whole network
        form = await on_screen(pilot, ExportScreen)
        assert form.query_one("#file", Input).value.endswith(
            "balance-gewerbeverein-huenfelden-2026-11-28.toml"
        )
        blocker = tmp_path / "a-file"
        blocker.write_text("x", encoding="utf-8")
        form.query_one("#file", Input).value = str(blocker / "x.toml")  # a file is no folder
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "file" in form.error_texts)
        assert "cannot write there" in form.error_texts["file"]
        form.query_one("#file", Input).value = str(tmp_path)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "is a folder" in form.error_texts.get("file", ""))


# -- the partner history: edit, delete, undo -------------------------------------------------


async def open_history(pilot, name: str) -> HistoryScreen:
    cards(pilot.app)[name].focus()
    await pilot.press("enter")
    history = await on_screen(pilot, HistoryScreen)
    await wait_for(pilot, lambda: history.loaded)
    return history


async def test_delete_and_undo_change_the_figures_and_back(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        anna = lambda: cards(app)["Anna Schmidt"].text  # noqa: E731
        assert "8h : 1h" in anna()
        history = await open_history(pilot, "Anna Schmidt")
        rows = history.table_text
        assert len(rows) == 5
        assert rows[0][:3] == ("20 Nov 2026", "you", "Stammtisch 2026-11-20")  # newest first
        assert rows[1][1] == "Anna Schmidt" and rows[1][6] == "print"
        before = len(svc.store.contributions())

        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("escape")  # no: nothing happens
        await on_screen(pilot, HistoryScreen)
        assert len(svc.store.contributions()) == before

        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: "6h : 1h" in anna())
        await wait_for(pilot, lambda: len(history.table_text) == 4)
        assert len(svc.store.contributions()) == before - 1
        assert any(m.startswith("Deleted:") and "u to undo" in m for m in messages(app))

        await pilot.press("u")
        await wait_for(pilot, lambda: "8h : 1h" in anna())
        await wait_for(pilot, lambda: len(history.table_text) == 5)
        assert len(svc.store.contributions()) == before
        await pilot.press("u")
        await wait_for(pilot, lambda: "Nothing to undo." in messages(app))


async def test_edit_and_undo_change_the_figures_and_back(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        anna = lambda: cards(app)["Anna Schmidt"].text  # noqa: E731
        history = await open_history(pilot, "Anna Schmidt")
        before = len(svc.store.contributions())
        await pilot.press("enter")  # on the first row: the newest
        form = await on_screen(pilot, LogFormScreen)
        assert form.TITLE_TEXT == "Edit a contribution"
        values = form.form()
        assert (values.time, values.money, values.energy) == ("2h", "19.00", "3")
        assert values.date == "2026-11-20" and values.partner == "Anna Schmidt"
        form.query_one("#time", Input).value = "3h"
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: "9h : 1h" in anna())
        await wait_for(pilot, lambda: history.table_text[0][3] == "3h")
        assert len(svc.store.contributions()) == before  # edited, not added

        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: "8h : 1h" in anna())
        await wait_for(pilot, lambda: history.table_text[0][3] == "2h")


async def test_editing_only_the_what_keeps_a_three_decimal_amount(svc: Service) -> None:
    """1.234 EUR must not come back as "1.234", which reads as German thousands (1234)."""
    log(svc, GV, "Anna", "me", "2026-11-25", money="1.2340", what="Kaffee")
    (kaffee,) = [c for c in svc.store.contributions() if c.what == "Kaffee"]
    svc.store.replace_contribution(replace(kaffee, money=Decimal("1.234")))  # e.g. imported
    assert str(next(c for c in svc.store.contributions() if c.what == "Kaffee").money) == "1.234"
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        assert history.table_text[0][2] == "Kaffee"  # the newest: under the cursor
        await pilot.press("enter")
        form = await on_screen(pilot, LogFormScreen)
        assert form.query_one("#money", Input).value == "1.2340"
        form.query_one("#what", Input).value = "Kaffee und Kuchen"
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: history.table_text[0][2] == "Kaffee und Kuchen")
        (edited,) = [c for c in svc.store.contributions() if c.what == "Kaffee und Kuchen"]
        assert edited.money == Decimal("1.234")


async def test_history_sorts_filters_and_shows_the_chart(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        chart = str(history.query_one("#history-chart").content)
        assert "you gave more" in chart and "even" in chart and "─" in chart
        totals = str(history.query_one("#history-totals").content)
        assert "8h" in totals and "76.00 EUR" in totals
        talks = str(history.query_one("#history-talks-text").content)
        assert "No talk recorded yet" in talks

        await pilot.press("s")  # date -> by
        assert history.sort_key == "by"
        assert [r[1] for r in history.table_text] == ["you"] * 4 + ["Anna Schmidt"]
        history.sort_by("time", toggle=True)
        assert [r[3] for r in history.table_text][:1] == ["2h"]
        history.sort_by("time", toggle=True)  # the same column again: reversed
        assert [r[3] for r in history.table_text][0] == "1h"

        await pilot.press("slash")
        assert app.focused is history.query_one("#filter")
        await pilot.press(*"print")
        await wait_for(pilot, lambda: len(history.table_text) == 1)
        assert history.table_text[0][2] == "Flyer"
        history.query_one("#filter", Input).value = "you stammtisch"
        await wait_for(pilot, lambda: len(history.table_text) == 4)

        history.query_one("#history-table").focus()
        await pilot.press("w")  # the dashboard's window: the chart follows it
        box = history.query_one("#history-chart-box")
        await wait_for(pilot, lambda: "last 12 months" in str(box.border_title))
        assert app.dashboard.window_spec == "12m"


def count_text(history: HistoryScreen) -> str:
    return str(history.query_one("#history-count").content)


async def test_history_says_its_order_in_words_and_reverses_it(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        assert "sorted by date, newest first" in count_text(history)
        assert history.table_text[0][0] == "20 Nov 2026"  # dates as the cards write them
        await pilot.press("r")
        assert "sorted by date, oldest first" in count_text(history)
        assert history.table_text[0][0] == "1 Oct 2026"
        await pilot.press("s")
        assert "sorted by who gave, you first" in count_text(history)
        await pilot.press("S")  # shift+s reverses too
        assert "sorted by who gave, Anna Schmidt first" in count_text(history)
        assert history.table_text[0][1] == "Anna Schmidt"
        await pilot.press("s")
        assert "sorted by what, A–Z" in count_text(history)
        await pilot.press("s")
        assert "sorted by time, largest first" in count_text(history)
        assert " by by" not in count_text(history)


async def test_history_filter_ignores_case_and_accents(svc: Service) -> None:
    log(svc, GV, "Anna", "partner", "2026-11-21", money="12", what="Getränke für den Stammtisch")
    log(svc, GV, "Anna", "me", "2026-11-22", time="1h", what="Straßenfest")
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        search = history.query_one("#filter", Input)
        for text, found in (
            ("getranke", "Getränke für den Stammtisch"),
            ("GETRÄNKE", "Getränke für den Stammtisch"),
            ("strassenfest", "Straßenfest"),
            ("anna getranke", "Getränke für den Stammtisch"),  # who gave counts too
        ):
            search.value = text
            await wait_for(pilot, lambda f=found: [r[2] for r in history.table_text] == [f])


async def test_history_cursor_stays_on_its_row_after_delete_undo_and_edit(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        table = history.query_one("#history-table")
        await pilot.press("down", "down")
        third = history.selected
        assert third is not None and table.cursor_row == 2

        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: len(history.table_text) == 4)
        await pilot.pause()
        assert table.cursor_row == 2  # on the next row, in the same place; not the top

        await pilot.press("u")
        await wait_for(pilot, lambda: len(history.table_text) == 5)
        await wait_for(pilot, lambda: history.selected and history.selected.id == third.id)
        assert table.cursor_row == 2  # back on the restored row

        await pilot.press("enter")
        form = await on_screen(pilot, LogFormScreen)
        form.query_one("#what", Input).value = "Stammtisch im Rathaus"
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: history.table_text[2][2] == "Stammtisch im Rathaus")
        assert table.cursor_row == 2 and history.selected.id == third.id


async def test_saving_an_edit_unchanged_says_so_and_adds_no_undo(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Anna Schmidt")
        state = svc.store.state()
        await pilot.press("enter")
        form = await on_screen(pilot, LogFormScreen)
        form.query_one("#time", Input).value = "120m"  # another way to write the same 2h
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: "No change." in messages(app))
        assert not any(m.startswith("Changed:") for m in messages(app))
        assert history.undo_stack == [] and svc.store.state() == state  # nothing written
        await pilot.press("u")
        await wait_for(pilot, lambda: "Nothing to undo." in messages(app))


# -- out of balance, and snoozing in the window on screen ----------------------------------


async def test_an_imbalanced_partnership_is_out_of_balance_since_not_leaning(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        anna = cards(app)["Anna Schmidt"].text
        assert "▲ IMBALANCED" in anna
        assert "out of balance since " in anna and "leaning since" not in anna
        cards(app)["Anna Schmidt"].focus()
        await pilot.press("t")
        prompt = await on_screen(pilot, PromptScreen)
        assert "Out of balance since " in prompt.text and "eaning since" not in prompt.text
        await pilot.press("m")
        briefing = await on_screen(pilot, BriefingScreen)
        await pilot.pause()
        labels = [str(label.content) for label in briefing.query(".fact-label")]
        assert "out of balance" in labels and "leaning" not in labels


async def test_a_talk_due_in_the_12_month_window_can_be_snoozed_there(svc: Service) -> None:
    svc.add_partner("Carla Ost", [GV])  # gave nothing back in winter: out of the last 6 months
    for day in ("2026-01-10", "2026-02-10", "2026-03-10"):
        log(svc, GV, "Carla", "me", day, time="2h", what="Winterfest")
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert "Carla Ost" not in alert_text(app)
        await pilot.press("w")  # 6m -> 12m
        await wait_for(pilot, lambda: screen.snapshot.window.label == "12m")
        await wait_for(pilot, lambda: "Carla Ost:" in alert_text(app))
        cards(app)["Carla Ost"].focus()
        await pilot.press("s")
        form = await on_screen(pilot, SnoozeScreen)
        await pilot.press("ctrl+s")
        await on_screen(pilot, DashboardScreen)
        await wait_for(pilot, lambda: "Carla Ost:" not in alert_text(app))
        (snooze,) = svc.directory().snoozes
        assert snooze.until == TODAY + timedelta(days=14)

        # Due when the form opened, not any more when it is saved: said in the form.
        gv = svc.network(GV)
        log(svc, GV, "Bäckerei", "partner", "2026-11-20", money="5", what="Brötchen")
        await wait_for(pilot, lambda: "Bäckerei Klein:" in alert_text(app))
        cards(app)["Bäckerei Klein"].focus()
        await pilot.press("s")
        form = await on_screen(pilot, SnoozeScreen)
        svc.talk(gv, svc.partner("Bäckerei", gv), "sorted it out", day=TODAY)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "general" in form.error_texts)
        assert "no talk is due with Bäckerei Klein" in form.error_texts["general"]
        assert app.screen is form


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
