"""Phrases that credit an original publisher ("This article originally appeared on X"),
in several languages (data only). Each is matched case-insensitively; the publisher's name
follows it."""

from __future__ import annotations

ORIGINALLY_PUBLISHED: tuple[str, ...] = (
    "this article originally appeared on",
    "this article originally appeared in",
    "this article was originally published on",
    "this article was originally published in",
    "this article was originally published by",
    "this story originally appeared on",
    "this story originally appeared in",
    "this story was originally published by",
    "this story was originally published on",
    "this post originally appeared on",
    "this post was originally published on",
    "originally published on",
    "originally published in",
    "originally published by",
    "originally published at",
    "originally appeared on",
    "originally appeared in",
    "first published on",
    "first published in",
    "first published by",
    "first appeared on",
    "first appeared in",
    "read the original article on",  # Business Insider's partner copies
    "read the original article at",
    # (Nexstar's line on a sister station's story: "..., head to <a>WJHL | Tri-Cities News</a>")
    "for the latest news, weather, sports, and streaming video, head to",
    "republished with permission from",
    "republished with permission of",
    "reprinted with permission from",
    "republished from",
    "reprinted from",
    "publié initialement sur",
    "publié initialement dans",
    "initialement publié sur",
    "initialement publié dans",
    "cet article a été publié initialement sur",
    "publicado originalmente en",
    "publicado originalmente em",
    "publicado originalmente por",
    "este artículo se publicó originalmente en",
    "este artigo foi publicado originalmente",
    "ursprünglich erschienen bei",
    "ursprünglich erschienen auf",
    "ursprünglich erschienen in",
    "zuerst erschienen bei",
    "zuerst erschienen auf",
    "zuerst erschienen in",
    "dieser artikel erschien zuerst",
    "erschien zuerst in",
    "erschien zuerst bei",
    "erschien zuerst auf",
    "erschien ursprünglich in",
    "pubblicato originariamente su",
    "articolo pubblicato originariamente su",
    "oorspronkelijk gepubliceerd op",
    # Yahoo! Japan's copies: "記事の内容は配信元の中部日日新聞に帰属します"
    "配信元の",
    "eerder verschenen in",
    # a science syndicator's credit of the institution whose release it ran
    "materials provided by",
    "הכתבה פורסמה לראשונה באתר",  # Hebrew: the story first appeared on
    "פורסמה לראשונה באתר",
    # Indonesian and Malay: "Artikel ini telah tayang di <a>X</a> dengan judul "..."
    "artikel ini telah tayang di",
    "artikel ini telah tayang sebelumnya di",
    "artikel ini sudah tayang di",
)

#: Words that bring in the original's title after the publisher's name in such a credit
#: ("Artikel ini telah tayang di Kompas.com dengan judul "<title>""), lowercased: the name
#: ends before them, and the line, naming its story's title, is the source, no line of it.
TITLE_AFTER_NAME: tuple[str, ...] = ("dengan judul",)

#: A partner's credit naming the story's title in quotes, then its publisher ("Der Beitrag
#: „<title>“ stammt von FITBOOK."): its opening words and the verb after the title, lowercased.
TITLED_CREDIT_OPENERS: tuple[str, ...] = ("der beitrag", "dieser beitrag", "der artikel")
TITLED_CREDIT_VERBS: tuple[str, ...] = ("stammt von", "stammt aus")

#: Phrases that credit a story's writer, the publisher's name after them ("This report was
#: written by Africa Check, ..."): a credit of the original only when the line also links to
#: another publisher's site (else the site's own author note), matched case-insensitively.
WRITTEN_BY: tuple[str, ...] = (
    "this report was written by",
    "this article was written by",
    "this story was written by",
    "this piece was written by",
    "this fact-check was written by",
)

#: How a syndicator's closing credit opens when the rest of its line is the linked name of
#: the institution whose release it ran ("Provided by <a>University of Exeter</a>"),
#: lowercased: only with that link, alone on its line ("Photo provided by ..." is no credit).
PROVIDED_BY_OPENERS: tuple[str, ...] = ("provided by",)

