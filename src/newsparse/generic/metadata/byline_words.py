"""Words of bylines in many languages (data only): the cues that open a byline, the words
that join names, and the roles, credentials and noise that surround names."""

from __future__ import annotations

#: Words that open a byline ("By Jane Doe", "Par ...", "Von ...", "Por ..."), lowercased.
BYLINE_CUES: tuple[str, ...] = (
    "written by",
    "posted by",
    "published by",
    "story by",
    "words by",
    "reporting by",
    "text by",
    "report by",
    "interview by",  # (a Q&A's interviewer: "Interview by Sam Ortiz. Photos by Lena Marsh.")
    "interviewed by",
    "by",
    "par",
    "von",
    "articolo di",  # Italian: article by
    "작성자",  # Korean: writer (a Notion page's property)
    "γράφει ο",  # Greek: writes (an opinion page's byline)
    "γράφει η",
    "por",
    "per",  # Catalan
    "di",
    "door",
    "av",
    "af",
    "przez",
    "autor",
    "autora",
    "autorka",
    "autore",
    "auteur",
    "author",
    "authors",
    "writer",  # "WRITER: <a>...</a>" (Bangkok Post)
    "reporter",
    "auteurs",
    "autores",
    "text",
    "testua",  # Basque
    "texto",
    "testo",
    "tekst",
    "texte",
    "redacción",
    "reportage",
    "escrito por",
    "publicado por",
    "scritto da",
    "a cura di",
    "geschrieben von",
    "ein beitrag von",
    "ein gastbeitrag von",
    "gastbeitrag von",
    # an opinion page's or analysis's genre before its author ("Ein Kommentar von ...",
    # "Analysis by ...")
    "ein kommentar von",
    "kommentar von",
    "eine analyse von",
    "analyse von",
    "eine kolumne von",
    "kolumne von",
    "ein essay von",
    "analysis by",
    "an analysis by",
    "commentary by",
    "a commentary by",
    "publié par",
    "propos recueillis par",  # an interview's ("remarks gathered by")
    "entretien réalisé par",  # an interview's ("interview conducted by")
    "entrevista de",  # Spanish: interview by
    "entrevista realizada por",
    "das interview führte",  # German: the interview was conducted by
    "das gespräch führte",
    "un texte de",  # Québec's
    "rédigé par",
    "écrit par",
    "автор",
    "авторы",
    "аутор",  # Serbian
    "текст",
    "yazan",
    "yazar",
    "作者",
    "記者",
    "记者",
    "撰文",  # Chinese: written (by), Hong Kong's byline label ("撰文：<name>")
    "文",
    "聞き手",  # Japanese: interviewer ("聞き手・佐藤美穂")
    "取材・文",  # Japanese: reporting and text
    "構成",  # Japanese: edited into shape by
    "기자",
    "بقلم",
    "كتب",
    "كتبت",  # Arabic: "she wrote"
    "الكاتب",  # Arabic: the writer (the BBC's "الكاتب، <name>")
    "نویسنده",
    "خبرنگار",  # Persian: reporter
    "گزارش",  # Persian: report (by)
    "گزارشگر",  # Persian: reporter
    "نوشته",  # Persian: written (by)
    "نوشته‌ی",  # (with the linking -ye after a zero-width non-joiner)
    "رپورٹ",  # Urdu: report (by)
    "تحریر",  # Urdu and Persian: written (by)
    "مصنف",  # Urdu: author (the BBC's "مصنف, <name>")
    "לפי",
    "מאת",
    "लेखक",
    "oleh",
    "penulis",
    "wartawan",
    "bởi",
    "tác giả",
    "του",
    "της",
    "από",  # Greek: by (also "from": a weak cue)
    "απο",  # (as "ΑΠΟ" casefolds, the accent dropped in capitals)
    "kirjoittanut",
    "napisał",
    "napisała",
    "írta",
    "scris de",
    "โดย",
    "ผู้เขียน",
    # Thai writes "reported by", "written by", "story by" as one word
    "รายงานโดย",
    "เขียนโดย",
    "เรื่องโดย",
    "ข่าวโดย",
    "เรื่อง",  # Thai: story (by)
    "ရေးသားသူ",  # Burmese: written by
    "သတင်းထောက်",  # Burmese: reporter
    "ຂ່າວ",  # Lao: news (by)
    "អ្នកសរសេរ",  # Khmer: writer
    "szerző",
    "piše",  # Croatian, Bosnian: "writes"
    "avtor",  # Slovenian: author
    "avtorica",
    "avtorji",
    "minn",  # Maltese: by
    "gan",  # Welsh: by
    "pišu",
    "ავტორი",  # Georgian: author
    "հեղինակ",  # Armenian: author
    "egilea",  # Basque: author
    "autors",  # Latvian: author
    "autorius",  # Lithuanian: author
    "аўтар",  # Belarusian: author
    "автори",  # Ukrainian: authors
    "müəllif",  # Azerbaijani: author
    "muallif",  # Uzbek: author
    "сурвалжлагч",  # Mongolian: reporter
    "daga",  # Hausa: by
    "waxaa qoray",  # Somali: written by
    "qoraa",  # Somali: writer
    "yanditswe na",  # Kinyarwanda: written by
    "ብ",  # Tigrinya: by
    "ដោយ",  # Khmer: by
    "རྩོམ་པ་པོ",  # Tibetan: author
    "লেখক",
    # also common words: see WEAK_BYLINE_CUES
    "de",
    "na",
    "ni",
    "pa",  # Haitian Creole: by
    "bya",  # Luganda: by
)

