"""CSV text as people export it from spreadsheets, read into log forms.

German spreadsheets write semicolons and decimal commas; both work. The
values stay text here: the same parsers as `balance log` judge them later.
"""

from __future__ import annotations

import csv
import io

from balance.core.forms import LogForm
from balance.core.model import ValidationError
from balance.locale import _

COLUMNS = (
    "network",
    "partner",
    "by",
    "date",
    "time",
    "money",
    "energy",
    "what",
    "note",
    "tags",
    "private",
)
#: The German headers a German spreadsheet has, each the same column as its English one.
GERMAN_HEADERS = (
    "Netzwerk", "Partner", "von", "Datum", "Zeit", "Geld", "Energie", "Was", "Notiz",
    "Schlagworte", "privat",
)  # fmt: skip
GERMAN_COLUMNS = dict(zip((h.casefold() for h in GERMAN_HEADERS), COLUMNS, strict=True))
REQUIRED = ("network", "date", "what")
_TRUE = {"yes", "y", "ja", "j", "true", "1", "x", "private", "privat"}
_FALSE = {"", "no", "n", "nein", "false", "0"}


def _private(text: str, line: int) -> bool:
    value = text.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValidationError(
        "private",
        _("line {line}: '{text}' is not yes or no; use yes/no, ja/nein").format(
            line=line, text=text
        ),
    )


def forms_from_text(text: str, source: str) -> list[tuple[int, LogForm]]:
    """(line number, form) per data row of a CSV text; `source` names it in errors."""
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        out = _rows(reader)
    except csv.Error as exc:  # e.g. a cell beyond the csv module's 128 KiB limit
        # line_num counts only the lines of complete rows: the bad row starts after them.
        raise ValidationError(
            "file", _("line {line}: {problem}").format(line=reader.line_num + 1, problem=exc)
        ) from None
    if not out:
        raise ValidationError("file", _("{file} has no data rows").format(file=source))
    return out


def _rows(reader: csv.DictReader[str]) -> list[tuple[int, LogForm]]:
    header = [h.strip().casefold() for h in reader.fieldnames or []]
    header = [GERMAN_COLUMNS.get(h, h) for h in header]
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if unknown or missing:
        what = (
            _("unknown columns {columns}").format(columns=", ".join(unknown))
            if unknown
            else _("missing columns {columns}").format(columns=", ".join(missing))
        )
        raise ValidationError(
            "header",
            _(
                "line 1: {problem}; the columns are {columns} (network, date and what are "
                "required), or in German {german}"
            ).format(problem=what, columns=";".join(COLUMNS), german=";".join(GERMAN_HEADERS)),
        )
    reader.fieldnames = header
    out: list[tuple[int, LogForm]] = []
    for row in reader:
        line = reader.line_num
        if None in row:
            raise ValidationError(
                "row", _("line {line}: more cells than columns").format(line=line)
            )
        cells = {k: (v or "").strip() for k, v in row.items()}
        if not any(cells.values()):
            continue
        out.append(
            (
                line,
                LogForm(
                    network=cells.get("network", ""),
                    partner=cells.get("partner", ""),
                    by=cells.get("by", "") or "me",
                    date=cells.get("date", "") or "-",
                    time=cells.get("time", ""),
                    money=cells.get("money", ""),
                    energy=cells.get("energy", ""),
                    what=cells.get("what", ""),
                    note=cells.get("note", ""),
                    tags=(cells.get("tags", ""),),
                    private=_private(cells.get("private", ""), line),
                ),
            )
        )
    return out
