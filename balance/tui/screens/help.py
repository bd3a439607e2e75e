"""F1: how the balance is worked out, and the keys."""

from __future__ import annotations

from rich.console import RenderableType
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

from balance.core.formats import format_number, format_percent, format_ratio
from balance.core.ledger import MIN_CONTRIBUTIONS
from balance.core.model import THREE_QUESTIONS, Network
from balance.locale import N_, _, language
from balance.tui.actions import ACTIONS, BRIEFING_ACTIONS, HISTORY_ACTIONS, Action
from balance.tui.screens.log_form import PRIVATE_LABEL
from balance.tui.widgets.footer import Footer
from balance.tui.widgets.page import PageView

_DEFAULT = Network(id="-", name="-")


def key_rows(actions: tuple[Action, ...]) -> str:
    def said(a: Action) -> str:
        # 'Log a contribution: record what …'; German keeps its nouns' capitals.
        text = a.help
        return text[:1].lower() + text[1:] if language() == "en" else text

    return "\n".join(f"| `{a.keys_text}` | {a.title}: {said(a)} |" for a in actions)


#: The help, in parts for the catalog (each shown through `_()` and filled in).
INTRO = N_("""\
# Partner Balance

Every partnership asks three questions:

{questions}

Partner Balance keeps an honest record of what **you** and **each partner** put
in, so you know when it is time to talk.
""")

RULES = N_("""\
## How the balance is worked out

- For each partner, and each of **time**, **money** and **energy** (0 none to
  5 draining), your **share** is what you gave divided by what you both gave.
- The **combined share** is the mean of these shares, weighted per network
  (a sports club may weigh money 0). Shares, not prices: nobody has to say
  what an hour is worth.
- The **ratio** is the bigger side over the smaller side. Default limits
  (each network may change them):

| Status | Sign | Meaning |
|---|---|---|
| balanced | ✓ | ratio below {lean} (share between {low} and {high}) |
| leaning | ◐ | ratio from {lean} |
| imbalanced | ▲ | ratio from {imbalance}: one side gave at least twice as much |
| too little data | · | fewer than {least} contributions in the window: never an alarm |

- **Direction** matters: "you carry this partnership" and "your partner
  carries this partnership" are different talks, and both are worth having.
- The **network** line is you against all partners together: everything you
  put into the network against everything they put in, with the same limits.
- Only contributions inside the **window** count (last 3, 6 or 12 months, or
  all time). Press `w` to switch it.
""")

DUE = N_("""\
## When a talk is due

A prompt (⚠) appears when a partnership is **imbalanced**, no conversation
with that partner was recorded in the last {cooldown} days, and
it is not snoozed. You get a notice the moment it happens (for example right
after you log), and the red alert on the dashboard lists it.

- Tab to the alert and press `Enter` (or `t` on the card): the prompt says
  what happened in plain words, what to do, and the three questions.
- From there: **record the talk** (`t`), **snooze** it (`s`, 14 days unless
  you say otherwise) or open the **briefing** (`m`).
- Recording the talk or snoozing clears the prompt. It comes back if the
  balance is still or again imbalanced afterwards.

**Regular review due** (◷) is softer: a regular talk is due every few days
set in the canvas ({review} unless changed), or on the next review date you agreed,
balanced or not. A snoozed talk (◌) is listed with the day it comes back.
""")

CARD = N_("""\
## Reading a card

Bars show your part in solid blocks (█) and theirs in light shade (░); the
figures are *you : them*. Colour always comes with a sign and a word.
The trend line shows your combined share month by month (low: they give
more, high: you give more).
""")

KEYS = N_("""\
## Keys

On the dashboard:

| Key | Action |
|---|---|
{keys}
| `tab` | move between the networks, the alert and the partner cards |
| `↑ ↓ ← →` / `j k` | from card to card, and from row to row in every list |
| `ctrl+p` | command palette: every action, and any network or partner by a part of its name |
| `ctrl+q` | quit from anywhere (`q` quits here; elsewhere it closes the screen) |

The keys t, m, h, e and s act on the focused card; with no card focused
they act on the whole network.

In the meeting briefing:

| Key | Action |
|---|---|
{briefing_keys}

In the partner history (every contribution with one partner):

| Key | Action |
|---|---|
{history_keys}

Click a column title to sort by it; click again to reverse. The filter
ignores case and accents: `getranke` finds *Getränke*.

On a narrow terminal the footer shows the most important keys only; every
key still works, and all are listed here and in the command palette.

`q` or `esc` closes this help, a pop-up, the briefing or the history.
""")

FORMS = N_("""\
In a form: `ctrl+s` or `enter` saves, `esc` cancels (and asks first when you
typed something), and `q` is just a letter.
Errors appear under the field and go as soon as you change it; nothing is
saved until every field is right. In a text box with several lines, `enter`
starts a new line: save with `ctrl+s`. Greyed italic text in an empty field
is only a hint (*{hint}*), not a value.

Exports, a Markdown page or a TOML file, are meant for your partner: a partner's
export holds only that partnership. Tick **{private}** when you
log, and that note stays on this machine: the contribution itself still counts
and is exported, only its note is left out.

Changes made with the `balance` command in another terminal appear here
within a second or two.
""")


def help_text() -> str:
    """The whole help as Markdown, in the language in use."""
    questions = "\n".join(f"{i}. {_(q)}" for i, q in enumerate(THREE_QUESTIONS, 1))
    rules = _(RULES).format(
        lean=format_ratio(_DEFAULT.lean_ratio),
        imbalance=format_ratio(_DEFAULT.imbalance_ratio),
        low=format_percent(0.4),
        high=format_percent(0.6),
        least=format_number(MIN_CONTRIBUTIONS),
    )
    keys = _(KEYS).format(
        keys=key_rows(ACTIONS),
        briefing_keys=key_rows(BRIEFING_ACTIONS),
        history_keys=key_rows(HISTORY_ACTIONS),
    )
    due = _(DUE).format(
        cooldown=format_number(_DEFAULT.cooldown_days),
        review=format_number(_DEFAULT.review_days),
    )
    forms = _(FORMS).format(hint=_("e.g. 1h30m"), private=_(PRIVATE_LABEL))
    parts = [_(INTRO).format(questions=questions), rules, due, _(CARD), keys, forms]
    return "\n".join(parts)


def _markdown(text: str) -> RenderableType:
    from rich.markdown import Markdown  # only when the help opens (start-up)

    return Markdown(text, hyperlinks=False)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", N_("Close")),
        Binding("f1", "close", N_("Close"), show=False),
        Binding("q", "close", N_("Close"), show=False),  # as in less and man
    ]

    def compose(self) -> ComposeResult:
        # One widget drawing the whole page (Rich's Markdown), not Textual's Markdown
        # widget: that builds a widget per paragraph, list item and table cell, and
        # the page cost most of a second to open. Drawn once per width (`PageView`).
        with VerticalScroll(id="help"):
            yield PageView(help_text(), _markdown, id="help-text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#help").focus()

    def action_close(self) -> None:
        self.dismiss(None)
