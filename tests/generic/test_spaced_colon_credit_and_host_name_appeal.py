"""Lines closing a Romanian agency's copy that are the site's, not the story's: the desk
editor's credit with its colon spaced off as French typography sets it ("Editor : M.P."),
and a follow-us line naming the site as its host spells it ("Urmărește știrile
CotidianulVest.ro și pe <a>Google News</a> ..."), whose full stop inside the name ends no
sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import CHANNEL_APPEAL

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"

_CREDIT_PAGE = "agency_editor_credit_spaced_colon_ro.html"
_APPEAL_PAGE = "site_name_host_channel_appeal_ro.html"


def _body(name: str, html: str | None = None) -> list[str]:
    page = (FIXTURES / name).read_text(encoding="utf-8") if html is None else html
    return newsparse.parse(page, registry=newsparse.Registry()).body.split("\n\n")


def test_an_editor_s_credit_with_a_spaced_colon_goes() -> None:
    body = _body(_CREDIT_PAGE)
    assert body[-1].startswith("Vaccinul rămâne gratuit")
    assert "Editor : M.P." not in body


def test_a_short_line_opening_with_a_spaced_colon_but_no_credit_stays() -> None:
    # (a line of the story set so: no editor's credit opener)
    html = (FIXTURES / _CREDIT_PAGE).read_text(encoding="utf-8")
    html = html.replace("<p>Editor : M.P.</p>", "<p>Program : luni-vineri, 9-17.</p>")
    assert _body(_CREDIT_PAGE, html)[-1] == "Program : luni-vineri, 9-17."


def test_a_follow_line_naming_the_site_by_its_host_goes() -> None:
    body = _body(_APPEAL_PAGE)
    assert body[-1].startswith("În primele zile, pe traseu")
    assert not any("Google News" in line for line in body)


@pytest.mark.parametrize(
    ("line", "appeal"),
    [
        ("urmărește știrile hotnews.ro și pe google news", True),
        ("follow news.example.com on telegram", True),
        # (a full stop before a space ends a sentence: the app is named in the next one)
        ("follow the vote tonight. results go out on whatsapp", False),
    ],
)
def test_a_full_stop_inside_a_word_ends_no_sentence_of_the_appeal(line: str, appeal: bool) -> None:
    assert (CHANNEL_APPEAL.match(line) is not None) is appeal
