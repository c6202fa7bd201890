"""Class/id tokens, ARIA roles and tags that mark non-story blocks.

Tokens are matched whole, never as substrings: a class attribute is split on whitespace into
tokens, and each token into parts on ``-``, ``_``, digits and camelCase (``RelatedCoverage-box``
gives ``related``, ``coverage``, ``box``). A part cue matches according to its position rule:

- ``ANY``: wherever it appears (``related-posts``, ``post-related``, ``jp-relatedposts``);
- ``WEAK``: as the last part, or anywhere when no other part names story content
  (``share-bar`` and ``article-share`` match, ``gdpr-article`` does not);
- ``TAIL``: only as the last part or alone (``post-tags`` matches; WordPress's
  ``tag-politics`` or Drupal's ``node-promoted``-style modifiers do not).
"""

from __future__ import annotations

from typing import Literal

from newsparse.generic.cues.kinds import Kind

Position = Literal["any", "weak", "tail"]
ANY: Position = "any"
WEAK: Position = "weak"
TAIL: Position = "tail"

# part -> (kind, position rule)
TOKEN_CUES: dict[str, tuple[Kind, Position]] = {
    # related articles
    "related": (Kind.RELATED, ANY),
    "relatedposts": (Kind.RELATED, ANY),
    "relatedarticles": (Kind.RELATED, ANY),
    "relatedstories": (Kind.RELATED, ANY),
    "relatedlinks": (Kind.RELATED, ANY),
    "relateditems": (Kind.RELATED, ANY),
    "relatednews": (Kind.RELATED, ANY),
    "yarpp": (Kind.RELATED, ANY),
    "crp": (Kind.RELATED, TAIL),
    "rp4wp": (Kind.RELATED, ANY),
    "recommended": (Kind.RELATED, ANY),
    "recommendations": (Kind.RELATED, ANY),
    "recommendation": (Kind.RELATED, ANY),
    "recomandari": (Kind.RELATED, ANY),  # (Romanian "recommendations")
    "recirculation": (Kind.RELATED, ANY),
    "recirc": (Kind.RELATED, ANY),
    "readnext": (Kind.RELATED, ANY),
    "readalso": (Kind.READ_ALSO, ANY),
    "similar": (Kind.RELATED, WEAK),
    "verwandt": (Kind.RELATED, ANY),
    "relacionados": (Kind.RELATED, ANY),
    "relacionadas": (Kind.RELATED, ANY),
    "gerelateerd": (Kind.RELATED, ANY),
    "powiazane": (Kind.RELATED, ANY),
    "gerelateerde": (Kind.RELATED, ANY),
    "verwandte": (Kind.RELATED, ANY),
    "relacionado": (Kind.RELATED, ANY),
    "relacionada": (Kind.RELATED, ANY),
    "correlate": (Kind.RELATED, ANY),
    "correlati": (Kind.RELATED, ANY),
    "relposts": (Kind.RELATED, ANY),
    "relation": (Kind.RELATED, ANY),
    "relevant": (Kind.RELATED, ANY),
    "kanren": (Kind.RELATED, ANY),
    "xiangguan": (Kind.RELATED, ANY),
    # most popular, trending, latest
    "popular": (Kind.POPULAR, ANY),
    "trending": (Kind.POPULAR, ANY),
    "mostread": (Kind.POPULAR, ANY),
    "mostpopular": (Kind.POPULAR, ANY),
    "mostviewed": (Kind.POPULAR, ANY),
    "topstories": (Kind.POPULAR, ANY),
    "latest": (Kind.POPULAR, WEAK),
    "recent": (Kind.POPULAR, WEAK),
    "wpp": (Kind.POPULAR, ANY),
    "meistgelesen": (Kind.POPULAR, ANY),
    "ranking": (Kind.POPULAR, ANY),
    "leidas": (Kind.POPULAR, TAIL),
    "lidas": (Kind.POPULAR, TAIL),
    "popularne": (Kind.POPULAR, ANY),
    "populares": (Kind.POPULAR, ANY),
    "leidos": (Kind.POPULAR, TAIL),
    "lidos": (Kind.POPULAR, TAIL),
    "letti": (Kind.POPULAR, TAIL),
    "ticker": (Kind.POPULAR, WEAK),
    "breaking": (Kind.POPULAR, WEAK),
    # newsletter and signup
    "newsletter": (Kind.NEWSLETTER, ANY),
    "newsletters": (Kind.NEWSLETTER, ANY),
    "signup": (Kind.NEWSLETTER, WEAK),
    "subscribe": (Kind.NEWSLETTER, WEAK),
    "subscription": (Kind.NEWSLETTER, WEAK),
    "mailchimp": (Kind.NEWSLETTER, ANY),
    "optin": (Kind.NEWSLETTER, WEAK),
    "nieuwsbrief": (Kind.NEWSLETTER, ANY),
    "infolettre": (Kind.NEWSLETTER, ANY),
    "boletin": (Kind.NEWSLETTER, WEAK),
    # share and social
    "share": (Kind.SHARE, WEAK),
    "shares": (Kind.SHARE, WEAK),
    "sharing": (Kind.SHARE, WEAK),
    "sharebar": (Kind.SHARE, ANY),
    "sharedaddy": (Kind.SHARE, ANY),
    "addthis": (Kind.SHARE, ANY),
    "addtoany": (Kind.SHARE, ANY),
    "shariff": (Kind.SHARE, ANY),
    "social": (Kind.SHARE, WEAK),
    "socials": (Kind.SHARE, WEAK),
    "teilen": (Kind.SHARE, WEAK),
    "werkzeuge": (Kind.SHARE, WEAK),  # (German: an article's print and e-mail tools)
    "partager": (Kind.SHARE, WEAK),
    "partage": (Kind.SHARE, WEAK),  # (French: sharing, SPIP's "<div class="partage">")
    "compartir": (Kind.SHARE, WEAK),
    "compartilhar": (Kind.SHARE, WEAK),
    "condividi": (Kind.SHARE, WEAK),
    "udostepnij": (Kind.SHARE, WEAK),
    # (a bar of controls to react to, reuse or contribute to the story: "article__reactions"
    # holding "Contribuer" and "Réutiliser ce contenu"; as the last part only)
    "reactions": (Kind.SHARE, TAIL),
    # comments
    "comments": (Kind.COMMENTS, WEAK),
    "comment": (Kind.COMMENTS, WEAK),
    "commentlist": (Kind.COMMENTS, ANY),
    "disqus": (Kind.COMMENTS, ANY),
    # readers' comments on Israeli sites ("TalkbacksComponent", "talkback-item")
    "talkback": (Kind.COMMENTS, WEAK),
    "talkbacks": (Kind.COMMENTS, WEAK),
    # an obituary's condolences from readers ("guestbook-entry", "legacy-guestbook")
    "guestbook": (Kind.COMMENTS, ANY),
    # (a funeral home's "tribute wall" of readers' condolences: "tributewall", "condolence")
    "tributewall": (Kind.COMMENTS, ANY),
    "condolence": (Kind.COMMENTS, ANY),
    "condolences": (Kind.COMMENTS, ANY),
    "respond": (Kind.COMMENTS, TAIL),
    "discussion": (Kind.COMMENTS, TAIL),
    # (plurals only: a singular "Kommentar", "commento" is also an opinion column)
    "kommentare": (Kind.COMMENTS, WEAK),
    "leserkommentare": (Kind.COMMENTS, ANY),
    "commentaires": (Kind.COMMENTS, WEAK),
    "comentarios": (Kind.COMMENTS, WEAK),
    "commenti": (Kind.COMMENTS, WEAK),
    "reacties": (Kind.COMMENTS, WEAK),
    "komentarze": (Kind.COMMENTS, WEAK),
    # cookie and consent
    "cookie": (Kind.CONSENT, WEAK),
    "cookies": (Kind.CONSENT, WEAK),
    "consent": (Kind.CONSENT, WEAK),
    "gdpr": (Kind.CONSENT, TAIL),
    "cmp": (Kind.CONSENT, TAIL),
    "didomi": (Kind.CONSENT, ANY),
    "onetrust": (Kind.CONSENT, ANY),
    "cookiebot": (Kind.CONSENT, ANY),
    "usercentrics": (Kind.CONSENT, ANY),
    "quantcast": (Kind.CONSENT, ANY),
    "iubenda": (Kind.CONSENT, ANY),  # (Italy's commonest consent banner: "iubenda-cs-banner")
    "cookielaw": (Kind.CONSENT, ANY),
    "cookieconsent": (Kind.CONSENT, ANY),
    # a bookmaker's odds beside a match report ("odds-box", "sportsbook-odds")
    "sportsbook": (Kind.AD, ANY),
    "odds": (Kind.AD, WEAK),
    # a video module's box in the story ("vid_cnt ins_vid": its title, source and length)
    "vid": (Kind.CHROME, TAIL),
    # ads, sponsored and promoted content
    "ad": (Kind.AD, WEAK),
    "ads": (Kind.AD, WEAK),
    # (Italian papers' "adv adv--inarticle" slots; a whole part only: not "advice", "adventure")
    "adv": (Kind.AD, WEAK),
    "advert": (Kind.AD, ANY),
    "adverts": (Kind.AD, ANY),
    "advertisement": (Kind.AD, ANY),
    "advertising": (Kind.AD, ANY),
    "adsbygoogle": (Kind.AD, ANY),
    "adslot": (Kind.AD, ANY),
    "adunit": (Kind.AD, ANY),
    "dfp": (Kind.AD, WEAK),
    "sponsored": (Kind.AD, WEAK),
    "sponsor": (Kind.AD, WEAK),
    "outbrain": (Kind.AD, ANY),
    "taboola": (Kind.AD, ANY),
    "trc": (Kind.AD, WEAK),
    "partner": (Kind.AD, TAIL),
    "products": (Kind.AD, TAIL),
    "shopping": (Kind.AD, TAIL),
    "affiliate": (Kind.AD, WEAK),
    "partners": (Kind.AD, TAIL),
    "anzeige": (Kind.AD, ANY),
    "werbung": (Kind.AD, ANY),
    "publicite": (Kind.AD, ANY),
    "publicidad": (Kind.AD, ANY),
    "pubblicita": (Kind.AD, ANY),
    "reklama": (Kind.AD, ANY),
    "reklame": (Kind.AD, ANY),
    "advertentie": (Kind.AD, ANY),
    "publicidade": (Kind.AD, ANY),
    # embedded players
    "videoplayer": (Kind.CHROME, ANY),
    "jwplayer": (Kind.CHROME, ANY),
    # author boxes
    "bio": (Kind.BIO, TAIL),
    "bios": (Kind.BIO, TAIL),
    "authorbox": (Kind.BIO, ANY),
    "authorbio": (Kind.BIO, ANY),
    # tags
    "tags": (Kind.TAGS, TAIL),
    "tag": (Kind.TAGS, TAIL),
    "tagcloud": (Kind.TAGS, ANY),
    "taglist": (Kind.TAGS, ANY),
    "keywords": (Kind.TAGS, TAIL),
    "searches": (Kind.TAGS, TAIL),
    "topics": (Kind.TAGS, TAIL),
    "schlagworte": (Kind.TAGS, ANY),
    "stichworte": (Kind.TAGS, ANY),
    "etiquetas": (Kind.TAGS, TAIL),
    "trefwoorden": (Kind.TAGS, TAIL),
    # breadcrumbs
    "breadcrumb": (Kind.BREADCRUMB, ANY),
    "breadcrumbs": (Kind.BREADCRUMB, ANY),
    "crumbs": (Kind.BREADCRUMB, TAIL),
    "brotkrumen": (Kind.BREADCRUMB, ANY),
    "briciole": (Kind.BREADCRUMB, ANY),
    "kruimelpad": (Kind.BREADCRUMB, ANY),
    "arbo": (Kind.BREADCRUMB, TAIL),  # (French "arborescence": SPIP's "<p class="arbo">")
    # previous/next
    # (TAIL: a post block's setting, JNews's "jeg_pagination_disable", names no pagination)
    "pagination": (Kind.PAGINATION, TAIL),
    "pager": (Kind.PAGINATION, WEAK),
    "paging": (Kind.PAGINATION, WEAK),
    "prevnext": (Kind.PAGINATION, ANY),
    "nextprev": (Kind.PAGINATION, ANY),
    "pagenav": (Kind.PAGINATION, ANY),
    # paywall
    "paywall": (Kind.PAYWALL, ANY),
    # (Piano's offer boxes: "piano-inline-offer", "PianoInline_container")
    "piano": (Kind.PAYWALL, WEAK),
    "regwall": (Kind.PAYWALL, ANY),
    "meter": (Kind.PAYWALL, TAIL),
    "bezahlschranke": (Kind.PAYWALL, ANY),
    # (the FT's offer: "o-barrier", data-component="barrier"; not "barrier-free")
    "barrier": (Kind.PAYWALL, TAIL),
    # German and Dutch subscription offers ("abo-box", "abonnement-teaser")
    "abo": (Kind.PAYWALL, WEAK),
    "abonnement": (Kind.PAYWALL, WEAK),
    # appeals
    "donate": (Kind.APPEAL, WEAK),
    "donation": (Kind.APPEAL, WEAK),
    "donations": (Kind.APPEAL, WEAK),
    # a call-to-action box ("inline-cta", "wp-block-techcrunch-inline-cta")
    "cta": (Kind.APPEAL, TAIL),
    # a reader-revenue box ("c-article-contribute"); not "contributor", the author
    "contribute": (Kind.APPEAL, TAIL),
    "appbanner": (Kind.APPEAL, ANY),
    "followus": (Kind.APPEAL, ANY),
    # a price comparison widget in reviews (Future's "hawk-wrapper": "Today's best ... deals")
    "hawk": (Kind.AD, ANY),
    # a shoppable picture ("PostShoppable")
    "shoppable": (Kind.AD, ANY),
    # affiliate product boxes of WordPress plugins (Lasso, AAWP), a ConvertKit form
    "lasso": (Kind.AD, ANY),
    "aawp": (Kind.AD, ANY),
    "formkit": (Kind.NEWSLETTER, ANY),
    # an in-story sales pitch ("article-pitch-container": "Should you invest $1,000 in ...")
    "pitch": (Kind.AD, TAIL),
    # a slideshow's "2 of 5" ("slide-counter")
    "counter": (Kind.CHROME, TAIL),
    # a bookmaker's odds box in a sports story ("Betting", "box-quote-scommesse",
    # "ue-c-article__apuestas")
    "betting": (Kind.AD, WEAK),
    "apuestas": (Kind.AD, WEAK),
    "scommesse": (Kind.AD, WEAK),
    # a reader poll's or quiz's form in the story ("CSS_Poll PDS_Poll", "knowledge-quiz")
    "poll": (Kind.CHROME, TAIL),
    "quiz": (Kind.CHROME, TAIL),
    # a hosted poll service's embed ("crowdsignal-poll", "polldaddy-wrap")
    "crowdsignal": (Kind.CHROME, ANY),
    "polldaddy": (Kind.CHROME, ANY),
    # a reader-reaction widget after the story ("moodmeter": "How does this make you feel?"
    # over "Happy", "Sad", "Angry"...)
    "moodmeter": (Kind.CHROME, ANY),
    # video.js players' controls and titles ("vjs-title", "vjs-control-bar")
    "vjs": (Kind.HIDDEN, ANY),
    "vplayer": (Kind.CHROME, ANY),
    # MediaWiki's "[edit]" links beside section headings (inside the heading, a <span>:
    # only a hidden kind takes an inline element's text out)
    "editsection": (Kind.HIDDEN, ANY),
    "membership": (Kind.APPEAL, TAIL),
    "support": (Kind.APPEAL, WEAK),  # ("support-block", "Story_support__c8Hq1": "Give now")
    "contributions": (Kind.APPEAL, ANY),  # (reader-revenue boxes: "contributions-epic")
    # a fact-checker's box asking readers to send it claims by a messaging app ("box--chatbot":
    # "Escríbenos a nuestro chatbot de WhatsApp ... y lo verificamos")
    "chatbot": (Kind.APPEAL, WEAK),
    "tipline": (Kind.APPEAL, WEAK),
    # a reader call-out box: "Get in touch", how to send the newsroom your story
    "getintouch": (Kind.APPEAL, WEAK),
    # navigation
    "nav": (Kind.NAV, TAIL),
    "navbar": (Kind.NAV, ANY),
    # a wiki's note pointing to other pages of a like name ("For the railway station, see
    # ...": MediaWiki's "hatnote", formerly "dablink")
    "hatnote": (Kind.NAV, ANY),
    "dablink": (Kind.NAV, ANY),
    "navigation": (Kind.NAV, WEAK),
    "menu": (Kind.NAV, WEAK),
    "megamenu": (Kind.NAV, ANY),
    "skip": (Kind.NAV, TAIL),
    "masthead": (Kind.NAV, TAIL),
    # page chrome
    "sidebar": (Kind.CHROME, WEAK),
    "widget": (Kind.CHROME, TAIL),
    "widgets": (Kind.CHROME, TAIL),
    "footer": (Kind.CHROME, WEAK),
    "seitenleiste": (Kind.CHROME, WEAK),
    "fusszeile": (Kind.CHROME, WEAK),
    "rodape": (Kind.CHROME, WEAK),
    "colophon": (Kind.CHROME, TAIL),
    # a Japanese local government's contact box under every page ("tmp_inquiry":
    # "このページに関するお問い合わせ")
    "inquiry": (Kind.CHROME, TAIL),
    # a box of the page's files to download ("downloads": a report as PDF, a form as Word)
    # (not the singular "attachment": WordPress classes its pictures "attachment-large")
    "downloads": (Kind.CHROME, TAIL),
    "attachments": (Kind.CHROME, TAIL),
    "disclaimer": (Kind.CHROME, WEAK),  # the site's, under every story
    "modal": (Kind.CHROME, TAIL),
    "popup": (Kind.CHROME, WEAK),
    "print": (Kind.HIDDEN, TAIL),
    "noprint": (Kind.HIDDEN, ANY),
    "screenreader": (Kind.HIDDEN, ANY),
    # the fallback a script replaces ("jetpack-slideshow-noscript": "This slideshow requires
    # JavaScript."): what readers with scripts on, nearly all, never see
    "noscript": (Kind.HIDDEN, TAIL),
}

