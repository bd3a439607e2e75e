"""Many CLI runs in one process: `python driver.py RUNS.json` prints their results as JSON.

RUNS.json is a list of {"argv": [...], "root": folder}. Each run calls the
`balance` entry point (`balance.launch.main`) as the command line would, with
its own stdout and stderr; an exception that escapes it is reported as the
traceback the user would see (exit 1). After each run the bytes of every file
under "root" are hashed, so a test can prove that nothing was written.

One process for hundreds of runs of a table-driven test, instead of one
interpreter start each.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sys
import traceback
from pathlib import Path

from balance.launch import main


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not is_cache(p)
    }


def is_cache(path: Path) -> bool:
    """The month totals beside the data: derived from it, rebuilt at will, not the data."""
    return any(part.endswith(".cache") for part in path.parts)


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001 - what the user would see
            traceback.print_exc()
            code = 1
    return code, out.getvalue(), err.getvalue()


def main_() -> None:
    runs = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    results = []
    for spec in runs:
        code, out, err = run(spec["argv"])
        results.append(
            {"code": code, "out": out, "err": err, "files": snapshot(Path(spec["root"]))}
        )
    sys.stdout.write(json.dumps(results))


if __name__ == "__main__":
    main_()
