"""What one line of a story's text is: a label ("Advertisement"), a byline, a date line, the
headline again, a breadcrumb, a row of tools, a reporter's sign-off. The story's edges
(``body_edges.py``) ask these of units; ``trim_paragraphs`` asks them of the rendered lines of
blocks that hold several paragraphs of their own (``<br>`` layouts)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from newsparse.generic.body_cues import (
    AD_SLOT_SIZES,
    AUTHOR_BEAT_WORDS,
    AUTHOR_ROLE_JOINERS,
    AUTHOR_ROLE_OPENERS,
    BOILERPLATE_LABELS,
    BRACKETED_NON_NAME_ENDINGS,
    BYLINE_OPENERS,
    CJK_BYLINE_LABELS,
    CJK_CLOSING_EDITOR_LABELS,
    CJK_CREDIT_LABELS,
    CJK_DATELINE_ENDINGS,
    CJK_REMINDER_WORDS,
    CJK_SPACED_CREDIT_LABELS,
    CLICK_TO_SIGN_UP,
    CONTACT_LINE_OPENERS,
    CONTACT_LINE_VERBS,
    COPYRIGHT_MARKS,
    CREDIT_LINE_OTHER_LABELS,
    CREDIT_LINE_REPORTER_LABELS,
    CREDIT_OPENERS,
    CREDIT_ROLE_JOINERS,
    CREDIT_ROLE_WORDS,
    CREW_ROLE_WORDS,
    DATE_LINE_LABELS,
    DESK_LINE_OPENERS,
    EMBED_PLATFORM_NAMES,
    EMBED_SKIP_OPENERS,
    FEATURE_SYNDICATES,
    FEEDBACK_QUESTIONS,
    FIRST_PUBLISHED_OPENERS,
    FIRST_PUBLISHED_UPDATE_CLAUSES,
    FOLLOW_AUTHOR_WORKS,
    FOLLOW_PLATFORM_NAMES,
    KICKER_MARKS,
    LISTEN_ON_OPENERS,
    LISTENING_PLATFORM_NAMES,
    NEWSROOM_UPDATE_PREDICATES,
    NEXT_PAGE_OPENERS,
    PLATFORM_LIST_LABELS,
    PLAYER_NOTICE_OPENERS,
    RELATIVE_DAY_TIME_JOINERS,
    RELATIVE_DAY_WORDS,
    RELEASE_REFERENCE,
    REMINDER_STARS,
    REPORTING_CREDIT_JOINERS,
    REPORTING_CREDIT_OPENERS,
    SCRIPT_NOTICE_HINT,
    SCRIPT_NOTICE_PHRASES,
    SELF_DESCRIPTION_NEWSROOM_WORDS,
    SELF_DESCRIPTION_VERBS,
    SENTENCE_END_CHARACTERS,
    SHARE_OPENERS,
    SITE_NOTICE_OPENERS,
    STAFF_CONTACT_OPENERS,
    STAFF_CONTACT_QUALIFIERS,
    SYNDICATE_DISTRIBUTION_WORDS,
    TIPS_LINE_NOUNS,
    TIPS_LINE_OPENERS,
    UPDATE_NOTES,
    WIRE_HANDLING_CUES,
    WIRE_MEDIA_MARKERS,
    WIRE_SIGNOFF_RULES,
    WRITE_IN_OPENERS,
)
from newsparse.generic.cues.scripts import CJK_CHARACTERS, HAN, SPACELESS_ALPHABETS, WORD_MARKS
from newsparse.generic.labels import heading_kind, is_inline_label, names_a_share
from newsparse.generic.lengths import effective_length
from newsparse.generic.metadata.byline_words import (
    CJK_OUTLET_ENDINGS,
    CJK_UNIT_ENDINGS,
    JOB_TITLE_WORDS,
    NAME_JOINERS,
    ROLE_WORDS,
    WEAK_BYLINE_CUES,
)
from newsparse.generic.metadata.bylines import (
    LEADING_ROLE_BYLINE,
    TRAILING_ROLE_BYLINE,
    initials_wire_name,
    is_name_and_role,
    parse_byline,
    slashed_wire_name,
    wire_name,
)
from newsparse.generic.metadata.date_words import MODIFIED_CUES, MONTHS, PUBLISHED_CUES, WEEKDAYS
from newsparse.generic.metadata.datetext import date_in_text, time_in_text
from newsparse.generic.metadata.patterns import (
    CaselessWords,
    byline_places,
    one_of,
    prefix_tree,
)
from newsparse.generic.metadata.source_labels import names_wire_rights

# (a word keeps its combining marks: the vowel signs of Indic and Southeast Asian scripts)
_PUNCTUATION = re.compile(rf"[^\w{WORD_MARKS}]+|_+")
SENTENCE_ENDS = tuple(SENTENCE_END_CHARACTERS)
# A reporter's role on a line of its own is this many words at most ("Herald Staff Writer").
_ROLE_LINE_WORDS = 5
# What a sentence of the story ends with, and a headline cut short never does.
_FULL_STOPS = (".", "!", "?", "。", "！", "？")
_DIGIT = re.compile(r"\d")
# An amount in a line: a share or a sum ("grew 23%", "$214.6 million", "€1,2 Mrd."); a
# release's highlight states one in a run of words, a date line never does.
_AMOUNT = re.compile(r"\d\s?%|[$€£¥₹]\s?\d")
# ...and a highlight's run holds this many words of letters at least (a quote's row,
# "NASDAQ: FHFD $23.84 +1.75%", holds few).
_HIGHLIGHT_WORDS = 5
_AMOUNT_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
# A clock time anywhere, in any script's digits ("१३:४५"), or an hour with its half of the
# day and no minutes ("5 p.m.", "11am").
_HOUR_OF_DAY = re.compile(r"\d:\d\d|\d\s?[ap]\.?m\b", re.IGNORECASE)
# A run of an alphabet written without spaces between words as long as a few words.
_SPACELESS_RUN = re.compile(f"[{SPACELESS_ALPHABETS}]{{24}}")

# A day named relative to the page's own at the head of a text, and the words that may join
# it to its clock time ("aujourd'hui à 06h00", "hoje às 18h30", "yesterday, 6 p.m.").
_RELATIVE_DAY = CaselessWords(RELATIVE_DAY_WORDS, before=r"^\W*", after=r"(?!\w)")
_RELATIVE_DAY_JOINER = CaselessWords(RELATIVE_DAY_TIME_JOINERS, before=r"^\W*", after=r"(?!\w)")

# A line opening with a date label: "Updated at 1:23 p.m.", "Publicado el 5 de mayo".
_DATE_LABEL = CaselessWords((*MODIFIED_CUES, *PUBLISHED_CUES), before="^", after=r"\b")

# A second date label after a first (the published and updated times on one line).
_SECOND_DATE_LABEL = CaselessWords(
    (*MODIFIED_CUES, *PUBLISHED_CUES),
    before=r"[\s|·•,;(]",
    after=r"\b\W{0,4}(?:\w{1,4}\W{1,3})?\d",  # (a date or time right after it)
)

# A story's own line giving when it first appeared, its opener and the date alone after it
# ("This story was originally published January 14, 2024, 3:45 PM.").
_FIRST_PUBLISHED = CaselessWords(FIRST_PUBLISHED_OPENERS, before="^", after=r"(?: on)? ")
_FIRST_PUBLISHED_DATE = 32
# ...perhaps a clause and the date of its last update after that date ("... May 2022 and
# updated March 2025", "... and last updated on March 3, 2025").
_FIRST_PUBLISHED_UPDATE = CaselessWords(
    FIRST_PUBLISHED_UPDATE_CLAUSES, before=r"[\s,;]+", after=r"(?: on| am| el| le| em)? "
)
# A month's name and a year alone ("May 2022", "Sept. 2024"): a date as such a line gives it.
_MONTH_AND_YEAR = re.compile(r"([^\W\d_]{3,9})\.?,?\s+\d{4}\.?")
# (Spanish and Portuguese dates join their parts with this word, not counted: "9 de marzo de
# 2025")
_DATE_JOINER = " de "
# A story's own update or first-publication label, over a date alone at most this long ("Última
# actualización: 7 de mayo de 2025, 19:45.", "Primera fecha de publicación de este artículo:
# 07/05/2025"): the label's words run on to the date, so the date must follow.
_LABELLED_DATE = CaselessWords(DATE_LINE_LABELS, before="^", after=r"\b")
_LABELLED_DATE_REST = 40
# A second such label after the first label's date, over a date alone too ("Page last
# reviewed: 14 March 2024<br>Next review due: 14 March 2027", the line's text run on at the
# break: "2024Next").
_SECOND_LABELLED_DATE = CaselessWords(DATE_LINE_LABELS, before=r"(?<=[\d\s|·•,;(.])", after=r"\b")

# An editor's note saying what an update brought ("Updated at 9:02 a.m. with comment from the
# mayor's office", "Updated 6:40 p.m. to add that ..."): no date line, however short.
_UPDATE_NOTE = re.compile(
    r"\d\W*(?:[ap]\.?m\.?|h|uhr|horas?)?\.?\s+(?:\w+\s+){0,2}?(?:with|to (?:add|include|"
    r"correct|reflect|clarify|update|remove)|mit|avec|con|com)\b",
    re.IGNORECASE,
)
# ...is a date line when this short (a sentence may open with "Updated figures show..."), or
# twice this with a second label.
_DATED_LINE_LENGTH = 60
# A line that is a date and nothing more ("14 febbraio 2025", "Monday, March 3, 2024 10:32")
# holds at most this many words of letters (a month's and a weekday's names, "at", "de"); an
# update in brackets may follow it ("(modifica il 14 febbraio 2025 | 13:20)").
_BARE_DATE_WORDS = 4
# A stamp's full stop, after its date or time, before a sentence of the story ("Last updated
# 18:55. The upgrade is done ..."), the sentence at least this many words and no other stamp
# ("Updated 5 p.m. ET Monday" is a stamp).
_SENTENCE_AFTER_STAMP = re.compile(r"(?:\d|[ap]\.m)[.!?]\s+(?=[^\W\d_])", re.IGNORECASE)
_SENTENCE_AFTER_WORDS = 4
_CLOSING_BRACKETS = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*$")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# A live page's entry heading: a clock time, then what happened ("3:10 p.m.: Evacuation
# orders lifted for Ridgeview Estates").
_TIMED_HEADING = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*[:\-–—|]\s*(.+)$", re.I)
# A live entry's stamp: a clock time ("11:47", "11.47", the French "11h47", "8:05 p.m."), a
# zone perhaps in brackets ("(IST)"), then perhaps a short date, no year needed ("May 19",
# "19 mai", "19/05"); the zone and date may run on without a space, as spans' text does.
_CLOCK_LINE = re.compile(
    r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?,?\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\.?\s*[^\W\d_]{3,9}\.?(?:\s+\d{4})?"
    r"|[^\W\d_]{3,9}\.?\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?)?",
    re.I,
)

# A line that is one WordPress shortcode the page left unrendered: "[name attr=...]text
# [/name]", or a lone opening tag with attributes or a closing tag (lowercase names only: an
# editor's "[Updated]" or "[Video]" is text); or a CMS's embed placeholder, a name glued to
# its value by a colon ("[Gambas:Video CNN]": an editor's "[Update: ...]" has a space).
_SHORTCODE = re.compile(
    r"\[([a-z][a-z0-9_-]*)(?:\s[^\]]*)?\].*\[/\1\]\Z"
    r"|\[[a-z][a-z0-9_-]*\s[^\]=]*=[^\]]*\]\Z"
    r"|\[/[a-z][a-z0-9_-]*\]\Z"
    r"|\[[A-Za-z][A-Za-z0-9_-]*:[^\]\s][^\]]{0,60}\]\Z",
    re.DOTALL,
)

# A reporter's sign-off closing a story: a byline and an e-mail address ("김민준 기자
# mjkim@example.com", "By Jane Doe, jdoe@example.com").
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# A video player's duration on a line of its own ("01:42", "1:12:05"), or a podcast's in
# minutes ("28 min.", "12 min": no sentence says its length so).
_DURATION = re.compile(
    r"(?:(?:duration|video|audio)\s*[:|·-]?\s*)?\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,3}\s*min\.?",
    re.IGNORECASE,
)
_DURATION_LENGTH = 18
# A subscribe bar's button on a line of its own ("Listen on Apple Podcasts", "Watch on
# YouTube").
_LISTEN_ON = re.compile(
    rf"{one_of(LISTEN_ON_OPENERS)}\s+"
    rf"{one_of(LISTENING_PLATFORM_NAMES)}\s*[.!]?",
    re.IGNORECASE,
)
_LISTEN_ON_LENGTH = 48
# A show's platform buttons on one line, two at least, a label perhaps first ("Listen to The
# Valley Hour: Apple Podcasts | Spotify | RSS", "Subscribe: Apple Podcasts | Spotify").
# (unlabelled, only a bar's separators: "Spotify and YouTube" may head a section)
_PLATFORM = one_of(LISTENING_PLATFORM_NAMES)
_PLATFORM_LIST = re.compile(
    rf"{one_of(PLATFORM_LIST_LABELS)}\b[^:|]{{0,60}}:\s*"
    rf"{_PLATFORM}(?:\s*(?:[|,·•/]|,?\s*\bor\b|,?\s*\band\b)?\s*{_PLATFORM})+\s*\.?"
    rf"|{_PLATFORM}(?:\s*[|·•/]\s*{_PLATFORM})+",
    re.IGNORECASE,
)
_PLATFORM_LIST_LENGTH = 140
# A reporter's follow line, a name, a platform and a handle or address ("Follow Marisol Keane
# on X at @mkeane_ap.", "Follow Jo Lind on Bluesky: @jolind.bsky.social and Threads at
# @jolind"): an author's contact line, wherever it stands.
_FOLLOW_ACCOUNT = rf"{one_of(FOLLOW_PLATFORM_NAMES)}(?:\s+at|\s*:)?\s+(?:@[\w.-]+|https?://\S+)"
_FOLLOW_REPORTER = re.compile(
    rf"follow\s+(?:[^\W\d_][\w.'’-]*\s+){{1,5}}on\s+{_FOLLOW_ACCOUNT}"
    rf"(?:\s*(?:,|and|,\s*and)\s+(?:on\s+)?{_FOLLOW_ACCOUNT})*\s*\.?",
    re.IGNORECASE,
)
_FOLLOW_REPORTER_LENGTH = 200
# A follow button's prompt naming an author's work ("Follow Jo Lind’s opinions").
_FOLLOW_AUTHOR = re.compile(
    rf"follow\s+(?:[^\W\d_][\w.-]*\s+){{0,4}}[^\W\d_][\w.-]*['’]s\s+"
    rf"{one_of(FOLLOW_AUTHOR_WORKS)}\s*\.?",
    re.IGNORECASE,
)
# A slideshow's or quiz's counter ("3 of 12", "Question 1 of 3", "Photo 2/5"): its place is
# no later than its total ("24/7" is no counter).
_COUNTER = re.compile(
    r"(?:(?:question|slide|photo|image|picture|step|card|page|foto|фото|bild)\s+)?(\d{1,3})\s*"
    r"(?:of|/|из|di|von|sur|de|dari|z|av|af|van)\s*(\d{1,3})",
    re.IGNORECASE,
)
# A data table's controls written as text (DataTables: "Show 10 entries", "Search:",
# "Showing 1 to 12 of 12 entries").
_TABLE_CONTROLS = re.compile(
    r"show\s+\d+\s+entries|search:|showing\s+\d[\d,]*\s+to\s+\d[\d,]*\s+of\s+\d[\d,]*\s+"
    r"entries(?:\s+\(filtered from \d[\d,]* total entries\))?",
    re.IGNORECASE,
)
_TABLE_CONTROLS_LENGTH = 80
_COUNTER_LENGTH = 24
# A print story's jump line ("Continued on Page A7", "See BOND, Page A6", "BOND From Page A1").
_JUMP_LINE = re.compile(
    r"(?:continued (?:on|from)|see [\w-]+,?|(?:[\w-]+\s+)?from)\s+page\s+[a-z]?\d{1,3}\.?",
    re.IGNORECASE,
)
_JUMP_LINE_LENGTH = 40
# The end marks of a government's press release (Hong Kong's "Ends/Wednesday, March 5, 2025",
# "Issued at HKT 14:30", "NNNN").
_RELEASE_END = re.compile(r"NNNN|Ends/.{0,40}|Issued at [A-Z]{2,4} \d{1,2}:\d{2}", re.IGNORECASE)
_RELEASE_END_LENGTH = 50
# A developing story's note that it is being updated, the line only that ("Juttua
# päivitetään.", "This is a developing story and will be updated."), or the newsroom's
# name, a few words, saying it updates the story ("SVT Nyheter uppdaterar artikeln.").
_NEWSROOM_NAME_WORDS = 4
_UPDATING_NOTE = re.compile(
    rf"[(*–—-]?\s*(?:{one_of(UPDATE_NOTES)}|(?:[\w.&'-]+\s+){{1,{_NEWSROOM_NAME_WORDS}}}"
    rf"{one_of(NEWSROOM_UPDATE_PREDICATES)})\s*(?:\.{{1,3}}|…|!)?\s*[)*]?",
    re.I,
)
_UPDATING_NOTE_LENGTH = 100
# The mark that ends a press release's text ("###", "-30-", "- END -", "ENDS"): what follows
# it is the issuer's notes, not the release.
# (also bracketed, as Asian wires close a story: "(END)")
_END_MARK = re.compile(
    r"(?:#\s*){3}|-\s*30\s*-|-+\s*(?:end|ends|fin|fim)\s*-+|ends|\(\s*end\s*\)", re.I
)
_END_MARK_LENGTH = 12
# A wire's media markers closing the story, each in brackets ("(foto) (vídeo)").
_MEDIA_MARKERS = re.compile(rf"(?:\(\s*{one_of(WIRE_MEDIA_MARKERS)}\s*\)\s*)+", re.I)
_MEDIA_MARKERS_LENGTH = 60
# A wire's handling note to its clients over the story, wholly in brackets ("(ATTN: UPDATES
# with comments in paras 4-7)"), shorter than this.
# (not an "(Editors' note: ...)" to the readers)
_HANDLING_NOTE = CaselessWords(WIRE_HANDLING_CUES, before=r"^\(\s*", after=r"\b(?!['’])")
_HANDLING_NOTE_LENGTH = 300
# A reporter's name and their agency's in brackets signing the story off ("Marta Nowak
# (PAP)"), a line this long at most.
_AGENCY_SIGNATURE = re.compile(r"([^()\d]{3,60}?)\s*\(([^()]{2,30})\)")
_AGENCY_SIGNATURE_LENGTH = 80
# An agency's closing line of credits, each field a role's label and a name, the fields
# parted by stars or bars ("خبرنگار: فرزانه کریمی ** انتشار دهنده: علی رضایی"), a line this
# long at most; the field's label as found.
_CREDIT_LINE_FIELD = re.compile(
    r"(?:^|\s*(?:\*+|\||؛)\s*)"
    rf"({one_of((*CREDIT_LINE_REPORTER_LABELS, *CREDIT_LINE_OTHER_LABELS))})\s*[:：]\s*"
)
_CREDIT_LINE_LENGTH = 120
# A Japanese paywall's count of the characters left ("残り1521文字", "残り845文字（全文1194文字）").
_CHARACTERS_LEFT = re.compile(r"残り[\d,，]+文字(?:[（(]全文[\d,，]+文字[）)])?")

# The editors' initials that close a story: Indonesian and Malaysian sites' "(idn/imk)",
# the Philippine "/cb", agencies' and ministries' desk codes "pab/ab", "MV/AK", "JCS // MLS".
# (in any script: PIB's Hindi releases close "एमजी/आरपीएम/केसी")
_INITIALS = rf"(?:[^\W\d_]|[{WORD_MARKS}]){{2,12}}"
# (also an agency's end mark, "Inforpress/Fim", and a Maghreb desk's dotted initials, "I. B.",
# "A. B.-H.")
_EDITOR_INITIALS = re.compile(
    rf"\((?:[a-z]{{2,5}}/)+[a-z]{{2,5}}\)|/[a-z]{{2,4}}|{_INITIALS}(?:/{_INITIALS})+"
    # (a Polish agency's desk codes, each closed by its slash: "mno/ mhr/")
    r"|(?:[a-z]{2,5}/\s*)+"
    # (Lusa's desk codes spaced around a double slash: "JCS // MLS")
    rf"|[A-Z]{{2,5}}(?: // [A-Z]{{2,5}})+"
    # (WAFA's dotted initials: "م.ع/ع.ر")
    r"|[^\W\d_](?:\.[^\W\d_]){1,3}\.?(?:/[^\W\d_](?:\.[^\W\d_]){0,3}\.?)+"
    r"|(?:[^\W\d_]\.[\s-]?){2,4}"
)
_EDITOR_INITIALS_LENGTH = 40
# An editor's initials alone in lower case closing the story (El Universal's "mcc",
# "rmlgv"): as a last line after the story's prose only (a word alone may be an answer in
# a transcript).
_CLOSING_INITIALS = re.compile(r"[a-z]{2,6}")
# A page's count of its readers on a line of its own ("This story has been viewed 3712
# times.", "12,408 views", "Lu 18743 fois").
_VIEW_COUNT = re.compile(
    r"(?:this (?:story|article|post) has been (?:viewed|read) [\d,.\s]+ times\.?"
    r"|[\d,.\s]+ (?:views|reads|vues|visualizaciones|visualizzazioni|aufrufe|просмотров"
    r"|просмотра|прочтений|прочитания|переглядів|wyświetleń|zobrazení)"
    r"|(?:lu|vu|read|viewed) [\d,.\s]+ (?:fois|times)"
    # (the label first: "Views: 412", "Просмотров: 412", "Hits: 2417", "조회수 1,204")
    r"|(?:views|hits|aufrufe|просмотров|просмотры|переглядів|прочитано|lecturas"
    r"|visite|visualizações|wyświetleń|zobrazení|görüntülenme|بازدید|مشاهدات|閲覧数|阅读|조회수?)"
    r"\s*[:：]?\s*[\d,.\s]+"
    # (Thai: "อ่าน ๘๔๓ ครั้ง", read 843 times)
    r"|อ่าน\s*[\d๐-๙,]+\s*ครั้ง)",
    re.I,
)
_VIEW_COUNT_LENGTH = 48
# The BBC's skip links around an embedded post ("Skip Instagram post, 1"; the platform's name
# after the word for a post in Persian: "نادیده گرفتن پست اینستاگرام, ۱").
_EMBED_SKIP = re.compile(
    rf"{one_of(EMBED_SKIP_OPENERS)}\s+"
    rf"(?:{one_of(EMBED_PLATFORM_NAMES)}\s*)?"
    r"(?:post|content|video|پست|محتوى|محتوا)?"
    rf"(?:\s*{one_of(EMBED_PLATFORM_NAMES)})?\s*,?\s*\d*",
    re.IGNORECASE,
)
_EMBED_SKIP_LENGTH = 48

# A video player's prompt or notice ("Click to play video: '<title>'"), a site's notice
# written into the story (a paywall's, an editorial review's) or a paginated story's pointer
# to its next page ("Continue reading on the next page: ..."), shorter than this; its
# opening words lie within the first _OPENER_SPAN characters.
# (matched at the line's start; a prefix tree, as only whether one opens the line matters)
_NOTICE = re.compile(
    prefix_tree((*PLAYER_NOTICE_OPENERS, *SITE_NOTICE_OPENERS, *NEXT_PAGE_OPENERS)) + r"\b",
    re.IGNORECASE,
)
_NOTICE_LENGTH = 240
_OPENER_SPAN = 60
# A notice that a part of the page needs scripts ("Enable JavaScript to view data."), a line
# shorter than this; searched for only in a line holding the word all its phrases hold.
_SCRIPT_NOTICE = CaselessWords(SCRIPT_NOTICE_PHRASES, before=r"\b", after=r"\b")
_SCRIPT_NOTICE_HINT = re.compile(re.escape(SCRIPT_NOTICE_HINT), re.IGNORECASE)
_SCRIPT_NOTICE_LENGTH = 160

# A Chinese page's duty-editor credit closing the story ("(责编：刘晓峰、陈思)", "【责任编辑：
# 李娜】"), at most this long.
# (Taiwan's CNA closes the credit with the day's code in its own calendar: "（編輯：張三）1130315")
_CJK_EDITOR_CREDIT = re.compile(
    r"(?:[（(【\[]?\s*(?:" + "|".join(CJK_CREDIT_LABELS) + r")\s*[：:]"
    r"[^（）()【】\[\]：:]{0,40}?[）)】\]]?\s*){1,3}(?:\d{7})?"
)
_EDITOR_CREDIT_LENGTH = 50
# ...and such a credit in brackets closing the last sentence of the story in its paragraph,
# perhaps with CNA's day code after it ("...計畫。（編輯：陳家倫）1140512"), looked for in the
# paragraph's last characters only.
_CLOSING_EDITOR_CREDIT = re.compile(
    r"(?<=[。！？」』”])\s*[（(]\s*(?:" + "|".join(CJK_CLOSING_EDITOR_LABELS) + r")\s*[：:]"
    r"[^（）()：:]{1,20}[）)]\s*(?:\d{7})?$"
)
_CLOSING_EDITOR_CREDIT_SPAN = 40
# ...and such a credit with a space for its colon, the line only that ("编辑 张磊").
_CJK_SPACED_CREDIT = re.compile(
    rf"(?:{'|'.join(CJK_SPACED_CREDIT_LABELS)})[ \u3000]+[\u4e00-\u9fff]{{2,4}}"
)
_SPACED_CREDIT_LENGTH = 12
# A Chinese paper's print-edition line: "《 人民日报 》（ 2026年11月28日 03 版）".
_PRINT_EDITION = re.compile(
    r"《\s*[^》]{2,20}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,3}\s*版\s*[）)]"
)
# A site's reminder between stars, a line of at most this length ("☆...提醒您：...☆").
_CJK_REMINDER = re.compile(
    rf"[{REMINDER_STARS}][^{REMINDER_STARS}]{{0,40}}?(?:{'|'.join(CJK_REMINDER_WORDS)})"
    rf"[^{REMINDER_STARS}]+[{REMINDER_STARS}]"
)
_REMINDER_LENGTH = 100

# The first word as _normal() splits words, and the words a label or share button opens with.
_FIRST_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{WORD_MARKS}])*")
_FIRST_WORD_SPAN = 60
_LABEL_OPENERS = SHARE_OPENERS | {label.split()[0] for label in BOILERPLATE_LABELS if label}

# A paragraph long enough, and made of enough words, to anchor the story's start and end.
ANCHOR_LENGTH = 80
ANCHOR_WORDS = 6

# Text at the head or tail of the story shorter than this may be metadata or leftovers.
SHORT_LINE = 120
_BYLINE_LENGTH = 80
# A byline's cue and name take at most this many words.
_NAME_WORDS = 4
# A byline's names after a weak cue: at most this many words, dashes between them aside.
_MAX_NAME_WORDS = 6
_NAME_DASHES = frozenset({"-", "–", "—", "|"})
# A Chinese reporter's line on its own: the outlet's reporter ("本报记者", "腾讯新闻记者"), a
# few names, perhaps where the report was sent from ("腾讯新闻记者 陈曦 发自武汉"); no
# sentence.
_CJK_REPORTER_LINE = re.compile(
    r"\S{0,10}(?:记者|記者)\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,3}"
    r"(?:\s*(?:发自|發自)[\u4e00-\u9fff]{1,8})?"
)
# A Chinese byline field alone: its label, a colon or comma and a few names ("作者，陈颖").
_CJK_LABELLED_BYLINE = re.compile(
    rf"(?:{'|'.join(CJK_BYLINE_LABELS)})\s*[:：,，]\s*[\u4e00-\u9fff]{{2,4}}"
    r"(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,3}"
)
# A credit line: roles joined ("聞き手・写真", "Text and photos"), a colon and a name of a few
# words, perhaps in brackets ("（聞き手・写真：くらしのて）", "(Text and photos: Jo Lind)").
_CREDIT_LINE = re.compile(
    r"[(（\[【〔]?\s*([^:：()（）]{1,30}?)\s*[:：]\s*([^:：()（）]{1,40}?)\s*[)）\]】〕]?"
)
_CREDIT_ROLE_JOINER = re.compile(
    "|".join(
        rf"\s+{re.escape(joiner)}\s+" if joiner.isalpha() else rf"\s*{re.escape(joiner)}\s*"
        for joiner in CREDIT_ROLE_JOINERS
    )
)
_CREDIT_NAME_WORDS = 5
# The names of a reporting credit, split at their joiners.
_REPORTING_JOINER = re.compile(
    "|".join(
        rf"\s+{re.escape(joiner)}\s+" if joiner.isalpha() else rf"\s*{re.escape(joiner)}\s*"
        for joiner in REPORTING_CREDIT_JOINERS
    )
)
# A crew credit's pairs joined by a spaced dash ("Haber: Ali KAYA - Kamera: Cem ÖZ"), the
# place a name was filed from after a slash ("Burak ERTEKİN/TORBALI (İzmir)") and a mark in
# brackets closing the line ("(DHA)").
_PAIR_JOINER = re.compile(r"\s+[-–—]\s+")
_FILED_FROM = re.compile(r"\s*/\s*[^\W\d_][^/():：]{0,30}(?:\([^()]{1,30}\))?\s*$")
_CLOSING_MARK = re.compile(r"\([^()]{1,20}\)$")
# The marks between a crew's credits, kept by the split, and the colon after a role.
_CREW_JOINER = re.compile(r"(\s*[/／·]\s*)")
_COLON = re.compile("[:：]")
# A sign-off set between dashes on the story's last line ("- நமது நிருபர் -", "-- Staff
# Reporter --"): a few words, no sentence.
# The tail of an e-mail shown as the story (a mailing list's archive), from the line that
# opens it: the signature's "-- " separator, or the rule of underscores over the list's footer
# ("____\nX mailing list\n..."); and Mailman's link to the list's page after the message.
_MAIL_TAIL = re.compile(r"^(?:--[ \t]*\n|_{10,}\n[^\n]*mailing list)", re.IGNORECASE | re.MULTILINE)
_MAIL_LIST_LINK = re.compile(r"More information about the \S+\s+mailing list", re.IGNORECASE)
# A rights line closing the text: "Copyright 2015 KWTV. All rights reserved.", "© 2015 ...".
_OWN_RIGHTS = re.compile(r"(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b.{0,80}$", re.I)
# A feature syndicate's rights line under a column it distributes, casefolded: the mark and
# the syndicate ("(c) 2025 andrews mcmeel syndication", "© 2025 king features syndicate,
# inc."), or the writer's mark and the syndicate distributing it ("© 2025 by june albrecht.
# distributed by tribune content agency.").
_SYNDICATE = one_of(FEATURE_SYNDICATES)
# (a line longer than this is prose, or a notice of its own)
_SYNDICATE_RIGHTS_LENGTH = 200
_SYNDICATE_RIGHTS = re.compile(
    rf"(?:copyright|©|\(c\))(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)\d\d,?\s*)?(?:by\s+)?{_SYNDICATE}"
    r"(?:,?\s+(?:inc|llc)\.?)?\.?"
)
_SYNDICATE_DISTRIBUTOR = re.compile(rf"\b{one_of(SYNDICATE_DISTRIBUTION_WORDS)}\s+{_SYNDICATE}\b")
_DASHED_SIGNOFF = re.compile(r"[-–—]+\s*[^\W\d_][^.!?\d]{0,40}?\s*[-–—]+")
# A boilerplate heading closing the text ("Tags:") is shorter than this.
_ORPHAN_HEADING_LENGTH = 40
_BUTTON_WORDS = 5
# A toggle's two labels run together hold this many words at most.
_TOGGLE_WORDS = 8
# A feedback widget's line, its question and a short plea before it.
_FEEDBACK_LINE_LENGTH = 90

# The separators of a breadcrumb's parts and of a row of tools' labels, and how many words
# each part has at most.
_BREADCRUMB = re.compile(r"\s[>»›/]\s")
_TOOLS = re.compile(r"\s[|•·]\s")
_LABEL_WORDS = 4

# A date written out: a month's name or number beside a day and a four-digit year, and a time.
_WRITTEN_DATE = re.compile(
    # "Tue 5 Nov 2024", "August 19, 2024", "05/11/2024"...
    r"(?:(?:\b[^\W\d_]{3,9}\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?[.,]?\s+[^\W\d_]{3,9}\.?,?\s+\d{4}"
    r"|\b[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
    # ...and a time: "14.32 GMT", "at 9:12 a.m."
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?",
    re.I,
)

# A read-also label over titles in <br> text: a label this short, at most this many titles,
# each at most this long.
_LABEL_LINE_LENGTH = 40
_MAX_LISTED_TITLES = 8
_LISTED_TITLE_LENGTH = 120

# A line that is a date alone is shorter than this.
_DATE_ALONE_LENGTH = 40

# How many lines after a standfirst may still be the head's byline or date.
AFTER_STANDFIRST = 3

# A sign-off written as lines of one paragraph closing the story ("J. R. Whitcombe<br>Town
# Clerk<br>2 June 2008"): the signer's office takes this many lines at most, each this short.
_SIGNOFF_OFFICE_LINES = 2
_SIGNOFF_LINE_LENGTH = 60
_OFFICE_WORDS = ROLE_WORDS | JOB_TITLE_WORDS


# A wire agency's credit alone closing a story is this short ("(Tanjug)", "(With AFP)").
_MAX_WIRE_CREDIT = 40


# A Japanese reporter's name alone in brackets closing the story ("（山本大地）"): three to six
# Han characters (two are a wire's short name as often as a name: "（共同）", "（時事）").
_BRACKETED_HAN_NAME = re.compile(rf"[(（]\s*([{HAN}]{{3,6}})\s*[)）]")
_NON_NAME_ENDINGS = (*BRACKETED_NON_NAME_ENDINGS, *CJK_UNIT_ENDINGS, *CJK_OUTLET_ENDINGS)


def trim_paragraphs(
    paragraphs: list[str],
    titles: Collection[str],
    items: Collection[str] = (),
    headings: Collection[str] = (),
    unlabelled: Collection[str] = (),
) -> list[str]:
    """The same head and label rules on the rendered text, for what one block held as
    several paragraphs (``<br>`` layouts): a headline, byline or date line before the first
    real paragraph, and label lines anywhere. ``items`` are the texts of a list's items: a
    short line with a figure among them is no date line; ``headings`` are the texts of
    subheadings, which no label rule drops ("Photo" over a review's section);
    ``unlabelled`` are one-line texts known to be no label (the edge rules tested them)."""
    kept: list[str] = []
    in_head = any(_reads_as_prose(paragraph) for paragraph in paragraphs)
    after_head = 0  # lines read since the first real paragraph, while a date may follow it
    for paragraph in paragraphs:
        if (
            paragraph not in unlabelled and _is_label_lines(paragraph) and paragraph not in headings
        ) or (in_head and kept and paragraph == kept[-1]):
            continue  # (a line twice in a row above the story: a standfirst shown again)
        if 0 < after_head <= AFTER_STANDFIRST:
            after_head += 1
            # a standfirst can open the story before its date lines ("Tue 5 Nov 2024 14.32
            # GMT", "Last modified on ..."): on strong signs only, as for units
            if is_dated_line(paragraph) or _is_date_alone(paragraph):
                continue
        if in_head and "\n" in paragraph:
            # a head written as lines of one block, "Headline<br>By Name<br>March 6, 2024"
            # (a print page's "Monday, August 14, 2006<br>Headline<br>By Name"): the
            # opening run of head lines goes when a headline or byline is among them
            lines = paragraph.split("\n")
            head = 0
            while head < len(lines) and (
                _is_head_line(lines[head], titles) or _is_role_line(lines[head])
            ):
                head += 1
            if any(is_title_text(line, titles) or is_byline(line) for line in lines[:head]):
                if head == len(lines):
                    continue
                paragraph = "\n".join(lines[head:])
        if in_head:
            if is_byline(paragraph):
                continue  # (a long metadata line reads as prose too)
            if _reads_as_prose(paragraph):
                in_head = False
                after_head = 1
                if is_whole_title(paragraph, titles):
                    # (a long title line reads as prose too, a transcript's running order
                    # "Story one; Interview With ...; Story two": the head ends with it)
                    continue
            elif _is_head_line(
                paragraph, titles, figures_date=paragraph not in items
            ) or _is_row_of_labels(paragraph, _BREADCRUMB):
                continue
        kept.append(paragraph)
    kept = _without_mail_tail(kept)
    while len(kept) > 1 and (
        is_signoff(kept[-1])
        or _is_row_of_tools(kept)
        or _is_orphan_heading(kept[-1])
        or _DASHED_SIGNOFF.fullmatch(kept[-1]) is not None
        or _is_own_rights_line(kept[-1])
        or CLICK_TO_SIGN_UP.match(kept[-1]) is not None
        or RELEASE_REFERENCE.fullmatch(kept[-1]) is not None
        or _is_signoff_lines(kept[-1])
        or (_CLOSING_INITIALS.fullmatch(kept[-1]) is not None and _reads_as_prose(kept[-2]))
        or (is_bracketed_name(kept[-1]) and _reads_as_prose(kept[-2]))
        # (an agency's credit alone on a bare line after the last <br><br>: "(Yonhap)"; a
        # line the edge rules read as a unit of its own and kept stays as they left it)
        or (kept[-1] not in unlabelled and is_agency_credit(kept[-1]) and _reads_as_prose(kept[-2]))
        or is_end_mark(kept[-1])
        or _is_signoff_and_end_mark(kept[-1])
        or _is_media_markers(kept[-1])
        or _is_crew_credits(kept[-1])
    ):
        kept.pop()
    if len(kept) > 2 and is_signoff(kept[-2]) and _is_copyright_line(kept[-1]):
        del kept[-2]  # (a wire's sign-off before its closing notice: "jhkim@yna.co.kr")
    if kept:
        kept[-1] = _without_closing_editor_credit(kept[-1])
    return kept


def _without_closing_editor_credit(paragraph: str) -> str:
    """The story's last paragraph without a duty editor's credit in brackets after its last
    sentence ("...再生計畫。（編輯：陳家倫）1140512" gives "...再生計畫。"): the page's record,
    no text of the story."""
    start = max(len(paragraph) - _CLOSING_EDITOR_CREDIT_SPAN, 0)
    credit = _CLOSING_EDITOR_CREDIT.search(paragraph, start)
    return paragraph if credit is None else paragraph[: credit.start()]


def is_agency_credit(text: str) -> bool:
    """A short line that is only a wire agency's credit ("(Yonhap)", "ELTA", "(With AFP)",
    after an editor's initials: "K. B./STA", between slashes: "/ritzau/", after a rule:
    "==Kyodo")."""
    return len(text) <= _MAX_WIRE_CREDIT and (
        wire_name(_without_signoff_rule(text)) is not None
        or initials_wire_name(text) is not None
        or slashed_wire_name(text) is not None
    )


def _without_signoff_rule(text: str) -> str:
    """``text`` without the rule an agency sets before its name to sign off ("==Kyodo"
    gives "Kyodo")."""
    stripped = text.lstrip()
    for rule in WIRE_SIGNOFF_RULES:
        if stripped.startswith(rule):
            return stripped.removeprefix(rule)
    return text


def is_bracketed_name(text: str) -> bool:
    """A reporter's name alone in brackets after the story, as Japanese papers sign it
    ("（山本大地）"); not a desk, an outlet, a role or a note ("（社会部）", "（共同通信）",
    "（編集委員）", "（敬称略）")."""
    found = _BRACKETED_HAN_NAME.fullmatch(text.strip())
    return found is not None and not found.group(1).endswith(_NON_NAME_ENDINGS)


def _is_signoff_lines(paragraph: str) -> bool:
    """A sign-off on lines of one paragraph: a name, the signer's office ("Town Clerk and
    Responsible Financial Officer") and the date ("2 June 2008"), as a notice or a letter
    closes."""
    lines = paragraph.split("\n")
    if not 3 <= len(lines) <= _SIGNOFF_OFFICE_LINES + 2:
        return False
    name, *offices, date = (line.strip() for line in lines)
    return (
        _names_only(name.split())
        and all(_is_office_line(line) for line in offices)
        and any(_names_office(line) for line in offices)
        and (is_bare_date_line(date) or _is_date_alone(date))
    )


def _names_office(line: str) -> bool:
    """The line holds the word of an office ("Clerk to the Council", "Club Secretary")."""
    return any(word.strip(",.").casefold() in _OFFICE_WORDS for word in line.split())


def _is_office_line(line: str) -> bool:
    """A short line naming an office, no sentence: "Town Clerk", "Chief Executive"."""
    return (
        0 < len(line) < _SIGNOFF_LINE_LENGTH
        and not line.endswith(SENTENCE_ENDS)
        and _DIGIT.search(line) is None
    )


def _without_mail_tail(paragraphs: list[str]) -> list[str]:
    """The paragraphs without an e-mail's signature and list footer and all after them (a
    mailing list archive's message, one ``<pre>``: "...\n\n-- \nTom Kirkby\n...")."""
    for index, paragraph in enumerate(paragraphs):
        if _MAIL_LIST_LINK.fullmatch(paragraph) is not None and index:
            return paragraphs[:index]
        tail = _MAIL_TAIL.search(paragraph)
        if tail is not None and (tail.start() or index):
            head = paragraph[: tail.start()].rstrip()
            return [*paragraphs[:index], head] if head else paragraphs[:index]
    return paragraphs


