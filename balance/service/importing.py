"""`balance import`: a CSV file in, all or nothing, in one pass over its rows.

Each row is read, its names resolved and its fields checked as it comes, so a
large file is never held as text, forms and contributions side by side; only
the contributions are kept until every row has passed, and the store then
writes each month file once (`Store.add_batch`).
"""

from __future__ import annotations

import contextlib
import gc
import io
import itertools
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from balance.core.contribution_form import FieldParsers, contribution_from_form
from balance.core.errors import FormErrors, ValidationError
from balance.core.formats import format_date
from balance.core.forms import LogForm
from balance.core.model import Contribution, Network, Partner, new_id
from balance.core.names import fold
from balance.core.parse.csvrows import read_forms
from balance.locale import _
from balance.service.entries import EntryOps
from balance.store.changes import month_key
from balance.store.rows import Directory

#: Rows between two progress reports.
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class ImportResult:
    """What an import added: the rows, and the networks and partners it created."""

    count: int
    networks: tuple[Network, ...]
    partners: tuple[Partner, ...]


class ImportOps(EntryOps):
    def import_csv(
        self,
        path: Path,
        create_missing: bool = False,
        progress: Callable[[int, int], None] | None = None,
        allow_duplicates: bool = False,
    ) -> ImportResult:
        """Bulk import, all or nothing: every row is checked before the first write."""
        forms, total = open_forms(path)
        # The header and the first row are judged before the lock is taken: a file that
        # is not ours leaves even a database that does not exist yet as it is.
        first = next(forms)
        # Checked and written under one lock: the names resolved are the names written.
        with _no_cycle_collection(), self.store.locked():
            names = _Names(self, self.directory(), create_missing)
            fields = FieldParsers(self.today(), remember=True)
            rows: list[Contribution] = []
            lines = array("l")  # each row's line, for the errors that come after the pass
            for n, (line, form) in enumerate(itertools.chain((first,), forms), 1):
                network, partner = names.resolve(line, form)
                try:
                    rows.append(contribution_from_form(form, network, partner, fields, new_id()))
                except FormErrors as exc:
                    e = exc.first
                    raise ValidationError(
                        e.field, _("line {line}: {message}").format(line=line, message=e.message)
                    ) from None
                lines.append(line)
                if progress and n % PROGRESS_EVERY == 0:
                    progress(n, max(n, total))
            if progress:
                progress(len(rows), len(rows))
            if not allow_duplicates:
                self._refuse_duplicates(rows, lines)
            d = names.directory()
            first_day: dict[str, date] = {}
            for c in rows:
                if c.partner_id and (
                    c.partner_id not in first_day or c.date < first_day[c.partner_id]
                ):
                    first_day[c.partner_id] = c.date
            # A partner new with this file has been around since its first row.
            new_partners = {
                k: replace(p, added=first_day.get(p.id, p.added)) if p.added is None else p
                for k, p in names.changed.items()
            }
            # Networks and partners whose beginning the file moves back, in the same commit.
            fresh = {x.id: x for x in (*names.new_networks, *new_partners.values())}
            for x in self.first_seen(rows, d):
                fresh[x.id] = x
            nets = [x for x in fresh.values() if isinstance(x, Network)]
            people = [x for x in fresh.values() if isinstance(x, Partner)]
            self.store.add_batch(nets, people, rows)
        return ImportResult(len(rows), tuple(names.new_networks), tuple(new_partners.values()))

    def _refuse_duplicates(self, rows: Sequence[Contribution], lines: Sequence[int]) -> None:
        """The same file imported twice would double every figure: stop at the first row
        that is already in the database, with everything else unchanged.

        A row's twin has its date, so only the months the file has rows in are read,
        one at a time: what is kept of them is the keys, not the contributions.
        """

        def key(c: Contribution) -> tuple[object, ...]:
            return (c.network_id, c.partner_id, c.by, c.date, c.minutes, c.money, c.energy, c.what)

        months = {month_key(c.date) for c in rows}
        known: set[tuple[object, ...]] = set()
        for month in self.store.shard_keys():
            if month in months:
                known.update(map(key, self.store.month_rows(month)))
        if not known:  # an empty database, or none of its rows in the file's months
            return
        for line, c in zip(lines, rows, strict=True):
            if key(c) in known:
                raise ValidationError(
                    "import",
                    _(
                        "line {line}: the same contribution ({day}, {what}) is already in "
                        "the database (imported before?); --allow-duplicates imports it anyway"
                    ).format(line=line, day=format_date(c.date), what=c.what),
                )


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """An import makes a few objects per row that all live until it ends and form no
    reference cycles; Python's cycle collector would walk them again and again as they
    grow (a quarter of a large import's time), so it waits until the import is done."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _Names:
    """The network and partner each row names, resolved once per distinct pair.

    Only whole names (blind to case and accents, as everywhere) count as known
    here: a file's 'Anna' is never quietly taken for 'Anna Schmidt', with or
    without --create-missing. With `create_missing`, a name nobody added yet
    becomes a new network or partner the first time a row names it (a partner
    known in another network joins this one).
    """

    def __init__(self, ops: ImportOps, d: Directory, create_missing: bool) -> None:
        self.ops = ops
        self.create_missing = create_missing
        self.networks = {fold(n.name): n for n in d.networks}
        self.partners = {fold(p.name): p for p in d.partners}
        self.new_networks: list[Network] = []
        #: fold(name) -> a partner new with this file, or one that joins a network.
        self.changed: dict[str, Partner] = {}
        self._d = d
        self._stale = create_missing  # the directory lacks what was added since
        self._seen: dict[tuple[str, str], tuple[Network, Partner | None]] = {}

    def directory(self) -> Directory:
        """The directory with what the file added (for resolving, and `first_seen`)."""
        if self._stale:
            self._d = replace(
                self._d,
                networks=tuple(self.networks.values()),
                partners=tuple(self.partners.values()),
            )
            self._stale = False
        return self._d

    def resolve(self, line: int, form: LogForm) -> tuple[Network, Partner | None]:
        key = (form.network.casefold(), form.partner.casefold())
        hit = self._seen.get(key)
        if hit is None:
            if self.create_missing:
                self._add_missing(form)
            hit = self._seen[key] = self._match(line, form)
        return hit

    def _add_missing(self, form: LogForm) -> None:
        net_key = fold(form.network)
        if net_key and net_key not in self.networks:
            self.networks[net_key] = Network(new_id(), form.network.strip())
            self.new_networks.append(self.networks[net_key])
            self._stale = True
        name = form.partner.strip()
        if not name or not net_key:
            return
        net = self.networks[net_key]
        existing = self.partners.get(fold(name))
        if existing is None:
            existing = Partner(new_id(), name, (net.id,))
        elif net.id not in existing.network_ids:
            existing = replace(existing, network_ids=(*existing.network_ids, net.id))
        else:
            return
        self.partners[fold(name)] = self.changed[fold(name)] = existing
        self._stale = True

    def _match(self, line: int, form: LogForm) -> tuple[Network, Partner | None]:
        d = self.directory()
        try:
            net = self.ops.network(form.network, d, whole=True)
            par = (
                self.ops.partner(form.partner, net, d, whole=True) if form.partner.strip() else None
            )
        except ValidationError as exc:
            said = (
                _("line {line}: {message}")
                if self.create_missing
                else _("line {line}: {message} (--create-missing adds it)")
            )
            raise ValidationError(exc.field, said.format(line=line, message=exc.message)) from None
        return net, par


def open_forms(path: Path) -> tuple[Iterator[tuple[int, LogForm]], int]:
    """The rows of a CSV file as (line number, form), read as they are asked for, and
    about how many there are (its lines, for the progress); errors name the file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("file", _("{path} does not exist").format(path=path)) from None
    except OSError as exc:
        raise ValidationError(
            "file",
            _("{path} cannot be read: {reason}").format(path=path, reason=exc.strerror or exc),
        ) from None
    total = raw.count(b"\n") - 1 + (not raw.endswith(b"\n"))
    # The bytes are decoded a piece at a time as the rows are read: never all at once.
    text = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8-sig", newline="")
    return _decoded(read_forms(text, str(path)), path), max(total, 0)


def _decoded(forms: Iterator[tuple[int, LogForm]], path: Path) -> Iterator[tuple[int, LogForm]]:
    try:
        yield from forms
    except UnicodeDecodeError:
        raise ValidationError(
            "file",
            _("{path} is not UTF-8 text; save it as 'CSV UTF-8' and try again").format(path=path),
        ) from None
