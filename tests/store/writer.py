"""A helper process for the store tests: logs N contributions, printing each id once stored.

Run as `python tests/writer.py DB LABEL N`; used by the concurrency and crash tests.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from balance.core.forms import LogForm
from balance.service.api import Service


def main() -> None:
    db, label, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    svc = Service.open(db)
    for i in range(count):
        day = date.today() - timedelta(days=i % 90)
        c = svc.log(
            LogForm(
                network="Gewerbeverein Hünfelden",
                partner="Anna",
                time=f"{i % 50 + 1}m",
                money=f"{i},50",
                date=day.isoformat(),
                what=f"{label}-{i}",
            )
        )
        # Printed only after log() returned: the write is durable from here on.
        print(c.what, flush=True)


if __name__ == "__main__":
    main()