def _is_own_rights_line(text: str) -> bool:
    """The site's own rights line closing text broken by ``<br>`` ("Copyright 2015 KWTV. All
    rights reserved."), which no unit of its own held: a wire's notice reserving its rights
    under its story stays (the agency's text)."""
    return (
        _OWN_RIGHTS.match(text) is not None
        and not names_wire_rights(text)
        and not is_syndicate_rights_line(text)
    )


def is_syndicate_rights_line(text: str) -> bool:
    """A feature syndicate's rights line closing a column it distributes ("(c) 2025 Andrews
    McMeel Syndication", "© 2025 by June Albrecht. Distributed by Tribune Content Agency."):
    the counterpart of a wire's, part of the column's text."""
    folded = text.strip().casefold()
    if len(folded) >= _SYNDICATE_RIGHTS_LENGTH or not folded.startswith(COPYRIGHT_MARKS):
        return False
    return (
        _SYNDICATE_RIGHTS.fullmatch(folded) is not None
        or _SYNDICATE_DISTRIBUTOR.search(folded) is not None
    )


def _is_copyright_line(text: str) -> bool:
    """A short line holding a copyright mark ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>")."""
    folded = text.casefold()
    return len(text) < SHORT_LINE and any(mark in folded for mark in COPYRIGHT_MARKS)


