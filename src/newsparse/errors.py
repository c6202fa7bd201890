"""Exceptions raised by newsparse."""

from __future__ import annotations


class ParseError(ValueError):
    """The input is not an HTML page (None, a PDF, an image, JSON, binary noise...).

    The message says what was received. Pages that are HTML but hold no article do not
    raise: they give an :class:`~newsparse.Article` whose ``body`` is ``""``.
    """


class UnknownExtractorError(LookupError):
    """``parse(..., extractor=NAME)`` named a plugin the registry does not hold."""