# Class words of sites that name their blocks in their own language: Chinese pinyin and the
# initials Chinese CMSs use (xgwz: xiang guan wen zhang, "related articles"), Japanese
# romaji, and the plain words of other languages. (As above, words that also name an opinion
# column or a story's own part are left out, and plurals kept where a singular is a column.)
TOKEN_CUES.update(
    {
        # Chinese (pinyin) and its widgets
        "xgwz": (Kind.RELATED, ANY),
        "xgxw": (Kind.RELATED, ANY),
        "xgyd": (Kind.RELATED, ANY),
        "tuijian": (Kind.RELATED, WEAK),
        "remen": (Kind.POPULAR, WEAK),
        "paihang": (Kind.POPULAR, ANY),
        "paihangbang": (Kind.POPULAR, ANY),
        "pinglun": (Kind.COMMENTS, WEAK),
        "liuyan": (Kind.COMMENTS, WEAK),
        "fenxiang": (Kind.SHARE, WEAK),
        "bdshare": (Kind.SHARE, ANY),
        "bdsharebuttonbox": (Kind.SHARE, ANY),
        "jiathis": (Kind.SHARE, ANY),
        "guanggao": (Kind.AD, ANY),
        "biaoqian": (Kind.TAGS, TAIL),
        "mianbaoxie": (Kind.BREADCRUMB, ANY),
        "daohang": (Kind.NAV, WEAK),
        "fenye": (Kind.PAGINATION, WEAK),
        "cebianlan": (Kind.CHROME, WEAK),
        "yejiao": (Kind.CHROME, WEAK),
        # Japanese (romaji); "sns" names the share and follow buttons of Japanese and Korean
        # sites alike
        "osusume": (Kind.RELATED, WEAK),
        "ninki": (Kind.POPULAR, WEAK),
        "komento": (Kind.COMMENTS, WEAK),
        "koukoku": (Kind.AD, ANY),
        "sns": (Kind.SHARE, WEAK),
        # Turkish
        "ilgili": (Kind.RELATED, WEAK),
        "benzer": (Kind.RELATED, WEAK),
        "yorumlar": (Kind.COMMENTS, WEAK),
        "reklam": (Kind.AD, ANY),
        "paylas": (Kind.SHARE, WEAK),
        "etiketler": (Kind.TAGS, TAIL),
        # Indonesian and Malay
        "terkait": (Kind.RELATED, WEAK),
        "tengdar": (Kind.RELATED, WEAK),  # Icelandic: related ("tengdar-frettir")
        # Vietnamese: related news ("tin liên quan" run together: "box-tinlienquanv2")
        "tinlienquan": (Kind.RELATED, ANY),
        "relatedbox": (Kind.RELATED, ANY),
        # Catalan, Basque, Galician, Spanish and Portuguese appeals to subscribe, join or
        # give ("vw-subscriu-box", "harpidetza-deia", "fes-te-soci-article", "caja-donacion")
        "subscriu": (Kind.APPEAL, WEAK),
        "subscripcio": (Kind.APPEAL, WEAK),
        "subscricion": (Kind.APPEAL, WEAK),
        "suscripcion": (Kind.APPEAL, WEAK),
        "harpidetza": (Kind.APPEAL, ANY),
        "harpidetu": (Kind.APPEAL, ANY),
        "bazkidetu": (Kind.APPEAL, ANY),
        "bazkide": (Kind.APPEAL, WEAK),
        "soci": (Kind.APPEAL, ANY),
        "donacion": (Kind.APPEAL, WEAK),
        "donacio": (Kind.APPEAL, WEAK),
        "doacao": (Kind.APPEAL, WEAK),
        "descargo": (Kind.CHROME, WEAK),  # Spanish: a disclaimer ("descargo-responsabilidad")
        "terpopuler": (Kind.POPULAR, ANY),
        "iklan": (Kind.AD, ANY),
        "bagikan": (Kind.SHARE, WEAK),
        # Russian and Ukrainian, transliterated
        "pohozhie": (Kind.RELATED, WEAK),
        "kommentarii": (Kind.COMMENTS, WEAK),
        "komentari": (Kind.COMMENTS, WEAK),
        # Czech and Slovak, Hungarian, Romanian
        "souvisejici": (Kind.RELATED, WEAK),
        "suvisiace": (Kind.RELATED, WEAK),
        "komentare": (Kind.COMMENTS, WEAK),
        "diskuse": (Kind.COMMENTS, TAIL),
        "kapcsolodo": (Kind.RELATED, WEAK),
        "hozzaszolasok": (Kind.COMMENTS, WEAK),
        "hirdetes": (Kind.AD, ANY),
        "similare": (Kind.RELATED, WEAK),
        "comentarii": (Kind.COMMENTS, WEAK),
        "publicitate": (Kind.AD, ANY),
        # Nordic languages and Finnish
        "relaterade": (Kind.RELATED, ANY),
        "relaterte": (Kind.RELATED, ANY),
        "relaterede": (Kind.RELATED, ANY),
        "kommentarer": (Kind.COMMENTS, WEAK),
        "kommentit": (Kind.COMMENTS, WEAK),
        "annons": (Kind.AD, WEAK),
        "annonse": (Kind.AD, WEAK),
        "annonce": (Kind.AD, TAIL),
        "mainos": (Kind.AD, ANY),
    }
)

