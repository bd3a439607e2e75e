"""The talks that are due: an imbalanced partnership with no recent talk."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ...service import NetworkReport
from ...wording import network_verdict, prompt_sentence


def alert_content(report: NetworkReport) -> Content:
    prompts = report.prompts
    if not prompts and not report.prompt:
        return Content.assemble(("✓ No talk is due in this network.", "$text-muted"))
    count = len(prompts) + (1 if report.prompt else 0)
    lines = [
        Content.assemble(
            ("⚠ Time for the shared-goal talk", "bold $error"),
            (f"  ({count} due)", "$text-muted"),
        )
    ]
    for p in prompts:
        sentence = prompt_sentence(p.balance, p.partner.name, report.window)
        lines.append(Content.assemble("• ", (p.partner.name, "bold"), ": ", sentence))
    if report.prompt:
        lines.append(
            Content.assemble(
                "• ",
                ("the whole network", "bold"),
                ": ",
                network_verdict(report.network_balance.balance) + ".",
            )
        )
    return Content("\n").join(lines)


class AlertStrip(Static):
    def show(self, report: NetworkReport) -> None:
        active = bool(report.prompts or report.prompt)
        self.set_class(active, "-active")
        self.update(alert_content(report))
