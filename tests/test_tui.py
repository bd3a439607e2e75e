"""Pilot tests of the TUI: the dashboard, the forms, live refresh and store errors.

Every test builds its database through the Service with a fixed `today`, opens
the app at a fixed size and asserts on widget state, never on timing.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from textual.geometry import Region
from textual.widgets import DataTable, Input, Select
from textual.widgets._footer import FooterKey

from balance.service import LogForm, Service
from balance.store import Store
from balance.tui.actions import ACTIONS
from balance.tui.app import BalanceApp
from balance.tui.screens.add_network import AddNetworkScreen
from balance.tui.screens.add_partner import AddPartnerScreen
from balance.tui.screens.briefing import BriefingScreen
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.error import ErrorScreen
from balance.tui.screens.help import HelpScreen
from balance.tui.screens.history import HistoryScreen
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.widgets.alert_strip import AlertStrip
from balance.tui.widgets.balance_panel import BalancePanel
from balance.tui.widgets.footer import Footer
from balance.tui.widgets.network_list import NetworkList
from balance.tui.widgets.summary import NetworkSummary

if TYPE_CHECKING:
    from .conftest import Db

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


async def wait_for(pilot, condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Let the app run until `condition()` holds (a bound, not a timing assertion)."""
    steps = int(timeout / 0.05)
    for _ in range(steps):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition(), "condition not met in time"


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
        assert "76.00 EUR : 0.00 EUR" in anna
        assert "12 : 1" in anna
        assert "you carry this partnership" in anna
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
        assert "Anna Schmidt: Over the last 6 months you gave" in alerts
        assert "Jürgen" not in alerts


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


# -- the log form ------------------------------------------------------------------------


async def open_log_form(pilot) -> LogFormScreen:
    await pilot.press("l")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, LogFormScreen))
    return pilot.app.screen


def fill(form: LogFormScreen, **values: str) -> None:
    from textual.widgets import Input

    for key, value in values.items():
        form.query_one(f"#{key}", Input).value = value


