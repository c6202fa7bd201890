"""A plugin that raises, or finds nothing, never breaks parse: the generic engine takes over,
and the failure is logged and kept on ``Article.errors``."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import attrs
import pytest

import newsparse
from newsparse import Article, Link, Page, Registry, SiteExtractor
from newsparse.sites.wordpress import JannahTheme

URL = "https://asiatradewire.example/2019/06/national-development-and-reform-commission/"


class OnSeedSite(SiteExtractor):
    """Base of the faulty plugins below: matched by the seed page's domain."""

    name = "faulty"
    domains = ("asiatradewire.example",)
    body = "article#the-post .entry-content"


class RaisesInInit(OnSeedSite):
    def __init__(self, page: Page, generic: object) -> None:
        raise RuntimeError("constructor bug")


class RaisesInMatches(SiteExtractor):
    name = "faulty"
    fingerprint = "body"

    @classmethod
    def matches(cls, page: Page) -> bool:
        raise KeyError("matcher bug")


class RaisesInBody(OnSeedSite):
    def extract_body(self) -> str | None:
        raise ZeroDivisionError("body bug")


class BadBodySelector(OnSeedSite):
    body = "div[class=="


class BadRemoveSelector(OnSeedSite):
    remove = ("..ad",)


class BodyFindsNothing(OnSeedSite):
    body = "div.no-such-container"


class ReturnsWrongTypes(OnSeedSite):
    def extract_body(self) -> str | None:
        return ["not", "a", "string"]  # type: ignore[return-value]


@pytest.fixture
def generic(seed_page: bytes) -> Article:
    return newsparse.parse(seed_page, URL, registry=Registry())


def parse_with(plugin: type[SiteExtractor], seed_page: bytes) -> Article:
    return newsparse.parse(seed_page, URL, registry=Registry([plugin]))


@pytest.mark.parametrize(
    ("plugin", "error"),
    [
        (RaisesInInit, "faulty: init: RuntimeError: constructor bug"),
        (RaisesInBody, "faulty: body: ZeroDivisionError: body bug"),
        (BadBodySelector, "faulty: body: SelectorSyntaxError"),
        (BadRemoveSelector, "faulty: body: SelectorSyntaxError"),
        (BodyFindsNothing, "faulty: body: found no article text; falling back"),
        (ReturnsWrongTypes, "faulty: body: TypeError: returned list, expected str"),
    ],
)
def test_a_failing_plugin_gives_the_generic_result_with_the_error(
    plugin: type[SiteExtractor],
    error: str,
    seed_page: bytes,
    generic: Article,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="newsparse"):
        article = parse_with(plugin, seed_page)
    assert article.extractor == "generic"
    assert len(article.errors) == 1 and article.errors[0].startswith(error)
    assert article.errors[0] in caplog.text
    assert article == attrs.evolve(generic, errors=article.errors)


def test_a_failing_matcher_is_logged_and_skipped(
    seed_page: bytes, generic: Article, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="newsparse"):
        article = parse_with(RaisesInMatches, seed_page)
    assert article == generic
    assert "plugin faulty: matches() failed: KeyError" in caplog.text


def test_a_failing_plugin_hands_over_to_the_next_candidate(seed_page: bytes) -> None:
    article = newsparse.parse(seed_page, URL, registry=Registry([JannahTheme, RaisesInBody]))
    assert article.extractor == "wordpress-jannah"  # the domain plugin failed first
    assert article.errors == ("faulty: body: ZeroDivisionError: body bug",)
    assert article.body.startswith("Rare earths have always been regarded")


class FieldBugs(JannahTheme):
    name = "field-bugs"

    def extract_published(self) -> datetime | None:
        raise ValueError("date bug")

    def extract_headline(self) -> str | None:
        return self.first_text("h1..broken")

    def extract_tags(self) -> tuple[str, ...] | None:
        return 42  # type: ignore[return-value]

    def extract_authors(self) -> tuple[str, ...] | None:
        return "Daniel Ho"  # type: ignore[return-value]  # one string is one author

    def extract_image(self) -> str | None:
        return "/wp-content/uploads/2019/06/other.jpg"  # made absolute

    def extract_related(self) -> tuple[Link, ...] | None:
        return ()  # "none on this page" is an answer, not a failure


def test_a_failing_field_is_filled_by_the_generic_engine(
    seed_page: bytes, generic: Article, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="newsparse"):
        article = newsparse.parse(seed_page, URL, registry=Registry([FieldBugs]))
    assert article.extractor == "field-bugs"
    assert article.body.startswith("Rare earths have always been regarded")
    assert article.published == generic.published
    assert article.published == datetime(2019, 6, 6, 2, 14, 33, tzinfo=timezone.utc)
    assert article.headline == generic.headline
    assert article.tags == generic.tags
    assert article.authors == ("Daniel Ho",)
    assert article.image == "https://asiatradewire.example/wp-content/uploads/2019/06/other.jpg"
    assert article.related == ()
    assert [error.split(":")[1].strip() for error in article.errors] == [
        "headline",
        "published",
        "tags",
    ]
    assert "field-bugs: published: ValueError: date bug" in article.errors
    assert "field-bugs: tags: TypeError: returned int, expected a tuple" in article.errors
    for error in article.errors:
        assert error in caplog.text


def test_a_clean_parse_has_no_errors(seed_page: bytes) -> None:
    assert newsparse.parse(seed_page, URL).errors == ()


class WhitespaceBody(OnSeedSite):
    def extract_body(self) -> str | None:
        return " \n\n "


def test_a_blank_body_counts_as_nothing_found(seed_page: bytes, generic: Article) -> None:
    article = parse_with(WhitespaceBody, seed_page)
    assert article.extractor == "generic"
    assert article.errors == ("faulty: body: found no article text; falling back",)


class ShortFormFields(OnSeedSite):
    """DESIGN's short form: methods named after the field, taking the page."""

    name = "short-form"

    def published(self, page: Page) -> datetime | None:
        return datetime(2019, 6, 6, 8, 30, tzinfo=timezone.utc)

    def site_name(self, page: Page) -> str | None:
        return "Short Form Wire"

    def source(self, page: Page) -> str | None:
        raise RuntimeError("source bug")


def test_short_form_field_methods_take_the_page(seed_page: bytes) -> None:
    article = newsparse.parse(seed_page, URL, registry=Registry([ShortFormFields]))
    assert article.extractor == "short-form"
    assert article.published == datetime(2019, 6, 6, 8, 30, tzinfo=timezone.utc)
    assert article.site_name == "Short Form Wire"
    assert article.errors == ("short-form: source: RuntimeError: source bug",)
