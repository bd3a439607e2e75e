"""The options of `balance agreement` and `balance talks`: what was agreed and said."""

from __future__ import annotations

import argparse

from balance.locale import _


def add_talk_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agree = sub.add_parser(
        "agreement",
        help=_("the agreements from talks: list them, tick them done, drop them"),
        description=_(
            "Each agreement of a talk has an id. `done` and `drop` take today's "
            "date; `reopen` makes it open again. `balance undo` takes any of them back."
        ),
    )
    actions = agree.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=_("agreements with their state"))
    listing.add_argument("--network", metavar="NET", help=_("only this network"))
    listing.add_argument("--partner", metavar="P", help=_("only this partner (needs --network)"))
    listing.add_argument("--open", action="store_true", help=_("only the open ones"))
    listing.add_argument("--json", action="store_true", help=_("machine-readable output"))
    ids = _("the agreement's id, or its first characters (see `agreement list`)")
    for name, text in (
        ("done", _("tick an agreement done")),
        ("drop", _("drop an agreement: it no longer counts as open")),
        ("reopen", _("open a done or dropped agreement again")),
    ):
        actions.add_parser(name, help=text).add_argument("id", metavar="ID", help=ids)

    talks = sub.add_parser("talks", help=_("the recorded talks with their ids"))
    talks.add_argument("--network", metavar="NET", help=_("only this network"))
    talks.add_argument("--partner", metavar="P", help=_("only this partner (needs --network)"))
    talks.add_argument("--json", action="store_true", help=_("machine-readable output"))
