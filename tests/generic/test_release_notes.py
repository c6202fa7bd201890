"""Press releases and science syndicators' copies: the notes, marks and labelled fields
around the release are not its text."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _article(name: str) -> newsparse.Article:
    return newsparse.parse((FIXTURES / name).read_bytes(), registry=newsparse.Registry())


def test_a_syndicator_s_source_reference_and_citation_boxes_are_no_story() -> None:
    article = _article("science_syndicator_release.html")
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Salt marshes restored on land that had been drained")
    assert paragraphs[-1].startswith("Raman said the findings could help planners")
    # the labelled fields above the story, and the boxes after it
    for boilerplate in ("Date:", "Source:", "Story Source", "Journal Reference", "Cite This"):
        assert boilerplate not in article.body
    assert "ScienceWire Daily, 11 June 2025" not in article.body
    assert [link.url for link in article.related] == [
        "https://www.sciencewire.example/releases/2025/03/250304121500.htm",
        "https://www.sciencewire.example/releases/2024/12/241209093000.htm",
    ]


def test_a_press_release_ends_at_its_end_mark() -> None:
    article = _article("health_agency_press_release.html")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("The Public Health Protection Agency has received reports")
    assert (
        paragraphs[-1]
        == "Case counts are updated every Friday on the agency's pertussis surveillance page."
    )
    for boilerplate in ("Press Release", "For Immediate Release", "###", "works around the clock"):
        assert boilerplate not in article.body


def test_a_long_second_version_after_an_end_mark_stays() -> None:
    # a bilingual release: the mark closes the first version, a longer second one follows
    english = "<p>" + "The ferry timetable changes on Monday for the summer season. " * 3 + "</p>"
    welsh = "<p>" + "Mae amserlen y fferi yn newid ddydd Llun ar gyfer tymor yr haf. " * 8 + "</p>"
    html = f"<html><body><article><h1>Ferry</h1>{english}<p>ENDS</p>{welsh}</article></body></html>"
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert "Mae amserlen" in body and "The ferry timetable" in body


@pytest.mark.parametrize(
    "heading",
    [
        "Story Source:",
        "Journal Reference:",
        "Cite This Page:",
        "Media contacts",
        "Notes to editors",
        "Suggested citation",
        "Pressekontakt",
        "Contact:",
        "Investor and Media Contact:",
        "Rückfragen & Kontakt",
        "問い合わせ先",
        "聯絡人",
    ],
)
def test_the_headings_of_a_release_s_notes(heading: str) -> None:
    assert heading_kind(heading) is Kind.NOTES


def test_links_to_companies_and_ads_in_a_related_section_are_not_related() -> None:
    # a business daily's section of lists under their own headings: only the articles count
    story = "<p>" + "半導体製造装置の受注が回復し、各社の業績見通しが上方修正された。" * 6 + "</p>"
    html = (
        "<html><body><article><h1>半導体装置の受注回復</h1>" + story + "</article>"
        "<section class='relatedArticles'><h2>関連企業・業界</h2><ul>"
        "<li><a href='https://www.nkj.example/nkd/company/?scode=6399'>東和精機</a></li></ul>"
        "<h2>Promoted Content</h2><ul><li><a href='https://partners.nkj.example/sponsored/"
        "outlook'>Private credit: the outlook for 2025</a></li></ul>"
        "<h2>関連記事</h2><ul>"
        "<li><a href='https://www.nkj.example/article/DGXZQOUC0511A0V00C25A2000000/'>"
        "半導体装置、受注回復鮮明に</a></li>"
        "<li><a href='https://www.nkj.example/article/DGXZQOUC1210C0S5A310C2000000/'>"
        "熊本に部品工場相次ぐ</a></li></ul></section></body></html>"
    )
    article = newsparse.parse(
        html, url="https://www.nkj.example/article/X/", registry=newsparse.Registry()
    )
    assert [link.url for link in article.related] == [
        "https://www.nkj.example/article/DGXZQOUC0511A0V00C25A2000000/",
        "https://www.nkj.example/article/DGXZQOUC1210C0S5A310C2000000/",
    ]


def test_notes_to_editors_closing_the_release_s_own_block_go_with_their_heading() -> None:
    # GOV.UK's news story: the notes follow the release's paragraphs in the same block
    release = [
        "More than 12,000 homes along the Humber estuary will be better protected from tidal "
        "flooding after the Environment Agency confirmed the funding on Wednesday.",
        "Work on the new embankments starts in May and is due to finish in two years.",
    ]
    notes = ["The funding is part of the flood programme.", "Check your flood risk at GOV.UK."]
    for heading in (
        "<h2>Notes to editors</h2>",
        "<p><b>Notes to editors</b></p>",
        "<p>Notes to editors:</p>",
    ):
        # (a heading, or a paragraph set in bold as one: a blog theme's copy of a release; or
        # a plain paragraph closed by its colon, as news aktuell writes "Pressekontakt:")
        page = "<html><body><main><h1>£48 million for Humber flood defences</h1><div class='gs'>"
        page += "".join(f"<p>{text}</p>" for text in release) + heading + "<ul>"
        page += "".join(f"<li>{text}</li>" for text in notes) + "</ul></div></main></body></html>"
        body = newsparse.parse(page, registry=newsparse.Registry()).body
        assert body.split("\n\n") == release


def test_a_syndicator_s_summary_field_above_the_story_is_no_paragraph_of_it() -> None:
    # ScienceDaily's fields over the release: "Date:", "Source:", and a long "Summary:"
    fields = (
        "<dl><dt>Date:</dt><dd>March 18, 2025</dd><dt>Source:</dt><dd>Durham University</dd>"
        "<dt>Summary:</dt><dd id='abstract'>Radar surveys reveal a network of river valleys "
        "carved more than 34 million years ago under two kilometres of ice.</dd></dl>"
    )
    release = [
        "Scientists have mapped an ancient landscape of river valleys hidden beneath the East "
        "Antarctic ice sheet, using radar flown from aircraft over three field seasons.",
        "The valleys were carved by rivers before the ice sheet formed, the team said.",
    ]
    page = f"<html><body><article><h1>Ancient valleys under the ice</h1>{fields}<div>"
    page += "".join(f"<p>{text}</p>" for text in release) + "</div></article></body></html>"
    body = newsparse.parse(page, registry=newsparse.Registry()).body
    assert body.split("\n\n") == release


def test_news_aktuell_s_credit_line_closing_a_release_is_no_paragraph_of_it() -> None:
    release = (
        "<p>Berlin (ots) - Fast jeder zweite Haushalt plant in diesem Jahr einen Urlaub mit dem "
        "eigenen Wohnmobil, wie eine Umfrage des Verbands unter 2.000 Befragten zeigt.</p>"
        "<p>Besonders gefragt sind Ziele an der Ostsee und in den Alpen.</p>"
    )
    html = (
        f"<html><body><article class='story'><h1>Umfrage: Urlaub im Wohnmobil</h1>{release}"
        "<p class='originator'>Original-Content von: Verband für Freizeitmobile e.V., übermittelt "
        "durch news aktuell</p></article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.split("\n\n")[-1] == "Besonders gefragt sind Ziele an der Ostsee und in den Alpen."


def test_each_section_of_a_box_of_headed_contacts_goes_with_its_heading() -> None:
    # a research institute's box: "Wissenschaftliche Ansprechpartner" over a name, an
    # institution, a phone and an e-mail, then "Pressekontakt" over the press officer's
    body = _article("research_institute_release_contact_box.html").body
    assert body.split("\n\n")[-1].startswith("Die Ergebnisse könnten helfen")
    for contact in ("Telefon", "lena.wagner@", "Jonas Richter", "Ansprechpartner"):
        assert contact not in body


def test_a_japanese_release_s_presenter_and_press_office_sections_are_no_story() -> None:
    body = _article("research_institute_release_ja.html").body
    assert body.endswith("海洋生態系保全財団の研究助成による支援を受けて行われました。")
    for contact in ("発表者", "報道担当", "Tel:", "研究員 山本 彩"):
        assert contact not in body


@pytest.mark.parametrize("heading", ["発表者", "報道担当", "報道に関するお問い合わせ", "機関窓口"])
def test_japanese_contact_headings(heading: str) -> None:
    assert heading_kind(heading) is Kind.NOTES


def test_a_release_s_headed_summary_section_opening_its_body_is_its_first_section() -> None:
    # "<div class="p-press__body"><section class="p-press__summary"><h2>概要</h2><p>...": the
    # release's first section, as the headed sections after it are, not a standfirst
    paragraphs = _article("research_institute_release_ja.html").body.split("\n\n")
    assert paragraphs[:2] == [
        "概要",
        "海洋生命科学研究機構 藻類生理学研究室の山本 彩 研究員らの研究グループは、褐藻の一種である"
        "ワカメが、弱い光の下でも光合成を効率よく進めるための酵素を持つことを明らかにしました。",
    ]


def test_a_summary_box_without_a_heading_opening_the_story_s_block_stays_a_standfirst() -> None:
    summary = "<div class='article-summary'>Officials say the bridge will reopen in May.</div>"
    story = "<p>" + "Engineers found cracks in two of the bridge's steel girders. " * 6 + "</p>"
    page = (
        "<html><body><main><h1>Bridge repairs</h1><div class='share'><a href='/s'>Share</a>"
        f"</div><div class='story-body'>{summary}{story}{story}</div></main></body></html>"
    )
    body = newsparse.parse(page, registry=newsparse.Registry()).body
    assert "Officials say" not in body and body.startswith("Engineers found")
