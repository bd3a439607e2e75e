"""Fixtures of this folder's tests."""

from tests.tui.app.support import svc  # noqa: F401
