"""Where the database lives when nobody says."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "balance"


def default_db_path() -> Path:
    """`BALANCE_DB`, else the user's data directory (platformdirs)."""
    env = os.environ.get("BALANCE_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "balance.json"
