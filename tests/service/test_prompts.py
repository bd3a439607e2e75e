"""The prompt to talk, followed through time as a user lives it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from balance.core.forms import LogForm
from balance.core.model import Status
from balance.core.reports import PartnerReport
from balance.service.api import Service
from balance.store.db import Store


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2026, 11, 28))


@pytest.fixture
def svc(tmp_path: Path, clock: Clock) -> Service:
    s = Service(Store(tmp_path / "b.json"), today=clock)
    s.add_network("Gewerbeverein Hünfelden")
    s.add_partner("Anna Schmidt", ["gewerbe"])
    return s


def anna(svc: Service) -> PartnerReport:
    net = svc.network("gewerbe")
    return svc.report(net, svc.window("6m")).partners[0]


def log(svc: Service, by: str, time: str, days_ago: int = 0) -> None:
    day = svc.today() - timedelta(days=days_ago)
    svc.log(
        LogForm(network="gewerbe", partner="anna", by=by, time=time, date=day.isoformat(), what="x")
    )


@pytest.mark.parametrize(("giver", "direction"), [("me", "me"), ("partner", "partner")])
def test_crossing_the_limit_in_either_direction_prompts(
    svc: Service, giver: str, direction: str
) -> None:
    other = "partner" if giver == "me" else "me"
    log(svc, giver, "30m", 4)
    log(svc, giver, "30m", 3)
    log(svc, other, "1h", 2)
    assert anna(svc).balance.status is Status.BALANCED
    log(svc, giver, "30m", 1)  # 90 : 60 = 1.5
    assert anna(svc).balance.status is Status.LEANING and not anna(svc).prompt
    log(svc, giver, "30m")  # 120 : 60 = 2.0, exactly twice
    report = anna(svc)
    assert report.balance.status is Status.IMBALANCED
    assert report.balance.direction == direction
    assert report.prompt


def test_fewer_than_three_contributions_never_prompt(svc: Service) -> None:
    log(svc, "me", "10h", 1)
    log(svc, "me", "10h")
    assert anna(svc).balance.status is Status.TOO_LITTLE_DATA
    assert not anna(svc).prompt
    log(svc, "me", "5m")
    assert anna(svc).prompt


def test_talk_clears_and_the_prompt_returns_after_the_cooldown(svc: Service, clock: Clock) -> None:
    for d in (3, 2, 1):
        log(svc, "me", "2h", d)
    net = svc.network("gewerbe")
    assert anna(svc).prompt
    svc.talk(net, svc.partner("anna", net), "we talked it over")
    assert not anna(svc).prompt
    clock.day += timedelta(days=29)
    log(svc, "me", "1h")  # still imbalanced, but within the cooldown
    assert not anna(svc).prompt
    clock.day += timedelta(days=1)
    assert anna(svc).prompt  # 30 days on and still imbalanced: back


def test_talk_then_balanced_stays_quiet(svc: Service, clock: Clock) -> None:
    for d in (3, 2, 1):
        log(svc, "me", "2h", d)
    net = svc.network("gewerbe")
    svc.talk(net, svc.partner("anna", net), "agreed she hosts next")
    log(svc, "partner", "6h")
    clock.day += timedelta(days=40)
    assert anna(svc).balance.status is Status.BALANCED
    assert not anna(svc).prompt


def test_snooze_of_seven_days_hides_the_prompt_for_seven_days(svc: Service, clock: Clock) -> None:
    for d in (3, 2, 1):
        log(svc, "me", "2h", d)
    net = svc.network("gewerbe")
    svc.snooze(net, svc.partner("anna", net), 7)
    assert not anna(svc).prompt and anna(svc).snoozed_until == clock.day + timedelta(days=7)
    clock.day += timedelta(days=6)  # the seventh day of the snooze
    assert not anna(svc).prompt
    clock.day += timedelta(days=1)  # the eighth day: it is back, and no snooze is shown
    assert anna(svc).prompt and anna(svc).snoozed_until is None


def test_a_talk_ends_the_snooze(svc: Service) -> None:
    for d in (3, 2, 1):
        log(svc, "me", "2h", d)
    net = svc.network("gewerbe")
    svc.snooze(net, svc.partner("anna", net), 30)
    assert anna(svc).snoozed_until is not None
    svc.talk(net, svc.partner("anna", net), "we talked it over")
    assert anna(svc).snoozed_until is None and not anna(svc).prompt


def test_network_prompt_and_review_due(svc: Service, clock: Clock) -> None:
    svc.add_partner("Jürgen Weiß", ["gewerbe"])
    net = svc.network("gewerbe")
    for d in (100, 99, 98):
        svc.log(
            LogForm(
                network="gewerbe",
                time="3h",
                what="Newsletter",
                date=(clock.day - timedelta(days=d)).isoformat(),
            )
        )
    log(svc, "partner", "1h", 97)
    report = svc.report(net, svc.window("6m"))
    assert report.balance.direction == "me"
    assert report.prompt
    assert report.partners[0].review_due  # first contribution 97 days ago, cadence 90
    svc.talk(net, None, "whole network talk", next_review=clock.day + timedelta(days=10))
    report = svc.report(net, svc.window("6m"))
    assert not report.prompt and not report.review_due
    clock.day += timedelta(days=10)
    assert svc.report(net, svc.window("6m")).review_due


def test_review_due_does_not_change_with_the_window(svc: Service, clock: Clock) -> None:
    log(svc, "me", "1h", 2)
    clock.day += timedelta(days=120)  # the partner was added 120 days ago, no talk since
    log(svc, "partner", "1h")
    net = svc.network("gewerbe")
    due = {w: svc.report(net, svc.window(w)).partners[0].review_due for w in ("3m", "6m", "all")}
    assert due == {"3m": True, "6m": True, "all": True}
