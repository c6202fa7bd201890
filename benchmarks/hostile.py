"""Hostile input: adversarial page shapes at growing sizes, and mutation fuzzing.

Usage (from the repository root)::

    python benchmarks/hostile.py scaling [--only pile-div,classes]
    python benchmarks/hostile.py fuzz ../shared/bench/scrapinghub [more corpora] [--count 2000]

``scaling`` times ``newsparse.parse`` on each shape at three sizes (each twice the last but
one: 1x, 2x, 4x) and flags a shape whose time grows more than six times for four times the
size: a super-linear path. ``fuzz`` mutates the pages of benchmark corpora (cuts, splices,
flipped bytes, piles of unclosed tags, long runs, hostile JSON-LD, bad URLs), parses each
variant as bytes or as text, and reports every exception other than ``ParseError`` and the
slowest variant; variants slower than ``--slow`` seconds are saved for a closer look.
Both exit with status 1 when they find something.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsparse  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import iter_pages  # noqa: E402

Shape = tuple[Callable[[int], str], tuple[int, int, int]]

_STORY = "<p>" + "The council met on Tuesday and voted on the harbour budget. " * 4 + "</p>"
_PILED_TAGS = (
    "div", "span", "b", "a", "p", "li", "ul", "table", "td", "section", "article", "h2",
    "blockquote", "font", "em", "figure", "aside", "nav", "header", "footer", "form",
    "label", "time", "strong", "i", "small", "dl", "dt", "dd", "center", "story-block",
)  # fmt: skip
# A shape grows super-linearly when 4 times the size costs more than this many times the time
# (and the largest size takes long enough to time reliably).
SUPERLINEAR_GROWTH = 6.0
_MIN_TIMED = 0.05


def page(inside: str, head: str = "") -> str:
    """A small article page with ``inside`` after its story and ``head`` in its head."""
    return (
        f"<html><head><title>Harbour budget approved</title>{head}</head><body><article>"
        f"<h1>Harbour budget approved</h1>{_STORY * 3}{inside}</article></body></html>"
    )


def _repeated(markup: str, after: str = "") -> Callable[[int], str]:
    """A page maker: ``markup`` repeated n times, then ``after``."""
    return lambda n: page(markup * n + after)


def _nested(tag: str) -> Callable[[int], str]:
    """A page maker: n ``tag`` elements nested in one another, closed."""
    return lambda n: page(f"<{tag}>x" * n + f"</{tag}>" * n)


def shapes() -> dict[str, Shape]:
    """Every adversarial shape, by name: a page maker and the three sizes it is timed at."""
    found: dict[str, Shape] = {}
    deep, many = (400, 800, 1600), (5000, 10000, 20000)
    for tag in _PILED_TAGS:
        found[f"pile-{tag}"] = (_repeated(f"<{tag}>", "Related"), deep)
        found[f"pile-text-{tag}"] = (_repeated(f"<{tag}>Related "), deep)
        found[f"nest-{tag}"] = (_nested(tag), deep)
        found[f"siblings-{tag}"] = (_repeated(f"<{tag}>Read more: story</{tag}>"), many)
    found["links-in-paragraph"] = (lambda n: page("<p>" + "<a href='/a'>x</a> " * n + "</p>"), many)
    found["related-list"] = (
        lambda n: page("<h2>Related articles</h2><ul>" + "<li><a href='/a'>A story</a></li>" * n),
        many,
    )
    found["labelled-blocks"] = (
        lambda n: page(
            "".join(f"<div><h3>Related</h3><a href='/a{i}'>x</a></div>" for i in range(n))
        ),
        (2000, 4000, 8000),
    )
    found["nested-text-containers"] = (lambda n: page(("<div>" + "word " * 100) * n), deep)
    found["nested-hidden-text"] = (
        lambda n: page(("<td>x<script>" + "var a=1;" * 2000 + "</script>") * n),
        deep,
    )
    found["classes"] = (
        lambda n: page(
            "".join(f"<div class='c{i} related-{i}'><p>x{i}</p></div>" for i in range(n))
        ),
        many,
    )
    found["tables"] = (
        lambda n: page(
            "<table>" + "<tr><td><a href='/a'>x</a></td><td>text</td></tr>" * n + "</table>"
        ),
        many,
    )
    found["br-lines"] = (lambda n: page("<div>" + "a line of text<br>" * n + "</div>"), many)
    # a thousand inline containers nested in one another, each holding a paragraph of n
    # words (each a unit: each must read its own text, not the whole pile below it; the
    # parser caps the depth, so the text is what grows)
    for tag in ("font", "span"):
        found[f"nested-{tag}-paragraphs"] = (
            lambda n, tag=tag: page((f"<{tag}>" + "word " * n + "<br><br>") * 1000),
            (100, 200, 400),
        )
    found["paragraph-wrappers"] = (
        lambda n: page(("<div><div><p>" + "word " * 30 + "</p></div></div>") * n),
        many,
    )
    found["jsonld-article-body"] = (
        lambda n: page(
            "",
            head='<script type=\'application/ld+json\'>{"@type": "NewsArticle", "articleBody": "'
            + "<p>A paragraph of the story.</p>" * n
            + '"}</script>',
        ),
        many,
    )
    found["bylines"] = (lambda n: page("<p class='byline'>By Jane Doe, Reuters</p>" * n), many)
    # a photo gallery with no story but its captions (they become the body), and captions
    # with no picture at all
    caption = "Volunteers carry a paper heron along Front Street at the parade's start."
    found["gallery-slides"] = (
        lambda n: (
            "<html><body><h1>Photos</h1>"
            + f"<figure class='slide'><img src='/p.jpg'><figcaption>{caption}</figcaption></figure>"
            * n
            + "</body></html>"
        ),
        many,
    )
    found["captions-without-pictures"] = (
        lambda n: (
            f"<html><body><h1>Photos</h1>{'<div><span class=caption>' * n}{caption}"
            + "</span></div>" * n
            + "</body></html>"
        ),
        deep,
    )
    found["times"] = (
        lambda n: page("<time datetime='2020-01-01T10:00:00Z'>1 Jan</time>" * n),
        many,
    )
    found["metas"] = (
        lambda n: page("", head="<meta property='article:tag' content='x'>" * n),
        many,
    )
    found["jsonld-blocks"] = (
        lambda n: page(
            "", head='<script type=\'application/ld+json\'>{"headline": "x"}</script>' * n
        ),
        (1000, 2000, 4000),
    )
    found["jsonld-authors"] = (
        lambda n: page(
            "",
            head='<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": ['
            + ",".join(f'{{"name": "Jane Doe{i}"}}' for i in range(n))
            + "]}</script>",
        ),
        many,
    )
    found["long-title"] = (
        lambda n: page("", head="<meta property='og:title' content='" + "a | " * n + "'>"),
        many,
    )
    found["long-host"] = (
        lambda n: page("", head="<link rel='canonical' href='https://" + "a" * n + ".example/x'>"),
        (20000, 40000, 80000),
    )
    found["cjk-text"] = (lambda n: page("<p>" + "新幹線、台風で終日運休へ。" * n + "</p>"), many)
    found["long-word"] = (lambda n: page("<p>" + "x" * n * 20 + "</p>"), many)
    found["tag-links"] = (
        lambda n: page(
            "<strong>Tags "
            + ", ".join(f"<a rel='tag' href='/t{i}'>t</a>" for i in range(n))
            + "</strong>"
        ),
        many,
    )
    found["metadata-lines"] = (
        lambda n: page(
            "<div>"
            + "12/05/2019 - Publicado por: Ana Lima - Categoria: Obras<br><br>" * n
            + "</div>"
        ),
        (2000, 4000, 8000),
    )
    # declarative shadow roots: nested in one another (each host's slot filled from the
    # light children of the one above), and one root with many slots and slotted children
    found["nested-shadow-roots"] = (
        lambda n: page(
            "<x-box><template shadowrootmode='open'><p>Shadow text.</p><slot></slot>" * n
            + "</template></x-box>" * n
        ),
        deep,
    )
    found["shadow-slots"] = (
        lambda n: page(
            "<x-story><template shadowrootmode='open'>"
            + "".join(f"<slot name='s{i}'></slot>" for i in range(n))
            + "</template>"
            + "".join(f"<p slot='s{i}'>Slotted paragraph.</p>" for i in range(n))
            + "</x-story>"
        ),
        many,
    )
    # streamed React parts: many placeholders, each filled by a hidden part a script moves
    found["streamed-parts"] = (
        lambda n: page(
            "".join(f"<div><template id='B:{i}'></template><div></div></div>" for i in range(n))
            + "".join(f"<div hidden id='S:{i}'><p>Streamed paragraph.</p></div>" for i in range(n))
            + "<script>"
            + "".join(f'$RC("B:{i}","S:{i}");' for i in range(n))
            + "</script>"
        ),
        many,
    )
    # a short byline holding a page's worth of empty links, deep in classed parts (a broken
    # page's markup): every link read, each with its ancestors, was quadratic
    found["byline-of-links"] = (
        lambda n: page(
            "<div class='byline'>By Jane Doe "
            + "<span class='byline__part'>" * 40
            + "<a href='/staff/a'></a>" * n
            + "</span>" * 40
            + "</div>"
        ),
        many,
    )
    # a page showing no headline (an archived e-mail's copy) whose story sits under a deep
    # pile of wrappers: each wrapper's short text read whole, in the byline's and the
    # dateline's search for a line alone, was quadratic
    found["headless-pile"] = (
        lambda n: (
            "<html><head><title>Harbour budget approved</title></head><body>"
            + "<div><span>" * n
            + "By Jane Doe"
            + _STORY * 3
            + "</body></html>"
        ),
        deep,
    )
    found["undisplayed-blocks"] = (
        lambda n: page(("<div style='display:none'><p>" + "word " * 30 + "</p></div>") * n),
        many,
    )
    return found


def time_parse(html: str) -> float:
    """One parse of ``html``, in seconds. (Not the faster of two: the second parse of a page
    finds its class names known, and a large page's do not all fit the memos, so repeats
    would favour the small sizes.) Counted in this process's CPU time: other work on a shared
    machine stretches wall-clock times unevenly, which would read as super-linear growth."""
    start = time.process_time()
    newsparse.parse(html, url="https://harbour.example/news/budget")
    return time.process_time() - start


def scaling(only: list[str] | None) -> int:
    """Time every shape (or those named) at its three sizes; the number of super-linear ones."""
    chosen = shapes()
    names = only or list(chosen)
    superlinear = 0
    for name in names:
        make, sizes = chosen[name]
        times = [time_parse(make(size)) for size in sizes]
        growth = times[-1] / max(times[0], 1e-4)
        flagged = growth > SUPERLINEAR_GROWTH and times[-1] > _MIN_TIMED
        superlinear += flagged
        cells = " ".join(f"{seconds * 1000:8.1f}" for seconds in times)
        note = "  <-- super-linear" if flagged else ""
        print(f"{name:26s} {cells} ms  x{growth:5.1f} for x{sizes[-1] // sizes[0]}{note}")
    print(f"{len(names)} shapes, {superlinear} super-linear")
    return superlinear


# -- mutation fuzzing ----------------------------------------------------------------------

_INSERTS = (
    b"<", b">", b"</div>", b"<div>", b"<p>", b"</p>", b"<script>", b"</script>", b"<!--",
    b"-->", b"<![CDATA[", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"&#0;", b"&#xd800;",
    b"<table>", b"<td>", b"<meta charset='utf-16'>", b"<meta charset='x-unknown'>",
    b"<base href='http://['>", b"<link rel=canonical href='http://[::1'>",
    b"<time datetime='0000-00-00T99:99'>", b"<h1>", b"</h1>", b"<title>", b"</title>",
    b"<article>", b"<noscript>", b"<template>", b"<x-host><template shadowrootmode=open>",
    b"<slot>", b"<slot name=a>", b"<p slot=a>", b"</template>", b"<div style='display:none'>",
    b"<div hidden>", b"<template id=B:0>", b"<div hidden id=S:0>", b'<script>$RC("B:0","S:0")',
    b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": [1, {"a": null}],'
    b' "author": {"name": {"x": 1}}, "datePublished": "9999-99-99"}</script>',
)  # fmt: skip
_PILES = (b"<div>", b"<span>", b"<b>", b"<a href=x>", b"<table><tr><td>")
_BAD_URLS = (None, "not a url", "http://[::1", "ftp://example.com/")


def corpus_pages(corpora: list[Path]) -> list[tuple[bytes, str | None]]:
    """The raw pages and URLs of benchmark corpora (directories holding ``items.jsonl``)."""
    return [(page.raw, page.item.get("url")) for corpus in corpora for page in iter_pages(corpus)]


def mutate(raw: bytes, rng: random.Random) -> bytes:
    """``raw`` with one to six random edits."""
    data = bytearray(raw)
    for _ in range(rng.randint(1, 6)):
        if not data:
            break
        at = rng.randrange(len(data))
        roll = rng.random()
        if roll < 0.25:
            data[at:at] = rng.choice(_INSERTS)
        elif roll < 0.4:
            del data[at : at + rng.randint(1, 2000)]
        elif roll < 0.5:
            data[at] = rng.randrange(256)
        elif roll < 0.6:
            source = rng.randrange(len(data))
            data[at:at] = data[source : source + rng.randint(1, 5000)]
        elif roll < 0.65:
            del data[at:]
        elif roll < 0.75:
            data[at:at] = rng.choice(_PILES) * rng.randint(100, 3000)
        elif roll < 0.8:
            data[at:at] = b"x" * rng.randint(1000, 200_000)
        elif roll < 0.85:
            data[at:at] = ("<p>" + "字" * rng.randint(10, 5000) + "</p>").encode()
        elif roll < 0.9:
            data[at:at] = b'<div class="' + b"related " * rng.randint(1, 3000) + b'">'
        else:
            data[at:at] = rng.choice(_INSERTS) * rng.randint(2, 50)
    return bytes(data)


def fuzz(corpora: list[Path], count: int, seed: int, slow: float, keep: Path) -> int:
    """Parse ``count`` mutated pages; the number of failures (exceptions, not ParseError)."""
    pages = corpus_pages(corpora)
    if not pages:
        sys.exit("no pages in the corpora given")
    keep.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    failures = 0
    slowest = (0.0, 0)
    for number in range(count):
        raw, url = rng.choice(pages)
        variant = mutate(raw, rng)
        given: str | bytes = variant.decode("utf-8", "replace") if rng.random() < 0.2 else variant
        if rng.random() < 0.2:
            url = rng.choice(_BAD_URLS)
        start = time.perf_counter()
        try:
            newsparse.parse(given, url=url)
        except newsparse.ParseError:
            pass
        except Exception:  # the finding: anything else escaping parse()
            failures += 1
            saved = keep / f"crash-{seed}-{number}.html"
            saved.write_bytes(variant)
            print(f"exception on variant {number} (saved as {saved}):")
            print(traceback.format_exc(limit=6))
        seconds = time.perf_counter() - start
        slowest = max(slowest, (seconds, len(variant)))
        if seconds > slow:
            saved = keep / f"slow-{seed}-{number}.html"
            saved.write_bytes(variant)
            print(f"slow: {seconds:.2f} s for {len(variant)} bytes (saved as {saved})")
    print(
        f"{count} variants, {failures} exceptions; slowest {slowest[0]:.3f} s ({slowest[1]} bytes)"
    )
    return failures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    scale = commands.add_parser("scaling", help="time adversarial shapes at growing sizes")
    scale.add_argument("--only", help="comma-separated shape names")
    scale.add_argument("--list", action="store_true", help="list the shapes and stop")
    mutation = commands.add_parser("fuzz", help="parse mutated benchmark pages")
    mutation.add_argument("corpora", nargs="+", type=Path)
    mutation.add_argument("--count", type=int, default=2000)
    mutation.add_argument("--seed", type=int, default=0)
    mutation.add_argument("--slow", type=float, default=1.0, help="seconds that count as slow")
    mutation.add_argument("--keep", type=Path, default=Path("."), help="where findings go")
    args = parser.parse_args(argv)
    if args.command == "scaling":
        if args.list:
            print("\n".join(shapes()))
            return
        found = scaling(args.only.split(",") if args.only else None)
    else:
        found = fuzz(args.corpora, args.count, args.seed, args.slow, args.keep)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
