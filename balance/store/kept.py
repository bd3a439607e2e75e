"""The last few month files' rows a process keeps, while each file stays as it is."""

from __future__ import annotations

import threading
from collections import OrderedDict

from balance.core.model import Contribution

State = tuple[int, int, int]
#: Month files whose rows a process keeps while they are unchanged (`Store.month_rows`).
MONTHS_KEPT = 8


class KeptMonths:
    """Rows by month key, each with the file state it was read at: an export reads its
    rows and then its report, and both read the same months. The TUI's workers share
    one store from several threads, hence the lock."""

    def __init__(self, size: int = MONTHS_KEPT) -> None:
        self._rows: OrderedDict[str, tuple[State, tuple[Contribution, ...]]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: str, state: State | None) -> tuple[Contribution, ...] | None:
        """The rows kept of `key` if its file is still in `state`."""
        with self._lock:
            kept = self._rows.get(key)
            if kept is None or state is None or kept[0] != state:
                return None
            self._rows.move_to_end(key)
            return kept[1]

    def put(self, key: str, state: State, rows: tuple[Contribution, ...]) -> None:
        with self._lock:
            self._rows[key] = (state, rows)
            self._rows.move_to_end(key)
            while len(self._rows) > self._size:
                self._rows.popitem(last=False)
