"""`balance import` on a terminal: the progress line is rewritten in place."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.conftest import Db


def _on_a_terminal(db: Db, *args: str) -> tuple[int, str, str]:
    """Run balance with stderr on a pseudo-terminal (as a person sees it), stdout piped."""
    main, side = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "balance", "--db", str(db.path), *args],
        stdout=subprocess.PIPE,
        stderr=side,
        stdin=subprocess.DEVNULL,
        env=db.env,
    )
    os.close(side)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    out = proc.stdout.read() if proc.stdout else b""
    os.close(main)
    return proc.wait(timeout=60), out.decode(), seen.decode()


def test_the_progress_line_is_rewritten_in_place(tmp_path: Path, db: Db) -> None:
    csv = tmp_path / "rows.csv"
    rows = [
        f"Netz;Partnerin {i % 7};me;01.{i % 12 + 1:02d}.2025;1h;;;Zeile {i}" for i in range(2500)
    ]
    csv.write_text("network;partner;by;date;time;money;energy;what\n" + "\n".join(rows) + "\n")
    code, out, err = _on_a_terminal(db, "import", str(csv), "--create-missing")
    assert code == 0, err
    assert out.startswith("Imported 2,500 contributions")
    # Each report goes back to the start of the line (the terminal turns "\n" into "\r\n").
    assert "\rchecking rows: 1,000 of 2,500\rchecking rows: 2,000 of 2,500" in err
    assert err.endswith("\rchecking rows: 2,500 of 2,500\r\n")
    assert "\\u000d" not in err
