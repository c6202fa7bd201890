"""Match heading texts and inline labels against the per-language cue data."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from newsparse.generic.cues.headings import (
    CJK_NEWSLETTER_NOUNS,
    CJK_SIGN_UP_OPENERS,
    CLOSING_HEADINGS,
    COMMENT_COUNT_NOUNS,
    COMMENT_COUNT_WORDS,
    EVENT_LISTING_HEADINGS,
    HEADINGS,
    INLINE_LABELS,
    INLINE_READ_ALSO_HEADINGS,
    INTERESTING_TOO_HEADINGS,
    NAMED_CUES,
    NAMED_CUES_IN_CAPITALS,
    NOT_RECOMMENDERS,
    OWNER_CUES,
    PAGINATION_INLINE_LABELS,
    PLAYER_QUEUE_LABELS,
    POST_NOUNS,
    RECOMMENDS_VERBS,
    SECTION_RAIL_HEADINGS,
    SHARE_NOUN_FOLLOWERS,
    SPONSOR_CUES,
    TOPIC_PAGE_HEADINGS,
)
from newsparse.generic.cues.headings_more import WHOLE_HEADINGS
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.scripts import CJK_CHARACTER, WORD_MARKS
from newsparse.generic.cues.tokens import TOKEN_CUES
from newsparse.memo import memoised

# Anything but letters, digits and combining marks (the vowel signs of Indic scripts, Arabic
# and Hebrew points, accents of decomposed Latin): those belong to their word.
_NON_WORD = re.compile(rf"[^\w{WORD_MARKS}]+|_+")
# "Read more: <title>": a label of at most 40 characters, a separator, the text.
_LABEL_SEPARATOR = re.compile("[:：|»›]")
_LABELLED_TEXT = re.compile(r"\s*([^:：|»›]{1,40})\s*[:：|»›]\s*(\S.*)", re.S)

# Greek letters, and the accents and breathings written over them (decomposed).
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# Arabic vowel marks (harakat, tanwin, superscript alef) and the tatweel: optional in writing.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_GREEK_ACCENTS = re.compile("[\u0300\u0301\u0304\u0306\u0308\u0313\u0314\u0342\u0345]")

# A heading longer than this is a story's own subheading, not a block label.
MAX_HEADING_CHARS = 80
# A cue before its separator and a long name ("Weitere Storys: <sender>") is this long at most.
_MAX_CUE_BEFORE_NAME = 40
MAX_HEADING_WORDS = 10
# A line closed by a full stop with this many words after its cue is a sentence, no heading
# ("Comments are closed." stays one).
_SENTENCE_AFTER_CUE = 4
# A figure after a label's colon ("...: 21%", "...: €820"): a fact's value.
_FIGURE_AFTER_COLON = re.compile(r"[:：]\s*\D{0,2}\d")
# A CJK cue word may close a heading of at most this many words (after a publisher's name).
_MAX_NAMED_CUE_WORDS = 3
# A recommending verb may close a heading after a name of at most this many words.
_MAX_RECOMMENDER_WORDS = 3
# A cue in a script written without spaces opens a heading followed by at most this many
# characters.
_MAX_SPACELESS_CUE_TAIL = 4


def normalise(text: str) -> str:
    """Casefolded words separated by single spaces, punctuation dropped (composed, and
    Turkish "İ" folded to "i" like "I"; Greek without its accents, which capitals drop:
    "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" is "Διαβάστε επίσης"; Arabic without its vowel marks and tatweel:
    "اقرأ أيضًا" is "اقرأ أيضا")."""
    folded = text.casefold()
    if not folded.isascii():
        folded = folded.replace("i\u0307", "i")
        if _GREEK.search(folded):
            folded = _GREEK_ACCENTS.sub("", unicodedata.normalize("NFD", folded))
        folded = unicodedata.normalize("NFC", folded)
        if _ARABIC_MARKS.search(folded):
            folded = _ARABIC_MARKS.sub("", folded)
    return _NON_WORD.sub(" ", folded).strip()


def _index(
    cues: Iterable[tuple[str, Kind]],
) -> tuple[dict[str, Kind], tuple[tuple[str, Kind], ...]]:
    """Word cues by their normalised text, and cues in scripts written without spaces."""
    words: dict[str, Kind] = {}
    spaceless: list[tuple[str, Kind]] = []
    for cue, kind in cues:
        key = normalise(cue)
        if not key:
            continue
        words.setdefault(key, kind)
        if CJK_CHARACTER.search(key):
            spaceless.append((key.replace(" ", ""), kind))
    spaceless.sort(key=lambda item: -len(item[0]))
    return words, tuple(spaceless)


_HEADING_WORDS, _HEADING_SPACELESS = _index(
    (cue, kind)
    for kind, languages in HEADINGS.items()
    for cues in languages.values()
    for cue in cues
)
_WHOLE_HEADINGS = {normalise(cue): kind for cue, kind in WHOLE_HEADINGS.items()}
_LONGEST_CUE = max(len(key.split()) for key in _HEADING_WORDS)
_INLINE_WORDS, _INLINE_SPACELESS = _index(
    (cue, Kind.READ_ALSO)
    for table in (INLINE_LABELS, HEADINGS[Kind.RELATED], HEADINGS[Kind.READ_ALSO])
    for cues in table.values()
    for cue in cues
)


def _by_first_character(
    cues: tuple[tuple[str, Kind], ...],
) -> dict[str, tuple[tuple[str, Kind], ...]]:
    """Spaceless cues grouped by their first character (longest first within each group)."""
    groups: dict[str, list[tuple[str, Kind]]] = {}
    for cue, kind in cues:
        groups.setdefault(cue[:1], []).append((cue, kind))
    return {first: tuple(group) for first, group in groups.items()}


_HEADING_SPACELESS_BY_FIRST = _by_first_character(_HEADING_SPACELESS)
_INLINE_SPACELESS_CUES = frozenset(cue for cue, _ in _INLINE_SPACELESS)


_NAMED_CUES = frozenset(normalise(cue) for cue in NAMED_CUES)
_OWNER_CUES = frozenset(normalise(cue) for cue in OWNER_CUES)


def _word_openers(cues: Iterable[str]) -> tuple[str, ...]:
    """The ``cues`` normalised, each closed by a space: openers of whole words."""
    return tuple(f"{normalise(cue)} " for cue in cues)


def _opens_with_words(text: str, openers: tuple[str, ...]) -> bool:
    """Whether ``text``, normalised, is or opens with one of ``openers`` as whole words."""
    return f"{normalise(text)} ".startswith(openers)


_SPONSOR_CUES = _word_openers(SPONSOR_CUES)
_CLOSING_CUES = tuple(
    (normalise(cue).replace(" ", ""), kind) for cue, kind in CLOSING_HEADINGS.items()
)
# The last characters of the closing cues: a text that ends otherwise closes with none.
CLOSING_CUE_ENDS = tuple({cue[-1] for cue in CLOSING_HEADINGS})
# What may trail a closing cue ("बारिश से जुड़ी ये खबरें भी पढ़ें…").
_AFTER_CLOSING_CUE = " \t\n.…:"
_RAIL_OPENERS = frozenset(pattern.split()[0] for pattern in SECTION_RAIL_HEADINGS)
_SECTION_RAIL = re.compile("|".join(f"(?:{pattern})" for pattern in SECTION_RAIL_HEADINGS))


# Quotation marks around the story's title after a comment count ("12 thoughts on “Title”").
_QUOTATION_MARKS = re.compile("[\"“”„«»‘’‚']")

# What parts a heading written in two languages.
_BILINGUAL_SEPARATOR = " / "


def _runs_on_in_lower_case(text: str, size: int) -> bool:
    """Whether most words after the heading's first ``size`` words open in lower case, as a
    sentence's do ("Responses have been edited..."; not "More News From Acme Robotics, Inc.")."""
    after: list[str] = [word for word in _NON_WORD.split(text) if word][size:]
    lower = sum(1 for word in after if word[:1].islower())
    return lower * 2 > len(after)


