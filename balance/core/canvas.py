"""A network's canvas as typed, checked field by field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from balance.core import parse
from balance.core.errors import FormErrors, ValidationError
from balance.core.kind_words import NETWORK_KIND_INPUT
from balance.core.model import Kind, Network, Weights
from balance.locale import _

T = TypeVar("T")

_CANVAS_FIELDS = {
    "kind",
    "currency",
    "motivation",
    "expectations",
    "goal",
    "success",
    "budget_time",
    "budget_money",
    "budget_energy",
    "review_days",
    "lean_ratio",
    "imbalance_ratio",
    "weights",
    "cooldown_days",
    "alarm_months",
    "name",
}


def build_network(base: Network, canvas: dict[str, object]) -> Network:
    """Apply typed canvas fields to a network: text as typed, None for 'unchanged',
    and an empty budget text for 'no budget'. Every bad field is named (FormErrors)."""
    unknown = set(canvas) - _CANVAS_FIELDS
    if unknown:
        # A program error, for developers: it stays English.
        raise TypeError(f"unknown canvas fields: {sorted(unknown)}")  # machine
    values = {k: str(v).strip() if isinstance(v, str) else v for k, v in canvas.items()}
    values = {k: v for k, v in values.items() if v is not None}
    errors: list[ValidationError] = []
    changes: dict[str, object] = {}

    def take(key: str, fn: Callable[[object], object], target: str | None = None) -> None:
        if key not in values:
            return
        try:
            changes[target or key] = fn(values[key])
        except ValidationError as exc:
            errors.append(exc)

    take("name", str)
    take("kind", _kind)
    take("currency", lambda v: str(v).upper())
    for key in ("motivation", "goal", "success"):
        take(key, str)
    take("expectations", _expectations)
    currency = str(changes.get("currency", base.currency))
    take(
        "budget_time",
        lambda v: _optional(v, lambda t: _renamed("budget-time", parse.parse_minutes, t)),
    )
    take(
        "budget_money",
        lambda v: _optional(
            v, lambda t: _renamed("budget-money", lambda x: parse.parse_money(x, currency), t)
        ),
    )
    take("budget_energy", lambda v: _optional(v, lambda t: _whole("budget-energy", t, 0, 1000)))
    take("review_days", lambda v: _whole("review-days", v, 1, 3650))
    take("cooldown_days", lambda v: _whole("cooldown-days", v, 0, 3650))
    take("alarm_months", lambda v: _whole("alarm-months", v, 1, 120))
    take("lean_ratio", lambda v: parse.parse_ratio(str(v), "lean-ratio"))
    take("imbalance_ratio", lambda v: parse.parse_ratio(str(v), "imbalance-ratio"))
    take("weights", lambda v: Weights(*parse.parse_weights(str(v))))
    budget = base.budget
    for key, attr in (
        ("budget_time", "minutes"),
        ("budget_money", "money"),
        ("budget_energy", "energy"),
    ):
        if key in changes:
            budget = replace(budget, **{attr: changes.pop(key)})
    changes["budget"] = budget
    if errors:
        raise FormErrors(errors)
    try:
        return replace(base, **changes)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise FormErrors([exc]) from None


def _kind(value: object) -> Kind:
    typed = str(value).casefold()
    try:
        return NETWORK_KIND_INPUT.get(typed) or Kind(typed)
    except ValueError:
        raise ValidationError(
            "kind",
            _(
                "'{value}' is not a kind; use professional, private or other "
                "(beruflich, privat, sonstiges)"
            ).format(value=value),
        ) from None


def _expectations(raw: object) -> tuple[str, ...]:
    """A list, or one text with commas: 'openness, transparency'."""
    items = raw if isinstance(raw, list | tuple) else [raw]
    return tuple(part.strip() for item in items for part in str(item).split(",") if part.strip())


def _optional(value: object, fn: Callable[[str], T]) -> T | None:
    """An empty budget field means 'no budget', not zero."""
    text = str(value).strip()
    return None if not text else fn(text)


def _renamed(field_name: str, fn: Callable[[str], T], text: str) -> T:
    """The same parser under the option's own name, so the error points at it."""
    try:
        return fn(text)
    except ValidationError as exc:
        raise ValidationError(field_name, exc.message) from None


def _whole(field_name: str, value: object, lo: int, hi: int) -> int:
    return parse.parse_whole(str(value), field_name, lo, hi)
