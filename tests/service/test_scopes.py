"""Whose talk is whose: a network talk, a partner talk and a snooze each reach only their own.

Each test here once let a hand-made mutant live: a filter dropped or a limit
moved in the service, which the balance tests alone did not notice.
"""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest

from balance.core.errors import ValidationError
from balance.core.forms import LogForm
from balance.core.reports import NetworkReport
from balance.service.api import Service
from balance.store.db import Store

TODAY = date(2026, 11, 28)


@pytest.fixture
def svc(tmp_path: Path) -> Service:
    """A network where you carry both the network and Anna: both prompts are due."""
    s = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    s.add_network("Gewerbeverein Hünfelden")
    s.add_partner("Anna Schmidt", ["gewerbe"])
    for days in (3, 2, 1):
        s.log(
            LogForm(
                network="gewerbe",
                partner="anna",
                time="2h",
                what="Stammtisch",
                date=(TODAY - timedelta(days=days)).isoformat(),
            )
        )
    s.log(LogForm(network="gewerbe", partner="anna", by="partner", time="10m", what="Kaffee"))
    return s


def report(svc: Service) -> NetworkReport:
    return svc.report(svc.network("gewerbe"), svc.window("6m"))


def test_both_prompts_are_due_to_begin_with(svc: Service) -> None:
    r = report(svc)
    assert r.prompt and r.partners[0].prompt


def test_a_talk_with_a_partner_leaves_the_network_prompt(svc: Service) -> None:
    net = svc.network("gewerbe")
    svc.talk(net, svc.partner("anna", net), "we talked it over")
    r = report(svc)
    assert not r.partners[0].prompt
    assert r.prompt and r.last_talk is None


def test_a_network_talk_leaves_the_partner_prompt(svc: Service) -> None:
    net = svc.network("gewerbe")
    svc.talk(net, None, "Jahresversammlung")
    r = report(svc)
    assert not r.prompt and r.last_talk is not None
    assert r.partners[0].prompt and r.partners[0].last_talk is None


def test_a_network_talk_stays_out_of_a_partner_export(svc: Service) -> None:
    net = svc.network("gewerbe")
    svc.talk(net, None, "network-wide-secret", day=TODAY - timedelta(days=3))
    svc.talk(net, svc.partner("anna", net), "talk with anna", day=TODAY - timedelta(days=2))
    window = svc.window("6m")
    partner_text = svc.export(net, svc.partner("anna", net), window)
    assert "network-wide-secret" not in partner_text
    [anna] = tomllib.loads(partner_text)["partners"]
    assert [c["notes"] for c in anna["conversations"]] == ["talk with anna"]
    network_doc = tomllib.loads(svc.export(net, None, window))
    assert [c["notes"] for c in network_doc["network_conversations"]] == ["network-wide-secret"]


@pytest.mark.parametrize("days", [0, 366, -1])
def test_a_snooze_needs_1_to_365_days(svc: Service, days: int) -> None:
    net = svc.network("gewerbe")
    with pytest.raises(ValidationError) as info:
        svc.snooze(net, svc.partner("anna", net), days)
    assert (info.value.field, info.value.message) == ("days", "snooze for 1 to 365 days")
    assert report(svc).partners[0].snoozed_until is None


@pytest.mark.parametrize("days", [1, 365])
def test_a_snooze_of_1_or_365_days_is_taken(svc: Service, days: int) -> None:
    net = svc.network("gewerbe")
    svc.snooze(net, svc.partner("anna", net), days)
    r = report(svc)
    assert r.partners[0].snoozed_until == TODAY + timedelta(days=days)
    assert not r.partners[0].prompt and r.prompt