# Whole tokens (lowercased, "_" read as "-") that decide on their own: compounds that the part
# rules above would miss or misread.
WHOLE_TOKEN_CUES: dict[str, Kind] = {
    "jp-relatedposts": Kind.RELATED,
    # tagDiv's (Newspaper theme) ad slot between paragraphs and its label ("td-a-rec" reads
    # "td", "a", "rec": no part names the ad)
    "td-a-rec": Kind.AD,
    "td-adspot-title": Kind.AD,
    # WordPress's classic "This entry was posted on ... and is filed under ..." line
    "postmetadata": Kind.TAGS,
    # cards shown on hover over a name or a term: their text is not in the sentence (whole
    # tokens only: "has-tooltip" is the visible term itself)
    "tooltip": Kind.HIDDEN,
    "tooltip-content": Kind.HIDDEN,
    "tooltip-inner": Kind.HIDDEN,
    "popover": Kind.HIDDEN,
    "popover-content": Kind.HIDDEN,
    "popover-body": Kind.HIDDEN,
    "hovercard": Kind.HIDDEN,
    "hover-card": Kind.HIDDEN,
    "rollover-block": Kind.HIDDEN,
    # shown only on paper: a print edition's masthead and notices
    "print-header": Kind.HIDDEN,
    "print-footer": Kind.HIDDEN,
    "print-only": Kind.HIDDEN,
    "printonly": Kind.HIDDEN,
    "visible-print": Kind.HIDDEN,
    "show-for-print": Kind.HIDDEN,
    # a sports report's line-ups and match statistics (tables beside the report)
    "line-ups": Kind.CHROME,
    "lineups": Kind.CHROME,
    "player-of-the-match": Kind.CHROME,
    "matchstats": Kind.CHROME,
    # a match's scoreboard over the report or live commentary (teams, score, "FT", scorers)
    "scoreboard": Kind.CHROME,
    "score-header": Kind.CHROME,
    "match-header": Kind.CHROME,
    "scorebox": Kind.CHROME,
    # a video player's list of the next clips
    "playlist": Kind.CHROME,
    # a shop's product box inside a story ("Shop Now", the price and the retailer)
    "embed-product": Kind.AD,
    "product-embed": Kind.AD,
    # a recipe card's "Did you make this recipe? Tag us" box
    "call-to-action": Kind.APPEAL,
    "wprm-call-to-action": Kind.APPEAL,
    # Hungarian: a picture's caption (képaláírás), a support box (támogatás)
    "kepalairas": Kind.CHROME,
    "tamogatas": Kind.APPEAL,
    "tamogatas-box": Kind.APPEAL,
    # French: a call for donations ("appel aux dons": SPIP's "<div class="appel-don">"; "don"
    # alone is too many other things' part)
    "appel-don": Kind.APPEAL,
    "appel-dons": Kind.APPEAL,
    "appel-aux-dons": Kind.APPEAL,
    # hidden from print only (Bootstrap's "hidden-print"): readers of the screen see it, and
    # what a site leaves off paper is its furniture (share bars, citation boxes, related
    # stories: chrome, whose related blocks are still read)
    "hidden-print": Kind.CHROME,
    "d-print-none": Kind.CHROME,
    "noprint": Kind.CHROME,
    "no-print": Kind.CHROME,
    "print-hide": Kind.CHROME,
    "hide-print": Kind.CHROME,
    "hide-on-print": Kind.CHROME,
    "hidden-on-print": Kind.CHROME,
    "screen-only": Kind.CHROME,
    "not-print": Kind.CHROME,
    "non-printable": Kind.CHROME,
    # MediaWiki's "From <wiki name>" line under the title
    "sitesub": Kind.CHROME,
    # declared not to be the page's content (kept out of search indexes)
    "robots-nocontent": Kind.CHROME,
    # article tool bars: reprints, text size, print buttons
    "print-tools": Kind.SHARE,
    "article-tools": Kind.SHARE,
    "textresizer": Kind.SHARE,
    "text-resizer": Kind.SHARE,
    "font-resizer": Kind.SHARE,
    "crp-list": Kind.RELATED,
    "crp-related": Kind.RELATED,
    "read-next": Kind.RELATED,
    "read-more": Kind.READ_ALSO,
    "read-more-wrap": Kind.READ_ALSO,
    "readmore": Kind.READ_ALSO,
    "more-stories": Kind.RELATED,
    "more-to-read": Kind.RELATED,
    "more-from": Kind.RELATED,
    "more-on": Kind.RELATED,
    "more-articles": Kind.RELATED,
    "also-read": Kind.READ_ALSO,
    "see-also": Kind.READ_ALSO,
    "you-may-like": Kind.RELATED,
    "you-might-like": Kind.RELATED,
    "most-read": Kind.POPULAR,
    "most-popular": Kind.POPULAR,
    "most-viewed": Kind.POPULAR,
    "most-shared": Kind.POPULAR,
    "most-commented": Kind.POPULAR,
    "top-stories": Kind.POPULAR,
    "top-news": Kind.POPULAR,
    "editors-picks": Kind.POPULAR,
    "editor-picks": Kind.POPULAR,
    "widget-recent-entries": Kind.POPULAR,
    "recent-posts": Kind.POPULAR,
    "post-tags": Kind.TAGS,
    "tag-cloud": Kind.TAGS,
    "tag-list": Kind.TAGS,
    "tag-links": Kind.TAGS,
    "tags-links": Kind.TAGS,
    "entry-tags": Kind.TAGS,
    "cat-links": Kind.TAGS,
    "post-categories": Kind.TAGS,
    # LiveJournal's "Current Mood:" and "Current Music:" lines under an entry
    "currents": Kind.TAGS,
    "current-mood": Kind.TAGS,
    "current-music": Kind.TAGS,
    "current-location": Kind.TAGS,
    # a forum post's signature (the member's own line under every post)
    "signature": Kind.BIO,
    "postsignature": Kind.BIO,
    "post-signature": Kind.BIO,
    # an affiliate blog's notice that its links earn it a commission
    "disclosure": Kind.AD,
    "disclosure-box": Kind.AD,
    "affiliate-disclosure": Kind.AD,
    "ftc-disclosure": Kind.AD,
    # a trading site's legal notice on the risks of trading, under every page: like an
    # affiliate's disclosure, never the story however much prose it holds
    "risk-disclosure": Kind.AD,
    "risk-warning": Kind.AD,
    "author-box": Kind.BIO,
    "author-info": Kind.BIO,
    "author-bio": Kind.BIO,
    "about-author": Kind.BIO,
    "about-the-author": Kind.BIO,
    "author-card": Kind.BIO,
    "author-profile": Kind.BIO,
    "post-author": Kind.BIO,
    "nav-links": Kind.PAGINATION,
    "nav-previous": Kind.PAGINATION,
    "nav-next": Kind.PAGINATION,
    "post-navigation": Kind.PAGINATION,
    "post-nav": Kind.PAGINATION,
    "prev-next": Kind.PAGINATION,
    "next-prev": Kind.PAGINATION,
    "next-previous": Kind.PAGINATION,
    "prev-post": Kind.PAGINATION,
    "next-article": Kind.PAGINATION,
    "previous-article": Kind.PAGINATION,
    "prev-article": Kind.PAGINATION,
    "article-navigation": Kind.PAGINATION,
    "previous-post": Kind.PAGINATION,
    "next-post": Kind.PAGINATION,
    "post-previous": Kind.PAGINATION,
    "post-next": Kind.PAGINATION,
    "promoted-content": Kind.AD,
    "promoted-stories": Kind.AD,
    "paid-content": Kind.AD,
    "ob-widget": Kind.AD,
    "trc-related-container": Kind.AD,
    "trc-rbox-container": Kind.AD,
    "cookie-banner": Kind.CONSENT,
    "cookie-notice": Kind.CONSENT,
    "gdpr-banner": Kind.CONSENT,
    "gdpr-notice": Kind.CONSENT,
    "sp-message-container": Kind.CONSENT,
    "onetrust-banner-sdk": Kind.CONSENT,
    "onetrust-consent-sdk": Kind.CONSENT,
    "cmplz-cookiebanner": Kind.CONSENT,
    "tp-modal": Kind.PAYWALL,
    "subscribe-to-continue": Kind.PAYWALL,
    "app-download": Kind.APPEAL,
    "app-banner": Kind.APPEAL,
    "get-the-app": Kind.APPEAL,
    "app-promo": Kind.APPEAL,
    "download-app": Kind.APPEAL,
    "skip-link": Kind.NAV,
    "nav-wrapper": Kind.NAV,
    "nav-container": Kind.NAV,
    "nav-bar": Kind.NAV,
    "nav-menu": Kind.NAV,
    "nav-list": Kind.NAV,
    "nav-primary": Kind.NAV,
    "nav-secondary": Kind.NAV,
    "skip-links": Kind.NAV,
    "sr-only": Kind.HIDDEN,
    "off-screen": Kind.HIDDEN,
    "offscreen": Kind.HIDDEN,
    "visuallyhidden": Kind.HIDDEN,
    "element-invisible": Kind.HIDDEN,
    "visually-hidden": Kind.HIDDEN,
    "screen-reader-text": Kind.HIDDEN,
    "wb-inv": Kind.HIDDEN,  # (the Web Experience Toolkit's, on Canada.ca)
    "assistive-text": Kind.HIDDEN,  # (WordPress's older default themes)
    # a lesson's blocks after a story for young readers: questions, activities, a guide
    "teaching-guide": Kind.CHROME,
    "lesson-plan": Kind.CHROME,
    "discussion-questions": Kind.CHROME,
    "check-understanding": Kind.CHROME,
    "think-about-it": Kind.CHROME,
    "write-prompt": Kind.CHROME,
    "show-for-sr": Kind.HIDDEN,  # (Foundation's)
    "u-hiddenvisually": Kind.HIDDEN,
    # the "Page details" box under a government page ("Was this page useful?", "Date
    # modified")
    "pagedetails": Kind.CHROME,
    # Mailchimp for WordPress's sign-up form
    "mc4wp-form": Kind.NEWSLETTER,
    # WordPress plugins' boxes inside a post: Simple Author Box, LuckyWP's table of
    # contents, the "Was this helpful?" widgets
    "saboxplugin-wrap": Kind.BIO,
    "lwptoc": Kind.NAV,
    # AMP's element for an ad network's widget (Taboola's, Outbrain's recommendations)
    "amp-embed": Kind.AD,
    # a weather site's radar map widget set between the paragraphs (a heading, the map's
    # picture and "Open Interactive Map"): no text of the story
    "radar-embed": Kind.CHROME,
    # a web story's player set between the paragraphs (AMP's element, the Web Stories
    # plugin's embed): a promo of another story, its link only a fallback
    "amp-story-player": Kind.CHROME,
    "web-stories-embed": Kind.CHROME,
    # a story's table of contents (Easy Table of Contents' "ez-toc-container")
    "toc": Kind.NAV,
    "table-of-contents": Kind.NAV,
    "ez-toc-container": Kind.NAV,
    # (a "Jump to:" box of links to the story's sections over its first paragraph)
    "jump-to": Kind.NAV,
    "jumpto": Kind.NAV,
    "jump-links": Kind.NAV,
    "jumplinks": Kind.NAV,
    "jump-to-links": Kind.NAV,
    "wthf-container": Kind.CHROME,
    "helpful": Kind.CHROME,
    # a site's footer of its services and sister sites ("<div id="related-services"
    # class="footer">": Mobile, News feeds, Alerts...), no related articles
    "related-services": Kind.CHROME,
    "related-sites": Kind.CHROME,
}

