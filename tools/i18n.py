"""Keep the catalogs in step with the code: extract, update, fill English, compile.

    python tools/i18n.py      # after changing or adding a user-visible string

The steps are Babel's (`pybabel extract -F babel.cfg`, `pybabel update`,
`pybabel compile`); English is the source language, so its catalog is filled
with the source strings (kept complete for the tests). German is translated by
hand in `balance/locale/de/LC_MESSAGES/balance.po`; new strings arrive there
empty (and fail the catalog test) until they are translated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "balance" / "locale"
POT = LOCALE / "balance.pot"
KEYWORDS = ["-k", "_", "-k", "N_", "-k", "ngettext:1,2"]


def pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


def extract() -> None:
    pybabel(
        "extract", "-F", "babel.cfg", *KEYWORDS, "--no-wrap", "--sort-by-file",
        "--no-location", "--project", "partner-balance", "-o", str(POT), "balance",
    )  # fmt: skip


def update() -> None:
    for lang in ("en", "de"):
        po = LOCALE / lang / "LC_MESSAGES" / "balance.po"
        if not po.exists():
            pybabel("init", "-i", str(POT), "-d", str(LOCALE), "-D", "balance", "-l", lang)
        pybabel(
            "update", "-i", str(POT), "-d", str(LOCALE), "-D", "balance", "-l", lang,
            "--no-wrap", "--no-fuzzy-matching", "--ignore-obsolete",
        )  # fmt: skip
    fill_english()


def fill_english() -> None:
    from babel.messages.pofile import read_po, write_po

    po = LOCALE / "en" / "LC_MESSAGES" / "balance.po"
    with po.open("rb") as fh:
        catalog = read_po(fh, locale="en")
    for message in catalog:
        if message.id and not message.string or message.string == ("", ""):
            message.string = message.id
    with po.open("wb") as fh:
        write_po(fh, catalog, width=0, no_location=True)


def compile_all() -> None:
    pybabel("compile", "-d", str(LOCALE), "-D", "balance", "--use-fuzzy")


def main(argv: list[str]) -> int:
    extract()
    update()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
