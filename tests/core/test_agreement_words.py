"""The words for agreements and "since the last talk", exactly as both faces show them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from balance.core.agreement_words import (
    age_phrase,
    agreement_line,
    last_logged,
    owes_word,
    since_lines,
    state_phrase,
)
from balance.core.agreements import AgreementItem, since_last_talk
from balance.core.model import (
    Agreement,
    AgreementState,
    Contribution,
    Conversation,
    Value,
    ValueKind,
)

TALK_DAY = date(2026, 8, 10)
TODAY = date(2026, 12, 2)


def item(a: Agreement, day: date = TALK_DAY) -> AgreementItem:
    return AgreementItem(a, Conversation("t1", "n1", "anna", day, "talked", agreements=(a,)))


@pytest.mark.parametrize(
    ("owes", "word"), [("me", "you"), ("partner", "Anna"), ("both", "both of you"), ("x", "x")]
)
def test_who_owes_it(owes: str, word: str) -> None:
    assert owes_word(owes, "Anna") == word


@pytest.mark.parametrize(
    ("a", "phrase"),
    [
        (Agreement("a", "x"), "open"),
        (Agreement("a", "x", due=TODAY), "due 2 Dec 2026"),  # the day itself is in time
        (Agreement("a", "x", due=TODAY + timedelta(days=1)), "due 3 Dec 2026"),
        (Agreement("a", "x", due=TODAY - timedelta(days=1)), "overdue since 1 Dec 2026"),
        (Agreement("a", "x", state=AgreementState.DONE, closed=TODAY), "done 2 Dec 2026"),
        (
            Agreement("a", "x", due=date(2026, 9, 1), state=AgreementState.DROPPED, closed=TODAY),
            "dropped 2 Dec 2026",
        ),
    ],
)
def test_the_state_in_words(a: Agreement, phrase: str) -> None:
    assert state_phrase(a, TODAY) == phrase


def test_the_age_says_today_one_day_and_many_days() -> None:
    a = Agreement("a", "x")
    assert age_phrase(item(a, TODAY), TODAY) == "agreed 2 Dec 2026, today"
    assert age_phrase(item(a, TODAY - timedelta(days=1)), TODAY) == "agreed 1 Dec 2026, 1 day ago"
    assert age_phrase(item(a), TODAY) == "agreed 10 Aug 2026, 114 days ago"


def test_an_agreement_line_leads_with_who_owes_it_only_when_one_side_does() -> None:
    both = Agreement("a", "Raumkosten teilen")
    assert agreement_line(item(both), "Anna", TODAY) == (
        "Raumkosten teilen · agreed 10 Aug 2026, 114 days ago"
    )
    due = Agreement("b", "Flyer", owes="me", due=date(2026, 12, 24))
    assert agreement_line(item(due), "Anna", TODAY) == (
        "you: Flyer · agreed 10 Aug 2026, 114 days ago · due 24 Dec 2026"
    )
    dropped = Agreement("c", "Stand", owes="both", state=AgreementState.DROPPED, closed=TODAY)
    assert agreement_line(item(dropped), "Anna", TODAY) == "Stand · dropped 2 Dec 2026"


def test_last_logged() -> None:
    assert last_logged("Anna", None, TALK_DAY) == "Anna: nothing logged yet"
    assert last_logged("Anna", TALK_DAY, TALK_DAY) == "Anna: nothing logged since 10 Aug 2026"
    assert last_logged("you", TODAY, TALK_DAY) == "you: last logged 2 Dec 2026"
    assert last_logged("you", TODAY, None) == "you: last logged 2 Dec 2026"


def test_the_whole_since_part_of_a_briefing() -> None:
    late = Agreement("a", "Flyer", owes="partner", due=TALK_DAY + timedelta(days=7))
    talk = Conversation("t1", "n1", "anna", TALK_DAY, "talked", agreements=(late,))
    rows = [
        Contribution("c1", "n1", "anna", "me", TODAY, 90, Decimal("12.50"), 2, "Stammtisch"),
        Contribution("c2", "n1", "anna", "partner", TALK_DAY + timedelta(days=1), 30, what="Mail"),
        Contribution("c3", "n1", "anna", "partner", TALK_DAY + timedelta(days=2), 15, what="Call"),
    ]
    values = [Value("v", "n1", "anna", "partner", TODAY, ValueKind.REFERRAL, "lead")]
    s = since_last_talk(rows, values, [talk], "n1", "anna")
    assert since_lines(s, "Anna", "EUR", TODAY) == [
        "Since the last talk (10 Aug 2026):",
        "  you put in 1h 30m · 12.50 EUR · energy 2 (1 entry)",
        "  Anna put in 45m · 0.00 EUR · energy not recorded (2 entries)",
        "  came back: to you nothing recorded; to Anna 1 referral",
        "  you: last logged 2 Dec 2026",
        "  Anna: last logged 12 Aug 2026",
        "  open agreements: 1, 1 overdue",
        "    • Anna: Flyer · agreed 10 Aug 2026, 114 days ago · overdue since 17 Aug 2026",
    ]


def test_open_agreements_that_are_not_late_are_counted_without_overdue() -> None:
    talk = Conversation(
        "t1", "n1", "anna", TALK_DAY, "talked", agreements=(Agreement("a", "Flyer"),)
    )
    lines = since_lines(since_last_talk([], [], [talk], "n1", "anna"), "Anna", "EUR", TODAY)
    assert lines[-2:] == [
        "  open agreements: 1",
        "    • Flyer · agreed 10 Aug 2026, 114 days ago",
    ]
    assert lines[1] == "  nothing was logged by either side since then"
