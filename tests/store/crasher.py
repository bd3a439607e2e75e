"""A crash harness for the journal tests: kill an operation at every os.replace / os.fsync.

    python crasher.py BASE WORK FUNC OP [ARG]

For N = 1, 2, ...: BASE (a database folder) is copied to WORK/N, and a forked
child does OP on the copy with `os.FUNC` patched to SIGKILL the child at its
N-th call (before the call happens). The harness stops at the first N the
operation lives through, and prints one line per run: `N killed` or `N done`.
Forking after the imports keeps each run a few milliseconds.

OPs: `import CSV` (with --create-missing), `edit ID` (moves the entry to
2026-05-01 and renames it "moved"), `merge NAME` (the partner NAME into
"Anna Schmidt"), `undo`.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from balance.service.api import Service

DB = "balance.json"


def operation(db: Path, op: str, arg: str) -> None:
    svc = Service.open(db)
    if op == "import":
        svc.import_csv(Path(arg), create_missing=True)
    elif op == "edit":
        old = svc.store.find_contribution(arg)
        svc.store.replace_contribution(replace(old, date=date(2026, 5, 1), what="moved"))
    elif op == "merge":
        svc.merge_partners(arg, "Anna Schmidt")
    elif op == "undo":
        svc.store.undo()
    else:
        raise SystemExit(f"unknown operation {op}")


def run_once(db: Path, func: str, n: int, op: str, arg: str) -> bool:
    """True if the child was killed, False if the operation finished."""
    pid = os.fork()
    if pid == 0:  # the child: die at the n-th call
        real = getattr(os, func)
        calls = 0

        def deadly(*args: object, **kwargs: object) -> object:
            nonlocal calls
            calls += 1
            if calls == n:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        setattr(os, func, deadly)
        try:
            operation(db, op, arg)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent as exit 1
            print(f"child error: {exc!r}", file=sys.stderr, flush=True)
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return True
    if os.WEXITSTATUS(status) != 0:
        raise SystemExit(f"run {n}: the operation failed")
    return False


def main() -> None:
    base, work, func, op = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    arg = sys.argv[5] if len(sys.argv) > 5 else ""
    n = 0
    while True:
        n += 1
        target = work / str(n)
        shutil.copytree(base, target)
        killed = run_once(target / DB, func, n, op, arg)
        print(f"{n} {'killed' if killed else 'done'}", flush=True)
        if not killed or n > 500:
            return


if __name__ == "__main__":
    main()
