"""CSV text as people export it from spreadsheets, read into log forms.

German spreadsheets write semicolons and decimal commas; both work. The
values stay text here: the same parsers as `balance log` judge them later.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator

from balance.core.errors import ValidationError
from balance.core.forms import LogForm
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
    return list(read_forms(io.StringIO(text, newline=""), source))


def read_forms(lines: Iterator[str], source: str) -> Iterator[tuple[int, LogForm]]:
    """(line number, form) per data row, read as they come: a large file is never held
    as text, rows and forms at once. `lines` is a text file opened with newline="".

    A bad header is refused before the first row, a bad row when it is reached,
    and a file without data rows at its end; `source` names the file in errors.
    """
    first = next(lines, "")
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(itertools.chain((first,), lines), delimiter=delimiter)
    count = done = 0  # data rows; the lines of the complete rows read so far
    try:
        columns = _columns(next(reader, []))
        width = len(columns)
        done = reader.line_num
        for cells in reader:
            done = line = reader.line_num
            if len(cells) > width:
                raise ValidationError(
                    "row", _("line {line}: more cells than columns").format(line=line)
                )
            form = _form(columns, cells, line)
            if form is not None:
                count += 1
                yield line, form
    except csv.Error as exc:  # e.g. a cell beyond the csv module's 128 KiB limit
        # The bad row starts after the last complete one.
        raise ValidationError(
            "file", _("line {line}: {problem}").format(line=done + 1, problem=exc)
        ) from None
    if not count:
        raise ValidationError("file", _("{file} has no data rows").format(file=source))


def _columns(names: list[str]) -> list[str]:
    """The header's columns as English names; a header that is not ours is refused."""
    header = [h.strip().casefold() for h in names]
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
    return header


def _form(columns: list[str], row: list[str], line: int) -> LogForm | None:
    """One row as a form; None for a blank row. Short rows leave the rest empty."""
    cells = dict(zip(columns, map(str.strip, row), strict=False))
    if not any(cells.values()):
        return None
    get = cells.get
    return LogForm(
        network=get("network", ""),
        partner=get("partner", ""),
        by=get("by", "") or "me",
        date=get("date", "") or "-",
        time=get("time", ""),
        money=get("money", ""),
        energy=get("energy", ""),
        what=get("what", ""),
        note=get("note", ""),
        tags=(get("tags", ""),),
        private=_private(get("private", ""), line),
    )
