"""Reading a byline: "By Jane Doe and John Roe, Associated Press | Updated 5 June" into the
names of people (["Jane Doe", "John Roe"]) and the wire agencies it credits."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse.generic.cues.scripts import (
    CJK_CHARACTER,
    CJK_CHARACTERS,
    ETHIOPIC_PREFACE_COLON,
    HEBREW_AND_ARABIC,
    KANA_AND_HAN,
    SPACELESS_ALPHABETS,
    WORD_MARKS,
)
from newsparse.generic.metadata.byline_words import (
    AGENCY_DESK_PLACES,
    ATTACHED_JOINER_NAME_WORDS,
    ATTACHED_NAME_JOINERS,
    BRACKETED_CREDIT_ROLES,
    BY_POSTPOSITIONS,
    BYLINE_CUES,
    BYLINE_FIELD_LABELS,
    BYLINE_STOPS,
    CJK_NOT_NAMES,
    CJK_OUTLET_ENDINGS,
    CJK_REPORTER_ROLES,
    CJK_ROLES_AFTER_NAME,
    CJK_ROLES_BEFORE_NAME,
    CJK_UNIT_ENDINGS,
    COMPANY_FORMS,
    COMPANY_OPENERS,
    CREDENTIALS,
    DATE_CONNECTORS,
    DESK_NOUNS,
    EDITOR_CREDITS,
    GRAPHICS_CREDIT_WORDS,
    HONORIFICS,
    JOB_TITLE_WORDS,
    MAX_WORDS_BEFORE_CUE,
    NAME_JOINERS,
    NICKNAME_QUOTES,
    NO_PERSON_NAMES,
    NOISE_WORDS,
    NOISE_WORDS_ALSO_NAMES,
    NON_AUTHOR_CREDITS,
    OUTLET_NAME_ENDINGS,
    PHOTO_CREDIT_LINKS,
    PHOTO_CREDIT_MARKS,
    PHOTO_CREDIT_WORDS,
    PLACE_PREPOSITIONS,
    ROLE_WORDS,
    SHORT_COMPANY_FORMS,
    SHORT_JOINERS,
    SIMPLIFIED_CHINESE_ROLES,
    SITE_DESK_WORDS,
    SPACED_COMPANY_FORMS,
    VISUAL_ROLE_LABELS,
    WEAK_BYLINE_CUES,
)
from newsparse.generic.metadata.date_words import (
    BIKRAM_SAMBAT_MONTHS,
    MODIFIED_CUES,
    MONTHS,
    PUBLISHED_CUES,
    WEEKDAYS,
)
from newsparse.generic.metadata.patterns import longest_first
from newsparse.generic.metadata.wires import (
    WIRE_AGENCIES,
    WIRE_CREDIT_PREPOSITIONS,
    WIRE_LIST_JOINERS,
    WIRE_MATERIAL_CREDITS,
    WIRE_SERVICE_SUFFIXES,
    WIRE_SPELLINGS,
)
from newsparse.page import collapse_whitespace

# The marks that close a label: colons (Latin, CJK, Armenian, Khmer "៖", Ethiopic "፡" and
# "፦"), bars, Tibetan's shad ("རྩོམ་པ་པོ། <name>") and the Japanese middle dot ("聞き手・
# <name>").
LABEL_MARKS = f":：՝|｜៖፡{ETHIOPIC_PREFACE_COLON}།・"
BYLINE_CUE = re.compile(
    rf"^(?:(?:[^\W\d_][\w-]*\s+){{1,{MAX_WORDS_BEFORE_CUE}}}(?=by\s))?"
    # (the cue's mark may be a dash before a space: "كتب- رامي النوبي", or the full-width
    # comma of a Chinese field label read out to screen readers: "作者，陈颖")
    rf"(?P<cue>{longest_first(BYLINE_CUES)})(?:\s*[{LABEL_MARKS}，]\s*|\s*-\s+|\s+)",
    re.I,
)
# A byline written as a labelled field anywhere in a metadata line ("2024-04-12 来源：江南日报
# 作者：陈思远", "12. 4. 2024 Autor: Jan Novák Foto: ČTK"): the cue, a colon and the value,
# up to the next "label:" field.
LABELLED_BYLINE = re.compile(
    rf"(?:^|\s)(?P<field>(?:{longest_first(BYLINE_CUES)})\s*[:：]\s*\S.*?)(?=\s+\S+\s*[:：]|$)",
    re.I,
)
# A byline after the date of a metadata line ("Posted on May 2, 2024 by Jo Lindqvist",
# WordPress's default; "Publié le 2 mai 2024 à 10h par Jean Dupont"): a strong cue right
# after the date's last number, or after its time's "am"/"pm"/"h", and then a word ("Seite 1
# von 3" is no byline).
DATED_BYLINE = re.compile(
    r"\d(?:\s*(?:[ap]\.?m\.?|h|uhr))?,?\s+"
    rf"(?P<field>(?:{longest_first(set(BYLINE_CUES) - WEAK_BYLINE_CUES)})\s+[^\W\d_].*)$",
    re.I,
)
# A byline with no cue on the dated line under the headline, as Indian portals write it: a
# name of capitalised words, "in" and the place it was filed from, then the date after a bar
# or a dash ("Sanjay Khurana in Pune | October 14, 2008 12:40 IST").
PLACED_BYLINE = re.compile(
    r"(?P<field>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+in\s+[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,2})\s+[|–—-]\s+(?P<date>\S.*\d.*)"
)
# Cues that are also name particles or names ("Di Maio", "Von Braun", "Av", the Nordic "Per
# Ekdahl"): stripped only when a full name follows.
_PARTICLE_CUES = (
    frozenset({"di", "von", "av", "af", "door", "par", "por", "per"}) | WEAK_BYLINE_CUES
)


def strip_cue(text: str) -> str:
    """``text`` without its opening byline cue ("By ", "Par ", "Von ", "Analysis by ")."""
    match = BYLINE_CUE.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    if (
        match.group("cue").casefold() in _PARTICLE_CUES
        and len(rest.split()) < 2
        and not wire_name(rest)  # ("Par AFP": the agency's credit)
    ):
        return text
    return rest


# Letters that have capitals no one writes names with (Georgian Mkhedruli).
_UNCASED_IN_NAMES = re.compile("[\u10d0-\u10ff]")
_NON_AUTHOR_OPENER = re.compile(rf"\s*(?:{longest_first(NON_AUTHOR_CREDITS)})\b", re.I)
# A wire story's closing credit in brackets, "(Reporting by A and B in Paris; Additional
# reporting by C; Editing by D)", and in it each part that credits reporters (the editors'
# parts are no match).
CLOSING_CREDIT = re.compile(r"\(([^()]{0,400}?\b(?:reporting|writing)\s+by\b[^()]{0,400})\)", re.I)
REPORTERS_CREDIT = re.compile(
    r"\s*(?:additional\s+)?(?:reporting|writing|reporting\s+and\s+writing)\s+by\s+(?P<names>.+)",
    re.I,
)
# The same credit right before a name ("<span>Reviewed by</span> <a>Victor Alvarez</a>").
NON_AUTHOR_CREDIT_BEFORE = re.compile(rf"\b(?:{longest_first(NON_AUTHOR_CREDITS)})\s*:?\s*$", re.I)
# A visual role's label alone before a name, the whole of the words before it or after a
# separator ("<span>Fotografia</span> <a>...</a>"; "Texto e fotografia" credits the writer).
VISUAL_ROLE_BEFORE = re.compile(
    rf"(?:^|[|·•,;/]\s*)(?:{longest_first(VISUAL_ROLE_LABELS)})\s*:?\s*$", re.I
)
# ...and anywhere in a list of names, with the comma before it ("A, B, editing by C").
NON_AUTHOR_CREDIT_WITHIN = re.compile(rf"[,.]?\s*\b(?:{longest_first(NON_AUTHOR_CREDITS)})\b", re.I)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_PARENS = re.compile(r"\(([^()]{0,200})\)|\[([^\[\]]{0,200})\]")
_DIGIT_TAIL = re.compile(r"\s\S*\d.*$")
# (with the weekday before it: "..., Associated Press Writer Sat May 31, 10:14 PM ET")
_DATE_TAIL = re.compile(
    rf"(?:^|\s)(?:(?:{longest_first(WEEKDAYS)})\.?,?\s+)?"
    rf"(?:{longest_first((*MONTHS, *BIKRAM_SAMBAT_MONTHS))})\.?\s+\d.*$",
    re.I,
)
# Lowercase words allowed inside names ("Michiel de Jong", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "te",
        "le",
        "la",
        "bin",
        "bint",
        "al",
        "el",
        "ben",
        "y",
        "e",
        "zu",
        "af",
        "st.",
    }
)
# A reporter's place after the name, set off by a preposition only: "Tom Reid in Kisumu".
_PLACE_TAIL = re.compile(
    r"(?<=[^\W\d_])\s+(?:in|from|aus|en|em)\s+(?=[^\W\d_])(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*){1,3}$"
)
# A name has at most this many words (two more with particles).
_MAX_NAME_WORDS = 5
# (the dateline's cues in every language end a byline run on into it: "Av Erik Lindqvist
# Publicerad 12 mars 2024")
_STOP = re.compile(
    rf"\b(?:{longest_first((*BYLINE_STOPS, *PUBLISHED_CUES, *MODIFIED_CUES))})(?!\w).*$"
    # (an editor's credit opening a part: "..., Editor Bambang Prasetyo")
    rf"|(?:^|(?<=[,;|]))\s*(?:{longest_first(EDITOR_CREDITS)})\b.*$",
    re.I,
)
_SEGMENT_BREAKS = re.compile(r"\s*(?:[|•·●◆▪︎]|\s[–—-]\s|\n|(?<=[^\W\d_]{3})\.\s+)\s*")
_JOINER_WORD = rf"(?i:{longest_first(NAME_JOINERS)})|(?:{'|'.join(SHORT_JOINERS)})"


def _spelt(form: str) -> str:
    """A pattern of a legal form's letters, each perhaps followed by a dot ("spa": "SpA",
    "S.p.A.")."""
    return r"\.?".join(map(re.escape, form)) + r"\.?"


# A company's legal form after its name, as a pattern: the long ones in any case ("Inc.",
# "GmbH", "LLC"), the short ones in capitals ("AG", "S.A.") or capitalised with a dot
# ("Co."), and only where their part ends ("By Jane Doe, SE Asia editor" names no company).
LEGAL_FORM = (
    rf"(?:(?i:{'|'.join(_spelt(form) for form in sorted(COMPANY_FORMS, key=len, reverse=True))})"
    r"(?!\w)|(?:"
    + "|".join(
        f"{_spelt(form.upper())}|{re.escape(form.capitalize())}\\."
        for form in sorted(SHORT_COMPANY_FORMS, key=len, reverse=True)
    )
    + r")(?=\s*(?:[,;|/)]|$)))"
)
# An organisation's name and its legal form, perhaps after a comma ("Northfield Foods, Inc.",
# "Halvorsen Robotik GmbH"): one name, never a person's nor "Family, Given".
_COMPANY = re.compile(rf"(?P<name>[^\W\d_][^,;]{{0,60}}?)(?:,\s*|\s+){LEGAL_FORM}\s*")
# (a joiner after a comma is one joint: "By Jane Doe, Health Reporter, and John Roe"; a
# comma before a legal form is none: "Halvorsen Robotics, Inc." is one company)
_JOINERS = re.compile(
    rf"\s*(?:,(?!\s*{LEGAL_FORM})|[;、，/،])\s*(?:(?:{_JOINER_WORD})\s+)?|\s+(?:{_JOINER_WORD})\s+"
)
# A Chinese byline's place of reporting after the name ("／洛杉磯報導", "/综合报道", " 发自武汉",
# " 报道").
_CJK_REPORTED_FROM = re.compile(
    r"\s*(?:[／/][^／/]{0,12}(?:報導|報道|报道)|\s(?:发自|發自)\S{1,12}|\s(?:報導|報道|报道))\s*$"
)
# An "and" joined to the next name, in the scripts that write it so.
_ATTACHED_JOINER = re.compile(rf"\s(?:{'|'.join(ATTACHED_NAME_JOINERS)})(?=[{HEBREW_AND_ARABIC}])")
# "avec ..." / "with ..." opening a parenthesis: more names.
# A byline's joiners of names other than a comma ("and", "&", ";"), anywhere in a segment.
_JOINER_WORDS = re.compile(rf"\s(?:{_JOINER_WORD})\s")
_LIST_MARKS = re.compile(r"[;、，/،]")
_JOINER_FIRST = re.compile(rf"(?i:{longest_first(NAME_JOINERS)})\s")
_DIGIT = re.compile(r"\d")
_CAPITALISED_ENGLISH_CONNECTORS = frozenset({"On", "At"})
# (a name's word may hold the vowel signs of Thai and Indic scripts: "ใจดี", "शर्मा")
_WORD = re.compile(rf"[^\W\d_][\w'’.\-{WORD_MARKS}]*")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_GLUED = re.compile(r"[a-zà-ÿ]{2}[A-ZÀ-Þ][a-zà-ÿ]")
_CAPITAL_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O')[A-Z]")
# Family and given name with one space between them, in Han or kana ("黒田 健一").
_SPACED_CJK_NAME = re.compile(f"[{KANA_AND_HAN}]{{1,4}} [{KANA_AND_HAN}]{{1,4}}")
_CJK_ROLE = re.compile(
    f"^(?:{'|'.join(CJK_ROLES_BEFORE_NAME)})|(?:{'|'.join(CJK_ROLES_AFTER_NAME)})$"
)
# Names of scripts written without spaces are one word ("ဇော်မျိုးအောင်", "བསྟན་འཛིན་ནོར་བུ").
_SPACELESS = re.compile(f"[{CJK_CHARACTERS}{SPACELESS_ALPHABETS}]")
_SIMPLIFIED_ROLE = re.compile("|".join(SIMPLIFIED_CHINESE_ROLES))
# The byline cues of CJK scripts, alone in a part ("作者 | 林书瑶"): no name.
_CJK_CUES = frozenset(cue for cue in BYLINE_CUES if CJK_CHARACTER.search(cue))
_CUE_WORDS = frozenset(cue.casefold() for cue in BYLINE_CUES)
# The words that open a paper's name run on after a reporter's.
_OUTLET_OPENERS = frozenset({"The", "for", "For", "FOR"})
# A Korean, Japanese or Chinese byline written as the name, then the role ("홍길동 기자",
# "山田太郎記者") inside a line of other fields (no opening cue to find it by).
TRAILING_ROLE_BYLINE = re.compile(
    rf"(?:^|\s)(?P<field>[{CJK_CHARACTERS}]{{2,6}}\s?"
    rf"(?:{'|'.join(CJK_REPORTER_ROLES)}))(?=$|[\s,，、|/·])"
)

# The same with the role first ("칼럼니스트 박생강"), as a whole line.
LEADING_ROLE_BYLINE = re.compile(rf"(?:{'|'.join(CJK_REPORTER_ROLES)})\s?[{CJK_CHARACTERS}]{{2,6}}")

# A Chinese reporters' credit in brackets: a few words (the agency's, "本报"), the role, the
# names, and perhaps "／" with where they report from ("〔記者王小明／台北報導〕").
_BRACKETED_CREDIT = re.compile(
    r"[（(〔【\[][^\s（(〔【\[）)〕】\]]{0,12}?"
    rf"(?:{'|'.join(BRACKETED_CREDIT_ROLES)})\s*"
    r"(?P<names>[^\W\d_]{2,6}(?:\s*[、，,\s]\s*[^\W\d_]{2,6}){0,5})"
    r"(?:\s*[／/][^）)〕】\]]{0,20})?[）)〕】\]]"
)
_MAX_CREDIT_START = 40
# A Chinese name is of this many characters (a surname, one or two given ones; a double
# surname).
_MIN_HAN_NAME = 2
_MAX_HAN_NAME = 4

# "photos by", "Photographs by", "Photo:", "Fotos von": a photo credit starts (anywhere in a
# byline: "By Jane Doe Photographs by John Roe" when two byline blocks are read as one).
_PHOTO_CREDIT = re.compile(
    rf"(?<![\w-])(?:{longest_first((*PHOTO_CREDIT_WORDS, *GRAPHICS_CREDIT_WORDS))})"
    rf"(?:\s*[:：]\s*|\s+(?:{longest_first(PHOTO_CREDIT_LINKS)})\s+)",
    re.I,
)
# "Story and photos by Jane Doe", "Texte et photos : ...": one word and a joiner before the
# photo credit make it a credit for the story too.
_STORY_AND_PHOTOS = re.compile(rf"\W*[^\W\d_]+\s+(?i:{longest_first(NAME_JOINERS)})\s+")

# (an agency's acronym only in capitals: "Carlos Mena" is no reporter of MENA's)
_WIRE_SUFFIX = re.compile(
    r"[\s,]+(?i:the\s+)?("
    + longest_first(s for s in WIRE_SPELLINGS if len(s) >= 4 and s.isupper())
    + "|(?i:"
    + longest_first(s for s in WIRE_SPELLINGS if len(s) >= 4 and not s.isupper())
    + r"))\s*$"
)
# "AP Auto Writer", "Ap National Political Writer" (title-cased by some CMSs): an agency
# abbreviation followed by a job title is the agency's staff credit, whatever its case.
_WIRE_ROLE = re.compile(
    r"(?:^|\s)(?i:("
    + longest_first(WIRE_SPELLINGS)
    + r"))\s+(?:[\w-]+\s+){0,3}?(?i:"
    + "|".join(sorted(w for w in ROLE_WORDS if w.isascii()))
    + r")$"
)
# "Camille Roe, AFP Belgique", "Jane Doe, AP Washington": after a name, an agency's office
# (the agency as spelt, then a capitalised place of one or two words) is its credit.
_WIRE_OFFICE = re.compile(
    r"(" + longest_first(WIRE_SPELLINGS) + r")(?:\s+(?=[^\W\d_])[^\W\d_a-z][\w-]*){1,2}"
)
# "Jo Roe - La Presse canadienne à Québec", "Jo Roe, The Canadian Press in Ottawa": after a
# name, a credit then a place preposition and a capitalised place of up to three words (the
# agency's bureau).
_WIRE_BUREAU = re.compile(
    r"(?P<credit>.+?)\s+(?:"
    + longest_first(PLACE_PREPOSITIONS)
    + r")\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"
)
# "Léa Moreau, AMP France": an agency's acronym (three to five capitals) and its desk's
# country or region, a part no person's name (checked against ``AGENCY_DESK_PLACES``).
_AGENCY_DESK = re.compile(r"[A-Z]{3,5}\s+(?P<place>[^\W\d_]+)")
_WIRE_NAMES: dict[str, str] = {
    spelling.casefold(): name for name, spellings in WIRE_AGENCIES.items() for spelling in spellings
}


def join_lines(lines: list[str]) -> str:
    """A byline written on several lines (``<br>``) as one text: a comma ends each line, for
    a line break separates a name from its role ("By Jim Harlow" / "Courier Staff Writer"),
    except after a cue or a separator ("By" / "Jim Harlow") and before a joiner ("and ...")."""
    text = ""
    for line in filter(None, (collapse_whitespace(line) for line in lines)):
        if text and not (
            text[-1] in ",;:|/&–—-" or BYLINE_CUE.fullmatch(text + " ") or _JOINER_FIRST.match(line)
        ):
            text += ","
        text = f"{text} {line}" if text else line
    return text


def is_company_name(name: str) -> bool:
    """The name ends with a company's legal form ("GmbH", "Ltd.", "Inc.", "S.A.", "AG"; the
    short ones only as companies write them: "Anna As" is a person), or opens with a
    publishing company's word ("Ediciones EL PAÍS")."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[0].casefold() in COMPANY_OPENERS:
        return True
    last = words[-1]
    form = last.replace(".", "").replace(",", "").casefold()
    return (
        form in COMPANY_FORMS
        or (form in SHORT_COMPANY_FORMS and (last.isupper() or "." in last))
        or (
            # ("spol. s r.o.": a one-letter word before the dotted rest)
            "." in last
            and len(words[-2]) == 1
            and f"{words[-2].casefold()}{form}" in SPACED_COMPANY_FORMS
        )
    )


