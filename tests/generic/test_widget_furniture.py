"""Widgets set among a story's paragraphs and what labels them: a chart's box (its title and
credit), a heading over a box of stock quotes, a stock's change chip inside a sentence, and
a code block's language name in a header row beside its copy button."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _body(relative: str, url: str) -> list[str]:
    page = (FIXTURES / relative).read_bytes()
    return newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_chart_box_s_title_and_credit_go() -> None:
    body = _body(
        "body/boersenbericht_chart_box.html",
        "https://www.wirtschaftskurier.example/finanzen/maerkte/dax-schluss-versorger-stuetzen-den-leitindex/200481.html",
    )
    # "<div class="c-chart"><div class="c-chart__title">...<div class="c-chart__canvas"
    # data-chart-id="..."></div><div class="c-chart__source">Quelle: ...": the chart's
    assert "Dax im Wochenverlauf" not in body
    assert "Quelle: Wirtschaftskurier Research" not in body
    assert body[2].startswith("Schwächer zeigten sich dagegen die Chemiewerte.")


def test_a_table_s_source_line_stays_beside_a_chart_box() -> None:
    body = _body(
        "body/boersenbericht_chart_box.html",
        "https://www.wirtschaftskurier.example/finanzen/maerkte/dax-schluss-versorger-stuetzen-den-leitindex/200481.html",
    )
    assert "Dax | 23.870 | +0,3 %" in body
    assert body[body.index("MDax | 29.415 | -0,2 %") + 1] == "Quelle: Deutsche Börse"


def test_a_heading_over_a_box_of_stock_quotes_goes() -> None:
    body = _body(
        "body/markets_story_quotes_box_label.html",
        "https://www.marketsdesk.example/2025/06/12/chipmakers-lift-nasdaq-to-a-record.html",
    )
    # "<h2>In this article</h2>" over the dropped quotes (every link to a quote page)
    assert body[0].startswith("The Nasdaq Composite closed at a record on Thursday")
    assert "In this article" not in body


def test_a_section_heading_over_a_dropped_box_of_stories_stays() -> None:
    body = _body(
        "body/markets_story_quotes_box_label.html",
        "https://www.marketsdesk.example/2025/06/12/chipmakers-lift-nasdaq-to-a-record.html",
    )
    # (a box of other stories set under it: the section's text follows)
    heading = body.index("Insurers slide")
    assert body[heading + 1].startswith("Shares of the largest health insurers fell")


def test_a_stock_s_change_chip_after_its_quote_link_goes() -> None:
    body = _body(
        "body/market_close_stock_change_chips.html",
        "https://www.marketledger.example/news/business/markets/sensex-ends-higher-as-metal-stocks-rally-pharma-drags-1284411.html",
    )
    # "<a class="stockLink" href=".../stockpricequote/...">Ironvale Steel</a> <span
    # class="stk_chng green">+3.4%</span>": the linked name stays, its change goes
    assert body[2] == (
        "Metal makers led the way. Ironvale Steel and Coastal Alloys were the biggest "
        "gainers, while copper producers also firmed on the back of higher global prices."
    )
    assert body[3].endswith("Medora Labs was the worst performer in the index.")


def test_a_signed_figure_after_a_link_to_a_story_stays() -> None:
    body = _body(
        "body/market_close_stock_change_chips.html",
        "https://www.marketledger.example/news/business/markets/sensex-ends-higher-as-metal-stocks-rally-pharma-drags-1284411.html",
    )
    # (classed by its colour alone, after a link to a story, not to a quote page)
    assert "The sector's index +18.6% over twelve months" in body[4]


def test_a_code_block_s_language_name_beside_its_copy_button_goes() -> None:
    body = _body(
        "body/devblog_code_block_header.html",
        "https://notes.datadesk.example/caching-court-records",
    )
    # "<div class="code-block-header"><span>python</span><button>Copy</button></div><pre>"
    assert "python" not in body
    assert body[2].startswith("def cached_case(cache_dir, case_id, fetch):")
    # (a header row's title over the code is no language name: it stays)
    assert "Rebuild everything" in body
