"""The TOML summary and the CSV import, as a user would check them."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from balance.core.forms import FormErrors, LogForm, ValueForm
from balance.core.model import THREE_QUESTIONS, ValidationError
from balance.service.api import Service
from balance.store.db import Store
from balance.store.errors import StoreError

TODAY = date(2026, 11, 28)
SAMPLE_CSV = Path(__file__).parents[2] / "sample-data" / "example.csv"


@pytest.fixture
def svc(tmp_path: Path) -> Service:
    s = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    s.add_network("Gewerbeverein Hünfelden", goal='"Mehr" Aufträge\nin der Region 🤝')
    s.add_partner('Anna "Ännchen" Schmidt', ["gewerbe"])
    s.add_partner("Jürgen Weiß", ["gewerbe"])
    for money, day in (("25.50", 3), ("1.234,56", 10), ("0,10", 20)):
        s.log(
            LogForm(
                network="gewerbe",
                partner="anna",
                money=money,
                time="1h",
                date=(TODAY - timedelta(days=day)).isoformat(),
                what="Stammtisch 🍺",
            )
        )
    s.log(
        LogForm(
            network="gewerbe",
            partner="anna",
            by="partner",
            time="30m",
            what="Gäste",
            note="secret-anna-note",
            tags="geheimtag",
            private=True,
            date="gestern",
        )
    )
    s.add_value(
        ValueForm(
            network="gewerbe",
            partner="anna",
            kind="business",
            to="me",
            what="Auftrag Bäckerei-Geheim",
            amount="2.400,00",
            note="secret-value-note",
            private=True,
            date="vorgestern",
        )
    )
    s.log(
        LogForm(
            network="gewerbe",
            partner="anna",
            by="partner",
            time="15m",
            what="Kaffee",
            note="public line\nwith newline",
        )
    )
    s.log(
        LogForm(
            network="gewerbe",
            partner="jürgen",
            time="2h",
            money="99,99",
            what="Messe",
            note="juergen-note",
        )
    )
    s.log(LogForm(network="gewerbe", time="3h", what="Newsletter", note="network-note"))
    anna_net = s.network("gewerbe")
    s.talk(
        anna_net,
        s.partner("anna", anna_net),
        "talk with anna",
        day=TODAY - timedelta(days=40),
        agreements=["she hosts in May"],
        next_review=TODAY + timedelta(days=50),
    )
    s.talk(
        anna_net, s.partner("jürgen", anna_net), "talk-with-juergen", day=TODAY - timedelta(days=5)
    )
    s.talk(anna_net, None, "Jahresplanung-des-Netzwerks", day=TODAY - timedelta(days=3))
    return s


def _export(svc: Service, partner: str | None, window: str = "6m") -> tuple[str, dict]:
    net = svc.network("gewerbe")
    text = svc.export(net, svc.partner(partner, net) if partner else None, svc.window(window))
    return text, tomllib.loads(text)


def test_partner_export_reads_back_exactly(svc: Service) -> None:
    text, doc = _export(svc, "anna")
    assert doc["title"] == 'Partner Balance: Gewerbeverein Hünfelden with Anna "Ännchen" Schmidt'
    assert doc["period"]["since"] == date(2026, 5, 28)
    assert doc["period"]["until"] == TODAY
    assert doc["network"]["shared_goal"] == '"Mehr" Aufträge\nin der Region 🤝'
    [anna] = doc["partners"]
    money = [c["money"] for c in anna["contributions"] if "money" in c]
    assert money == ["0.10", "1234.56", "25.50"]  # exact strings, in date order
    # No energy was recorded: it is left out, never exported as 0.
    assert anna["balance"]["mine"] == {"minutes": 180, "money": "1260.16", "count": 3}
    assert anna["balance"]["theirs"]["minutes"] == 45
    assert anna["balance"]["shares"]["time"] == 0.8
    assert anna["balance"]["status"] == "imbalanced"
    assert anna["balance"]["direction"] == "me"
    assert [c["date"] for c in anna["contributions"]] == sorted(
        c["date"] for c in anna["contributions"]
    )
    assert anna["conversations"][0]["agreements"] == [
        {"text": "she hosts in May", "owes": "both", "state": "open"}
    ]
    assert anna["conversations"][0]["next_review"] == TODAY + timedelta(days=50)
    assert len(doc["questions"]) == 3
    assert "public line\nwith newline" in [c.get("note") for c in anna["contributions"]]


def test_partner_export_tells_nothing_of_anyone_else(svc: Service) -> None:
    text, _ = _export(svc, "anna")
    for secret in (
        "secret-anna-note",
        "Jürgen",
        "Weiß",
        "juergen",
        "99.99",
        "Messe",
        "network-note",
        "Newsletter",
        "talk-with-juergen",
        "Jahresplanung-des-Netzwerks",  # a talk with the whole network is no partner's
    ):
        assert secret not in text


def test_network_export_lists_everyone_but_no_private_note(svc: Service) -> None:
    text, doc = _export(svc, None)
    assert [p["name"] for p in doc["partners"]] == ['Anna "Ännchen" Schmidt', "Jürgen Weiß"]
    assert doc["network_contributions"][0]["what"] == "Newsletter"
    assert [t["notes"] for t in doc["network_conversations"]] == ["Jahresplanung-des-Netzwerks"]
    assert "secret-anna-note" not in text


@pytest.mark.parametrize("fmt", ["toml", "md"])
@pytest.mark.parametrize("partner", ["anna", None])
def test_a_private_entry_shows_only_its_date_and_amounts(
    svc: Service, fmt: str, partner: str | None
) -> None:
    net = svc.network("gewerbe")
    anna = svc.partner("anna", net)
    svc.talk(net, anna, "Umsatz-vertraulich", value_mine="Kundenliste-geheim", private=True)
    who = svc.partner(partner, net) if partner else None
    text = svc.export(net, who, svc.window("6m"), fmt)
    for hidden in (
        "Gäste",
        "secret-anna-note",
        "geheimtag",
        "Bäckerei-Geheim",
        "secret-value-note",
        "Umsatz-vertraulich",
        "Kundenliste-geheim",
    ):
        assert hidden not in text, hidden
    assert text.count("(private)") == 3  # the contribution, the value and the talk's notes
    if fmt == "toml":
        [anna_doc] = [p for p in tomllib.loads(text)["partners"] if p["name"].startswith("Anna")]
        [row] = [c for c in anna_doc["contributions"] if c["what"] == "(private)"]
        assert row == {"date": TODAY - timedelta(days=1), "by": "partner", "what": "(private)",
                       "minutes": 30}  # fmt: skip
        [value] = anna_doc["values"]
        assert value["amount"] == "2400.00" and value["what"] == "(private)"
        # The totals still add up: the private half hour is in Anna's figure.
        assert anna_doc["balance"]["theirs"]["minutes"] == 45
    else:
        assert "| (private) | 30m |" in text and "| (private) | €2,400.00 |" in text


def test_the_markdown_page_names_both_people_and_shows_the_figures_side_by_side(
    svc: Service,
) -> None:
    svc.set_owner("Petra Vogel")
    net = svc.network("gewerbe")
    text = svc.export(net, svc.partner("anna", net), svc.window("6m"), "md")
    lines = text.splitlines()
    assert lines[0] == '# Partner Balance: Gewerbeverein Hünfelden with Anna "Ännchen" Schmidt'
    assert '## Petra Vogel and Anna "Ännchen" Schmidt' in lines
    assert '|  | Petra Vogel | Anna "Ännchen" Schmidt |' in lines
    assert "| Time | 3h | 45m |" in lines
    assert "| Money | €1,260.16 | €0.00 |" in lines
    assert "| What came back | 1 order (€2,400.00) | nothing recorded |" in lines
    assert "  - [ ] both: she hosts in May (open)" in lines
    assert lines[-3:] == [f"{i}. {q}" for i, q in enumerate(THREE_QUESTIONS, 1)]
    assert "you" not in text.lower().split()  # the partner reads it: no "you"
    assert "Jürgen" not in text and "juergen" not in text and "Newsletter" not in text


def test_the_toml_names_both_people(svc: Service) -> None:
    _, doc = _export(svc, "anna")
    assert doc["me"] == "me"  # no name set yet
    svc.set_owner("Petra Vogel")
    _, doc = _export(svc, "anna")
    assert doc["me"] == "Petra Vogel"
    assert doc["partners"][0]["people"] == {
        "me": "Petra Vogel",
        "partner": 'Anna "Ännchen" Schmidt',
    }


def test_export_is_deterministic_apart_from_the_timestamp(svc: Service) -> None:
    a, _ = _export(svc, None)
    b, _ = _export(svc, None)
    strip = lambda t: "\n".join(x for x in t.splitlines() if not x.startswith("generated"))  # noqa: E731
    assert strip(a) == strip(b)


def test_export_has_no_empty_values(svc: Service) -> None:
    text, _ = _export(svc, "anna")
    assert '= ""' not in text and "= []" not in text


def test_cli_export_to_file(svc: Service, tmp_path: Path) -> None:
    out = tmp_path / "anna.toml"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "balance",
            "--db",
            str(svc.store.path),
            "export",
            "--network",
            "gewerbe",
            "--partner",
            "anna",
            "--window",
            "all",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    doc = tomllib.loads(out.read_text(encoding="utf-8"))
    assert doc["partners"][0]["name"] == 'Anna "Ännchen" Schmidt'
    assert "anna.toml" in proc.stdout
    assert "balance config --name" in proc.stderr  # a hint: the partner reads "me" otherwise

    # Again: the file exists, so nothing is written without --force.
    out.write_text("kept", encoding="utf-8")
    again = subprocess.run(proc.args, capture_output=True, text=True, check=False)
    assert again.returncode == 2
    assert again.stderr.splitlines()[-1] == (
        f"balance: output: {out} exists; add --force to overwrite it"
    )
    assert out.read_text(encoding="utf-8") == "kept"
    forced = subprocess.run([*proc.args, "--force"], capture_output=True, text=True, check=False)
    assert forced.returncode == 0, forced.stderr
    assert tomllib.loads(out.read_text(encoding="utf-8"))["me"] == "me"


def test_cli_export_md_from_the_file_name(svc: Service, tmp_path: Path) -> None:
    svc.set_owner("Petra Vogel")
    out = tmp_path / "für anna.md"
    base = [sys.executable, "-m", "balance", "--db", str(svc.store.path), "export"]
    args = [*base, "--network", "gewerbe", "--partner", "anna", "-o", str(out)]
    proc = subprocess.run(args, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # a name is set: no tip
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Partner Balance: Gewerbeverein")
    assert '## Petra Vogel and Anna "Ännchen" Schmidt' in text
    for private in ("Gäste", "secret-anna-note", "geheimtag", "Bäckerei-Geheim"):
        assert private not in text
    bad = subprocess.run([*base, "--network", "gewerbe", "--format", "pdf"],
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert bad.returncode == 2 and "--format" in bad.stderr and "md" in bad.stderr


# --- CSV import ----------------------------------------------------------------


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
