"""Cue data for body scoring: which tags hold text, and class/id words that raise or lower a
block's chance of being the story. Data only; the logic lives in scoring.py and body.py."""

from __future__ import annotations

import re

from newsparse.generic.metadata.byline_words import BYLINE_CUES, WEAK_BYLINE_CUES
from newsparse.tags import HEADING_TAGS as HEADING_TAGS  # the body modules read it here
from newsparse.tags import INVISIBLE_TAGS as SHARED_INVISIBLE_TAGS

# Block tags whose text is a paragraph of their own.
PARAGRAPH_TAGS: frozenset[str] = (
    frozenset(
        {
            "p",
            "pre",
            "blockquote",
            "li",
            "dd",
            "dt",
            "td",
            "th",
            "figcaption",
            "address",
            "caption",
        }
    )
    | HEADING_TAGS
)

# Container tags that count as a paragraph when they hold text directly (the "<div> with <br>"
# layout of older CMSs and forum-style pages).
TEXT_CONTAINER_TAGS: frozenset[str] = frozenset(
    {"div", "section", "article", "main", "center", "font", "span", "body", "header", "form"}
)

# Of those, the blocks (a <div> in a table cell is a block of the layout's column, not part of
# the cell's paragraph), and the cells themselves.
BLOCK_CONTAINER_TAGS: frozenset[str] = TEXT_CONTAINER_TAGS - {"font", "span", "center"}
TABLE_CELL_TAGS: frozenset[str] = frozenset({"td", "th"})

# Of those, the common ones (which hold text directly or in inline formatting) and the inline
# ones (which count only when they also break lines with <br>).
COMMON_CONTAINER_TAGS: frozenset[str] = frozenset({"div", "section", "article"})
INLINE_CONTAINER_TAGS: frozenset[str] = frozenset({"span", "font"})

# Inline tags rich-text editors wrap paragraph text in, inside a bare <div>.
INLINE_FORMATTING_TAGS: frozenset[str] = frozenset(
    {"span", "font", "em", "strong", "b", "i", "u", "small", "big"}
)

# Inline elements: inside running text they are part of the sentence, whatever their class.
INLINE_TEXT_TAGS: frozenset[str] = frozenset(
    {
        "a",
        "span",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "small",
        "abbr",
        "time",
        "mark",
        "sup",
        "sub",
        "cite",
        "q",
        "code",
        "font",
        "label",
    }
)

# Tags dropped before scoring: never visible text (and dialogs, inputs).
INVISIBLE_TAGS: frozenset[str] = SHARED_INVISIBLE_TAGS | {"dialog", "input"}

# Tags of a widget's buttons (a feedback widget's "Yes" and "No").
BUTTON_TAGS: frozenset[str] = frozenset({"button", "input"})

# Tags that never hold the story but may sit inside its container.
NON_STORY_TAGS: frozenset[str] = frozenset({"nav", "aside", "footer", "menu"})

# Tags that, inside a <blockquote> (or a <figure> around one), hold the quote's attribution
# ("<blockquote><p>...</p><footer>Name, role</footer></blockquote>"): no page footer, no
# picture's caption.
QUOTE_ATTRIBUTION_TAGS: frozenset[str] = frozenset({"footer", "figcaption"})

# A live stock quote set inside a sentence after the company's linked name or symbol (its
# change and an "Add to watchlist" button): its tags ("<bg-quote field="percentchange">") and
# whole class tokens ("QuoteInBody-inlineButton"); the quote's value is no part of the
# sentence.
QUOTE_WIDGET_TAGS: frozenset[str] = frozenset({"bg-quote"})

# Whole class tokens of a pull quote's box (also written apart or in parts: "pull-quote",
# "wp-block-pullquote", "pullquote-text"): the story's words set out large beside it.
# (with a box classed as a quote block, "quote_block": a press release's quote set out
# before its dateline is a pull quote when a paragraph repeats it; not a box classed "quote"
# alone, which may be the story's own quotation set in a box that a paragraph later repeats:
# ``QUOTE_BOX_TOKENS``)
PULL_QUOTE_TOKENS: frozenset[str] = frozenset({"pullquote", "quoteblock"})
# Whole class tokens of a box classed as a quote alone ("quote-module", "<blockquote
# class="quote-text">"): a pull quote only when the paragraph right before it holds its quote
# (the story's words set out again as it reads on, "... desde los años setenta y, ...",
# then "“... desde los años setenta”" and its credit line).
QUOTE_BOX_TOKENS: frozenset[str] = frozenset({"quote"})
# The dashes opening a pull quote's credit line ("— Name, committee member"): no quote.
QUOTE_CREDIT_DASHES: tuple[str, ...] = ("—", "–", "-", "―")
# Characters around a quote's words that a paragraph quoting them may write otherwise
# ("“... the stairs.”" set out, "“... the stairs,” said ..." in the paragraph).
QUOTE_EDGE_CHARACTERS = "\"'“”„«»‘’‚‹›.,;:!?…—–- \n\t\xa0"
# The verbs of a speech tag set between two halves of a quote ("“...,” she said. “...”").
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "added", "adds", "explained", "explains", "noted", "notes", "recalled",
)  # fmt: skip
QUOTE_WIDGET_TOKENS: frozenset[str] = frozenset({"quoteinbody", "inlinequote", "quotechange"})
# (the letters every one of them holds: a cheap look at a class value before it is split)
QUOTE_WIDGET_HINT = "uote"
# A stock's price chip inside a sentence ("Brenninger-Aktie <span class="c-stock-chip">-11,8
# %</span> verlor", "(BWEN <span class="ticker-change">-1.24%</span>)", "<span
# class="stk_chng green">+2.1%</span>"): the signs its figure opens with, whole class tokens
# naming it (their common abbreviations too: "stk", "chng", "chg"), and path parts of the
# quote page a link before it names (the linked name stays: it is the sentence's).
PRICE_CHIP_SIGNS = "+-−–"
PRICE_CHIP_TOKENS: frozenset[str] = frozenset(
    {"stock", "ticker", "quote", "chip", "change", "price", "instrument", "kurs", "symbol"}
    | {"stk", "chng", "chg"}
)
QUOTE_PAGE_PATHS: tuple[str, ...] = (
    "/quote/", "/quotes/", "/aktien/", "/aktie/", "/cotizacion/", "/cotizaciones/",
    "/bourse/", "/cours/", "/stocks/", "/stock/", "/symbol/", "/borsa/", "/koers/",
    "/stockpricequote/",
)  # fmt: skip

# Tags an unnamed fact box between the story's paragraphs never holds: a box with a link or a
# control is a teaser or a sign-up box.
FACT_BOX_EXCLUDED_TAGS: tuple[str, ...] = ("a", "form", "button", "input", "select", "iframe")

# Schemes of a link that calls or texts someone ("<a href="tel:...">Call agent</a>"): read as
# a button in a small box between the story's paragraphs, the box is a contact card.
CONTACT_LINK_SCHEMES: tuple[str, ...] = ("tel:", "sms:")

# Tags of media blocks inside a story: their captions and credits are not story text.
MEDIA_TAGS: frozenset[str] = frozenset({"figure", "figcaption", "picture"})

# Substrings of class/id values of media blocks (captions, credits, galleries) inside a story.
# Class-token parts of the pieces of a picture's caption that are not its words: the photo
# credit, the slide counter ("3 of 12"), share and buy links.
CAPTION_EXTRA_PARTS: frozenset[str] = frozenset(
    {"credit", "credits", "copyright", "count", "counter", "share", "actions", "byline", "buy"}
    | {"attribution", "index"}  # (BuzzFeed's "subbuzz__attribution", "gallery__index")
)
MEDIA_CLASS_WORDS: tuple[str, ...] = (
    "caption",
    "credit",
    "gallery",
    "slideshow",
    "carousel",
    "lightbox",
    "photo-",
    "image-",
    "img-",
    # (the same written with underscores: Sina's "img_wrapper" and "img_descr")
    "photo_",
    "image_",
    "img_",
    # "foto" in Czech, Spanish, Italian, German... class names ("opener-foto", "foto-credit")
    "foto-",
    "-foto",
    # a picture's box written in camelCase or run together ("spArticleImageBox")
    "imagebox",
    # a caption and its credit in German ("bildunterschrift", "bildquelle") and French
    # ("legende") class names
    "bildunterschrift",
    "bildtext",
    "bildquelle",
    "legende",
    # a gallery in Spanish, Portuguese and Polish class names ("ce12-Galeria")
    "galeria",
)

# Whole class tokens of media blocks, too short or too common inside other words to be read
# as substrings: a picture's box and its caption and credit in Portuguese and Italian ("<div
# class="foto"><img><p class="legenda">...</p><p class="credito-foto">...</p></div>").
MEDIA_CLASS_TOKENS: frozenset[str] = frozenset(
    {"foto", "fotos", "legenda", "didascalia", "credito", "photo", "photos"}
    | {"pie", "epigrafe"}  # (Spanish captions: "pie de foto", "Galeria_Pie", "epígrafe")
)

# Words of a class name, split at separators and at camelCase humps ("articlePhotoC",
# "ImagesMod", "Image"), that name a picture's box: such a box holding one picture and a
# caption's worth of text is the picture, its caption and its controls ("写真・図版",
# "크게보기"), not the story.
PICTURE_BOX_PARTS: frozenset[str] = frozenset(
    {"photo", "photos", "image", "images", "picture", "foto", "fotos"}
)
# Words of a class name that name a box for any medium (a picture, a player, an embed): such a
# box is a picture's, as above, only when it also holds the picture's credit (``<div
# class="media"><img><div class="media__copyright">© ...</div><div class="media__title">...``:
# the title is the picture's caption).
MEDIA_BOX_PARTS: frozenset[str] = frozenset({"media"})
# Words of a class name that name a chart's box ("<div class="c-chart"><div
# class="c-chart__title">Dax im Tagesverlauf</div><div class="c-chart__canvas"
# data-chart-id="..."></div><div class="c-chart__source">Quelle: ...</div></div>"): such a box
# holding a chart's drawing surface and a caption's worth of text is the chart, its title
# and its credit, as a picture's box is.
CHART_BOX_PARTS: frozenset[str] = frozenset(
    {"chart", "charts", "graphic", "infographic", "grafik", "infografik", "diagram"}
    | {"diagramm", "grafico", "graphique", "infografia"}
)
# Hosts (and their subdomains) that serve a chart as a frame ("<iframe
# src="https://datawrapper.dwcdn.net/Kx8q2/3/">"): a box holding such a frame and only a
# chart's short title, subtitle and source lines is the chart, not the story.
CHART_FRAME_HOSTS: tuple[str, ...] = (
    "datawrapper.dwcdn.net", "datawrapper.de", "flourish.studio", "flo.uri.sh",
    "infogram.com", "public.tableau.com", "plotly.com", "plot.ly", "everviz.com",
    "highcharts.com", "charts.livegap.com",
)  # fmt: skip
# Whole class names (lowercased) of a graphic drawn as a picture with its words laid over
# it, ai2html's ("<div class="ai2html"><h3 class="g-hed">...</h3><div class="g-artboard"><img>
# <div class="g-aiAbs g-aiPointText"><p>Austin</p></div>...</div><div
# class="g-source">...</div></div>"): the box, its artboard and its placed labels are the
# graphic, its title, map labels, legend and source no text of the story.
DRAWN_GRAPHIC_CLASSES: frozenset[str] = frozenset({"ai2html", "g-artboard", "g-aiabs"})
# Class-token parts of an empty element that a script draws a chart on (besides
# ``<canvas>``).
CHART_SURFACE_PARTS: frozenset[str] = frozenset({"canvas", "plot", "plotarea"})
# Class-token parts of a picture's credit inside its box.
PICTURE_CREDIT_PARTS: frozenset[str] = frozenset({"credit", "credits", "copyright", "attribution"})
# Class parts of a heading that name it a title ("gallery__slide-title"): such a heading
# over a paragraph of the story is a subheading of it, whatever media word its class holds.
TITLE_CLASS_PARTS: frozenset[str] = frozenset({"title", "headline", "heading"})

# Of those, the word of a paragraph that captions a picture (written as a sentence, but no
# part of the story whatever its prose reads like).
CAPTION_CLASS_WORD = "caption"

# Of those, the word of a picture's credit: a block so named that holds several lines of text
# and no picture, none right before it either, is a review's credit box ("<div
# class="review-credits"><p>Production: ...</p><p>Crew: ...</p>"), a box of facts.
CREDIT_CLASS_WORD = "credit"

# Of those, the words of a gallery's own blocks: a block so named that holds prose and no
# image is the gallery's text (its introduction), not a caption.
GALLERY_CLASS_WORDS: tuple[str, ...] = (
    "gallery", "slideshow", "carousel", "lightbox", "galeria",  # (Spanish, Portuguese, Polish)
)  # fmt: skip
# Tags of the pictures a media block shows.
IMAGE_TAGS: tuple[str, ...] = ("img", "picture", "video", "figure", "figcaption", "svg")
# What makes a <figure> a media block: a picture, a player, a chart.
PICTURE_TAGS: tuple[str, ...] = (
    "img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed",
)  # fmt: skip

# Substrings of class values of blocks laid over the page (dialogs, pop-ups).
FLOATING_CLASS_WORDS: tuple[str, ...] = ("modal", "popup", "pop-up", "overlay", "dialog")
# Substrings of class values of text for screen readers only, invisible on the page.
SCREEN_READER_CLASS_WORDS: tuple[str, ...] = (
    "sr-only",
    "sronly",  # (CSS modules: "styles_srOnly__x1Y2z")
    "screen-reader",
    "visually-hidden",
    "visuallyhidden",
    "hiddenvisually",
    "assistive-text",
    "show-for-sr",
)
# Substrings of class/id values of overlays (sign-up boxes, dialogs) dropped from inside a story.
# Not used to judge candidates: whole articles are sometimes shown inside a modal viewer.
OVERLAY_CLASS_WORDS: tuple[str, ...] = (*FLOATING_CLASS_WORDS, *SCREEN_READER_CLASS_WORDS)

# Whole class tokens of utility classes that hide an element (display: none in the common CSS
# frameworks). Responsive variants ("hidden-xs") hide it on some screens only: not listed.
HIDDEN_CLASS_TOKENS: frozenset[str] = frozenset({"hidden", "d-none", "is-hidden"})
# ...unless a breakpoint's class shows it again on wider screens, where readers of a desktop
# page see it (Tailwind's "hidden md:block", Bootstrap's "d-none d-lg-flex"): the frameworks'
# breakpoint prefixes and display values.
BREAKPOINT_PREFIXES: tuple[str, ...] = ("sm", "md", "lg", "xl", "2xl", "xxl")
SHOWN_DISPLAYS: tuple[str, ...] = (
    "block",
    "inline",
    "inline-block",
    "flex",
    "inline-flex",
    "grid",
    "inline-grid",
    "table",
    "contents",
)

# Substrings of class/id values that mark a block as part of the story.
POSITIVE_CLASS_WORDS: tuple[str, ...] = (
    "article",
    "story",
    "entry",
    "content",
    "post-body",
    "postbody",
    "post_body",
    "post-text",
    "posttext",
    "body-text",
    "bodytext",
    "main-text",
    "maintext",
    "text-body",
    "prose",
    "hentry",
    "blog",
    "rich-text",
    "richtext",
)

# Page builders' names for any block of a page, the story's text blocks included
# ("elementor-widget-text-editor", "elementor-widget-container"): read as naming nothing, so
# that the words after them still count ("elementor-widget-sidebar").
PAGE_BUILDER_BLOCK_NAMES: tuple[str, ...] = ("elementor-widget",)

# Substrings of class/id values that mark a block as not part of the story.
NEGATIVE_CLASS_WORDS: tuple[str, ...] = (
    "comment",
    "disqus",
    "sidebar",
    "side-bar",
    "widget",
    "related",
    "recommend",
    "share",
    "sharing",
    "social",
    "footer",
    "foot-note",
    "breadcrumb",
    "masthead",
    "navbar",
    "navigation",
    "menu",
    "promo",
    "sponsor",
    "advert",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "popular",
    "trending",
    "outbrain",
    "taboola",
    "cookie",
    "consent",
    "paywall",
    "pagination",
    "pager",
    "tagcloud",
    "tag-list",
    "taglist",
    "more-stories",
    "read-more",
    "readmore",
    "also-read",
    "banner",
    "toolbar",
    "rating",
    # in the site's own language ("kommentare", plural: a "Kommentar" is also an opinion column)
    "kommentare",
    "kommentarbereich",
    "comentario",
    "reacties",
    "komentarz",
    "seitenleiste",
    "fusszeile",
    "werbung",
    "publicidad",
    "pubblicit",
    "nieuwsbrief",
    # a recipe card's label-and-value rows (times, servings, calories: "wprm-recipe-details-
    # label", "tasty-recipes-details") and its nutrition facts ("wprm-nutrition-label",
    # "tasty-recipes-nutrition"), wherever the card's template sets them: its metadata, not
    # its ingredients and steps
    "recipe-details",
    "recipes-details",
    "recipe-nutrition",
    "recipes-nutrition",
    "nutrition-label",
    # ...and Create by Mediavine's ("mv-create-time", "mv-create-yield", "mv-create-nutrition"),
    # with the ratings count in its card's header ("mv-create-reviews": "4.9 from 61 ratings")
    "mv-create-time",
    "mv-create-yield",
    "mv-create-nutrition",
    "mv-create-reviews",
)

# What may follow one of those words in a class/id value that names the story's own text
# after all: a match's or an expert's "commentary" is no readers' comment.
NEGATIVE_WORD_EXCEPTIONS: dict[str, str] = {"comment": "ary"}

# A summary's name in other languages' class names: the Russian "анонс" ("newsDetail__anons",
# "article__announce"), the Nordic "ingress" (Finnish "ingressi"), the Romanian "șapou", the
# Polish "zajawka".
OTHER_SUMMARY_WORDS: frozenset[str] = frozenset(
    {"anons", "announce", "ingress", "ingressi", "sapou", "zajawka"}
)
# Whole class and itemprop tokens of a standfirst's wrapper ("b-article__lead",
# itemprop="description"): a summary over the story, not its first paragraph.
STANDFIRST_TOKENS: frozenset[str] = frozenset(
    {"lead", "lede", "standfirst", "summary", "description", "intro", "dek", "deck", "excerpt"}
    | {"subtitle", "subheadline", "teaser", "perex", "chapeau", "entradilla", "sottotitolo"}
    | {"entradeta", "sommario", "sumario", "sumarios"}  # (Catalan, Italian, Spanish)
    | {"bajada", "bajadilla", "copete", "resumen"}  # (Latin American Spanish)
    | {"vorspann"}  # (German)
    | {"chapo"}  # (the French "chapô": SPIP's "<div class="chapo">")
    | {"synopsis"}
    | {"spot", "ozet"}  # (Turkish papers' standfirst: "haber-spot", "ozet")
    | OTHER_SUMMARY_WORDS
)
# Whole class tokens of a list of the story's key points set between its header and its
# first paragraph ("<div class="article__summary-list"><ul>", "key-points", "highlights"):
# a summary over the story, not its text.
SUMMARY_LIST_TOKENS: frozenset[str] = frozenset(
    {"summary", "keypoints", "highlights", "takeaways", "keytakeaways", "quicktake", "tldr"}
    | {"essentiel"}  # (French: "l'essentiel", the gist)
)
# Of those, the ones that name a box of key points alone ("ssrcss-keypoints"): such a box
# opening the story's first text block, before its first paragraph, is its summary too.
KEY_POINTS_BOX_TOKENS: frozenset[str] = frozenset({"keypoints", "keytakeaways"})
# What the short heading over such a list reads, lowercased, without its colon ("Key
# takeaways:"): the list under it opening the story is its summary, whatever its class.
# (Not "Highlights": a blog's weekly post opens with its highlights as its first section.)
KEY_POINTS_HEADINGS: frozenset[str] = frozenset(
    {"key takeaways", "takeaways", "key points", "key facts", "at a glance", "in brief"}
    | {"key findings"}
    | {"quick take", "what to know", "tl;dr", "tldr", "the gist"}
    | {"need to know", "what you need to know", "what we know"}
    | {"सार"}  # (Hindi: summary)
    | {"in evidenza", "punti chiave", "in breve"}  # (Italian: highlighted, key points, in brief)
    | {"ce qu'il faut retenir", "l'essentiel", "à retenir", "les points clés"}  # (French)
    | {"points clés"}
    | {"das wichtigste in kürze", "das wichtigste", "auf einen blick"}  # (German)
    | {"lo que hay que saber", "lo esencial", "las claves", "claves"}  # (Spanish)
)
# What a fact box's heading reads, lowercased, without its colon ("<h3>Fakta</h3>"): the name
# in bold right under it is the box's subject, no reporter signing the story.
FACT_BOX_HEADINGS: frozenset[str] = frozenset(
    {"facts", "fact box", "factbox", "fact file"}
    | {"fakta", "faktaboks", "faktarute", "faktaruta"}  # (Danish, Norwegian, Swedish)
    | {"fakten", "faktenbox", "infobox", "infokasten"}  # (German)
)
# Whole class/id tokens of the outlet's disclaimer box under the story ("articleDisclaimer",
# "post-disclaimer", "article-disclosure"): a notice on its owners, its policies or its
# advice, however much prose it holds.
DISCLAIMER_BOX_TOKENS: frozenset[str] = frozenset(
    {"disclaimer", "disclaimers", "disclosure", "disclosures"}
)
# Class words of the story's first paragraph set apart from its block, in the article's
# header under the headline (Newsquest's "article-first-paragraph"), lowercased.
FIRST_PARAGRAPH_CLASS_WORDS: tuple[str, ...] = (
    "first-paragraph",
    "first_paragraph",
    "firstparagraph",
)
# Of those, the ones that name a summary set apart from the story, never its first paragraph
# (not "lead", "intro" or "description", which pages also give the story's opening).
SUMMARY_STANDFIRST_TOKENS: frozenset[str] = frozenset(
    {"dek", "deck", "standfirst", "teaser", "subtitle", "subheadline", "summary", "excerpt"}
    # (the French "chapô", the Spanish "entradilla", the Czech "perex")
    | {"chapo", "chapeau", "entradilla", "perex", "entradeta", "sommario", "sumario", "sumarios"}
    | {"bajada", "bajadilla", "copete", "resumen"}
    | {"vorspann", "synopsis"}
    | OTHER_SUMMARY_WORDS
)

# Whole class tokens of a block of bare text opening the story's blocks that is its excerpt
# set apart under the headline ("<div class="story__excerpt">"), never its first paragraph.
EXCERPT_TOKENS: frozenset[str] = frozenset({"excerpt"})

