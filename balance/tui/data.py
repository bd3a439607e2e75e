"""What the dashboard shows, read in one go off the UI thread.

Nothing here imports textual: a `Snapshot` is plain data built from the
service, so the loading code can be tested and timed without a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass

from balance.core.reports import NetworkReport
from balance.core.window import Window
from balance.service.api import Service

#: The windows `w` cycles through, in order.
WINDOWS = ("3m", "6m", "12m", "all")
DEFAULT_WINDOW = "6m"

#: Exit code when the database cannot be used (the CLI uses the same).
EXIT_STORE = 3

#: What `Store.state()` returns: (file name, inode, mtime_ns, size) per database file.
State = tuple[tuple[str, int, int, int], ...]


def next_window(spec: str) -> str:
    try:
        return WINDOWS[(WINDOWS.index(spec) + 1) % len(WINDOWS)]
    except ValueError:
        return DEFAULT_WINDOW


@dataclass(frozen=True)
class Snapshot:
    """Everything on the dashboard for one window, as the files were at `state`."""

    state: State
    window: Window
    reports: tuple[NetworkReport, ...]
    #: Your name as partners read it in exports ("" until it is set).
    owner: str = ""

    def report(self, network_id: str | None) -> NetworkReport | None:
        return next((r for r in self.reports if r.network.id == network_id), None)

    def network_names(self) -> list[str]:
        return [r.network.name for r in self.reports]

    def partner_names(self, network_name: str) -> list[str]:
        """The partners of a network, for a form's choices (reports list every member)."""
        report = next((r for r in self.reports if r.network.name == network_name), None)
        return [p.partner.name for p in report.partners] if report else []


def load_snapshot(service: Service, window_spec: str) -> Snapshot:
    """Read the whole dashboard. The state is taken first, so a write that lands
    while we read changes the state again and is picked up by the next poll."""
    state = service.store.state()
    window = service.window(window_spec)
    return Snapshot(state, window, tuple(service.reports(window)), service.owner_name())
