"""The argparse parser: every command, option and help text of the CLI contract."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from balance import __version__
from balance.cli.output import EXIT_BAD_INPUT
from balance.cli.parser_changes import add_change_commands, add_manage_actions
from balance.cli.parser_talks import add_talk_commands

EPILOG = """\
examples:
  balance network add "Gewerbeverein Hünfelden" --goal "more joint work in the region"
  balance partner add "Anna Schmidt" --network gewerbe
  balance log --network gewerbe --partner anna --time 1h30m --money 25,50 --energy 3 \\
              --what "Stammtisch organised"
  balance log --network gewerbe --partner anna --by partner --time 45m --date gestern \\
              --what "brought two guests"
  balance check --network gewerbe
  balance talk --network gewerbe --partner anna --notes "talked it over" --agree "she hosts in May"

Input forms: time 90, 90m, 1h30m, 1,5h, 1:30 · money 25,50, 1.234,50, €25, 25 EUR ·
date today, yesterday, 27.11.2026, 27.11., 2026-11-27, 3 days ago · energy 0-5.
Data: --db PATH, else $BALANCE_DB, else the user data directory (see `balance where`).
"""


def did_you_mean(typed: str, known: Iterable[str]) -> str:
    """' (did you mean log?)' for the closest known word, or ''."""
    close = difflib.get_close_matches(typed, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


class ArgumentParser(argparse.ArgumentParser):
    """argparse whose errors are one line and exit 2, like every other bad input,
    and that suggests the closest command or option for a misspelt one."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"balance: {message} (see '{self.prog} --help')\n")

    def parse_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def,override]
        """A misspelt option is reported as such before any missing required one."""
        argv = list(sys.argv[1:] if args is None else args)
        unknown_option(self, argv)
        return super().parse_args(argv, namespace)

    def _check_value(self, action: argparse.Action, value: object) -> None:
        """'balance lgo': an unknown command, with the closest one."""
        choices = action.choices
        if choices is not None and value not in choices and isinstance(value, str):
            hint = did_you_mean(value, [str(c) for c in choices])
            if hint:
                what = "command" if action.dest in ("command", "action") else action.dest
                self.error(f"unknown {what} '{value}'{hint}")
        super()._check_value(action, value)


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def unknown_option(parser: ArgumentParser, argv: Sequence[str]) -> None:
    """Walk the command line as argparse will, and stop at the first option the
    command does not have: '--netwrok' is a misspelling of --network, not a
    missing --network."""
    current: argparse.ArgumentParser = parser
    takes_value = False
    for token in argv:
        if takes_value:
            takes_value = False
            continue
        if token == "--":
            return
        if token.startswith("--"):
            name = token.split("=", 1)[0]
            options = [o for o in current._option_string_actions if o.startswith("--")]
            hits = [o for o in options if o == name] or [o for o in options if o.startswith(name)]
            if len(hits) != 1:  # argparse takes a unique start of an option as the option
                if not hits:
                    current.error(f"unknown option {name}{did_you_mean(name, options)}")
                return  # ambiguous: argparse says so itself
            action = current._option_string_actions[hits[0]]
            takes_value = "=" not in token and action.nargs != 0
        elif not token.startswith("-"):
            current = _subcommands(current).get(token, current)


