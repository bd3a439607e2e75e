"""Values, the exchange and the fixed alarm window, through the service."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from balance.core.errors import FormErrors, ValidationError
from balance.core.forms import LogForm, ValueForm
from balance.service.api import Service
from balance.store.db import Store

TODAY = date(2026, 11, 28)


@pytest.fixture
def svc(tmp_path: Path) -> Service:
    s = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    s.add_network("Gewerbeverein Hünfelden")
    s.add_partner("Anna Schmidt", ["gewerbe"])
    return s


def log(svc: Service, by: str, days_ago: int, time: str = "2h") -> None:
    day = (TODAY - timedelta(days=days_ago)).isoformat()
    svc.log(LogForm(network="gewerbe", partner="anna", by=by, time=time, date=day, what="x"))


def value(svc: Service, to: str = "me", kind: str = "referral", amount: str = "") -> None:
    svc.add_value(
        ValueForm(network="gewerbe", partner="anna", to=to, kind=kind, what="lead", amount=amount)
    )


def anna(svc: Service, window: str = "6m"):
    net = svc.network("gewerbe")
    return svc.report(net, svc.window(window)).partners[0]


def test_you_carry_with_nothing_back_prompts_and_orders_back_make_it_fair(svc: Service) -> None:
    for d in (3, 2, 1):
        log(svc, "me", d)
    assert anna(svc).exchange == "one_sided" and anna(svc).prompt
    value(svc, kind="business", amount="2.400,00")
    value(svc)
    value(svc, kind="Empfehlung")  # German kind words are taken too
    report = anna(svc)
    assert report.exchange == "fair_trade" and not report.prompt
    assert report.values.mine.items == 3 and report.values.mine.amount == Decimal("2400.00")


def test_even_effort_but_anna_keeps_receiving_prompts(svc: Service) -> None:
    log(svc, "me", 3)
    log(svc, "partner", 2)
    log(svc, "me", 1, "1h")
    log(svc, "partner", 1, "1h")
    for _ in range(3):
        value(svc, to="partner")
    assert anna(svc).balance.status.value == "balanced"
    assert anna(svc).exchange == "one_sided" and anna(svc).prompt


def test_the_window_changes_figures_never_prompts(svc: Service) -> None:
    # Imbalanced long ago only: the 12-month view shows it, the 6-month alarm does not.
    for d in (300, 299, 298):
        log(svc, "me", d)
    twelve, six = anna(svc, "12m"), anna(svc, "6m")
    assert twelve.balance.mine.minutes == 360 and six.balance.mine.minutes == 0
    assert twelve.exchange == "one_sided"
    assert not twelve.prompt and not six.prompt
    assert anna(svc, "all").prompt == six.prompt


def test_alarm_window_is_a_canvas_setting(svc: Service) -> None:
    for d in (300, 299, 298):
        log(svc, "me", d)
    net = svc.network("gewerbe")
    svc.edit_network(net, alarm_months="12")
    assert anna(svc, "3m").prompt


def test_review_due_does_not_move_with_the_window(svc: Service) -> None:
    """Added today, history typed in after the fact: first seen is an all-time fact."""
    svc.add_partner("Bernd Koch", ["gewerbe"])
    for d in (200, 150, 10):
        svc.log(
            LogForm(
                network="gewerbe",
                partner="bernd",
                time="1h",
                date=(TODAY - timedelta(days=d)).isoformat(),
                what="history",
            )
        )
    net = svc.network("gewerbe")
    seen = set()
    for spec in ("3m", "6m", "12m", "all"):
        report = svc.report(net, svc.window(spec))
        bernd = next(p for p in report.partners if p.partner.name == "Bernd Koch")
        seen.add((bernd.review_due, report.review_due))
    assert seen == {(True, True)}


def test_editing_an_entry_deleted_elsewhere_is_a_clear_error(svc: Service) -> None:
    log(svc, "me", 1)
    [row] = svc.store.contributions()
    svc.delete(row.id)
    with pytest.raises(ValidationError, match="no longer there"):
        svc.edit(row.id, LogForm(network="gewerbe", partner="anna", time="1h", what="x"))


def test_value_form_names_every_bad_field(svc: Service) -> None:
    before = svc.store.state()
    with pytest.raises(FormErrors) as info:
        svc.add_value(
            ValueForm(
                network="gewerbe", to="xyz", kind="gold", what=" ", amount="-5", date="31.02."
            )
        )
    assert {e.field for e in info.value.errors} == {"to", "kind", "date", "amount", "what"}
    assert svc.store.state() == before


def test_energy_left_empty_is_not_recorded(svc: Service) -> None:
    svc.log(LogForm(network="gewerbe", partner="anna", time="1h", what="x"))
    svc.log(LogForm(network="gewerbe", partner="anna", time="1h", what="y", energy="0"))
    energies = sorted((c.what, c.energy) for c in svc.store.contributions())
    assert energies == [("x", None), ("y", 0)]


def test_owner_name(svc: Service) -> None:
    assert svc.owner_name() == ""
    assert svc.set_owner("  Petra   Vogel ") == "Petra Vogel"
    assert svc.owner_name() == "Petra Vogel"
    with pytest.raises(ValidationError):
        svc.set_owner("   ")
