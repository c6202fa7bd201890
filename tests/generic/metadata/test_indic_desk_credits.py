"""A desk's credit that is roles alone names no one in the Indic languages too: Bengali
"নিজস্ব সংবাদদাতা" (own correspondent) in the byline and the JSON-LD `Person`, Tamil "நமது
நிருபர்" (our reporter), Malayalam "സ്വന്തം ലേഖകൻ"... A person's name with a role after it
still names the person."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "bengali_own_correspondent_credit.html"
_CREDIT = "নিজস্ব সংবাদদাতা"


def _with_credit(credit: str) -> str:
    html = (FIXTURES / _PAGE).read_text("utf-8")
    assert html.count(_CREDIT) == 2  # (the byline and the JSON-LD author)
    return html.replace(_CREDIT, credit)


def test_an_own_correspondent_s_credit_names_no_author() -> None:
    assert parse_fixture(_PAGE).authors == ()


@pytest.mark.parametrize(
    "credit",
    [
        "নিজস্ব প্ৰতিনিধি",  # Assamese
        "हमारे प्रतिनिधि",  # Hindi
        "आमचे प्रतिनिधी",
        "आमचा वार्ताहर",  # Marathi
        "અમારા પ્રતિનિધિ",  # Gujarati
        "ਸਾਡਾ ਪੱਤਰਕਾਰ",  # Punjabi
        "ନିଜସ୍ୱ ସମ୍ବାଦଦାତା",  # Odia
        "நமது நிருபர்",
        "நமது செய்தியாளர்",  # Tamil
        "మా విలేకరి",  # Telugu
        "ನಮ್ಮ ವರದಿಗಾರ",  # Kannada
        "സ്വന്തം ലേഖകൻ",  # Malayalam
    ],
)
def test_a_desk_credit_in_another_indic_language_names_no_author(credit: str) -> None:
    assert parse_html(_with_credit(credit)).authors == ()


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("সুমন দত্ত", ("সুমন দত্ত",)),
        ("সুমন দত্ত, সংবাদদাতা", ("সুমন দত্ত",)),
        ("ராஜேஷ் குமார் நிருபர்", ("ராஜேஷ் குமார்",)),
    ],
)
def test_a_named_correspondent_is_the_author(credit: str, names: tuple[str, ...]) -> None:
    assert parse_html(_with_credit(credit)).authors == names
