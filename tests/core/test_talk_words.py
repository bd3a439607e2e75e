"""The words of a prompt: the verdict on effort and value, and what to do about it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from balance.core.exchange import exchange_of, value_balance
from balance.core.ledger import Totals, balance_of
from balance.core.model import Network, Value, ValueKind
from balance.core.reports import Standing
from balance.core.talk_words import (
    exchange_phrase,
    network_advice,
    prompt_advice,
    received_phrase,
)
from balance.core.window import Window

NET = Network(id="n1", name="Gewerbeverein")
WINDOW = Window(date(2026, 6, 1), date(2026, 11, 28), "6m")


def values(to_me: int, to_them: int) -> list[Value]:
    out = []
    for i, to in enumerate(["me"] * to_me + ["partner"] * to_them):
        out.append(Value(f"v{i}", "n1", "anna", to, date(2026, 11, 1), ValueKind.REFERRAL, "x"))
    return out


def standing(mine_minutes: int, theirs_minutes: int, to_me: int = 0, to_them: int = 0) -> Standing:
    b = balance_of(Totals(mine_minutes, count=3), Totals(theirs_minutes, count=3), NET)
    v = value_balance(values(to_me, to_them), NET, "anna", WINDOW)
    return Standing(WINDOW, b, v, exchange_of(b, v, NET))


@pytest.mark.parametrize(
    ("s", "phrase"),
    [
        (standing(600, 60, 4, 0), "fair trade: you carry it, and more comes back"),
        (standing(60, 600, 0, 4), "fair trade: Anna carries it, and more goes back"),
        (standing(600, 60), "one-sided: you carry it, and little comes back"),
        (standing(60, 600), "one-sided: Anna carries it, and little goes back"),
        (standing(60, 60, 4, 0), "one-sided: you keep receiving, little goes back"),
        (standing(60, 60, 0, 4), "one-sided: Anna keeps receiving, little comes back"),
        (standing(60, 60), "balanced"),
        (standing(90, 60), "leaning"),
    ],
)
def test_the_verdict_on_effort_and_value_in_one_line(s: Standing, phrase: str) -> None:
    assert exchange_phrase(s, "Anna") == phrase


def test_what_to_do_depends_on_who_carries_and_who_receives() -> None:
    assert prompt_advice(standing(600, 60), "Anna") == (
        "Time for the shared-goal talk with Anna: say what you expect, and ask what "
        "the partnership is worth to them."
    )
    assert prompt_advice(standing(60, 600), "Anna") == (
        "Anna carries more. Time to thank them, and to ask what you can bring."
    )
    assert prompt_advice(standing(60, 60, 4, 0), "Anna") == (
        "Much comes back to you. Time to ask Anna what would help them in return."
    )
    assert prompt_advice(standing(60, 60, 0, 4), "Anna") == (
        "Much goes back to Anna. Time to talk about what comes back to you."
    )


def test_what_to_do_about_a_network() -> None:
    thank = "The others carry more. Time to thank them, and to ask what you can bring."
    assert network_advice(standing(60, 600)) == thank
    assert network_advice(standing(60, 60, 4, 0)) == thank
    assert network_advice(standing(600, 60)) == (
        "Time for the shared-goal talk with the network: say what you expect, and ask "
        "who can take on a part of the work."
    )


def test_what_came_back_counts_each_kind_with_its_plural() -> None:
    v = value_balance(
        [
            *values(2, 0),
            Value("b1", "n1", "anna", "me", date(2026, 11, 2), ValueKind.BUSINESS, "Auftrag",
                  amount=Decimal("2400.00")),
            Value("k1", "n1", "anna", "me", date(2026, 11, 3), ValueKind.KNOWHOW, "Tipp"),
        ],
        NET, "anna", WINDOW,
    )  # fmt: skip
    assert received_phrase(v.mine, "EUR") == (
        "2 referrals, 1 order and 1 piece of know-how (€2,400.00)"
    )
    assert received_phrase(v.theirs, "EUR") == "nothing recorded"


def test_the_facts_behind_a_prompt_use_the_alarm_window() -> None:
    from balance.core.exchange import BudgetUse
    from balance.core.ledger import Carry
    from balance.core.model import Partner
    from balance.core.reports import NetworkReport, PartnerReport
    from balance.core.talk_words import network_sentence, prompt_sentence

    alarm = standing(600, 60, 1, 0)
    shown = standing(60, 60)  # the window on screen says nothing here
    anna = PartnerReport(
        Partner("anna", "Anna", ("n1",)), shown, alarm, (), None, None, True, False, None
    )
    report = NetworkReport(
        NET, WINDOW, shown, alarm, Carry(1), BudgetUse(Totals()), (anna,), None, True
    )
    assert prompt_sentence(report, anna) == (
        "Over the last 6 months you gave 10h of time against Anna's 1h (10 to 1). "
        "What came back: for you 1 referral; for Anna nothing recorded."
    )
    assert network_sentence(report) == (
        "Over the last 6 months you gave 10h of time against all partners' combined 1h "
        "(10 to 1). What came back: for you 1 referral; for all partners together nothing "
        "recorded."
    )
