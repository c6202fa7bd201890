"""Photo gallery pages: when the captions carry the story, they are the body."""

from __future__ import annotations

from pathlib import Path

import newsparse

CAPTIONS = [
    "Kaylee Morgan, 11, leads her Hampshire pig around the show ring during the junior swine "
    "competition on Tuesday. She placed second in her class.",
    "Riders on the Zipper are silhouetted against the sunset on the fair's opening night, "
    "which drew an estimated 14,000 visitors.",
    "Volunteers from the county 4-H club serve pie at the dining hall, where they sold more "
    "than 2,300 slices over ten days.",
    "Eleanor Price, 84, holds the blue ribbon she won for her quilt, her twentieth ribbon in "
    "the fair's needlework competition.",
]
INTRO = (
    "The Harlan County Fair wrapped up its 112th year on Sunday after ten days of livestock "
    "shows, carnival rides and grandstand concerts."
)


def _slide(index: int, caption: str) -> str:
    # Brightspot's slideshow: a counter, the caption and a credit beside the picture
    return (
        f"<div class='GallerySlide' data-slide-index='{index}'><div class='GallerySlide-media'>"
        f"<img src='/photos/{index}.jpg' alt=''></div><div class='GallerySlide-info'><div "
        f"class='GallerySlide-count'>{index + 1} of {len(CAPTIONS)}</div><div "
        f"class='GallerySlide-caption RichTextBody'><p>{caption}</p></div><div "
        "class='GallerySlide-credit'>Photo by Tomas Reyes / Lakeside Tribune</div></div><div "
        "class='GallerySlide-actions'><a href='https://social.example/share'>Share</a></div>"
        "</div>"
    )


def _gallery_page(story: str) -> str:
    slides = "".join(_slide(index, caption) for index, caption in enumerate(CAPTIONS))
    return (
        "<html><head><title>Photos: Scenes from the Harlan County Fair</title></head><body>"
        "<main class='Page-main'><h1 class='Page-headline'>Photos: Scenes from the Harlan "
        f"County Fair</h1><div class='GalleryPage-description RichTextBody'>{story}</div>"
        "<ps-gallery class='Gallery'><div class='Gallery-controls'><button>Previous</button>"
        f"<button>Next</button></div><div class='Gallery-slides'>{slides}</div></ps-gallery>"
        "</main></body></html>"
    )


def _body(html: str) -> list[str]:
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def test_the_captions_of_a_gallery_page_are_its_story() -> None:
    body = _body(_gallery_page(f"<p>{INTRO}</p>"))
    assert body == [INTRO, *CAPTIONS]  # (no counters, credits or share links)


def test_a_credit_written_into_a_caption_s_text_is_no_part_of_it() -> None:
    # Vietnamese papers close each caption with " - Ảnh: NAME"; others "(Photo: Name)"
    credits = [" - Ảnh: CHÍ QUỐC", " (Photo: Tomas Reyes)", " – Foto: T. Reyes", ""]
    page = _gallery_page(f"<p>{INTRO}</p>")
    for caption, credit in zip(CAPTIONS, credits, strict=True):
        page = page.replace(f"<p>{caption}</p>", f"<p>{caption}{credit}</p>")
    assert _body(page) == [INTRO, *CAPTIONS]


def test_a_story_with_a_gallery_keeps_its_captions_out() -> None:
    story = "".join(
        f"<p>{sentence * 3}</p>"
        for sentence in (
            "The fair board voted to add a second week to next year's fair. ",
            "Attendance rose by a fifth, and the grandstand sold out four nights in a row. ",
            "Board members said the new livestock barn would be ready by June. ",
            "Vendors asked for longer hours on the weekends, which the board will consider. ",
        )
    )
    body = _body(_gallery_page(story))
    assert not set(CAPTIONS) & set(body)
    assert len(body) == 4


def test_a_slideshow_whose_slides_hold_descriptions_is_read_from_them() -> None:
    # a WordPress theme's slideshow: every block classed "gallery-*", each slide's text its
    # "description"
    slides = "".join(
        f"<div class='gallery-slide'><div class='gallery-slide__media'><img src='/s{index}.jpg' "
        f"alt=''></div><div class='gallery-slide__counter'>{index + 1} / {len(CAPTIONS)}</div>"
        f"<div class='gallery-slide__description'><p>{caption}</p></div></div>"
        for index, caption in enumerate(CAPTIONS)
    )
    html = (
        "<html><head><title>Scenes from the fair</title></head><body><div class='gallery-header'>"
        "<h1 class='gallery-title'>Scenes from the fair</h1></div>"
        f"<div class='gallery-intro'><p>{INTRO}</p></div><div class='gallery-slides'>{slides}"
        "</div></body></html>"
    )
    assert _body(html) == [INTRO, *CAPTIONS]