#: A credit saying where a story "appeared" whose line invites readers to sign up names the
#: site's own newsletter ("This story first appeared in Tide Business, the Tribune's
#: newsletter. Sign up here."), not another publisher (lowercased).
APPEARED_WORDS: tuple[str, ...] = ("appeared", "erschien", "verschenen", "paru")
NEWSLETTER_CUES: tuple[str, ...] = ("newsletter", "sign up", "subscribe", "abonnieren")

#: "This story was produced by X and is republished here...": the phrase before the
#: publisher's name and the one that must follow it (without it "produced by" names
#: anyone: a video's producer, a graphics desk).
PRODUCED_BY: tuple[str, ...] = ("produced by", "reported by", "this report by")
#: (matched with any whitespace between the words; "This report by The Canadian Press was
#: first published April 28, 2024.", the line closing every CP story)
REPUBLISHED_AFTER: tuple[str, ...] = (
    *(
        f"and {verb} {done}"
        for verb in ("is", "was", "has been", "is being")
        for done in ("republished", "reprinted", "published here")
    ),
    "was first published",
)

#: Words that, in a ``<link rel>`` or ``<meta name>``, declare the original of a copy.
SYNDICATION_RELS: tuple[str, ...] = ("syndication-source", "original-source")
SYNDICATION_METAS: tuple[str, ...] = (
    "syndication-source",
    "original-source",
    "syndication_source",
    "original_source",
    "article:original_source",
    # a Korean portal's copy names the paper it carries (Daum: "article:media_name")
    "article:media_name",
)

#: Labels that open a line naming the story's source by the headline, where portals credit
#: the publisher they took the story from ("来源：新华网", "출처: 연합뉴스"), lowercased.
SOURCE_LABELS: tuple[str, ...] = (
    "来源",
    "來源",
    "出处",
    "出處",
    "稿源",
    "出典",
    "配信元",
    "출처",
    "источник",
    "джерело",
    "πηγή",  # Greek
    "المصدر",  # Arabic
    "منبع",  # Persian
)
#: Labels that name a story's source in European languages ("Fuente: AFP", "Quelle: dpa"),
#: lowercased. They also name a chart's data or a quote's origin ("Source: company
#: filings"): the value counts only when it is a publisher (see ``OUTLET_WORDS``).
PUBLISHER_SOURCE_LABELS: tuple[str, ...] = (
    "source",
    "fuente",
    "fonte",
    "font",  # Catalan
    "iturria",  # Basque
    "источник",
    "източник",  # Bulgarian
    "джерело",  # Ukrainian
    "крыніца",  # Belarusian
    "quelle",
    "źródło",
    "bron",
    "kaynak",
    "kilde",
    "källa",
    "lähde",
    "zdroj",
    "sursa",
    "sursă",  # Romanian
    "izvor",
    "извор",  # Serbian and Macedonian in Cyrillic
    "vir",  # Slovenian
    "πηγή",  # Greek
    "forrás",
    "burimi",  # Albanian
    "allikas",  # Estonian
    "avots",  # Latvian
    "šaltinis",  # Lithuanian
    "mənbə",  # Azerbaijani
    "manba",  # Uzbek
    "манба",
    "дереккөз",  # Kazakh
    "булак",  # Kyrgyz
    "эх сурвалж",  # Mongolian
    "ምንጭ",  # Amharic (after Ethiopic's colon "፦" as often as ":")
)
#: Words that make a name a news outlet's ("Minnesota Reformer" is not told by them, but
#: "Daily Herald", "Rheinische Post", "Agencia Nova" are), lowercased.
OUTLET_WORDS: frozenset[str] = frozenset(
    {
        "news",
        "newswire",
        "wire",
        "times",
        "post",
        "press",
        "presse",
        "prensa",
        "imprensa",
        "tribune",
        "tribuna",
        "herald",
        "journal",
        "gazette",
        "gazeta",
        "gazzetta",
        "zeitung",
        "nachrichten",
        "rundschau",
        "anzeiger",
        "kurier",
        "courier",
        "chronicle",
        "observer",
        "telegraph",
        "standard",
        "daily",
        "diario",
        "diário",
        "periódico",
        "giornale",
        "corriere",
        "dagblad",
        "krant",
        "nieuws",
        "gazetesi",
        "haber",
        "radio",
        "tv",
        "magazine",
        "magazin",
        "revista",
        "agency",
        "agencia",
        "agência",
        "agenzia",
        "agentur",
        "agencja",
        "ajansı",
    }
)
#: What such a line may name that is not another publisher ("this site", "original").
NOT_A_SOURCE: frozenset[str] = frozenset(
    {"本站", "本网", "本網", "原创", "原創", "网络", "網絡", "互联网", "网友", "自媒体"}
)