# Whole class tokens of a block opening the story's block, its headline outside it, that
# is the standfirst when it reads as the page's description ("<div itemprop="articleBody">
# <div class="article__text__overview">"). Not "lead": a story's first paragraph is often
# classed so and repeated as the description.
DESCRIBED_STANDFIRST_TOKENS: frozenset[str] = SUMMARY_STANDFIRST_TOKENS | {"overview"}
# Whole class tokens of a short block opening the story's block, its headline outside it,
# that is the standfirst whatever it reads: a portal's summary lines in bold over the story
# ("<div id="dic_area"><strong class="media_end_summary">...<br>...</strong><br><br>").
OPENING_SUMMARY_TOKENS: frozenset[str] = frozenset({"summary"})

# Class words of a heading that is a standfirst only as the headline's first sibling
# ("<h1>...</h1><h2 class="subhead">"): further down the story, pages give its section
# headings the same class.
HEADLINE_SUBHEAD_TOKENS: frozenset[str] = frozenset({"subhead"})
# Class words of a paragraph that is a standfirst only when it closes the headline's own
# header ("<h1>...</h1><p class="contentHeader_description">"): pages also give a story's
# opening paragraph this class. ("desc" is its usual abbreviation: "<p class="article__desc">".)
HEADER_DESCRIPTION_TOKENS: frozenset[str] = frozenset({"description", "desc"})
# ...and of one classed as the intro or the lead closing it so ("<div class="stage-text"><h1>
# ...</h1><p class="intro-text">", the story in blocks of its own after that wrapper).
HEADER_CLOSING_TOKENS: frozenset[str] = HEADER_DESCRIPTION_TOKENS | {"intro", "lead", "lede"}
# Class and component words of a standfirst in the headline's own "<header>" or right after
# it ("<header><h1>...</h1><p class="headline__lead">", "<div data-testid="ArticleBody.Intro">"):
# the page sets the header apart, so a lead there is no story's opening.
HEADER_LEAD_TOKENS: frozenset[str] = frozenset({"lead", "lede", "intro", "summary", "standfirst"})
# ...and of a paragraph in that header after the headline: those, or a subhead ("<header><h1>
# ...</h1><p class="subhead">", BLOX's deck over the byline).
HEADER_PARAGRAPH_LEAD_TOKENS: frozenset[str] = HEADER_LEAD_TOKENS | HEADLINE_SUBHEAD_TOKENS
# Whole class and component words of a wrapper holding the story's lead alone, set apart
# from the story's paragraphs ("<div class="field--name-field-lead"><p>", "<div
# class="component intro"><p>"): a standfirst when it reads as the page's declared
# description.
DESCRIBED_LEAD_TOKENS: frozenset[str] = frozenset({"lead", "lede", "intro"})
# Classes and inline font sizes that set a paragraph in larger type than the story's
# (the WordPress block editor's "has-large-font-size"): a bold paragraph so set that reads
# as the page's declared description is the standfirst, as a lead-classed one is.
LARGE_TYPE_CLASSES: frozenset[str] = frozenset(
    {"has-medium-font-size", "has-large-font-size", "has-x-large-font-size"}
    | {"has-xx-large-font-size", "has-huge-font-size"}
)
LARGE_TYPE_SIZES: frozenset[str] = frozenset({"large", "larger", "x-large", "xx-large"})

# Whole class/id tokens (split on whitespace, "-" and "_") that mark a block as not part of
# the story; too short to be matched as substrings.
NEGATIVE_CLASS_TOKENS: frozenset[str] = frozenset(
    {"ad", "ads", "nav", "tags", "tag", "meta", "byline", "author", "share", "btn"}
    | {"anzeige", "teilen", "partager", "compartir", "condividi"}
)

# Class/id tokens of blocks that hold metadata rather than story text when they sit at the
# head of the content (bylines, datelines, kicker labels).
HEAD_METADATA_WORDS: tuple[str, ...] = (
    "byline",
    "author",
    "date",
    "time",
    "meta",
    "dateline",
    "timestamp",
    "published",
    "updated",
    "kicker",
    "eyebrow",
    "breadcrumb",
    "category",
    "credit",
    # (Joomla's "article-info" list: "Details", category, dates, author, hits; German
    # papers' "artikelinfo" holding "autor" and "datum", the "dachzeile" kicker)
    "article-info",
    "artikelinfo",
    "autor",
    "datum",
    "dachzeile",
    # (a blog's card naming the series a post belongs to: "Series", its name, "Part 2 of 5")
    "series",
)

# Whole class/id tokens of a dateline's parts set as a block of their own over the story's
# first paragraph, a place and the source closed by a dash ("<cite class="source__cite"><span
# class="source__location">Washington</span><span class="source__text">CNN</span></cite> —").
DATELINE_PART_TOKENS: frozenset[str] = frozenset({"dateline", "location", "source"})

# The dashes that close such a dateline.
DATELINE_DASHES: tuple[str, ...] = ("-", "–", "—")

# Whole class/id tokens of a small block at the story's tail that signs it: the reporter's
# name on a line of its own.
SIGNOFF_TOKENS: frozenset[str] = frozenset(
    {"byline", "author", "authors", "reporter", "signature", "firma", "autor", "auteur"}
)

# Whole class/id tokens of a quoted reader's letter's closing line, its writer's signature
# ("<blockquote><p>...</p><p class="signature">Kim, 34, from Leeds</p></blockquote>"): the
# letter's, no forum post's signature nor the reporter's sign-off.
LETTER_SIGNATURE_TOKENS: frozenset[str] = frozenset({"signature", "postsignature"})

# Endings of a bracketed line of Han characters closing a story that name no person: a
# role ("編集委員", "特派員", "記者") or a note ("敬称略", honorifics omitted); a desk's or an
# outlet's name is told by ``CJK_UNIT_ENDINGS`` and ``CJK_OUTLET_ENDINGS``.
BRACKETED_NON_NAME_ENDINGS: tuple[str, ...] = ("員", "者", "長", "略")

# Whole class/id tokens that name such a block though too short to look for inside words:
# Gannett's "gnt_ar_by" byline block; a signature block at the head ("c-signature": the
# writers and the desk under the headline; whole tokens only, not "signatures").
HEAD_METADATA_TOKENS: frozenset[str] = frozenset({"by", "signature"})

# Tags of such blocks whatever their class: HTML's byline, the author's <address> (Instant
# Articles: "<address><a>Name</a> Staff writer</address>").
HEAD_METADATA_TAGS: frozenset[str] = frozenset({"address"})

# Characters counted as clause separators when scoring prose (Latin, CJK, Arabic).
COMMA_CHARACTERS: str = ",，、،;；"

# Characters that end a sentence in the scripts the engine meets.
SENTENCE_END_CHARACTERS: str = ".!?。！？…”\"'»:：)）"

# Characters that end a full sentence (not a caption's credit or a label's colon): a
# paragraph ending otherwise is not taken as the story's lead.
FULL_STOP_CHARACTERS: str = ".!?。！？…”\"'»"

# Words that open a byline ("By Jane Doe"), casefolded: the metadata's byline cues.
BYLINE_OPENERS: frozenset[str] = frozenset(BYLINE_CUES) - WEAK_BYLINE_CUES
# Openers of other credit lines at a story's head, casefolded: no author follows them, but
# they are metadata of the page as a byline is ("Reviewed by Jane Doe, MD").
CREDIT_OPENERS: frozenset[str] = frozenset(
    {
        "reviewed by",
        "edited by",  # ("Edited by Jo Roe, reviewed by Sam Li": the editors' credit line)
        "medically reviewed by",
        "fact checked by",
        "fact-checked by",
        "photos by",
        "photographs by",
        "photography by",
        "illustration by",
        "illustrations by",
        "video by",
        "graphics by",
    }
)

# The labels of a picture's credit line, casefolded ("Photo: Reuters", "Фото: РИА Новости",
# "写真：共同通信"): a short line so opened names who took a picture, not a line of the story;
# a graphic's or a chart's credit is one too ("Grafik: APA; Quelle: Statistik Austria").
PHOTO_CREDIT_LABELS: tuple[str, ...] = (
    "photo", "photos", "photograph", "image", "picture", "credit", "photo credit",
    "graphic", "infographic", "chart", "grafik", "infografik", "grafik/quelle",
    "foto", "fotos", "fotó", "fotografia", "fotografía", "bild", "bilder", "crédit", "crédito",
    "credito", "zdjęcie", "kuva", "фото", "фотография", "снимка", "φωτογραφία",
    "صورة", "תמונה", "ảnh", "写真", "图片", "圖片", "图片来源", "圖片來源", "图", "圖", "摄影", "攝影", "사진",
)  # fmt: skip

# The abbreviated labels of a picture's credit line, casefolded, written with a full stop
# ("Fot. PAP", "Fot.: Jan Nowak", "Zdj. Anna Lis", Lithuanian "Nuotr. Jonas Jonaitis"): a
# short whole line so opened, no sentence, credits a picture.
ABBREVIATED_PHOTO_CREDIT_LABELS: tuple[str, ...] = ("fot", "zdj", "nuotr")

# The labels that open a caption of the picture over the story set as a paragraph of it
# ("Banner image: A woman collects shellfish ... Image by ..."), casefolded: the caption,
# however long, wherever it stands, no line of the story; in several languages (Hungarian
# "Borítókép:", "Nyitókép:", German "Titelbild:", Czech and Slovak "Titulní foto:", "Titulná
# foto:", Polish "Zdjęcie główne:", Spanish "Imagen principal:", Portuguese "Imagem do
# banner:", French "Image de bannière :", Indonesian "Gambar utama:").
LEAD_CAPTION_LABELS: tuple[str, ...] = (
    "banner image", "top image", "top photo", "header image", "featured image", "cover photo",
    "lead image", "lead photo", "main image", "borítókép", "nyitókép", "címlapkép", "titelbild",
    "titulní foto", "titulná foto", "titulní fotografie", "zdjęcie główne",
    "imagen principal", "imagen destacada", "imagen de portada", "foto principal",
    "foto de portada", "imagem do banner", "imagem principal", "imagem de destaque",
    "foto de capa", "image de bannière", "image principale", "photo principale",
    "image à la une", "gambar utama", "foto utama", "gambar banner",
)  # fmt: skip

# The labels of a table's source line, casefolded ("Fonte: Receita Federal" right after the
# table): the table's, kept with it even when classed as a caption.
TABLE_SOURCE_LABELS: frozenset[str] = frozenset(
    {"source", "sources", "data source", "fonte", "fontes", "quelle", "quellen", "fuente"}
    | {"fuentes", "kilde", "kilder", "källa", "bron", "bronnen", "źródło", "lähde", "zdroj"}
)

# The standard sizes of an ad slot, width by height: a line that is one of them alone is the
# slot's label ("728x90" over Tistory's Kakao AdFit unit), no text of the story.
AD_SLOT_SIZES: tuple[tuple[int, int], ...] = (
    (728, 90), (970, 90), (970, 250), (468, 60), (234, 60), (320, 50), (320, 100),
    (300, 50), (300, 250), (336, 280), (250, 250), (200, 200), (300, 600), (160, 600),
    (120, 600), (125, 125), (180, 150),
)  # fmt: skip

# The roles a credit line names before its colon, alone or joined ("聞き手・写真：<name>",
# "文・写真：<name>", "취재·사진: <name>", "Text and photos: <name>"), casefolded: the
# interview's, text's and pictures' makers, a byline however it stands.
CREDIT_ROLE_WORDS: frozenset[str] = frozenset(
    {
        "text", "words", "story", "interview", "reporting", "photos", "photo", "photographs",
        "photography", "pictures", "illustration", "illustrations", "video",
        "texte", "fotos", "foto", "bilder", "texto", "entrevista", "fotografía", "testo",
        "聞き手", "文", "写真", "取材", "構成", "撮影", "編集", "執筆", "イラスト", "インタビュー",
        "취재", "사진", "글", "정리", "인터뷰", "촬영", "영상",
        "图", "图片", "圖", "圖片", "摄影", "攝影", "采访", "採訪", "撰文", "文字",
        # (a Turkish agency's closing credit: DHA's "Haber-Kamera: <name>/<PLACE>, (DHA)")
        "haber", "kamera", "fotoğraf", "görüntü",
    }
)  # fmt: skip
# The crew a broadcast story's closing credits name, role and name pairs joined by "/" or "·"
# ("촬영기자:정현우/영상편집:김민아/그래픽:최유리"): camera, video editing, graphics, research,
# footage supplied by.
CREW_ROLE_WORDS: frozenset[str] = CREDIT_ROLE_WORDS | frozenset(
    {"촬영기자", "영상취재", "영상기자", "영상편집", "그래픽", "자료조사", "화면제공"}
)
# The marks and words that join a credit line's roles ("・", "·", "/", "and").
CREDIT_ROLE_JOINERS: tuple[str, ...] = (
    "・", "·", "･", "/", "／", "、", ",", "，", "&", "＆", "+", "-", "and", "und", "et", "y", "e",
)  # fmt: skip

# The marks that open an interview's question in a Q&A set as lines ("- 스트레스 DSR이란.",
# "― 왜 지금인가.", "Q. ...", "문) ..."): a bold line so opened is the question, however it
# ends.
QUESTION_OPENERS: tuple[str, ...] = ("- ", "― ", "— ", "– ", "Q.", "Q:", "Q：", "문)", "문 )")

# What opens a line written as a list's item in a paragraph broken by <br> ("- semer dès
# ... ;<br>- utiliser ..."): a dash, a bullet or an asterisk, or a number closed by ")" or
# ".", then a space.
LIST_ITEM_MARKER = re.compile(r"(?:[-–•·*]|\d{1,3}[.)])\s")

# The class of an embedded social post's quote ("<blockquote class="twitter-tweet"><p>...</p>
# &mdash; Name (@handle) <a>Date</a></blockquote>"): the post is one paragraph, its words
# then its attribution.
QUOTED_POST_CLASSES: frozenset[str] = frozenset({"twitter-tweet", "bluesky-embed"})
# A CMS's own card of an embedded post, drawn in its markup rather than the network's quote
# (Substack's "<div class="tweet" data-component-name="Twitter2ToDOM">"): the card's whole
# class token, and the endings of its parts' classes, named after it ("tweet-text",
# "tweet-author-name", "tweet-author-handle"). Its words and its author are one paragraph
# where it sits, as a quoted post's; its date and its counts of likes are no text.
QUOTED_POST_CARD_CLASSES: frozenset[str] = frozenset({"tweet"})
POST_CARD_TEXT_ENDINGS: frozenset[str] = frozenset({"-text", "__text", "-body", "__body"})
POST_CARD_NAME_ENDINGS: frozenset[str] = frozenset(
    {"-author-name", "__author-name", "-name", "__name"}
)
POST_CARD_HANDLE_ENDINGS: frozenset[str] = frozenset(
    {"-author-handle", "__author-handle", "-handle", "__handle", "-username", "__username"}
)

# The verbs a call to action opens with ("Listen to the show live at 12:45 - or listen back
# <a>here</a>."): a short linked line so opened is no sentence of the story.
CALL_TO_ACTION_VERBS: frozenset[str] = frozenset(
    {
        "listen", "watch", "click", "tap", "follow", "subscribe", "download", "read", "see",
        "visit", "join", "register", "share", "hören", "lesen", "sehen", "abonnieren",
        "écoutez", "lisez", "regardez", "suivez", "abonnez-vous", "escucha", "lee", "mira",
        "sigue", "suscríbete", "ascolta", "leggi", "guarda", "segui", "ouça", "leia", "assista",
    }
)  # fmt: skip

# The signs of a link from a heading or paragraph to itself ("Creating a pool<a
# href="#creating-a-pool">¶</a>": Sphinx, MkDocs, xml2rfc, Hugo themes), and a footnote's
# link back to where it is cited ("<a href="#fnref1">↩</a>"): no text of the story.
SELF_LINK_MARKS: frozenset[str] = frozenset({"¶", "§", "#", "🔗", "↩", "↑"})

# The labels of a Chinese story's closing credits, one to three on a line ("责任编辑：王丽娜",
# "(本文来源：羊城晚报 作者：蔡晓) 责任编辑：NN048"): the page's record, no text of the story.
CJK_CREDIT_LABELS: tuple[str, ...] = (
    "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "本文来源", "本文來源", "作者",
    # (an account's sign-off: who checked, proofread, oversaw and laid out the post)
    "审核", "審核", "校对", "校對", "监制", "監製", "统筹", "統籌", "美编", "美編",
)  # fmt: skip

# The labels of an agency's closing line of credits, each a role's label, a colon and the
# name after it, the fields parted by stars or bars (IRNA's "خبرنگار: <name> ** انتشار دهنده:
# <name>"): the reporters' labels, whose names are the story's authors, and the other roles'
# (who published or edited the copy), whose names are no authors.
CREDIT_LINE_REPORTER_LABELS: tuple[str, ...] = (
    "خبرنگار", "گزارش", "گزارشگر", "نویسنده",  # Persian: reporter, report (by), writer
)  # fmt: skip
CREDIT_LINE_OTHER_LABELS: tuple[str, ...] = (
    "انتشار دهنده", "انتشاردهنده", "منتشرکننده", "ویراستار", "دبیر", "عکاس", "تنظیم",
)  # fmt: skip

# The editors' labels a Chinese story's closing credit may set a space after, no colon, on a
# line of its own with a name of two to four characters ("编辑 张磊", "校对 刘军").
CJK_SPACED_CREDIT_LABELS: tuple[str, ...] = (
    "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "校对", "校對",
)  # fmt: skip

# The editors' labels of a duty editor's credit in brackets set right after the story's last
# sentence, in its paragraph, as Taiwan's CNA closes its copy ("...再生計畫。（編輯：陳家倫）
# 1140512"): the credit and the day's code are cut off the sentence.
CJK_CLOSING_EDITOR_LABELS: tuple[str, ...] = (
    "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯",
)  # fmt: skip

# A Chinese site's public-service reminder closing its stories, set between stars ("☆自由時報
# 電子報提醒您：請勿酒駕☆"): the stars, and the words by which the site reminds the reader.
REMINDER_STARS: str = "☆★"
CJK_REMINDER_WORDS: tuple[str, ...] = ("提醒您", "提醒你", "關心您", "关心您")

# The labels of a Chinese byline field before its names, after a colon or the full-width comma
# of a label read out to screen readers ("作者：陈颖", "作者，陈颖").
CJK_BYLINE_LABELS: tuple[str, ...] = ("作者", "记者", "記者", "撰文")

# The registrable labels of social and messaging platforms' hosts: a short
# line after the story that links two of them asks the reader to follow the site there
# ("... <a>Telegram</a> மற்றும் <a>WhatsApp</a> சேனலில் இணையுங்கள்"), in any language.
SOCIAL_PLATFORM_LABELS: frozenset[str] = frozenset(
    {
        "facebook", "twitter", "x", "instagram", "youtube", "whatsapp", "telegram", "line",
        "tiktok", "linkedin", "threads", "pinterest", "viber", "vk", "weibo", "snapchat",
        "messenger",
    }
)  # fmt: skip
# The short hosts of messaging and social platforms, whose label names no platform ("wa"
# of wa.me, "t" of t.me), and the platform each stands for: a chat or profile link on them
# ("<a href="https://wa.me/7701...">WhatsApp</a>") leads to the platform as its long host does.
PLATFORM_SHORT_HOSTS: dict[str, str] = {
    "t.me": "telegram",
    "wa.me": "whatsapp",
    "m.me": "messenger",
    "ig.me": "instagram",
    "vk.me": "vk",
    "lin.ee": "line",
    "youtu.be": "youtube",
}
# The hosts of news readers' publication pages, whose label names the company, not the
# service ("google" of news.google.com), and the channel each stands for: a follow-us line
# links the site's page there as it links its messaging channel ("... <a>WhatsApp चॅनेल</a>
# आणि <a>Google News</a> फॉलो करा").
NEWS_READER_HOSTS: dict[str, str] = {"news.google.com": "google news"}

# The BBC's links around an embedded post, for screen readers ("Skip Instagram post, 1",
# "End of Instagram post, 1"; Persian "نادیده گرفتن پست اینستاگرام, ۱"): the openers, and
# the platforms' names in the scripts the labels are written in besides Latin.
EMBED_SKIP_OPENERS: tuple[str, ...] = (
    "skip", "end of", "نادیده گرفتن پست", "پایان پست", "تخطى", "نهاية",
)  # fmt: skip
EMBED_PLATFORM_NAMES: tuple[str, ...] = (
    *sorted(SOCIAL_PLATFORM_LABELS), "اینستاگرام", "توییتر", "یوتیوب", "فیسبوک", "إنستغرام",
    "تويتر", "يوتيوب", "فيسبوك",
)  # fmt: skip

# The platforms a reporter's follow line names ("Follow Jo Lind on X at @jolind_ap."),
# casefolded.
FOLLOW_PLATFORM_NAMES: tuple[str, ...] = (
    "x", "twitter", "bluesky", "instagram", "threads", "mastodon", "facebook", "linkedin",
    "tiktok", "youtube",
)  # fmt: skip

# What a follow button's line offers of an author's ("Follow Jo Lind's opinions"), casefolded:
# a prompt to follow the writer, set between the story's paragraphs.
FOLLOW_AUTHOR_WORKS: tuple[str, ...] = (
    "opinions", "columns", "articles", "stories", "work", "writing", "posts", "reporting",
)  # fmt: skip

# A button's words before a podcast or video platform's name ("Listen on Apple Podcasts",
# "Watch on YouTube", "Escúchalo en Spotify"), casefolded, and the platforms' names: a
# subscribe bar's buttons, set as lines of their own.
LISTEN_ON_OPENERS: tuple[str, ...] = (
    "listen on", "listen to us on", "listen now on", "listen to it on", "watch on",
    "watch us on", "subscribe on", "subscribe to us on", "follow on", "follow us on",
    "escúchalo en", "escucha en", "escúchanos en", "écouter sur", "écoutez sur",
    "anhören auf", "hören auf", "jetzt hören auf", "ascolta su", "ouça no", "ouvir no",
)  # fmt: skip
LISTENING_PLATFORM_NAMES: tuple[str, ...] = (
    "apple podcasts", "itunes", "spotify", "youtube", "youtube music", "google podcasts",
    "amazon music", "audible", "pocket casts", "overcast", "castbox", "podcast addict",
    "iheartradio", "iheart", "stitcher", "tunein", "deezer", "soundcloud", "pandora",
    "castro", "player fm", "rss", "podbean", "audio now", "audionow",
)  # fmt: skip
# A show's platform buttons on one line, a label perhaps first ("Listen to The Valley Hour:
# Apple Podcasts | Spotify | RSS", "Subscribe: ..."): the label's first words, casefolded.
PLATFORM_LIST_LABELS: tuple[str, ...] = (
    "listen", "subscribe", "follow", "available on", "find us on", "get the podcast",
    "escúchalo", "escucha", "écoutez", "écouter", "hören", "ascolta", "ouça",
)  # fmt: skip

