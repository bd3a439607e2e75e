"""The options of `balance edit`, `delete` and `undo`: changing what was logged."""

from __future__ import annotations

import argparse

from balance.locale import _

EDIT_FIELDS = ("date", "time", "money", "energy", "what", "note", "by", "partner")
#: The options of `edit` for a talk: TalkForm's field names (dest of each option).
TALK_FIELDS = ("notes", "goal", "value_mine", "value_theirs", "next_review")


def add_change_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ids = _(
        "the id of a contribution, value or talk, or its first characters "
        "(see `list --json`, `list --values --json`, `talks`)"
    )
    edit = sub.add_parser(
        "edit",
        help=_("change a logged contribution or a recorded talk"),
        description=_(
            "Change the given fields of one contribution or talk; the others stay. "
            "The same input forms as `log` and `talk`. `balance undo` takes it back."
        ),
    )
    edit.add_argument("id", metavar="ID", help=ids)
    edit.add_argument(
        "--date", metavar="D", help=_("today, gestern, 27.11., 27.11.2026, 3 days ago")
    )
    edit.add_argument("--time", metavar="T", help=_("e.g. 90, 1h30m, 1,5h, 1:30 (0 for none)"))
    edit.add_argument("--money", metavar="M", help=_("e.g. 25,50, 1.234,50, €25 (0 for none)"))
    edit.add_argument("--energy", metavar="E", help=_("0 (none) to 5 (draining)"))
    edit.add_argument("--what", metavar="TEXT", help=_("a few words on what it was"))
    edit.add_argument("--note", metavar="TEXT", help=_("a longer note ('' to clear it)"))
    edit.add_argument("--by", choices=["me", "partner"], help=_("who gave"))
    edit.add_argument(
        "--partner", metavar="P", help=_("the counterpart ('' for the whole network)")
    )
    edit.add_argument(
        "--tag", action="append", metavar="TAG", help=_("the tags from now on (repeat for more)")
    )
    private = edit.add_mutually_exclusive_group()
    private.add_argument(
        "--private", action="store_true", default=None, help=_("keep the note here")
    )
    private.add_argument(
        "--public", dest="private", action="store_false", help=_("the note may be exported")
    )
    talk = edit.add_argument_group(_("a talk's fields"))
    talk.add_argument("--notes", metavar="TEXT", help=_("what you talked about"))
    talk.add_argument("--goal", metavar="TEXT", help=_("the shared goal agreed"))
    talk.add_argument("--value-mine", metavar="TEXT", help=_("the value you get"))
    talk.add_argument("--value-theirs", metavar="TEXT", help=_("the value they get"))
    talk.add_argument("--next-review", metavar="D", help=_("e.g. 2027-03-01, +90d ('' for none)"))
    talk.add_argument(
        "--agree",
        action="append",
        metavar="TEXT",
        help=_("the agreements from now on, one per option; one already recorded keeps its state"),
    )
    notes = talk.add_mutually_exclusive_group()
    notes.add_argument(
        "--private-notes",
        dest="private_notes",
        action="store_true",
        default=None,
        help=_("keep the notes and values here"),
    )
    notes.add_argument(
        "--public-notes",
        dest="private_notes",
        action="store_false",
        help=_("the notes and values may be exported"),
    )

    delete = sub.add_parser(
        "delete",
        help=_("delete a logged contribution, a value or a talk"),
        description=_("A talk goes with its agreements. `balance undo` brings it back."),
    )
    delete.add_argument("id", metavar="ID", help=ids)
    delete.add_argument(
        "--month",
        metavar="YYYY-MM",
        help=_("only the copy in this month's file (for an entry an old crash left twice)"),
    )
    sub.add_parser(
        "undo",
        help=_("take back the last change, whichever face or process made it"),
        description=_(
            "Takes back the last operation (a log, edit, delete, import, talk, "
            "network or partner change), also one made in the TUI or in an earlier session. "
            "Run it again to go further back (up to 100 operations)."
        ),
    )


#: The actions of `network` and `partner` that change what exists (cli.changes runs them).
MANAGE_ACTIONS = ("rename", "merge", "archive", "unarchive")


def _manage_texts(kind: str) -> dict[str, str]:
    """The help of `network|partner rename|merge|archive|unarchive`, whole sentences
    per kind (German needs "das Netzwerk" and "den Partner")."""
    if kind == "network":
        return {
            "rename": _("give a network a new name (undoable)"),
            "name": _("the network (any unique part of its name)"),
            "merge": _("move everything of one network into another, which is kept (undoable)"),
            "goes": _("the network that goes"),
            "stays": _("the network that stays"),
            "archive": _(
                "hide a network from the dashboard and `check`; its data and all-time "
                "figures stay (undoable)"
            ),
            "unarchive": _("show an archived network again"),
        }
    return {
        "rename": _("give a partner a new name (undoable)"),
        "name": _("the partner (any unique part of its name)"),
        "merge": _("move everything of one partner into another, which is kept (undoable)"),
        "goes": _("the partner that goes"),
        "stays": _("the partner that stays"),
        "archive": _(
            "hide a partner from the dashboard's cards; its data and all-time figures "
            "stay (undoable)"
        ),
        "unarchive": _("show an archived partner again"),
    }


def add_manage_actions(
    kind: str, actions: argparse._SubParsersAction[argparse.ArgumentParser]
) -> None:
    """`network|partner rename OLD NEW` and `network|partner merge NAME --into OTHER`."""
    text = _manage_texts(kind)
    rename = actions.add_parser("rename", help=text["rename"])
    rename.add_argument("name", help=text["name"])
    rename.add_argument("new_name", metavar="NEW", help=_("the new name"))
    merge = actions.add_parser(
        "merge",
        help=text["merge"],
        description=_(
            "Every contribution and talk of NAME becomes OTHER's, in every month; "
            "NAME goes. One operation: `balance undo` takes all of it back."
        ),
    )
    merge.add_argument("name", help=text["goes"])
    merge.add_argument("--into", required=True, metavar="OTHER", help=text["stays"])
    archive = actions.add_parser("archive", help=text["archive"])
    archive.add_argument("name", help=text["name"])
    unarchive = actions.add_parser("unarchive", help=text["unarchive"])
    unarchive.add_argument("name", help=text["name"])
