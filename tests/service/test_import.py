"""The CSV import, as a user would check it: every row or none, names matched one way."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from balance.core.errors import FormErrors, ValidationError
from balance.core.forms import LogForm
from balance.core.model import Contribution
from balance.core.parse.csvrows import forms_from_text
from balance.service.api import Service
from balance.store.db import Store
from balance.store.errors import StoreError

SAMPLE_CSV = Path(__file__).parents[2] / "sample-data" / "example.csv"


def _csv(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_import_german_csv_with_create_missing(tmp_path: Path) -> None:
    s = Service(Store(tmp_path / "b.json"))
    result = s.import_csv(SAMPLE_CSV, create_missing=True)
    rows = s.store.contributions()
    assert result.count == len(rows) > 10
    assert {n.name for n in s.directory().networks} >= {"Gewerbeverein Hünfelden"}
    first = next(c for c in rows if c.what == "Stammtisch vorbereitet")
    assert first.money == Decimal("25.50") and first.minutes == 90 and first.energy == 3


def test_import_english_csv(tmp_path: Path, svc: Service) -> None:
    path = _csv(
        tmp_path,
        "network,partner,by,date,time,money,energy,what,tags,private\n"
        'gewerbeverein hunfelden,jurgen weiss,me,2026-11-01,1:30,"1,234.50",2,Flyer,"a, b",yes\n',
    )
    before = len(svc.store.contributions())
    assert svc.import_csv(path).count == 1
    new = [c for c in svc.store.contributions() if c.what == "Flyer"][0]
    assert new.money == Decimal("1234.50") and new.tags == ("a", "b") and new.private
    assert len(svc.store.contributions()) == before + 1
    jurgen = next(p for p in svc.directory().partners if p.name == "Jürgen Weiß")
    assert new.partner_id == jurgen.id  # a whole name, blind to case and accents


def test_import_matches_whole_names_with_and_without_create_missing(
    tmp_path: Path, svc: Service
) -> None:
    """A file's 'Anna' is never quietly taken for 'Anna "Ännchen" Schmidt'."""
    path = _csv(
        tmp_path, "network;partner;date;time;what\nGewerbeverein Hünfelden;Anna;01.11.2026;1h;x\n"
    )
    before = svc.store.state()
    with pytest.raises(ValidationError, match="unknown partner 'Anna'.*create-missing"):
        svc.import_csv(path)
    assert svc.store.state() == before
    result = svc.import_csv(path, create_missing=True)
    assert [p.name for p in result.partners] == ["Anna"]
    [row] = [c for c in svc.store.contributions() if c.what == "x"]
    assert row.partner_id == result.partners[0].id


def test_bad_row_in_the_middle_writes_nothing_and_names_the_line(
    tmp_path: Path, svc: Service
) -> None:
    lines = ["network;partner;by;date;time;money;energy;what"]
    lines += [
        f"Gewerbeverein Hünfelden;Jürgen Weiß;me;01.11.2026;1h;5,00;1;row {i}" for i in range(5)
    ]
    lines.insert(4, "Gewerbeverein Hünfelden;Jürgen Weiß;me;31.02.2026;1h;5,00;1;bad date")
    path = _csv(tmp_path, "\n".join(lines) + "\n")
    before = svc.store.state()
    with pytest.raises(ValidationError) as info:
        svc.import_csv(path)
    assert "line 5" in str(info.value) and "date" in str(info.value)
    assert svc.store.state() == before


def test_unknown_network_needs_create_missing(tmp_path: Path, svc: Service) -> None:
    path = _csv(tmp_path, "network;date;what;time\nNeues Netz;01.11.2026;x;1h\n")
    with pytest.raises(ValidationError, match="create-missing"):
        svc.import_csv(path)
    assert "Neues Netz" not in {n.name for n in svc.directory().networks}


def test_bad_header_is_refused(tmp_path: Path, svc: Service) -> None:
    path = _csv(tmp_path, "netz;tag;inhalt\nA;01.11.2026;x\n")
    with pytest.raises(ValidationError, match="columns"):
        svc.import_csv(path)


def test_large_import(tmp_path: Path) -> None:
    s = Service(Store(tmp_path / "b.json"))
    rows = ["network;partner;by;date;time;money;energy;what"]
    for i in range(20_000):
        day = date(2024, 1, 1) + timedelta(days=i % 1000)
        rows.append(
            f"Netz {i % 3};Partner {i % 17};{'me' if i % 3 else 'partner'};"
            f"{day:%d.%m.%Y};{i % 90 + 1}m;{i % 100},{i % 100:02d};{i % 6};Zeile {i}"
        )
    path = _csv(tmp_path, "\n".join(rows) + "\n")
    seen: list[int] = []
    result = s.import_csv(path, create_missing=True, progress=lambda d, t: seen.append(d))
    assert result.count == 20_000
    assert len(s.store.contributions()) == 20_000
    assert seen[-1] == 20_000 and len(seen) > 10


def test_form_errors_collect_every_bad_field(svc: Service) -> None:
    with pytest.raises(FormErrors) as info:
        svc.build_contribution(LogForm(network="gewerbe", time="abc", energy="9", what=""))
    assert {e.field for e in info.value.errors} >= {"time", "energy"}