# Headings that open the story's full text after a summary box, a word naming it ("विस्तार",
# Hindi: "in detail"), normalised: a label at the story's start, no text of it.
OPENING_TEXT_LABELS: frozenset[str] = frozenset({"विस्तार"})

# Labels that are also a review's section headings ("Photo", "Image", "Video"): as a
# subheading over text of its own, a section's.
SECTION_WORD_LABELS: frozenset[str] = frozenset(
    {"photo", "photos", "image", "images", "video", "vidéo", "videos", "audio", "sound"}
)

# How an editor's credit line closing a story opens ("Edited by Elsie Appiah-Osei" under an
# agency's copy), lowercased: a credit, not the story's text (a wire's bracketed "(Reporting
# by ...; Editing by ...)" line stays, as the benchmarks' answers keep it, and so does a
# syndicator's "Provided by <institution>", which names the story's source like an
# "originally published" line).
CLOSING_CREDIT_OPENERS: tuple[str, ...] = (
    "edited by", "editing by", "redigiert von", "édité par", "editado por", "editor:",
    # (a Portuguese or Spanish agency's editor under its copy: Agência Brasil's "Edição: ...")
    "edição:", "edición:",
    # (a German fact-checker's editing credit under the check: CORRECTIV's "Redigatur: ...")
    "redigatur:",
    # the credit of the picture over the story, set after it ("Top image by Sam Lorrie")
    "top image by", "top image:", "lead image by", "lead image:", "header image by",
    "featured image by", "top photo by", "lead photo by",
)  # fmt: skip

# How a closing credit to the colleagues whose reporting the story draws on opens, before
# their names ("Avec les informations de Thomas Gerbet", "With files from Jo Lind and The
# Canadian Press"), casefolded: as "(Avec MAP)" credits an agency's copy, no text of the
# story. (Reuters' "Additional reporting by ...; Editing by ..." stays, as the benchmarks'
# answers keep it.)
REPORTING_CREDIT_OPENERS: tuple[str, ...] = (
    "avec les informations de", "avec les informations d'", "avec des informations de",
    "avec des informations d'", "with files from", "con información de", "con informaciones de",
    "com informações de", "com informações da", "com informações do",
)  # fmt: skip
# The words that join the names such a credit gives ("Jo Lind and Sam Roe").
REPORTING_CREDIT_JOINERS: tuple[str, ...] = (",", "and", "et", "y", "e", "und")

# The marks that set a kicker apart from the headline in one heading ("Deutsche Bahn: <title>",
# "Energie | <title>", "Analysis – <title>"): a heading whose words merely end with the
# headline's is a section's sentence about it, no kicker and title.
KICKER_MARKS: tuple[str, ...] = (
    ":",
    "|",
    "-",
    "\u2013",
    "\u2014",
    "/",
    "\u00b7",
    "\u2022",
    "\u00bb",
    "\u203a",
)

# The imperatives a service's button opens with, a paragraph wholly one link of a few words
# ("<p><a href="/service-search/pharmacy/find-a-pharmacy">Find a pharmacy</a></p>", "Book an
# appointment", "Check your symptoms"), casefolded: the site's furniture, no line of the story.
SERVICE_BUTTON_VERBS: frozenset[str] = frozenset(
    {
        "find", "book", "check", "order", "request", "apply", "locate", "trouvez", "réservez",
        "prenez", "busque", "encuentre", "reserve", "pida", "trova", "prenota", "zoek", "boek",
    }
)  # fmt: skip

# How a closing pointer to more of the site's coverage opens, casefolded ("For the latest
# court reports from across the region, <a>click here</a>."), and the words of its one link,
# normalised: a link that names nothing is no source the story cites.
MORE_COVERAGE_OPENERS: tuple[str, ...] = (
    "for the latest", "for all the latest", "for more", "to read more", "to see more",
    "for further", "para más", "para leer más", "pour plus", "pour lire plus",
    "für mehr", "per altre", "per saperne di più", "per leggere", "para mais",
)  # fmt: skip
BARE_LINK_WORDS: frozenset[str] = frozenset(
    {
        "here", "click here", "aquí", "haga clic aquí", "pulse aquí", "pinche aquí", "aqui",
        "clique aqui", "ici", "cliquez ici", "hier", "klicken sie hier", "qui", "clicca qui",
    }
)  # fmt: skip

# How an interview's credit to its interviewer opens ("Propos recueillis par <name>", "Das
# Interview führte <name>"), casefolded: a short line so opening is that credit wherever it
# stands, not a line of the interview (comments may follow it in the story's blocks).
INTERVIEW_CREDIT_OPENERS: tuple[str, ...] = (
    "propos recueillis par", "entretien réalisé par", "interview by", "interviewed by",
    "entrevista de", "entrevista realizada por", "das interview führte", "das gespräch führte",
    # Russian, Uzbek, Kazakh, Ukrainian, Polish, Czech ("interviewed by", "asked by")
    "беседовал", "беседовала", "беседовали", "интервью подготовил", "интервью подготовила",
    "suhbatlashdi", "сұхбаттасқан", "розмовляв", "розмовляла", "rozmawiał", "rozmawiała",
    "ptal se", "ptala se",
)  # fmt: skip

# The German interview's credit naming the interviewee first, then the interviewer ("Mit
# Carla Weidner sprach Moritz Ebeling", "Mit ihr sprachen A und B"): the two names' parts.
INTERVIEWEE_FIRST_CREDIT = re.compile(r"^Mit\s+(.+?)\s+sprach(?:en)?\s+(.+?)\.?$")
INTERVIEWER_JOINERS = re.compile(r",\s+|\s+und\s+")
INTERVIEWEE_PRONOUNS: tuple[str, ...] = ("ihm", "ihr", "ihnen", "Ihnen")

# How a widget's credit to the vendor that runs it opens ("Powered by <a>GetYourGuide</a>"
# under a booking widget), casefolded: with the vendor's linked name its whole line, it is
# the page's furniture.
VENDOR_CREDIT_OPENERS: tuple[str, ...] = (
    "powered by", "propulsé par", "desarrollado por", "bereitgestellt von", "fornecido por",
)  # fmt: skip

# Phrases of a site's blurb on how it sources and checks its stories, set over the story's
# list of sources ("... uses only high-quality sources, including peer-reviewed studies, to
# support the facts within our articles. Read our editorial process to learn more ..."),
# casefolded: the site's furniture, like an affiliate disclosure, wherever it stands. (Each
# holds "our", looked for first: most lines are read for it alone.)
EDITORIAL_PROCESS_HINT = "our"
EDITORIAL_PROCESS_PHRASES: tuple[str, ...] = (
    "to support the facts within our articles", "read our editorial process",
    "strict sourcing guidelines", "by reading our editorial policy",
    "uses only high-quality sources", "draws only from peer-reviewed sources",
)  # fmt: skip

# The words that lead a price ("From $120", "ab 58.990 €", "à partir de 22 490 €", "desde
# 19.990 €", "da 23.900 €"), perhaps after a word naming what is priced ("Neuwagen ab ...",
# "Rooms from ..."), lower case: with a number after them, the price's line still.
PRICE_LEAD_WORDS: tuple[str, ...] = (
    "from", "now", "only", "price:", "price", "was", "starting at", "ab", "nur", "jetzt",
    "à partir de", "dès", "desde", "a partir de", "da", "a partire da", "vanaf", "od",
)  # fmt: skip
_PRICE_LEAD = "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in PRICE_LEAD_WORDS)
# An amount, its thousands grouped by a point, a comma or a space (a no-break or narrow one
# too: French "22 490 €").
_AMOUNT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d[\d.,]*"
# The signs and words of a currency that a price's amount is followed by ("49,90 €",
# "13,200円", "3 000 ₽", "1.299 Kč", "25 zł", "1 299 kr", "15,000원"), lower case: a sign
# that may also lead the amount ("$29.98") is in the first group only.
PRICE_SIGNS_BEFORE_OR_AFTER = "$€£¥₹₩"
PRICE_SIGNS_AFTER = "円元원₽₺₴₪₫₱฿"
PRICE_CURRENCY_WORDS_AFTER: tuple[str, ...] = (
    "usd", "eur", "gbp", "chf", "jpy", "kč", "czk", "zł", "pln", "kr", "sek", "nok", "dkk",
    "lei", "руб", "руб.", "грн", "лв", "лв.", "yen",
)  # fmt: skip
_PRICE_CURRENCY_AFTER = (
    f"[{re.escape(PRICE_SIGNS_BEFORE_OR_AFTER + PRICE_SIGNS_AFTER)}]|"
    + "|".join(re.escape(word) for word in PRICE_CURRENCY_WORDS_AFTER)
)
# A product's price on a line of its own ("$29.98", "€ 1.299,00", "49,90 €", "13,200円",
# "1.299 Kč", "From $120", "Neuwagen ab 58.990 €", "à partir de 22 490 €"), perhaps a rate
# ("From €32 per night", "$1,450/month"): a shop box's line.
PRICE_LINE = re.compile(
    rf"(?:(?:[^\W\d_]+\s+)?(?:{_PRICE_LEAD})\s+)?"
    rf"(?:[{re.escape(PRICE_SIGNS_BEFORE_OR_AFTER)}]\s?(?:{_AMOUNT})"
    rf"|(?:{_AMOUNT})\s?(?:{_PRICE_CURRENCY_AFTER})(?!\w))"
    r"(?:\s*(?:/|per|a)\s*(?:night|day|week|month|mo|year|yr|person|guest))?",
    re.IGNORECASE,
)

# The path segments of a match's page ("/matches/2378990/vanguard-vs-nordfrost", "/match/
# 88121/", "/partido/..."), lower case: a box of teams and scores closed by a link to one is
# the site's scoreboard, no text of the story.
MATCH_PATH_SEGMENTS: frozenset[str] = frozenset(
    {"match", "matches", "matchcenter", "match-center", "match-centre", "partido", "partidos"}
    | {"partita", "wedstrijd", "mecz", "zapas"}
)

# A market price widget's figures: an amount in a currency, anywhere in a line ("$11.84/MMBtu",
# "£171.50/t", "1,85 €/kg SG", "452¢/bu", "CHF 1.20"), and a signed change, a sign right
# before a figure that no letter or figure precedes ("-$0.41 w/w", "+1.25", "±0,00"; not
# the month of "Nov-25").
MONEY_FIGURE = re.compile(
    rf"[$€£¥₹]\s?(?:{_AMOUNT})|(?:{_AMOUNT})\s?(?:[$€£¥₹¢]|usd\b|eur\b|gbp\b|chf\b)"
    r"|\b(?:usd|eur|gbp|chf)\s?\d",
    re.IGNORECASE,
)
SIGNED_CHANGE = re.compile(r"(?<![\w.,])[+\-−–±]\s?[$€£¥₹]?\d")

# A dealer's discount on a line of its own, standing for the price in an offer's box ("up to
# 18% off", "jusqu'à -18 % de remise", "bis zu 18 % Rabatt", "hasta un 18 % de descuento"):
# the words that may lead it and the words for the discount after its figure, lower case.
DISCOUNT_LEAD_WORDS: tuple[str, ...] = (
    "up to", "save", "jusqu'à", "jusqu’à", "bis zu", "hasta", "hasta un", "até", "fino al",
    "fino a", "tot", "tot wel",
)  # fmt: skip
DISCOUNT_WORDS: tuple[str, ...] = (
    "off", "discount", "de remise", "de réduction", "rabatt", "nachlass", "de descuento",
    "descuento", "de desconto", "desconto", "di sconto", "sconto", "korting",
)  # fmt: skip
DISCOUNT_LINE = re.compile(
    rf"(?:(?:{'|'.join(re.escape(words) for words in DISCOUNT_LEAD_WORDS)})\s+)?"
    r"[-−–]?\s?\d{1,2}(?:[.,]\d+)?\s?%\s+"
    rf"(?:{'|'.join(re.escape(words) for words in DISCOUNT_WORDS)})",
    re.IGNORECASE,
)

# A short line asking the reader to save the post for later, on Pinterest or in a bookmark
# ("Save this guide for later – pin it!", "Like this recipe? Pin it!", "Bookmark this post
# for later", the whole line), casefolded: a share appeal after the story, no line of it ("pin it" set after
# a sentence's or a clause's end only: "No one could pin it on him" is a sentence).
SAVE_FOR_LATER_APPEAL = re.compile(
    r"(?:^|[!?.:;–—-]\s*)pin (?:it|this|me)(?: (?:for later|now|on pinterest))?\s*[!.]*$"
    r"|^(?:save|bookmark|pin) this(?: \w+)? for later\s*[!.]*$"
)

# Share services' endpoints, host and path's start: a link there opens a share dialog
# ("Love this recipe? <a href="https://www.pinterest.com/pin/create/button/?url=...">Pin it
# to your Soups board</a> so you can find it later!"), so a short line whose links all go
# there is a share button, wherever it stands.
SHARE_ENDPOINTS: frozenset[tuple[str, str]] = frozenset(
    {
        ("pinterest.com", "/pin/create"), ("facebook.com", "/sharer"),
        ("facebook.com", "/share.php"), ("twitter.com", "/intent/tweet"),
        ("x.com", "/intent/tweet"), ("twitter.com", "/share"), ("linkedin.com", "/sharing/"),
        ("linkedin.com", "/sharearticle"), ("reddit.com", "/submit"),
        ("api.whatsapp.com", "/send"), ("t.me", "/share/url"), ("telegram.me", "/share/url"),
    }
)  # fmt: skip

# What a media player's label names before its title ("Video: How water gets to your tap",
# a Gannett embed's aria-label), lowercased: the player's box, not the story.
MEDIA_LABELS: frozenset[str] = frozenset(
    {"video", "videos", "audio", "podcast", "gallery", "photo gallery", "photos", "watch",
     "vidéo", "galería", "galeria", "galerie", "фото", "видео", "پادکست"}
)  # fmt: skip

# Words of a class name or data attribute that name a video embed or its playlist, with no
# text of its own ("<div class="content-video" data-playlist="sp">"): the line in bold right
# over it, closing the story, is its label ("VÍDEOS: Tudo sobre São Paulo").
VIDEO_EMBED_WORDS: tuple[str, ...] = ("video", "playlist", "player")
# How a short line in bold over a video embed opens when it is the embed's promo label,
# wherever it stands and whatever the embed shows ("VÍDEOS: tudo sobre Campinas e Região"),
# casefolded.
VIDEO_LABEL_OPENERS: tuple[str, ...] = (
    "vídeos:", "vídeo:", "videos:", "video:", "watch:", "assista:", "veja o vídeo:",
    "suggested videos:", "recommended videos:", "vídeos sugeridos:", "videos sugeridos:",
    "vidéos suggérées:", "empfohlene videos:", "video consigliati:",
)  # fmt: skip
# A class part naming a player's queue of other clips ("video-playlist"): a short line in
# bold right over it, in its own wrapper, is its label, whatever it says.
PLAYLIST_PARTS: frozenset[str] = frozenset({"playlist"})
# Whole class tokens of a video player's box ("video-player-box"): its title is no story text.
VIDEO_BOX_TOKENS: frozenset[str] = frozenset({"video", "player"})
# The label for screen readers that opens a media player's caption, casefolded ("<p>Media
# caption, <span>WATCH: ...</span></p>", the BBC's, as "Image caption, " opens a picture's):
# a line opening with it in a player's box is the player's caption, no story text.
PLAYER_CAPTION_LABELS: tuple[str, ...] = (
    "media caption", "video caption", "audio caption", "légende vidéo",
    "légende de la vidéo", "leyenda de video", "leyenda del video", "legenda do vídeo",
)  # fmt: skip
# Whole words of the class or the component name (``data-component``) of a media player's
# box ("<div data-component="media-block">", "<div class="video-player">").
PLAYER_BOX_TOKENS: frozenset[str] = frozenset({"media", "video", "audio", "player"})
# Class parts and attributes of a video's embed or card inside a story ("body-part--video",
# "video-card", "<div data-video-id=...>"): a heading in its small box is the video's title.
VIDEO_CARD_PARTS: frozenset[str] = frozenset({"video"})
VIDEO_CARD_ATTRIBUTES: tuple[str, ...] = ("data-video-id", "data-video")
# Attributes of a media player's empty slot that its script fills ("<div class="..._player__x"
# data-media-id="...">"): with those, a slot classed as a player or a video
# (``VIDEO_BOX_TOKENS``) makes its small box a player's, its title line beside it no story's.
PLAYER_SLOT_ATTRIBUTES: tuple[str, ...] = (*VIDEO_CARD_ATTRIBUTES, "data-media-id")

# How a Chinese story's dateline ends, on a line of its own at its head ("TNW中文站 10月14日
# 报道", "新华社北京10月14日电"): the story's first words, not a date line to drop.
CJK_DATELINE_ENDINGS: tuple[str, ...] = ("报道", "報導", "報道", "电", "電", "讯", "訊")

# The words that open a wire's handling note to its clients, a paragraph wholly in brackets
# over the story ("(ATTN: UPDATES with comments in paras 4-7)", "(EDITORS: ADDS photo)",
# "(Recasts with minister's comments)"): how this version differs from the last, no text of
# the story.
WIRE_HANDLING_CUES: tuple[str, ...] = (
    "attn", "attention", "editors", "advisory", "corrects", "correcting", "updates",
    "adds", "recasts", "refiles", "repeats", "rewrites", "writethru",
)  # fmt: skip

# The rules an agency sets before its name to sign its copy off on the story's last line
# (Kyodo's "==Kyodo", "== Kyodo"): the credit stands as the bracketed "(Kyodo)" does.
WIRE_SIGNOFF_RULES: tuple[str, ...] = ("==",)

# The markers a wire's story closes with, each in brackets, naming the media its clients may
# also take ("... EFE" then "(foto) (vídeo)"), lowercased: the wire's note, no text of the
# story.
WIRE_MEDIA_MARKERS: tuple[str, ...] = (
    "foto", "fotos", "vídeo", "video", "vídeos", "videos", "audio", "infografía",
    "infografia", "gráfico", "grafico",
)  # fmt: skip

# How a desk's line opens under the reporter's name closing the story ("LAURA QUINTERO<br>
# Redacción Bogotá<br>EL TIEMPO"), casefolded: the byline repeated.
DESK_LINE_OPENERS: tuple[str, ...] = ("redacción", "redação", "redazione", "rédaction")

# The labels that open the story's own closing note, set in a box of its own right after the
# story's container ("<div class="correction"><p><strong>Correction:</strong> ..."),
# casefolded, before a colon; and the class words of such a box.
CLOSING_NOTE_LABELS: tuple[str, ...] = (
    "correction", "corrections", "clarification", "editor's note", "editor’s note",
    "editors' note", "editors’ note", "author's note", "author’s note", "note from the editor",
    "corrección", "aclaración", "nota del editor", "nota de la redacción", "rectificatif",
    "rectification", "note de la rédaction", "korrektur", "richtigstellung",
    "anmerkung der redaktion", "correzione", "nota della redazione", "yazarın notu",
    "editör notu", "düzeltme", "σημείωση", "διόρθωση", "fe de errores", "fe de erratas",
    "erratum", "errata", "errata corrige", "corrigendum",
)  # fmt: skip
CORRECTION_TOKENS: frozenset[str] = frozenset({"correction", "corrections"})

# How a reporter's contact line closing the story opens, before their name and an e-mail
# address or phone number ("Contact Dana Whitfield at 555-0142 or dana@paper.example."),
# casefolded.
CONTACT_LINE_OPENERS: tuple[str, ...] = (
    "contact", "reach", "email", "e-mail", "write to", "you can reach",
)  # fmt: skip
# How a wire's closing contact lines for its staff open, before a colon and each name with its
# e-mail address ("To contact the reporter on this story: Dana Lee in Washington at
# dlee@wire.example", "To contact the editors responsible for this story: ..."), casefolded;
# and what may follow the opener before the colon.
STAFF_CONTACT_OPENERS: tuple[str, ...] = (
    "to contact the reporters", "to contact the reporter", "to contact the editors",
    "to contact the editor", "to contact the authors", "to contact the author",
    "to contact the writers", "to contact the writer",
)  # fmt: skip
STAFF_CONTACT_QUALIFIERS: tuple[str, ...] = (
    "responsible for this story", "responsible for this article", "on this story",
    "on this article", "of this story", "of this article", "for this story",
)  # fmt: skip
# What follows a reporter's name opening their contact line, before the addresses or phone
# numbers ("Dana Whitfield can be reached at dana@paper.example."), casefolded.
CONTACT_LINE_VERBS: tuple[str, ...] = (
    "can be reached", "may be reached", "is reachable", "can be contacted", "may be contacted",
)  # fmt: skip

# How a newsletter's closing tips line opens and what it asks for, before the addresses to send
# them to ("Send Capitol Morning tips to desk@paper.example."), casefolded.
TIPS_LINE_OPENERS: tuple[str, ...] = ("send", "email", "e-mail")
TIPS_LINE_NOUNS: tuple[str, ...] = ("tips", "news tips", "story ideas", "feedback")

# How an advice column's closing line invites its readers' letters, opening a sentence before
# the addresses to write to ("Contact her at www.askjo.example or P.O. Box 12, ...", "Haben
# Sie auch eine Frage an ...? Schreiben Sie an ..."), casefolded.
WRITE_IN_OPENERS: tuple[str, ...] = (
    "send your questions", "send us your questions", "send her your questions",
    "send him your questions", "send questions", "write to", "you can email", "you can e-mail",
    "you can write to", "contact her at", "contact him at", "if you need help email",
    "if you need help, email", "haben sie eine frage", "haben sie auch eine frage",
    "schreiben sie uns", "schreiben sie an", "envíe su consulta", "si quiere enviar su consulta",
    "si desea enviar su consulta", "escriba a", "écrivez-nous", "envoyez vos questions",
    "envoyez-nous vos questions",
)  # fmt: skip

# What follows an author's name opening their tagline under the story ("Jo Lind covers
# schools for the Journal. Reach her at ..."), casefolded: with contact details, no story.
AUTHOR_BEAT_WORDS: tuple[str, ...] = (
    "covers", "is a reporter", "is a staff writer", "is a correspondent", "reports on",
    "writes about",
)  # fmt: skip
# ...or their role at the outlet, in a few words between these ("Jo Lind is the bureau chief
# for the Journal.", "Jo Lind ist Redakteurin bei der Zeitung."), casefolded: the verb with
# its article opening the words after the name, and a word joining the role to the outlet.
AUTHOR_ROLE_OPENERS: tuple[str, ...] = (
    "is a ", "is an ", "is the ", "ist ", "es ", "est ", "è ", "é ",
)  # fmt: skip
AUTHOR_ROLE_JOINERS: tuple[str, ...] = (
    "for", "at", "with", "bei", "für", "de", "del", "en", "pour", "chez", "à", "para", "per",
    "presso", "di", "da", "na", "no", "do",
)  # fmt: skip

