"""The prefix-tree patterns find exactly what a flat alternation of the words finds."""

from __future__ import annotations

import re

from newsparse.generic.metadata.patterns import any_substring

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