async def test_log_through_the_form_updates_the_panel(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        before = count(svc)
        assert "8h : 1h" in panels(app)["Anna Schmidt"].text
        form = await open_log_form(pilot)
        assert form.form().network == GV
        assert form.form().partner == ""  # no card focused: the whole network, never Anna
        assert app.focused.id == "what"  # typing starts with what it was
        form.query_one("#partner").value = "Anna Schmidt"
        form.query_one("#by").value = "partner"
        fill(form, time="1h30m", money="25,50", energy="2", what="Flyer design", date="27.11.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        await wait_for(pilot, lambda: "8h : 2h 30m" in panels(app)["Anna Schmidt"].text)
        anna = panels(app)["Anna Schmidt"].text
        assert "76.00 EUR : 25.50 EUR" in anna
        assert "12 : 3" in anna
        assert count(svc) == before + 1
        saved = [c for c in svc.store.contributions() if c.what == "Flyer design"]
        assert len(saved) == 1
        assert saved[0].by == "partner" and saved[0].date == date(2026, 11, 27)
        assert saved[0].minutes == 90 and str(saved[0].money) == "25.50"
        assert screen.report.network.name == GV


async def test_log_form_marks_bad_fields_and_saves_nothing(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        state, before = svc.store.state(), count(svc)
        form = await open_log_form(pilot)
        fill(form, time="abc", energy="9", money="-5", date="31.02.2026", what="x")
        await pilot.click("#save")
        await wait_for(pilot, lambda: form.error_texts)
        errors = form.error_texts
        amounts = errors["amounts"].splitlines()  # one shared line per amount field
        time_error = next(line for line in amounts if line.startswith("time: "))
        assert "1h30m" in time_error  # the message names the accepted forms
        energy_error = next(line for line in amounts if line.startswith("energy"))
        assert "0 (none) to 5 (draining)" in energy_error
        assert any(line.startswith("money: ") for line in amounts)
        assert "date" in errors
        for name in ("time", "money", "energy", "date"):
            assert form.query_one(f"#field-{name}").has_class("-error")
        assert not form.query_one("#field-what").has_class("-error")
        assert isinstance(app.screen, LogFormScreen)
        assert svc.store.state() == state and count(svc) == before

        # Fixing the fields clears the marks and saves.
        fill(form, time="45m", energy="1", money="", date="today")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        assert count(svc) == before + 1


async def test_log_form_needs_an_amount_and_escape_cancels(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        before = count(svc)
        form = await open_log_form(pilot)
        fill(form, what="nothing")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: form.error_texts)
        assert "at least one of time, money or energy" in form.error_texts["amounts"]
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        assert count(svc) == before


async def test_log_form_lists_the_partners_of_the_chosen_network(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        form = await open_log_form(pilot)
        partner = form.query_one("#partner")
        names = [str(prompt) for prompt, _ in partner._options]
        assert "Anna Schmidt" in names and "(the whole network)" in names
        form.query_one("#network").value = TSV
        await pilot.pause()
        values = [value for _, value in partner._options]
        assert values == ["Jürgen Weiß", ""]


async def test_focused_card_preselects_its_partner(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        panels(app)["Jürgen Weiß"].focus()
        form = await open_log_form(pilot)
        assert form.form().partner == "Jürgen Weiß"
        assert app.focused.id == "what"
        await pilot.press(*"Stammtisch")  # into What, not into the partner's type-to-search
        assert form.form().what == "Stammtisch" and form.form().partner == "Jürgen Weiß"


async def test_placeholders_are_hints_never_values_or_names(svc: Service) -> None:
    names = (GV, TSV, "Anna Schmidt", "Jürgen Weiß", "Bäckerei Klein")
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        for key, kind in (("l", LogFormScreen), ("n", AddNetworkScreen), ("p", AddPartnerScreen)):
            await pilot.press(key)
            form = await wait_screen(pilot, kind)
            hints = [i.placeholder for i in form.query(Input) if not i.value]
            assert hints and all(h.startswith(("e.g. ", "(optional)")) for h in hints), hints
            assert not [h for h in hints if any(name in h for name in names)]
            for field in form.query(Input):  # dim italic: it never looks like a value
                assert field.get_component_styles("input--placeholder").text_style.italic
            await pilot.press("escape")
            await wait_screen(pilot, DashboardScreen)


async def test_an_error_goes_as_soon_as_its_field_is_changed(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        form = await open_log_form(pilot)
        fill(form, time="abc", money="-5", date="31.02.2026", what="x")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: form.error_texts)
        assert {"amounts", "date"} <= set(form.error_texts)

        form.query_one("#time", Input).focus()
        await pilot.press("backspace", "backspace", "backspace", *"45m")  # as a person fixes it
        amounts = form.error_texts["amounts"]
        assert "time: " not in amounts and "money: " in amounts  # only the changed field's
        assert not form.query_one("#field-time").has_class("-error")
        assert form.query_one("#field-money").has_class("-error")
        assert "date" in form.error_texts

        fill(form, date="today", money="")
        await pilot.pause()
        assert form.error_texts == {}
        assert not form.query(".field.-error")

        # The all-zero error is about the three amounts: it goes with any of them.
        fill(form, time="")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "amounts" in form.error_texts)
        assert "at least one of time, money or energy" in form.error_texts["amounts"]
        assert form.query_one("#field-amounts").has_class("-error")
        fill(form, energy="2")
        await pilot.pause()
        assert "amounts" not in form.error_texts
        assert not form.query_one("#field-amounts").has_class("-error")


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
from balance.service import LogForm, Service
from balance.store import Store
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


# -- add network, add partner --------------------------------------------------------------


async def test_add_network_and_partner(svc: Service) -> None:
    from textual.widgets import Input

    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, AddNetworkScreen))
        form = app.screen
        form.query_one("#name", Input).value = "Online-Netzwerk"
        form.query_one("#budget_time", Input).value = "lots"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: form.error_texts)
        assert form.error_texts["budget"].startswith("time: 'lots' is not a duration")
        assert form.query_one("#field-budget_time").has_class("-error")
        form.query_one("#budget_time", Input).value = "2h"
        form.query_one("#name", Input).value = GV.upper()  # exists already
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "name" in form.error_texts)
        assert "exists already" in form.error_texts["name"]
        assert not form.query_one("#field-budget_time").has_class("-error")
        form.query_one("#name", Input).value = "Online-Netzwerk"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        await wait_for(
            pilot, lambda: screen.report and screen.report.network.name == "Online-Netzwerk"
        )
        assert screen.has_class("-no-partners")

        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, AddPartnerScreen))
        form = app.screen
        assert form.chosen() == ["Online-Netzwerk"]
        await pilot.press("ctrl+s")  # no name yet
        await wait_for(pilot, lambda: form.error_texts)
        assert "name" in form.error_texts
        form.query_one("#name", Input).value = "Maria Lang"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        await wait_for(pilot, lambda: "Maria Lang" in panels(app))
        assert "TOO LITTLE DATA" in panels(app)["Maria Lang"].text


# -- help, palette, quitting -----------------------------------------------------------------


