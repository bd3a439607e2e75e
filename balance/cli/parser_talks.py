"""The options of `balance agreement` and `balance talks`: what was agreed and said."""

from __future__ import annotations

import argparse


def add_talk_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agree = sub.add_parser(
        "agreement",
        help="the agreements from talks: list them, tick them done, drop them",
        description="Each agreement of a talk has an id. `done` and `drop` take today's "
        "date; `reopen` makes it open again. `balance undo` takes any of them back.",
    )
    actions = agree.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="agreements with their state")
    listing.add_argument("--network", metavar="NET", help="only this network")
    listing.add_argument("--partner", metavar="P", help="only this partner (needs --network)")
    listing.add_argument("--open", action="store_true", help="only the open ones")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    ids = "the agreement's id, or its first characters (see `agreement list`)"
    for name, text in (
        ("done", "tick an agreement done"),
        ("drop", "drop an agreement: it no longer counts as open"),
        ("reopen", "open a done or dropped agreement again"),
    ):
        actions.add_parser(name, help=text).add_argument("id", metavar="ID", help=ids)

    talks = sub.add_parser("talks", help="the recorded talks with their ids")
    talks.add_argument("--network", metavar="NET", help="only this network")
    talks.add_argument("--partner", metavar="P", help="only this partner (needs --network)")
    talks.add_argument("--json", action="store_true", help="machine-readable output")
