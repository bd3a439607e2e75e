"""Messages the screens send to the app, which owns the flows and the data.

A screen never imports the flows that open other screens: it asks the app,
so the screens and the flows do not import each other.
"""

from __future__ import annotations

from typing import Literal

from textual.message import Message

from balance.tui.data import Snapshot
from balance.tui.targets import Target

Flow = Literal[
    "prompt", "talk", "talk_or_prompt", "snooze", "canvas", "export", "briefing", "history"
]


class OpenFlow(Message):
    """Open one of the screens about a partnership (or a whole network)."""

    def __init__(self, flow: Flow, target: Target) -> None:
        super().__init__()
        self.flow = flow
        self.target = target


class SnapshotLoaded(Message):
    """The dashboard loaded new data (a save here, or another process): the screens
    on the stack show it, instead of being called by name."""

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__()
        self.snapshot = snapshot