def test_a_slide_s_titled_heading_over_its_text_is_the_story_s_subheading() -> None:
    # one slide per page: its own title, a heading classed "slideshow__slide-title", over
    # the paragraphs of the slide's text in its caption box; the picture's credit goes
    path = (
        Path(__file__).resolve().parents[2] / "fixtures/body/slideshow_slide_title_over_text.html"
    )
    url = "https://www.coastlinetraveller.example/galleries/abandoned-lighthouses-long-walk/5"
    article = newsparse.parse(path.read_bytes(), url=url, registry=newsparse.Registry())
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0] == "Skerrow Point, Orkney"
    assert paragraphs[1].startswith("The keepers left Skerrow Point in 1961")
    assert len(paragraphs) == 4
    assert "Photo: Morag Lindsay" not in article.body


def test_a_photo_essay_s_subhead_in_the_headline_s_header_stays_out_of_its_story() -> None:
    """BLOX's photo essay: the captions after the short story; the deck under the headline
    in its "<header>" ("<p class="subhead">") is the standfirst, not the story's opening."""
    html = (
        Path(__file__).resolve().parents[2]
        / "fixtures"
        / "body"
        / "blox_photo_essay_subhead_in_header.html"
    ).read_bytes()
    url = "https://www.riverbendcourier.example/news/world/ap-photos-small-town-marathon/article_1b2c3d4e.html"
    paragraphs = newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert paragraphs[0].startswith("MILLBROOK (AP) — The town has fewer than 6,000")
    assert paragraphs[3].startswith("Runners cross the old stone bridge")
    assert not any("Runners in costumes" in line for line in paragraphs)


def test_a_slide_s_bracketed_agency_credit_is_cut_from_its_caption() -> None:
    """A wire's photo essay writes the photographer into each caption's text: "... Sunday,
    Sept. 14, 2025. (AP Photo/Tomas Ferreira)". The caption is the story's line, the credit
    is not."""
    html = (
        Path(__file__).resolve().parents[2]
        / "fixtures"
        / "body"
        / "blox_photo_essay_subhead_in_header.html"
    ).read_bytes()
    url = "https://www.riverbendcourier.example/news/world/ap-photos-small-town-marathon/article_1b2c3d4e.html"
    paragraphs = newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert paragraphs[3] == (
        "Runners cross the old stone bridge at the start of the marathon in Millbrook,"
        " Sunday, Sept. 14, 2025."
    )
    assert not any("AP Photo/" in line for line in paragraphs)


def test_a_gallery_caption_s_screen_reader_label_is_no_part_of_it() -> None:
    """The BBC's "In pictures": each caption opens with a label for screen readers only
    ("<span class="...-VisuallyHidden">Image caption, </span>"); the captions after the
    short story keep the words readers see, as the story's paragraphs do."""
    html = (
        Path(__file__).resolve().parents[2]
        / "fixtures"
        / "body"
        / "bbc_in_pictures_hidden_caption_labels.html"
    ).read_bytes()
    url = "https://www.bbc.co.uk/news/articles/c0lockgates7o"
    paragraphs = newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert paragraphs[2] == (
        "Crews in orange waders hauled the first of the old lock gates out of the canal by crane"
    )
    assert len(paragraphs) == 7
    assert not any("Image caption" in line or "Image source" in line for line in paragraphs)


def test_a_slide_s_title_and_its_text_are_two_paragraphs() -> None:
    """A German regional paper's "Bildergalerie": each slide's caption holds its title, a
    heading, over its text. A gallery page's captions keep their blocks: the title and the
    text are two paragraphs, while inline markup inside the text parts nothing."""
    html = (
        Path(__file__).resolve().parents[2]
        / "fixtures"
        / "body"
        / "de_bildergalerie_slide_title_and_text.html"
    ).read_bytes()
    url = "https://www.kreisanzeiger.example/region/bildergalerie-die-aeltesten-gasthaeuser-im-kreis-5123000.html"
    paragraphs = newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert paragraphs[2] == "Platz 5: Der Goldene Hirsch in Altenweiler"
    assert paragraphs[3].startswith("Seit 1694 wird in dem Fachwerkhaus am Marktplatz")
    assert paragraphs[6] == "Platz 3: Das Forsthaus Birkengrund"
    assert paragraphs[7].endswith("im Winter heizt ein Kachelofen die Gaststube.")
    assert len(paragraphs) == 12
    assert not any("Foto:" in line for line in paragraphs)
