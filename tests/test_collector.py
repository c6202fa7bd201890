"""parse holds off the cyclic garbage collector while it runs, and leaves it as it found it:
enabled again after a parse (a failed one too), disabled if the program had disabled it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest

import newsparse
from newsparse import Page, Registry, SiteExtractor
from newsparse.collector import collector_held
from newsparse.generic import GenericEngine

URL = "https://asiatradewire.example/2019/06/national-development-and-reform-commission/"


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    """Whatever a test does, the suite goes on with the collector enabled."""
    yield
    gc.enable()


class RecordsCollector(SiteExtractor):
    """A plugin that notes whether the collector runs while the page is parsed."""

    name = "records-collector"
    domains = ("asiatradewire.example",)
    body = "article#the-post .entry-content"
    seen: ClassVar[list[bool]] = []

    def __init__(self, page: Page, generic: GenericEngine) -> None:
        super().__init__(page, generic)
        RecordsCollector.seen.append(gc.isenabled())


def test_collector_is_off_during_a_parse_and_on_after_it(seed_page: bytes) -> None:
    RecordsCollector.seen = []
    article = newsparse.parse(seed_page, URL, extractor=RecordsCollector)
    assert article.body
    assert RecordsCollector.seen == [False]
    assert gc.isenabled()


def test_collector_is_on_again_after_a_parse_that_raises() -> None:
    with pytest.raises(newsparse.ParseError):
        newsparse.parse(b"%PDF-1.7\n1 0 obj", registry=Registry())
    assert gc.isenabled()
    with pytest.raises(TypeError):
        newsparse.parse(12345)  # type: ignore[arg-type]
    assert gc.isenabled()


def test_a_program_that_disabled_the_collector_keeps_it_disabled(seed_page: bytes) -> None:
    gc.disable()
    newsparse.parse(seed_page, URL)
    assert not gc.isenabled()


def test_only_the_outermost_holder_enables_it_again() -> None:
    with collector_held():
        with collector_held():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner holder found it disabled: not its to enable
    assert gc.isenabled()


def test_a_parse_in_another_thread_does_not_leave_the_collector_off(seed_page: bytes) -> None:
    errors: list[BaseException] = []

    def parse_repeatedly() -> None:
        try:
            for _ in range(5):
                newsparse.parse(seed_page, URL, registry=Registry())
        except BaseException as error:  # reported below, on the test's thread
            errors.append(error)

    threads = [threading.Thread(target=parse_repeatedly) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert gc.isenabled()
