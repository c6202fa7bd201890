"""Appeals set among the story's lines: newsletter plugs, follow-us and sign-up lines, links
to the site's channels, a paywall's box of short lines."""

from __future__ import annotations

import itertools
import re

import lxml.etree
import lxml.html

from newsparse.generic.body_boxes import is_call_to_action, leads_to_call_out_page
from newsparse.generic.body_cues import (
    CHANNEL_APPEAL,
    CLICK_TO_SIGN_UP,
    COMMENT_INVITATION_PLACES,
    COMMENT_INVITATION_VERBS,
    FOLLOW_APPEAL_CLOSERS,
    FOLLOW_APPEAL_INFINITIVES,
    FOLLOW_APPEAL_MODALS,
    FOLLOW_APPEAL_OPENERS,
    FOLLOW_PLATFORM_NAMES,
    FORWARDED_NOTE_PHRASES,
    FREE_TRIAL_OFFER,
    ITALIC_TAGS,
    LIVE_STREAM_PROMO,
    MEMBERS_ONLY_NOTICES,
    NEWS_APPEAL_OPENERS,
    NEWS_APPEAL_WORDS,
    NEWS_READER_HOSTS,
    NEWSLETTER_LINK_ENDINGS,
    NEWSLETTER_PATH_SEGMENTS,
    NEWSLETTER_PITCH_PHRASES,
    NEWSLETTER_SIGN_UPS,
    PAID_TIER_PATH_WORDS,
    PAID_TIER_PITCH_WORDS,
    PAYWALL_NOTICE_OPENERS,
    PLATFORM_SHORT_HOSTS,
    PRICE_PER_PERIOD,
    SERVICE_BUTTON_VERBS,
    SIGN_UP_ASKS,
    SOCIAL_PLATFORM_LABELS,
    SUBSCRIBE_LINK_WORDS,
    SUBSCRIPTION_PATH_SEGMENTS,
    SUPPORT_PATH_SEGMENTS,
)
from newsparse.generic.body_lines import (
    SHORT_LINE,
)
from newsparse.generic.body_notices import (
    is_app_store_invitation,
    is_channel_appeal,
    is_channel_link,
    is_reader_action_appeal,
)
from newsparse.generic.cues.kinds import APPEAL_KINDS, Kind
from newsparse.generic.labelled import lead_and_first_link
from newsparse.generic.labels import heading_kind
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata.patterns import CaselessWords, one_of
from newsparse.generic.metadata.site import host_label
from newsparse.generic.scoring import Scores, Unit
from newsparse.hosts import host_of, path_holds_segment, path_of
from newsparse.tree_queries import is_descendant, is_wholly_in_child

HtmlElement = lxml.html.HtmlElement

# The platforms a follow-us line links at least, and the platforms it may link: social and
# messaging ones, and news readers' publication pages.
_APPEAL_PLATFORMS = 2
_FOLLOW_PLATFORMS = SOCIAL_PLATFORM_LABELS | frozenset(NEWS_READER_HOSTS.values())
# How many of an appeal line's first words are read.
_APPEAL_WORDS = 6
# A follow verb after a modal ("Puedes seguir a ...") is among the line's first words, this
# many at most, or its last.
_MODAL_FOLLOW_WORDS = 8
# A service's button ("Find a pharmacy", "Book an appointment") is this many words at most.
_MAX_SERVICE_BUTTON_WORDS = 4
# A sentence's end, and a word (for the comment invitation's verbs).
_SENTENCE_END = re.compile(r"[.!?…]+\s+")
_WORD = re.compile(r"[^\W\d_]+")
# A paywall's notice is in a box this many levels above it at most, of a few short lines.
_PAYWALL_NOTICE = CaselessWords(PAYWALL_NOTICE_OPENERS, before="^", after=r"\b")
_MEMBERS_ONLY_NOTICE = CaselessWords(MEMBERS_ONLY_NOTICES, before="^")
_PAYWALL_BOX_LEVELS = 2
# A site's or its section's follow-us appeal closing a story: "Follow <a>The Daily Star
# Opinion</a> on Facebook for the latest opinions ...", the name linked, then the platform
# and what the follower gets.
_FOLLOW_PAGE = re.compile(
    r"follow\s+(?P<name>(?:[^\W\d_][\w.'’&-]*\s+){1,6})on\s+"
    rf"{one_of(FOLLOW_PLATFORM_NAMES)}\s+(?:for|to)\b",
    re.IGNORECASE,
)
# A pitch for the site's paid tier is a paragraph of a few sentences at most.
_MAX_TIER_PITCH = 500
_MAX_PAYWALL_LINES = 8
_MAX_PAYWALL_LINE = 200
# An ask to sign up, as a phrase of its own ("Sign up", not "signups").
_SIGN_UP_ASK = CaselessWords(SIGN_UP_ASKS, before=r"\b", after=r"(?!\w)")
# A sign-up to a newsletter written in a sentence, in several languages.
_NEWSLETTER_SIGN_UP = re.compile(rf"\b(?:{'|'.join(NEWSLETTER_SIGN_UPS)})", re.IGNORECASE)


