"""Exit codes and JSON output, shared by the parser and the commands."""

from __future__ import annotations

import sys
from typing import Any

EXIT_BAD_INPUT = 2
EXIT_STORE = 3


def print_json(data: Any) -> None:
    import json  # not on the log path

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
