"""A site's terms for reprinting its stories, a long notice opening with its reservation
("All rights reserved. This material ... may not be reproduced ... without prior express
written permission from ..."), under the story go; the agency's mark closing the story's
last paragraph ("... he said. (NAN)") stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
URL = "https://morningdrum.example/oyo-begins-vaccination-of-40000-cattle-against-anthrax/"


def _article() -> newsparse.Article:
    html = (FIXTURES / "reprint_terms_after_story.html").read_bytes()
    return newsparse.parse(html, url=URL, registry=newsparse.Registry())


def test_a_long_notice_opening_with_its_reservation_goes() -> None:
    body = _article().body.split("\n\n")
    assert body[-1].endswith("because the disease can pass from animals to people,” he said. (NAN)")
    assert not any("All rights reserved" in line or "Contact:" in line for line in body)


def test_a_story_s_paragraph_naming_the_reservation_stays() -> None:
    html = (FIXTURES / "reprint_terms_after_story.html").read_text()
    quoted = (
        "<p>The council noted that the vendor's brochure, stamped all rights reserved and may "
        "not be reproduced, was copied in full into the tender file, and it asked the ministry "
        "to explain how a document of a private firm came to be used without its permission "
        "or any payment to the firm.</p>"
    )
    html = html.replace("<p>Alabi said", quoted + "<p>Alabi said", 1)
    article = newsparse.parse(html, url=URL, registry=newsparse.Registry())
    assert quoted.removeprefix("<p>").removesuffix("</p>") in article.body.split("\n\n")
