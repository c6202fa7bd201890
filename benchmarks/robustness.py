"""Robustness: body F1 when a corpus's markup is rewritten in ways that keep its text.

Usage (from the repository root)::

    python benchmarks/robustness.py ../shared/bench/scrapinghub [--rewrites br,divp]
        [--extractors newsparse-generic,trafilatura] [--worst N]

A benchmark corpus tells how an extractor does on the sites it holds; pages from other sites
are written differently. Each rewrite here turns every page into the same text in other
markup, the way other sites and older CMSs write it, and the scorer compares the extractors
on it:

- ``noclass``: no class or id attributes (no cue words, as with hashed CSS-module names);
- ``nosemantic``: <article>, <aside>, <nav>, <header>, <footer>, <main>, <section>,
  <figure> and <figcaption> written as <div>;
- ``divp``: paragraphs written as <div> instead of <p>;
- ``br``: paragraphs as text separated by <br><br> (older CMSs, forums);
- ``wrapped``: every <p> in a <div> of its own (page builders, component frameworks);
- ``linked``: every fourth word of each plain paragraph in a link (a heavily linked blog);
- ``hidden-copy``: the page's paragraphs copied into an undisplayed block (``display: none``)
  before ``</body>``, as a print copy or a script's template leaves them;
- ``theme-wrapper``: the page's content inside one <div> whose class names a sidebar and
  ad slots (``has-sidebar theiaStickySidebar js-ad-section``), as some themes wrap it;
- ``custom-p``, ``custom-div``: paragraphs, or divs, written as custom elements
  (``<story-paragraph>``, ``<page-block>``), as sites built of web components write them;
- ``legacy-bytes``: the page in the Windows code page of its script (windows-1252 for Latin
  text, windows-1251 for Cyrillic, Shift_JIS for Japanese...) with its charset declaration
  removed, as older sites served it: the extractor must guess the encoding;
- ``classes-de``, ``classes-es``, ``classes-fr``: the cue words of class and id names
  (comments, related, share, sidebar, footer, ads, popular, tags, breadcrumbs...) written
  in German, Spanish or French, as sites with their own CMS name them.

A rewrite that drops class attributes also drops the classes that hide elements (a
gallery's other slides, print-only notes): part of what ``noclass`` adds is text a reader
would not see, for every extractor alike.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import Page, extractors, load_pages, load_scorer

Rewrite = Callable[[bytes], bytes]

_CLASS_OR_ID = re.compile(rb"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_SEMANTIC_TAG = re.compile(
    rb"<(/?)(?:article|aside|nav|header|footer|main|section|figure|figcaption)\b", re.I
)
_P_TAG = re.compile(rb"<(/?)p(\s|>)", re.I)
_BODY_OPEN = re.compile(rb"<body[^>]{0,2000}>", re.I)
_BODY_CLOSE = re.compile(rb"</body\s*>", re.I)
# A theme's page wrapper whose class names a sidebar and ad slots.
_THEME_WRAPPER = b'<div class="page-wrap has-sidebar theiaStickySidebar js-ad-section">'
_DIV_TAG = re.compile(rb"<(/?)div(\s|>)", re.I)
_P_OPEN = re.compile(rb"<p(?:\s[^>]*)?>", re.I)
_P_CLOSE = re.compile(rb"</p\s*>", re.I)


_PLAIN_PARAGRAPH = re.compile(rb"(<p(?:\s[^>]*)?>)([^<]*)(</p>)", re.I)


def _linked(raw: bytes) -> bytes:
    """Every fourth word of each paragraph of plain text in a link (a heavily linked blog)."""

    def link_words(paragraph: re.Match[bytes]) -> bytes:
        words = paragraph.group(2).split(b" ")
        linked = [
            b'<a href="/topic/%d">%s</a>' % (index, word)
            if index % 4 == 3 and word.strip()
            else word
            for index, word in enumerate(words)
        ]
        return paragraph.group(1) + b" ".join(linked) + paragraph.group(3)

    return _PLAIN_PARAGRAPH.sub(link_words, raw)


# A <p> element (not <path>, <pre>, <picture>...) holding no block of its own: copied whole,
# it leaves the page's structure as it was.
_PARAGRAPH = re.compile(
    rb"<p(?:\s[^>]*)?>(?:(?!</?(?:p|div|section|article|table|ul|ol|body)\b).){0,20000}?</p\s*>",
    re.I | re.S,
)


def _hidden_copy(raw: bytes) -> bytes:
    """The page's paragraphs copied once more into an undisplayed block before </body> (a
    print copy, a script's template)."""
    copy = b"".join(_PARAGRAPH.findall(raw))
    block = b'<div style="display: none">' + copy + b"</div>"
    return _BODY_CLOSE.sub(lambda close: block + close.group(), raw, count=1)


