"""The ``newsparse`` command: parse a saved page and print the Article."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from newsparse.errors import ParseError, UnknownExtractorError
from newsparse.extract import parse
from newsparse.model import Article
from newsparse.registry import default_registry

# Pages larger than this are refused rather than read into memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse a news article page into headline, body, related links and metadata.",
        epilog="'newsparse plugins' lists the site plugins installed.",
    )
    parser.add_argument("page", help="path of a saved HTML page, or - for standard input")
    parser.add_argument("--url", help="the page's address: resolves links, selects site plugins")
    parser.add_argument("--format", choices=("json", "text"), default="json", help="output format")
    parser.add_argument("--extractor", help="force one plugin by name ('generic' for none)")
    parser.add_argument(
        "--generic", action="store_true", help="ignore site plugins (same as --extractor generic)"
    )
    return parser


def _read(page: str) -> bytes:
    if page == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        with open(page, "rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise ParseError(f"page is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB")
    return data


def _as_text(article: Article) -> str:
    lines = [article.headline or "(no headline)"]
    meta = [
        ("By", ", ".join(article.authors)),
        ("Published", article.published.isoformat() if article.published else ""),
        ("Source", article.source or ""),
        ("URL", article.url or ""),
    ]
    lines.extend(f"{label}: {value}" for label, value in meta if value)
    lines.extend(["", article.body])
    if article.related:
        lines.extend(["", "Related:"])
        lines.extend(f"- {link.title or link.url} <{link.url}>" for link in article.related)
    return "\n".join(lines)


def _list_plugins() -> int:
    for plugin in default_registry().plugins():
        how = ", ".join(plugin.domains) or "fingerprint"
        print(f"{plugin.name}\t{how}\t{plugin.__module__}.{plugin.__qualname__}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["plugins"]:
        return _list_plugins()
    args = _build_parser().parse_args(args_list)
    try:
        data = _read(args.page)
        extractor = "generic" if args.generic else args.extractor
        article = parse(data, url=args.url, extractor=extractor)
    except (ParseError, UnknownExtractorError, OSError) as error:
        print(f"newsparse: {args.page}: {error}", file=sys.stderr)
        return 1
    if args.format == "text":
        print(_as_text(article))
    else:
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