# The names a code block's header gives its language, on a line of its own right over the
# ``<pre>`` ("<div class="example-header"><span>js</span></div><pre>"): no line of the text.
CODE_LANGUAGE_NAMES: frozenset[str] = frozenset(
    {
        "js", "javascript", "ts", "typescript", "jsx", "tsx", "html", "css", "scss", "json",
        "xml", "yaml", "toml", "python", "py", "bash", "sh", "shell", "console", "powershell",
        "sql", "go", "rust", "java", "kotlin", "swift", "c", "c++", "cpp", "c#", "csharp",
        "php", "ruby", "text", "plaintext", "plain", "diff", "http", "ini", "markdown",
        "wasm", "wat", "svg",
    }
)  # fmt: skip

# How a page's notice that a part of it needs scripts reads, on a short line of its own
# ("Enable JavaScript to view data.", "This map requires JavaScript"): what readers with
# scripts on never see.
SCRIPT_NOTICE_PHRASES: tuple[str, ...] = (
    "enable javascript",
    "javascript enabled",
    "javascript is disabled",
    "javascript is turned off",
    "requires javascript",
    "javascript is required",
    "turn on javascript",
)
# A word every one of those phrases holds (their search waits for it).
SCRIPT_NOTICE_HINT = "javascript"

# A paginated story's pointer to its next page, closing the page's part ("Continue reading on
# the next page: How the bills compare.", "Weiter auf Seite 3"), casefolded: the pager's line,
# linked or not, not the story's.
NEXT_PAGE_OPENERS: tuple[str, ...] = (
    "continue reading on the next page", "continue reading on next page",
    "continued on the next page", "continued on next page", "story continues on the next page",
    "story continues on next page", "read more on the next page", "on the next page",
    "lesen sie auf der nächsten seite", "lesen sie weiter auf der nächsten seite",
    "weiter auf der nächsten seite", "auf der nächsten seite", "weiter auf seite",
    "lesen sie weiter auf seite", "fortsetzung auf seite", "fortsetzung auf der nächsten seite",
    "lanjut ke halaman berikutnya", "lanjut ke halaman", "bersambung ke halaman",
    "baca selanjutnya di halaman", "suite page suivante", "la suite page suivante",
    "suite en page suivante", "la suite en page suivante", "lire la suite page suivante",
    "continúa en la página siguiente", "continúa en la siguiente página",
    "sigue en la página siguiente", "continua na próxima página",
    "continua nella pagina successiva", "continua alla pagina successiva",
)  # fmt: skip

# How a video player's placeholder or notice opens, on a line of its own inside the story:
# the player's prompt with the video's title, its consent notice, a browser's fallback text.
PLAYER_NOTICE_OPENERS: tuple[str, ...] = (
    "click to play video",
    # the countdown before the next clip plays ("The video will auto-play soon8Cancel")
    "the video will auto-play",
    "your browser does not support the video",
    "your browser does not support html5 video",
    "zur wiedergabe dieses videos",
    "zur wiedergabe des videos",
    "um dieses video abzuspielen",
    "simak video",
    "tonton video",
    "please use chrome browser for a more accessible video player",
    # a podcast plugin's tools under its player ("Podcast: Play in new window | Download
    # (Duration: 48:12 — 44.2MB)")
    "podcast: play in new window",
    "play in new window",
    # an embedded Instagram post's own lines ("A post shared by Jane (@jane) on Jun 24, 2017")
    "a post shared by",
    "view this post on instagram",
    # a podcast player's label over its embed ("Hallgassa meg podcastunkat is!")
    "listen to our podcast",
    "hallgassa meg podcastunkat",
    # a live page's note on its feed's refreshing ("Relacja jest aktualizowana automatycznie")
    "this page updates automatically",
    "this page will update automatically",
    "relacja jest aktualizowana automatycznie",
    "relacja aktualizuje się automatycznie",
    "la diretta si aggiorna automaticamente",  # Italian: the live feed updates itself
    "la pagina si aggiorna automaticamente",
)

# What a German update note says is being updated: the story or its live feed (all of them
# masculine, after "der"/"dieser").
_GERMAN_UPDATED_STORY_NOUNS: tuple[str, ...] = (
    "artikel", "beitrag", "liveticker", "ticker", "newsticker", "liveblog", "newsblog", "blog",
)  # fmt: skip

# A developing story's note that it is being updated, a line of its own closing or opening
# it ("Juttua päivitetään.", "Saken oppdateres."): matched as the whole line only, so the
# phrase inside a sentence of the story stays.
UPDATE_NOTES: tuple[str, ...] = (
    "this story will be updated",
    "this story is being updated",
    "this story is developing and will be updated",
    "this article will be updated",
    "this article is being updated",
    "this is a developing story and will be updated",
    "this is a developing story and it will be updated",
    "this is a developing story. it will be updated",
    "this story will be updated as more information becomes available",
    "this story will be updated as more details become available",
    "this is a developing story and will be updated as more information becomes available",
    "this live blog will be updated",  # a live feed's own note
    "this live blog is being updated",
    "this live blog is updated regularly",
    "juttua päivitetään",  # Finnish
    "uutista päivitetään",
    "artikkelia päivitetään",
    "artikeln uppdateras",  # Swedish
    "artikeln uppdateras löpande",
    "nyheten uppdateras",
    "saken oppdateres",  # Norwegian
    "saken oppdateres fortløpende",
    "saken blir oppdatert",
    "artiklen opdateres",  # Danish
    "artiklen opdateres løbende",
    "artiklen bliver opdateret",
    # German, the story or its live feed named ("Der Liveticker wird laufend aktualisiert.")
    *(
        f"{determiner} {noun} wird {how}aktualisiert"
        for determiner in ("der", "dieser")
        for noun in _GERMAN_UPDATED_STORY_NOUNS
        for how in ("", "laufend ", "fortlaufend ", "ständig ")
    ),
    "dit artikel wordt bijgewerkt",  # Dutch
    "dit artikel wordt aangevuld",
    "dit liveblog wordt bijgewerkt",
    "dit liveblog wordt doorlopend bijgewerkt",
    "cet article sera mis à jour",  # French
    "article en cours d'actualisation",
    "esta noticia se está actualizando",  # Spanish
    "noticia en actualización",
    "notizia in aggiornamento",  # Italian
    "articolo in aggiornamento",
    "notícia em atualização",  # Portuguese
    "artykuł jest aktualizowany",  # Polish
)

# The same note told with the newsroom as its subject and the verb active, a name of a few
# words before these ("SVT Nyheter uppdaterar artikeln.", "NRK oppdaterer saken."): matched
# as the whole line only too.
NEWSROOM_UPDATE_PREDICATES: tuple[str, ...] = (
    "uppdaterar artikeln",  # Swedish
    "uppdaterar nyheten",
    "uppdaterar artikeln löpande",
    "oppdaterer saken",  # Norwegian
    "oppdaterer saken fortløpende",
    "oppdaterer artikkelen",
    "opdaterer artiklen",  # Danish
    "opdaterer artiklen løbende",
    "opdaterer historien",
    "päivittää juttua",  # Finnish
    "päivittää uutista",
)

# How a paywall's notice that the rest of the story is for members opens (Japanese: "This is
# a paid article", "This article is for members only", "become a paying member / sign up to
# read on"): the page serves no more of the story, whose end is that box.
MEMBERS_ONLY_NOTICES: tuple[str, ...] = (
    "この記事は有料記事です",
    "この記事は会員限定です",
    "この記事は有料会員限定です",
    "有料会員になると続きをお読みいただけます",
    "会員登録すると続きをお読みいただけます",
)

# How a paywall's notice opens, inside the story's container ("The rest of this story is
# available to subscribers.", "Subscribe to continue reading", "Already a subscriber? Log in"):
# the box holding one holds the wall's pitch, whatever its other lines say.
PAYWALL_NOTICE_OPENERS: tuple[str, ...] = (
    "the rest of this story is available to",
    "the rest of this article is available to",
    "this story is available to",
    "this article is available to",
    "this article is for subscribers",
    "this story is for subscribers",
    "this content is available to",
    "this content is for subscribers",
    "subscribe to continue reading",
    "subscribe to read the full",
    "to continue reading this",
    # a metered paywall's box inline ("You have reached your limit of free articles this
    # month", "Keep reading with a subscription", "Already a subscriber? Log in")
    "you have reached your limit of free",
    "you've reached your limit of free",
    "you’ve reached your limit of free",
    "you have read all of your free",
    "keep reading with a subscription",
    "already a subscriber? log in",
    "already a subscriber? sign in",
    "already have an account? log in",
    # a premium story's reminder written into it ("Reminder, this is a Premium article and
    # requires a subscription to read.")
    "this is a premium article",
    "reminder, this is a premium article",
    "reminder: this is a premium article",
    "this article requires a subscription to read",
    "this story requires a subscription to read",
    "this content requires a subscription to read",
    # (Spanish, Italian, Portuguese: "subscribe to keep reading", "I'm already a subscriber")
    "suscríbete para seguir leyendo",
    "suscríbete para continuar leyendo",
    "ya soy suscriptor",
    "abbonati per continuare a leggere",
    "sei già abbonato",
    "assine para continuar a ler",
    "assine para continuar lendo",
    "já é assinante",
    # (Slovak, Czech, Polish, Hungarian: "exclusive to subscribers", "already a subscriber?")
    "tento článok je exkluzívny pre predplatiteľov",
    "už máte predplatné",
    "tento článek je pouze pro předplatitele",
    "už máte předplatné",
    "tylko dla subskrybentów",
    "masz już subskrypcję",
    "ez a cikk csak előfizetőknek",
    "már előfizető",
    *MEMBERS_ONLY_NOTICES,
)

# How a site's notice opens, written as a sentence inside the story's container: a paywall's
# ("The rest of this story is available to subscribers. <a>Create a free account</a> ..."),
# an editorial review's, a Q&A site's: no sentence of the story opens so.
SITE_NOTICE_OPENERS: tuple[str, ...] = (
    # a blog's prompt for comments closing each post
    "have something to add to this story",
    # a Korean portal's note on a ministry's release it carries
    "이 자료는",
    # a Chinese platform's disclaimer under a creator's post ("免责声明：本内容来自...")
    "免责声明：",
    "免責聲明：",
    # an obituary service's lines under the obituary
    "to send flowers to the family",
    "the obituary was originally posted",
    "obituary published by",
    # an ad break's link over the rest of the story
    "continue reading the main story",
    # a text-to-speech player's placeholder (Trinity Audio)
    "getting your trinity audio player ready",
    # appeals between a story's paragraphs (Advance Local) and a station's closing plug
    "our journalism needs your support",
    "thank you for relying on us",
    "for the latest news, weather, sports",
    # an embedded card of the site's own content
    "this content was published on",
    # a press release's header and notes lines
    "for immediate release",
    "media contact",
    "press contact",
    "content disclaimer",
    # a press-release wire's trailer lines (EIN Presswire)
    "distribution channels",
    "legal disclaimer",
    "visit us on social media",
    *PAYWALL_NOTICE_OPENERS,
    # a link to the story in the page's other language, or the switch between them (WPML's
    # "This post is also available in:")
    "read this story in english",
    "read this article in english",
    "read this in english",
    "lea este artículo en español",
    "lea esta historia en español",
    "lee esta historia en inglés",
    "lee este artículo en inglés",
    "this post is also available in",
    "this entry is also available in",
    "esta entrada también está disponible en",
    "esta entrada tamén está dispoñible en",
    "aquesta entrada també està disponible en",
    "scroll down for english",
    "scroll down for welsh",
    # a newspaper archive's notes on its OCR text and its citation line
    "this text was automatically generated from the page image",
    "text extracted by optical character recognition",
    "cite",
    # a newsletter box's legal line
    "by signing up, you agree to our",
    "by signing up you agree to our",
    "lesen sie den vollständigen artikel mit",
    "dieser artikel ist exklusiv für",
    "cet article est réservé aux abonnés",
    "article réservé aux abonnés",
    "la suite de cet article est réservée",
    # a paper's call for readers' letters closing an opinion piece (the Guardian's)
    "do you have an opinion on the issues raised in this article",
    # a tabloid's appeal for tips, closing the story
    "we pay for your stories",
    "do you have a story for",
    "do you have a story to sell",
    "have you got a story for",
    "masz ciekawy temat",
    # (Croatian, Czech: "do you have information, a photo or a video on this?")
    "imate li informaciju",
    "imate li fotografiju",
    "máte tip",
    "email us at tips",
    # a Korean broadcaster's tip-off box and its contact lines under the story ("▣ 제보 하기",
    # "◇ 카카오톡 : 'KBS제보' 검색", "※ '당신의 제보가 뉴스가 됩니다'", "[전화] 02-398-8585")
    "▣ 제보",
    "▣ kbs 기사 원문보기",
    "※ '당신의 제보가",
    "※ ‘당신의 제보가",
    "◇ 카카오톡",
    "◇ 전화",
    "◇ 이메일",
    "◇ 뉴스홈페이지",
    "▷ 전화",
    "▷ 이메일",
    "▷ 카카오톡",
    "[카카오톡",
    "[전화",
    "[메일",
    "mbc 뉴스는 24시간 여러분의 제보를",
    # a newsroom's call for tips under its stories (Quebec's "Vous avez un scoop")
    "vous avez un scoop",
    "have a news tip",
    "got a news tip",
    "have a story tip",
    "got a story tip",
    "have a story for us",
    "got a story for us",
    "do you have a story for us",
    "whatsapp us on",
    # the AP's pointer to its topic hub under a story ("Follow the AP's coverage of Congress at
    # https://apnews.com/hub/congress.")
    "follow the ap's coverage",
    "follow the ap’s coverage",
    "follow ap's coverage",
    "follow ap’s coverage",
    "find more of ap's coverage",
    "find more of ap’s coverage",
    "more ap coverage of",
    # a local paper's plea for support under its stories
    "local journalism costs money",
    "if you value our journalism",
    "if you value our reporting",
    # an embed's consent placeholder
    "an dieser stelle finden sie einen externen inhalt",
    "mit ihrer zustimmung wird hier ein externer inhalt",
    "ich bin damit einverstanden, dass mir externe inhalte",
    "möchtest du diesen ergänzenden inhalt",
    "this article includes content provided by",
    "this article contains content provided by",
    "we ask for your permission before anything is loaded",
    # the notice Russia's law has "foreign agents" print above what they publish
    "данное сообщение (материал) создано",
    "настоящий материал (информация) произведен",
    # a site's invitation to report a typo ("select the text and press Ctrl+Enter")
    "если вы заметили ошибку",
    "якщо ви помітили помилку",
    "ja pamanījāt kļūdu",
    "if you notice an error",
    "if you spot an error",
    "нашли ошибку в тексте",
    "нашли ошибку?",
    "заметили ошибку?",
    "қате тапсаңыз",
    # a Japanese paper's paywall notice (see ``PAYWALL_NOTICE_OPENERS``): its fine print
    "※無料期間中に解約した場合",
    # a Chinese portal's note of the original headline of the story it carries
    "（原标题",
    "(原标题",
    "原标题：",
    "（原標題",
    "原標題：",
    # a newsletter's web copy, opening with an invitation to those it was forwarded to
    "did someone forward you this email",
    "did someone forward you this newsletter",
    "was this email forwarded to you",
    "este contenido es exclusivo para",
    "este artículo es exclusivo para",
    "questo articolo è riservato",
    # a site's notice of its editorial review above the story (phys.org)
    "this article has been reviewed according to",
    # a Q&A site's line under the answers
    "not the answer you're looking for",
    "not the answer you’re looking for",
)

# Whole-paragraph texts (casefolded, punctuation dropped) that label boilerplate wherever they
# sit inside a story: ad slots, comment and share buttons.
BOILERPLATE_LABELS: frozenset[str] = frozenset(
    {
        "advertisement",
        "advert",
        "ad",
        "ads",
        "adv",  # (Italian papers' ad slots)
        "sponsored",
        "sponsored content",
        "anzeige",
        "werbung",
        "publicidad",
        "publicitat",
        "ਇਸ਼ਤਿਹਾਰ",  # Punjabi
        "โฆษณา",  # Thai
        "member only story",  # Medium's badge ("Member-only story")
        "external content",
        # a recipe card's buttons (Tasty Recipes, WP Recipe Maker)
        "jump to recipe",
        "print recipe",
        "pin recipe",
        "jump to video",
        # a code block's copy button written as a <div> ("gatsby-code-button")
        "copy",
        "copy code",
        "copied",
        "copy to clipboard",
        # a video player's switch under its title ("Autoplay", "Autoplay: On")
        "autoplay",
        "autoplay on",
        "autoplay off",
        "press release",
        "news release",
        "play video",
        "empfohlener externer inhalt",
        "empfohlener redaktioneller inhalt",
        "externer inhalt",
        "allow youtube content",
        "allow instagram content",
        "allow tiktok content",
        "allow x content",
        "ពាណិជ្ជកម្ម",  # Khmer
        "რეკლამა",  # Georgian
        "գովազդ",  # Armenian
        "ማስታወቂያ",  # Amharic
        "жарнама",  # Kazakh
        "сурталчилгаа",  # Mongolian
        "ကြော်ငြာ",  # Burmese
        "දැන්වීම",  # Sinhala
        "विज्ञापन",  # Hindi, Nepali
        "publicité",
        "pubblicità",
        "reklama",
        "iklan",
        "advertentie",
        "publicidade",
        "anuncio",
        "реклама",
        "广告",
        "広告",
        "광고",
        "comments",
        "comment",
        "video",
        "watch",
        "photo",
        "image",
        "close",
        "share",
        "share this",
        "share this article",
        # (Nigerian sites open and close a story with it)
        "kindly share this story",
        # the skip links around an inline newsletter promotion
        "skip past newsletter promotion",
        "after newsletter promotion",
        "print",
        "email",
        "tweet",
        # a share button's network name on a line of its own
        "facebook",
        "twitter",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "telegram",
        "continue reading",
        "read more",
        "learn more",
        # a transcript's toggle over it ("<details><summary>Show transcript</summary>")
        "show transcript",
        "hide transcript",
        "show full transcript",
        "view transcript",
        "expand transcript",
        "collapse transcript",
        # a collapsed story's toggle ("Read full article ▼" / "Show less ▲")
        "read full article",
        "read full story",
        "read the full article",
        "read the full story",
        "show more",
        "show less",
        "read less",
        "like this story share it with a friend",
        "story continues below",
        "article continues below",
        "scroll to continue",
        "skip advert",
        "skip ad",
        # a video player's notices
        "media caption",
        "this video can not be played",
        "this video cannot be played",
        "to play this video you need to enable javascript in your browser",
        "video unavailable",
        "play now",
        "cancel",
        # a page's tools under the story
        "reuse this content",
        "report an error",
        "reprints and permissions",
        "reprints permissions",
        "reprints",
        # the badges of an editorial review ("fact-checked", "peer-reviewed publication")
        "fact checked",
        "peer reviewed publication",
        "trusted source",
        "proofread",
        # a Q&A box's labels over each question and its answer
        "question",
        "answer",
        # a feedback widget's question
        "was this article helpful",
        "was this helpful",
        "was this page helpful",
        "did you find this article helpful",
        # ...and its thanks once the reader voted
        "thanks we re glad this was helpful",
        "thanks for your feedback",
        "thank you for your feedback",
        # a shopping embed's button, a reactions widget's heading
        "shop now",
        "your reaction",
        "what's your reaction",
        "whats your reaction",
        # the end-of-story marks of Persian agencies ("انتهای پیام/")
        "انتهای پیام",
        # a long page's way back up
        "back to top",
        "top of page",
        "return to top",
        "nach oben",
        "haut de page",
        "text size",
        "font size",
        # a picture's button and an ad break's notice in 2000s templates
        "click to enlarge",
        "enlarge photo",
        "enlarge this image",
        "view larger image",
        "continued below",
        "story continues below video",
        "article continues below video",
        "haberin devamı",
        "dalsza część artykułu pod materiałem wideo",
        "dalszy ciąg artykułu pod materiałem wideo",
        "dalsza część artykułu pod reklamą",
        # a live or breaking-news badge on a line of its own, a live page's pinned post's
        "live",
        "pinned post",
        # Postmedia's label over a story's text and between its ad slots
        "article content",
        "story continues below this ad",
        # a text-to-speech player's label over the story (Trinity Audio, BeyondWords)
        "listen to this article",
        "escuche este artículo",
        "escucha este artículo",
        "ouça este artigo",
        "listen to this story",
        "listen to article",
        "listen to the article",
        "artikel anhören",
        "écouter cet article",
        "écouter l'article",
        "escuchar artículo",
        "escuchar este artículo",
        "ascolta l'articolo",
        "ascolta questo articolo",
        "ascolta questo articolo ora",
        "ouvir este artigo",
        # an action bar's invitation to the site's app
        "read in app",
        "open in app",
        "live updates",
        "live reporting",
        "breaking",
        "breaking news",
        "en direct",
        "en vivo",
        "ao vivo",
        "in diretta",
        "liveticker",
        "eilmeldung",
        "última hora",
        "速报",
        "速報",
        # placeholders of widgets that load later ("Loading...")
        "loading",
        "loading twitter content",
        "loading instagram content",
        "loading youtube content",
        "loading facebook content",
        "loading tiktok content",
        "cargando",
        "carregando",
        "chargement",
        "chargement en cours",
        "wird geladen",
        "caricamento",
        "caricamento in corso",
        "загрузка",
        "正在加载",
        "加载中",
        "載入中",
        "読み込み中",
        "로딩 중",
        "로딩중",
    }
)

