"""The story's edges: the headline, byline, date and caption lines before its first real
paragraph, the labels above its headline, short link and heading lines after its last, and
boilerplate label lines ("Advertisement") anywhere, among the units and elements of the
story's blocks (what each line of text is: ``body_lines.py``; credit and signature lines:
``body_credits.py``; appeals: ``body_appeals.py``; notes and their marks:
``body_footnotes.py``)."""

from __future__ import annotations

import re
from collections.abc import Collection

import lxml.etree
import lxml.html

from newsparse.generic.body_appeals import (
    after_members_wall,
    appeal_links,
    closing_comment_prompt,
    is_appeal,
    is_boxed_support_call,
    is_newsletter_plug,
    is_paid_tier_pitch,
    is_platforms_follow_appeal,
    is_service_button_line,
    is_support_link_line,
    links_to_platforms,
    newsletter_pitch_boxes,
    paywall_boxes,
)
from newsparse.generic.body_boxes import (
    call_out_boxes,
    in_video_box,
    is_sponsored_italic_line,
    is_video_card_line,
    pitch_box,
)
from newsparse.generic.body_captions import is_loose_caption, is_player_caption
from newsparse.generic.body_credits import (
    bylines_under_headings,
    contributor_blocks,
    is_dated_signature,
    is_photo_credit,
    is_signed_name,
    letter_signatures,
    writer_credit_lines,
)
from newsparse.generic.body_cues import (
    BARE_LINK_WORDS,
    BOLD_TAGS,
    BUTTON_TAGS,
    BYLINE_OPENERS,
    CALL_TO_ACTION_VERBS,
    CJK_DATELINE_ENDINGS,
    CLOSING_CREDIT_OPENERS,
    CODE_LANGUAGE_NAMES,
    COLON_LABELS_NO_PLACE,
    DATELINE_DASHES,
    DATELINE_PART_TOKENS,
    EMPHASIS_TAGS,
    ENTRY_BADGE_CLASSES,
    ENTRY_BADGES,
    FACT_BOX_HEADINGS,
    HEAD_METADATA_TAGS,
    HEAD_METADATA_TOKENS,
    HEAD_METADATA_WORDS,
    HEADING_TAGS,
    INTERVIEW_CREDIT_OPENERS,
    INTERVIEWEE_FIRST_CREDIT,
    INTERVIEWEE_PRONOUNS,
    INTERVIEWER_JOINERS,
    MORE_COVERAGE_OPENERS,
    OPENING_TEXT_LABELS,
    PLAYLIST_PARTS,
    PRESS_RELEASE_TRAILER,
    SECTION_WORD_LABELS,
    VIDEO_EMBED_WORDS,
    VIDEO_LABEL_OPENERS,
)
from newsparse.generic.body_extent import is_followed_by_text
from newsparse.generic.body_footnotes import (
    answered_markers,
    in_footnotes,
    in_labelled_sources,
    is_back_link,
    is_citation_download,
    is_cited_source,
    is_footnote_marker,
    is_pointer_sentence,
    is_sources_block,
    links_back_only,
    note_markers,
    opens_with_note_link,
    repeated_sources_heading,
    source_items_kept_together,
    without_back_mark,
)
from newsparse.generic.body_lines import (
    AFTER_STANDFIRST,
    ANCHOR_LENGTH,
    SENTENCE_ENDS,
    SHORT_LINE,
    agency_signature,
    is_agency_credit,
    is_bare_date_line,
    is_bracketed_name,
    is_byline,
    is_clock_line,
    is_closing_credit_line,
    is_dated_line,
    is_end_mark,
    is_feedback_question,
    is_first_published_line,
    is_handling_note,
    is_kicker_title,
    is_label,
    is_made_of_words,
    is_names_only,
    is_number_alone,
    is_signoff,
    is_syndicate_rights_line,
    is_title_text,
    is_whole_title,
    states_amounts,
)
from newsparse.generic.body_links import (
    is_attribution,
    is_contents_label,
    is_interstitial_story_link,
    labelled_link_lines,
    teaser_cards,
)
from newsparse.generic.body_lists import is_address, reads_as_address
from newsparse.generic.body_notices import (
    is_ad_line,
    is_channel_invite,
    is_page_notice,
    is_promo_line,
    is_reprint_terms,
    is_rights_notice,
    is_save_appeal,
    is_share_button_line,
    is_sourcing_blurb,
    is_transcript_notice,
    is_vendor_credit,
    is_wire_rights_line,
)
from newsparse.generic.body_standfirsts import standfirsts_under_headline
from newsparse.generic.body_tables import is_data_cell, is_headed_table_part
from newsparse.generic.body_titles import shares_subject
from newsparse.generic.body_widgets import event_listings
from newsparse.generic.classes import holds_token, kind_of_class_and_id, names_fact_box
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.scripts import ETHIOPIC_PREFACE_COLON
from newsparse.generic.cues.tokens import CUE_ATTRIBUTES
from newsparse.generic.cues.urls import MORE_COVERAGE_PATH_SEGMENTS
from newsparse.generic.labels import heading_kind, normalise
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata.patterns import CaselessWords
from newsparse.generic.metadata.source import is_wire_dateline_line
from newsparse.generic.metadata.source_words import (
    ORIGINALLY_PUBLISHED,
    PUBLISHER_SOURCE_LABELS,
    SOURCE_LABELS,
    TITLE_AFTER_NAME,
    TITLED_CREDIT_OPENERS,
    TITLED_CREDIT_VERBS,
)
from newsparse.generic.scoring import Scores, Unit
from newsparse.hosts import host_of, path_holds_segment
from newsparse.page import text_of
from newsparse.tree_queries import (
    comma_field_label,
    is_descendant,
    is_wholly_in_child,
    is_within,
    make_of,
    next_element,
    previous_element,
    repeated_makes,
)

HtmlElement = lxml.html.HtmlElement

_DIGIT = re.compile(r"\d")
# A fact box's line: a short label, its colon, then its value ("Laufzeit: 104 Minuten").
_LABELLED_FIELD = re.compile(r"\s*[^\W\d][^:\n]{0,30}:\s*\S")
# A clock time in a date line ("12:20", "9.05"): what an entry's stamp gives beside its date.
# A colon set off by a space before it, as French typography and its neighbours' set it
# ("Editor : C.S."): read as the bare colon a closing credit's opener ends with.
_SPACED_COLON = re.compile(r"\s+:")
_CLOCK_TIME = re.compile(r"(?<![\d.:])\d{1,2}[:.]\d{2}(?![.:]?\d)")
_HEAD_METADATA = re.compile("|".join(re.escape(word) for word in HEAD_METADATA_WORDS))
# A syndicated copy's credit ("This article originally appeared on <a>The Atlantic</a>."):
# part of the story's text, though short and linked like the leftovers after it.
_ORIGINAL_CREDIT = CaselessWords(ORIGINALLY_PUBLISHED)

# A credit naming the original's title after its publisher is this short at most, its
# title and the original's address spelled out included; its credit phrase opens it within
# the second figure's first characters.
_MAX_TITLED_CREDIT = 480
_CREDIT_OPENING = 60

# A dateline's place set on a line of its own is this short.
_MAX_DATELINE_PLACE = 40
# A place's name in capitals on a line of its own: one word of letters, perhaps dotted or
# hyphenated ("ISTANBUL", "ST. JOHN'S", "WASHINGTON D.C."), and up to two more.
_PLACE_WORD = r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?"
_PLACE_IN_CAPITALS = re.compile(rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}")
# ...which, closed by a colon as Caribbean papers set it ("WESTERN BUREAU:"), may name its
# region after a comma in words of their own case ("LUCEA, Hanover:", "KINGSTON, Jamaica:").
_PLACE_BEFORE_COLON = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})"
    rf"(?:,\s+(?P<region>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?))?\s*:"
)
# The unlinked text of a short linked line that makes it a sentence of the story (characters).
_LINKED_SENTENCE_WORDS_LENGTH = 45
# ...or a shorter sentence of this many words at least, a third of them linked at most.
_MIN_LINKED_SENTENCE_WORDS = 4
_WORDS_PER_LINKED_WORD = 3
# ...or, closed by the address its link leads to, this many words before the link at least
# ("Condolences may be shared at <a>www.funeralhome.example</a>.").
_MIN_ADDRESS_SENTENCE_WORDS = 4
# A poll's answers: this many links at least and at most.
_MIN_POLL_ANSWERS = 2
_MAX_POLL_ANSWERS = 6
# A source line after the story: a label, a colon, a name; shorter than this.
_SOURCE_LINE = CaselessWords(
    (*SOURCE_LABELS, *PUBLISHER_SOURCE_LABELS),
    before=r"^\W{0,2}",
    after=rf"\s*[:：{ETHIOPIC_PREFACE_COLON}]\s*\S",
)
_SOURCE_LINE_LENGTH = 60
# A reporter's signed name after the story stays when a list's items follow it within this
# many lines (it labels them).
_LIST_LOOKAHEAD = 4
# How many wrappers up a name in bold is looked for in a fact box.
_FACT_BOX_DEPTH = 3
# How many wrappers up a feedback question's box is looked for.
_FEEDBACK_BOX_DEPTH = 2
# A section label over the headline (its kicker) is shorter than this.
_KICKER_LENGTH = 40
# A field's label in a list of labelled fields above the story ("Date:", "Source:") is at
# most this long.
_MAX_FIELD_LABEL = 24
# A survey set as paragraphs opened by bold labels has this many answers at least, this many
# of them neither dated nor bylines.
_MIN_SURVEY_ANSWERS = 3
_MIN_UNDATED_ANSWERS = 2
# A list whose items link a part of their text keeps them as its lines when this many of its
# other items hold no link.
_MIN_PLAIN_ITEMS = 2
# What follows the story's tag list is a notice of the site's when each box of it is this
# short at most (characters), and all less than a third of the text before the list...
MAX_AFTER_TAG_LIST = 400
AFTER_TAG_LIST_SHARE = 3
# ...and the notice's paragraph is in this many wrappers at most after the list.
_TAG_LIST_WRAPPERS = 2
# ...and in this many sibling boxes at most from the list, its own box and the short boxes
# before it (Newsquest's "get-involved-box" then "ipso-box").
_BOXES_AFTER_TAG_LIST = 3
# An embedded card's host line is in this many wrappers at most ("<cite><a>host</a></cite>").
_CARD_HOST_WRAPPERS = 2