#: Words in a CJK byline that are no person's name: the paper speaking of itself ("本报记者
#: 赵欣悦": "this paper's reporter"), a subscribe or follow button beside the name ("구독",
#: "フォロー"), an author box's title ("この記事を書いた人": "who wrote this article").
CJK_NOT_NAMES: frozenset[str] = frozenset(
    {
        "本报",
        "本報",
        "本台",
        "本网",
        "本網",
        "本刊",
        "구독",
        "구독하기",
        "フォロー",
        "フォローする",
        "著者フォロー",
        "팔로우",
        "关注",
        "關注",
        "订阅",
        "訂閱",
        "この記事を書いた人",
    }
)
#: Words a site's own desk adds to the site's name in a byline ("Online Lokmat", "Lokmat Web
#: Team", "ऑनलाइन लोकमत"), and to its author page's address ("/author/online-lokmat/"):
#: what is left names the site. Casefolded.
SITE_DESK_WORDS: frozenset[str] = frozenset(
    {
        "online", "web", "digital", "desk", "team", "news", "network",
        "redazione", "rédaction", "redaktion", "redactie", "redacción", "redação",  # newsroom
        "ऑनलाइन", "ऑनलाईन", "वेब", "डिजिटल", "डेस्क", "टीम", "न्यूज", "नेटवर्क",  # Hindi, Marathi
        "অনলাইন", "ডিজিটাল", "ডেস্ক",  # Bengali
    }
)  # fmt: skip

#: The nouns of a newsroom desk's name ("News Desk", "न्यूज डेस्क", "ویب ڈیسک"): a credit that
#: opens with a desk's name, the parts after it set off by commas alone, credits the desk,
#: its outlet and its place, no one ("न्यूज डेस्क, अमर उजाला, लखनऊ").
DESK_NOUNS: frozenset[str] = frozenset({"desk", "newsdesk", "डेस्क", "ডেস্ক", "ڈیسک"})

#: Words of a placeholder credited for a story with no byline ("Agency", "Agencies", "News
#: Desk", "एजेंसी"): with the desk words above, a credit of these words alone names no one.
PLACEHOLDER_CREDIT_WORDS: frozenset[str] = frozenset(
    {
        "agency", "agencies", "desk", "wire", "wires",
        "एजेंसी", "एजेंसियां", "एजेंसियाँ", "डेस्क",  # Hindi
        "এজেন্সি", "ডেস্ক",  # Bengali
        # a newsroom's credit, the editorial staff ("Redazione", "La Redazione", "Redazione
        # Online", "Rédaction", "Redacción", "Redakcja"): with no outlet's name, no one
        "newsroom", "redazione", "rédaction", "redaktion", "redactie", "redacción",
        "redação", "redakcja", "redakce", "redakcia", "redaksi", "redaksiyon", "uredništvo",
        "toimitus", "szerkesztőség", "редакция", "редакція",
    }
)  # fmt: skip
#: Articles a placeholder credit may open with ("La Redazione", "Die Redaktion", "A Redação").
PLACEHOLDER_ARTICLES: frozenset[str] = frozenset(
    {"the", "la", "le", "die", "de", "el", "a", "o"}
)  # fmt: skip

#: Names a byline gives for no person: a section's or format's ("Letters", "Leserbriefe")
#: and a group's placeholder for many signatories ("Collectif", "Various authors").
NO_PERSON_NAMES: frozenset[str] = frozenset(
    {
        "letters", "letters to the editor", "readers' letters", "your letters",
        "leserbriefe", "courrier des lecteurs", "cartas al director", "cartas dos leitores",
        "lettere al direttore", "ingezonden brieven",
        "collectif", "collective", "kolektif", "collettivo", "colectivo", "kollektiv",
        "various authors", "varios autores", "autori vari", "auteurs divers",
    }
)  # fmt: skip

