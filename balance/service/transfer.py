"""Export a summary, import a CSV all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from balance.core.formats import format_date
from balance.core.forms import FormErrors, LogForm
from balance.core.model import (
    Contribution,
    Network,
    Partner,
    ValidationError,
    new_id,
)
from balance.core.names import fold
from balance.core.parse.csvrows import forms_from_text
from balance.core.window import Window
from balance.locale import _
from balance.service.entries import EntryOps
from balance.service.reports import ReportOps
from balance.store.rows import Directory

T = TypeVar("T")

#: What `export` writes: the TOML for scripts, the Markdown for people.
EXPORT_FORMATS = ("toml", "md")


class TransferOps(ReportOps, EntryOps):
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

    def import_csv(
        self,
        path: Path,
        create_missing: bool = False,
        progress: Callable[[int, int], None] | None = None,
        allow_duplicates: bool = False,
    ) -> ImportResult:
        """Bulk import, all or nothing: every row is checked before the first write."""
        forms = read_forms(path)
        # Checked and written under one lock: the names resolved are the names written.
        with self.store.locked():
            d = self.directory()
            new_networks: list[Network] = []
            new_partners: dict[str, Partner] = {}
            if create_missing:
                d, new_networks, new_partners = _with_missing(d, forms)
            rows = self._import_rows(forms, d, create_missing, progress)
            if not allow_duplicates:
                self._refuse_duplicates(rows, [line for line, _form in forms])
            first: dict[str, date] = {}
            for c in rows:
                if c.partner_id and (c.partner_id not in first or c.date < first[c.partner_id]):
                    first[c.partner_id] = c.date
            # A partner new with this file has been around since its first row.
            new_partners = {
                k: replace(p, added=first.get(p.id, p.added)) if p.added is None else p
                for k, p in new_partners.items()
            }
            # Networks and partners whose beginning the file moves back, in the same commit.
            fresh = {x.id: x for x in (*new_networks, *new_partners.values())}
            for x in self.first_seen(rows, d):
                fresh[x.id] = x
            nets = [x for x in fresh.values() if isinstance(x, Network)]
            people = [x for x in fresh.values() if isinstance(x, Partner)]
            self.store.add_batch(nets, people, rows)
        return ImportResult(len(rows), tuple(new_networks), tuple(new_partners.values()))

    def _refuse_duplicates(self, rows: Sequence[Contribution], lines: Sequence[int]) -> None:
        """The same file imported twice would double every figure: stop at the first row
        that is already in the database, with everything else unchanged."""
        if not rows:
            return

        def key(c: Contribution) -> tuple[object, ...]:
            return (c.network_id, c.partner_id, c.by, c.date, c.minutes, c.money, c.energy, c.what)

        since, until = min(c.date for c in rows), max(c.date for c in rows)
        known = {key(c) for c in self.store.contributions(since, until)}
        for line, c in zip(lines, rows, strict=True):
            if key(c) in known:
                raise ValidationError(
                    "import",
                    _(
                        "line {line}: the same contribution ({day}, {what}) is already in "
                        "the database (imported before?); --allow-duplicates imports it anyway"
                    ).format(line=line, day=format_date(c.date), what=c.what),
                )

    def _import_rows(
        self,
        forms: Sequence[tuple[int, LogForm]],
        d: Directory,
        create_missing: bool,
        progress: Callable[[int, int], None] | None,
    ) -> list[Contribution]:
        cache: dict[tuple[str, str], tuple[str, str]] = {}
        rows: list[Contribution] = []
        for n, (line, form) in enumerate(forms, 1):
            key = (form.network.casefold(), form.partner.casefold())
            if key not in cache:
                # Resolve each distinct name pair once; exact names make the rest fast.
                try:
                    net = self.network(form.network, d, whole=True)
                    par = (
                        self.partner(form.partner, net, d, whole=True)
                        if form.partner.strip()
                        else None
                    )
                except ValidationError as exc:
                    said = (
                        _("line {line}: {message}")
                        if create_missing
                        else _("line {line}: {message} (--create-missing adds it)")
                    )
                    raise ValidationError(
                        exc.field, said.format(line=line, message=exc.message)
                    ) from None
                cache[key] = (net.name, par.name if par else "")
            form = replace(form, network=cache[key][0], partner=cache[key][1])
            try:
                rows.append(self.build_contribution(form, directory=d))
            except FormErrors as exc:
                e = exc.first
                raise ValidationError(
                    e.field, _("line {line}: {message}").format(line=line, message=e.message)
                ) from None
            if progress and n % 1000 == 0:
                progress(n, len(forms))
        if progress:
            progress(len(forms), len(forms))
        return rows


@dataclass(frozen=True)
class ImportResult:
    count: int
    networks: tuple[Network, ...]
    partners: tuple[Partner, ...]


def _with_missing(
    d: Directory, forms: Sequence[tuple[int, LogForm]]
) -> tuple[Directory, list[Network], dict[str, Partner]]:
    """The directory plus the networks and partners the file names but nobody added yet.

    Only whole names (blind to case and accents, as everywhere) count as known
    here: a new 'Anna' must not be quietly merged into an existing 'Anna Schmidt'.
    """
    networks = {fold(n.name): n for n in d.networks}
    partners = {fold(p.name): p for p in d.partners}
    new_networks: list[Network] = []
    changed: dict[str, Partner] = {}
    for _line, form in forms:
        net_key = fold(form.network)
        if net_key and net_key not in networks:
            networks[net_key] = Network(new_id(), form.network.strip())
            new_networks.append(networks[net_key])
        name = form.partner.strip()
        if not name or not net_key:
            continue
        net = networks[net_key]
        existing = partners.get(fold(name))
        if existing is None:
            existing = Partner(new_id(), name, (net.id,))
        elif net.id not in existing.network_ids:
            existing = replace(existing, network_ids=(*existing.network_ids, net.id))
        else:
            continue
        partners[fold(name)] = changed[fold(name)] = existing
    merged = replace(d, networks=tuple(networks.values()), partners=tuple(partners.values()))
    return merged, new_networks, changed


def read_forms(path: Path) -> list[tuple[int, LogForm]]:
    """(line number, form) per data row of a CSV file; reading errors name the file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError("file", _("{path} does not exist").format(path=path)) from None
    except OSError as exc:
        raise ValidationError(
            "file",
            _("{path} cannot be read: {reason}").format(path=path, reason=exc.strerror or exc),
        ) from None
    except UnicodeDecodeError:
        raise ValidationError(
            "file",
            _("{path} is not UTF-8 text; save it as 'CSV UTF-8' and try again").format(path=path),
        ) from None
    return forms_from_text(text, str(path))
