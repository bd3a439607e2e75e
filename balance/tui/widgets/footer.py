"""Textual's footer, rebuilt only when the keys it shows change.

Textual's Footer recomposes all of its keys on every bindings signal, and a
screen sends one for each focus change (twice: at once and after the next
refresh), each push and pop, and on app focus. On a start that is three or
four rebuilds of the same keys, each restyling every key twice, and in a form
one more per tab. This footer keeps the same keys and looks; it only skips the
rebuilds that would show exactly what is already there.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    _shown: Hashable = None
    _rebuild_pending = False

    def shown_keys(self) -> Hashable:
        """What the footer would show now: every visible key, its label and state."""
        app = self.app
        keys = tuple(
            (binding.key, app.get_key_display(binding), binding.description, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
        return keys, self.compact, self.show_command_palette, app.ENABLE_COMMAND_PALETTE

    def compose(self):  # type: ignore[no-untyped-def]  # the same as Textual's
        if self._bindings_ready:
            self._shown = self.shown_keys()
        return super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._rebuild_pending:
            self._rebuild_pending = True  # several signals in a row: one check
            self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._rebuild_pending = False
        if self.is_attached and self.shown_keys() != self._shown:
            await self.recompose()
