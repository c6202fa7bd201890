"""Arab and Pakistani agencies as the Arabic and Urdu papers credit them: by their names in
those scripts (data: "وام" is WAM, "پی پی آئی" Pakistan Press International), in a source
label after the place the agency filed from ("المصدر: أبوظبي - وام") and in a dateline of a
place alone ("کراچی (پی پی آئی) ...")."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

from newsparse.generic.metadata.bylines import wire_name

_LABEL_PAGE = "arabic_source_label_place_and_agency.html"
_LABEL = "المصدر: دبي - وام"
_DATELINE_PAGE = "urdu_wire_dateline_place_only.html"
_DATELINE = "لاہور (پی پی آئی) "


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("وام", "WAM"),
        ("كونا", "KUNA"),
        ("قنا", "QNA"),
        ("بنا", "Bahrain News Agency"),
        ("أ ش أ", "MENA"),
        ("بترا", "Petra"),
        ("سانا", "SANA"),
        ("وكالة الأنباء العمانية", "Oman News Agency"),
        ("پی پی آئی", "Pakistan Press International"),
        ("اے پی پی", "Associated Press of Pakistan"),
        ("PPI", "Pakistan Press International"),
        # (Online's Urdu name is also a common word: no agency's)
        ("آن لائن", None),
    ],
)
def test_arab_and_urdu_agency_names(credit: str, agency: str | None) -> None:
    assert wire_name(credit) == agency


def test_a_source_label_names_the_agency_not_the_place_it_filed_from() -> None:
    article = parse_fixture(_LABEL_PAGE)
    assert article.source == "WAM"
    assert not article.body.startswith("المصدر")


@pytest.mark.parametrize(
    ("label", "source"),
    [
        ("المصدر: القاهرة - أ ش أ", "MENA"),
        ("المصدر: الكويت - كونا", "KUNA"),
        ("المصدر: وام", "WAM"),
        # (two agencies: neither alone is the value)
        ("المصدر: رويترز - وام", "رويترز - وام"),
    ],
)
def test_a_source_label_s_place_and_agency(label: str, source: str) -> None:
    html = (FIXTURES / _LABEL_PAGE).read_text("utf-8")
    assert _LABEL in html
    assert parse_html(html.replace(_LABEL, label)).source == source


def test_a_dateline_of_a_place_alone_credits_the_agency() -> None:
    article = parse_fixture(_DATELINE_PAGE)
    assert article.source == "Pakistan Press International"
    assert article.body.startswith(_DATELINE)  # (the dateline stays, as a wire's does)


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("اسلام آباد (اے پی پی) ", "Associated Press of Pakistan"),
        ("WASHINGTON (AP) ", "Associated Press"),
        # (an agency spelt out before its abbreviation, a reporter's desk: no dateline)
        ("Associated Press (AP) ", None),
        ("لاہور (نمائندہ خصوصی) ", None),
        ("لاہور میں کل شام (پی پی آئی) ", None),
        # (a sentence, its words in lowercase, before the bracket)
        ("Officials said (AP) ", None),
    ],
)
def test_datelines_of_a_place_alone(dateline: str, source: str | None) -> None:
    html = (FIXTURES / _DATELINE_PAGE).read_text("utf-8")
    assert _DATELINE in html
    assert parse_html(html.replace(_DATELINE, dateline)).source == source