def _is_label_lines(paragraph: str) -> bool:
    """A label, or lines that are each one ("Ends/Wednesday, March 5, 2025<br>Issued at HKT
    14:30")."""
    if is_label(paragraph):
        return True
    if "\n" not in paragraph:
        return False
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return all(map(is_label, lines)) or _is_labelled_title_list(lines)


def _is_labelled_title_list(lines: list[str]) -> bool:
    """A read-also label over a few other stories' titles, each a line of its own, in text
    broken by <br> ("【関連記事】<br><a>title</a><br><a>title</a>", closing a Yahoo! Japan
    copy): titles are short and end in no sentence's mark."""
    return (
        1 < len(lines) <= _MAX_LISTED_TITLES + 1
        and len(lines[0]) <= _LABEL_LINE_LENGTH
        and is_inline_label(lines[0])
        and all(
            len(line) <= _LISTED_TITLE_LENGTH and not line.rstrip().endswith(SENTENCE_ENDS)
            for line in lines[1:]
        )
    )


def _is_row_of_labels(text: str, separators: re.Pattern[str]) -> bool:
    """A short line of two or more short labels, no sentence among them, split by
    ``separators``: a breadcrumb ("Home > Local News") or a row of tools ("Email this story
    | Printer-friendly version") in a layout that writes them as lines of text."""
    if len(text) >= ANCHOR_LENGTH or "\n" in text:
        return False
    parts = [part.strip() for part in separators.split(text)]
    return len(parts) > 1 and all(
        part and len(part.split()) <= _LABEL_WORDS and not part.endswith(SENTENCE_ENDS)
        for part in parts
    )


