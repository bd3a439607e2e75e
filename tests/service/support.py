"""What the export and the import tests share: a network with two partners, a little
of everything logged (amounts as people type them, a private note, talks, values)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from balance.core.forms import LogForm, ValueForm
from balance.service.api import Service
from balance.store.db import Store

TODAY = date(2026, 11, 28)


@pytest.fixture
def svc(tmp_path: Path) -> Service:
    s = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    s.add_network("Gewerbeverein Hünfelden", goal='"Mehr" Aufträge\nin der Region 🤝')
    s.add_partner('Anna "Ännchen" Schmidt', ["gewerbe"])
    s.add_partner("Jürgen Weiß", ["gewerbe"])
    for money, day in (("25.50", 3), ("1.234,56", 10), ("0,10", 20)):
        s.log(
            LogForm(
                network="gewerbe",
                partner="anna",
                money=money,
                time="1h",
                date=(TODAY - timedelta(days=day)).isoformat(),
                what="Stammtisch 🍺",
            )
        )
    s.log(
        LogForm(
            network="gewerbe",
            partner="anna",
            by="partner",
            time="30m",
            what="Gäste",
            note="secret-anna-note",
            tags="geheimtag",
            private=True,
            date="gestern",
        )
    )
    s.add_value(
        ValueForm(
            network="gewerbe",
            partner="anna",
            kind="business",
            to="me",
            what="Auftrag Bäckerei-Geheim",
            amount="2.400,00",
            note="secret-value-note",
            private=True,
            date="vorgestern",
        )
    )
    s.log(
        LogForm(
            network="gewerbe",
            partner="anna",
            by="partner",
            time="15m",
            what="Kaffee",
            note="public line\nwith newline",
        )
    )
    s.log(
        LogForm(
            network="gewerbe",
            partner="jürgen",
            time="2h",
            money="99,99",
            what="Messe",
            note="juergen-note",
        )
    )
    s.log(LogForm(network="gewerbe", time="3h", what="Newsletter", note="network-note"))
    anna_net = s.network("gewerbe")
    s.talk(
        anna_net,
        s.partner("anna", anna_net),
        "talk with anna",
        day=TODAY - timedelta(days=40),
        agreements=["she hosts in May"],
        next_review=TODAY + timedelta(days=50),
    )
    s.talk(
        anna_net, s.partner("jürgen", anna_net), "talk-with-juergen", day=TODAY - timedelta(days=5)
    )
    s.talk(anna_net, None, "Jahresplanung-des-Netzwerks", day=TODAY - timedelta(days=3))
    return s
