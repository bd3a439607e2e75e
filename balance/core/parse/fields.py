"""Weights, ratios and tags: the canvas settings and labels people type."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from balance.core.errors import ValidationError
from balance.core.model import MAX_WHAT, ValueKind
from balance.core.parse.common import (
    RATIO_FORMS,
    WEIGHTS_FORMS,
    Lazy,
    _Bad,
    _prepare,
    _show,
    _split_sign,
    _with_forms,
)
from balance.locale import N_, _

# ------------------------------------------------------------- weights and ratios

_PLAIN_NUMBER = Lazy(r"[0-9]+(?:[.,][0-9]+)?", re.ASCII)


def _number(part: str) -> Decimal:
    """A plain non-negative number with a decimal dot or comma, exact.

    Raises `_Bad` with a bare reason ("is not a number", "is negative") so the
    caller can name the part: in `1/x/1` it is the 'x' that is wrong.
    """
    negative, body = _split_sign(part.strip())
    if not _PLAIN_NUMBER.fullmatch(body):
        raise _Bad(_("is not a number"))
    value = Decimal(body.replace(",", "."))
    if negative and value != 0:
        raise _Bad(_("is negative"))
    return value.copy_abs()


def parse_weights(text: str) -> tuple[Decimal, Decimal, Decimal]:
    """Read time/money/energy weights as `1/0/1` or `1/0,5/1` (field "weights").

    Three non-negative numbers separated by '/', decimal dot or comma; at
    least one above 0, because with all three at 0 nothing would count. The
    result feeds `model.Weights(*result)`.
    """
    try:
        original = _prepare(text)
        parts = original.split("/")
        if len(parts) != 3:
            raise _Bad(
                _("{text} is not three numbers separated by '/'").format(text=_show(original))
            )
        values = []
        for part in parts:
            try:
                values.append(_number(part))
            except _Bad as bad:
                raise _Bad(
                    _("{text}: {part} {reason}").format(
                        text=_show(original), part=_show(part), reason=bad.reason
                    )
                ) from None
        if all(v == 0 for v in values):
            raise _Bad(_("{text} has all weights at 0").format(text=_show(original)))
    except _Bad as bad:
        raise ValidationError("weights", _with_forms(bad.reason, _(WEIGHTS_FORMS))) from None
    return values[0], values[1], values[2]


def parse_ratio(text: str, field: str) -> Decimal:
    """Read a balance threshold such as `1.5` or `1,5`; it must be above 1.

    A ratio of 1 or less would call every partnership imbalanced. `field` is
    the option it came from (e.g. "lean-ratio") so the error names it.
    """
    try:
        original = _prepare(text)
        try:
            value = _number(original)
        except _Bad as bad:
            raise _Bad(
                _("{text} {reason}").format(text=_show(original), reason=bad.reason)
            ) from None
        if value <= 1:
            raise _Bad(_("{text} is not above 1").format(text=_show(original)))
    except _Bad as bad:
        raise ValidationError(field, _with_forms(bad.reason, _(RATIO_FORMS))) from None
    return value


# --------------------------------------------------------------------------- tags


def parse_tags(values: list[str]) -> tuple[str, ...]:
    """Read tags from repeated options and/or comma lists (field "tag").

    `["#Work, travel", "work"]` -> `("Work", "travel")`: split on commas,
    strip spaces and leading '#', drop empties, and drop later duplicates
    compared case-insensitively, keeping the first spelling and the order.
    A tag longer than `model.MAX_WHAT` or with a line break is refused.
    """
    seen: set[str] = set()
    tags: list[str] = []
    for value in values:
        for raw in value.split(","):
            tag = raw.strip().lstrip("#").strip()
            if not tag:
                continue
            if len(tag) > MAX_WHAT:
                raise ValidationError(
                    "tag",
                    _("{text} is longer than {limit} characters; use short words").format(
                        text=_show(tag), limit=MAX_WHAT
                    ),
                )
            if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in tag):
                raise ValidationError(
                    "tag",
                    _("{text} is not one line; use words separated by commas").format(
                        text=_show(tag)
                    ),
                )
            key = tag.casefold()
            if key not in seen:
                seen.add(key)
                tags.append(tag)
    return tuple(tags)


_SIDES = {"me": "me", "ich": "me", "partner": "partner", "partnerin": "partner"}
SIDE_FORMS = N_("use me or partner (ich / Partner)")


def parse_side(text: str, field: str) -> str:
    """Whose side: `me` or `partner`, in English or German (field `by` or `to`)."""
    value = str(text).strip().casefold()
    if value in _SIDES:
        return _SIDES[value]
    reason = _("{text} is neither me nor partner").format(text=_show(str(text)))
    raise ValidationError(field, _with_forms(reason, _(SIDE_FORMS)))


#: The English keys (ValueKind's values) and, in German, the German words: both are read.
KIND_FORMS = N_("use referral, business, knowhow, visibility, support, other")
_KIND_WORDS = {
    "empfehlung": ValueKind.REFERRAL,
    "kontakt": ValueKind.REFERRAL,
    "auftrag": ValueKind.BUSINESS,
    "geschäft": ValueKind.BUSINESS,
    "wissen": ValueKind.KNOWHOW,
    "know-how": ValueKind.KNOWHOW,
    "sichtbarkeit": ValueKind.VISIBILITY,
    "unterstützung": ValueKind.SUPPORT,
    "hilfe": ValueKind.SUPPORT,
    "sonstiges": ValueKind.OTHER,
}


def parse_kind(text: str) -> ValueKind:
    """A kind of value, by its English key or a German word (Empfehlung, Auftrag, ...)."""
    value = text.strip().casefold()
    try:
        return ValueKind(value)
    except ValueError:
        pass
    if value in _KIND_WORDS:
        return _KIND_WORDS[value]
    reason = _("{text} is not a kind of value").format(text=_show(text))
    raise ValidationError("kind", _with_forms(reason, _(KIND_FORMS)))