def _is_title(unit: Unit, titles: Collection[str]) -> bool:
    return is_title_text(unit.text, titles)


def _is_kicker_heading(unit: Unit, titles: Collection[str]) -> bool:
    """A heading that is one of ``titles`` after a kicker set apart from it by a mark or in
    an element of its own ("<h2><span>Deutsche Bahn</span><span>:</span><span><title></span>
    </h2>"): the headline shown again."""
    if unit.element.tag not in HEADING_TAGS:
        return False
    parts = [subtree_text(part) for part in unit.element.iterdescendants(lxml.etree.Element)]
    return is_kicker_title(unit.text, titles, parts)


def _is_section_h1(unit: Unit, titles: Collection[str]) -> bool:
    """An ``<h1>`` over the story's first section that shares no word with any of the page's
    titles: the heading of an e-mail's lead item ("Our mobile pantry is on the road" in
    "Spring Update from Upper Valley Food Share"), not the headline shown again."""
    return bool(titles) and not shares_subject(unit.text, titles)


def _entry_stamp_makes(units: list[Unit], first: int) -> set[tuple[str, str]]:
    """The makes of the short lines with a clock time that recur among the story's paragraphs,
    one at least after its first: a live story's entry stamps ("<p class="update"><strong>
    Update 08:47</strong></p>"), the first of which, opening the story, heads an entry like
    the others rather than dating the page."""
    stamps = [index for index, unit in enumerate(units) if _is_stamp_line(unit)]
    if len(stamps) < 2:
        return set()
    later = {make_of(units[index].element) for index in stamps if index > first}
    return repeated_makes(units[index].element for index in stamps) & later


def _is_stamp_line(unit: Unit) -> bool:
    """A short line holding a clock time in its text, no paragraph's container. (A stamp
    whose time the page marks as a ``<time>`` dates its entry as metadata, a feed's header
    row, "<div><span>FIN</span><time>23:24</time></div>", and is read so at the story's head.)"""
    return (
        not unit.encloses_units
        and unit.length < SHORT_LINE
        and _CLOCK_TIME.search(unit.text) is not None
        and not _holds(unit.element, "time")
    )


def _looks_like_metadata(unit: Unit, blocks: list[HtmlElement], scores: Scores) -> bool:
    """A short unit at the story's head that reads as a byline, date or label."""
    element = unit.element
    if unit.length >= SHORT_LINE * 2:
        return False  # (the cheap test first: too long, with a <time> or not)
    has_time = _holds(element, "time")
    # (a date line with its dates spelled out runs longer: "Le Monde | 04.05.2015 à 13h36 •
    # Mis à jour le 05.05.2015 à 20h13 | Par ...")
    if unit.length >= (SHORT_LINE * 2 if has_time else SHORT_LINE):
        return False
    if has_time:
        return True
    if _in_metadata_block(element, blocks, scores):
        return True
    text = unit.text
    if is_byline(text) or is_dated_line(text) or _in_byline_list(element):
        return True
    if _is_badge_row(element):
        return True
    if unit.is_heading or text.endswith(SENTENCE_ENDS) or text.endswith(CJK_DATELINE_ENDINGS):
        return False  # (a Chinese story's dateline opens it: "TNW中文站 10月14日报道")
    # not a sentence: a date line, or a caption under a picture (an item of a list is
    # neither, nor a line stating amounts in words: a press release's highlights, "Revenue
    # of $84.2 million, up 21%")
    return (
        element.tag != "li"
        and bool(_DIGIT.search(text))
        and not states_amounts(text)
        and not _is_survey_answer(element)
    ) or _follows_image(element, scores)


def _is_survey_answer(element: HtmlElement) -> bool:
    """A paragraph opened by a label in bold among sibling paragraphs opened the same way,
    two of them at least neither dated nor a byline ("<p><strong>Name:</strong> ...</p>
    <p><strong>Size:</strong> 540 square feet</p>"): a house tour's or an interview's
    survey, its answers the story's however many figures they give (a head's fields, "By:",
    "Published:", "Reading time:", are bylines and dates but for one at most)."""
    parent = element.getparent()
    if parent is None or _bold_label(element) is None:
        return False
    answers = [child for child in parent if child.tag == "p" and _bold_label(child)]
    undated = [
        answer
        for answer in answers
        if _is_undated_field(text := text_of(answer))
        and not _DIGIT.search(text)
        and not is_byline(text)
    ]
    return len(answers) >= _MIN_SURVEY_ANSWERS and len(undated) >= _MIN_UNDATED_ANSWERS


def _bold_label(paragraph: HtmlElement) -> str | None:
    """The label in bold that opens a paragraph, closed by its colon inside the bold or right
    after it ("<strong>Size:</strong> ...", "<b>Size</b>: ..."), when it is a field's short
    label; None for any other paragraph."""
    if len(paragraph) == 0 or (paragraph.text and paragraph.text.strip()):
        return None
    bold = paragraph[0]
    if bold.tag not in BOLD_TAGS:
        return None
    label = text_of(bold)
    if not label.endswith((":", "：")) and not (bold.tail or "").lstrip().startswith((":", "：")):
        return None
    return label if 0 < len(label) <= _MAX_FIELD_LABEL else None


# A row of badges at the story's head is this many short labels at least...
_MIN_BADGES = 3
# ...each this many words at most.
_MAX_BADGE_WORDS = 3


def _is_badge_row(element: HtmlElement) -> bool:
    """A row of short labels, each a <span> of its own and no link, nothing between them: the
    story's badges ("<div><span>Editors' notes</span><span>fact-checked</span><span>trusted
    source</span>..."), no line of text."""
    if element.tag == "p" or (element.text and element.text.strip()):
        return False
    badges = list(element)
    return len(badges) >= _MIN_BADGES and all(
        badge.tag == "span"
        and len(badge) == 0
        and not (badge.tail and badge.tail.strip())
        and 0 < len((badge.text or "").split()) <= _MAX_BADGE_WORDS
        for badge in badges
    )


# How far up from a line its list item is looked for ("<li><div><span>作者，陈颖</span>").
_BYLINE_ITEM_DEPTH = 3


def _in_byline_list(element: HtmlElement) -> bool:
    """The line is an item of a list whose first item is a byline: the BBC's byline list,
    each item a field ("<li>作者，陈颖</li><li>Role, BBC中文记者</li><li>报道自曼谷</li>")."""
    item = element
    for _ in range(_BYLINE_ITEM_DEPTH):
        if item.tag == "li":
            break
        parent = item.getparent()
        if parent is None:
            return False
        item = parent
    parent = item.getparent()
    if item.tag != "li" or parent is None:
        return False
    first = next(parent.iterchildren("li"), None)
    # (in any language, its first item a field read out with its label: "<li><span>نویسنده,
    # </span><span>name</span></li>")
    return first is not None and (
        comma_field_label(first) is not None or _is_byline_field(text_of(first))
    )


def _is_interview_credit(unit: Unit) -> bool:
    """A short line crediting the interviewer, perhaps with the site's name under it
    ("Propos recueillis par Hamadou Sawadogo<br>Lefaso.net", "Entrevista de Ana Ruiz")."""
    if unit.length >= SHORT_LINE:
        return False
    text = unit.text.casefold()
    if not text.startswith(INTERVIEW_CREDIT_OPENERS):
        return _is_interviewee_first_credit(unit.text)
    # (the longest: "Беседовала" opens with "Беседовал")
    opener = max((cue for cue in INTERVIEW_CREDIT_OPENERS if text.startswith(cue)), key=len)
    # (a verb opening the credit, "Беседовала: Анна Петрова", "Rozmawiał Jan Nowak", is no
    # byline's cue elsewhere: the names after it are read here)
    return is_byline(unit.text) or is_names_only(unit.text[len(opener) :].lstrip(":：- "))


def _is_interviewee_first_credit(text: str) -> bool:
    """A German interview's credit naming the interviewee, then the interviewers ("Mit Carla
    Weidner sprach Moritz Ebeling"; a pronoun for the interviewee: "Mit ihr sprachen ...")."""
    found = INTERVIEWEE_FIRST_CREDIT.match(text) if text.startswith("Mit ") else None
    if found is None:
        return False
    interviewee, interviewers = found.groups()
    return (is_names_only(interviewee) or interviewee in INTERVIEWEE_PRONOUNS) and all(
        is_names_only(name) for name in INTERVIEWER_JOINERS.split(interviewers)
    )


