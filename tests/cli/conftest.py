"""Fixtures of this folder's tests."""

from tests.cli.support import checks, listing, world  # noqa: F401