# Cues of several parts in a row, found wherever they stand in a token's parts
# ("pie-de-pagina__legal", "BarraLateral", "bloc-lire-aussi"): block names that other
# languages write as phrases, none of whose words names a block alone.
PHRASE_CUES: dict[tuple[str, ...], Kind] = {
    # an article's tools: print, e-mail, comment count ("art_tools", "article-tools",
    # "story-tools"; not "tools" alone, a review's list of tools)
    ("art", "tools"): Kind.SHARE,
    ("article", "tools"): Kind.SHARE,
    ("story", "tools"): Kind.SHARE,
    ("post", "tools"): Kind.SHARE,
    ("page", "tools"): Kind.SHARE,
    # an embedded video or audio player: its title and duration are no lines of the story
    # ("video-player", "jw-player", "VideoPlayer", "playerVideo"; not a sports table's
    # "player" cell)
    ("video", "player"): Kind.CHROME,
    # a sports report's line-ups and statistics ("sp-c-lineups", "match-stats-block")
    ("lineups",): Kind.CHROME,
    ("match", "stats"): Kind.CHROME,
    ("audio", "player"): Kind.CHROME,
    # a promo of the site's podcast between paragraphs ("podcast-promo": its name, a line)
    ("podcast", "promo"): Kind.APPEAL,
    # a promo of an upcoming webinar set between paragraphs ("hre-inline-webinar",
    # "webinar-promo": its label, title, date, sponsor and a "Register" button; a page of the
    # webinar itself is classed "single-webinar" or "type-webinar", not so)
    ("inline", "webinar"): Kind.APPEAL,
    ("webinar", "promo"): Kind.APPEAL,
    ("webinar", "cta"): Kind.APPEAL,
    ("webinar", "banner"): Kind.APPEAL,
    ("upcoming", "webinar"): Kind.APPEAL,
    # (a teaser block of the same furniture: "webinar-teaser", or an event teaser whose BEM
    # modifier names the webinar, "event-teaser--webinar")
    ("webinar", "teaser"): Kind.APPEAL,
    ("teaser", "webinar"): Kind.APPEAL,
    # ... and a promo of a whitepaper or e-book to download, the same furniture (TYPO3's
    # "whitepaper-teaser": its label, linked title, sponsor and a "Download" button; not a
    # whitepaper's own page, "whitepaper-detail")
    ("inline", "whitepaper"): Kind.APPEAL,
    ("whitepaper", "teaser"): Kind.APPEAL,
    ("whitepaper", "promo"): Kind.APPEAL,
    ("whitepaper", "cta"): Kind.APPEAL,
    ("whitepaper", "banner"): Kind.APPEAL,
    ("white", "paper", "teaser"): Kind.APPEAL,
    ("white", "paper", "promo"): Kind.APPEAL,
    ("inline", "ebook"): Kind.APPEAL,
    ("ebook", "teaser"): Kind.APPEAL,
    ("ebook", "promo"): Kind.APPEAL,
    ("ebook", "cta"): Kind.APPEAL,
    ("ebook", "banner"): Kind.APPEAL,
    # a box asking readers to send claims or tips ("tip-line", "TipLine"; "tipline" is a part)
    ("tip", "line"): Kind.APPEAL,
    ("media", "player"): Kind.CHROME,
    ("jw", "player"): Kind.CHROME,
    ("player", "video"): Kind.CHROME,
    # an embedded video's wrapper and its title line ("video-embed__title", "video_title",
    # "video-inline-embed", "embed_video", "video-wrapper"), a player's own title
    ("video", "embed"): Kind.CHROME,
    # Indian sites' video boxes between paragraphs, their title a line ("vdo_embedd",
    # "vdo-emb_wr": "Watch IMD DG explains monsoon outlook")
    # a site's blurb for search engines after the story ("seo-text": "Get all India News in
    # Hindi related to ...")
    ("seo", "text"): Kind.CHROME,
    ("vdo", "embedd"): Kind.CHROME,
    ("vdo", "emb"): Kind.CHROME,
    ("embed", "video"): Kind.CHROME,
    ("video", "inline"): Kind.CHROME,
    ("inline", "video"): Kind.CHROME,
    ("video", "title"): Kind.CHROME,
    ("video", "wrapper"): Kind.CHROME,
    # a video player's queue of next clips ("video-playlist__item"), none of the story's
    ("video", "playlist"): Kind.CHROME,
    ("video", "article", "embed"): Kind.CHROME,
    ("player", "title"): Kind.CHROME,
    ("player", "wrapper"): Kind.CHROME,
    ("vf", "player"): Kind.CHROME,
    ("wp", "player"): Kind.CHROME,
    ("dm", "player"): Kind.CHROME,
    ("vgtv", "player"): Kind.CHROME,
    ("dre", "video"): Kind.CHROME,
    ("mod", "video"): Kind.CHROME,
    # a French ad or promotion insert, "encart publicitaire" (SPIP's "encart_pub": the
    # paper's own subscription pitch too); "encart" alone is any insert, a story's fact box
    ("encart", "pub"): Kind.AD,
    ("encart", "publicitaire"): Kind.AD,
    # a tip-off box after the story ("Do you have a story for the news desk? Email us...",
    # "Har du tips? Ring eller sms:a ...")
    ("story", "tips"): Kind.APPEAL,
    ("tip", "box"): Kind.APPEAL,
    # a reader call-out between a live page's entries ("lx-stream-get-in-touch": "Get in
    # touch", "Tell us your story", an address to write to)
    ("get", "in", "touch"): Kind.APPEAL,
    # a call to action however the token frames it (Drupal Paragraphs'
    # "paragraph--type--call-to-action", "block-call-to-action-banner")
    ("call", "to", "action"): Kind.APPEAL,
    # a box offering subscribers to give the story away ("gift-promo", "GiftArticle"; not a
    # shopping story's "gift-guide")
    ("gift", "promo"): Kind.APPEAL,
    ("gift", "article"): Kind.APPEAL,
    # an advocacy group's petition cards in a story ("take-action-covers-block")
    ("take", "action"): Kind.APPEAL,
    # a newsletter platform's reader poll (Substack's "poll-embed")
    ("poll", "embed"): Kind.CHROME,
    # a quiz's embed between paragraphs ("quiz-embed"), a hosted poll's wrappers
    # ("poll-daddy", "pd-embed")
    ("quiz", "embed"): Kind.CHROME,
    ("poll", "daddy"): Kind.CHROME,
    ("pd", "embed"): Kind.CHROME,
    # a review's score box ("caas-review-score": "Engadget Score 88"), the WP Review plugin's
    # box of scores ("wp-review-10984": "Review Overview", a score per criterion)
    ("review", "score"): Kind.CHROME,
    ("wp", "review"): Kind.CHROME,
    # a newsroom's call for tips ("b-news-tip"), and a summary a machine wrote of the story
    ("news", "tip"): Kind.APPEAL,
    # (Croatian "dojavi vijest": send us the news)
    ("dojavi", "vijest"): Kind.APPEAL,
    ("ai", "summary"): Kind.NOTES,
    # readers' reactions under a story, or a forum's thread embedded there
    ("reader", "reactions"): Kind.COMMENTS,
    ("mood", "meter"): Kind.CHROME,
    ("emoji", "reactions"): Kind.CHROME,
    ("forum", "embed"): Kind.COMMENTS,
    # SPIP's readers' forum under a story ("forum-article": "Vos réactions (4)")
    ("forum", "article"): Kind.COMMENTS,
    # an obituary's wall of readers' condolences and memories ("tribute-wall", "tribute-item",
    # "share-a-memory"); "tribute" alone also names a story's tribute gallery
    ("tribute", "wall"): Kind.COMMENTS,
    ("tribute", "item"): Kind.COMMENTS,
    ("share", "a", "memory"): Kind.COMMENTS,
    # a religious paper's call for prayer requests under its stories
    ("prayer", "box"): Kind.APPEAL,
    ("prayer", "request"): Kind.APPEAL,
    ("tips", "box"): Kind.APPEAL,
    # a how-to's call for readers' own tips under its list of tips ("tip_submit": "Submit a
    # Tip", "All tip submissions are carefully reviewed")
    ("tip", "submit"): Kind.APPEAL,
    ("submit", "tip"): Kind.APPEAL,
    ("tip", "submission"): Kind.APPEAL,
    # the byline of an answer in a Q&A box ("qa_answer_by": the expert's name and title)
    ("answer", "by"): Kind.BIO,
    ("answered", "by"): Kind.BIO,
    # an inline stock quote's table
    ("stock", "quote"): Kind.CHROME,
    ("quote", "table"): Kind.CHROME,
    # the comments' community guidelines under a story
    ("community", "guidelines"): Kind.COMMENTS,
    # the access check's placeholder over a story ("Thank you for your patience while we
    # verify access")
    ("gateway", "content"): Kind.APPEAL,
    # "follow_us", "follow-us-box": follow the site on a channel
    ("follow", "us"): Kind.APPEAL,
    # a box inviting readers to the site's channel on a messaging app ("whatsapp-channel":
    # "Suivez l'actualité de ... sur notre chaîne WhatsApp")
    ("whatsapp", "channel"): Kind.APPEAL,
    ("telegram", "channel"): Kind.APPEAL,
    # (camelCase splits them: "AuthorBox", "AuthorBios_root__Gh3Jk")
    ("author", "box"): Kind.BIO,
    ("author", "bio"): Kind.BIO,
    ("author", "bios"): Kind.BIO,
    # (a magazine's note on its writer under the story, "ContributorBio-jkNhAu": a hash of
    # letters after the name, which no digit marks as generated)
    ("contributor", "bio"): Kind.BIO,
    ("contributor", "bios"): Kind.BIO,
    ("mehr", "zum", "thema"): Kind.RELATED,
    ("zum", "thema"): Kind.RELATED,
    ("weitere", "artikel"): Kind.RELATED,
    ("articles", "lies"): Kind.RELATED,
    ("articles", "connexes"): Kind.RELATED,
    # a box of links set between the story's paragraphs ("read-also", "also-read"): related
    # only when the story does not go on after it (a "related" box is related wherever it
    # stands, as readers count The Verge's inline "Related" link)
    ("read", "also"): Kind.READ_ALSO,
    # the Jannah theme's box of the next posts ("check-also-box")
    ("check", "also"): Kind.RELATED,
    ("also", "read"): Kind.READ_ALSO,
    ("lesen", "sie", "auch"): Kind.READ_ALSO,
    ("lire", "aussi"): Kind.READ_ALSO,
    ("leia", "tambem"): Kind.READ_ALSO,
    ("veja", "tambem"): Kind.READ_ALSO,
    ("lee", "tambien"): Kind.READ_ALSO,
    ("leggi", "anche"): Kind.READ_ALSO,
    ("lees", "ook"): Kind.READ_ALSO,
    ("zobacz", "takze"): Kind.READ_ALSO,
    ("mas", "leidas"): Kind.POPULAR,
    ("mas", "leidos"): Kind.POPULAR,
    ("mais", "lidas"): Kind.POPULAR,
    ("plus", "lus"): Kind.POPULAR,
    ("piu", "letti"): Kind.POPULAR,
    ("mots", "cles"): Kind.TAGS,
    ("parole", "chiave"): Kind.TAGS,
    ("fil", "ariane"): Kind.BREADCRUMB,
    ("migas", "de", "pan"): Kind.BREADCRUMB,
    ("barra", "lateral"): Kind.CHROME,
    ("barre", "laterale"): Kind.CHROME,
    ("pie", "de", "pagina"): Kind.CHROME,
    ("pied", "de", "page"): Kind.CHROME,
    ("muro", "de", "pago"): Kind.PAYWALL,
    # a subscription offer set in the story ("ue-c-article__premium-box")
    ("premium", "box"): Kind.PAYWALL,
    # a paywall written in two words ("cx-pay-wall", "payWall"; a box "chargeWall")
    ("pay", "wall"): Kind.PAYWALL,
    ("charge", "wall"): Kind.PAYWALL,
    # Chinese pinyin, Vietnamese, Indonesian, Russian transliterated
    ("xiang", "guan"): Kind.RELATED,
    ("re", "men"): Kind.POPULAR,
    ("ping", "lun"): Kind.COMMENTS,
    ("fen", "xiang"): Kind.SHARE,
    ("guang", "gao"): Kind.AD,
    ("lien", "quan"): Kind.RELATED,
    ("xem", "them"): Kind.READ_ALSO,
    ("doc", "them"): Kind.READ_ALSO,
    ("binh", "luan"): Kind.COMMENTS,
    ("chia", "se"): Kind.SHARE,
    ("quang", "cao"): Kind.AD,
    ("baca", "juga"): Kind.READ_ALSO,
    ("berita", "terkait"): Kind.RELATED,
    ("chitaite", "takzhe"): Kind.READ_ALSO,
    ("chitayte", "takzhe"): Kind.READ_ALSO,
    # shopping embeds in a story: a product's price ("duet--article--product-pricing"), a
    # "shop the look" row (not a "product-card": a buying guide's items are such cards,
    # each with its review)
    ("product", "pricing"): Kind.AD,
    # a blog platform's ad slot between paragraphs (Tistory's "revenue_unit_wrap")
    ("revenue", "unit"): Kind.AD,
    # a product embed's block or button ("mntl-sc-block-commerce", "commerce-module",
    # "mntl-commerce-button"; not an "e-commerce" section)
    ("block", "commerce"): Kind.AD,
    ("commerce", "module"): Kind.AD,
    ("commerce", "button"): Kind.AD,
    ("shop", "the", "look"): Kind.AD,
    # the affiliate note over a shopping piece ("duet--article--affiliate-disclosure")
    ("affiliate", "disclosure"): Kind.AD,
    # the outlet's disclosure box under a story ("article-disclosure": "Disclosure &
    # Policies", its notice on its owners and its standards), as one classed "disclosure"
    # alone (named as the story's: not any class ending in "disclosure", an accordion's
    # "disclosure-panel" or a one-line note's "ArticleBody-disclosure")
    ("article", "disclosure"): Kind.AD,
    ("post", "disclosure"): Kind.AD,
    ("story", "disclosure"): Kind.AD,
    ("entry", "disclosure"): Kind.AD,
    # a shop's links to buy what the story reviews ("affiliation-box"; not an author's
    # "affiliation" alone, a scholar's institution)
    ("affiliation", "box"): Kind.AD,
    ("affiliation", "links"): Kind.AD,
    # a trading site's row of the instruments a story names, each a chip with its quote
    # ("article-related-instruments"): the story's ticker tags, no related stories
    ("related", "instruments"): Kind.TAGS,
    # a file's download card (Substack's "file-embed-wrapper": its name, size and type)
    # a newsroom's offer to republish its story ("republish-box": its terms and fees), the
    # site's own pitch
    # a portal's list of its other news ("more-news")
    ("more", "news"): Kind.RELATED,
    # ... or its other news (a city site's sidebar widget, "widget otherNews")
    ("other", "news"): Kind.RELATED,
    # a show's other episodes' recaps ("more-recaps")
    ("more", "recaps"): Kind.RELATED,
    # a broadcaster's teaser cards after the story ("sc-explore-more")
    ("explore", "more"): Kind.RELATED,
    ("republish", "box"): Kind.APPEAL,
    ("republish", "button"): Kind.APPEAL,
    ("republish", "modal"): Kind.APPEAL,
    # a donation appeal closing the story ("end-of-article-ask")
    ("article", "ask"): Kind.APPEAL,
    ("file", "embed"): Kind.CHROME,
    # an embedded consent placeholder for a tweet or video ("a-opt-in": "With your consent,
    # external content is loaded here")
    ("opt", "in"): Kind.CONSENT,
    # the rail of other stories after one ("onward-journey"), a grid of summaries of them
    # ("SummaryCollectionGridWrapper"), GOV.UK's related links ("gem-c-related-navigation":
    # the related links, not the site's navigation)
    ("onward", "journey"): Kind.RELATED,
    ("summary", "collection"): Kind.RELATED,
    ("related", "navigation"): Kind.RELATED,
    # a streaming guide's widget in a film or TV story ("o-where-to-watch")
    ("where", "to", "watch"): Kind.AD,
    # a reader-revenue ask set in a story ("duet--cta--contribution-ask")
    ("contribution", "ask"): Kind.APPEAL,
    # an embedded video's card without a player element (its headline, duration, "Source:")
    ("video", "resource"): Kind.CHROME,
    # what follows a story's text: its authors' bios, the print edition's note
    ("bottom", "of", "article"): Kind.CHROME,
    # an embed's placeholder asking consent before it loads ("ConsentBox", "click-to-view")
    ("consent", "box"): Kind.CONSENT,
    ("click", "to", "view"): Kind.CONSENT,
    # hidden from print only, as "hidden-print" above ("govuk-!-display-none-print")
    ("none", "print"): Kind.CHROME,
    # the next story's preview after one ("c-up-next", "ArticlePage-upNext")
    ("up", "next"): Kind.RELATED,
    # another post's card embedded in a newsletter post ("embedded-post-wrap")
    ("embedded", "post"): Kind.READ_ALSO,
    # a stock's quote card at a finance story's head ("company-card")
    ("company", "card"): Kind.CHROME,
}

