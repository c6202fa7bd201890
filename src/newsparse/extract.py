"""parse(): Page -> chosen extractor(s) -> Article, with fallback to the generic engine."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from newsparse.generic import GenericEngine
from newsparse.model import Article
from newsparse.page import Page
from newsparse.plugin import SiteExtractor
from newsparse.registry import Registry, default_registry

logger = logging.getLogger("newsparse")

T = TypeVar("T")

# Article fields that extractors produce, in the order they are filled.
FIELDS: tuple[str, ...] = (
    "headline",
    "body",
    "related",
    "authors",
    "published",
    "modified",
    "description",
    "image",
    "site_name",
    "language",
    "tags",
    "canonical_url",
    "source",
)
_EMPTY: dict[str, Any] = {"body": "", "related": (), "authors": (), "tags": ()}


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    registry: Registry | None = None,
    extractor: str | None = None,
) -> Article:
    """Parse a news page into an :class:`Article`.

    ``html`` is the page as ``str`` or ``bytes`` (bytes are decoded from the BOM, the declared
    charset, UTF-8 or, last, by detection). ``url`` resolves relative links and selects site
    plugins. ``registry`` replaces the default registry (``Registry()`` runs the generic engine
    alone); ``extractor`` forces one plugin by name (``"generic"`` for none).

    Raises :class:`ParseError` when the input is not HTML, :class:`UnknownExtractorError` for an
    unknown ``extractor`` name, and TypeError for arguments of the wrong type. A page with no
    article gives an Article whose ``body`` is ``""``.
    """
    page = Page.from_input(html, url)
    chosen_registry = default_registry() if registry is None else registry
    errors: list[str] = []
    if extractor == GenericEngine.name:
        candidates: list[type[SiteExtractor]] = []
    elif extractor is not None:
        candidates = [chosen_registry.get(extractor)]
    else:
        candidates = chosen_registry.candidates(page)
    for plugin in candidates:
        article = _run_plugin(plugin, page, errors)
        if article is not None:
            return article
    return _assemble(page, GenericEngine(page), {}, GenericEngine.name, errors)


def _report(errors: list[str], who: str, what: str, error: BaseException) -> None:
    message = f"{who}: {what}: {type(error).__name__}: {error}"
    logger.warning("%s", message)
    errors.append(message)


def _attempt(call: Callable[[], T], errors: list[str], who: str, what: str) -> T | None:
    try:
        return call()
    except (Exception, RecursionError) as error:
        _report(errors, who, what, error)
        return None


def _run_plugin(plugin: type[SiteExtractor], page: Page, errors: list[str]) -> Article | None:
    """The plugin's Article, or None (failure recorded) when it raised or found no body."""
    name = plugin.name
    engine = GenericEngine(page, remove=plugin.remove)
    instance = _attempt(lambda: plugin(page, engine), errors, name, "init")
    if instance is None:
        return None
    body = _attempt(instance.extract_body, errors, name, "body")
    if not body:
        if body is not None or not errors or not errors[-1].startswith(f"{name}: body"):
            message = f"{name}: body: found no article text; falling back"
            logger.info("%s", message)
            errors.append(message)
        return None
    values: dict[str, Any] = {"body": body}
    for field in FIELDS:
        if field == "body":
            continue
        method = getattr(instance, f"extract_{field}")
        values[field] = _attempt(method, errors, name, field)
    return _assemble(page, engine, values, name, errors)


def _assemble(
    page: Page, engine: GenericEngine, values: dict[str, Any], name: str, errors: list[str]
) -> Article:
    """Fill every field the extractor left as None from the generic engine, safely."""
    for field in FIELDS:
        if values.get(field) is None:
            value = _attempt(getattr(engine, field), errors, GenericEngine.name, field)
            values[field] = _EMPTY.get(field) if value is None else value
    return Article(
        url=page.url or values["canonical_url"],
        extractor=name,
        errors=tuple(errors),
        **values,
    )
