"""Content scoring: find the page's text units, score them as prose, and rate every block that
holds them as a candidate story container.

Two C-level passes find the units: paragraph tags, and containers that hold text directly (as
in ``<div>`` + ``<br>`` layouts, or in inline formatting: ``<div><span>text</span></div>``).
Each unit's text is measured once (script and link text are counted against the innermost unit
holding them), and its score is spread over a few of its ancestors, decaying with distance. Lengths are "effective": CJK characters carry a
sentence's worth of meaning in fewer characters, so they count three times, and CJK punctuation
counts like Latin commas. Totals (text, linked text, clean prose) are summed bottom-up over
every ancestor once, so any block's link density is known without re-reading its text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    BLOCK_CONTAINER_TAGS,
    COMMA_CHARACTERS,
    HEADING_TAGS,
    INLINE_CONTAINER_TAGS,
    INLINE_FORMATTING_TAGS,
    INVISIBLE_TAGS,
    NEGATIVE_CLASS_TOKENS,
    NEGATIVE_CLASS_WORDS,
    NEGATIVE_WORD_EXCEPTIONS,
    NON_STORY_TAGS,
    PAGE_BUILDER_BLOCK_NAMES,
    PARAGRAPH_TAGS,
    POSITIVE_CLASS_WORDS,
    TABLE_CELL_TAGS,
    TEXT_CONTAINER_TAGS,
)
from newsparse.generic.cues.styles import NOT_DISPLAYED_STYLE, SCRIPT_REVEAL_STYLE
from newsparse.generic.cues.tokens import CONTEXT_PARTS, LACKING_PART
from newsparse.generic.lengths import effective_length
from newsparse.generic.measure import (
    END,
    FACTS,
    FIRST,
    FORMATTED_TEXT,
    HAS_BR,
    LINKED,
    OWN_TEXT,
    STORY_MIN_PROSE,
    TEXT,
    Measurements,
    Stats,
    has_block_children,
    holds_page_story,
    measure,
    outermost_undisplayed,
    plain,
    reads_as_prose,
    subtree_text,
)
from newsparse.generic.prose import clause_commas
from newsparse.generic.text import BLOCK_TAGS
from newsparse.memo import Memo
from newsparse.tags import is_custom_element
from newsparse.tree_queries import has_ancestor_in

HtmlElement = lxml.html.HtmlElement

# Units: every paragraph-like tag, and text containers holding non-blank text directly
# (inline containers only when they also break lines with <br>). The measuring walk
# (measure.py) collects the candidates and the facts about their text.
INVISIBLE_TAG_SET = frozenset(INVISIBLE_TAGS)
_IN_LINK, _INVISIBLE = 1, 2  # context flags of a recorded element
_POSITIVE = re.compile("|".join(re.escape(word) for word in POSITIVE_CLASS_WORDS))


def class_words_pattern(words: Collection[str]) -> re.Pattern[str]:
    """A pattern finding any of ``words`` inside a lowercased class/id value, but for the
    longer words that name story text (``NEGATIVE_WORD_EXCEPTIONS``: "commentary")."""
    return re.compile(
        "|".join(
            re.escape(word)
            + (f"(?!{NEGATIVE_WORD_EXCEPTIONS[word]})" if word in NEGATIVE_WORD_EXCEPTIONS else "")
            for word in words
        )
    )


_NEGATIVE = class_words_pattern(NEGATIVE_CLASS_WORDS)
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
# The rest of a class token from a context part on ("anchorWithStickyNavbar", "has-sidebar",
# "layout-with-sidebar"): what the element holds or sits beside, not what it is.
_CONTEXT_WORDS = "|".join(sorted(CONTEXT_PARTS))
_CONTEXT_TAIL = re.compile(
    rf"(?:(?<=[a-z0-9])(?:{_CONTEXT_WORDS.title()})(?=[A-Z])"
    rf"|(?<=[A-Za-z0-9])[-_](?:{_CONTEXT_WORDS})[-_]|(?<!\S)(?:{_CONTEXT_WORDS})[-_])\S*"
)
# A token that says what the element lacks ("no-footer", "no_sidebar"): it names nothing.
_LACKING = re.compile(rf"(?<!\S){LACKING_PART}[-_]\S*")
_MAX_ID_TOKENS = 3
_LIST_TAGS = frozenset({"ul", "ol", "dl"})
_LIST_FACTOR = 0.5
NEGATIVE_TOKENS = NEGATIVE_CLASS_TOKENS | frozenset(NEGATIVE_CLASS_WORDS)
POSITIVE_TOKENS = frozenset(POSITIVE_CLASS_WORDS)

# A unit shorter than this (effective characters) is a label, not prose.
MIN_PROSE_LENGTH = 25
# The text (characters) that makes a <div> in a table cell a block of a layout column rather
# than a part of a data table's cell (an infobox's list of dates).
_LAYOUT_BLOCK_TEXT = 200
# How far up a unit's score spreads, and the share each level gets.
_LEVEL_SHARES = (1.0, 0.5, 1 / 6, 1 / 9, 1 / 12)
# Candidates re-ranked with their surroundings in mind, and the discount for boilerplate ones.
_SHORTLIST = 10
# A candidate readers see is the story over an undisplayed one that scores better only when
# it scores this share of that one at least.
_SHOWN_MIN_SHARE = 0.2
# ...when it is only set invisible (``visibility: hidden``) for a script to show it.
_FIRST_CUT = 30
_CONTEXT_PENALTY = 0.3
_PAGE_TAGS = frozenset({"body", "html"})
_PROSE_MAX_LINK_DENSITY = 0.3
# Units read the whole text below them, so text containers nested in one another read the
# same text again and again (time quadratic in their depth). Once the units have read this
# many characters...
_MIN_MEASURE_BUDGET = 1_000_000
# ...and this many times the page's whole text, the remaining units read their own text only.
_MEASURE_BUDGET = 8
# A letter of any script (no digit, no punctuation).
_LETTER = re.compile(r"[^\W\d_]")
# Average characters of the paragraphs a run of <br>s may separate in a unit's text.
MIN_BROKEN_PARAGRAPH = 80
# Children whose text is part of their container's own text.
_OWN_TEXT_TAGS = INLINE_FORMATTING_TAGS | {"a"}
# Layout elements. One that wraps a single paragraph (page builders, block editors) is that
# paragraph, not the block holding the story; one holding only text and inline elements is
# a paragraph written as a <div> (its score, like a <p>'s, goes to the block around it).
_LAYOUT_TAGS = frozenset({"div", "section", "span", "font", "center"})


def _blank_line_runs(element: HtmlElement, units: Collection[HtmlElement]) -> int:
    """The runs of two or more <br>s in a row in the element's own text: among its children
    and inside its inline formatting (<td><font>...<br><br>...), not in nested blocks or in
    inline elements that are ``units`` of their own (each element is read once)."""
    runs = 0
    pending = [element]
    while pending:
        for child in pending.pop():
            tag = child.tag
            if tag == "br":
                before = _br_before(child)
                if before is not None and _br_before(before) is None:
                    runs += 1  # (counted at the run's second <br>)
            elif tag in INLINE_FORMATTING_TAGS and len(child) and child not in units:
                pending.append(child)
    return runs


def _br_before(br: HtmlElement) -> HtmlElement | None:
    """The <br> right before this one, with only blank text between them, or None."""
    previous = br.getprevious()
    if previous is None or previous.tag != "br":
        return None
    tail = previous.tail
    return None if tail and tail.strip() else previous


def is_layout_tag(tag: object) -> bool:
    """A layout element's tag: a <div>, <section>, <span>, <font>, <center>, or a custom
    element (a hyphenated name such as <article-body>, which pages style as a <div>)."""
    return tag in _LAYOUT_TAGS or is_custom_element(tag)


def _is_inline_link(anchor: HtmlElement, parent: HtmlElement) -> bool:
    """A link set inside a sentence: text right before it (its parent's text or the tail of
    the element before it) and right after it (its tail), words on one side at least. A
    teaser's title, a menu item, a "Read more: <a>" link or a list of names between commas
    has none on one side, or only punctuation."""
    after = anchor.tail
    if not after or not after.strip():
        return False
    previous = anchor.getprevious()
    before = previous.tail if previous is not None else parent.text
    if not before or not before.strip():
        return False
    return _LETTER.search(before) is not None or _LETTER.search(after) is not None


def _wraps_one_child(element: HtmlElement) -> bool:
    """A layout element whose only content is one child element (no text of its own)."""
    if not is_layout_tag(element.tag) or len(element) != 1:
        return False
    text = element.text
    tail = element[0].tail
    return not (text and text.strip()) and not (tail and tail.strip())


def _find_words(names: tuple[str, str]) -> tuple[str, tuple[str, ...]]:
    """The lowercased class value, and the class and id tokens, of raw class and id values.
    The tokens are a tuple, not a set: a memo of tuples of strings costs the garbage
    collector nothing, one of sets does."""
    classes, ident = names
    if "ith" in classes or "as-" in classes or "as_" in classes or "Has" in classes:
        # (a cheap test before the pattern's: "with", "With", "has-", "has_", "Has")
        classes = _CONTEXT_TAIL.sub("", classes)
    if "no-" in classes or "no_" in classes:
        classes = _LACKING.sub("", classes)
    classes = classes.lower()
    ident = ident.lower()
    if not classes and not ident:
        return "", ()
    for name in PAGE_BUILDER_BLOCK_NAMES:
        if name in classes:
            classes = classes.replace(name, "")
    tokens = _TOKEN_SPLIT.split(classes)
    id_tokens = _TOKEN_SPLIT.split(ident)
    if len(id_tokens) <= _MAX_ID_TOKENS:  # longer ids are slugs of headings, not roles
        tokens += id_tokens
    return classes, tuple(dict.fromkeys(token for token in tokens if token))


# (pages repeat the same class values a lot)
_WORDS = Memo(_find_words, 16384)


def has_class_word(element: HtmlElement, words: re.Pattern[str], tokens: frozenset[str]) -> bool:
    """True when the class value contains one of ``words`` or a class/id token is one of
    ``tokens``. Ids are matched as whole tokens only: they are often made from headings."""
    return names_have_word(element.get("class") or "", element.get("id") or "", words, tokens)


def names_have_word(
    classes: str, ident: str, words: re.Pattern[str], tokens: frozenset[str]
) -> bool:
    """``has_class_word`` on raw class and id values."""
    lowered, found = _WORDS[classes, ident]
    if not found:
        return False
    return bool(words.search(lowered)) or not tokens.isdisjoint(found)


def class_weight(element: HtmlElement) -> int:
    """+1 when the class/id says "story", -1 when it says "boilerplate", 0 otherwise."""
    return _CLASS_WEIGHTS[element.get("class") or "", element.get("id") or ""]


def _class_weight(names: tuple[str, str]) -> int:
    lowered, found = _WORDS[names]
    if not found:
        return 0
    negative = bool(_NEGATIVE.search(lowered)) or not NEGATIVE_TOKENS.isdisjoint(found)
    positive = bool(_POSITIVE.search(lowered)) or not POSITIVE_TOKENS.isdisjoint(found)
    return int(positive) - int(negative)


_CLASS_WEIGHTS = Memo(_class_weight, 16384)


@dataclass(slots=True)
class Unit:
    """One block of text: a paragraph tag, or a container holding text directly."""

    element: HtmlElement
    text: str
    length: int
    link_length: int
    commas: int
    # True when other units sit inside this one (its figures then count only its own text)
    encloses_units: bool = False
    # of link_length, the text of links set inside a sentence (text before and after them)
    inline_link_length: int = 0
    # the paragraphs its text is broken into by blank lines (runs of <br>): a story written
    # as one container with <br><br> between its paragraphs weighs as much as one of <p>s
    paragraphs: int = 1

    @property
    def link_density(self) -> float:
        return self.link_length / self.length if self.length else 1.0

    @property
    def standalone_link_density(self) -> float:
        """The share of the text in links outside sentences (see ``_is_inline_link``)."""
        standalone = self.link_length - self.inline_link_length
        return standalone / self.length if self.length else 1.0

    @property
    def is_heading(self) -> bool:
        return self.element.tag in HEADING_TAGS

    @property
    def prose_score(self) -> float:
        """How much this unit looks like a paragraph of a story (0 for labels)."""
        if self.length < MIN_PROSE_LENGTH or self.is_heading:
            return 0.0
        count = self.paragraphs
        return count + clause_commas(self.length, self.commas) + min(self.length / 100.0, 3 * count)


@dataclass
class Scores:
    """Units of a tree and the candidate scores of the blocks holding them.

    Per block (every ancestor of a unit): its parent, whether it sits inside a link,
    its nearest enclosing unit, and the totals of the units under it, all computed once.
    """

    units: list[Unit] = field(default_factory=list)
    unit_of: dict[HtmlElement, Unit] = field(default_factory=dict)
    raw_score: dict[HtmlElement, float] = field(default_factory=dict)
    text_length: dict[HtmlElement, int] = field(default_factory=dict)
    link_length: dict[HtmlElement, int] = field(default_factory=dict)
    # text of clean prose units (long, few links, not inside a boilerplate block) per block
    prose_length: dict[HtmlElement, int] = field(default_factory=dict)
    # link text outside sentences (a teaser's title, a menu item) per block
    standalone_link_length: dict[HtmlElement, int] = field(default_factory=dict)
    parent_of: dict[HtmlElement, HtmlElement | None] = field(default_factory=dict)
    # per recorded element: whether it sits inside a link or an invisible element (_IN_LINK,
    # _INVISIBLE flags: plain ints, no object per element), and its nearest enclosing candidate
    _context: dict[HtmlElement, int] = field(default_factory=dict)
    _enclosing: dict[HtmlElement, HtmlElement | None] = field(default_factory=dict)
    _in_boilerplate: dict[HtmlElement, bool] = field(default_factory=dict)
    _candidates: set[HtmlElement] = field(default_factory=set)
    _unit_tree: list[HtmlElement] = field(default_factory=list)
    # the links outside every unit, in page order
    _loose_links: list[HtmlElement] = field(default_factory=list)
    _loose_lookup: tuple[list[int], list[int]] | None = None  # see _loose_index
    _loose_set: frozenset[HtmlElement] | None = None  # see _loose_link_set
    # layout elements written as paragraphs: text and inline content, no block inside
    _paragraph_like: set[HtmlElement] = field(default_factory=set)
    # the measuring walk's figures of every element, and of the whole page (the root's)
    _stats: dict[HtmlElement, Stats] = field(default_factory=dict)
    _root: HtmlElement | None = None
    _page_plain: int | None = None  # see _displayed_plain
    _undisplayed: dict[HtmlElement, bool] = field(default_factory=dict)
    # the outermost blocks readers do not see (``hidden``, ``display: none``): their figures
    # stay their own, not their ancestors'
    undisplayed_blocks: frozenset[HtmlElement] = frozenset()
    # the ids of the blocks a closed disclosure's button shows (``Measurements.disclosed``)
    disclosed: frozenset[str] = frozenset()

    def _register(self, element: HtmlElement) -> None:
        """Record the element and its unrecorded ancestors (parents looked up once each)."""
        parent_of = self.parent_of
        path: list[tuple[HtmlElement, HtmlElement | None]] = []
        node: HtmlElement | None = element
        while node is not None and node not in parent_of:
            parent = node.getparent()
            path.append((node, parent))
            node = parent
        candidates = self._candidates
        context = self._context
        enclosing = self._enclosing
        for node, parent in reversed(path):
            parent_of[node] = parent
            if parent is None:
                context[node] = 0
                enclosing[node] = None
                continue
            tag = parent.tag
            flags = context[parent]
            if tag == "a":
                flags |= _IN_LINK
            elif tag in INVISIBLE_TAG_SET:
                flags |= _INVISIBLE
            context[node] = flags
            enclosing[node] = parent if parent in candidates else enclosing[parent]

    def in_boilerplate(self, element: HtmlElement) -> bool:
        """True when the element or an ancestor below <body> is a boilerplate block."""
        return self._inherited(element, self._in_boilerplate, self._is_boilerplate_block)

    def _is_boilerplate_block(self, node: HtmlElement) -> bool:
        return node.tag not in _PAGE_TAGS and (
            node.tag in NON_STORY_TAGS
            or (
                class_weight(node) < 0
                and not self._holds_page_story(node)
                and not self._is_prose_paragraph(node)
            )
        )

    def _is_prose_paragraph(self, node: HtmlElement) -> bool:
        """A ``<p>`` of prose, whatever its class says (``<p class="paywall">`` on every
        paragraph of a gated story)."""
        figures = self._stats.get(node) if node.tag == "p" else None
        return figures is not None and reads_as_prose(figures)

    def _inherited(
        self,
        element: HtmlElement,
        memo: dict[HtmlElement, bool],
        test: Callable[[HtmlElement], bool],
    ) -> bool:
        """Whether ``test`` holds for the element or one of its ancestors (memoised in
        ``memo``: the blocks asked about share their ancestors, each is tested once)."""
        path: list[HtmlElement] = []
        node: HtmlElement | None = element
        while node is not None and node not in memo:
            path.append(node)
            node = self.parent_of.get(node)
        verdict = memo[node] if node is not None else False
        for node in reversed(path):
            verdict = verdict or test(node)
            memo[node] = verdict
        return memo[element]

    def _holds_page_story(self, element: HtmlElement) -> bool:
        """Whether the block holds most of the page's displayed text: then it is the story's
        whatever its class says (a theme's "has-sidebar" wrapper, an ad-insertion marker)."""
        stats = self._stats.get(element)
        if stats is None or plain(stats) < STORY_MIN_PROSE:
            return False
        root = self._stats.get(self._root) if self._root is not None else None
        if root is not None:
            page_plain = plain(root)
            if holds_page_story(stats, page_plain):
                return True  # (most of the whole page's text: of the displayed text too)
            if holds_page_story(stats, page_plain // 2):
                # (only a block holding a quarter of the page or more can hold most of what
                # is displayed: only then are undisplayed blocks looked for)
                return holds_page_story(stats, self._displayed_plain())
        return False

    def _displayed_plain(self) -> int:
        """The page's text outside links less what is not displayed (a hidden copy of the
        story must not halve the share the story holds). Read once, when first needed."""
        if self._page_plain is None:
            root = self._root
            page = self._stats.get(root) if root is not None else None
            total = plain(page) if page is not None else 0
            if root is not None:
                for element in self.undisplayed_blocks:
                    figures = self._stats.get(element)
                    if figures is not None:
                        total -= plain(figures)
            self._page_plain = max(total, 0)
        return self._page_plain

    def link_density(self, element: HtmlElement) -> float:
        length = self.text_length.get(element, 0)
        return self.link_length.get(element, 0) / length if length else 0.0

    def candidate_score(self, element: HtmlElement) -> float:
        """Prose score gathered under the block, discounted by links and class cues."""
        score = self.raw_score.get(element, 0.0)
        if not score:
            return 0.0
        factor = (1.3, 1.0, 0.4)[1 - class_weight(element)] if element.tag != "body" else 1.0
        if element.tag in _LIST_TAGS:
            factor *= _LIST_FACTOR  # reference lists, link lists: a story is rarely one list
        return score * (1.0 - self.link_density(element)) * factor

    def _plain_score(self, element: HtmlElement) -> float:
        return self.raw_score[element] * (1.0 - self.link_density(element))

    def context_factor(self, element: HtmlElement) -> float:
        """A discount for blocks inside boilerplate: comment lists, sidebars, page footers."""
        parent = self.parent_of.get(element)
        return _CONTEXT_PENALTY if parent is not None and self.in_boilerplate(parent) else 1.0

    def best_candidate(self, avoid: Collection[HtmlElement] = ()) -> HtmlElement | None:
        """The block most likely to hold the story, or None when nothing reads as prose;
        never one of ``avoid`` nor a block inside one (blocks known not to be the story)."""
        # a cheap first cut (no class cues), then the full score on the leaders
        candidates: Iterable[HtmlElement] = self.raw_score
        if avoid:
            avoided = set(avoid)
            candidates = [
                element
                for element in self.raw_score
                if element not in avoided and not has_ancestor_in(element, avoided)
            ]
        leaders = sorted(candidates, key=self._plain_score, reverse=True)[:_FIRST_CUT]
        scored = {element: self.candidate_score(element) for element in leaders}
        ranked = sorted(scored, key=scored.__getitem__, reverse=True)[:_SHORTLIST]
        best: HtmlElement | None = None
        best_score = 0.0
        shown: HtmlElement | None = None  # the best of those readers see
        shown_score = 0.0
        for element in ranked:
            score = scored[element] * self.context_factor(element)
            if score > best_score:
                best, best_score = element, score
            if score > shown_score and not self.in_undisplayed_block(element):
                shown, shown_score = element, score
        # (a copy of the story left undisplayed, for printing or for scripts, is not the
        # story; when readers see none of the candidates, or none that weighs a fraction of
        # it, the best one is all there is: a story a script shows once the page has loaded,
        # WeChat's "<div id="js_content" style="visibility: hidden;">")
        if shown is None or (
            shown_score < best_score * _SHOWN_MIN_SHARE
            and best is not None
            and self._shown_by_script(best)
        ):
            return best
        return shown

    def _shown_by_script(self, element: HtmlElement) -> bool:
        """Whether the undisplayed block holding ``element`` is only kept invisible until a
        script shows it (``visibility: hidden``, no ``display: none``: WeChat's js_content), not
        a copy left for printing or a closed panel."""
        node: HtmlElement | None = element
        while node is not None:
            if node in self.undisplayed_blocks:
                style = node.get("style") or ""
                return (
                    SCRIPT_REVEAL_STYLE.search(style) is not None
                    and NOT_DISPLAYED_STYLE.search(style) is None
                )
            node = self.parent_of.get(node)
        return False

    def in_undisplayed_block(self, element: HtmlElement) -> bool:
        """Whether the element or an ancestor is not displayed (``hidden``, ``display:
        none``): one of ``undisplayed_blocks``, which the measuring walk found."""
        return self._inherited(element, self._undisplayed, self.undisplayed_blocks.__contains__)

    def undisplayed_to_skip(self, block: HtmlElement) -> frozenset[HtmlElement]:
        """The undisplayed blocks to leave out of ``block`` and from beside it: all of them
        when readers see ``block`` (a copy left for printing or for scripts, a closed panel),
        none when it is undisplayed itself (then what it holds is all there is)."""
        return frozenset() if self.in_undisplayed_block(block) else self.undisplayed_blocks

    def ancestors(self, element: HtmlElement) -> list[HtmlElement]:
        """The element's ancestors, nearest first (as they were when the tree was scored)."""
        if element not in self.parent_of:
            self._register(element)
        chain: list[HtmlElement] = []
        parent = self.parent_of[element]
        while parent is not None:
            chain.append(parent)
            parent = self.parent_of[parent]
        return chain

    def _enclosing_unit(self, element: HtmlElement) -> Unit | None:
        enclosing_of = self._enclosing
        enclosing = enclosing_of[element]
        while enclosing is not None:
            unit = self.unit_of.get(enclosing)
            if unit is not None:
                return unit
            enclosing = enclosing_of[enclosing]
        return None

    def add_units(self, elements: list[HtmlElement]) -> None:
        """Measure the candidate units; then let each enclosing unit keep only its own text."""
        self._candidates = set(elements)
        for element in elements:
            self._register(element)
        self._unit_tree = list(self.parent_of)
        read = 0  # characters the units have read
        budget: int | None = None  # set when ``read`` first passes _MIN_MEASURE_BUDGET
        own_only: set[HtmlElement] = set()
        for element in elements:
            flags = self._context[element]
            enclosing = self._enclosing[element]
            if flags & _INVISIBLE:
                continue  # inside <noscript>, <template>, <svg>...
            if (
                enclosing is not None
                and (element.tag in TEXT_CONTAINER_TAGS or is_custom_element(element.tag))
                and enclosing.tag in PARAGRAPH_TAGS
                and not (
                    enclosing.tag in TABLE_CELL_TAGS
                    and element.tag in BLOCK_CONTAINER_TAGS
                    and self._stats[element][TEXT] >= _LAYOUT_BLOCK_TEXT
                )
            ):
                # a <span> with <br> or a custom element (<time-ago>) inside a paragraph is
                # part of that paragraph (a <div> of prose in a layout table's cell is a block
                # of that column: the story's text beside its date line and comments)
                continue
            if budget is not None and read > budget:
                own_only.add(element)  # (a pathological page: see _MEASURE_BUDGET)
                text, length, commas = _measure_own(element, self._candidates)
            else:
                raw = subtree_text(element)
                read += len(raw)
                if budget is None and read > _MIN_MEASURE_BUDGET:
                    budget = _MEASURE_BUDGET * len(subtree_text(element.getroottree().getroot()))
                text, length, commas = _measure_text(raw)
            if not length:
                continue
            # a block inside a link (a teaser card) is all link
            unit = Unit(element, text, length, length if flags & _IN_LINK else 0, commas)
            self.unit_of[element] = unit
            self.units.append(unit)
        for unit in self.units:
            outer = self._enclosing_unit(unit.element)
            if outer is not None and outer.element not in own_only:
                outer.length = max(0, outer.length - unit.length)
                outer.commas = max(0, outer.commas - unit.commas)
                outer.encloses_units = True
        for unit in self.units:
            if unit.length >= 2 * MIN_BROKEN_PARAGRAPH:
                # (a paragraph holds MIN_BROKEN_PARAGRAPH characters on average, else the
                # breaks are an address's or a poem's lines)
                paragraphs = _blank_line_runs(unit.element, self.unit_of) + 1
                unit.paragraphs = min(paragraphs, unit.length // MIN_BROKEN_PARAGRAPH)

    def _unit_holding(self, element: HtmlElement) -> tuple[HtmlElement | None, Unit | None]:
        """The element's parent and the innermost unit holding the element. The element
        itself is not recorded: links and scripts are many and hold no units."""
        parent = element.getparent()
        if parent is None:
            return None, None
        if parent not in self.parent_of:
            self._register(parent)
        unit = self.unit_of.get(parent)
        return parent, unit if unit is not None else self._enclosing_unit(parent)

    def discount_invisible(self, element: HtmlElement) -> None:
        """Take the text of a <script>, <style>... out of the unit holding it."""
        parent, unit = self._unit_holding(element)
        if unit is None or parent is None:
            return
        if self._context[parent] & _INVISIBLE or parent.tag in INVISIBLE_TAG_SET:
            return  # inside another invisible element, already discounted
        _, length, commas = _measure(element)
        if length:
            unit.length = max(0, unit.length - length)
            unit.commas = max(0, unit.commas - commas)

    def add_links(self, anchors: list[HtmlElement]) -> None:
        """Count each link's text against the innermost unit holding it (the links outside
        every unit are kept aside: see ``loose_link_length``)."""
        # (``_unit_holding`` inlined: pages have many links, most outside any unit)
        parent_of = self.parent_of
        unit_of = self.unit_of
        loose = self._loose_links
        for anchor in anchors:
            parent = anchor.getparent()
            if parent is None:
                continue
            if parent not in parent_of:
                self._register(parent)
            unit = unit_of.get(parent)
            if unit is None:
                unit = self._enclosing_unit(parent)
            if unit is None:
                if not self._context[parent] & _INVISIBLE:
                    loose.append(anchor)
                continue
            if unit.link_length < unit.length:
                length = effective_length(" ".join(subtree_text(anchor).split()))
                added = min(unit.length, unit.link_length + length) - unit.link_length
                unit.link_length += added
                if _is_inline_link(anchor, parent):
                    unit.inline_link_length += added

    def loose_link_length(self, block: HtmlElement) -> int:
        """The visible characters of the block's links that no unit holds (a teaser's title
        in a <div>, a kicker): the totals leave them out, the tests that judge a block of
        teasers by its links need them."""
        figures = self._stats.get(block)
        if figures is None or not self._loose_links:
            return 0
        starts, running = self._loose_index()
        # (the links in page order: those from the block's first index to one past its last)
        return (
            running[bisect_left(starts, figures[END])]
            - running[bisect_left(starts, figures[FIRST])]
        )

    def holds_links_only(self, element: HtmlElement) -> bool:
        """Whether the element holds visible text and all of it inside links (the walk's
        figures: an element no unit is recorded under, "<div><a><img></a><a>Title</a></div>",
        has none of the scoring's own)."""
        figures = self._stats.get(element)
        return figures is not None and figures[TEXT] > 0 and figures[LINKED] == figures[TEXT]

    def stray_links_beside(
        self, element: HtmlElement, block: HtmlElement, *, after: bool
    ) -> list[HtmlElement]:
        """The links inside ``block`` after ``element`` (past its end) or, with ``after``
        false, before it, in page order, that no line of text holds: outside every unit
        (the loose links), or alone in an element of their own inside a unit that only
        wraps others (a button in its <div> among a story's paragraphs)."""
        figures = self._stats.get(element)
        outer = self._stats.get(block)
        if figures is None or outer is None:
            return []
        if after:
            start, end = max(figures[END], outer[FIRST]), outer[END]
        else:
            start, end = outer[FIRST], min(figures[FIRST], outer[END])
        loose = self._loose_link_set()
        stray: list[HtmlElement] = []
        for link in block.iter("a"):
            place = self._stats.get(link)
            if place is None or not start <= place[FIRST] < end:
                continue
            if link in loose:
                stray.append(link)
                continue
            parent, unit = self._unit_holding(link)
            if (
                unit is not None
                and unit.encloses_units
                and parent is not None
                and parent is not unit.element
                and parent.tag in BLOCK_TAGS  # (a link in a <strong> is in a sentence)
                and " ".join(subtree_text(parent).split()) == " ".join(subtree_text(link).split())
            ):
                stray.append(link)
        return stray

    def loose_links_in(self, block: HtmlElement) -> list[HtmlElement]:
        """The links inside ``block`` that no unit holds (see ``stray_links_beside``)."""
        outer = self._stats.get(block)
        if outer is None or not self._loose_links:
            return []
        start, end = outer[FIRST], outer[END]
        found: list[HtmlElement] = []
        for link in self._loose_links:
            place = self._stats.get(link)
            if place is not None and start <= place[FIRST] < end:
                found.append(link)
        return found

    def _loose_link_set(self) -> frozenset[HtmlElement]:
        """The loose links as a set (built once: both of the story's edges ask)."""
        if self._loose_set is None:
            self._loose_set = frozenset(self._loose_links)
        return self._loose_set

    def _loose_index(self) -> tuple[list[int], list[int]]:
        """The loose links' page-order indices, and the running total of their text (one
        more entry: the total before each link, then the whole)."""
        if self._loose_lookup is None:
            stats = self._stats
            starts: list[int] = []
            running = [0]
            for anchor in self._loose_links:  # (recorded in page order)
                inner = stats[anchor]
                starts.append(inner[FIRST])
                running.append(running[-1] + inner[TEXT])
            self._loose_lookup = (starts, running)
        return self._loose_lookup

    def _above_wrappers(
        self, holder: HtmlElement | None, tops: dict[HtmlElement, HtmlElement | None]
    ) -> HtmlElement | None:
        """The first element from ``holder`` up that does not wrap one child alone; ``tops``
        remembers it for every wrapper passed (a deep pile of wrappers around many
        paragraphs is climbed once, not once a paragraph)."""
        passed: list[HtmlElement] = []
        while holder is not None and _wraps_one_child(holder):
            if holder in tops:
                holder = tops[holder]
                break
            passed.append(holder)
            holder = self.parent_of[holder]
        for wrapper in passed:
            tops[wrapper] = holder
        return holder

    def total_up(self) -> None:
        """Sum unit figures into every block above them; spread prose scores a few levels."""
        text_length = self.text_length
        link_total = self.link_length
        prose_total = self.prose_length
        raw_score = self.raw_score
        parent_of = self.parent_of
        standalone_total = self.standalone_link_length
        # (the undisplayed blocks that hold units: most pages have none)
        undisplayed = {element for element in self.undisplayed_blocks if element in parent_of}
        wrapper_tops: dict[HtmlElement, HtmlElement | None] = {}
        for unit in self.units:
            element = unit.element
            text_length[element] = unit.length
            link_total[element] = unit.link_length
            standalone = unit.link_length - unit.inline_link_length
            if standalone:
                standalone_total[element] = standalone
            if unit.length < MIN_PROSE_LENGTH:
                continue  # (a label: no prose score, the common case)
            prose = unit.prose_score
            if not prose:
                continue
            # (standalone_link_density < _PROSE_MAX_LINK_DENSITY, without the property call)
            if standalone < unit.length * _PROSE_MAX_LINK_DENSITY and not self.in_boilerplate(
                element
            ):
                prose_total[element] = unit.length
            if unit.paragraphs == 1 and (
                element.tag in PARAGRAPH_TAGS
                or (element in self._paragraph_like and not unit.encloses_units)
            ):
                # a paragraph's block is its parent, above the wrappers that hold it alone
                # (one <div> per paragraph spreads a story over as many one-line blocks)
                holder = self._above_wrappers(parent_of[element], wrapper_tops)
            else:
                holder = element
            for share in _LEVEL_SHARES:
                if holder is None:
                    break
                raw_score[holder] = raw_score.get(holder, 0.0) + prose * share
                if holder in undisplayed:
                    break  # (a copy left undisplayed lends its score to no block readers see)
                holder = parent_of[holder]
        # Only units and their ancestors hold totals, all recorded while adding units, each
        # after its parent: the reversed recording order visits children before parents.
        for element in reversed(self._unit_tree):
            parent = parent_of[element]
            if parent is None:
                continue
            value = link_total.get(element)
            if value:
                link_total[parent] = link_total.get(parent, 0) + value
                value = standalone_total.get(element)
                if value:
                    standalone_total[parent] = standalone_total.get(parent, 0) + value
            value = text_length.get(element)
            if value:
                text_length[parent] = text_length.get(parent, 0) + value
                value = prose_total.get(element)  # prose is part of the text
                if value:
                    prose_total[parent] = prose_total.get(parent, 0) + value
        for element in undisplayed:
            self._keep_figures_to(element)

    def _keep_figures_to(self, block: HtmlElement) -> None:
        """Take an undisplayed block's totals back from its ancestors: a hidden copy of the
        story must not draw the climb, or the joining of sibling blocks, towards it."""
        figures = [
            (totals, totals.get(block, 0))
            for totals in (
                self.text_length,
                self.link_length,
                self.prose_length,
                self.standalone_link_length,
            )
        ]
        for ancestor in self.ancestors(block):
            for totals, value in figures:
                if value:
                    totals[ancestor] -= value


# The two ASCII commas ("," and ";") are counted one by one in ASCII texts: cheaper than a
# loop over all the commas.
_COMMA, _SEMICOLON = (comma for comma in COMMA_CHARACTERS if comma.isascii())


def _measure(element: HtmlElement) -> tuple[str, int, int]:
    """The element's collapsed text, its effective length and its commas."""
    return _measure_text(subtree_text(element))


def _measure_own(element: HtmlElement, units: Collection[HtmlElement]) -> tuple[str, int, int]:
    """``_measure`` of the element's own text: its text nodes and its inline children's,
    but for children that are ``units`` themselves (they measure their own: a pile of nested
    <font>s each read once)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag in _OWN_TEXT_TAGS and child not in units:
            parts.append(subtree_text(child))
        parts.append(child.tail or "")
    return _measure_text(" ".join(parts))


def _measure_text(raw: str) -> tuple[str, int, int]:
    """A raw text collapsed, its effective length and its commas (one function: it runs for
    every unit, and most texts take the ASCII shortcut)."""
    text = " ".join(raw.split())
    if text.isascii():  # (a C-level flag check: no CJK characters, no other commas)
        return text, len(text), text.count(_COMMA) + text.count(_SEMICOLON)
    return text, effective_length(text), sum(map(text.count, COMMA_CHARACTERS))


def _holds_text(element: HtmlElement) -> bool:
    """True when text sits directly in the element, or in its inline formatting children."""
    if element.text and not element.text.isspace():
        return True
    for child in element:
        if child.tail and not child.tail.isspace():
            return True
        if child.tag in INLINE_FORMATTING_TAGS:
            text = subtree_text(child)
            if text and not text.isspace():
                return True
    return False


def is_container_unit(element: HtmlElement, facts: int) -> bool:
    """A <div>, <section> or <article> holding text directly or in inline formatting children
    (<div><span><span>text</span></span></div>); a <span> or <font> holding text directly
    and breaking it with <br>. ``facts``: the measuring walk's text facts of the element."""
    if element.tag in INLINE_CONTAINER_TAGS:
        return bool(facts & HAS_BR and facts & OWN_TEXT)
    return bool(facts & (OWN_TEXT | FORMATTED_TEXT))


def score_tree(
    root: HtmlElement,
    found: Measurements | None = None,
    unread_links: Collection[HtmlElement] = (),
) -> Scores:
    """Units under ``root`` and the candidate scores of their containers. ``found`` is the
    page's measuring walk over ``root`` (made here when not given). ``unread_links`` are
    links whose text counts as plain text (a heading's "¶" link to itself)."""
    if found is None:
        found = measure(root)
    stats = found.stats
    # (most containers hold no text of their own: their facts are 0, no call needed)
    containers = [
        element
        for element in found.containers
        if (facts := stats[element][FACTS]) and is_container_unit(element, facts)
    ]
    rare = [element for element in found.rare_containers if _holds_text(element)]
    scores = Scores(
        _stats=stats,
        _root=root,
        undisplayed_blocks=frozenset(outermost_undisplayed(found)),
        disclosed=frozenset(found.disclosed),
        _paragraph_like={
            element
            for element in (*containers, *rare)
            if is_layout_tag(element.tag) and not has_block_children(stats[element])
        },
    )
    scores.add_units([*found.paragraphs, *containers, *rare])
    for invisible in found.invisible:
        scores.discount_invisible(invisible)
    anchors = found.anchors
    if unread_links:
        anchors = [anchor for anchor in anchors if anchor not in unread_links]
    scores.add_links(anchors)
    scores.total_up()
    return scores
