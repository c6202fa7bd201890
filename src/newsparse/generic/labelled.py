"""Second pass of the classification: blocks announced by a label.

A heading such as "Related articles" or "Meistgelesen" flags the block it heads: the nearest
ancestor that holds links while the label stays its first thing or, inside the story's own
container (or one grouping several sections), the run of siblings that follows the label.
A short paragraph that labels a link ("READ MORE: <a>...</a>") is flagged as read-also.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import lxml.etree
import lxml.html

from newsparse.generic.article_urls import reads_as_listing_link
from newsparse.generic.body_cues import (
    BOLD_TAGS,
    CHANNEL_APPEAL,
    EMPHASIS_TAGS,
    INLINE_TEXT_TAGS,
)
from newsparse.generic.classes import holds_token, raw_tokens, token_parts
from newsparse.generic.cues.headings import (
    INLINE_TOPIC_OPENERS,
    MAX_INLINE_TOPIC_WORDS,
    MORE_OF_OWN_SECTION,
    PLAYER_TOKENS,
    READER_REVENUE_HEADINGS,
)
from newsparse.generic.cues.kinds import APPEAL_KINDS, RELATED_KINDS, Kind
from newsparse.generic.cues.link_texts import COMMENT_REPLY_CONTROLS
from newsparse.generic.cues.tokens import RECIRCULATION_PARTS
from newsparse.generic.labels import (
    counts_comments,
    ends_like_closing_cue,
    has_label_separator,
    heading_kind,
    is_inline_label,
    is_normalised_inline_label,
    is_normalised_pagination_label,
    is_sponsor_label,
    names_owner,
    names_topic_pages,
    normalise,
    reads_as_inline_read_also,
    reads_as_interesting_too,
    reads_as_player_queue,
    says_related,
    split_at_label_separator,
    split_inline_label,
)
from newsparse.generic.lengths import effective_length
from newsparse.generic.measure import (
    HEADING_TAGS,
    LINKED,
    MIN_PARAGRAPH_PROSE,
    NEVER_FLAGGED,
    PROSE,
    TEXT,
    Measurements,
    link_share,
    looks_like_story,
    plain,
    subtree_text,
)
from newsparse.generic.teasers import (
    MAX_CARD_PROSE,
    MAX_TITLED_CARD_PROSE,
    cards_of,
    has_linked_title,
    is_teaser_grid,
)
from newsparse.page import text_of
from newsparse.tags import HEADING_TAGS as ALL_HEADING_TAGS
from newsparse.tree_queries import is_wholly_in_child, next_element

HtmlElement = lxml.html.HtmlElement

# Kinds whose blocks are lists of links to articles.
LIST_KINDS = frozenset({Kind.RELATED, Kind.READ_ALSO, Kind.POPULAR})
# Kinds whose heading (an <h2>...<h6>, not a line classed as a title) also heads the run of
# links after it in a container of several blocks, like a list's: "関連企業・業界" and
# "Promoted Content" over their lists in a related section.
_HEADED_RUN_KINDS = frozenset({Kind.TAGS, Kind.AD})
# Label kinds that overrule a block's class saying "related" (a "Most read" heading).
_OVERRULING_KINDS = frozenset({Kind.POPULAR, Kind.AD})
# Kinds a label may replace: generic chrome says less than a heading does.
_WEAK_KINDS = frozenset({Kind.CHROME, Kind.NAV})

MAX_CLIMB = 4
# A story's title is at least this long (in ``effective_length``); a tag's name is shorter.
_MIN_TITLE_LENGTH = 40
# A label written as a link's first part is at most this long.
_MAX_LABEL_PART = 40
# A comment's line of parts beside its text ("Posted by: Gwen | May 15 | Reply") is short.
MAX_COMMENT_LINE = 120
# A block's header holds at most this many "See all" links.
_MAX_HEADER_LINKS = 2
MAX_RUN = 10
# Text between two siblings of a run (characters) that makes it running text, not a list.
_MAX_GAP = 3
# A label must open its block: at most this much text may precede it.
MAX_LEAD_CHARS = 20
# Largest text (besides the label) of a list block (related, most read) and of a box.
MAX_LIST_BLOCK_CHARS = 2000
MAX_BOX_CHARS = 600
# The tags of a snippet to copy (a citation's text, its BibTeX entry).
_SNIPPET_TAGS = ("pre", "code")
# A line with no link this long under a related heading is a sentence of the story's.
MIN_SENTENCE_PROSE = 40
# An inline paragraph is mostly its link: link text over the text after the label.
MIN_INLINE_LINK_SHARE = 0.6
# A list of comments: at least this many items of one tag, holding this share of its text.
MIN_COMMENTS = 2
MIN_COMMENTS_SHARE = 0.7
# Elements of a reader's comment besides its text: its time, its avatar, its reply button.
_COMMENT_PARTS = ("time", "img", "button")
# A reader's name over their comment is this short.
MAX_COMMENTER_NAME = 40
# An advertiser's piece under a "Sponsored" line holds at most this much text.
MAX_SPONSORED_CHARS = 2500
# Elements that are a story's lines, never a comment each.
_NO_COMMENT_TAGS = frozenset({"p", "br"}) | HEADING_TAGS
# How deep a subheading may sit in wrappers of its own.
_HEADING_WRAPPER_DEPTH = 3
# A newsletter's sponsor label set as a line of the issue heads at most this many paragraphs
# of the sponsor's, of at most this much text in all.
_SPONSOR_PARAGRAPHS = 2
_MAX_SPONSOR_CHARS = 800
# Elements that set a note apart after a heading's own label.
_NOTE_TAGS = frozenset({"em", "small"})
# A contact block's lines under a notes heading among the story's paragraphs: a phone number
# or an e-mail address, each on a line this short, or a name and title this short; a block
# of them holds at most this much text.
_CONTACT_DETAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\w)\+?(?:\(\d{1,4}\)\s?)?\d[\d .-]{5,16}\d(?!\w)"
)
_MAX_CONTACT_LINE = 80
_MAX_CONTACT_NAME = 60
_MAX_CONTACT_NAME_WORDS = 8
_MAX_CONTACT_BLOCK = 300
# An appeal's own lines after it, closing the block (a call for tips, then how to send
# them): at most this many, each a paragraph this short.
_MAX_CALL_LINES = 3
_MAX_CALL_LINE = 200
_LINE_TAGS = frozenset({"p"})
# A letter or digit: words of a sentence around an inline element.
_WORD = re.compile(r"\w")


def read_labels(found: Measurements) -> None:
    """Flag the blocks that labels announce, and inline read-also paragraphs."""
    labelled: dict[HtmlElement, Kind] = {}
    sections: list[str] | None = None
    for label in found.labels:
        if label.tag in INLINE_TEXT_TAGS and _in_running_text(label):
            continue
        text = text_of(label)
        kind = heading_kind(text) or _kind_before_note(label)
        if kind is None and text[:5].casefold().startswith(_MORE_OPENERS):
            sections = _own_sections(found.root) if sections is None else sections
            kind = _more_of_own_section(found, label, text, sections)
        if kind is None:
            continue  # (most labels: ``Kind``'s members, each read a costly lookup, not read)
        if kind is Kind.RELATED:
            if _labels_inline_read_also(found, label, text):
                kind = Kind.READ_ALSO
            elif _labels_player_queue(label, text):
                continue
        labelled[label] = kind
    category_labels = list(_category_headings(found))
    for label, kind in category_labels:
        labelled[label] = kind
    ad_labels: set[HtmlElement] = set()
    for label in found.link_labels:
        kind = heading_kind(text_of(label))
        if kind is None:
            continue
        # "<a class='adslabel'><span>Ad</span></a>" marks the teasers around it as ads
        if kind is Kind.AD:
            labelled[label] = Kind.AD
            ad_labels.add(label)
        elif kind is Kind.BIO and label.tag in HEADING_TAGS:
            # an author card's heading linked to the author's profile ("<a href='/@jdoe'><h2>
            # Written by Jane Doe</h2></a>")
            labelled[label] = Kind.BIO
    # "<h3><span>Related</span></h3>": keep the outer label only
    for label in list(labelled):
        parent = label.getparent()
        if parent in labelled or (parent is not None and parent.getparent() in labelled):
            del labelled[label]
    # ad tags inside teasers mark their block, they do not split a container into sections
    headings = [label for label in labelled if label not in ad_labels]
    finder = _BlockFinder(
        found,
        _crowded_ancestors(headings),
        _label_holders(label for label in headings if labelled[label] in LIST_KINDS),
    )
    for label, kind in labelled.items():
        block = finder.block_of(label, kind, overrule=label not in ad_labels)
        if kind is Kind.RELATED and block and block[0] is label:
            _open_section_box(found, finder.crowded, label, block)
        for element in block:
            current = found.kinds.get(element)
            if (
                current is None
                or current in _WEAK_KINDS
                or (current in RELATED_KINDS and kind in _OVERRULING_KINDS)
                # a box classed read-also that a heading calls related ("İlgili Haberler") is
                # related wherever it stands ("עוד בנושא", "more on this", keeps the class's kind)
                or (
                    current is Kind.READ_ALSO
                    and kind is Kind.RELATED
                    and says_related(text_of(label))
                )
                # a box classed related by a phrase alone ("more-on") that a read-also heading
                # opens is a read-also box: dropped between paragraphs, related after the story
                or (
                    current is Kind.RELATED
                    and kind is Kind.READ_ALSO
                    and not _class_says_related(element)
                )
                or (current is Kind.TAGS and kind is Kind.RELATED and lists_titles(element))
                # ("Related topics" over a box classed "related-info": topics' hubs)
                or (
                    current in RELATED_KINDS
                    and kind is Kind.TAGS
                    and names_topic_pages(text_of(label))
                    and _lists_names(element, label)
                )
            ):
                if current is Kind.TAGS:
                    _unflag_tag_lists(found, element)
                found.kinds[element] = kind
                found.block_labels[element] = label
            elif current is Kind.POPULAR and kind is Kind.RELATED and names_owner(text_of(label)):
                _claim_owned_list(found, element)
    for label, _ in category_labels:
        for anchor in label.iter("a"):
            # (the category's own page, whatever its address: "PostList.naver?categoryNo=7")
            found.kinds.setdefault(anchor, Kind.TAGS)
    for paragraph in found.inline:
        if paragraph not in found.kinds:
            inline_kind = _inline_label_kind(found, paragraph)
            if inline_kind is None:
                continue  # (most paragraphs: ``Kind``'s members, each read a costly lookup)
            if inline_kind is Kind.READ_ALSO and _holds_related_headed_block(found, paragraph):
                inline_kind = Kind.RELATED
            found.kinds[paragraph] = inline_kind


def _holds_related_headed_block(found: Measurements, paragraph: HtmlElement) -> bool:
    """Whether a short block read as an inline line holds a block that a related label of
    its own, a heading or a card's category line, heads ("<div><div class='PromoB-category'>
    Related</div><div class='PromoB-title'><a>...</a></div></div>" between paragraphs): the
    card is that heading's block, related wherever it stands, not a "Related:" lead's line."""
    for element in paragraph.iterdescendants():
        if found.kinds.get(element) is Kind.RELATED:
            label = found.block_labels.get(element)
            if label is not None and label is not element:
                return True
    return False


def _class_says_related(element: HtmlElement) -> bool:
    """Whether an element's class or id says "related" in a word a related class uses
    ("related-content", "relatedPosts"), not only by a phrase ("more-on", "read-next") or
    as the site's recirculation ("ContentRecircEmbed")."""
    return any(
        says_related(
            " ".join(part for part in token_parts(token) if part not in RECIRCULATION_PARTS)
        )
        for token in raw_tokens(element)
    )


