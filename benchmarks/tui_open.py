"""Time opening the history, the briefing, the log form and the help in the TUI, headless
with Pilot, from the key press to the screen painted with its content; `run.py` reads
the JSON this prints.

    python benchmarks/tui_open.py DB [--runs 5]

Each screen is opened --runs times from the dashboard (Esc in between) on the first
partner card, once the app is idle (the read ahead of that card's history done, as
when a person looks at the card before pressing the key). The clock starts as the key
goes to the app's driver (as `Pilot.press` sends it) and stops at the first frame the
app paints with the new screen on top and its content there (the history: its rows;
every screen: the keys in its footer), that frame made into the bytes a terminal gets
(headless, Textual skips that step; here it is done and counted).

`Pilot.press` and `Pilot.pause` are not on the clock: each waits for the app to be
idle in steps of 20 ms (two such waits in `press`, one in `pause`), which added about
60-90 ms to every figure that no person waits for; until December 2026 this benchmark
timed them too.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual._compositor import CompositorUpdate
from textual.app import App
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from balance.tui.app import BalanceApp
from balance.tui.screens.briefing import BriefingScreen
from balance.tui.screens.help import HelpScreen
from balance.tui.screens.history import HistoryScreen
from balance.tui.screens.log_form import LogFormScreen
from balance.tui.widgets.balance_panel import BalancePanel

SCREENS: dict[str, tuple[str, type, Callable[[object], bool]]] = {
    "history": ("h", HistoryScreen, lambda s: s.loaded),  # type: ignore[attr-defined]
    "briefing": ("m", BriefingScreen, lambda s: bool(s.query("#brief-balance"))),
    "log form": ("l", LogFormScreen, lambda s: True),
    "help": ("f1", HelpScreen, lambda s: True),
}


SCREENS_BY_KIND = {entry[1]: entry for entry in SCREENS.values()}


async def until(condition: Callable[[], bool], limit: float = 30.0) -> None:
    end = time.perf_counter() + limit
    while not condition():
        if time.perf_counter() > end:
            raise SystemExit("the screen did not open in time")
        await asyncio.sleep(0.001)


def complete(screen: Screen) -> bool:
    """The screen's content there and, where it has a footer, its keys laid out (Textual
    fills a footer only after the screen's first frame)."""
    ready = SCREENS_BY_KIND[type(screen)][2]
    if not ready(screen):
        return False
    if not screen.query(Footer):
        return True
    return any(isinstance(w, FooterKey) for w in screen._compositor.visible_widgets)


class Painted:
    """The time of the first frame painted with `kind` on top and `ready`, once armed."""

    def __init__(self, app: App) -> None:
        self.kind: type | None = None
        self.at: float | None = None
        self.done = asyncio.Event()
        display = app._display

        def painted(screen: Screen, renderable: object) -> None:
            display(screen, renderable)  # type: ignore[arg-type]
            if self.kind is None or not isinstance(renderable, CompositorUpdate):
                return
            renderable.render_segments(app.console)  # the bytes a terminal would get
            if screen is app.screen and isinstance(screen, self.kind) and complete(screen):
                self.at, self.kind = time.perf_counter(), None
                self.done.set()

        app._display = painted  # type: ignore[method-assign]

    def arm(self, kind: type) -> None:
        self.kind, self.at = kind, None
        self.done.clear()


async def measure(db: Path, runs: int) -> dict[str, list[float]]:
    app = BalanceApp(db)
    out: dict[str, list[float]] = {name: [] for name in SCREENS}
    async with app.run_test(size=(150, 45)) as pilot:
        painted = Painted(app)
        await until(lambda: bool(app.screen.query(BalancePanel)))
        await pilot.pause()
        for _ in range(runs):
            for name, (key, kind, _ready) in SCREENS.items():
                app.screen.query(BalancePanel).first().focus()
                await pilot.pause()
                # A person looks at the card before the key: the app is idle (its read
                # ahead of the card's history done) when the clock starts.
                await until(lambda: not any(w.is_running for w in app.workers))
                painted.arm(kind)
                key_event = events.Key(key, key if len(key) == 1 else None)
                key_event.set_sender(app)
                start = time.perf_counter()
                app._driver.send_message(key_event)  # type: ignore[union-attr]
                await asyncio.wait_for(painted.done.wait(), 30.0)
                assert painted.at is not None
                out[name].append(painted.at - start)
                await pilot.pause()
                await pilot.press("escape")
                await until(lambda: not isinstance(app.screen, kind))  # noqa: B023
                await pilot.pause()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("db", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    times = asyncio.run(measure(args.db, args.runs))
    print(json.dumps({k: statistics.median(v) for k, v in times.items()} | {"all": times}))


if __name__ == "__main__":
    main()
