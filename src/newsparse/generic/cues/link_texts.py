"""Texts of links and classes of elements that say something about a link's title."""

from __future__ import annotations

# Link texts (compared after normalising) that say nothing about the target: a better title
# is looked for instead.
GENERIC_LINK_TEXTS: tuple[str, ...] = (
    "read more",
    "more",
    "continue reading",
    "read the full story",
    "full story",
    "read article",
    "read next",
    "see more",
    "view more",
    "click here",
    "here",
    "weiterlesen",
    "mehr",
    "lire la suite",
    "lire plus",
    "leer más",
    "seguir leyendo",
    "leia mais",
    "continua a leggere",
    "leggi tutto",
    "lees meer",
    "verder lezen",
    "czytaj więcej",
    "czytaj dalej",
    "читать далее",
    "подробнее",
    "阅读更多",
    "阅读全文",
    "続きを読む",
    "もっと見る",
    "더보기",
    "기사 더보기",
)
# How the text of a link to a listing opens (compared after normalising): "Explore more news
# releases from this company", "View all", "See all stories". Such a link is no article.
LISTING_LINK_OPENERS: tuple[str, ...] = (
    "explore more",
    "view all",
    "see all",
    "browse all",
    "show all",
    "all stories",
    "all articles",
    "more news releases",
    "more releases",
    "more press releases",
    "weitere pressemitteilungen",
    "alle artikel",
    "alle meldungen",
    "alle storys",
    "alle aussendungen",
    "voir tout",
    "voir tous",
    "ver todo",
    "ver todas",
    "ver todos",
    "vedi tutti",
    "vedi tutte",
    "ver mais",
    # "More news from <section>": the section's listing
    "more news from",
    "more stories from",
    "more articles from",
    "read more news from",
    "read more stories from",
    "más noticias de",
    "todas las noticias",
    "mais notícias de",
    "weitere nachrichten aus",
    "plus d'actualités",
)
# How a line pointing the reader to more news at a place opens (compared after normalising),
# the link closing it naming that place: "Veja mais notícias da região no <a>g1 Campinas</a>",
# "See more news from the valley at <a>Valley Today</a>". Such a link leads to a section's
# front, no article. (``LISTING_LINK_OPENERS`` open such lines too.)
MORE_NEWS_LINE_OPENERS: tuple[str, ...] = (
    "see more news", "read more news", "find more news", "get more news", "for more news",
    "more news", "more local news", "see more stories", "read more stories", "more stories",
    "veja mais notícias", "leia mais notícias", "confira mais notícias", "mais notícias",
    "veja outras notícias", "ver más noticias", "lee más noticias", "lea más noticias",
    "más noticias", "encuentra más noticias", "plus d'actualités", "plus d'infos",
    "retrouvez toute l'actualité", "retrouvez toutes les actualités", "toute l'actualité",
    "weitere nachrichten", "mehr nachrichten", "alle nachrichten", "altre notizie",
    "leggi altre notizie", "tutte le notizie",
)  # fmt: skip

# Class-name parts of the element that holds a teaser's title.
TITLE_PARTS: frozenset[str] = frozenset({"title", "headline", "heading", "hed"})
# ...unless another part names the line over the title ("headline-kicker", "title__flag").
KICKER_PARTS: frozenset[str] = frozenset(
    {"kicker", "eyebrow", "overline", "flag", "dachzeile", "topline", "roofline", "label"}
)

# The mark closing the title of a link to a picture's own page, as a news-release portal
# lists a release's media under it ("Oak seedlings (IMAGE)"): a picture, no article. (Not
# "(VIDEO)" nor "(PHOTOS)", which some sites append to their stories' headlines.)
IMAGE_PAGE_MARKS: tuple[str, ...] = ("(IMAGE)", "(IMAGES)")

# Class-name parts of the chip opening a link that names what it leads to ("<a><span
# class="link-type">Publication</span><span class="link-text">...</span></a>",
# "card__type"): no part of the title.
LINK_TYPE_PARTS: frozenset[str] = frozenset({"type", "format"}) | KICKER_PARTS

# Class-name parts of a teaser's line over its title that names the story's section (Condé
# Nast's "SummaryItemRubric", "c-kicker", "teaser__eyebrow"): a link there leads to the
# section, never to another story.
SECTION_LINE_PARTS: frozenset[str] = frozenset(
    {"rubric", "kicker", "eyebrow", "overline", "topline", "roofline", "dachzeile"}
)

# The control under each reader's comment that answers it ("Reply", "Antworten"), compared
# after normalising: with a time, an avatar or a button, what tells a list of comments from a
# story's own list under a heading such as "Réactions".
COMMENT_REPLY_CONTROLS: frozenset[str] = frozenset(
    {
        "reply", "respond", "antworten", "répondre", "responder", "rispondi", "reageer",
        "beantwoorden", "odpowiedz", "ответить", "відповісти", "odpovědět", "yanıtla", "balas",
        "svara", "svar", "vastaa", "răspunde", "válasz", "απάντηση", "回复", "返信", "답글",
    }
)  # fmt: skip
# A badge inside a linked title, in an element of its own at either end, saying the story is
# for subscribers ("<a>...まとまる<span class="Kigen">有料会員限定</span></a>"): no part of
# its title.
ACCESS_BADGES: frozenset[str] = frozenset(
    {
        "subscriber only", "subscribers only", "premium", "exclusive to subscribers",
        "有料会員限定", "会員限定", "有料記事", "유료", "유료회원", "abo", "abonnés", "plus",
    }
)  # fmt: skip

# What a reading list's card counts after its title ("<a><h2>Staff picks</h2><p>812
# stories</p></a>"): a card whose only other text is such a count links a collection, no
# article; casefolded.
COLLECTION_COUNT_NOUNS: tuple[str, ...] = (
    "stories", "posts", "articles", "items", "historias", "artículos", "artigos", "histórias",
    "beiträge", "artikel", "articoli", "storie",
)  # fmt: skip
