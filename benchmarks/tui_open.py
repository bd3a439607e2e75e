"""Time opening the history, the briefing, the log form and the help in the TUI, headless
with Pilot, from the key press to the screen painted with its content; `run.py` reads
the JSON this prints.

    python benchmarks/tui_open.py DB [--runs 5]

Each screen is opened --runs times from the dashboard (Esc in between) on the first
partner card, once the app is idle (the read ahead of that card's history done, as
when a person looks at the card before pressing the key); the time runs until the new
screen is on top, has its content (the history: its rows) and the app has painted it
(`pilot.pause()` after that).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

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


async def until(condition: Callable[[], bool], limit: float = 30.0) -> None:
    end = time.perf_counter() + limit
    while not condition():
        if time.perf_counter() > end:
            raise SystemExit("the screen did not open in time")
        await asyncio.sleep(0.001)


async def measure(db: Path, runs: int) -> dict[str, list[float]]:
    app = BalanceApp(db)
    out: dict[str, list[float]] = {name: [] for name in SCREENS}
    async with app.run_test(size=(150, 45)) as pilot:
        await until(lambda: bool(app.screen.query(BalancePanel)))
        await pilot.pause()
        for _ in range(runs):
            for name, (key, kind, ready) in SCREENS.items():
                app.screen.query(BalancePanel).first().focus()
                await pilot.pause()
                # A person looks at the card before the key: the app is idle (its read
                # ahead of the card's history done) when the clock starts.
                await until(lambda: not any(w.is_running for w in app.workers))
                start = time.perf_counter()
                await pilot.press(key)
                await until(lambda: isinstance(app.screen, kind) and ready(app.screen))  # noqa: B023
                await pilot.pause()
                out[name].append(time.perf_counter() - start)
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
