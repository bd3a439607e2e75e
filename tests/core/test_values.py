"""What each value refuses to be, with the field and the words a user reads, and its edges."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from balance.core.errors import ValidationError
from balance.core.model import (
    ENERGY_MAX,
    MAX_MINUTES,
    MAX_MONEY,
    Agreement,
    AgreementState,
    Contribution,
    Conversation,
    Network,
    Partner,
    Status,
    Weights,
    new_id,
)

DAY = date(2026, 11, 28)


def refused(build: object) -> tuple[str, str]:
    with pytest.raises(ValidationError) as info:
        build()  # type: ignore[operator]
    assert str(info.value) == f"{info.value.field}: {info.value.message}"
    return info.value.field, info.value.message


def contribution(**kw: object) -> Contribution:
    base: dict[str, object] = dict(
        id="c", network_id="n", partner_id="p", by="me", date=DAY, minutes=30, what="Stammtisch"
    )
    return Contribution(**{**base, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        ({"by": "them"}, "by", "use 'me' or 'partner'"),
        (
            {"by": "partner", "partner_id": None},
            "partner",
            "'by partner' needs a partner: whose was it?",
        ),
        ({"minutes": -1}, "time", "must be whole minutes >= 0"),
        ({"minutes": MAX_MINUTES + 1}, "time", "must be whole minutes >= 0"),
        ({"minutes": 1.5}, "time", "must be whole minutes >= 0"),
        ({"money": 2.5}, "money", "must be an exact amount such as 25.50"),
        ({"money": Decimal("Infinity")}, "money", "must be an exact amount such as 25.50"),
        ({"money": Decimal("-0.01")}, "money", "must be between 0 and 1,000,000,000"),
        ({"money": MAX_MONEY + Decimal("0.01")}, "money", "must be between 0 and 1,000,000,000"),
        ({"energy": -1}, "energy", "use a whole number from 0 (none) to 5 (draining)"),
        ({"energy": ENERGY_MAX + 1}, "energy", "use a whole number from 0 (none) to 5 (draining)"),
        ({"energy": 2.0}, "energy", "use a whole number from 0 (none) to 5 (draining)"),
        ({"minutes": 0}, "amount", "give at least one of time, money or energy above 0"),
        ({"what": " \t"}, "what", "say in a few words what it was"),
        ({"what": "w" * 201}, "what", "is longer than 200 characters"),
        ({"note": "n" * 10_001}, "note", "is longer than 10,000 characters"),
        ({"tags": ("ok", "t" * 201)}, "tag", "is longer than 200 characters"),
    ],
)
def test_a_contribution_refuses(kw: dict[str, object], field: str, message: str) -> None:
    assert refused(lambda: contribution(**kw)) == (field, message)


def test_a_contribution_at_its_limits_is_fine() -> None:
    edge = contribution(
        minutes=MAX_MINUTES,
        money=MAX_MONEY,
        energy=ENERGY_MAX,
        what="w" * 200,
        note="n" * 10_000,
        tags=("t" * 200,),
    )
    assert (edge.minutes, edge.money, edge.energy) == (MAX_MINUTES, MAX_MONEY, 5)
    assert contribution(minutes=0, money=Decimal("0.01")).money == Decimal("0.01")
    assert contribution(minutes=0, energy=1).energy == 1
    assert contribution(by="partner").by == "partner"
    assert contribution(by="me", partner_id=None).partner_id is None


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        ({"name": " "}, "network", "the name must not be empty"),
        ({"name": "n" * 201}, "network", "the name is longer than 200 characters"),
        ({"name": "Zwei\nZeilen"}, "network", "the name must be one line"),
        ({"name": "Tab\there"}, "network", "the name must be one line"),
        ({"name": "CR\rhere"}, "network", "the name must be one line"),
        ({"currency": "EU"}, "currency", "use a three-letter code such as EUR, CHF or USD"),
        ({"currency": "eur"}, "currency", "use a three-letter code such as EUR, CHF or USD"),
        ({"currency": "E1R"}, "currency", "use a three-letter code such as EUR, CHF or USD"),
        ({"lean_ratio": Decimal(1)}, "thresholds", None),
        ({"lean_ratio": Decimal("2.1")}, "thresholds", None),
        ({"review_days": 0}, "review-days", "must be a whole number of days >= 1"),
        ({"cooldown_days": -1}, "cooldown-days", "must be a whole number of days >= 0"),
        ({"goal": "g" * 10_001}, "canvas", "is longer than 10,000 characters"),
        ({"expectations": ("ok", "e" * 10_001)}, "canvas", "is longer than 10,000 characters"),
    ],
)
def test_a_network_refuses(kw: dict[str, object], field: str, message: str | None) -> None:
    got_field, got_message = refused(lambda: Network(**{"id": "n", "name": "Verein", **kw}))  # type: ignore[arg-type]
    assert got_field == field
    assert got_message == (
        message
        or "the 'leaning' limit must be above 1 and at most the 'imbalanced' limit, "
        "e.g. 1.5 and 2.0"
    )


def test_a_network_at_its_limits_is_fine() -> None:
    net = Network(
        "n",
        "n" * 200,
        lean_ratio=Decimal("2.0"),
        imbalance_ratio=Decimal("2.0"),
        review_days=1,
        cooldown_days=0,
        motivation="m" * 10_000,
    )
    assert net.lean_ratio == net.imbalance_ratio and net.review_days == 1


def test_a_partner_name_is_checked_like_a_network_name() -> None:
    assert refused(lambda: Partner("p", "")) == ("partner", "the name must not be empty")
    assert Partner("p", "Anna").added is None


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ((Decimal(-1), Decimal(1), Decimal(1)), "time weight must be a number >= 0"),
        ((Decimal(1), Decimal("NaN"), Decimal(1)), "money weight must be a number >= 0"),
        ((Decimal(1), Decimal(1), 1), "energy weight must be a number >= 0"),
        ((Decimal(0), Decimal(0), Decimal(0)), "at least one weight must be above 0"),
    ],
)
def test_weights_refuse(weights: tuple[object, object, object], message: str) -> None:
    assert refused(lambda: Weights(*weights)) == ("weights", message)  # type: ignore[arg-type]


def test_weights_may_leave_out_two_dimensions() -> None:
    assert Weights(Decimal(0), Decimal(0), Decimal("0.5")).energy == Decimal("0.5")


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"notes": "  "}, "say in a few words what you talked about"),
        ({"notes": "n" * 10_001}, "is longer than 10,000 characters"),
        ({"goal": "g" * 10_001}, "is longer than 10,000 characters"),
    ],
)
def test_a_conversation_refuses(kw: dict[str, object], message: str) -> None:
    base = {"id": "t", "network_id": "n", "partner_id": None, "date": DAY, "notes": "ok"}
    assert refused(lambda: Conversation(**{**base, **kw})) == ("notes", message)  # type: ignore[arg-type]


def test_an_agreement_refuses_a_novel_no_text_a_stranger_and_a_state_without_its_day() -> None:
    assert refused(lambda: Agreement("a", "a" * 10_001)) == (
        "agreement",
        "is longer than 10,000 characters",
    )
    assert refused(lambda: Agreement("a", "  "))[1] == "say in a few words what was agreed"
    assert "who owes it" in refused(lambda: Agreement("a", "x", owes="anna"))[1]  # type: ignore[arg-type]
    assert "has its day" in refused(lambda: Agreement("a", "x", state=AgreementState.DONE))[1]
    assert "has its day" in refused(lambda: Agreement("a", "x", closed=DAY))[1]


def test_an_agreement_is_overdue_only_after_its_due_day_and_while_open() -> None:
    a = Agreement("a", "Flyer", due=DAY)
    assert not a.overdue(DAY)
    assert a.overdue(DAY + timedelta(days=1))
    done = Agreement("a", "Flyer", due=DAY, state=AgreementState.DONE, closed=DAY)
    assert not done.overdue(DAY + timedelta(days=30))
    assert not Agreement("a", "Flyer").overdue(DAY + timedelta(days=999))


def test_status_labels_are_words() -> None:
    assert [s.label for s in Status] == ["balanced", "leaning", "imbalanced", "too little data"]


def test_names_may_hold_any_letter() -> None:
    assert Network("n", "Xaver Xylophon").name == "Xaver Xylophon"


def test_the_random_bits_of_an_id_stay_random() -> None:
    """Only the version and variant bits are fixed; the rest vary, byte by byte."""
    raws = [bytes.fromhex(new_id()) for _ in range(400)]
    assert {r[6] & 0x0F for r in raws} == set(range(16))
    assert {r[8] & 0x01 for r in raws} == {0, 1}
    assert any(r[6] & 0x0F != r[7] & 0x0F for r in raws)
    assert any(r[8] & 0x3F != r[9] & 0x3F for r in raws)
    assert {r[6] >> 4 for r in raws} == {4} and {r[8] >> 6 for r in raws} == {2}
