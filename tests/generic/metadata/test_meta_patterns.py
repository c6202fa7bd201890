"""The prefix-tree patterns and the caseless word search find exactly what a flat alternation
of the words finds."""

from __future__ import annotations

import re

import pytest

from newsparse.generic.metadata.patterns import (
    CaselessWords,
    any_phrase,
    any_substring,
    prefix_tree,
)

WORDS = ["author", "autor", "auteur", "date", "dateline", "data", "Date", "time", "a.b"]
TEXTS = [
    "entry-meta byline",
    "post-author vcard",
    "autorin",
    "published-dateline",
    "updatedAt",
    "entry-Date",
    "timestamp",
    "a-b axb",
    "a.b",
    "AUTHOR",
    "",
    "au thor",
]


def test_finds_the_same_texts_as_a_flat_alternation() -> None:
    flat = re.compile("|".join(re.escape(w) for w in WORDS))
    tree = re.compile(any_substring(WORDS))
    for text in TEXTS:
        assert bool(tree.search(text)) == bool(flat.search(text)), text


def test_is_a_prefix_tree_without_redundant_words() -> None:
    # "dateline" holds "date": it adds nothing to a search and is left out.
    assert any_substring(["author", "autor", "date", "dateline"]) == "(?:aut(?:hor|or)|date)"


@pytest.mark.parametrize("after", ["", r"\b", "$"])
def test_a_prefix_tree_matches_where_the_flat_alternation_does(after: str) -> None:
    # (words that begin others are kept: with context after the words, "dateline" may match
    # where "date" does not)
    flat = re.compile(f"^(?:{'|'.join(map(re.escape, WORDS))}){after}", re.IGNORECASE)
    tree = re.compile(f"^{prefix_tree(WORDS)}{after}", re.IGNORECASE)
    for text in [*TEXTS, "dateline", "Dateline x", "datelines", "dat", "a.b c"]:
        assert bool(tree.match(text)) == bool(flat.match(text)), text


def test_a_prefix_tree_keeps_the_words_that_begin_others() -> None:
    assert prefix_tree(["date", "dateline", "data"]) == "(?:dat(?:a|e(?:|line)))"


CUES = ["publié le", "publié", "published", "posted", "yayın tarihi", "date", "data", "更新"]


@pytest.mark.parametrize(
    "text",
    [
        "Publié le 5 juin 2019",
        "PUBLIÉ LE 5 JUIN",
        "Posted by Jane | Published June 5",
        "YAYIN TARIHI: 05.06.2019",  # "ı" matches "I" under IGNORECASE
        "Yayin tarihi 05.06.2019",  # ... and "i"
        "Update: 5 June",
        "Data: 5 giugno",
        "更新 2019年6月5日",
        "İstanbul DATE 5 June",
        "",
    ],
)
def test_caseless_words_find_what_a_caseless_alternation_finds(text: str) -> None:
    flat = re.compile("|".join(re.escape(w) for w in CUES), re.I).search(text)
    assert CaselessWords(CUES).span(text) == (flat.span() if flat else None)


def test_caseless_words_without_ascii_words_find_nothing_in_ascii_text() -> None:
    assert CaselessWords(["更新", "수정"]).span("updated 2019") is None


@pytest.mark.parametrize(
    "text",
    ["site-footer wrap", "Site-Footer", "my-site-footer-x", "footer_SITE-FOOTER", "sitefooter", ""],
)
def test_caseless_words_with_context_find_what_the_whole_caseless_pattern_finds(text: str) -> None:
    words = ["site-footer", "footer"]
    before, after = r"(?:^|[\s_-])", r"(?=$|[\s_-])"
    whole = re.compile(before + "(?:" + "|".join(map(re.escape, words)) + ")" + after, re.I)
    found = whole.search(text)
    assert CaselessWords(words, before=before, after=after).span(text) == (
        found.span() if found else None
    )


PHRASES = ["all rights reserved", "may earn a commission", "riproduzione riservata", "app", "©"]


@pytest.mark.parametrize(
    "text",
    [
        "© 2024 acme. all rights reserved.",
        "all rights reserve",
        "ll rights reserved",
        "we may earn a commission when you buy",
        "may earn a commissio",
        "riproduzione riservata",
        "download the app",
        "ap p",
        "",
        "rights reserved, all of them",
    ],
)
def test_a_phrase_search_finds_the_same_texts_as_a_substring_search(text: str) -> None:
    phrases = re.compile(any_phrase(PHRASES))
    assert bool(phrases.search(text)) == bool(re.compile(any_substring(PHRASES)).search(text))


def test_a_phrase_is_looked_for_from_its_rarest_character() -> None:
    assert any_phrase(["all rights reserved"]) == r"ved(?<=all\ rights\ reserved)"
    # (phrases that end alike share the run from their rare character, each checked behind)
    assert any_phrase(["ov", "av"]) == r"v(?:(?<=av)|(?<=ov))"