# Whole tokens that mark the story's own container: an element carrying one is never dropped
# for its other tokens (``entry-content social-ready``, ``post tag-politics``).
CONTENT_TOKENS: frozenset[str] = frozenset(
    {
        "entry-content",
        "entry-body",
        "post-content",
        "post-body",
        "post-entry",
        "article-content",
        "article-body",
        "articlebody",
        "article-text",
        "article-main",
        "story-body",
        "story-content",
        "story-text",
        "single-content",
        "single-post-content",
        "td-post-content",
        "field-name-body",
        "post-text",
        "entry-text",
        "content-body",
        "main-content",
        "gh-content",
        "post-full-content",
        "hentry",
        # BLOX TownNews: the free lede paragraphs of a subscriber story, and the rest of it
        # (in the page's HTML, shown to subscribers)
        "subscriber-preview",
        "subscriber-only",
        "post",
        "entry",
        "article",
        "story",
        "content",
    }
)

# Parts that name story content: a WEAK cue followed by one of these is a modifier of the
# story (``gdpr-article``), not a block of its own kind.
CONTENT_PARTS: frozenset[str] = frozenset(
    {
        "article",
        "story",
        "body",
        "content",
        "text",
        "entry",
        "post",
        "headline",
        "title",
        "main",
        "embed",
        "tweet",
        "quote",
    }
)