def company_name(text: str) -> str:
    """An organisation's name without its legal form ("Northfield Foods, Inc." -> "Northfield
    Foods"); ``text`` itself when it ends with none."""
    company = _COMPANY.fullmatch(text)
    return company["name"] if company else text


def wire_name(text: str) -> str | None:
    """The readable agency name when ``text`` is exactly a wire agency's credit (perhaps
    with its service's words after it: "Reuters News Service")."""
    stripped = text.strip(" .,;:-–—()").removeprefix("the ").removeprefix("The ")
    found = _WIRE_NAMES.get(stripped.casefold())
    if found is None and stripped.casefold().startswith("the "):
        found = _WIRE_NAMES.get(stripped[4:].casefold())
    if found is None:
        first, _, rest = stripped.partition(" ")
        if rest and first.casefold() in WIRE_CREDIT_PREPOSITIONS:
            found = _WIRE_NAMES.get(rest.casefold())
    folded = stripped.casefold()
    if found is None and folded.endswith(WIRE_SERVICE_SUFFIXES):
        # ("Reuters News Service": the agency under its service's name)
        suffix = next(suffix for suffix in WIRE_SERVICE_SUFFIXES if folded.endswith(suffix))
        found = _WIRE_NAMES.get(folded.removesuffix(suffix).rstrip())
    if found is None and folded.startswith(WIRE_MATERIAL_CREDITS):
        found = _material_credit_wire(folded)
    if found is None:
        found = _spelt_out_wire(text)
    return found