def _is_row_of_tools(lines: list[str]) -> bool:
    """The last line is a row of tools ("Email this story | Print"), not the last row of a
    data table (rendered "cell | cell", like the line before it)."""
    last = lines[-1]
    if not _is_row_of_labels(last, _TOOLS):
        return False
    cells = len(_TOOLS.split(last))
    return len(lines) < 2 or len(_TOOLS.split(lines[-2])) != cells


def _is_orphan_heading(text: str) -> bool:
    """A short boilerplate heading left last once what it headed went ("Tags:", "Share
    this:", "Related:")."""
    return len(text) < _ORPHAN_HEADING_LENGTH and heading_kind(text) is not None


def is_end_mark(text: str) -> bool:
    """A press release's or a wire's end mark on a line of its own ("###", "-30-", "- END -",
    "ENDS", "(END)")."""
    return len(text) <= _END_MARK_LENGTH and _END_MARK.fullmatch(text) is not None


def _is_signoff_and_end_mark(paragraph: str) -> bool:
    """A wire's closing lines in one paragraph: the reporter's sign-off over the end mark
    ("jhkim@yna.co.kr<br>(END)", "Kim Ji-hyun jhkim@yna.co.kr<br>(END)"), each of which goes
    on a line of its own."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    return len(lines) == 2 and is_signoff(lines[0]) and is_end_mark(lines[1])


def _is_media_markers(text: str) -> bool:
    """A wire's media markers on the story's last line, each in brackets ("(foto) (vídeo)",
    "(audio)")."""
    return (
        len(text) <= _MEDIA_MARKERS_LENGTH
        and text.startswith("(")
        and _MEDIA_MARKERS.fullmatch(text) is not None
    )


def is_handling_note(text: str) -> bool:
    """A wire's handling note to its clients, a line wholly in brackets that opens with a
    handling cue ("(ATTN: UPDATES with comments from the minister in paras 4-7)", "(Adds
    market reaction)")."""
    if not (text.startswith("(") and text.endswith(")")) or len(text) >= _HANDLING_NOTE_LENGTH:
        return False  # (the cheap tests first)
    if _HANDLING_NOTE.span(text[:_OPENER_SPAN]) is None:
        return False
    return _closes_at_end(text)


