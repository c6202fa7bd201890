"""Month names and date cue words in many languages (data, and the index of the month names
built from it)."""

from __future__ import annotations

import re
import unicodedata

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "januar",
        "jänner",
        "jän",
        "stycznia",
        "styczeń",
        "sty",
        "ledna",
        "leden",
        "января",
        "январь",
        "янв",
        "ocak",
        "ianuarie",
        "ian",
        "január",
        "tammikuuta",
        "tammikuu",
        "ιανουαρίου",
        "sausio",
        "janvāris",
        "jaanuar",
        "siječnja",
        "januára",
        "gener",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "février",
        "févr",
        "fevrier",
        "febrero",
        "febbraio",
        "feb",
        "fevereiro",
        "fev",
        "februari",
        "lutego",
        "luty",
        "lut",
        "února",
        "únor",
        "февраля",
        "февраль",
        "фев",
        "şubat",
        "februarie",
        "február",
        "helmikuuta",
        "helmikuu",
        "φεβρουαρίου",
        "veljače",
        "februára",
        "febrer",
    ),
    3: (
        "march",
        "mar",
        "märz",
        "mars",
        "marzo",
        "março",
        "marco",
        "maart",
        "mrt",
        "marts",
        "mars",
        "marca",
        "marzec",
        "března",
        "březen",
        "марта",
        "март",
        "mart",
        "martie",
        "március",
        "maaliskuuta",
        "maaliskuu",
        "μαρτίου",
        "ožujka",
        "marca",
        "març",
    ),
    4: (
        "april",
        "apr",
        "avril",
        "avr",
        "abril",
        "abr",
        "aprile",
        "kwietnia",
        "kwiecień",
        "kwi",
        "dubna",
        "duben",
        "апреля",
        "апрель",
        "апр",
        "nisan",
        "aprilie",
        "április",
        "huhtikuuta",
        "huhtikuu",
        "απριλίου",
        "travnja",
        "apríla",
    ),
    5: (
        "may",
        "mai",
        "mayo",
        "maggio",
        "mag",
        "maio",
        "mei",
        "maj",
        "maja",
        "května",
        "květen",
        "мая",
        "май",
        "mayıs",
        "május",
        "toukokuuta",
        "toukokuu",
        "μαΐου",
        "svibnja",
        "mája",
        "maig",
    ),
    6: (
        "june",
        "jun",
        "juni",
        "juin",
        "junio",
        "giugno",
        "giu",
        "junho",
        "czerwca",
        "czerwiec",
        "cze",
        "června",
        "červen",
        "июня",
        "июнь",
        "июн",
        "haziran",
        "iunie",
        "június",
        "kesäkuuta",
        "kesäkuu",
        "ιουνίου",
        "lipnja",
        "júna",
        "juny",
    ),
    7: (
        "july",
        "jul",
        "juli",
        "juillet",
        "juil",
        "julio",
        "luglio",
        "lug",
        "julho",
        "lipca",
        "lipiec",
        "lip",
        "července",
        "červenec",
        "июля",
        "июль",
        "июл",
        "temmuz",
        "iulie",
        "július",
        "heinäkuuta",
        "heinäkuu",
        "ιουλίου",
        "srpnja",
        "júla",
        "juliol",
    ),
    8: (
        "august",
        "aug",
        "août",
        "aout",
        "agosto",
        "ago",
        "augustus",
        "augusti",
        "sierpnia",
        "sierpień",
        "sie",
        "srpna",
        "srpen",
        "августа",
        "август",
        "авг",
        "ağustos",
        "august",
        "augusztus",
        "elokuuta",
        "elokuu",
        "αυγούστου",
        "kolovoza",
        "augusta",
        "agost",
    ),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "settembre",
        "set",
        "setembro",
        "wrzesień",
        "września",
        "wrz",
        "září",
        "сентября",
        "сентябрь",
        "сен",
        "eylül",
        "septembrie",
        "szeptember",
        "syyskuuta",
        "syyskuu",
        "σεπτεμβρίου",
        "rujna",
        "septembra",
        "setembre",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "okt",
        "października",
        "październik",
        "paź",
        "října",
        "říjen",
        "октября",
        "октябрь",
        "окт",
        "ekim",
        "octombrie",
        "október",
        "lokakuuta",
        "lokakuu",
        "οκτωβρίου",
        "listopada",
        "októbra",
        "octubre",
    ),
    11: (
        "november",
        "nov",
        "novembre",
        "noviembre",
        "novembro",
        "listopada",
        "listopad",
        "lis",
        "listopadu",
        "ноября",
        "ноябрь",
        "ноя",
        "kasım",
        "noiembrie",
        "november",
        "marraskuuta",
        "marraskuu",
        "νοεμβρίου",
        "studenoga",
        "novembra",
    ),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "déc",
        "decembre",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "desember",
        "grudnia",
        "grudzień",
        "gru",
        "prosince",
        "prosinec",
        "декабря",
        "декабрь",
        "дек",
        "aralık",
        "decembrie",
        "december",
        "joulukuuta",
        "joulukuu",
        "δεκεμβρίου",
        "prosinca",
        "decembra",
        "desembre",
    ),
}