def _wrapped(raw: bytes) -> bytes:
    raw = _P_OPEN.sub(lambda match: b"<div>" + match.group(0), raw)
    return _P_CLOSE.sub(b"</p></div>", raw)


# Cue words of class and id names as sites in other languages write them.
_CLASS_WORDS_IN: dict[str, dict[str, str]] = {
    "de": {
        "comments": "kommentare", "comment": "kommentare", "related": "verwandte",
        "share": "teilen", "sharing": "teilen", "social": "teilen", "sidebar": "seitenleiste",
        "footer": "fusszeile", "advertisement": "werbung", "advert": "werbung", "ads": "anzeige",
        "popular": "meistgelesen", "trending": "meistgelesen", "tags": "schlagworte",
        "breadcrumb": "brotkrumen", "breadcrumbs": "brotkrumen", "paywall": "bezahlschranke",
    },
    "es": {
        "comments": "comentarios", "comment": "comentarios", "related": "relacionados",
        "share": "compartir", "sharing": "compartir", "social": "compartir",
        "sidebar": "barra-lateral", "footer": "pie-de-pagina", "advertisement": "publicidad",
        "advert": "publicidad", "ads": "publicidad", "popular": "mas-leidos",
        "trending": "mas-leidos", "tags": "etiquetas", "breadcrumb": "migas-de-pan",
        "breadcrumbs": "migas-de-pan", "paywall": "muro-de-pago",
    },
    "fr": {
        "comments": "commentaires", "comment": "commentaires", "related": "articles-lies",
        "share": "partager", "sharing": "partager", "social": "partager",
        "sidebar": "barre-laterale", "footer": "pied-de-page", "advertisement": "publicite",
        "advert": "publicite", "ads": "publicite", "popular": "les-plus-lus",
        "trending": "les-plus-lus", "tags": "mots-cles", "breadcrumb": "fil-ariane",
        "breadcrumbs": "fil-ariane",
    },
}  # fmt: skip
_QUOTED_CLASS_OR_ID = re.compile(rb"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*')""", re.I)


# A charset declaration: <meta charset>, <meta http-equiv="Content-Type">, an XML prolog's.
_CHARSET_DECLARATION = re.compile(r"<meta[^>]{0,300}?charset[^>]{0,300}>|<\?xml[^>]{0,200}>", re.I)
# The legacy code page of each script, by a character range of the script.
_SCRIPT_CODE_PAGES = (
    ("\u3040", "\u30ff", "shift_jis"),  # kana first: Japanese also writes Han characters
    ("\uac00", "\ud7af", "euc_kr"),
    ("\u4e00", "\u9fff", "gb18030"),
    ("\u0400", "\u04ff", "cp1251"),
    ("\u0370", "\u03ff", "cp1253"),
    ("\u0590", "\u05ff", "cp1255"),
    ("\u0600", "\u06ff", "cp1256"),
    ("\u0e00", "\u0e7f", "cp874"),
)


def _legacy_bytes(raw: bytes) -> bytes:
    """The page in the legacy code page of its script, its charset declaration removed."""
    from newsparse.decoding import decode  # (importable once run.py put src/ on the path)

    text = _CHARSET_DECLARATION.sub("", decode(raw)[0])
    letters = [character for character in text[:200_000] if character > "\u0370"]
    code_page = "cp1252"
    for first, last, name in _SCRIPT_CODE_PAGES:
        if sum(first <= character <= last for character in letters) >= 50:
            code_page = name
            break
    return text.encode(code_page, errors="xmlcharrefreplace")