#: Words that name an institution, no writer ("Department for Environment, Food & Rural
#: Affairs", "Office for National Statistics", "Ministerio de Sanidad"): an organisation a
#: page's data gives as its author with one of these words (and no outlet's word: "Capitol
#: News Service" is a wire's) names no author. A wire agency ("Anadolu Agency") is read first.
INSTITUTION_WORDS: frozenset[str] = frozenset(
    {
        "department", "ministry", "office", "service", "administration", "directorate",
        "secretariat", "commission",
        "ministère", "département", "ministerio", "departamento", "secretaría", "ministero",
        "dipartimento", "ministério", "secretaria", "ministerium", "bundesministerium",
        "ministerie", "departement", "ministerstwo", "министерство", "міністерство",
    }
)  # fmt: skip

#: Endings of a newsroom desk's name, which a CJK byline may give beside or for the name
#: ("社会部": the city desk).
CJK_UNIT_ENDINGS: tuple[str, ...] = ("部", "局", "課", "班", "室", "组", "組")
#: Endings of a news outlet's name in Chinese and Japanese ("中国新闻网", "澎湃新闻", "新华社",
#: "人民日报", "中部日日新聞"): a byline or author meta naming one names no person.
CJK_OUTLET_ENDINGS: tuple[str, ...] = (
    "网", "網", "报", "報", "社", "台", "新闻", "新聞", "通信", "通讯", "日報", "日报",
    "新闻中心", "新聞中心", "新闻网", "新聞網",  # ("网易新闻中心": a portal's news desk)
)  # fmt: skip

#: Roles a Korean, Japanese or Chinese byline writes beside the name ("홍길동 기자",
#: "記者 山田太郎"); an editor's roles stand before it or after it too (编辑), or before it
#: only (編集).
CJK_REPORTER_ROLES: tuple[str, ...] = (
    "实习记者",  # Chinese: intern reporter (before the plain role: alternatives match in order)
    "實習記者",
    "实习生",  # Chinese: intern
    "記者",
    "记者",
    # Korean opinion desks' roles, signing a column or an editorial like a reporter (the
    # ones ending in 기자 before it: alternatives match in order)
    "논설위원",  # editorial writer
    "논설실장",  # chief editorial writer
    "주필",  # editor-in-chief of the opinion pages
    "편집국장",  # managing editor
    "선임기자",  # senior reporter
    "대기자",  # veteran (grand) reporter
    "기자",
    "特派員",
    "特派员",
    "특파원",  # Korean: correspondent
    "칼럼니스트",  # Korean: columnist
)
#: The roles above written in simplified Chinese, whose bylines separate names with spaces
#: ("财新 记者 陈涛 周琳"; a Japanese byline may space one name: "黒田 健一").
SIMPLIFIED_CHINESE_ROLES: tuple[str, ...] = ("实习记者", "实习生", "记者", "特派员", "编辑")
CJK_ROLES_BEFORE_NAME: tuple[str, ...] = (*CJK_REPORTER_ROLES, "编辑", "編集")
CJK_ROLES_AFTER_NAME: tuple[str, ...] = (*CJK_REPORTER_ROLES, "编辑")

#: Roles of a Chinese reporter credited in brackets at the start of the story ("新华社福州3月12日
#: 电（记者张伟、王芳）", Taiwan's "〔記者王小明／台北報導〕"), and the marks of a photo credit
#: written the same way ("（記者王小明攝）").
BRACKETED_CREDIT_ROLES: tuple[str, ...] = ("记者", "記者", "特派员", "特派員")
PHOTO_CREDIT_MARKS: tuple[str, ...] = ("摄", "攝")

#: Byline cues of one language that open names elsewhere (Irish and Scottish Gaelic "Le
#: Caoimhe Ní Fhlatharta": "by"; but "Le Pen", "Le Monde"): dropped from a name's start only
#: on a page declaring that language, keyed by its primary tag, lowercased.
LANGUAGE_BYLINE_CUES: dict[str, frozenset[str]] = {
    "ga": frozenset({"le"}),
    "gd": frozenset({"le"}),
}

#: Byline cues that are also common words (Romanian "de", Swahili "na", Filipino "ni"): read
#: where a byline is looked for, never taken to make a line of the story a byline.
WEAK_BYLINE_CUES: frozenset[str] = frozenset({"de", "na", "ni", "pa", "bya", "από", "απο"})

