"""The Partner Balance app: one dashboard screen, modal forms, help."""

from __future__ import annotations

import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import date
from functools import partial
from pathlib import Path
from weakref import WeakKeyDictionary

from textual import events
from textual.app import App, ScreenStackError, SystemCommand
from textual.command import CommandPalette
from textual.screen import Screen
from textual.worker import WorkerError, get_current_worker

from balance.locale import LANGUAGES, N_, _, language, use
from balance.service import settings
from balance.service.api import Service
from balance.store.errors import StoreError
from balance.tui import memory, prefetch
from balance.tui.actions import ACTIONS, LANGUAGE, Action, other_language
from balance.tui.data import EXIT_STORE, WINDOWS, Snapshot
from balance.tui.flows import FLOWS, import_later
from balance.tui.messages import Flow, OpenFlow
from balance.tui.providers import JumpProvider
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.screens.error import ErrorScreen
from balance.tui.screens.form import FormScreen
from balance.tui.targets import Target, prompt_targets, target_name
from balance.tui.text import markup_literal
from balance.tui.widgets.balance_panel import BalancePanel


def stylesheets() -> list[Path]:
    """styles/*.tcss, from an installed wheel (package balance.styles) or a checkout."""
    try:
        from importlib.resources import files

        base = Path(str(files("balance.styles").joinpath("app.tcss"))).parent
    except (ModuleNotFoundError, TypeError):
        base = Path(__file__).resolve().parents[2] / "styles"
    if not (base / "app.tcss").is_file():
        base = Path(__file__).resolve().parents[2] / "styles"
    return [base / "app.tcss", base / "forms.tcss"]


#: Textual's own palette commands, for the catalog: the palette shows them through `_()`.
TEXTUAL_COMMANDS = (
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit the application as soon as possible"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
)
#: Textual's palette commands left out: its key panel shows every binding in English
#: (F1 lists the keys in the reader's language), and its screenshot reports in English.
LEFT_OUT = ("Keys", "Screenshot")


