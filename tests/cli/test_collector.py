"""A command runs without the cyclic garbage collector (it lives a fraction of a
second), and gives it back as it found it to whoever called it in-process."""

from __future__ import annotations

import contextlib
import gc
import io
from pathlib import Path

import pytest

from balance.cli.main import main


@pytest.mark.parametrize(
    "argv",
    [
        ["network", "add", "Gewerbeverein Hünfelden"],
        ["log", "--network", "nowhere", "--what", "x"],  # bad input: exit 2
    ],
)
def test_a_command_hands_the_collector_back(tmp_path: Path, argv: list[str]) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(["--db", str(tmp_path / "b.json"), *argv])
    assert code == (0 if argv[0] == "network" else 2)
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off(tmp_path: Path) -> None:
    gc.disable()
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            main(["--db", str(tmp_path / "b.json"), "network", "add", "Verein"])
        assert not gc.isenabled()
    finally:
        gc.enable()
