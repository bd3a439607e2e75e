"""The Textual face. The only package that imports textual."""

from __future__ import annotations

from pathlib import Path


def run_tui(db: Path | None) -> int:
    from balance.service.settings import start_language

    start_language()  # first: every text is made in it (the CLI chose it already)
    from balance.tui.app import BalanceApp, run

    return run(BalanceApp(db))


def run_demo() -> int:
    from balance.service.settings import start_language

    start_language()
    from balance.tui.app import run_demo_app

    return run_demo_app()
