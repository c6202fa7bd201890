"""Inline furniture and boxes inside a story: a stock's price chip after its linked name, a
shop's affiliation box under a review and its commission note in other languages, a pull
quote set in a classed blockquote, and a closing disclosure set in italics."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _body(relative: str, url: str) -> list[str]:
    page = (FIXTURES / relative).read_bytes()
    return newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _story(paragraphs: str, after: str = "") -> list[str]:
    html = (
        "<html><head><title>Harbour works to start in spring</title></head><body><article>"
        "<h1>Harbour works to start in spring</h1><div class='article-body'>"
        "<p>Work on the new harbour wall will begin in March, the port authority said on "
        "Monday, after two years of delays over the cost of the project.</p>"
        f"{paragraphs}"
        "<p>The authority expects the wall to be finished by the end of next year, and the "
        f"ferry terminal to stay open throughout the works.</p>{after}</div></article></body></html>"
    )
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def test_a_price_chip_after_a_stock_s_name_goes() -> None:
    body = _body(
        "body/boersen_bericht_kurs_chips.html",
        "https://www.finanzblatt.example/unternehmen/industrie/veldmann-senkt-prognose/100234.html",
    )
    # classed as a stock chip, or unclassed right after the link to the share's quote page:
    # the linked name stays, its change goes
    assert body[1] == (
        "Anleger reagierten verschreckt. Die Veldmann-Aktie verlor im frühen Handel fast ein "
        "Zehntel ihres Werts und notierte so tief wie seit dem Herbst 2022 nicht mehr."
    )
    assert body[2].startswith("Auch der Zulieferer Kessler gab nach, während")


def test_a_ticker_s_change_goes_and_its_bracket_closes_on_the_symbol() -> None:
    body = _body(
        "body/analysis_ticker_change_disclosure.html",
        "https://www.patientinvestor.example/investing/2025/04/11/harborline-shipping-stock-buy/",
    )
    assert body[0].startswith("Shares of Harborline Shipping (HBLS) have had a difficult year.")


def test_a_signed_figure_of_the_sentence_stays() -> None:
    # a change in a plain span, after no quote page's link, is the story's own figure
    body = _story(
        "<p>Freight volumes through the port fell by <span>-4.5%</span> last year, the "
        "authority's annual report showed, the first fall in a decade.</p>"
    )
    assert body[1].startswith("Freight volumes through the port fell by -4.5% last year")


def test_a_disclosure_paragraph_set_in_italics_stays() -> None:
    body = _body(
        "body/analysis_ticker_change_disclosure.html",
        "https://www.patientinvestor.example/investing/2025/04/11/harborline-shipping-stock-buy/",
    )
    # "<p class="disclosure"><em>...</em></p>": the author's own closing note, as without the
    # <em>; the outlet's disclaimer box after the story goes
    assert body[-1].startswith("Mara Lindqvist has no position in any of the stocks mentioned.")
    assert not any("views and opinions expressed herein" in line for line in body)


def test_an_affiliation_box_under_a_review_goes() -> None:
    body = _body(
        "body/critique_livre_affiliation.html",
        "https://www.gazettedeslivres.example/critiques/romans/les-heures-claires-helene-marchal",
    )
    assert body[-1].startswith("Les Heures claires, d’Hélène Marchal, Éditions du Fleuve gris")
    assert not any("Acheter ce livre" in line or "commission" in line for line in body)


def test_a_commission_note_in_other_languages_goes() -> None:
    for note in (
        "Wenn Sie über diese Links einkaufen, erhalten wir (ggf.) eine Provision.",
        "Si compras a través de estos enlaces, el diario puede recibir una comisión.",
        "Se acquisti tramite questi link, il sito può ricevere una commissione.",
        "Als je via deze links iets koopt, kan de krant een commissie ontvangen.",
        "Le journal peut percevoir une commission sur les ventes réalisées via ces liens.",
    ):
        body = _story("", f"<p>{note}</p>")
        assert len(body) == 2, note


def test_a_pull_quote_in_a_classed_blockquote_that_repeats_a_paragraph_goes() -> None:
    body = _body(
        "body/longform_blockquote_pullquote.html",
        "https://stories.northerncourier.example/the-year-the-lake-went-quiet/",
    )
    assert len(body) == 5
    assert not any(line.startswith("“You don’t notice") for line in body)


def test_a_classed_blockquote_that_repeats_nothing_stays() -> None:
    body = _story(
        "<blockquote class='pullquote'><p>“We have waited long enough for this wall, and the "
        "town cannot afford another winter of storms without it.”</p></blockquote>"
    )
    assert len(body) == 3


def test_a_views_note_in_vietnamese_set_in_italics_goes() -> None:
    # a paragraph read as prose now (its words in an <em>), the note is the page's by its
    # wording: "the article reflects its author's own view, not necessarily the paper's"
    body = _story(
        "",
        "<p class='op-disclaimer'><em>Bài viết phản ánh quan điểm riêng của tác giả, không nhất "
        "thiết là quan điểm của tòa soạn.</em></p>",
    )
    assert len(body) == 2