def links_to_platforms(unit: Unit) -> bool:
    """A short line linking two social or messaging platforms or more, a news reader's
    publication page counting as one ("... <a>WhatsApp चॅनेल</a> आणि <a>Google News</a> फॉलो
    करा."): a follow-us appeal whatever its language."""
    if (
        unit.length >= SHORT_LINE * 2
        or not unit.link_length
        or next(unit.element.iterancestors("blockquote"), None) is not None
    ):
        return False  # (an embedded post's links are the post's: its author, its pictures)
    platforms = set()
    for link in unit.element.iter("a"):
        host = host_of(link.get("href"))
        platforms.add(_platform_of(host))
    return len(platforms & _FOLLOW_PLATFORMS) >= _APPEAL_PLATFORMS


def is_platforms_follow_appeal(unit: Unit) -> bool:
    """A short line asking the reader to follow (``_asks_to_follow``) whose links all lead to
    social or messaging platforms, two or more ("Puedes seguir a ... en <a>Facebook</a>,
    <a>Instagram</a> o <a>X</a>."): an appeal wherever it stands, before a closing line of
    the story's too."""
    return (
        links_to_platforms(unit)
        and _asks_to_follow(unit.text.casefold())
        and _links_platforms_only(unit)
    )


def is_appeal(unit: Unit) -> bool:
    """An invitation to a messaging app's channel or the site's app (``is_channel_appeal``,
    ``is_app_store_invitation``),
    a blogger's appeal for likes and follows (``is_reader_action_appeal``), or a linked line
    that opens as a follow-us, sign-up or support appeal does ("Follow us
    on Telegram to...", "Подписывайтесь на наш канал...", "Join ST's Telegram channel..."),
    or whose link is such an appeal or a newsletter's ("Start the day with ... <a>Sign up for
    our Morning Edition newsletter</a>.", "... sign up to our weekly <a>Inside Politics
    newsletter</a>"): a long one still is no paragraph of the story."""
    if is_channel_appeal(unit) or is_reader_action_appeal(unit) or is_app_store_invitation(unit):
        return True
    if unit.link_length and _is_forwarded_note(unit):
        return True
    if unit.link_length and unit.text[:7].casefold() == "follow " and _follows_page(unit):
        return True
    if not unit.link_length or unit.length >= SHORT_LINE * 2:
        return unit.link_length > 0 and _opens_with_newsletter_link(unit)
    if heading_kind(" ".join(unit.text.split()[:_APPEAL_WORDS])) in APPEAL_KINDS:
        return True
    text = unit.text.casefold()
    if _asks_to_follow(text) and _links_platforms_only(unit):
        return True  # ("Siga a editoria de Brasil no <a>Instagram</a> e fique por dentro")
    if CHANNEL_APPEAL.match(text) or LIVE_STREAM_PROMO.match(text):
        return True  # ("Join ST's Telegram channel here ...", "Watch KX2 News live on Roku")
    if text.split(None, 1)[0] in NEWS_APPEAL_OPENERS and any(
        words in text for words in NEWS_APPEAL_WORDS
    ):
        return True  # ("Get Current Updates on <a>India News</a> ... and Top Headlines")
    for link in unit.element.iter("a"):
        words = " ".join(subtree_text(link).split())
        if heading_kind(words) in APPEAL_KINDS or _names_a_newsletter(words):
            return True
        if _is_priced_support_link(link, words, unit.text):
            return True
        if leads_to_call_out_page(link):
            return True  # ("Do you have an experience ...? <a>Click here</a> ...")
    return _asks_to_sign_up_to_newsletter_page(unit)


