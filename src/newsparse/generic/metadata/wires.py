"""Wire agencies: the names and abbreviations under which they are credited (data only).

Each entry maps a readable agency name to the spellings that credit it in bylines,
datelines ("(Reuters) -", "(AP) —") and credit lines. Spellings are matched whole-word,
case-sensitively for short abbreviations (so "AP" is not "ap" in running text).
"""

from __future__ import annotations

WIRE_AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": (
        "Reuters",
        "REUTERS",
        "Thomson Reuters",
        "رويترز",
        "رویترز",
        "רויטרס",
        "路透社",
        "路透",
    ),
    "Associated Press": (
        "Associated Press",
        "The Associated Press",
        "AP",
        "ASSOCIATED PRESS",
        "AP News",  # (its site's name: the agency's own copies there are no syndicated ones)
        "AP NEWS",
        "أسوشيتد برس",
        "اسوشيتد برس",
        "آسوشیتدپرس",
        "آسوشیتد پرس",
        "סוכנות הידיעות AP",
        "אי-פי",
        "美聯社",
        "美联社",
    ),
    "Agence France-Presse": (
        "Agence France-Presse",
        "Agence France Presse",
        "AFP",
        "فرانس برس",
        "أ ف ب",
        "ا ف ب",
        "خبرگزاری فرانسه",
        "סוכנות הידיעות הצרפתית",
        "法新社",
    ),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "United Press International": ("United Press International", "UPI"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa-infocom", "د ب أ"),
    "EFE": ("EFE", "Agencia EFE"),
    "Europa Press": ("Europa Press", "EUROPA PRESS"),
    "Servimedia": ("Servimedia",),
    "ACN": ("ACN", "Agència Catalana de Notícies"),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社"),
    "Kyodo News": ("Kyodo", "Kyodo News", "共同通信", "共同通信社"),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "연합뉴스"),
    "Newsis": ("Newsis", "뉴시스"),
    "News1": ("News1", "뉴스1"),
    "China News Service": ("China News Service", "中新社"),
    "TASS": ("TASS", "ТАСС"),
    "Interfax": ("Interfax", "Интерфакс"),
    "RIA Novosti": ("RIA Novosti", "РИА Новости"),
    # (Newsquest credits it "PA News Agency")
    "PA Media": ("PA Media", "Press Association", "PA", "PA News Agency", "PA Wire"),
    "The Canadian Press": (
        "The Canadian Press",
        "Canadian Press",
        "CP",
        "La Presse Canadienne",
        "Presse Canadienne",
    ),
    # (Algeria's is "واج" in Arabic)
    "APS": ("APS", "Agence de presse sénégalaise", "Algérie Presse Service", "واج"),
    "Australian Associated Press": ("Australian Associated Press", "AAP"),
    # Indian agencies as the Indian-language papers credit them: PTI in Marathi, Hindi,
    # Bengali, Tamil and Telugu, and "भाषा" (PTI-Bhasha, PTI's Hindi service); UNI's Hindi
    # service Univarta ("वार्ता").
    "Press Trust of India": (
        "Press Trust of India",
        "PTI",
        "पीटीआय",
        "पीटीआई",
        "पीटीआई-भाषा",
        "भाषा",
        "পিটিআই",
        "பிடிஐ",
        "పీటీఐ",
    ),
    "United News of India": (
        "United News of India",
        "UNI",
        "यूएनआय",
        "यूएनआई",
        "यूनीवार्ता",
        "वार्ता",
    ),
    "ANI": ("ANI", "Asian News International", "एएनआई"),
    "IANS": ("IANS", "Indo-Asian News Service", "आईएएनएस", "আইএএনএস"),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu Ajansı", "Anadolu", "AA", "الأناضول"),
    "AGI": ("AGI", "Agenzia Italia"),
    "Adnkronos": ("Adnkronos",),
    "LaPresse": ("LaPresse",),
    "askanews": ("askanews", "Askanews"),
    "Prensa Latina": ("Prensa Latina",),
    "Ukrinform": ("Ukrinform", "Укрінформ"),
    "BelTA": ("BelTA", "БелТА"),
    "UNIAN": ("UNIAN", "УНІАН"),
    "BTA": ("BTA", "БТА"),
    "HINA": ("HINA", "Hina"),
    "Tanjug": ("Tanjug", "Танјуг"),
    "Beta": ("Beta", "Бета"),
    "SRNA": ("SRNA", "СРНА"),
    "STA": ("STA", "Slovenska tiskovna agencija"),
    "FENA": ("FENA",),
    "MINA": ("MINA", "Mina"),
    "BNS": ("BNS",),
    "ANA-MPA": ("ANA-MPA", "ΑΠΕ-ΜΠΕ"),
    "Cyprus News Agency": ("Cyprus News Agency", "ΚΥΠΕ"),
    "DHA": ("DHA", "Demirören Haber Ajansı"),
    "İHA": ("İHA", "IHA", "İhlas Haber Ajansı"),
    "TAK": ("TAK", "Türk Ajansı Kıbrıs"),
    "LETA": ("LETA",),
    "ELTA": ("ELTA",),
    "Vietnam News Agency": ("Vietnam News Agency", "VNA", "TTXVN"),
    "IRNA": ("IRNA", "ایرنا"),
    "ISNA": ("ISNA", "ایسنا"),
    "Tasnim": ("Tasnim", "تسنیم"),
    # The Arab agencies, also as the Arabic papers credit them: by the short names they go
    # by in Arabic ("أبوظبي - وام", "الكويت - كونا") or in full ("وكالة أنباء الإمارات").
    "WAM": ("WAM", "Emirates News Agency", "وام", "وكالة أنباء الإمارات"),
    "Saudi Press Agency": ("Saudi Press Agency", "SPA", "واس", "وكالة الأنباء السعودية"),
    "QNA": ("QNA", "Qatar News Agency", "قنا", "وكالة الأنباء القطرية"),
    "KUNA": ("KUNA", "Kuwait News Agency", "كونا", "وكالة الأنباء الكويتية"),
    "Bahrain News Agency": ("Bahrain News Agency", "BNA", "بنا", "وكالة أنباء البحرين"),
    # (its short Arabic credit, "العمانية", "the Omani", is also a common word: left out)
    "Oman News Agency": ("Oman News Agency", "وكالة الأنباء العمانية"),
    "MENA": ("MENA", "Middle East News Agency", "أ ش أ", "وكالة أنباء الشرق الأوسط"),
    # (Jordan's "Petra" is a given name too: only in Arabic and in full)
    "Petra": ("Jordan News Agency", "بترا", "وكالة الأنباء الأردنية"),
    "SANA": ("SANA", "Syrian Arab News Agency", "سانا", "وكالة الأنباء السورية"),
    "Lusa": ("Lusa", "Agência Lusa"),
    "Agência Brasil": ("Agência Brasil",),
    "Estadão Conteúdo": ("Estadão Conteúdo", "Agência Estado"),
    "Folhapress": ("Folhapress", "FOLHAPRESS"),
    "Noticias Argentinas": ("Noticias Argentinas", "Agencia Noticias Argentinas"),
    "Télam": ("Télam", "TÉLAM", "Agencia Télam"),
    "Colprensa": ("Colprensa",),
    "Andina": ("Agencia Andina",),
    "Notimex": ("Notimex",),
    "APA": ("APA", "Austria Presse Agentur"),
    "Keystone-SDA": ("Keystone-SDA", "SDA", "ATS", "Keystone-ATS"),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "AFX": ("dpa-AFX", "AFX"),
    "Belga": ("Belga",),
    "ANP": ("ANP",),
    "NTB": ("NTB",),
    "TT": ("TT Nyhetsbyrån", "TT"),
    "Ritzau": ("Ritzau",),
    "STT": ("STT",),
    "ČTK": ("ČTK", "CTK"),
    "PAP": ("PAP",),
    "MTI": ("MTI",),
    "Agerpres": ("Agerpres",),
    # (Slovakia's public agency and its private one)
    "TASR": ("TASR", "Tlačová agentúra Slovenskej republiky"),
    "SITA": ("SITA", "Slovenská tlačová agentúra"),
    # (abbreviations that name other things too, only in full: North Macedonia's "MIA",
    # Russia's "МИА «Россия сегодня»" too; Albania's "ATA"; the Philippines' "PNA", also the
    # Palestinian National Authority; Palestine's "وفا", also a word, "loyalty")
    "MIA": ("Macedonian Information Agency", "Медиумска информативна агенција"),
    "ATA": ("Albanian Telegraphic Agency", "Agjencia Telegrafike Shqiptare"),
    "Moldpres": ("Moldpres", "Agenția Moldpres"),
    "Mediafax": ("Mediafax",),
    "Philippine News Agency": ("Philippine News Agency",),
    "KCNA": ("KCNA", "Korean Central News Agency"),
    "WAFA": ("WAFA", "وكالة الأنباء والمعلومات الفلسطينية"),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    # (its readable name in full: "CNA" is also Singapore's Channel NewsAsia)
    "Central News Agency": ("Central News Agency", "中央社"),
    "Jiji Press": ("Jiji Press", "Jiji", "時事通信", "時事通信社"),
    "WENN": ("WENN",),
    "Tribune News Service": ("Tribune News Service",),
    # (member stations run its copy: "(CNN) —", "Name, CNN", "The-CNN-Wire™ & © ... Cable
    # News Network"; on cnn.com it is the page's own name)
    "CNN": ("CNN", "CNN Wire", "CNN Newsource", "The-CNN-Wire", "Cable News Network"),
    "Dow Jones Newswires": ("Dow Jones Newswires", "Dow Jones"),
    "PR Newswire": ("PR Newswire", "PRNewswire"),
    "Business Wire": ("Business Wire", "BUSINESS WIRE"),
    "GlobeNewswire": ("GlobeNewswire", "GLOBE NEWSWIRE"),
    # (the other release distributors; a dateline credits them as "/EINPresswire.com/")
    "EIN Presswire": ("EIN Presswire", "EINPresswire", "EINPresswire.com"),
    "ACCESSWIRE": ("ACCESSWIRE", "ACCESS Newswire"),
    "Newsfile": ("Newsfile", "Newsfile Corp."),
    "News Agency of Nigeria": ("News Agency of Nigeria", "NAN"),
    "Ghana News Agency": ("Ghana News Agency", "GNA"),
    "Agence ivoirienne de presse": ("Agence ivoirienne de presse", "AIP"),
    "Maghreb Arabe Presse": ("Maghreb Arabe Presse", "MAP", "و م ع"),
    # (South Africa's: "ANA" alone, as its copy signs; the Greek agency is "ANA-MPA")
    "African News Agency": ("African News Agency", "ANA"),
    "South African Press Association": ("South African Press Association", "SAPA", "Sapa"),
    "Tunis Afrique Presse": (
        "Tunis Afrique Presse",
        "Agence Tunis Afrique Presse",
        "TAP",
        "وات",
    ),
    "United News of Bangladesh": ("United News of Bangladesh", "UNB"),
    "BSS": ("Bangladesh Sangbad Sangstha", "BSS"),
    # Pakistan's agencies, also as the Urdu papers credit them ("کراچی (پی پی آئی)"; not
    # "آن لائن", Online's, which is also a common word)
    "Associated Press of Pakistan": ("Associated Press of Pakistan", "APP", "اے پی پی"),
    "Pakistan Press International": ("Pakistan Press International", "PPI", "پی پی آئی"),
    # Central Asia, the Caucasus and East Africa
    "AZERTAC": ("AZERTAC", "AZƏRTAC", "AzerTAc", "АЗЕРТАДЖ"),
    "Kazinform": ("Kazinform", "Qazinform", "Казинформ"),
    "UzA": ("UzA", "ЎзА", "O'zA", "Oʻzbekiston milliy axborot agentligi"),
    "Khovar": ("Khovar", "Ховар"),
    "Kabar": ("Kabar", "Кабар"),
    "Montsame": ("Montsame", "MONTSAME", "МОНЦАМЭ"),
    "Armenpress": ("Armenpress", "Արմենպրես"),
    "Ethiopian News Agency": ("Ethiopian News Agency", "ENA", "ኢዜአ"),
    "Kenya News Agency": ("Kenya News Agency",),
    # the Caribbean's regional wire
    "Caribbean Media Corporation": ("Caribbean Media Corporation", "CMC"),
    # a network whose stories its member stations run
    "NPR": ("NPR", "National Public Radio"),
    # the religious press's wires
    "Jewish Telegraphic Agency": ("Jewish Telegraphic Agency", "JTA", "JTA.org"),
    "OSV News": ("OSV News",),
    "Catholic News Service": ("Catholic News Service", "CNS"),
    "Religion News Service": ("Religion News Service", "RNS"),
    # syndicates of health news and of columns
    "HealthDay": ("HealthDay", "HealthDay News"),
    "Tribune Content Agency": ("Tribune Content Agency",),
    "Project Syndicate": ("Project Syndicate",),
    "Creators Syndicate": ("Creators Syndicate", "Creators.com"),
    "King Features Syndicate": ("King Features Syndicate", "King Features"),
    "Washington Post Writers Group": ("Washington Post Writers Group",),
}