# Arabic (Egyptian and Levantine names), Urdu, Persian, Hebrew, Hindi (both spellings of
# "नवंबर"/"नवम्बर"...), Indonesian and Ukrainian spellings. (Levantine "كانون الثاني" and the
# like are two words: see TWO_WORD_MONTHS.)
_MORE_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("جنوری", "يناير", "ژانویه", "ינואר", "जनवरी", "januari", "січня", "січень"),
    2: (
        "فروری",
        "فبراير",
        "شباط",
        "فوریه",
        "פברואר",
        "फ़रवरी",
        "फरवरी",
        "februari",
        "лютого",
        "лютий",
    ),
    3: ("مارچ", "مارس", "آذار", "מרץ", "मार्च", "maret", "березня", "березень"),
    4: ("اپریل", "أبريل", "ابريل", "نيسان", "آوریل", "אפריל", "अप्रैल", "квітня", "квітень"),
    5: ("مئی", "مايو", "أيار", "ايار", "می", "מאי", "मई", "mei", "травня", "травень"),
    6: ("جون", "يونيو", "حزيران", "ژوئن", "יוני", "जून", "червня", "червень"),
    7: ("جولائی", "يوليو", "تموز", "ژوئیه", "יולי", "जुलाई", "липня", "липень"),
    8: ("اگست", "أغسطس", "اغسطس", "آب", "اوت", "אוגוסט", "अगस्त", "agustus", "серпня", "серпень"),
    9: (
        "ستمبر",
        "सितम्बर",
        "سبتمبر",
        "أيلول",
        "ايلول",
        "سپتامبر",
        "ספטמבר",
        "सितंबर",
        "вересня",
        "вересень",
    ),
    10: ("اکتوبر", "أكتوبر", "اكتوبر", "اکتبر", "אוקטובר", "अक्टूबर", "жовтня", "жовтень"),
    11: ("نومبر", "नवम्बर", "نوفمبر", "نوامبر", "נובמבר", "नवंबर", "листопада", "листопад"),
    12: ("دسمبر", "दिसम्बर", "ديسمبر", "دسامبر", "דצמבר", "दिसंबर", "desember", "грудня", "грудень"),
}


# Bengali, Malay, Swahili, Filipino and Marathi spellings not listed above.
_EVEN_MORE_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("জানুয়ারি", "জানুয়ারী", "enero", "januari", "जानेवारी"),
    2: ("ফেব্রুয়ারি", "ফেব্রুয়ারী", "pebrero", "februari", "फेब्रुवारी"),
    3: ("মার্চ", "mac", "machi", "marso"),
    4: ("এপ্রিল", "aprili", "abril", "एप्रिल"),
    5: ("মে", "mei", "mayo", "मे"),
    6: ("জুন", "jun", "juni", "hunyo"),
    7: ("জুলাই", "julai", "hulyo", "जुलै"),
    8: ("আগস্ট", "ogos", "agosti", "agosto", "ऑगस्ट"),
    9: ("সেপ্টেম্বর", "septemba", "setyembre", "सप्टेंबर"),
    10: ("অক্টোবর", "oktoba", "oktubre", "ऑक्टोबर"),
    11: ("নভেম্বর", "novemba", "nobyembre", "नोव्हेंबर"),
    12: ("ডিসেম্বর", "disember", "desemba", "disyembre", "डिसेंबर"),
}

