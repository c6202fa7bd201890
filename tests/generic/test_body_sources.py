"""A story's list of sources: the entries citing a work ("Org. <a>Title</a>.") in a list
classed or headed as the story's sources are its text, not read-also lines; a block headed
as the story's sources right after its container (past a newsletter's box) is read with it."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_cited_entries_of_a_list_of_sources_stay() -> None:
    body = _body(
        "health_news_cited_sources.html",
        "https://www.brightwellhealth.example/saline-spray-recall-9912345",
    )
    assert body[-5:] == [
        "Sources",
        "U.S. Food and Drug Administration. Recalls and safety notices.",
        "National Sinus Institute. Mold and the sinuses.",
        "References",
        "Nasal irrigation: Safe use at home. (2024). https://www.nih.example/nasal-irrigation",
    ]


def test_a_sources_block_after_the_story_s_container_is_read_past_a_sign_up_box() -> None:
    body = _body(
        "factcheck_sources_after_story.html",
        "https://www.veritasdesk.example/fact-check/city-backyard-chicken-ban/",
    )
    assert body[-5:] == [
        "We rate the claim that Brookfield banned backyard chickens False.",
        "Our Sources",
        "Facebook post, March 15, 2025",
        "Brookfield City Council, Ordinance 2025-14, Keeping of poultry, March 11, 2025",
        "Phone interview, Ruth Okoye, Brookfield city council member, March 17, 2025",
    ]
    assert not any("weekly fact checks" in line or "More fact checks" in line for line in body)


def test_a_sources_block_after_the_story_s_body_in_its_article_is_read() -> None:
    body = _body(
        "health_news_sources_after_body.html",
        "https://www.clearviewhealth.example/diabetes/news/20250312/walks-after-meals",
    )
    assert body[-1] == "SOURCES: Lakemont University, news release, March 10, 2025"
    assert not any("helpful" in line for line in body)


def test_a_sources_block_s_heading_repeated_by_its_entry_s_label_goes() -> None:
    body = _body(
        "health_news_sources_after_body.html",
        "https://www.clearviewhealth.example/diabetes/news/20250312/walks-after-meals",
    )
    assert body[-1].startswith("SOURCES: ")
    assert "Sources" not in body


def test_a_sentence_under_more_information_whose_link_is_part_of_it_stays() -> None:
    body = _body(
        "health_news_sources_after_body.html",
        "https://www.clearviewhealth.example/diabetes/news/20250312/walks-after-meals",
    )
    heading = body.index("More information")
    assert body[heading + 1] == "The Harlow Institute has more on prediabetes."


def test_a_list_under_a_sources_label_closing_the_story_keeps_its_short_last_items() -> None:
    body = _body(
        "factcheck_de_source_list_end.html",
        "https://pruefstelle.example/faktencheck/2025/04/02/holzoefen-stilllegung-2025/",
    )
    assert body[-4:] == [
        "Die wichtigsten Quellen für diesen Faktencheck:",
        "Verordnung über kleine und mittlere Feuerungsanlagen, Fassung vom 1. Januar 2024: Link",
        "Umweltbundesamt, Fragen und Antworten zu Kaminöfen und der Übergangsfrist, abgerufen "
        "am 1. April 2025: Link",
        "Schornsteinfegerverband, 12. März 2025: Link",
    ]


def test_a_long_sourcing_blurb_over_the_resources_goes_and_the_list_stays() -> None:
    body = _body(
        "health_news_long_sourcing_blurb.html",
        "https://www.healthpulsetoday.example/articles/gardening-stress-older-adults",
    )
    assert not any("sourcing guidelines" in line for line in body)
    assert body[-2:] == [
        "Resources",
        "Marlow K, et al. (2025). Home gardening and perceived stress in later life: a cohort "
        "study. https://example.org/garden-stress",
    ]


def test_a_references_block_after_a_doi_line_is_read_without_the_line_or_its_tools() -> None:
    body = _body(
        "journal_news_references_after_doi.html",
        "https://www.halcyonscience.example/articles/hs-2025-00417-3",
    )
    assert body[-3:] == [
        "References",
        "Aldana, M. et al. Mar. Geol. 472, 107–121 (2025).",
        "Okafor, J. & Lindqvist, E. Quat. Sci. Rev. 318, 90–104 (2024).",
    ]
    assert body[-4].startswith("Other researchers caution")
    assert not any("doi.org" in line or "Download references" in line for line in body)
    assert not any("Google Scholar" in line for line in body)


def test_a_citation_file_link_that_is_no_url_fails_nothing() -> None:
    # ("http://[::1..." makes urlsplit raise: the line is read as leading nowhere)
    page = (FIXTURES / "journal_news_references_after_doi.html").read_text(encoding="utf-8")
    page = page.replace(
        'href="/articles/hs-2025-00417-3-references.ris"', 'href="http://[::1/references.ris"'
    )
    article = newsparse.parse(
        page,
        url="https://www.halcyonscience.example/articles/hs-2025-00417-3",
        registry=newsparse.Registry(),
    )
    assert article.errors == ()
    assert "Aldana, M. et al. Mar. Geol. 472, 107–121 (2025)." in article.body


def test_the_story_s_own_endnotes_after_its_container_are_read_with_it() -> None:
    body = _body(
        "policy_brief_endnotes_after_story.html",
        "https://www.harbourline.example/analysis/new-grid-reserve-winter-planning",
    )
    assert body[-2:] == [
        "Regional Transmission Operator, Winter Readiness Assessment 2024–2025 (November 2024).",
        "Consumer Energy Alliance of the Lakes, “Comments on the Proposed Reliability Reserve,”"
        " January 2025.",
    ]


def test_a_review_panel_s_sources_tab_after_the_story_is_read_with_it() -> None:
    # ("<h2>How we reviewed this article:</h2>", its "Sources" and "History" tabs, the open
    # panel's sourcing blurb over "<ul class="css-sources">"; the hidden "History" panel and
    # "Share this article" are no part of it)
    body = _body(
        "health_site_review_panel_sources.html",
        "https://www.wellnessbrief.example/articles/zinc-common-cold",
    )
    assert body[-3:] == [
        "How we reviewed this article:",
        "Hemming R, et al. (2021). Zinc for the common cold: A systematic review of randomized "
        "trials. https://example.org/zinc-review",
        "Zinc: Fact sheet for consumers. (2024). https://example.org/zinc-facts",
    ]
    assert not any("sourcing guidelines" in line or "Current version" in line for line in body)


def test_a_sources_block_is_read_past_a_share_box_in_a_page_builder_s_row() -> None:
    body = _body(
        "factcheck_sources_past_share_row.html",
        "https://www.claimwatch.example/factchecks/2025/jun/12/facebook-posts/"
        "county-did-not-ban-rain-barrels/",
    )
    assert body[-5:] == [
        "A Facebook post said Marion County made rain barrels illegal. The county's new"
        " stormwater code asks that barrels have a screened lid; it bans none. We rate this"
        " claim False.",
        "Our Sources",
        "Facebook post, June 3, 2025",
        "Marion County Board of Commissioners, Stormwater code update, June 2, 2025",
        "Email interview, Marion County spokesperson, June 9, 2025",
    ]
    assert not any("Share the Facts" in line or "Support independent" in line for line in body)


_FEEDBACK_PAGE = "health_site_sources_past_feedback_widget.html"
_FEEDBACK_URL = "https://www.everwell.example/fitness/tart-cherry-juice-muscle-soreness"


def test_a_review_panel_s_sources_are_read_past_a_feedback_widget_with_hashed_classes() -> None:
    # ("<div class="css-4mz81r"><div class="css-q2vd5e"><p>Was this helpful?</p><button>Yes
    # </button><button>No</button></div></div>" between the story and its review panel: known
    # by its question and buttons, not by its classes; itself left out)
    body = _body(_FEEDBACK_PAGE, _FEEDBACK_URL)
    assert body[-3:] == [
        "How we reviewed this article:",
        "Howatson G, et al. (2010). Influence of tart cherry juice on indices of recovery "
        "following marathon running. https://example.org/cherry-marathon",
        "Tart cherry: Usefulness and safety. (2023). https://example.org/tart-cherry-facts",
    ]
    assert not any(
        line in {"Was this helpful?", "Sources", "History"} or "sourcing guidelines" in line
        for line in body
    )


def test_a_reader_poll_with_buttons_is_no_feedback_widget_to_read_past() -> None:
    # (a question of the story's own over "Yes" and "No" buttons asks for no feedback: the
    # review panel after it is not reached)
    html = (FIXTURES / _FEEDBACK_PAGE).read_bytes()
    poll = html.replace(b"Was this helpful?", b"Do you drink it after workouts?")
    body = newsparse.parse(poll, url=_FEEDBACK_URL, registry=newsparse.Registry()).body
    assert body.endswith("which remain the surest ways to recover.")
    assert "How we reviewed this article:" not in body