#: Words that join a byline to the weekday of its dateline ("Minh Do on Monday", "Anna Roth
#: am Montag"), lowercased.
DATE_CONNECTORS: frozenset[str] = frozenset({"on", "at", "am", "le", "el", "il", "em", "op"})

#: A byline may open with a label before its cue: "Analysis by", "Reporting and writing by".
MAX_WORDS_BEFORE_CUE = 2

#: Words that, followed by a colon or one of PHOTO_CREDIT_LINKS, credit the photos rather
#: than the story ("Story by Jane Doe, photos by John Roe", "Photographs by ...", "Foto: ..."),
#: lowercased.
PHOTO_CREDIT_WORDS: tuple[str, ...] = (
    "photo",
    "photos",
    "photograph",
    "photographs",
    "photography",
    "picture",
    "pictures",
    "foto",
    "fotos",
    "fotografie",
    "fotografia",
    "fotografias",
    "fotografía",
    "fotografías",
    "bild",
    "bilder",
    "фото",
    "argazkia",  # Basque
    "argazkiak",
    "ảnh",  # Vietnamese
    "credit",
    "crédito",
    "créditos",
)
#: Words that, followed by a colon or one of PHOTO_CREDIT_LINKS, credit the graphics, the
#: illustrations or the charts rather than the story ("By Jane Doe Graphics by John Roe",
#: "Illustrations by ...", "Infografía de ..."), lowercased.
GRAPHICS_CREDIT_WORDS: tuple[str, ...] = (
    "graphics",
    "graphic",
    "illustration",
    "illustrations",
    "charts",
    "maps",
    "data visualization",
    "data visualisation",
    "data visualizations",
    "data visualisations",
    "visualization",
    "visualisation",
    "infographic",
    "infographics",
    "infografia",
    "infografía",
    "infografik",
    "infographie",
    "grafiken",
    "illustrationen",
    "illustrationer",
    "ilustración",
    "ilustraciones",
    "ilustração",
    "ilustrações",
    "gráficos",
)
#: Labels of a byline's visual roles: a name right after one alone ("<span>Fotografia</span>
#: <a href="/autores/...">...</a>") took the pictures, the video or the graphics, lowercased.
VISUAL_ROLE_LABELS: tuple[str, ...] = (
    *(word for word in PHOTO_CREDIT_WORDS if not word.startswith(("credit", "crédit"))),
    "imagem",
    "imagens",
    "imagen",
    "imágenes",
    "video",
    "vídeo",
    "vídeos",
    "videos",
    *GRAPHICS_CREDIT_WORDS,
)
#: The byline cues that link a photo word to the photographer ("photos by", "Fotos von",
#: "photos par", "fotos de", "foto di"), lowercased.
PHOTO_CREDIT_LINKS: tuple[str, ...] = ("by", "von", "par", "por", "de", "di", "door", "av", "af")

#: Words that join names in a byline ("A and B", "A und B", "A et B"), lowercased; matched
#: as whole words.
NAME_JOINERS: tuple[str, ...] = (
    "and",
    "und",
    "et",
    "avec",
    "with",
    "mit",
    "con",
    "en",
    "og",
    "och",
    "ja",
    "és",
    "ve",
    "oraz",
    "и",
    "و",  # Arabic, Persian and Urdu, when written apart
    "&",
)
#: Arabic's and Hebrew's "and", written joined to the next word ("محمد عبد الحميد وأحمد سمير",
#: "איתי כהן ודנה לוי").
ATTACHED_NAME_JOINERS: tuple[str, ...] = ("و", "ו")
#: Words of a name that open with that joined "and" and are no "and": name particles (the
#: Hassaniya "ولد", "ول", "son of", in Mauritanian names: "محمد الأمين ولد سيدي") and given
#: names (what follows the letter, "لد", "ليد", is no name of its own).
ATTACHED_JOINER_NAME_WORDS: frozenset[str] = frozenset(
    {
        # Arabic name particles
        "ولد",
        "ول",
        # Arabic given names
        "وليد",
        "وائل",
        "وسام",
        "وفاء",
        "وديع",
        "وجدي",
        "وحيد",
        "وهيب",
        "ولاء",
        "وداد",
        "وصال",
        "وضاح",
        "وجيه",
        "وئام",
        # Hebrew given names
        "ורד",
        "ורדה",
        "ויקטור",
        "ויקטוריה",
    }
)
#: One-letter joiners, matched only in lowercase (capitals are initials).
SHORT_JOINERS: tuple[str, ...] = ("y", "e", "i", "a", "u")

