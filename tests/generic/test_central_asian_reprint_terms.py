"""A site's terms for reprinting its stories closing the story go in Kazakh, Kyrgyz and Tajik
too, languages that spread them over a sentence: a ban on copying, the leave it needs and the
link it asks for, two of them in the line ("... редакцияның келісімінсіз тыйым салынады.
... гиперсілтеме міндетті."). One of them alone, in a line of the story, stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_STORY = [
    "The harbour board approved the new ferry timetable on Tuesday after a three-hour "
    "meeting, and the first crossings under it will leave the north pier in early June.",
    "Board chair Mirela Ostrand said the extra evening sailings were the change residents "
    "had asked for most often during the consultation held over the winter months.",
    "The operator will also add a second vessel on weekends between June and September, "
    "when the island's population more than doubles with summer visitors and workers.",
]


def _body(html: str | bytes) -> list[str]:
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def _page(closing: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _STORY)
    return (
        "<html><body><article><h1>Ferry timetable approved</h1><div class='article-body'>"
        f"{paragraphs}<p>{closing}</p></div></article></body></html>"
    )


def test_a_kazakh_portal_s_reprint_terms_after_the_story_go() -> None:
    body = _body((FIXTURES / "kazakh_portal_reprint_terms.html").read_bytes())
    assert not any("тыйым салынады" in line for line in body)
    assert body[-1].startswith("Әкімдік келесі жылы")
    assert len(body) == 4


@pytest.mark.parametrize(
    "terms",
    [
        # Kazakh, Kyrgyz, Tajik
        "Сайт материалдарын редакцияның рұқсатынсыз көшіруге тыйым салынады.",
        "Материалдарды редакциянын уруксатысыз көчүрүүгө тыюу салынат. Сайтка шилтеме милдеттүү.",
        "Нусхабардории маводҳо бе иҷозати идора манъ аст. Истинод ба сомона ҳатмист.",
    ],
)
def test_reprint_terms_closing_the_story_go(terms: str) -> None:
    assert _body(_page(terms)) == _STORY


def test_a_story_s_line_naming_consent_stays() -> None:
    # one wording alone ("келісімінсіз": without its consent) is the story's
    line = "Әкімдік тұрғындардың келісімінсіз бірде-бір ағаш кесілмейтінін айтты."
    assert _body(_page(line)) == [*_STORY, line]
