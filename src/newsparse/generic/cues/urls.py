"""URLs that are never related articles, whatever block they sit in."""

from __future__ import annotations

#: Of the path segments of listing pages (``NON_ARTICLE_SEGMENTS``), those of a section's or
#: topic's path, under which sites also file their stories: a last segment ending in a
#: story's long id is a story there ("/themen/klimaschutz/waermeplanungsgesetz-2213692").
SECTION_SEGMENTS: frozenset[str] = frozenset(
    {
        "topic", "topics", "thema", "themen", "section", "sections", "rubrik", "ressort",
        "rubrique", "categoria", "categorie", "category", "categories",
        # (a desk as much as a staff list: National World files stories under
        # "/news/people/<slug>-4509871", and a person's page has no story id)
        "people",
    }
)  # fmt: skip

#: Of those, the ones a site files its stories' slugs under ("/section/politics/news/<slug>/");
#: not a category's or a tag's, whose paths lead to listings and videos.
SECTION_PATH_SEGMENTS: frozenset[str] = frozenset({"section", "sections", "rubrik", "ressort"})

# The endings of a file's address: a download, not an article ("/fileadmin/presse/pm.pdf").
FILE_SUFFIXES: tuple[str, ...] = (
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".csv", ".mp3", ".mp4",
    ".jpg", ".jpeg", ".png", ".gif", ".epub",
)  # fmt: skip

# The endings of a citation manager's file ("/articles/x-references.ris"): a link there
# under the story's sources downloads them, no source itself.
CITATION_FILE_SUFFIXES: tuple[str, ...] = (".ris", ".bib", ".enw", ".nbib")

# Path segments of utility pages as the last segment of an address ("/terms", "/legal/terms");
# with a slug after them they file a page of its own (a glossary's "/terms/c/callablebond.asp").
LAST_ONLY_NON_ARTICLE_SEGMENTS: frozenset[str] = frozenset({"terms"})

# Path segments of taxonomy, author, section and utility pages (matched as whole segments,
# casefolded).
NON_ARTICLE_SEGMENTS: frozenset[str] = frozenset(
    {
        "tag",
        "tags",
        # a job board's ads ("jobs.scimag.example/job/6021/postdoc-...")
        "job",
        "jobs",
        # a reader's reading list (Medium's "/list/staff-picks-c7bc6e1ee00f"); not "lists",
        # where Penske's sites file their list articles ("/lists/best-albums-2024")
        "list",
        "category",
        "categories",
        "author",
        "authors",
        "autor",
        "autoren",
        "autores",
        "auteur",
        "auteurs",
        "autore",
        "autori",
        "profile",
        "profiles",
        "people",
        "user",
        "users",
        "member",
        "members",
        "topic",
        "topics",
        "thema",
        "themen",
        "search",
        "suche",
        "feed",
        "rss",
        "login",
        "signin",
        "register",
        "subscribe",
        "newsletter",
        "newsletters",
        "contact",
        "about",
        "privacy",
        "share",
        "sharer",
        "intent",
        "cdn-cgi",
        "wp-login.php",
        "wp-admin",
        "page",
        "section",
        "sections",
        "rubrik",
        "ressort",
        "rubrique",
        "categoria",
        "categorie",
        "etiqueta",
        "tema",
        "temat",
        "tagged",
        # a stock's quote page ("/quotes/.KRX/")
        "quote",
        "quotes",
    }
)

# Hosts (and their subdomains) of social networks, sharing services and ad networks.
BLOCKED_HOSTS: frozenset[str] = frozenset(
    {
        "facebook.com",
        "fb.com",
        "twitter.com",
        "x.com",
        "t.co",
        "linkedin.com",
        "pinterest.com",
        "reddit.com",
        "tumblr.com",
        "whatsapp.com",
        "wa.me",
        "telegram.me",
        "t.me",
        "vk.com",
        "weibo.com",
        "line.me",
        "instagram.com",
        "youtube.com",
        "tiktok.com",
        "flipboard.com",
        "getpocket.com",
        "addthis.com",
        "addtoany.com",
        "sharethis.com",
        "outbrain.com",
        "taboola.com",
        "doubleclick.net",
        "googleadservices.com",
        "googlesyndication.com",
        "apps.apple.com",
        "itunes.apple.com",
        "play.google.com",
        "google.com",
        "disqus.com",
        "gravatar.com",
        "paypal.com",
        "patreon.com",
    }
)

