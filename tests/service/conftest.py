"""Fixtures of this folder's tests (a test file's own `svc` comes first)."""

from tests.service.support import svc  # noqa: F401
