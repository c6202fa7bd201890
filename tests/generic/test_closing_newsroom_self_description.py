"""A newsroom's blurb about itself closing the story on its own site ("<p><em>Prairie Health
Desk is a national newsroom that covers ...</em></p>" in an about box after the republish box)
is the site's, no story text; the same kind of line naming another publisher, on a partner's
copy, stays, and a credit line naming it still gives the story's source."""

from __future__ import annotations

import re
from pathlib import Path

import newsparse
from newsparse.generic.body_lines import without_closing_self_description

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
OWN_URL = "https://prairiehealthdesk.example/news/article/small-town-pharmacies-close-refills/"
PARTNER_URL = "https://www.valleycourier.example/2025/03/12/small-town-pharmacies-close-refills/"
LAST = (
    "For now, Lomax keeps a calendar on her refrigerator with the dates her neighbor is free. "
    "“I plan my pills around her schedule,” she said."
)
BLURB = "Prairie Health Desk is a national newsroom that covers health care in rural America"


def _page() -> str:
    return (FIXTURES / "nonprofit_newsroom_closing_about_box.html").read_text()


def _partner_copy(html: str) -> str:
    """The page as a partner paper republishes it: its own name, host and publisher."""
    return (
        html.replace('content="Prairie Health Desk"', 'content="Valley Courier"')
        .replace(
            '"name":"Prairie Health Desk","url":"https://prairiehealthdesk.example/"',
            '"name":"Valley Courier","url":"https://www.valleycourier.example/"',
        )
        .replace(" - Prairie Health Desk</title>", " | Valley Courier</title>")
        .replace(OWN_URL, PARTNER_URL)
    )


def _parse(html: str, url: str) -> newsparse.Article:
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


def test_the_site_s_blurb_about_itself_closing_the_story_goes() -> None:
    body = _parse(_page(), OWN_URL).body.split("\n\n")
    assert body[-1] == LAST
    assert not any(BLURB in paragraph for paragraph in body)


def test_the_same_blurb_on_a_partner_s_copy_stays() -> None:
    body = _parse(_partner_copy(_page()), PARTNER_URL).body.split("\n\n")
    assert body[-1].startswith(BLURB)


def test_a_partner_s_credit_line_naming_the_newsroom_stays_and_gives_the_source() -> None:
    html = _partner_copy(_page()).replace(
        "<p><em>Prairie Health Desk is a national newsroom",
        "<p><em>This story was originally published by Prairie Health Desk, a national newsroom",
    )
    article = _parse(html, PARTNER_URL)
    assert article.body.split("\n\n")[-1].startswith(
        "This story was originally published by Prairie Health Desk"
    )
    assert article.source == "Prairie Health Desk"


def test_a_closing_sentence_of_the_story_naming_the_site_stays() -> None:
    sentence = "Prairie Health Desk is a partner in the state's new pharmacy survey."
    html = re.sub(
        r'<div class="prairie-about-box">.*?</div>', f"<p>{sentence}</p>", _page(), flags=re.S
    )
    body = _parse(html, OWN_URL).body.split("\n\n")
    assert body[-1] == sentence


def test_the_blurb_in_other_languages_goes_and_another_name_stays() -> None:
    story = ["Primer párrafo de la historia.", "Segundo párrafo.", "Tercer párrafo."]
    blurb = "El Faro del Sur es un medio digital independiente que cubre la región."
    other = "Radio Costa es un medio digital independiente que cubre la región."

    def is_own(name: str) -> bool:
        return name == "El Faro del Sur"

    assert without_closing_self_description([*story, blurb], is_own) == story
    assert without_closing_self_description([*story, other], is_own) == [*story, other]