#: Last words of a news outlet's name ("Chicago Tribune", "North Shore News"), lowercased: a
#: byline part ending in one names the paper, not a person ("By Jane Doe, Tampa Bay Times").
#: (Outlet words that are also surnames, "Post" and "Press", are left out.)
OUTLET_NAME_ENDINGS: frozenset[str] = frozenset(
    {
        "news",
        "times",
        "tribune",
        "herald",
        "journal",
        "gazette",
        "chronicle",
        "observer",
        "telegraph",
        "courier",
        "bulletin",
        "sentinel",
        "examiner",
        "inquirer",
        "dispatch",
        "register",
        "zeitung",
        "nachrichten",
        "anzeiger",
        "group",  # ("Nation Media Group" under a reporter's name)
        "media",
    }
)

#: The quotes a nickname stands in between a name's words ('Emil "Sjöberg" Andersson', "Ana
#: ‘La Roca’ Ruiz"): each opening mark and the mark that closes it.
NICKNAME_QUOTES: dict[str, str] = {'"': '"', "'": "'", "“": "”", "‘": "’", "„": "“", "«": "»"}

#: Honorifics before a name ("Dr Helena Varga", "Prof. Ian Lowe"), casefolded, without dots.
HONORIFICS: frozenset[str] = frozenset({"dr", "prof", "mr", "mrs", "mx"})

#: Postpositions that say "by" after a name ("කසුන් ජයවර්ධන විසිනි", "राम शर्मा द्वारा"):
#: dropped from a name's end as a role is.
BY_POSTPOSITIONS: frozenset[str] = frozenset({"විසිනි", "විසින්", "द्वारा"})

#: Job titles and roles that follow or precede a name, lowercased. A byline part made only of
#: these words (and "of", "the", a place) is not a name.
ROLE_WORDS: frozenset[str] = frozenset(
    {
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "writer",
        "writers",
        "editor",
        "editors",
        "editorial",
        "contributor",
        "contributing",
        "kontributor",  # Indonesian: a correspondent in a town ("Kontributor Demak")
        "gohebydd",  # Welsh: correspondent
        "columnist",
        "photographer",
        "photographers",
        "photo",
        "photos",
        "photography",
        "video",
        "videos",
        "staff",
        "senior",
        "chief",
        "deputy",
        "associate",
        "assistant",
        "managing",
        "executive",
        "political",
        "business",
        "health",
        "science",
        "sports",
        "technology",
        "tech",
        "news",
        "newsroom",
        "desk",
        # a desk's credit in Hindi, Urdu and Bengali ("न्यूज डेस्क", "ویب ڈیسک")
        "न्यूज",
        "डेस्क",
        "ڈیسک",
        "ডেস্ক",
        "team",
        "guest",
        "special",
        "freelance",
        "analyst",
        # a weather desk's forecasters, signing under their outlet's name ("DTN
        # Meteorologist", "KSL Chief Meteorologist")
        "meteorologist",
        "meteorologists",
        "forecaster",
        "forecasters",
        "meteorologe",
        "meteorologin",
        "météorologue",
        "meteorólogo",
        "meteoróloga",
        "meteorologo",
        "meteorologa",
        "meteoroloog",
        "producer",
        "host",
        "anchor",
        "illustration",
        "illustrations",
        "graphics",
        "bureau",
        "reports",
        "wire",
        "wires",
        "services",
        "editor-at-large",
        "editor-in-chief",
        "co-author",
        "opinion",
        "analysis",
        "commentary",
        "updated",
        "published",
        "posted",
        "redakteur",
        "redakteurin",
        "redaktion",
        "korrespondent",
        "korrespondentin",
        "rédacteur",
        "rédactrice",
        "rédaction",
        "journaliste",
        "envoyé",
        "envoyée",
        "spécial",
        "spéciale",
        "periodista",
        "corresponsal",
        "redactor",
        "redactora",
        "redacción",
        "giornalista",
        "inviato",
        "redazione",
        "correspondente",
        "repórter",
        "jornalista",
        "redação",
        "journalist",
        "verslaggever",
        "redactie",
        "reporterin",
        "journalistin",
        "dziennikarz",
        "redakcja",
        "مراسل",  # Arabic: correspondent ("مراسل بانيت - <name>")
        "مراسلة",
        "merkezi",  # Turkish: desk ("Haber Merkezi", the newsroom's credit)
        # a desk's credit in South Asian scripts ("নিজস্ব প্রতিবেদক": staff correspondent;
        # "সিলেট প্রতিনিধি": Sylhet correspondent; the desks are above: "ویب ڈیسک")
        # "নিজস্ব সংবাদদাতা", "সংবাদদাতা": own correspondent; the other languages' words for
        # a reporter, a correspondent or a paper's representative: "நமது நிருபர்" (Tamil:
        # our reporter), "സ്വന്തം ലേഖകൻ" (Malayalam: own correspondent)
        "প্রতিবেদক",
        "প্রতিনিধি",
        "সংবাদদাতা",  # Bengali (and Assamese)
        "প্ৰতিনিধি",  # Assamese
        "نمائندہ",  # Urdu
        "संवाददाता",
        "प्रतिनिधि",  # Hindi
        "प्रतिनिधी",
        "वार्ताहर",  # Marathi
        "સંવાદદાતા",
        "પ્રતિનિધિ",  # Gujarati
        "ਪੱਤਰਕਾਰ",
        "ਪ੍ਰਤੀਨਿਧ",  # Punjabi
        "ସମ୍ବାଦଦାତା",
        "ପ୍ରତିନିଧି",  # Odia
        "நிருபர்",
        "செய்தியாளர்",  # Tamil
        "విలేకరి",
        "ప్రతినిధి",  # Telugu
        "ವರದಿಗಾರ",
        "ಪ್ರತಿನಿಧಿ",  # Kannada
        "ലേഖകൻ",
        "ലേഖിക",  # Malayalam
    }
)