def _open_section_box(
    found: Measurements, crowded: set[HtmlElement], label: HtmlElement, run: list[HtmlElement]
) -> None:
    """Read a tag-classed box of several headed sections ("Contacts", "Hashtags", "More News
    From <issuer>" in one ``keywords`` box) as a sidebar's chrome when a related heading there
    heads a list of titles (its run, or the related-classed list right after it): the box no
    longer hides the related list it holds."""
    box = label.getparent()
    if box is None or found.kinds.get(box) is not Kind.TAGS or box not in crowded:
        return
    following = next_element(label)
    lists = run[1:] or (
        [following] if following is not None and found.kinds.get(following) in RELATED_KINDS else []
    )
    if any(lists_titles(element) for element in lists):
        found.kinds[box] = Kind.CHROME


def _labels_inline_read_also(found: Measurements, label: HtmlElement, text: str) -> bool:
    """Whether a related heading is the inline label of a short paragraph's link and reads
    as a read-also label there ("<p><strong>Also on Patch:</strong> <a>...</a></p>"), or
    says "also interesting" over a box of one teaser."""
    box = label.getparent()
    if reads_as_interesting_too(text):
        # (a teaser's box, not a list: "<div><span>Auch interessant</span><a>...</a></div>";
        # opening a paragraph's one link, "<p><strong>Auch interessant:</strong> <a>", it
        # stays related)
        return (
            box is not None and box.tag != "p" and len({a.get("href") for a in box.iter("a")}) == 1
        )
    return (
        label.tag in INLINE_TEXT_TAGS
        and box in found.inline
        and (reads_as_inline_read_also(text) or _written_in_line(label, box, text))
    )


