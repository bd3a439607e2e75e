"""The TOML summary as a partner receives it: every key, exact money, a fixed order."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime
from decimal import Decimal

import tomli_w

from balance import __version__
from balance.core import summary
from balance.core.exchange import ValueBalance, exchange_of
from balance.core.ledger import Totals, balance_of
from balance.core.model import (
    THREE_QUESTIONS,
    Agreement,
    Budget,
    Contribution,
    Conversation,
    Kind,
    Network,
)
from balance.core.reports import Standing
from balance.core.window import Window

NET = Network(
    "n1",
    "Gewerbeverein Hünfelden",
    kind=Kind.PRIVATE,
    motivation="Kunden finden",
    expectations=("Offenheit", "Transparenz"),
    goal="Ein Fest",
    success="20 Gäste",
    budget=Budget(minutes=240, money=Decimal("50.50"), energy=8),
)
GENERATED = datetime(2026, 11, 28, 9, 30, 15, 123456, tzinfo=UTC)


def row(day: int, by: str = "me", what: str = "x", cid: str = "c", **kw: object) -> Contribution:
    amounts = kw or {"minutes": 30}
    return Contribution(
        cid,
        "n1",
        "anna",
        by,
        date(2026, 11, day),
        what=what,
        **amounts,  # type: ignore[arg-type]
    )


def talk(day: int, notes: str, partner: str | None = "anna", **kw: object) -> Conversation:
    return Conversation("t" + notes, "n1", partner, date(2026, 11, day), notes, **kw)  # type: ignore[arg-type]


BAL = balance_of(
    Totals(90, Decimal("25.50"), 3, 2, energy_count=2),
    Totals(30, Decimal("0"), 0, 1, energy_count=1),
    NET,
)
STANDING = Standing(
    Window(date(2026, 5, 28), date(2026, 11, 28), "6m"),
    BAL,
    ValueBalance(),
    exchange_of(BAL, ValueBalance(), NET),
)


def doc_of(**kw: object) -> summary.Summary:
    return summary.Summary(
        title="Partner Balance: Gewerbeverein Hünfelden",
        generated=GENERATED,
        since=date(2026, 5, 28),
        until=date(2026, 11, 28),
        window="last 6 months",
        network=NET,
        me="Petra Vogel",
        **kw,  # type: ignore[arg-type]
    )


def read(**kw: object) -> dict:
    return tomllib.loads(summary.to_toml(doc_of(**kw)))


def section_of(name: str, *args: object) -> dict:
    return summary.partner_section(summary.PartnerPart(name, STANDING, *args), "Petra Vogel")  # type: ignore[arg-type]


def test_the_whole_document_with_every_key() -> None:
    contributions = [
        row(3, "partner", "Hilfe", "c2", minutes=30),
        row(
            2, "me", "Stammtisch", "c1", minutes=90, money=Decimal("25.50"), energy=3,
            tags=("work", "Bier"),
        ),
    ]  # fmt: skip
    talks = [
        talk(
            20,
            "Ziele",
            goal="Fest",
            value_mine="Kunden",
            value_theirs="Räume",
            agreements=(Agreement("a1", "Plakat"),),
            next_review=date(2027, 2, 1),
        ),
        talk(5, "Kennenlernen"),
    ]
    doc = read(partners=[summary.PartnerPart("Anna Schmidt", STANDING, contributions, talks)])
    assert doc == {
        "title": "Partner Balance: Gewerbeverein Hünfelden",
        "generated": datetime(2026, 11, 28, 9, 30, 15, tzinfo=UTC),
        "app": f"balance {__version__}",
        "me": "Petra Vogel",
        "period": {
            "since": date(2026, 5, 28),
            "until": date(2026, 11, 28),
            "window": "last 6 months",
        },
        "network": {
            "name": "Gewerbeverein Hünfelden",
            "kind": "private",
            "currency": "EUR",
            "motivation": "Kunden finden",
            "expectations": ["Offenheit", "Transparenz"],
            "shared_goal": "Ein Fest",
            "success": "20 Gäste",
            "budget_per_month": {"minutes": 240, "money": "50.50", "energy": 8},
        },
        "questions": list(THREE_QUESTIONS),
        "partners": [
            {
                "name": "Anna Schmidt",
                "people": {"me": "Petra Vogel", "partner": "Anna Schmidt"},
                "balance": {
                    "status": "imbalanced",
                    "direction": "me",
                    "combined_share": 0.9167,
                    "shares": {"time": 0.75, "money": 1.0, "energy": 1.0},
                    "mine": {"minutes": 90, "money": "25.50", "energy": 3, "count": 2},
                    "theirs": {"minutes": 30, "money": "0", "energy": 0, "count": 1},
                },
                "exchange": "one_sided",  # you carry it, and nothing came back
                "contributions": [
                    {
                        "date": date(2026, 11, 2),
                        "by": "me",
                        "what": "Stammtisch",
                        "minutes": 90,
                        "money": "25.50",
                        "energy": 3,
                        "tags": ["work", "Bier"],
                    },
                    {"date": date(2026, 11, 3), "by": "partner", "what": "Hilfe", "minutes": 30},
                ],
                "conversations": [
                    {"date": date(2026, 11, 5), "notes": "Kennenlernen"},
                    {
                        "date": date(2026, 11, 20),
                        "notes": "Ziele",
                        "shared_goal": "Fest",
                        "value_for_me": "Kunden",
                        "value_for_partner": "Räume",
                        "agreements": [{"text": "Plakat", "owes": "both", "state": "open"}],
                        "next_review": date(2027, 2, 1),
                    },
                ],
            }
        ],
    }


def test_money_keeps_its_trailing_zeros_in_the_text() -> None:
    part = summary.PartnerPart("Anna", STANDING, [row(2, money=Decimal("25.50"))], [])
    text = summary.to_toml(
        summary.Summary(
            title="t", generated=GENERATED, since=None, until=date(2026, 11, 28),
            window="all time", network=NET, me="Petra Vogel", partners=[part],
        )
    )  # fmt: skip
    assert 'money = "25.50"' in text and 'money = "50.50"' in text
    assert '25.5"' not in text


def test_the_order_of_contributions_is_fixed_whatever_order_they_come_in() -> None:
    rows = [
        row(4, "me", "b", "c5", minutes=10),
        row(4, "me", "b", "c4", minutes=10),
        row(4, "me", "b", "c3", minutes=5),
        row(4, "me", "a", "c2", minutes=99),
        row(4, "partner", "a", "c1", minutes=1),
        row(3, "partner", "z", "c0", minutes=1),
        row(4, "me", "b", "c6", minutes=10, money=Decimal("1")),
        row(4, "me", "b", "c7", minutes=10, money=Decimal("1"), energy=1),
    ]
    expected = [
        ("z", 1, None, None),
        ("a", 99, None, None),
        ("b", 5, None, None),
        ("b", 10, None, None),
        ("b", 10, None, None),
        ("b", 10, "1", None),
        ("b", 10, "1", 1),
        ("a", 1, None, None),
    ]
    for order in (rows, rows[::-1], rows[3:] + rows[:3]):
        section = section_of("Anna", order, [])
        got = [
            (c["what"], c["minutes"], c.get("money"), c.get("energy"))
            for c in section["contributions"]
        ]
        assert got == expected


def test_a_private_note_and_empty_values_are_left_out() -> None:
    secret = row(2, cid="c1", minutes=30)
    secret = Contribution(**{**secret.__dict__, "note": "geheim", "private": True})
    shared = Contribution(**{**secret.__dict__, "id": "c2", "note": "offen", "private": False})
    section = section_of("Anna", [secret, shared], [])
    assert [c.get("note") for c in section["contributions"]] == [None, "offen"]
    bare = Network("n2", "Verein")
    doc = read(partners=[], network_rows=[], network_conversations=[])
    assert "partners" not in doc and "network_contributions" not in doc
    assert summary.network_section(bare) == {
        "name": "Verein",
        "kind": "professional",
        "currency": "EUR",
    }


def test_the_network_rows_and_talks_of_a_network_export() -> None:
    network_rows = [row(9, what="Fest", cid="n2", minutes=120), row(1, what="Plakat", cid="n1")]
    talks = [talk(10, "Jahresplan", partner=None), talk(2, "Start", partner=None)]
    doc = read(partners=[], network_rows=network_rows, network_conversations=talks)
    assert [c["what"] for c in doc["network_contributions"]] == ["Plakat", "Fest"]
    assert doc["network_conversations"] == [
        {"date": date(2026, 11, 2), "notes": "Start"},
        {"date": date(2026, 11, 10), "notes": "Jahresplan"},
    ]


def test_a_private_talk_keeps_its_notes_and_values_home_but_shares_goal_and_agreements() -> None:
    secret = Conversation(
        "t1", "n1", "anna", date(2026, 11, 20), "Umsatz 12.000 vertraulich",
        goal="Fest", value_mine="Kundenliste", value_theirs="Räume",
        agreements=(Agreement("a1", "Plakat"),), private=True,
    )  # fmt: skip
    section = section_of("Anna Schmidt", [], [secret])
    text = tomli_w.dumps(section)
    for hidden in ("Umsatz", "Kundenliste", "Räume"):
        assert hidden not in text
    assert "Fest" in text and "Plakat" in text and "(private)" in text


def test_values_what_came_back_and_agreement_states_in_the_toml() -> None:
    from balance.core.exchange import value_balance
    from balance.core.model import AgreementState, Value, ValueKind

    window = Window(date(2026, 5, 28), date(2026, 11, 28), "6m")
    vals = [
        Value("v2", "n1", "anna", "partner", date(2026, 11, 9), ValueKind.REFERRAL, "Kontakt",
              note="offen"),
        Value("v1", "n1", "anna", "me", date(2026, 11, 8), ValueKind.BUSINESS, "Auftrag",
              amount=Decimal("2400.00"), note="geheim", private=True),
        Value("v3", "n1", "anna", "me", date(2026, 11, 9), ValueKind.KNOWHOW, "Tipp"),
    ]  # fmt: skip
    vb = value_balance(vals, NET, "anna", window)
    standing = Standing(window, BAL, vb, exchange_of(BAL, vb, NET))
    agreed = (
        Agreement("a1", "Plakat", owes="partner", due=date(2026, 12, 1)),
        Agreement("a2", "Flyer", owes="me", state=AgreementState.DONE, closed=date(2026, 11, 21)),
    )
    part = summary.PartnerPart("Anna", standing, (), [talk(20, "Ziele", agreements=agreed)], vals)
    section = summary.partner_section(part, "Petra Vogel")
    assert section["value_share"] == 0.6667
    assert section["received"] == {
        "mine": {"items": 2, "kinds": {"business": 1, "knowhow": 1}, "amount": "2400.00"},
        "theirs": {"items": 1, "kinds": {"referral": 1}},
    }
    assert section["values"] == [
        {"date": date(2026, 11, 8), "to": "me", "kind": "business", "what": "(private)",
         "amount": "2400.00"},
        {"date": date(2026, 11, 9), "to": "me", "kind": "knowhow", "what": "Tipp"},
        {"date": date(2026, 11, 9), "to": "partner", "kind": "referral", "what": "Kontakt",
         "note": "offen"},
    ]  # fmt: skip
    assert section["conversations"][0]["agreements"] == [
        {"text": "Plakat", "owes": "partner", "due": date(2026, 12, 1), "state": "open"},
        {"text": "Flyer", "owes": "me", "state": "done", "closed": date(2026, 11, 21)},
    ]
    text = summary.to_toml(doc_of(partners=[part]))
    assert "geheim" not in text and 'amount = "2400.00"' in text
