"""Language evidence (data only): very frequent function words of Latin-script languages,
and the scripts that identify others. Words are lowercased; a word may belong to several
languages (the detector weighs the counts)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "and are for from have is of that the their this to was were which with has had not but by be it an on at"
    ),
    "de": _words(
        "auch auf das dem den der die eine einen für ist mit nicht sich und wird ein im zu von nach bei aus noch wie"
    ),
    "fr": _words(
        "aux avec cette dans des elle est le les pas pour qui sont sur une été la du un au ces mais ont ou leur plus"
    ),
    "es": _words(
        "como con del el este fue las los más para pero por que sus también una la en un se lo al según sobre entre desde hasta donde cuando muy"
    ),
    "it": _words(
        "alla anche che con dal degli dei della delle di gli il la nel nella non per più questo sono sul tra un una è"
    ),
    "pt": _words(
        "ao às com como da das do dos em entre foi já mais muito na nas no não os para pela pelo pelos quando que seu sobre sua são também um uma"
    ),
    "nl": _words(
        "aan bij dat deze een heeft het maar met naar niet nog om ook op te van voor werd wordt zijn"
    ),
    "sv": _words("att av den det ett för har inte med och också på som till är"),
    "da": _words("af at den det er et for har ikke med og også på som til"),
    "no": _words("av ble den det er et for har ikke med og også på som til"),
    "pl": _words("być do jak jest na nie oraz przez się także to w z że"),
    "cs": _words("by byl jako je jsou který na podle pro se také to že"),
    "tr": _words("bir bu da daha değil gibi ile için olan olarak ve çok"),
    "ro": _words("acest care cu din este fost mai nu pentru sunt în și"),
    "hu": _words("a az csak egy ezt hogy is meg nem van volt és"),
    "fi": _words("ei että hän ja kun mutta myös oli on ovat se tai"),
    "tl": _words("ang ng mga sa na at ay para kay ito hindi siya nang ni"),
    "vi": _words("của và các là trong được cho có những một với không này đã người"),
    "sw": _words("na ya wa kwa ni za katika la kuwa hiyo kama lakini"),
    "id": _words("akan dalam dan dari dengan di ini itu juga tidak untuk yang"),
    # languages that sites publish under a template's "en" or "es" (Welsh, Maltese, Basque,
    # Irish)
    "cy": _words("yr yn mae wedi bod ei eu hefyd roedd fydd gyda ond fel hyn ar am y ac"),
    "mt": _words("il li u ta fil tal għal huwa kien minn mill jew biex dan din kienet"),
    "eu": _words("eta da du dira izan zen ere bat baina egin behar dute dago zuen"),
    "ga": _words("agus atá bhí sé sí freisin go ag ar le is ní"),
}

#: (first code point, last code point, language) for scripts that name one language
#: (checked in order; kana before Han so that Japanese is not read as Chinese).
SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"),
    (0x4E00, 0x9FFF, "zh"),
    (0x0E00, 0x0E7F, "th"),
    (0x0590, 0x05FF, "he"),
    (0x0370, 0x03FF, "el"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0B80, 0x0BFF, "ta"),
    (0x0A00, 0x0A7F, "pa"),
    (0x0A80, 0x0AFF, "gu"),
    (0x0B00, 0x0B7F, "or"),
    (0x0C00, 0x0C7F, "te"),
    (0x0C80, 0x0CFF, "kn"),
    (0x0D00, 0x0D7F, "ml"),
    (0x0D80, 0x0DFF, "si"),
    (0x0E80, 0x0EFF, "lo"),
    (0x1000, 0x109F, "my"),
    (0x1780, 0x17FF, "km"),
    (0x1200, 0x137F, "am"),
    (0x10A0, 0x10FF, "ka"),
    (0x0530, 0x058F, "hy"),
    (0x0600, 0x06FF, "ar"),
    (0x0400, 0x04FF, "ru"),
)
#: Letters that single out a language within a shared script, tried in order: (letters any
#: of which the text holds, the language, letters none of which it holds).
DISTINCT_LETTERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    # (Persian's yeh and keheh, "ی" and "ک", are its commonest letters; Arabic writes "ي", "ك")
    "ar": (("پچژگیک", "fa", ""),),
    "ru": (
        ("әғқңөұүһ", "kk", ""),  # (Kazakh's "і" is Ukrainian's too: Kazakh first)
        ("іїєґ", "uk", ""),
        ("ђћ", "sr", ""),
        ("ѓќѕ", "mk", ""),
        ("ў", "be", ""),
        # Bulgarian writes "ъ" in many words and has no "ы" nor "э", which Russian text
        # never goes long without
        ("ъ", "bg", "ыэ"),
    ),
}
#: Languages written in one script (its detected name first): where a page declares one of a
#: group and its text is in that script, the declaration stands (Persian, Urdu and Arabic;
#: Bulgarian, Serbian and Russian cannot be told apart by their letters alone).
SHARED_SCRIPTS: tuple[frozenset[str], ...] = (
    frozenset({"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug"}),
    # (Uzbek, Turkmen and Azerbaijani are still written in Cyrillic too: "uz-Cyrl")
    frozenset(
        {"ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg", "tt", "ba", "uz", "tk", "az"}
    ),
    frozenset({"hi", "mr", "ne", "sa", "kok", "mai"}),
    frozenset({"bn", "as"}),
    frozenset({"he", "yi"}),
    frozenset({"am", "ti", "tig", "gez"}),  # Ethiopic: Amharic, Tigrinya, Tigre, Ge'ez
    frozenset({"zh", "yue", "wuu"}),
)
