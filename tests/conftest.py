"""Shared helpers: the fixtures directory and a reader for its pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_bytes(relative: str) -> bytes:
    """The bytes of a page under fixtures/."""
    return (FIXTURES / relative).read_bytes()


@pytest.fixture
def read_fixture() -> Callable[[str], bytes]:
    """A reader for the pages under fixtures/ (path relative to it)."""
    return fixture_bytes


@pytest.fixture
def seed_page() -> bytes:
    """The WordPress (Jannah theme) page modelled on the seed."""
    return fixture_bytes("sites/wp_magazine_seed.html")