def _written_in_line(label: HtmlElement, box: HtmlElement, text: str) -> bool:
    """Whether a related label ending in its separator is the plain opening text of a
    paragraph before its link ("<p><span>Related: </span><a>...</a></p>"): written in the
    line, as "<p>Related: <a>" is, a read-also line; not in bold, which sets the label apart
    ("<p><strong>RELATED:</strong> <a>"), nor a card's label line of its own."""
    return (
        box.tag == "p"
        and label.tag not in EMPHASIS_TAGS
        and label.getparent() is box
        and not (box.text or "").strip()
        and has_label_separator(text)
    )


# A read-also box's kind, which a heading saying "related" takes over in the run after it.
_READ_ALSO_KINDS: frozenset[Kind] = frozenset({Kind.READ_ALSO})
_PLAYER_TOKENS = frozenset(PLAYER_TOKENS)
# How far above its "Up Next" label a video player's block may start.
_PLAYER_DEPTH = 3


def _labels_player_queue(label: HtmlElement, text: str) -> bool:
    """Whether a related heading is a video player's "Up Next" over its queue of clips (in a
    block classed as a player, its playlist or end slate): the player's, not related stories."""
    return reads_as_player_queue(text) and any(
        holds_token(_PLAYER_TOKENS, element.get("class"), element.get("id"))
        for element in itertools.islice(label.iterancestors(), _PLAYER_DEPTH)
    )


def lists_titles(block: HtmlElement) -> bool:
    """Whether most of the block's links read as stories' titles, not as tags' names: a
    related heading over a block classed as topics ("articleTopics") lists articles."""
    anchors = list(block.iter("a"))
    titles = sum(effective_length(text_of(anchor)) >= _MIN_TITLE_LENGTH for anchor in anchors)
    return titles * 2 > len(anchors)


def _lists_names(block: HtmlElement, label: HtmlElement) -> bool:
    """Whether the block's links are plain names, not stories' teasers: no card, no heading
    but its label, most links too short for a story's title (a "Related Topics" heading over
    "<article><h3><a>Inflation slows ...</a></h3></article>" lists stories)."""
    for element in block.iter("article", *ALL_HEADING_TAGS):
        if element is not label:
            return False
    return not lists_titles(block)


def _unflag_tag_lists(found: Measurements, block: HtmlElement) -> None:
    """Drop the tags kind of the lists inside a topics-classed block that a related heading
    names (its "topicsList" is the related stories' list)."""
    for inner in block.iterdescendants("ul", "ol", "div"):
        if found.kinds.get(inner) is Kind.TAGS:
            del found.kinds[inner]


def _in_running_text(label: HtmlElement) -> bool:
    """Whether words of the label's sentence stand on both sides of it ("dated to about
    <span>AD 540</span>, left a layer"): an inline element there is part of the sentence,
    never a heading or an ad's label."""
    tail = label.tail
    if not tail or _WORD.search(tail) is None:
        return False
    previous = label.getprevious()
    parent = label.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else None
    return before is not None and _WORD.search(before) is not None


def _wraps_unlinked_heading(element: HtmlElement) -> bool:
    """Whether the element only wraps a heading (a few levels deep at most, no text of its
    own around it) that holds no link."""
    for _ in range(_HEADING_WRAPPER_DEPTH):
        if len(element) != 1 or (element.text or "").strip() or (element[0].tail or "").strip():
            return False
        element = element[0]
        if element.tag in HEADING_TAGS:
            return element.find(".//a") is None
    return False


_MORE_OPENERS = tuple(word[:3] for word in MORE_OF_OWN_SECTION)
_LIST_TAGS = frozenset({"ul", "ol"})
# The metas naming the section the page files its story under.
_SECTION_METAS = frozenset({"article:section"})


def _own_sections(root: HtmlElement) -> list[str]:
    """The normalised names of the section the page files its story under, as its head's
    metas give them ("Nation & World")."""
    head = root.find("head")
    if head is None:
        return []
    return [
        normalise(meta.get("content") or "")
        for meta in head.iter("meta")
        if (meta.get("property") or meta.get("name")) in _SECTION_METAS
    ]


def _more_of_own_section(
    found: Measurements, label: HtmlElement, text: str, sections: list[str]
) -> Kind | None:
    """Related for a heading naming the page's own section after "More" over a list ("More
    Nation & World" over that section's other stories, as "More from Nation & World" would).
    (Without "from", a carousel or a rail of the section's pages under it is no such list.)"""
    first, _, rest = normalise(text).partition(" ")
    if first not in MORE_OF_OWN_SECTION or not rest or rest not in sections:
        return None
    return Kind.RELATED if _heads_story_list(found, label) else None


def _heads_story_list(found: Measurements, label: HtmlElement) -> bool:
    """Whether a list follows the label: a list element, or a grid of stories' cards, each a
    linked title ("<div class="teaser"><a><h3>...</h3></a></div>", Mediahuis's "More
    <section>" cards), as its siblings or in the one wrapper after it."""
    following = label.getnext()
    if following is None:
        return False
    if following.tag in _LIST_TAGS:
        return True
    cards = [sibling for sibling in label.itersiblings() if isinstance(sibling.tag, str)]
    if len(cards) == 1:
        cards = cards_of(cards[0])
    stats = found.stats
    return is_teaser_grid(cards, has_linked_title, lambda card: plain(stats[card]))