# "African News Agency (ANA)": an agency's name with its abbreviation in brackets after it.
_NAME_AND_ABBREVIATION = re.compile(r"\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*")


def _spelt_out_wire(text: str) -> str | None:
    """The agency a credit names in full and then by its abbreviation in brackets ("African
    News Agency (ANA)"), when both spell the same agency."""
    match = _NAME_AND_ABBREVIATION.fullmatch(text)
    if match is None:
        return None
    found = _WIRE_NAMES.get(match.group(1).casefold())
    return found if found and found == _WIRE_NAMES.get(match.group(2).casefold()) else None


def _material_credit_wire(folded: str) -> str | None:
    """The first agency a line crediting their copy names ("mit material von dpa und afp"),
    when it names agencies only."""
    opener = next(words for words in WIRE_MATERIAL_CREDITS if folded.startswith(words))
    names = [folded[len(opener) :]]
    for joiner in WIRE_LIST_JOINERS:
        names = [part for name in names for part in name.split(joiner)]
    found = [_WIRE_NAMES.get(name.strip()) for name in names]
    return found[0] if all(found) else None


# "K. B./STA", "kb/Hina": an editor's initials and the agency whose copy the story is, the
# line closing it.
_INITIALS_AND_WIRE = re.compile(
    r"^\s*((?:[^\W\d_]{1,2}\.\s*){1,3}|[^\W\d_]{2,3})\s*/\s*([^/]{2,40})$"
)


