"""A short linked line asking the reader to follow the site on a news reader or a platform
goes in Greek too ("Ακολουθήστε ... στο <a>Google News</a>"), and in Turkish, whose verb
closes the line ("Bizi <a>Instagram</a>'da takip edin."); a sentence of the story opening
with the same verb, its link to another site, stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.proini-patras.example/poli/48211/nea-grammi-troley-panepistimio/"
_APPEAL = (
    '<em>Ακολουθήστε την Πρωινή της Πάτρας στο <a href="https://news.google.com/publications/'
    'CAAqBwgKMJfRkgswq8mCAw">Google News</a> και μάθετε πρώτοι τις ειδήσεις.</em>'
)
_LAST = "Ο δήμαρχος δήλωσε ότι η γραμμή"


def _body(appeal: str = _APPEAL) -> list[str]:
    html = (FIXTURES / "wordpress_greek_follow_google_news.html").read_text(encoding="utf-8")
    html = html.replace(_APPEAL, appeal)
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


@pytest.mark.parametrize(
    "appeal",
    [
        _APPEAL,
        'Son dakika haberleri için bizi <a href="https://www.instagram.com/proinipatras">'
        "Instagram</a>'da takip edin.",
    ],
)
def test_a_follow_appeal_closing_the_story_goes(appeal: str) -> None:
    body = _body(appeal)
    assert len(body) == 4
    assert body[-1].startswith(_LAST)


def test_a_sentence_opening_with_the_verb_and_linking_elsewhere_stays() -> None:
    assert any(paragraph.startswith("Ακολουθήστε τις οδηγίες") for paragraph in _body())
