"""Helpers for the metadata tests: fixture pages parsed by the generic engine alone.

(A plain module rather than a conftest.py: the tests import these functions directly.)"""

from __future__ import annotations

import pathlib

import newsparse

FIXTURES = pathlib.Path(__file__).resolve().parents[3] / "fixtures" / "metadata"


def parse_fixture(name: str, url: str | None = None) -> newsparse.Article:
    """The fixture page ``name`` parsed with an empty registry (the generic engine only)."""
    return newsparse.parse((FIXTURES / name).read_bytes(), url=url, registry=newsparse.Registry())


def parse_html(html: str, url: str | None = None) -> newsparse.Article:
    return newsparse.parse(html, url=url, registry=newsparse.Registry())