def _kind_before_note(label: HtmlElement) -> Kind | None:
    """The kind a heading not read whole names by its own leading text, before a note that
    closes it in an element of its own ("<h4>관련뉴스<em>해당 언론사에서 선정하며 ...</em></h4>")."""
    lead = (label.text or "").strip()
    if not lead or len(label) != 1 or label[0].tag not in _NOTE_TAGS:
        return None
    if (label[0].tail or "").strip():
        return None  # (words around an emphasis: "More <em>Harbor Lights</em> Recaps")
    return heading_kind(lead)


def _category_headings(found: Measurements) -> Iterable[tuple[HtmlElement, Kind]]:
    """Headings that link the blog's category they name before a closing cue ("'<a>제주 오름
    </a>' 카테고리의 다른 글"), as a line in bold or a heading: labels although they hold a link
    (see ``CLOSING_HEADINGS``)."""
    for element in found.inline:
        if ends_like_closing_cue(subtree_text(element)):
            kind = heading_kind(text_of(element))
            if kind is not None:
                yield element, kind


def _claim_owned_list(found: Measurements, block: HtmlElement) -> None:
    """A list of one sender's stories under a heading naming it ("Recent news about Acme,
    Inc.") is related, and so are the parts of it classed as the latest ("recent-news-list")."""
    for element in block.iter(lxml.etree.Element):
        if found.kinds.get(element) is Kind.POPULAR:
            found.kinds[element] = Kind.RELATED


def _is_heading_line(label: HtmlElement) -> bool:
    """A heading, or a paragraph set as one: its whole text in bold ("<p><b>Contacts</b></p>",
    a release's notes under a blog theme) or a label closed by its colon ("<p>Pressekontakt:
    </p>")."""
    if label.tag in HEADING_TAGS:
        return True
    return label.tag == "p" and (
        is_wholly_in_child(label, BOLD_TAGS) or text_of(label).endswith((":", "："))
    )


def _broken_lines(element: HtmlElement) -> list[str]:
    """The element's text as the lines its ``<br>`` breaks make, whitespace collapsed, blank
    lines left out. (Walked without recursion: a pile of unclosed tags nests too deep.)"""
    lines: list[list[str]] = [[]]
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node.tag == "br":
                lines.append([])
            elif isinstance(node.tag, str) and node.text:
                lines[-1].append(node.text)
        elif node is not element and node.tail:
            lines[-1].append(node.tail)
    return [line for parts in lines if (line := " ".join("".join(parts).split()))]


def _is_contact_line(line: str) -> bool:
    """Whether a line reads as one of a contact block's: a phone number or an e-mail address
    (perhaps after a label), or a short name and title ("Jane Roe, President and CEO")."""
    if _CONTACT_DETAIL.search(line):
        return len(line) <= _MAX_CONTACT_LINE
    return len(line) <= _MAX_CONTACT_NAME and len(line.split()) <= _MAX_CONTACT_NAME_WORDS


def _is_heading_block(element: HtmlElement) -> bool:
    """Whether ``element`` is a heading or holds only one, or a line wholly in bold."""
    if element.tag in HEADING_TAGS:
        return True
    first = next(element.iter(*HEADING_TAGS, *BOLD_TAGS), None)
    return first is not None and text_of(first).strip() == text_of(element).strip()


def _crowded_ancestors(labels: Iterable[HtmlElement]) -> set[HtmlElement]:
    """Ancestors (within climbing reach) holding more than one label: such a container groups
    several blocks, so a label there heads only its following siblings."""
    seen: set[HtmlElement] = set()
    crowded: set[HtmlElement] = set()
    for label in labels:
        ancestor = label.getparent()
        for _ in range(MAX_CLIMB + 1):
            if ancestor is None:
                break
            if ancestor in seen:
                crowded.add(ancestor)
            seen.add(ancestor)
            ancestor = ancestor.getparent()
    return crowded


def _label_holders(labels: Iterable[HtmlElement]) -> set[HtmlElement]:
    """The elements (within climbing reach) that hold a list's label: a block headed by its
    own "Related Articles" heading, which no other label's run takes in."""
    holders: set[HtmlElement] = set()
    for label in labels:
        ancestor = label.getparent()
        for _ in range(MAX_CLIMB + 1):
            if ancestor is None:
                break
            holders.add(ancestor)
            ancestor = ancestor.getparent()
    return holders


def _adds_only_listing_links(parent: HtmlElement, child: HtmlElement) -> bool:
    """Whether the links ``parent`` holds beside ``child`` are a listing's "See all" (a block's
    header: "<header><h3>Más en Economía</h3><a>Ver todo</a></header>"): the cards come after
    the header, so the block is further up."""
    links = [
        link
        for sibling in parent
        if sibling is not child and isinstance(sibling.tag, str)
        for link in sibling.iter("a")
    ]
    return 0 < len(links) <= _MAX_HEADER_LINKS and all(
        reads_as_listing_link(subtree_text(link)) for link in links
    )


