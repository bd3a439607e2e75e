"""Opening the screens about one partnership (or a whole network), from any
screen: the dashboard, the prompt, the briefing and the history all lead to
the same forms, and every save ends the same way: reload, then say what
happened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from balance.core.formats import format_day
from balance.core.model import Conversation, Network, Snooze
from balance.core.reports import NetworkReport
from balance.locale import _
from balance.tui.messages import Flow
from balance.tui.screens.detail import DetailScreen
from balance.tui.targets import Target, has_prompt, partner_report, target_name

#: The screens opened from here, imported when first opened (start-up is shorter by
#: them), or after the first figures are on screen, off the UI thread (`import_later`).
LATER = tuple(
    f"balance.tui.screens.{name}"
    for name in ("briefing", "canvas", "export", "history", "prompt", "snooze", "talk_form")
)


def import_later() -> None:
    """Import the screens not needed for the first figures (run in a worker)."""
    import importlib

    for name in LATER:
        importlib.import_module(name)


if TYPE_CHECKING:
    from pathlib import Path

    from balance.tui.app import BalanceApp


def report_for(app: BalanceApp, target: Target) -> NetworkReport | None:
    snapshot = app.snapshot
    return snapshot.report(target.network_id) if snapshot else None


def _with_report(app: BalanceApp, target: Target) -> NetworkReport | None:
    report = report_for(app, target)
    if report is None:
        app.notify(
            _("That network is not loaded (yet). Try again in a moment."), severity="warning"
        )
    return report


def _detail_screen_on_top(app: BalanceApp) -> bool:
    return isinstance(app.screen, DetailScreen)


def _show_detail(app: BalanceApp, screen: object) -> None:
    """A briefing or history replaces another one on top, so `esc` always
    leads back to the dashboard and the stack does not grow."""
    if _detail_screen_on_top(app):
        app.switch_screen(screen)  # type: ignore[arg-type]
    else:
        app.push_screen(screen)  # type: ignore[arg-type]


# -- the prompt ------------------------------------------------------------------------


def open_prompt(app: BalanceApp, target: Target) -> None:
    from balance.tui.screens.prompt import PromptScreen  # see LATER

    report = _with_report(app, target)
    if report is None:
        return

    def chosen(choice: str | None) -> None:
        if choice == "talk":
            open_talk(app, target)
        elif choice == "snooze":
            open_snooze(app, target)
        elif choice == "briefing":
            open_briefing(app, target)

    app.push_screen(PromptScreen(report, target), chosen)


def talk_or_prompt(app: BalanceApp, target: Target) -> None:
    """`t` on the dashboard: when a talk is due, show why first; else the form."""
    report = _with_report(app, target)
    if report is None:
        return
    if has_prompt(report, target):
        open_prompt(app, target)
    else:
        open_talk(app, target)


# -- forms -------------------------------------------------------------------------------


def open_talk(app: BalanceApp, target: Target) -> None:
    from balance.tui.screens.talk_form import TalkFormScreen  # see LATER

    report = _with_report(app, target)
    if report is None:
        return
    p = partner_report(report, target.partner_id)
    app.push_screen(
        TalkFormScreen(
            app.service,
            app.snapshot,
            network=report.network.name,
            partner=p.partner.name if p else None,
        ),
        lambda talk: _talked(app, talk),
    )


def _talked(app: BalanceApp, talk: Conversation | None) -> None:
    if talk is None:
        return
    app.dashboard.reload()
    snapshot = app.snapshot
    report = snapshot.report(talk.network_id) if snapshot else None
    target = Target(talk.network_id, talk.partner_id)
    if target.is_network:
        said = _("Recorded the talk with the whole network on {date}.")
    else:
        said = _("Recorded the talk with {who} on {date}.")
    said = said.format(
        who=target_name(report, target) if report else _("your partner"),
        date=format_day(talk.date),
    )
    if talk.next_review:
        said += " " + _("Next review: {date}.").format(date=format_day(talk.next_review))
    app.notify(said, title=_("Talk recorded"), markup=False)


def open_snooze(app: BalanceApp, target: Target) -> None:
    from balance.tui.screens.snooze import SnoozeScreen  # see LATER

    report = _with_report(app, target)
    if report is None:
        return
    who = target_name(report, target)
    if not has_prompt(report, target):
        if target.is_network:
            said = _("No talk is due with the whole network: there is nothing to snooze.")
        else:
            said = _("No talk is due with {who}: there is nothing to snooze.").format(who=who)
        app.notify(said, markup=False)
        return
    p = partner_report(report, target.partner_id)
    app.push_screen(
        SnoozeScreen(app.service, report.network, p.partner if p else None, who),
        lambda snooze: _snoozed(app, target, who, snooze),
    )


def _snoozed(app: BalanceApp, target: Target, who: str, snooze: Snooze | None) -> None:
    if snooze is None:
        return
    app.dashboard.reload()
    if target.is_network:
        said = _(
            "Snoozed the talk with the whole network until {date}. It comes back then "
            "if the balance is still uneven."
        )
    else:
        said = _(
            "Snoozed the talk with {who} until {date}. It comes back then "
            "if the balance is still uneven."
        )
    app.notify(
        said.format(who=who, date=format_day(snooze.until)), title=_("Snoozed"), markup=False
    )


def open_canvas(app: BalanceApp, network_id: str) -> None:
    from balance.tui.screens.canvas import CanvasScreen  # see LATER

    report = _with_report(app, Target(network_id))
    if report is None:
        return
    app.push_screen(CanvasScreen(app.service, report.network), lambda n: _canvas_saved(app, n))


def _canvas_saved(app: BalanceApp, network: Network | None) -> None:
    if network is None:
        return
    app.dashboard.reload()
    app.notify(
        _("Saved the canvas of {network}.").format(network=network.name),
        title=_("Canvas"),
        markup=False,
    )


def open_export(app: BalanceApp, target: Target) -> None:
    from balance.tui.screens.export import ExportScreen  # see LATER

    report = _with_report(app, target)
    if report is None:
        return
    p = partner_report(report, target.partner_id)
    if target.partner_id and p is None:
        return
    app.push_screen(
        ExportScreen(
            app.service,
            report,
            p.partner if p else None,
            app.snapshot.owner if app.snapshot else "",
        ),
        lambda path: _exported(app, report, target, path),
    )


def _exported(app: BalanceApp, report: NetworkReport, target: Target, path: Path | None) -> None:
    if path is None:
        return
    who = target_name(report, target)
    who = report.network.name if target.is_network else f"{who} ({report.network.name})"
    app.notify(
        _("Wrote the summary for {who}, {window}, to {path}.").format(
            who=who, window=report.window.description, path=path
        ),
        title=_("Exported"),
        timeout=10,
        markup=False,
    )


# -- detail screens ------------------------------------------------------------------------


def open_briefing(app: BalanceApp, target: Target) -> None:
    from balance.tui.screens.briefing import BriefingScreen  # see LATER

    if _with_report(app, target) is not None:
        _show_detail(app, BriefingScreen(target))


def open_history(app: BalanceApp, target: Target) -> None:
    from balance.tui.screens.history import HistoryScreen  # see LATER

    if target.is_network:
        app.notify(_("Choose a partner first: tab to a card, then press h or Enter."))
        return
    if _with_report(app, target) is not None:
        _show_detail(app, HistoryScreen(target))


FLOWS: dict[Flow, Callable[[BalanceApp, Target], None]] = {
    "prompt": open_prompt,
    "talk": open_talk,
    "talk_or_prompt": talk_or_prompt,
    "snooze": open_snooze,
    "canvas": lambda app, target: open_canvas(app, target.network_id),
    "export": open_export,
    "briefing": open_briefing,
    "history": open_history,
}
