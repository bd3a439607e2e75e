# ruff: noqa: E501  (FULL_PAGE is the page as written: its long lines are the point)
"""The Markdown page a partner reads: both names, tables that hold, agreements with state."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from balance.core import summary, summary_md
from balance.core.model import (
    Agreement,
    AgreementState,
    Contribution,
    Conversation,
    Value,
    ValueKind,
)
from tests.core.test_summary import NET, STANDING

GENERATED = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def page(me: str = "Petra Vogel", **kw: object) -> str:
    s = summary.Summary(
        title="Partner Balance: Gewerbeverein Hünfelden with Anna Schmidt",
        generated=GENERATED,
        since=date(2026, 5, 28),
        until=date(2026, 11, 28),
        window="last 6 months",
        network=NET,
        me=me,
        **kw,  # type: ignore[arg-type]
    )
    return summary_md.to_markdown(s)


def anna(**kw: object) -> summary.PartnerPart:
    return summary.PartnerPart("Anna Schmidt", STANDING, **kw)  # type: ignore[arg-type]


def test_the_figures_stand_side_by_side_under_both_names() -> None:
    text = page(partners=[anna()])
    assert "|  | Petra Vogel | Anna Schmidt |" in text
    assert "| Time | 1h 30m | 30m |" in text
    assert "| Money | €25.50 | €0.00 |" in text
    assert "| What came back | nothing recorded | nothing recorded |" in text
    assert "Status: imbalanced; Petra Vogel carries more of it" in text
    assert "Written by Petra Vogel on 28 Nov 2026 · 28 May 2026 to 28 Nov 2026" in text


def test_a_pipe_or_a_line_break_in_a_what_keeps_the_table_whole() -> None:
    row = Contribution(
        "c1", "n1", "anna", "me", date(2026, 11, 2), minutes=30, what="Flyer | Plakat\nDruck"
    )
    text = page(partners=[anna(rows=[row])])
    assert "| 2 Nov 2026 | Petra Vogel | Flyer \\| Plakat Druck | 30m |  |  |" in text.replace(
        "—", ""
    )


@given(st.text(min_size=1, max_size=30))
def test_a_cell_is_always_one_line_with_no_bare_pipe(text: str) -> None:
    out = summary_md.cell(text)
    assert "\n" not in out and "\r" not in out
    assert "|" not in out.replace("\\|", "")


def test_agreements_show_who_owes_them_their_state_and_when_they_are_overdue() -> None:
    talk = Conversation(
        "t1",
        "n1",
        "anna",
        date(2026, 6, 24),
        "Stammtisch",
        agreements=(
            Agreement("a1", "organisiert den Stammtisch", owes="partner", due=date(2026, 9, 7)),
            Agreement("a2", "Flyer", owes="me", state=AgreementState.DONE, closed=date(2026, 7, 1)),
            Agreement("a3", "Kasse", state=AgreementState.DROPPED, closed=date(2026, 8, 1)),
        ),
    )
    lines = page(partners=[anna(conversations=[talk])]).splitlines()
    assert "  - [ ] Anna Schmidt: organisiert den Stammtisch (open, overdue since 7 Sept 2026)" in (
        lines
    )
    assert "  - [x] Petra Vogel: Flyer (done 1 Jul 2026)" in lines
    assert "  - [-] both: Kasse (dropped 1 Aug 2026)" in lines


def test_a_private_value_shows_its_kind_and_amount_only() -> None:
    v = Value(
        "v1", "n1", "anna", "me", date(2026, 11, 3), ValueKind.BUSINESS, "Auftrag Becker",
        amount=Decimal("2400.00"), note="Vertrag", private=True,
    )  # fmt: skip
    text = page(partners=[anna(values=[v])])
    assert "| 3 Nov 2026 | Petra Vogel | order | (private) | €2,400.00 |" in text
    assert "Becker" not in text and "Vertrag" not in text


def test_a_network_page_lists_what_went_to_the_whole_network() -> None:
    row = Contribution("c1", "n1", None, "me", date(2026, 11, 9), minutes=120, what="Newsletter")
    talk = Conversation("t1", "n1", None, date(2026, 11, 10), "Jahresplan")
    text = page(network_rows=[row], network_conversations=[talk])
    assert "### With the whole network: contributions" in text
    assert "| 9 Nov 2026 | Petra Vogel | Newsletter | 2h |" in text
    assert "- **10 Nov 2026**: Jahresplan" in text
    assert "What came back" not in text  # nothing recorded: no empty section


def test_the_questions_close_the_page() -> None:
    lines = page().splitlines()
    assert lines[-5:-3] == ["## Questions for the next talk", ""]
    assert lines[-1].startswith("3. What exactly is the added value")


FULL_PAGE = """\
# Partner Balance: Gewerbeverein Hünfelden with Anna Schmidt

Written by Petra Vogel on 28 Nov 2026 · 28 May 2026 to 28 Nov 2026 (last 6 months)