class _BlockFinder:
    def __init__(
        self, found: Measurements, crowded: set[HtmlElement], label_holders: set[HtmlElement]
    ) -> None:
        self.found = found
        self.stats = found.stats
        self.crowded = crowded
        self.label_holders = label_holders

    def block_of(self, label: HtmlElement, kind: Kind, *, overrule: bool) -> list[HtmlElement]:
        """The block a label heads (one ancestor, or the label and a run of siblings).

        With ``overrule``, a "Most read" or "Sponsored" heading also turns the related-classed
        blocks it opens into its own kind; a "Sponsored" tag inside one teaser does not.
        """
        if kind is Kind.COMMENTS:
            section = self._comment_section(label)
            if section:
                return section
        if kind is Kind.AD:
            piece = self._sponsored_piece(label)
            if piece:
                return piece
        current = label
        stats = self.stats[label]
        limit = MAX_LIST_BLOCK_CHARS if kind in LIST_KINDS else MAX_BOX_CHARS
        for _ in range(MAX_CLIMB):
            parent = current.getparent()
            if (
                parent is None
                or parent.tag in NEVER_FLAGGED
                or parent in self.crowded
                or (
                    looks_like_story(self.stats[parent])
                    and not (kind in LIST_KINDS and self._is_teaser_grid(current))
                    and not _opens_reader_revenue_appeal(label, kind)
                    # (a box of notes reads as prose: a citation, a funding statement)
                    and kind is not Kind.NOTES
                )
                or self.stats[parent][TEXT] - stats[TEXT] > limit
                or self._text_before(current, parent) > MAX_LEAD_CHARS
                or _has_other_heading(parent, label)
            ):
                break
            if (
                self.stats[parent][LINKED] > stats[LINKED]
                and not _adds_only_listing_links(parent, current)
            ) or (kind in LIST_KINDS and _holds_overlay_link(parent)):
                if overrule and kind in _OVERRULING_KINDS:
                    self._overrule_related_ancestors(parent, kind)
                return [parent]
            current = parent
        if kind in LIST_KINDS:
            # (a "Related Articles" line under a "Read More" one: the list both head is
            # related, as a read-also box that a related heading opens is)
            also = (
                _READ_ALSO_KINDS if kind is Kind.RELATED and says_related(text_of(label)) else None
            )
            return self._run_after(label, current, also=also)
        if kind is Kind.AD and is_sponsor_label(text_of(label)):
            return [current, *self._sponsor_paragraphs(current)]
        if kind in _HEADED_RUN_KINDS and label.tag in HEADING_TAGS:
            # (a topics heading heads its part of a related block: "Explore the topic")
            run = self._run_after(
                label, current, also=RELATED_KINDS if names_topic_pages(text_of(label)) else None
            )
            if len(run) > 1:
                return run
        if (
            current is label
            and kind is Kind.APPEAL
            and self._heads_story_prose(label)
            and not _opens_reader_revenue_appeal(label, kind)
        ):
            return []  # (a section of the story: "How we tested" over its own paragraph)
        if kind is Kind.APPEAL:
            # (a call for tips set as a line closing the story, its own lines after it: "Vous
            # avez un scoop à nous transmettre?" over "Écrivez-nous à l'adresse ...")
            call = self._closing_call_lines(current)
            if call:
                return [current, *call]
        if kind is Kind.NOTES and _is_heading_line(current):
            # (a contact heading takes its contact lines, to the next heading: the release's
            # notes after them are no part of its block)
            contact = self._contact_lines(current)
            if contact:
                return [current, *contact]
        if current is label and kind is Kind.NOTES and _is_heading_line(label):
            box = self._citation_box(label)
            if box is not None:
                return [box]
            notes = self._closing_rest(label) or self._notes_section(label)
            if notes:
                return [label, *notes]
        return [current]

    def _sponsor_paragraphs(self, line: HtmlElement) -> list[HtmlElement]:
        """The sponsor's paragraphs after its label's ``line`` among the issue's ("A message
        from Acme Health:" over "<b>Clinics matter.</b> ... <a>Learn more</a>"): at most a
        few short ones before the next heading or bold line, to the last that links (the
        ad's call to action); none when none links."""
        run: list[HtmlElement] = []
        text = 0
        for sibling in line.itersiblings():
            if not self._has_text(sibling):
                continue
            text += self.stats[sibling][TEXT]
            if (
                len(run) == _SPONSOR_PARAGRAPHS
                or text > _MAX_SPONSOR_CHARS
                or _is_heading_block(sibling)
            ):
                break
            run.append(sibling)
        while run and not self.stats[run[-1]][LINKED]:
            run.pop()
        return run

    def _citation_box(self, label: HtmlElement) -> HtmlElement | None:
        """The box a citation heading opens ("Cite this work"), however long its citations,
        when it holds them as snippets to copy, each a ``<pre>`` or ``<code>`` beside a
        button ("Copy"), and no other section's heading: a note about the page, not the
        story's text."""
        parent = label.getparent()
        if (
            parent is None
            or parent.tag in NEVER_FLAGGED
            or self.stats[parent][TEXT] > MAX_LIST_BLOCK_CHARS
            or self._text_before(label, parent) > MAX_LEAD_CHARS
            or next(parent.iter("button"), None) is None
            or next(parent.iter(*_SNIPPET_TAGS), None) is None
            or _has_other_heading(parent, label)
        ):
            return None
        return parent

    def _closing_rest(self, label: HtmlElement) -> list[HtmlElement]:
        """The elements after a heading to the end of its block, when they hold less text
        than comes before it: a release's notes under "Notes to editors" closing the
        release's own block (no box of their own)."""
        parent = label.getparent()
        if parent is None:
            return []
        rest = [sibling for sibling in label.itersiblings() if isinstance(sibling.tag, str)]
        after = sum(self.stats[sibling][TEXT] for sibling in rest if sibling in self.stats)
        before = self.stats[parent][TEXT] - self.stats[label][TEXT] - after
        return rest if 0 < after < before else []

    def _notes_section(self, label: HtmlElement) -> list[HtmlElement]:
        """The elements after a heading to the next heading, in a short box of several headed
        notes that is not the story ("Wissenschaftliche Ansprechpartner" over a name, a phone
        and an e-mail, then "Pressekontakt" in one contact box)."""
        parent = label.getparent()
        if parent is None or parent not in self.crowded or looks_like_story(self.stats[parent]):
            return []
        section: list[HtmlElement] = []
        for sibling in label.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if _is_heading_line(sibling) or _is_heading_block(sibling):
                break
            section.append(sibling)
        text = sum(self.stats[element][TEXT] for element in section if element in self.stats)
        return section if text <= MAX_BOX_CHARS else []

    def _contact_lines(self, heading: HtmlElement) -> list[HtmlElement]:
        """The short contact lines after a notes heading set among the story's paragraphs
        ("<p><b>For further information, please contact:</b></p><p>Jane Roe, CEO<br>Phone:
        (416) 555-0100<br>Email: <a href="mailto:...">...</a></p>"): the elements after it,
        to the next heading or a line that is none, whose lines are each a phone number, an
        e-mail address or a short name and title, to the last that gives a phone or an
        address; none when none does."""
        run: list[HtmlElement] = []
        taken = 0  # (the run up to its last element giving a phone or an address)
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            figures = self.stats.get(sibling)
            if (
                figures is None
                or figures[TEXT] > _MAX_CONTACT_BLOCK
                or _is_heading_line(sibling)
                or _is_heading_block(sibling)
            ):
                break
            lines = _broken_lines(sibling)
            if not lines or not all(_is_contact_line(line) for line in lines):
                break
            run.append(sibling)
            if any(_CONTACT_DETAIL.search(line) for line in lines):
                taken = len(run)
        return run[:taken]

    def _closing_call_lines(self, line: HtmlElement) -> list[HtmlElement]:
        """The lines after an appeal's ``line`` that close its block, when they are a few
        short ones, the last giving where to write or call (an e-mail address, a phone
        number): the rest of the appeal ("Vous avez un scoop à nous transmettre?" over "Vous
        avez des informations à nous communiquer à propos de cette histoire?" and "Écrivez-nous
        à l'adresse <a href="mailto:...">...</a> ou appelez-nous au ..."); none otherwise."""
        rest = [sibling for sibling in line.itersiblings() if isinstance(sibling.tag, str)]
        if not rest or len(rest) > _MAX_CALL_LINES or (rest[-1].tail or "").strip():
            return []
        for sibling in rest:
            figures = self.stats.get(sibling)
            if figures is None or figures[TEXT] > _MAX_CALL_LINE or sibling.tag not in _LINE_TAGS:
                return []
        return rest if _CONTACT_DETAIL.search(text_of(rest[-1])) else []

    def _heads_story_prose(self, label: HtmlElement) -> bool:
        """A heading set among the story's paragraphs, over one of them: the element after it
        is a paragraph of prose, and the block around both reads as the story."""
        parent = label.getparent()
        following = next_element(label)
        if label.tag not in HEADING_TAGS or parent is None or following is None:
            return False
        figures = self.stats.get(following)
        return (
            following.tag == "p"
            and figures is not None
            and figures[PROSE] >= MIN_PARAGRAPH_PROSE
            and not figures[LINKED]
            and looks_like_story(self.stats[parent])
        )

    def _comment_section(self, label: HtmlElement) -> list[HtmlElement]:
        """The comment section a comments heading opens, however long (readers may write
        more than the story): the highest block the heading opens (within climbing reach),
        or the heading and the list after it, with the comments in it.

        Nothing unless a list of comments follows the heading: items of one tag, not a
        story's own paragraphs; under a heading that does not count them ("Réactions" may
        open a story's list of quotes), items that show a comment's parts (a time, an
        avatar, a "Reply" control)."""
        section = label
        for _ in range(MAX_CLIMB):
            parent = section.getparent()
            if (
                parent is None
                or parent.tag in NEVER_FLAGGED
                or self._text_before(section, parent) > MAX_LEAD_CHARS
            ):
                break
            section = parent
        # (the label and its ancestors below the section: the comments follow the highest
        # that has siblings after it, "<div><h2>Responses (31)</h2></div>" and the list)
        chain = [label]
        while chain[-1] is not section and (parent := chain[-1].getparent()) is not section:
            if parent is None:
                return []
            chain.append(parent)
        for branch in reversed(chain):
            siblings = [sibling for sibling in branch.itersiblings() if self._has_text(sibling)]
            if siblings:
                break
        else:
            return []
        # (the comments in a list after the heading, or the heading's siblings themselves)
        first = siblings[0]
        items = self._comment_items(first)
        holders = [first]
        if len(items) < MIN_COMMENTS:
            if first.tag in _NO_COMMENT_TAGS:
                return []
            items = [sibling for sibling in siblings if sibling.tag == first.tag]
            holders = []
        if len(items) < MIN_COMMENTS or not (
            counts_comments(text_of(label))
            # (every item shows a comment's parts, but one: the form to write another)
            or sum(map(_shows_comment_parts_beside, items)) >= max(MIN_COMMENTS, len(items) - 1)
        ):
            return []
        # (each comment flagged too: a section of flagged comments keeps no prose of its
        # own, so it never passes for the story however long the readers wrote)
        return [section, *items] if section is not label else [label, *holders, *items]

    def _sponsored_piece(self, label: HtmlElement) -> list[HtmlElement]:
        """The advertiser's piece a "Sponsored" line opens, however long: the block the line
        opens when a title follows the line and the block links out, holding no ``<h1>``
        (then it is the page's own advertorial), with its parts (a piece of flagged parts
        keeps no prose of its own, so it never passes for the story). Nothing for a line
        that opens no such block: a lone "Advertisement" over an ad slot."""
        block = label.getparent()
        title = label.getnext()
        if (
            label.tag in HEADING_TAGS
            or block is None
            or block.tag in NEVER_FLAGGED
            or title is None
            or title.tag not in HEADING_TAGS
            or self._text_before(label, block)
            or self.stats[block][TEXT] > MAX_SPONSORED_CHARS
            or not self.stats[block][LINKED]
            or next(block.iter("h1"), None) is not None
        ):
            return []
        return [block, *(child for child in block if self._has_text(child))]

    def _comment_items(self, block: HtmlElement) -> list[HtmlElement]:
        """The items of a list of comments (through wrappers of one child): children of one
        tag other than paragraphs and headings, holding most of the list's text; none when
        the block is no such list."""
        children = [child for child in block if self._has_text(child)]
        while len(children) == 1:
            block = children[0]
            children = [child for child in block if self._has_text(child)]
        tag = children[0].tag if children else None
        if tag is None or tag in _NO_COMMENT_TAGS:
            return []
        items = [child for child in children if child.tag == tag]
        text = sum(self.stats[item][TEXT] for item in items)
        return items if text >= MIN_COMMENTS_SHARE * self.stats[block][TEXT] else []

    def _has_text(self, element: HtmlElement) -> bool:
        """Whether ``element`` is an element the measuring walk found visible text in."""
        stats = self.stats.get(element)
        return stats is not None and stats[TEXT] > 0

    def _run_after(
        self, label: HtmlElement, start: HtmlElement, also: frozenset[Kind] | None = None
    ) -> list[HtmlElement]:
        """``start`` and the teaser-like siblings that follow it (unflagged, weakly flagged or
        of a kind in ``also``)."""
        run = [start]
        previous = start
        ended_by_prose = False
        linked_run = False  # (whether a sibling taken holds a link: the promoted story's)
        for sibling in start.itersiblings():
            gap = len((previous.tail or "").strip())
            previous = sibling
            if not isinstance(sibling.tag, str):
                continue
            if gap > _MAX_GAP or (
                sibling.tag == "br" and len((sibling.tail or "").strip()) > _MAX_GAP
            ):
                # (text broken by <br>: the label's line ends there, the story goes on)
                break
            if (
                sibling.tag in HEADING_TAGS
                # (a block under a list's heading of its own: a player's "Trending Videos"
                # title does not take in the "Related Articles" box after the player)
                or sibling in self.label_holders
                # (a subheading in a wrapper of its own after the promoted links, no link in
                # it: the story's next section, "<div><h2>Bairros mais afetados</h2></div>")
                or (linked_run and _wraps_unlinked_heading(sibling))
                or self.found.kinds.get(sibling) not in (None, *_WEAK_KINDS, *(also or ()))
                or looks_like_story(self.stats[sibling])
                or len(run) > MAX_RUN
            ):
                break
            sibling_stats = self.stats[sibling]
            if (
                sibling.tag == "p"
                and not sibling_stats[LINKED]
                and linked_run
                and not _holds_overlay_link(sibling)
            ):
                break  # (a line of the story after the promoted link, "- 11:45 ص")
            prose = plain(sibling_stats)
            if (
                prose > MAX_CARD_PROSE
                or (prose > MIN_PARAGRAPH_PROSE and link_share(sibling_stats) < 0.25)
                # (a sentence with no link under the heading: AP's "Up next" over "Prairie
                # State hosts Central Ridge on Saturday.")
                or (
                    prose >= MIN_SENTENCE_PROSE
                    and not sibling_stats[LINKED]
                    and not _holds_overlay_link(sibling)
                )
            ) and not (prose <= MAX_TITLED_CARD_PROSE and has_linked_title(sibling)):
                # prose ends the run; a summary under a linked title does not
                ended_by_prose = sibling.tag == "p"  # (a paragraph of prose under it)
                break
            run.append(sibling)
            linked_run = linked_run or bool(sibling_stats[LINKED])
        if not any(
            self.stats[element][LINKED] or _holds_overlay_link(element) for element in run[1:]
        ):
            # a heading over prose is the story's own subheading ("Popular methods"); one
            # over nothing of its own is a widget's label left alone
            return [] if ended_by_prose and len(run) == 1 else [label]
        return run

    def _is_teaser_grid(self, start: HtmlElement) -> bool:
        """True when the siblings after ``start`` are cards of a teaser grid (or the cards
        of the one wrapper after it: Brightspot's "List-items")."""
        cards = [sibling for sibling in start.itersiblings() if isinstance(sibling.tag, str)]
        if len(cards) == 1:
            cards = cards_of(cards[0])
        stats = self.stats
        return is_teaser_grid(
            cards, lambda card: stats[card][LINKED] > 0, lambda card: plain(stats[card])
        )

    def _text_before(self, child: HtmlElement, parent: HtmlElement) -> int:
        """Characters of ``parent`` that come before ``child`` (stops counting early)."""
        size = len((parent.text or "").strip())
        for sibling in child.itersiblings(preceding=True):
            if size > MAX_LEAD_CHARS:
                break
            size += len((sibling.tail or "").strip())
            if isinstance(sibling.tag, str):
                size += self.stats[sibling][TEXT]
        return size

    def _overrule_related_ancestors(self, block: HtmlElement, kind: Kind) -> None:
        """A "Most read" or "Sponsored" label opening a block whose class says "related" makes
        the whole block what the label says (the label's own block may be an inner list)."""
        current = block
        for _ in range(MAX_CLIMB):
            parent = current.getparent()
            if parent is None or self._text_before(current, parent) > MAX_LEAD_CHARS:
                return
            if self.found.kinds.get(parent) in RELATED_KINDS:
                self.found.kinds[parent] = kind
            current = parent


