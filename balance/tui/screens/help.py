"""F1: how the balance is worked out, and the keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from balance.core.ledger import MIN_CONTRIBUTIONS
from balance.core.model import THREE_QUESTIONS, Network
from balance.tui.actions import ACTIONS, BRIEFING_ACTIONS, HISTORY_ACTIONS, Action
from balance.tui.widgets.footer import Footer

_DEFAULT = Network(id="-", name="-")


def key_rows(actions: tuple[Action, ...]) -> str:
    return "\n".join(
        f"| `{a.keys_text}` | {a.title}: {a.help[0].lower()}{a.help[1:]} |" for a in actions
    )


def help_text() -> str:
    keys = key_rows(ACTIONS)
    questions = "\n".join(f"{i}. {q}" for i, q in enumerate(THREE_QUESTIONS, 1))
    return f"""\
# Partner Balance

Every partnership asks three questions:

{questions}

Partner Balance keeps an honest record of what **you** and **each partner** put
in, so you know when it is time to talk.

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
| balanced | ✓ | ratio below {_DEFAULT.lean_ratio} (share between 40% and 60%) |
| leaning | ◐ | ratio from {_DEFAULT.lean_ratio} |
| imbalanced | ▲ | ratio from {_DEFAULT.imbalance_ratio}: one side gave at least twice as much |
| too little data | · | fewer than {MIN_CONTRIBUTIONS} contributions in the window: never an alarm |

- **Direction** matters: "you carry this partnership" and "your partner
  carries this partnership" are different talks, and both are worth having.
- The **network** line compares you with the average active partner
  (active: at least one contribution in the window).
- Only contributions inside the **window** count (last 3, 6 or 12 months, or
  all time). Press `w` to switch it.

## When a talk is due

A prompt (⚠) appears when a partnership is **imbalanced**, no conversation
with that partner was recorded in the last {_DEFAULT.cooldown_days} days, and
it is not snoozed. You get a notice the moment it happens (for example right
after you log), and the red alert on the dashboard lists it.

- Tab to the alert and press `Enter` (or `t` on the card): the prompt says
  what happened in plain words, what to do, and the three questions.
- From there: **record the talk** (`t`), **snooze** it (`s`, 14 days unless
  you say otherwise) or open the **briefing** (`m`).
- Recording the talk or snoozing clears the prompt. It comes back if the
  balance is still or again imbalanced afterwards.

**Regular review due** (◷) is softer: a regular talk is due every few days
set in the canvas (90 unless changed), or on the next review date you agreed,
balanced or not. A snoozed talk (◌) is listed with the day it comes back.

## Reading a card

Bars show your part in solid blocks (█) and theirs in light shade (░); the
figures are *you : them*. Colour always comes with a sign and a word.
The trend line shows your combined share month by month (low: they give
more, high: you give more).

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
{key_rows(BRIEFING_ACTIONS)}

In the partner history (every contribution with one partner):

| Key | Action |
|---|---|
{key_rows(HISTORY_ACTIONS)}

Click a column title to sort by it; click again to reverse. The filter
ignores case and accents: `getranke` finds *Getränke*.

On a narrow terminal the footer shows the most important keys only; every
key still works, and all are listed here and in the command palette.

`q` or `esc` closes this help, a pop-up, the briefing or the history.

In a form: `ctrl+s` or `enter` saves, `esc` cancels (and asks first when you
typed something), and `q` is just a letter.
Errors appear under the field and go as soon as you change it; nothing is
saved until every field is right. In a text box with several lines, `enter`
starts a new line: save with `ctrl+s`. Greyed italic text in an empty field
is only a hint (e.g. *e.g. 1h30m*), not a value.

Exports are TOML files meant for your partner: a partner's export holds only
that partnership. Tick **private note (the note is never exported)** when you
log, and that note stays on this machine: the contribution itself still counts
and is exported, only its note is left out.

Changes made with the `balance` command in another terminal appear here
within a second or two.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("f1", "close", "Close", show=False),
        Binding("q", "close", "Close", show=False),  # as in less and man
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(help_text())
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#help").focus()

    def action_close(self) -> None:
        self.dismiss(None)
