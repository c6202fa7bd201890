"""The package exports the public API of DESIGN.md, and nothing else."""

from __future__ import annotations

import inspect

import pytest

import newsparse

PUBLIC = {
    "parse",
    "Article",
    "Link",
    "Page",
    "ParseError",
    "UnknownExtractorError",
    "Registry",
    "SiteExtractor",
    "register",
    "default_registry",
    "plugins",
}


def test_all_is_exactly_the_public_api() -> None:
    assert set(newsparse.__all__) == PUBLIC
    assert len(newsparse.__all__) == len(PUBLIC)
    namespace: dict[str, object] = {}
    exec("from newsparse import *", namespace)
    assert set(namespace) - {"__builtins__"} == PUBLIC


def test_every_public_name_is_documented() -> None:
    for name in PUBLIC:
        assert inspect.getdoc(getattr(newsparse, name)), name


def test_parse_signature() -> None:
    signature = inspect.signature(newsparse.parse)
    assert list(signature.parameters) == ["html", "url", "registry", "extractor"]
    assert signature.parameters["registry"].kind is inspect.Parameter.KEYWORD_ONLY
    assert signature.parameters["extractor"].kind is inspect.Parameter.KEYWORD_ONLY


def test_registry_argument_is_type_checked() -> None:
    with pytest.raises(TypeError, match="registry"):
        newsparse.parse("<p>x</p>", registry=[])  # type: ignore[arg-type]


def test_version() -> None:
    assert newsparse.__version__ == "0.1.0"