#: The last words of the job titles an institution's staff sign with after their names
#: ("Maya Chen, Senior Program Officer", "Renata Obuya, Extension Forage Specialist"), and
#: the offices a club's or society's members hold ("Gill Marsh, Club Secretary").
JOB_TITLE_WORDS: frozenset[str] = frozenset(
    {
        "officer", "specialist", "educator", "coordinator", "manager", "director",
        "scientist", "researcher", "fellow", "professor", "lecturer", "consultant",
        "strategist", "advisor", "adviser",
        "secretary", "treasurer", "captain", "vice-captain", "chairman", "chairwoman",
        "chairperson", "president", "vice-president", "organiser", "organizer",
        "convenor", "convener", "coach", "webmaster", "spokesman", "spokeswoman",
        "spokesperson", "clerk",
    }
)  # fmt: skip

#: The labels of a byline list's fields after the names, read out to screen readers (the BBC's
#: "Author, <name>", "Role, BBC Persian", "Reporting from, Kyiv"): what follows is no name.
BYLINE_FIELD_LABELS: frozenset[str] = frozenset(
    {
        "role", "reporting from", "نقش", "شغل", "گزارش از", "الدور", "المنصب", "cargo", "función",
        "rol", "função", "должность", "роль", "посада", "unvan", "görev", "पदनाम", "भूमिका",
        "nafasi", "matsayi", "rôle", "fonction", "عہدہ",
    }
)  # fmt: skip

#: Words that open a reporter's place after the name ("Por Fernanda Lima, de Sorriso (MT)",
#: "Jane Doe, from Kyiv", "Anna Roth, aus Berlin"): the part they open is no second name.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {"de", "desde", "from", "aus", "em", "en", "in", "à", "da", "do", "dalla", "dal"}
)

#: An agency's desk named after its acronym ("Par Léa Moreau, AFP France", "..., AMP Canada",
#: "..., ANSA Europa"): the country or region words that mark the part as the desk, no second
#: name, casefolded.
AGENCY_DESK_PLACES: frozenset[str] = frozenset(
    {
        "france", "canada", "belgique", "belgië", "suisse", "schweiz", "svizzera", "deutschland",
        "österreich", "italia", "españa", "portugal", "brasil", "méxico", "mexico", "uk", "usa",
        "us", "europe", "europa", "afrique", "africa", "asia", "asie", "amérique", "america",
        "américas", "americas", "monde", "world", "international", "internacional",
        "maghreb", "québec", "quebec", "india", "japan", "japon", "china", "chine",
    }
)  # fmt: skip

#: Academic and professional credentials written after a name ("Jane Doe, MD").
CREDENTIALS: frozenset[str] = frozenset(
    {
        "ma",
        "ms",
        "msc",
        "md",
        "phd",
        "ph.d",
        "ph.d.",
        "rn",
        "mph",
        "do",
        "dds",
        "jd",
        "mba",
        "bsc",
        "ba",
        "bs",
        "cpa",
        "rd",
        "lcsw",
        "facp",
        "facs",
        "np",
        "pa-c",
        "pharmd",
    }
)