# Hosts (and their subdomains) that resolve a paper's identifier ("https://doi.org/10.1021/
# ..."): a citation of the study, never another story.
CITATION_HOSTS: frozenset[str] = frozenset({"doi.org"})

# Query parameters of a listing's further pages ("/travel?page=2" behind "Load more
# stories"): a link carrying one is pagination, not another article.
PAGINATION_PARAMETERS: frozenset[str] = frozenset(
    {"page", "paged", "pg", "pagenum", "pagina", "seite", "offset"}
)

# rel values of links that are not related articles.
NON_ARTICLE_RELS: frozenset[str] = frozenset(
    {"tag", "author", "category", "prev", "next", "sponsored", "me", "bookmark-author"}
)

# Query parameters that track a click and say nothing about which page is linked.
TRACKING_PARAMETERS: frozenset[str] = frozenset(
    {
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_content",
        "utm_term",
        "ref",
        "ref_src",
        "src",
        "from",
        "source",
        "cmpid",
        "intcid",
        "ito",
        "gmpage",
        "fbclid",
        "gclid",
        "mc_cid",
        "mc_eid",
        "share",
        "amp",
        "m",
        "filter",
        "tab",
        "xtor",
        "tblci",
        "ocid",
        "icid",
        "ncid",
        "cmp",
        "oborigurl",
        "int_source",
        "int_medium",
        "int_campaign",
        "at_medium",
        "at_campaign",
        "msclkid",
        "yclid",
        "dclid",
        "igshid",
        "mkt_tok",
        "_ga",
    }
)
# Families of tracking parameters, by how their names open ("itm_source", "pk_campaign",
# Jetpack's "relatedposts_hit").
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "itm_", "pk_", "mtm_", "hsa_", "relatedposts_")


#: Path segments of a site's search page ("/search?q=I-84+closure"): a box of links to it, a
#: portal's "Related Searches", lists queries, not the story's tags (lowercased).
SEARCH_PATH_SEGMENTS: frozenset[str] = frozenset(
    {
        "search", "suche", "buscar", "busca", "busqueda", "recherche", "cerca", "ricerca",
        "zoeken", "szukaj", "sok", "haku", "hledat", "arama", "поиск", "search.php",
        "search.html", "search.aspx",
    }
)  # fmt: skip

#: Path segments of a site's tag and topic pages ("/tag/storm", "/onderwerp/klimaat"),
#: casefolded.
TAG_PATH_SEGMENTS: frozenset[str] = frozenset(
    {
        "tag", "tags", "topic", "topics", "thema", "themen", "onderwerp", "onderwerpen",
        "schlagwort", "schlagworte", "etiqueta", "etiquetas", "tema", "temas", "argomenti",
        "mot-cle", "mots-cles", "sujet", "sujets", "all-about",
    }
)  # fmt: skip

#: Path segments of pages that gather more coverage: the tag pages', and an agency's hubs
#: ("apnews.com/hub/<topic>"), which a closing "AP coverage: <address>" line promotes.
MORE_COVERAGE_PATH_SEGMENTS: frozenset[str] = TAG_PATH_SEGMENTS | {"hub", "hubs"}

#: Words of a label that names its links as searches ("Related Searches", "Gerelateerde
#: zoekopdrachten"), casefolded: links to the search page under it are queries, where under
#: a label of topics ("Onderwerpen") they are the story's tags.
SEARCH_LABEL_WORDS: frozenset[str] = frozenset(
    {
        "search", "searches", "searched", "zoekopdrachten", "zoektermen", "suchen",
        "suchbegriffe", "recherches", "búsquedas", "ricerche", "pesquisas", "buscas",
    }
)  # fmt: skip
