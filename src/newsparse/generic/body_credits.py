"""Credit and signature lines in and around the story: a reporter's signed name, a wire's
staff credit, a republished story's writer credits, bylines under a newsletter's
headings, a letter's signature, picture credits."""

from __future__ import annotations

import itertools
import re

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    ABBREVIATED_PHOTO_CREDIT_LABELS,
    BOLD_TAGS,
    CONTRIBUTOR_CLASS_HINT,
    CONTRIBUTOR_CLASSES,
    HEADING_TAGS,
    LEAD_CAPTION_LABELS,
    PHOTO_CREDIT_LABELS,
    SIGNOFF_TOKENS,
    VALEDICTIONS,
)
from newsparse.generic.body_lines import (
    SENTENCE_ENDS,
    SHORT_LINE,
    is_bare_date_line,
    is_names_only,
    opens_with_byline,
)
from newsparse.generic.classes import holds_token
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata.authors import author_page_slug
from newsparse.generic.metadata.byline_words import NAME_JOINERS
from newsparse.generic.metadata.patterns import one_of
from newsparse.generic.scoring import Scores, Unit
from newsparse.generic.visibility import is_aligned
from newsparse.tree_queries import is_descendant, is_wholly_in_child

HtmlElement = lxml.html.HtmlElement

_DIGIT = re.compile(r"\d")
# A picture's credit line: its label, a colon, a name ("Photo: Reuters", "Фото: РИА Новости").
_PHOTO_CREDIT = re.compile(one_of(PHOTO_CREDIT_LABELS) + r"\s*[:：]\s*\S", re.IGNORECASE)
# ...at most this long ("Photo: Jane Doe/The Daily Telegraph via Getty Images").
_MAX_PHOTO_CREDIT = 80
# A picture's credit line under an abbreviated label and its full stop, perhaps a colon
# after it ("Fot. PAP", "Fot.: Jan Nowak"): a short whole line that ends no sentence.
_ABBREVIATED_PHOTO_CREDIT = re.compile(
    one_of(ABBREVIATED_PHOTO_CREDIT_LABELS) + r"\.\s*:?\s*\S", re.IGNORECASE
)
_SENTENCE_STOPS = (".", "!", "?", "…")
# A caption of the picture over the story: its label, a colon, the caption ("Banner image:
# ..."), perhaps in brackets ("(Borítókép: ... Fotó: ... / MTI)") or after an asterisk
# marking it as a note ("*Imagen principal: ..."), at most this long.
_LEAD_CAPTION = re.compile(
    r"\*?\s*[(\[]?\s*" + one_of(LEAD_CAPTION_LABELS) + r"\s*[:：]\s*\S", re.IGNORECASE
)
_MAX_LEAD_CAPTION = 400
# A Chinese caption's closing credit: the photographer's name and "摄" (photographed), perhaps
# in brackets ("新华社记者 林海川 摄", "（林海川 摄）").
_CJK_PHOTO_CREDIT = re.compile(
    r"[\u4e00-\u9fff·]{2,8}\s*(?:/\s*)?摄[)）]?$|记者\s*[\u4e00-\u9fff·]{2,4}\s*图$"
)
# A name signing the story is shorter than this, in at most this many words.
_SIGNED_NAME_LENGTH = 60
_SIGNED_NAME_WORDS = 5
# A byline right under a heading in the story is this short at most.
_MAX_BYLINE_UNDER_HEADING = 60
# Elements whose class may name a contributor (any case; ``holds_token`` then decides).
# (compiled once: ``element.xpath`` compiles its expression on every call)
_CONTRIBUTOR_XPATH = lxml.etree.XPath(f".//*[contains(@class, '{CONTRIBUTOR_CLASS_HINT}')]")
# A contributor block's lines: a name, perhaps a role or place under it.
_MAX_CONTRIBUTOR_LINES = 2
_NAME_JOINERS = frozenset(NAME_JOINERS)
# A credit in brackets after a signed name ("(Theo Reuters)", "(AFP)").
_TRAILING_CREDIT = re.compile(r"\s*\([^()]{1,30}\)$")
# "(Martin Hödl, 7.5.2025)": a name and a date in brackets.
_DATED_SIGNATURE = re.compile(r"\(\s*([^(),\d]{3,60}),\s*([^()]{6,30}?)\s*\)")
# A letter's signature: its closing words, then at most this many lines (a name, a role)...
_SIGNATURE_LINES = 2
# ... of at most this many characters each.
_SIGNATURE_LINE = 60


