"""Textual's header, which lets go of its screen when the screen closes.

Textual 8.2.8 keeps every screen that had a header: the header watches the app's
`title` and `sub_title`, and the app drops a closed watcher only when that title
changes, which here is only on a language switch. Each history or briefing opened
left its screen behind, and a style cache of Textual's (`StylesCache.get_inner_outer`,
an `lru_cache` on a method, so keyed on the instance) kept the rendered lines of up
to 1,024 closed widgets. The heap grew by about 5,000 objects with each screen opened
(18 now), so each full garbage collection, which can fall in the middle of opening a
screen, took longer the longer the app ran (at 10k, 30 ms at first and 170 ms after
thirty screens). As a header closes, the app's titles are marked changed (Textual
then drops the closed watchers: `mutate_reactive`) and that cache is emptied (it is
refilled from two colours on the next frame).
"""

from __future__ import annotations

from textual._styles_cache import StylesCache
from textual.app import App
from textual.widgets import Header as TextualHeader


def let_go_of_closed_widgets(app: App) -> None:
    """Drop what the app and Textual's style cache hold of widgets already closed."""
    app.mutate_reactive(App.title)
    app.mutate_reactive(App.sub_title)
    StylesCache.get_inner_outer.cache_clear()


class Header(TextualHeader):
    def on_unmount(self) -> None:
        # After the screen is gone (its widgets marked closing), not in its unmount.
        self.app.call_later(let_go_of_closed_widgets, self.app)
