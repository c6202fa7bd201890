"""A small box between the story's paragraphs closed by a short link to the site's app's
listing in an app store ("<p>अब अखबार नहीं, प्रभात ऐप पढ़िए। ...</p><a
href="https://play.google.com/store/apps/details?id=...">ऐप डाउनलोड करें</a>"), its classes
hashed, goes whole as a pitch closed by a call-to-action button does; a story's sentence
linking the listing stays, and so does a box closed by a link to Google Play's books."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "hindi_app_promo_box_hashed_classes.html"
_URL = (
    "https://www.prabhatsamachar.example/local/mp/indore/news/"
    "indore-metro-trial-run-complete-138244120.html"
)
_LISTING = "https://play.google.com/store/apps/details?id=com.prabhatsamachar.app"
_PROMO = "<p>अब अखबार नहीं, प्रभात ऐप पढ़िए। इंदौर और मध्य प्रदेश की हर बड़ी खबर सबसे पहले।</p>"


def _body(html: str) -> str:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body


def test_the_app_promo_box_goes_whole() -> None:
    body = _body(_PAGE.read_text("utf-8"))
    assert "प्रभात ऐप पढ़िए" not in body
    assert "ऐप डाउनलोड करें" not in body
    assert len(body.split("\n\n")) == 5


def test_a_story_sentence_linking_the_listing_stays() -> None:
    # (the listing linked inside the story's sentence: no box closed by it)
    sentence = (
        '<p>यात्री टिकट के लिए कॉर्पोरेशन का ऐप <a href="' + _LISTING + '">गूगल प्ले स्टोर</a> '
        "से ले सकेंगे, जिसमें स्टेशनों की जानकारी भी मिलेगी।</p>"
    )
    page = _PAGE.read_text("utf-8")
    box = page[page.index('<div class="f8b2e6a4">') : page.index("<h2 ")]
    html = page.replace(box, f'<div class="c2e7a9f4">{sentence}</div>\n')
    assert "गूगल प्ले स्टोर से ले सकेंगे" in _body(html)


def test_a_box_closed_by_a_link_to_a_book_stays() -> None:
    # (Google Play's books are no app's listing)
    html = (
        _PAGE.read_text("utf-8")
        .replace(_LISTING, "https://play.google.com/store/books/details?id=Xk2bEAAAQBAJ")
        .replace(_PROMO, "<p>मेट्रो के इतिहास पर लिखी किताब अब पढ़ी जा सकती है।</p>")
        .replace("ऐप डाउनलोड करें", "किताब पढ़ें")
    )
    assert "किताब पढ़ें" in _body(html)
