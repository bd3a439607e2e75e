"""Pilot tests of the history's side panel: the talks, the agreements and what came
back with one partner, each corrected, deleted or ticked there, and undone with u."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, TabbedContent, TextArea

from balance.core.forms import ValueForm
from balance.core.model import AgreementState
from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.screens.confirm import ConfirmScreen
from balance.tui.screens.form import PlainCheckbox
from balance.tui.screens.history import HistoryScreen
from balance.tui.screens.talk_form import TalkFormScreen
from balance.tui.screens.value_form import ValueFormScreen
from balance.tui.widgets.agreement_list import AgreementList
from balance.tui.widgets.history_lists import EntryList
from tests.tui.talks.support import GV, SIZE, loaded, messages, on_screen, open_history, wait_for


def juergen_talk(svc: Service):
    [talk] = [t for t in svc.directory().conversations if t.notes.startswith("Good talk")]
    return talk


async def side(pilot, history: HistoryScreen, presses: int) -> None:
    """Press l `presses` times: talks, then agreements, then what came back."""
    for _ in range(presses):
        await pilot.press("l")
    await wait_for(pilot, lambda: history.focused is not None and history.side_chosen())


async def test_a_talk_is_corrected_in_its_form_and_the_correction_undone(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Jürgen Weiß")
        await side(pilot, history, 1)
        assert isinstance(history.focused, EntryList)
        assert "Good talk about the autumn" in str(history.focused.get_option_at_index(0).prompt)
        await pilot.press("enter")
        form = await on_screen(pilot, TalkFormScreen)
        assert form.query_one("#date", Input).value == "2026-10-01"  # as it was recorded
        assert form.query_one("#agreements", TextArea).text.splitlines() == [
            "Jürgen hosts the December meeting",
            "We share the room costs",
        ]
        form.query_one("#notes", TextArea).text = "Good talk, and a plan for the winter"
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: juergen_talk(svc).notes.endswith("winter"))
        assert [a.text for a in juergen_talk(svc).agreements][0].startswith("Jürgen hosts")

        await pilot.press("u")
        await wait_for(pilot, lambda: juergen_talk(svc).notes == "Good talk about the autumn")
        assert any("Changed back: the talk of 1 Oct 2026" in m for m in messages(app))


async def test_a_deleted_talk_comes_back_with_its_agreements_on_u(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Jürgen Weiß")
        await side(pilot, history, 1)
        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: not svc.directory().conversations)
        await wait_for(pilot, lambda: not history.query("#talk-list"))
        await pilot.press("l")  # the list went with the talk; l still finds the panel
        await pilot.press("u")
        await wait_for(pilot, lambda: len(svc.directory().conversations) == 1)
        assert len(juergen_talk(svc).agreements) == 2
        await wait_for(pilot, lambda: history.query("#talk-list"))


async def test_an_agreement_is_ticked_done_dropped_and_undone_in_the_history(
    svc: Service,
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Jürgen Weiß")
        await side(pilot, history, 2)
        tabs = history.query_one("#history-side", TabbedContent)
        assert tabs.active == "tab-agreements"
        assert isinstance(history.focused, AgreementList)
        tab = lambda: str(tabs.get_tab("tab-agreements").label)  # noqa: E731
        assert tab() == "Agreements (2 open)"
        states = lambda: [a.state for a in juergen_talk(svc).agreements]  # noqa: E731
        await pilot.press("d")  # on an agreement: done
        await wait_for(pilot, lambda: states()[0] is AgreementState.DONE)
        await wait_for(pilot, lambda: tab() == "Agreements (1 open)")
        assert juergen_talk(svc).agreements[0].closed == date(2026, 11, 28)
        await wait_for(pilot, lambda: isinstance(history.focused, AgreementList))
        history.focused.highlighted = 0  # the open one comes first now
        await pilot.press("x")
        await wait_for(pilot, lambda: states()[1] is AgreementState.DROPPED)
        await pilot.press("u")
        await wait_for(pilot, lambda: states()[1] is AgreementState.OPEN)
        await pilot.press("u")
        await wait_for(pilot, lambda: states() == [AgreementState.OPEN] * 2)
        assert any("Marked done: Jürgen hosts the December meeting (u takes it back)" in m
                   for m in messages(app))  # fmt: skip


async def test_what_came_back_is_edited_and_deleted_with_undo(svc: Service) -> None:
    svc.add_value(
        ValueForm(network=GV, partner="Jürgen", kind="referral", what="Kontakt zur Druckerei",
                  to="me", date="2026-11-02")
    )  # fmt: skip
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Jürgen Weiß")
        await side(pilot, history, 3)
        assert "for you · referral · Kontakt zur Druckerei" in str(
            history.focused.get_option_at_index(0).prompt
        )
        await pilot.press("enter")
        form = await on_screen(pilot, ValueFormScreen)
        form.query_one("#what", Input).value = "Kontakt zur Druckerei Weber"
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        whats = lambda: [v.what for v in svc.directory().values]  # noqa: E731
        await wait_for(pilot, lambda: whats() == ["Kontakt zur Druckerei Weber"])

        await wait_for(pilot, lambda: isinstance(history.focused, EntryList))
        await pilot.press("d")
        await on_screen(pilot, ConfirmScreen)
        await pilot.press("y")
        await wait_for(pilot, lambda: whats() == [])
        await pilot.press("u")  # the delete back
        await wait_for(pilot, lambda: whats() == ["Kontakt zur Druckerei Weber"])
        await pilot.press("u")  # the edit back
        await wait_for(pilot, lambda: whats() == ["Kontakt zur Druckerei"])


async def test_the_private_checkbox_keeps_a_talks_notes_out_of_the_export(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        history = await open_history(pilot, "Jürgen Weiß")
        await side(pilot, history, 1)
        await pilot.press("enter")
        form = await on_screen(pilot, TalkFormScreen)
        box = form.query_one("#private", PlainCheckbox)
        assert box.value is False
        box.value = True
        await pilot.press("ctrl+s")
        await on_screen(pilot, HistoryScreen)
        await wait_for(pilot, lambda: juergen_talk(svc).private)
    net = svc.network(GV)
    text = svc.export(net, svc.partner("Jürgen", net), svc.window("all"), "md")
    assert "Good talk about the autumn" not in text and "(private)" in text
    assert "Jürgen hosts the December meeting" in text  # agreements are shared