# Texts (casefolded, punctuation dropped) of the button that closes a sign-up or support box:
# a short box of a pitch and such a button, after the story, is no part of it.
CALL_TO_ACTION_TEXTS: frozenset[str] = frozenset(
    {
        "become a member",
        "become a supporter",
        "donate",
        "donate now",
        "give now",
        "yes i ll give",
        "give today",
        "support us",
        "support our journalism",
        "subscribe",
        "subscribe now",
        "subscribe today",
        "sign up",
        "sign up now",
        "sign up for free",
        "sign up here",
        "subscribe here",
        "sign me up",
        "subscribe for free",
        "join now",
        "join today",
        "jetzt abonnieren",
        "abonnieren",
        "jetzt unterstützen",
        "je m abonne",
        "s abonner",
        "je fais un don",
        "suscríbete",
        "suscribirse",
        "assine",
        "assine já",
        "abbonati",
        "sostienici",
        "word lid",
        "abonneer",
        "subskrybuj",
        "wesprzyj nas",
        "подписаться",
        "поддержать",
        # (Central and East European donation buttons: Romanian, in either form of its "ș"
        # and "ț"; Bulgarian, Macedonian, Serbian, Croatian, Bosnian, Slovenian, Czech, Slovak,
        # Polish, Hungarian, Ukrainian, Russian)
        "donează",
        "donează acum",
        "doneaza acum",
        "susține ne",
        "susţine ne",
        "sprijină ne",
        "дарете",
        "дарете сега",
        "дари сега",
        "подкрепете ни",
        "подкрепи ни",
        "поддржете не",
        "donirajte",
        "doniraj",
        "donirajte sada",
        "doniraj sada",
        "podržite nas",
        "podrži nas",
        "подржите нас",
        "podprite nas",
        "podpořte nás",
        "podporte nás",
        "přispějte",
        "prispejte",
        "przekaż darowiznę",
        "támogass",
        "támogass minket",
        "támogatom",
        "підтримати",
        "підтримайте нас",
        "поддержите нас",
        # (a free trial of the paid tier offered by the button alone)
        "kostenlos testen",
        "jetzt kostenlos testen",
        "gratis testen",
        "jetzt gratis testen",
        "essai gratuit",
        "essayer gratuitement",
        "prueba gratis",
        "pruébalo gratis",
        "teste grátis",
        "prova gratis",
        "start free trial",
        "start your free trial",
        "start my free trial",
        "try it free",
        "try for free",
        "gratis proberen",
        "probeer gratis",
        # (the paid tier offered as reading without advertising)
        "go ad free",
        "go ad free now",
        "go ad free today",
        "browse ad free",
        "read ad free",
        "werbefrei lesen",
        "jetzt werbefrei lesen",
        "werbefrei surfen",
        "sans publicité",
        "lire sans publicité",
        "naviguer sans publicité",
        "sin publicidad",
        "leer sin publicidad",
        "navega sin publicidad",
        "sem publicidade",
        "ler sem publicidade",
        "senza pubblicità",
        "leggi senza pubblicità",
        "reclamevrij lezen",
        "bez reklam",
        "без рекламы",
    }
)

# Path segments of the pages where readers subscribe, pay or give ("/subscribe?coupon=...",
# "/abo", "/donate"): a short link to one, on a line of its own, is a button, whatever it
# reads ("Get 20% off for 1 year", "Upgrade to paid").
SUBSCRIPTION_PATH_SEGMENTS: frozenset[str] = frozenset(
    {
        "subscribe", "subscription", "subscriptions", "donate", "donation", "donations",
        "upgrade",  # (a newsletter platform's paid tier: beehiiv's "/upgrade")
        "membership", "abo", "abonnement", "abonnieren", "suscripcion", "suscribirse",
        "assinatura", "assine", "abbonamento", "abbonati", "abonneren", "prenumerata",
    }
)  # fmt: skip

# The last part of the path of a page where readers pay to back the site, beside those
# above: with a price per period in the link's words or sentence, "support" is no help desk's
# ("you can <a href="/support/">support it for $3 a month</a>").
SUPPORT_PATH_SEGMENTS: frozenset[str] = SUBSCRIPTION_PATH_SEGMENTS | {
    "support", "supporter", "supporters", "members", "join", "patron", "patrons", "contribute",
    "unterstuetzen", "unterstützen", "soutenir", "soutien", "apoyar", "apoya", "apoie",
    "sostieni", "sostienici", "steun",
    # (Romanian, Bulgarian, South Slavic, Czech and Slovak, Polish, Hungarian, Ukrainian and
    # Russian in the Latin letters of addresses)
    "sustine", "sustinere", "sprijina", "doneaza", "donatie", "donatii", "podkrepa",
    "podkrepete-ni", "darenie", "donacija", "donacije", "doniraj",
    "podporte", "wsparcie", "wesprzyj", "tamogatas", "tamogatom", "pidtrymka", "podderzhka",
}  # fmt: skip
# The first label of a host where readers give ("dons.reporterre.net", "donate.example.org",
# "contribute.example.com"): a link to it is a support box's button, whatever it reads ("Je
# soutiens Reporterre"). (Not "support.": a help desk's as often.)
SUPPORT_HOST_LABELS: frozenset[str] = frozenset(
    {"donate", "donation", "donations", "dons", "don", "give", "giving", "contribute"}
    | {"spenden", "spende", "donar", "donaciones", "doar", "doacoes", "dona", "donazioni"}
)
# How a support box's button opens, casefolded, when it leads to the page where readers pay
# to back the site (``SUPPORT_PATH_SEGMENTS``: "<a href="/contribute/">Support The Journal
# </a>", "Je soutiens Reporterre"): its words ask for backing, whatever follows.
SUPPORT_CALL_OPENERS: tuple[str, ...] = (
    "support ", "back ", "contribute", "donate", "give to ", "become a ", "join ",
    "je soutiens", "soutenez", "soutenir", "unterstützen", "jetzt unterstützen", "apoya ",
    "apoye ", "apoie ", "sostieni", "steun ",
    "susține", "susţine", "sprijină", "donează", "подкрепете", "подкрепи ", "дарете",
    "podržite", "podrži ", "podpořte", "podporte", "wesprzyj", "támogas", "підтримай",
    "поддержите",
)  # fmt: skip
# The last part of the path of a site's paid-tier section ("https://www.gamestar.de/plus/"),
# and the words of a button-classed link to it that offer a trial or a subscription ("<a
# class="btn" href="/plus/">Jetzt Plus testen</a>"), casefolded: that link is a support box's
# button. ("plus" alone is too common a word: the button's class and words must say it too.)
PAID_TIER_SECTION_SEGMENTS: frozenset[str] = frozenset({"plus", "premium", "pro"})
TIER_TRIAL_CALL_WORDS: frozenset[str] = frozenset(
    {"testen", "ausprobieren", "abonnieren", "try", "subscribe", "upgrade", "essayer"}
    | {"abonner", "probar", "prueba", "suscríbete", "provare", "prova", "abbonati"}
)
# Class parts that mark a link as a button ("btn btn-plus", "bouton").
BUTTON_CLASS_PARTS: frozenset[str] = frozenset({"btn", "button", "bouton", "cta"})
# A price per period, casefolded ("$3 a month", "£5/month", "4 € im Monat", "5 € par mois",
# "R$ 10 por mês"): what a reader is asked to pay for the paid tier.
PRICE_PER_PERIOD = re.compile(
    r"(?:(?:[$£€¥₹]|\b(?:us|r|a|c|ca|nz)\$|\b(?:usd|eur|gbp|chf)\s)\s?\d+(?:[.,]\d{1,2})?"
    r"|\b\d+(?:[.,]\d{1,2})?\s?(?:[$£€]|(?:euros?|eur|dollars?|chf|kr|zł)\b))"
    r"\s?(?:a|an|per|each|every|/|im|pro|je|par|al|por|ao|il)\s?"
    r"(?:months?|mo|years?|yr|weeks?|monat|jahr|woche|mois|an|année|semaine|mes|año|semana|mês"
    r"|ano|mese|anno|settimana)\b"
)
# Words of a pitch asking readers to give, join or subscribe, casefolded stems in several
# languages ("... funded by its readers ... please think about chipping in."): a short block
# of its own right before a page builder's block holding only a call-to-action button is
# its pitch when it says one of them, the story's own last lines when it does not.
SUPPORT_PITCH_WORDS: tuple[str, ...] = (
    "support", "donat", "donor", "member", "subscri", "contribut", "chip in", "chipping in",
    "funded by", "fund our", "reader", "listener", "viewer", "nonprofit", "non-profit",
    "independent journalism", "independent newsroom", "sign up", "newsletter", "gift",
    "unterstütz", "spende", "abonn", "leser", "soutien", "souten", "faire un don", "lecteur",
    "apoy", "apoi", "suscri", "donac", "doaç", "lector", "leitor", "assin", "sostien",
    "lettor", "steun", "lezer", "wesprzyj", "czytelni", "поддерж", "подпис", "читател",
    "susți", "susţi", "sprijin", "donați", "donaţi", "cititor", "подкреп", "дарени", "podrš",
    "podrž", "donacij", "podpoř", "podpor", "támogat", "olvasó", "підтрим", "читач",
)  # fmt: skip

# What a pitch for the site's paid tier asks of the reader right before the link naming the
# tier, casefolded ("... hyperlocal alerts when you subscribe to <a href="/en/premium-plus">
# Premium+</a> on our app."; not "you can also <a>subscribe</a> to get the next post"), and the
# words of the tier page's path (its last part, split at hyphens) the link leads to.
PAID_TIER_PITCH_WORDS: tuple[str, ...] = (
    "subscribe to", "subscribing to", "upgrade to", "abonnez-vous à", "abonnieren sie",
    "suscríbete a",
)  # fmt: skip
PAID_TIER_PATH_WORDS: frozenset[str] = SUBSCRIPTION_PATH_SEGMENTS | {"premium", "subscriptions"}
# A free trial of the paid tier that a link's own words offer, casefolded ("<a href="/customer/
# subscribe/digitalsub/">Try The Telegraph free for 1 month</a>", "Start your free trial",
# "Jetzt 4 Wochen kostenlos testen"): with a link through the subscription pages, the pitch.
FREE_TRIAL_OFFER = re.compile(
    r"\bfree trial\b|\bfree for (?:\d+|one|a|two|three|six) (?:day|week|month|year)s?\b"
    r"|\btry\b[^.!?]{0,40}\bfree\b|\b(?:first|1st) (?:month|week)s? free\b"
    r"|kostenlos testen|gratis testen|probeabo|essai gratuit|essayez gratuitement"
    r"|prueba gratis|prueba gratuita|teste grátis|experimente grátis|prova gratuita|prova gratis"
)

# How a rights notice reserves the rights in words, casefolded ("All rights reserved").
RESERVED_RIGHTS_WORDS: tuple[str, ...] = (
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "todos os direitos reservados", "tutti i diritti riservati",
    "riproduzione riservata", "כל הזכויות שמורות", "کلیه حقوق محفوظ است",
    "تمامی حقوق محفوظ است",
    # (Somali, Swahili, Hausa)
    "dhammaan xuquuqda way dhowran yihiin", "xuquuqda way dhowran tahay",
    "haki zote zimehifadhiwa", "duk haƙƙoƙi an kiyaye", "duk hakkoki an kiyaye",
)  # fmt: skip

# How a wire's rights line under its story forbids copying it without leave, casefolded ("©
# LETA. Šo materiālu bez rakstiskas atļaujas aizliegts pavairot, ..."): with the reserving words
# (``RESERVED_RIGHTS_WORDS``, ``RIGHTS_NOTICE_PHRASES``), what may follow the agency's name.
WIRE_REPRODUCTION_BANS: tuple[str, ...] = (
    "may not be published", "may not be reproduced", "aizliegts", "draudžiama", "keelatud",
    "запрещен", "заборонен", "zabronione", "zakázáno", "untersagt", "nicht gestattet",
    "interdite", "prohibida", "proibida", "vietata",
)  # fmt: skip

# The feature syndicates whose closing rights line a paper prints under the column it bought,
# casefolded ("(c) 2025 Andrews McMeel Syndication", "© 2025 by June Albrecht. Distributed by
# Tribune Content Agency."): the counterpart of a wire's rights line, kept as it is.
FEATURE_SYNDICATES: tuple[str, ...] = (
    "andrews mcmeel syndication", "andrews mcmeel universal", "tribune content agency",
    "king features syndicate", "king features", "creators syndicate", "creators",
    "creators.com", "washington post writers group",
)  # fmt: skip
# How such a line names the syndicate after the writer's own mark, casefolded ("© 2025 by
# June Albrecht. Distributed by Tribune Content Agency.").
SYNDICATE_DISTRIBUTION_WORDS: tuple[str, ...] = ("distributed by",)

# An opinion piece's note that its views are the writer's, however worded ("The views
# expressed in this commentary are those of the authors", "The opinions expressed in this
# op-ed are the author's own", "Views expressed are solely those of the writer"; a
# platform's note on its contributors' posts, "Opinions expressed by Newsloop contributors are
# their own. Newsloop does not endorse ..."; a site's "Opinions expressed here are the
# author's alone"; a site's "The opinions expressed in the op-ed section are those of the
# authors and do not purport to reflect the views of ..."; a note on "the article" is the
# syndicated copy's own, and stays).
OPINION_DISCLAIMER = re.compile(
    # (what else the experts give beside their views: "The views and investment tips expressed
    # by investment experts on Moneycontrol.com are their own ...")
    r"\b(?:views|opinions)(?: and [\w-]+(?: [\w-]+)?)? expressed "
    r"(?:(?:in|on|by) (?:this|these|our) [\w-]+(?: [\w-]+)? "
    r"|in the [\w-]+ (?:section|pages|columns?) "
    r"|by (?:[\w-]+ ){0,2}(?:contributors|columnists|bloggers|writers|authors|experts|analysts)"
    r"(?: on [\w.-]+)? "
    r"|(?:here|herein|on this (?:site|website|blog|page)) )?"
    r"(?:are|do not|belong|reflect)\b"
    # (Gannett's label over its columns: "This piece expresses the views of its author(s),
    # separate from those of this publication.")
    # (run on to the label before it in the page's text: "OpinionThis piece ...")
    r"|this (?:piece|article|column) expresses the (?:views|opinions) of its author"
    r"|\bdo(?:es)? not purport to reflect the (?:views|opinions)\b"
    # (a think tank's note that it takes no positions, so the views are the authors':
    # "... does not take specific policy positions. Accordingly, all views ... should be
    # understood to be solely those of the author(s).")
    r"|\bdoes not take (?:specific |collective |institutional )(?:policy )?positions\b"
    r"|\bshould be understood to be solely those of the authors?\b"
    # (other languages: Indonesian "Seluruh isi tulisan menjadi tanggung jawab penulis", "...
    # di luar tanggung jawab redaksi"; German "Der Text gibt (nicht unbedingt) die Meinung des
    # Autors / der Redaktion wieder"; French "... n'engagent que leurs auteurs"; Spanish "...
    # no refleja necesariamente la opinión de ...", "... es responsabilidad exclusiva del
    # autor"; Portuguese "... não refletem necessariamente ..."; Italian "Le opinioni espresse
    # nell'articolo sono esclusivamente dell'autore")
    r"|\bmenjadi tanggung jawab (?:penulis|pengirim)\b|\bdi luar tanggung jawab redaksi\b"
    r"|\b(?:gibt|geben) (?:nicht )?(?:unbedingt |notwendigerweise |ausschließlich |allein )?"
    r"die meinung (?:des autors|der autorin|der autorinnen|der autoren|der redaktion) wieder\b"
    r"|\bn['’]engag(?:e|ent) que (?:leurs?|son|ses) (?:auteur|autrice)"
    r"|\bno refleja(?:n)? necesariamente (?:la|las) opini"
    r"|\bes responsabilidad exclusiva de(?:l| la| los| las| sus?) autor"
    r"|\bnão refletem? necessariamente (?:a|as|o) (?:opini|posi|ponto de vista|linha edit|visão)"
    r"|\ble opinioni espresse\b[^.]{0,80}?\bsono\b[^.]{0,40}?\bdell['’](?:autore|autrice)\b"
    # (Vietnamese "... không nhất thiết là quan điểm của ...": not necessarily the view of)
    r"|\bkhông nhất thiết (?:là |phản ánh )?(?:quan điểm|lập trường) của\b"
    # (Chinese, a platform's note under its writers' posts: "该文观点仅代表作者本人", "本文仅代表
    # 作者个人观点", "不代表本站立场"; traditional "僅代表作者個人觀點")
    r"|(?:观点|觀點)(?:仅|僅|只)代表作者"
    r"|(?:仅|僅|只)代表作者(?:本人|个人|個人)?(?:的)?(?:观点|觀點|立场|立場)"
    r"|不代表本(?:站|网|網|平台|报|報|刊)(?:的)?(?:观点|觀點|立场|立場)"
    # (South Slavic, Cyrillic and Latin: Serbian, Croatian and Bosnian "... не одражавају нужно
    # уређивачку политику листа", "ne odražava nužno stavove redakcije", "Ставови ... лични су
    # ставови аутора", "osobni stavovi autora"; Slovenian "... ne odražajo nujno stališč
    # uredništva"; Macedonian "... не ги одразуваат нужно ставовите на редакцијата"; Bulgarian
    # "... не отразява непременно позицията на редакцията")
    r"|\bне одражава(?:ју)? нужно [^.]{0,40}?(?:уређивачк|редакциј|уредништв|став|мишљењ)"
    r"|\bne odražava(?:ju)? nužno [^.]{0,40}?(?:uređivačk|redakcij|uredništv|stav|mišljenj"
    r"|stajališt)"
    r"|\bлични (?:су )?ставови аутора\b|\blični (?:su )?stavovi autora\b"
    r"|\bosobni stavovi autora\b"
    # (a broadcaster's note under its interviews that its guests speak for themselves:
    # German "Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder.
    # ... macht sich Äußerungen seiner Gesprächspartner ... nicht zu eigen"; English "...
    # does not necessarily share the views of its interviewees", "The views of our guests are
    # their own"; matched casefolded, so "ß" reads "ss")
    r"|\b(?:äusserungen|aussagen) unserer (?:gesprächspartner|interviewpartner|gäste)\w* "
    r"(?:geben|gibt) (?:deren|ihre) eigenen? (?:auffassung|meinung|ansicht)"
    r"|\bmacht sich (?:die )?(?:äusserungen|aussagen|ansichten|positionen) "
    r"(?:seiner|ihrer|unserer|der) (?:gesprächspartner|interviewpartner|gäste)\w*"
    r"[^.]{0,80}? nicht zu eigen\b"
    r"|\bdo(?:es)? not necessarily (?:share|endorse|agree with|reflect) the "
    r"(?:views|opinions|positions|statements) (?:of|expressed by) (?:its|our|their) "
    r"(?:interviewees|guests|interview partners)\b"
    r"|\b(?:views|opinions|statements|remarks) (?:of|by) (?:our|its) "
    r"(?:guests|interviewees|interview partners) (?:are|reflect) (?:solely )?their own\b"
    # (a newsroom's note that its stories are not its owner's word: "This story does not
    # necessarily represent the position of our parent company, IBM.")
    r"|\bdo(?:es)? not necessarily (?:represent|reflect|share) the "
    r"(?:views?|opinions?|positions?|policy|policies) of (?:our|its|their) "
    r"(?:parent compan(?:y|ies)|owners?|corporate parent)\b"
    r"|\bne odraža(?:jo)? nujno [^.]{0,40}?(?:stališč|uredništv|mnenj)"
    r"|\bне (?:ги |го )?одразува(?:ат)? нужно [^.]{0,40}?(?:ставов|редакциј|уредувачк)"
    r"|\bне отразява(?:т)? непременно [^.]{0,40}?(?:позици|мнени|редакци)"
)
# What each of its wordings holds: most lines hold none, and the pattern is not searched.
OPINION_DISCLAIMER_HINTS: tuple[str, ...] = (
    "express", "purport", "positions", "solely those", "tanggung jawab", "meinung", "engag",
    "necesariamente", "responsabilidad exclusiva", "necessariamente", "espress", "nhất thiết",
    "代表", "одражава", "odražava", "ставови", "stavovi", "nujno", "одразува", "непременно",
    "eigen", "necessarily", "their own",
)  # fmt: skip
# How an author's note on a line of its own opens, casefolded ("The author is a senior
# researcher at ... The views expressed are her own."): the line is the writer's note, kept
# whole, though a views sentence follows.
AUTHOR_NOTE_OPENERS: tuple[str, ...] = (
    "the author is ", "the author was ", "the authors are ", "the writer is ", "the writers are ",
    "l'auteur est ", "l'autrice est ", "l’auteur est ", "der autor ist ", "die autorin ist ",
    "el autor es ", "la autora es ", "o autor é ", "a autora é ", "l'autore è ",
    "l'autrice è ", "autorius yra ", "autorė yra ", "autors ir ", "autore ir ",
    # (Romanian; Bulgarian and Macedonian; Serbian, Croatian, Bosnian, Slovenian, Czech and
    # Slovak; Polish; Russian and Ukrainian)
    "autorul este ", "autoarea este ", "авторът е ", "авторката е ", "авторот е ",
    "autor je ", "autorica je ", "autorka je ", "аутор је ", "ауторка је ",
    "avtor je ", "avtorica je ", "autor jest ", "autorka jest ", "автор — ", "автор – ",
    "автор является ", "автор є ", "авторка є ",
)  # fmt: skip

# A shopping disclosure however worded: that the site may earn from what readers buy ("We
# may earn money when you buy through our links", "we may get a commission if you purchase
# something through our links"), the earning and a word on buying or links both in the line,
# or that it has affiliate relationships.
AFFILIATE_EARNING = re.compile(
    r"\bmay (?:earn|get|receive|make) (?:money|paid|revenue|compensation"
    r"|(?:a |an )?(?:small |affiliate )?(?:commissions?|share|portion|percentage|fee)\b)"
    r"|\b(?:has|have) affiliate (?:relationships?|partnerships?)\b"
    # (French, German, Spanish, Italian, Dutch: "... peut percevoir une commission sur les
    # ventes réalisées via ces liens", "... erhalten wir (ggf.) eine Provision")
    r"|\bpeu(?:t|vent) percevoir une (?:petite )?commission\b"
    r"|\berhalten wir (?:\(?(?:ggf\.|gegebenenfalls|eventuell)\)? )?eine (?:kleine )?provision\b"
    r"|\bpuede(?:n)? recibir una (?:pequeña )?comisión\b"
    r"|\bpuò ricevere una (?:piccola )?commissione\b"
    r"|\b(?:kan|kunnen) (?:\w+ ){0,2}een (?:kleine )?commissie (?:ontvangen|krijgen)\b"
    # (links said to earn the site money, no "may": "FTC: We use income earning auto
    # affiliate links.", "This post contains commission-earning links.")
    r"|\b(?:income|revenue|money|commission)[- ]earning (?:[\w-]+ ){0,2}links?\b"
)
# (what each of its wordings holds)
AFFILIATE_EARNING_HINTS: tuple[str, ...] = (
    "may ", "affiliate", "commission", "provision", "comisión", "commissie", "earning",
)  # fmt: skip
AFFILIATE_SHOPPING = re.compile(
    r"\b(?:links?|buy|purchases?|purchasing|shop|retailers?"
    r"|liens?|ventes?|achats?|link\w*|\w*kauf\w*|enlaces?|compras?|acquisti|aankopen)\b"
)