# Khmer, Lao, Sinhala and Odia month names.
_SOUTH_ASIAN_AND_MEKONG_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("មករា", "ມັງກອນ", "ජනවාරි", "ଜାନୁଆରୀ"),
    2: ("កុម្ភៈ", "ກຸມພາ", "පෙබරවාරි", "ଫେବୃଆରୀ"),
    3: ("មីនា", "ມີນາ", "මාර්තු", "ମାର୍ଚ୍ଚ"),
    4: ("មេសា", "ເມສາ", "අප්‍රේල්", "ଏପ୍ରିଲ"),
    5: ("ឧសភា", "ພຶດສະພາ", "මැයි", "ମେ"),
    6: ("មិថុនា", "ມິຖຸນາ", "ජූනි", "ଜୁନ"),
    7: ("កក្កដា", "ກໍລະກົດ", "ජූලි", "ଜୁଲାଇ"),
    8: ("សីហា", "ສິງຫາ", "අගෝස්තු", "ଅଗଷ୍ଟ"),
    9: ("កញ្ញា", "ກັນຍາ", "සැප්තැම්බර්", "ସେପ୍ଟେମ୍ବର"),
    10: ("តុលា", "ຕຸລາ", "ඔක්තෝබර්", "ଅକ୍ଟୋବର"),
    11: ("វិច្ឆិកា", "ພະຈິກ", "නොවැම්බර්", "ନଭେମ୍ବର"),
    12: ("ធ្នូ", "ທັນວາ", "දෙසැම්බර්", "ଡିସେମ୍ବର"),
}

# Bulgarian, Lithuanian (the genitive dates use, and the nominative), Latvian (nominative and
# locative), Kazakh, Georgian, Armenian (nominative and genitive) and Tamil (with the
# abbreviations Tamil papers print: "நவ 28, 2026") month names.
_EUROPEAN_AND_CAUCASUS_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("януари", "яну", "sausio", "sausis", "janvāris", "janvārī", "қаңтар", "იანვარი",
        "հունվար", "հունվարի", "ஜனவரி", "ஜன"),
    2: ("февруари", "фев", "vasario", "vasaris", "februāris", "februārī", "ақпан",
        "თებერვალი", "փետրվար", "փետրվարի", "பிப்ரவரி", "பிப்"),
    3: ("март", "kovo", "kovas", "marts", "martā", "наурыз", "მარტი", "մարտ", "մարտի",
        "மார்ச்", "மார்"),
    4: ("април", "апр", "balandžio", "balandis", "aprīlis", "aprīlī", "сәуір", "აპრილი",
        "ապրիլ", "ապրիլի", "ஏப்ரல்", "ஏப்"),
    5: ("май", "gegužės", "gegužė", "maijs", "maijā", "мамыр", "მაისი", "մայիս", "մայիսի",
        "மே"),
    6: ("юни", "birželio", "birželis", "jūnijs", "jūnijā", "маусым", "ივნისი", "հունիս",
        "հունիսի", "ஜூன்"),
    7: ("юли", "liepos", "liepa", "jūlijs", "jūlijā", "шілде", "ივლისი", "հուլիս", "հուլիսի",
        "ஜூலை"),
    8: ("август", "авг", "rugpjūčio", "rugpjūtis", "augusts", "augustā", "тамыз", "აგვისტო",
        "օգոստոս", "օգոստոսի", "ஆகஸ்ட்", "ஆக"),
    9: ("септември", "сеп", "rugsėjo", "rugsėjis", "septembris", "septembrī", "қыркүйек",
        "სექტემბერი", "սեպտեմբեր", "սեպտեմբերի", "செப்டம்பர்", "செப்"),
    10: ("октомври", "окт", "spalio", "spalis", "oktobris", "oktobrī", "қазан", "ოქტომბერი",
         "հոկտեմբեր", "հոկտեմբերի", "அக்டோபர்", "அக்"),
    11: ("ноември", "ное", "lapkričio", "lapkritis", "novembris", "novembrī", "қараша",
         "ნოემბერი", "նոյեմբեր", "նոյեմբերի", "நவம்பர்", "நவ"),
    12: ("декември", "дек", "gruodžio", "gruodis", "decembris", "decembrī", "желтоқсан",
         "დეკემბერი", "դեկտեմբեր", "դեկտեմբերի", "டிசம்பர்", "டிச"),
}  # fmt: skip

# Belarusian month names: the genitive dates use ("12 сакавіка 2024") and the nominative.
_BELARUSIAN_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("студзеня", "студзень"),
    2: ("лютага", "люты"),
    3: ("сакавіка", "сакавік"),
    4: ("красавіка", "красавік"),
    5: ("траўня", "травень"),
    6: ("чэрвеня", "чэрвень"),
    7: ("ліпеня", "ліпень"),
    8: ("жніўня", "жнівень"),
    9: ("верасня", "верасень"),
    10: ("кастрычніка", "кастрычнік"),
    11: ("лістапада", "лістапад"),
    12: ("снежня", "снежань"),
}