def _shows_comment_parts_beside(item: HtmlElement) -> bool:
    """``_shows_comment_parts`` of a comment's item, or of the line of another make right
    after it that holds them (old blogs set each comment's text, then "Posted by: Gwen | May
    15, 2024 at 8:10 AM | <a>Reply</a>", side by side in the section)."""
    if _shows_comment_parts(item):
        return True
    after = next_element(item)
    return (
        after is not None
        and after.tag != item.tag
        and len(text_of(after)) <= MAX_COMMENT_LINE
        and _shows_comment_parts(after)
    )


def _shows_comment_parts(item: HtmlElement) -> bool:
    """Whether a list item holds a reader's comment's parts besides its text: a time, an
    avatar, a button, a "Reply" link, or the reader's name in an element of its own over
    the comment's text in another (a story's quote in a list item is one run of text)."""
    if next(item.iter(*_COMMENT_PARTS), None) is not None:
        return True
    if any(normalise(text_of(link)) in COMMENT_REPLY_CONTROLS for link in item.iter("a")):
        return True
    children = [child for child in item if isinstance(child.tag, str)]
    if len(children) < 2 or children[0].tag in HEADING_TAGS:
        return False  # (a speaker's name as a subheading over their answer is the story's)
    name = text_of(children[0])
    return 0 < len(name) <= MAX_COMMENTER_NAME and any(
        len(text_of(child)) >= MIN_SENTENCE_PROSE for child in children[1:]
    )


