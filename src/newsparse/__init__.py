"""newsparse: parse news article pages into a typed Article.

>>> import newsparse
>>> article = newsparse.parse(html, url="https://example.com/2024/05/story")  # doctest: +SKIP
"""

from newsparse.errors import ParseError, UnknownExtractorError
from newsparse.extract import parse
from newsparse.model import Article, Link
from newsparse.page import Page
from newsparse.plugin import SiteExtractor
from newsparse.registry import Registry, default_registry, plugins, register

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Link",
    "Page",
    "ParseError",
    "Registry",
    "SiteExtractor",
    "UnknownExtractorError",
    "default_registry",
    "parse",
    "plugins",
    "register",
]
