"""Credits inside the story: a picture's credit stays out (a centred caption under a picture
closed by an agency's bracketed credit too), a review's credit box (several lines of text, no
picture beside them) is the story's box of facts and stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _generic_body(name: str) -> str:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=None, registry=newsparse.Registry()).body


def test_a_review_s_credit_box_closing_the_story_stays() -> None:
    body = _generic_body("review_credit_box_after_story.html")
    assert body.endswith(
        "Production: A Fjordlys Film production. Producers: Marit Haugen, Paul Brennan.\n\n"
        "Crew: Director, screenplay: Hanne Solberg. Camera: Erik Lunde. Editor: Siri Moe. "
        "Music: Arne Holt.\n\nWith: Elin Dahl, Jonas Berg, Laila Nygaard, Tom Hegre."
    )
    assert "Reviewed at Bergen International Film Festival" in body
    # (the lead picture's credit in its caption still goes)
    assert "Courtesy of the festival" not in body


def test_a_centred_caption_closed_by_an_agency_s_credit_under_a_picture_goes() -> None:
    body = _generic_body("centred_caption_with_agency_credit.html")
    assert "Commuters board a ferry" not in body
    assert "(Tidewire/Lena Park)" not in body
    assert "every ten minutes during the morning rush hour" in body
    assert "Who will benefit?" in body


def test_centred_captions_in_a_run_of_pictures_closing_the_story_go() -> None:
    # picture, caption, picture, caption: the next picture is no text after the first caption
    body = _generic_body("centred_captions_picture_run_at_end.html")
    assert "ممرات الحديقة الجديدة" not in body
    assert "ملاعب الأطفال داخل الحديقة" not in body
    assert body.endswith("مع تخصيص يوم أسبوعي مجاني لطلاب المدارس.")
