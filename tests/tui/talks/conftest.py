"""Fixtures of this folder's tests."""

from tests.tui.talks.support import svc  # noqa: F401