#: Whole class tokens (split at spaces, "-" and "_", lowercased) of the boxes after a story
#: whose paragraphs are no more of it: an author's bio or box (JNews' "jeg_authorbox"), a
#: member station's donation pitch, a newsletter box. A rights notice or credit before them still closes the story.
AFTER_STORY_BOX_TOKENS: frozenset[str] = frozenset(
    {
        "bio", "authorbio", "authorbox", "biography", "donate", "donation", "donations", "donatemodule",
        "newsletter", "appeal", "support", "membership",
        "cta",  # a call to action: "whatsapp-cta", join the site's group
    }
)  # fmt: skip
#: What a member station's or a site's donation appeal after a story says, casefolded
#: ("WNRV depends on you. Listener support makes stories like this possible. Make your gift
#: today"): a paragraph saying one, in a box of no such class, is no more of the story either.
DONATION_APPEAL_PHRASES: tuple[str, ...] = (
    "depends on you", "listener support", "listener-supported", "reader support",
    "reader-supported", "make your gift", "make a gift", "give today", "donate today",
    "donate now", "become a member", "become a sustaining member",
)  # fmt: skip

#: Class words of an aggregator's credit of the publisher it carries, by the headline (MSN's
#: "provider-name", Yahoo's "caas-attr-provider" logo, NewsBreak's "ArticleSource_name", a
#: reading app's "publisher-link" logo and name), lowercased.
PROVIDER_CLASSES: tuple[str, ...] = ("provider", "articlesource", "publisher")
#: Words that label such a credit, beside the provider's logo or name, and never name it
#: (Yahoo! Japan's "<span class="sc-provider">配信</span>" after the logo: "distributed by";
#: "提供": "provided by"), normalised.
PROVIDER_LABEL_WORDS: frozenset[str] = frozenset(
    {
        "配信", "提供", "配信元", "提供元", "via", "provided by", "powered by", "from",
        "source", "quelle", "fuente", "fonte", "来源", "來源", "出处", "출처", "제공",
    }
)  # fmt: skip
#: Whole class tokens of a link that names the story's source beside its headline, as
#: Chinese portals credit the paper they took it from ("<a class="source ent-source"
#: href="https://paper.example">...</a>" in the date line).
SOURCE_LINK_TOKENS: frozenset[str] = frozenset({"source"})
#: What an info line's source part may name that is a generic word, no publisher ("Source :
#: Agences", "Quelle: Agenturen", "Source: Internet"), casefolded.
GENERIC_SOURCE_NAMES: frozenset[str] = frozenset(
    {
        "agencies", "agency", "wires", "wire services", "internet", "web", "online",
        "social media", "press", "media", "staff", "newsroom", "company filings",
        "agences", "agence", "agences de presse", "réseaux sociaux", "presse", "médias",
        "rédaction", "la rédaction", "redaction", "la redaction",
        "agencias", "agencia", "redacción", "la redacción", "redaccion", "la redaccion",
        "agências", "agência", "redação", "redacao", "agenturen", "agentur", "redaktion",
        "die redaktion", "agenzie", "agenzia", "redazione", "la redazione", "agentschappen",
        "redactie",
    }
)  # fmt: skip
#: Whole class tokens of a theme's box under the story that credits its source with a label
#: and a link ("<div class="post-bottom-source"><div>Source</div><a
#: href="https://www.businesswire.com/...">Business Wire</a></div>", tagDiv's
#: "td-post-source-via"), and the labels it shows, casefolded.
SOURCE_BOX_TOKENS: frozenset[str] = frozenset({"source"})
SOURCE_BOX_LABELS: frozenset[str] = frozenset(
    {"source", "sources", "via", "source via", "fuente", "fonte", "quelle", "origem", "origen"}
)

