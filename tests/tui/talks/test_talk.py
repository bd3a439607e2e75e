"""Pilot tests of the conversation features: prompts and their notification,
the talk form, snooze, the meeting briefing, the partner history (edit,
delete, undo), export and the network canvas.

Every test builds its database through the Service with a fixed `today`,
opens the app at a fixed size and asserts on state, never on timing.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from textual.widgets import Input, TextArea

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.briefing import BriefingScreen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.screens.prompt import PromptScreen
from balance.tui.screens.snooze import SnoozeScreen
from balance.tui.screens.talk_form import TalkFormScreen
from balance.tui.targets import Target
from balance.tui.widgets.alert_strip import AlertItems
from tests.tui.talks.support import (
    GV,
    SIZE,
    TODAY,
    alert_text,
    cards,
    loaded,
    log,
    messages,
    on_screen,
    service,
    wait_for,
    warnings,
)

if TYPE_CHECKING:
    from tests.conftest import Db
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
        assert tuple(a.text for a in talk.agreements) == (
            "Anna hosts in January",
            "We split drinks",
        )
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
