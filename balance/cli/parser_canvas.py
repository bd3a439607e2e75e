"""The options every entry command shares (--network) and a network's canvas options."""

from __future__ import annotations

import argparse

from balance.locale import _

#: The canvas options of `network add` and `network edit`, by their dest.
CANVAS_ARGS = (
    "kind currency motivation expectations goal success budget_time budget_money "
    "budget_energy review_days lean_ratio imbalance_ratio weights cooldown_days alarm_months"
).split()


def network_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--network",
        required=True,
        metavar="NET",
        help=_("network name (any unique part, case and accents ignored)"),
    )


def canvas_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group(_("canvas"))
    g.add_argument("--kind", help=_("professional, private or other"))
    g.add_argument("--currency", help=_("three-letter code, default EUR"))
    g.add_argument("--motivation", metavar="TEXT", help=_("why you are in it"))
    g.add_argument(
        "--expect",
        dest="expectations",
        action="append",
        metavar="TEXT",
        help=_("an expectation, e.g. openness (repeat, or comma-separated)"),
    )
    g.add_argument("--goal", metavar="TEXT", help=_("the shared goal"))
    g.add_argument("--success", metavar="TEXT", help=_("what counts as success / added value"))
    g.add_argument("--budget-time", metavar="T", help=_("time you will invest per month"))
    g.add_argument("--budget-money", metavar="M", help=_("money you will invest per month"))
    g.add_argument("--budget-energy", metavar="N", help=_("energy points per month"))
    g.add_argument("--review-days", metavar="N", help=_("talk at least every N days (default 90)"))
    g.add_argument("--lean-ratio", metavar="R", help=_("'leaning' from this ratio (default 1.5)"))
    g.add_argument(
        "--imbalance-ratio", metavar="R", help=_("'imbalanced' from this ratio (default 2.0)")
    )
    g.add_argument("--weights", metavar="T/M/E", help=_("weights of time/money/energy, e.g. 1/0/1"))
    g.add_argument(
        "--cooldown-days",
        metavar="N",
        help=_("no new prompt for N days after a talk (default 30)"),
    )
    g.add_argument(
        "--alarm-months",
        metavar="N",
        help=_("judge prompts and talks due over the last N months, whatever the view (default 6)"),
    )
