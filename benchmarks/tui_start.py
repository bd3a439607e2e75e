"""Start the TUI headless on a database and exit as soon as the balance panels
show their figures; `run.py` times this whole process.

    python benchmarks/tui_start.py DB
"""

from __future__ import annotations

import sys
from pathlib import Path

from balance.tui.app import BalanceApp
from balance.tui.widgets.balance_panel import BalancePanel


class FirstPaint(BalanceApp):
    """Leaves once the first panel has been filled with a partner's figures."""

    def on_mount(self) -> None:
        self.set_interval(0.005, self._check)

    def _check(self) -> None:
        panels = self.screen.query(BalancePanel)
        if panels and str(panels.first().render()).strip():
            self.exit()


def main() -> None:
    app = FirstPaint(Path(sys.argv[1]))
    app.run(headless=True, size=(150, 45))
    if app.error is not None:
        raise SystemExit(f"tui failed: {app.error}")


if __name__ == "__main__":
    main()