def _holds_overlay_link(element: HtmlElement) -> bool:
    """True when ``element`` holds an overlay link: an empty ``<a href aria-label="...">``
    laid over a teaser card whose headline sits beside it, outside the link (so the card's
    text does not count as linked)."""
    return any(_is_overlay_link(anchor) for anchor in element.iterfind(".//a[@aria-label]"))


def _is_overlay_link(anchor: HtmlElement) -> bool:
    return bool(anchor.get("href") and anchor.get("aria-label", "").strip() and not text_of(anchor))


def _has_overlay_child(element: HtmlElement) -> bool:
    """True when an overlay link is a child of ``element`` (a teaser card's)."""
    return any(_is_overlay_link(child) for child in element.iterchildren("a"))


def _has_other_heading(container: HtmlElement, label: HtmlElement) -> bool:
    """True when ``container`` holds, after ``label``, a heading that is not a teaser's linked
    title: the container groups several sections. (Headings before the label belong to the
    block's lead, which the caller keeps short.)"""
    passed = False
    for heading in container.iter(*HEADING_TAGS, str(label.tag)):
        if heading is label:
            passed = True
            continue
        if not passed or heading.tag not in HEADING_TAGS or heading.find(".//a") is not None:
            continue
        # a heading inside the label itself, inside a link or inside an overlay card (beside
        # the card's empty link) is not another section's
        ancestor = heading.getparent()
        while ancestor is not container and ancestor is not None:
            if ancestor is label or ancestor.tag == "a" or _has_overlay_child(ancestor):
                break
            ancestor = ancestor.getparent()
        else:
            return True
    return False


