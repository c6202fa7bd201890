"""A follow-us line closing the story that links the site's messaging channel and its page
on a news reader ("... <a>WhatsApp चॅनेल</a> आणि <a>Google News</a> फॉलो करा.") links two
platforms: it goes whatever its language, news.google.com counting as Google News, not as
"google"; the Marathi "फॉलो करा" closes such a line as the Hindi "फॉलो करें" does."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "marathi_closing_follow_channels_line.html"
_URL = "https://www.marathivrutta.example/nashik/nashik-city-bus-new-routes-response-a-a2041/"
_LINE = (
    '<p>ताज्या बातम्यांसाठी मराठी वृत्तचे <a href="https://whatsapp.com/channel/'
    '0029VbX7yZ8aB9cD0eF1gH2i">WhatsApp चॅनेल</a> आणि <a href="https://news.google.com/'
    'publications/CAAqBwgKMNm1qAswk8W1Aw?hl=mr">Google News</a> फॉलो करा.</p>'
)
_LAST_PARAGRAPH = "जुलैपासून आणखी चार मार्ग सुरू करण्याचे नियोजन असल्याचे अधिकाऱ्यांनी सांगितले."


def _body(html: str) -> str:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body


def test_the_marathi_follow_line_goes() -> None:
    body = _body(_PAGE.read_text("utf-8"))
    assert body.endswith(_LAST_PARAGRAPH)
    assert len(body.split("\n\n")) == 3


def test_a_channel_and_news_reader_line_goes_in_any_wording() -> None:
    # (a Kannada line, "follow our WhatsApp channel and Google News for the latest news":
    # its words are in no list, its two platforms tell it)
    kannada = (
        _LINE.replace("ताज्या बातम्यांसाठी मराठी वृत्तचे", "ಇತ್ತೀಚಿನ ಸುದ್ದಿಗಳಿಗಾಗಿ ನಮ್ಮ")
        .replace("चॅनेल", "ಚಾನೆಲ್")
        .replace("आणि", "ಮತ್ತು")
        .replace("फॉलो करा", "ಅನುಸರಿಸಿ")
    )
    html = _PAGE.read_text("utf-8").replace(_LINE, kannada)
    assert _body(html).endswith(_LAST_PARAGRAPH)


def test_a_line_linking_the_news_reader_alone_stays() -> None:
    # (one platform and the site's own page: a paragraph of the story's, kept)
    line = (
        '<p>नव्या मार्गांचे वेळापत्रक <a href="https://www.marathivrutta.example/nashik/'
        'city-bus-timetable/">परिवहन विभागाच्या संकेतस्थळावर</a> उपलब्ध असून प्रवाशांच्या '
        "सूचनांनुसार त्यात बदल केले जातील, असे सांगण्यात आले. बसच्या थांब्यांची माहिती "
        '<a href="https://news.google.com/publications/CAAqBwgKMNm1qAswk8W1Aw?hl=mr">'
        "Google News</a> वरील आमच्या पानावरही मिळेल.</p>"
    )
    html = _PAGE.read_text("utf-8").replace(_LINE, line)
    assert _body(html).endswith("वरील आमच्या पानावरही मिळेल.")