#: Words one of those texts holds, casefolded: a quick look at each link's text before it is
#: compared whole.
ORIGINAL_ARTICLE_MARKS: tuple[str, ...] = (
    "original",
    "full article",
    "full story",
    "continue reading",
    "lire la suite",
    "weiterlesen",
    "seguir leyendo",
    "continua a leggere",
    "continuar lendo",
    "continue lendo",
    "оригинал",
    "원문",
    "原文",
    "元記事",
    "記事元",
    "元の記事",
)
#: Texts of a portal's link to the story's original on its publisher's site, beside the
#: headline (Naver's "기사원문", "阅读原文"), compared normalised (``labels.normalise``).
ORIGINAL_ARTICLE_LINKS: frozenset[str] = frozenset(
    {
        "기사원문", "원문 보기", "원문보기", "원문 기사", "original article", "original story",
        "read the original article", "read original article", "view original article",
        "view original", "read original", "原文", "原文链接", "阅读原文", "查看原文", "原文連結", "元記事", "記事元",
        "元の記事を読む", "artículo original", "ver artículo original", "article original",
        "lire l article original", "originalartikel", "zum originalartikel", "artigo original",
        "articolo originale", "оригинал статьи", "оригинальная статья",
    }
)  # fmt: skip
#: Openings of such a link's text that the publisher's name follows, after one of
#: ``ORIGINAL_ARTICLE_CONNECTORS`` ("Read the full article on The Harbour Ledger", an
#: aggregator's "Continue reading on The Harbour Ledger" after a shortened copy), normalised.
ORIGINAL_ARTICLE_OPENINGS: tuple[str, ...] = (
    "read the original article", "read original article", "view original article",
    "view the original article", "read the original story", "read the full article",
    "read full article", "read the full story", "read full story", "continue reading",
    "lire la suite", "weiterlesen", "seguir leyendo", "continua a leggere", "continuar lendo",
    "continue lendo",
)  # fmt: skip
ORIGINAL_ARTICLE_CONNECTORS: tuple[str, ...] = ("on", "at", "sur", "auf", "bei", "en", "su", "em")

#: Where a portal that links the original names its publisher readably: a press logo's
#: class word beside the headline, and the metas naming the story's press ("조선일보 | 네이버",
#: the portal's own name after a bar, is left out).
PRESS_LOGO_TOKENS: frozenset[str] = frozenset({"logo"})
ORIGINAL_NAME_METAS: tuple[str, ...] = ("og:article:author", "article:author", "twitter:creator")


# Subdomain labels that name a section or an edition of a site, never a publisher of their
# own ("english.example.com", "finance.example.com").
GENERIC_SUBDOMAIN_LABELS: frozenset[str] = frozenset(
    {
        "english", "edition", "editions", "finance", "business", "politics", "weather",
        "lifestyle", "entertainment", "technology", "archive", "archives", "premium", "epaper",
        "classifieds", "mobile", "sports", "travel", "health", "opinion", "science",
    }
)  # fmt: skip


# The hosts one sending platform serves the same e-mail campaign from, by their registrable
# labels (Mailchimp's archive page and its short link): one site, never a syndication.
PLATFORM_HOST_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"campaign-archive", "mailchi", "list-manage"}),
    frozenset({"createsend", "createsend1", "cmail19", "cmail20"}),
)


# The paths of e-mail platforms' click-tracking redirects ("createsend1.com/t/j-l-...",
# "list-manage.com/track/click?u=...", "r20.rs6.net/tn.jsp?..."): such a link leads through
# the sender's own host, so it names no publisher; its text does.
CLICK_TRACKING_PATHS: tuple[str, ...] = ("/t/", "/track/click", "/tn.jsp", "/ls/click")
