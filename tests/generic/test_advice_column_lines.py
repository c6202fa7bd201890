"""An advice column's closing line inviting readers' questions, with where to send them,
goes; the reader's letter keeps its signature."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_COLUMN_PAGE = "https://www.harrowgazette.example/lifestyles/ask-rosalind-neighbor-dog-barks-every-night/article_7c21e0.html"
_RATGEBER_PAGE = (
    "https://www.weserkurier.example/ratgeber/leben/frag-herrn-lindqvist-bruder-leiht-geld-a-4b7e21"
)


def _body(html: bytes, url: str) -> list[str]:
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_column_s_closing_send_your_questions_line_goes() -> None:
    html = (FIXTURES / "advice_column_write_in_line.html").read_bytes()
    body = _body(html, _COLUMN_PAGE)
    assert not any("Send your questions" in line for line in body)
    assert any(line.startswith("If that fails, most towns") for line in body)


def test_a_german_column_s_write_in_footnote_goes() -> None:
    html = (FIXTURES / "ratgeber_reader_letter_signature.html").read_bytes()
    body = _body(html, _RATGEBER_PAGE)
    assert not any(line.startswith("Haben Sie auch eine Frage") for line in body)
    assert body[-1].startswith("Wenn Sie ihm trotzdem helfen wollen")


def test_a_column_s_closing_author_note_without_an_address_stays() -> None:
    html = (FIXTURES / "ratgeber_reader_letter_signature.html").read_bytes()
    html = html.replace(
        b'Schreiben Sie an <a href="mailto:lindqvist@weserkurier.example">'
        b"lindqvist@weserkurier.example</a>.",
        b"Schreiben Sie uns.",
    )
    body = _body(html, _RATGEBER_PAGE)
    assert body[-1].startswith("Haben Sie auch eine Frage an Henrik Lindqvist?")


def test_a_newsroom_s_write_in_line_naming_no_author_stays() -> None:
    html = (FIXTURES / "ratgeber_reader_letter_signature.html").read_bytes()
    html = html.replace(b"eine Frage an Henrik Lindqvist?", b"Fragen zu Ihren Finanzen?")
    body = _body(html, _RATGEBER_PAGE)
    assert body[-1].startswith("Haben Sie auch Fragen zu Ihren Finanzen?")


def test_a_quoted_letter_keeps_its_signature_line() -> None:
    html = (FIXTURES / "ratgeber_reader_letter_signature.html").read_bytes()
    body = _body(html, _RATGEBER_PAGE)
    signature = body.index("Matthias, 41, aus Bremerhaven")
    assert body[signature - 1].startswith("Ich möchte ihn nicht hängen lassen")
