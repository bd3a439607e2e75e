"""Textual's footer, fitted to the terminal's width and rebuilt only when the
keys it shows change.

Fitting: when every key does not fit on one line, the footer first packs the
keys closer (Textual's compact style), then leaves out the least important
keys (`actions.FOOTER_IMPORTANCE`) until the rest fit. A key left out still
works, and stays in the command palette and in F1.

Rebuilding: Textual's Footer recomposes all of its keys on every bindings
signal, and a screen sends one for each focus change (twice: at once and
after the next refresh), each push and pop, and on app focus. On a start that
is three or four rebuilds of the same keys, each restyling every key twice,
and in a form one more per tab. This footer skips the rebuilds that would show
exactly what is already there.

Translating: bindings carry their English texts (marked with `N_` where they
are defined); the footer shows each description and tooltip through `_()`, so
a language switched at run time applies to every screen's keys.

Textual's own `Footer.compose` builds the keys; this one leaves some out and
translates them. Why neither Textual's stock footer nor textual-enhanced does
the rest: docs/footer.md.
"""

from __future__ import annotations

from collections.abc import Hashable

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

from balance.locale import N_, _
from balance.tui.actions import FOOTER_IMPORTANCE

Shown = tuple[Binding, bool, str]  # the binding, enabled, tooltip

#: Textual's own texts of the palette key, for the catalog (shown through `_()`).
TEXTUAL_TEXTS = (N_("palette"), N_("Open the command palette"))


def shown_text(text: str) -> str:
    """A binding's description or tooltip in the language in use ('' stays '':
    gettext would answer it with the catalog's header)."""
    return _(text) if text else ""


def importance(binding: Binding) -> int:
    try:
        return FOOTER_IMPORTANCE.index(binding.action)
    except ValueError:
        return len(FOOTER_IMPORTANCE)


class Footer(TextualFooter):
    _shown: Hashable = None
    _rebuild_pending = False

    def _key_width(self, key_display: str, description: str, compact: bool) -> int:
        """The cells a key takes: ' l Log ' or, compact, 'l Log' and a space after."""
        key = cell_len(key_display)
        if not description:
            return key + (1 if compact else 0)
        if compact:
            return key + 1 + cell_len(description) + 1
        return key + 2 + cell_len(description) + 1

    def _palette_width(self, compact: bool) -> int:
        app = self.app
        if not (self.show_command_palette and app.ENABLE_COMMAND_PALETTE):
            return 0
        found = self.screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
        if found is None:
            return 0
        binding = found[1]
        # a bar on its left, and (not compact) a space after
        return 1 + self._key_width(
            app.get_key_display(binding), shown_text(binding.description), compact
        )

    def fitted(self) -> tuple[list[Shown], bool]:
        """The keys to show, in their order, and whether packed (compact)."""
        shown: dict[str, Shown] = {}  # one key per action, as Textual's footer does
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in shown:
                shown[binding.action] = (binding, enabled, tooltip)
        keys = list(shown.values())
        width = self.app.size.width

        def needed(items: list[Shown], compact: bool) -> int:
            display = self.app.get_key_display
            return self._palette_width(compact) + sum(
                self._key_width(display(b), shown_text(b.description), compact)
                for b, _e, _t in items
            )

        if needed(keys, False) <= width:
            return keys, False
        while len(keys) > 1 and needed(keys, True) > width:
            least = max(keys, key=lambda k: importance(k[0]))
            keys.remove(least)
        return keys, True

    def shown_keys(self) -> Hashable:
        """What the footer would show now: every visible key, its label and state."""
        app = self.app
        keys, compact = self.fitted()
        return (
            tuple(
                (
                    binding.key,
                    app.get_key_display(binding),
                    shown_text(binding.description),
                    enabled,
                    shown_text(tooltip),
                )
                for binding, enabled, tooltip in keys
            ),
            compact,
            self.show_command_palette,
            app.ENABLE_COMMAND_PALETTE,
        )

    def compose(self) -> ComposeResult:
        """Textual's own keys, less those left out to fit, in the language in use.

        Textual's footer stays empty until the screen's first bindings signal, which
        comes after its first frame and the next refresh: every screen opened with its
        footer blank and the keys drawn 0.1-0.2 s later. The screen's bindings are
        known when it is composed, so this one shows its keys in the first frame; a
        focus that changes them rebuilds it as before."""
        self.set_reactive(TextualFooter._bindings_ready, True)
        self._shown = self.shown_keys()
        keys, compact = self.fitted()
        self.set_reactive(TextualFooter.compact, compact)
        self.set_class(compact, "-compact")
        kept = {binding.action for binding, _enabled, _tooltip in keys}
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                if widget.action not in kept and not widget.has_class("-command-palette"):
                    continue
                # As Textual leaves it, each key mounts compact and is then bound to
                # the footer's state: two restyles of every key on each screen opened.
                widget.set_reactive(FooterKey.compact, compact)
                widget.set_class(compact, "-compact", update=False)
                widget.description = shown_text(widget.description)
                if widget.tooltip:
                    widget.tooltip = shown_text(str(widget.tooltip))
            yield widget

    def on_resize(self) -> None:
        self._request_rebuild()

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if screen is self.screen:
            self._request_rebuild()

    def _request_rebuild(self) -> None:
        if self.is_attached and self._bindings_ready and not self._rebuild_pending:
            self._rebuild_pending = True  # several signals in a row: one check
            self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._rebuild_pending = False
        if self.is_attached and self.shown_keys() != self._shown:
            await self.recompose()