#: Words before an agency's name that credit the copy to it ("Da Folhapress", "Do Estadão
#: Conteúdo": Portuguese "from"; "(Avec MAP)", "(With AFP)", "Con EFE": the agency's copy
#: drawn on, no person), casefolded.
WIRE_CREDIT_PREPOSITIONS: frozenset[str] = frozenset(
    {"da", "do", "dalla", "dall'", "avec", "with", "con", "com", "mit"}
)

#: Words before the agencies' names on a line crediting their copy drawn on ("Mit Material
#: der dpa", "Mit Material von dpa und AFP": German "with material from"), casefolded (the
#: longer first where one opens another).
WIRE_MATERIAL_CREDITS: tuple[str, ...] = (
    "mit material der ", "mit material von ",
    # Portuguese and Spanish "with information from": "Com informações da Agência Brasil",
    # "Com informações de Reuters", "Con información de EFE"
    "com informações da ", "com informações do ", "com informações de ",
    "con información de ", "con información del ", "con informaciones de ",
)  # fmt: skip

#: Words joining the agencies such a line credits ("dpa und AFP"), casefolded.
WIRE_LIST_JOINERS: tuple[str, ...] = (" und ", ", ")

#: Words before an agency's name in the brackets closing a story that draws on its copy
#: ("(Theo Reuters)": Vietnamese "according to"; "(according to AFP)", "(selon l'AFP)").
WIRE_CREDIT_WORDS: tuple[str, ...] = ("theo", "according to", "selon", "según", "segundo")

