"""The TOML and Markdown summaries, as a user would check them."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest

from balance.core.model import THREE_QUESTIONS
from balance.service.api import Service
from tests.service.support import TODAY


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
