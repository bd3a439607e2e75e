"""The user's preferences (language, theme): one small TOML file in the config folder.

Kept apart from the data: a preference follows the person, not the database,
and `balance demo` on a fresh copy keeps the language chosen. The file is read
only when it exists (no TOML parser import otherwise), written atomically, and
a damaged one is never overwritten: it is reported and ignored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from balance.locale import _
from balance.store.errors import StoreError
from balance.store.files import write_atomic

APP_NAME = "balance"


@dataclass(frozen=True)
class Prefs:
    """What was chosen; None where nothing was."""

    lang: str | None = None
    theme: str | None = None


def prefs_path() -> Path:
    """`BALANCE_CONFIG`, else config.toml in the user's config folder (platformdirs)."""
    env = os.environ.get("BALANCE_CONFIG")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "config.toml"


def _parsed(raw: bytes) -> Prefs:
    """The preferences in a file's bytes; raises UnicodeDecodeError or TOMLDecodeError."""
    import tomllib

    data = tomllib.loads(raw.decode("utf-8"))
    return Prefs(
        lang=data["lang"] if isinstance(data.get("lang"), str) else None,
        theme=data["theme"] if isinstance(data.get("theme"), str) else None,
    )


def read_prefs(path: Path | None = None) -> Prefs:
    """The preferences in the file; none when there is no file or it cannot be read."""
    try:
        return _parsed((path or prefs_path()).read_bytes())
    except (OSError, ValueError):  # TOMLDecodeError and UnicodeDecodeError are ValueErrors
        return Prefs()


def save_prefs(path: Path | None = None, **changes: str | None) -> Prefs:
    """Write the preferences with `changes` applied; a file that is not TOML is left alone."""
    path = path or prefs_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raw = b""
    try:
        current = _parsed(raw)
    except ValueError as exc:
        raise StoreError(
            _("{file} is not valid TOML ({problem}); fix or remove it").format(
                file=path, problem=exc
            )
        ) from None
    prefs = replace(current, **changes)
    import tomli_w

    values = {k: v for k, v in (("lang", prefs.lang), ("theme", prefs.theme)) if v}
    write_atomic(path, tomli_w.dumps(values).encode("utf-8"), None)
    return prefs
