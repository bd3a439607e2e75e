"""Time the operations people wait for, as whole processes, against the targets.

    python benchmarks/run.py                 # 1k, 10k and 100k
    python benchmarks/run.py --sizes 10000 --runs 7

Databases are generated once into --work (default /tmp/balance-bench) and
reused. The process rows run in --runs rounds of one run each (a slow minute
hits a whole round, not one row); the table shows the median, the spread
(min-max) and the peak memory of the slowest run, against the target.
Not part of the test suite: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
NETWORK = "Gewerbeverein Hünfelden 0"
# operation -> {size: target seconds} (issue 15's table; 1k has none: it shows the growth)
TARGETS = {
    "log": {10_000: 0.06, 100_000: 0.07},
    "check": {10_000: 0.10, 100_000: 0.15},
    "check all, one network": {10_000: 0.10, 100_000: 0.25},
    "check all, all networks": {10_000: 0.15, 100_000: 0.40},
    "export": {10_000: 0.12, 100_000: 0.25},
    "import": {10_000: 0.5, 100_000: 4.0},
    "tui start": {10_000: 0.6, 100_000: 0.9},
    "tui history": {10_000: 0.15, 100_000: 0.20},
    "tui briefing": {10_000: 0.15, 100_000: 0.20},
    "tui log form": {10_000: 0.15, 100_000: 0.20},
    "tui help": {10_000: 0.15, 100_000: 0.20},
}
MEMORY_LIMIT_KB = 150 * 1024
FLOOR = (
    "import argparse, dataclasses, datetime, decimal, enum, gettext, json, pathlib, re; "
    "import filelock, orjson, platformdirs.unix"
)


def timed(cmd: list[str], work: Path) -> tuple[float, int]:
    """Wall time and peak RSS (KB) of one whole process.

    The peak comes from GNU time's %M: a child's own ru_maxrss would also count
    the RSS of the (big) benchmark process it was forked from.
    """
    rss_file = work / "rss.txt"
    start = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "-o", str(rss_file), *cmd],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr.decode()}")
    return elapsed, int(rss_file.read_text().split()[-1])


def partner_of(db: Path) -> str:
    code = (
        "import sys; from balance.service.api import Service; svc = Service.open(sys.argv[1]); "
        f"print(svc.partners_of(svc.network({NETWORK!r}))[0].name)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True)
    return out.stdout.strip()


def commands(db: Path, size: int, work: Path) -> dict[str, list[str] | None]:
    """The process rows of one size. `log` writes into a copy of the database (made by
    `logged_copy`), so the check rows read a cache as warm as between two meetings;
    `check after log` is the check that follows a log on that copy (this month's file
    changed, so its rows are read and checked again)."""
    py = sys.executable
    balance = [py, "-m", "balance", "--db", str(db)]
    logged = [py, "-m", "balance", "--db", str(log_db(work, size))]
    tui = HERE / "tui_start.py"
    return {
        "log": [
            *logged,
            "log",
            "--network",
            NETWORK,
            "--partner",
            partner_of(db),
            "--time",
            "30m",
            "--money",
            "2,50",
            "--what",
            "benchmark",
        ],
        "check after log": [*logged, "check"],
        # Not ours: Python and the libraries the log path needs, imported and nothing
        # else. What `log` costs above this row is balance's own code.
        "python + libraries": [py, "-c", FLOOR],
        "check": [*balance, "check"],
        "check all, one network": [*balance, "check", "--network", NETWORK, "--window", "all"],
        "check all, all networks": [*balance, "check", "--window", "all"],
        "export": [
            *balance,
            *("export", "--network", NETWORK, "--force", "-o", str(work / "out.md")),
        ],
        "tui start": [py, str(tui), str(db)] if tui.exists() else None,
        "import": None,  # built per run: it needs an empty database each time
    }


def log_db(work: Path, size: int) -> Path:
    """Where the `log` row's copy of the database lives."""
    return work / f"log-{size}" / "balance.json"


