"""Measure newsparse against trafilatura and readability-lxml on a benchmark corpus.

Usage (from the repository root)::

    python benchmarks/run.py ../shared/bench/scrapinghub [--extractors ...] [--runs N]

The corpus is a directory holding ``items.jsonl`` and ``html/`` (see the corpus README); its
parent directory must hold ``score.py``, whose metrics are imported, not copied. Every
extractor runs in this one process on the same pages, interleaved page by page, so the time
ratios are immune to the machine's speed and load. trafilatura and readability-lxml are used
when installed (``pip install -e .[bench]``) and skipped otherwise.

Printed: per extractor body F1 / precision / recall, headline accuracy (where the corpus has
gold headlines), pages per second, the time ratio to trafilatura and peak memory (each
extractor measured alone in a child process of its own); then a linearity check of newsparse
(pages enlarged ten times, time ratio against the originals).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import importlib
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsparse  # noqa: E402
from newsparse.generic.text import paragraphs_of  # noqa: E402

Prediction = dict[str, Any]
Extractor = Callable[[bytes, "str | None"], Prediction]

_BODY_OPEN = re.compile(rb"<body[^>]{0,2000}>", re.I)
_BODY_CLOSE = re.compile(rb"</body\s*>", re.I)


@dataclass
class Page:
    item: dict[str, Any]
    raw: bytes


@dataclass
class Memory:
    """Peak resident set sizes (KB) of a child process running one extractor."""

    baseline_kb: int  # before the first page
    peak_kb: int


@dataclass
class Result:
    name: str
    predictions: dict[str, Prediction] = field(default_factory=dict)
    seconds: float = 0.0
    failures: int = 0


# -- corpus and scorer ---------------------------------------------------------------------


def load_scorer(corpus: Path) -> ModuleType:
    """``score.py`` from the corpus's parent directory."""
    scorer_dir = corpus.resolve().parent
    if not (scorer_dir / "score.py").is_file():
        sys.exit(f"no score.py in {scorer_dir} (the corpus's parent directory)")
    sys.path.insert(0, str(scorer_dir))
    return importlib.import_module("score")


