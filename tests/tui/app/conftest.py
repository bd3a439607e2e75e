"""Fixtures of this folder's tests."""

from pathlib import Path

import pytest

from tests.tui.app.support import svc  # noqa: F401


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's config file (language, theme), in a temporary directory."""
    path = tmp_path / "config" / "config.toml"
    monkeypatch.setenv("BALANCE_CONFIG", str(path))
    return path
