"""A paragraph after the story made of the site's furniture alone, an invitation to read its
news ("... पर पढ़ें कानपुर की ताजा खबरें।"), an ask to download its app linking the app's
store listings ("... पढ़ने के लिए डाउनलोड करें <a>Android Hindi News App</a>, ...") and, after
a break, "Get all <a>Uttar Pradesh News</a> in Hindi related to live update of ...", goes
whole; a paragraph of the story about an app, linking its listing, stays."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import newsparse
from newsparse.generic.body_notices import is_app_store_invitation
from newsparse.generic.scoring import Unit, score_tree

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "hindi_closing_app_pitch_paragraph.html"
_URL = (
    "https://www.dainikprabhat.example/uttar-pradesh/kanpur/"
    "kanpur-ganga-barrage-cycle-track-ready-2025-06-03"
)
_LAST_PARAGRAPH = "किराये की साइकिलों के लिए दो स्टैंड भी बनाए जा रहे हैं।"
_STORE = '<a href="https://play.google.com/store/apps/details?id=com.dainikprabhat.news">'


def _body(html: str) -> str:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body


def _unit(markup: str) -> Unit:
    """The unit of a paragraph written as ``markup`` alone in a box."""
    root = lxml.html.fromstring(f"<div>{markup}</div>")
    return score_tree(root).unit_of[root[0]]


def test_the_closing_app_pitch_paragraph_goes() -> None:
    body = _body(_PAGE.read_text("utf-8"))
    assert body.endswith(_LAST_PARAGRAPH)
    assert len(body.split("\n\n")) == 3


@pytest.mark.parametrize(
    "markup",
    [
        # (the ask alone, its verb last)
        f"<p>कानपुर की खबरें पढ़ने के लिए डाउनलोड करें {_STORE}Android Hindi News App</a> "
        "अपने मोबाइल पे|</p>",
        # (opened by the invitation to read the site's news)
        "<p>हिंदी न्यूज़ वेबसाइट दैनिक प्रभात पर पढ़ें कानपुर की ताजा खबरें। लाइव अपडेट्स के "
        f"लिए डाउनलोड करें {_STORE}Android Hindi News App</a> अपने मोबाइल पे|</p>",
    ],
)
def test_app_pitches_in_hindi(markup: str) -> None:
    assert is_app_store_invitation(_unit(markup))


def test_a_story_paragraph_about_an_app_stays() -> None:
    # (the story tells of the authority's app and links it: a sentence of news among the
    # asks, so the paragraph is the story's)
    paragraph = (
        "<p>प्राधिकरण ने ट्रैक पर साइकिल बुक करने के लिए एक ऐप भी तैयार किया है, जिसे अब तक "
        "तीन हजार लोगों ने डाउनलोड किया है। अधिकारियों के अनुसार शुरुआती महीने में किराया "
        "आधा रहेगा और छात्रों को अलग से छूट दी जाएगी। साइकिल बुक करने के लिए डाउनलोड करें "
        f"{_STORE}Prabhat Cycle App</a>।</p>"
    )
    html = _PAGE.read_text("utf-8").replace(
        '</p>\n</div>\n<div class="disclaimer-text">',
        "</p>\n" + paragraph + '</div>\n<div class="disclaimer-text">',
    )
    assert "Prabhat Cycle App" in _body(html)