# Basque month names, and their genitive ("2024ko urriaren 28a": the 28th of October).
_BASQUE_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("urtarrila", "urtarrilaren"),
    2: ("otsaila", "otsailaren"),
    3: ("martxoa", "martxoaren"),
    4: ("apirila", "apirilaren"),
    5: ("maiatza", "maiatzaren"),
    6: ("ekaina", "ekainaren"),
    7: ("uztaila", "uztailaren"),
    8: ("abuztua", "abuztuaren"),
    9: ("iraila", "irailaren"),
    10: ("urria", "urriaren"),
    11: ("azaroa", "azaroaren"),
    12: ("abendua", "abenduaren"),
}

# Azerbaijani and Uzbek (Latin script), Swahili, Hausa and Burmese month names.
_TURKIC_AFRICAN_AND_BURMESE_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("yanvar", "januari", "janairu", "ဇန်နဝါရီ"),
    2: ("fevral", "februari", "fabrairu", "ဖေဖော်ဝါရီ"),
    3: ("mart", "machi", "maris", "မတ်"),
    4: ("aprel", "aprili", "afrilu", "ဧပြီ"),
    5: ("mayu", "မေ"),
    6: ("iyun", "juni", "yuni", "ဇွန်"),
    7: ("iyul", "julai", "yuli", "ဇူလိုင်"),
    8: ("avqust", "avgust", "agosti", "agusta", "ဩဂုတ်", "ဪဂုတ်"),
    9: ("sentyabr", "sentabr", "septemba", "satumba", "စက်တင်ဘာ"),
    10: ("oktyabr", "oktabr", "oktoba", "အောက်တိုဘာ"),
    11: ("noyabr", "novemba", "nuwamba", "နိုဝင်ဘာ"),
    12: ("dekabr", "desemba", "disamba", "ဒီဇင်ဘာ"),
}

# Arabic month names of the Maghreb (Morocco's, from French; Algeria's and Tunisia's) and
# the Levant's Syriac ones (those of one word).
_MAGHREB_AND_LEVANT_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("جانفي",),
    2: ("فيفري", "شباط"),
    3: ("آذار",),
    4: ("أفريل", "نيسان"),
    5: ("ماي", "أيار"),
    6: ("جوان", "حزيران"),
    7: ("يوليوز", "جويلية", "تموز"),
    8: ("غشت", "أوت", "آب"),
    9: ("شتنبر", "أيلول"),
    10: ("أكتوبر",),
    11: ("نونبر",),
    12: ("دجنبر", "ديسمبر"),
}

# Serbian and Macedonian (Cyrillic; Serbian's short forms) and Estonian month names.
_SOUTH_SLAVIC_CYRILLIC_AND_ESTONIAN_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("јануар", "јануари", "јан", "jaanuar"),
    2: ("фебруар", "февруари", "феб", "veebruar"),
    3: ("март", "мар", "märts"),
    4: ("април", "апр", "aprill"),
    5: ("мај", "mai"),
    6: ("јун", "јуни", "juuni"),
    7: ("јул", "јули", "juuli"),
    8: ("август", "авг", "august"),
    9: ("септембар", "септември", "сеп", "september"),
    10: ("октобар", "октомври", "окт", "oktoober"),
    11: ("новембар", "ноември", "нов", "november"),
    12: ("децембар", "декември", "дец", "detsember"),
}

# Slovenian (the genitive dates use, and the nominative), Maltese, Welsh and Irish month names
# (Irish September and October are two words: see TWO_WORD_MONTHS).
_SLOVENIAN_MALTESE_AND_CELTIC_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("januarja", "januar", "jannar", "ionawr", "eanáir"),
    2: ("februarja", "februar", "frar", "chwefror", "feabhra"),
    3: ("marca", "marec", "marzu", "mawrth", "márta"),
    4: ("aprila", "april", "ebrill", "aibreán"),
    5: ("maja", "maj", "mejju", "mai", "bealtaine"),
    6: ("junija", "junij", "ġunju", "mehefin", "meitheamh"),
    7: ("julija", "julij", "lulju", "gorffennaf", "iúil"),
    8: ("avgusta", "avgust", "awwissu", "awst", "lúnasa"),
    9: ("septembra", "september", "settembru", "medi"),
    10: ("oktobra", "oktober", "ottubru", "hydref"),
    11: ("novembra", "november", "novembru", "tachwedd", "samhain"),
    12: ("decembra", "december", "diċembru", "rhagfyr", "nollaig"),
}