def is_signed_name(unit: Unit) -> bool:
    """A reporter's name signing the story, after its last real paragraph: a few words that
    are no sentence, in a small block named as a byline ("<div class="reporter">- Our
    Correspondent -</div>"), or in bold or set right as names are ("<p style="text-align:
    right"><strong>Nguyễn Đông</strong></p>"), perhaps crediting the story's source after it
    ("<strong>Như Tâm</strong> (Theo <em>Reuters</em>)")."""
    text = _TRAILING_CREDIT.sub("", unit.text)
    if (
        unit.length >= _SIGNED_NAME_LENGTH
        or len(text.split()) > _SIGNED_NAME_WORDS
        or text.endswith(SENTENCE_ENDS)
        or _DIGIT.search(text)
    ):
        return False
    element = unit.element
    if holds_token(SIGNOFF_TOKENS, element.get("class"), element.get("id")):
        return True
    return _looks_like_name(text) and (
        is_wholly_in_child(element, BOLD_TAGS) or is_aligned(element, "right")
    )


def is_dated_signature(text: str) -> bool:
    """The author's name and the date in brackets closing the story ("(Martin Hödl,
    7.5.2025)", Der Standard's opinion pieces)."""
    found = _DATED_SIGNATURE.fullmatch(text)
    return (
        found is not None
        and len(found.group(1).split()) <= _SIGNED_NAME_WORDS
        and _looks_like_name(found.group(1))
        and is_bare_date_line(found.group(2))
    )


def _looks_like_name(text: str) -> bool:
    """Each word opens with a capital (or is in a script without case), joiners aside."""
    words = [word for word in text.split() if word.casefold() not in _NAME_JOINERS]
    return bool(words) and all(word[0].isupper() or not word[0].islower() for word in words)


def is_photo_credit(unit: Unit) -> bool:
    """A short line that credits a picture ("Photo: Reuters", "Фото: РИА Новости"), a
    caption of the picture over the story opened by its label ("Banner image: ..."), or a
    Chinese caption closed by its photographer's credit ("...庆祝。新华社记者 林海川 摄"),
    wherever it stands: no line of the story."""
    if unit.length <= _MAX_PHOTO_CREDIT and _PHOTO_CREDIT.match(unit.text) is not None:
        return True
    if _is_abbreviated_photo_credit(unit):
        return True
    if unit.length <= _MAX_LEAD_CAPTION and _LEAD_CAPTION.match(unit.text) is not None:
        return True
    return unit.length < SHORT_LINE and _CJK_PHOTO_CREDIT.search(unit.text) is not None


def _is_abbreviated_photo_credit(unit: Unit) -> bool:
    """A short whole line crediting a picture under an abbreviated label ("Fot. 11 DKPanc",
    "Zdj.: Jan Nowak"), which ends no sentence (a sentence may open with such letters)."""
    return (
        unit.length <= _MAX_PHOTO_CREDIT
        and _ABBREVIATED_PHOTO_CREDIT.match(unit.text) is not None
        and not unit.text.rstrip().endswith(_SENTENCE_STOPS)
    )


def letter_signatures(units: list[Unit], first: int) -> list[HtmlElement]:
    """A letter's closing words past the story's first paragraph and the signer's name and
    role under them ("With gratitude," "Denise Albright" "Executive Director"): no
    paragraphs of it, wherever the letter ends in the page (a newsletter's other items may
    follow)."""
    found: list[HtmlElement] = []
    for index in range(first + 1, len(units)):
        text = units[index].text
        if (
            not text.endswith((",", "،"))
            or len(text) > _SIGNATURE_LINE
            or text[:-1].strip().casefold() not in VALEDICTIONS
        ):
            continue
        lines = [
            unit
            for unit in itertools.islice(units, index + 1, index + 1 + _SIGNATURE_LINES)
            if not unit.encloses_units
        ]
        signature = list(
            itertools.takewhile(
                lambda unit: (
                    unit.length <= _SIGNATURE_LINE
                    and unit.element.tag not in HEADING_TAGS
                    and not unit.text.endswith(SENTENCE_ENDS)
                ),
                lines,
            )
        )
        if signature and signature[0].link_length == 0 and _looks_like_name(signature[0].text):
            found.append(units[index].element)
            found.extend(unit.element for unit in signature)
    return found