## Gewerbeverein Hünfelden

- Motivation: Kunden finden
- Expectations: Offenheit, Transparenz
- Shared goal: Ein Fest
- Success looks like: 20 Gäste

## Petra Vogel and Anna Schmidt

Status: imbalanced; Petra Vogel carries more of it (share of the effort: Petra Vogel 92%, Anna Schmidt 8%).

|  | Petra Vogel | Anna Schmidt |
| --- | ---: | ---: |
| Time | 1h 30m | 30m |
| Money | €25.50 | €0.00 |
| Energy | 3 | 0 |
| Contributions | 2 | 1 |
| What came back | nothing recorded | nothing recorded |

### Contributions

| Date | By | What | Time | Money | Energy |
| --- | --- | --- | ---: | ---: | ---: |
| 2 Nov 2026 | Petra Vogel | Stammtisch | 1h 30m | €25.50 | 3 |
| 3 Nov 2026 | Anna Schmidt | Hilfe | 30m | — | — |

### What came back

| Date | For | Kind | What | Amount |
| --- | --- | --- | --- | ---: |
| 4 Nov 2026 | Anna Schmidt | referral | Kontakt Bäckerei | — |

### Talks and agreements

- **5 Nov 2026**: Ziele
  - Shared goal: Fest
  - Value for Petra Vogel: Kunden
  - Value for Anna Schmidt: Räume
  - [ ] Anna Schmidt: Plakat (open, due 1 Dec 2026)
  - Next review: 1 Feb 2027

## Questions for the next talk

1. What is my motivation, and what do I expect?
2. Do we work together with appreciation, towards a shared goal?
3. What exactly is the added value (Mehrwert) for each of us?
"""


def full_page() -> str:
    rows = [
        Contribution(
            "c1",
            "n1",
            "anna",
            "me",
            date(2026, 11, 2),
            minutes=90,
            money=Decimal("25.50"),
            energy=3,
            what="Stammtisch",
        ),
        Contribution("c2", "n1", "anna", "partner", date(2026, 11, 3), minutes=30, what="Hilfe"),
    ]
    values = [
        Value(
            "v1", "n1", "anna", "partner", date(2026, 11, 4), ValueKind.REFERRAL, "Kontakt Bäckerei"
        )
    ]
    talk = Conversation(
        "t1",
        "n1",
        "anna",
        date(2026, 11, 5),
        "Ziele",
        goal="Fest",
        value_mine="Kunden",
        value_theirs="Räume",
        agreements=(Agreement("a1", "Plakat", owes="partner", due=date(2026, 12, 1)),),
        next_review=date(2027, 2, 1),
    )
    return page(partners=[summary.PartnerPart("Anna Schmidt", STANDING, rows, [talk], values)])


def test_the_whole_page_as_the_partner_reads_it() -> None:
    assert full_page() == FULL_PAGE


def test_the_status_line_for_each_side_even_and_too_little_data() -> None:
    from balance.core.ledger import Totals, balance_of

    def line(mine: Totals, theirs: Totals) -> str:
        return summary_md.standing_line(balance_of(mine, theirs, NET), "Petra", "Anna")

    assert line(Totals(60, count=2), Totals(600, count=2)) == (
        "Status: imbalanced; Anna carries more of it (share of the effort: Petra 9%, Anna 91%)."
    )
    assert line(Totals(60, count=2), Totals(60, count=2)) == (
        "Status: balanced; both give about the same (share of the effort: Petra 50%, Anna 50%)."
    )
    assert line(Totals(60, count=1), Totals(0, count=0)) == "Status: too little data yet."


def test_a_network_page_with_values_and_no_period_start() -> None:
    v = Value("v1", "n1", None, "me", date(2026, 11, 3), ValueKind.VISIBILITY, "Zeitung")
    row = Contribution("c1", "n1", None, "me", date(2026, 11, 4), money=Decimal("5"), what="Kaffee")
    s = summary.Summary(
        title="Partner Balance: Gewerbeverein Hünfelden",
        generated=GENERATED,
        since=None,
        until=date(2026, 11, 28),
        window="all time",
        network=NET,
        me="the sender",
        network_rows=[row],
        network_values=[v],
    )
    lines = summary_md.to_markdown(s).splitlines()
    assert (
        lines[2] == "Written by the sender on 28 Nov 2026 · the beginning to 28 Nov 2026 (all time)"
    )
    start = lines.index("### With the whole network: contributions")
    assert lines[start : start + 5] == [
        "### With the whole network: contributions",
        "",
        "| Date | By | What | Time | Money | Energy |",
        "| --- | --- | --- | ---: | ---: | ---: |",
        "| 4 Nov 2026 | the sender | Kaffee | — | €5.00 | — |",
    ]
    start = lines.index("### With the whole network: what came back")
    assert lines[start + 4] == "| 3 Nov 2026 | the sender | bit of visibility | Zeitung | — |"
    assert "### With the whole network: talks" not in lines