_CENTRAL_ASIAN_AND_EAST_AFRICAN_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    # Kazakh in the Latin alphabet, Turkmen, Tajik (with its linking "-и"), Somali, Luganda,
    # Kinyarwanda
    1: ("qañtar", "ýanwar", "январи", "janaayo", "janwali", "mutarama"),
    2: ("aqpan", "fewral", "феврали", "febraayo", "febwali", "gashyantare"),
    3: ("nauryz", "марти", "maarso", "marisi", "werurwe"),
    4: ("säuır", "сәуір", "апрели", "abriil", "apuli", "mata"),
    5: ("mamyr", "maý", "майи", "maajo", "maayi", "gicurasi"),
    6: ("mausym", "iýun", "июни", "juun", "juuni", "kamena"),
    7: ("şılde", "iýul", "июли", "luulyo", "julaayi", "nyakanga"),
    8: ("tamyz", "awgust", "августи", "agoosto", "agusito", "kanama"),
    9: ("qyrküiek", "sentýabr", "сентябри", "sebtembar", "sebuttemba", "nzeri"),
    10: ("qazan", "oktýabr", "октябри", "oktoobar", "okitobba", "ukwakira"),
    11: ("qaraşa", "noýabr", "ноябри", "nofembar", "novemba", "ugushyingo"),
    12: ("jeltoqsan", "dekabr", "декабри", "desembar", "desemba", "ukuboza"),
}

#: The Levant's Syriac month names of two words, with and without the article: each is read
#: as one name (its words joined by "_"), since its second word alone ("الأول", the first)
#: names no month.
TWO_WORD_MONTHS: dict[str, int] = {
    "كانون الثاني": 1,
    "كانون ثاني": 1,
    "تشرين الأول": 10,
    "تشرين أول": 10,
    "تشرين الثاني": 11,
    "تشرين ثاني": 11,
    "كانون الأول": 12,
    "كانون أول": 12,
    "meán fómhair": 9,  # Irish
    "deireadh fómhair": 10,
}

# Thai: the months' full names (an abbreviation, "มี.ค.", is read by THAI_MONTH_ABBREVIATIONS).
_THAI_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("มกราคม",),
    2: ("กุมภาพันธ์",),
    3: ("มีนาคม",),
    4: ("เมษายน",),
    5: ("พฤษภาคม",),
    6: ("มิถุนายน",),
    7: ("กรกฎาคม",),
    8: ("สิงหาคม",),
    9: ("กันยายน",),
    10: ("ตุลาคม",),
    11: ("พฤศจิกายน",),
    12: ("ธันวาคม",),
}

#: Thai month abbreviations, written with dots ("12 มี.ค. 2567") -> month number.
THAI_MONTH_ABBREVIATIONS: dict[str, int] = {
    "ม.ค.": 1,
    "ก.พ.": 2,
    "มี.ค.": 3,
    "เม.ย.": 4,
    "พ.ค.": 5,
    "มิ.ย.": 6,
    "ก.ค.": 7,
    "ส.ค.": 8,
    "ก.ย.": 9,
    "ต.ค.": 10,
    "พ.ย.": 11,
    "ธ.ค.": 12,
}

#: Years of the Buddhist Era (Thai dates: 2567 is 2024) and what to take off them.
#: Japanese eras: the Western year of each one's first year (its year 1, "元年").
JAPANESE_ERAS: dict[str, int] = {"令和": 2019, "平成": 1989, "昭和": 1926}

#: Taiwan's Minguo calendar counts years from 1912: year 1 is 1912.
ROC_YEAR_OFFSET = 1911
BUDDHIST_ERA_YEARS = range(2400, 2701)
BUDDHIST_ERA_OFFSET = 543


