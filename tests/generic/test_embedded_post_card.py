"""An embedded post drawn as a CMS's own card, not the network's quote (a newsletter
platform's "<div class="tweet" data-component-name="Twitter2ToDOM">", its words in
"tweet-text" inside a link, its author in "tweet-author-name" and "tweet-author-handle"):
one paragraph where it sits, its words then its attribution as a quoted post's; its date
and its counts of likes and reposts are no text."""

from __future__ import annotations

import re
from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://pipesandpolicy.example/p/the-quiet-crisis-in-municipal-water-meters"
_WORDS = (
    "Our city replaced 9,000 meters last year and billed volume went up 7% with no change in"
    " actual use. The old ones were just wrong."
)
_AFTER = "That post was shared widely among utility engineers"


def _page() -> str:
    return (FIXTURES / "newsletter_platform_tweet_card.html").read_text(encoding="utf-8")


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_post_card_is_one_paragraph_where_it_sits() -> None:
    body = _body(_page())
    at = body.index(f"{_WORDS} \u2014 Priya Natarajan (@utilitynerd)")
    assert body[at - 1].startswith("The industry's own survey")
    assert body[at + 1].startswith(_AFTER)
    text = "\n".join(body)
    assert "842" not in text and "Retweets" not in text and "Mar 3, 2025" not in text


def test_a_post_card_without_its_author_s_name_gives_its_handle() -> None:
    html = _page().replace('<span class="tweet-author-name">Priya Natarajan </span>', "")
    assert f"{_WORDS} \u2014 @utilitynerd" in _body(html)


def test_a_box_classed_so_without_a_post_s_words_is_read_as_any_box() -> None:
    # (a "tweet this" button's box: no words of a post, the class alone changes nothing)
    card = re.search(r'<div class="tweet".*?</a></div>\n', _page(), re.S)
    assert card is not None
    button = (
        '<div class="{}"><a href="https://x.com/intent/tweet?text=meters">Tweet this</a></div>\n'
    )
    html = _page().replace(card.group(0), button.format("tweet"))
    assert _body(html) == _body(_page().replace(card.group(0), button.format("inline-box")))