# "/ritzau/", "/NTB/", "/TT/": a Nordic paper's sign-off under wire copy, the agency between
# slashes, perhaps with a foreign agency it drew on after it ("/ritzau/AFP").
_SLASHED_WIRE = re.compile(r"^\s*/\s*([^/]{2,30}?)\s*/\s*([^/]{2,30})?\s*$")


def slashed_wire_name(text: str) -> str | None:
    """The agency a sign-off in slashes names ("/ritzau/", "/ritzau/AFP"), when every name
    in it is an agency's."""
    match = _SLASHED_WIRE.match(text)
    if match is None or (match.group(2) and wire_name(match.group(2)) is None):
        return None
    return wire_name(match.group(1))


def initials_wire_name(text: str) -> str | None:
    """The agency an "initials/agency" credit names ("K. B./STA"); not a joint credit of two
    agencies ("AP/Reuters")."""
    match = _INITIALS_AND_WIRE.match(text)
    if match is None or wire_name(match.group(1)) is not None:
        return None
    return wire_name(match.group(2))


@attrs.frozen
class Byline:
    """What a byline says: people's names, in order, and wire agencies credited."""

    names: tuple[str, ...] = ()
    #: wire agencies, and organisations named with their legal form ("Acme, Inc.")
    wires: tuple[str, ...] = ()
    #: people credited for the photos only ("..., photos by John Roe")
    photographers: tuple[str, ...] = ()


