"""Every action of the main screens, defined once: the key bindings, the footer,
the command palette and the F1 help are all made from these lists, so none can
be forgotten.

The texts are marked with `N_` and looked up when shown (the `footer`, `title`
and `help` properties), so a language switched at run time applies to them; the
bindings carry the English text, which the footer translates as it draws.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

from balance.locale import DEFAULT, LANGUAGES, N_, _, language


@dataclass(frozen=True)
class Action:
    """One key of the app: its binding, its footer word and its line in the help."""

    key: str
    action: str
    #: The texts in English, as marked for the catalog (shown: `footer`, `title`, `help`).
    footer_text: str
    title_text: str
    help_text: str
    key_display: str | None = None
    #: More keys for the same action, not shown in the footer (e.g. "ctrl+z").
    alt: str = ""
    #: False for a key that works everywhere but would crowd the footer (F1 lists it).
    in_footer: bool = True

    @property
    def footer(self) -> str:
        return _(self.footer_text)

    @property
    def title(self) -> str:
        return _(self.title_text)

    @property
    def help(self) -> str:
        return _(self.help_text)

    @property
    def keys_text(self) -> str:
        """The keys as the help lists them: 'u / ctrl+z'."""
        keys = [self.key_display or self.key, *(k for k in self.alt.split(",") if k)]
        return " / ".join(keys)


def other_language() -> str:
    """The language the switch goes to: German from English, English from German."""
    return DEFAULT if language() != DEFAULT else next(c for c in LANGUAGES if c != DEFAULT)


@dataclass(frozen=True)
class LanguageAction(Action):
    """The switch names the language it goes to, in the words of the one in use:
    'Language: Deutsch', 'Sprache: English'."""

    @property
    def title(self) -> str:
        return _(self.title_text).format(language=LANGUAGES[other_language()])


#: `L` (shift+l) or the palette: German <-> English, kept for the next start.
LANGUAGE = LanguageAction(
    "L",
    "app.language",
    N_("Language"),
    N_("Language: {language}"),
    N_("Switch between English and German (Sprache); kept for the next start"),
    in_footer=False,
)

#: The actions every main screen has, defined once.
WINDOW = Action(
    "w", "cycle_window", N_("Window"), N_("Switch window"), N_("Cycle 3 months, 6, 12, all time")
)
HELP = Action("f1", "help", N_("Help"), N_("Help"), N_("The balance rules and the keys"), "F1")

ACTIONS: tuple[Action, ...] = (
    Action(
        "l", "log", N_("Log"), N_("Log a contribution"), N_("Record what you or a partner put in")
    ),
    Action(
        "v",
        "value",
        N_("Value"),
        N_("Log what came back"),
        N_("Record a value (Mehrwert): a referral, an order, know-how, visibility, support"),
    ),
    Action(
        "t",
        "talk",
        N_("Talk"),
        N_("Record a talk"),
        N_("Record the shared-goal talk with the chosen partner (when one is due, see why first)"),
    ),
    Action(
        "m",
        "briefing",
        N_("Briefing"),
        N_("Meeting briefing"),
        N_("Prepare a meeting: the balance, the last talk, the canvas and the questions"),
    ),
    Action(
        "h",
        "history",
        N_("History"),
        N_("Partner history"),
        N_("Every contribution with the chosen partner: sort, filter, edit, delete"),
        alt="enter",
    ),
    Action(
        "c",
        "canvas",
        N_("Canvas"),
        N_("Network canvas"),
        N_("Goal, expectations, monthly budget, limits and weights of this network"),
    ),
    Action(
        "e",
        "export",
        N_("Export"),
        N_("Export a summary"),
        N_("Write a summary (Markdown or TOML) to send a partner"),
    ),
    Action(
        "s", "snooze", N_("Snooze"), N_("Snooze a talk"), N_("Put off a due talk for some days")
    ),
    WINDOW,
    Action(
        "n", "add_network", N_("Network"), N_("Add a network"), N_("A new context you invest in")
    ),
    Action(
        "p",
        "add_partner",
        N_("Partner"),
        N_("Add a partner"),
        N_("Someone you work with, in a network"),
    ),
    Action(
        "u",
        "undo_last",
        N_("Undo"),
        N_("Undo the last change"),
        N_("Take back the last operation, made here or by `balance` on the command line"),
        alt="ctrl+z",
        in_footer=False,
    ),
    Action("r", "reload", N_("Reload"), N_("Reload"), N_("Read the database again now")),
    LANGUAGE,
    HELP,
    Action("q", "quit", N_("Quit"), N_("Quit"), N_("Leave Partner Balance")),
)

#: Esc and q close a screen on top of the dashboard, as in less, man and htop;
#: only the dashboard's q quits (ctrl+q quits from anywhere).
BACK = Action(
    "escape", "close", N_("Back"), N_("Back"), N_("Back to the dashboard"), "esc", alt="q"
)

BRIEFING_ACTIONS: tuple[Action, ...] = (
    Action(
        "d",
        "agreement_done",
        N_("Done"),
        N_("Tick an agreement done"),
        N_("Mark the chosen agreement as done today (u in the dashboard takes it back)"),
    ),
    Action(
        "x",
        "agreement_drop",
        N_("Drop"),
        N_("Drop an agreement"),
        N_("Mark the chosen agreement as dropped: it no longer counts as open"),
    ),
    Action(
        "e",
        "export",
        N_("Export"),
        N_("Export this summary"),
        N_("Write a summary to send (Markdown or TOML)"),
    ),
    Action("t", "talk", N_("Talk"), N_("Record a talk"), N_("Record the talk and what you agreed")),
    Action(
        "h",
        "history",
        N_("History"),
        N_("Partner history"),
        N_("Every contribution with this partner"),
    ),
    Action(
        "c", "canvas", N_("Canvas"), N_("Network canvas"), N_("Edit the goal, budget and limits")
    ),
    Action(
        "s", "snooze", N_("Snooze"), N_("Snooze the talk"), N_("Put off the due talk for some days")
    ),
    WINDOW,
    HELP,
    BACK,
)

HISTORY_ACTIONS: tuple[Action, ...] = (
    Action(
        "enter",
        "edit",
        N_("Edit"),
        N_("Edit"),
        N_("Change the selected contribution, talk or value"),
    ),
    Action(
        "d",
        "delete",
        N_("Delete"),
        N_("Delete (or tick done)"),
        N_("Remove the selected row; on an agreement: mark it done"),
        alt="delete",
    ),
    Action(
        "x",
        "agreement_drop",
        N_("Drop"),
        N_("Drop an agreement"),
        N_("Mark the selected one dropped"),
    ),
    Action(
        "l",
        "side",
        N_("Lists"),
        N_("Talks, agreements, came back"),
        N_("Move to the next list beside"),
    ),
    Action(
        "u", "undo", N_("Undo"), N_("Undo"), N_("Undo the last edit, delete or tick"), alt="ctrl+z"
    ),
    Action(
        "s",
        "sort",
        N_("Sort"),
        N_("Sort by the next column"),
        N_("Date, who gave, time, money, energy, what"),
    ),
    Action(
        "r",
        "reverse",
        N_("Reverse"),
        N_("Reverse the order"),
        N_("Newest or oldest first, A-Z or Z-A"),
        alt="S",
    ),
    Action(
        "slash",
        "filter",
        N_("Filter"),
        N_("Filter"),
        N_("Show only rows whose what, tags or by match"),
        "/",
    ),
    Action(
        "e",
        "export",
        N_("Export"),
        N_("Export a summary"),
        N_("Write a summary to send (Markdown or TOML)"),
    ),
    Action("t", "talk", N_("Talk"), N_("Record a talk"), N_("Record the talk and what you agreed")),
    Action(
        "m", "briefing", N_("Briefing"), N_("Meeting briefing"), N_("The briefing for this partner")
    ),
    WINDOW,
    HELP,
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
    Binding("j", "cursor_down", N_("Down"), show=False),
    Binding("k", "cursor_up", N_("Up"), show=False),
)

#: Arrows, j and k move from card to card on the dashboard: (rows, columns).
CARD_KEYS: tuple[Binding, ...] = (
    Binding("down,j", "move(1, 0)", N_("Next card"), show=False),
    Binding("up,k", "move(-1, 0)", N_("Previous card"), show=False),
    Binding("right", "move(0, 1)", N_("Card to the right"), show=False),
    Binding("left", "move(0, -1)", N_("Card to the left"), show=False),
)


def bindings(actions: tuple[Action, ...] = ACTIONS) -> list[Binding]:
    """The keys of `actions`, with their English texts (the footer translates them)."""
    out = [
        Binding(
            a.key,
            a.action,
            a.footer_text,
            show=a.in_footer,
            tooltip=a.help_text,
            key_display=a.key_display,
        )
        for a in actions
    ]
    out += [
        Binding(key, a.action, a.footer_text, show=False)
        for a in actions
        for key in a.alt.split(",")
        if key
    ]
    return out
