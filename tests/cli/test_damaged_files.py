"""Damaged files x the main commands: exit 3 with one line naming the file, never a
traceback, never a write; a write to another, healthy month still works.

The table is run through `tests/cli/driver.py`: one process calls the `balance`
entry point for every run (a few hundred), as the command line would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from balance.core.forms import LogForm
from balance.service.api import Service
from tests.cli.support import ok
from tests.conftest import Db, Runner

DRIVER = Path(__file__).with_name("driver.py")
TODAY = date.today()
MONTH = f"{TODAY:%Y-%m}"
NET = "Gewerbeverein Hünfelden"
Doc = dict[str, Any]


def row(**changes: Any) -> Callable[[Doc], None]:
    """Damage: the first contribution of this month's file gets these fields (None: removed)."""

    def apply(data: Doc) -> None:
        doc = next(iter(data["contributions"].values()))
        for key, value in changes.items():
            if value is None:
                doc.pop(key, None)
            else:
                doc[key] = value

    return apply


def first(table: str, **changes: Any) -> Callable[[Doc], None]:
    def apply(data: Doc) -> None:
        next(iter(data[table].values())).update(changes)

    return apply


def meta(schema: Any) -> Callable[[Doc], None]:
    def apply(data: Doc) -> None:
        data["_meta"] = {"1": {"schema": schema}}

    return apply


def replaced(doc: Any) -> Callable[[Doc], None]:
    def apply(data: Doc) -> None:
        key = next(iter(data["contributions"]))
        data["contributions"][key] = doc

    return apply


# name -> (file, damage); "month" is this month's contribution file, "main" balance.json.
MONTH_DAMAGE: dict[str, Callable[[Doc], None]] = {
    "negative minutes": row(minutes=-5),
    "minutes as text": row(minutes="90"),
    "minutes fractional": row(minutes=1.5),
    "minutes true": row(minutes=True),
    "minutes beyond a year": row(minutes=10**9),
    "energy 99": row(energy=99),
    "energy negative": row(energy=-1),
    "by xyz": row(by="xyz"),
    "by partner without partner": row(by="partner", partner=None),
    "money NaN": row(money="NaN"),
    "money Infinity": row(money="Infinity"),
    "money negative": row(money="-3"),
    "money a float": row(money=25.5),
    "money words": row(money="five"),
    "money too much": row(money="1e12"),
    "date impossible": row(date="2026-13-45"),
    "date German": row(date="27.11.2026"),
    "date in another month": row(date=(TODAY - timedelta(days=62)).isoformat()),
    "date null": row(date=None),
    "no id": row(id=None),
    "id a number": row(id=5),
    "what empty": row(what=""),
    "no what": row(what=None),
    "nothing given": row(minutes=0, money="0", energy=0),
    "tags text": row(tags="abc"),
    "tag a number": row(tags=[1]),
    "private yes": row(private="yes"),
    "note too long": row(note="x" * 20_000),
    "network null": row(network=None),
    "row a list": replaced([1, 2]),
    "row a string": replaced("oops"),
    "schema 0": meta(0),
    "schema newer": meta(99),
    "schema text": meta("1"),
    "table a list": lambda data: data.update(contributions=[1]),
}
MAIN_DAMAGE: dict[str, Callable[[Doc], None]] = {
    "main schema 0": meta(0),
    "main schema text": meta("x"),
    "main schema newer": meta(7),
    "network name empty": first("networks", name=""),
    "network currency": first("networks", currency="euro"),
    "network kind": first("networks", kind="weird"),
    "network lean NaN": first("networks", lean_ratio="NaN"),
    "network weights": first("networks", weights=["a"]),
    "network review days text": first("networks", review_days="90"),
    "partner name a number": first("partners", name=5),
    "partner added": first("partners", added="soon"),
    "talk without notes": first("conversations", notes=""),
    "network archived yes": first("networks", archived="yes"),
    "partner archived 1": first("partners", archived=1),
    "partner networks text": first("partners", networks="abc"),
}


def commands(csv: Path) -> dict[str, list[str]]:
    return {
        "check": ["check"],
        "list": ["list", "--network", "gewerbe"],
        "log": ["log", "--network", "gewerbe", "--time", "1h", "--what", "new"],
        "export": ["export", "--network", "gewerbe"],
        "import": ["import", str(csv)],
    }


