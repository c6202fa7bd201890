"""The result model: :class:`Article` and :class:`Link` (frozen, slotted attrs classes)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import attrs


def _strings(values: Iterable[str] | str) -> tuple[str, ...]:
    # One string is one value, not a sequence of characters.
    return (values,) if isinstance(values, str) else tuple(values)


@attrs.frozen
class Link:
    """A link to another article: absolute http(s) ``url`` and its visible ``title``."""

    url: str
    title: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"url": self.url, "title": self.title}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        return cls(url=str(data["url"]), title=data.get("title"))


def _datetime(text: str) -> datetime:
    # Python 3.10's fromisoformat does not read a "Z" suffix.
    return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)


def _links(values: Iterable[Link]) -> tuple[Link, ...]:
    return tuple(values)


@attrs.frozen
class Article:
    """What :func:`newsparse.parse` found on a page.

    ``body`` is plain text, paragraphs separated by one blank line, ``""`` when the page holds
    no recognisable article. ``errors`` lists plugin failures that the generic engine covered
    for (``"plugin-name: ExceptionType: message"``); it is empty on a clean parse.
    """

    headline: str | None = None
    body: str = ""
    related: tuple[Link, ...] = attrs.field(default=(), converter=_links)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    published: datetime | None = None
    modified: datetime | None = None
    description: str | None = None
    image: str | None = None
    site_name: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    url: str | None = None
    canonical_url: str | None = None
    source: str | None = None
    extractor: str = "generic"
    errors: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: tuples become lists, datetimes ISO 8601 strings."""
        data: dict[str, Any] = {}
        for field in attrs.fields(Article):
            value = getattr(self, field.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif field.name == "related":
                value = [link.to_dict() for link in value]
            elif isinstance(value, tuple):
                value = list(value)
            data[field.name] = value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output (unknown keys are ignored)."""
        names = {field.name for field in attrs.fields(Article)}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in names}
        for key in ("published", "modified"):
            if isinstance(values.get(key), str):
                values[key] = _datetime(values[key])
        if "related" in values:
            values["related"] = [
                item if isinstance(item, Link) else Link.from_dict(item)
                for item in values["related"] or ()
            ]
        for key in ("authors", "tags", "errors"):
            if key in values and values[key] is None:
                values[key] = ()
        return cls(**values)