def _is_partner_credit(unit: Unit) -> bool:
    """A partner's credit closing its story on the site that runs it ("Der Beitrag „<title>“
    stammt von FITBOOK. Kontakt zum Verantwortlichen hier."), or a syndicated copy's credit
    naming the original's title after its publisher ("Artikel ini telah tayang di Kompas.com
    dengan judul "<title>""): the source, no line of it."""
    if unit.length >= _MAX_TITLED_CREDIT:
        return False
    folded = unit.text.casefold()
    if folded.startswith(TITLED_CREDIT_OPENERS):
        return unit.length < SHORT_LINE * 2 and any(verb in folded for verb in TITLED_CREDIT_VERBS)
    if not any(words in folded for words in TITLE_AFTER_NAME):
        return False
    found = _ORIGINAL_CREDIT.span(unit.text[:_CREDIT_OPENING])
    return found is not None and found[0] == 0


def _is_byline_field(text: str) -> bool:
    """A byline, or a byline list's first field read out with a comma after its label
    ("Author, Jane Doe", Urdu "مصنف, <name>")."""
    label, comma, name = text.partition(", ")
    return is_byline(text) or (bool(comma) and label.casefold() in BYLINE_OPENERS and bool(name))


def _is_source_line(text: str) -> bool:
    """A short line that names the story's source under a label ("Źródło: PAP", "Quelle:
    F.A.Z.", "SOURCE: News agencies") or alone ("(FENA)", "ELTA", after an editor's initials:
    "K. B./STA", between slashes: "/ritzau/"), or a wire service's closing line of a press
    release ("SOURCE Acme Robotics, Inc.", "View original content to download multimedia:
    ...")."""
    if PRESS_RELEASE_TRAILER.match(text):
        return len(text) < SHORT_LINE * 2
    return is_agency_credit(text) or _is_labelled_source(text)


def _is_labelled_source(text: str) -> bool:
    """A short line that names the story's source under a label ("来源：新华社", "Quelle:
    dpa")."""
    return len(text) < _SOURCE_LINE_LENGTH and _SOURCE_LINE.span(text) is not None


def _heads_a_list(units: list[Unit], index: int) -> bool:
    """Whether a list's items follow the line at ``index`` within a few lines: a name in bold
    over a team's line-up ("<b>Crystal Palace</b>", "Formation 3-4-2-1", "<li>1 Henderson"),
    a label of what follows, not a name signing the story."""
    return any(unit.element.tag == "li" for unit in units[index + 1 : index + _LIST_LOOKAHEAD])


def _names_fact_box_subject(
    units: list[Unit], index: int, blocks: list[HtmlElement], scores: Scores
) -> bool:
    """Whether the name in bold at ``index`` stands in a fact box, a few wrappers up within
    the story's blocks ("<div class="factbox">"), or right under a fact box's heading
    ("<h3>Fakta</h3><p><strong>Sofie Hald</strong></p>"): the box's subject, no signature."""
    if index > 0:
        before = units[index - 1]
        if before.element.tag in HEADING_TAGS and normalise(before.text) in FACT_BOX_HEADINGS:
            return True
    for ancestor in scores.ancestors(units[index].element)[:_FACT_BOX_DEPTH]:
        if any(ancestor is block for block in blocks):
            break
        if names_fact_box(ancestor.get("class"), ancestor.get("id")):
            return True
    return False


def _feedback_box(question: HtmlElement, blocks: list[HtmlElement]) -> HtmlElement | None:
    """The widest of the feedback question's few wrappers that holds nothing but it, its
    buttons and at most one short line with no link ("<div><p>War dieser Artikel
    hilfreich?</p><button>Ja</button><button>Nein</button><p>Ihr Feedback hilft uns.</p>"):
    the widget's note goes with it (a box that also lists the story's sources stays)."""
    box = None
    inner = question
    lines: list[str] = []
    for _ in range(_FEEDBACK_BOX_DEPTH):
        ancestor = inner.getparent()
        if ancestor is None or any(ancestor is block for block in blocks):
            break
        more = _lines_beside(ancestor, inner)
        if more is None:
            break
        lines.extend(more)
        if len(lines) > 1 or sum(map(len, lines)) >= SHORT_LINE:
            break
        box = inner = ancestor
    return box


def _lines_beside(box: HtmlElement, inner: HtmlElement) -> list[str] | None:
    """The texts in ``box`` beside ``inner`` and the buttons, or None if one holds a link."""
    lines = [box.text.strip()] if box.text and box.text.strip() else []
    for child in box:
        text = child.tail or ""
        if (
            child is not inner
            and isinstance(child.tag, str)
            and child.tag not in BUTTON_TAGS
            and child.get("role") != "button"
        ):
            if next(child.iter("a"), None) is not None:
                return None
            text = subtree_text(child) + text
        if text.strip():
            lines.append(" ".join(text.split()))
    return lines


def _in_metadata_block(
    element: HtmlElement, blocks: list[HtmlElement], scores: Scores, *, small: bool = False
) -> bool:
    """Whether the element, or an ancestor within the story's blocks, is named as a byline,
    date or label block (class, id or component name); with ``small``, only a block too
    short to wrap a paragraph counts (a rich-text wrapper's class may say "meta_field")."""
    for ancestor in (element, *scores.ancestors(element)):
        if small and scores.text_length.get(ancestor, 0) >= ANCHOR_LENGTH * 2:
            break
        if _names_head_metadata(ancestor):
            # (a box of the story's points is no byline, whatever a word of its class says:
            # "<div class="short-on-time"><p><strong>If your time is short</strong></p><ul>")
            return not _holds_points(ancestor)
        if any(ancestor is block for block in blocks):
            break
    return False


def _holds_points(element: HtmlElement) -> bool:
    """Whether the element holds a list item that reads as a sentence of the story (a
    paragraph's length, closed as a sentence): no byline or date block lists those."""
    for item in element.iter("li"):
        text = " ".join(item.text_content().split())
        if len(text) >= ANCHOR_LENGTH and text.endswith(SENTENCE_ENDS):
            return True
    return False


def _has_time(unit: Unit) -> bool:
    """A short line that is or holds a ``<time>`` element: a date line."""
    return unit.length < SHORT_LINE and (unit.element.tag == "time" or _holds(unit.element, "time"))


# A video embed's own elements, and the words of its names.
_VIDEO_TAGS = frozenset({"video", "iframe"})
_VIDEO_EMBED = re.compile("|".join(VIDEO_EMBED_WORDS))
# A frame's label over it: a line of at most this many words ("Result", "Live demo").
_FRAME_LABEL_WORDS = 3
# How far up from a label its wrapper beside the code block or frame is looked for
# (span > div.example-header).
_LABEL_WRAPPER_DEPTH = 3


def _is_opening_text_label(unit: Unit) -> bool:
    """A heading that only announces the story's full text ("<h3>विस्तार</h3>")."""
    return (
        unit.element.tag in HEADING_TAGS
        and len(unit.text) <= _MAX_SECTION_LABEL
        and normalise(unit.text) in OPENING_TEXT_LABELS
    )


def _is_label_over_no_text(unit: Unit) -> bool:
    """A short line right over what the body reads as no line of text: a code block's
    language name over its ``<pre>`` ("<div class="example-header"><span>js</span></div>
    <pre>", beside its copy button too), an embed's label over its frame ("<p>Result</p>
    <iframe>")."""
    if (
        unit.is_heading
        or unit.link_length
        # (its words counted up to one past the limit: a paragraph has many)
        or len(unit.text.split(None, _FRAME_LABEL_WORDS)) > _FRAME_LABEL_WORDS
    ):
        return False
    following = _next_beside(unit.element)
    if following is None:
        return False
    if following.tag == "iframe":
        return not unit.text.endswith(SENTENCE_ENDS)
    return (following.tag == "pre" or following.find("pre") is not None) and (
        _text_past_buttons(unit.element).strip().casefold() in CODE_LANGUAGE_NAMES
    )


def _text_past_buttons(element: HtmlElement) -> str:
    """The element's text without its buttons' (a code block's header row, "<span>python
    </span><button>Copy</button>", reads "python")."""
    pieces = [element.text or ""]
    # (a stack of nodes, each with whether only its tail is still to read: a pile of unclosed
    # tags nests too deep for recursion)
    pending = [(child, False) for child in reversed(element)]
    while pending:
        node, tail_only = pending.pop()
        if tail_only:
            pieces.append(node.tail or "")
            continue
        pending.append((node, True))
        if isinstance(node.tag, str) and node.tag not in BUTTON_TAGS:
            pieces.append(node.text or "")
            pending.extend((child, False) for child in reversed(node))
    return "".join(pieces)


def _is_closing_video_label(unit: Unit) -> bool:
    """A short line wholly in bold right over a video embed or playlist that holds no text
    ("<p><strong>VÍDEOS: Tudo sobre São Paulo</strong></p><div class="content-video"
    data-playlist="sp"></div>"): the embed's label, when it is the story's last line."""
    if unit.length >= SHORT_LINE or unit.link_length or unit.is_heading:
        return False
    following = _block_under_bold_line(unit)
    return (
        following is not None
        and not following.text_content().strip()
        and any(_names_video(element) for element in following.iter(lxml.etree.Element))
    )


def _is_video_label(unit: Unit) -> bool:
    """A short line wholly in bold that opens as a video's label (``VIDEO_LABEL_OPENERS``)
    right over a video embed, whatever the embed shows ("<strong>VÍDEOS: tudo sobre Campinas
    e Região</strong>" over a player with its clip's title): the embed's promo label."""
    if unit.length >= SHORT_LINE or unit.link_length:
        return False
    if not unit.text.casefold().startswith(VIDEO_LABEL_OPENERS):
        return False  # (the cheap tests first)
    following = _block_under_bold_line(unit)
    return following is not None and any(
        _names_video(element) for element in following.iter(lxml.etree.Element)
    )


