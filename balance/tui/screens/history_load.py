"""How the partner history reads its pair: the first page and the window's weeks
first, the older rows only when they are needed (sorting, filtering, or scrolling
past the rows read), and everything again after a change. Reads run in a worker;
the screen shows what each one brought (`HistoryScreen._loaded`)."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass

from textual import work
from textual.widgets import Static
from textual.worker import get_current_worker

from balance.core.model import Contribution, Network, Partner
from balance.core.series import Point, series
from balance.core.window import Window
from balance.locale import _
from balance.store.errors import StoreError
from balance.tui.prefetch import FIRST_ROWS, Loaded, first_page, take
from balance.tui.screens.history_side import HistoryBase


@dataclass(frozen=True, repr=False)
class Ask:
    """What one read asks for. No repr of its own: a Textual worker describes itself
    with its arguments' reprs, and that of 20,000 rows took 0.2 s on the UI thread."""

    least: int
    have: tuple[Contribution, ...] = ()
    left: tuple[str, ...] = ()


class PairLoader(HistoryBase):
    def __init__(self, *args: object, **kw: object) -> None:
        super().__init__(*args, **kw)
        self.rows: tuple[Contribution, ...] = ()
        self.points: tuple[Point, ...] = ()
        #: The first page is in (`rows`); `complete`: every row of the pair is.
        self.loaded = False
        self.complete = False
        #: The older rows are being read; `left`: the months of them not read yet.
        self.reading = False
        self.left: tuple[str, ...] = ()
        #: The pair's contributions, all time (from the month totals until all are read).
        self.count = 0

    def load(self) -> None:
        report, partner = self.report, self.partner
        if report is None or partner is None:
            return
        if not self.loaded:
            app = self.balance_app
            ready = None
            with contextlib.suppress(StoreError, OSError):  # the read below says why
                now = app.service.store.state()
                ready = take(
                    app.prefetched, now, report.network.id, partner.partner.id, report.window
                )
            if ready is not None:  # read while the card had the focus (`prefetch`)
                self._loaded(ready)
                return
            # A sign while the first page is read.
            self.query_one("#history-count", Static).update(_("loading …"))
        # The first time, the first page and the window's weeks; the older rows when
        # they are needed (`want_all`). A reload (after an edit here, or a change
        # elsewhere) reads it all, so the cursor stays on its row however far down.
        least = FIRST_ROWS if not self.loaded else sys.maxsize
        self.reading = self.loaded
        self._load(report.network, partner.partner, report.window, Ask(least))

    def want_all(self) -> None:
        """Sorting, filtering or scrolling past the rows read: the older ones are read."""
        report, partner = self.report, self.partner
        if self.complete or self.reading or not self.loaded or report is None or partner is None:
            return
        self.reading = True
        self._show_count()
        self._load(report.network, partner.partner, report.window, Ask(0, self.rows, self.left))

    @work(thread=True, exclusive=True, group="history-load")
    def _load(self, network: Network, partner: Partner, window: Window, ask: Ask) -> None:
        """The first page (`least` rows at least), or `have` and the months `left`."""
        service, worker = self.balance_app.service, get_current_worker()
        try:
            if ask.left:
                rows = (*ask.have, *service.pair_rows(network, partner, ask.left))
                loaded = Loaded(rows, series(rows, network, partner.id, window, "week"), ())
            else:
                loaded = first_page(service, network, partner, window, ask.least)
        except (StoreError, OSError) as exc:
            self.app.call_from_thread(self.balance_app.fail, exc)
            return
        if not worker.is_cancelled:  # else a newer read is under way
            self.app.call_from_thread(self._loaded, loaded)

    def _loaded(self, loaded: Loaded) -> None:  # pragma: no cover - the screen's
        raise NotImplementedError

    def _show_count(self) -> None:  # pragma: no cover - the screen's
        raise NotImplementedError
