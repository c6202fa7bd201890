"""The page's language as a BCP 47 tag ("en", "pt-BR", "zh-Hant-TW")."""

from __future__ import annotations

import re

from newsparse.generic.metadata import common
from newsparse.page import Page

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def normalise_language(value: str | None) -> str | None:
    """A BCP 47 tag from a declared value: "en_US" -> "en-US", "EN" -> "en",
    "zh-hant-tw" -> "zh-Hant-TW"; None when it is not a language tag."""
    if not value:
        return None
    value = value.strip().split(",")[0].split(";")[0].strip()
    if not _TAG.match(value):
        return None
    parts = value.replace("_", "-").split("-")
    tag = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            tag.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            tag.append(part.title())
        else:
            tag.append(part.lower())
    if tag[0] in ("xx", "und", "zz"):
        return None
    return "-".join(tag)


def find_language(page: Page) -> str | None:
    """``<html lang>``, ``og:locale``, ``content-language``, JSON-LD ``inLanguage``,
    ``dc.language``; the first that is a valid tag."""
    inline = common.article_value(page, "inLanguage")
    if isinstance(inline, dict):
        inline = inline.get("alternateName") or inline.get("name")
    candidates = (
        page.tree.get("lang"),
        page.tree.get("xml:lang"),
        common.meta(page, "og:locale"),
        common.meta(page, "content-language"),
        inline if isinstance(inline, str) else None,
        common.meta(page, "dc.language", "dcterms.language", "language"),
    )
    for candidate in candidates:
        tag = normalise_language(candidate)
        if tag:
            return tag
    return None
