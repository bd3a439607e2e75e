"""One partnership read for its screens (history, briefing): the same rows and figures
as a read of every row, with the month totals cache used, stale or damaged."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from balance.core.forms import LogForm, TalkForm
from balance.service.api import Service
from balance.store.db import Store

TODAY = date(2026, 11, 28)


@pytest.fixture
def svc(tmp_path: Path) -> Service:
    """Two years with Anna (you 2h, she 1h each month) and a little with Jürgen."""
    s = Service(Store(tmp_path / "b.json"), today=lambda: TODAY)
    s.add_network("Gewerbeverein Hünfelden")
    s.add_partner("Anna Schmidt", ["gewerbe"])
    s.add_partner("Jürgen Weiß", ["gewerbe"])
    for back in range(0, 720, 30):
        day = (TODAY - timedelta(days=back)).isoformat()
        s.log(LogForm(network="gewerbe", partner="anna", time="2h", what="Stammtisch", date=day))
        s.log(
            LogForm(network="gewerbe", partner="anna", by="partner", time="1h", what="K", date=day)
        )
    s.log(LogForm(network="gewerbe", partner="jürgen", time="1h", what="Messe", date="2026-01-10"))
    s.log(LogForm(network="gewerbe", what="for everyone", time="1h", date="2026-11-02"))
    return s


def every_row(svc: Service, partner: str) -> list[str]:
    return sorted(
        c.id
        for c in svc.contributions(
            svc.network("gewerbe"), svc.partner(partner, svc.network("gewerbe"))
        )
    )


def test_the_first_page_is_the_newest_months_and_the_rest_completes_it(svc: Service) -> None:
    net, anna = svc.network("gewerbe"), svc.partner("anna", svc.network("gewerbe"))
    first = svc.pair_history(net, anna, since=None, least=10)
    assert first.count == 48  # from the month totals: no row needed
    assert 10 <= len(first.rows) < 48 and not first.complete
    assert min(c.date for c in first.rows) > max(
        c.date for c in svc.pair_rows(net, anna, first.left)
    )
    rest = svc.pair_rows(net, anna, first.left)
    assert sorted(c.id for c in (*first.rows, *rest)) == every_row(svc, "anna")
    assert sum(t.count for t in first.older) == len(rest)


def test_the_first_page_covers_the_window(svc: Service) -> None:
    net, anna = svc.network("gewerbe"), svc.partner("anna", svc.network("gewerbe"))
    window = svc.window("12m")
    first = svc.pair_history(net, anna, since=window.since, least=1)
    inside = [c for c in svc.contributions(net, anna) if window.contains(c.date)]
    assert {c.id for c in inside} <= {c.id for c in first.rows}


def test_since_the_last_talk_equals_the_full_read(svc: Service) -> None:
    net = svc.network("gewerbe")
    for name in ("anna", "jürgen"):
        p = svc.partner(name, net)
        assert svc.pair_since_talk(net, p) == svc.since_talk(net, p)  # no talk: all time
    svc.record_talk(TalkForm(network="gewerbe", partner="anna", notes="ok", date="2026-06-15"))
    anna = svc.partner("anna", svc.network("gewerbe"))
    since = svc.pair_since_talk(net, anna)
    assert since == svc.since_talk(net, anna)
    assert since.mine.minutes == 6 * 120 and since.last_mine == TODAY


def test_a_month_changed_behind_the_cache_is_read_from_the_file(
    svc: Service, tmp_path: Path
) -> None:
    net, anna = svc.network("gewerbe"), svc.partner("anna", svc.network("gewerbe"))
    svc.pair_history(net, anna, since=None, least=1000)  # every month read and cached
    path = tmp_path / "b.contributions" / "2025-03.json"
    data = json.loads(path.read_text())
    (doc,) = [d for d in data["contributions"].values() if d["by"] == "me"]
    doc["minutes"] = 600  # edited by hand
    path.write_text(json.dumps(data))
    rows = svc.pair_history(net, anna, since=None, least=1000).rows
    assert next(c for c in rows if c.id == doc["id"]).minutes == 600
    assert svc.pair_since_talk(net, anna).mine.minutes == 24 * 120 + 480


def test_a_damaged_cache_is_not_used(svc: Service, tmp_path: Path) -> None:
    net, anna = svc.network("gewerbe"), svc.partner("anna", svc.network("gewerbe"))
    svc.pair_history(net, anna, since=None, least=1000)
    for cache in (tmp_path / "b.cache").glob("*.json"):
        cache.write_bytes(b"{not json")
    first = svc.pair_history(net, anna, since=None, least=1000)
    assert first.count == 48 and sorted(c.id for c in first.rows) == every_row(svc, "anna")


@pytest.mark.parametrize("window", ["3m", "6m", "all"])
def test_a_first_page_and_the_months_left_give_every_row_once(svc: Service, window: str) -> None:
    net, anna = svc.network("gewerbe"), svc.partner("anna", svc.network("gewerbe"))
    for least in (1, 10, 1000):
        since = svc.window(window).since
        first = svc.pair_history(net, anna, since, least)
        # Nothing twice, none missed.
        rest = svc.pair_rows(net, anna, first.left)
        assert sorted(c.id for c in (*first.rows, *rest)) == every_row(svc, "anna")
        assert first.count == 48