def _name_follows(text: str, size: int, capitals: bool = False) -> bool:
    """True when the word after the heading's first ``size`` words is capitalised (in a
    heading not written all in capitals, unless ``capitals``: a sponsor's label is)."""
    words = [word for word in _NON_WORD.split(text) if word]
    return len(words) > size and words[size][:1].isupper() and (capitals or not text.isupper())


@memoised(8192)
def heading_kind(text: str) -> Kind | None:
    """The kind of block a short heading announces ("Related articles", "Meistgelesen"), or
    None. The cue must open the heading: "More from Gizmodo" is related, "How we got more
    from less" is not."""
    if not text or len(text) > MAX_HEADING_CHARS:
        return None
    key = normalise(text)
    words = key.split()
    if len(words) > MAX_HEADING_WORDS:
        return _named_after_separator(text)
    if not words:
        return None
    whole = _WHOLE_HEADINGS.get(key)
    if whole is not None:
        return whole
    for size in range(min(_LONGEST_CUE, len(words)), 0, -1):
        cue = " ".join(words[:size])
        kind = _HEADING_WORDS.get(cue)
        if kind is not None and (
            cue not in _NAMED_CUES or _name_follows(text, size, cue in NAMED_CUES_IN_CAPITALS)
        ):
            if kind is Kind.SHARE and _names_a_share(text, words, size):
                return None
            if (
                len(words) - size >= _SENTENCE_AFTER_CUE
                and text.rstrip().endswith(".")
                and cue not in _OWNER_CUES  # (a company's name: "... about Acme Holdings, Inc.")
                and _runs_on_in_lower_case(text, size)
            ):
                return None  # (a sentence: "Responses have been edited for length and clarity.")
            return kind
    compact = key.replace(" ", "")
    for cue, kind in _HEADING_SPACELESS_BY_FIRST.get(compact[:1], ()):
        # (a few characters may follow the cue, "相关新闻推荐"; a teaser's title opening with
        # the cue's characters runs on: "热门景区预约为何总是秒空" is no "热门" heading)
        if compact.startswith(cue) and len(compact) - len(cue) <= _MAX_SPACELESS_CUE_TAIL:
            return kind
    if compact.startswith(CJK_SIGN_UP_OPENERS) and compact.endswith(CJK_NEWSLETTER_NOUNS):
        return Kind.NEWSLETTER  # ("订阅BBC中文电子邮件通讯": the name runs past the cue's tail)
    # a publisher's name before a CJK cue word ("부산일보 관련뉴스", "新华网 相关新闻")
    if len(words) <= _MAX_NAMED_CUE_WORDS and CJK_CHARACTER.search(words[-1]):
        return _HEADING_WORDS.get(words[-1])
    if words[0] in _RAIL_OPENERS and _SECTION_RAIL.fullmatch(key):
        return Kind.RELATED  # ("More Transportation News")
    if ends_like_closing_cue(text):
        closing = _closing_kind(key)
        if closing is not None:
            return closing
    if words[-1] in RECOMMENDS_VERBS and _names_recommender(text, words):
        return Kind.RELATED  # ("GameVault Recommends")
    if _counts_comments(text, words):
        return Kind.COMMENTS
    if _BILINGUAL_SEPARATOR in text:
        # a heading in two languages ("Bunlara da göz atın / You may also like")
        halves = text.split(_BILINGUAL_SEPARATOR)
        if len(halves) == 2:
            return heading_kind(halves[0]) or heading_kind(halves[1])
    return None


