"""The networks, each with its worst partnership status and its talks due."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from balance.core.formats import format_number
from balance.core.reports import NetworkReport
from balance.locale import ngettext
from balance.tui.actions import ROW_KEYS
from balance.tui.widgets.status import status_badge


def prompt_count(report: NetworkReport) -> int:
    """Active prompts in a network: each partner's, plus the whole network's."""
    return len(report.prompts) + (1 if report.prompt else 0)


def network_label(report: NetworkReport, short: bool = False) -> Content:
    n = report.network
    due = prompt_count(report)
    second: list[str | tuple[str, str] | Content] = [
        "  ",
        status_badge(report.worst, upper=False),
    ]
    if due:
        count = format_number(due)
        talks = count if short else ngettext("{count} talk due", "{count} talks due", due)
        talks = talks.format(count=count)
        second.append((f"  ⚠ {talks}", "bold $error"))
    return Content.assemble((n.name, "bold"), "\n", *second)


class NetworkList(OptionList):
    """Highlighting a network shows it; the option id is the network id."""

    BINDINGS = [*ROW_KEYS]

    reports: tuple[NetworkReport, ...] = ()
    _shown_width = 0

    def label(self, report: NetworkReport) -> Content:
        """The long label ('⚠ 2 talks due') where it fits on its line, else '⚠ 2'."""
        long = network_label(report)
        width = self.scrollable_content_region.width - 2  # the option's padding
        if width > 0 and long.split("\n")[-1].cell_length > width:
            return network_label(report, short=True)
        return long

    def show(self, reports: list[NetworkReport] | tuple[NetworkReport, ...], selected: str | None):
        self.reports, self._shown_width = tuple(reports), self.scrollable_content_region.width
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            self.add_options(Option(self.label(r), id=r.network.id) for r in reports)
            ids = [r.network.id for r in reports]
            if ids:
                self.highlighted = ids.index(selected) if selected in ids else 0

    def on_resize(self) -> None:
        if self.reports and self.scrollable_content_region.width != self._shown_width:
            self.show(self.reports, self.selected_id)

    @property
    def selected_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option else None
