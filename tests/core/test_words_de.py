"""The most-read sentences in German, exactly as a German reader sees them.

They need the German catalog (balance/locale/de): with a string missing from it,
the English shows and the test says which.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from balance.core.agreement_words import state_phrase
from balance.core.errors import ValidationError
from balance.core.exchange import ValueBalance, received_of
from balance.core.ledger import Carry, Totals, balance_of
from balance.core.model import Agreement, AgreementState, Contribution, Network, Status
from balance.core.parse import parse_money
from balance.core.parse.agreements import AgreementInput, agreement_line, parse_agreement
from balance.core.talk_words import value_sentence
from balance.core.window import Window
from balance.core.words import (
    ALL_PARTNERS,
    Side,
    carry_line,
    effort_sentence,
    logged_sentence,
    network_verdict,
    undone_sentence,
)
from balance.locale import use

NET = Network(id="n1", name="Gewerbeverein Hünfelden")
TODAY = date(2026, 11, 28)


@pytest.fixture(autouse=True)
def german() -> Iterator[None]:
    use("de")
    yield
    use("en")


def test_the_status_words() -> None:
    assert [s.label for s in Status] == [
        "ausgeglichen",
        "leicht einseitig",
        "einseitig",
        "zu wenig Daten",
    ]
    assert Status.LEANING.value == "leaning"  # the data stays English


def test_the_network_line() -> None:
    b = balance_of(Totals(270, Decimal("1234.50"), count=3), Totals(45, count=2), NET)
    assert network_verdict(b) == "du gibst mehr als alle Partner zusammen"
    assert effort_sentence(b, ALL_PARTNERS, "EUR") == (
        "du hast 4 Std. 30 Min. an Zeit gegeben, gegenüber 45 Min. von allen Partnern zusammen "
        "(6 zu 1) und alles an Geld (1.234,50 €; alle Partner zusammen nichts)"
    )
    assert carry_line(Carry(2, 1, 3)) == (
        "in 2 von 6 Partnerschaften gibst du mehr, in 1 gibt der Partner mehr, 3 sind ausgeglichen"
    )


def test_a_partner_who_gave_more() -> None:
    b = balance_of(Totals(60, count=2), Totals(90, count=2), NET)
    assert effort_sentence(b, Side.partner("Anna"), "EUR") == (
        "Anna hat 1 Std. 30 Min. an Zeit gegeben, gegenüber 1 Std. von dir (1,5 zu 1)"
    )


def test_a_logged_sentence() -> None:
    c = Contribution(
        "c1", "n1", "anna", "me", date(2026, 11, 27), 90, Decimal("25.50"), 3, "Stammtisch"
    )
    assert logged_sentence(c, NET, "Anna Schmidt") == (
        "Erfasst: Du hast am 27.11.2026 mit Anna Schmidt 1 Std. 30 Min., 25,50 €, Energie 3 "
        "gegeben: Stammtisch (Gewerbeverein Hünfelden)."
    )
    assert undone_sentence("log", "Stammtisch") == (
        "Rückgängig gemacht: das Erfassen von 'Stammtisch'."
    )


def test_what_came_back() -> None:
    assert value_sentence(ValueBalance(received_of([]), received_of([])), ALL_PARTNERS, "EUR") == (
        "Noch ist nichts erfasst, was zurückkam (erfasse es mit v)."
    )


def test_an_agreement_state() -> None:
    due = Agreement("a1", "Flyer drucken", "me", due=date(2026, 9, 30))
    assert state_phrase(due, TODAY) == "überfällig seit 30. Sept. 2026"
    assert state_phrase(due, date(2026, 9, 1)) == "fällig am 30. Sept. 2026"
    done = Agreement("a2", "Kasse", state=AgreementState.DONE, closed=date(2026, 10, 12))
    assert state_phrase(done, TODAY) == "erledigt am 12. Okt. 2026"


def test_a_window_and_its_period() -> None:
    w = Window(date(2026, 5, 28), TODAY, "6m")
    assert (w.description, w.period) == ("letzte 6 Monate", "In den letzten 6 Monaten")
    assert w.description_en == "last 6 months"  # for the TOML


def test_a_parse_error_names_the_german_forms() -> None:
    with pytest.raises(ValidationError) as error:
        parse_money("zwanzig", "EUR")
    assert error.value.message == (
        "'zwanzig' ist kein Betrag; nimm 25,50, 25.50, 1.234,50, €25 oder 25 EUR"
    )


def test_an_agreement_as_the_form_shows_it_reads_back() -> None:
    line = agreement_line("Flyer drucken", "me", date(2027, 3, 1))
    assert line == "ich: Flyer drucken (bis 01.03.2027)"
    assert parse_agreement(line, TODAY) == AgreementInput("Flyer drucken", "me", date(2027, 3, 1))


def test_a_kind_in_a_list_is_typed_back_as_the_same_kind() -> None:
    from balance.core.kind_words import kind_key
    from balance.core.model import ValueKind
    from balance.core.parse import parse_kind

    for lang in ("en", "de"):
        use(lang)
        assert [parse_kind(kind_key(k)) for k in ValueKind] == list(ValueKind)
    use("en")