def _names_recommender(text: str, words: list[str]) -> bool:
    """Whether the words before a heading's closing recommending verb (see
    ``RECOMMENDS_VERBS``) are a short name, each capitalised, neither the site's editors nor
    a question: the site recommending its other stories ("GameVault Recommends", "EL PAÍS
    recomienda"; not "Die Redaktion empfiehlt", "What the Panel Recommends")."""
    if not 1 < len(words) <= _MAX_RECOMMENDER_WORDS + 1:
        return False
    if any(word in NOT_RECOMMENDERS for word in words[:-1]):
        return False
    name = [word for word in _NON_WORD.split(text) if word][:-1]
    return all(word[:1].isupper() or word[:1].isdigit() for word in name)


def names_a_share(text: str) -> bool:
    """Whether a line opening with a share verb names a share of a whole instead ("Share
    of demand met by imports: 21%"): a fact's label and value, no share button."""
    words = normalise(text).split()
    return _names_a_share(text, words, 1)


def _names_a_share(text: str, words: list[str], size: int) -> bool:
    """``names_a_share`` of ``text``, its normalised ``words`` and the cue's ``size``."""
    return (
        len(words) > size and words[size] in SHARE_NOUN_FOLLOWERS
    ) or _FIGURE_AFTER_COLON.search(text) is not None