def is_boxed_support_call(unit: Unit, blocks: list[HtmlElement]) -> bool:
    """A line that is the one text of a box of its own inside the story's block, an icon
    beside it at most (Ghost's callout card: "<div class="kg-callout-card"><div>💛</div><div>
    ... <a href="/membership/">Become a member</a> for $8 a month.</div></div>"), whose link
    is a call to action (``CALL_TO_ACTION_TEXTS``) to the page where readers pay to back the
    site, its sentence naming a price per period: a reader-revenue appeal, though set in no
    bold or italics and not ended by its link."""
    if not unit.link_length or unit.length >= SHORT_LINE * 2:
        return False
    if not any(character.isdigit() for character in unit.text):
        return False  # (the cheap tests first: no price without a figure)
    box = unit.element.getparent()
    if box is None or any(box is block for block in blocks) or not _holds_line_alone(box, unit):
        return False
    return any(
        is_call_to_action(link)
        and _is_priced_support_link(link, " ".join(subtree_text(link).split()), unit.text)
        for link in unit.element.iter("a")
    )


def _holds_line_alone(box: HtmlElement, unit: Unit) -> bool:
    """Whether the box's only words are the line's: its other parts hold no letter (an
    emoji, an icon)."""
    if any(character.isalpha() for character in box.text or ""):
        return False
    return all(
        child is unit.element or not any(character.isalpha() for character in subtree_text(child))
        for child in box
        if isinstance(child.tag, str)
    ) and not any(character.isalpha() for child in box for character in (child.tail or ""))


def _is_priced_support_link(link: HtmlElement, words: str, text: str) -> bool:
    """A link to the page where readers pay to back the site (``SUPPORT_PATH_SEGMENTS``)
    whose words, or the sentence holding them, name a price per period ("If you enjoy the
    show, you can <a href="/support/">support it for $3 a month</a>"): a reader-revenue
    pitch, however its link is worded."""
    if not words or not any(character.isdigit() for character in text):
        return False  # (the cheap test first: no price without a figure)
    segment = path_of(link.get("href")).casefold().rstrip("/").rsplit("/", 1)[-1]
    if segment not in SUPPORT_PATH_SEGMENTS:
        return False
    return PRICE_PER_PERIOD.search(_sentence_holding(words, text).casefold()) is not None