def build(root: Path) -> Path:
    db = root / "balance.json"
    svc = Service.open(db)
    svc.add_network(NET)
    svc.add_partner("Anna Schmidt", [NET])
    svc.log(LogForm(network="gewerbe", partner="anna", time="1h30m", what="Stammtisch"))
    svc.log(LogForm(network="gewerbe", partner="anna", money="25,50", what="Flyer"))
    svc.talk(svc.network("gewerbe"), None, "talked it over")
    return db


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """Every damage x every command, run once through the driver."""
    base = tmp_path_factory.mktemp("damage")
    good = build(base / "good").parent
    csv = base / "rows.csv"
    csv.write_text(f"network;date;time;what\n{NET};{TODAY:%d.%m.%Y};1h;imported\n")
    runs: list[dict[str, Any]] = []
    names: list[str] = []
    for name, damage in [*MONTH_DAMAGE.items(), *MAIN_DAMAGE.items()]:
        root = base / name.replace(" ", "-")
        shutil.copytree(good, root)
        target = (
            root / "balance.json"
            if name in MAIN_DAMAGE
            else root / "balance.contributions" / f"{MONTH}.json"
        )
        data = json.loads(target.read_text())
        damage(data)
        target.write_text(json.dumps(data))
        for argv in commands(csv).values():
            runs.append({"argv": ["--db", str(root / "balance.json"), *argv], "root": str(root)})
            names.append(name)
    spec = base / "runs.json"
    spec.write_text(json.dumps(runs))
    proc = subprocess.run(
        [sys.executable, str(DRIVER), str(spec)], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    out: dict[str, list[dict[str, Any]]] = {}
    for name, spec_run, result in zip(names, runs, results, strict=True):
        result["target"] = (
            "balance.json" if name in MAIN_DAMAGE else f"balance.contributions/{MONTH}.json"
        )
        result["command"] = spec_run["argv"][2]
        out.setdefault(name, []).append(result)
    return out


@pytest.mark.parametrize("name", [*MONTH_DAMAGE, *MAIN_DAMAGE])
def test_a_damaged_file_is_one_line_exit_3_and_never_written(
    table: dict[str, list[dict[str, Any]]], name: str
) -> None:
    results = table[name]
    assert len(results) == 5
    first_files = None
    for r in results:
        where = f"{name} / {r['command']}: {r['code']} {r['out']!r} {r['err']!r}"
        assert "Traceback" not in r["err"], where
        assert r["code"] == 3, where
        assert r["out"] == "" and r["err"].count("\n") == 1, where
        assert r["target"] in r["err"], where  # the error names the damaged file
        first_files = first_files or r["files"]
        assert r["files"] == first_files, where  # nothing written by any command


def test_a_damaged_entry_is_named_and_the_file_keeps_its_bytes(
    tmp_path: Path, run: Runner, db: Db
) -> None:
    path = build(tmp_path)
    month = tmp_path / "balance.contributions" / f"{MONTH}.json"
    data = json.loads(month.read_text())
    bad = next(iter(data["contributions"].values()))
    bad["energy"] = 99
    month.write_text(json.dumps(data))
    damaged = month.read_bytes()
    result = run("list", "--network", "gewerbe", db=Db(path, db.env))
    assert result.code == 3
    assert bad["id"] in result.err and "energy" in result.err and str(month) in result.err
    # A write to another month still works, and leaves the damaged one alone.
    last_month = (TODAY.replace(day=1) - timedelta(days=1)).strftime("%d.%m.%Y")
    for i in range(7):  # more than the backups kept: none of them may take the damage
        args = (
            "log",
            "--network",
            "gewerbe",
            "--time",
            "5m",
            "--date",
            last_month,
            "--what",
            f"w{i}",
        )
        ok(run(*args, db=Db(path, db.env)))
    refused = run(
        "log", "--network", "gewerbe", "--time", "5m", "--what", "today", db=Db(path, db.env)
    )
    assert refused.code == 3 and str(month) in refused.err
    assert month.read_bytes() == damaged
    backups = sorted((tmp_path / "balance.backups").glob(f"{MONTH}.json.*"))
    assert backups
    for b in backups:
        docs = json.loads(b.read_bytes())["contributions"].values()
        assert all(d["energy"] != 99 for d in docs), b