def _closes_at_end(text: str) -> bool:
    """Whether the bracket opening ``text`` closes at its end only ("(ATTN: ...)", not "(a)
    and (b)")."""
    depth = 0
    for index, character in enumerate(text):
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
            if depth == 0:
                return index == len(text) - 1
    return False


# An author's bio box closing the story takes at most this many paragraphs (a heading with
# the author's name, up to three lines about them), and leaves this many of the story before
# it.
_BIO_PARAGRAPHS = 4
_STORY_BEFORE_BIO = 2
# Marks around a name set alone on a line ("— Vanguard News.", "*The Courier*").
_NAME_MARKS = " .,;:-–—*_()[]"
# A desk's sign-off: the name and at most two lines under it, each of a few words.
_DESK_SIGNOFF_LINES = 3
_DESK_LINE_WORDS = 4
# A reporter's contact line closing the story: an opener, their name, e-mail addresses or
# phone numbers, and perhaps their follow line ("Contact Dana Whitfield at 555-312-4410 or
# dana@paper.example. Follow her on X @dana_w.").
_PHONE = r"\+?(?:\(\d{1,4}\)\s?)?\d[\d .-]{5,16}\d"
_CONTACT_DETAIL = rf"(?:{_EMAIL.pattern}|{_PHONE})"
_CONTACT_LINE = re.compile(
    rf"{one_of(CONTACT_LINE_OPENERS)}\s+(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){{1,4}}?)"
    rf"(?:\s+(?:at|via|on|by\s+e-?mail\s+at)|\s*[:,])?\s+{_CONTACT_DETAIL}"
    rf"(?:\s*(?:,|or|and|,\s*or)\s+{_CONTACT_DETAIL})*\s*\.?(?:\s+{_FOLLOW_REPORTER.pattern})?",
    re.IGNORECASE,
)
# The same line with the name first ("Dana Whitfield can be reached at 555-0142.").
_REACHED_LINE = re.compile(
    rf"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){{1,3}}?)\s+{one_of(CONTACT_LINE_VERBS)}"
    rf"(?:\s+(?:at|via|on|by\s+e-?mail\s+at)|\s*:)?\s+{_CONTACT_DETAIL}"
    rf"(?:\s*(?:,|or|and|,\s*or)\s+{_CONTACT_DETAIL})*\s*\.?(?:\s+{_FOLLOW_REPORTER.pattern})?",
    re.IGNORECASE,
)
# A wire's closing contact lines for its staff: an opener and a colon, then each name, perhaps
# where they work, and their addresses, the names apart by semicolons ("To contact the editors
# responsible for this story: Dana Lee at dlee@wire.example; Jo Lind at jlind@wire.example").
_STAFF_CONTACT_LINE = re.compile(
    rf"{one_of(STAFF_CONTACT_OPENERS)}(?:\s+{one_of(STAFF_CONTACT_QUALIFIERS)})?\s*:\s*"
    r"(?P<entries>.+?)\s*\.?",
    re.IGNORECASE | re.DOTALL,
)
_STAFF_CONTACT_ENTRY = re.compile(
    rf"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){{1,4}}?)"
    rf"(?:\s+in\s+(?:[^\W\d_][\w.'’-]*\s+){{0,2}}?[^\W\d_][\w.'’-]*)?"
    rf"(?:\s+(?:at|via)|\s*[:,])?\s+{_CONTACT_DETAIL}"
    rf"(?:\s*(?:,|or|and|,\s*or)\s+{_CONTACT_DETAIL})*",
    re.IGNORECASE,
)
_STAFF_CONTACT_SEPARATOR = re.compile(r"\s*;\s*(?:and\s+)?", re.IGNORECASE)
# A newsletter's closing tips line: an opener, whom to send them (its readers' name for it,
# "us"), the addresses, and perhaps one short sentence after ("Send Capitol Morning tips to
# desk@paper.example. This newsletter would not happen without our editors.").
_TIPS_LINE = re.compile(
    rf"{one_of(TIPS_LINE_OPENERS)}\s+(?:[^\W\d_][\w.'’-]*\s+){{0,4}}(?:your\s+)?"
    rf"{one_of(TIPS_LINE_NOUNS)}\s+to\s+{_EMAIL.pattern}"
    rf"(?:\s*(?:,|or|and|,\s*(?:or|and))\s+{_EMAIL.pattern})*\s*\.?(?:\s+[^.!?]{{1,100}}[.!?])?",
    re.IGNORECASE,
)
# An advice column's closing line inviting letters: at most one sentence about the column,
# then an opener and, after it, an address to write to (e-mail, web site, P.O. Box).
_WRITE_IN_LINE = re.compile(
    rf"(?:[^.!?]+[.!?]\s+)?{one_of(WRITE_IN_OPENERS)}\b.*?"
    rf"(?:{_EMAIL.pattern}|\bwww\.\w|https?://|\bp\.?\s?o\.?\s+box\s+\d)",
    re.IGNORECASE | re.DOTALL,
)
_WRITE_IN_LINE_LENGTH = 400
# Contact details in an author's tagline: an address, a phone number or a handle.
_CONTACT_DETAILS = re.compile(rf"{_CONTACT_DETAIL}|(?<![\w.])@\w+")
_CONTACT_LINE_LENGTH = 300
# An author's role at the outlet after their name, a few words between the verb and the word
# joining them to the outlet ("is the bureau chief for ...", "ist Redakteurin bei ...").
_AUTHOR_ROLE = re.compile(
    rf"{one_of(AUTHOR_ROLE_OPENERS)}(?:[^\W\d_][\w'’-]*\s+){{1,5}}?{one_of(AUTHOR_ROLE_JOINERS)}\s"
)


# A reporter's line opening the story: the place they filed from, a colon or a dash, their
# name ("أبوظبي: عبير أبو شمالة", "Abu Dhabi - Jo Lind").
_PLACED_BYLINE = re.compile(r"([^\W\d][^\d:()]{0,30}?)\s*(?::|\s[-–—])\s*(\S.{0,60})", re.S)
_MAX_BYLINE_PLACE_WORDS = 3


def without_opening_placed_byline(paragraphs: list[str], authors: Sequence[str]) -> list[str]:
    """``paragraphs`` without a first line that is the place filed from and an author's name
    and nothing else ("أبوظبي: عبير أبو شمالة" over the story): the byline repeated. A line
    naming no author of the page ("Abu Dhabi: the ministry said ...") stays."""
    if len(paragraphs) <= 1 or not authors:
        return paragraphs
    match = _PLACED_BYLINE.fullmatch(paragraphs[0])
    if match is None or len(match.group(1).split()) > _MAX_BYLINE_PLACE_WORDS:
        return paragraphs
    names = {_bare_name(name) for name in authors if len(name.split()) >= 2}
    return paragraphs[1:] if _bare_name(match.group(2)) in names else paragraphs


def without_closing_site_name(paragraphs: list[str], site_name: str | None) -> list[str]:
    """``paragraphs`` without a last line that is the site's own name and nothing else (a
    paper's sign-off under its story, "<p><em>Vanguard News</em></p>"): no story's text."""
    if not site_name or len(paragraphs) <= _STORY_BEFORE_BIO:
        return paragraphs
    if _bare_name(paragraphs[-1]) == _bare_name(site_name):
        return paragraphs[:-1]
    return paragraphs


# A newsroom's blurb about itself: a name of a few words (a dot inside it, "Patch.com", but no
# sentence's end), the verb and its article, then in the same sentence a word naming a
# newsroom ("KFF Health News is a national newsroom that produces ...").
_SELF_DESCRIPTION = re.compile(
    r"(?P<name>(?:[^.!?]|\.(?=\S)){2,60}?)\s+"
    rf"{one_of(SELF_DESCRIPTION_VERBS)}(?:\s+|(?<=['’]))[^.!?]{{0,80}}?"
    rf"\b{one_of(SELF_DESCRIPTION_NEWSROOM_WORDS)}\b",
    re.IGNORECASE,
)
# Such a blurb is a short line (a sentence or three), among the story's last lines.
_SELF_DESCRIPTION_LENGTH = 400
_SELF_DESCRIPTION_REACH = 2


def without_closing_self_description(
    paragraphs: list[str], is_own_name: Callable[[str], bool]
) -> list[str]:
    """``paragraphs`` without the site's blurb about itself among the last lines: a short line
    that opens with the site's own name (``is_own_name``), "is a", and a word naming a
    newsroom ("KFF Health News is a national newsroom that produces in-depth journalism ...",
    "Chalkbeat is a nonprofit news site covering ..."). Another publisher's name there
    ("This story was produced by KFF Health News, a national newsroom ...", or the line on
    a partner's copy) is a credit to the story's source: it stays."""
    start = max(_STORY_BEFORE_BIO, len(paragraphs) - _SELF_DESCRIPTION_REACH)
    for index in reversed(range(start, len(paragraphs))):
        if _is_self_description(paragraphs[index], is_own_name):
            return [*paragraphs[:index], *paragraphs[index + 1 :]]
    return paragraphs


def _is_self_description(paragraph: str, is_own_name: Callable[[str], bool]) -> bool:
    """Whether a line is a newsroom's short blurb about itself under the name
    ``is_own_name`` accepts."""
    if len(paragraph) > _SELF_DESCRIPTION_LENGTH:
        return False
    match = _SELF_DESCRIPTION.match(paragraph)
    return match is not None and is_own_name(match["name"].strip(_NAME_MARKS))


def _bare_name(text: str) -> str:
    """A name casefolded, its spacing collapsed and the marks around it left off."""
    return " ".join(text.split()).strip(_NAME_MARKS).casefold()


def without_closing_bio(paragraphs: list[str], authors: Sequence[str]) -> list[str]:
    """``paragraphs`` without the author's bio box that closes them, whatever its class: from
    a line among the last few that is an author's full name and nothing else (the box's
    heading, "Dana Whitfield", over "Dana covers transport for ..."). A line that only opens
    with the name stays: the corpora disagree on a tagline such as "Jane Doe is a professor
    of economics" (kept by one gold, dropped by the other). Names on lines of their own more
    than once are a live blog's entries signed each by its writer: those lines go, and the
    entries stay."""
    names = {name for name in authors if len(name.split()) >= 2}
    # (past a syndicate's rights line closing the column, which stays: "Dear Jo is written
    # by Jo Lind. Contact her at ..." over "(c) 2025 Andrews McMeel Syndication")
    rights = paragraphs[-1:] if paragraphs and is_syndicate_rights_line(paragraphs[-1]) else []
    paragraphs = paragraphs[: len(paragraphs) - len(rights)]
    while len(paragraphs) > _STORY_BEFORE_BIO and (
        _is_contact_line(paragraphs[-1], names) or _is_write_in_line(paragraphs[-1], names)
    ):
        paragraphs = paragraphs[:-1]
    paragraphs = [*paragraphs, *rights]
    if not names:
        return paragraphs
    if len(paragraphs) > _STORY_BEFORE_BIO and (
        _is_desk_signoff(paragraphs[-1], names) or _is_placed_signoff(paragraphs[-1], names)
    ):
        paragraphs = paragraphs[:-1]
    if sum(paragraph in names for paragraph in paragraphs) > 1:
        return [paragraph for paragraph in paragraphs if paragraph not in names]
    start = max(_STORY_BEFORE_BIO, len(paragraphs) - _BIO_PARAGRAPHS)
    for index in range(start, len(paragraphs)):
        if paragraphs[index] in names:
            return paragraphs[:index]
    return paragraphs