def is_sponsor_label(text: str) -> bool:
    """Whether a sponsor's label ("A message from Acme Health:", "Presented by Acme") opens
    ``text``, an ad's heading (see ``heading_kind``)."""
    return normalise(text).startswith(_SPONSOR_CUES)


def ends_like_closing_cue(text: str) -> bool:
    """Whether a text ends with the last character of a closing cue (see
    ``CLOSING_HEADINGS``), an ellipsis or a colon aside: a cheap test before matching."""
    return text.rstrip(_AFTER_CLOSING_CUE).endswith(CLOSING_CUE_ENDS)


def _closing_kind(key: str) -> Kind | None:
    """The kind of a closing cue that ends a normalised heading after a name (see
    ``CLOSING_HEADINGS``), its spaces aside."""
    compact = key.replace(" ", "")
    for cue, kind in _CLOSING_CUES:
        if compact.endswith(cue) and len(compact) > len(cue):
            return kind
    return None


def _named_after_separator(text: str) -> Kind | None:
    """RELATED for a related cue, its separator and a long name ("Weitere Storys: Deutscher
    Verband für Mobilität und Freizeit e.V. (DVMF)"), a sender's other releases; None for any
    other heading of many words."""
    parts = split_at_label_separator(text)
    if parts is None or not _name_follows(parts[1], 0) or len(parts[0]) > _MAX_CUE_BEFORE_NAME:
        return None
    return Kind.RELATED if heading_kind(parts[0]) is Kind.RELATED else None


def names_owner(text: str) -> bool:
    """Whether a heading opens a list of one named sender's or issuer's stories ("Recent news
    about Acme, Inc.": see ``OWNER_CUES``)."""
    key = normalise(text)
    return any(
        key.startswith(cue + " ") and _name_follows(text, len(cue.split())) for cue in _OWNER_CUES
    )


_POST_NOUNS = frozenset(normalise(noun) for noun in POST_NOUNS)
_TOPIC_PAGE_HEADINGS = frozenset(normalise(heading) for heading in TOPIC_PAGE_HEADINGS)


def names_topic_pages(text: str) -> bool:
    """Whether a heading names its links as topics' pages ("Explore the topic", "Related
    topics"; see ``TOPIC_PAGE_HEADINGS``)."""
    return normalise(text) in _TOPIC_PAGE_HEADINGS


_EVENT_LISTING_HEADINGS = frozenset(normalise(heading) for heading in EVENT_LISTING_HEADINGS)


def names_events(text: str) -> bool:
    """Whether a heading names its links as events' pages ("Related Events", "Upcoming
    Events", "Veranstaltungen"; see ``EVENT_LISTING_HEADINGS``)."""
    return normalise(text) in _EVENT_LISTING_HEADINGS


def names_posts(text: str) -> bool:
    """Whether a heading names its links as posts ("More breakfast recipes you'll love",
    "Related posts"; see ``POST_NOUNS``)."""
    return not _POST_NOUNS.isdisjoint(normalise(text).split())


def counts_comments(text: str) -> bool:
    """Whether a heading counts a page's comments: "12 Comments", "One thought on “Title”",
    "Responses (31)" (see ``COMMENT_COUNT_NOUNS``)."""
    return _counts_comments(text, normalise(text).split())