def _inline_label_kind(found: Measurements, paragraph: HtmlElement) -> Kind | None:
    """READ_ALSO for a short paragraph that labels a link to another article ("READ MORE:
    <a>"), PAGINATION for one that labels a link to the neighbouring post or message
    ("Previous message: <a>"); None for any other."""
    lead, first_link = lead_and_first_link(paragraph)
    if first_link is None:
        return None
    # "Підписуйтесь на наш <a>Telegram-канал</a>, щоб першими ...": the link is a word of
    # the appeal, which the text around it explains
    if (
        lead
        and heading_kind(lead) in APPEAL_KINDS
        and CHANNEL_APPEAL.match(text_of(paragraph).casefold())
    ):
        return Kind.APPEAL
    stats = found.stats[paragraph]
    rest = stats[TEXT] - len(lead.strip())
    if rest <= 0 or stats[LINKED] < MIN_INLINE_LINK_SHARE * rest:
        return None
    lead_key = normalise(lead) if lead else ""  # (no lead: the common teaser)
    if lead_key:
        if (
            is_normalised_inline_label(lead_key)
            or _is_label_and_badge(lead)
            or _is_topic_label(lead_key)
        ):
            # ("<strong>RELATED: <a>...</a></strong>": the label in bold with its link, as
            # "<strong>RELATED:</strong> <a>" labels it)
            if heading_kind(lead) is Kind.RELATED and is_wholly_in_child(paragraph, BOLD_TAGS):
                return Kind.RELATED
            return Kind.READ_ALSO
        return Kind.PAGINATION if is_normalised_pagination_label(lead_key) else None
    label = _label_in_link(first_link)
    if label is None:
        return None
    # (a "Related:" label marks a related link wherever it stands, as a "Related" heading
    # does; "Read more:" an inline promotion)
    return Kind.RELATED if heading_kind(label) is Kind.RELATED else Kind.READ_ALSO


def _is_topic_label(key: str) -> bool:
    """A read-also label naming its topic in a few words ("Mehr zu Bergunfällen"; a
    normalised lead)."""
    for opener in INLINE_TOPIC_OPENERS:
        if key.startswith(opener):
            return len(key[len(opener) :].split()) <= MAX_INLINE_TOPIC_WORDS
    return False


def _label_in_link(link: HtmlElement) -> str | None:
    """The label a link's text opens with, before its separator ("<a>Read more: Title</a>")
    or as its first part (see ``_opens_with_label_part``); None when it opens with none."""
    # (the link's raw text, serialised in C, tells cheaply when no label can open it)
    if has_label_separator(subtree_text(link)):
        text = text_of(link)
        if split_inline_label(text) is not None:
            parts = split_at_label_separator(text)
            return parts[0] if parts is not None else None
    if len(link) > 0 and _opens_with_label_part(link):
        return str(link[0].text)
    return None


def _is_label_and_badge(lead: str) -> bool:
    """A read-also label, its separator and a short badge before the link ("Lire aussi |
    Article réservé à nos abonnés <a>...</a>", Le Monde's subscribers' stories)."""
    parts = split_at_label_separator(lead)
    if parts is None:
        return False
    label, badge = parts
    return bool(badge.strip()) and len(badge) <= _MAX_LABEL_PART and is_inline_label(label)


def _opens_with_label_part(link: HtmlElement) -> bool:
    """A link whose first part, an element of its own, is a read-also label before the
    title ("<a><span class="teaser__flag">Mehr zum Thema</span><span>Title</span></a>")."""
    if (link.text and not link.text.isspace()) or not len(link):
        return False
    first = link[0]
    if not isinstance(first.tag, str) or len(first) or not first.text:
        return False
    if len(link) < 2 and not (first.tail or "").strip():
        return False  # (a title alone in its element: the common teaser, no label before it)
    return len(first.text) <= _MAX_LABEL_PART and is_inline_label(first.text)


def lead_and_first_link(paragraph: HtmlElement) -> tuple[str, HtmlElement | None]:
    """The text before the paragraph's first link (its text nodes joined by spaces) and that
    link; None for the link when there is none."""
    text = paragraph.text
    if (not text or text.isspace()) and len(paragraph) and paragraph[0].tag == "a":
        return "", paragraph[0]  # the common teaser: a link opens the block, no lead
    # (an explicit stack of child iterators: lxml's iterwalk costs more to set up than a
    # paragraph's few nodes take to read)
    lead = [text] if text else []
    pending = [iter(paragraph)]
    open_elements: list[HtmlElement] = []  # those whose children are being read
    while pending:
        node = next(pending[-1], None)
        if node is None:  # an element's children are read: its tail follows
            pending.pop()
            if open_elements:
                node = open_elements.pop()
                if node.tail:
                    lead.append(node.tail)
            continue
        if node.tag == "a":
            return " ".join(lead), node
        if not isinstance(node.tag, str):
            continue  # a comment: passed over, its tail too (as lxml's iterwalk does)
        if node.text:
            lead.append(node.text)
        if len(node):
            pending.append(iter(node))
            open_elements.append(node)
        elif node.tail:
            lead.append(node.tail)
    return "", None


def _opens_reader_revenue_appeal(label: HtmlElement, kind: Kind) -> bool:
    """Whether an appeal's label is a reader-revenue appeal's heading ("We have a small favour
    to ask"; ``READER_REVENUE_HEADINGS``): its box goes however much prose it holds."""
    return kind is Kind.APPEAL and normalise(text_of(label)) in READER_REVENUE_HEADINGS
