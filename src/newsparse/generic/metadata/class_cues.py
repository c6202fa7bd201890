"""Words in class, id, itemprop and rel values that mark where metadata sits (data only).

Matched as substrings of the lowercased attribute values unless said otherwise.
"""

from __future__ import annotations

#: Any metadata: elements worth indexing in the one pass over the page's attributes.
#: The attributes whose values name an element's role for the metadata, in the order their
#: values are joined: classes and ids, microdata and link relations, and the component names
#: of script-rendered pages (``data-testid="byline"``).
MARKING_ATTRIBUTES: tuple[str, ...] = (
    "class", "id", "itemprop", "rel", "data-testid", "data-test-id", "data-component",
    "data-qa",
)  # fmt: skip
METADATA_CLASSES: tuple[str, ...] = (
    "author", "byline", "creator", "writer", "reporter", "journalist", "autor", "auteur",
    "kirjoittaja",
    "date", "time", "publish", "posted", "dateline", "meta", "headline", "articlebody",
    "datum", "fecha", "data", "zeit", "firma", "entry-title", "hentry", "signature",
    "submitted",
    "provider", "articlesource",  # an aggregator's credit of its publisher (source_words)
    "source",  # a theme's box crediting the story's source under it (source_words)
)  # fmt: skip
#: The same cues written in camelCase (matched as written; the words above are also matched
#: in capitals and capitalised).
CAMEL_CASE_CLASSES: tuple[str, ...] = ("articleBody", "ArticleSource", "articleSource")
#: Parts of a page's <title> that are a blog engine's or a forum's labels, not the post's title
#: ("Site » Blog Archive » Post", WordPress's classic theme), casefolded.
TITLE_LABELS: tuple[str, ...] = (
    "blog archive", "weblog archive",
    # forum software's page labels ("Forum :: View topic - <topic>")
    "view topic", "view thread", "thema anzeigen", "voir le sujet", "ver tema",
    # the version of the page ("Ledger - Print Article", "Diario del Valle - Móvil")
    "print", "print article", "print this article", "printer friendly", "printer-friendly",
    "printer friendly version", "mobile", "móvil", "mobil", "version imprimable",
)  # fmt: skip
#: A live, media or section label opening a declared title that the page's ``<h1>`` leaves
#: out ("DIRECT. <h1>", "EN DIRECT - <h1>", "LIVE: <h1>", "VIDÉO. <h1>", "Opinion: <h1>",
#: the section shown as a kicker above the heading).
LEADING_TITLE_LABELS: tuple[str, ...] = (
    "direct", "en direct", "live", "live updates", "en vivo", "ao vivo", "im liveticker",
    "vidéo", "video", "photos", "infographie", "audio",
    # sections of opinion and criticism
    "opinion", "analysis", "commentary", "comment", "editorial", "op-ed", "oped", "review",
    "column", "opinión", "análisis", "columna", "reseña", "opinião", "análise", "coluna",
    "analyse", "éditorial", "tribune", "chronique", "critique", "meinung", "kommentar",
    "leitartikel", "kolumne", "rezension", "opinione", "analisi", "commento", "editoriale",
    "opinie", "recensie",
)  # fmt: skip
#: An opinion section's label closing a headline after a bar or a dash ("<headline> |
#: Letters", "<headline> - Leserbriefe"), which every source of it may carry.
TRAILING_OPINION_LABELS: tuple[str, ...] = (
    "letters", "letter to the editor", "letters to the editor", "opinion", "editorial",
    "column", "commentary", "leserbriefe", "leserbrief", "courrier des lecteurs",
    "cartas al director", "cartas de los lectores", "lettere al direttore", "ingezonden brieven",
)  # fmt: skip
#: Words that name a mailing list, as its archive's pages link to the list's own page ("More
#: information about the NRARS-list mailing list", Mailman's footer), casefolded.
MAILING_LIST_WORDS: tuple[str, ...] = (
    "mailing list", "mailingliste", "liste de diffusion", "lista de correo",
    "lista de distribución", "lista di distribuzione", "lista de discussão", "maillijst",
)  # fmt: skip
#: A byline or author block.
BYLINE_CLASSES: tuple[str, ...] = (
    "author", "byline", "creator", "writer", "reporter", "journalist", "autor", "auteur",
    "kirjoittaja", "signature",
    "firma",  # (Spanish: a story's signature)
)  # fmt: skip
#: Whole class tokens (split at spaces, "-" and "_") of the parts of a byline that are not
#: names: the reporter's place, e-mail address or role, an author card's bio or badge.
BYLINE_EXTRA_TOKENS: tuple[str, ...] = (
    "place", "location", "loc", "city", "dateline", "email", "mail", "role", "designation",
    "description", "org", "organization", "organisation", "position", "title",
    "bio", "badge", "badgetext", "occupation", "job", "jobtitle", "profession", "desc",
    "lugar", "ciudad", "localidad", "lieu", "ville",  # (Spanish, Galician and French places)
    "lloc", "luogo", "ort", "plaats", "sted",  # (Catalan, Italian, German, Dutch, Norwegian)
)  # fmt: skip
#: ...and of the parts that are its date ("<div class="art_fecha">Santo Domingo, RD <time>"),
#: unless the class also names the author ("author-date"): see BYLINE_NAME_TOKENS.
BYLINE_DATE_TOKENS: tuple[str, ...] = ("date", "time", "fecha", "datum", "data")
BYLINE_NAME_TOKENS: tuple[str, ...] = ("name", "author", "byline")
#: Whole class tokens of the part of a person's card that holds their name, beside their
#: title, office and e-mail ("<a class="person-card__name">", "<span class="name">").
CARD_NAME_TOKENS: tuple[str, ...] = ("name", "fullname")
#: A byline's part that holds its cue ("<div class="tdb-author-by">Από</div>", "author-by"):
#: in any language a cue, never a name.
BYLINE_CUE_TOKENS: tuple[str, ...] = ("by",)
#: A byline's part that names the agency the story comes from, beside the author's name
#: ("<span class="author-source">Associated Press</span>").
BYLINE_SOURCE_TOKENS: tuple[str, ...] = ("source", "agency", "wire")
#: A dateline.
DATELINE_CLASSES: tuple[str, ...] = (
    "date", "time", "publish", "posted", "byline", "dateline", "meta", "datum", "fecha",
    "data", "zeit",
    "submitted",  # Drupal's "Submitted by <name> on <date>"
)  # fmt: skip
#: Whole class tokens of a date that is an event's, not the page's: a funeral home's service
#: cards ("<p class="event-date">" in "<div class="service-event card">") date the visitation.
EVENT_DATE_TOKENS: frozenset[str] = frozenset({"event", "service", "visitation", "funeral"})
#: ...and of a life span's line or its parts ("<span class="birth">", "obituary-dates"): the
#: birth and death dates of an obituary's subject.
LIFE_SPAN_TOKENS: frozenset[str] = frozenset({"birth", "death", "born", "died", "lifespan"})
#: Names of a web app's tag list component, lowercased and joined, as a CSS module's class
#: ("TagList_tags__Yk0Pa") or a styled component's ("TagsStyles__Wrapper-sc-1x2y3z-0") opens
#: with them; or as a test id names the block (``data-testid="tags"``).
TAG_COMPONENT_NAMES: frozenset[str] = frozenset(
    {"tags", "taglist", "tagslist", "tagrow", "topics", "topiclist", "topicslist", "keywords"}
)
#: Dates of a cited work's retrieval in a list of references ("<span
#: class="reference-accessdate">. Retrieved 12 March 2011</span>"): no date of the page.
ACCESS_DATE_CLASSES: tuple[str, ...] = ("accessdate", "access-date", "retrieved")
#: The class of a post's own date: on a <time>, it names the publication even beside
#: "updated" (WordPress's "entry-date published updated", tagDiv's "entry-date updated").
POST_DATE_CLASS = "entry-date"
#: Picture credits and captions: names there credit a photo, not the story.
PHOTO_CLASSES: tuple[str, ...] = (
    "caption", "credit", "attribution", "photo", "image", "img", "picture", "media",
)  # fmt: skip
#: Text that is not the story's (captions, promos, sign-up boxes).
NOT_STORY_CLASSES: tuple[str, ...] = (
    "caption", "credit", "photo", "image", "media", "promo", "newsletter", "subscri",
)  # fmt: skip
#: A heading named as the page's title (``<h2 class="title heading">``, ``post-title``).
TITLE_CLASSES: tuple[str, ...] = ("title", "headline")
#: Whole class tokens of a subtitle set inside the headline's element, after a line break
#: (``<h1>Title<br><span class="c-heading-sub">― subtitle ―</span></h1>``).
HEADLINE_SUBTITLE_TOKENS: frozenset[str] = frozenset(
    {"sub", "subtitle", "subheading", "subhead", "subline", "dek", "deck", "tagline"}
)
#: Off-screen text for screen readers (a hidden site name as <h1>).
OFFSCREEN_CLASSES: tuple[str, ...] = (
    "sr-only", "screen-reader", "visually-hidden", "visuallyhidden", "offscreen",
)  # fmt: skip
#: Whole class/id tokens (split at spaces, "-" and "_") of blocks holding other stories' or
#: readers' names and dates. "node-promoted" is a promoted story, not a promo box, and
#: "post-footer" is the post's own footer, so these are tokens, not substrings.
EXCLUDED_TOKENS: tuple[str, ...] = (
    "comment", "comments", "related", "sidebar", "recommend", "recommended",
    "recommendations", "widget", "widgets", "promo", "promos", "teaser", "teasers",
    "trending", "talkback", "talkbacks",
    # readers' comments named in other languages (not "kommentar" alone: a German op-ed)
    "kommentare", "kommentarer", "commentaires", "comentarios", "commenti",
    "reactions",
    "guestbook",  # (an obituary's condolences: "<div class="entry-author">Susan P.</div>")
    "condolence", "condolences", "memories", "memory",  # (their signatures, "memory-card")
    # other stories' lists named in other words and languages (their dates are theirs:
    # Naver's "relation_lst" of related news, each item dated)
    "relation", "relations", "relacionadas", "relacionados", "correlati", "verwandte",
    "kanren", "xiangguan", "mostread", "meistgelesen",
)  # fmt: skip
#: Class values (lowercased) of a "widget" that holds the page's posts: Blogger's main column
#: is the "widget Blog" (its sidebar's are "widget Profile", "widget BlogArchive"...).
POSTS_WIDGET_CLASSES: frozenset[str] = frozenset({"widget blog"})
#: Hyphenated tokens of the same kind.
EXCLUDED_COMPOUNDS: tuple[str, ...] = (
    "more-stories", "most-popular", "site-footer", "page-footer", "global-footer",
    "site_footer", "page_footer",
)  # fmt: skip
#: Whole class/id tokens of a masthead's strip that shows the day's date ("date-today",
#: "todays-date", "currentDate" as written lowercased): no story's date.
TODAY_TOKENS: frozenset[str] = frozenset({"today", "todays", "todaydate", "currentdate"})
#: Whole class/id values (split at spaces only) of a site's header strip, above and outside the
#: story: a date there is the day's, whatever its class says ("header-date" in a Drupal
#: "#header"; Blogger's "date-header" is a post's date, not the header).
SITE_HEADER_TOKENS: frozenset[str] = frozenset(
    {"header", "masthead", "topbar", "top-bar", "site-header", "page-header"}
)
#: Whole class tokens of the parts of a dateline set in elements of their own, read with a
#: space between each ("<span class="year">2025</span><span class="day">05/12</span><span
#: class="time">10:21:33</span>").
DATE_PART_TOKENS: frozenset[str] = frozenset({"year", "month", "day", "date", "time", "hour"})
