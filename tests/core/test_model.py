"""The values themselves: ids, and what a contribution refuses to be."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from balance.core.errors import ValidationError
from balance.core.model import Contribution, Network, new_id


def test_new_ids_are_random_version_4_uuids() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    for i in list(ids)[:50]:
        u = uuid.UUID(hex=i)
        assert u.version == 4 and u.variant == uuid.RFC_4122 and u.hex == i


def _c(**kw: object) -> Contribution:
    base: dict[str, object] = dict(
        id="x",
        network_id="n",
        partner_id="p",
        by="me",
        date=date(2026, 11, 1),
        minutes=30,
        what="Stammtisch",
    )
    base.update(kw)
    return Contribution(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"minutes": -1}, "time"),
        ({"money": Decimal("NaN")}, "money"),
        ({"money": Decimal("-1")}, "money"),
        ({"energy": 6}, "energy"),
        ({"minutes": 0}, "amount"),
        ({"what": "  "}, "what"),
        ({"note": "n" * 10_001}, "note"),
        ({"by": "partner", "partner_id": None}, "partner"),
        ({"by": "them"}, "by"),
    ],
)
def test_a_contribution_refuses_bad_values(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        _c(**changes)
    assert info.value.field == field


def test_network_limits_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="'leaning' limit"):
        Network("n", "N", lean_ratio=Decimal("2.5"), imbalance_ratio=Decimal("2.0"))
    with pytest.raises(ValidationError, match="three-letter"):
        Network("n", "N", currency="EURO")
