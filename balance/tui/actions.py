"""Every dashboard action, defined once: the key bindings, the footer and the
command palette are all made from this list, so none can be forgotten."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Action:
    key: str
    action: str
    footer: str
    title: str
    help: str
    key_display: str | None = None


ACTIONS: tuple[Action, ...] = (
    Action("l", "log", "Log", "Log a contribution", "Record what you or a partner put in"),
    Action("w", "cycle_window", "Window", "Switch window", "Cycle 3 months, 6, 12, all time"),
    Action("n", "add_network", "Network", "Add a network", "A new context you invest in"),
    Action("p", "add_partner", "Partner", "Add a partner", "Someone you work with, in a network"),
    Action("r", "reload", "Reload", "Reload", "Read the database again now"),
    Action("f1", "help", "Help", "Help", "The balance rules and the keys", "F1"),
    Action("q", "quit", "Quit", "Quit", "Leave Partner Balance"),
)


def bindings() -> list[Binding]:
    return [
        Binding(a.key, a.action, a.footer, tooltip=a.help, key_display=a.key_display)
        for a in ACTIONS
    ]
