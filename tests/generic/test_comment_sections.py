"""Readers' comments that outweigh the story: a section headed by a comment count or showing
each comment's parts is dropped however long it is; a story's own list under a heading such
as "Réactions" is kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import counts_comments, heading_kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _article(name: str) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url="https://example.com/story", registry=newsparse.Registry())


@pytest.mark.parametrize(
    "heading",
    [
        "9 Comments",
        "3 Responses",
        "One thought on “Notes from the market hall vote”",
        '12 thoughts on "Tram depot"',
        "2 Replies to “Hello world”",
        "12 Kommentare",
        "5 comentarios",
        "Aucun commentaire",
        "No comments",
        # the count after the noun (Medium's)
        "Responses (31)",
        "Comments (12)",
        "412 Postings",  # (Der Standard's forum)
    ],
)
def test_a_heading_that_counts_comments_announces_them(heading: str) -> None:
    assert counts_comments(heading)
    assert heading_kind(heading) is Kind.COMMENTS


@pytest.mark.parametrize(
    "heading",
    ["3 responses to the crisis", "10 thoughts about summer", "5 reasons to stay"],
)
def test_a_count_before_other_words_is_a_story_heading(heading: str) -> None:
    assert not counts_comments(heading)
    assert heading_kind(heading) is None


def test_comment_section_longer_than_the_story_is_dropped() -> None:
    # nine comments under "9 Comments", in classes that name nothing ("section", "list"),
    # hold three times the story's text
    article = _article("custom_cms_story_with_long_comment_section.html")
    assert article.body.split("\n\n") == [
        "The city council voted on Tuesday to turn the old tram depot on Harbour Street into a "
        "covered market, ending a dispute that has run for more than six years.",
        "Under the plan the brick halls keep their iron roof trusses and are split into sixty "
        "stalls, with rents capped for the first three years to favour local growers and "
        "bakers.",
        "Opponents had argued the money would be better spent on housing, but the motion "
        "passed by nineteen votes to eleven after the developer agreed to add forty flats on "
        "the northern edge of the site.",
        "Work is due to start in the spring, and the council expects the market to open in "
        "late 2028.",
    ]
    assert article.authors == ("Ann Reid",)


def test_comment_thread_inside_the_posts_own_block_is_dropped() -> None:
    # WordPress's "9 thoughts on “Title”" over <article> comments with a <time> each, in the
    # same block as the post's paragraphs
    article = _article("blog_post_with_comment_thread_in_content.html")
    assert article.headline == "Notes from the market hall vote"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("I went along to the council chamber on Tuesday")
    assert paragraphs[-1].endswith("it clearly changed at least three votes.")
    assert "thoughts on" not in article.body
    assert "Sixty stalls is ambitious" not in article.body


def test_story_list_of_quotes_under_a_reactions_heading_is_kept() -> None:
    # "Réactions" may head readers' comments, but these items show no comment's parts (no
    # time, avatar or reply button): officials quoted by the story
    body = _article("french_story_with_reactions_list.html").body.split("\n\n")
    quotes = [paragraph for paragraph in body if paragraph.startswith("«")]
    assert len(quotes) == 3
    assert quotes[1].startswith("« Nous aurions préféré que cet argent serve au logement")
    assert body[-1] == (
        "Les travaux doivent commencer au printemps et la halle devrait ouvrir ses portes à la "
        "fin de l'année 2028."
    )


def test_a_comment_s_time_is_not_the_post_s_date() -> None:
    # the post's date is a line of text ("Posted on 4 November 2026"); the only <time>
    # elements are the comments', under "9 thoughts on “...”", in classes that say nothing
    article = _article("blog_post_with_comment_thread_in_content.html")
    assert article.published is not None
    assert article.published.date() == date(2026, 11, 4)
    assert article.authors == ("Ruth",)


_SHORT_STORY = (
    "<p>The city council voted on Tuesday to turn the old tram depot on Harbour Street into a "
    "covered market, ending a dispute that has run for more than six years.</p><p>Work is due "
    "to start in the spring, and the market should open in late 2028.</p>"
)
# Readers' names and comments, and a panel's speakers and answers.
_READERS = (
    ("Margaret Hale", "A market is exactly what the neighbourhood needs, as long as the stalls "
     "stay affordable for small traders and growers."),
    ("Tomasz Wrona", "Nineteen votes to eleven is hardly a ringing endorsement, and the housing "
     "argument was never properly answered."),
    ("Old Salt", "My grandfather drove trams out of that depot in the fifties; he would have "
     "been glad to see the halls used again."),
)  # fmt: skip
_SPEAKERS = (
    ("Dr Jane Smith", "The breakwater will change how sand moves along the beach, and no one "
     "has said how that will be watched."),
    ("Tom Baines", "For the fleet it is simple: fewer days lost to storms, and a safer way in "
     "for the smaller boats in winter."),
)  # fmt: skip


def _each(template: str, people: tuple[tuple[str, str], ...]) -> str:
    """``template`` (its ``{name}`` and ``{text}``) written for each of ``people``, joined."""
    return "".join(template.format(name=name, text=text) for name, text in people)


def _story_and_responses(byline: str = "") -> str:
    """The short story (under ``byline``), then the readers' responses in a section of their
    own under "Responses": no time, avatar or reply button, each reader's name in an element
    of its own over the comment."""
    responses = _each(
        "<div class='response'><div class='who'>{name}</div><p>{text}</p></div>", _READERS
    )
    return (
        "<html><head><title>Tram depot to become covered market</title></head><body><main>"
        f"<article><h1>Tram depot to become covered market</h1>{byline}{_SHORT_STORY}</article>"
        f"<section class='responses-section'><h3>Responses</h3>{responses}</section>"
        "</main></body></html>"
    )


def test_comments_of_a_name_and_a_text_each_under_their_heading_go() -> None:
    body = newsparse.parse(_story_and_responses(), registry=newsparse.Registry()).body
    assert body.split("\n\n") == [
        "The city council voted on Tuesday to turn the old tram depot on Harbour Street into a "
        "covered market, ending a dispute that has run for more than six years.",
        "Work is due to start in the spring, and the market should open in late 2028.",
    ]


def test_a_commenter_named_as_an_author_is_no_byline() -> None:
    # the story's byline carries no author class; the readers' names under "Responses" do
    # stand in elements of their own
    byline = (
        "<div class='entry-meta'>By <a href='/staff/ann-reid'>Ann Reid</a> · 3 November 2026</div>"
    )
    article = newsparse.parse(_story_and_responses(byline), registry=newsparse.Registry())
    assert article.authors == ("Ann Reid",)


def test_speakers_answers_under_a_discussion_heading_stay() -> None:
    # a panel's answers, each under the speaker's name as a subheading: the story's
    answers = _each("<div class='speaker'><h4>{name}</h4><p>{text}</p></div>", _SPEAKERS)
    html = (
        "<html><head><title>What next for the depot?</title></head><body><article>"
        f"<h1>What next for the depot?</h1>{_SHORT_STORY}<h2>Discussion</h2>{answers}"
        "</article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert "Dr Jane Smith" in body
    assert body.endswith("a safer way in for the smaller boats in winter.")


def test_comments_each_followed_by_a_line_of_their_parts_go() -> None:
    # an old blog's "Have Your Say": each comment's text, then "Posted by: ... | Reply" beside
    # it (no element holds a comment whole), and the form to write one at the end
    comments = _each(
        "<div class='hys-text'><p>{text}</p></div><span class='hys-meta'>Posted by: {name} | "
        "May 15, 2024 at 8:10 AM | <a href='#respond'>Reply</a></span>",
        (*_READERS, *_READERS),
    )
    form = "<div class='hys-form'><p>Have your say</p><textarea></textarea></div>"
    page = _story_and_responses().replace(
        "<section class='responses-section'>",
        f"<div class='have-your-say'><h3>Comments</h3>{comments}{form}</div><section>",
    )
    last = newsparse.parse(page, registry=newsparse.Registry()).body.split("\n\n")[-1]
    assert last == "Work is due to start in the spring, and the market should open in late 2028."


def test_comments_after_their_heading_s_own_wrapper_go() -> None:
    # Medium: the count heading sits alone in a wrapper, the responses follow the wrapper,
    # all inside two more wrappers of one child each
    responses = _each(
        "<div class='uh'><a href='/@reader'><p>{name}</p></a><p>Mar 5</p><pre>{text}</pre></div>",
        _READERS,
    )
    section = (
        "<div class='tx'><div class='ab'><div class='ci'><div class='q'><h2>Responses (31)</h2>"
        f"</div><div class='uc'><p>What are your thoughts?</p></div>{responses}</div></div></div>"
    )
    page = _story_and_responses().replace(
        "<section class='responses-section'>", f"{section}<section>"
    )
    last = newsparse.parse(page, registry=newsparse.Registry()).body.split("\n\n")[-1]
    assert last == "Work is due to start in the spring, and the market should open in late 2028."