# A health site's disclaimer that its pages are no medical advice, however worded ("The
# material on this site is for informational purposes only and is not a substitute for
# medical advice, diagnosis, or treatment", "This content is not intended as a substitute for
# professional medical advice"), casefolded.
HEALTH_DISCLAIMER = re.compile(
    r"\bnot (?:(?:intended|meant|designed) (?:to be |as )?)?a substitute for "
    r"(?:[\w-]+ ){0,2}(?:medical|health|healthcare) (?:advice|care|diagnosis|treatment)"
    r"|\b(?:does|do) not (?:provide|offer|give) (?:medical|health) advice\b"
    r"|\b(?:this|our) (?:site|website|article|content|material|information|page)\b"
    r"[^.]{0,60}\bfor (?:general )?(?:informational|information|educational) purposes only\b"
    r"|no sustituye (?:el |la |a )?(?:consejo|consulta|diagnóstico|atención) médic"
    r"|ne remplace pas (?:un |une |l[’'])?(?:avis|consultation|diagnostic) médical"
    r"|ersetz(?:t|en) (?:keine|nicht die) (?:ärztliche|medizinische) (?:beratung|diagnose)"
)
# (what each of its wordings holds)
HEALTH_DISCLAIMER_HINTS: tuple[str, ...] = (
    "substitute for",
    "advice",
    "purposes only",
    "no sustituye",
    "ne remplace pas",
    "ersetz",
)

# A law firm's disclaimer under its client alerts that they are no legal advice, however
# worded ("This publication is for general information purposes only and is not legal advice.
# It does not create an attorney-client relationship. Attorney Advertising. Prior results do
# not guarantee a similar outcome."), casefolded: the informational-purposes line of
# ``HEALTH_DISCLAIMER`` and the legal words.
LEGAL_DISCLAIMER = re.compile(
    r"\b(?:this|our) (?:publication|alert|client alert|update|newsletter|communication|memo"
    r"|bulletin|insight)\b[^.]{0,60}\bfor (?:general )?(?:informational|information"
    r"|educational) purposes only\b"
    r"|\b(?:is|are) not (?:(?:intended|meant) (?:to be |as )?)?legal advice\b"
    r"|\b(?:does|do|should|shall) not (?:constitute|provide|offer) legal advice\b"
    r"|\b(?:does|do|shall|will) not (?:create|establish|form|constitute) an "
    r"attorney[- ]client relationship\b"
    # (the label a bar's rules require, a sentence of its own)
    r"|(?:^|[.!?] )attorney advertising(?:[.!]|$)"
    r"|\bprior results do not guarantee a similar outcome\b"
)
# What each of its wordings holds: most lines hold none, and the pattern is not searched.
LEGAL_DISCLAIMER_HINTS: tuple[str, ...] = (
    "legal advice",
    "attorney",
    "purposes only",
    "prior results",
)

# The wire services' closing lines of a press release: "SOURCE Acme Robotics, Inc." (PR
# Newswire, the word in capitals), "View original content to download multimedia: <URL>",
# news aktuell's "Original-Content von: <sender>, übermittelt durch news aktuell".
PRESS_RELEASE_TRAILER = re.compile(
    r"SOURCE [A-Z]|(?i:view (?:the )?original (?:content|press release|version))\b"
    r"|(?i:original-content von:)"
)

# Inline tags that set text in bold, in italics, and in either (a signed name, an appeal).
BOLD_TAGS: frozenset[str] = frozenset({"strong", "b"})
ITALIC_TAGS: frozenset[str] = frozenset({"em", "i"})
EMPHASIS_TAGS: frozenset[str] = BOLD_TAGS | ITALIC_TAGS

# An appeal to join the site on a messaging app or a news reader ("Join ST's Telegram channel
# here and get the latest breaking news", "Follow Mirror on Google News", "Ακολουθήστε την
# Καθημερινή στο Google News ..."): a verb, a few words, the app's name (matched on casefolded
# text); or, in a language that puts its verb last, the app's name, a few words and the verb
# ("Bizi Google News'ten takip edin"). The verbs...
CHANNEL_APPEAL_VERBS: tuple[str, ...] = (
    "join", "follow", "subscribe to", "تابعوا", "تابعونا", "підписуйтесь", "подписывайтесь",
    "приєднуйтесь", "присоединяйтесь", "ακολουθήστε", "ακολούθησε", "takip edin",
    "síguenos", "sigue", "siga", "sigam", "suivez", "rejoignez", "folgen", "folgt", "seguici",
    "segui", "volg", "obserwuj", "ikuti", "urmăriți", "urmăriţi", "urmărește", "urmăreşte",
)  # fmt: skip
# ...those a verb-last language closes the appeal with...
FOLLOW_APPEAL_CLOSERS: tuple[str, ...] = ("takip edin", "takip et", "takip edebilirsiniz")
# ...and the apps.
CHANNEL_APPEAL_APPS: tuple[str, ...] = ("telegram", "whatsapp", "signal", "viber", "google news")
# (a full stop inside a word, a site's name as its host spells it, "Urmărește știrile
# HotNews.ro pe Google News", ends no sentence)
_NO_SENTENCE_END = r"(?:[^.!?]|\.(?=\w))"
CHANNEL_APPEAL = re.compile(
    rf"^(?:{'|'.join(CHANNEL_APPEAL_VERBS)})\b{_NO_SENTENCE_END}{{0,80}}?"
    rf"\b(?:{'|'.join(CHANNEL_APPEAL_APPS)})\b"
    rf"|^{_NO_SENTENCE_END}{{0,60}}?\b(?:{'|'.join(CHANNEL_APPEAL_APPS)})\b"
    rf"{_NO_SENTENCE_END}{{0,40}}?\b(?:{'|'.join(FOLLOW_APPEAL_CLOSERS)})\b"
)
# Class words of a box holding one other story's teaser card, perhaps under a short label of
# its own ("<div class="teaserBox"><div class="boxHead">Ratgeber</div><a>...</a></div>").
TEASER_BOX_TOKENS: frozenset[str] = frozenset({"teaser", "teaserbox"})

# A feedback widget's question closing its line, perhaps after a plea ("Ihre Meinung ist uns
# wichtig: War dieser Artikel hilfreich?" over "Ja" and "Nein" buttons), lower case and without
# punctuation: the widget's, not the story's.
FEEDBACK_QUESTIONS: tuple[str, ...] = (
    "was this article helpful", "was this helpful", "did you find this article helpful",
    "war dieser artikel hilfreich", "war der artikel hilfreich", "ist dieser artikel hilfreich",
    "te resultó útil este artículo", "le resultó útil este artículo", "cet article vous a t il été utile",
    "questo articolo ti è stato utile", "dit artikel nuttig",
    # (Spanish, French, Portuguese, Italian, Indonesian, Dutch forms: "te"/"le" both end so)
    "ha resultado útil este artículo", "ha sido útil este artículo", "fue útil este artículo",
    "ha parecido útil este artículo", "cet article vous a été utile",
    "avez vous trouvé cet article utile", "este artigo foi útil", "esta matéria foi útil",
    "esta notícia foi útil", "achou este artigo útil", "ti è stato utile questo articolo",
    "questo articolo è stato utile", "apakah artikel ini bermanfaat",
    "apakah artikel ini membantu", "was dit artikel nuttig",
)  # fmt: skip

# A station's line promoting its live stream or its app ("Watch WUSA9 News live on YouTube,
# Roku and the WUSA9 app.", "Stream KX2 live in the KX2 app", "Download the free KX2 News
# app"; Spanish "Descarga gratis la app de Telemundo 51", "Baja la app", Portuguese "Baixe
# grátis o aplicativo", French "Téléchargez gratuitement l'application", German "Laden Sie
# die kostenlose App ... herunter", "Hol dir die ...-App"), casefolded: a linked line so is a
# promo, not the story's.
LIVE_STREAM_PROMO = re.compile(
    r"^(?:watch|stream)\s+(?:[^\s.!?]+\s+){1,5}?live\s+(?:on|in)\s"
    r"|^download\s+(?:our\s+|the\s+)?(?:free\s+)?(?:[^\s.!?]+\s+){1,3}?app\b"
    r"|^(?:descarga|descargue|descargá)\s+(?:ya\s+|ahora\s+)?(?:gratis\s+)?"
    r"(?:la|nuestra)\s+(?:nueva\s+)?(?:app|aplicación)\b"
    # ("baja la aplicación de la tasa" is a sentence: "baja" is a download with "app" alone)
    r"|^(?:baja|baje|bájate)\s+(?:ya\s+)?(?:gratis\s+)?(?:la|nuestra)\s+(?:nueva\s+)?app\b"
    r"|^baixe\s+(?:já\s+|agora\s+)?(?:grátis\s+|gratuitamente\s+)?(?:o|nosso)\s+"
    r"(?:novo\s+)?(?:app|aplicativo)\b"
    r"|^téléchargez\s+(?:dès maintenant\s+)?(?:gratuitement\s+)?(?:l['’]|notre\s+)"
    r"(?:nouvelle\s+)?(?:app|appli|application)\b"
    r"|^laden\s+sie\s+(?:sich\s+)?(?:jetzt\s+)?(?:[^\s.!?]+\s+){1,4}?(?:[^\s.!?]+-)?app\b"
    r"[^.!?]*\sherunter\b"
    r"|^hol\s+dir\s+(?:jetzt\s+)?(?:[^\s.!?]+\s+){1,4}?(?:[^\s.!?]+-)?app\b"
)
# A messaging app's channel, named in a line that invites the reader to it ("Follow us on our
# official WhatsApp channel for breaking news alerts", "Simak breaking news ... Kompas.com
# WhatsApp Channel", "اردو پوسٹ کا واٹس ایپ چینل فالو کریں"), casefolded: the apps...
MESSAGING_APPS: tuple[str, ...] = (
    "whatsapp", "telegram", "viber", "טלגרם", "וואטסאפ", "واٹس ایپ", "واتساب", "واتس اب", "تلگرام", "تلغرام",
    "تيليجرام", "تليجرام", "ватсап", "вотсап", "телеграм", "google news", "গুগল নিউজ",
    # WeChat, and its official accounts
    "微信", "公众号", "公眾號",
)  # fmt: skip
# Hosts of a messaging app's channel or group addresses ("https://t.me/citynews", a
# community's invite "https://chat.whatsapp.com/<code>"), and the class tokens of a block set
# apart for such a channel ("article__text__telegram", "whatsapp-embed"): a line that is just
# one link to a channel is an appeal to join it, whatever its words ("Читайте нас в
# Telegram").
CHANNEL_HOSTS: frozenset[str] = frozenset({"t.me", "telegram.me", "chat.whatsapp.com"})
# The hosts whose channels sit under a path of their own ("https://whatsapp.com/channel/<id>",
# Viber's "https://invite.viber.com/?g2=<code>" invites), and that path ("" for none).
CHANNEL_PATH_HOSTS: dict[str, str] = {"whatsapp.com": "channel", "invite.viber.com": ""}
CHANNEL_BLOCK_TOKENS: frozenset[str] = frozenset({"telegram", "whatsapp"})
# The words for an app of the site's own ("Download the free WDCN app to get breaking news
# alerts"), casefolded: a line opening with an invitation and naming one is a promotion too.
# The app stores whose listing a line may link (an invitation to download the site's app).
APP_STORE_HOSTS: frozenset[str] = frozenset(
    {"play.google.com", "apps.apple.com", "itunes.apple.com", "appgallery.huawei.com"}
)
# The addresses of an app's listing in those stores, host and path opening: a short link to
# one closing a small box is the box's button, the site's app promoted ("<p>अब अखबार नहीं,
# ... ऐप पढ़िए।</p><a href="https://play.google.com/store/apps/details?id=...">ऐप डाउनलोड
# करें</a>"), whatever its words; not Google Play's books or films.
APP_LISTING_PREFIXES: tuple[str, ...] = (
    "play.google.com/store/apps/", "apps.apple.com/", "itunes.apple.com/",
    "appgallery.huawei.com/",
)  # fmt: skip
# The verbs asking the reader to get an app, casefolded, opening a clause of the line ("...
# on Moneycontrol or download the Moneycontrol App to stay updated!").
APP_DOWNLOAD_VERBS: frozenset[str] = frozenset(
    {
        "download", "install", "get", "descarga", "descargue", "baixe", "scarica", "télécharge",
        "téléchargez", "lade", "laden", "unduh", "डाउनलोड",
    }
)  # fmt: skip
# ...or, in a language that puts its verb last, the verb and its polite imperative anywhere in
# the clause ("... की खबरें पढ़ने के लिए डाउनलोड करें <a>Android Hindi News App</a>"; Marathi,
# Bengali).
APP_DOWNLOAD_IMPERATIVES: tuple[str, ...] = (
    "डाउनलोड करें", "डाउनलोड कीजिए", "इंस्टॉल करें", "डाउनलोड करा", "ডাউনলোড করুন",
)  # fmt: skip
APP_WORDS: tuple[str, ...] = ("app", "apps", "aplikasi", "appli", "application", "aplicación",
                              "aplicativo", "applicazione")  # fmt: skip
# A Chinese invitation to the site's app, its name glued to the app's word ("扫码下载新浪新闻
# 客户端", "请下载“澎湃新闻”APP"), casefolded: the word for the app...
CJK_APP_WORDS: tuple[str, ...] = ("app", "客户端", "客戶端")
# ...and the verb that opens the line, or that a closing note in brackets holds ("（本文来自
# ...，更多原创资讯请下载“...”APP）"): a story's sentence naming an app opens otherwise.
CJK_APP_INVITATIONS: tuple[str, ...] = (
    "下载", "下載", "扫码", "掃碼", "扫描二维码", "掃描二維碼",
)  # fmt: skip
# ...and the invitation: the line opens with a verb asking the reader to follow, join, look
# or install (one of its first words)...
CHANNEL_INVITATION_OPENERS: frozenset[str] = frozenset(
    {
        "follow", "join", "subscribe", "get", "stay", "click", "tap", "download", "install",
        "simak", "ikuti", "unduh",
        "dapatkan", "mari", "gabung", "bergabung", "sertai", "participe", "acompanhe",
        "inscreva-se", "únase", "síganos", "siga", "siga-nos", "junte-se", "تابعوا", "تابعونا", "انضم",
        "انضموا", "اشترك", "подписывайтесь", "підписуйтесь", "присоединяйтесь",
        "приєднуйтесь", "suivez", "rejoignez", "abonnez-vous", "síguenos", "únete", "sigue",
        "seguici", "segui", "iscriviti", "folgen", "folge", "abonnieren", "volg",
        "theo", "ติดตาม", "sundan", "i-follow", "segueix", "segueix-nos", "uneix-te",
        "הצטרפו", "עקבו",
        "डाउनलोड",  # (Hindi "download", before its polite "करें": "डाउनलोड करें ... App")
    }
)  # fmt: skip
# ...or, in the languages that put the verb last, holds its polite imperative.
CHANNEL_INVITATION_ENDINGS: tuple[str, ...] = (
    "فالو کریں", "جوائن کریں", "دنبال کنید", "عضو شوید", "फॉलो करें", "ज्वाइन करें",
    "फॉलो करा", "जॉइन करा", "सामील व्हा",  # (Marathi: "follow", "join", "become a member")
    "takip edin", "katılın", "フォローしてください", "팔로우하세요", "ফলো করুন",
    # ("... è anche su Whatsapp. È sufficiente cliccare qui per iscriversi al canale")
    "iscriversi al canale", "unirse al canal", "unir-se ao canal",
    # (a Chinese page's "scan the QR code", "关注...公众号" after its verb)
    "二维码", "二維碼",
)  # fmt: skip
# Phrases of a consent banner's or dialog's text, casefolded (the IAB framework's purposes,
# the buttons, the rights it states): a block flagged for consent, or a modal dialog, that
# holds two of them or more is the notice, never the story, however much text it holds.
CONSENT_NOTICE_PHRASES: tuple[str, ...] = (
    "store and/or access information on a device", "access information on your device",
    "access information on a device", "personalised advertising", "personalized advertising",
    "personalised ads", "personalized ads", "ad and content measurement",
    "advertising and content measurement", "audience insights", "audience research",
    "legitimate interest", "withdraw your consent", "withdraw consent", "we use cookies",
    "uses cookies", "cookie policy", "privacy policy", "accept all", "reject all",
    "manage preferences", "manage options", "your consent", "personal data", "our partners",
    "precise geolocation", "device scanning", "unique identifiers",
    # de, fr, es, it, pt, nl, pl
    "wir und unsere partner", "personenbezogene daten", "einwilligung", "alle akzeptieren",
    "datenschutzerklärung", "nos partenaires", "données personnelles", "consentement",
    "tout accepter", "nuestros socios", "datos personales", "consentimiento",
    "aceptar todo", "i nostri partner", "dati personali", "consenso", "accetta tutto",
    "nossos parceiros", "dados pessoais", "aceitar tudo", "onze partners",
    "persoonsgegevens", "toestemming", "alles accepteren", "nasi partnerzy",
    "dane osobowe", "zgody",
)  # fmt: skip
# A consent notice names at least this many of those phrases.
MIN_CONSENT_PHRASES = 2

# Phrases of the notices a site sets in its stories, casefolded: a shopping piece's disclosure
# that its links earn the site a commission, a portal's note on an unedited wire copy, a
# markets story's disclaimer, a newsroom's description of itself. A line holding one is the
# page's notice, not the story's.
# A broadcaster's note on its transcripts, casefolded: a public broadcaster's under them, a
# cable network's over them ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL
# FORM AND MAY BE UPDATED."), never the words of the show.
TRANSCRIPT_NOTICE_PHRASES: tuple[str, ...] = (
    "transcripts are created on a rush deadline",
    "transcript was created on a rush deadline",
    "this is a rush transcript",
    "this copy may not be in its final form",
    # a podcast's note on a transcript made by software ("This transcript was generated using
    # automated software ... It may contain errors. Please check the audio before quoting.")
    "this transcript was generated", "this transcript is generated",
    "transcripts are generated using", "transcript was generated using",
    "transcript was generated by ai", "transcript was automatically generated",
    "transcript is automatically generated", "transcripts are automatically generated",
    "automatically generated transcript", "ai-generated transcript",
    "machine-generated transcript", "transcript may contain errors",
    "transcripts may contain errors", "audio before quoting",
)  # fmt: skip
# Phrases that tell such a note only in a line that names the transcript (a newsroom's
# "Notice: Transcripts are machine and human generated and lightly edited for accuracy. They
# may contain errors."): a story may say them of anything else.
TRANSCRIPT_NOTICE_CLAUSES: tuple[str, ...] = (
    "machine and human generated", "machine- and human-generated", "human and machine generated",
    "they may contain errors", "it may contain errors", "may contain transcription errors",
)  # fmt: skip
# (what every such line holds, in either case: most lines hold neither)
TRANSCRIPT_NOTICE_HINTS: tuple[str, ...] = ("ranscript", "RANSCRIPT")

