"""One partnership or one network read for its screens and exports (history, briefing,
export): the same rows and figures as a read of every row, with the month totals cache
used, stale or damaged."""

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
    """The pair's ids from a read that builds every row of every month."""
    net = svc.network("gewerbe")
    pid = svc.partner(partner, net).id
    return sorted(
        c.id for c in svc.store.contributions() if c.network_id == net.id and c.partner_id == pid
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


def with_a_second_network(svc: Service) -> None:
    """Rows of another network in the same months, which a read of gewerbe must not show."""
    svc.add_network("BNI Fulda")
    svc.add_partner("Özlem Yıldız", ["bni"])
    for day in ("2026-10-03", "2026-11-20"):
        svc.log(LogForm(network="bni", partner="özlem", time="3h", what="Treffen", date=day))


@pytest.mark.parametrize("warm", [False, True])
@pytest.mark.parametrize("partner", [None, "anna", "jürgen"])
def test_a_network_read_gives_the_rows_a_full_read_gives(
    svc: Service, warm: bool, partner: str | None
) -> None:
    with_a_second_network(svc)
    if warm:  # every month read once and its totals cached
        svc.store.contributions()
    net = svc.network("gewerbe")
    p = svc.partner(partner, net) if partner else None
    full = [
        c
        for c in svc.store.contributions(date(2026, 1, 1), TODAY)
        if c.network_id == net.id and (p is None or c.partner_id == p.id)
    ]
    got = svc.contributions(net, p, date(2026, 1, 1), TODAY)
    assert sorted(got, key=lambda c: c.id) == sorted(full, key=lambda c: c.id)
    assert [c.date for c in got] == sorted(c.date for c in got)
    assert all(c.network_id == net.id for c in got) and got


def test_an_export_reads_a_month_changed_behind_the_cache_from_the_file(
    svc: Service, tmp_path: Path
) -> None:
    with_a_second_network(svc)
    net = svc.network("gewerbe")
    window = svc.window("6m")
    svc.export(net, None, window, "md")  # the months read and cached
    path = tmp_path / "b.contributions" / "2026-11.json"
    data = json.loads(path.read_text())
    doc = next(d for d in data["contributions"].values() if d["what"] == "for everyone")
    doc["what"] = "Neujahrsempfang für alle"  # edited by hand
    path.write_text(json.dumps(data))
    page = svc.export(net, None, window, "md")
    assert "Neujahrsempfang für alle" in page and "Treffen" not in page


def test_an_export_still_refuses_an_entry_in_two_month_files(svc: Service, tmp_path: Path) -> None:
    """Old crash damage in the exported network: the page would count it twice."""
    from balance.store.errors import DuplicateEntry

    net = svc.network("gewerbe")
    svc.export(net, None, svc.window("6m"), "md")  # warm: the raw read is taken
    shards = tmp_path / "b.contributions"
    november = json.loads((shards / "2026-11.json").read_text())
    october = json.loads((shards / "2026-10.json").read_text())
    october["contributions"]["999"] = dict(
        next(iter(november["contributions"].values())), date="2026-10-15"
    )
    (shards / "2026-10.json").write_text(json.dumps(october))
    with pytest.raises(DuplicateEntry, match=r"2026-10\.json and .*2026-11\.json"):
        svc.export(net, None, svc.window("6m"), "md")


@pytest.mark.parametrize("network", ["gewerbe", "bni"])
def test_an_entry_in_two_months_is_refused_even_when_its_copies_differ_in_network(
    svc: Service, tmp_path: Path, network: str
) -> None:
    """Old damage whose second copy names another network: either export holds one copy
    only, yet the entry is in the database twice, so both say so."""
    from balance.store.errors import DuplicateEntry

    with_a_second_network(svc)
    for name in ("gewerbe", "bni"):  # warm: the raw reads are taken
        svc.export(svc.network(name), None, svc.window("6m"), "md")
    shards = tmp_path / "b.contributions"
    november = json.loads((shards / "2026-11.json").read_text())
    october = json.loads((shards / "2026-10.json").read_text())
    copy = next(d for d in november["contributions"].values() if d["what"] == "for everyone")
    october["contributions"]["999"] = dict(copy, network=svc.network("bni").id, date="2026-10-15")
    (shards / "2026-10.json").write_text(json.dumps(october))
    net = svc.network(network)
    for read in (
        lambda: svc.export(net, None, svc.window("6m"), "md"),
        lambda: svc.contributions(net, None, date(2026, 1, 1), TODAY),
        lambda: svc.since_talk_per_partner(net),
    ):
        with pytest.raises(DuplicateEntry, match=r"2026-10\.json and .*2026-11\.json"):
            read()
