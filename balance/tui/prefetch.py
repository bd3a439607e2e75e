"""The focused card's history, read before it is asked for.

Opening the partner history reads the pair's newest months in a worker, and that
read (with a second layout once the rows come) was most of the time from `h` to a
full screen. The card a person is looking at is the one they open, so the app reads
its first page as soon as the card has the focus (`start`, off the UI thread), and
the history takes it when it opens (`take`) on the same files, pair and window.

A read is kept with the state of the files it was taken from (`Store.state`), and is
used only while the files are still in that state when the history opens: a write in
the app or by another process meanwhile, even one the dashboard's poll has not seen
yet, makes the history read afresh. That check is a stat per file, under a
millisecond at 100k rows, so it is made on the UI thread as the screen opens.

No textual here: the reads are plain data, tested without a terminal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from balance.core.model import Contribution, Network, Partner
from balance.core.series import Point, series
from balance.core.window import Window
from balance.service.api import Service
from balance.store.errors import StoreError
from balance.tui.data import Snapshot, State

#: The rows the first read brings at least: a few screens (the table pages on from them).
FIRST_ROWS = 50


@dataclass(frozen=True)
class Loaded:
    """What a read brought: rows, the chart's points, the months left, the full count."""

    rows: tuple[Contribution, ...]
    points: Sequence[Point]
    left: tuple[str, ...]
    count: int = 0


@dataclass(frozen=True, repr=False)
class Prefetched:
    """A first page read ahead, and what it is the page of. No repr of its own: a
    worker's result is described by its repr, and the rows' costs time."""

    state: State
    network_id: str
    partner_id: str
    window: Window
    loaded: Loaded


def first_page(
    service: Service, network: Network, partner: Partner, window: Window, least: int = FIRST_ROWS
) -> Loaded:
    """The pair's newest months (`least` rows at least, and the window's), with the
    chart's weeks; for all time the older months count as their totals."""
    first = service.pair_history(network, partner, window.since, least)
    weeks = series([*first.rows, *first.older], network, partner.id, window, "week")
    return Loaded(first.rows, weeks, first.left, first.count)


def read_ahead(
    service: Service, snapshot: Snapshot, network_id: str, partner_id: str
) -> Prefetched | None:
    """The first page of a card's history, as the files are now; None when the card is
    not in the snapshot or the files cannot be read (the history, opened, says why)."""
    report = snapshot.report(network_id)
    p = next((p for p in report.partners if p.partner.id == partner_id), None) if report else None
    if report is None or p is None:
        return None
    try:
        state = service.store.state()  # first: a write meanwhile makes it stale, not wrong
        loaded = first_page(service, report.network, p.partner, snapshot.window)
    except (StoreError, OSError):
        return None
    return Prefetched(state, network_id, partner_id, snapshot.window, loaded)


def take(
    ahead: Prefetched | None, now: State, network_id: str, partner_id: str, window: Window
) -> Loaded | None:
    """The read ahead, if it is of this pair and window, and of the files as they are
    `now` (their state)."""
    if ahead is None or ahead.state != now:
        return None
    if (ahead.network_id, ahead.partner_id, ahead.window) != (network_id, partner_id, window):
        return None
    return ahead.loaded