def _month_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for number, names in [
        *_MONTH_NAMES.items(),
        *_MORE_MONTH_NAMES.items(),
        *_EVEN_MORE_MONTH_NAMES.items(),
        *_SOUTH_ASIAN_AND_MEKONG_MONTH_NAMES.items(),
        *_EUROPEAN_AND_CAUCASUS_MONTH_NAMES.items(),
        *_MAGHREB_AND_LEVANT_MONTH_NAMES.items(),
        *_TURKIC_AFRICAN_AND_BURMESE_MONTH_NAMES.items(),
        *_BASQUE_MONTH_NAMES.items(),
        *_BELARUSIAN_MONTH_NAMES.items(),
        *_THAI_MONTH_NAMES.items(),
        *_SLOVENIAN_MALTESE_AND_CELTIC_MONTH_NAMES.items(),
        *_SOUTH_SLAVIC_CYRILLIC_AND_ESTONIAN_MONTH_NAMES.items(),
        *_CENTRAL_ASIAN_AND_EAST_AFRICAN_MONTH_NAMES.items(),
        *((number, (name.replace(" ", "_"),)) for name, number in TWO_WORD_MONTHS.items()),
    ]:
        for name in names:
            # First language wins on a collision (e.g. Croatian "listopada" is October, Polish
            # November: the Polish reading is kept as the commoner one). Keys are casefolded
            # as the names read from pages are (Greek "μαΐου" folds to more characters).
            index.setdefault(name.casefold(), number)
            if _GREEK.search(name):
                # Greek capitals drop the accent ("ΜΑΪΟΥ", "ΜΑΙΟΥ" for "Μαΐου")
                for bare in _without_greek_accents(name.casefold()):
                    index.setdefault(bare, number)
    index["listopada"] = 11
    return index


_GREEK = re.compile("[\u0370-\u03ff]")
_TONOS = "\u0301"


def _without_greek_accents(name: str) -> tuple[str, str]:
    """The name without its tonos (a diaeresis kept), and without any mark."""
    parts = unicodedata.normalize("NFD", name)
    return (
        unicodedata.normalize("NFC", parts.replace(_TONOS, "")),
        "".join(char for char in parts if not unicodedata.combining(char)),
    )


#: Lowercased month name or abbreviation -> month number.
MONTHS: dict[str, int] = _month_index()

#: Months of the Solar Hijri calendar (Iran's and Afghanistan's), by number: Iran's Persian
#: names (with the Arabic letters' spellings pages also use) and Afghanistan's Dari ones.
#: Dates in them are converted ("۱۲ آبان ۱۴۰۵" is 3 November 2026).
SOLAR_HIJRI_MONTHS: dict[str, int] = {
    **dict.fromkeys(("فروردین", "فروردين", "حمل"), 1),
    **dict.fromkeys(("اردیبهشت", "ارديبهشت", "ثور"), 2),
    **dict.fromkeys(("خرداد", "جوزا", "جوزای"), 3),
    **dict.fromkeys(("تیر", "تير", "سرطان"), 4),
    **dict.fromkeys(("مرداد", "امرداد", "اسد"), 5),
    **dict.fromkeys(("شهریور", "شهريور", "سنبله"), 6),
    **dict.fromkeys(("مهر", "میزان", "ميزان"), 7),
    **dict.fromkeys(("آبان", "ابان", "عقرب"), 8),
    **dict.fromkeys(("آذر", "اذر", "قوس"), 9),
    **dict.fromkeys(("دی", "دي", "جدی", "جدي"), 10),
    **dict.fromkeys(("بهمن", "دلو"), 11),
    **dict.fromkeys(("اسفند", "حوت"), 12),
}
#: The Solar Hijri years a page of ours may give (1921 to 2121).
SOLAR_HIJRI_YEARS = range(1300, 1501)

#: Months of the Bikram Sambat, Nepal's calendar: dates in it are not read (no conversion), but
#: one written after a byline's name ends the name ("रातोपाटी संवाददाता साउन १५, २०८१").
BIKRAM_SAMBAT_MONTHS: tuple[str, ...] = (
    "बैशाख", "वैशाख", "जेठ", "असार", "साउन", "श्रावण", "भदौ", "असोज", "कात्तिक", "कार्तिक",
    "मंसिर", "पुस", "पौष", "माघ", "फागुन", "चैत", "चैत्र",
)  # fmt: skip