# Parts that only say "this is a box" ("share-buttons-wrap", "b-tag-list"): a cue followed by
# nothing but these still counts as the last part.
GENERIC_PARTS: frozenset[str] = frozenset(
    {
        "list",
        "links",
        "wrap",
        "wrapper",
        "container",
        "box",
        "block",
        "area",
        "bar",
        "section",
        "items",
        "inner",
        "outer",
        "module",
        "holder",
        "group",
        "row",
        "panel",
        "component",
        "cloud",
        "widget",
        "icons",
        "buttons",
        "root",  # a CSS module's outer element ("Byline_root__x1y2")
    }
)

# WordPress-style taxonomy classes ("tag-politics", "category-news"): a token starting with one
# of these parts names the story's terms, whatever follows.
TAXONOMY_PREFIXES: frozenset[str] = frozenset(
    {"tag", "category", "cat", "format", "status", "type", "topic", "section", "node", "postid"}
)
# Drupal's prefix of a content node's classes, one of the taxonomy prefixes.
DRUPAL_NODE_PREFIX = "node"
# ...and its "node-type-<type>" body class, which names the page's content type too.
DRUPAL_NODE_TYPE_PART = "type"

# Class/id parts naming a list of events ("related-events", "upcomingEvents"): a block classed
# "related" so lists events' pages, no related articles, unless its class names news too
# ("news-events", a university's "News & Events" box lists stories).
EVENT_LISTING_PARTS: frozenset[str] = frozenset({"events", "veranstaltungen", "evenementen"})
NEWS_LISTING_PARTS: frozenset[str] = frozenset(
    {"news", "article", "articles", "story", "stories", "post", "posts"}
)