#: Of the noise words, those that are people's names as well, written as names are ("J. Min",
#: the Korean surname; "5 min read", a reading time): noise only when written in lowercase.
NOISE_WORDS_ALSO_NAMES: frozenset[str] = frozenset({"min"})
#: Byline text that is never a name: calls to action, labels, relative times.
NOISE_WORDS: frozenset[str] = frozenset(
    {
        "copy",  # a share bar's "Copy Link" inside the byline ("Link" is a surname too)
        "follow",
        "following",
        "unfollow",
        "twitter",
        "facebook",
        "instagram",
        "linkedin",
        "email",
        "e-mail",
        "mail",
        "contact",
        "share",
        "tweet",
        "more",
        "about",
        "bio",
        "biography",
        "profile",
        "view",
        "all",
        "posts",
        "articles",
        "stories",
        # a link to the author's page reading "all their articles" in other languages
        # ("Tüm Yazıları", "Όλα τα άρθρα", "Alle Artikel", "Todos los artículos")
        "tüm",
        "yazarın",  # (the author's)
        "yazıları",
        "yazilari",  # (as "YAZILARI" casefolds)
        "όλα",
        "άρθρα",
        "alle",
        "artikel",
        "beiträge",
        "tous",
        "todos",
        "todas",
        "artículos",
        "artigos",
        "tutti",
        "articoli",
        "read",
        "comments",
        "comment",
        "ago",
        "hours",
        "minutes",
        "min",
        "today",
        "yesterday",
        "subscribe",
        "sign",
        "login",
        "menu",
        "search",
        "home",
        "admin",
        "administrator",
        "anonymous",
        "unknown",
        "guest",
        "null",
        "none",
        "undefined",
        "uncategorized",
        "the",
        "гость",
        "редакция",
        # a newsroom credited as the author ("Redazione ANSA", "Rédaction Le Soir")
        "redazione",
        "rédaction",
        "redaktion",
        "redactie",
        "newsroom",
        # an institution's name, as government and university sites give their authors
        # ("Natural Resources Canada", "Office of Communications", "Ministry of Health",
        # "US Department of Commerce, NOAA, National Weather Service")
        "department",
        "service",
        "administration",
        "ministry",
        "agency",
        "office",
        "commission",
        "directorate",
        "secretariat",
        "resources",
        "development",
        "services",
    }
)

#: Phrases that end a byline and start something else ("Updated", "Published", a date cue).
#: Credits of people who are not the story's authors: a wire story's editors ("Reporting by
#: A; Editing by B"), the experts who checked a health or how-to page ("Medically reviewed
#: by"), casefolded. A byline part opening with one names no author.
NON_AUTHOR_CREDITS: tuple[str, ...] = (
    "editing by",
    "edited by",
    "additional reporting by",
    "with additional reporting by",
    "reviewed by",
    "medically reviewed by",
    "fact checked by",
    "fact-checked by",
    # the same reviewers' credits in other languages ("Revisado por <a>Dr. ...</a>, geriatra")
    "revisado por",
    "revisada por",
    "revisado médicamente por",
    "revisto por",
    "revisto clinicamente por",
    "geprüft von",
    "medizinisch geprüft von",
    "fachlich geprüft von",
    "relu par",
    "révisé par",
    "revisionato da",
    "rivisto da",
    "beoordeeld door",
    "gecontroleerd door",
    # Hindi "edited", "editing" ("संपादित: ...", "संपादन: ...")
    "संपादित",
    "संपादन",
    # a sponsor's credit on a paid post
    "sponsored by",
    "sponsorizzato da",
    "patrocinado por",
    "gesponsert von",
    "sponsorisé par",
)

BYLINE_STOPS: tuple[str, ...] = (
    "updated",
    "published",
    "posted",
    "last updated",
    "aktualisiert",
    "veröffentlicht",
    "publié le",
    "mis à jour",
    "actualizado",
    "publicado",
    "atualizado",
    "aggiornato",
    "pubblicato",
    # (the feminine forms, of "la nota", "a matéria": "Actualizada 18:45")
    "actualizada",
    "publicada",
    "atualizada",
    "aggiornata",
    "pubblicata",
    "follow",
    "share",
    # German pages give the time of the last change as "Stand: 12.03.2024, 14:05 Uhr"
    "stand",
    # a wire story's editors are not its authors ("Reporting by A; Editing by B"), nor a
    # Chinese page's duty editor ("责任编辑：李娜")
    *NON_AUTHOR_CREDITS,
    "责任编辑",
    "責任編輯",
    "责编",
    "責編",
)

#: Words that credit an editor, not an author, when they open a part of a byline after a
#: separator ("Penulis Rina Lestari, Editor Bambang Prasetyo"), lowercased.
EDITOR_CREDITS: tuple[str, ...] = (
    "editor",
    "editors",
    "redaktur",
    "penyunting",
    "editör",
    "редактор",
    "redactor",
    "redactora",
    "rédacteur",
    "redakteur",
    "redakteurin",
)