#: Words that introduce a publication date in a visible dateline, lowercased.
PUBLISHED_CUES: tuple[str, ...] = (
    "this story was originally published",  # McClatchy's closing line
    "first uploaded on",  # The Indian Express's closing line
    "first published on",
    "published",
    "प्रकाशित",  # Hindi and Nepali
    "প্রকাশিত",  # Bengali
    "প্রকাশ",
    # Tamil: "date posted" (Dinamalar's "பதிவு செய்த நாள்: மே 21,2025 16:05"), "posted",
    # "published"
    "பதிவு செய்த நாள்",
    "பதிவு",
    "வெளியிடப்பட்டது",
    "posted",
    "aired",  # (a broadcast's transcript: "Aired May 7, 2025 - 10:00 ET")
    "added",
    "publié le",
    "publié",
    "veröffentlicht am",
    "veröffentlicht",
    "publiziert am",
    "publiziert",
    "erschienen am",
    "publicado el",
    "publicado em",
    "publicado",
    "pubblicato il",
    "pubblicato",
    "gepubliceerd",
    "opublikowano",
    "publicerad",
    "опубликовано",
    "发布时间",
    "发布日期",
    "發佈時間",
    "発行",
    "公開日",
    "投稿日",
    "기사입력",
    "입력",
    "발행일",  # (a page property: "publication date")
    "등록",
    "дата публикации",
    "yayınlanma",
    "oluşturulma",
    "oluşturma tarihi",
    "yayın tarihi",
    "giriş",
    "data publikacji",
    "diterbitkan",
    "dipublikasikan",
    "đăng lúc",
    "ngày đăng",
    "تاريخ النشر",
    "نشر في",
    "نشر بتاريخ",
    "تاریخ انتشار",
    "פורסם",
    "प्रकाशित",
    "publiceret",
    "publisert",
    "julkaistu",
    "publikováno",
    "δημοσιεύθηκε",
    "δημοσίευση",
    "közzétéve",
    "publicat",
    "опубліковано",
    "date",
    "datum",
    "fecha",
    "data",
)
#: Words that introduce a modification date.
MODIFIED_CUES: tuple[str, ...] = (
    "page last updated",
    "page last modified",
    "this page was last modified on",
    "this page was last updated",
    "updated",
    "last updated",
    "last update on",
    "last update",
    "latest update",
    "laatste update",  # Dutch
    "last modified",
    "modified",
    "mis à jour le",
    "mis à jour",
    "modifié le",
    "modifié",
    "aktualisiert am",
    "aktualisiert",
    "actualizado el",
    "actualizado",
    "actualizada el",
    "actualizada",
    "atualizado em",
    "atualizado",
    "atualizada em",
    "atualizada",
    "aggiornato il",
    "aggiornato",
    "aggiornata il",
    "aggiornata",
    "modificato il",
    "modificato",
    "modifica il",  # (Corriere's "14 febbraio 2025 (modifica il 14 febbraio 2025 | 13:20)")
    "bijgewerkt",
    "zaktualizowano",
    "uppdaterad",
    "opdateret",
    "oppdatert",
    "päivitetty",
    "aktualizováno",
    "ενημερώθηκε",
    "frissítve",
    "actualizat",
    "оновлено",
    "diperbarui",
    "cập nhật",
    "آخر تحديث",
    "تم التحديث",
    "עודכן",
    "अपडेट",
    "обновлено",
    "更新",
    "수정",
    "güncelleme",
    "güncellenme",
    "শেষ আপডেট",  # Bengali: last updated
    # Tamil: "date changed", "updated", "update"
    "மாற்றம் செய்த நாள்",
    "புதுப்பிக்கப்பட்டது",
    "அப்டேட்",
)

#: Words that say a time is before or after noon where "am"/"pm" would: written before the
#: time in Korean, Chinese, Japanese and Marathi ("오후 2:32", "下午2:32", "午後2時32分",
#: "दुपारी २:०५"), after it
#: in Arabic ("٠٢:٣٢ م"). Word -> "a" (morning) or "p" (afternoon).
MERIDIEMS_BEFORE_TIME: dict[str, str] = {
    "오전": "a",
    "오후": "p",
    "上午": "a",
    "下午": "p",
    "午前": "a",
    "午後": "p",
    # Marathi and Hindi: morning, afternoon, evening ("दुपारी २:०५")
    "सकाळी": "a",
    "दुपारी": "p",
    "संध्याकाळी": "p",
    "सुबह": "a",
    "दोपहर": "p",
    "शाम": "p",
    # Sinhala: before and after noon ("ප.ව. 02:15")
    "පෙ.ව.": "a",
    "ප.ව.": "p",
}
MERIDIEMS_AFTER_TIME: dict[str, str] = {
    "p. m.": "p",  # Spanish: "11:40 p. m."
    "a. m.": "a",
    "ص": "a",
    "صباحا": "a",
    "صباحًا": "a",
    "م": "p",
    "مساء": "p",
    "مساءً": "p",
    "পিএম": "p",  # Bengali script's "PM"
    "এএম": "a",
}

#: Words written between a time and the date after it ("10:41 AM on 18th November 2008",
#: "9:05 PM on the 3rd of May 2009"), casefolded.
TIME_DATE_JOINERS: tuple[str, ...] = ("on", "on the")