def _is_contact_line(paragraph: str, names: Collection[str]) -> bool:
    """The reporter's contact line closing the story: "Contact <name> at <phone> or
    <address>." (perhaps with their follow line), the name an author's or one in capitals;
    or an author's tagline with contact details ("Jo Lind covers schools for the Journal.
    Reach her at jlind@journal.example."). A tagline without them stays."""
    if len(paragraph) > _CONTACT_LINE_LENGTH:
        return False
    if _TIPS_LINE.fullmatch(paragraph) is not None:
        return True
    if _is_staff_contact_line(paragraph, names):
        return True
    found = _CONTACT_LINE.fullmatch(paragraph) or _REACHED_LINE.fullmatch(paragraph)
    if found is not None:
        name = found.group("name")
        return name in names or _names_only(name.split())
    return (
        any(
            paragraph.startswith(f"{name} ")
            and _opens_tagline(paragraph[len(name) + 1 :].casefold())
            for name in names
        )
        and _CONTACT_DETAILS.search(paragraph) is not None
    )


def _opens_tagline(rest: str) -> bool:
    """Whether ``rest``, casefolded, the words after an author's name, open their tagline:
    their beat ("covers schools for ...") or their role at the outlet ("is the bureau chief
    for ...", ``_AUTHOR_ROLE``)."""
    return rest.startswith(AUTHOR_BEAT_WORDS) or _AUTHOR_ROLE.match(rest) is not None


def _is_staff_contact_line(paragraph: str, names: Collection[str]) -> bool:
    """A wire's closing contact line for its reporters or editors: "To contact the reporter on
    this story: <name> in <place> at <address>", several names apart by semicolons, each an
    author's or a capitalised name followed by addresses or phone numbers only."""
    found = _STAFF_CONTACT_LINE.fullmatch(paragraph)
    if found is None:
        return False
    for entry in _STAFF_CONTACT_SEPARATOR.split(found.group("entries")):
        named = _STAFF_CONTACT_ENTRY.fullmatch(entry)
        if named is None:
            return False
        name = named.group("name")
        if name not in names and not _names_only(name.split()):
            return False
    return True


def _is_write_in_line(paragraph: str, names: Collection[str]) -> bool:
    """An advice column's closing line inviting its readers' questions to the columnist, an
    author named in it, with where to send them ("Dear Jo is written by Jo Lind. Contact her
    at www.dearjo.example or P.O. Box 12, ..."): no part of the answer. A newsroom's own
    invitation ("Questions about your bill? Write to us at ...") and an author's note without
    an address stay."""
    return (
        len(paragraph) <= _WRITE_IN_LINE_LENGTH
        and any(name in paragraph for name in names)
        and _WRITE_IN_LINE.match(paragraph) is not None
    )


def _is_desk_signoff(paragraph: str, names: Collection[str]) -> bool:
    """A sign-off closing the story on lines of one paragraph: an author's name, in any
    capitals, over their desk's line ("Redacción Bogotá") or the paper's name, a few words
    each ("LAURA QUINTERO\nRedacción Bogotá\nEL TIEMPO"): the byline repeated."""
    lines = paragraph.split("\n")
    if not 1 < len(lines) <= _DESK_SIGNOFF_LINES or len(paragraph) > _SIGNOFF_LINE_LENGTH * 3:
        return False
    folded = {name.casefold() for name in names}
    return lines[0].strip().casefold() in folded and all(
        _is_desk_or_paper_line(line.strip()) for line in lines[1:]
    )


def _is_placed_signoff(paragraph: str, names: Collection[str]) -> bool:
    """A sign-off closing the story: an author's name and, in brackets, where and as what
    they reported ("Mariama Diallo (Ziguinchor, Sénégal, envoyée spéciale)", "Jo Lind (à
    Dakar)"): the byline repeated."""
    if len(paragraph) > _SIGNOFF_LINE_LENGTH * 2 or not paragraph.endswith(")"):
        return False  # (the cheap tests first)
    name, bracket, rest = paragraph[:-1].partition("(")
    return (
        bool(bracket)
        and name.strip() in names
        and "(" not in rest
        and not rest.rstrip().endswith(SENTENCE_ENDS)
    )


def _is_desk_or_paper_line(line: str) -> bool:
    """A desk's line ("Redacción Bogotá") or a paper's name: a few words, no figure, no
    sentence."""
    words = line.split()
    return (
        0 < len(words) <= _DESK_LINE_WORDS
        and not line.endswith(SENTENCE_ENDS)
        and not any(character.isdigit() for character in line)
        and (words[0].casefold() in DESK_LINE_OPENERS or len(words) <= _DESK_LINE_WORDS - 1)
    )


def agency_signature(text: str) -> tuple[str, ...]:
    """The reporter who signs the story off with their agency's name in brackets after
    theirs, a line of its own ("Marta Nowak (PAP)", "Autorka: Marta Nowak (PAP)"); none for
    any other line (a dateline's place alone, "Warszawa (PAP)", is one word)."""
    if len(text) > _AGENCY_SIGNATURE_LENGTH or not text.endswith(")"):
        return ()  # (the cheap tests first)
    found = _AGENCY_SIGNATURE.fullmatch(text)
    if found is None or wire_name(found.group(2)) is None:
        return ()
    names = parse_byline(found.group(1)).names
    if len(names) != 1 or not 1 < len(names[0].split()) <= _NAME_WORDS:
        return ()
    return names if all(word[0].isupper() for word in names[0].split()) else ()


def credit_line_reporters(text: str) -> tuple[str, ...]:
    """The reporters an agency's closing line of credits names, a line of its own made wholly
    of fields, each a role's label and a name ("خبرنگار: فرزانه کریمی ** انتشار دهنده: علی
    رضایی" gives the reporter alone: who published or edited the copy is no author); none for
    any other line."""
    if len(text) > _CREDIT_LINE_LENGTH or (":" not in text and "：" not in text):
        return ()  # (the cheap tests first)
    fields = list(_CREDIT_LINE_FIELD.finditer(text))
    if not fields or fields[0].start() != 0:
        return ()
    names: list[str] = []
    for field, after in zip(fields, [*fields[1:], None], strict=True):
        value = text[field.end() : len(text) if after is None else after.start()].strip()
        if not _is_credited_name(value):
            return ()  # (a sentence, or a field with no name: no line of credits)
        if field.group(1) in CREDIT_LINE_REPORTER_LABELS:
            names.append(value)
    return tuple(names)


def _is_credited_name(value: str) -> bool:
    """Whether a credit's field holds a name alone: two to four words, no figure, no
    sentence."""
    return (
        1 < len(value.split()) <= _NAME_WORDS
        and not any(character.isdigit() for character in value)
        and not value.endswith(SENTENCE_ENDS)
    )


def is_signoff(text: str) -> bool:
    """A reporter's sign-off line: a byline (or a name alone) and an e-mail address, or the
    address alone; nothing else."""
    if len(text) > _BYLINE_LENGTH:
        return False
    found = _EMAIL.search(text)
    if found is None:
        return False
    rest = f"{text[: found.start()]} {text[found.end() :]}".strip(" ,;:|/()<>[]·-–—")
    # (reporters signing together: "이영희·정민수 기자", "王小明、李四 记者")
    rest = _JOINT_NAMES.sub(" ", rest)
    if " " in rest and _CJK_NAME_RUN.fullmatch(rest):
        rest = rest.rsplit(" ", 2)[-2] + " " + rest.rsplit(" ", 1)[-1]
    role = TRAILING_ROLE_BYLINE.match(rest)
    return (
        not rest  # (the reporter's address alone on the last line)
        or _opens_with_byline(rest)
        or (role is not None and role.end() == len(rest))
        or LEADING_ROLE_BYLINE.fullmatch(rest) is not None
        or _names_only(rest.split())
    )


def _is_head_line(text: str, titles: Collection[str], figures_date: bool = True) -> bool:
    """A headline, byline or date line (above the story's first real paragraph);
    ``figures_date`` as ``_is_metadata_line``'s."""
    return is_title_text(text, titles) or _is_metadata_line(text, figures_date)


def _is_role_line(text: str) -> bool:
    """The reporter's role on a line of its own under the byline ("Gazette Staff Writer")."""
    words = text.split()
    return (
        0 < len(words) <= _ROLE_LINE_WORDS
        and words[-1].casefold().strip(",.") in ROLE_WORDS
        and not text.endswith(SENTENCE_ENDS)
    )


# A number alone on a line, bracketed or not: no line of a story.
_NUMBER_ALONE = re.compile(r"[\[(]?\d{1,3}[\])]?\.?")
_NUMBER_LENGTH = 6
# A reading-time line: "5 min read", "Lesedauer: 2 Min.", "3 Minuti di Lettura".
_READING_TIME = re.compile(
    r"(?:\d+\s*(?:min(?:ute)?s?|minuti|minutos|minuten)\.?\s*(?:de\s+|di\s+)?"
    r"(?:read|lecture|lettura|lectura|leitura|lesezeit|leestijd)"
    r"|(?:reading time|read time|lesedauer|lesezeit|temps de lecture|tiempo de lectura"
    r"|tempo di lettura|tempo de leitura|leestijd)\s*:?\s*\d+\s*(?:min(?:ute)?s?|minuten)?\.?)",
    re.I,
)
_READING_TIME_LENGTH = 40


# A syndicator's line on how to cite its copy: "Citation: <title> (2025, October 7)
# retrieved 8 October 2025 from https://..." (phys.org and its sister sites).
_CITATION_LINE = re.compile(r"citation:.{10,300}\bretrieved\b.{4,40}\bfrom\s+\S+", re.I)
_CITATION_LINE_LENGTH = 400
# An ad slot's size on a line of its own ("728x90", "300 × 250").
_AD_SLOT_SIZE = re.compile(
    "|".join(rf"{width}\s*[x×X*]\s*{height}" for width, height in AD_SLOT_SIZES)
)
_AD_SLOT_SIZE_LENGTH = 12
# A rule drawn with Arabic tatweels ("ـــــ"); not AP's "___" between a story's sections,
# which stays.
_RULE_LINE = re.compile(r"[ـ\s]{3,}")
_RULE_LINE_LENGTH = 60


# Labels a whole line matches, each with the longest line it may be: a number alone, a
# reading time, a video's duration, a form's characters left, a print story's jump line, a
# data table's controls, a release's end, editors' initials, a view count, a rule, an ad
# slot's size, an embed's skip link, an editor's or a print edition's credit, a subscribe
# bar's button.
_WHOLE_LINE_LABELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (_NUMBER_LENGTH, _NUMBER_ALONE),
    (_READING_TIME_LENGTH, _READING_TIME),
    (_DURATION_LENGTH, _DURATION),
    (_LISTEN_ON_LENGTH, _LISTEN_ON),
    (_PLATFORM_LIST_LENGTH, _PLATFORM_LIST),
    (_COUNTER_LENGTH, _CHARACTERS_LEFT),
    (_JUMP_LINE_LENGTH, _JUMP_LINE),
    (_TABLE_CONTROLS_LENGTH, _TABLE_CONTROLS),
    (_RELEASE_END_LENGTH, _RELEASE_END),
    (_UPDATING_NOTE_LENGTH, _UPDATING_NOTE),
    (_EDITOR_INITIALS_LENGTH, _EDITOR_INITIALS),
    (_VIEW_COUNT_LENGTH, _VIEW_COUNT),
    (_RULE_LINE_LENGTH, _RULE_LINE),
    (_AD_SLOT_SIZE_LENGTH, _AD_SLOT_SIZE),
    (_EMBED_SKIP_LENGTH, _EMBED_SKIP),
    (_EDITOR_CREDIT_LENGTH, _CJK_EDITOR_CREDIT),
    (_SPACED_CREDIT_LENGTH, _CJK_SPACED_CREDIT),
    (_EDITOR_CREDIT_LENGTH, _PRINT_EDITION),
)
_LONGEST_WHOLE_LINE_LABEL = max(longest for longest, _ in _WHOLE_LINE_LABELS)