# Parts after which a token tells what the element holds or sits beside, not what it is: an
# "anchorWithStickyNavbar" is an anchor (a heading), "has-sidebar" and "layout-with-sidebar"
# are the page around the sidebar.
CONTEXT_PARTS: frozenset[str] = frozenset({"with", "has"})
# A token opening with one of these parts names a live page's entries: its "comments" are
# the newsroom's running commentary ("live-event2-comment", "liveblog-comment"), no readers'.
# Class parts naming the site's recirculation of its stories ("ContentRecircEmbed"), whatever
# their tie to the story: no word saying "related" (a read-also heading over such a box
# makes it a read-also box).
RECIRCULATION_PARTS: frozenset[str] = frozenset({"recirc", "recirculation"})
LIVE_PARTS: frozenset[str] = frozenset({"live", "liveblog", "liveticker", "livefeed", "ticker"})
# Adobe Experience Manager's core components class every block "cmp-<component>" ("cmp-text",
# "cmp-container", "cmp-list__item"): before one of these names "cmp" is that prefix, not a
# consent platform ("qc-cmp2-container", "cmp-popup", "cmp-banner" still are).
COMPONENT_PREFIX = "cmp"
COMPONENT_NAMES: frozenset[str] = frozenset(
    {
        "accordion",
        "breadcrumb",
        "button",
        "carousel",
        "container",
        "contentfragment",
        "contentfragmentlist",
        "download",
        "embed",
        "experiencefragment",
        "form",
        "image",
        "languagenavigation",
        "list",
        "navigation",
        "pdfviewer",
        "progressbar",
        "search",
        "separator",
        "tableofcontents",
        "tabs",
        "teaser",
        "text",
        "title",
    }
)
# A token opening with this part says what the element lacks: "no-footer" (DataTables'
# table without a <tfoot>), "no-sidebar" (a page's layout).
LACKING_PART = "no"