#: Legal forms that end a company's name ("Frankfurter Allgemeine Zeitung GmbH", "News Corp
#: Ltd", "Northfield Foods, Inc."): a name ending with one is no person, but an organisation
#: (an author only when no person is named). Compared casefolded, dots dropped; the short
#: ones only as written in capitals or with dots ("AG", "S.A."): "Anna As" is a person.
COMPANY_FORMS: frozenset[str] = frozenset(
    {
        "gmbh", "ltd", "limited", "llc", "inc", "corp", "corporation", "plc", "spa", "srl",
        "sarl", "sas", "pty",
        "llp", "pllc", "lllp",  # (law and accounting firms' partnerships: "... Stowe LLP")
        # (Central European: the Czech and Slovak "s.r.o.", the Hungarian "Kft.", "Zrt.",
        # "Nyrt.")
        "sro", "kft", "zrt", "nyrt",
    }
)  # fmt: skip
SHORT_COMPANY_FORMS: frozenset[str] = frozenset(
    {"ag", "kg", "se", "sa", "bv", "nv", "sl", "ab", "as", "asa", "oy", "kk", "co"}
    | {"doo"}  # (the Slovenian, Croatian and Serbian "d.o.o.")
)
#: Legal forms written in two words, read as one, dots and the space dropped: the Czech and
#: Slovak "spol. s r.o.", the Polish "sp. z o.o."
SPACED_COMPANY_FORMS: frozenset[str] = frozenset({"sro", "zoo"})
#: Words that open a publishing company's name ("Ediciones EL PAÍS", "Gruppo GEDI",
#: "Éditions Philippe Amaury"), casefolded.
COMPANY_OPENERS: frozenset[str] = frozenset(
    {"ediciones", "edicions", "editora", "edizioni", "éditions", "grupo", "gruppo", "groupe"}
)

#: Path segments of the pages a site keeps for each of its writers ("/author/jo-smith/",
#: "/reporter/kobayashi-michiko/"): a story's link to one names its author.
AUTHOR_PAGE_SEGMENTS: frozenset[str] = frozenset(
    {
        "author", "authors", "autor", "autoren", "autores", "auteur", "auteurs", "autore",
        "autori", "reporter", "reporters", "journalist", "journalists", "journalisten",
        "staff", "writer", "writers", "columnist", "columnists",
        # (The Conversation's authors, "/profiles/lena-hartwig-1234", in its republished copies)
        "profiles",
    }
)  # fmt: skip


#: Words of a trade a personal site's host adds to its owner's name ("lenaverhoevenphoto",
#: "janedoedesign"): the host still names a person, not an outlet.
OWNER_TRADE_WORDS: frozenset[str] = frozenset(
    {
        "photo", "photos", "photography", "photographer", "studio", "design", "designs",
        "art", "arts", "writes", "writer", "writing", "blog", "illustration", "music",
    }
)  # fmt: skip


#: Headings of a block listing the site's writers (a sidebar's columnists, each linked to
#: their page), normalised: the names there are no byline of the story. ("Авторы" and
#: "Authors" are left out: a story's own byline is labelled so, "Авторы Илья Громов, ...")
WRITERS_LIST_HEADINGS: frozenset[str] = frozenset(
    {
        "columnists", "our columnists", "our writers", "all columnists",
        "yazarlar", "köşe yazarları", "tüm yazarlar",  # Turkish
        "колумнисты", "наши колумнисты", "наши авторы",  # Russian
        "колумністи", "наші колумністи", "наші автори",  # Ukrainian
        "kolumnisten", "unsere kolumnisten", "chroniqueurs", "nos chroniqueurs",
        "columnistas", "editorialistas", "opinionisti", "felietoniści",
    }
)  # fmt: skip
#: Headings of a block of the story's own writers set beside or under it, each on a card of
#: their own (a law firm's client alert: "<h2>Authors</h2><ul><li class="person-card"><a
#: class="person-card__name">...</a><span>Partner</span>..."), normalised: the cards' names
#: are its byline. (No "Key Contacts" nor "Related Professionals": people to call, not the
#: writers.)
AUTHORS_BLOCK_HEADINGS: frozenset[str] = frozenset(
    {
        "author", "authors", "contributors", "written by",
        "autor", "autoren", "autorin", "autorinnen",  # German
        "auteur", "auteurs", "auteure", "auteures",  # French, Dutch
        "autores", "autora", "autoras",  # Spanish, Portuguese
        "autore", "autori",  # Italian
        "autorzy", "författare", "forfattere", "kirjoittajat",  # Polish, Nordic
    }
)  # fmt: skip
