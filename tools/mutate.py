"""Mutation testing of balance/core with mutmut, by hand (slow; not in CI).

    python tools/mutate.py              # run mutmut (one worker), then the table
    python tools/mutate.py --report     # only the table of the last run
    python tools/mutate.py --survivors  # the table and the names of the living mutants
    python tools/mutate.py --alive      # run again only the mutants the last run left alive

The table says, per module of balance/core, how many of its mutants the tests
killed. A mutant counts as killed when a test failed on it, or when it ran into
the timeout (an endless loop is noticed too). "no tests" means no test in
tests/core or tests/service even calls the mutated function: it is alive.
The configuration lives in pyproject.toml, [tool.mutmut]; `mutmut show NAME`
prints the diff of one mutant, `mutmut browse` walks them.

mutmut keeps each verdict in mutants/ between runs: after adding tests, `--alive`
gives the survivors another chance; delete mutants/ for a clean run from scratch.

One worker (`--max-children 1`) by default, because the machines this runs on
are shared; `--max-children N` overrides it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants" / "balance" / "core"
#: mutmut's exit codes per mutant, as in mutmut.stats.status_by_exit_code.
KILLED = {1, 3, 36, 37, -24, 24, 152, 255}
SURVIVED = {0}
NO_TESTS = {5, 33}


@dataclass(frozen=True)
class ModuleScore:
    """The verdicts on one module's mutants."""

    module: str
    killed: int
    survived: int
    no_tests: int
    other: int

    @property
    def total(self) -> int:
        return self.killed + self.survived + self.no_tests + self.other

    @property
    def percent(self) -> float:
        return 100.0 * self.killed / self.total if self.total else 100.0


def verdict(code: int | None) -> str:
    """killed, survived, no_tests or other (not checked yet, skipped, suspicious)."""
    if code in KILLED:
        return "killed"
    if code in SURVIVED:
        return "survived"
    return "no_tests" if code in NO_TESTS else "other"


def scores(mutants: Path = MUTANTS) -> tuple[list[ModuleScore], list[str]]:
    """Scores per module from mutmut's .meta files, and the names of the living mutants."""
    out: list[ModuleScore] = []
    alive: list[str] = []
    for meta in sorted(mutants.rglob("*.py.meta")):
        codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        if not codes:
            continue
        count: Counter[str] = Counter()
        for name, code in codes.items():
            count[verdict(code)] += 1
            if verdict(code) != "killed":
                alive.append(name)
        module = meta.relative_to(mutants.parent.parent).as_posix().removesuffix(".py.meta")
        out.append(
            ModuleScore(
                module.replace("/", "."),
                count["killed"],
                count["survived"],
                count["no_tests"],
                count["other"],
            )
        )
    return out, sorted(alive)


def table(rows: list[ModuleScore]) -> str:
    """The per-module figures and the overall one, as plain text."""
    lines = [f"{'module':<32} {'killed':>7} {'alive':>6} {'no test':>8} {'other':>6} {'score':>7}"]
    for r in rows:
        lines.append(
            f"{r.module:<32} {r.killed:>7} {r.survived:>6} {r.no_tests:>8} {r.other:>6} "
            f"{r.percent:>6.1f}%"
        )
    total = ModuleScore(
        "overall",
        sum(r.killed for r in rows),
        sum(r.survived for r in rows),
        sum(r.no_tests for r in rows),
        sum(r.other for r in rows),
    )
    lines.append(
        f"{total.module:<32} {total.killed:>7} {total.survived:>6} {total.no_tests:>8} "
        f"{total.other:>6} {total.percent:>6.1f}%"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mutation testing of balance/core (mutmut).")
    parser.add_argument("--report", action="store_true", help="only show the last run's table")
    parser.add_argument("--survivors", action="store_true", help="also list the living mutants")
    parser.add_argument("--max-children", type=int, default=1, help="mutmut workers (default 1)")
    parser.add_argument("--alive", action="store_true", help="rerun only the living mutants")
    parser.add_argument("mutants", nargs="*", help="only these mutant names (mutmut globs)")
    args = parser.parse_args(argv)
    if not args.report:
        # mutmut keeps a verdict once given; naming mutants makes it test them again.
        names = [*args.mutants, *(scores()[1] if args.alive else [])]
        if args.alive and not names:
            print("No living mutants to run again.")
            return 0
        mutmut = Path(sys.executable).with_name("mutmut")
        if not mutmut.exists():
            print('no mutmut here: pip install -e ".[test,mutation]"', file=sys.stderr)
            return 2
        command = [str(mutmut), "run", "--max-children", str(args.max_children), *names]
        code = subprocess.run(command, cwd=ROOT, check=False).returncode
        if code != 0:
            print(f"mutmut run failed with exit code {code}", file=sys.stderr)
            return code
    rows, alive = scores()
    if not rows:
        print("No mutmut results yet: run python tools/mutate.py first.", file=sys.stderr)
        return 1
    print(table(rows))
    if args.survivors:
        print("\nalive (mutmut show NAME):")
        print("\n".join(f"  {name}" for name in alive))
    return 0


if __name__ == "__main__":
    sys.exit(main())
