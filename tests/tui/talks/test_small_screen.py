"""Pilot tests of 80x24 as a first-class size: the network summary keeps its
figures and every summary and alert line wraps at words, never cut."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widget import Widget

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.widgets.alert_strip import AlertItems
from balance.tui.widgets.summary import NetworkSummary
from tests.tui.talks.support import loaded


def drawn_lines(widget: Widget) -> list[str]:
    """The widget's lines as drawn, without its border and padding."""
    w, h = widget.outer_size
    rows = [s.text for s in widget.render_lines(Region(0, 0, w, h))]
    return [line.strip("│╭╮╰╯─▊▎ ▂▃▄▅▆▇█") for line in rows]


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("size", [(80, 24), (140, 45)])
async def test_summary_keeps_its_figures_and_wraps_at_words(svc: Service, size) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=size) as pilot:
        screen = await loaded(pilot)
        summary = screen.query_one(NetworkSummary)
        shown = " ".join(drawn_lines(summary)[1:-1])  # inside its border
        assert "…" not in shown
        for figure in ("you", "11h", "€76.00", "energy 18", "4h", "€45.00", "energy 7"):
            assert figure in shown, shown  # the figures behind the headline too
        assert words(shown) == [w for w in words(str(summary.content)) if w]  # whole words


@pytest.mark.parametrize("size", [(80, 24), (140, 45)])
async def test_alert_lines_wrap_at_words(svc: Service, size) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=size) as pilot:
        screen = await loaded(pilot)
        for widget_id in ("#alert-head", "#alert-review"):
            static = screen.query_one(widget_id)
            if not static.display:
                continue
            shown = drawn_lines(static)
            assert "…" not in "".join(shown)
            assert words(" ".join(shown)) == words(str(static.content))
        items = screen.query_one(AlertItems)
        talks = [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]
        assert talks[0].startswith("• Anna Schmidt: one-sided: you carry it")
        drawn = words(" ".join(drawn_lines(items)))
        assert drawn and "…" not in drawn
        # the first lines of the talks, in whole words (the rest scrolls into view)
        assert words(" ".join(talks))[: len(drawn)] == drawn