async def test_help_and_palette_cover_every_action(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        titles = {c.title for c in app.get_system_commands(screen)}
        assert {a.title for a in ACTIONS} <= titles
        assert {"Theme", "Window: all time", f"Show network: {TSV}"} <= titles
        show_tsv = next(
            c for c in app.get_system_commands(screen) if c.title == f"Show network: {TSV}"
        )
        show_tsv.callback()
        await wait_for(pilot, lambda: screen.report.network.name == TSV)
        shown = {b.key for b in screen.BINDINGS}  # type: ignore[union-attr]
        assert {a.key for a in ACTIONS} <= shown
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        await pilot.press("q")
    assert app.return_code == 0


async def test_the_footer_shows_every_key_and_is_rebuilt_only_when_they_change(
    svc: Service,
) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        footer = screen.query_one(Footer)
        first = list(footer.query(FooterKey))
        assert {a.key for a in ACTIONS} <= {k.key for k in first}
        panels(app)["Jürgen Weiß"].focus()  # the focus moves, the keys stay the same
        await pilot.pause()
        await pilot.pause()
        assert list(footer.query(FooterKey)) == first  # the same widgets: not rebuilt

        await pilot.press("enter")  # the history: enter edits while the table has the focus
        history = await wait_screen(pilot, HistoryScreen)
        shown = lambda: {k.key for k in history.query(FooterKey)}  # noqa: E731
        await wait_for(pilot, lambda: "enter" in shown())
        await pilot.press("slash")  # in the filter, enter only ends the filter
        await wait_for(pilot, lambda: "enter" not in shown())


class SuperMount(BalanceApp):
    def on_mount(self) -> None:
        super().on_mount()  # Textual calls BalanceApp.on_mount as well


async def test_a_subclass_calling_super_on_mount_still_has_one_dashboard(svc: Service) -> None:
    app = SuperMount(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert sum(isinstance(s, DashboardScreen) for s in app.screen_stack) == 1


# -- a database that cannot be used ------------------------------------------------------------


async def test_corrupt_database_shows_the_error_and_changes_nothing(db: Db) -> None:
    svc = service(db.path)
    svc.add_network(GV)
    db.path.write_text('{"networks": {"1": ', encoding="utf-8")
    before = db.path.read_bytes()
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ErrorScreen))
        message = str(app.screen.query_one("#error-message").content)
        assert str(db.path) in message
        await pilot.press("q")
    assert app.return_code == 3
    assert app.error is not None
    assert db.path.read_bytes() == before


async def test_a_locked_database_keeps_the_form_open_and_writes_nothing(
    svc: Service, db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    import balance.store

    monkeypatch.setattr(balance.store, "LOCK_TIMEOUT_S", 0.2)  # not the real 15 s
    svc = service(db.path)
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        before = count(svc)
        other = FileLock(str(svc.store.lock_path))  # another process, as far as flock knows
        with other:
            form = await open_log_form(pilot)
            fill(form, time="1h", what="while locked")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: "general" in form.error_texts)
            assert "busy" in form.error_texts["general"]
            assert isinstance(app.screen, LogFormScreen)
        assert count(svc) == before
        await pilot.press("ctrl+s")  # the lock is free again: the same form saves
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        assert count(svc) == before + 1


async def test_q_quits_from_every_screen_but_a_form(svc: Service) -> None:
    for key, kind in (("m", BriefingScreen), ("h", HistoryScreen), ("f1", HelpScreen)):
        app = BalanceApp(None, service=svc)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(pilot)
            panels(app)["Anna Schmidt"].focus()
            await pilot.press(key)
            screen = await wait_screen(pilot, kind)
            if kind is not HelpScreen:  # one Quit in the palette, ours
                titles = [c.title for c in app.get_system_commands(screen)]
                assert titles.count("Quit") == 1
            await pilot.press("q")
            await wait_for(pilot, lambda a=app: a.return_code == 0)

    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        form = await open_log_form(pilot)
        await pilot.press("q")  # in What: a letter
        form.query_one("#by").focus()
        await pilot.press("q")  # on a choice: nothing
        await pilot.pause()
        assert app.return_code is None and app.screen is form
        assert form.form().what == "q"


async def test_small_terminal_shows_a_card_the_main_keys_and_save(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        assert screen.has_class("-short")
        footer = screen.query_one(Footer)
        keys = {k.key for k in footer.query(FooterKey)}
        assert {"l", "t", "m", "h", "s", "w", "f1", "q"} <= keys
        assert not {"n", "p", "r"} & keys  # left out of the footer only: they still work
        assert all(k.region.right <= 80 for k in footer.query(FooterKey))
        first = screen.query(BalancePanel).first()
        detail = screen.query_one("#detail")
        assert detail.scroll_y == 0 and detail.region.contains_region(first.region)
        networks = screen.query_one(NetworkList)
        assert "talk" not in networks.get_option_at_index(0).prompt.plain  # '⚠ 1', no wrap

        await pilot.press("p")  # not in the footer, still a key
        await wait_screen(pilot, AddPartnerScreen)
        await pilot.press("escape")
        await wait_screen(pilot, DashboardScreen)

        form = await open_log_form(pilot)
        save = form.query_one("#save")
        assert form.region.contains_region(save.region) and save.region.bottom <= 23
        assert form.get_widget_at(*save.region.center)[0] is save  # in view, not covered


async def test_wide_terminal_keys_and_hint_fit(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert not screen.has_class("-short")
        legend = screen.query_one("#legend")
        assert legend.size.height == 1  # the hint is one whole line at 140 columns
        assert "m briefing" in str(legend.content)
        form = await open_log_form(pilot)
        by = form.query_one("#by", Select)
        assert [str(label) for label, _ in by._options] == ["me", "partner"]


async def test_small_terminal_and_opening_writes_nothing(svc: Service) -> None:
    state = svc.store.state()
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        assert len(panels(app)) == 3
        await pilot.press("w")
        await open_log_form(pilot)
        await pilot.press("escape")
    assert svc.store.state() == state
