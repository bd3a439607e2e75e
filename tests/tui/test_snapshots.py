"""Two pictures of the TUI, compared as SVG snapshots (pytest-textual-snapshot).

Few on purpose: Pilot tests check behaviour; these catch layout breakage in
the two screens people see most. Regenerate after an intended change with
`pytest tests/test_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from balance.core.forms import LogForm
from balance.service.api import Service
from balance.store.db import Store
from balance.tui.app import BalanceApp
from balance.tui.screens.form import FormScreen

TODAY = date(2026, 11, 28)
SIZE = (120, 40)


def app_on(path: Path) -> BalanceApp:
    svc = Service(Store(path), today=lambda: TODAY)
    svc.add_network(
        "Gewerbeverein Hünfelden", goal="more joint work in the region", budget_time="4h"
    )
    svc.add_partner("Anna Schmidt", ["gewerbe"])
    svc.add_partner("Jürgen Weiß", ["gewerbe"])
    for day in ("2026-10-01", "2026-10-15", "2026-11-01", "2026-11-20"):
        svc.log(
            LogForm(
                network="gewerbe",
                partner="anna",
                date=day,
                time="2h",
                money="19",
                energy="3",
                what="Stammtisch",
            )
        )
    svc.log(
        LogForm(
            network="gewerbe",
            partner="anna",
            by="partner",
            date="2026-11-10",
            time="1h",
            energy="1",
            what="Gäste",
        )
    )
    for day in ("2026-09-01", "2026-10-01", "2026-11-01"):
        for by in ("me", "partner"):
            svc.log(
                LogForm(
                    network="gewerbe",
                    partner="jürgen",
                    by=by,
                    date=day,
                    time="1h",
                    energy="2",
                    what="Kaffee",
                )
            )
    return BalanceApp(None, service=svc)


async def _loaded(pilot) -> None:  # noqa: ANN001
    app = pilot.app
    for _ in range(200):
        if len(app.screen_stack) > 1 and app.dashboard.snapshot is not None:
            break
        await pilot.pause(0.05)
    else:
        raise AssertionError("the dashboard did not load")  # fail, never snapshot half a screen
    await pilot.pause()


def test_dashboard_snapshot(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    assert snap_compare(app_on(tmp_path / "b.json"), terminal_size=SIZE, run_before=_loaded)


def test_log_form_snapshot(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    async def open_form(pilot) -> None:  # noqa: ANN001
        await _loaded(pilot)
        await pilot.press("l")
        app = pilot.app
        for _ in range(200):  # the form is up and its first field has the focus
            if isinstance(app.screen, FormScreen) and app.screen.keys_ready:
                break
            await pilot.pause(0.05)
        else:
            raise AssertionError("the log form did not open")
        await pilot.pause()

    assert snap_compare(app_on(tmp_path / "b.json"), terminal_size=SIZE, run_before=open_form)