PAGE_NOTICE_PHRASES: tuple[str, ...] = (
    # a broadcaster's note on its transcripts' accuracy
    "transcripts may vary",
    # a paper's line on its standards ("Se adhiere a los criterios de The Trust Project")
    "the trust project",
    # press-release wires' disclaimers
    "are those of the issuer alone",
    "provides this news content",
    # a partner article's note that the newsroom did not write it (French)
    "la rédaction n'a pas participé",
    "la rédaction n’a pas participé",
    # an affiliate price note (German: "prices at the time of publication")
    "preise zum zeitpunkt der veröffentlichung",
    "please consider supporting us with a subscription",
    *TRANSCRIPT_NOTICE_PHRASES,
    "affiliate marketing program",
    "may earn a commission",
    "may earn commission",
    "may earn a small commission",
    "may receive a commission",
    "may receive commission",
    "may get paid commissions",
    "may earn an affiliate commission",
    "earns a commission",
    "earn a commission from",
    "may earn money from the links",
    "contains affiliate links",
    "includes affiliate links",
    "may contain affiliate links",
    # (the disclosure Amazon's programme requires, word for word: "As an Amazon Associate I
    # earn from qualifying purchases")
    "as an amazon associate",
    "we may receive compensation",
    "we receive a commission",
    "we earn an affiliate commission",
    "affiliate-link:",
    "erhält chip eine provision",
    "erhalten wir eine provision",
    "eine kleine provision",
    "prices at time of publication",
    "we may earn an affiliate commission",
    # a magazine's note on where the story ran in print
    "this article appears in the",
    "this article appeared in the",
    "appears in the print edition",
    "print edition with the headline",
    # (the Wall Street Journal's and Barron's dated line: "Appeared in the March 13, 2025,
    # print edition as '...'.")
    ", print edition as",
    # (a paper's note that a version ran in print: "A version of this article appears in print
    # on April 4, 2025, Section A, Page 1 of the New York edition", "A version of this story
    # appears in the print on April 4, 2025, of The Kathmandu Post.")
    "version of this article appears in",
    "version of this article appeared in",
    "version of this story appears in",
    "version of this story appeared in",
    "cet article est paru dans",
    "een versie van dit artikel verscheen",
    "este artículo se publicó en la edición impresa",
    # an AI narration's credit under a "Listen to this article" player
    "using ai narration",
    # a science syndicator's citation and copyright notes (phys.org, ScienceDaily)
    "this document is subject to copyright",
    "content may be edited for style and length",
    "citable reference:",
    # an aggregator's or portal's note on a wire copy it ran unedited
    "part of our selection from international news agencies",
    "did not check or edit the text",
    # a science agency's terms for reusing its story (SINC: "Si reproduces esta noticia...")
    "si reproduces esta noticia",
    "published from a syndicated feed",
    "sourced from a third party syndicated feed",
    "auto-generated from a syndicated feed",
    # a markets story's standard disclaimer
    "is for informational purposes only and should not be",
    "should not be construed as investment advice",
    "does not constitute investment advice",
    "does not constitute financial advice",
    "does not provide investment advice",
    "not financial advice",
    "no deben tomarse como recomendaciones de inversión",
    "no constituye asesoramiento financiero",
    "ne constitue pas un conseil en investissement",
    "stellt keine anlageberatung dar",
    "keine anlageberatung",
    "the offers that appear in this table are from partnerships",
    "past performance is not indicative of future",
    "past performance is no guarantee of future",
    "may hold positions in the securities",
    "quotes are delayed at least",
    # a bookmaker's credit and warning under its odds
    "odds provided by",
    "cuotas ofrecidas por",
    "cotes fournies par",
    "quote fornite da",
    "gamble responsibly",
    "παίξε υπεύθυνα",
    "κίνδυνος εθισμού",
    "juega con responsabilidad",
    "jouer comporte des risques",
    "il gioco è vietato ai minori",
    # a note that a reader is needed to open the page's documents ("You need Adobe Reader to
    # view PDF documents", beside the "Get Adobe Reader" button)
    "adobe reader to view",
    "acrobat reader to view",
    "adobe reader to open",
    "acrobat reader to open",
    "adobe reader is required",
    "acrobat reader is required",
    "adobe reader herunterladen",
    "benötigen sie den adobe reader",
    "benötigen sie den kostenlosen adobe reader",
    # a broadcast wire's note to its client stations that a member's story may not run in
    # the member's own market ("This content carries a strict local market embargo. If you
    # share the same market as the contributor of this article, you may not use it ..."):
    # handling for the stations, as a wire's "(ATTN: ...)" is, no text for readers
    "local market embargo",
    "same market as the contributor",
    # a news agency's note that its site carries part of its service (Anadolu's)
    "website contains only a portion of the news stories offered to subscribers",
    # a health site's note that a dated story may be out of date
    "is current as of the date listed",
    "newer information may be available",
    # (an affiliate site's: "Editor's Note: Some of the offers mentioned below are no longer
    # available. View the current offers here.")
    "offers mentioned below are no longer available",
    "offers mentioned in this article are no longer available",
    "offers mentioned on this page are no longer available",
    "offers mentioned below may no longer be available",
    "offers mentioned in this article may no longer be available",
    "view the current offers here",
    # an opinion page's note that the views are the writer's
    "the views expressed in this article are",
    "views and opinions expressed in this article are those of",
    "views expressed are the author's own",
    "views expressed are the writer's own",
    "οι απόψεις που εκφράζονται",
    # a nonprofit newsroom's line about itself under every story
    "is an independent, nonprofit newsroom",
    "is an independent nonprofit newsroom",
    "supported by readers like you",
    "made possible by readers like you",
    # a newsroom's Creative Commons terms under its story
    "may be republished online or in print under",
    # a paper's invitation to send it letters, closing a letters page or a column ("• Have an
    # opinion on anything you've read ...? Please email us your letter and it will be
    # considered for publication in our letters section.")
    "email us your letter",
    "e-mail us your letter",
    "send us your letter",
    "considered for publication in our letters",
    "submit a letter to the editor",
    "submit a letter for publication",
    # ("Have something on your mind? Send us a letter to the editor at ... Letters should be
    # no more than 250 words and include your name, town and a phone number for verification.")
    "send us a letter to the editor",
    "letters should be no more than",
    "letters must be no more than",
    "letters should not exceed",
    "letters must not exceed",
    # ("The Times is committed to publishing a diversity of letters to the editor. We'd like to
    # hear what you think about this or any of our articles. Here are some tips. ...")
    "publishing a diversity of letters",
    "hear what you think about this or any of our articles",
    # ("We publish thoughtful letters from readers that contribute to the ongoing discussion
    # ... We will not consider letters that do not contain a full name and valid email
    # address." over the form's note "By submitting your name, you grant us permission to
    # publish it with your letter.")
    "we publish thoughtful letters from readers",
    "letters that do not contain a full name",
    "permission to publish it with your letter",
)
# A paper's short line of its own on where the story ran in print, in languages whose wording
# a story's sentence may share ("Dieser Artikel erschien in der Immobilien Zeitung 19/2025.",
# not "Dieser Artikel erschien in der Fachpresse bereits vor zwei Jahren als Warnung, doch
# ..."): read in a short line only, casefolded.
PRINT_EDITION_NOTES: tuple[str, ...] = (
    "dieser artikel erschien in", "dieser beitrag erschien in", "der artikel erschien in",
    "in der printausgabe erschienen", "in der print-ausgabe erschienen",
    "dit artikel verscheen in", "questo articolo è apparso su",
    "este artículo apareció en la edición impresa",
)  # fmt: skip
# A note opening a line that the story is also offered to a paid tier's subscribers, or ran
# there first, casefolded ("This article is also available to POLITICO Pro Trade subscribers.
# <a>Find out more about Pro Trade.</a>", "First published to Pro subscribers", "This story
# first appeared in Acme Pro"; German, French, Spanish): the site's, not the story's.
PAID_TIER_COPY_NOTE = re.compile(
    r"(?:a version of )?this (?:article|story|report|piece|analysis) (?:is|was) (?:also |first "
    r"|originally )?(?:available|published|offered|sent) (?:to|for) [^.!?]{0,60}?\b"
    r"(?:subscribers|members)\b"
    r"|(?:first|originally) (?:published|available|offered) (?:to|for) [^.!?]{0,60}?\b"
    r"subscribers\b"
    r"|(?:a version of )?this (?:article|story|report|piece|analysis) (?:first|originally) "
    r"appeared (?:in|on) [^.!?]{0,60}?\b(?:pro|premium)\b"
    r"|(?:dieser|der) (?:artikel|beitrag|text) (?:ist|war|wurde|erschien) (?:auch |zuerst "
    r"|bereits )?[^.!?]{0,60}?\babonnent(?:en|innen)\b"
    r"|cet article (?:est|a été|a d'abord été|a d’abord été) (?:également |d'abord |d’abord "
    r"|initialement )?(?:disponible|publié|proposé) (?:pour |à |aux )[^.!?]{0,60}?\babonnés\b"
    r"|este (?:artículo|reportaje) (?:está|fue) (?:también |primero |originalmente )?"
    r"(?:disponible|publicado) para [^.!?]{0,60}?\bsuscriptores\b"
)
# Badges a live page sets beside an entry's stamp, casefolded ("11:48 21 Oct 2025 Key
# Event", "13:25 Última hora"): the stamp's, a date line with them.
ENTRY_BADGES: frozenset[str] = frozenset(
    {
        "key event",
        "pinned",
        "pinned post",
        "breaking",
        "breaking news",
        "update",
        "updated",
        "última hora",
        "eilmeldung",
        "urgent",
        "dernière minute",
        "ultim'ora",
        "ultim’ora",
    }
)
# Labels in capitals closed by a colon on a line of their own over the story's first
# paragraph that open a note, a promo or a section, casefolded ("UPDATE:", "EDITOR'S NOTE:",
# "WATCH:"): no dateline's place, as "WESTERN BUREAU:" or "LUCEA, Hanover:" is.
COLON_LABELS_NO_PLACE: frozenset[str] = (
    frozenset(CLOSING_NOTE_LABELS)
    | ENTRY_BADGES
    | MEDIA_LABELS
    | {
        "note", "notes", "warning", "exclusive", "opinion", "analysis", "summary",
        "background", "listen", "editorial", "commentary", "sponsored", "advertisement",
        "actualización", "actualizado", "nota", "aviso", "exclusiva", "mise à jour",
        "avertissement", "exclusif", "aktualisierung", "hinweis", "exklusiv",
        "aggiornamento", "avviso", "esclusiva", "atualização", "güncelleme",
    }
)  # fmt: skip
# Labels of a box of resources for the adults around young readers, normalised ("Pour les
# enseignants" over a link to a lesson sheet to download): left alone once the box's link is
# dropped, the label goes too.
RESOURCE_BOX_LABELS: frozenset[str] = frozenset(
    {
        "for teachers", "for parents", "for educators", "for teachers and parents",
        "teacher resources", "teachers resources", "resources for teachers",
        "pour les enseignants", "pour les parents", "pour les profs", "ressources pédagogiques",
        "für lehrkräfte", "für lehrer", "für eltern", "für lehrerinnen und lehrer",
        "para docentes", "para profesores", "para padres", "para professores", "para pais",
        "per gli insegnanti", "per i genitori", "voor leerkrachten", "voor ouders",
    }
)  # fmt: skip
# Headings of a reader call-out box, normalised ("Get in touch", "What do you think?"): with
# an e-mail link or a phone number under them, a box asking readers for their stories or
# their views, no text of the story.
CALL_OUT_HEADINGS: frozenset[str] = frozenset(
    {
        "get in touch", "tell us your story", "share your story", "contact us",
        "what do you think", "tell us what you think", "what do you reckon",
        "qu en penses tu", "qu en pensez vous", "donne ton avis", "donnez votre avis",
        "was meinst du", "was denkst du", "was meinen sie", "was denken sie",
        "qué opinas", "qué piensas", "qué opina usted", "cosa ne pensi", "o que você acha",
    }
)  # fmt: skip
# Phrases of a call-out's heading that ask readers for their stories, normalised ("Do you
# have a guardianship story to share?"): with a button to a call-out page under them, the box
# is an appeal.
CALL_OUT_HEADING_ASKS: tuple[str, ...] = (
    "story to share",
    "stories to share",
    "experience to share",
    "share your story",
    "share your experience",
    "tell us your story",
    "we want to hear from",
    "cuéntanos tu historia",
    "comparte tu historia",
    "erzählen sie uns",
    "racontez-nous",
    "raconte-nous",
)
# Path segments of a newsroom's page collecting readers' stories (a form, a questionnaire):
# a link there from a short emphasised line or a call-out box's button asks for stories.
CALL_OUT_PATH_SEGMENTS: frozenset[str] = frozenset(
    {
        "share-your-story",
        "share-your-stories",
        "share-your-experience",
        "tell-us-your-story",
        "getinvolved",
        "get-involved",
        "callout",
        "callouts",
    }
)
# Police and other investigating authorities, whole words in any case: the sentence of a box
# classed as a tip line that gives their number ("Anyone with information is asked to call
# the Pell County Sheriff's Office tip line at 541-555-0163.") is the story's witness
# appeal, not the newsroom's call for tips.
INVESTIGATING_AUTHORITIES: tuple[str, ...] = (
    "police",
    "sheriff",
    "crime stoppers",
    "crimestoppers",
    "detectives",
    "investigators",
    "state patrol",
    "highway patrol",
    "fbi",
    "polizei",
    "kriminalpolizei",
    "kripo",
    "polizeipräsidium",
    "polizeiinspektion",
    "ermittler",
    "policía",
    "guardia civil",
    "investigadores",
    "gendarmerie",
    "enquêteurs",
    "polizia",
    "carabinieri",
    "questura",
    "investigatori",
    "politie",
    "polícia",
    "polis",
    "polisen",
    "politi",
    "politiet",
    "policja",
    "policji",
    "policję",
)
# Class tokens of a live entry's contributor block, its byline ("<div class="post__contributor">
# <p>Jo Roe</p><p>Reporting from Leeds</p></div>").
CONTRIBUTOR_CLASSES: frozenset[str] = frozenset({"contributor"})
# (the letters every such class holds in any case, "Contributor" or "contributor": a cheap
# look for candidates before the whole tokens are read)
CONTRIBUTOR_CLASS_HINT = "ontributor"
# Class tokens of a badge beside an entry's time ("<span class="badge">...</span>").
ENTRY_BADGE_CLASSES: frozenset[str] = frozenset({"badge", "label", "flag"})
# Labels of a date line in the story's text beyond the metadata's date cues (which it reads
# too): an update's or a first publication's, a few words long ("Última actualización: 7 de
# mayo de 2025, 19:45.", "Primera fecha de publicación de este artículo: 07/05/2025",
# "Zuletzt aktualisiert: 07.05.2025"), with their date alone after them.
DATE_LINE_LABELS: tuple[str, ...] = (
    "first published", "originally published", "last published",
    "última actualización", "ultima actualizacion", "última modificación",
    "primera fecha de publicación", "publicado originalmente",
    "última atualização", "primeira publicação",
    "zuletzt aktualisiert", "zuletzt geändert", "zuerst veröffentlicht", "erstmals veröffentlicht",
    "dernière mise à jour", "première publication", "publié pour la première fois",
    "ultimo aggiornamento", "prima pubblicazione",
    "laatst bijgewerkt", "eerst gepubliceerd",
    # a health page's review dates ("Page last reviewed: 14 March 2024<br>Next review due: 14
    # March 2027", "Medically reviewed on 3 May 2025")
    "page last reviewed", "last reviewed", "next review due", "medically reviewed on",
    "zuletzt überprüft", "zuletzt geprüft", "nächste überprüfung", "dernière révision",
    "última revisión", "última revisão", "ultima revisione", "laatst herzien",
)  # fmt: skip
# A day named relative to the page's own ("Publié aujourd'hui à 06h00", "Updated yesterday at
# 6:05 p.m.", "Hoje às 18h30"), then a clock time: a date line as one with the date written
# out is, though it gives no date to read (furniture, no published date)...
RELATIVE_DAY_WORDS: tuple[str, ...] = (
    "today", "yesterday", "aujourd'hui", "aujourd’hui", "hier", "heute", "gestern",
    "hoy", "ayer", "oggi", "ieri", "hoje", "ontem", "vandaag", "gisteren", "dzisiaj", "dziś",
    "wczoraj", "dnes", "včera", "idag", "i dag", "igår", "i går", "tänään", "eilen",
    "bugün", "dün", "сегодня", "вчера", "сьогодні", "вчора",
)  # fmt: skip
# ...and the words that may join the day to its time ("à 06h00", "às 18h30", "at 6 p.m.").
RELATIVE_DAY_TIME_JOINERS: tuple[str, ...] = (
    "at", "à", "às", "ás", "as", "a la", "a las", "alle", "ore", "um", "om", "o",
)  # fmt: skip
# How a story's own line giving when it first appeared opens, before the date alone ("This
# story was originally published January 14, 2024, 3:45 PM.", McClatchy's closing line; its
# Spanish papers' "Esta historia fue publicada originalmente el 9 de marzo de 2025, 7:30
# p.m."), casefolded.
FIRST_PUBLISHED_OPENERS: tuple[str, ...] = (
    "this story was originally published", "this story was first published",
    "the story was originally published", "the story was first published",
    "this article was originally published", "this article was first published",
    "the article was originally published", "the article was first published",
    "esta historia fue publicada originalmente el", "esta nota fue publicada originalmente el",
    "este artículo fue publicado originalmente el", "publicada originalmente el",
    "publicado originalmente el", "esta reportagem foi publicada originalmente em",
    "esta matéria foi publicada originalmente em", "cet article a été publié initialement le",
    "cet article a été publié pour la première fois le", "dieser artikel erschien zuerst am",
)  # fmt: skip
# The clause that may follow such a line's date, giving when the story was last updated ("This
# article was first published May 2022 and updated March 2025"), before that date alone.
FIRST_PUBLISHED_UPDATE_CLAUSES: tuple[str, ...] = (
    "and updated", "and last updated", "and was updated", "and was last updated",
    "y actualizado", "y actualizada", "e atualizado", "e atualizada", "et mis à jour",
    "und aktualisiert",
)  # fmt: skip
# How a regional-language story's line for search engines opens, casefolded (Lokmat's "Web
# Title: ...", Manorama's "English Summary: ..."): the page's metadata, however long.
SEO_LINE_OPENERS: tuple[str, ...] = ("web title:", "english summary:", "english title:")
# A linked line that opens with one of these verbs and promises the news (these words) is the
# site's appeal to read more of it ("Get Current Updates on <a>India News</a> ... along with
# Latest News and Top Headlines", "Catch all the <a>Business News</a> ... on Live Mint",
# "Track <a>Latest News</a> Live on ... and get news updates"), casefolded.
# A blogger's closing appeal for the platform's reader actions ("공감과 이웃추가는 글 쓰는 데 큰
# 힘이 됩니다 :)", "読者登録・いいねが励みになります"): two actions or more named (likes, follows,
# subscriptions, comments) and a plea; as a follow-us line, no text of the post.
READER_ACTION_WORDS: tuple[str, ...] = (
    "공감", "이웃추가", "이웃 추가", "서로이웃", "구독", "좋아요", "댓글",
    "読者登録", "いいね", "フォロー", "ブックマーク", "コメント",
)  # fmt: skip
READER_APPEAL_PLEAS: tuple[str, ...] = (
    "부탁", "힘이 됩니다", "힘이 돼요", "힘이 납니다", "눌러 주", "눌러주",
    "お願いします", "お願いいたします", "励みになります", "励みになるので",
)  # fmt: skip
# A blog's closing line set in italics that invites readers to add to the post in the
# comments ("Have a photo from your stretch of the creek? Leave it in the comments ...",
# "Schreibt es gern in die Kommentare!"): where it sends them, and a verb asking them to
# write, in the same sentence (casefolded; verbs matched as whole words).
COMMENT_INVITATION_PLACES: tuple[str, ...] = (
    "in the comments", "in the comment section", "in a comment below", "in the comment box",
    "in den kommentaren", "in die kommentare", "in einem kommentar",
    "dans les commentaires", "en commentaire",
    "en los comentarios", "en comentarios", "en un comentario",
    "nei commenti", "in un commento",
    "nos comentários", "nos comentarios", "num comentário", "em um comentário",
    "in de reacties", "in de comments", "in een reactie",
)  # fmt: skip
COMMENT_INVITATION_VERBS: frozenset[str] = frozenset(
    {
        "leave", "share", "post", "drop", "tell", "add", "write", "know",
        "schreib", "schreibt", "schreiben", "hinterlasst", "hinterlassen", "teilt", "teilen",
        "verratet", "erzählt",
        "laissez", "laisse", "partagez", "partage", "dites", "racontez", "écrivez",
        "deja", "dejad", "deje", "déjanos", "déjame", "comparte", "compartid", "cuéntanos",
        "cuéntame", "escribe", "escribid",
        "lascia", "lasciate", "lasciatemi", "scrivete", "scrivi", "condividete", "fatemi",
        "raccontate",
        "deixe", "deixa", "deixem", "compartilhe", "partilhe", "conte", "contem", "escreva",
        "laat", "deel", "schrijf", "vertel",
    }
)  # fmt: skip
NEWS_APPEAL_OPENERS: frozenset[str] = frozenset({"get", "catch", "stay", "check", "track"})
# The verb opening a short line that asks the reader to follow the site or its desk, its links
# all to social or messaging platforms ("Siga a editoria de Brasil no <a>Instagram</a> e fique
# por dentro"), casefolded: an appeal, whatever the platform (a verb-last language closes it
# with its verb instead: ``FOLLOW_APPEAL_CLOSERS``, "Bizi <a>Instagram</a>'da takip edin").
FOLLOW_APPEAL_OPENERS: frozenset[str] = frozenset(
    {
        "follow", "siga", "sigam", "siga-nos", "sigam-nos", "síguenos", "sigue", "suivez",
        "suivez-nous", "folgen", "folgt", "seguici", "seguiteci", "segui", "volg", "følg",
        "följ", "seuraa", "obserwuj", "sledujte", "urmăriți", "urmăriţi",
        "kövessen", "ikuti", "pratite", "следите", "стежте", "ακολουθήστε", "ακολούθησε",
    }
)  # fmt: skip
# ...or with a modal saying the reader can ("Puedes seguir a EL COMIDISTA en <a>Facebook</a>",
# "Vous pouvez nous suivre sur ...", "Sie können uns auch auf <a>Instagram</a> folgen"),
# casefolded: the modal opens the line, and a follow verb's infinitive is among its next words.
FOLLOW_APPEAL_MODALS: tuple[str, ...] = (
    "you can", "puedes", "puede", "podéis", "pueden", "você pode", "vocês podem", "pode",
    "podem", "vous pouvez", "tu peux", "on peut", "sie können", "du kannst", "ihr könnt",
    "puoi", "potete", "può", "u kunt", "je kunt", "jullie kunnen",
)  # fmt: skip
FOLLOW_APPEAL_INFINITIVES: frozenset[str] = frozenset(
    {"follow", "seguir", "suivre", "folgen", "seguire", "seguirci", "volgen"}
)
NEWS_APPEAL_WORDS: tuple[str, ...] = (
    "latest news", "breaking news", "top headlines", "news updates", "latest updates",
    "current updates", "alerts and updates", "newsletter in your inbox",
    "live update",  # ("Get all <a>Business News</a> in Hindi related to live update of ...")
)  # fmt: skip
# The same invitation in a language that puts its verb last: the polite "read" as a word of
# the sentence and "the latest news" in it ("हिंदी न्यूज़ वेबसाइट ... पर पढ़ें लखनऊ की ताजा
# खबरें।", Hindi; Marathi "वाचा"), casefolded.
NEWS_READING_IMPERATIVES: frozenset[str] = frozenset({"पढ़ें", "पढ़िए", "पढ़िये", "वाचा"})
NEWS_READING_WORDS: tuple[str, ...] = (
    "ताजा खबरें", "ताज़ा खबरें", "ताज़ा ख़बरें", "ताजा ख़बरें", "ताजा समाचार", "ताज़ा समाचार",
    "लेटेस्ट न्यूज़", "लेटेस्ट खबरें", "ताज्या बातम्या",
)  # fmt: skip
# Labels of a short line that points the reader at a video, a podcast or another story after
# the story ("WATCH NEXT: Bus driver shortage leaves students waiting", above its player),
# normalised: with its title, the line is no sentence of the story.
PROMO_LINE_LABELS: frozenset[str] = frozenset(
    {
        "watch", "watch next", "watch more", "watch now", "watch live", "video", "videos",
        "related video", "listen", "listen now", "podcast", "up next", "پادکست",
    }
)  # fmt: skip
# Texts (normalised) of a video card's button that plays the video ("<div class="viki-embed">
# <a><img></a><p>Marigold Hotel Diaries</p><p>Episode 1</p><a>Watch Now</a></div>"): a small
# box so closed, its other lines short, is the card, its title and all, no part of the story.
WATCH_CALL_TEXTS: frozenset[str] = frozenset(
    {
        "watch now", "watch", "watch here", "watch the video", "watch video", "play",
        "play now", "play video", "stream now", "watch full episode",
        "ver ahora", "ver ya", "ver vídeo", "ver video",  # (Spanish)
        "assistir", "assistir agora", "assista agora",  # (Portuguese)
        "regarder", "regarder maintenant", "voir la vidéo",  # (French)
        "jetzt ansehen", "jetzt anschauen", "video ansehen",  # (German)
        "guarda ora", "guarda il video",  # (Italian)
        "지금 보기", "今すぐ見る", "立即观看",  # (Korean, Japanese, Chinese)
    }
)  # fmt: skip
# Labels that open an advertiser's line set among the story's paragraphs ("TEXT AD: Looking
# for the best property deals? Call ..."), normalised: the line is an ad, however it reads.
AD_LINE_LABELS: frozenset[str] = frozenset(
    {
        "text ad", "ad", "advertisement", "advertorial", "sponsored", "sponsored content",
        "publicidad", "publicité", "pubblicità", "publicidade", "anzeige", "werbung",
        "advertentie", "reklama", "广告", "広告", "광고",
    }
)  # fmt: skip
# What a footnote's link back to its marker in the text reads after the note ("↩︎" from
# Hugo, kramdown, Pandoc and WordPress), variation selectors aside: a control, no text of the
# note (a wiki's "^" before its note is left as it stands), and a short line linking only so
# is a note.
FOOTNOTE_BACK_MARKS: frozenset[str] = frozenset("↩⤴")
# A footnote's marker as WordPress's footnotes block writes it, its superscript classed "fn"
# and naming its note in "data-fn" ("<sup data-fn="b1c7..." class="fn"><a href="#b1c7..."
# id="b1c7...-link">1</a></sup>"), whatever the note's id reads.
FOOTNOTE_MARK_TOKENS: frozenset[str] = frozenset({"fn"})
FOOTNOTE_MARK_ATTRIBUTES: tuple[str, ...] = ("data-fn",)
# How the ids that a note's opening link leads back to begin (Word's and WordPress's
# "#_ftnref3", "#_ednref1", Markdown's "#fnref:2", Google Docs' "#footnote-ref-4"), the
# note's number after them; also the notes' own ids ("#_ftn3", "#fn2").
NOTE_ANCHOR_PREFIXES: tuple[str, ...] = (
    "_ftnref", "_ftn", "_ednref", "_edn", "fnref", "fn", "footnote-ref", "footnote",
    "endnote-ref", "endnote", "note-ref", "note", "ref",
)  # fmt: skip
# Whole class/id tokens of a story's footnotes after its text ("footnote", "footnotes",
# "endnotes"): the story's tail lies before them.
FOOTNOTE_TOKENS: frozenset[str] = frozenset({"footnote", "footnotes", "endnotes"})
# Whole class/id tokens of the story's list of the works it cites ("mntl-sources",
# "css-sources", "references"): an entry citing a work there is the story's text.
SOURCE_LIST_TOKENS: frozenset[str] = frozenset(
    {"sources", "references", "citations", "bibliography", "quellen", "fuentes", "fontes"}
)
# A line naming the story's own identifier alone, a DOI ("doi: https://doi.org/10.1038/...",
# "DOI: 10.1038/..."): set between the story and its list of sources, no text of either.
IDENTIFIER_LINE = re.compile(
    r"(?:doi\s*:?\s*)?(?:https?://(?:dx\.)?doi\.org/|doi\.org/)?10\.\d{4,9}/\S+", re.IGNORECASE
)
# Headings over a story's closing pointers to further reading that it writes as sentences
# (HealthDay's "More information" over "The Nemours Foundation has more on <a>teens and
# sleep</a>."): such a sentence is the story's text, its link only part of it.
MORE_INFORMATION_HEADINGS: frozenset[str] = frozenset(
    {
        "more information", "for more information", "further information", "more info",
        "weitere informationen", "más información", "plus d'informations", "mais informações",
    }
)  # fmt: skip
# Words of a longer label over such a list ("Die wichtigsten, öffentlichen Quellen für
# diesen Faktencheck:"), normalised: its items are kept or dropped together.
SOURCE_LABEL_WORDS: frozenset[str] = frozenset(
    {
        "sources", "references", "quellen", "quellenangaben", "fuentes", "fontes",
        "références", "referencias", "bibliography", "bibliografía", "literatur",
    }
)  # fmt: skip
# Headings over such a list, normalised (``labels.normalise``).
SOURCE_LIST_HEADINGS: frozenset[str] = frozenset(
    {
        "sources", "our sources", "references", "citations", "bibliography", "works cited",
        "quellen", "fuentes", "fontes", "références", "bibliografía", "literatur",
        # (a health site's review panel over its sources, Healthline Media's: "How we
        # reviewed this article:", its "Sources" tab open)
        "how we reviewed this article",
    }
)  # fmt: skip
# Labels each opening a part of a fact check's claim-and-rating card set before the story,
# a line of their own ("<div class="claim_title">Claim:</div><div>...</div>", "What's True",
# "What's False"): the card summarises the story, no text of it.
CLAIM_CARD_LABELS: tuple[str, ...] = (
    "claim", "the claim", "rating", "our rating", "verdict", "what's true", "what's false",
    "what's undetermined",
    # French, German, Spanish, Portuguese, Italian
    "affirmation", "allégation", "ce qui est vrai", "ce qui est faux",
    "behauptung", "bewertung", "was stimmt", "was nicht stimmt",
    "afirmación", "calificación", "veredicto", "lo que es cierto", "lo que es falso",
    "alegação", "afirmação", "classificação", "veredito",
    "affermazione", "valutazione", "verdetto",
)  # fmt: skip
# ...and a short label over a list of the story's sources, its count in brackets after it
# ("<span>Source (<span>1</span>)</span><ul><li><a>1</a></li></ul>"): when the list goes
# whole, its entries bare links, the label goes with it.
SOURCE_LIST_LABELS: frozenset[str] = SOURCE_LIST_HEADINGS | frozenset(
    {"source", "reference", "quelle", "fuente", "fonte"}
)
# Path segments of a newsletter's sign-up page ("/newsletter/", "/newsletters/daily"): a line
# that opens with a link there, naming the newsletter, is the newsletter's pitch.
NEWSLETTER_PATH_SEGMENTS: frozenset[str] = frozenset({"newsletter", "newsletters"})
# Last words of a link to a newsletter's sign-up ("... sign up to our weekly <a>Inside Politics
# newsletter</a>"), casefolded.
NEWSLETTER_LINK_ENDINGS: tuple[str, ...] = ("newsletter", "newsletters")
# A sign-up to a newsletter written in a sentence, as patterns ("sign up to our daily
# newsletter", "sign up for PEOPLE's free daily newsletter": the site's name in the
# possessive, "subscribing to our daily newsletter", "suscríbase al boletín", "iscriverti
# alla newsletter"; "... to this newsletter" is the newsletter the page is an issue of).
NEWSLETTER_SIGN_UPS: tuple[str, ...] = (
    r"(?:sign(?:ing)? up|subscrib(?:e|ing))\s+(?:to|for)\s+(?:our|the|[\w&.-]+['’]s)\b"
    r"(?:\s+[\w'’&.-]+){0,5}"
    r"\s+newsletters?\b",
    r"suscr[ií]b(?:ase|ete|irse|irte|iéndose)\s+(?:a|al)\s+(?:nuestr[oa]s?\s+)?"
    r"(?:bolet[ií]n|newsletter)\b",
    r"iscriv(?:iti|etevi|ersi|erti)\s+alla\s+(?:nostra\s+)?newsletter\b",
    r"abonnez-vous\s+à\s+(?:notre|la)\s+(?:newsletter|lettre d'information)\b",
    r"abonnieren\s+sie\s+(?:unseren|den)\b(?:\s+[\w-]+){0,2}?\s*newsletter\b",
    r"abonniere\s+(?:unseren|den)\b(?:\s+[\w-]+){0,2}?\s*newsletter\b",
    r"(?:assine(?:\s+a)?|inscreva-se\s+na)\s+(?:nossa\s+)?newsletter\b",
)
# What a newsletter's note to a reader it was forwarded to says, casefolded ("If someone
# forwarded this to you, <a>you can subscribe here</a>."), and the words of its link to the
# sign-up: with both, the note is the newsletter's pitch wherever its link stands.
FORWARDED_NOTE_PHRASES: tuple[str, ...] = (
    "forwarded this", "forwarded you this", "forward you this", "forwarded to you",
    "weitergeleitet", "te reenviaron", "te han reenviado", "te reenvió",
)  # fmt: skip
SUBSCRIBE_LINK_WORDS: tuple[str, ...] = (
    "subscribe", "sign up", "signup", "abonnieren", "anmelden", "suscríbete", "suscribirte",
    "suscribirse",
)  # fmt: skip
# The ask of a newsroom's note that signs the reader up, anywhere in its sentences ("... a
# nonprofit newsroom. Sign up to receive <a href='/newsletters/...'>our biggest stories</a>
# ..."), in several languages: with a link to a newsletter's page, the note is its pitch.
SIGN_UP_ASKS: tuple[str, ...] = (
    "sign up", "subscribe", "suscríbete", "suscríbase", "inscríbete", "abonnez-vous",
    "inscrivez-vous", "abonnieren sie", "melden sie sich", "iscriviti", "inscreva-se",
    "assine", "zapisz się",
)  # fmt: skip
# What a newsletter's pitch promises, casefolded ("Get more travel inspiration ... sent
# straight to your inbox with our weekly newsletter."): a box of the pitch and links only is
# the pitch's, not the story's.
NEWSLETTER_PITCH_PHRASES: tuple[str, ...] = (
    "to your inbox", "in your inbox", "into your inbox", "weekly newsletter",
    "daily newsletter", "our newsletter", "in ihr postfach", "in dein postfach",
    "dans votre boîte mail", "dans votre boîte de réception", "en tu bandeja de entrada",
    "en su bandeja de entrada", "nella tua casella", "na sua caixa de entrada",
)  # fmt: skip