def _is_playlist_label(unit: Unit) -> bool:
    """A short line wholly in bold, no sentence, right over a player's queue of other clips
    (a block classed ``video-playlist`` holding their links: "<p><strong>SUGGESTED VIDEOS:
    Local Stories</strong></p>" in its own wrapper, then the playlist's): its label."""
    if unit.length >= SHORT_LINE or unit.link_length or unit.text.endswith(SENTENCE_ENDS):
        return False
    following = _block_under_bold_line(unit)
    return (
        following is not None
        and following.find(".//a[@href]") is not None
        and any(
            holds_token(PLAYLIST_PARTS, element.get("class"))
            for element in following.iter(lxml.etree.Element)
        )
    )


def _names_video(element: HtmlElement) -> bool:
    """Whether the element is a video or frame, or its class or a data attribute's name
    names a video embed (``VIDEO_EMBED_WORDS``)."""
    if element.tag in _VIDEO_TAGS:
        return True
    names = " ".join(
        value if key == "class" else key
        for key, value in element.attrib.items()
        if key == "class" or key.startswith("data-")
    ).lower()
    return _VIDEO_EMBED.search(names) is not None


def _block_under_bold_line(unit: Unit) -> HtmlElement | None:
    """The block right after the unit's line (:func:`_next_beside`) when the line is wholly
    in bold, as a label over an embed is set; None otherwise."""
    if not is_wholly_in_child(unit.element, BOLD_TAGS):
        return None
    return _next_beside(unit.element)


def _next_beside(element: HtmlElement) -> HtmlElement | None:
    """The element right after ``element``, or after the wrapper it closes, no text between
    (up to a few wrappers up)."""
    node: HtmlElement | None = element
    for _ in range(_LABEL_WRAPPER_DEPTH):
        if node is None or (node.tail or "").strip():
            return None
        following = node.getnext()
        if following is not None:
            return following if isinstance(following.tag, str) else None
        node = node.getparent()
    return None


def _times_alone(blocks: list[HtmlElement]) -> list[HtmlElement]:
    """``<time>`` elements that are their parent's whole text, short and no heading: a live
    blog's entry time over each entry ("<div class="post-time"><time>11:40 p.m.</time>
    </div>"), a date line wherever it stands in the story; or a clock time heading its entry
    as a line of its own ("<div class="post"><time>11h47</time><h3>...")."""
    found: list[HtmlElement] = []
    for block in blocks:
        for element in block.iter("time"):
            parent = element.getparent()
            if parent is None or parent.tag in HEADING_TAGS:
                continue
            text = subtree_text(element).strip()
            if not text or len(text) >= SHORT_LINE:
                continue
            if subtree_text(parent).strip() == text or (
                is_clock_line(text) and _heads_parent(element)
            ):
                found.append(element)
                found.extend(_badges_beside(element, parent, text))
    return found


def _badges_beside(time: HtmlElement, parent: HtmlElement, text: str) -> list[HtmlElement]:
    """An entry's badge right before or after its time (or the link the time fills): "<span
    class="badge">Key event</span><a><time>15.31 BST</time></a>", which goes with it, bare
    or in a wrapper of its own ("<div><span>Key event</span></div><a><time>...")."""
    node = parent if subtree_text(parent).strip() == text else time
    return [
        beside
        for beside in (node.getprevious(), node.getnext())
        if beside is not None and (_is_entry_badge(beside) or _wraps_entry_badge(beside))
    ]


def _wraps_entry_badge(element: HtmlElement) -> bool:
    """A wrapper holding an entry's badge alone, no text of its own ("<div class="dcr-x">
    <span class="dcr-badge">Key event</span></div>")."""
    if not isinstance(element.tag, str) or len(element) != 1 or element.tag in HEADING_TAGS:
        return False
    badge = element[0]
    return (
        not (element.text or "").strip()
        and not (badge.tail or "").strip()
        and _is_entry_badge(badge)
    )


def _is_entry_badge(element: HtmlElement) -> bool:
    """A short label of no elements, of an entry badge's words or class ("Key event")."""
    if not isinstance(element.tag, str) or len(element) or element.tag in HEADING_TAGS:
        return False
    text = (element.text or "").strip()
    return bool(text) and (
        text.casefold() in ENTRY_BADGES
        or (
            len(text.split()) <= _MAX_BADGE_WORDS
            and holds_token(ENTRY_BADGE_CLASSES, element.get("class"))
        )
    )


def _entry_date_lines(units: list[Unit]) -> list[HtmlElement]:
    """Lines that are a date and a time and nothing else, written without ``<time>``, when
    two or more of one make stand in the story: a live page's entry times over each entry
    ("<div class="live-time"><span>13 May 2025</span> <span>12:20</span></div>"), or a clock
    time alone, perhaps with its zone and a date of no year, heading each entry ("<div
    class="post"><time>11h47</time><h3>..."). (A date alone repeated is a chronology's
    heading; a time tells an entry's stamp.)"""
    found: dict[tuple[str, str], list[HtmlElement]] = {}
    for unit in units:
        element = unit.element
        if (
            unit.length >= SHORT_LINE
            or unit.encloses_units
            or element.tag in HEADING_TAGS
            or not (
                _is_stamp_text(unit.text)
                or (is_clock_line(unit.text) and _heads_parent(element))
                or (_DIGIT.search(unit.text) is not None and _is_stamp(element))
            )
        ):
            continue
        parent = element.getparent()
        make = make_of(element) or (make_of(parent) if parent is not None else None)
        if make is not None:
            found.setdefault(make, []).append(element)
    return [element for lines in found.values() if len(lines) > 1 for element in lines]


def _is_stamp_text(text: str) -> bool:
    """A clock time and a date alone: an entry's stamp."""
    return _CLOCK_TIME.search(text) is not None and is_bare_date_line(text)


def _is_stamp(element: HtmlElement) -> bool:
    """Whether the element's parts, spaced apart and an entry's badge left off, are a date
    and a time, or a clock time heading its entry ("13:25<span>Última hora</span>")."""
    text = _spaced_stamp(element)
    return _is_stamp_text(text) or (is_clock_line(text) and _heads_parent(element))


def _spaced_stamp(element: HtmlElement) -> str:
    """The element's text with its parts spaced apart and an entry's badge left off: a stamp
    set as spans with no space between them ("<span>11:48</span><span>21 Oct 2025</span>
    <span>Key Event</span>") reads glued ("11:4821 Oct 2025Key Event") as a browser shows it."""
    badges = {
        (part.text or "").strip() for part in element.iterdescendants() if _is_entry_badge(part)
    }
    parts = [part.strip() for part in element.itertext() if part.strip()]
    return " ".join(
        part for part in parts if part.casefold() not in ENTRY_BADGES and part not in badges
    )


def _heads_parent(element: HtmlElement) -> bool:
    """Whether the element opens its parent as a line of its own, no text before or right
    after it, and more follows it: an entry's stamp over the entry's heading or text."""
    parent = element.getparent()
    return (
        parent is not None
        and element.getprevious() is None
        and not (parent.text or "").strip()
        and not (element.tail or "").strip()
        and element.getnext() is not None
    )


def _follows_image(element: HtmlElement, scores: Scores) -> bool:
    """True when the element comes right after a block holding only a picture."""
    previous = previous_element(element)
    if previous is None or scores.text_length.get(previous, 0):
        return False
    return previous.tag == "img" or _holds(previous, "img")


def _holds(element: HtmlElement, tag: str) -> bool:
    """True when an element named ``tag`` sits inside the element."""
    return next(element.iterdescendants(tag), None) is not None


def _is_closing_wire_rights(unit: Unit, index: int, last: int) -> bool:
    """A wire agency's rights line after the story's last paragraph ("© Reuters", "© LETA.
    Šo materiālu bez rakstiskas atļaujas aizliegts pavairot, ..."): the agency's words
    closing its copy, kept as its longer notices are (within the story, "© Reuters" is a
    picture's credit); or a feature syndicate's under the column it distributes ("(c) 2025
    Andrews McMeel Syndication")."""
    return index > last and (is_wire_rights_line(unit.text) or is_syndicate_rights_line(unit.text))


def _is_anchor(unit: Unit) -> bool:
    """A real paragraph: long, few links, not a heading, and made of words (not a URL)."""
    return (
        unit.length >= ANCHOR_LENGTH
        and unit.link_density < 0.3
        and unit.element.tag not in HEADING_TAGS
        and is_made_of_words(unit.text, unit.length)
        # a dateline that spells its dates out is long, but holds <time> elements
        and not (unit.length < SHORT_LINE * 2 and _holds(unit.element, "time"))
        and not is_appeal(unit)
        and not links_to_platforms(unit)
        and not is_page_notice(unit)
        and not is_label(unit.text)  # (a syndicator's long "Citation: ..." line)
        and PRESS_RELEASE_TRAILER.match(unit.text) is None  # (a wire's long credit line)
        and not is_handling_note(unit.text)  # (a wire's "(ATTN: UPDATES with ...)")
        and not is_first_published_line(unit.text)  # (a long date: "30 de septiembre de ...")
        and not _is_partner_credit(unit)  # (its title makes it long: "Der Beitrag „...“ ...")
        # (a pointer to more coverage whose place names make it long: "For the latest court
        # reports from across County Durham and Teesside, <a>click here</a>.")
        and not _is_more_coverage_pointer(unit)
        # (a labelled field's long value above the story: a syndicator's "Summary:")
        and not _in_labelled_list(unit.element)
        # (a caption opened by its label, however long, "(Cover photo: ...)": the line before
        # it may close the story, an agency's credit alone among them)
        and not is_photo_credit(unit)
    )


