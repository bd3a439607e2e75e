"""Where the CLI and the TUI meet the store and the ledger.

Both faces turn what people type into calls here and render what comes back,
so a rule (name matching, parsing a form, what a prompt is) lives once and the
two faces always agree.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from . import parse
from .model import (
    THREE_QUESTIONS,
    Budget,
    Contribution,
    Conversation,
    Kind,
    Network,
    Partner,
    Snooze,
    Status,
    ValidationError,
    Weights,
    check_amounts,
    check_what,
    new_id,
)
from .store import Directory, Store

if TYPE_CHECKING:  # the ledger is imported where reports are made: `balance log` needs none
    from .ledger import Balance, BudgetUse, NetworkBalance, Point, Window

APP_NAME = "balance"
T = TypeVar("T")
Named = TypeVar("Named", Network, Partner)


def default_db_path() -> Path:
    """`BALANCE_DB`, else the user's data directory (platformdirs)."""
    env = os.environ.get("BALANCE_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "balance.json"


class FormErrors(ValueError):
    """All the fields of a form that are wrong, so a form can mark each one."""

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = tuple(errors)

    @property
    def first(self) -> ValidationError:
        return self.errors[0]


def fold(text: str) -> str:
    """Case- and accent-blind form of a name or search text: 'jurgen' finds 'Jürgen'."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).strip()


def match_name(kind: str, query: str, items: Iterable[Named]) -> Named:
    """Exact (case-blind) name first, then accent-blind, then a unique part of the name."""
    items = list(items)
    if not query.strip():
        raise ValidationError(kind, f"give a {kind} name")
    for same in (
        lambda i: i.name.casefold() == query.casefold(),
        lambda i: fold(i.name) == fold(query),
    ):
        hits = [i for i in items if same(i)]
        if len(hits) == 1:
            return hits[0]
    hits = [i for i in items if fold(query) in fold(i.name)]
    if len(hits) == 1:
        return hits[0]
    names = ", ".join(sorted(i.name for i in (hits or items)))
    if hits:
        raise ValidationError(kind, f"'{query}' fits several: {names}; type more of the name")
    if not items:
        raise ValidationError(kind, f"unknown {kind} '{query}'; there are none yet")
    raise ValidationError(kind, f"unknown {kind} '{query}'; known: {names}")


@dataclass(frozen=True)
class LogForm:
    """A contribution as typed: every field text, exactly as the CLI and TUI receive it."""

    network: str
    what: str
    partner: str = ""
    by: str = "me"
    date: str = "today"
    time: str = ""
    money: str = ""
    energy: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    private: bool = False


@dataclass(frozen=True)
class TalkForm:
    """A conversation as typed, the same for `balance talk` and the TUI's talk form."""

    network: str
    notes: str
    partner: str = ""
    date: str = "today"
    goal: str = ""
    value_mine: str = ""
    value_theirs: str = ""
    agreements: tuple[str, ...] = ()
    next_review: str = ""


@dataclass(frozen=True)
class PartnerReport:
    partner: Partner
    balance: Balance
    trend: tuple[Point, ...]
    last_talk: Conversation | None
    snoozed_until: date | None
    prompt: bool
    review_due: bool
    leaning_since: date | None


@dataclass(frozen=True)
class NetworkReport:
    """Everything a face shows about one network in one window."""

    network: Network
    window: Window
    network_balance: NetworkBalance
    budget: BudgetUse
    partners: tuple[PartnerReport, ...]
    last_talk: Conversation | None
    prompt: bool
    conversations: tuple[Conversation, ...] = field(default=())
    review_due: bool = False

    @property
    def worst(self) -> Status:
        order = [Status.IMBALANCED, Status.LEANING, Status.BALANCED, Status.TOO_LITTLE_DATA]
        statuses = {p.balance.status for p in self.partners}
        return next((s for s in order if s in statuses), Status.TOO_LITTLE_DATA)

    @property
    def prompts(self) -> tuple[PartnerReport, ...]:
        return tuple(p for p in self.partners if p.prompt)


class Service:
    """The operations both faces offer, on one database."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today

    @classmethod
    def open(cls, path: Path | None = None) -> Service:
        return cls(Store(path or default_db_path()))

    def today(self) -> date:
        return self._today()

    # -- lookups ---------------------------------------------------------------

    def directory(self) -> Directory:
        return self.store.directory()

    def network(self, name: str, directory: Directory | None = None) -> Network:
        d = directory or self.directory()
        return match_name("network", name, d.networks)

    def partner(self, name: str, network: Network, directory: Directory | None = None) -> Partner:
        d = directory or self.directory()
        members = [p for p in d.partners if network.id in p.network_ids]
        try:
            return match_name("partner", name, members)
        except ValidationError as exc:
            raise ValidationError("partner", f"{exc.message} (in {network.name})") from None

    def partners_of(self, network: Network, directory: Directory | None = None) -> list[Partner]:
        d = directory or self.directory()
        return sorted(
            (p for p in d.partners if network.id in p.network_ids), key=lambda p: fold(p.name)
        )

    def window(self, spec: str = "6m") -> Window:
        from .ledger import Window

        since, until = parse.parse_window(spec, self.today())
        label = spec.strip().casefold()
        return Window(since, until, label if label == "all" or label[:-1].isdigit() else "")

    def window_between(self, since: str | None, until: str | None) -> Window:
        """An explicit window from typed dates; the errors name --since / --until."""
        from .ledger import Window

        today = self.today()

        def day(option: str, text: str | None) -> date | None:
            if not text:
                return None
            try:
                return parse.parse_date(text, today)
            except ValidationError as exc:
                raise ValidationError(option, exc.message) from None

        start, end = day("since", since), day("until", until) or today
        if start and start > end:
            raise ValidationError("since", "must be on or before --until")
        return Window(start, end, "")

    # -- networks and partners ---------------------------------------------------

    def add_network(self, name: str, **canvas: object) -> Network:
        network = build_network(Network(id=new_id(), name=name.strip()), canvas)
        with self.store.locked():  # the name check and the write see the same file
            _unique_name(network, self.directory().networks)
            self.store.save_network(network)
        return network

    def edit_network(self, network: Network, **canvas: object) -> Network:
        """Apply the changed fields to the network as it is now on disk, under the lock,
        so an edit never undoes what another process changed in other fields."""
        with self.store.locked():
            d = self.directory()
            current = next((n for n in d.networks if n.id == network.id), None)
            if current is None:
                raise ValidationError("network", f"'{network.name}' no longer exists")
            updated = build_network(current, canvas)
            _unique_name(updated, d.networks)
            self.store.save_network(updated)
            return updated

    def add_partner(self, name: str, networks: Sequence[str]) -> tuple[Partner, bool]:
        """Create a partner, or add networks to one of that name; True when newly made.

        'Jurgen Weiss' is the same person as 'Jürgen Weiß': names are compared
        without case and accents, so lookups never become ambiguous.
        """
        if not networks:
            raise ValidationError("network", "name at least one network for the partner")
        name = name.strip()
        with self.store.locked():  # read, merge and write as one step
            d = self.directory()
            nets = [self.network(n, d) for n in networks]
            existing = next((p for p in d.partners if fold(p.name) == fold(name)), None)
            if existing:
                ids = tuple(dict.fromkeys([*existing.network_ids, *(n.id for n in nets)]))
                partner = replace(existing, network_ids=ids)
            else:
                ids = tuple(dict.fromkeys(n.id for n in nets))
                partner = Partner(new_id(), name, ids, added=self.today())
            self.store.save_partner(partner)
        return partner, existing is None

    # -- contributions -----------------------------------------------------------

    def build_contribution(
        self,
        form: LogForm,
        contribution_id: str | None = None,
        directory: Directory | None = None,
    ) -> Contribution:
        """Parse every field; raise FormErrors naming each bad one, before anything is written."""
        errors: list[ValidationError] = []
        d = directory or self.directory()

        def attempt(fn: Callable[[], T], default: T) -> T:
            try:
                return fn()
            except ValidationError as exc:
                errors.append(exc)
                return default

        network = attempt(lambda: self.network(form.network, d), None)
        partner = None
        if network and form.partner.strip():
            partner = attempt(lambda: self.partner(form.partner, network, d), None)
        by = form.by.strip().casefold() or "me"
        if by not in ("me", "partner"):
            errors.append(ValidationError("by", f"'{form.by}' is neither 'me' nor 'partner'"))
        elif by == "partner" and not form.partner.strip():
            errors.append(ValidationError("partner", "say whose contribution it was"))
        day = attempt(lambda: parse.parse_date(form.date or "today", self.today()), None)
        minutes = attempt(lambda: parse.parse_minutes(form.time) if form.time.strip() else 0, 0)
        currency = network.currency if network else "EUR"
        money = attempt(
            lambda: parse.parse_money(form.money, currency) if form.money.strip() else Decimal(0),
            Decimal(0),
        )
        energy = attempt(lambda: parse.parse_energy(form.energy) if form.energy.strip() else 0, 0)
        tags = attempt(lambda: parse.parse_tags(list(form.tags)), ())
        # The two rules that span fields, checked here too so a form can mark all at once.
        attempt(lambda: check_what(form.what), None)
        attempt(lambda: check_amounts(minutes, money, energy), None)
        if errors:
            raise FormErrors(errors)
        assert network is not None and day is not None
        try:
            return Contribution(
                id=contribution_id or new_id(),
                network_id=network.id,
                partner_id=partner.id if partner else None,
                by=by,  # type: ignore[arg-type]
                date=day,
                minutes=minutes,
                money=money,
                energy=energy,
                what=form.what.strip(),
                note=form.note.strip(),
                tags=tags,
                private=form.private,
            )
        except ValidationError as exc:
            raise FormErrors([exc]) from None

    def log(self, form: LogForm) -> Contribution:
        contribution = self.build_contribution(form)
        self.store.add_contribution(contribution)
        return contribution

    def edit(self, contribution_id: str, form: LogForm) -> tuple[Contribution, Contribution]:
        """Returns (old, new), so a face can offer undo."""
        new = self.build_contribution(form, contribution_id)
        old = self.store.replace_contribution(new)
        return old, new

    def delete(self, contribution_id: str) -> Contribution:
        return self.store.delete_contribution(contribution_id)

    def restore(self, contribution: Contribution) -> None:
        """Undo of a delete or an edit: put the old value back as it was."""
        try:
            self.store.replace_contribution(contribution)
        except KeyError:
            self.store.add_contribution(contribution)

    def contributions(
        self,
        network: Network,
        partner: Partner | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[Contribution]:
        rows = [
            c
            for c in self.store.contributions(since, until)
            if c.network_id == network.id and (partner is None or c.partner_id == partner.id)
        ]
        rows.sort(key=lambda c: c.date)
        return rows

    # -- conversations -----------------------------------------------------------

    def talk(
        self,
        network: Network,
        partner: Partner | None,
        notes: str,
        day: date | None = None,
        goal: str = "",
        value_mine: str = "",
        value_theirs: str = "",
        agreements: Sequence[str] = (),
        next_review: date | None = None,
    ) -> Conversation:
        day = day or self.today()
        if next_review is not None and next_review < day:
            raise ValidationError("next-review", "must be on or after the talk's date")
        conversation = Conversation(
            id=new_id(),
            network_id=network.id,
            partner_id=partner.id if partner else None,
            date=day,
            notes=notes.strip(),
            goal=goal.strip(),
            value_mine=value_mine.strip(),
            value_theirs=value_theirs.strip(),
            agreements=tuple(a.strip() for a in agreements if a.strip()),
            next_review=next_review,
        )
        self.store.save_conversation(conversation)
        return conversation

    def record_talk(self, form: TalkForm) -> Conversation:
        """Check every field, name each bad one (FormErrors), then record the talk."""
        errors: list[ValidationError] = []

        def attempt(fn: Callable[[], T], default: T) -> T:
            try:
                return fn()
            except ValidationError as exc:
                errors.append(exc)
                return default

        d = self.directory()
        today = self.today()
        network = attempt(lambda: self.network(form.network, d), None)
        partner = None
        if network and form.partner.strip():
            partner = attempt(lambda: self.partner(form.partner, network, d), None)
        day = attempt(lambda: parse.parse_date(form.date or "today", today), None)
        review = None
        if form.next_review.strip():
            review = attempt(lambda: parse.parse_future_date(form.next_review, day or today), None)
        # The model's own checks on the texts (notes given, lengths), before anything is written.
        attempt(
            lambda: Conversation(
                "-",
                "-",
                None,
                day or today,
                form.notes,
                form.goal,
                form.value_mine,
                form.value_theirs,
                form.agreements,
            ),
            None,
        )
        if errors:
            raise FormErrors(errors)
        assert network is not None
        return self.talk(
            network,
            partner,
            form.notes,
            day=day,
            goal=form.goal,
            value_mine=form.value_mine,
            value_theirs=form.value_theirs,
            agreements=form.agreements,
            next_review=review,
        )

    def snooze(
        self, network: Network, partner: Partner | None, days: int, window: Window | None = None
    ) -> Snooze:
        """Put off a due talk; there must be one (in the given window, default 6 months)."""
        if not 1 <= days <= 365:
            raise ValidationError("days", "snooze for 1 to 365 days")
        report = self.report(network, window or self.window())
        due = (
            report.prompt
            if partner is None
            else any(p.prompt for p in report.partners if p.partner.id == partner.id)
        )
        if not due:
            who = partner.name if partner else f"the whole of {network.name}"
            raise ValidationError("snooze", f"no talk is due with {who}: nothing to snooze")
        s = Snooze(network.id, partner.id if partner else None, self.today() + timedelta(days))
        self.store.save_snooze(s)
        return s

    # -- reports ---------------------------------------------------------------

    def report(
        self,
        network: Network,
        window: Window,
        directory: Directory | None = None,
        contributions: Sequence[Contribution] | None = None,
    ) -> NetworkReport:
        """The balance of every partner of a network and of the network itself."""
        from . import ledger

        d = directory or self.directory()
        today = self.today()
        rows = (
            contributions
            if contributions is not None
            else self.store.contributions(window.since, window.until)
        )
        rows = [c for c in rows if c.network_id == network.id]
        partners = self.partners_of(network, d)
        balances = ledger.pair_balances(rows, network, [p.id for p in partners], window)
        talks = sorted(
            (c for c in d.conversations if c.network_id == network.id), key=lambda c: c.date
        )
        snoozes = {s.partner_id: s.until for s in d.snoozes if s.network_id == network.id}
        first_seen: dict[str | None, date] = {}
        by_partner: dict[str | None, list[Contribution]] = {}
        for c in rows:
            by_partner.setdefault(c.partner_id, []).append(c)
            if c.partner_id not in first_seen or c.date < first_seen[c.partner_id]:
                first_seen[c.partner_id] = c.date
        reports = []
        for p in partners:
            bal = balances[p.id]
            last = next((c for c in reversed(talks) if c.partner_id == p.id), None)
            trend = ledger.series(by_partner.get(p.id, []), network, p.id, window)
            reports.append(
                PartnerReport(
                    partner=p,
                    balance=bal,
                    trend=tuple(trend),
                    last_talk=last,
                    snoozed_until=snoozes.get(p.id),
                    prompt=ledger.prompt_active(
                        bal.status,
                        last.date if last else None,
                        snoozes.get(p.id),
                        today,
                        network.cooldown_days,
                    ),
                    review_due=ledger.review_due(
                        last.date if last else None,
                        _earliest(p.added, first_seen.get(p.id)),
                        network.review_days,
                        today,
                        last.next_review if last else None,
                    ),
                    leaning_since=ledger.leaning_since(trend),
                )
            )
        net = ledger.network_balance(rows, network, window)
        net_last = next((c for c in reversed(talks) if c.partner_id is None), None)
        return NetworkReport(
            network=network,
            window=window,
            network_balance=net,
            budget=ledger.budget_use(rows, network, window),
            partners=tuple(reports),
            last_talk=net_last,
            prompt=ledger.prompt_active(
                net.balance.status,
                net_last.date if net_last else None,
                snoozes.get(None),
                today,
                network.cooldown_days,
            ),
            conversations=tuple(talks),
            review_due=ledger.review_due(
                net_last.date if net_last else None,
                min((c.date for c in rows), default=None),
                network.review_days,
                today,
                net_last.next_review if net_last else None,
            ),
        )

    def export(self, network: Network, partner: Partner | None, window: Window) -> str:
        """The TOML summary; a partner export holds nothing of any other partner."""
        from datetime import UTC, datetime

        from . import export

        d = self.directory()
        rows = self.contributions(network, partner, window.since, window.until)
        report = self.report(network, window, d, rows)
        talks = [c for c in d.conversations if c.network_id == network.id]
        chosen = [p for p in report.partners if partner is None or p.partner.id == partner.id]
        sections = [
            export.partner_section(
                p.partner.name,
                p.balance,
                [c for c in rows if c.partner_id == p.partner.id],
                [t for t in talks if t.partner_id == p.partner.id],
            )
            for p in chosen
        ]
        who = f" with {partner.name}" if partner else ""
        return export.summary(
            title=f"Partner Balance: {network.name}{who}",
            generated=datetime.now(UTC),
            since=window.since,
            until=window.until,
            window=window.description,
            network=network,
            partners=sections,
            network_rows=[c for c in rows if c.partner_id is None] if partner is None else (),
            network_conversations=[t for t in talks if t.partner_id is None]
            if partner is None
            else (),
        )

    def import_csv(
        self,
        path: Path,
        create_missing: bool = False,
        progress: Callable[[int, int], None] | None = None,
        allow_duplicates: bool = False,
    ) -> ImportResult:
        """Bulk import, all or nothing: every row is checked before the first write."""
        from . import csvrows

        forms = csvrows.read_forms(path)
        # Checked and written under one lock: the names resolved are the names written.
        with self.store.locked():
            d = self.directory()
            new_networks: list[Network] = []
            new_partners: dict[str, Partner] = {}
            if create_missing:
                d, new_networks, new_partners = _with_missing(d, forms)
            rows = self._import_rows(forms, d, create_missing, progress)
            if not allow_duplicates:
                self._refuse_duplicates(rows, [line for line, _ in forms])
            first: dict[str, date] = {}
            for c in rows:
                if c.partner_id and (c.partner_id not in first or c.date < first[c.partner_id]):
                    first[c.partner_id] = c.date
            # A partner new with this file has been around since its first row.
            new_partners = {
                k: replace(p, added=first.get(p.id, p.added)) if p.added is None else p
                for k, p in new_partners.items()
            }
            self.store.add_batch(new_networks, new_partners.values(), rows)
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
                    f"line {line}: the same contribution ({c.date.isoformat()}, {c.what}) is "
                    "already in the database (imported before?); --allow-duplicates imports "
                    "it anyway",
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
                    net = self.network(form.network, d)
                    par = self.partner(form.partner, net, d) if form.partner.strip() else None
                except ValidationError as exc:
                    hint = "" if create_missing else " (--create-missing adds it)"
                    raise ValidationError(exc.field, f"line {line}: {exc.message}{hint}") from None
                cache[key] = (net.name, par.name if par else "")
            form = replace(form, network=cache[key][0], partner=cache[key][1])
            try:
                rows.append(self.build_contribution(form, directory=d))
            except FormErrors as exc:
                e = exc.first
                raise ValidationError(e.field, f"line {line}: {e.message}") from None
            if progress and n % 1000 == 0:
                progress(n, len(forms))
        if progress:
            progress(len(forms), len(forms))
        return rows

    def reports(self, window: Window) -> list[NetworkReport]:
        d = self.directory()
        by_network: dict[str, list[Contribution]] = {}
        for c in self.store.contributions(window.since, window.until):
            by_network.setdefault(c.network_id, []).append(c)
        networks = sorted(d.networks, key=lambda n: fold(n.name))
        return [self.report(n, window, d, by_network.get(n.id, [])) for n in networks]


def _earliest(*days: date | None) -> date | None:
    """When a partnership began: the day the partner was added, or an older
    contribution logged later (a history typed in after the fact)."""
    return min((d for d in days if d is not None), default=None)


def _unique_name(network: Network, others: Iterable[Network]) -> None:
    """Two networks whose names differ only in case or accents could never be told apart."""
    for other in others:
        if other.id != network.id and fold(other.name) == fold(network.name):
            raise ValidationError(
                "network", f"'{other.name}' exists already; pick a name that differs in letters"
            )


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
    for _, form in forms:
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


_CANVAS_FIELDS = {
    "kind",
    "currency",
    "motivation",
    "expectations",
    "goal",
    "success",
    "budget_time",
    "budget_money",
    "budget_energy",
    "review_days",
    "lean_ratio",
    "imbalance_ratio",
    "weights",
    "cooldown_days",
    "name",
}


def build_network(base: Network, canvas: dict[str, object]) -> Network:
    """Apply typed canvas fields to a network: text as typed, None for 'unchanged',
    and an empty budget text for 'no budget'. Every bad field is named (FormErrors)."""
    unknown = set(canvas) - _CANVAS_FIELDS
    if unknown:
        raise TypeError(f"unknown canvas fields: {sorted(unknown)}")
    values = {k: str(v).strip() if isinstance(v, str) else v for k, v in canvas.items()}
    values = {k: v for k, v in values.items() if v is not None}
    errors: list[ValidationError] = []
    changes: dict[str, object] = {}

    def take(key: str, fn: Callable[[object], object], target: str | None = None) -> None:
        if key not in values:
            return
        try:
            changes[target or key] = fn(values[key])
        except ValidationError as exc:
            errors.append(exc)

    take("name", str)
    take("kind", _kind)
    take("currency", lambda v: str(v).upper())
    for key in ("motivation", "goal", "success"):
        take(key, str)
    take("expectations", _expectations)
    currency = str(changes.get("currency", base.currency))
    take(
        "budget_time",
        lambda v: _optional(v, lambda t: _renamed("budget-time", parse.parse_minutes, t)),
    )
    take(
        "budget_money",
        lambda v: _optional(
            v, lambda t: _renamed("budget-money", lambda x: parse.parse_money(x, currency), t)
        ),
    )
    take("budget_energy", lambda v: _optional(v, lambda t: _whole("budget-energy", t, 0, 1000)))
    take("review_days", lambda v: _whole("review-days", v, 1, 3650))
    take("cooldown_days", lambda v: _whole("cooldown-days", v, 0, 3650))
    take("lean_ratio", lambda v: parse.parse_ratio(str(v), "lean-ratio"))
    take("imbalance_ratio", lambda v: parse.parse_ratio(str(v), "imbalance-ratio"))
    take("weights", lambda v: Weights(*parse.parse_weights(str(v))))
    budget = base.budget
    for key, attr in (
        ("budget_time", "minutes"),
        ("budget_money", "money"),
        ("budget_energy", "energy"),
    ):
        if key in changes:
            budget = replace(budget, **{attr: changes.pop(key)})
    changes["budget"] = budget
    if errors:
        raise FormErrors(errors)
    try:
        return replace(base, **changes)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise FormErrors([exc]) from None


def _kind(value: object) -> Kind:
    try:
        return Kind(str(value).casefold())
    except ValueError:
        raise ValidationError(
            "kind", f"'{value}' is not a kind; use professional, private or other"
        ) from None


def _expectations(raw: object) -> tuple[str, ...]:
    """A list, or one text with commas: 'openness, transparency'."""
    items = raw if isinstance(raw, list | tuple) else [raw]
    return tuple(part.strip() for item in items for part in str(item).split(",") if part.strip())


def _optional(value: object, fn: Callable[[str], T]) -> T | None:
    """An empty budget field means 'no budget', not zero."""
    text = str(value).strip()
    return None if not text else fn(text)


def _renamed(field_name: str, fn: Callable[[str], T], text: str) -> T:
    """The same parser under the option's own name, so the error points at it."""
    try:
        return fn(text)
    except ValidationError as exc:
        raise ValidationError(field_name, exc.message) from None


def _whole(field_name: str, value: object, lo: int, hi: int) -> int:
    return parse.parse_whole(str(value), field_name, lo, hi)


__all__ = [
    "THREE_QUESTIONS",
    "Budget",
    "FormErrors",
    "LogForm",
    "NetworkReport",
    "PartnerReport",
    "Service",
    "default_db_path",
    "match_name",
]


def sample_path() -> Path:
    """sample-data/demo.json, from a checkout or an installed wheel alike."""
    from importlib.resources import files

    return Path(str(files("balance.sample_data").joinpath("demo.json")))


def load_sample(target: Path, today: date, source: Path | None = None) -> Service:
    """A fresh database at `target` from the sample data, its dates moved to end today.

    The demo must look alive in any year, so every date is shifted by the
    distance between the sample's anchor and today.
    """
    import json

    data = json.loads((source or sample_path()).read_text(encoding="utf-8"))
    shift = today - date.fromisoformat(data["anchor"])

    def moved(text: str | None) -> date | None:
        return date.fromisoformat(text) + shift if text else None

    svc = Service(Store(target), today=lambda: today)
    nets: dict[str, Network] = {}
    for n in data["networks"]:
        budget = n.get("budget") or {}
        nets[n["name"]] = svc.add_network(
            n["name"],
            kind=n.get("kind"),
            currency=n.get("currency"),
            motivation=n.get("motivation"),
            expectations=n.get("expectations"),
            goal=n.get("goal"),
            success=n.get("success"),
            budget_time=str(budget["minutes"]) if budget.get("minutes") else None,
            budget_money=budget.get("money"),
            budget_energy=str(budget["energy"]) if budget.get("energy") else None,
            review_days=str(n["review_days"]) if n.get("review_days") else None,
            weights=n.get("weights"),
        )
    first: dict[str, date] = {}
    for c in data["contributions"]:
        if c.get("partner"):
            day = moved(c["date"])
            first[c["partner"]] = min(first.get(c["partner"], day), day)  # type: ignore[type-var]
    # Partners have been around since their first contribution, not since today.
    people = {
        p["name"]: Partner(
            new_id(), p["name"], tuple(nets[n].id for n in p["networks"]), first.get(p["name"])
        )
        for p in data["partners"]
    }
    rows = [
        Contribution(
            id=new_id(),
            network_id=nets[c["network"]].id,
            partner_id=people[c["partner"]].id if c.get("partner") else None,
            by=c["by"],
            date=moved(c["date"]),  # type: ignore[arg-type]
            minutes=c.get("minutes", 0),
            money=Decimal(c.get("money") or "0"),
            energy=c.get("energy", 0),
            what=c["what"],
            note=c.get("note", ""),
            tags=tuple(c.get("tags", ())),
            private=c.get("private", False),
        )
        for c in data["contributions"]
    ]
    svc.store.add_batch((), people.values(), rows)
    for t in data.get("conversations", ()):
        svc.talk(
            nets[t["network"]],
            people[t["partner"]] if t.get("partner") else None,
            t["notes"],
            day=moved(t["date"]),
            goal=t.get("goal", ""),
            value_mine=t.get("value_mine", ""),
            value_theirs=t.get("value_theirs", ""),
            agreements=t.get("agreements", ()),
            next_review=moved(t.get("next_review")),
        )
    return Service(Store(target))