def build_parser() -> ArgumentParser:
    p = ArgumentParser(
        prog="balance",
        description="Partner Balance: the time, money and energy you and your partners "
        "put into your networks, and when it is time to talk.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--db", type=Path, help="database file (default: $BALANCE_DB or data dir)")
    p.add_argument("--version", action="version", version=f"balance {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)

    sub.add_parser("tui", help="open the TUI (the same as no command)")
    sub.add_parser("demo", help="the TUI on a fresh copy of the sample data")
    sub.add_parser("where", help="print where the database lives")

    net = sub.add_parser("network", help="add, edit and list networks")
    net_sub = net.add_subparsers(dest="action", metavar="ACTION", parser_class=ArgumentParser)
    net_sub.required = True
    add = net_sub.add_parser("add", help="add a network with its canvas")
    add.add_argument("name", help='the network\'s name, e.g. "Gewerbeverein Hünfelden"')
    _canvas_options(add)
    edit = net_sub.add_parser("edit", help="change a network's name or canvas")
    edit.add_argument("name", help="the network to change")
    edit.add_argument("--rename", metavar="NEW", help="a new name")
    _canvas_options(edit)
    add_manage_actions("network", net_sub)
    nl = net_sub.add_parser("list", help="list networks")
    nl.add_argument("--json", action="store_true", help="machine-readable output")

    par = sub.add_parser("partner", help="add and list partners")
    par_sub = par.add_subparsers(dest="action", metavar="ACTION", parser_class=ArgumentParser)
    par_sub.required = True
    padd = par_sub.add_parser("add", help="add a partner to one or more networks")
    padd.add_argument("name", help='the partner\'s name, e.g. "Anna Schmidt"')
    padd.add_argument(
        "--network",
        action="append",
        required=True,
        metavar="NET",
        help="a network the partner belongs to (repeat for more)",
    )
    add_manage_actions("partner", par_sub)
    plist = par_sub.add_parser("list", help="list partners")
    plist.add_argument("--network", metavar="NET", help="only partners of this network")
    plist.add_argument("--json", action="store_true", help="machine-readable output")

    log = sub.add_parser(
        "log",
        help="log a contribution",
        description="Log one contribution: what you (or your partner) put in.",
        epilog="time: 90, 90m, 1h30m, 1,5h, 1:30 · money: 25,50, 1.234,50, €25 · "
        "energy: 0 (none) to 5 (draining) · date: today, yesterday, 27.11.2026, 27.11., "
        "3 days ago. Give at least one of time, money, energy.",
    )
    _network_option(log)
    log.add_argument("--partner", default="", metavar="P", help="the counterpart (optional)")
    log.add_argument(
        "--by", default="me", metavar="WHO", help="who gave: me (default) or partner (ich/Partner)"
    )
    log.add_argument("--time", default="", metavar="T", help="e.g. 90, 1h30m, 1,5h, 1:30")
    log.add_argument("--money", default="", metavar="M", help="e.g. 25,50, 1.234,50, €25")
    log.add_argument("--energy", default="", metavar="E", help="0 (none) to 5 (draining)")
    log.add_argument(
        "--date",
        default="today",
        metavar="D",
        help="today (default), gestern, 27.11., 27.11.2026, 3 days ago",
    )
    log.add_argument("--what", required=True, metavar="TEXT", help="a few words on what it was")
    log.add_argument("--note", default="", metavar="TEXT", help="a longer note")
    log.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="a tag (repeat for more)"
    )
    log.add_argument("--private", action="store_true", help="the note never leaves this machine")

    lst = sub.add_parser("list", help="list contributions")
    _network_option(lst)
    lst.add_argument("--partner", metavar="P", help="only this partner")
    lst.add_argument("--since", metavar="D", help="from this date on")
    lst.add_argument("--until", metavar="D", help="up to this date")
    lst.add_argument(
        "--values", action="store_true", help="list the values (what came back) instead"
    )
    lst.add_argument("--json", action="store_true", help="machine-readable output")

    val = sub.add_parser(
        "value",
        help="log a value: something that came back (Mehrwert)",
        description="Log something that came out of the collaboration for one side: a "
        "referral, an order won (with its amount), know-how, visibility, support.",
    )
    _network_option(val)
    val.add_argument("--partner", default="", metavar="P", help="from or for whom (optional)")
    val.add_argument(
        "--to", default="me", metavar="WHO", help="who received it: me (default) or partner"
    )
    val.add_argument(
        "--kind",
        required=True,
        metavar="K",
        help="referral, business, knowhow, visibility, support or other",
    )
    val.add_argument("--what", required=True, metavar="TEXT", help="a few words on what it was")
    val.add_argument("--amount", default="", metavar="M", help="the business it brought")
    val.add_argument("--date", default="today", metavar="D", help="when (default today)")
    val.add_argument("--note", default="", metavar="TEXT", help="a longer note")
    val.add_argument("--private", action="store_true", help="it never leaves this machine")

    cfg = sub.add_parser("config", help="your name, as partners read it in exports")
    cfg.add_argument("--name", metavar="NAME", help='your name, e.g. "Petra Vogel"')

    chk = sub.add_parser("check", help="where every partnership stands (the briefing)")
    chk.add_argument("--network", metavar="NET", help="only this network (default: all)")
    chk.add_argument("--partner", metavar="P", help="a full briefing for one partner")
    chk.add_argument(
        "--window",
        default="6m",
        metavar="W",
        help="3m, 6m (default), 12m, all, or 01.01.2026..30.06.2026",
    )
    chk.add_argument("--json", action="store_true", help="machine-readable output")

    talk = sub.add_parser("talk", help="record a 'shared goal and value' conversation")
    _network_option(talk)
    talk.add_argument("--partner", metavar="P", help="omit for a talk with the whole network")
    talk.add_argument("--notes", required=True, metavar="TEXT", help="what you talked about")
    talk.add_argument("--date", default="today", metavar="D", help="when (default today)")
    talk.add_argument("--goal", default="", metavar="TEXT", help="the shared goal agreed")
    talk.add_argument("--value-mine", default="", metavar="TEXT", help="the value you get")
    talk.add_argument("--value-theirs", default="", metavar="TEXT", help="the value they get")
    talk.add_argument(
        "--agree",
        action="append",
        default=[],
        metavar="TEXT",
        help="an agreement (repeat for more): 'partner: hosts in May (due 31.05.2027)'",
    )
    talk.add_argument("--next-review", metavar="D", help="e.g. 2027-03-01, 01.03.2027, +90d")
    talk.add_argument(
        "--private-notes", action="store_true", help="the notes and values never leave here"
    )

    exp = sub.add_parser(
        "export",
        help="write a summary to send to a partner (TOML or Markdown)",
        description="A summary for one partner (nothing about anyone else) or a whole "
        "network, as TOML or as a Markdown page. Private entries show only as '(private)' "
        "with their date and amounts; private notes never appear.",
    )
    _network_option(exp)
    exp.add_argument("--partner", metavar="P", help="only this partner (omit: whole network)")
    exp.add_argument(
        "--window", metavar="W", help="3m, 6m (default), 12m, all, or 01.01.2026..30.06.2026"
    )
    exp.add_argument("--since", metavar="D", help="start date (instead of --window)")
    exp.add_argument("--until", metavar="D", help="end date (default today)")
    exp.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    exp.add_argument(
        "--format",
        choices=("toml", "md"),
        help="toml (default) or md; a FILE ending in .md means md",
    )
    exp.add_argument("--force", action="store_true", help="overwrite an existing FILE")

    imp = sub.add_parser(
        "import",
        help="bulk import contributions from CSV (all or nothing)",
        description="Columns: network;partner;by;date;time;money;energy;what;note;tags;private "
        "(network, date, what required). Semicolon or comma separated, UTF-8, decimal "
        "comma fine. One bad row: nothing is written and the error names its line.",
    )
    imp.add_argument("file", type=Path, metavar="FILE.csv", help="the CSV file to import")
    imp.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="import rows even if the same contribution is already there",
    )
    imp.add_argument(
        "--create-missing",
        action="store_true",
        help="create networks and partners the file names but that do not exist",
    )

    snz = sub.add_parser("snooze", help="put off a prompt for some days")
    _network_option(snz)
    snz.add_argument("--partner", metavar="P", help="omit for the whole network's talk")
    snz.add_argument("--days", type=int, default=14, help="how long (default 14 days)")
    add_change_commands(sub)
    add_talk_commands(sub)
    return p