class BalanceApp(App[None]):
    TITLE = N_("Partner Balance")
    CSS_PATH = stylesheets()  # type: ignore[assignment]
    COMMANDS = App.COMMANDS | {JumpProvider}

    def __init__(self, db: Path | None, service: Service | None = None) -> None:
        super().__init__()
        #: The app's name in the header, before the language in use ('Partner Balance · demo').
        self.name_shown = self.TITLE
        self._show_title()
        #: The theme kept across runs: the one saved, if Textual knows it.
        self._kept_theme = self._saved_theme() or self.theme
        self.theme = self._kept_theme
        self.service = service or Service.open(db)
        self.error: Exception | None = None
        #: Keys typed while a form was opening, for its first field (see on_event).
        self._held_keys: list[events.Key] = []
        #: The screen each key was typed on (to tell a key that comes back from
        #: a screen the user already left).
        self._key_screens: WeakKeyDictionary[events.Key, Screen] = WeakKeyDictionary()
        #: The focused card's history, read ahead (`prefetch`).
        self.prefetched: prefetch.Prefetched | None = None
        #: One read ahead at a time: a thread cannot be stopped, so quick card moves
        #: would otherwise run a read per card side by side, all but the last wasted.
        self._reading_ahead = threading.Lock()

    # -- language and theme, kept across runs -----------------------------------------------

    def show_name(self, name: str) -> None:
        """Name the app in the header (`name` marked with `N_`, shown in the language in use)."""
        self.name_shown = name
        self._show_title()

    def _show_title(self) -> None:
        """The header names the app and the language in use: 'Partner Balance · English'."""
        self.title = f"{_(self.name_shown)} · {LANGUAGES[language()]}"

    def _saved_theme(self) -> str | None:
        try:
            theme = settings.prefs().theme
        except (StoreError, OSError):  # no config folder: Textual's default theme
            return None
        return theme if theme in self.available_themes else None

    def watch_theme(self, theme: str) -> None:
        """A theme picked in the palette is kept for the next start."""
        if theme == self._kept_theme:
            return
        self._kept_theme = theme
        try:
            settings.set_theme(theme)
        except (StoreError, OSError) as exc:
            self.notify(
                _("The theme is not kept for the next start: {problem}").format(problem=exc),
                severity="warning",
                markup=False,
            )

    async def action_language(self) -> None:
        """German <-> English: kept for the next start, and the dashboard drawn anew in it."""
        code = other_language()
        try:
            settings.set_language(code)
            problem = None
        except (StoreError, OSError) as exc:  # still switched for this run
            use(code)
            problem = exc
        self._show_title()
        await self._redraw()
        self.notify(
            _("Language: {language}").format(language=LANGUAGES[code]),
            title=_("Language"),
            markup=False,
        )
        if problem is not None:
            self.notify(
                _("The language is not kept for the next start: {problem}").format(problem=problem),
                severity="warning",
                markup=False,
            )

    async def _redraw(self) -> None:
        """Back to the dashboard, then a new one in its place: every text on it (and its
        footer) is made again in the language in use, on the same window and network."""
        while len(self.screen_stack) > 2 and self.screen is not self.dashboard:
            await self.pop_screen()
        old = self.dashboard
        if self.screen is not old:  # the dashboard is not on top: nothing to redraw
            return
        # A load under way ends first: its result is for the screen it was read for.
        loading = [w for w in self.workers if w.node is old and w.is_running]
        if loading:  # (none given: Textual would wait for every worker)
            with suppress(WorkerError):  # a failed load was reported already
                await self.workers.wait_for_complete(loading)
        new = DashboardScreen()
        new.window_spec, new.selected, new.snapshot = old.window_spec, old.selected, old.snapshot
        await self.switch_screen(new)

    def action_command_palette(self) -> None:
        """Textual's palette, with its prompt in the language in use."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(
                CommandPalette(placeholder=_("Search for commands…"), id="--command-palette")
            )

    def search_themes(self) -> None:
        """Textual's theme picker, with its prompt in the language in use."""
        from textual.theme import ThemeProvider

        self.push_screen(
            CommandPalette(providers=[ThemeProvider], placeholder=_("Search for themes…"))
        )

    def on_mount(self) -> None:
        # Textual calls every class's on_mount, so a subclass that also calls
        # super().on_mount() would push (and load) a second dashboard.
        if not any(isinstance(s, DashboardScreen) for s in self.screen_stack):
            self.push_screen(DashboardScreen())

    def first_figures(self) -> None:
        """The first figures are on screen: what start-up left is settled (`memory`), and
        the screens not needed for them are imported, off the UI thread (`flows.LATER`)."""
        memory.settle()
        self.run_worker(import_later, thread=True, group="import-later")

    def on_unmount(self) -> None:
        memory.release()  # the app's lasting state lasts no longer (many apps in tests)

    async def on_event(self, event: events.Event) -> None:
        """Keys typed quickly after the one that opens a form go into the form.

        Textual hands a key to the focused widget and runs the screen's bindings
        when it comes back, so after `l` the next keys may still be on their way
        through the dashboard when the log form opens, or reach the form before
        its first field has the focus. Such keys are held and given to the form,
        in order, once its first field has the focus (`FormScreen.Ready`).
        """
        if isinstance(event, events.Key) and self.screen_stack:  # none while it shuts down
            if not event.is_forwarded:
                if self._form_opening():
                    self._held_keys.append(event)
                    return
                self._key_screens[event] = self.screen
            elif isinstance(self.screen, FormScreen) and (
                self._key_screens.get(event, self.screen) is not self.screen
            ):  # typed before the form opened: it is the form's now
                await self.on_event(events.Key(event.key, event.character))
                return
        try:
            await super().on_event(event)
        except ScreenStackError:
            if self.screen_stack or not isinstance(event, events.Key):
                raise
            # A key that arrived while the app shuts down, after its last screen went.

    def _form_opening(self) -> bool:
        screen = self.screen_stack[-1] if self.screen_stack else None
        return isinstance(screen, FormScreen) and not screen.keys_ready

    async def on_form_screen_ready(self, message: FormScreen.Ready) -> None:
        """The form's first field has the focus: the held keys go there, in order."""
        message.form.keys_ready = True
        held, self._held_keys = self._held_keys, []
        for key in held:
            await self.on_event(key)

    def on_balance_panel_focused(self, message: BalancePanel.Focused) -> None:
        """The focused card's history is read now, off the UI thread, so `h` shows it at
        once. Reads run one at a time, and one whose card lost the focus while it waited
        (a newer focus cancels it) is not made. A read ahead that fails is only a read
        not made: the history, opened, reads again and says why."""
        snapshot, network_id, partner_id = self.snapshot, message.network_id, message.partner_id
        focused = self.screen.focused
        if snapshot is None or not isinstance(focused, BalancePanel):
            return
        if (focused.network_id, focused.partner_id) != (network_id, partner_id):
            return  # each card tells its focus on its own: this one lost it since

        def read() -> None:
            worker = get_current_worker()
            with self._reading_ahead:
                if worker.is_cancelled:
                    return
                ahead = prefetch.read_ahead(self.service, snapshot, network_id, partner_id)
            if ahead is not None and not worker.is_cancelled:
                self.call_from_thread(setattr, self, "prefetched", ahead)

        self.run_worker(read, thread=True, exclusive=True, group="prefetch", exit_on_error=False)

    @property
    def snapshot(self) -> Snapshot | None:
        """The data every screen shows, as the dashboard last loaded it (None before it
        is up)."""
        dashboard = next((s for s in self.screen_stack if isinstance(s, DashboardScreen)), None)
        return dashboard.snapshot if dashboard is not None else None

    @property
    def dashboard(self) -> DashboardScreen:
        return next(s for s in self.screen_stack if isinstance(s, DashboardScreen))

    async def jump_to(self, network_id: str, partner_id: str | None = None) -> None:
        """Back to the dashboard, there to the network (and the partner's card)."""
        while self.screen is not self.dashboard and len(self.screen_stack) > 2:
            await self.pop_screen()
        await self.dashboard.jump_to(network_id, partner_id)

    def fail(self, error: Exception) -> None:
        """The database cannot be used: say so, write nothing, and leave non-zero."""
        if self.error is not None:
            return
        self.error = error
        self.push_screen(ErrorScreen(str(error)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        own: set[str] = set()
        if isinstance(screen, DashboardScreen):
            for command in self._dashboard_commands(screen):
                own.add(command.title)
                yield command
        for a in getattr(screen, "PALETTE_ACTIONS", ()):
            if screen.check_action(a.action, ()):
                own.add(a.title)
                yield SystemCommand(a.title, a.help, self._callback(screen, a))
        # The language from any screen but a form (the switch would throw it away).
        if LANGUAGE.title not in own and not isinstance(screen, FormScreen) and not self.error:
            own.add(LANGUAGE.title)
            yield SystemCommand(LANGUAGE.title, LANGUAGE.help, self.action_language)
        for command in super().get_system_commands(screen):
            if command.title in LEFT_OUT:
                continue
            title = _(command.title)
            if title not in own:  # e.g. Textual's own "Quit": ours says the same
                yield SystemCommand(title, _(command.help), command.callback, command.discover)

    def _callback(self, screen: Screen, a: Action) -> Callable[[], object]:
        """What an action runs: the screen's method, or the app's for an 'app.' action."""
        if a.action.startswith("app."):
            return getattr(self, f"action_{a.action.removeprefix('app.')}")
        return getattr(screen, f"action_{a.action}")

    def on_open_flow(self, message: OpenFlow) -> None:
        """A screen asks for a flow (talk, briefing, ...): the app owns them all."""
        self.open_flow(message.flow, message.target)

    def open_flow(self, flow: Flow, target: Target) -> None:
        FLOWS[flow](self, target)

    def _dashboard_commands(self, screen: DashboardScreen) -> Iterable[SystemCommand]:
        for a in ACTIONS:
            yield SystemCommand(a.title, a.help, self._callback(screen, a))
        for spec in WINDOWS:
            if spec != screen.window_spec:
                label = self.service.window(spec).description  # 'last 12 months', 'all time'
                yield SystemCommand(
                    _("Window: {window}").format(window=label),
                    _("Show the balances over this period"),
                    partial(screen.set_window, spec),
                    discover=False,
                )
        # The palette reads titles and help as markup: names go in escaped.
        # (Networks and partners by name: providers.JumpProvider.)
        reports = screen.snapshot.reports if screen.snapshot else ()
        for target in prompt_targets(reports):
            report = next(r for r in reports if r.network.id == target.network_id)
            who = f"{target_name(report, target)} ({report.network.name})"
            yield SystemCommand(
                _("Talk due: {who}").format(who=markup_literal(who)),
                _("Why it is time for the shared-goal talk, and what to do"),
                partial(self.open_flow, "prompt", target),
            )
        report = screen.report
        if report is not None:
            for p in report.partners:
                target = Target(report.network.id, p.partner.id)
                name = markup_literal(p.partner.name)
                yield SystemCommand(
                    _("Briefing: {name}").format(name=name),
                    _("Prepare a meeting with {name}").format(name=name),
                    partial(self.open_flow, "briefing", target),
                    discover=False,
                )
                yield SystemCommand(
                    _("History: {name}").format(name=name),
                    _("Every contribution with {name}").format(name=name),
                    partial(self.open_flow, "history", target),
                    discover=False,
                )


def run(app: BalanceApp) -> int:
    app.run()
    if app.error is not None:
        # "balance: " is the program's name, the same in every language.
        print(f"balance: {app.error}", file=sys.stderr)  # machine
        return EXIT_STORE
    return app.return_code or 0


def _exit_on_hangup() -> None:
    def leave(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGHUP", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), leave)


def run_demo_app(today: date | None = None) -> int:
    """The TUI on a fresh temporary copy of the sample data, dated to end today."""
    from balance.service.demo import load_sample

    tmp = Path(tempfile.mkdtemp(prefix="balance-demo-"))
    _exit_on_hangup()  # a closed terminal still removes the copy (the finally below)
    try:
        try:
            load_sample(tmp / "demo.json", today or date.today())
        except (OSError, ValueError, KeyError, ModuleNotFoundError, StoreError) as exc:
            print(
                _("balance demo: cannot load the sample data: {problem}").format(problem=exc),
                file=sys.stderr,
            )
            return 1
        app = BalanceApp(tmp / "demo.json")
        app.show_name(N_("Partner Balance · demo"))
        return run(app)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
