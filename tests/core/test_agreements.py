"""Agreements as typed, their states, and "since the last talk" (DESIGN.md)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balance.core.agreement_words import agreement_line as shown_line
from balance.core.agreement_words import since_lines
from balance.core.agreements import (
    agreement_items,
    find_agreement,
    overdue,
    since_last_talk,
    with_state,
)
from balance.core.errors import ValidationError
from balance.core.model import (
    Agreement,
    AgreementState,
    Contribution,
    Conversation,
    Value,
    ValueKind,
    new_id,
)
from balance.core.parse.agreements import agreement_line, parse_agreement

TALK_DAY = date(2026, 8, 10)
TODAY = date(2026, 12, 2)


def talk(
    day: date, *agreed: Agreement, partner: str | None = "anna", tid: str = ""
) -> Conversation:
    return Conversation(tid or new_id(), "n1", partner, day, "talked", agreements=agreed)


def c(by: str, day: date, partner: str | None = "anna", minutes: int = 60) -> Contribution:
    return Contribution(new_id(), "n1", partner, by, day, minutes, Decimal(0), None, "x")  # type: ignore[arg-type]


# -- as typed -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "owes", "due"),
    [
        ("Anna hosts every second Stammtisch", "Anna hosts every second Stammtisch", "both", None),
        ("partner: hosts in May", "hosts in May", "partner", None),
        ("Ich: Flyer drucken (bis 15.01.2027)", "Flyer drucken", "me", date(2027, 1, 15)),
        ("- beide: Raumkosten teilen", "Raumkosten teilen", "both", None),
        ("me: call Jürgen (due 2026-09-01)", "call Jürgen", "me", date(2026, 9, 1)),
        ("Termin: Mai", "Termin: Mai", "both", None),  # an ordinary colon stays
        ("partner: report back (due +4w)", "report back", "partner", date(2026, 9, 7)),
    ],
)
def test_an_agreement_line_names_who_owes_it_and_its_due_day(
    line: str, text: str, owes: str, due: date | None
) -> None:
    typed = parse_agreement(line, TALK_DAY)
    assert (typed.text, typed.owes, typed.due) == (text, owes, due)


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("partner: (due 2026-09-01)", "says nothing"),
        ("me: call (due 2026-08-01)", "is before the talk"),
        ("me: call (due someday)", "is not a date"),
        ("me: call (bis 31.02.2027)", "does not exist"),
    ],
)
def test_a_bad_agreement_line_is_named(line: str, says: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_agreement(line, TALK_DAY)
    assert info.value.field == "agreement" and says in info.value.message


texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1
).filter(lambda t: t.strip().strip(" \t•-*") == t and "(" not in t and ":" not in t and t)


@given(
    texts,
    st.sampled_from(["me", "partner", "both"]),
    st.none() | st.dates(TALK_DAY, date(2030, 1, 1)),
)
def test_what_the_edit_form_shows_reads_back_the_same(text: str, owes: str, due: date | None):
    typed = parse_agreement(agreement_line(text, owes, due), TALK_DAY)  # type: ignore[arg-type]
    assert (typed.text, typed.owes, typed.due) == (text, owes, due)


# -- states ---------------------------------------------------------------------------------


def test_ticking_one_agreement_changes_only_it_and_opening_it_again_clears_the_day() -> None:
    a, b = Agreement("aaaa1111", "Flyer"), Agreement("bbbb2222", "Raum")
    t = talk(TALK_DAY, a, b)
    item = find_agreement([t], "aaaa")
    done = with_state(item, AgreementState.DONE, TODAY)
    assert done.agreements[0].state is AgreementState.DONE and done.agreements[0].closed == TODAY
    assert done.agreements[1] == b and done.id == t.id
    again = with_state(agreement_items([done])[0], AgreementState.OPEN, TODAY)
    assert again.agreements[0] == a


def test_finding_an_agreement_needs_four_characters_and_one_match() -> None:
    t = talk(TALK_DAY, Agreement("abcd1111", "x"), Agreement("abcd2222", "y"))
    for typed, says in [
        ("abc", "at least 4 characters"),
        ("abcd", "starts 2 ids"),
        ("ffff", "no agreement"),
    ]:
        with pytest.raises(ValidationError) as info:
            find_agreement([t], typed)
        assert says in info.value.message
    assert find_agreement([t], "ABCD2").agreement.text == "y"


def test_items_of_a_pair_come_oldest_talk_first_and_open_only_leaves_out_closed() -> None:
    late = talk(TODAY, Agreement("l", "late"))
    early = talk(
        TALK_DAY,
        Agreement("e", "early"),
        Agreement("d", "d", state=AgreementState.DONE, closed=TODAY),
    )
    other = talk(TALK_DAY, Agreement("o", "other"), partner="jürgen")
    items = agreement_items([late, early, other], "n1", "anna")
    assert [i.agreement.text for i in items] == ["early", "d", "late"]
    assert [i.id for i in agreement_items([late, early, other], "n1", "anna", open_only=True)] == [
        "e",
        "l",
    ]
    assert len(agreement_items([late, early, other], "n1", whole_network=True)) == 4


def test_overdue_is_after_the_due_day_and_only_while_open() -> None:
    due = Agreement("a", "x", due=TODAY - timedelta(days=1))
    today = Agreement("b", "y", due=TODAY)
    items = agreement_items([talk(TALK_DAY, due, today)])
    assert [i.id for i in overdue(items, TODAY)] == ["a"]


# -- since the last talk ----------------------------------------------------------------------


def test_since_the_talk_counts_from_the_day_after_and_remembers_the_last_days() -> None:
    t = talk(TALK_DAY, Agreement("a", "Anna organisiert jeden zweiten Stammtisch"))
    rows = [
        c("partner", TALK_DAY),  # on the talk's day: talked about
        c("partner", TALK_DAY - timedelta(days=30)),
        c("me", TALK_DAY + timedelta(days=1), minutes=90),
        c("me", TODAY, minutes=30),
        c("partner", TODAY, partner="jürgen"),  # another pair
    ]
    values = [Value("v", "n1", "anna", "me", TODAY, ValueKind.REFERRAL, "lead")]
    s = since_last_talk(rows, values, [t], "n1", "anna")
    assert s.since == TALK_DAY
    assert (s.mine.minutes, s.mine.count, s.theirs.count) == (120, 2, 0)
    assert (s.last_mine, s.last_theirs) == (TODAY, TALK_DAY)
    assert s.to_me.items == 1 and s.to_them.items == 0
    assert [i.id for i in s.open] == ["a"]
    text = "\n".join(since_lines(s, "Anna", "EUR", TODAY))
    assert "Since the last talk (10 Aug 2026):" in text
    assert "Anna: nothing logged since 10 Aug 2026" in text
    assert "you: last logged 2 Dec 2026" in text
    assert "Anna put in nothing" in text and "you put in 2h" in text
    assert "to you 1 referral; to Anna nothing recorded" in text
    assert "Anna organisiert jeden zweiten Stammtisch · agreed 10 Aug 2026, 114 days ago" in text


def test_a_talk_today_leaves_nothing_since_and_no_talk_means_everything_so_far() -> None:
    rows = [c("me", TODAY), c("partner", TODAY - timedelta(days=3))]
    s = since_last_talk(rows, [], [talk(TODAY)], "n1", "anna")
    assert s.quiet and s.mine.count == 0
    assert "nothing was logged by either side since then" in "\n".join(
        since_lines(s, "Anna", "EUR", TODAY)
    )
    never = since_last_talk(rows, [], [], "n1", "anna")
    assert never.last_talk is None and never.mine.count == 1 and never.theirs.count == 1
    lines = since_lines(never, "Anna", "EUR", TODAY)
    assert lines[0] == "No talk yet, so everything so far:"
    assert "open agreements: none" in lines[-1]


def test_only_one_side_since_and_a_partner_who_never_logged() -> None:
    s = since_last_talk([c("me", TODAY)], [], [talk(TALK_DAY)], "n1", "anna")
    lines = since_lines(s, "Anna", "EUR", TODAY)
    assert "  Anna: nothing logged yet" in lines and "  Anna put in nothing" in lines
    assert s.mine.count == 1 and not s.quiet


def test_overdue_agreements_are_counted_in_the_briefing_line() -> None:
    late = Agreement("a", "Flyer", owes="me", due=TALK_DAY + timedelta(days=7))
    s = since_last_talk([], [], [talk(TALK_DAY, late)], "n1", "anna")
    lines = since_lines(s, "Anna", "EUR", TODAY)
    assert "  open agreements: 1, 1 overdue" in lines
    assert any(
        "you: Flyer · agreed 10 Aug 2026" in line and "overdue since 17 Aug 2026" in line
        for line in lines
    )


def test_closed_agreements_read_with_their_day() -> None:
    done = Agreement("a", "Flyer", owes="partner", state=AgreementState.DONE, closed=TODAY)
    item = agreement_items([talk(TALK_DAY, done)])[0]
    assert shown_line(item, "Anna", TODAY) == "Anna: Flyer · done 2 Dec 2026"
