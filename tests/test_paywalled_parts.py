"""Parts of the story a page declares paywalled in its JSON-LD are read as the story."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html

import newsparse
from newsparse.paywalled_parts import declared_paid_parts, unmark

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

FREE = (
    "Die Bundesregierung will den Bau von Elektrolyseuren schneller genehmigen lassen. Ein "
    "Gesetzentwurf sieht vor, dass Behörden künftig binnen sechs Monaten entscheiden müssen."
)
PAID = (
    "Für die Betreiber ist das eine gute Nachricht. Bisher dauerten die Verfahren oft mehr als "
    "zwei Jahre, weil Umweltgutachten, Netzanschluss und Wasserrechte getrennt geprüft wurden.",
    "Kritiker halten dagegen, dass die Frist die Beteiligung der Anwohner verkürze. Der "
    "Umweltverband kündigte an, das Gesetz im Bundestag genau prüfen zu lassen.",
    "Ob das Gesetz noch vor der Sommerpause beschlossen wird, ist offen; im Bundesrat fehlen "
    "noch die Stimmen mehrerer Länder, die eigene Vorschriften behalten wollen.",
)


def _page(declared: bool) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Wasserstoff: Schnellere Genehmigungen geplant",
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall",
        },
    }
    script = f"<script type='application/ld+json'>{json.dumps(data)}</script>" if declared else ""
    paid = "".join(
        f"<section class='relative paywall' data-area='text_block'><p>{text}</p></section>"
        for text in PAID
    )
    return (
        f"<html lang='de'><head><title>Wasserstoff: Schnellere Genehmigungen geplant</title>{script}</head><body><main><article>"
        "<h2>Wasserstoff: Schnellere Genehmigungen geplant</h2>"
        f"<section data-area='text_block'><p>{FREE}</p></section>{paid}</article></main>"
        "</body></html>"
    )


def test_the_declared_paid_part_is_read_as_the_story() -> None:
    body = newsparse.parse(_page(declared=True), registry=newsparse.Registry()).body
    assert body.split("\n\n") == [FREE, *PAID]


def test_the_selectors_of_parts_declared_not_free() -> None:
    objects = [
        {
            "hasPart": [
                {"isAccessibleForFree": False, "cssSelector": ".paywall"},
                {"isAccessibleForFree": "False", "cssSelector": "#premium .locked"},
                {"isAccessibleForFree": True, "cssSelector": ".teaser"},
                {"cssSelector": ".other"},
            ]
        },
        {"hasPart": "not a part"},
    ]
    assert list(declared_paid_parts(objects)) == [".paywall", "#premium .locked"]


def test_only_the_class_names_the_selector_gives_go() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in PAID[:2])
    section = lxml.html.fromstring(f"<section class='relative paywall wide'>{paragraphs}</section>")
    assert unmark([section], ".paywall")
    assert section.get("class") == "relative wide"
    assert not unmark([section], "#premium")  # (an id names no class to take off)


def test_a_declared_part_that_holds_only_a_subscription_offer_stays_the_paywall() -> None:
    # Served without the paid text, the page's selector picks the box offering a
    # subscription: it is no part of the story.
    offer = lxml.html.fromstring(
        "<div class='paywall'><h2>Keep reading with a subscription</h2><p>Get unlimited "
        "access to local news and our award-winning coverage for 99 cents a month.</p><ul>"
        "<li>Unlimited digital access</li></ul><a href='/subscribe'>Subscribe now</a></div>"
    )
    assert not unmark([offer], ".paywall")
    assert offer.get("class") == "paywall"


def test_declared_paid_paragraphs_in_japanese_are_paragraphs_at_fewer_characters() -> None:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "半導体各社は国内の製造拠点で技術者の採用を増やしており、中途採用の募集は前年の二倍に達した。",
            "国内では熊本県や北海道で新工場の建設が進み、各社は地元の高専や大学との連携も強めている。",
        )
    )
    part = lxml.html.fromstring(f"<div class='paywall_p1kc2a'>{paragraphs}</div>")
    assert unmark([part], ".paywall_p1kc2a")


def test_a_declared_paid_rest_of_one_paragraph_is_read_and_the_pay_wall_box_dropped() -> None:
    # one paid paragraph right after the free ones is the story's rest; the offer box beside
    # it ("cx-pay-wall", "chargeWall": a paywall written in two words) is no story text
    html = (FIXTURES / "body" / "zh_paid_rest_and_pay_wall_box.html").read_bytes()
    article = newsparse.parse(html, url="https://econ.dfcx.example/2025-01-09/301245671.html")
    assert "一位参与改革评估的研究人员表示" in article.body
    assert "订阅" not in article.body
