"""Read-also labels of India's other scripts ("ഇതു കൂടി വായിക്കാം:", Malayalam's "read this
too"; Bengali, Punjabi, Gujarati, Odia and Kannada forms) open a read-also line, dropped
between the story's paragraphs as the Hindi "ये भी पढ़ें:" is."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind, is_inline_label

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "malayalam_read_also_line.html"
_URL = (
    "https://www.keralavartha.example/news/kerala/2025/06/02/thrissur-new-bus-terminal-august.html"
)
_LINKED_TITLE = "സ്വരാജ് റൗണ്ടിൽ ഗതാഗത പരിഷ്കാരം"


@pytest.mark.parametrize(
    "label",
    [
        "ഇതു കൂടി വായിക്കാം",
        "ഇതുകൂടി വായിക്കാം",
        "ഇതും വായിക്കാം",
        "കൂടുതൽ വായിക്കാൻ",
        "এটাও পড়ুন",
        "ਹੋਰ ਪੜ੍ਹੋ",
        "વધુ વાંચો",
        "ଏହା ମଧ୍ୟ ପଢନ୍ତୁ",
        "ಇದನ್ನೂ ಓದಿರಿ",
    ],
)
def test_indic_read_also_labels(label: str) -> None:
    assert is_inline_label(label)
    assert heading_kind(label) is Kind.READ_ALSO


def _body(html: str) -> str:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body


def test_a_malayalam_read_also_line_between_paragraphs_goes() -> None:
    body = _body(_PAGE.read_text("utf-8"))
    assert "വായിക്കാം" not in body
    assert _LINKED_TITLE not in body
    assert body.split("\n\n")[2].startswith("പഴയ സ്റ്റാൻഡിൽ")
    assert len(body.split("\n\n")) == 4


def test_the_same_line_under_no_label_stays() -> None:
    # (a line of the story that happens to link, with no read-also label: it stays)
    html = _PAGE.read_text("utf-8").replace(
        "<strong>ഇതു കൂടി വായിക്കാം: </strong>", "നഗരസഭയുടെ അറിയിപ്പ്: "
    )
    assert _LINKED_TITLE in _body(html)
