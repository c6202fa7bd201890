"""parse(): Page -> chosen extractor(s) -> Article, with fallback to the generic engine.

The candidates a registry proposes are tried in order. A plugin is used when it yields a
body; every field it leaves unset (None) or gets wrong (an exception, a value of the wrong
type) is filled by the generic engine, and each failure is logged and kept on
``Article.errors``. When no plugin yields a body, the generic engine produces the Article.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from newsparse.collector import collector_held
from newsparse.generic import GenericEngine
from newsparse.model import Article, Link
from newsparse.page import Page
from newsparse.plugin import FIELDS, SELECTOR_FIELDS, SiteExtractor
from newsparse.registry import Registry, default_registry

logger = logging.getLogger("newsparse")

T = TypeVar("T")

GENERIC = "generic"

_TEXT_FIELDS = frozenset({"headline", "body", "description", "site_name", "language", "source"})
_URL_FIELDS = frozenset({"image", "canonical_url"})
_DATE_FIELDS = frozenset({"published", "modified"})
_EMPTY: dict[str, Any] = {"body": "", "related": (), "authors": (), "tags": ()}
# The body first: its measuring walk also finds the elements the metadata finders look at.
_FILL_ORDER = ("body", *(field for field in FIELDS if field != "body"))


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    registry: Registry | None = None,
    extractor: str | type[SiteExtractor] | None = None,
) -> Article:
    """Parse a news page into an :class:`Article`.

    ``html`` is the page as ``str`` or ``bytes`` (bytes are decoded from the BOM, the declared
    charset, UTF-8 or, last, by detection, which the page's language or ``url``'s country
    domain guides). ``url`` resolves relative links and selects site plugins. ``registry``
    replaces the default registry (``Registry()`` runs the generic engine alone);
    ``extractor`` forces one plugin, by name in the registry (``"generic"`` for none) or as a
    :class:`SiteExtractor` subclass.

    Raises :class:`ParseError` when the input is not HTML, :class:`UnknownExtractorError` for an
    unknown ``extractor`` name, and TypeError for arguments of the wrong type. A page with no
    article gives an Article whose ``body`` is ``""``. The cyclic garbage collector is held
    off while the page is parsed (see ``newsparse.collector``).
    """
    with collector_held():
        return _parse(html, url, registry, extractor)


def _parse(
    html: str | bytes,
    url: str | None,
    registry: Registry | None,
    extractor: str | type[SiteExtractor] | None,
) -> Article:
    page = Page.from_input(html, url)
    errors: list[str] = []
    for plugin in _candidates(page, registry, extractor, errors):
        article = _run_plugin(plugin, page, errors)
        if article is not None:
            return article
    return _assemble(page, GenericEngine(page), {}, GENERIC, errors)


def _candidates(
    page: Page,
    registry: Registry | None,
    extractor: str | type[SiteExtractor] | None,
    errors: list[str],
) -> list[type[SiteExtractor]]:
    if isinstance(extractor, type):
        if not issubclass(extractor, SiteExtractor):
            raise TypeError(f"extractor must be a SiteExtractor subclass, got {extractor!r}")
        return [extractor]
    if extractor is not None and not isinstance(extractor, str):
        raise TypeError(f"extractor must be a name or a plugin class, got {extractor!r}")
    if registry is not None and not isinstance(registry, Registry):
        raise TypeError(f"registry must be a newsparse.Registry, got {type(registry).__name__}")
    if extractor == GENERIC:
        return []
    chosen = default_registry() if registry is None else registry
    if extractor is not None:
        return [chosen.get(extractor)]
    found = _attempt(lambda: chosen.candidates(page), errors, "registry", "matching")
    return found or []


def _report(errors: list[str], who: str, what: str, error: BaseException) -> None:
    message = f"{who}: {what}: {type(error).__name__}: {error}"
    logger.warning("%s", message)
    errors.append(message)


def _attempt(call: Callable[[], T], errors: list[str], who: str, what: str) -> T | None:
    try:
        return call()
    except Exception as error:
        _report(errors, who, what, error)
        return None


def _checked(page: Page, field: str, value: object) -> object:
    """The value an extractor returned for ``field``, normalised; raises TypeError if wrong."""
    if value is None:
        return None
    if field in _TEXT_FIELDS or field in _URL_FIELDS:
        if not isinstance(value, str):
            raise TypeError(f"returned {type(value).__name__}, expected str")
        if field in _URL_FIELDS:
            return page.absolute_url(value, fallback_base=page.canonical_hint)
        if not value.strip():
            return "" if field == "body" else None  # an empty body: the plugin found nothing
        return value
    if field in _DATE_FIELDS:
        if not isinstance(value, datetime):
            raise TypeError(f"returned {type(value).__name__}, expected datetime")
        return value
    items = (value,) if isinstance(value, str) else value
    if not isinstance(items, (tuple, list)):
        raise TypeError(f"returned {type(value).__name__}, expected a tuple")
    wanted = Link if field == "related" else str
    for item in items:
        if not isinstance(item, wanted):
            raise TypeError(f"returned an item of type {type(item).__name__}")
    return tuple(items)


def _field(instance: SiteExtractor, name: str, page: Page, field: str, errors: list[str]) -> Any:
    # DESIGN's short form: a method named after a field no selector names, taking the page
    # (``def published(self, page)``); otherwise the ``extract_<field>()`` method.
    short = getattr(instance, field, None) if field not in SELECTOR_FIELDS else None
    if callable(short):
        return _attempt(lambda: _checked(page, field, short(page)), errors, name, field)
    method = getattr(instance, f"extract_{field}")
    return _attempt(lambda: _checked(page, field, method()), errors, name, field)


def _run_plugin(plugin: type[SiteExtractor], page: Page, errors: list[str]) -> Article | None:
    """The plugin's Article, or None (failure recorded) when it raised or found no body."""
    name = plugin.name or plugin.__qualname__
    engine = GenericEngine(page, remove=plugin.remove)
    instance = _attempt(lambda: plugin(page, engine), errors, name, "init")
    if instance is None:
        return None
    failures = len(errors)
    body = _field(instance, name, page, "body", errors)
    if not body:
        if len(errors) == failures:  # no exception: the plugin simply found nothing
            message = f"{name}: body: found no article text; falling back"
            logger.info("%s", message)
            errors.append(message)
        return None
    values: dict[str, Any] = {"body": body}
    for field in FIELDS:
        if field != "body":
            values[field] = _field(instance, name, page, field, errors)
    return _assemble(page, engine, values, name, errors)


def _generic_field(page: Page, engine: GenericEngine, field: str) -> Callable[[], object]:
    return lambda: _checked(page, field, getattr(engine, field)())


def _assemble(
    page: Page, engine: GenericEngine, values: dict[str, Any], name: str, errors: list[str]
) -> Article:
    """Fill every field the extractor left as None from the generic engine, safely."""
    for field in _FILL_ORDER:
        if values.get(field) is None:
            value = _attempt(_generic_field(page, engine, field), errors, GENERIC, field)
            values[field] = _EMPTY.get(field) if value is None else value
    return Article(
        url=page.url or values["canonical_url"],
        extractor=name,
        errors=tuple(errors),
        **values,
    )
