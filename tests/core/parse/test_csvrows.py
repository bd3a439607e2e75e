"""CSV text from spreadsheets into log forms: German and English files, and clear refusals."""

from __future__ import annotations

import pytest

from balance.core.errors import ValidationError
from balance.core.forms import LogForm
from balance.core.parse.csvrows import forms_from_text

COLUMNS_TEXT = "network;partner;by;date;time;money;energy;what;note;tags;private"


def test_a_german_file_with_every_column() -> None:
    text = (
        f"{COLUMNS_TEXT}\n"
        "Gewerbeverein;Anna;partner;27.11.2026;1,5h;25,50;3;Stammtisch;nett;work, travel;ja\n"
    )
    assert forms_from_text(text, "in.csv") == [
        (
            2,
            LogForm(
                network="Gewerbeverein",
                partner="Anna",
                by="partner",
                date="27.11.2026",
                time="1,5h",
                money="25,50",
                energy="3",
                what="Stammtisch",
                note="nett",
                tags=("work, travel",),
                private=True,
            ),
        )
    ]


def test_an_english_file_with_the_required_columns_only() -> None:
    text = "Network, Date ,WHAT\nGewerbe, 2026-11-27 , Coffee \n"
    assert forms_from_text(text, "in.csv") == [
        (2, LogForm(network="Gewerbe", what="Coffee", date="2026-11-27", tags=("",)))
    ]


def test_empty_by_and_date_cells_mean_me_and_no_date() -> None:
    text = "network;by;date;what\nGewerbe;;;Coffee\n"
    [(_, form)] = forms_from_text(text, "in.csv")
    assert form.by == "me" and form.date == "-"


def test_commas_in_a_cell_do_not_change_the_delimiter() -> None:
    # More commas in the file than semicolons: only the header decides.
    text = "network;date;what\nGewerbe;heute;Kaffee, Kuchen, Bier, Wein, Saft, Wasser\n"
    [(_, form)] = forms_from_text(text, "in.csv")
    assert form.what == "Kaffee, Kuchen, Bier, Wein, Saft, Wasser"


def test_blank_rows_are_skipped_and_lines_are_counted() -> None:
    text = "network;date;what\n;;\nGewerbe;heute;a\n\nGewerbe;gestern;b\n"
    rows = forms_from_text(text, "in.csv")
    assert [(line, form.what) for line, form in rows] == [(3, "a"), (5, "b")]


@pytest.mark.parametrize(
    ("cell", "private"),
    [("x", True), ("Privat", True), ("YES", True), ("nein", False), ("", False), ("0", False)],
)
def test_private_cells(cell: str, private: bool) -> None:
    [(_, form)] = forms_from_text(f"network;date;what;private\nG;heute;a;{cell}\n", "in.csv")
    assert form.private is private


def refusal(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        forms_from_text(text, "in.csv")
    return info.value


ALL = (
    "the columns are " + COLUMNS_TEXT + " (network, date and what are required), or in German "
    "Netzwerk;Partner;von;Datum;Zeit;Geld;Energie;Was;Notiz;Schlagworte;privat"
)


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        ("network;date;what\n", "file", "in.csv has no data rows"),
        ("network;date;what\n;;\n", "file", "in.csv has no data rows"),
        (
            "network;date;what;colour\nG;heute;a;red\n",
            "header",
            f"line 1: unknown columns colour; {ALL}",
        ),
        ("network;what\nG;a\n", "header", f"line 1: missing columns date; {ALL}"),
        # As many commas as semicolons: read with semicolons, the German default.
        (
            "network,date;what\nG,heute;a\n",
            "header",
            f"line 1: unknown columns network,date; {ALL}",
        ),
        ("network;date;what\nG;heute;a;extra\n", "row", "line 2: more cells than columns"),
        (
            "network;date;what;private\nG;heute;a;vielleicht\n",
            "private",
            "line 2: 'vielleicht' is not yes or no; use yes/no, ja/nein",
        ),
    ],
)
def test_refusals_name_the_line_and_the_field(text: str, field: str, message: str) -> None:
    error = refusal(text)
    assert (error.field, error.message) == (field, message)


def test_a_giant_cell_is_refused_with_its_line() -> None:
    error = refusal('network;date;what\nG;heute;"' + "x" * 200_000 + '"\n')
    assert error.field == "file"
    assert error.message.startswith("line 2: field larger than field limit")


def test_a_giant_cell_over_several_lines_names_the_line_its_row_starts_on() -> None:
    error = refusal('network;date;what\nG;heute;a\nG;heute;"b\nc' + "x" * 200_000 + '"\n')
    assert error.message.startswith("line 3: field larger than field limit")


def test_a_german_spreadsheet_reads_like_an_english_one() -> None:
    german = (
        "Netzwerk;Partner;von;Datum;Zeit;Geld;Energie;Was;Notiz;Schlagworte;privat\n"
        "Gewerbe;Anna;Partner;27.11.2026;1 Std. 30 Min.;25,50;3;Stammtisch;;a,b;ja\n"
    )
    english = (
        "network;partner;by;date;time;money;energy;what;note;tags;private\n"
        "Gewerbe;Anna;Partner;27.11.2026;1 Std. 30 Min.;25,50;3;Stammtisch;;a,b;ja\n"
    )
    assert forms_from_text(german, "de.csv") == forms_from_text(english, "en.csv")
    ((_, form),) = forms_from_text(german, "de.csv")
    assert (form.by, form.time, form.private) == ("Partner", "1 Std. 30 Min.", True)
