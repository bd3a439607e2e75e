"""Schema 1 to 2: a talk's agreements, once bare texts, become open agreements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from balance.core.model import AgreementState
from balance.service.api import Service
from balance.store.errors import CorruptStore


def schema_1(path: Path) -> None:
    """A database as balance 0.x wrote it: schema 1, agreements as texts."""
    svc = Service.open(path)
    net = svc.add_network("Gewerbeverein Hünfelden")
    anna, _ = svc.add_partner("Anna Schmidt", [net.name])
    svc.talk(net, anna, "Ziele besprochen")
    data = json.loads(path.read_text())
    data["_meta"]["1"]["schema"] = 1
    talk = next(iter(data["conversations"].values()))
    talk["agreements"] = ["Anna organisiert ab September jeden zweiten Stammtisch", "Flyer"]
    del talk["private"]
    path.write_text(json.dumps(data))


def test_old_agreements_become_open_ones_with_ids_once_and_the_old_file_is_kept(
    tmp_path: Path,
) -> None:
    db = tmp_path / "b.json"
    schema_1(db)
    before = db.read_bytes()
    svc = Service.open(db)
    items = svc.agreements()
    assert [i.agreement.text for i in items] == [
        "Anna organisiert ab September jeden zweiten Stammtisch",
        "Flyer",
    ]
    assert all(
        i.agreement.state is AgreementState.OPEN and i.agreement.owes == "both" for i in items
    )
    stored = json.loads(db.read_text())
    assert stored["_meta"]["1"]["schema"] == 2
    docs = next(iter(stored["conversations"].values()))["agreements"]
    assert [d["id"] for d in docs] == [i.id for i in items]
    assert (tmp_path / "b.backups" / "b.json.1").read_bytes() == before
    # Read again: the same ids, nothing written.
    after = db.read_bytes()
    assert [i.id for i in Service.open(db).agreements()] == [i.id for i in items]
    assert db.read_bytes() == after


def test_a_ticked_agreement_survives_and_undo_brings_back_the_open_one(tmp_path: Path) -> None:
    db = tmp_path / "b.json"
    schema_1(db)
    svc = Service.open(db)
    first = svc.agreements()[0]
    done = svc.set_agreement(first.id[:6], AgreementState.DONE)
    assert done.agreement.state is AgreementState.DONE and done.agreement.closed == svc.today()
    assert [i.agreement.text for i in svc.agreements(open_only=True)] == ["Flyer"]
    undone = svc.undo()
    assert undone is not None and undone.kind == "agreement done"
    assert len(svc.agreements(open_only=True)) == 2


def test_a_damaged_old_file_is_not_migrated(tmp_path: Path) -> None:
    db = tmp_path / "b.json"
    schema_1(db)
    data = json.loads(db.read_text())
    next(iter(data["conversations"].values()))["agreements"] = [42]
    db.write_text(json.dumps(data))
    before = db.read_bytes()
    with pytest.raises(CorruptStore):
        Service.open(db).agreements()
    assert db.read_bytes() == before
