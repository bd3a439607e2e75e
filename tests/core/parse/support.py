"""What the parts of the former test_parse.py share.

Tests for balance.parse: every accepted form, every refused form, and properties.

Refusals are checked for the field, for naming the accepted forms, and for
being one line, because that one line is what the CLI prints before exit 2.
"""

from __future__ import annotations

from datetime import date

import pytest

from balance.core.errors import ValidationError

TODAY = date(2026, 11, 28)
EUR_FORMS = "use 25.50, 25,50, 1.234,50, €25 or 25 EUR"


def refused(call, field: str, forms: str) -> ValidationError:
    """Run `call`, expect a ValidationError for `field` whose one-line message ends in `forms`."""
    with pytest.raises(ValidationError) as info:
        call()
    error = info.value
    assert error.field == field
    assert error.message.endswith(forms)
    assert "\n" not in str(error) and "\r" not in str(error)
    return error