def _network_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--network",
        required=True,
        metavar="NET",
        help="network name (any unique part, case and accents ignored)",
    )


def _canvas_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("canvas")
    g.add_argument("--kind", help="professional, private or other")
    g.add_argument("--currency", help="three-letter code, default EUR")
    g.add_argument("--motivation", metavar="TEXT", help="why you are in it")
    g.add_argument(
        "--expect",
        dest="expectations",
        action="append",
        metavar="TEXT",
        help="an expectation, e.g. openness (repeat, or comma-separated)",
    )
    g.add_argument("--goal", metavar="TEXT", help="the shared goal")
    g.add_argument("--success", metavar="TEXT", help="what counts as success / added value")
    g.add_argument("--budget-time", metavar="T", help="time you will invest per month")
    g.add_argument("--budget-money", metavar="M", help="money you will invest per month")
    g.add_argument("--budget-energy", metavar="N", help="energy points per month")
    g.add_argument("--review-days", metavar="N", help="talk at least every N days (default 90)")
    g.add_argument("--lean-ratio", metavar="R", help="'leaning' from this ratio (default 1.5)")
    g.add_argument(
        "--imbalance-ratio", metavar="R", help="'imbalanced' from this ratio (default 2.0)"
    )
    g.add_argument("--weights", metavar="T/M/E", help="weights of time/money/energy, e.g. 1/0/1")
    g.add_argument(
        "--cooldown-days", metavar="N", help="no new prompt for N days after a talk (default 30)"
    )
    g.add_argument(
        "--alarm-months",
        metavar="N",
        help="judge prompts and talks due over the last N months, whatever the view (default 6)",
    )


CANVAS_ARGS = (
    "kind currency motivation expectations goal success budget_time budget_money "
    "budget_energy review_days lean_ratio imbalance_ratio weights cooldown_days alarm_months"
).split()


#: Options whose value may start with '-': dates (`-3d`), and amounts, so that a
#: negative amount such as `--money -3,50` gets the parser's "is negative" message
#: rather than argparse's "expected one argument".
_DASHED_OPTIONS = (
    "--date",
    "--since",
    "--until",
    "--next-review",
    "--time",
    "--money",
    "--energy",
    "--budget-time",
    "--budget-money",
    "--budget-energy",
)


def glue_dashed_values(argv: Sequence[str]) -> list[str]:
    """`--date -3d` would look like an option to argparse: pass it as `--date=-3d`."""
    out: list[str] = []
    it = iter(argv)
    for token in it:
        if token in _DASHED_OPTIONS:
            value = next(it, None)
            if value is not None and value.startswith("-") and value[1:2].isdigit():
                out.append(f"{token}={value}")
                continue
            out.append(token)
            if value is not None:
                out.append(value)
            continue
        out.append(token)
    return out
