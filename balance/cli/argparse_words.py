"""argparse's own words, for the catalog: the messages of Python's argparse that a
user of `balance` can read (help headings, usage, errors about the command line).

argparse looks each one up through `argparse._` / `argparse.ngettext` when it
shows it, and `cli.main.speak_argparse` points those at our catalog; this module
only lists the msgids so extraction puts them in the catalog. They are copied
from Python 3's argparse.py byte for byte (a msgid that differs by one character
is never looked up), placeholders and all. Nothing imports this module.
"""

from __future__ import annotations

from balance.locale import N_, ngettext

WORDS = (
    # help
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("subcommands"),
    N_("show this help message and exit"),
    # argparse's default help of --version; not translated by argparse itself, so
    # cli.parser passes it through _() explicitly.
    N_("show program's version number and exit"),
    # errors
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def _plurals(n: int) -> None:
    """Never called: lists argparse's plural messages for extraction."""
    ngettext("expected %s argument", "expected %s arguments", n)
