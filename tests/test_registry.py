"""The registry: registration, isolation, domain and fingerprint matching, order, forcing."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

import newsparse
from newsparse import Page, Registry, SiteExtractor, UnknownExtractorError
from newsparse.registry import DefaultRegistry, domain_matches
from newsparse.sites.wordpress import JannahTheme

SEED_URL = "https://asiatradewire.example/2019/06/national-development-and-reform-commission/"


class ExampleTimes(SiteExtractor):
    name = "example-times"
    domains = ("exampletimes.com",)
    body = "div.story-body"
    headline = "h1.story-title"


class ExampleTimesBusiness(SiteExtractor):
    name = "example-times-business"
    domains = ("business.exampletimes.com",)
    body = "div.story-body"


class AsiaTradeWire(SiteExtractor):
    """A domain plugin for the seed's site, to compete with the theme's fingerprint plugin."""

    name = "asia-trade-wire"
    domains = ("asiatradewire.example",)
    body = "article#the-post .entry-content p"


class DrupalByGenerator(SiteExtractor):
    name = "drupal"
    generator = r"^Drupal \d+"
    body = ".field--name-body"


class DrupalGeneratorAndMarkup(SiteExtractor):
    name = "drupal-article"
    generator = r"^Drupal"
    fingerprint = ("article.node--type-article", "body.page-node-type-article")
    body = ".field--name-body"


@pytest.fixture
def seed(seed_page: bytes) -> Page:
    return Page.from_input(seed_page, SEED_URL)


def page_at(url: str | None, html: str = "<html><body><p>x</p></body></html>") -> Page:
    return Page.from_input(html, url)


# -- registration ---------------------------------------------------------------------------


def test_registry_register_works_as_a_decorator_and_is_isolated() -> None:
    registry = Registry()

    @registry.register
    class Local(SiteExtractor):
        name = "local-only"
        domains = ("local.example",)

    assert Local.name == "local-only"  # the decorator returns the class itself
    assert registry.plugins() == (Local,)
    assert "local-only" in registry and len(registry) == 1
    assert registry.get("local-only") is Local
    assert "local-only" not in newsparse.default_registry()
    assert "local-only" not in Registry()  # a new registry starts empty


def test_registry_from_an_iterable_and_replacement_by_name() -> None:
    registry = Registry([ExampleTimes, DrupalByGenerator])
    assert registry.names() == ("example-times", "drupal")

    class NewExampleTimes(ExampleTimes):
        body = "main .story"

    registry.register(NewExampleTimes)
    assert registry.get("example-times") is NewExampleTimes
    assert len(registry) == 2
    registry.unregister("example-times")
    registry.unregister("never-registered")
    assert registry.names() == ("drupal",)


@pytest.mark.parametrize(
    ("plugin_body", "error"),
    [
        ({"name": ""}, ValueError),
        ({"name": "generic"}, ValueError),
        ({"name": "x", "domains": "exampletimes.com"}, TypeError),
        ({"name": "x", "domains": ("https://exampletimes.com/",)}, ValueError),
        ({"name": "x", "remove": ".ad"}, TypeError),
        ({"name": "x", "body": ("div.a", "div.b")}, TypeError),
    ],
)
def test_register_rejects_unusable_plugins(
    plugin_body: dict[str, object], error: type[Exception]
) -> None:
    plugin = type("Broken", (SiteExtractor,), plugin_body)
    with pytest.raises(error):
        Registry().register(plugin)


def test_register_rejects_what_is_not_a_plugin_class() -> None:
    with pytest.raises(TypeError):
        Registry().register(object)  # type: ignore[type-var]
    with pytest.raises(TypeError):
        Registry().register(ExampleTimes(page_at(None), None))  # type: ignore[arg-type, type-var]


# -- matching -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("exampletimes.com", True),
        ("m.exampletimes.com", True),
        ("business.exampletimes.com", True),
        ("notexampletimes.com", False),
        ("exampletimes.com.evil.net", False),
        ("exampletimes.co", False),
        ("examples.com", False),
    ],
)
def test_domain_matches_subdomains_not_look_alikes(host: str, expected: bool) -> None:
    assert domain_matches(host, "exampletimes.com") is expected
    assert domain_matches(host, "www.ExampleTimes.com.") is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.exampletimes.com/2024/05/story", ["example-times"]),
        ("http://EXAMPLETIMES.COM:8080/story", ["example-times"]),
        ("https://business.exampletimes.com/x", ["example-times-business", "example-times"]),
        ("https://notexampletimes.com/story", []),
        ("https://exampletimes.com.evil.net/story", []),
        ("https://evil.net/?next=https://exampletimes.com/", []),
        ("https://exampletimes.com@evil.net/", []),
    ],
)
def test_candidates_by_domain_most_specific_first(url: str, expected: list[str]) -> None:
    registry = Registry([ExampleTimes, ExampleTimesBusiness])
    assert [p.name for p in registry.candidates(page_at(url))] == expected


def test_fingerprint_by_generator_and_markup(read_fixture: Callable[[str], bytes]) -> None:
    drupal = Page.from_input(read_fixture("pages/drupal_messy_jsonld.html"))
    registry = Registry([DrupalByGenerator, DrupalGeneratorAndMarkup, JannahTheme])
    assert [p.name for p in registry.candidates(drupal)] == ["drupal", "drupal-article"]
    # Same generator, but not an article node: the markup half of the fingerprint fails.
    listing = Page.from_input(
        "<html><head><meta name='generator' content='Drupal 10 (https://www.drupal.org)'>"
        "</head><body class='path-frontpage'><div class='view-content'></div></body></html>"
    )
    assert [p.name for p in registry.candidates(listing)] == ["drupal"]


def test_order_is_domain_then_fingerprint_then_generic(seed: Page, seed_page: bytes) -> None:
    registry = Registry([JannahTheme, AsiaTradeWire])
    assert registry.candidates(seed) == [AsiaTradeWire, JannahTheme]
    assert newsparse.parse(seed_page, SEED_URL, registry=registry).extractor == "asia-trade-wire"
    only_theme = Registry([JannahTheme])
    assert newsparse.parse(seed_page, SEED_URL, registry=only_theme).extractor == (
        "wordpress-jannah"
    )
    assert newsparse.parse(seed_page, SEED_URL, registry=Registry()).extractor == "generic"


def test_without_url_the_canonical_host_alone_does_not_choose_a_plugin(
    read_fixture: Callable[[str], bytes],
) -> None:
    # An aggregator's copy whose canonical points at the original publisher.
    copy = read_fixture("pages/syndicated_copy.html")
    registry = Registry([ExampleTimes])
    assert registry.candidates(Page.from_input(copy)) == []
    article = newsparse.parse(copy, registry=registry)
    assert article.extractor == "generic"
    assert "Fujian to Zhejiang" in article.body


def test_without_url_the_canonical_host_counts_when_the_markup_confirms_it(
    seed_page: bytes,
) -> None:
    registry = Registry([JannahTheme, AsiaTradeWire])
    assert registry.candidates(Page.from_input(seed_page)) == [AsiaTradeWire, JannahTheme]


def test_with_a_url_the_page_canonical_is_not_consulted(
    read_fixture: Callable[[str], bytes],
) -> None:
    copy = read_fixture("pages/syndicated_copy.html")
    registry = Registry([ExampleTimes])
    page = Page.from_input(copy, "https://www.newshub.example/en-us/news/storm-closes-ports")
    assert registry.candidates(page) == []


# -- forcing and errors ---------------------------------------------------------------------


def test_force_an_extractor_by_name_or_class(seed_page: bytes) -> None:
    registry = Registry([ExampleTimes, JannahTheme])
    forced = newsparse.parse(seed_page, SEED_URL, registry=registry, extractor="wordpress-jannah")
    assert forced.extractor == "wordpress-jannah"
    generic = newsparse.parse(seed_page, SEED_URL, extractor="generic")
    assert generic.extractor == "generic"
    # A forced plugin that finds nothing falls back to the generic engine, with the reason.
    wrong = newsparse.parse(seed_page, SEED_URL, registry=registry, extractor="example-times")
    assert wrong.extractor == "generic"
    assert wrong.errors == ("example-times: body: found no article text; falling back",)


def test_unknown_extractor_name_is_an_error_naming_the_known_ones(seed_page: bytes) -> None:
    registry = Registry([ExampleTimes])
    with pytest.raises(UnknownExtractorError, match=r"no-such-site.*example-times"):
        newsparse.parse(seed_page, registry=registry, extractor="no-such-site")
    with pytest.raises(LookupError):
        registry.get("no-such-site")
    with pytest.raises(TypeError):
        newsparse.parse(seed_page, extractor=42)  # type: ignore[arg-type]


# -- the default registry -------------------------------------------------------------------


@pytest.fixture
def fresh_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[DefaultRegistry]:
    """A new process-wide registry, so tests do not leak plugins into each other."""
    registry = DefaultRegistry()
    monkeypatch.setattr("newsparse.registry._DEFAULT", registry)
    yield registry


def test_default_registry_lists_builtins_lazily(fresh_default: DefaultRegistry) -> None:
    assert not fresh_default._discovered
    assert newsparse.default_registry() is fresh_default
    assert JannahTheme in newsparse.plugins()
    assert fresh_default._discovered
    assert "wordpress-jannah" in fresh_default.names()


def test_register_decorator_adds_to_the_default_registry(
    fresh_default: DefaultRegistry, seed_page: bytes
) -> None:
    @newsparse.register
    class SeedSite(AsiaTradeWire):
        name = "seed-site"

    # User plugins come before the built-ins.
    assert newsparse.plugins()[0] is SeedSite
    assert newsparse.parse(seed_page, SEED_URL).extractor == "seed-site"


def test_an_explicit_plugin_is_not_replaced_by_discovery(fresh_default: DefaultRegistry) -> None:
    @newsparse.register
    class MyJannah(JannahTheme):
        name = "wordpress-jannah"
        headline = "h1"

    assert newsparse.default_registry().get("wordpress-jannah") is MyJannah
    fresh_default.reload()
    assert newsparse.default_registry().get("wordpress-jannah") is MyJannah
    fresh_default.unregister("wordpress-jannah")
    fresh_default.reload()
    assert newsparse.default_registry().get("wordpress-jannah") is JannahTheme


def test_first_use_from_many_threads_discovers_once(fresh_default: DefaultRegistry) -> None:
    import threading

    seen: list[tuple[str, ...]] = []
    start = threading.Barrier(8)

    def use() -> None:
        start.wait()
        seen.append(newsparse.default_registry().names())

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and len(set(seen)) == 1
    assert "wordpress-jannah" in seen[0]
