"""Lines a site sets in or around its stories that are the page's, not the story's: rights
notices and credits, disclosures and disclaimers, invitations to a messaging channel or the
site's app, promotion labels over a video or another story, a widget's credit to its vendor,
a site's blurb on its sourcing, appeals to save the post for later (the tests; their words are in ``body_cues``)."""

from __future__ import annotations

import re

import lxml.html

from newsparse.generic.body_cues import (
    AD_LINE_LABELS,
    AFFILIATE_EARNING,
    AFFILIATE_EARNING_HINTS,
    AFFILIATE_SHOPPING,
    APP_DOWNLOAD_IMPERATIVES,
    APP_DOWNLOAD_VERBS,
    APP_STORE_HOSTS,
    APP_WORDS,
    AUTHOR_NOTE_OPENERS,
    BOLD_TAGS,
    CHANNEL_BLOCK_TOKENS,
    CHANNEL_HOSTS,
    CHANNEL_INVITATION_ENDINGS,
    CHANNEL_INVITATION_OPENERS,
    CHANNEL_PATH_HOSTS,
    CJK_APP_INVITATIONS,
    CJK_APP_WORDS,
    COPYRIGHT_MARKS,
    COPYRIGHT_SIGN,
    EDITORIAL_PROCESS_HINT,
    EDITORIAL_PROCESS_PHRASES,
    HEALTH_DISCLAIMER,
    HEALTH_DISCLAIMER_HINTS,
    LEGAL_DISCLAIMER,
    LEGAL_DISCLAIMER_HINTS,
    MESSAGING_APPS,
    NEWS_APPEAL_OPENERS,
    NEWS_APPEAL_WORDS,
    NEWS_READING_IMPERATIVES,
    NEWS_READING_WORDS,
    OPINION_DISCLAIMER,
    OPINION_DISCLAIMER_HINTS,
    PAGE_NOTICE_PHRASES,
    PAID_TIER_COPY_NOTE,
    PRINT_EDITION_NOTES,
    PROMO_LINE_LABELS,
    READER_ACTION_WORDS,
    READER_APPEAL_PLEAS,
    REPRINT_TERMS_WORDINGS,
    RESERVED_RIGHTS_WORDS,
    RIGHTS_NOTICE_PHRASES,
    SAVE_FOR_LATER_APPEAL,
    SEO_LINE_OPENERS,
    SHARE_ENDPOINTS,
    SITE_TERMS_POINTERS,
    TRANSCRIPT_NOTICE_CLAUSES,
    TRANSCRIPT_NOTICE_HINTS,
    TRANSCRIPT_NOTICE_PHRASES,
    VENDOR_CREDIT_OPENERS,
    WIRE_REPRODUCTION_BANS,
)
from newsparse.generic.body_lines import SENTENCE_ENDS, SHORT_LINE
from newsparse.generic.body_lists import reads_as_address
from newsparse.generic.classes import holds_token
from newsparse.generic.labels import normalise
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata.bylines import wire_name
from newsparse.generic.metadata.patterns import any_phrase, one_of
from newsparse.generic.metadata.source_labels import names_wire_rights
from newsparse.generic.metadata.source_words import PUBLISHER_SOURCE_LABELS, SOURCE_LABELS
from newsparse.generic.metadata.wires import MEMBER_STATION_NETWORKS
from newsparse.generic.scoring import Unit
from newsparse.hosts import host_of, path_of

HtmlElement = lxml.html.HtmlElement

# (two patterns, not one alternation: a line-start alternative in the search for the phrases
# would keep the engine from skipping to the phrases' first letters, halving its speed)
_RIGHTS_NOTICE = re.compile(any_phrase(phrase.casefold() for phrase in RIGHTS_NOTICE_PHRASES))
# A copyright mark and a year opening the line, or the mark, a name and the year: "Copyright
# Business Recorder, 2024".
_OPENING_COPYRIGHT = re.compile(
    rf"{one_of(sorted(COPYRIGHT_MARKS, key=len, reverse=True))}"
    + r"(?:\s*(?:19|20)\d\d\b|\s[^.]{2,60},?\s(?:19|20)\d\d\W*$)"
)

