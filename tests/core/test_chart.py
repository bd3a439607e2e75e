"""The block charts on a fixed scale: every bar read against 0, the even line and 100%."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balance.core.chart import columns, diverging, fit, line, sparkline, stretch


def test_fit_keeps_the_last_value_of_each_even_bucket() -> None:
    assert fit(list(range(1, 11)), 3) == [3, 6, 10]
    assert fit([1, 2], 5) == [1, 2]  # short series stay as they are
    assert fit([1, 2], 0) == [] and fit([1, 2], -1) == []


def test_stretch_widens_a_short_series_by_whole_repeats() -> None:
    assert stretch([1, 2], 5) == [1, 1, 2, 2]
    assert stretch([1, 2, 3], 3) == [1, 2, 3]
    assert stretch(list(range(1, 11)), 3) == [3, 6, 10]
    assert stretch([], 5) == []


@given(st.lists(st.integers(), max_size=50), st.integers(min_value=1, max_value=40))
def test_stretch_never_overflows_and_repeats_evenly(values: list[int], width: int) -> None:
    out = stretch(values, width)
    assert len(out) <= width and all(v in values for v in out)
    if values and len(values) < width:
        k = width // len(values)
        assert out == [v for v in values for _ in range(k)]


def test_one_row_of_columns_on_the_scale_0_to_top() -> None:
    assert columns([0, 0.5, 1, None], 1) == [" ▄█ "]
    assert columns([2, -1], 1) == ["█ "]  # clamped to the scale
    assert columns([0.01], 1) == ["▁"]  # a little is never nothing
    assert columns([5], 1, top=0) == ["▁"]  # no scale: something is still shown
    assert columns([0], 1, floor=True) == ["▁"]  # a share of 0 is known, not missing
    assert columns([None], 1, floor=True) == [" "]


def test_two_rows_fill_from_the_bottom() -> None:
    assert columns([0.75], 2) == ["▄", "█"]
    assert columns([0.25], 2) == [" ", "▄"]
    assert columns([1.0], 2) == ["█", "█"]
    assert columns([Fraction(1, 2)], 2, top=0.5) == ["█", "█"]


def test_line_and_sparkline() -> None:
    assert line([], 1.0) == ""
    assert line([3, 6], 6) == "▄█"
    assert sparkline([0, None, 1]) == "▁ █"
    assert sparkline([Fraction(1, 2)]) == "▄"


def test_diverging_bars_go_up_when_you_gave_more_and_down_when_they_did() -> None:
    up, down = diverging([1, 0, 0.5, None])
    assert up == ["█   ", "█   "]
    assert down == [" █  ", " █  "]


@pytest.mark.parametrize(
    ("share", "up", "down"),
    [
        (0.6, [" ", "▃"], [" ", " "]),
        (0.51, [" ", "▁"], [" ", " "]),  # just above even still shows
        (0.4, [" ", " "], ["▀", " "]),
        (0.45, [" ", " "], ["▔", " "]),
        (0.3, [" ", " "], ["█", " "]),
        (0.2, [" ", " "], ["█", "▔"]),
        (0.1, [" ", " "], ["█", "▀"]),
        (0.0, [" ", " "], ["█", "█"]),
    ],
)
def test_diverging_heights(share: float, up: list[str], down: list[str]) -> None:
    assert diverging([share]) == (up, down)


def test_diverging_with_one_row() -> None:
    assert diverging([1, 0], rows=1) == (["█ "], [" █"])
