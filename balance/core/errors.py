"""The two errors bad input raises: one field, or every wrong field of a form.

A module of their own, so every command can catch them without loading the forms
or the model's value classes first (the CLI's start, issue 15).
"""

from __future__ import annotations

from collections.abc import Sequence


class ValidationError(ValueError):
    """Bad input, named by the field it came from, so errors can say which."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


class FormErrors(ValueError):
    """All the fields of a form that are wrong, so a form can mark each one."""

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = tuple(errors)

    @property
    def first(self) -> ValidationError:
        return self.errors[0]
