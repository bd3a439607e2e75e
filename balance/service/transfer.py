"""Export a summary; the CSV import is `importing`."""

from __future__ import annotations

from balance.core.errors import ValidationError
from balance.core.model import Network, Partner
from balance.core.window import Window
from balance.locale import _
from balance.service.importing import ImportOps, ImportResult
from balance.service.reports import ReportOps

__all__ = ["EXPORT_FORMATS", "ImportResult", "TransferOps"]

#: What `export` writes: the TOML for scripts, the Markdown for people.
EXPORT_FORMATS = ("toml", "md")


class TransferOps(ReportOps, ImportOps):
    def export(
        self, network: Network, partner: Partner | None, window: Window, fmt: str = "toml"
    ) -> str:
        """The summary as TOML or Markdown; a partner export holds nothing of any other
        partner."""
        from datetime import UTC, datetime

        from balance.core import summary, summary_md

        if fmt not in EXPORT_FORMATS:
            raise ValidationError("format", _("use toml or md"))
        d = self.directory()
        rows = self.contributions(network, partner, window.since, window.until)
        report = self.report(network, window, d, trend=False)
        values = [v for v in report.values if window.contains(v.date)]
        talks = [c for c in d.conversations if c.network_id == network.id]
        parts = [
            summary.PartnerPart(
                p.partner.name,
                p.shown,
                [c for c in rows if c.partner_id == p.partner.id],
                [t for t in talks if t.partner_id == p.partner.id],
                [v for v in values if v.partner_id == p.partner.id],
            )
            for p in report.partners
            if partner is None or p.partner.id == partner.id
        ]
        # Without a name the TOML says "me" (its own key) and the page "the sender".
        # The TOML is for scripts: its values stay English; the page is in the reader's.
        if fmt == "toml":
            me = d.owner or "me"  # machine
            title = f"Partner Balance: {network.name}"  # machine
            title += f" with {partner.name}" if partner else ""  # machine
        else:
            me = d.owner or _("the sender")
            title = (
                _("Partner Balance: {network} with {partner}").format(
                    network=network.name, partner=partner.name
                )
                if partner
                else _("Partner Balance: {network}").format(network=network.name)
            )
        whole = partner is None
        s = summary.Summary(
            title=title,
            generated=datetime.now(UTC),
            since=window.since,
            until=window.until,
            window=window.description_en if fmt == "toml" else window.description,
            network=network,
            me=me,
            partners=parts,
            network_rows=[c for c in rows if c.partner_id is None] if whole else (),
            network_conversations=[t for t in talks if t.partner_id is None] if whole else (),
            network_values=[v for v in values if v.partner_id is None] if whole else (),
        )
        return summary.to_toml(s) if fmt == "toml" else summary_md.to_markdown(s)