#: Words after an agency's name that credit its service, not another agency ("Reuters News
#: Service", "AFP News Agency"), casefolded.
WIRE_SERVICE_SUFFIXES: tuple[str, ...] = ("news service", "news agency", "wire service")

#: Networks whose member stations run their stories, by their readable names: "Copyright 2024
#: NPR", the word and the name alone, is the network's credit as its stations print it, not
#: a wire agency's rights notice ("Copyright 2025 Thomson Reuters.").
MEMBER_STATION_NETWORKS: frozenset[str] = frozenset({"NPR", "CNN"})

# Every spelling of every agency.
WIRE_SPELLINGS: frozenset[str] = frozenset(
    spelling for spellings in WIRE_AGENCIES.values() for spelling in spellings
)

#: Japanese papers credit an agency's copy in the bracketed dateline that opens it, by the
#: agency's short name after the place: "【ワシントン共同】", "【ソウル時事】".
BRACKET_DATELINE_CREDITS: dict[str, str] = {"共同": "Kyodo News", "時事": "Jiji Press"}

#: The names of agencies' own news sites, which credit the agency on its own pages (a
#: "来源：新华网" line on Xinhua's Xinhuanet is no syndication); not credits elsewhere.
AGENCY_SITE_NAMES: dict[str, tuple[str, ...]] = {
    "Xinhua": ("新华网", "Xinhuanet", "Xinhua Net"),
    "China News Service": ("中国新闻网", "中新网"),
    "Yonhap": ("연합뉴스TV",),
}