def iter_pages(corpus: Path, limit: int | None = None) -> Iterator[Page]:
    """The corpus's pages, read one at a time."""
    count = 0
    with open(corpus / "items.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            item = json.loads(line)
            raw = (corpus / item["html"]).read_bytes()
            if item["html"].endswith(".gz"):
                raw = gzip.decompress(raw)
            count += 1
            yield Page(item, raw)


def load_pages(corpus: Path, limit: int | None = None) -> list[Page]:
    return list(iter_pages(corpus, limit))


# -- extractors ----------------------------------------------------------------------------


def _newsparse(registry: newsparse.Registry | None) -> Extractor:
    def run(raw: bytes, url: str | None) -> Prediction:
        article = newsparse.parse(raw, url=url, registry=registry)
        return {
            "body": article.body,
            "headline": article.headline,
            "authors": list(article.authors),
            "published": article.published.isoformat() if article.published else None,
            "lang": article.language,
            "site_name": article.site_name,
            "description": article.description,
            "related": [link.url for link in article.related],
        }

    return run


def _trafilatura() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(raw: bytes, url: str | None) -> Prediction:
        doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
        if doc is None:
            return {"body": ""}
        return {"body": doc.text or "", "headline": doc.title}

    return run


def _readability() -> Extractor | None:
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        return None

    def run(raw: bytes, url: str | None) -> Prediction:
        doc = Document(raw, url=url)
        summary = doc.summary(html_partial=True)
        body = "\n\n".join(paragraphs_of(lxml.html.fragment_fromstring(summary))) if summary else ""
        return {"body": body, "headline": doc.short_title()}

    return run


def extractors(names: list[str]) -> dict[str, Extractor]:
    available: dict[str, Callable[[], Extractor | None]] = {
        "newsparse-generic": lambda: _newsparse(newsparse.Registry()),
        "newsparse": lambda: _newsparse(None),
        "trafilatura": _trafilatura,
        "readability": _readability,
    }
    chosen: dict[str, Extractor] = {}
    for name in names:
        if name not in available:
            sys.exit(f"unknown extractor {name!r}; choose from {', '.join(available)}")
        made = available[name]()
        if made is None:
            print(f"({name} is not installed: skipped; pip install -e .[bench])")
            continue
        chosen[name] = made
    return chosen


# -- the run -------------------------------------------------------------------------------


def run_all(pages: list[Page], chosen: dict[str, Extractor], runs: int) -> dict[str, Result]:
    """Every extractor on every page, interleaved page by page; per page the fastest of
    ``runs`` calls counts."""
    results = {name: Result(name) for name in chosen}
    for page in pages:
        url = page.item.get("url")
        for name, extract in chosen.items():
            result = results[name]
            best = float("inf")
            prediction: Prediction = {"body": ""}
            for _ in range(runs):
                start = time.perf_counter()
                try:
                    prediction = extract(page.raw, url)
                except Exception as error:  # an anchor failing on a page is scored as empty
                    print(f"  {name} failed on {page.item['id']}: {type(error).__name__}: {error}")
                    result.failures += 1
                    prediction = {"body": ""}
                best = min(best, time.perf_counter() - start)
            result.seconds += best
            result.predictions[page.item["id"]] = prediction
    return results


def print_table(
    scorer: ModuleType,
    items: list[dict[str, Any]],
    results: dict[str, Result],
    worst: int,
    memory: dict[str, Memory],
) -> None:
    """One row per extractor: body metrics, snippets, related links and headline where the
    corpus has their gold, speed, the time ratio to trafilatura and peak memory."""
    reference = results.get("trafilatura")
    header = (
        f"{'extractor':<18} {'F1':>6} {'±':>6} {'prec':>6} {'recall':>6} {'acc':>6} "
        f"{'snipF1':>6} {'relF1':>6} {'headline':>8} {'pages/s':>8} {'ms/page':>8} "
        f"{'time/traf':>9} {'peak MB':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, result in results.items():
        scores = scorer.score(items, result.predictions)
        body = scores["body"] or {}
        snippets = scores.get("snippets")
        headline = scores.get("headline")
        count = len(result.predictions)
        ratio = f"{result.seconds / reference.seconds:9.3f}" if reference else f"{'-':>9}"
        snip = f"{snippets['f1']:6.3f}" if snippets else f"{'-':>6}"
        related = scores.get("related")
        rel = f"{related['f1']:6.3f}" if related else f"{'-':>6}"
        head = f"{headline['accuracy']:8.3f}" if headline else f"{'-':>8}"
        used = memory.get(name)
        peak = f"{used.peak_kb / 1024:7.1f}" if used else f"{'-':>7}"
        print(
            f"{name:<18} {body.get('f1', 0):6.3f} {body.get('f1_std', 0):6.3f} "
            f"{body.get('precision', 0):6.3f} {body.get('recall', 0):6.3f} "
            f"{body.get('accuracy', 0):6.3f} {snip} {rel} {head} "
            f"{count / result.seconds if result.seconds else 0:8.1f} "
            f"{1000 * result.seconds / max(count, 1):8.2f} {ratio} {peak}"
        )
        if worst:
            rows = scorer.per_page_f1(items, result.predictions)[:worst]
            for f1, precision, recall, page_id in rows:
                print(f"    F1 {f1:.3f}  P {precision:.3f}  R {recall:.3f}  {page_id}")


# -- memory and linearity ------------------------------------------------------------------


def peak_rss_kb() -> int:
    """This process's peak resident set size in KB.

    Linux's VmHWM is reset when a process starts a new program; ``ru_maxrss`` is not (a child
    started from a big parent would report the parent's peak), so VmHWM is preferred."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource  # Unix only
    except ImportError:
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def memory_child(corpus: Path, limit: int | None, name: str) -> None:
    """Run one extractor alone over the corpus, reading one page at a time, and print the
    peak resident set size (KB) before the first page (the extractor imported) and at the
    end."""
    chosen = extractors([name])
    if not chosen:
        print(json.dumps({}))
        return
    extract = chosen[name]
    baseline = peak_rss_kb()
    for page in iter_pages(corpus, limit):
        # (an anchor failing on a page is reported by the timed run)
        with contextlib.suppress(Exception):
            extract(page.raw, page.item.get("url"))
    print(json.dumps({"baseline_kb": baseline, "peak_kb": peak_rss_kb()}))


def measure_memory(corpus: Path, limit: int | None, names: list[str]) -> dict[str, Memory]:
    """Each extractor's peak memory, measured in a child process of its own (a process's peak
    never goes down, so extractors sharing one would hide each other's)."""
    found: dict[str, Memory] = {}
    for name in names:
        command = [sys.executable, __file__, str(corpus), "--memory-child", name]
        if limit is not None:
            command += ["--limit", str(limit)]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        data = json.loads(output.strip().splitlines()[-1])
        if data:
            found[name] = Memory(data["baseline_kb"], data["peak_kb"])
    return found


def enlarge(raw: bytes, factor: int) -> bytes | None:
    """The page with the content of its ``<body>`` repeated ``factor`` times."""
    opening = _BODY_OPEN.search(raw)
    if opening is None:
        return None
    closings = list(_BODY_CLOSE.finditer(raw, opening.end()))
    end = closings[-1].start() if closings else len(raw)
    inner = raw[opening.end() : end]
    return raw[: opening.end()] + inner * factor + raw[end:]


def linearity(pages: list[Page], factor: int = 10, sample: int = 30) -> None:
    """Time newsparse on pages and on the same pages enlarged ``factor`` times."""
    registry = newsparse.Registry()
    small = large = 0.0
    size_small = size_large = 0
    used = 0
    for page in pages[:sample]:
        big = enlarge(page.raw, factor)
        if big is None:
            continue
        url = page.item.get("url")
        timings = []
        for data in (page.raw, big):
            best = float("inf")
            for _ in range(3):
                gc.collect()
                start = time.perf_counter()
                newsparse.parse(data, url=url, registry=registry)
                best = min(best, time.perf_counter() - start)
            timings.append(best)
        small += timings[0]
        large += timings[1]
        size_small += len(page.raw)
        size_large += len(big)
        used += 1
    if not used:
        return
    print(
        f"linearity: {used} pages enlarged {size_large / size_small:.1f}x in bytes: "
        f"{1000 * small / used:.2f} ms/page -> {1000 * large / used:.2f} ms/page, "
        f"time ratio {large / small:.2f} (linear: ~{factor})"
    )


# -- command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="corpus directory holding items.jsonl")
    parser.add_argument(
        "--extractors",
        default="newsparse-generic,newsparse,trafilatura,readability",
        help="comma-separated: newsparse-generic, newsparse, trafilatura, readability",
    )
    parser.add_argument("--runs", type=int, default=1, help="calls per page; the fastest counts")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages by F1")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory check")
    parser.add_argument("--no-linearity", action="store_true", help="skip the linearity check")
    parser.add_argument("--save", type=Path, help="write each extractor's predictions here")
    parser.add_argument("--memory-child", metavar="EXTRACTOR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.memory_child:
        memory_child(args.corpus, args.limit, args.memory_child)
        return
    scorer = load_scorer(args.corpus)
    pages = load_pages(args.corpus, args.limit)
    chosen = extractors([name.strip() for name in args.extractors.split(",") if name.strip()])
    print(f"corpus {args.corpus} ({len(pages)} pages), {args.runs} run(s) per page")
    results = run_all(pages, chosen, args.runs)
    memory = {} if args.no_memory else measure_memory(args.corpus, args.limit, list(chosen))
    print_table(scorer, [page.item for page in pages], results, args.worst, memory)
    if memory:
        print(
            "peak memory: resident set of a child process running one extractor alone, pages "
            "read one at a time; before the first page: "
            + ", ".join(f"{name} {used.baseline_kb / 1024:.1f} MB" for name, used in memory.items())
        )
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for name, result in results.items():
            with open(args.save / f"{name}.jsonl", "w", encoding="utf-8") as out:
                for page_id, prediction in result.predictions.items():
                    out.write(json.dumps({"id": page_id, **prediction}, ensure_ascii=False))
                    out.write("\n")
    if not args.no_linearity:
        linearity(pages)


if __name__ == "__main__":
    main()
