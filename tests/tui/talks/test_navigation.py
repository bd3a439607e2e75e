"""Pilot tests of moving around by keyboard: arrows and j/k from card to card
and row to row, the focus always visible, and the palette's jump to any
network or partner by a part of the name (accent-blind)."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette
from textual.widgets import DataTable

from balance.service.api import Service
from balance.tui.app import BalanceApp
from balance.tui.providers import Place, score
from balance.tui.screens.dashboard import DashboardScreen
from balance.tui.widgets.balance_panel import BalancePanel
from balance.tui.widgets.network_list import NetworkList
from tests.tui.talks.support import GV, TSV, loaded, on_screen, open_history, wait_for


def focused_card(app: BalanceApp) -> str | None:
    focused = app.focused
    return focused.partner_name if isinstance(focused, BalancePanel) else None


def border(card: BalancePanel) -> str:
    return card.styles.border_top[0]


@pytest.mark.parametrize("size", [(80, 24), (140, 45)])
async def test_arrows_and_j_k_move_from_card_to_card(svc: Service, size) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=size) as pilot:
        screen = await loaded(pilot)
        cards = list(screen.query(BalancePanel))
        names = [c.partner_name for c in cards]
        per_row = int(screen.query_one("#panels").styles.grid_size_columns)
        assert len(names) == 3 and per_row in (1, 2)
        cards[0].focus()
        await pilot.pause()
        assert border(cards[0]) == "double" and border(cards[1]) != "double"  # visible

        await pilot.press("down")
        assert focused_card(app) == names[per_row]
        assert border(app.focused) == "double"
        await pilot.press("up")
        assert focused_card(app) == names[0]
        await pilot.press("j")
        assert focused_card(app) == names[per_row]
        await pilot.press("k")
        assert focused_card(app) == names[0]
        await pilot.press("right")
        assert focused_card(app) == names[1 if per_row > 1 else 0]  # one column: stays
        await pilot.press("left")
        assert focused_card(app) == names[0]

        detail = screen.query_one("#detail")
        await pilot.press("down", "down")  # to the last card: it scrolls into view
        assert focused_card(app) == names[2 if per_row == 1 else 2]
        assert detail.region.contains_region(app.focused.region)
        await pilot.press("up", "up", "up")  # past the top row: to what is above
        assert focused_card(app) is None and app.focused is not None


async def test_j_and_k_move_in_the_networks_and_the_history(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        networks = screen.query_one(NetworkList)
        networks.focus()
        await pilot.press("j")
        await wait_for(pilot, lambda: screen.report.network.name == TSV)
        await pilot.press("k")
        await wait_for(pilot, lambda: screen.report.network.name == GV)

        history = await open_history(pilot, "Anna Schmidt")
        table = history.query_one(DataTable)
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1


async def palette_pick(pilot, typed: str, title: str) -> None:
    """ctrl+p, type, and choose the hit `title` with the arrows and Enter."""
    await pilot.press("ctrl+p")
    palette = await on_screen(pilot, CommandPalette)
    await pilot.press(*typed)
    options = palette.query_one("CommandList")

    def titles() -> list[str]:
        return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]

    await wait_for(pilot, lambda: any(title in t for t in titles()))
    index = next(i for i, t in enumerate(titles()) if title in t)
    await pilot.press(*["down"] * (index - (options.highlighted or 0)), "enter")


@pytest.mark.parametrize("size", [(80, 24), (140, 45)])
async def test_the_palette_jumps_to_a_partner_by_part_of_the_name(svc: Service, size) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=size) as pilot:
        screen = await loaded(pilot)
        assert screen.report.network.name == GV
        await palette_pick(pilot, "jurgen tsv", f"Jürgen Weiß · {TSV}")  # no ü typed
        await on_screen(pilot, DashboardScreen)
        await wait_for(pilot, lambda: screen.report.network.name == TSV)
        await wait_for(pilot, lambda: focused_card(app) == "Jürgen Weiß")

        history = await open_history(pilot, "Jürgen Weiß")  # from another screen too
        assert app.screen is history
        await palette_pick(pilot, "backer", f"Bäckerei Klein · {GV}")
        await wait_for(pilot, lambda: focused_card(app) == "Bäckerei Klein")
        assert app.screen is screen and screen.report.network.name == GV

        await palette_pick(pilot, "sportv", f"Network: {TSV}")  # before Jürgen · TSV
        await wait_for(pilot, lambda: screen.report.network.name == TSV)
        await wait_for(pilot, lambda: isinstance(app.focused, NetworkList))


def test_a_network_ranks_before_its_partners_for_a_word_of_its_name() -> None:
    tsv = Place(TSV, "n2", TSV)
    juergen = Place("Jürgen Weiß", "n2", TSV, "p1")
    assert score("sportv", tsv) > score("sportv", juergen) > 0
    assert score("WEISS", juergen) == 0.8 and score("jürg", juergen) == 1.0
    assert score("anna", juergen) == score("", juergen) == 0


async def test_a_name_typed_lists_the_jump_before_the_other_commands(svc: Service) -> None:
    app = BalanceApp(None, service=svc)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        palette = await on_screen(pilot, CommandPalette)
        await pilot.press(*"anna")  # also in 'Talk due: Anna …', 'History: Anna …'
        options = palette.query_one("CommandList")
        await wait_for(pilot, lambda: options.option_count >= 3)
        first = str(options.get_option_at_index(0).prompt)
        assert first.startswith(f"Anna Schmidt · {GV}"), first