# First words (casefolded) of share-button lines ("Share this on WhatsApp", "Partager sur
# Facebook"): such a line of a few words is a button, wherever it sits in the story.
SHARE_OPENERS: frozenset[str] = frozenset(
    {
        "share",
        "pin",  # ("Pin it", "Pin Recipe": Pinterest's button)
        "compartilhe",
        "compartilhar",
        "compartir",
        "comparte",
        "partager",
        "partagez",
        "teilen",
        "condividi",
        "delen",
        "dela",
        "udostępnij",
        "поделиться",
        "分享",
        "シェア",
        "공유",
    }
)

# How a copyright line opens, casefolded, before its year ("© 2024 Global News, a division of
# ...", "Copyright 2024 NPR").
COPYRIGHT_MARKS: tuple[str, ...] = ("©", "(c)", "copyright", "copyright ©", "copyright (c)")
# The copyright sign: a short line holding it is a credit or a notice, whatever else it says.
COPYRIGHT_SIGN = "©"
# A rights notice's pointer to the site's own terms, casefolded ("Visit our website terms of
# use and permissions pages at ... for further information"): the site speaks, not a wire.
SITE_TERMS_POINTERS: tuple[str, ...] = ("our website terms of use", "terms of use and permissions")
# Phrases of a rights notice ("All rights reserved", "무단전재 및 재배포 금지"), casefolded: a
# short line holding one after the story's last paragraph is the page's, not the story's.
RIGHTS_NOTICE_PHRASES: tuple[str, ...] = (
    "all rights reserved",
    # the wires' notice, carried by the stations and papers that run their stories
    "may not be published, broadcast",
    "tous droits réservés",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "alle rechte vorbehalten",
    "tutti i diritti riservati",
    "riproduzione riservata",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    "všechna práva vyhrazena",
    "všetky práva vyhradené",
    "minden jog fenntartva",
    "sva prava pridržana",
    "sva prava zadržana",
    "vse pravice pridržane",
    "visos teisės saugomos",
    "visas tiesības aizsargātas",
    "kõik õigused kaitstud",
    "все права защищены",
    "tüm hakları saklıdır",
    "hak cipta dilindungi",
    # Indonesian: a site's ban on taking its content, crawling it or indexing it for AI
    "dilarang keras mengambil konten",
    "無断転載",
    "無断複製",
    "版权所有",
    "版權所有",
    "未经授权",
    "未經授權",
    # (a Chinese site's terms for reprinting: "本網站之文字、圖片及影音，非經授權，不得轉載...")
    "非经授权",
    "非經授權",
    "무단전재",
    "무단 전재",
    "재배포 금지",
    # a site's terms for reprinting its stories ("Ссылка на ... обязательна. Полное или
    # частичное копирование материалов без согласия редакции запрещено.")
    "ссылка обязательна",
    "гиперссылка обязательна",
    "при использовании материалов сайта",
    "полное или частичное копирование материалов",
    "без согласия редакции",
    "без письменного согласия редакции",
    # (Uzbek "a link to the source must be given", in each way its o' is written)
    *(f"{word} ko{mark}rsatilishi shart" for word in ("havola", "manba") for mark in "‘ʻ'’"),
    # (Mongolian "please use citing the source")
    "эх сурвалж заан ашиглана уу",
)

# The wordings of a site's terms for reprinting its stories in languages that spread them over
# a sentence, casefolded: a ban on reuse, the leave it needs, the credit it asks for. A line
# closing the story that holds two of them is the site's notice ("Griežtai draudžiama ...
# informaciją panaudoti ... be sutikimo, o jei sutikimas gautas, būtina nurodyti Delfi kaip
# šaltinį."); one alone ("without consent") may be a story's.
REPRINT_TERMS_WORDINGS: tuple[str, ...] = (
    # Lithuanian
    r"draudžiama\b[^.]{0,120}?\b(?:panaudoti|naudoti|kopijuoti|platinti|perspausdinti)\b",
    r"\bbe\b[^.]{0,40}?\b(?:sutikimo|leidimo)\b",
    r"\bnurodyti\b[^.]{0,40}?\bkaip šaltinį\b",
    # Latvian
    r"aizliegts\b[^.]{0,120}?\b(?:pārpublicēt|pavairot|kopēt|izplatīt)",
    r"\bbez\b[^.]{0,40}?\batļaujas\b",
    r"\bnorāde\b[^.]{0,60}?\bobligāta\b",
    # Estonian
    r"keelatud\b[^.]{0,120}?\b(?:avaldada|kopeerida|reprodutseerida|levitada)\b",
    r"\b(?:avaldamine|kopeerimine|reprodutseerimine|levitamine)\b[^.]{0,120}?\bkeelatud\b",
    r"\bilma\b[^.]{0,40}?\bloata\b",
    # Ukrainian
    r"(?:передрук|копіювання|відтворення)\w*[^.]{0,120}?(?:заборонен|дозволяється|можлив)",
    r"\bбез\b[^.]{0,40}?\b(?:згоди|дозволу)\b",
    r"посилання[^.]{0,60}?обов.язков",
    # Polish
    r"(?:kopiowanie|przedruk|powielanie|rozpowszechnianie)\w*[^.]{0,120}?(?:zabronion|wymaga)",
    r"\bbez\b[^.]{0,40}?\b(?:zgody|zezwolenia)\b",
    # German ("Diese Inhalte sind urheberrechtlich geschützt und dürfen nicht kopiert werden.
    # ... nehmen Sie bitte Kontakt auf", "Nachdruck nur mit Genehmigung der Redaktion")
    r"\burheberrechtlich geschützt\b",
    r"\bdürfen\b[^.]{0,80}?\bnicht\b[^.]{0,40}?\b"
    r"(?:kopiert|vervielfältigt|nachgedruckt|weiterverbreitet|weiterverwendet)\b",
    r"\b(?:nachdruck|vervielfältigung|weiterverbreitung|weiterverwendung)\b[^.]{0,60}?\bnur mit\b",
    r"\b(?:ohne|nur mit)\b[^.]{0,40}?\b(?:genehmigung|zustimmung|erlaubnis)\b",
    r"\bnehmen sie (?:bitte )?kontakt\b",
    # Kazakh ("Материалдарды толық немесе ішінара көшіруге редакцияның келісімінсіз тыйым
    # салынады. ... сайтына гиперсілтеме міндетті.")
    r"(?:көшір|қайта жариял|қайта бас|тарат)\w*[^.]{0,120}?тыйым салын",
    r"\b(?:келісімінсіз|рұқсатынсыз)\b",
    r"сілтеме[^.]{0,60}?\bміндетті\b",
    # Kyrgyz ("... көчүрүүгө редакциянын уруксатысыз тыюу салынат", "шилтеме милдеттүү")
    r"(?:көчүр|кайра жарыяла|кайра бас|тарат)\w*[^.]{0,120}?тыюу салын",
    r"\b(?:уруксатысыз|макулдугусуз)\b",
    r"шилтеме[^.]{0,60}?\bмилдеттүү\b",
    # Tajik ("Нусхабардории маводҳо бе иҷозати идора манъ аст", "истинод ... ҳатмист")
    r"(?:нусхабардор|нашри такрор|такроран нашр)\w*[^.]{0,120}?\bманъ\b",
    r"\bбе\b[^.]{0,40}?\b(?:иҷозат|розиг)",
    r"(?:истинод|пайванд)[^.]{0,60}?\bҳатм",
)

# The whole text of a control that reveals the rest of a story the page collapsed
# ("Continue reading", "Read More"), lowercased, without arrows or dots.
CONTINUE_LABELS: frozenset[str] = frozenset(
    {
        "continue reading",
        "read more",
        "read full story",
        "read the full story",
        "read full article",
        "read the full article",
        "keep reading",
        "show more",
        "show full article",
        "story continues",  # (Yahoo's button over the story's collapsed rest)
        # (a press release quoted whole under a story, collapsed behind its control)
        "show full text",
        "read full text",
        "show full pr text",
        "show full press release",
        "read the full press release",
        "view full press release",
        "leer más",
        "seguir leyendo",
        "weiterlesen",
        "lire la suite",
        "continua a leggere",
        "leia mais",
        "continue lendo",
        "czytaj dalej",
        "lees verder",
        "läs mer",
    }
)

# Where a script framework keeps a page's state (``state_body``): the ids of the scripts
# holding it as JSON, and the variables scripts assign it to.
STATE_SCRIPT_IDS: frozenset[str] = frozenset({"__NEXT_DATA__"})
STATE_VARIABLES: tuple[str, ...] = (
    "window.__INITIAL_STATE__",
    "window.__PRELOADED_STATE__",
    "window.__APOLLO_STATE__",
    "window.__STATE__",
    "Fusion.globalContent",
)
# The keys of a state's block that hold its text, in the order they are read: a block of
# HTML ("html"), of text ("content", "text"), or of rich-text children ("content",
# "children").
STATE_TEXT_KEYS: tuple[str, ...] = ("html", "content", "text", "body", "value", "data", "children")
# A block holding one of these keys links elsewhere (an image, an embed, an interstitial
# "Read more" link): none of the story's text.
STATE_LINK_KEYS: frozenset[str] = frozenset({"url", "href", "link", "src"})


# A linked appeal opening "Click here to sign up for ..." (a station's breaking-news alerts,
# its app, its e-mails): the site's, whatever it offers.
CLICK_TO_SIGN_UP = re.compile(r"\W*click here to (?:sign up|subscribe|register)\b", re.I)
# A release's reference code alone on its last line ("IP/18/3412", "MEMO/18/3413"): the
# press office's record, no text of the release.
RELEASE_REFERENCE = re.compile(r"[A-Z]{2,6}/\d{2}/\d{1,6}")

# Class-value words of a block whose text is centred ("aligncenter", "text-align-centre"): a
# short centred line right under a picture is set apart from the story as its caption.
CENTRED_CLASS_WORDS: tuple[str, ...] = ("center", "centre")
# A caption's closing credit in brackets, the agency and the photographer apart by a slash
# ("... April 18, 2025. (Tidewire/Lena Park)"): the line is a caption however it reads.
BRACKETED_PHOTO_CREDIT: str = r"\(\s*[^()/\s][^()/]{0,30}/\s*[^()/\s][^()/]{1,40}\)$"
# Inline tags of a caption set in italics or small print under its picture.
CAPTION_EMPHASIS_TAGS: frozenset[str] = frozenset({"em", "i", "small"})
# The font sizes a ``<span>``'s style sets a caption in small print with.
SMALL_PRINT_SIZES: tuple[str, ...] = ("small", "smaller", "x-small", "xx-small")

# A letter's closing words on a line of their own, before the signer's name and role
# ("With gratitude, / Denise Albright / Executive Director"), casefolded without the comma:
# an organisation's newsletter signs its letter so, and more of the issue may follow.
VALEDICTIONS: frozenset[str] = frozenset(
    {
        "sincerely", "yours sincerely", "sincerely yours", "yours truly", "with gratitude",
        "in gratitude", "with thanks", "with many thanks", "many thanks", "warmly",
        "warm regards", "best regards", "kind regards", "regards", "best wishes",
        "with best wishes", "warm wishes", "all the best", "with appreciation", "gratefully",
        "with love", "cordialement", "bien cordialement", "mit freundlichen grüßen",
        "herzliche grüße", "atentamente", "saludos cordiales", "cordiali saluti",
        "atenciosamente", "met vriendelijke groet",
    }
)  # fmt: skip

# Substrings of class/id values of a paid story's gated part ("article__paywalled",
# "gated-content"): such a block holding only paragraphs of prose is the part readers see.
# (Not "premium": a premium offer's box is named so as often as the gated text,
# "ArticlePremiumPromo_box" holding a thank-you line.)
GATED_CLASS_WORDS: tuple[str, ...] = ("paywall", "regwall", "gated", "locked")

# Class words, as holds_token reads them, of a teaser's excerpt cut short by the page's style
# ("line-clamp-3", "truncate"): with a "..." of its own, what marks another story's card in a
# list of them (a coverage list's "<p class="line-clamp-3">...</p>" under each linked title).
TRUNCATED_EXCERPT_TOKENS: frozenset[str] = frozenset({"lineclamp", "truncate", "truncated"})

# A newsroom's blurb about itself closing its stories on its own site, "<site> is a national
# newsroom that produces ...": the verb and the article after the site's name...
SELF_DESCRIPTION_VERBS: tuple[str, ...] = (
    "is a", "is an", "is the", "is one of",
    "ist ein", "ist eine", "ist das", "ist die",  # German
    "es un", "es una", "es el", "es la", "es uno de",  # Spanish
    "est un", "est une", "est le", "est la", "est l'", "est l’",  # French
    "é um", "é uma", "é o", "é a",  # Portuguese
    "è un", "è una", "è il", "è la",  # Italian
    "is een", "is de", "is het",  # Dutch
)  # fmt: skip

# ...and the words naming what it is, in the same sentence ("a nonprofit, nonpartisan media
# organization", "a nonprofit news site covering ...").
SELF_DESCRIPTION_NEWSROOM_WORDS: tuple[str, ...] = (
    "newsroom", "news organization", "news organisation", "news site", "news website",
    "news outlet", "news service", "news agency", "news publication", "nonprofit",
    "non-profit", "not-for-profit", "media organization", "media organisation", "media outlet",
    "journalism venture", "journalism organization", "journalism organisation",
    "publication", "newspaper",
    "Redaktion", "Nachrichtenportal", "Nachrichtenseite", "Nachrichtenagentur",
    "Medienhaus", "gemeinnützige", "gemeinnütziges", "Newsroom",  # German
    "medio de comunicación", "medio digital", "medio independiente", "sala de redacción",
    "organización de noticias", "organización periodística", "sin fines de lucro",
    "sin ánimo de lucro", "periódico",  # Spanish
    "média", "rédaction", "site d'information", "site d’information", "journal",
    "à but non lucratif", "sans but lucratif",  # French
    "redação", "veículo de comunicação", "veículo jornalístico", "organização jornalística",
    "site de notícias", "sem fins lucrativos", "jornal",  # Portuguese
    "testata", "redazione", "giornale", "senza scopo di lucro",  # Italian
    "nieuwsorganisatie", "nieuwssite", "redactie", "krant",  # Dutch
)  # fmt: skip