def is_duration(text: str) -> bool:
    """A media player's duration alone ("28 min.", "3:45", "1:12:05")."""
    return len(text) <= _DURATION_LENGTH and _DURATION.fullmatch(text) is not None


def is_number_alone(text: str) -> bool:
    """A number alone, bracketed or not ("3", "[2]"): a footnote's marker set apart from its
    text, or a table cell's figure."""
    return len(text) <= _NUMBER_LENGTH and _NUMBER_ALONE.fullmatch(text) is not None


def is_label(text: str) -> bool:
    """A line that is only a boilerplate label, a share button, a video's duration ("01:42"),
    a slideshow's or quiz's counter ("Question 1 of 3"),
    editors' initials ("(idn/imk)"), a reading time ("5 min read"), an editor's or a print
    edition's credit ("责任编辑：王丽娜", "《 人民日报 》（ 2026年11月28日 03 版）"), a Chinese
    site's reminder between stars ("☆...提醒您：...☆"), a
    notice that a part of the page needs scripts ("Enable JavaScript to view data."), an
    unrendered shortcode or a number alone (a footnote's marker set apart from its text, "1",
    "[2]")."""
    size = len(text)
    if size <= _LONGEST_WHOLE_LINE_LABEL:  # (most lines are longer: one test for them)
        for longest, pattern in _WHOLE_LINE_LABELS:
            if size <= longest and pattern.fullmatch(text):
                return True
    if (
        size <= _FOLLOW_REPORTER_LENGTH
        and text[:6].lower() == "follow"  # (the cheap test first)
        and (_FOLLOW_REPORTER.fullmatch(text) or _FOLLOW_AUTHOR.fullmatch(text))
    ):
        # (a reporter's follow line, "Follow Jo Lind on X at @jolind_ap.", or a follow
        # button's, "Follow Jo Lind’s opinions")
        return True
    if is_feedback_question(text):
        return True  # ("Ihre Meinung ist uns wichtig: War dieser Artikel hilfreich?")
    if text[:1] in REMINDER_STARS and size <= _REMINDER_LENGTH and _CJK_REMINDER.fullmatch(text):
        return True  # ("☆自由時報電子報提醒您：請勿酒駕☆": the site's reminder, no story)
    if text.startswith("[") and _SHORTCODE.match(text):
        return True  # ("[button link=...]Send us your review[/button]": markup, not text)
    if size <= _COUNTER_LENGTH:
        counter = _COUNTER.fullmatch(text)
        if counter and int(counter[1]) <= int(counter[2]):
            return True
    if size <= _CITATION_LINE_LENGTH and _CITATION_LINE.match(text):
        return True
    if size < _NOTICE_LENGTH and _NOTICE.match(text, 0, _OPENER_SPAN):
        return True
    if (
        size < _SCRIPT_NOTICE_LENGTH
        and _SCRIPT_NOTICE_HINT.search(text)
        and _SCRIPT_NOTICE.span(text)
    ):
        return True
    # (looked for in the line's start only: a label's first word is short, and the search of
    # one word of 400,000 letters took 40 ms)
    first = _FIRST_WORD.search(text, 0, _FIRST_WORD_SPAN)
    if first is None or first.group().casefold() not in _LABEL_OPENERS:
        return False  # (the cheap test first: paragraphs are many and long)
    normal = _normal(text)
    if normal in BOILERPLATE_LABELS:
        return True
    words = normal.split()
    return (
        0 < len(words) <= _BUTTON_WORDS and words[0] in SHARE_OPENERS and not names_a_share(text)
    ) or _is_toggle(words)


def is_feedback_question(text: str) -> bool:
    """A feedback widget's question alone on its line ("War dieser Artikel hilfreich?")."""
    return len(text) <= _FEEDBACK_LINE_LENGTH and text.endswith("?") and _asks_for_feedback(text)


def _asks_for_feedback(text: str) -> bool:
    """Whether a feedback widget's question closes the line (``FEEDBACK_QUESTIONS``)."""
    normal = " ".join(_normal(text).split())
    return any(
        normal == question or normal.endswith(f" {question}") for question in FEEDBACK_QUESTIONS
    )


def _is_toggle(words: list[str]) -> bool:
    """Two labels run together: a toggle's two states, one of them hidden by the page's
    style ("Read full article ▼" and "Show less ▲")."""
    if len(words) > _TOGGLE_WORDS:
        return False
    return any(
        " ".join(words[:cut]) in BOILERPLATE_LABELS and " ".join(words[cut:]) in BOILERPLATE_LABELS
        for cut in range(1, len(words))
    )


def _reads_as_prose(text: str) -> bool:
    length = effective_length(text)
    return length >= ANCHOR_LENGTH and is_made_of_words(text, length)


def is_made_of_words(text: str, length: int) -> bool:
    """Whether a text of ``effective_length`` ``length`` is made of words, as a paragraph is
    (not a URL nor a code): CJK characters, several words, or a long run of an alphabet
    written without spaces between words (Tibetan, Burmese, Khmer...)."""
    return (
        length > len(text)
        or has_words(text, ANCHOR_WORDS)
        or (not text.isascii() and _SPACELESS_RUN.search(text) is not None)
    )


def has_words(text: str, count: int) -> bool:
    """True when the text holds at least ``count`` words (it is split no further)."""
    return len(text.split(None, count - 1)) >= count


def _is_metadata_line(text: str, figures_date: bool = True) -> bool:
    """A byline or a date line; with ``figures_date``, any short line with a figure that is
    no sentence reads as a date line."""
    if text.endswith(CJK_DATELINE_ENDINGS):
        return False  # (a Chinese story's dateline opens it: "TNW中文站 10月14日报道")
    if len(text) >= SHORT_LINE or text.endswith(SENTENCE_ENDS) or not figures_date:
        return is_byline(text) or is_dated_line(text)
    return is_byline(text) or (bool(_DIGIT.search(text)) and not states_amounts(text))


def states_amounts(text: str) -> bool:
    """A line stating a share or a sum in a run of words: a release's highlight ("Net sales
    rose 11% to $214.6 million"), no date line."""
    return _AMOUNT.search(text) is not None and len(_AMOUNT_WORD.findall(text)) >= _HIGHLIGHT_WORDS


def _is_date_alone(text: str) -> bool:
    """A short line that is a date and little else ("August 19, 2024", "Tue 5 Nov 2024 14.32
    GMT"): a date written in full, at most two words beside it."""
    if len(text) >= _DATE_ALONE_LENGTH:
        return False
    if is_relative_date_line(text):
        return True  # ("Today at 6 p.m.": a day named relative to the page's own)
    if text.endswith(SENTENCE_ENDS):
        return False
    found = _WRITTEN_DATE.search(text)
    return found is not None and len(_without(text, found).split()) <= 2


def _without(text: str, found: re.Match[str]) -> str:
    return f"{text[: found.start()]} {text[found.end() :]}"


def is_timed_heading(text: str) -> bool:
    """A clock time and then a sentence of words: a live page's entry heading ("3:10 p.m.:
    Evacuation orders lifted for Ridgeview Estates"), no date line."""
    match = _TIMED_HEADING.match(text)
    return match is not None and len(_LETTER_WORD.findall(match.group(1))) >= _SENTENCE_AFTER_WORDS


def is_clock_line(text: str) -> bool:
    """A line that is a clock time alone, perhaps with a zone and a short date: a live
    entry's stamp ("11h47", "20:40 (IST)May 19")."""
    return _CLOCK_LINE.fullmatch(text.strip()) is not None


def is_dated_line(text: str) -> bool:
    """A short line that gives a date or time under a label ("Updated at 1:23 p.m."), or
    two of them ("Julkaistu 28.11.2026 klo 14.05 Päivitetty 29.11.2026 klo 8.10")."""
    if len(text) > _DATED_LINE_LENGTH * 2:
        return False
    first_published = _first_published_date(text)
    if first_published is not None:
        return first_published
    labelled = _LABELLED_DATE.span(text)
    if labelled is not None and _are_labelled_dates(text[labelled[1] :]):
        return True
    label = _DATE_LABEL.span(text)
    if label is None:
        return False
    if _DIGIT.search(text) is None or _UPDATE_NOTE.search(text) is not None:
        return False  # (an editor's note on what the update added is the story's)
    if not _tells_when(text[label[1] :]):
        return False  # (a count under a word that is also a label: "Data masuk: 100 persen")
    if _holds_sentence_after(text):
        return False  # ("Last updated 18:55. The upgrade is done and ...": the story's)
    return len(text) <= _DATED_LINE_LENGTH or _SECOND_DATE_LABEL.span(text[label[1] :]) is not None


def _are_labelled_dates(rest: str) -> bool:
    """Whether what follows a date line's label is a date alone, or a date alone, a second
    such label and its date alone ("... 14 March 2024 Next review due: 14 March 2027")."""
    if _is_date_after(rest, _LABELLED_DATE_REST):
        return True
    second = _SECOND_LABELLED_DATE.span(rest)
    return (
        second is not None
        and _is_date_after(rest[: second[0]], _LABELLED_DATE_REST)
        and _is_date_after(rest[second[1] :], _LABELLED_DATE_REST)
    )


def is_first_published_line(text: str) -> bool:
    """A story's own line giving when it first appeared ("This story was originally
    published January 14, 2024, 3:45 PM.", "Esta historia fue publicada originalmente el 30
    de septiembre de 2025, 12:30 p.m."): no paragraph of the story, however long."""
    return bool(_first_published_date(text))


def _first_published_date(text: str) -> bool | None:
    """Whether the line opened by a first publication's words gives its date alone after
    them; None when no such words open it."""
    first_published = _FIRST_PUBLISHED.span(text)
    if first_published is None:
        return None
    # (its date and nothing else after the label; "... by <outlet>" credits a source)
    rest = text[first_published[1] :]
    update = _FIRST_PUBLISHED_UPDATE.span(rest)
    if update is None:
        return _is_publication_date(rest)
    return _is_publication_date(rest[: update[0]]) and _is_publication_date(rest[update[1] :])


def _is_publication_date(rest: str) -> bool:
    """Whether what follows a first publication's words (or its update's) is its date alone:
    a day's date, perhaps with its time, or a month's name and a year ("May 2022")."""
    found = _MONTH_AND_YEAR.fullmatch(rest.strip())
    if found is not None and found.group(1).casefold() in MONTHS:
        return True
    joiners = rest.count(_DATE_JOINER) * (len(_DATE_JOINER) - 1)
    return _is_date_after(rest, _FIRST_PUBLISHED_DATE + joiners)


def _is_date_after(rest: str, limit: int) -> bool:
    """Whether what follows a label is short and gives a date (its words and a date alone)."""
    return len(rest) <= limit and _DIGIT.search(rest) is not None and date_in_text(rest) is not None


