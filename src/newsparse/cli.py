"""The ``newsparse`` command: parse saved pages and print the Articles.

``newsparse PAGE [--url URL] [--format json|text]`` (``-`` reads standard input) prints the
Article as JSON on standard output; with several pages, one compact JSON object per line
(JSON Lines), each with the page's path under ``"file"``. ``newsparse plugins`` lists the site
plugins. A page that is not readable HTML gives one line on standard error (the other pages are
still parsed) and exit status 1.
"""

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

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_INTERNAL = 3


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse a news article page into headline, body, related links and metadata.",
        epilog="'newsparse plugins' lists the site plugins installed "
        "(to parse a file called 'plugins', write ./plugins).",
    )
    parser.add_argument(
        "pages",
        nargs="+",
        metavar="PAGE",
        help="path of a saved HTML page, or - for standard input; several pages give JSON Lines",
    )
    parser.add_argument(
        "--url", help="the page's address: resolves links, selects site plugins (one page only)"
    )
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


def as_text(article: Article) -> str:
    """A human-readable rendering: headline, a few metadata lines, body, related links."""
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


def _encodable(text: str) -> bool:
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _write(text: str) -> None:
    if not _encodable(text):  # a terminal that cannot show every character
        encoding = sys.stdout.encoding or "ascii"
        text = text.encode(encoding, "backslashreplace").decode(encoding)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _list_plugins() -> int:
    for plugin in default_registry().plugins():
        how = ", ".join(plugin.domains) or "fingerprint"
        _write(f"{plugin.name}\t{how}\t{plugin.__module__}.{plugin.__qualname__}")
    return EXIT_OK


def _fail(page: str, message: object, status: int) -> int:
    one_line = " ".join(str(message).split())
    print(f"newsparse: {page}: {one_line}", file=sys.stderr)
    return status


def _run(args_list: list[str]) -> int:
    if args_list == ["plugins"]:
        return _list_plugins()
    parser = _build_parser()
    args = parser.parse_args(args_list)
    several = len(args.pages) > 1
    if several and args.url:
        parser.error("--url names one page: give one PAGE with it")
    extractor = "generic" if args.generic else args.extractor
    status = EXIT_OK
    for page in args.pages:
        article, failure = _parse_one(page, args.url, extractor)
        if article is None:
            status = max(status, failure)
            continue
        _write(_render(article, page, args.format, several))
    return status


def _parse_one(page: str, url: str | None, extractor: str | None) -> tuple[Article | None, int]:
    """The page's Article, or None and the exit status after reporting the failure."""
    try:
        return parse(_read(page), url=url, extractor=extractor), EXIT_OK
    except (ParseError, UnknownExtractorError, OSError) as error:
        message = error.strerror if isinstance(error, OSError) and error.strerror else error
        return None, _fail(page, message, EXIT_BAD_INPUT)
    except Exception as error:  # a bug: still one line, but say so
        return None, _fail(page, f"internal error: {type(error).__name__}: {error}", EXIT_INTERNAL)


def _render(article: Article, page: str, output: str, several: bool) -> str:
    if output == "text":
        text = as_text(article)
        return f"==> {page} <==\n{text}\n" if several else text
    data = {"file": page, **article.to_dict()} if several else article.to_dict()
    indent = None if several else 2  # JSON Lines: one object per line
    rendered = json.dumps(data, ensure_ascii=False, indent=indent)
    if not _encodable(rendered):
        rendered = json.dumps(data, ensure_ascii=True, indent=indent)
    return rendered


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