#: Weekday names, Monday first, in the languages whose pages write numeric dates that read
#: either way round ("Tuesday 11/03/2025"): the weekday tells which way.
_WEEKDAY_NAMES: tuple[tuple[str, ...], ...] = (
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
     "domingo"),
    ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
)  # fmt: skip
#: Weekday name -> its number (Monday 0, as ``datetime.weekday``).
WEEKDAY_NUMBERS: dict[str, int] = {
    name: number for names in _WEEKDAY_NAMES for number, name in enumerate(names)
}

#: Weekday names (lowercased) that trail names in run-together bylines ("Jeff Foust Monday").
WEEKDAYS: frozenset[str] = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        # Arabic weekdays ("هسبريس - أ ف ب الإثنين 12 ماي 2025"), with and without hamza
        "الأحد",
        "الاحد",
        "الإثنين",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الاربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        # Vietnamese weekdays: "Thứ" and an ordinal ("Thứ ba, 12/03/2024"), "Chủ nhật"
        "thứ hai",
        "thứ ba",
        "thứ tư",
        "thứ năm",
        "thứ sáu",
        "thứ bảy",
        "chủ nhật",
        # English abbreviations (Drupal's "Wed, 07/12/2023 - 12:15"); not "Sun", a surname
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
    }
)

#: Zone abbreviations of the United States and Canada, whose pages write numeric dates month
#: first ("06/12/2008 11:35:42 PM MDT", "Sat May 31, 10:14 PM ET").
NORTH_AMERICAN_ZONES: tuple[str, ...] = (
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "ET", "CT",
    "MT", "PT",
)  # fmt: skip

#: North America's zones named without saying whether summer time is on ("9:31 p.m. ET"):
#: the tz database's zone each names, whose offset on the date decides.
SEASONAL_ZONES: dict[str, str] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}

#: North America's zones spelled out, as the abbreviations they stand for ("04:05 PM Eastern
#: Daylight Time", "2:00 p.m. Pacific Time").
SPELLED_ZONES: dict[str, str] = {
    "Eastern Standard Time": "EST",
    "Eastern Daylight Time": "EDT",
    "Central Standard Time": "CST",
    "Central Daylight Time": "CDT",
    "Mountain Standard Time": "MST",
    "Mountain Daylight Time": "MDT",
    "Pacific Standard Time": "PST",
    "Pacific Daylight Time": "PDT",
    "Alaska Standard Time": "AKST",
    "Alaska Daylight Time": "AKDT",
    "Hawaii Standard Time": "HST",
    "Hawaii-Aleutian Standard Time": "HST",
    "Eastern Time": "ET",
    "Central Time": "CT",
    "Mountain Time": "MT",
    "Pacific Time": "PT",
}

#: Zone abbreviations python-dateutil does not know, as UTC offsets in seconds (those that
#: name one zone in news use: India's IST, the Gulf's GST; not AST, Atlantic or Arabia).
ZONE_OFFSETS: dict[str, int] = {
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "CST": -6 * 3600,
    "CDT": -5 * 3600,
    "MST": -7 * 3600,
    "MDT": -6 * 3600,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "AKST": -9 * 3600,
    "AKDT": -8 * 3600,
    "HST": -10 * 3600,
    "GMT": 0,
    "UTC": 0,
    "UT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": 3600,
    "BST": 3600,
    "CET": 3600,
    "CEST": 7200,
    "MEZ": 3600,
    "MESZ": 7200,
    "EET": 7200,
    "EEST": 10800,
    "MSK": 10800,
    "IST": 19800,
    "PKT": 18000,
    "ICT": 25200,
    "WIB": 25200,
    "HKT": 28800,
    "SGT": 28800,
    "AWST": 28800,
    "JST": 32400,
    "KST": 32400,
    "ACST": 34200,
    "AEST": 36000,
    "AEDT": 39600,
    "NZST": 43200,
    "NZDT": 46800,
    "BRT": -3 * 3600,
    "ART": -3 * 3600,
    "NST": -12600,
    "NDT": -9000,
    "WEZ": 0,
    "WESZ": 3600,
    "OEZ": 7200,
    "OESZ": 10800,
    "WAT": 3600,
    "CAT": 7200,
    "SAST": 7200,
    "EAT": 10800,
    "IDT": 10800,
    "TRT": 10800,
    "GST": 14400,
    "NPT": 20700,
    "PHT": 28800,
    "MYT": 28800,
    "WITA": 28800,
    "WIT": 32400,
    "ACDT": 37800,
}
