"""Shared fixtures: an isolated user environment, a database path, and a CLI runner.

Nothing a test does may touch the real user's data: every test runs with
`BALANCE_DB` unset and `HOME` / the XDG directories pointing into a temporary
directory, and the `balance` subprocesses get the same isolated environment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from balance.locale import use

DB_NAME = "balance.json"


def isolated_env(home: Path) -> dict[str, str]:
    """os.environ without BALANCE_DB, with HOME and the XDG directories under `home`."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("BALANCE_", "XDG_", "LC_")) and k not in ("LANG", "LANGUAGE")
    }
    env.update(
        LANG="C.UTF-8",  # English unless a test asks for German: the machine's locale is not ours
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        COLUMNS="100",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


@dataclass(frozen=True)
class Db:
    """A database location for a test: `path` is the main .json, `env` the isolated environment.

    The database files live in `path.parent` (`root`), which holds nothing else.
    """

    path: Path
    env: dict[str, str]

    @property
    def root(self) -> Path:
        return self.path.parent

    def copy_to(self, target: Path) -> Db:
        """A writable copy of every file of this database, in `target` (must not exist)."""
        shutil.copytree(self.root, target, symlinks=True)
        return Db(target / self.path.name, self.env)


@pytest.fixture(scope="session")
def make_db(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Db]:
    """A factory for a fresh, empty database location (usable from module-scoped fixtures)."""

    def make(name: str = "db") -> Db:
        base = tmp_path_factory.mktemp(name)
        home = base / "home"
        home.mkdir()
        root = base / "data"
        root.mkdir()
        return Db(root / DB_NAME, isolated_env(home))

    return make


@pytest.fixture
def db(make_db: Callable[[str], Db]) -> Db:
    """A fresh, not yet existing database path with an isolated environment."""
    return make_db("db")


@dataclass(frozen=True)
class Result:
    """What a `balance` process did: exit code, stdout and stderr as text."""

    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def __str__(self) -> str:  # shown by pytest when an assertion about a Result fails
        command = " ".join(self.args)
        return f"balance {command} -> {self.code}\nstdout:\n{self.out}\nstderr:\n{self.err}"


Runner = Callable[..., Result]


@pytest.fixture(scope="session")
def run() -> Runner:
    """Run `python -m balance [--db PATH] ARGS...` in a subprocess.

    `run(*args, db=Db|None, env=dict|None, use_db_option=True, timeout=60)`.
    With a `db`, `--db PATH` is passed (unless `use_db_option` is false) and
    its isolated environment is used; `env` overrides the environment.
    """

    def _run(
        *args: str,
        db: Db | None = None,
        env: dict[str, str] | None = None,
        use_db_option: bool = True,
        timeout: float = 60,
    ) -> Result:
        argv = [str(a) for a in args]
        if db is not None and use_db_option:
            argv = ["--db", str(db.path), *argv]
        if env is None:
            env = db.env if db is not None else isolated_env(Path(os.environ["HOME"]))
        proc = subprocess.run(
            [sys.executable, "-m", "balance", *argv],
            capture_output=True,
            env=env,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
        return Result(
            tuple(argv),
            proc.returncode,
            proc.stdout.decode("utf-8"),
            proc.stderr.decode("utf-8"),
        )

    return _run


@pytest.fixture(autouse=True)
def _isolate_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Every test: no BALANCE_DB, HOME / XDG directories in a temporary directory, English."""
    home = tmp_path_factory.getbasetemp() / "home"
    home.mkdir(exist_ok=True)
    for key in [
        k
        for k in os.environ
        if k.startswith(("BALANCE_", "XDG_", "LC_")) or k in ("LANG", "LANGUAGE")
    ]:
        monkeypatch.delenv(key)
    for key, value in isolated_env(home).items():
        if key in ("HOME", "LANG") or key.startswith("XDG_"):
            monkeypatch.setenv(key, value)
    use("en")
    yield
    use("en")  # a test that spoke German leaves English behind