def logged_copy(db: Path, size: int, work: Path) -> None:
    """A fresh copy of the database for the `log` row, with its cache warm: the cache
    is keyed on each file's inode too, so a copy's first check builds it anew."""
    copy = log_db(work, size)
    shutil.rmtree(copy.parent, ignore_errors=True)
    shutil.copytree(db.parent, copy.parent, symlinks=True)
    for window in ("6m", "all"):
        cmd = [sys.executable, "-m", "balance", "--db", str(copy), "check", "--window", window]
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


def prepared(work: Path, size: int) -> Path:
    """The synthetic database of `size` contributions, generated the first time."""
    db = work / f"{size}" / "balance.json"
    if not db.exists():
        print(f"generating {size:,} contributions ...", file=sys.stderr)
        # In a child process, so this process stays small.
        subprocess.run(
            [
                sys.executable,
                str(HERE / "generate.py"),
                "--size",
                str(size),
                "--out",
                str(db.parent),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return db


def compiled() -> None:
    """Byte-compile the package first, as a wheel install does: an editable checkout
    under PYTHONDONTWRITEBYTECODE would otherwise recompile every module per run."""
    import balance

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(balance.__file__).parent)], check=True
    )


def run(sizes: list[int], runs: int, work: Path) -> list[tuple[str, int, list[float], int]]:
    """Every process row once per round, `runs` rounds: a slow minute of a shared
    machine then hits every row of its round alike, not the five runs of one row."""
    results = []
    for size in sizes:
        folder = work / f"{size}"
        db = prepared(work, size)
        logged_copy(db, size, work)
        rows = commands(db, size, work)
        for cmd in rows.values():  # warm: every cache built, every file in the page cache
            if cmd is not None:
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times: dict[str, list[float]] = {n: [] for n, c in rows.items() if c or n == "import"}
        peaks = dict.fromkeys(times, 0)
        for i in range(runs):
            for name in times:
                cmd = rows[name] or _import_cmd(work, folder, size, i)
                t, rss = timed(cmd, work)
                times[name].append(t)
                peaks[name] = max(peaks[name], rss)
            print(f"  {size:>7,}: round {i + 1} of {runs}", file=sys.stderr)
        results += [(name, size, times[name], peaks[name]) for name in times]
        results.extend(tui_screens(db, size, runs))
    return results


def _import_cmd(work: Path, folder: Path, size: int, i: int) -> list[str]:
    """The import row's command: into a new, empty database each run."""
    target = work / f"import-{size}-{i}"
    shutil.rmtree(target, ignore_errors=True)
    return [
        sys.executable,
        *("-m", "balance", "--db", str(target / "b.json")),
        *("import", str(folder / "import.csv"), "--create-missing"),
    ]


def tui_screens(db: Path, size: int, runs: int) -> list[tuple[str, int, list[float], int]]:
    """The TUI rows: each screen opened `runs` times with Pilot, in one headless app."""
    out = subprocess.run(
        [sys.executable, str(HERE / "tui_open.py"), str(db), "--runs", str(runs)],
        capture_output=True,
        text=True,
        check=True,
    )
    times = json.loads(out.stdout.strip().splitlines()[-1])["all"]
    return [(f"tui {name}", size, spans, 0) for name, spans in times.items()]


def table(results: list[tuple[str, int, list[float], int]]) -> str:
    lines = [
        "| operation | contributions | median | spread (min-max) | target | peak memory | ok |",
        "|---|---:|---:|---:|---:|---:|:---:|",
    ]
    for name, size, times, peak in results:
        med = statistics.median(times)
        target = TARGETS.get(name, {}).get(size)
        ok = (target is None or med <= target) and peak <= MEMORY_LIMIT_KB
        spread = f"{min(times) * 1000:.0f}-{max(times) * 1000:.0f} ms"
        goal = f"{target * 1000:.0f} ms" if target else "—"
        memory = f"{peak / 1024:.0f} MB" if peak else "—"
        verdict = "—" if target is None else ok_word(ok)
        lines.append(
            f"| {name} | {size:,} | {med * 1000:.0f} ms | {spread} | {goal} | "
            f"{memory} | {verdict} |"
        )
    return "\n".join(lines)


def ok_word(ok: bool) -> str:
    return "yes" if ok else "NO"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", type=Path, default=Path("/tmp/balance-bench"))
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    compiled()
    print(table(run(args.sizes, args.runs, args.work)))


if __name__ == "__main__":
    main()
