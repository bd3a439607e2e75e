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
        "  you put in 1h 30m · €12.50 · energy 2 (1 entry)",
        "  Anna put in 45m · €0.00 · energy not recorded (2 entries)",
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


# -- the rules under the words ----------------------------------------------------------------


def _talk(tid: str, day: date, partner: str | None, *agreed: Agreement, net: str = "n1"):
    return Conversation(tid, net, partner, day, "talked", agreements=agreed)


def test_agreement_items_choose_the_pair_the_network_or_everything() -> None:
    from balance.core.agreements import agreement_items

    anna = _talk("t2", date(2026, 9, 1), "anna", Agreement("a2", "Flyer"))
    older = _talk("t1", date(2026, 8, 1), "anna", Agreement("a1", "Stand"))
    own = _talk("t3", date(2026, 7, 1), None, Agreement("a3", "Fest"))
    elsewhere = _talk("t4", date(2026, 6, 1), "anna", Agreement("a4", "Chor"), net="n2")
    done = _talk("t5", date(2026, 10, 1), "anna",
                 Agreement("a5", "Kasse", state=AgreementState.DONE, closed=TODAY))  # fmt: skip
    talks = [anna, older, own, elsewhere, done]
    ids = lambda items: [i.id for i in items]  # noqa: E731
    assert ids(agreement_items(talks, "n1", "anna")) == ["a1", "a2", "a5"]  # oldest first
    assert ids(agreement_items(talks, "n1", "anna", open_only=True)) == ["a1", "a2"]
    assert ids(agreement_items(talks, "n1", None)) == ["a3"]  # the network's own talks
    assert ids(agreement_items(talks, "n1", whole_network=True)) == ["a3", "a1", "a2", "a5"]
    assert ids(agreement_items(talks)) == ["a4", "a3", "a1", "a2", "a5"]


def test_find_an_agreement_by_the_start_of_its_id() -> None:
    from balance.core.agreements import find_agreement
    from balance.core.errors import ValidationError

    talks = [_talk("t1", TALK_DAY, "anna", Agreement("abcd1", "x"), Agreement("abcd2", "y"))]
    assert find_agreement(talks, " ABCD1 ").id == "abcd1"  # case and spaces do not matter
    # The rule of every id (balance.core.ids), in the agreements' words.
    with pytest.raises(ValidationError, match=r"^id: give at least 4 characters of the id$"):
        find_agreement(talks, "abc")
    with pytest.raises(
        ValidationError, match=r"^id: 'abcd' starts 2 ids \(abcd1, abcd2\); give more$"
    ):
        find_agreement(talks, "abcd")
    with pytest.raises(ValidationError, match=r"^id: no agreement has the id 'zzzz'$"):
        find_agreement(talks, "zzzz")


def test_ticking_changes_only_that_agreement_and_opening_clears_the_day() -> None:
    from balance.core.agreements import agreement_items, with_state

    talk = _talk("t1", TALK_DAY, "anna", Agreement("a1", "x"), Agreement("a2", "y"))
    first = agreement_items([talk])[0]
    ticked = with_state(first, AgreementState.DONE, TODAY)
    assert [(a.id, a.state, a.closed) for a in ticked.agreements] == [
        ("a1", AgreementState.DONE, TODAY),
        ("a2", AgreementState.OPEN, None),
    ]
    reopened = with_state(agreement_items([ticked])[0], AgreementState.OPEN, TODAY)
    assert reopened == talk


def test_overdue_by_pair_groups_the_late_ones_of_a_network() -> None:
    from balance.core.agreements import overdue_by_pair

    late = Agreement("a1", "x", due=TALK_DAY)
    soon = Agreement("a2", "y", due=TODAY)
    own = Agreement("a3", "z", due=TALK_DAY)
    talks = [
        _talk("t1", TALK_DAY, "anna", late, soon),
        _talk("t2", TALK_DAY, None, own),
        _talk("t3", TALK_DAY, "anna", Agreement("a4", "w", due=TALK_DAY), net="n2"),
    ]
    got = overdue_by_pair(talks, "n1", TODAY)
    assert {k: [i.id for i in v] for k, v in got.items()} == {"anna": ["a1"], None: ["a3"]}


def test_since_the_last_talk_takes_the_newest_talk_of_that_pair_only() -> None:
    done = Agreement("a9", "Kasse", state=AgreementState.DONE, closed=TODAY)
    talks = [
        _talk("t2", date(2026, 9, 1), "anna", Agreement("a2", "Flyer"), done),
        _talk("t1", date(2026, 8, 1), "anna", Agreement("a1", "Stand")),
        _talk("t3", date(2026, 10, 1), "jürgen", Agreement("a3", "Fest")),  # another pair
        _talk("t4", date(2026, 11, 1), "anna", net="n2"),  # another network
        _talk("t5", date(2026, 10, 15), None),  # the network's own talk
    ]
    rows = [
        Contribution("c1", "n1", "anna", "me", date(2026, 9, 1), 60, what="on the day"),
        Contribution("c2", "n1", "anna", "me", date(2026, 9, 2), 30, what="after"),
        Contribution("c3", "n1", "anna", "me", date(2026, 9, 2), 15, what="same day"),
        Contribution("c4", "n2", "anna", "me", date(2026, 9, 3), 99, what="other network"),
        Contribution("c5", "n1", "anna", "partner", date(2026, 9, 5), 10, what="Anna"),
    ]
    values = [
        Value("v1", "n1", "anna", "me", date(2026, 9, 1), ValueKind.REFERRAL, "on the day"),
        Value("v2", "n2", "anna", "me", date(2026, 9, 3), ValueKind.REFERRAL, "elsewhere"),
        Value("v3", "n1", "jürgen", "me", date(2026, 9, 3), ValueKind.REFERRAL, "Jürgen's"),
        Value("v4", "n1", "anna", "partner", date(2026, 9, 4), ValueKind.SUPPORT, "help"),
        Value("v5", "n1", "anna", "me", date(2026, 9, 6), ValueKind.KNOWHOW, "tip"),
    ]
    s = since_last_talk(rows, values, talks, "n1", "anna")
    assert s.since == date(2026, 9, 1)  # the newest of Anna's talks in n1
    assert (s.mine.minutes, s.mine.count, s.theirs.minutes) == (45, 2, 10)
    assert (s.last_mine, s.last_theirs) == (date(2026, 9, 2), date(2026, 9, 5))
    assert (s.to_me.items, s.to_them.items) == (1, 1)
    # Every open agreement of the pair's talks, oldest first; the done one and the other
    # pair's are not among them.
    assert [i.id for i in s.open] == ["a1", "a2"]
    network = since_last_talk(rows, values, talks, "n1", None)
    assert network.since == date(2026, 10, 15)  # the network's own talk
    assert network.mine.count == 0 and network.open == ()
