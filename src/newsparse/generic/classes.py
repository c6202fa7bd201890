"""Reading class and id attributes as whole tokens, and matching them against the cue data."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable

import lxml.html

from newsparse.generic.cues.kinds import OTHER_STORIES_KINDS, Kind
from newsparse.generic.cues.tokens import (
    ANY,
    COMPONENT_NAMES,
    COMPONENT_PREFIX,
    CONTENT_PARTS,
    CONTENT_TOKENS,
    CONTEXT_PARTS,
    CUE_ATTRIBUTES,
    DRUPAL_NODE_PREFIX,
    DRUPAL_NODE_TYPE_PART,
    EVENT_LISTING_PARTS,
    FACT_BOX_TOKENS,
    GENERIC_PARTS,
    LABELLED_BY,
    LACKING_PART,
    LIVE_PARTS,
    NEWS_LISTING_PARTS,
    PHRASE_CUES,
    ROLE_KINDS,
    TAXONOMY_PREFIXES,
    TOKEN_CUES,
    WHOLE_TOKEN_CUES,
)
from newsparse.memo import Memo, memoised

HtmlElement = lxml.html.HtmlElement

# Boundaries inside one token: separators, digit runs and camelCase humps.
_SEPARATORS = re.compile(r"[-_]+")
_SEPARATORS_AND_SPACES = re.compile(r"[\s_-]+")
_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[^\W\d_]+")
# The same parts in a lowercase ASCII token (most are): its runs of letters.
_LOWERCASE_PARTS = re.compile(r"[a-z]+")
# Letters written right after digits in one run of letters and digits: a hex-like id's or a
# hash's tail ("19ad" in "asset:19ad", "19ads"), no word; letters before digits are a name
# and its number ("ad1", "ads2", "ad300x250": an ad slot).
_LETTERS_AFTER_DIGITS = re.compile(r"(?<=\d)[^\W\d_]+")
_CUE_PARTS = frozenset(TOKEN_CUES)
# A token of mixed case that is no name: two runs of capitals or more, one of them two
# long, and no run of three small letters ("BAdBQ", "KEakQ", "YVwEV"); a name's humps are
# words ("AdBox", "articleBody", "HTMLAd"), and a word in capitals is one ("ADVERTISEMENT").
_CAPITALS = re.compile(r"[A-Z]+")
_LOWERCASE_WORD = re.compile(r"[a-z]{3}")


def _by_first_part(
    phrases: dict[tuple[str, ...], Kind],
) -> dict[str, tuple[tuple[tuple[str, ...], Kind], ...]]:
    """The phrase cues grouped by their first part."""
    groups: dict[str, list[tuple[tuple[str, ...], Kind]]] = {}
    for phrase, kind in phrases.items():
        groups.setdefault(phrase[0], []).append((phrase, kind))
    return {first: tuple(group) for first, group in groups.items()}


_PHRASES_BY_START = _by_first_part(PHRASE_CUES)
# (a token holding none of these parts holds no phrase)
_PHRASE_STARTS = frozenset(_PHRASES_BY_START)
_CUE_OR_PHRASE_PARTS = _CUE_PARTS | _PHRASE_STARTS

# When one element carries tokens of several kinds, the first kind in this order wins:
# an ad or a most-read list that calls itself "related" is still not related.
KIND_PRIORITY: tuple[Kind, ...] = (
    Kind.HIDDEN,
    Kind.AD,
    Kind.CONSENT,
    Kind.PAYWALL,
    Kind.POPULAR,
    Kind.RELATED,
    Kind.READ_ALSO,
    Kind.COMMENTS,
    Kind.NEWSLETTER,
    Kind.SHARE,
    Kind.APPEAL,
    Kind.BIO,
    Kind.NOTES,
    Kind.TAGS,
    Kind.BREADCRUMB,
    Kind.PAGINATION,
    Kind.NAV,
    Kind.CHROME,
)
_RANK = {kind: rank for rank, kind in enumerate(KIND_PRIORITY)}


def holds_token(tokens: frozenset[str], *values: str | None) -> bool:
    """Whether class/id ``values`` hold one of ``tokens`` as a whole word (split at spaces,
    "-" and "_", lowercased): ``holds_token({"place"}, "byline__place")``; as two words
    written apart ("art_header_sub_title" holds "subtitle"); or as a camelCase name's last
    hump ("ArticleDek_root__P3leE" holds "dek", see ``_camel_words``)."""
    holders = _HOLDERS[tokens]
    return any(holders[value] for value in values if value)


def _value_holds(tokens: frozenset[str], value: str) -> bool:
    """``holds_token`` of one non-empty value."""
    words = _SEPARATORS_AND_SPACES.split(value.lower())
    if not tokens.isdisjoint(words) or any(
        first + second in tokens for first, second in itertools.pairwise(words)
    ):
        return True
    return not value.islower() and not tokens.isdisjoint(_camel_words(value))


def _holders(tokens: frozenset[str]) -> Memo[str, bool]:
    """A memo of ``_value_holds`` for one set of tokens (the sets are the cue modules'
    constants; pages repeat their class values)."""
    return Memo(functools.partial(_value_holds, tokens), 4096)


_HOLDERS: Memo[frozenset[str], Memo[str, bool]] = Memo(_holders, 256)


@memoised(4096)
def _camel_words(value: str) -> frozenset[str]:
    """The last camelCase hump of a class value's words, lowercased: the head noun of a
    component's name (a CSS module's "ArticleDek_root__P3leE" is a deck, as "article-dek"
    is; "SummaryHL" is no summary). A word with a hump of one letter, or a hash of letters,
    is no name ("kDekRt", "gxtXUc")."""
    heads: list[str] = []
    for word in _SEPARATORS_AND_SPACES.split(value):
        if word.islower() or word.isupper() or _has_digit(word) or _is_letter_hash(word):
            continue
        parts = _PARTS.findall(word)
        if len(parts) > 1 and all(len(part) > 1 for part in parts):
            heads.extend(_head_words([part.lower() for part in parts]))
    return frozenset(heads)


def _head_words(humps: list[str]) -> tuple[str, ...]:
    """A camelCase name's head noun, its last hump but the box words after it
    (``GENERIC_PARTS``: "PullQuoteWrapper" is a quote's box), and that noun written together
    with the hump before it, as a compound's words written apart are read together
    ("PullQuote" is a "pullquote", as "pull-quote" is)."""
    last = len(humps) - 1
    while last > 0 and humps[last] in GENERIC_PARTS:
        last -= 1
    if last == 0:
        return (humps[0],)
    return humps[last], humps[last - 1] + humps[last]


def names_fact_box(*values: str | None) -> bool:
    """Whether class/id ``values`` name a fact box (``c-factbox``, ``infobox``, its words
    apart too: ``fact-box``; see ``FACT_BOX_TOKENS``)."""
    return holds_token(FACT_BOX_TOKENS, *values)


def class_and_id(element: HtmlElement) -> str:
    """The element's class and id values joined by a space (a missing one reads as "")."""
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def raw_tokens(element: HtmlElement) -> list[str]:
    """The element's class, id and component-name tokens as written (case kept)."""
    tokens: list[str] = []
    for name in CUE_ATTRIBUTES:
        value = element.get(name)
        if value:
            tokens.extend(value.split())
    return tokens


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    if text.isascii():  # (most tokens: a search in C, where str.isdigit means 0-9)
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


def _without_generated_suffix(token: str) -> str:
    """The token up to its generated part: from the first chunk (between separators) that
    reads as a hash (``8KGjRO5HCpaER0d`` in ``style--top-menu-item-8KGjRO5HCpaER0d-onSKQ``,
    all of ``c3ad5f0b2``), and a last chunk holding a digit (``tdi_41``)."""
    chunks = _SEPARATORS.split(token)
    for index, chunk in enumerate(chunks):
        if not chunk.isalpha() and _is_hash(chunk):  # (a hash holds digits)
            del chunks[index:]
            break
    else:
        if len(chunks) > 1 and _has_digit(chunks[-1]):
            chunks.pop()
    return "-".join(chunks)


# Letters and digits alternating: two runs of each at least (a build tool's hash), unless it
# is a name and a size ("ad300x250", "col12").
_DIGIT_RUNS = re.compile(r"\d+")
_NAME_AND_SIZE = re.compile(r"[^\W\d_]+\d+(?:[xX]\d+)?")


def _is_hash(chunk: str) -> bool:
    """Whether a chunk of a token is generated: digits and letters in two runs each at least
    ("2liSY2X3AC", "c3ad5f0b2"), other than a name followed by a size ("ad300x250")."""
    if len(_DIGIT_RUNS.findall(chunk)) < 2 or _NAME_AND_SIZE.fullmatch(chunk):
        return False
    return len(_DIGIT_RUNS.split(chunk)) - chunk[:1].isdigit() - chunk[-1:].isdigit() >= 2


def is_classed_as_events(element: HtmlElement) -> bool:
    """Whether the element's class or id names events ("related-events", "events-list",
    ``EVENT_LISTING_PARTS``), not news too ("news-events": a "News & Events" box lists
    stories)."""
    parts = {part for token in raw_tokens(element) for part in token_parts(token)}
    return not parts.isdisjoint(EVENT_LISTING_PARTS) and parts.isdisjoint(NEWS_LISTING_PARTS)


def token_parts(token: str) -> tuple[str, ...]:
    """Lowercased parts of one token, split on separators, digits and camelCase.

    A generated suffix holding digits (CSS modules' ``ReadTime-social-2VOIr``, ``tdi_41``)
    is dropped first so that the meaningful last part stays last.
    """
    # (without a digit there is no generated suffix, and separators never fall in a part)
    return _parts_of(_without_generated_suffix(token) if _has_digit(token) else token)


def _parts_of(stem: str) -> tuple[str, ...]:
    """``token_parts`` of a token already without its generated part; none for a hash of
    letters alone (Wix's "BAdBQ", no "Ad" in it), nor for letters right after digits
    (``_LETTERS_AFTER_DIGITS``: "asset:19ad" names no ad)."""
    if _has_digit(stem):
        stem = _LETTERS_AFTER_DIGITS.sub("", stem)
    if stem.isascii() and stem.islower():
        return tuple(_LOWERCASE_PARTS.findall(stem))
    if _is_letter_hash(stem):
        return ()
    stem = _without_letter_hash(stem)
    return tuple(map(str.lower, _PARTS.findall(stem)))


# A styled component's generated suffix of letters alone ("kZmNqR" in
# "PullQuoteWrapper-kZmNqR", "bdVaJa" in "sc-bdVaJa"): a small letter or two opening humps of
# two letters at most, a capital each, no word in them ("kAdQrT" names no ad).
_STYLED_HASH = re.compile(r"[a-z]{1,2}(?:[A-Z][a-z]{0,2}){2,}")
_STYLED_HASH_LENGTH = range(5, 11)


def _without_letter_hash(stem: str) -> str:
    """The token without a last chunk that is a styled component's hash of letters
    (``_STYLED_HASH``), the name before it kept ("PullQuoteWrapper")."""
    name, separator, last = stem.rpartition("-")
    if (
        separator
        and name
        and len(last) in _STYLED_HASH_LENGTH
        and _STYLED_HASH.fullmatch(last) is not None
    ):
        return name
    return stem


def _is_letter_hash(stem: str) -> bool:
    """Whether a token of mixed case is a generated hash of letters (``_CAPITALS``)."""
    if stem.isupper() or _LOWERCASE_WORD.search(stem):
        return False
    runs = _CAPITALS.findall(stem)
    return len(runs) >= 2 and any(len(run) >= 2 for run in runs)


def _normal_token(token: str) -> str:
    """The token lowercased, "_" read as "-" (how the whole-token data is written)."""
    lower = token.lower()
    return lower.replace("_", "-") if "_" in lower else lower


@memoised(16384)
def token_kind(token: str) -> Kind | None:
    """The kind of block one class/id token names, or None (see ``cues.tokens``)."""
    return _kind_of_token(token, _normal_token(token))


def _kind_of_token(token: str, whole: str) -> Kind | None:
    """``token_kind`` of a token and its ``_normal_token`` form (written for speed: every
    class and id token a page holds comes here once, and most name nothing)."""
    kind = WHOLE_TOKEN_CUES.get(whole)
    if kind is not None:
        return kind
    # (a digit means a generated part may follow the name: it is dropped; "--" runs fold)
    digit = _has_digit(whole)
    stem = _without_generated_suffix(token) if digit else token
    if digit:
        kind = WHOLE_TOKEN_CUES.get(_normal_token(stem))
    elif "--" in whole:
        kind = WHOLE_TOKEN_CUES.get("-".join(_SEPARATORS.split(whole)))
        if kind is None:
            kind = _bem_modifier_kind(whole)
    if kind is not None:
        return kind
    if whole in CONTENT_TOKENS:
        return None
    parts = _parts_of(stem)  # (token_parts, the digit test and generated part found once)
    if parts and parts[0] == LACKING_PART:
        return None  # ("no-footer": what the element lacks)
    if not stem.islower():
        # a whole-token cue written in camelCase ("articleTools" for "article-tools")
        kind = WHOLE_TOKEN_CUES.get("-".join(parts))
        if kind is not None:
            return kind
    if _CUE_OR_PHRASE_PARTS.isdisjoint(parts):
        return None  # (no part names a kind or opens a phrase: most layout classes end here)
    if not CONTEXT_PARTS.isdisjoint(parts):
        parts = parts[: min(parts.index(part) for part in CONTEXT_PARTS if part in parts)]
        if _CUE_OR_PHRASE_PARTS.isdisjoint(parts):
            return None
    if not _PHRASE_STARTS.isdisjoint(parts):
        kind = _phrase_kind(parts)
        if kind is not None:
            return kind
    if _CUE_PARTS.isdisjoint(parts):
        return None
    if parts[0] == COMPONENT_PREFIX and len(parts) > 1 and parts[1] in COMPONENT_NAMES:
        parts = parts[1:]  # (a component's own class: "cmp-container", "cmp-list")
    last = len(parts) - 1
    while last > 0 and parts[last] in GENERIC_PARTS:
        last -= 1
    if last > 0 and parts[0] in TAXONOMY_PREFIXES and not _names_page_section(parts, last):
        return None
    # The head noun of an English compound comes last: "related-topics" is a list of topics.
    for index in range(last, -1, -1):  # generic parts after ``last`` hold no cue
        cue = TOKEN_CUES.get(parts[index])
        if cue is None:
            continue
        kind, position = cue
        if kind is Kind.COMMENTS and parts[0] in LIVE_PARTS:
            return None  # (a live page's commentary, see LIVE_PARTS)
        if index == last or position == "any":
            return kind
        if position == "weak" and not any(part in CONTENT_PARTS for part in parts):
            return kind
    return None


def _bem_modifier_kind(whole: str) -> Kind | None:
    """The kind a BEM ``block--modifier`` token names when its modifier before its block is
    a whole-token cue: "embed--radar" is a "radar-embed", "banner--cookie" a
    "cookie-banner" (one modifier on a block, no element: "embed__map--radar" is no box)."""
    block, _, modifier = whole.partition("--")
    # (``whole`` reads "_" as "-": an element's "__" makes a second "--")
    if not block or not modifier or "--" in modifier:
        return None
    return WHOLE_TOKEN_CUES.get(f"{modifier}-{block}")


# The kinds a page's section may be named for after "section" ("section-related": Webedia's
# block of related stories), where a taxonomy class names a topic ("section-sports").
_SECTION_KINDS = frozenset({Kind.RELATED, Kind.COMMENTS, Kind.NEWSLETTER})


def _names_page_section(parts: tuple[str, ...], last: int) -> bool:
    """Whether the parts name a section of the page for what it holds ("section-related",
    "section_comments", "node-related"), not a story's section or type ("section-politics",
    "node-gallery")."""
    if parts[0] == DRUPAL_NODE_PREFIX:
        # (Drupal's "node-<type>" names the story's content type, but no type is "related":
        # "node-inline-related" is a box of links between the paragraphs)
        return (
            parts[1] != DRUPAL_NODE_TYPE_PART
            and TOKEN_CUES.get(parts[last], (None, None))[0] is Kind.RELATED
        )
    if parts[0] != "section" or last != 1:
        return False
    kind, position = TOKEN_CUES.get(parts[1], (None, None))
    return kind in _SECTION_KINDS and position == ANY


def _phrase_kind(parts: tuple[str, ...]) -> Kind | None:
    """The kind a phrase cue among the parts names, unless they open with a taxonomy prefix
    (``category-mas-leidos`` is the story's own category)."""
    if parts[0] in TAXONOMY_PREFIXES:
        return None
    for start, part in enumerate(parts):
        for phrase, kind in _PHRASES_BY_START.get(part, ()):
            if parts[start : start + len(phrase)] == phrase:
                return kind
    return None


# The attributes class_kind reads: the cue attributes, then aria-labelledby, role and itemprop.
KIND_ATTRIBUTES = (*CUE_ATTRIBUTES, LABELLED_BY, "role", "itemprop")


def class_kind(element: HtmlElement) -> Kind | None:
    """The kind named by the element's class/id tokens or ARIA role; None for story
    containers and for elements no cue names."""
    return kind_of_attributes(element.get)


def kind_of_attributes(get: Callable[[str], str | None]) -> Kind | None:
    """class_kind of the attributes ``get`` reads (an element's, or a dict of its values)."""
    return _KINDS_OF_ATTRIBUTES[tuple(map(get, KIND_ATTRIBUTES))]


def kind_of_class_and_id(classes: str | None, ident: str | None) -> Kind | None:
    """class_kind of an element with no cue attribute but its class and id (not memoised:
    the measuring walk's memo of its elements' descriptions holds the answers)."""
    return _kind_at(_best_rank((classes, ident), _NO_RANK))


def _kind_of_attributes(values: tuple[str | None, ...]) -> Kind | None:
    """class_kind on the raw attribute values."""
    *cue_values, labelled_by, role, itemprop = values
    if itemprop and itemprop.lower() == "articlebody":
        return None
    best: Kind | None = ROLE_KINDS.get(role.strip().lower()) if role else None
    rank = _best_rank(cue_values, _RANK[best] if best is not None else _NO_RANK)
    if labelled_by and rank == _NO_RANK:
        # (the id of the heading naming a box whose classes name nothing, hashed ones: the
        # BBC's "<section aria-labelledby="podcast-promo">"; never the story's container, nor
        # a list of other stories, which the related rules read from its heading and links)
        kind = _kind_at(_best_rank((labelled_by,), _NO_RANK))
        return None if kind in OTHER_STORIES_KINDS else kind
    return _kind_at(rank)


def _best_rank(values: Iterable[str | None], best_rank: int) -> int:
    """The best (lowest) rank among the tokens of class/id ``values`` and ``best_rank``;
    ``_CONTENT_RANK`` as soon as one names the story's own container."""
    for value in values:
        if not value:
            continue
        for token in value.split():
            rank = _token_rank(token)
            if rank < best_rank:
                if rank == _CONTENT_RANK:
                    return rank  # the story's own container, whatever else it says
                best_rank = rank
    return best_rank


def _kind_at(rank: int) -> Kind | None:
    """The kind of a ``_best_rank``: None for the story's container and for no kind."""
    return KIND_PRIORITY[rank] if 0 <= rank < _NO_RANK else None


# A token's place in KIND_PRIORITY, _NO_RANK when it names no kind, _CONTENT_RANK when it
# names the story's own container (plain ints: a memo of them costs the collector nothing).
_NO_RANK = len(KIND_PRIORITY)
_CONTENT_RANK = -1


@memoised(16384)
def _token_rank(token: str) -> int:
    """The rank of the kind one class/id token names (see ``_NO_RANK``, ``_CONTENT_RANK``)."""
    whole = _normal_token(token)
    if whole in CONTENT_TOKENS:
        return _CONTENT_RANK
    kind = _kind_of_token(token, whole)
    return _RANK[kind] if kind is not None else _NO_RANK


# (pages repeat the same class lists a lot)
_KINDS_OF_ATTRIBUTES = Memo(_kind_of_attributes, 4096)