# A rights notice is a line of at most this length; a disclosure or another notice, this.
_RIGHTS_NOTICE_LENGTH = 200
# ...or of at most this length when it opens with the mark ("Copyright PUNCH. All rights
# reserved. This material, and other digital content on this website, may not be ...") or
# with the reservation itself ("All rights reserved. This material ...").
_OPENED_RIGHTS_NOTICE_LENGTH = 400
_RIGHTS_NOTICE_OPENERS = (
    *COPYRIGHT_MARKS,
    *(phrase.casefold() for phrase in RIGHTS_NOTICE_PHRASES),
)
_NOTICE_LENGTH = 450
# A note that the story is also offered to a paid tier's subscribers is a line this short at
# most, its link to the tier's page included ("... <a>Find out more about Pro Trade.</a>").
_PAID_TIER_COPY_NOTE_LENGTH = 240
# A site's terms for reprinting its stories hold this many of their wordings, spread over a
# line shorter than an opened rights notice (``_OPENED_RIGHTS_NOTICE_LENGTH``).
_REPRINT_TERMS = tuple(re.compile(wording) for wording in REPRINT_TERMS_WORDINGS)
_REPRINT_TERMS_WORDINGS_HELD = 2
# The labels of a source line, normalised ("Джерело:", "Source:").
_SOURCE_LINE_LABELS = frozenset(
    normalise(label) for label in (*SOURCE_LABELS, *PUBLISHER_SOURCE_LABELS)
)
# A site's blurb on its sourcing runs longer: a few sentences on its guidelines, the sources
# it draws from and where it lists them (Medical News Today's, some 500 characters).
_SOURCING_BLURB_LENGTH = 900
# (casefolded as the lines are: Greek's final sigma folds to "σ")
_NOTICE = re.compile(any_phrase(phrase.casefold() for phrase in PAGE_NOTICE_PHRASES))
_PRINT_EDITION_NOTE = re.compile(any_phrase(PRINT_EDITION_NOTES))

