"""Count the instructions of the CLI rows of `run.py`, with valgrind's callgrind.

    python benchmarks/instructions.py                  # 10k and 100k
    python benchmarks/instructions.py --sizes 10000

Wall time on a shared machine swings by a third within a day; an instruction count
is the same on a busy machine and a quiet one, for the same code, Python and data.
So a change is judged here (before and after, one command each), and `run.py` says
how the result feels. Each command runs once to warm the cache, then once counted;
`check after log` is counted cold, right after the counted `log`.
The TUI rows and `import` are left out: under valgrind they take minutes.
Needs valgrind (Debian: `apt install valgrind`). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

from run import commands, compiled, logged_copy, prepared

COUNTED = ["log", "check after log", "python + libraries", "check",
           "check all, one network", "check all, all networks", "export"]  # fmt: skip
#: Counted cold: its point is the month the `log` before it changed.
UNWARMED = {"check after log"}


def counted(cmd: list[str]) -> int:
    """The instructions one whole process runs (callgrind's 'refs')."""
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    found = re.search(r"refs:\s+([\d,]+)", proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--work", type=Path, default=Path("/tmp/balance-bench"))
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    args.work.mkdir(parents=True, exist_ok=True)
    compiled()
    lines = ["| operation | contributions | million instructions |", "|---|---:|---:|"]
    for size in args.sizes:
        db = prepared(args.work, size)
        logged_copy(db, size, args.work)
        for name, cmd in commands(db, size, args.work).items():
            if name not in COUNTED or cmd is None:
                continue
            if name not in UNWARMED:
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            count = counted(cmd)
            lines.append(f"| {name} | {size:,} | {count / 1e6:,.0f} |")
            print(f"  {name:<24} {size:>7,}  {count / 1e6:8,.0f} M", file=sys.stderr)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
