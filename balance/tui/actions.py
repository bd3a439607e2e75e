"""Every action of the main screens, defined once: the key bindings, the footer,
the command palette and the F1 help are all made from these lists, so none can
be forgotten."""

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
    #: More keys for the same action, not shown in the footer (e.g. "ctrl+z").
    alt: str = ""
    #: False for a key that works everywhere but would crowd the footer (F1 lists it).
    in_footer: bool = True

    @property
    def keys_text(self) -> str:
        """The keys as the help lists them: 'u / ctrl+z'."""
        keys = [self.key_display or self.key, *(k for k in self.alt.split(",") if k)]
        return " / ".join(keys)


ACTIONS: tuple[Action, ...] = (
    Action("l", "log", "Log", "Log a contribution", "Record what you or a partner put in"),
    Action(
        "v",
        "value",
        "Value",
        "Log what came back",
        "Record a value (Mehrwert): a referral, an order, know-how, visibility, support",
    ),
    Action(
        "t",
        "talk",
        "Talk",
        "Record a talk",
        "Record the shared-goal talk with the chosen partner (when one is due, see why first)",
    ),
    Action(
        "m",
        "briefing",
        "Briefing",
        "Meeting briefing",
        "Prepare a meeting: the balance, the last talk, the canvas and the questions",
    ),
    Action(
        "h",
        "history",
        "History",
        "Partner history",
        "Every contribution with the chosen partner: sort, filter, edit, delete",
        alt="enter",
    ),
    Action(
        "c",
        "canvas",
        "Canvas",
        "Network canvas",
        "Goal, expectations, monthly budget, limits and weights of this network",
    ),
    Action("e", "export", "Export", "Export a summary", "Write a TOML summary to send a partner"),
    Action("s", "snooze", "Snooze", "Snooze a talk", "Put off a due talk for some days"),
    Action("w", "cycle_window", "Window", "Switch window", "Cycle 3 months, 6, 12, all time"),
    Action("n", "add_network", "Network", "Add a network", "A new context you invest in"),
    Action("p", "add_partner", "Partner", "Add a partner", "Someone you work with, in a network"),
    Action(
        "u",
        "undo_last",
        "Undo",
        "Undo the last change",
        "Take back the last operation, made here or by `balance` on the command line",
        alt="ctrl+z",
        in_footer=False,
    ),
    Action("r", "reload", "Reload", "Reload", "Read the database again now"),
    Action("f1", "help", "Help", "Help", "The balance rules and the keys", "F1"),
    Action("q", "quit", "Quit", "Quit", "Leave Partner Balance"),
)

#: Esc and q close a screen on top of the dashboard, as in less, man and htop;
#: only the dashboard's q quits (ctrl+q quits from anywhere).
BACK = Action("escape", "close", "Back", "Back", "Back to the dashboard", "esc", alt="q")

BRIEFING_ACTIONS: tuple[Action, ...] = (
    Action(
        "d",
        "agreement_done",
        "Done",
        "Tick an agreement done",
        "Mark the chosen agreement as done today (u in the dashboard takes it back)",
    ),
    Action(
        "x",
        "agreement_drop",
        "Drop",
        "Drop an agreement",
        "Mark the chosen agreement as dropped: it no longer counts as open",
    ),
    Action("e", "export", "Export", "Export this summary", "Write the summary as a TOML file"),
    Action("t", "talk", "Talk", "Record a talk", "Record the talk and what you agreed"),
    Action("h", "history", "History", "Partner history", "Every contribution with this partner"),
    Action("c", "canvas", "Canvas", "Network canvas", "Edit the goal, budget and limits"),
    Action("s", "snooze", "Snooze", "Snooze the talk", "Put off the due talk for some days"),
    Action("w", "cycle_window", "Window", "Switch window", "Cycle 3 months, 6, 12, all time"),
    Action("f1", "help", "Help", "Help", "The balance rules and the keys", "F1"),
    BACK,
)

HISTORY_ACTIONS: tuple[Action, ...] = (
    Action("enter", "edit", "Edit", "Edit", "Change the selected contribution, talk or value"),
    Action(
        "d",
        "delete",
        "Delete",
        "Delete (or tick done)",
        "Remove the selected row; on an agreement: mark it done",
        alt="delete",
    ),
    Action("x", "agreement_drop", "Drop", "Drop an agreement", "Mark the selected one dropped"),
    Action("l", "side", "Lists", "Talks, agreements, came back", "Move to the next list beside"),
    Action("u", "undo", "Undo", "Undo", "Undo the last edit, delete or tick", alt="ctrl+z"),
    Action(
        "s", "sort", "Sort", "Sort by the next column", "Date, who gave, time, money, energy, what"
    ),
    Action(
        "r",
        "reverse",
        "Reverse",
        "Reverse the order",
        "Newest or oldest first, A-Z or Z-A",
        alt="S",
    ),
    Action(
        "slash", "filter", "Filter", "Filter", "Show only rows whose what, tags or by match", "/"
    ),
    Action("e", "export", "Export", "Export a summary", "Write the summary as a TOML file"),
    Action("t", "talk", "Talk", "Record a talk", "Record the talk and what you agreed"),
    Action("m", "briefing", "Briefing", "Meeting briefing", "The briefing for this partner"),
    Action("w", "cycle_window", "Window", "Switch window", "Cycle 3 months, 6, 12, all time"),
    Action("f1", "help", "Help", "Help", "The balance rules and the keys", "F1"),
    BACK,
)

#: The footer's keys by importance, most important first. On a narrow terminal
#: the footer leaves out keys from the end of this list until the rest fit (they
#: stay in the command palette and in F1); an action not listed counts as least
#: important.
FOOTER_IMPORTANCE: tuple[str, ...] = (
    "save",
    "cancel",
    "answer(True)",
    "answer(False)",
    "leave",
    "close",
    "quit",
    "help",
    "log",
    "edit",
    "select_cursor",
    "delete",
    "undo",
    "filter",
    "sort",
    "talk",
    "agreement_done",
    "choose('talk')",
    "choose('snooze')",
    "choose('briefing')",
    "briefing",
    "history",
    "snooze",
    "reverse",
    "cycle_window",
    "value",
    "export",
    "canvas",
    "add_network",
    "add_partner",
    "reload",
    "undo_last",
)


#: j and k move the cursor in every list, as arrow keys do (not in the footer).
ROW_KEYS: tuple[Binding, ...] = (
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
)

#: Arrows, j and k move from card to card on the dashboard: (rows, columns).
CARD_KEYS: tuple[Binding, ...] = (
    Binding("down,j", "move(1, 0)", "Next card", show=False),
    Binding("up,k", "move(-1, 0)", "Previous card", show=False),
    Binding("right", "move(0, 1)", "Card to the right", show=False),
    Binding("left", "move(0, -1)", "Card to the left", show=False),
)


def bindings(actions: tuple[Action, ...] = ACTIONS) -> list[Binding]:
    out = [
        Binding(
            a.key,
            a.action,
            a.footer,
            show=a.in_footer,
            tooltip=a.help,
            key_display=a.key_display,
        )
        for a in actions
    ]
    out += [
        Binding(key, a.action, a.footer, show=False)
        for a in actions
        for key in a.alt.split(",")
        if key
    ]
    return out
