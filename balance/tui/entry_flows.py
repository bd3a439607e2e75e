"""Logging from the dashboard: a contribution (l) or a value (v) with the focused
card's network and partner, then a reload and one line saying what was logged; and
undo (u) of the last operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from balance.core.model import Contribution, Value
from balance.core.words import logged_sentence, undone_sentence, value_logged_sentence
from balance.locale import LANGUAGES, _, language
from balance.store.errors import StoreError
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.screens.value_form import ValueFormScreen

if TYPE_CHECKING:
    from balance.tui.screens.dashboard import DashboardScreen


def _ready(screen: DashboardScreen) -> bool:
    if not screen.snapshot or not screen.snapshot.reports:
        screen.app.notify(_("Add a network first (n)."), severity="warning")
        return False
    return True


def _open(screen: DashboardScreen, form: type[LogFormScreen] | type[ValueFormScreen]) -> None:
    """A form with the focused card's network and partner; a reload and a line after."""
    if not _ready(screen):
        return
    report = screen.report
    screen.app.push_screen(
        form(
            screen.balance_app.service,
            screen.snapshot,
            network=report.network.name if report else None,
            partner=screen.chosen_partner(),
        ),
        lambda item: _logged(screen, item),
    )


def open_log(screen: DashboardScreen) -> None:
    """The log form, built once per language and opened again after (`reopen`)."""
    if not _ready(screen):
        return
    app, report = screen.app, screen.report
    network, partner = report.network.name if report else None, screen.chosen_partner()
    name = f"log-form-{language()}"
    if app.is_screen_installed(name):
        form = app.get_screen(name)
        assert isinstance(form, LogFormScreen)
        form.reopen(screen.snapshot, network, partner)
    else:
        for old in [n for n in LANGUAGES if app.is_screen_installed(f"log-form-{n}")]:
            app.uninstall_screen(f"log-form-{old}")  # words of a language no longer in use
        form = LogFormScreen(
            screen.balance_app.service, screen.snapshot, network=network, partner=partner
        )
        app.install_screen(form, name)
    app.push_screen(form, lambda item: _logged(screen, item))


def open_value(screen: DashboardScreen) -> None:
    _open(screen, ValueFormScreen)


def _logged(screen: DashboardScreen, item: Contribution | Value | None) -> None:
    if item is None:
        return
    screen.reload()
    screen.app.notify(logged_message(screen, item), title=_("Logged"), markup=False)


def logged_message(screen: DashboardScreen, item: Contribution | Value) -> str:
    report = screen.snapshot.report(item.network_id) if screen.snapshot else None
    if report is None:
        return _("Logged: {what}.").format(what=item.what)
    name = next((p.partner.name for p in report.partners if p.partner.id == item.partner_id), None)
    if isinstance(item, Value):
        return value_logged_sentence(item, report.network, name)
    return logged_sentence(item, report.network, name)


def undo_last(screen: DashboardScreen) -> None:
    """`u`: take back the last operation, whichever face or process made it."""
    try:
        undone = screen.balance_app.service.undo()
    except (StoreError, OSError) as exc:
        screen.app.notify(str(exc), title=_("Nothing undone"), severity="error", markup=False)
        return
    if undone is None:
        screen.app.notify(_("Nothing to undo."), markup=False)
        return
    screen.reload()
    screen.app.notify(undone_sentence(undone.kind, undone.subject), title=_("Undone"), markup=False)