def _sentence_holding(words: str, text: str) -> str:
    """The sentence of ``text`` that holds ``words`` (a link's), or the words alone when the
    text does not show them so."""
    text = " ".join(text.split())
    start = text.find(words)
    if start < 0:
        return words
    opening = max((found.end() for found in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closing = _SENTENCE_END.search(text, start + len(words))
    return text[opening : closing.start() if closing else len(text)]


def _asks_to_sign_up_to_newsletter_page(unit: Unit) -> bool:
    """A line that asks the reader to sign up, in any of its sentences, and links to a
    newsletter's page ("ProPublica is a nonprofit newsroom ... Sign up to receive <a
    href='/newsletters/the-big-story'>our biggest stories</a> ..."): the newsroom's pitch,
    however its link is worded."""
    if _SIGN_UP_ASK.span(unit.text) is None:
        return False  # (the cheap test first)
    return any(
        path_holds_segment(link.get("href"), NEWSLETTER_PATH_SEGMENTS)
        for link in unit.element.iter("a")
    )


def _asks_to_follow(text: str) -> bool:
    """Whether a casefolded line opens with a follow verb (``FOLLOW_APPEAL_OPENERS``) or a
    modal before one (``_asks_to_follow_with_modal``), or closes with one in a language that
    puts its verb last (``FOLLOW_APPEAL_CLOSERS``: "Bizi Instagram'da takip edin.")."""
    opener = text.split(None, 1)[0].strip(":!,.¡")
    return (
        opener in FOLLOW_APPEAL_OPENERS
        or text.rstrip(" .!").endswith(FOLLOW_APPEAL_CLOSERS)
        or _asks_to_follow_with_modal(text)
    )


def _asks_to_follow_with_modal(text: str) -> bool:
    """Whether a casefolded line opens with a modal (``FOLLOW_APPEAL_MODALS``: "puedes", "vous
    pouvez") and a follow verb's infinitive comes soon after ("Puedes seguir a ...", "Sie
    können uns auch auf Instagram folgen")."""
    words = text.split()
    if not any(words[: len(modal.split())] == modal.split() for modal in FOLLOW_APPEAL_MODALS):
        return False
    # (a verb-last language's infinitive closes the line: "... auf Instagram folgen.")
    return any(
        word.strip(":!,.¡") in FOLLOW_APPEAL_INFINITIVES
        for word in (*words[:_MODAL_FOLLOW_WORDS], words[-1])
    )


def _links_platforms_only(unit: Unit) -> bool:
    """Whether every link of the line leads to a social or messaging platform, or to a news
    reader's publication page."""
    return all(
        _platform_of(host_of(link.get("href"))) in _FOLLOW_PLATFORMS
        for link in unit.element.iter("a")
    )


def _platform_of(host: str | None) -> str | None:
    """The platform a link's host names ("facebook" of "www.facebook.com"), a platform's short
    host read as the platform ("whatsapp" of "wa.me", ``PLATFORM_SHORT_HOSTS``), a news
    reader's as its service ("google news" of "news.google.com", ``NEWS_READER_HOSTS``)."""
    if host in PLATFORM_SHORT_HOSTS:
        return PLATFORM_SHORT_HOSTS[host]
    if host in NEWS_READER_HOSTS:
        return NEWS_READER_HOSTS[host]
    return host_label(host)


def _follows_page(unit: Unit) -> bool:
    """A line asking the reader to follow the page its first link names on a platform ("Follow
    <a>The Daily Star Opinion</a> on Facebook for the latest opinions"), however long."""
    found = _FOLLOW_PAGE.match(unit.text)
    link = next(unit.element.iter("a"), None)
    return (
        found is not None
        and link is not None
        and " ".join(subtree_text(link).split()) == " ".join(found.group("name").split())
    )


def is_support_link_line(unit: Unit) -> bool:
    """A line whose whole text is one link to the page where readers join, subscribe or give
    (``_leads_to_support_page``): a reader-revenue appeal however worded, wherever it stands."""
    if unit.length >= SHORT_LINE * 2 or unit.link_length < unit.length:
        return False
    return is_wholly_in_child(unit.element, ("a",)) and _leads_to_support_page(
        next(unit.element.iterchildren("a"))
    )


def is_service_button_line(unit: Unit) -> bool:
    """A paragraph wholly one link of a few words on the site's own pages, an imperative
    naming a service it offers ("<p><a href="/service-search/pharmacy/find-a-pharmacy">Find a
    pharmacy</a></p>", ``SERVICE_BUTTON_VERBS``): a button between the story's paragraphs."""
    if unit.element.tag != "p" or unit.length >= SHORT_LINE or unit.link_length < unit.length:
        return False
    words = unit.text.split()
    if len(words) > _MAX_SERVICE_BUTTON_WORDS or words[0].casefold() not in SERVICE_BUTTON_VERBS:
        return False
    if not is_wholly_in_child(unit.element, ("a",)):
        return False
    href = next(unit.element.iterchildren("a")).get("href") or ""
    return href.startswith("/") and not href.startswith("//")


def is_paid_tier_pitch(unit: Unit) -> bool:
    """A paragraph asking the reader to subscribe to the site's paid tier, the link to the
    tier's page naming it right after the ask ("Want next-level safety, ad-free? Unlock ...
    alerts when you subscribe to <a href='/en/premium-plus'>Premium+</a> ..."), or a link
    through the subscription pages offering a free trial in its own words ("... <a
    href='/customer/subscribe/digitalsub/'>Try The Telegraph free for 1 month</a> with
    unlimited access ..."): the site's pitch, however long."""
    if not unit.link_length or unit.length > _MAX_TIER_PITCH:
        return False
    text = " ".join(unit.text.casefold().split())
    offers_trial = FREE_TRIAL_OFFER.search(text) is not None
    if not offers_trial and not any(words in text for words in PAID_TIER_PITCH_WORDS):
        return False  # (the cheap test first)
    for link in unit.element.iter("a"):
        name = " ".join(subtree_text(link).casefold().split())
        if not name:
            continue
        if _leads_to_paid_tier(link) and any(
            f"{words} {name}" in text for words in PAID_TIER_PITCH_WORDS
        ):
            return True
        if offers_trial and FREE_TRIAL_OFFER.search(name) and _passes_subscription_page(link):
            return True  # ("... <a href="/customer/subscribe/...">Try X free for 1 month</a>")
    return False


def _passes_subscription_page(link: HtmlElement) -> bool:
    """Whether a part of the link's path names the paid tier or the subscription pages
    ("/customer/subscribe/digitalsub/")."""
    return path_holds_segment(link.get("href"), PAID_TIER_PATH_WORDS)


def _leads_to_paid_tier(link: HtmlElement) -> bool:
    """Whether the last part of the link's path names a paid tier or a subscription page
    ("/en/premium-plus", "/subscribe"), its words split at hyphens."""
    segment = path_of(link.get("href")).casefold().rstrip("/").rsplit("/", 1)[-1]
    return not PAID_TIER_PATH_WORDS.isdisjoint(segment.replace("_", "-").split("-"))


def _leads_to_support_page(link: HtmlElement) -> bool:
    """Whether the link leads to the page where readers join, subscribe or give, the last
    part of its path one of ``SUBSCRIPTION_PATH_SEGMENTS`` ("/membership/"; not a story filed
    in a section of that name)."""
    segments = path_of(link.get("href")).casefold().rstrip("/").rsplit("/", 1)
    return segments[-1] in SUBSCRIPTION_PATH_SEGMENTS


def paywall_boxes(
    units: list[Unit], blocks: list[HtmlElement], scores: Scores
) -> list[HtmlElement]:
    """The boxes inside the story's blocks that hold a paywall's notice ("Subscribe to continue
    reading", ``PAYWALL_NOTICE_OPENERS``) among short lines only: the wall, its offer and
    its pitch ("Get unlimited digital access for just $1 ...") go with the notice, whatever
    the box's class says."""
    boxes: list[HtmlElement] = []
    for unit in units:
        if _PAYWALL_NOTICE.span(unit.text) is None:
            continue
        for box in itertools.islice(unit.element.iterancestors(), _PAYWALL_BOX_LEVELS):
            if any(box is block or is_descendant(block, box) for block in blocks):
                break  # (the story's own block, or one around it)
            lines = [scores.unit_of[element] for element in box.iter() if element in scores.unit_of]
            if len(lines) <= _MAX_PAYWALL_LINES and all(
                line.length < _MAX_PAYWALL_LINE for line in lines
            ):
                if box not in boxes:
                    boxes.append(box)
                break
    return boxes


def newsletter_pitch_boxes(
    units: list[Unit], blocks: list[HtmlElement], scores: Scores
) -> list[HtmlElement]:
    """The boxes inside the story's blocks that hold a newsletter's pitch ("... sent straight
    to your inbox with our weekly newsletter.", ``NEWSLETTER_PITCH_PHRASES``) and otherwise
    only headings and linked lines ("Plan your trip" over the pitch and a list of booking
    links): the box goes whole, whatever its class says."""
    boxes: list[HtmlElement] = []
    for unit in units:
        if unit.length >= _MAX_PAYWALL_LINE or unit.link_length:
            continue  # (the cheap tests first: a pitch is a short line of plain text...)
        parent = unit.element.getparent()
        if parent is None or any(parent is block for block in blocks):
            continue  # (...in a box of its own below the story's block)
        folded = unit.text.casefold()
        if not any(phrase in folded for phrase in NEWSLETTER_PITCH_PHRASES):
            continue
        for box in itertools.islice(unit.element.iterancestors(), _PAYWALL_BOX_LEVELS):
            if any(box is block or is_descendant(block, box) for block in blocks):
                break  # (the story's own block, or one around it)
            lines = [scores.unit_of[element] for element in box.iter() if element in scores.unit_of]
            others = [line for line in lines if line is not unit and not line.encloses_units]
            if len(others) <= _MAX_PAYWALL_LINES and any(line.link_length for line in others):
                if box not in boxes and all(
                    line.is_heading or _is_linked_line(line) for line in others
                ):
                    boxes.append(box)
                break
    return boxes


def _is_linked_line(unit: Unit) -> bool:
    """A short line that is all a link ("Book a hotel in Ljubljana")."""
    return unit.length < _MAX_PAYWALL_LINE and unit.link_length >= unit.length


def after_members_wall(
    units: list[Unit], boxes: list[HtmlElement], blocks: list[HtmlElement]
) -> list[HtmlElement]:
    """What follows a paywall's box in the story's block when its notice says the rest of the
    story is for members ("この記事は会員限定です。登録すると続きをお読みいただけます。",
    ``MEMBERS_ONLY_NOTICES``) and its lines are less than the text before it: the boxes under
    the story (a link to its translation, a topic to follow), as the page serves none of the
    story's rest."""
    for index, unit in enumerate(units):
        if _MEMBERS_ONLY_NOTICE.span(unit.text) is None:
            continue
        box = next((box for box in boxes if is_descendant(unit.element, box)), None)
        if box is None:
            continue
        before = sum(line.length for line in units[:index] if not line.encloses_units)
        after = sum(
            line.length
            for line in units[index + 1 :]
            if not line.encloses_units and not is_descendant(line.element, box)
        )
        return _following_in_block(box, blocks) if after < before else []
    return []


def _following_in_block(element: HtmlElement, blocks: list[HtmlElement]) -> list[HtmlElement]:
    """The elements after ``element`` inside the story's block holding it: its following
    siblings, then its ancestors' up to that block."""
    following: list[HtmlElement] = []
    current: HtmlElement | None = element
    while current is not None and current not in blocks:
        following.extend(current.itersiblings(lxml.etree.Element))
        current = current.getparent()
    return following


def _is_forwarded_note(unit: Unit) -> bool:
    """A newsletter's note to a reader it was forwarded to, its link anywhere in it asking
    them to subscribe ("... If someone forwarded this to you, <a>you can subscribe
    here</a>.")."""
    if unit.length >= SHORT_LINE * 4:
        return False
    text = unit.text.casefold()
    if not any(phrase in text for phrase in FORWARDED_NOTE_PHRASES):
        return False
    return any(
        any(word in subtree_text(link).casefold() for word in SUBSCRIBE_LINK_WORDS)
        for link in unit.element.iter("a")
    )


def _opens_with_newsletter_link(unit: Unit) -> bool:
    """A line that opens with a link to a newsletter's sign-up page, naming a newsletter ("<a
    href='/newsletter/'>La newsletter del Corriere di Bologna</a><br>Se vuoi restare
    aggiornato ... iscriviti gratis ..."): the newsletter's pitch, however long it runs."""
    if unit.length >= SHORT_LINE * 4:
        return False
    lead, link = lead_and_first_link(unit.element)
    if link is None or lead.strip():
        return False
    words = subtree_text(link).casefold()
    if not any(ending in words for ending in NEWSLETTER_LINK_ENDINGS):
        return False
    return path_holds_segment(link.get("href"), NEWSLETTER_PATH_SEGMENTS)


def is_newsletter_plug(unit: Unit) -> bool:
    """A short linked line between paragraphs that signs the reader up to a newsletter ("For
    more news from across Scotland, <a>sign up to our daily newsletter here</a>.", "Sign up
    to our daily newsletter <a>here</a>.")."""
    if not unit.link_length or unit.length >= SHORT_LINE * 2:
        return False
    if _NEWSLETTER_SIGN_UP.search(unit.text) or CLICK_TO_SIGN_UP.match(unit.text):
        return True
    # (a newsletter named, and a bare call to action linked: "The Opinion newsletter is a
    # weekly wrap of views ... <a>Sign up here</a>.")
    names_newsletter = any(word in unit.text.casefold() for word in NEWSLETTER_LINK_ENDINGS)
    return any(
        _is_newsletter_link(link) or (names_newsletter and is_call_to_action(link))
        for link in unit.element.iter("a")
    )


def _is_newsletter_link(link: HtmlElement) -> bool:
    """A link that names a newsletter as a heading would, or signs the reader up to one on a
    line of its own under a label ("<strong>Get more local news</strong><br><a>Sign up for
    the ABC Rural newsletter ...</a>": the line's text runs the label into it)."""
    text = " ".join(subtree_text(link).split())
    return heading_kind(text) is Kind.NEWSLETTER or _NEWSLETTER_SIGN_UP.match(text) is not None


def _names_a_newsletter(words: str) -> bool:
    """A link to a named newsletter ("Inside Politics newsletter", "subscribe to the Engadget
    Deals newsletter", "PEOPLE's free daily newsletter": a capitalised word before the word
    newsletter; "this newsletter" names none)."""
    if not words.casefold().endswith(NEWSLETTER_LINK_ENDINGS):
        return False
    return any(word[:1].isupper() for word in words.split()[:-1])


def appeal_links(blocks: list[HtmlElement], scores: Scores) -> list[HtmlElement]:
    """Links that no line of text holds, anywhere in the story, that ask the reader to follow
    the site ("Follow Mirror on Google News" between the standfirst and the story), or lead
    to its channel on a messaging app (``is_channel_link``) or to the page where readers
    join, subscribe or give (a card between paragraphs, "<div><a href='/membership/'>We've
    been telling the truth ... Support independent journalism — become a member</a></div>")."""
    found: list[HtmlElement] = []
    for block in blocks:
        for link in scores.loose_links_in(block):
            text = " ".join(subtree_text(link).split())
            if (
                len(text) < SHORT_LINE
                and (CHANNEL_APPEAL.match(text.casefold()) or is_channel_link(link))
            ) or (len(text) < SHORT_LINE * 2 and _leads_to_support_page(link)):
                found.append(link)
    return found


def closing_comment_prompt(unit: Unit) -> HtmlElement | None:
    """The story's closing line when it is set in italics and invites readers to add to the
    post in the comments ("<i>Have a photo of the creek? Leave it in the comments and I'll
    add it to the flood log.</i>", a blog's prompt, no line of the story): the unit itself
    when wholly in italics, else its last line of text broken by ``<br>`` when that is one
    italic element; None for any other. ``unit`` is the story's last."""
    element = unit.element
    if is_wholly_in_child(element, ITALIC_TAGS):
        return element if invites_comments(unit.text) else None
    last = next(
        (child for child in reversed(element) if isinstance(child.tag, str) and child.tag != "br"),
        None,
    )
    if last is None or last.tag not in ITALIC_TAGS or not _is_closing_line(last):
        return None
    return last if invites_comments(subtree_text(last)) else None


def _is_closing_line(element: HtmlElement) -> bool:
    """Whether an inline element is its parent's last line of text, a line of its own: a
    ``<br>`` right before it, no text after it (only breaks)."""
    before = element.getprevious()
    if before is None or before.tag != "br" or (before.tail or "").strip():
        return False
    after: HtmlElement | None = element
    while after is not None:
        if (after.tail or "").strip():
            return False
        after = after.getnext()
    return True


def invites_comments(text: str) -> bool:
    """Whether a sentence of the text asks the reader to write something in the comments
    (a verb asking them, and where: ``COMMENT_INVITATION_VERBS``, ``_PLACES``)."""
    folded = text.casefold()
    if not any(place in folded for place in COMMENT_INVITATION_PLACES):
        return False
    for sentence in _SENTENCE_END.split(folded):
        if any(place in sentence for place in COMMENT_INVITATION_PLACES) and any(
            word in COMMENT_INVITATION_VERBS for word in _WORD.findall(sentence)
        ):
            return True
    return False