_MESSAGING_APP = re.compile(
    # (whole words in Latin letters; anywhere in scripts that join words or run them together)
    "|".join(
        rf"\b{re.escape(app)}\b" if app.isascii() else re.escape(app) for app in MESSAGING_APPS
    )
)
_APP_WORD = re.compile(rf"\b{one_of(APP_WORDS)}\b")
_APP_HINT = re.compile(any_phrase((*MESSAGING_APPS, *APP_WORDS, *CJK_APP_WORDS)))
# A note in brackets, the whole line ("（本文来自澎湃新闻，...）").
_BRACKETS = (("(", ")"), ("（", "）"))
# The sign written "(c)" and glued to the holder it credits ("(c)七瀬ゆう/アルバ社"): a list's
# third item, "(c) The council shall ...", has a space after it.
_ASCII_COPYRIGHT_CREDIT = re.compile(r"\([cC]\)(?=\S)")
# A wire's reference to its copy after its name on its rights line, the agency's short name, a
# colon, the number and its version ("© dpa-infocom, dpa:250423-930-442187/1").
_WIRE_COPY_REFERENCE = re.compile(r",\s*(?P<wire>[^\W\d_]{2,12}):\d[\d-]*\d(?:/\d+)?$")
# How many words a copyright holder's name after "(c) " may have.
_MAX_HOLDER_WORDS = 4
# A wire's credit in brackets closing a paragraph of its story ("... 20. juli. (©NTB)")...
_CLOSING_BRACKETED_CREDIT = re.compile(r"\s*\((?:©|\([cC]\))[^()]{1,40}\)$")
# ...after a sentence at least this long.
_CREDITED_SENTENCE = 40
# A rights line's opening sentence: marks, perhaps a year, a holder, perhaps a year after it
# ("© Reuters", "© 2025 AFP", "(c) Copyright Thomson Reuters 2025").
_MARKED_HOLDER = re.compile(
    r"(?:(?:©|\([cC]\)|(?i:copyright))\s*)+(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+)?"
    r"(?P<holder>[^.\d][^.]{1,59}?)(?:,?\s+(?:19|20)\d\d)?\.?"
)
# Where a line's clauses part: its punctuation and the words joining them ("... on Moneycontrol
# or download the app").
_CLAUSE_BREAK = re.compile(r"[,;:.!?–—]\s*|\s(?:or|and|und|oder|ou|et|o|y|e|atau|dan)\s")
# A sentence's end, a danda or a bar ending it with no space after ("... अपने मोबाइल
# पे|<br>Get all ..."), for a paragraph promoting the site's app: its sentences are read
# one by one, and it runs this long at most.
_PITCH_SENTENCE_BREAK = re.compile(r"[.!?]+\s+|[।|]\s*")
_MAX_APP_PITCH = SHORT_LINE * 5
# How many of a line's first words may open an invitation ("Stay updated: follow ...").
_INVITATION_WORDS = 3
# How a rights line opens (``COPYRIGHT_MARKS`` in any case).
_LINE_MARKS = ("©", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright")
# How many reader actions an appeal for them names at least ("공감과 이웃추가").
_READER_ACTIONS = 2


def is_rights_notice(unit: Unit) -> bool:
    """A short line that reserves the page's rights ("‹저작권자(c) 연합뉴스, 무단 전재-재배포
    금지›", "© 2024 ... All rights reserved.", "Copyright 2024 NPR"): never a paragraph of
    the story, however long its wording ("... This material may not be published,
    broadcast, rewritten or redistributed."); or a short line holding the copyright sign,
    a credit ("Rubriklistenbild: © Sven Knipser/IMAGO", a wire's "© dpa-infocom,
    dpa:240312-99-345678/3" between paragraphs). Not a wire agency's notice reserving its rights in words under its
    story ("© 2019 Associated Press. All Rights Reserved. ..."): that is the agency's text."""
    if unit.length >= _OPENED_RIGHTS_NOTICE_LENGTH:
        return False
    return _is_rights_notice(unit, unit.text.casefold())


def _is_rights_notice(unit: Unit, folded: str) -> bool:
    """``is_rights_notice`` of the unit whose text casefolded is ``folded``."""
    if unit.length >= _RIGHTS_NOTICE_LENGTH and not (
        unit.length < _OPENED_RIGHTS_NOTICE_LENGTH
        and folded.lstrip().startswith(_RIGHTS_NOTICE_OPENERS)
    ):
        return False
    notice = (
        (
            unit.length < SHORT_LINE
            and not _is_credited_sentence(unit.text)
            and (
                COPYRIGHT_SIGN in unit.text
                or _ASCII_COPYRIGHT_CREDIT.match(unit.text) is not None
                or _is_spaced_copyright_credit(unit.text)
            )
        )
        or _RIGHTS_NOTICE.search(folded) is not None
        or _OPENING_COPYRIGHT.match(folded) is not None
    )
    # (a wire agency's own words under its story: the benchmarks' answers keep them; but one
    # pointing to "our website terms of use" is the site's own notice on its own page)
    return notice and (
        not is_wire_reservation(unit.text) or any(words in folded for words in SITE_TERMS_POINTERS)
    )


def is_reprint_terms(unit: Unit) -> bool:
    """A line setting the site's terms for reprinting its stories in a language that spreads
    them over the sentence, two of their wordings in it (``REPRINT_TERMS_WORDINGS``:
    "Griežtai draudžiama ... informaciją panaudoti ... be sutikimo, ... būtina nurodyti Delfi
    kaip šaltinį."): the site's notice, not the story's."""
    if unit.length >= _OPENED_RIGHTS_NOTICE_LENGTH:
        return False
    folded = unit.text.casefold()
    held = 0
    for wording in _REPRINT_TERMS:
        if wording.search(folded) is not None:
            held += 1
            if held >= _REPRINT_TERMS_WORDINGS_HELD:
                return True
    return False


def _is_credited_sentence(text: str) -> bool:
    """A sentence of the story closed by its wire's credit in brackets ("Søkerne får svar
    20. juli. (©NTB)"): the story's last paragraph, not a credit line."""
    credit = _CLOSING_BRACKETED_CREDIT.search(text)
    if credit is None:
        return False
    sentence = text[: credit.start()]
    return len(sentence) >= _CREDITED_SENTENCE and sentence.endswith(SENTENCE_ENDS)


def is_wire_reservation(text: str) -> bool:
    """A wire agency's notice reserving its rights in words ("© 2019 Associated Press. All
    Rights Reserved. This material may not be published..."), not a bare credit ("Copyright
    2024 NPR")."""
    folded = text.casefold()
    return any(words in folded for words in RESERVED_RIGHTS_WORDS) and names_wire_rights(text)


def is_wire_rights_line(text: str) -> bool:
    """A wire agency's own rights line: the copyright sign and the agency's name, perhaps
    with a year ("© Reuters", "© Reuters 2025", "(c) Copyright Thomson Reuters 2025"), or the
    mark and the name followed by its reservation or its ban on copying in any language ("© LETA. Šo materiālu
    bez rakstiskas atļaujas aizliegts pavairot, ...", "© 2025 Reuters. Все права защищены."),
    perhaps in brackets as the Nordic agencies close their copy ("(©NTB)"), or followed by the
    agency's reference to its copy ("© dpa-infocom, dpa:250423-930-442187/1")."""
    text = _unbracketed_mark(text.strip())
    if len(text) >= _RIGHTS_NOTICE_LENGTH or not text.startswith(_LINE_MARKS):
        return False
    text, reference = _split_copy_reference(text)
    head, _, rest = text.strip().partition(". ")
    holder = _MARKED_HOLDER.fullmatch(head)
    agency = None if holder is None else wire_name(holder["holder"])
    # (the reference, if any, names the same agency: its own number to its copy)
    if agency is None or (reference and wire_name(reference) != agency):
        return False
    if not rest:
        # (the word alone and a network's name is its credit as its stations print it,
        # "Copyright 2024 NPR"; the sign, or a wire agency's name, marks the agency's:
        # "Copyright 2025 Thomson Reuters.")
        return (
            COPYRIGHT_SIGN in head
            or "(c)" in head.casefold()
            or agency not in MEMBER_STATION_NETWORKS
        )
    folded = rest.casefold()
    return not any(pointer in folded for pointer in SITE_TERMS_POINTERS) and (
        any(words in folded for words in (*RESERVED_RIGHTS_WORDS, *WIRE_REPRODUCTION_BANS))
        or _RIGHTS_NOTICE.search(folded) is not None
    )


def _split_copy_reference(text: str) -> tuple[str, str]:
    """The line without a wire's reference to its copy closing it, and the agency's name the
    reference gives ("© dpa-infocom, dpa:250423-930-442187/1" gives "© dpa-infocom" and
    "dpa"); a line with no such reference as it is, and no name."""
    reference = _WIRE_COPY_REFERENCE.search(text)
    if reference is None:
        return text, ""
    return text[: reference.start()], reference["wire"]


def _unbracketed_mark(text: str) -> str:
    """A line wholly in brackets that opens with the copyright sign without them ("(©NTB)"
    gives "©NTB"); any other line as it is ("(c) Reuters" is the sign written so)."""
    if text.startswith("(" + COPYRIGHT_SIGN) and text.endswith(")"):
        return text[1:-1].strip()
    return text


def _is_spaced_copyright_credit(text: str) -> bool:
    """The sign written "(c)", a space and a holder's name of a few
    capitalised words ("(c) Agencia EFE"; a list's third item goes on in lower case)."""
    if not text.startswith(("(c) ", "(C) ")):
        return False
    words = text[4:].split()
    return 0 < len(words) <= _MAX_HOLDER_WORDS and all(
        word[0].isupper() or word[0].isdigit() for word in words
    )


def is_page_notice(unit: Unit) -> bool:
    """A rights notice (:func:`is_rights_notice`), a shopping piece's disclosure that its links
    earn the site a commission ("Hearst Television participates in various affiliate
    marketing programs, which means we may get paid commissions on ...", "We may earn money
    when you buy through our links"), a health site's disclaimer that it gives no medical
    advice ("... is not a substitute for medical advice, diagnosis, or treatment"), a law
    firm's that its alerts are no legal advice ("... does not create an attorney-client
    relationship. Attorney Advertising.") or a portal's note
    on a syndicated copy, a line for search engines ("Web Title: ...") or a note that the story
    is also offered to a paid tier's subscribers (``is_paid_tier_copy_note``): the page's
    words, not the story's, wherever they stand."""
    text = unit.text.casefold()
    if _is_rights_notice(unit, text) or text.startswith(SEO_LINE_OPENERS):
        return True
    if unit.length >= _NOTICE_LENGTH:
        return False
    if unit.length <= _PAID_TIER_COPY_NOTE_LENGTH and is_paid_tier_copy_note(text):
        return True
    # (each disclaimer's pattern only when the words all its wordings hold are in the line)
    return (
        _NOTICE.search(text) is not None
        or _is_print_edition_note(unit, text)
        or (
            _holds_disclaimer(text, OPINION_DISCLAIMER_HINTS, OPINION_DISCLAIMER)
            and not text.startswith(AUTHOR_NOTE_OPENERS)
        )
        or _holds_disclaimer(text, HEALTH_DISCLAIMER_HINTS, HEALTH_DISCLAIMER)
        or _holds_disclaimer(text, LEGAL_DISCLAIMER_HINTS, LEGAL_DISCLAIMER)
        or _is_affiliate_disclosure(text)
    )


def _is_print_edition_note(unit: Unit, text: str) -> bool:
    """A short line on where the story ran in print (``PRINT_EDITION_NOTES``: "Dieser Artikel
    erschien in der Immobilien Zeitung 19/2025."), its wording one a longer sentence of the
    story may share."""
    return unit.length < SHORT_LINE and _PRINT_EDITION_NOTE.search(text) is not None


def is_paid_tier_copy_note(text: str) -> bool:
    """Whether the casefolded line opens with a note that the story is also offered to a paid
    tier's subscribers, or ran there first ("This article is also available to POLITICO Pro
    Trade subscribers. Find out more about Pro Trade."; ``PAID_TIER_COPY_NOTE``)."""
    return PAID_TIER_COPY_NOTE.match(text.lstrip()) is not None


def _holds_disclaimer(text: str, hints: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is found in the casefolded line, searched only when one of its
    ``hints`` (a substring every match holds) is in it."""
    return any(hint in text for hint in hints) and pattern.search(text) is not None


def is_transcript_notice(unit: Unit) -> bool:
    """A broadcaster's line of its own on its transcript (``TRANSCRIPT_NOTICE_PHRASES``: "THIS
    IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM ..."; or, in a line naming
    the transcript, ``TRANSCRIPT_NOTICE_CLAUSES``: "Transcripts are machine and human
    generated ... They may contain errors."), wherever it stands: a
    show's transcript may open with lines of its running order that read as paragraphs."""
    text = unit.text
    # (every line of the page is asked: two substring tests, no loop)
    if unit.length >= _NOTICE_LENGTH or (
        TRANSCRIPT_NOTICE_HINTS[0] not in text and TRANSCRIPT_NOTICE_HINTS[1] not in text
    ):
        return False
    folded = text.casefold()
    return any(phrase in folded for phrase in TRANSCRIPT_NOTICE_PHRASES) or any(
        clause in folded for clause in TRANSCRIPT_NOTICE_CLAUSES
    )


def _is_affiliate_disclosure(text: str) -> bool:
    """A casefolded line saying the site may earn from what readers buy through its links
    (``AFFILIATE_EARNING``: "We may earn money when you buy through our links"), whatever its
    words for the earning."""
    return (
        _holds_disclaimer(text, AFFILIATE_EARNING_HINTS, AFFILIATE_EARNING)
        and AFFILIATE_SHOPPING.search(text) is not None
    )


def is_sourcing_blurb(unit: Unit) -> bool:
    """A site's blurb on how it sources and checks its stories (``EDITORIAL_PROCESS_PHRASES``:
    "Verywell Health uses only high-quality sources, including peer-reviewed studies, to
    support the facts within our articles. Read our editorial process ..."; "... has strict
    sourcing guidelines and draws only from peer-reviewed studies ..."), a few sentences long."""
    if unit.length >= _SOURCING_BLURB_LENGTH or EDITORIAL_PROCESS_HINT not in unit.text:
        return False
    text = unit.text.casefold()
    return any(phrase in text for phrase in EDITORIAL_PROCESS_PHRASES)


def is_channel_appeal(unit: Unit) -> bool:
    """A short line inviting the reader to a messaging app's channel or to the site's own
    app, linked or not ("Follow us on our official WhatsApp channel for breaking news
    alerts!", "اردو پوسٹ کا واٹس ایپ چینل فالو کریں", "Download the free WDCN app to get
    breaking news alerts"). Such a line may spell out the channel's address: it runs up to
    three short lines."""
    if unit.length >= SHORT_LINE * 3:
        return False
    text = unit.text.casefold()
    if _APP_HINT.search(text) is None:
        return False  # (most lines name no app: a few substring tests spare the patterns)
    if _invites_to_cjk_app(text):
        return True
    messaging = _MESSAGING_APP.search(text) is not None
    if not messaging and _APP_WORD.search(text) is None:
        return False
    # (the verb opens the line, or the clause after a lead-in: "Pour ne rien rater de
    # l'actualité, rejoignez notre chaîne WhatsApp")
    for clause in text.split(",", 2)[:2]:
        first_words = (word.strip(":!,.¡") for word in clause.split()[:_INVITATION_WORDS])
        if any(word in CHANNEL_INVITATION_OPENERS for word in first_words):
            return True
    return messaging and any(ending in text for ending in CHANNEL_INVITATION_ENDINGS)


def is_app_store_invitation(unit: Unit) -> bool:
    """A line that links an app's listing in an app store and asks the reader to get the app
    (``_asks_to_get_app``: "Discover the latest Business News ... on <a>Moneycontrol</a> or
    download the <a href="https://play.google.com/...">Moneycontrol App</a> to stay
    updated!"): the site's promotion, however it opens; not a sentence saying an app "is free
    to download". A longer paragraph is one when each of its sentences asks to get the app or
    invites the reader to the site's news (``_invites_to_news``: "हिंदी न्यूज़ वेबसाइट ... पर
    पढ़ें लखनऊ की ताजा खबरें। ... पढ़ने के लिए डाउनलोड करें <a>Android Hindi News App</a> ...
    |<br>Get all <a>Uttar Pradesh News</a> in Hindi related to live update of ...")."""
    if not unit.link_length or unit.length >= _MAX_APP_PITCH:
        return False
    if not any(host_of(link.get("href")) in APP_STORE_HOSTS for link in unit.element.iter("a")):
        return False
    text = unit.text.casefold()
    if _APP_WORD.search(text) is None:
        return False
    if unit.length < SHORT_LINE * 2:
        return _asks_to_get_app(text)
    sentences = [sentence for sentence in _PITCH_SENTENCE_BREAK.split(text) if sentence.strip()]
    asks = [_asks_to_get_app(sentence) for sentence in sentences]
    return any(asks) and all(
        ask or _invites_to_news(sentence) for ask, sentence in zip(asks, sentences, strict=True)
    )


def _asks_to_get_app(text: str) -> bool:
    """Whether a casefolded line names an app and asks to get it, the verb opening one of its
    clauses ("... or download the Moneycontrol App"), or, in a language that puts its verb
    last, its polite imperative anywhere ("... पढ़ने के लिए डाउनलोड करें Android Hindi News
    App")."""
    if _APP_WORD.search(text) is None:
        return False
    if any(imperative in text for imperative in APP_DOWNLOAD_IMPERATIVES):
        return True
    return any(
        clause.split(None, 1)[0].strip(":!¡") in APP_DOWNLOAD_VERBS
        for clause in _CLAUSE_BREAK.split(text)
        if clause.strip()
    )


def _invites_to_news(sentence: str) -> bool:
    """Whether a casefolded sentence invites the reader to the site's news: opened by an
    appeal's verb ("Get all Uttar Pradesh News in Hindi related to live update of ...", "Stay
    updated with us for all breaking news"), or holding the polite "read" and "the latest
    news" in a language that puts its verb last ("... पर पढ़ें लखनऊ की ताजा खबरें")."""
    words = sentence.split()
    if words[0] in NEWS_APPEAL_OPENERS:
        return any(phrase in sentence for phrase in NEWS_APPEAL_WORDS)
    return any(word in NEWS_READING_IMPERATIVES for word in words) and any(
        phrase in sentence for phrase in NEWS_READING_WORDS
    )


def _invites_to_cjk_app(text: str) -> bool:
    """A Chinese line (casefolded) inviting the reader to download the site's app or scan its
    code, the verb opening the line or a note in brackets ("扫码下载新浪新闻客户端", "（...更多原创
    资讯请下载“澎湃新闻”APP）")."""
    if not any(word in text for word in CJK_APP_WORDS):
        return False
    text = text.strip()
    if any(text.startswith(opening) and text.endswith(closing) for opening, closing in _BRACKETS):
        return any(verb in text for verb in CJK_APP_INVITATIONS)
    return text.startswith(CJK_APP_INVITATIONS)


def is_channel_link(link: HtmlElement) -> bool:
    """A link, no line of text holding it, to a messaging channel's address or in a block
    classed for the app ("<div class="article__text__telegram"><a href="https://t.me/
    citynews">Читайте нас в Telegram</a></div>"): an appeal to join the channel, whatever
    its words."""
    if is_channel_address(link.get("href") or ""):
        return True
    parent = link.getparent()
    return parent is not None and holds_token(CHANNEL_BLOCK_TOKENS, parent.get("class"))


def is_channel_address(href: str) -> bool:
    """Whether a link leads to a channel's or a community's own address on a messaging app
    ("https://t.me/citynews", "https://chat.whatsapp.com/<code>", "https://whatsapp.com/
    channel/<id>", Viber's "https://invite.viber.com/?g2=<code>"), not a share button's
    ("https://t.me/share/url?url=...")."""
    host = host_of(href)
    if host is None:
        return False
    parts = href.split("//", 1)[-1].split("?", 1)[0].strip("/").split("/")[1:]
    if host in CHANNEL_HOSTS:
        return len(parts) == 1  # (the channel's name alone)
    if host not in CHANNEL_PATH_HOSTS:
        return False
    path = CHANNEL_PATH_HOSTS[host]
    if not path:
        return "?" in href  # (the invite's code is its query)
    return len(parts) == 2 and parts[0] == path


def _is_channel_address_line(unit: Unit) -> bool:
    """A short line closed by its one link, a messaging channel's address (``is_channel_
    address``), the line naming the app or the link showing the address ("Daugiau naujienų –
    Delfi Telegram kanale: <a href="https://t.me/...">t.me/...</a>", "... Telegram kanale:
    <a>čia</a>"): the site's pointer to its channel, whatever its words; a label and an
    address on another host that the story goes on with (``_shows_its_address``) is no such
    line when the address is a messaging channel's."""
    if unit.length >= SHORT_LINE:
        return False
    links = unit.element.findall(".//a")
    if len(links) != 1 or not is_channel_address(links[0].get("href") or ""):
        return False
    shown = " ".join(subtree_text(links[0]).split())
    text = unit.text.rstrip(" .!")
    if not shown or not text.endswith(shown):
        return False  # (a sentence going on past the link is the story's)
    label = text[: -len(shown)].casefold()
    if normalise(label.partition(":")[0]) in _SOURCE_LINE_LABELS:
        return False  # (the quoted organisation's channel: "Джерело: ... <a>t.me/...</a>")
    # (the app named in the link's words alone is where a quoted person wrote: "Джерело:
    # голова ОВА Іван Федоренко в <a href="https://t.me/...">Telegram</a>")
    return reads_as_address(shown) or _MESSAGING_APP.search(label) is not None


def is_channel_invite(unit: Unit) -> bool:
    """A short line inviting the reader to the site's channel or community on a messaging app
    (``is_channel_appeal``) that links the channel or sits in a block classed for the app
    ("<div class="whatsapp-embed"><p><b>Join our WhatsApp community ...</b> <a href="https://
    chat.whatsapp.com/...">Click here to join</a></p></div>"): an appeal wherever it stands,
    set in bold or not."""
    if not unit.link_length:
        return False
    if _is_channel_address_line(unit):
        return True
    if not is_channel_appeal(unit):
        return False
    element = unit.element
    parent = element.getparent()
    return (
        any(is_channel_link(link) for link in element.iter("a"))
        or holds_token(CHANNEL_BLOCK_TOKENS, element.get("class"))
        or (parent is not None and holds_token(CHANNEL_BLOCK_TOKENS, parent.get("class")))
    )


def is_reader_action_appeal(unit: Unit) -> bool:
    """A short line asking the reader for the platform's actions, two or more of them, with a
    plea ("궁금한 점은 댓글로 남겨 주시면 ... 공감과 이웃추가는 글 쓰는 데 큰 힘이 됩니다 :)"): a
    blogger's appeal closing the post, as a follow-us line is."""
    if unit.length >= SHORT_LINE * 2:
        return False
    text = unit.text
    if not any(plea in text for plea in READER_APPEAL_PLEAS):
        return False  # (most lines hold no plea: one pass of substring tests spares the rest)
    return sum(word in text for word in READER_ACTION_WORDS) >= _READER_ACTIONS


def is_promo_line(unit: Unit) -> bool:
    """A short line of a promotion label and a title ("WATCH NEXT: Bus driver shortage
    leaves students waiting"): a pointer to a video or another story, not a sentence."""
    if unit.length >= SHORT_LINE:
        return False
    label, separator, title = unit.text.partition(":")
    return bool(separator and title.strip()) and normalise(label) in PROMO_LINE_LABELS


def is_ad_line(unit: Unit) -> bool:
    """A line opening with an ad's label, set in bold or in capitals ("<p><strong>TEXT AD:
    </strong> Looking for the best property deals? Call ...</p>"): an advertiser's words
    among the story's paragraphs, not the story's."""
    if unit.length >= _NOTICE_LENGTH:
        return False
    label, separator, rest = unit.text.replace("：", ":").partition(":")
    if not (separator and rest.strip()) or normalise(label) not in AD_LINE_LABELS:
        return False
    return label.isupper() or _opens_in_bold(unit.element, label)


def _opens_in_bold(element: HtmlElement, label: str) -> bool:
    """Whether the element's first thing is the label in bold."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return (
        not (element.text or "").strip()
        and first is not None
        and first.tag in BOLD_TAGS
        and normalise(subtree_text(first)) == normalise(label)
    )


def is_share_button_line(unit: Unit) -> bool:
    """A short line whose links all open a share service's dialog (``SHARE_ENDPOINTS``: "Love
    this recipe? <a href="https://www.pinterest.com/pin/create/button/?...">Pin it to your
    Soups board</a> ..."): a share button, however worded."""
    if not unit.link_length or unit.length >= SHORT_LINE:
        return False
    return all(_opens_share_dialog(link.get("href")) for link in unit.element.iter("a"))


def _opens_share_dialog(href: str | None) -> bool:
    """Whether a link leads to a share service's endpoint (``SHARE_ENDPOINTS``)."""
    host = host_of(href)
    if host is None:
        return False
    path = path_of(href).casefold()
    return any(
        (host == endpoint_host or host.endswith("." + endpoint_host)) and path.startswith(start)
        for endpoint_host, start in SHARE_ENDPOINTS
    )


def is_vendor_credit(unit: Unit) -> bool:
    """A widget's credit to the vendor that runs it, the vendor's name linked and nothing
    after it ("Powered by <a>GetYourGuide</a>" under a booking widget)."""
    if not unit.link_length or unit.length >= SHORT_LINE:
        return False
    text = unit.text.casefold()
    opener = next((words for words in VENDOR_CREDIT_OPENERS if text.startswith(words)), None)
    if opener is None:
        return False
    vendor = " ".join(text[len(opener) :].split())
    return bool(vendor) and any(
        " ".join(subtree_text(link).split()).casefold() == vendor for link in unit.element.iter("a")
    )


def is_save_appeal(unit: Unit) -> bool:
    """A short line asking the reader to save the post for later (``SAVE_FOR_LATER_APPEAL``:
    "Save this guide for later – pin it!")."""
    return (
        unit.length < SHORT_LINE and SAVE_FOR_LATER_APPEAL.search(unit.text.casefold()) is not None
    )