# Attributes whose values are read as tokens: class and id, and the component names that
# JavaScript frameworks and publishing platforms write into data attributes.
CUE_ATTRIBUTES: tuple[str, ...] = (
    "class",
    "id",
    "data-component",
    "data-module",
    "data-testid",
    "data-widget",
    "data-block",
    "data-area",
    "data-type",
    "data-hook",  # (Wix: "share-buttons", "recent-posts", "comments")
    "data-qa",  # (SCMP: "GenericArticle-InlineWidget", "AuthorNames-Container")
    "data-test-id",
    "data-test",  # (a trading site's "risk-disclosure", "article-disclaimer", "comments")
    "data-e2e",  # (the BBC's pages: "instagram-embed", "related-content-heading")
    "data-gu-name",  # (the Guardian's: "standfirst", "meta", "submeta")
)

# The attribute naming the heading that labels a box, whose id is read as the box's tokens
# when its other attributes name nothing (the BBC's hashed classes: "<section
# aria-labelledby="podcast-promo">").
LABELLED_BY = "aria-labelledby"

# ARIA roles.
ROLE_KINDS: dict[str, Kind] = {
    "navigation": Kind.NAV,
    "menu": Kind.NAV,
    "menubar": Kind.NAV,
    "search": Kind.NAV,
    "banner": Kind.NAV,
    "contentinfo": Kind.CHROME,
    "complementary": Kind.CHROME,
    "dialog": Kind.CHROME,
    "alertdialog": Kind.CHROME,
    # a term's pop-up definition inside a sentence, shown on hover
    "tooltip": Kind.HIDDEN,
}
# ARIA roles of controls, hidden like a <button> ("<div role="button">Tap to see full
# chart</div>" over an embed) unless on a link: a link still leads somewhere, and the rules
# for links judge it.
CONTROL_ROLES = frozenset({"button", "switch", "slider", "spinbutton"})

# Tags that never hold story text (or hold only chrome around it).
TAG_KINDS: dict[str, Kind] = {
    "script": Kind.HIDDEN,
    "style": Kind.HIDDEN,
    "noscript": Kind.HIDDEN,
    "template": Kind.HIDDEN,
    # a ruby annotation's reading (Japanese furigana), set small above the words it reads
    "rt": Kind.HIDDEN,
    "rp": Kind.HIDDEN,
    "svg": Kind.HIDDEN,
    "iframe": Kind.HIDDEN,
    "object": Kind.HIDDEN,
    "embed": Kind.HIDDEN,
    "button": Kind.HIDDEN,
    "select": Kind.HIDDEN,
    "textarea": Kind.HIDDEN,
    "input": Kind.HIDDEN,
    "dialog": Kind.CHROME,
    "nav": Kind.NAV,
    "aside": Kind.CHROME,
    "footer": Kind.CHROME,
    "form": Kind.CHROME,
}

NON_CONTENT_TAGS: frozenset[str] = frozenset(TAG_KINDS)

# Whole class/id tokens (split at spaces, "-" and "_") of a fact box set beside the story's
# paragraphs in an <aside> ("c-factbox", "infobox", "key-facts"): part of the story. Two
# words apart read as one, so "boxinfo" is a box with an "info" modifier ("a-box--info").
FACT_BOX_TOKENS: frozenset[str] = frozenset(
    {"factbox", "facts", "infobox", "keyfacts", "factfile", "explainer", "callout", "tipbox"}
    | {"boxinfo"}
    # (French "encadré", German "Infokasten", Spanish "recuadro", Italian "riquadro")
    | {"encadre", "encadremodule", "infokasten", "faktenbox", "recuadro", "riquadro"}
    # (Norwegian and Danish "faktaboks", Swedish "faktaruta")
    | {"faktaboks", "faktarute", "faktaruta"}
)
