"""Block-character charts on a fixed scale, for both faces. Pure text.

Textual's Sparkline stretches its data between the smallest and the largest
value, so a share that moves from 70% to 80% would look like a swing from
nothing to everything. A balance must be read against 0, 50% and 100%, and
the two sides against one scale, so these charts fix the scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

BLOCKS = " ▁▂▃▄▅▆▇█"
EIGHTHS = len(BLOCKS) - 1
Value = Fraction | float | int | None


def fit(values: Sequence[Any], width: int) -> list[Any]:
    """At most `width` values: the last value of each of `width` even buckets
    (a running total's value at the end of the bucket)."""
    if width <= 0:
        return []
    if len(values) <= width:
        return list(values)
    out = []
    for i in range(width):
        end = (i + 1) * len(values) // width
        out.append(values[end - 1])
    return out


def stretch(values: Sequence[Any], width: int) -> list[Any]:
    """Exactly fill up to `width` columns: thin out long series (`fit`), widen
    short ones by repeating each value the same whole number of times."""
    if not values or len(values) >= width:
        return fit(values, width)
    k = width // len(values)
    return [v for v in values for _ in range(k)]


def columns(
    values: Sequence[Value], height: int, top: float = 1.0, floor: bool = False
) -> list[str]:
    """A bar chart `height` rows high, rows from the top; None leaves a gap.

    Each value v is a bar of v/top of the height (0 empty, top full). With
    `floor`, every value that is there shows at least an eighth, 0 included, so
    "they gave it all" (a share of 0) never looks like "nothing known".
    """
    levels = height * EIGHTHS
    rows = [[] for _ in range(height)]  # type: list[list[str]]
    for v in values:
        filled = 0 if v is None or top <= 0 else round(max(0.0, min(1.0, float(v) / top)) * levels)
        if v is not None and (floor or float(v) > 0) and filled == 0:
            filled = 1  # something given never looks like nothing
        for r in range(height):
            from_bottom = height - 1 - r
            part = filled - from_bottom * EIGHTHS
            rows[r].append(BLOCKS[max(0, min(EIGHTHS, part))])
    return ["".join(row) for row in rows]


def line(values: Sequence[Value], top: float, floor: bool = False) -> str:
    """One row of blocks on the scale 0..top (the same `top` for both sides)."""
    return columns(values, 1, top, floor)[0] if values else ""


def sparkline(shares: Sequence[Value]) -> str:
    """Your share over time on the fixed scale 0..100%; a gap where it is undefined."""
    return line(shares, 1.0, floor=True)


#: Downward bars have only these blocks: nothing, an eighth, a half, a whole.
DOWN = (" ", "▔", "▀", "█")


def _down_block(part: float) -> str:
    if part <= 0:
        return DOWN[0]
    if part < 0.375:
        return DOWN[1]
    if part < 0.75:
        return DOWN[2]
    return DOWN[3]


def diverging(shares: Sequence[Value], rows: int = 2) -> tuple[list[str], list[str]]:
    """Your share around the even line: bars up when you gave more, down when
    they did. Returns (rows above the line, rows below it), each from the top.

    A share of 1 (only you gave) fills every row above; 0 fills every row below.
    """
    up = [[] for _ in range(rows)]  # type: list[list[str]]
    down = [[] for _ in range(rows)]  # type: list[list[str]]
    for s in shares:
        d = 0.0 if s is None else float(s) - 0.5
        height = abs(d) * 2 * rows  # in rows, 0..rows
        if d > 0:
            filled = max(1, round(height * EIGHTHS))
            for r in range(rows):
                part = filled - (rows - 1 - r) * EIGHTHS
                up[r].append(BLOCKS[max(0, min(EIGHTHS, part))])
                down[r].append(" ")
        else:
            for r in range(rows):
                up[r].append(" ")
                down[r].append(_down_block(height - r) if d < 0 else " ")
    return ["".join(r) for r in up], ["".join(r) for r in down]