def _class_words_in(language: str) -> Rewrite:
    table = _CLASS_WORDS_IN[language]
    words = sorted(table, key=len, reverse=True)
    word = re.compile(
        rb"(?<![a-z])(?:" + b"|".join(w.encode() for w in words) + rb")(?![a-z])", re.I
    )

    def translate(attribute: re.Match[bytes]) -> bytes:
        return word.sub(
            lambda found: table[found.group().decode().lower()].encode(), attribute.group()
        )

    return lambda raw: _QUOTED_CLASS_OR_ID.sub(translate, raw)


REWRITES: dict[str, Rewrite] = {
    "noclass": lambda raw: _CLASS_OR_ID.sub(b"", raw),
    "nosemantic": lambda raw: _SEMANTIC_TAG.sub(rb"<\1div", raw),
    "divp": lambda raw: _P_TAG.sub(rb"<\1div\2", raw),
    "br": lambda raw: _P_CLOSE.sub(b"<br><br>", _P_OPEN.sub(b"", raw)),
    "wrapped": _wrapped,
    "linked": _linked,
    "hidden-copy": _hidden_copy,
    "legacy-bytes": _legacy_bytes,
    "theme-wrapper": lambda raw: _BODY_CLOSE.sub(
        b"</div></body>",
        _BODY_OPEN.sub(lambda m: m.group() + _THEME_WRAPPER, raw, count=1),
        count=1,
    ),
    "custom-p": lambda raw: _P_TAG.sub(rb"<\1story-paragraph\2", raw),
    "custom-div": lambda raw: _DIV_TAG.sub(rb"<\1page-block\2", raw),
    **{f"classes-{language}": _class_words_in(language) for language in _CLASS_WORDS_IN},
}


def predictions(
    pages: list[Page], extract: Callable[[bytes, str | None], dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Each page's prediction by id; a failure is scored as an empty body."""
    found = {}
    for page in pages:
        try:
            found[page.item["id"]] = extract(page.raw, page.item.get("url"))
        except Exception:  # an anchor failing on a rewritten page is scored as empty
            found[page.item["id"]] = {"body": ""}
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rewrites", default=",".join(REWRITES))
    parser.add_argument("--extractors", default="newsparse-generic,trafilatura")
    parser.add_argument("--worst", type=int, default=0, help="list newsparse's N worst pages")
    args = parser.parse_args(argv)
    names = [name for name in args.rewrites.split(",") if name]
    unknown = [name for name in names if name not in REWRITES]
    if unknown:
        sys.exit(f"unknown rewrite {unknown[0]!r}; choose from {', '.join(REWRITES)}")
    scorer = load_scorer(args.corpus)
    chosen = extractors(args.extractors.split(","))
    originals = load_pages(args.corpus)
    items = [page.item for page in originals]
    print(f"corpus {args.corpus} ({len(originals)} pages): body F1 / precision / recall")
    print(f"{'rewrite':<14}" + "".join(f"{name:>26}" for name in chosen))
    for rewrite in ["none", *names]:
        change = REWRITES.get(rewrite, lambda raw: raw)
        pages = [Page(page.item, change(page.raw)) for page in originals]
        row = f"{rewrite:<14}"
        worst: list[tuple[float, float, float, str]] = []
        for name, extract in chosen.items():
            predicted = predictions(pages, extract)
            body = scorer.score(items, predicted)["body"]
            cell = f"{body['f1']:.3f} / {body['precision']:.3f} / {body['recall']:.3f}"
            row += f"{cell:>26}"
            if name.startswith("newsparse") and not worst:
                worst = scorer.per_page_f1(items, predicted)
        print(row, flush=True)
        for f1, _, _, page_id in worst[: args.worst]:
            print(f"    F1 {f1:.3f}  {page_id}")


if __name__ == "__main__":
    main()
