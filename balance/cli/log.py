"""`balance log`: the command typed most, kept on a short import path.

It loads the parsers, the store and the one use case it runs (`EntryOps`),
not the whole service: no ledger, reports, talks or import code, so its time
is Python's start, argparse and the store (see README "Performance").
"""

from __future__ import annotations

import argparse

from balance.core.change_words import logged_sentence
from balance.core.forms import LogForm
from balance.service.entries import EntryOps


def cmd_log(args: argparse.Namespace) -> int:
    form = LogForm(
        network=args.network,
        partner=args.partner,
        by=args.by,
        date=args.date,
        time=args.time,
        money=args.money,
        energy=args.energy,
        what=args.what,
        note=args.note,
        tags=tuple(args.tag),
        private=args.private,
    )
    logged = EntryOps.open(args.db).logged(form)
    print(logged_sentence(logged.contribution, logged.network, logged.partner_name))
    return 0
