"""Pilot tests of the conversation features: prompts and their notification,
the talk form, snooze, the meeting briefing, the partner history (edit,
delete, undo), export and the network canvas.

Every test builds its database through the Service with a fixed `today`,
opens the app at a fixed size and asserts on state, never on timing.
"""

from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from textual.widgets import Input, Select, TextArea

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.briefing import BriefingScreen
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.export import ExportScreen
from balance.tui.screens.prompt import PromptScreen
from balance.tui.screens.snooze import SnoozeScreen
from balance.tui.screens.talk_form import TalkFormScreen
from tests.tui.talks.support import (
    GV,
    JUERGEN_AGREED,
    SIZE,
    TODAY,
    alert_text,
    cards,
    loaded,
    log,
    messages,
    on_screen,
    wait_for,
)

if TYPE_CHECKING:
    pass
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
        # A page to read is the default; choosing TOML changes the suggested suffix.
        assert field.value == "~/balance-gewerbeverein-huenfelden-anna-schmidt-2026-11-28.md"
        form.query_one("#format", Select).value = "toml"
        await wait_for(pilot, lambda: field.value.endswith("anna-schmidt-2026-11-28.toml"))
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

        # The Markdown page, as the partner reads it: both names, no one else.
        await pilot.press("e")
        form = await on_screen(pilot, ExportScreen)
        page = tmp_path / "anna.md"
        form.query_one("#file", Input).value = str(page)
        assert form.query_one("#name", Input).value == ""  # no name yet: asked here
        form.query_one("#name", Input).value = "Petra  Vogel"
        await pilot.press("ctrl+s")
        await on_screen(pilot, BriefingScreen)
        await wait_for(pilot, page.exists)
        text = page.read_text(encoding="utf-8")
        assert text.startswith("# Partner Balance: Gewerbeverein Hünfelden with Anna Schmidt")
        assert "|  | Petra Vogel | Anna Schmidt |" in text
        assert "| Money | €76.00 |" in text
        assert svc.owner_name() == "Petra Vogel"  # kept for the next export and the CLI
        assert "Jürgen" not in text and "Bäckerei" not in text

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
            "balance-gewerbeverein-huenfelden-2026-11-28.md"
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


async def test_the_window_key_changes_figures_not_the_talks_due(svc: Service) -> None:
    svc.add_partner("Carla Ost", [GV])  # gave nothing back in winter: out of the last 6 months
    for day in ("2026-01-10", "2026-02-10", "2026-03-10"):
        log(svc, GV, "Carla", "me", day, time="2h", what="Winterfest")
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        due = alert_text(app).split("◷")[0]
        assert "Carla Ost" not in due
        await pilot.press("w")  # 6m -> 12m: Carla's winter is in the figures now
        await wait_for(pilot, lambda: screen.snapshot.window.label == "12m")
        await wait_for(pilot, lambda: "6h : 0m" in cards(app)["Carla Ost"].text)
        assert alert_text(app).split("◷")[0] == due  # the same talks are due
        assert "time to talk" not in cards(app)["Carla Ost"].text


async def test_snooze_a_due_talk_and_a_talk_recorded_meanwhile(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        cards(app)["Anna Schmidt"].focus()
        await pilot.press("s")
        await on_screen(pilot, SnoozeScreen)
        await pilot.press("ctrl+s")
        await on_screen(pilot, DashboardScreen)
        await wait_for(pilot, lambda: "Anna Schmidt:" not in alert_text(app))
        (snooze,) = svc.directory().snoozes
        assert snooze.until == TODAY + timedelta(days=14)
        await wait_for(pilot, lambda: "snoozed until" in cards(app)["Anna Schmidt"].text)
        assert "Anna Schmidt until" in alert_text(app)

        # A talk ends the snooze: the card no longer says "snoozed until".
        gv = svc.network(GV)
        svc.talk(gv, svc.partner("Anna", gv), "we talked it over", day=TODAY)
        await wait_for(pilot, lambda: "snoozed until" not in cards(app)["Anna Schmidt"].text)

        # Due when the form opened, not any more when it is saved: said in the form.
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


async def test_ticking_an_agreement_in_the_briefing_moves_it_to_done(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        cards(app)["Jürgen Weiß"].focus()
        await pilot.press("m")
        briefing = await on_screen(pilot, BriefingScreen)
        await wait_for(pilot, lambda: "Since the last talk (1 Oct 2026)" in briefing.text)
        assert "Jürgen Weiß put in 1h · €0.00 · energy 2 (1 entry)" in briefing.text
        assert "Jürgen Weiß: last logged 1 Nov 2026" in briefing.text
        first = JUERGEN_AGREED[0]
        assert f"• {first} · agreed 1 Oct 2026" in briefing.text
        briefing.query_one("#agreements").focus()
        await pilot.press("d")
        await wait_for(pilot, lambda: f"{first} · done 28 Nov 2026" in briefing.text)
        assert f"• {JUERGEN_AGREED[1]} · agreed" in briefing.text  # the other one stays open
        assert [i.agreement.state.value for i in svc.agreements()][:2] == ["done", "open"]
        # Dropped the next one (now first in the list: open ones come first).
        await pilot.press("x")
        await wait_for(pilot, lambda: f"{JUERGEN_AGREED[1]} · dropped 28 Nov 2026" in briefing.text)
        assert svc.agreements(open_only=True) == []


async def test_ticking_an_agreement_whose_talk_was_deleted_elsewhere_says_so(
    svc: Service,
) -> None:
    """Another process deleted the talk: a "Not saved" line, the briefing stays open."""
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        cards(app)["Jürgen Weiß"].focus()
        await pilot.press("m")
        briefing = await on_screen(pilot, BriefingScreen)
        await wait_for(pilot, lambda: f"• {JUERGEN_AGREED[0]} · agreed" in briefing.text)
        talk = next(t for t in svc.directory().conversations if t.agreements)
        Service.open(svc.store.path).delete_talk(talk.id)
        briefing.query_one("#agreements").focus()
        await pilot.press("d")
        await wait_for(pilot, lambda: any(m.startswith("Not saved: ") for m in messages(app)))
        assert app.screen is briefing
        assert svc.agreements() == []  # nothing came back by the tick


async def test_an_overdue_agreement_shows_on_the_card_and_in_the_alert_strip(
    svc: Service,
) -> None:
    gv = svc.network(GV)
    svc.talk(
        gv,
        svc.partner("Bäckerei", gv),
        "Brötchen für den Stammtisch",
        day=TODAY - timedelta(days=20),
        agreements=["partner: liefert Brötchen (due 2026-11-20)", "Plakat (due 2026-12-20)"],
    )
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        card = cards(app)["Bäckerei Klein"].text
        assert "! 1 agreement overdue" in card
        assert "overdue" not in cards(app)["Jürgen Weiß"].text
        assert (
            "! Overdue agreements: Bäckerei Klein: liefert Brötchen (due 20 Nov 2026)"
            in alert_text(app)
        )
        assert "Plakat" not in alert_text(app)  # due later: not overdue