def _tells_when(rest: str) -> bool:
    """Whether what follows a date label gives a date or a time, not a mere number."""
    if date_in_text(rest) is not None or time_in_text(rest) is not None:
        return True
    if _HOUR_OF_DAY.search(rest) is not None:
        return True
    if _tells_relative_when(rest):
        return True
    words = _LETTER_WORD.findall(rest.casefold())
    return any(word in MONTHS or word in WEEKDAYS for word in words)


def _tells_relative_when(rest: str) -> bool:
    """Whether ``rest`` opens with a day named relative to the page's own, then a clock time
    ("aujourd'hui à 06h00", "yesterday at 6:05 p.m.", "hoje às 18h30"): a date line's stamp
    on a page shown near the day it appeared (it gives no date to read)."""
    day = _RELATIVE_DAY.span(rest)
    if day is None:
        return False
    after = rest[day[1] :]
    joiner = _RELATIVE_DAY_JOINER.span(after)
    if joiner is not None:
        after = after[joiner[1] :]
    if time_in_text(after) is not None:
        return True
    hour = _HOUR_OF_DAY.search(after)
    return hour is not None and not after[: hour.start()].strip(" ,")


def is_relative_date_line(text: str) -> bool:
    """A short line that is a day named relative to the page's own and a clock time alone
    ("Aujourd'hui à 06h00", "Today at 6:05 p.m."), no sentence: a date line."""
    return (
        len(text) <= _DATED_LINE_LENGTH
        and len(_LETTER_WORD.findall(text)) <= _BARE_DATE_WORDS
        and _tells_relative_when(text)
    )


def _holds_sentence_after(text: str) -> bool:
    """Whether a sentence of a few words follows the full stop closing the line's stamp."""
    stop = _SENTENCE_AFTER_STAMP.search(text)
    if stop is None:
        return False
    rest = text[stop.end() - 1 :]
    return (
        len(_LETTER_WORD.findall(rest)) >= _SENTENCE_AFTER_WORDS
        and _SECOND_DATE_LABEL.span(rest) is None
    )


def is_bare_date_line(text: str) -> bool:
    """A short line that is a date (and time) alone, perhaps with a dated label in brackets
    after it: "14 febbraio 2025 (modifica il 14 febbraio 2025 | 13:20)"."""
    if len(text) > _DATED_LINE_LENGTH * 2 or _DIGIT.search(text) is None:
        return False
    if is_relative_date_line(text):
        return True
    bracketed = _CLOSING_BRACKETS.search(text)
    if bracketed is not None:
        if not is_dated_line(bracketed.group(1)):
            return False
        text = text[: bracketed.start()]
    return (
        len(text) <= _DATED_LINE_LENGTH
        and len(_LETTER_WORD.findall(text)) <= _BARE_DATE_WORDS
        and date_in_text(text) is not None
    )


# A kicker before the headline in the same heading is this many words at most.
_MAX_KICKER_WORDS = 4


def _normal(text: str) -> str:
    return _PUNCTUATION.sub(" ", text).casefold().strip()


def is_whole_title(raw: str, titles: Collection[str]) -> bool:
    """The text is one of ``titles`` whole, whatever its punctuation and case (however
    prose-like it reads)."""
    text = _normal(raw)
    return bool(text) and any(text == _normal(title) for title in titles)


def is_kicker_title(raw: str, titles: Collection[str], parts: Collection[str] = ()) -> bool:
    """The text is one of ``titles`` after a kicker of a few words set apart from it, by a
    mark ("Deutsche Bahn: <title>", ``KICKER_MARKS``) or as a part of its own (``parts``, the
    texts of the heading's elements: a kicker's span and the title's): the headline shown
    again. (A heading whose sentence merely ends with the title's words is a section's:
    "Check if you have hay fever" under "Hay fever".)"""
    text = _normal(raw)
    for title in titles:
        normal = _normal(title)
        if normal and text.endswith(" " + normal):
            kicker = text[: -len(normal)].split()
            if 0 < len(kicker) <= _MAX_KICKER_WORDS and (
                _is_marked_off(raw, len(kicker))
                or not {" ".join(kicker), normal}.isdisjoint(_normal(part) for part in parts)
            ):
                return True
    return False


def _is_marked_off(raw: str, words: int) -> bool:
    """Whether the gap after the text's first ``words`` words holds a kicker's mark (":",
    "|", a dash)."""
    gaps = [match.group() for match in _PUNCTUATION.finditer(raw.strip()) if match.start() > 0]
    return len(gaps) >= words and any(mark in gaps[words - 1] for mark in KICKER_MARKS)


def is_title_text(raw: str, titles: Collection[str]) -> bool:
    text = _normal(raw)
    if not text:
        return False
    for title in titles:
        normal = _normal(title)
        if normal and (
            text == normal
            or (
                len(text) > 0.5 * len(normal)
                and text in normal
                and not raw.rstrip().endswith(_FULL_STOPS)
            )
        ):
            return True
    return False


def is_byline(text: str) -> bool:
    """ "By Jane Doe", "Por Ana Ruiz, enviada especial": an opener, then a capitalised name;
    or a short metadata line with such a byline among its first parts ("05/10/2018 -
    Publicado por: Ana Lima - Categoria: Saúde - Tags: ..."), or opening it and run on into
    a date."""
    if _opens_with_byline(text):
        return True
    if len(text) > SHORT_LINE:
        return False
    if any(_opens_with_byline(part) for part in byline_places(text)):
        return True
    if is_name_and_role(text) or _CJK_REPORTER_LINE.fullmatch(text) is not None:
        return True
    if _CJK_LABELLED_BYLINE.fullmatch(text) is not None:
        return True
    if _is_credit_line(text):
        return True
    # a byline run on into its date line, no sentence: "di Alessandro Fabbri Martedì 11
    # Marzo 2025, 06:30 - Ultimo aggiornamento: 12:15 3 Minuti di Lettura"
    return (
        not text.endswith(SENTENCE_ENDS)
        and _opens_with_byline(" ".join(text.split()[:_NAME_WORDS]))
        and date_in_text(text) is not None
    )


# The marks a byline's opener may end with ("By:", Khmer "ដោយ៖").
_OPENER_MARKS = ":：៖"


def _opens_name(word: str) -> bool:
    """The word may open a name: a capital, or a letter of a script without case (Khmer,
    Lao, Burmese, Thai, CJK)."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def opens_with_byline(text: str) -> bool:
    """Whether the line opens with a byline's opener and a name ("By Jane Doe")."""
    return _opens_with_byline(text)


def _opens_with_byline(text: str) -> bool:
    if len(text) > _BYLINE_LENGTH:
        return False
    words = text.split()
    for count in (1, 2, 3):
        opener = " ".join(words[:count]).casefold().rstrip(_OPENER_MARKS)
        if (opener in BYLINE_OPENERS or opener in CREDIT_OPENERS) and (
            len(words) > count and _opens_name(words[count])
        ):
            return True
    # a cue that is also a common word ("Na" in Swahili, "Ni" in Filipino) opens a byline
    # only before a name and nothing else: "NA WANJIKU MACHARIA", "Ni Ramon Villanueva -
    # Balitang Bayan"
    return bool(words) and words[0].casefold() in WEAK_BYLINE_CUES and _names_only(words[1:])


def _is_credit_line(text: str, role_words: frozenset[str] = CREDIT_ROLE_WORDS) -> bool:
    """A credit line naming who made the story's parts, in brackets or not: "（聞き手・写真：
    くらしのて）", "文・写真：山田花子", "취재·사진: 김민수", "(Text and photos: Jo Lind)"."""
    found = _CREDIT_LINE.fullmatch(text) if ":" in text or "：" in text else None
    if found is None:
        return False
    roles, name = found.groups()
    return (
        all(role.casefold() in role_words for role in _CREDIT_ROLE_JOINER.split(roles))
        and len(name.split()) <= _CREDIT_NAME_WORDS
        # ("Video: Watch the rescue" names no one)
        and all(_opens_name(word) or word in NAME_JOINERS for word in name.split())
        and _DIGIT.search(name) is None
        and not name.endswith(SENTENCE_ENDS)
    )


def _is_crew_credits(text: str) -> bool:
    """A broadcast story's production credits: role and name pairs joined by "/" or "·"
    ("촬영기자:정현우/영상편집:김민아/그래픽:최유리")."""
    if "/" not in text and "／" not in text and "·" not in text:
        return False
    pairs = [""]
    for piece in _CREW_JOINER.split(text):
        # (a mark before the pair's colon joins its roles: "취재·사진:")
        if _CREW_JOINER.fullmatch(piece) is None or not _COLON.search(pairs[-1]):
            pairs[-1] += piece
        else:
            pairs.append("")
    return len(pairs) > 1 and all(_is_credit_line(pair.strip(), CREW_ROLE_WORDS) for pair in pairs)


def is_closing_credit_line(text: str) -> bool:
    """A credit line closing the story: one to the colleagues whose reporting it draws on
    ("Avec les informations de Thomas Gerbet"), or an agency's crew credits, each a role
    and a name, perhaps with the place filed from and the agency's mark ("Haber-Kamera:
    Burak ERTEKİN/TORBALI (İzmir), (DHA)", "Haber: Ali KAYA - Kamera: Cem ÖZ")."""
    if len(text) >= SHORT_LINE:
        return False
    return _is_reporting_credit(text) or _is_placed_crew_credit(text)


def _is_reporting_credit(text: str) -> bool:
    """A credit to the colleagues whose reporting the story draws on, their names alone after
    its opener ("Avec les informations de Thomas Gerbet", "With files from Jo Lind and Sam
    Roe")."""
    folded = text.casefold()
    opener = next((words for words in REPORTING_CREDIT_OPENERS if folded.startswith(words)), None)
    if opener is None:
        return False
    names = [name for name in _REPORTING_JOINER.split(text[len(opener) :].strip(" .")) if name]
    return bool(names) and all(
        len(name.split()) <= _CREDIT_NAME_WORDS
        and all(_opens_name(word) or word in NAME_JOINERS for word in name.split())
        and _DIGIT.search(name) is None
        for name in names
    )


def _is_placed_crew_credit(text: str) -> bool:
    """An agency's crew credits on one line, role and name pairs joined by dashes, each name
    perhaps with the place it was filed from after a slash, the agency's mark in brackets
    closing the line ("Haber-Kamera: Burak ERTEKİN/TORBALI (İzmir), (DHA)")."""
    if ":" not in text:
        return False
    mark = _CLOSING_MARK.search(text)
    if mark is not None and wire_name(mark.group()) is not None:
        text = text[: mark.start()].rstrip(" ,")
    pairs = _PAIR_JOINER.split(text)
    return all(_is_credit_line(_FILED_FROM.sub("", pair)) for pair in pairs)


# The marks that join names signed together in CJK scripts, and a run of such names.
_JOINT_NAMES = re.compile(r"\s*[·、]\s*")
_CJK_NAME_RUN = re.compile(rf"(?:[{CJK_CHARACTERS}]{{2,4}} )+[{CJK_CHARACTERS}]{{2,6}}")


def is_names_only(text: str) -> bool:
    """Two to six capitalised words and no sentence: names ("Madina Karimova")."""
    return _names_only(text.split())


def _names_only(words: list[str]) -> bool:
    """Two to six words, each opening with a capital (dashes between them aside), no digit
    and no sentence's end: names, and an organisation's after a dash."""
    names = [word for word in words if word not in _NAME_DASHES]
    return (
        1 < len(names) <= _MAX_NAME_WORDS
        and all(word[:1].isupper() and not _DIGIT.search(word) for word in names)
        and not names[-1].endswith(SENTENCE_ENDS)
    )