def _is_joined_particle(word: str) -> bool:
    """A particle joined to the name it opens by a hyphen ("al-Masri", "el-Sayed")."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle.casefold() in _PARTICLES and rest[:1].isupper()


def _is_noise_word(word: str) -> bool:
    """Whether a word of a byline part is noise, no part of a name ("Read", "Comments",
    "min" of a reading time); a noise word that is a name too counts only in lowercase ("J.
    Min" is a name)."""
    folded = word.casefold().strip(".,:!")
    if folded not in NOISE_WORDS:
        return False
    return folded not in NOISE_WORDS_ALSO_NAMES or word.islower()


# A nickname between a name's words is this long at most, with this many of the name's own
# words on either side ('Emil "Sjöberg" Andersson', 'Mary Ann "Sunny" Brooks').
_MAX_NICKNAME_WORDS = 2
_MAX_WORDS_BESIDE_NICKNAME = 2
_NICKNAME = re.compile(r"[\w.'’-]+(?: [\w.'’-]+)?")


def _quoted_nickname(words: list[str]) -> tuple[int, int] | None:
    """The span (start, end) of ``words`` that is a nickname of a word or two in quotes between
    a name's words ('Emil "Sjöberg" Andersson', "Ana ‘La Roca’ Ruiz"), or None; a quote
    opening or closing the text (a title's: '"Dune" Review') is none."""
    for start in range(1, _MAX_WORDS_BESIDE_NICKNAME + 1):
        for end in range(start + 1, start + _MAX_NICKNAME_WORDS + 1):
            if not 1 <= len(words) - end <= _MAX_WORDS_BESIDE_NICKNAME:
                continue
            quoted = " ".join(words[start:end])
            closing = NICKNAME_QUOTES.get(quoted[:1])
            inner = quoted[1:-1]
            if (
                closing is not None
                and len(quoted) > 2
                and quoted.endswith(closing)
                and _NICKNAME.fullmatch(inner)
                and _HAS_LETTER.search(inner)
            ):
                return start, end
    return None


def clean_name(part: str) -> str | None:
    """A person's name from one byline part, or None when the part is not a name."""
    # (Tibetan's shad, the full-width slash and bar)
    part = collapse_whitespace(part).strip(" ,;:.-–—|*·•»«›‹→←()（）【】།／｜")
    part = strip_cue(part).strip()
    if not part or len(part) > 60 or not _HAS_LETTER.search(part):
        return None
    if part.casefold() in _CUE_WORDS:
        return None  # a cue alone ("ရေးသားသူ - <name>" split at its dash)
    if part.casefold().replace("’", "'") in NO_PERSON_NAMES:
        return None  # ("Letters", "Collectif": a section's or a group's name)
    if CJK_CHARACTER.search(part):
        if _DIGIT.search(part):
            return None  # (a date or a time: "2026年11月20日")
        # "홍길동 기자", "記者 山田太郎": the role word beside the name goes
        cjk_words = (_CJK_ROLE.sub("", word).strip(":：・·") for word in part.split())
        # (without the paper speaking of itself, cue words and desks: "本报记者 赵欣悦",
        # "経済部 山田太郎")
        part = " ".join(
            word
            for word in cjk_words
            if word
            and word not in CJK_NOT_NAMES
            and word not in _CJK_CUES
            and not word.endswith(CJK_UNIT_ENDINGS)
        )
        if not 2 <= len(part) <= 12 or part.endswith(CJK_OUTLET_ENDINGS):
            return None  # (an outlet: "中国新闻网")
        # (a Japanese name may keep a space between family and given name: "黒田 健一")
        return part if " " not in part or _SPACED_CJK_NAME.fullmatch(part) else None
    words = part.split()
    # a name run on to its paper's ("Maria Ortega The Capitol Ledger": TownNews sites print
    # the byline field so; "HANNAH CREWE FOR MAILONLINE"); no name holds a capitalised "The"
    # nor "for"
    cut = next((i for i in (2, 3) if i < len(words) - 1 and words[i] in _OUTLET_OPENERS), None)
    if cut:
        words = words[:cut]
    original = len(words)
    if original > 1 and _ends_as_outlet(words[-1]):
        return None  # a paper's name: "Tampa Bay Times", "North Shore News"

    def dropped(word: str) -> bool:
        folded = word.casefold().strip(".,:")
        if folded in ROLE_WORDS or folded in BY_POSTPOSITIONS:
            return True
        # a credential is not written like a name ("MD", "PhD", "Ph.D."): "Minh Do" is one
        name_cased = word[:1].isupper() and word[1:].islower()
        return folded in CREDENTIALS and not name_cased

    # Roles and credentials around a name: "Senior Writer Jane Doe", "Jane Doe MD"; a weekday
    # run on from the dateline ("Jeff Foust Monday", "Minh Do on Monday").
    while len(words) > 2 and words[-1].casefold().rstrip(".") in WEEKDAYS:
        words.pop()
    if len(words) > 3 and " ".join(words[-2:]).casefold().rstrip(".") in WEEKDAYS:
        del words[-2:]  # (a weekday of two words: Vietnamese "Thứ ba")
        if len(words) > 2 and words[-1].casefold() in DATE_CONNECTORS:
            words.pop()
    # ...or the connector left where the date itself was cut ("Jane Doe on March 12, 2024")
    # ("Posted By Marta Quill On March 3, 2013": WP-Print capitalises the English connectors)
    if len(words) > 2 and (
        words[-1] in DATE_CONNECTORS or words[-1] in _CAPITALISED_ENGLISH_CONNECTORS
    ):
        words.pop()
    while words and dropped(words[-1]):
        words.pop()
    while words and (dropped(words[0]) or words[0].casefold().rstrip(".") in HONORIFICS):
        words.pop(0)
    # a role of several words before the name ("Pacific affairs reporter Liam Fox"): the
    # capitalised words after its last role word
    role = next((i for i in range(len(words) - 3, -1, -1) if dropped(words[i])), None)
    if role is not None and all(word[:1].isupper() for word in words[role + 1 :]):
        words = words[role + 1 :]
    if len(words) < original and len(words) > 2 and words[0].isupper() and words[1].isupper():
        # a name in capitals, then the paper's name left of a role dropped ("JOHN MILLER
        # Gazette Staff Writer"): the capitals are the name
        words = words[: next((i for i, w in enumerate(words) if not w.isupper()), len(words))]
    if len(words) > 1 and _ends_as_outlet(words[-1]):
        return None  # ...and before its role: "Tri-County Gazette Staff Writer"
    # (the name's own words are checked below, a nickname between them kept as written)
    written = words
    nickname = _quoted_nickname(words)
    if nickname is not None:
        words = words[: nickname[0]] + words[nickname[1] :]
    # (a name of six or seven words holds particles: "María José Pérez de la Fuente")
    most = _MAX_NAME_WORDS + (2 if any(w.casefold() in _PARTICLES for w in words) else 0)
    if not words or len(words) > most or (len(words) < 2 and original > 1):
        return None
    if len(words) < original and words[0].islower() and not _UNCASED_IN_NAMES.match(words[0]):
        return None  # ("Periodista de Economía": a role's rest, "de Economía", is no name)
    if any(dropped(w) or _is_noise_word(w) for w in words):
        return None
    if any(not _WORD.fullmatch(w) or any(ch.isdigit() for ch in w) for w in words):
        return None
    if any(_GLUED.search(w) and not _CAPITAL_PREFIX.match(w) for w in words):
        return None  # "MenonKhalid": two names run together by markup without spaces
    # Names start with a capital in scripts that have capitals (not Arabic, Hebrew, Hindi...,
    # nor Georgian, whose capitals are not used to start names).
    if any(
        not w[0].isupper()
        and w[0].lower() != w[0].upper()
        and not _UNCASED_IN_NAMES.match(w)
        and w.casefold() not in _PARTICLES
        and not _is_joined_particle(w)
        for w in words
    ):
        return None
    name = " ".join(written)
    return name if len(name) >= 3 else None


# A generation's numeral after a name, kept in capitals ("John Doe III").
_GENERATION = re.compile(r"I{2,3}|IV")


def title_cased(name: str) -> str:
    """A name of two words or more written wholly in capitals, in a script that has them, in
    title case ("DAVID PELLING" -> "David Pelling"), its particles inside it in lower case
    ("JEAN-PAUL DE LA FONTAINE" -> "Jean-Paul de la Fontaine"); any other name as it is
    ("McDONALD" is not wholly in capitals; a word alone may be an acronym)."""
    words = name.split()
    if len(words) < 2 or name != name.upper() or name == name.lower():
        return name
    cased = [words[0].title()]
    for index, word in enumerate(words[1:], 1):
        if _GENERATION.fullmatch(word):
            cased.append(word)
        elif (
            index < len(words) - 1
            and len(word) > 1  # (a middle initial: "JOHN E SMITH")
            and not word.endswith(".")  # ("MARY ST. JOHN")
            and word.casefold() in _PARTICLES
        ):
            cased.append(word.lower())
        else:
            cased.append(word.title())
    return " ".join(cased)


def _ends_as_outlet(word: str) -> bool:
    """Whether a name's last word is one that ends a paper's name, alone or as the last part
    of a hyphenated word ("Times", "Las Vegas Review-Journal", "Pittsburgh Post-Gazette")."""
    return word.casefold().rsplit("-", 1)[-1] in OUTLET_NAME_ENDINGS


def _reverse_sorted_name(part: str) -> str:
    # "Jong, Michiel de" in citation metadata -> "Michiel de Jong"
    family, _, given = part.partition(",")
    return f"{given.strip()} {family.strip()}"


def _without_photo_credits(segment: str) -> tuple[str, list[str]]:
    """A byline segment without its photo credits, and the credits' texts after their cues
    ("Story by A, photos by B" -> "Story by A, ", ["B"]). A credit runs to the segment's end
    or to a cue that credits the story again ("Photos by A, story by B")."""
    kept: list[str] = []
    credits: list[str] = []
    rest = segment
    while (found := _PHOTO_CREDIT.search(rest)) is not None:
        if _STORY_AND_PHOTOS.fullmatch(rest, 0, found.start()):
            rest = rest[found.end() :]
            continue
        kept.append(rest[: found.start()])
        credit, rest = rest[found.end() :], ""
        for joiner in _JOINERS.finditer(credit):
            cue = BYLINE_CUE.match(credit[joiner.end() :])
            if cue and cue.group("cue").casefold() not in _PARTICLE_CUES:
                credit, rest = credit[: joiner.start()], credit[joiner.end() :]
                break
        credits.append(credit)
    kept.append(rest)
    return " ".join(kept), credits


def _photographers(credits: list[str]) -> list[str]:
    """The names in photo or graphics credits, a date the byline runs on into left out
    ("Graphics by Jo Roe 6.3.2025 6:00 a.m.": Jo Roe), as from the writers' names."""
    names: list[str] = []
    for credit in credits:
        if _DIGIT.search(credit):
            credit = _DIGIT_TAIL.sub("", _DATE_TAIL.sub("", credit))
        for part in _JOINERS.split(_STOP.sub("", credit)):
            name = clean_name(part)
            if name and name not in names:
                names.append(name)
    return names


def parse_byline(text: str, *, sorted_names: bool = False, one_person: bool = False) -> Byline:
    """Names and wire credits in a byline.

    ``sorted_names`` reads "Family, Given" entries (citation metadata) instead of splitting
    names at commas. ``one_person`` reads a name the source declares one person's (a JSON-LD
    ``Person``'s): never parted where a word opens with a joined "and" ("ولد ...").
    """
    text = collapse_whitespace(text)[:300]
    if not text:
        return Byline()
    if "報" in text or "报" in text or "发自" in text or "發自" in text:
        text = _CJK_REPORTED_FROM.sub("", text)  # ("記者張文華／洛杉磯報導": where, not who)
    if sorted_names and text.count(",") == 1 and not _COMPANY.fullmatch(text):
        name = clean_name(_reverse_sorted_name(text))
        return Byline(names=(name,) if name else ())
    extra: list[str] = []

    def parens(match: re.Match[str]) -> str:
        inner = match.group(1) or match.group(2) or ""
        # "(avec Damien Leloup et Morgane Tual)": more names, not a remark
        if _JOINER_FIRST.match(inner):
            extra.append(inner.split(None, 1)[1])
        elif wire_name(inner):
            extra.append(inner)
        return " "

    text = _PARENS.sub(parens, text)
    text = _URL.sub(" ", EMAIL.sub(" ", _HANDLE.sub(" ", text)))
    names: list[str] = []
    wires: list[str] = []
    photographers: list[str] = []
    segments = _SEGMENT_BREAKS.split(text)
    whole = len(segments) == 1 and not _JOINERS.search(segments[0]) and not extra
    first_extra = len(segments)
    names_closed = False
    for segment_index, segment in enumerate([*segments, *extra]):
        if _NON_AUTHOR_OPENER.match(segment):
            continue  # ("Reviewed by Victor Alvarez": the page's checker, not its author)
        spaced_names = _SIMPLIFIED_ROLE.search(segment) is not None
        segment, credits = _without_photo_credits(segment)
        photographers.extend(_photographers(credits))
        segment = _STOP.sub("", strip_cue(segment.strip())).strip()
        if _DIGIT.search(segment):
            segment = _DIGIT_TAIL.sub("", _DATE_TAIL.sub("", segment))
        if not segment:
            continue
        parts = _name_parts(segment, spaced_names, attached_and=not one_person)
        for part_index, part in enumerate(parts):
            part = part.strip()
            if not part:
                continue
            if part.casefold().strip(" ,:") in BYLINE_FIELD_LABELS:
                break  # ("Author, Jane Doe, Role, BBC News": the fields after the names)
            role = _WIRE_ROLE.search(part)
            if role:
                # "AP Auto Writer", "TOM KRISHER AP Sports Writer": the agency's staff credit
                wire = wire_name(role.group(1))
                if wire and wire not in wires:
                    wires.append(wire)
                part = part[: role.start()].strip()
                if not part:
                    continue
            suffix = _WIRE_SUFFIX.search(part) if wire_name(part) is None else None
            if suffix and suffix.start() > 0:
                # "JOHN ROE Associated Press": a name with the agency run on
                wire = wire_name(suffix.group(1))
                if wire and wire not in wires:
                    wires.append(wire)
                part = part[: suffix.start()]
            office = _WIRE_OFFICE.fullmatch(part) if names else None
            wire = wire_name(office.group(1) if office else part) or _bureau_wire(part)
            if wire:
                if wire not in wires:
                    wires.append(wire)
                continue
            # Once a segment has named people, later ones hold datelines and captions
            # rather than more names (parenthesised co-authors excepted).
            if names_closed and segment_index < first_extra:
                continue
            company = _COMPANY.fullmatch(part)
            if company:
                # (an organisation credited as the author, as wires are: "Acme, Inc."; but
                # no publisher: "Rheinland Zeitung GmbH")
                ending = company["name"].split()[-1].casefold()
                if ending not in OUTLET_NAME_ENDINGS and part not in wires:
                    wires.append(part)
                continue
            if (
                not names
                and part_index == 0
                and len(parts) > _DESK_CREDIT_PARTS
                and _names_desk(part)
                and _only_places_after(segment[segment.find(part) + len(part) :], parts[1:])
            ):
                break  # the desk's outlet and place ("न्यूज डेस्क, अमर उजाला, लखनऊ")
            words = part.split()
            last = words[-1].casefold().strip(".,")
            if last in _PHOTO_ROLE_WORDS:
                # a photographer's role after the name ("Jonas Berg Foto"), or alone after
                # the name before it ("Jonas Berg, foto"): the photos' credit, no author's
                photographer = clean_name(" ".join(words[:-1])) if len(words) > 2 else None
                if photographer is None and len(words) == 1 and names:
                    photographer = names.pop()
                if photographer:
                    photographers.append(photographer)
                    continue
            if names and (last in ROLE_WORDS or last in JOB_TITLE_WORDS):
                tail = segment[segment.find(part) + len(part) :]
                if _only_places_after(tail, parts[part_index + 1 :]):
                    break  # a desk's region ("..., BBC Scotland News, South Scotland")
                continue  # the role of the name before it ("..., Local Democracy Reporter")
            if names and _names_agency_desk(part):
                continue  # an agency's desk after the name ("..., AMP France")
            if names and part.split()[0] in PLACE_PREPOSITIONS:
                continue  # the reporter's place ("..., de Sorriso (MT)", "..., from Kyiv")
            # ("Tom Reid in Kisumu": the name, then where the reporter was)
            name = clean_name(_PLACE_TAIL.sub("", part))
            wire = wire_name(name) if name and name != part else None
            if wire:
                # (an agency once the date's words around it are gone: "أ ف ب الإثنين")
                if wire not in wires:
                    wires.append(wire)
                continue
            if name and " " not in name and not _SPACELESS.search(name) and not whole:
                continue  # a lone word among other text is rarely a name ("June", "Staff")
            if name and name not in names:
                names.append(name)
        names_closed = bool(names)
    return Byline(
        names=tuple(names),
        wires=tuple(wires),
        photographers=tuple(dict.fromkeys(photographers)),
    )


def _bureau_wire(part: str) -> str | None:
    """The agency a byline's part credits with its bureau's place after it ("La Presse
    canadienne à Québec", "The Canadian Press in Ottawa"), whatever the case of a name of
    several words; a one-word credit only as the agency spells it ("Ana de Armas" is no
    "ANA")."""
    bureau = _WIRE_BUREAU.fullmatch(part)
    if bureau is None:
        return None
    credit = bureau["credit"]
    return wire_name(credit) if " " in credit or credit in WIRE_SPELLINGS else None


def _names_agency_desk(part: str) -> bool:
    """Whether a byline's part after a name is an agency's desk, its acronym and a country or
    region ("AMP France", "AFP Canada"), not a second person."""
    desk = _AGENCY_DESK.fullmatch(part.strip())
    return desk is not None and desk["place"].casefold() in AGENCY_DESK_PLACES


# A desk's credit names its outlet and its place after it: its parts, less one, at least.
_DESK_CREDIT_PARTS = 2


def _names_desk(part: str) -> bool:
    """Whether a byline's part is a newsroom desk's name alone, a desk noun among role and
    desk words ("News Desk", "न्यूज डेस्क", "Web Desk")."""
    words = {word.strip(".,") for word in part.casefold().split()}
    return not words.isdisjoint(DESK_NOUNS) and words <= ROLE_WORDS | SITE_DESK_WORDS


def _only_places_after(tail: str, rest: list[str]) -> bool:
    """Whether the parts after a role or desk (``rest``, the text ``tail``) only say where it is:
    set off by commas alone, none of them a role ("BBC News, New York"), where a person after
    the role is joined by "and" or has a role of their own ("..., Reporter, and John Roe";
    "Priya Raman, Health reporter, Callum Reid, Data journalist")."""
    if not rest or _LIST_MARKS.search(tail) or _JOINER_WORDS.search(tail):
        return False
    for part in rest:
        words = part.split()
        if not words or words[-1].casefold().strip(".,") in ROLE_WORDS | JOB_TITLE_WORDS:
            return False
    return True


def _name_parts(segment: str, spaced_names: bool, *, attached_and: bool = True) -> list[str]:
    """A byline segment's parts that may each be a name: split at commas and joiners (at an
    "and" joined to the next word too, with ``attached_and``) and, in a simplified-Chinese
    credit (``spaced_names``), at its spaces, from its first role on when names follow it
    (what comes before it is the outlet or desk: "财新 记者 陈涛 周琳 实习记者 吴桐")."""
    parts = _JOINERS.split(segment)
    if attached_and:
        parts = [piece for part in parts for piece in _split_attached_and(part)]
    if not spaced_names:
        return parts
    words: list[str] = []
    for part in parts:
        split = part.split()
        first = next((i for i, word in enumerate(split) if _SIMPLIFIED_ROLE.search(word)), 0)
        # (a role after the last name, "林书瑶 编辑", follows it: nothing before it goes)
        words.extend(split[first:] if first < len(split) - 1 else split)
    return words


def _split_attached_and(part: str) -> list[str]:
    """A part split where an "and" joined to a name parts two names ("محمد عبد الحميد وأحمد
    سمير"): only where each side holds two words at least, since a name may itself open with
    that letter ("وليد", "ורד"), and never at a name's word known to open with it (the
    particle "ولد", "son of": "محمد الأمين ولد سيدي" is one person)."""
    for match in _ATTACHED_JOINER.finditer(part):
        before, after = part[: match.start()], part[match.end() :]
        if (
            len(before.split()) >= 2
            and len(after.split()) >= 2
            and part[match.start() :].split(None, 1)[0] not in ATTACHED_JOINER_NAME_WORDS
        ):
            return [before, *_split_attached_and(after)]
    return [part]


def bracketed_credit(paragraph: str) -> tuple[str, ...]:
    """The reporters a Chinese story credits in brackets at the start of its first paragraph
    ("新华社福州3月12日电（记者张伟、王芳）" -> 张伟, 王芳); () when it does not."""
    match = _BRACKETED_CREDIT.search(paragraph, 0, _MAX_CREDIT_START + 40)
    if match is None or match.start() > _MAX_CREDIT_START:
        return ()
    parts = re.split(r"\s*[、，,\s]\s*", match["names"])
    if any(part.endswith(PHOTO_CREDIT_MARKS) for part in parts):
        return ()  # "（記者王小明攝）" credits a photo
    names = [name for name in map(clean_name, parts) if name]
    return tuple(dict.fromkeys(names))


# A Korean wire story's opening: "(place=agency)", the reporters and their role, "=" ("(서울=
# 연합뉴스) 김지현 기자 = ...", "(워싱턴=연합뉴스) 이준서 특파원 = ...").
_KOREAN_WIRE_OPENING = re.compile(
    r"\s*\([^()=]{1,20}=[^()]{1,20}\)\s*"
    r"(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){0,4})\s*(?:기자|특파원)\s*="
)


def wire_opening_credit(paragraph: str) -> tuple[str, ...]:
    """The reporters a Korean wire story names in its opening ("(서울=연합뉴스) 김지현 기자 =
    ..." -> 김지현); () when it names none."""
    match = _KOREAN_WIRE_OPENING.match(paragraph)
    if match is None:
        return ()
    return tuple(dict.fromkeys(re.split(r"\s*[·,]\s*", match["names"])))


def opening_credit(paragraph: str, datelines: Sequence[str] = ()) -> tuple[str, ...]:
    """The reporters a story's first paragraph credits in its opening: in brackets
    (``bracketed_credit``, ``datelined_credit`` given the page's ``datelines``) or in a
    Korean wire's opening (``wire_opening_credit``)."""
    return (
        bracketed_credit(paragraph)
        or datelined_credit(paragraph, datelines)
        or wire_opening_credit(paragraph)
    )


# A Taiwanese agency's opening credit: the agency, the role, the reporters' names run on
# into the place the story was filed from, its day and "電" (filed), in brackets
# ("（中央社記者林佳穎花蓮12日電）", "（中央社記者王小明、李大華台北12日專電）").
_DATELINED_CREDIT = re.compile(
    r"[（(][^\W\d_]{0,8}?"
    rf"(?:{'|'.join(BRACKETED_CREDIT_ROLES)})"
    r"(?P<rest>[^\W\d_]{3,12}(?:、[^\W\d_]{2,12}){0,5})"
    r"(?P<day>\d{1,2})日(?:專|专)?(?:電|电)[）)]"
)
# What such a credit's end holds: a cheap test before the page's datelines are looked for.
DATELINED_CREDIT_MARK = re.compile(r"\d日(?:專|专)?(?:電|电)[）)]")
# The same dateline on its own, as a portal's byline gives it beside the agency ("中央社 /
# 花蓮12日電"): the place and the day.
DATELINE_ALONE = re.compile(r"(?P<place>[^\W\d_]{2,8})\s*(?P<day>\d{1,2})日(?:專|专)?(?:電|电)")


def datelined_credit(paragraph: str, datelines: Sequence[str]) -> tuple[str, ...]:
    """The reporters of a Taiwanese agency's opening credit (``_DATELINED_CREDIT``), when
    one of ``datelines`` (texts beside the headline) gives the place and day it was filed
    from, which parts the last name from the place: "（中央社記者林佳穎花蓮12日電）" with the
    byline's "花蓮12日電" gives 林佳穎; () when none gives them (a name and a place run on
    together are not told apart by their letters)."""
    match = _DATELINED_CREDIT.search(paragraph, 0, _MAX_CREDIT_START + 40)
    if match is None or match.start() > _MAX_CREDIT_START:
        return ()
    rest = match["rest"]
    for text in datelines:
        for dateline in DATELINE_ALONE.finditer(text):
            place = dateline["place"]
            if dateline["day"] != match["day"] or not rest.endswith(place):
                continue
            parts = rest[: -len(place)].split("、")
            if not all(_MIN_HAN_NAME <= len(part) <= _MAX_HAN_NAME for part in parts):
                return ()
            return tuple(dict.fromkeys(name for name in map(clean_name, parts) if name))
    return ()


# A photographer's role written after the name ("Jonas Berg Foto").
_PHOTO_ROLE_WORDS = frozenset(PHOTO_CREDIT_WORDS) - {"credit", "crédito", "créditos"}

# A name of two to four capitalised words, then a role after a comma, a bar or a dash.
_NAME_AND_ROLE = re.compile(
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*(?:,|\||–|—)\s*(?P<role>[A-Z][\w\s'’-]+)"
)
# The role is this many words at most ("Deputy News Editor").
_MAX_ROLE_WORDS = 5


def is_name_and_role(text: str) -> bool:
    """A name and the writer's role, no cue before them ("Oliver Grant, Deputy News Editor",
    "Priya Shah | Staff Writer"): the role's last word is a newsroom role."""
    found = _NAME_AND_ROLE.fullmatch(text)
    if found is None:
        return False
    role = found.group("role").split()
    return len(role) <= _MAX_ROLE_WORDS and role[-1].casefold() in ROLE_WORDS
