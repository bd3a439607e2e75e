"""Only the running command's parser is built, and it reads a command line exactly as
the whole parser does."""

from __future__ import annotations

import pytest

from balance.cli.parser import _subcommands, build_parser, glue_dashed_values
from balance.cli.parser_one import command_of

LINES = [
    ["log", "--network", "gewerbe", "--partner", "anna", "--time", "1,5h", "--what", "Stammtisch"],
    [
        "--db",
        "/tmp/b.json",
        "log",
        "--network=gewerbe",
        "--date",
        "-3d",
        "--what",
        "x",
        "--tag",
        "a",
    ],
    ["check", "--network", "gewerbe", "--window", "all", "--json"],
    ["export", "--network", "gewerbe", "-o", "out.md", "--force"],
    ["network", "add", "Gewerbeverein Hünfelden", "--goal", "mehr gemeinsame Arbeit"],
    ["partner", "merge", "Anna", "--into", "Anna Schmidt"],
    ["agreement", "done", "3f2a"],
    ["import", "rows.csv", "--create-missing"],
    ["edit", "3f2a", "--money", "-3,50"],
]


@pytest.mark.parametrize("line", LINES, ids=lambda line: " ".join(line[:3]))
def test_one_commands_parser_reads_a_line_as_the_whole_one(line: list[str]) -> None:
    argv = glue_dashed_values(line)
    only = build_parser(command_of(argv))
    assert list(_subcommands(only)) == [command_of(argv)]
    assert vars(only.parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    ("line", "command"),
    [
        (["log", "--what", "x"], "log"),
        (["--db", "check", "list"], "list"),  # the database may be called 'check'
        (["--db=b.json", "check"], "check"),
        (["--help", "log"], None),  # the overall help lists every command
        (["--version"], None),
        ([], None),
    ],
)
def test_the_command_of_a_line(line: list[str], command: str | None) -> None:
    assert command_of(line) == command


def test_a_misspelt_command_gets_the_whole_parser_and_its_hint(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = build_parser(command_of(["lgo"]))
    assert "log" in _subcommands(parser) and "check" in _subcommands(parser)
    with pytest.raises(SystemExit) as done:
        parser.parse_args(["lgo"])
    assert done.value.code == 2
    assert "did you mean log?" in capsys.readouterr().err
