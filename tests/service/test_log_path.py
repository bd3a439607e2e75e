"""`balance log` reads the directory once, yet never saves against a stale one."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from balance.core.errors import FormErrors
from balance.core.forms import LogForm
from balance.service.api import Service
from balance.store.db import Store

TODAY = date(2026, 11, 28)


@pytest.fixture
def svc(tmp_path: Path) -> Service:
    s = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    s.add_network("Gewerbeverein Hünfelden")
    s.add_partner("Anna Schmidt", ["gewerbe"])
    return s


def test_an_unchanged_file_is_read_once(svc: Service) -> None:
    assert svc.store.directory() is svc.store.directory()


def test_a_write_by_another_process_is_seen(svc: Service, tmp_path: Path) -> None:
    before = svc.store.directory()
    other = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    other.rename_partner("Anna Schmidt", "Anna Schmidt-Weber")
    assert [p.name for p in svc.store.directory().partners] == ["Anna Schmidt-Weber"]
    assert [p.name for p in before.partners] == ["Anna Schmidt"]


def _writes_while_waiting(svc: Service, tmp_path: Path, change: str) -> None:
    """Another process changes the directory between the check and the lock."""
    taken = svc.store.locked
    done: list[bool] = []

    @contextlib.contextmanager
    def late() -> Iterator[None]:
        if done:  # the store's own nested locking
            with taken():
                yield
            return
        done.append(True)
        other = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
        if change == "rename":
            other.rename_partner("Anna Schmidt", "Anna Weber")
        else:
            other.archive_network("gewerbe")
            other.rename_network("Gewerbeverein Hünfelden", "Alter Verein")
        with taken():
            yield

    svc.store.locked = late  # type: ignore[method-assign]


def test_the_sentence_names_the_partner_as_saved(svc: Service, tmp_path: Path) -> None:
    _writes_while_waiting(svc, tmp_path, "rename")
    logged = svc.logged(LogForm(network="gewerbe", partner="anna", time="1h", what="Stammtisch"))
    assert logged.partner_name == "Anna Weber"
    assert logged.network.name == "Gewerbeverein Hünfelden"


def test_an_entry_is_checked_again_when_its_network_went_meanwhile(
    svc: Service, tmp_path: Path
) -> None:
    _writes_while_waiting(svc, tmp_path, "gone")
    with pytest.raises(FormErrors) as err:
        svc.logged(LogForm(network="gewerbe", partner="anna", time="1h", what="Stammtisch"))
    assert err.value.first.field == "network"
    assert Store(tmp_path / "b.json").contributions() == []


LOADED = """
import sys
from balance.launch import main
code = main(["--db", sys.argv[1], "log", "--network", "gewerbe", "--time", "30", "--what", "x"])
heavy = ("balance.core.ledger", "balance.service.api", "balance.service.reports",
         "balance.core.parse.csvrows", "balance.cli.commands", "fractions", "dateutil")
print(code, sorted(m for m in heavy if m in sys.modules))
"""


def test_the_log_command_loads_no_report_code(svc: Service, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", LOADED, str(tmp_path / "b.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    said, loaded = out.stdout.strip().splitlines()
    assert said.startswith("Logged: You gave 30m") and loaded == "0 []", out.stderr
    assert len(Store(tmp_path / "b.json").contributions()) == 1


CHECKED = """
import sys
from balance.launch import main
code = main(["--db", sys.argv[1], "check", "--network", "gewerbe"])
heavy = ("filelock", "balance.service.api", "balance.service.talks", "balance.service.transfer",
         "balance.core.parse.csvrows", "balance.cli.commands", "balance.core.forms", "textual")
print(code, sorted(m for m in heavy if m in sys.modules))
"""


def test_the_check_command_loads_only_report_code(svc: Service, tmp_path: Path) -> None:
    """A read takes no lock when nothing is left to settle, so not even filelock loads."""
    svc.logged(LogForm(network="gewerbe", partner="anna", time="1h", what="Stammtisch"))
    out = subprocess.run(
        [sys.executable, "-c", CHECKED, str(tmp_path / "b.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = out.stdout.strip().splitlines()
    assert "Anna Schmidt" in out.stdout and lines[-1] == "0 []", out.stderr