def test_a_damaged_month_file_stops_the_import_before_any_write(
    tmp_path: Path, svc: Service
) -> None:
    shard = svc.store.shards / "2026-11.json"
    shard.write_bytes(b"{broken")
    path = _csv(
        tmp_path,
        "network;partner;date;what;time\n"
        "Neues Netz;Neue Partnerin;01.09.2026;x;1h\n"
        "Neues Netz;Neue Partnerin;01.11.2026;y;1h\n",
    )
    before = {p: p.read_bytes() for p in svc.store.path.parent.rglob("*") if p.is_file()}
    with pytest.raises(StoreError):
        svc.import_csv(path, create_missing=True)
    after = {p: p.read_bytes() for p in svc.store.path.parent.rglob("*") if p.is_file()}
    assert after == before


def test_create_missing_knows_names_without_accents(tmp_path: Path, svc: Service) -> None:
    path = _csv(
        tmp_path,
        "network;partner;date;what;time\nGEWERBEVEREIN HUNFELDEN;Jurgen Weiss;01.11.2026;x;1h\n",
    )
    result = svc.import_csv(path, create_missing=True)
    assert result.networks == () and result.partners == ()
    assert len(svc.directory().partners) == 2


def test_importing_the_same_file_twice_is_refused(tmp_path: Path) -> None:
    s = Service(Store(tmp_path / "b.json"))
    first = s.import_csv(SAMPLE_CSV, create_missing=True)
    before = s.store.state()
    with pytest.raises(ValidationError, match="line 2: the same contribution"):
        s.import_csv(SAMPLE_CSV, create_missing=True)
    assert s.store.state() == before
    again = s.import_csv(SAMPLE_CSV, allow_duplicates=True)
    assert len(s.store.contributions()) == first.count + again.count


MIXED_ROWS = [
    "Gewerbeverein Hünfelden;Jürgen Weiß;me;27.11.2026;1,5h;25,50;3;Stammtisch;nett;a, #b;ja",
    "gewerbeverein hunfelden;jurgen weiss;Partner;2026-11-01;90;€25;;Flyer;;;no",
    "GEWERBEVEREIN HÜNFELDEN;;ich;-3d;1:30;1.234,50;0;Vorstand;;;",
    "Gewerbeverein Hünfelden;Jürgen Weiß;me;27.11.2026;1,5h;25,50;3;Stammtisch;nett;a, #b;ja",
    "Gewerbeverein Hünfelden;Jürgen Weiß;partner;heute;;0,10;5;Kaffee;;x;",
]


def test_an_import_reads_each_row_as_logging_it_would(tmp_path: Path, svc: Service) -> None:
    """The one pass over the file (names resolved once per pair, each distinct text
    parsed once) makes the contributions that `balance log` makes of the same rows."""
    header = "network;partner;by;date;time;money;energy;what;note;tags;private"
    path = _csv(tmp_path, "\n".join([header, *MIXED_ROWS]) + "\n")
    known = {c.id for c in svc.store.contributions()}
    expected = [
        svc.build_contribution(form) for _line, form in forms_from_text(path.read_text(), "x")
    ]
    assert svc.import_csv(path, allow_duplicates=True).count == len(MIXED_ROWS)
    imported = [c for c in svc.store.contributions() if c.id not in known]

    def fields(c: Contribution) -> tuple[object, ...]:
        return (*(getattr(c, f) for f in vars(c) if f != "id"),)

    assert sorted(map(fields, imported), key=repr) == sorted(map(fields, expected), key=repr)


def test_the_first_bad_row_is_the_one_named_whatever_comes_after(
    tmp_path: Path, svc: Service
) -> None:
    path = _csv(
        tmp_path,
        "network;partner;date;time;what\n"
        "Gewerbeverein Hünfelden;Jürgen Weiß;01.11.2026;1h;good\n"
        "Gewerbeverein Hünfelden;Jürgen Weiß;01.11.2026;zehn;bad time\n"
        "Gewerbeverein Hünfelden;Jürgen Weiß;01.11.2026;1h;too;many;cells\n",
    )
    before = svc.store.state()
    with pytest.raises(ValidationError) as info:
        svc.import_csv(path)
    assert (info.value.field, str(info.value.message)[:7]) == ("time", "line 3:")
    assert svc.store.state() == before


def test_a_file_that_is_not_utf8_is_refused_by_name(tmp_path: Path, svc: Service) -> None:
    path = tmp_path / "latin1.csv"
    rows = ["network;date;time;what"] + [
        f"Gewerbeverein Hünfelden;01.11.2026;1h;r{i}" for i in range(3000)
    ]
    path.write_bytes(
        ("\n".join([*rows, "Gewerbeverein Hünfelden;01.11.2026;1h;Bäcker"]) + "\n").encode(
            "latin-1"
        )
    )
    before = svc.store.state()
    with pytest.raises(ValidationError, match="latin1.csv is not UTF-8 text"):
        svc.import_csv(path)
    assert svc.store.state() == before


def test_a_file_with_a_bad_header_leaves_a_new_database_folder_unmade(tmp_path: Path) -> None:
    s = Service(Store(tmp_path / "new" / "b.json"))
    path = _csv(tmp_path, "netz;tag;inhalt\nA;01.11.2026;x\n")
    with pytest.raises(ValidationError, match="columns"):
        s.import_csv(path)
    assert not (tmp_path / "new").exists()


def test_an_import_leaves_the_cycle_collector_on_done_or_refused(
    tmp_path: Path, svc: Service
) -> None:
    import gc

    good = _csv(tmp_path, "network;date;time;what\nGewerbeverein Hünfelden;01.11.2026;1h;a\n")
    bad = _csv(
        tmp_path, "network;date;time;what\nGewerbeverein Hünfelden;01.11.2026;x;a\n", "b.csv"
    )
    svc.import_csv(good)
    assert gc.isenabled()
    with pytest.raises(ValidationError):
        svc.import_csv(bad)
    assert gc.isenabled()
