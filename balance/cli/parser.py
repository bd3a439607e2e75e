"""The argparse parser: every command, option and help text of the CLI contract."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from balance import __version__
from balance.cli.output import EXIT_BAD_INPUT, PREFIX
from balance.cli.parser_canvas import canvas_options, network_option
from balance.cli.parser_changes import add_change_commands, add_manage_actions
from balance.cli.parser_one import OneCommand
from balance.cli.parser_talks import add_talk_commands
from balance.locale import _


def epilog() -> str:
    """The text under `balance --help`, in the language in use (so built when shown)."""
    examples = _(
        "examples:\n"
        '  balance network add "Gewerbeverein Hünfelden" --goal "more joint work in the region"\n'
        '  balance partner add "Anna Schmidt" --network gewerbe\n'
        "  balance log --network gewerbe --partner anna --time 1h30m --money 25,50 --energy 3 \\\n"
        '              --what "Stammtisch organised"\n'
        "  balance log --network gewerbe --partner anna --by partner --time 45m --date gestern \\\n"
        '              --what "brought two guests"\n'
        "  balance check --network gewerbe\n"
        '  balance talk --network gewerbe --partner anna --notes "talked it over" '
        '--agree "she hosts in May"'
    )
    forms = _(
        "Input forms: time 90, 90m, 1h30m, 1,5h, 1:30 · money 25,50, 1.234,50, €25, 25 EUR ·\n"
        "date today, yesterday, 27.11.2026, 27.11., 2026-11-27, 3 days ago · energy 0-5."
    )
    data = _(
        "Data: --db PATH, else $BALANCE_DB, else the user data directory (see `balance where`)."
    )
    return f"{examples}\n\n{forms}\n{data}\n"


def did_you_mean(typed: str, known: Iterable[str]) -> str:
    """' (did you mean log?)' for the closest known word, or ''."""
    import difflib  # only for a typo: not on every start

    close = difflib.get_close_matches(typed, list(known), n=1, cutoff=0.6)
    return _(" (did you mean {word}?)").format(word=close[0]) if close else ""


class ArgumentParser(argparse.ArgumentParser):
    """argparse whose errors are one line and exit 2, like every other bad input,
    and that suggests the closest command or option for a misspelt one."""

    def error(self, message: str) -> None:  # type: ignore[override]
        line = _("{message} (see '{prog} --help')").format(message=message, prog=self.prog)
        self.exit(EXIT_BAD_INPUT, f"{PREFIX}{line}\n")

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
            if hint and action.dest in ("command", "action"):
                self.error(_("unknown command '{value}'{hint}").format(value=value, hint=hint))
            if hint:
                self.error(
                    _("unknown value '{value}' for --{option}{hint}").format(
                        value=value, option=action.dest.replace("_", "-"), hint=hint
                    )
                )
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
                    hint = did_you_mean(name, options)
                    current.error(_("unknown option {option}{hint}").format(option=name, hint=hint))
                return  # ambiguous: argparse says so itself
            action = current._option_string_actions[hits[0]]
            takes_value = "=" not in token and action.nargs != 0
        elif not token.startswith("-"):
            current = _subcommands(current).get(token, current)


def build_parser(only: str | None = None) -> ArgumentParser:
    """The parser, its help in the language in use: build it after choosing one. With
    `only`, of that command alone (`command_of`), when it is one."""
    p = ArgumentParser(
        prog="balance",
        description=_(
            "Partner Balance: the time, money and energy you and your partners "
            "put into your networks, and when it is time to talk."
        ),
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--db", type=Path, help=_("database file (default: $BALANCE_DB or data dir)"))
    p.add_argument(
        "--version",
        action="version",
        version=f"balance {__version__}",
        help=_("show program's version number and exit"),
    )
    sub: Any = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    if only is not None:
        sub = OneCommand(sub, only)

    sub.add_parser("tui", help=_("open the TUI (the same as no command)"))
    sub.add_parser("demo", help=_("the TUI on a fresh copy of the sample data"))
    sub.add_parser("where", help=_("print where the database lives"))
    json_help = _("machine-readable output")

    net = sub.add_parser("network", help=_("add, edit and list networks"))
    net_sub = net.add_subparsers(dest="action", metavar="ACTION", parser_class=ArgumentParser)
    net_sub.required = True
    add = net_sub.add_parser("add", help=_("add a network with its canvas"))
    add.add_argument("name", help=_('the network\'s name, e.g. "Gewerbeverein Hünfelden"'))
    canvas_options(add)
    edit = net_sub.add_parser("edit", help=_("change a network's name or canvas"))
    edit.add_argument("name", help=_("the network to change"))
    edit.add_argument("--rename", metavar="NEW", help=_("a new name"))
    canvas_options(edit)
    add_manage_actions("network", net_sub)
    nl = net_sub.add_parser("list", help=_("list networks"))
    nl.add_argument("--json", action="store_true", help=json_help)

    par = sub.add_parser("partner", help=_("add and list partners"))
    par_sub = par.add_subparsers(dest="action", metavar="ACTION", parser_class=ArgumentParser)
    par_sub.required = True
    padd = par_sub.add_parser("add", help=_("add a partner to one or more networks"))
    padd.add_argument("name", help=_('the partner\'s name, e.g. "Anna Schmidt"'))
    padd.add_argument(
        "--network",
        action="append",
        required=True,
        metavar="NET",
        help=_("a network the partner belongs to (repeat for more)"),
    )
    add_manage_actions("partner", par_sub)
    plist = par_sub.add_parser("list", help=_("list partners"))
    plist.add_argument("--network", metavar="NET", help=_("only partners of this network"))
    plist.add_argument("--json", action="store_true", help=json_help)

    log = sub.add_parser(
        "log",
        help=_("log a contribution"),
        description=_("Log one contribution: what you (or your partner) put in."),
        epilog=_(
            "time: 90, 90m, 1h30m, 1,5h, 1:30 · money: 25,50, 1.234,50, €25 · "
            "energy: 0 (none) to 5 (draining) · date: today, yesterday, 27.11.2026, 27.11., "
            "3 days ago. Give at least one of time, money, energy."
        ),
    )
    network_option(log)
    log.add_argument("--partner", default="", metavar="P", help=_("the counterpart (optional)"))
    log.add_argument(
        "--by",
        default="me",
        metavar="WHO",
        help=_("who gave: me (default) or partner (ich/Partner)"),
    )
    log.add_argument("--time", default="", metavar="T", help=_("e.g. 90, 1h30m, 1,5h, 1:30"))
    log.add_argument("--money", default="", metavar="M", help=_("e.g. 25,50, 1.234,50, €25"))
    log.add_argument("--energy", default="", metavar="E", help=_("0 (none) to 5 (draining)"))
    log.add_argument(
        "--date",
        default="today",
        metavar="D",
        help=_("today (default), gestern, 27.11., 27.11.2026, 3 days ago"),
    )
    what_help = _("a few words on what it was")
    note_help = _("a longer note")
    log.add_argument("--what", required=True, metavar="TEXT", help=what_help)
    log.add_argument("--note", default="", metavar="TEXT", help=note_help)
    log.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help=_("a tag (repeat for more)")
    )
    log.add_argument("--private", action="store_true", help=_("the note never leaves this machine"))

    lst = sub.add_parser("list", help=_("list contributions"))
    network_option(lst)
    lst.add_argument("--partner", metavar="P", help=_("only this partner"))
    lst.add_argument("--since", metavar="D", help=_("from this date on"))
    lst.add_argument("--until", metavar="D", help=_("up to this date"))
    lst.add_argument(
        "--values", action="store_true", help=_("list the values (what came back) instead")
    )
    lst.add_argument("--json", action="store_true", help=json_help)

    val = sub.add_parser(
        "value",
        help=_("log a value: something that came back (Mehrwert)"),
        description=_(
            "Log something that came out of the collaboration for one side: a "
            "referral, an order won (with its amount), know-how, visibility, support."
        ),
    )
    network_option(val)
    val.add_argument("--partner", default="", metavar="P", help=_("from or for whom (optional)"))
    val.add_argument(
        "--to", default="me", metavar="WHO", help=_("who received it: me (default) or partner")
    )
    val.add_argument(
        "--kind",
        required=True,
        metavar="K",
        help=_("referral, business, knowhow, visibility, support or other"),
    )
    val.add_argument("--what", required=True, metavar="TEXT", help=what_help)
    val.add_argument("--amount", default="", metavar="M", help=_("the business it brought"))
    when_help = _("when (default today)")
    val.add_argument("--date", default="today", metavar="D", help=when_help)
    val.add_argument("--note", default="", metavar="TEXT", help=note_help)
    val.add_argument("--private", action="store_true", help=_("it never leaves this machine"))

    cfg = sub.add_parser("config", help=_("your name and your language"))
    cfg.add_argument("--name", metavar="NAME", help=_('your name, e.g. "Petra Vogel"'))
    cfg.add_argument(
        "--lang", choices=("de", "en"), help=_("the language of every screen and message")
    )

    window_help = _("3m, 6m (default), 12m, all, or 01.01.2026..30.06.2026")
    chk = sub.add_parser("check", help=_("where every partnership stands (the briefing)"))
    chk.add_argument("--network", metavar="NET", help=_("only this network (default: all)"))
    chk.add_argument("--partner", metavar="P", help=_("a full briefing for one partner"))
    chk.add_argument("--window", default="6m", metavar="W", help=window_help)
    chk.add_argument("--json", action="store_true", help=json_help)

    talk = sub.add_parser("talk", help=_("record a 'shared goal and value' conversation"))
    network_option(talk)
    talk.add_argument("--partner", metavar="P", help=_("omit for a talk with the whole network"))
    talk.add_argument("--notes", required=True, metavar="TEXT", help=_("what you talked about"))
    talk.add_argument("--date", default="today", metavar="D", help=when_help)
    talk.add_argument("--goal", default="", metavar="TEXT", help=_("the shared goal agreed"))
    talk.add_argument("--value-mine", default="", metavar="TEXT", help=_("the value you get"))
    talk.add_argument("--value-theirs", default="", metavar="TEXT", help=_("the value they get"))
    talk.add_argument(
        "--agree",
        action="append",
        default=[],
        metavar="TEXT",
        help=_("an agreement (repeat for more): 'partner: hosts in May (due 31.05.2027)'"),
    )
    talk.add_argument("--next-review", metavar="D", help=_("e.g. 2027-03-01, 01.03.2027, +90d"))
    talk.add_argument(
        "--private-notes", action="store_true", help=_("the notes and values never leave here")
    )

    exp = sub.add_parser(
        "export",
        help=_("write a summary to send to a partner (TOML or Markdown)"),
        description=_(
            "A summary for one partner (nothing about anyone else) or a whole "
            "network, as TOML or as a Markdown page. Private entries show only as "
            "'(private)' with their date and amounts; private notes never appear."
        ),
    )
    network_option(exp)
    exp.add_argument("--partner", metavar="P", help=_("only this partner (omit: whole network)"))
    exp.add_argument("--window", metavar="W", help=window_help)
    exp.add_argument("--since", metavar="D", help=_("start date (instead of --window)"))
    exp.add_argument("--until", metavar="D", help=_("end date (default today)"))
    exp.add_argument("-o", "--output", type=Path, metavar="FILE", help=_("default: stdout"))
    exp.add_argument(
        "--format",
        choices=("toml", "md"),
        help=_("toml (default) or md; a FILE ending in .md means md"),
    )
    exp.add_argument("--force", action="store_true", help=_("overwrite an existing FILE"))

    imp = sub.add_parser(
        "import",
        help=_("bulk import contributions from CSV (all or nothing)"),
        description=_(
            "Columns: network;partner;by;date;time;money;energy;what;note;tags;private "
            "(network, date, what required). Semicolon or comma separated, UTF-8, decimal "
            "comma fine. One bad row: nothing is written and the error names its line."
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE.csv", help=_("the CSV file to import"))
    imp.add_argument(
        "--allow-duplicates",
        action="store_true",
        help=_("import rows even if the same contribution is already there"),
    )
    imp.add_argument(
        "--create-missing",
        action="store_true",
        help=_("create networks and partners the file names but that do not exist"),
    )

    snz = sub.add_parser("snooze", help=_("put off a prompt for some days"))
    network_option(snz)
    snz.add_argument("--partner", metavar="P", help=_("omit for the whole network's talk"))
    snz.add_argument("--days", type=int, default=14, help=_("how long (default 14 days)"))
    add_change_commands(sub)
    add_talk_commands(sub)
    if only is not None and only not in _subcommands(p):
        return build_parser()  # a typo: the whole parser names the closest command
    return p


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
