"""A long page drawn once per width: the help.

A `Static` draws its whole renderable for the page's height, and again for its lines,
and again on each layout of the screen it is on: for the help's Markdown (tables,
lists, some 200 lines) those drawings were most of the time the help took to open.
`PageView` keeps the drawn lines per width (and colours), for every opening of the
same page in the process, so a page is drawn once and after that only painted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import RenderableType
from textual.geometry import Size
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widget import Widget

#: (text, width, colours, console) -> the page's lines: a few widths of a few languages.
_DRAWN: dict[tuple[Any, ...], list[Strip]] = {}
_MOST = 32


class PageView(Widget):
    """`text` as `make(text)` draws it (Rich's Markdown for the help); give it `height:
    auto` in the styles, so it is as tall as the page."""

    def __init__(self, text: str, make: Callable[[str], RenderableType], *, id: str) -> None:
        super().__init__(id=id)
        self.text = text
        self.make = make

    def lines(self, width: int) -> list[Strip]:
        """The page drawn `width` cells wide; a selection (mouse) is drawn afresh."""
        style = self.visual_style
        key = (self.text, width, style, id(self.app.console))
        drawn = _DRAWN.get(key) if self.text_selection is None else None
        if drawn is None:
            visual = visualize(self, self.make(self.text))
            drawn = Visual.to_strips(self, visual, width, None, style)
            if self.text_selection is None:
                if len(_DRAWN) >= _MOST:
                    _DRAWN.clear()
                _DRAWN[key] = drawn
        return drawn

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        drawn = self.lines(width)
        return drawn[y] if y < len(drawn) else Strip.blank(width, self.visual_style.rich_style)