def writer_credit_lines(
    links: list[HtmlElement], blocks: list[HtmlElement], scores: Scores
) -> list[HtmlElement]:
    """Lines of their own, anywhere in the story, that open with a link to a writer's page
    and go on only with their role or institution after a comma: a republished story's
    credits to its writer ("<a href=".../profiles/jo-lind-12">Jo Lind</a>, University of
    ...", above the story and, with the role, below it)."""
    found: list[HtmlElement] = []
    for link in links:
        if author_page_slug(link) is None:
            continue
        name = " ".join(subtree_text(link).split())
        line = _line_opened_by(link, blocks, scores)
        if line is None or " " not in name:
            continue
        text = " ".join(subtree_text(line).split())
        rest = text[len(name) :]
        if (
            text.startswith(name)
            and rest.startswith(",")
            and len(text) < SHORT_LINE
            and not text.endswith(SENTENCE_ENDS)
        ):
            found.append(line)
    return found


def bylines_under_headings(units: list[Unit], scores: Scores) -> list[HtmlElement]:
    """Bylines alone (no date) standing right under a heading in the story, as lines of their
    own: a newsletter's sections each credit their writer ("<h2>...</h2><span><em>By Maya
    Ortiz</em></span>")."""
    found: list[HtmlElement] = []
    for unit in units:
        heading = unit.element
        if heading.tag not in HEADING_TAGS or (heading.tail or "").strip():
            continue
        line = heading.getnext()
        if line is None or not isinstance(line.tag, str) or (line.tail or "").strip():
            continue
        inner = scores.unit_of.get(line)
        if inner is not None and inner.encloses_units:
            continue
        text = " ".join(subtree_text(line).split())
        if (
            len(text) <= _MAX_BYLINE_UNDER_HEADING
            and not text.endswith(SENTENCE_ENDS)
            and opens_with_byline(text)
            and not _DIGIT.search(text)  # (a byline and its date head a digest's entry)
        ):
            found.append(line)
    return found


def contributor_blocks(blocks: list[HtmlElement]) -> list[HtmlElement]:
    """Blocks classed as a contributor's that hold a name alone, perhaps over a short role
    line: a live entry's byline ("<div class="post__contributor"><p>Jo Roe</p><p>Reporting
    from Leeds</p></div>"), no text of the story."""
    found: list[HtmlElement] = []
    for block in blocks:
        for element in _CONTRIBUTOR_XPATH(block):
            if found and is_descendant(element, found[-1]):
                continue
            if holds_token(CONTRIBUTOR_CLASSES, element.get("class")) and _is_name_and_role(
                element
            ):
                found.append(element)
    return found


def _is_name_and_role(element: HtmlElement) -> bool:
    """Whether the element's lines are a name and at most one short line more, no sentence."""
    lines = [line.strip() for line in element.itertext() if line.strip()]
    return (
        0 < len(lines) <= _MAX_CONTRIBUTOR_LINES
        and is_names_only(lines[0])
        and sum(map(len, lines)) < SHORT_LINE
        and not lines[-1].endswith(SENTENCE_ENDS)
    )


def _line_opened_by(
    link: HtmlElement, blocks: list[HtmlElement], scores: Scores
) -> HtmlElement | None:
    """The widest element up to a paragraph (a unit) that ``link`` opens and that is a line
    of its own (no text of its container's runs on after it); None if there is none."""
    line = link
    while True:
        parent = line.getparent()
        if parent is None or any(parent is block for block in blocks):
            break
        unit = scores.unit_of.get(parent)
        if unit is not None and unit.encloses_units:
            break
        if (parent.text or "").strip() or line.getprevious() is not None:
            return None  # (the link stands inside a sentence)
        line = parent
        if unit is not None:
            break
    return None if line is link or (line.tail or "").strip() else line