def _counts_comments(text: str, words: list[str]) -> bool:
    """``counts_comments`` of a heading and its normalised ``words``."""
    if len(words) == 2 and words[0] in COMMENT_COUNT_NOUNS and words[1].isdigit():
        return True  # (the count after the noun: "Responses (31)", "Comments (12)")
    if len(words) < 2 or words[1] not in COMMENT_COUNT_NOUNS:
        return False
    if not (words[0].isdigit() or words[0] in COMMENT_COUNT_WORDS):
        return False
    return len(words) == 2 or _QUOTATION_MARKS.search(text) is not None


def is_inline_label(text: str) -> bool:
    """True when ``text`` is, in full, a label that introduces a link to another article
    ("Read more:", "Lesen Sie auch", "関連記事")."""
    return is_normalised_inline_label(normalise(text))


def is_normalised_inline_label(key: str) -> bool:
    """``is_inline_label`` of a text already normalised (``normalise``)."""
    if not key or len(key) > 40:
        return False
    if key in _INLINE_WORDS:
        return True
    return key.replace(" ", "") in _INLINE_SPACELESS_CUES


_PAGINATION_WORDS = frozenset(map(normalise, PAGINATION_INLINE_LABELS))


def is_normalised_pagination_label(key: str) -> bool:
    """Whether a normalised text (``normalise``) is, in full, a label of a link to the
    neighbouring post or message ("Previous message:", "Next post")."""
    return key in _PAGINATION_WORDS


_RELATED_WORDS = frozenset(word for word, (kind, _) in TOKEN_CUES.items() if kind is Kind.RELATED)
_COMBINING_MARK = re.compile(r"[\u0300-\u036f]")


def says_related(text: str) -> bool:
    """Whether a heading says "related" in a word a related block's class uses ("Related
    news", "İlgili Haberler", "Noticias relacionadas"), not only "more on the subject"."""
    bare = _COMBINING_MARK.sub("", unicodedata.normalize("NFD", normalise(text)))
    return any(word in _RELATED_WORDS for word in bare.split())


_INLINE_READ_ALSO = _word_openers(INLINE_READ_ALSO_HEADINGS)


def reads_as_inline_read_also(text: str) -> bool:
    """Whether a related heading is a read-also label when it labels one link inline ("Also
    on Patch:"; see ``INLINE_READ_ALSO_HEADINGS``)."""
    return _opens_with_words(text, _INLINE_READ_ALSO)


_INTERESTING_TOO = _word_openers(INTERESTING_TOO_HEADINGS)


def reads_as_interesting_too(text: str) -> bool:
    """Whether a related heading says "also interesting" ("Auch interessant"): a read-also
    label over a box of one teaser (see ``INTERESTING_TOO_HEADINGS``)."""
    return _opens_with_words(text, _INTERESTING_TOO)


_PLAYER_QUEUE_LABELS = frozenset(map(normalise, PLAYER_QUEUE_LABELS))


def reads_as_player_queue(text: str) -> bool:
    """Whether a label is a video player's "Up Next" or "Now Playing"."""
    return normalise(text) in _PLAYER_QUEUE_LABELS


def has_label_separator(text: str) -> bool:
    """Whether ``text`` holds a character that ends a label ("Read more: ..."): without one,
    ``split_inline_label`` finds nothing."""
    return _LABEL_SEPARATOR.search(text) is not None


def split_at_label_separator(text: str) -> tuple[str, str] | None:
    """The text before and after its first label separator (":", "|", "»"...), or None."""
    found = _LABEL_SEPARATOR.search(text)
    return None if found is None else (text[: found.start()], text[found.end() :])


def split_inline_label(text: str) -> str | None:
    """For a link text that itself opens with a label ("Read more: Storm hits coast"), the
    text after the label; None when it does not open with one."""
    if not has_label_separator(text):
        return None
    match = _LABELLED_TEXT.match(text)
    if match and is_inline_label(match.group(1)):
        return match.group(2).strip()
    return None
