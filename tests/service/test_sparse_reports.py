"""A report without a trend (a check, an export) sums the whole months inside its
windows and reads days only where a pair leans: it must say exactly what a report
from the days says, whatever the data, the windows and the state of the cache."""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balance.core.model import Contribution, Network, new_id
from balance.core.reports import NetworkReport
from balance.core.window import Window
from balance.service.api import Service
from balance.store.db import Store
from balance.store.errors import DuplicateEntry

TODAY = date(2026, 11, 28)

#: (days back, by, partner 0/1/None, minutes, cents): up to 30 days back only, or over
#: 14 months, so that summing a month pays in some examples and not in others
rows_st = st.integers(30, 420).flatmap(
    lambda span: st.lists(
        st.tuples(
            st.integers(0, span),
            st.sampled_from(["me", "me", "partner"]),  # tilted: pairs that lean, often
            st.sampled_from([0, 1, None]),
            st.integers(1, 240),
            st.integers(0, 5000),
        ),
        min_size=30,
        max_size=150,
    )
)


def service(folder: Path, rows: list[tuple[int, str, int | None, int, int]], alarm: int) -> Service:
    svc = Service(Store(folder / "b.json"), today=lambda: TODAY)
    net = svc.add_network("Gewerbeverein Hünfelden", alarm_months=alarm)
    ids = [svc.add_partner(name, ["gewerbe"])[0].id for name in ("Anna Schmidt", "Jürgen Weiß")]
    svc.store.add_contributions(
        Contribution(
            new_id(),
            net.id,
            None if partner is None and by == "me" else ids[partner or 0],
            by,  # type: ignore[arg-type]
            TODAY - timedelta(days=back),
            minutes,
            Decimal(cents) / 100,
            None,
            "Stammtisch",
        )
        for back, by, partner, minutes, cents in rows
    )
    return svc


def from_days(svc: Service, net: Network, window: Window) -> NetworkReport:
    """The report from day totals inside the windows, as a report with a trend reads."""
    entries = svc.entries(window, [svc.alarm_window(net)], net.id)
    return svc.report(net, window, None, entries, trend=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=rows_st,
    alarm=st.sampled_from([1, 3, 6, 12]),
    label=st.sampled_from(["3m", "6m", "12m", "all"]),
    damage=st.sampled_from([None, "days", "months"]),
)
def test_a_report_from_summed_months_is_the_report_from_the_days(
    rows: list[tuple[int, str, int | None, int, int]], alarm: int, label: str, damage: str | None
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        svc = service(Path(tmp), rows, alarm)
        net = svc.network("gewerbe")
        window = svc.window(label)
        right = from_days(svc, net, window)
        if damage:  # every cached month of one kind, damaged behind the cache's back
            for path in Path(tmp, "b.cache").glob(
                "*.days.json" if damage == "days" else "*-??.json"
            ):
                data = json.loads(path.read_text())
                for _net, _partner, totals in data[damage]:
                    for total in totals:
                        total[2] = -1
                path.write_text(json.dumps(data))
        assert svc.report(net, window, trend=False) == right
        assert svc.reports(window, trend=False) == [right]


@pytest.fixture
def svc(tmp_path: Path) -> Service:
    """Anna and you, three times a month each for a year: months worth summing."""
    rows = [
        (back + day, by, 0, 60 if by == "me" else 20, 0)
        for back in range(0, 360, 30)
        for day in (1, 8, 15)
        for by in ("me", "partner")
    ]
    return service(tmp_path, rows, 6)


def test_a_leaning_pair_reads_the_days_of_summed_months(svc: Service, tmp_path: Path) -> None:
    net = svc.network("gewerbe")
    report = svc.report(net, svc.window("6m"), trend=False)
    anna = next(p for p in report.partners if p.partner.name == "Anna Schmidt")
    assert anna.leaning_since == from_days(svc, net, svc.window("6m")).partners[0].leaning_since
    assert anna.leaning_since is not None and anna.leaning_since < date(2026, 7, 1)
    # the cache said summing pays: month totals are a third of the day totals
    counts = json.loads((tmp_path / "b.cache" / "2026-08.days.json").read_text())["counts"]
    assert counts[0] * 3 == counts[1]


def test_an_entry_in_two_summed_months_is_an_error_naming_both(
    svc: Service, tmp_path: Path
) -> None:
    svc.report(svc.network("gewerbe"), svc.window("6m"), trend=False)  # the cache is kept
    shards = tmp_path / "b.contributions"
    august = json.loads((shards / "2026-08.json").read_text())
    september = json.loads((shards / "2026-09.json").read_text())
    moved = dict(next(iter(september["contributions"].values())), date="2026-08-20")
    august["contributions"]["999"] = moved
    (shards / "2026-08.json").write_text(json.dumps(august))
    with pytest.raises(DuplicateEntry, match=r"2026-08\.json and .*2026-09\.json"):
        svc.report(svc.network("gewerbe"), svc.window("6m"), trend=False)


@pytest.mark.parametrize("totals", [5, {"k": 1}, "abc"])
def test_a_summed_months_days_of_the_wrong_shape_are_read_again(
    svc: Service, tmp_path: Path, totals: object
) -> None:
    net, window = svc.network("gewerbe"), svc.window("6m")
    right = from_days(svc, net, window)
    path = tmp_path / "b.cache" / "2026-08.days.json"
    data = json.loads(path.read_text())
    data["days"] = [[net_id, partner, totals] for net_id, partner, _ in data["days"]]
    path.write_text(json.dumps(data))
    assert svc.report(net, window, trend=False) == right


def test_a_summed_months_days_that_are_not_groups_are_read_again(
    svc: Service, tmp_path: Path
) -> None:
    net, window = svc.network("gewerbe"), svc.window("6m")
    right = from_days(svc, net, window)
    path = tmp_path / "b.cache" / "2026-08.days.json"
    data = json.loads(path.read_text())
    data["days"] = ["abc"]  # one string unpacks into three letters; no pair is left
    path.write_text(json.dumps(data))
    assert svc.report(net, window, trend=False) == right


def test_an_entry_in_two_months_after_a_past_window_is_still_an_error(
    svc: Service, tmp_path: Path
) -> None:
    """The months between a window that ended in the past and the alarm window are
    read per day with a trend; summed, their ids are still checked."""
    window = Window(date(2026, 1, 1), date(2026, 3, 31), "range")
    svc.report(svc.network("gewerbe"), window, trend=False)
    shards = tmp_path / "b.contributions"
    april = json.loads((shards / "2026-04.json").read_text())
    may = json.loads((shards / "2026-05.json").read_text())
    april["contributions"]["999"] = dict(
        next(iter(may["contributions"].values())), date="2026-04-20"
    )
    (shards / "2026-04.json").write_text(json.dumps(april))
    with pytest.raises(DuplicateEntry, match=r"2026-04\.json and .*2026-05\.json"):
        svc.report(svc.network("gewerbe"), window, trend=False)


def test_without_a_cache_the_summed_report_is_the_report_from_the_days(tmp_path: Path) -> None:
    """A file where the cache folder goes: every month is read from its rows, each time."""
    (tmp_path / "b.cache").write_text("not a folder")
    rows = [(back + day, "me", 0, 60, 0) for back in range(0, 360, 30) for day in (1, 8, 15)]
    svc = service(tmp_path, rows, 6)
    net, window = svc.network("gewerbe"), svc.window("6m")
    report = svc.report(net, window, trend=False)
    assert report == from_days(svc, net, window)
    assert report.partners[0].leaning_since is not None
    assert (tmp_path / "b.cache").read_text() == "not a folder"