class _AnchorFinder:
    """The story's real paragraphs (``_is_anchor``) among its units, each unit tested once
    and only when a search reaches it."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.known: dict[int, bool] = {}

    def _is_anchor(self, index: int) -> bool:
        found = self.known.get(index)
        if found is None:
            found = self.known[index] = _is_anchor(self.units[index])
        return found

    def after(self, start: int, stop: int) -> int | None:
        """The index of the first anchor after ``start`` and before ``stop``, or None."""
        return next((i for i in range(start + 1, stop) if self._is_anchor(i)), None)

    def before(self, start: int, stop: int) -> int | None:
        """The index of the last anchor before ``start`` and after ``stop``, or None."""
        return next((i for i in range(start - 1, stop, -1) if self._is_anchor(i)), None)


def _is_more_coverage_pointer(unit: Unit) -> bool:
    """A short line after the story pointing to more of the site's coverage through one link
    that names nothing ("For the latest court reports from across the county, <a>click
    here</a>.", ``MORE_COVERAGE_OPENERS``, ``BARE_LINK_WORDS``): a promo, not a sentence."""
    if not unit.link_length or unit.length >= SHORT_LINE:
        return False
    if not unit.text.casefold().startswith(MORE_COVERAGE_OPENERS):
        return False
    links = list(unit.element.iter("a"))
    return len(links) == 1 and normalise(subtree_text(links[0])) in BARE_LINK_WORDS


def _is_linked_sentence(unit: Unit) -> bool:
    """A sentence of the story that links a few of its words ("Residents can <a>add the
    meeting to their calendar</a>; it will be held at the village hall on Thursday."): its
    own words say more than a "Read more: <a>...</a>" line's label does."""
    text = unit.text
    return (
        text.endswith(SENTENCE_ENDS)
        and text.split(None, 1)[0].casefold() not in CALL_TO_ACTION_VERBS
        and (
            unit.length - unit.link_length >= _LINKED_SENTENCE_WORDS_LENGTH
            or _links_few_of_its_words(unit)
        )
    )


def _links_few_of_its_words(unit: Unit) -> bool:
    """A short sentence whose links name a few of its words, a third of them at most, none a
    bare "here" nor an address ("Find out more about <a>allergies</a>."): the story's own
    line however short, not a label over a link ("Source: <a>...</a>."). (A sentence
    closed by an address is ``_shows_its_address``'s to judge.)"""
    words = unit.text.split()
    if len(words) < _MIN_LINKED_SENTENCE_WORDS or ":" in unit.text:
        return False
    linked = [subtree_text(link).strip() for link in unit.element.iter("a")]
    if any(normalise(text) in BARE_LINK_WORDS or reads_as_address(text) for text in linked):
        return False
    return sum(len(text.split()) for text in linked) * _WORDS_PER_LINKED_WORD <= len(words)


def _shows_its_address(unit: Unit) -> bool:
    """A label and a colon, then the line's one link, whose text is the address it leads to,
    on another host ("Weitere Informationen und Pläne: <a href="https://www.transit.example/
    line27">www.transit.example/line27</a>"), the label no read-also cue: where to learn
    more, not a promo of a story; or a short sentence closed so (``_is_address_sentence``:
    "Online condolences may be shared at <a>www.funeralhome.example</a>.")."""
    links = unit.element.findall(".//a")
    if len(links) != 1:
        return False
    shown = " ".join(subtree_text(links[0]).split()).rstrip("/")
    text = unit.text.rstrip(" .")
    if not shown or " " in shown or not text.endswith(shown):
        return False  # (the cheap tests first)
    href = links[0].get("href")
    host = host_of(href)
    if host is None or host_of(shown if "//" in shown else f"https://{shown}") != host:
        return False
    if path_holds_segment(href, MORE_COVERAGE_PATH_SEGMENTS):
        return False  # (a hub of more stories: "More NBA basketball: <a>.../tag/NBA</a>")
    canonical = unit.element.getroottree().find("head/link[@rel='canonical']")
    if canonical is not None and host_of(canonical.get("href")) == host:
        return False  # (an address on the site's own host may be a story's)
    label = text[: -len(shown)].rstrip()
    if not label.endswith(":") and not _is_address_sentence(unit.text, label):
        return False  # (a credit, "Via <a>SyndiGate.info</a>")
    return heading_kind(label.rstrip(" :")) not in (Kind.READ_ALSO, Kind.RELATED)


def _is_address_sentence(text: str, label: str) -> bool:
    """Whether a line closed by an address is a sentence of the story telling where to go
    ("Online condolences may be shared at <a>www.funeralhome.example</a>."): a full stop after
    the address, a clause of a few words before it, no call to action ("Visit <a>...</a>.")."""
    words = label.split()
    return (
        text.endswith(SENTENCE_ENDS)
        and len(words) >= _MIN_ADDRESS_SENTENCE_WORDS
        and words[0].casefold() not in CALL_TO_ACTION_VERBS
    )


def _is_repeated_dateline(unit: Unit, lead: Unit) -> bool:
    """A place in capitals on a line of its own above the story's first paragraph, which
    opens with it ("ANKARA" over "ANKARA (AA) - Türkiye will host ...")."""
    text = unit.text
    return (
        unit.length <= _MAX_DATELINE_PLACE
        and text.isupper()
        and lead.text.startswith(text)
        and not lead.text[len(text) : len(text) + 1].isalpha()
    )


def _is_place_line(unit: Unit, lead: Unit, after_lead: Unit | None) -> bool:
    """A dateline's place alone in capitals as a line of its own over the story's first
    paragraph, ``lead`` ("<p>ISTANBUL</p>", "<p><strong>NEW DELHI</strong></p>"), the
    agency's style for an interview or a feature, or closed by a colon ("<p>WESTERN
    BUREAU:</p>", ``_is_place_before_colon``), unless ``lead`` or the line after it,
    ``after_lead``, opens with a speaker's name so (a transcript's "<p>LEILA FADEL:</p>"
    over what she says); a dateline opening the paragraph stays.
    Set as a heading, it is one only as the first thing in the paragraph's own container
    (see ``_is_heading_over_lead``)."""
    text = unit.text
    return (
        unit.length <= _MAX_DATELINE_PLACE
        and (
            (text.isupper() and _PLACE_IN_CAPITALS.fullmatch(text) is not None)
            or (
                _is_place_before_colon(text)
                and not any(
                    line is not None and _opens_with_speaker(line.text)
                    for line in (lead, after_lead)
                )
            )
        )
        and (not unit.is_heading or _is_heading_over_lead(unit.element, lead.element))
    )


def _is_place_before_colon(text: str) -> bool:
    """A dateline's place in capitals closed by a colon, perhaps its region after a comma
    ("WESTERN BUREAU:", "LUCEA, Hanover:"), as Caribbean papers set it over the story; not a
    label of a note or a promo in capitals ("UPDATE:", "EDITOR'S NOTE:", "WATCH:")."""
    if not text.endswith(":"):
        return False  # (the cheap test first)
    match = _PLACE_BEFORE_COLON.fullmatch(text)
    if match is None or not match["place"].isupper():
        return False
    region = match["region"]
    if region is not None and not all(
        word[0].isupper() and not word.isupper() for word in region.split()
    ):
        return False  # (a transcript's speaker and role: "LEILA FADEL, HOST:")
    return match["place"].casefold() not in COLON_LABELS_NO_PLACE


def _opens_with_speaker(text: str) -> bool:
    """Whether a line opens with a name in capitals and a colon, as a transcript's lines do
    ("OSTROWSKI: The state has started ...")."""
    head, colon, _rest = text[: _MAX_DATELINE_PLACE + 1].partition(":")
    return bool(colon) and head.isupper()


def _is_heading_over_lead(heading: HtmlElement, lead: HtmlElement) -> bool:
    """Whether ``heading`` opens the container of the story's first paragraph, ``lead``,
    right over it, with no text before or between them ("<div><h6>ANKARA</h6><p>Türkiye's
    wheat harvest ..."): an agency's dateline set as a heading. A heading in capitals
    anywhere else is a section's, as the story's subheadings are."""
    parent = heading.getparent()
    return (
        parent is not None
        and lead.tag not in HEADING_TAGS
        and heading.getnext() is lead
        and heading.getprevious() is None
        and not (parent.text or "").strip()
        and not (heading.tail or "").strip()
    )


def _follows_kept_prose(units: list[Unit], index: int, dropped: list[HtmlElement]) -> bool:
    """Whether the unit before ``index`` is a paragraph of prose the story keeps, set beside
    it in the same container ("<p>Good Tuesday morning. This is ...</p><p><b>DRIVING THE
    DAY</b></p>"): a line in capitals after it is a section's label, no dateline, which opens
    the story."""
    if index == 0:
        return False
    previous = units[index - 1]
    return (
        not previous.is_heading
        and previous.text.endswith(SENTENCE_ENDS)
        and previous.element not in dropped
        and _container_of(previous.element) is _container_of(units[index].element)
    )


def _container_of(element: HtmlElement) -> HtmlElement | None:
    """The parent of the outermost wrapper holding ``element`` alone."""
    parent = element.getparent()
    while parent is not None and len(parent) == 1 and not (parent.text or "").strip():
        element, parent = parent, parent.getparent()
    return parent


def _is_dateline_block(unit: Unit) -> bool:
    """A dateline set as a block of its own over the story's first paragraph: a short line,
    no sentence, closed by a dash, that holds a ``<cite>`` or parts classed as a place or a
    source ("<cite><span class="source__location">Washington</span><span>CNN</span></cite>
    —")."""
    if unit.length > _MAX_DATELINE_PLACE or not unit.text.endswith(DATELINE_DASHES):
        return False
    return any(
        part.tag == "cite" or holds_token(DATELINE_PART_TOKENS, part.get("class"))
        for part in unit.element.iter()
    )


def _is_card_host_line(link: HtmlElement) -> bool:
    """The host line of a card embedded as a frame: a link whose text is the host it leads
    to, right after the ``<iframe>``, alone in its wrapper or not ("<iframe class="embed-card"
    ...></iframe><cite><a href="https://example.com/entry/1">example.com</a></cite>"). The
    frame shows the card; the line is no text of the story."""
    text = (link.text or "").strip()
    if not text or len(link) or " " in text or "." not in text:
        return False  # (the cheap tests first: a host's name is one word with dots)
    if host_of(text if "//" in text else f"http://{text}") != host_of(link.get("href")):
        return False
    element = link
    for _ in range(_CARD_HOST_WRAPPERS + 1):
        previous = element.getprevious()
        if previous is not None:
            return previous.tag == "iframe" and not (previous.tail or "").strip()
        parent = element.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        element = parent
    return False


def _story_units(blocks: list[HtmlElement], scores: Scores, skip: set[HtmlElement]) -> list[Unit]:
    """The units left in the story blocks, in page order, with the block holding each."""
    unit_of = scores.unit_of
    units: list[Unit] = []
    for block in blocks:
        walker = lxml.etree.iterwalk(block, events=("start",))
        for _event, element in walker:
            if element in skip:
                walker.skip_subtree()
                continue
            unit = unit_of.get(element)
            if unit is not None:
                units.append(unit)
    return units


# A heading reading like a media player's label is at most this long (its words and marks).
_MAX_SECTION_LABEL = 2 * max(map(len, SECTION_WORD_LABELS))


def is_section_heading(unit: Unit) -> bool:
    """A subheading over text of its own that reads like a media player's label ("Photo",
    "Image", "Video": a camera or TV review's sections)."""
    if (
        unit.element.tag not in HEADING_TAGS
        or len(unit.text) > _MAX_SECTION_LABEL  # (not every long heading normalised)
        or normalise(unit.text) not in SECTION_WORD_LABELS
    ):
        return False
    following = next_element(unit.element)
    return (
        following is not None
        and following.tag not in HEADING_TAGS
        and len(following.text_content().strip()) >= ANCHOR_LENGTH
    )


def _in_labelled_list(element: HtmlElement) -> bool:
    """The line is a term or value of a list of labelled fields ("<dl><dt>Date:</dt><dd>June
    11, 2025</dd><dt>Source:</dt>..."): above the story, its metadata."""
    dl = next(element.iterancestors("dl"), None) if element.tag != "dl" else element
    if dl is None:
        return False
    terms = [text_of(term) for term in dl.iter("dt")]
    return bool(terms) and all(
        term.endswith((":", "：")) and len(term) <= _MAX_FIELD_LABEL for term in terms
    )


def _is_item_among_plain_items(element: HtmlElement) -> bool:
    """An item of a list that links a part of its text only, its sibling items unlinked
    ("<li>Sofa — Facebook Marketplace</li><li>Rug — <a>Rugs USA</a></li>"): a line of the
    story's list, where the shop is named, no short link line after the story."""
    if element.tag != "li" or not (element.text and element.text.strip()):
        return False
    parent = element.getparent()
    if parent is None:
        return False
    plain = sum(
        1
        for item in parent
        if item is not element and item.tag == "li" and next(item.iter("a"), None) is None
    )
    return plain >= _MIN_PLAIN_ITEMS


def _is_list_field(unit: Unit) -> bool:
    """An item of a list of several ("<li>Autora: Helena Caldas</li><li>Editora: ...</li>"):
    a book's or a show's card in the story, no byline however it reads."""
    element = unit.element
    if element.tag != "li":
        return False
    parent = element.getparent()
    return parent is not None and sum(1 for child in parent if child.tag == "li") > 1


def _is_fact_list_date(unit: Unit) -> bool:
    """A dated item of a list of "label: value" lines that are no dates ("<li>Laufzeit: 104
    Minuten</li><li>Kinostart: 19. Juni 2025</li>"): a fact box's line, no date line of the
    story's (a list of a published and an updated date is one)."""
    element = unit.element
    parent = element.getparent() if element.tag == "li" else None
    return parent is not None and any(
        child is not element and child.tag == "li" and _is_undated_field(text_of(child))
        for child in parent
    )


def _is_undated_field(text: str) -> bool:
    """A "label: value" line that gives no date ("Regie: Lena Aufderheide")."""
    return (
        _LABELLED_FIELD.match(text) is not None
        and not is_dated_line(text)
        and not is_bare_date_line(text)
    )


def _after_end_mark(units: list[Unit], first: int) -> list[HtmlElement]:
    """The lines after a press release's end mark ("###", "-30-") past its first paragraph,
    when they are less than the text before it: the issuer's notes and contacts."""
    for index in range(len(units) - 1, first, -1):
        if is_end_mark(units[index].text):
            after = units[index + 1 :]
            before = sum(unit.length for unit in units[:index] if not unit.encloses_units)
            if sum(unit.length for unit in after if not unit.encloses_units) < before:
                return [unit.element for unit in after if not unit.encloses_units]
            return []
    return []


def _after_tag_list(units: list[Unit], first: int, last: int) -> int:
    """The index of the first unit after the story's tag list when the story's last real
    paragraph follows that list, right after it or past a few short boxes (a notice of the
    site's: "<div class="tags">...</div><div class="paid-info"><p>The agency's full services
    are ...", Newsquest's "...</div><div class="get-involved-box">...</div><div
    class="ipso-box"><p>This website ... adhere to ...") and what follows the list is short
    beside the text before it, each box short; else ``len(units)``."""
    if last <= first:
        return len(units)
    boxes = _boxes_after_tag_list(units[last].element)
    if not boxes:
        return len(units)
    start = last
    while start - 1 > first and any(is_within(units[start - 1].element, box) for box in boxes):
        start -= 1
    after = sum(unit.length for unit in units[start:] if not unit.encloses_units)
    before = sum(unit.length for unit in units[:start] if not unit.encloses_units)
    # (the boxes passed over between the list and the last one are each measured alone; the
    # last is measured with all that follows it)
    passed = [_length_within(units[start:last], box) for box in boxes[1:]]
    lengths = [*passed, after - sum(passed)]
    if max(lengths) <= MAX_AFTER_TAG_LIST and after * AFTER_TAG_LIST_SHARE < before:
        return start
    return len(units)


def _length_within(units: list[Unit], box: HtmlElement) -> int:
    """The length of the text of ``units`` in ``box`` (or that box itself)."""
    return sum(
        unit.length for unit in units if not unit.encloses_units and is_within(unit.element, box)
    )


def is_tag_list(element: HtmlElement) -> bool:
    """Whether the element is classed as a tag list ("tags", "field--name-field-tags")."""
    return kind_of_class_and_id(element.get("class"), element.get("id")) is Kind.TAGS


def _boxes_after_tag_list(element: HtmlElement) -> list[HtmlElement]:
    """The boxes from a tag list, an element classed as one ("tags",
    "field--name-field-tags"), to the element or a wrapper it opens (a few levels up): that
    one and the few sibling boxes right before it, the first right after the list, no text
    between; empty when no tag list comes so."""
    node: HtmlElement | None = element
    for _ in range(_TAG_LIST_WRAPPERS + 1):
        if node is None:
            return []
        if node.getprevious() is not None:
            return _sibling_boxes_after_tag_list(node)
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return []
        node = parent
    return []


def _sibling_boxes_after_tag_list(node: HtmlElement) -> list[HtmlElement]:
    """``node`` and the sibling boxes before it back to a tag list, at most
    ``_BOXES_AFTER_TAG_LIST`` in all, no text between; empty when no tag list comes so."""
    boxes = [node]
    previous = node.getprevious()
    while previous is not None and len(boxes) <= _BOXES_AFTER_TAG_LIST:
        if not isinstance(previous.tag, str) or (previous.tail or "").strip():
            return []
        if is_tag_list(previous):
            return boxes
        boxes.append(previous)
        previous = previous.getprevious()
    return []


def edge_leftovers(
    blocks: list[HtmlElement],
    scores: Scores,
    titles: Collection[str],
    skip: set[HtmlElement],
    unlabelled: set[str] | None = None,
    undated: set[str] | None = None,
    declared: Collection[str] = (),
) -> list[HtmlElement]:
    """Elements to skip at the story's edges and in between: before its first real paragraph,
    the headline, byline and date; after its last, short link and heading lines; anywhere,
    lines that are just a boilerplate label ("Advertisement"), and after its first, a heading
    that is a headline the page declares (``declared``: og:title, ``<title>``) whole. The
    texts of the lines found no label are added to ``unlabelled`` (``trim_paragraphs`` need
    not test them again), and those of a live story's entry stamps and of a survey's answers
    that give figures to ``undated`` (no date lines either)."""
    standfirsts = standfirsts_under_headline(blocks)
    units = _story_units(blocks, scores, skip.union(standfirsts) if standfirsts else skip)
    # (a picture's caption written as a sentence is no real paragraph: the story's head, its
    # headline and byline, may come after it)
    captions = {unit.element for unit in units if is_loose_caption(unit, scores)}
    if captions:
        units = [unit for unit in units if unit.element not in captions]
    # (only the anchors at the story's two ends matter: those between are not looked for)
    anchor = _AnchorFinder(units)
    first = anchor.after(-1, len(units))
    if first is None:
        return []
    last = anchor.before(len(units), first - 1)
    assert last is not None  # (``first`` is one)
    dropped: list[HtmlElement] = [*standfirsts, *captions]
    # a pitch closed by its button ("... join 4,200 members." + "Become a member") reads as a
    # paragraph: its box goes, and the story ends before it
    while last > first:
        box = pitch_box(units[last].element)
        previous = anchor.before(last, first - 1)
        assert previous is not None  # (``first`` is one)
        if box is None or is_descendant(units[previous].element, box):
            break  # (a box holding the paragraph before the pitch is the story's container)
        dropped.append(box)
        last = previous
    # a notice after the story's tag list reads as a paragraph: it goes, and the story ends
    # before the list
    notice = _after_tag_list(units, first, last)
    if notice < len(units):
        dropped.extend(unit.element for unit in units[notice:] if not unit.encloses_units)
        previous = anchor.before(notice, first - 1)
        assert previous is not None  # (``first`` is one)
        last = previous
    # (the makes of subheadings that head several of the story's entries, a live blog's
    # "<h2 class="live-update__headline">": each is an entry's, however it reads)
    entry_makes = repeated_makes(unit.element for unit in units if unit.element.tag in HEADING_TAGS)
    stamp_makes = _entry_stamp_makes(units, first)
    if stamp_makes:
        entry_makes |= stamp_makes
        if undated is not None:
            undated.update(unit.text for unit in units if make_of(unit.element) in stamp_makes)
    second = anchor.after(first, last + 1) if last > first else first
    assert second is not None  # (``last`` is one)
    closing = _last_before_footnotes(units, anchor, first, last, blocks, scores)
    before_sources = _last_before_sources(units, anchor, first, closing)
    links = [link for block in blocks for link in block.iter("a")]
    markers = note_markers(links)
    trailing_headings: list[int] = []  # indices of the headings after the last anchor
    # (the story's sources after its container, ``sources_after_story``: their entries, a
    # dated line or a short linked one each, are no tail of the story's)
    sources = blocks[-1] if len(blocks) > 1 and is_sources_block(blocks[-1], scores) else None
    if sources is not None:
        repeat = repeated_sources_heading(sources, scores)
        if repeat is not None:
            dropped.append(repeat)
    for index, unit in enumerate(units):
        if unit.encloses_units:
            if index < first:
                if (
                    len(unit.text) < SHORT_LINE
                    and _looks_like_metadata(unit, blocks, scores)
                    and not _holds_entry_heading(unit.element, entry_makes)
                ):
                    # a short line of metadata whose parts are lines of their own ("Published
                    # in <a><p>Civic Notes</p></a> 4 min read · Apr 9, 2025"): no paragraph
                    dropped.append(unit.element)
                else:
                    dropped.extend(_metadata_children(unit.element, scores))
            continue  # dropping it would drop the paragraphs inside it
        label = is_label(unit.text)
        if not label and unlabelled is not None:
            unlabelled.add(unit.text)
        elif label and is_number_alone(unit.text) and is_data_cell(unit.element, scores):
            label = False  # (a data table's cell: the row's figure, "<td><p>3</p></td>")
        if (
            (label and not is_section_heading(unit))
            or (is_wholly_in_child(unit.element, EMPHASIS_TAGS) and is_appeal(unit))
            or is_boxed_support_call(unit, blocks)
            or is_platforms_follow_appeal(unit)
            or is_share_button_line(unit)
            or (
                first < index < last
                and is_interstitial_story_link(unit, units[index - 1], units[index + 1])
            )
            or is_video_card_line(unit.element, blocks, scores)
            or is_player_caption(unit, blocks)
            or is_channel_invite(unit)
            or is_support_link_line(unit)
            or is_service_button_line(unit)
            or (index >= last and is_paid_tier_pitch(unit))
            or (index >= last and is_sponsored_italic_line(unit))
            or is_newsletter_plug(unit)
            or (
                (is_rights_notice(unit) or (index >= last and is_reprint_terms(unit)))
                and not _is_closing_wire_rights(unit, index, last)
            )
            or is_transcript_notice(unit)
            or is_sourcing_blurb(unit)
            or is_ad_line(unit)
            or is_vendor_credit(unit)
            or is_photo_credit(unit)
            or _is_interview_credit(unit)
            or _is_label_over_no_text(unit)
            or (
                sources is not None
                and is_citation_download(unit)
                and is_descendant(unit.element, sources)
            )
            # (before the story's second paragraph: a byline block may read as its first)
            or (index < second and _is_opening_text_label(unit))
        ):
            # (an appeal set in bold or italics between paragraphs: "<strong>Click <a>here</a>
            # to download our app</strong>"; a line whose link signs the reader up; a rights
            # notice between a short story and a box that reads as more of it; a site's
            # blurb on its sourcing over the story's list of sources; an ad; a link to the
            # sources' file for a citation manager)
            dropped.append(unit.element)
            if label and is_feedback_question(unit.text):
                box = _feedback_box(unit.element, blocks)
                if box is not None:
                    dropped.append(box)
        elif index < first:
            if make_of(unit.element) in entry_makes:
                continue  # (a live blog's first entry: its heading is like the others')
            if (
                (unit.element.tag == "h1" and not _is_section_h1(unit, titles))
                or _is_title(unit, titles)
                or _is_kicker_heading(unit, titles)
                or _looks_like_metadata(unit, blocks, scores)
                or is_appeal(unit)
                or is_page_notice(unit)
                or _is_repeated_dateline(unit, units[first])
                or (
                    index == first - 1
                    and _is_place_line(
                        unit, units[first], units[first + 1] if first + 1 < len(units) else None
                    )
                    and not _follows_kept_prose(units, index, dropped)
                )
                or is_handling_note(unit.text)
                or _is_dateline_block(unit)
                or is_wire_dateline_line(unit.text)
                or _in_labelled_list(unit.element)
                or _is_labelled_source(unit.text)
                or is_contents_label(unit)
                # (a video player's box opening the story: its title, its caption)
                or in_video_box(unit.element, blocks, scores)
            ):
                dropped.append(unit.element)
            elif (
                undated is not None and _DIGIT.search(unit.text) and _is_survey_answer(unit.element)
            ):
                undated.add(unit.text)  # ("Size: 540 square feet": a survey's answer)
        elif index < second and index <= first + AFTER_STANDFIRST:
            if make_of(unit.element) in entry_makes:
                continue
            # a standfirst can open the story's block before the headline, byline or date
            # ("Opinion | <standfirst> | By | <date> | <story>"): those lines still go, on
            # strong signs only (the first paragraph of a story may be followed by anything;
            # the headline's words there are its repeat only as a heading: a product box's
            # blurb may read "The best electric kettle" under "The Best Electric Kettle")
            if (
                (unit.element.tag in HEADING_TAGS and _is_title(unit, titles))
                or is_byline(unit.text)
                or is_signoff(unit.text)
                or is_dated_line(unit.text)
                or _has_time(unit)
                or (
                    unit.length < SHORT_LINE
                    and _in_metadata_block(unit.element, blocks, scores, small=True)
                )
            ):
                dropped.append(unit.element)
        elif (
            index > first
            and unit.element.tag in HEADING_TAGS
            and is_whole_title(unit.text, declared)
        ):
            # (the headline again as a heading inside the story: an embedded card's title,
            # a recipe card's name repeating the post's; not any of ``titles``, which hold the
            # page's visible headings, a section's <h1> among them)
            dropped.append(unit.element)
        elif index > last and unit.element.tag in HEADING_TAGS:
            if not is_followed_by_text(unit.element):
                trailing_headings.append(index)
        elif (
            index > closing
            and (index > last or not in_footnotes(unit.element, blocks, scores))
            and (sources is None or not is_descendant(unit.element, sources))
        ) and (
            (
                unit.length < SHORT_LINE
                and unit.link_length > 0
                and not is_address(without_back_mark(unit))
                and not _shows_its_address(unit)
                and _ORIGINAL_CREDIT.span(unit.text) is None
                and not _is_linked_sentence(unit)
                and not links_back_only(unit, markers)
                and not opens_with_note_link(unit)
                and not is_cited_source(unit, scores)
                and not is_pointer_sentence(unit)
                and not is_attribution(unit, scores)
                # (a linked row of a table with a header row: the table's data)
                and not is_headed_table_part(unit.element)
                and not _is_item_among_plain_items(unit.element)
            )
            or (
                (is_dated_line(unit.text) or is_bare_date_line(unit.text))
                and not _is_fact_list_date(unit)
            )
            or is_signoff(unit.text)
            or (
                is_signed_name(unit)
                and not _heads_a_list(units, index)
                # (a wire's rights line in a line classed as its signature: "(©NTB)")
                and not _is_closing_wire_rights(unit, index, last)
                and not _names_fact_box_subject(units, index, blocks, scores)
            )
            or is_dated_signature(unit.text)
            or is_bracketed_name(unit.text)
            or bool(agency_signature(unit.text))
            or (unit.length < SHORT_LINE and is_byline(unit.text) and not _is_list_field(unit))
            or _is_closing_credit(unit)
            or _is_partner_credit(unit)
            or is_appeal(unit)
            or is_save_appeal(unit)
            or links_to_platforms(unit)
            or _is_source_line(unit.text)
            or (is_page_notice(unit) and not _is_closing_wire_rights(unit, index, last))
            or is_promo_line(unit)
            or _is_more_coverage_pointer(unit)
            or (index == len(units) - 1 and _is_closing_video_label(unit))
            or _is_video_label(unit)
            or _is_playlist_label(unit)
        ):
            dropped.append(unit.element)
        elif before_sources < index < closing and _is_closing_credit(unit):
            # (between the story and its list of sources, which reads as its last lines:
            # "Redigatur: ..." over "Die wichtigsten Quellen für diesen Faktencheck:")
            dropped.append(unit.element)
    dropped.extend(_poll_questions(units, last))
    prompt = closing_comment_prompt(units[-1])
    if prompt is not None:
        dropped.append(prompt)  # (a blog's closing prompt in italics: "Leave it in the comments")
    dropped.extend(_after_end_mark(units, first))
    dropped.extend(letter_signatures(units, first))
    # short links that no line of text holds go like short linked lines do: before the
    # first real paragraph, the names of a byline written as bare links in <div>s ("<div
    # class="gnt_ar_by_n"><a href="/staff/...">Maria Delgado</a></div>"); after the last, a
    # row of topic tags written as bare links, "Reuse this content"
    dropped.extend(_stray_short_links(units[first].element, blocks, scores, after=False))
    dropped.extend(_stray_short_links(units[last].element, blocks, scores, after=True))
    dropped.extend(appeal_links(blocks, scores))
    dropped.extend(teaser_cards(blocks, scores))
    dropped.extend(labelled_link_lines(links))
    dropped.extend(writer_credit_lines(links, blocks, scores))
    dropped.extend(bylines_under_headings(units, scores))
    dropped.extend(contributor_blocks(blocks))
    dropped.extend(call_out_boxes(units, blocks))
    dropped.extend(_times_alone(blocks))
    dropped.extend(_entry_date_lines(units))
    dropped.extend(newsletter_pitch_boxes(units, blocks, scores))
    dropped.extend(
        event_listings((unit.element for unit in units if unit.element.tag == "li"), blocks)
    )
    walls = paywall_boxes(units, blocks, scores)
    if walls:
        dropped.extend(walls)
        dropped.extend(after_members_wall(units, walls, blocks))
    answered = answered_markers(links, markers)
    dropped.extend(
        link
        for link in links
        if is_back_link(link, markers)
        or is_footnote_marker(link, answered)
        or _is_card_host_line(link)
    )
    # a heading after the last real paragraph goes unless a line it heads stays (the last
    # item of a list of short sections: "8. Fort Collins" and its one-line paragraph)
    gone = set(dropped)
    last_kept = max(
        (
            index
            for index in range(last + 1, len(units))
            if units[index].element not in gone
            and units[index].element.tag not in HEADING_TAGS
            and not units[index].encloses_units
        ),
        default=last,
    )
    dropped.extend(units[index].element for index in trailing_headings if index > last_kept)
    kept_sources = source_items_kept_together(dropped)
    if kept_sources:
        dropped = [element for element in dropped if element not in kept_sources]
    return dropped


def _poll_questions(units: list[Unit], last: int) -> list[HtmlElement]:
    """A short question closing the story right over a line of a poll's answers ("<p>How
    did you like today's newsletter?</p><p><a href="...?poll=1">Loved it</a> | ..."): the
    poll's, no story's; the answers go as short linked lines."""
    questions: list[HtmlElement] = []
    for unit in units[last:]:
        if unit.text.endswith("?") and unit.length < SHORT_LINE and not unit.link_length:
            answers = next_element(unit.element)
            if answers is not None and _is_poll_answers(answers):
                questions.append(unit.element)
    return questions


def _is_poll_answers(element: HtmlElement) -> bool:
    """A line of two or more links to one address, each with a query of its own (a poll's
    answers: "?poll=1", "?poll=2")."""
    links = element.findall(".//a")
    if len(links) < _MIN_POLL_ANSWERS or len(links) > _MAX_POLL_ANSWERS:
        return False
    hrefs = [link.get("href") or "" for link in links]
    pages = {href.split("?", 1)[0] for href in hrefs}
    return all("?" in href for href in hrefs) and len(pages) == 1 and len(set(hrefs)) == len(hrefs)


def _last_before_footnotes(
    units: list[Unit],
    anchor: _AnchorFinder,
    first: int,
    last: int,
    blocks: list[HtmlElement],
    scores: Scores,
) -> int:
    """The index of the story's last real paragraph outside its footnotes ("<div
    class="footnote"><p>*1: ...</p></div>" after the story): the lines between that
    paragraph and the notes are the story's tail too (a closing credit, a sign-off)."""
    closing = last
    while closing > first and in_footnotes(units[closing].element, blocks, scores):
        previous = anchor.before(closing, first - 1)
        assert previous is not None  # (``first`` is one)
        closing = previous
    return closing


def _last_before_sources(units: list[Unit], anchor: _AnchorFinder, first: int, closing: int) -> int:
    """The index of the story's last real paragraph before its closing list of sources under
    their label ("<p>Die wichtigsten Quellen für diesen Faktencheck:</p><ul><li>...") from
    ``closing`` back: an editor's credit line between them closes the story."""
    while closing > first and in_labelled_sources(units[closing].element):
        previous = anchor.before(closing, first - 1)
        assert previous is not None  # (``first`` is one)
        closing = previous
    return closing


def _is_closing_credit(unit: Unit) -> bool:
    """A short line opening as an editor's credit ("Edited by ...", "Redigatur: ...", the
    colon perhaps spaced off: "Editor : C.S."), or
    another credit line that closes a story (``is_closing_credit_line``: "Avec les
    informations de Thomas Gerbet", "Haber-Kamera: Burak ERTEKİN/TORBALI (İzmir), (DHA)")."""
    return unit.length < SHORT_LINE and (
        _SPACED_COLON.sub(":", unit.text.casefold()).startswith(CLOSING_CREDIT_OPENERS)
        or is_closing_credit_line(unit.text)
    )


def _stray_short_links(
    anchor: HtmlElement, blocks: list[HtmlElement], scores: Scores, *, after: bool
) -> list[HtmlElement]:
    """The short links that no line of text holds after (or, with ``after`` false, before)
    the element ``anchor`` in the story's blocks (``Scores.stray_links_beside``), but a
    syndicated copy's credit."""
    found: list[HtmlElement] = []
    for block in blocks:
        for link in scores.stray_links_beside(anchor, block, after=after):
            text = " ".join(subtree_text(link).split())
            if len(text) < SHORT_LINE and _ORIGINAL_CREDIT.span(text) is None:
                found.append(link)
    return found


def labels_above_headline(blocks: list[HtmlElement]) -> list[HtmlElement]:
    """The short lines that are no sentence above the headline (``<h1>``) of a story block
    that holds it: a section label or kicker ("Education", "Verkehrswende"), a breadcrumb.
    None when a paragraph comes before that ``<h1>``: it is then no headline but a heading
    inside the story."""
    dropped: list[HtmlElement] = []
    for block in blocks:
        headline = next(block.iterdescendants("h1"), None)
        if headline is not None:
            dropped.extend(_lines_above(headline, block))
    return dropped


def _lines_above(headline: HtmlElement, block: HtmlElement) -> list[HtmlElement]:
    labels: list[HtmlElement] = []
    child = headline
    for parent in headline.iterancestors():
        for sibling in child.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            text = " ".join(subtree_text(sibling).split())
            if len(text) >= ANCHOR_LENGTH:
                return []
            if text and len(text) < _KICKER_LENGTH and not text.endswith(SENTENCE_ENDS):
                labels.append(sibling)
        if parent is block:
            break
        child = parent
    return labels


def _holds_entry_heading(element: HtmlElement, entry_makes: set[tuple[str, str]]) -> bool:
    """Whether ``element`` holds a heading of a make that heads the story's entries: a live
    entry's header, its badge and time beside its heading ("<header><span>Key event</span>
    <a><time>15.31 BST</time></a><h2>...</h2></header>"), is no line of metadata."""
    return bool(entry_makes) and any(
        make_of(heading) in entry_makes for heading in element.iter(*HEADING_TAGS)
    )


def _metadata_children(element: HtmlElement, scores: Scores) -> list[HtmlElement]:
    """Inline children of a head block that hold its date or byline (``<time>``, a
    ``timestamp`` or ``byline`` class)."""
    found: list[HtmlElement] = []
    for child in element.iterchildren("*"):
        if (
            child in scores.unit_of
            or child.tag in HEADING_TAGS
            or len(child.text_content()) >= SHORT_LINE  # a wrapper, not a date line
        ):
            continue
        if child.tag == "time" or _holds(child, "time"):
            found.append(child)
            continue
        if _names_head_metadata(child):
            found.append(child)
    return found


def _names_head_metadata(element: HtmlElement) -> bool:
    """True when the element's class, id or component name (``data-component="byline"``)
    names a byline, date or label block (or its tag does: ``<address>``)."""
    if element.tag in HEAD_METADATA_TAGS:
        return True
    if not element.keys():
        return False
    raw = " ".join(filter(None, map(element.get, CUE_ATTRIBUTES))).lower()
    if not raw.strip():
        return False
    return _HEAD_METADATA.search(raw) is not None or holds_token(HEAD_METADATA_TOKENS, raw)
