"""A short sentence closing the story with the address its one link leads to, on another host
("Online condolences may be left at <a>www.kesslerfuneral.example</a>."), is the story's own
line and stays; a call to action so written, or one on the site's own host, still goes."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://riverbendcourier.example/obituaries/harold-hal-brenneman/article_5c1e2f7a-0a1b-11f0-9d2e-3f4a5b6c7d8e.html"
_LINE = "Online condolences may be left at www.kesslerfuneral.example."
_BEFORE = "Services will be 11 a.m. Monday"


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> str:
    return (FIXTURES / "blox_obituary_condolence_address.html").read_text(encoding="utf-8")


def test_a_closing_sentence_ending_with_another_host_s_address_stays() -> None:
    assert _body(_page())[-1] == _LINE


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # (a call to action, however worded after its verb)
        ("Online condolences may be left at", "Visit the funeral home online at"),
        # (a short label, no sentence)
        ("Online condolences may be left at", "Condolences at"),
        # (the site's own host)
        ("www.kesslerfuneral.example", "riverbendcourier.example"),
    ],
)
def test_such_a_line_as_a_call_to_action_a_label_or_on_the_site_s_host_goes(
    old: str, new: str
) -> None:
    body = _body(_page().replace(old, new))
    assert body[-1].startswith(_BEFORE)
