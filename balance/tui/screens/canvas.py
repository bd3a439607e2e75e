"""The network canvas: why you are in it, what you expect, the shared goal, what
success looks like, what you are willing to invest per month, and the rules
for its balances. The same fields and errors as `balance network edit`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static, TextArea

from balance.core.formats import format_amount, format_minutes, format_ratio
from balance.core.model import Network
from balance.core.parse import RATIO_FORMS, TIME_FORMS, WEIGHTS_FORMS
from balance.locale import N_, _
from balance.service.api import Service
from balance.tui.screens.form import FormScreen, field, kind_options

#: Fields whose emptied text means "keep what it was" (they cannot be empty).
KEEP_WHEN_EMPTY = ("review_days", "cooldown_days", "lean_ratio", "imbalance_ratio", "weights")


def canvas_values(n: Network) -> dict[str, str]:
    """The network's fields as a person types them (the form's start values)."""
    b = n.budget
    w = n.weights
    return {
        "name": n.name,
        "currency": n.currency,
        "motivation": n.motivation,
        "expectations": ", ".join(n.expectations),
        "goal": n.goal,
        "success": n.success,
        "budget_time": format_minutes(b.minutes) if b.minutes else "",
        # Reads back equal: 1.234 shows as "1.2340" ("1,2340"), never as thousands.
        "budget_money": format_amount(b.money) if b.money else "",
        "budget_energy": str(b.energy) if b.energy else "",
        "review_days": str(n.review_days),
        "cooldown_days": str(n.cooldown_days),
        "lean_ratio": format_ratio(n.lean_ratio),
        "imbalance_ratio": format_ratio(n.imbalance_ratio),
        "weights": "/".join(format_ratio(x) for x in (w.time, w.money, w.energy)),
    }


AREAS = ("motivation", "success")


class CanvasScreen(FormScreen[Network | None]):
    AUTO_FOCUS = "#goal"  # set before the form takes keys: none typed early is lost
    TITLE_TEXT = N_("Network canvas")
    FIELD_FOR = {
        "network": "name",
        "budget-time": "budget_time",
        "budget-money": "budget_money",
        "budget-energy": "budget_energy",
        "review-days": "review_days",
        "cooldown-days": "cooldown_days",
        "lean-ratio": "lean_ratio",
        "imbalance-ratio": "imbalance_ratio",
        "thresholds": "rules",
        "canvas": "general",
    }
    ERROR_LINE = {
        "budget_time": "budget",
        "budget_money": "budget",
        "budget_energy": "budget",
        "lean_ratio": "rules",
        "imbalance_ratio": "rules",
        "review_days": "rules",
        "cooldown_days": "rules",
    }

    def __init__(self, service: Service, network: Network) -> None:
        super().__init__()
        self.service = service
        self.network = network
        self.start = canvas_values(network)

    def _input(self, name: str, placeholder: str = "", tooltip: str | None = None) -> Input:
        return Input(self.start[name], placeholder=placeholder, id=name, tooltip=tooltip)

    def compose(self) -> ComposeResult:
        n = self.network
        with VerticalScroll(classes="form wide", id="canvas-form"):
            yield self.form_title()
            yield field(_("Name"), "name", self._input("name"))
            with Horizontal(classes="row"):
                yield field(
                    _("Kind"),
                    "kind",
                    Select(
                        kind_options(),
                        id="kind",
                        allow_blank=False,
                        value=n.kind.value,
                    ),
                )
                yield field(_("Currency"), "currency", self._input("currency"))
            yield field(
                _("Motivation"),
                "motivation",
                TextArea(self.start["motivation"], id="motivation", soft_wrap=True),
            )
            yield field(
                _("Expectations"),
                "expectations",
                self._input("expectations", _("e.g. openness, transparency, commitment")),
            )
            yield field(
                _("Shared goal"), "goal", self._input("goal", _("what you want to reach together"))
            )
            yield field(
                _("Success"),
                "success",
                TextArea(self.start["success"], id="success", soft_wrap=True),
            )
            yield Label(
                _("What I am willing to invest per month (empty: no budget):"), classes="section"
            )
            with Vertical(id="field-budget", classes="field"):
                with Horizontal(classes="row tight"):
                    yield field(
                        _("Time"),
                        "budget_time",
                        self._input("budget_time", _("e.g. 4h"), _(TIME_FORMS)),
                    )
                    yield field(
                        _("Money"), "budget_money", self._input("budget_money", _("e.g. 50"))
                    )
                    yield field(
                        _("Energy"), "budget_energy", self._input("budget_energy", _("e.g. 10"))
                    )
                yield Label("", id="err-budget", classes="error-text", markup=False)
            yield Label(
                _("When to talk, and how the balance is judged (bigger side : smaller side):"),
                classes="section",
            )
            with Vertical(id="field-rules", classes="field"):
                with Horizontal(classes="row"):  # two rows of two: readable at 80 columns
                    yield field(_("Review every"), "review_days", self._input("review_days"))
                    yield field(_("Quiet after"), "cooldown_days", self._input("cooldown_days"))
                with Horizontal(classes="row"):
                    yield field(
                        _("Leaning from"),
                        "lean_ratio",
                        self._input("lean_ratio", _("e.g. 1.5"), _(RATIO_FORMS)),
                    )
                    yield field(
                        _("Imbalanced"),
                        "imbalance_ratio",
                        self._input("imbalance_ratio", _("e.g. 2"), _(RATIO_FORMS)),
                    )
                yield Static(
                    _(
                        "Review every N days: a regular talk, balanced or not. Quiet after: no "
                        "new prompt for N days after a talk. Leaning and imbalanced (a talk is "
                        "due) from these ratios."
                    ),
                    classes="hint",
                )
                yield Label("", id="err-rules", classes="error-text", markup=False)
            yield field(
                _("Weights"),
                "weights",
                self._input("weights", _("time/money/energy, e.g. 1/1/1"), _(WEIGHTS_FORMS)),
            )
            yield Static(
                _("time/money/energy: how much each counts; a club may use 1/0/1"), classes="hint"
            )
            yield from self.compose_buttons()
        yield from self.compose_footer()

    def typed(self) -> dict[str, str]:
        """Every field's text as it is now in the form."""
        values = {}
        for name in self.start:
            widget = self.query_one(f"#{name}")
            text = widget.text if isinstance(widget, TextArea) else widget.value  # type: ignore[attr-defined]
            values[name] = text
        return values

    def canvas(self) -> dict[str, str]:
        """Only the fields changed in this form, so saving never overwrites what
        another process changed meanwhile (the service applies them to the
        network as it is on disk). An emptied budget field is sent as "" (no
        budget); an emptied rule field is not sent (it keeps its value)."""
        changes: dict[str, str] = {}
        for name, text in self.typed().items():
            if text.strip() == self.start[name].strip():
                continue
            if not text.strip() and name in KEEP_WHEN_EMPTY:
                continue
            changes[name] = text.strip()
        kind = self.query_one("#kind", Select).value
        if isinstance(kind, str) and kind != self.network.kind.value:
            changes["kind"] = kind
        return changes

    def action_save(self) -> None:
        canvas = self.canvas()
        self.submit(lambda: self.service.edit_network(self.network, **canvas))
