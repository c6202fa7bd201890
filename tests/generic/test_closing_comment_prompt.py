"""A blog's closing line set in italics that invites readers to add to the post in the
comments ("Leave it in the comments and I'll add it to the trail log.") is a prompt, as "Have
something to add to this story?" is: left out of the body, the closing line only."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "blogger_closing_comment_prompt.html"
_URL = "https://ridgelinetrailnotes.blogspot.com/2025/03/beaver-dam-fenwick-brook.html"
_PROMPT = (
    "<i>Spotted the beavers yourself, or have a picture of the new lodges? Leave it in the "
    "comments and I'll add it to the trail log.</i>"
)
_LAST = "I plan to go, and I will post what they decide."


def _body(html: str) -> list[str]:
    article = newsparse.parse(html, url=_URL, registry=newsparse.Registry())
    return article.body.split("\n\n")


def test_a_closing_italic_line_inviting_comments_is_left_out() -> None:
    body = _body(_PAGE.read_text("utf-8"))
    assert body[-1].endswith(_LAST)
    assert not any("Leave it in the comments" in line for line in body)
    # (an italic note between the story's lines stays: only the closing line is a prompt)
    assert any(line.startswith("A note on safety:") for line in body)
    assert body[0].startswith("Two winters after the town's crew")


def test_a_closing_paragraph_in_italics_inviting_comments_in_german_is_left_out() -> None:
    html = _PAGE.read_text("utf-8").replace(
        f"<br /><br />{_PROMPT}</div>",
        "</div><p><em>Habt ihr die Biber auch gesehen? Schreibt es gern in die Kommentare!</em>"
        "</p>",
    )
    body = _body(html)
    assert body[-1].endswith(_LAST)
    assert not any("Kommentare" in line for line in body)


def test_the_same_line_in_roman_or_a_note_on_the_comments_stays() -> None:
    plain = _PAGE.read_text("utf-8").replace(_PROMPT, _PROMPT[3:-4])
    assert _body(plain)[-1].startswith("Spotted the beavers yourself")
    # (an update citing what readers said in the comments asks nothing of them)
    note = "<i>Update, March 11: As several readers pointed out in the comments, the pond is now frozen.</i>"
    assert _body(_PAGE.read_text("utf-8").replace(_PROMPT, note))[-1].startswith("Update, March 11")
