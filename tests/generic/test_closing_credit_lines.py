"""Closing lines at a story's tail that credit or call rather than tell: a newsroom's call for
readers' tips with its own lines after it, a credit to the colleagues whose reporting the story
draws on, an editor's credit before the story's list of sources, and an agency's crew credits
with the place filed from and its mark. Lines that read as the story's own stay."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _body(html: str) -> list[str]:
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


_TIPS = "tips_call_closing_lines_fr.html"
_TIPS_LAST = "La Ville prévoit accueillir plus d'un million de visiteurs"


def test_a_call_for_tips_goes_with_its_own_lines_after_it() -> None:
    body = _body(_page(_TIPS))
    assert body[-1].startswith(_TIPS_LAST)
    assert not any("Vous avez" in line or "Écrivez-nous" in line for line in body)


def test_lines_after_a_call_for_tips_giving_no_address_stay() -> None:
    # (no e-mail address or phone number closes them: no part of the call)
    html = _page(_TIPS).replace(
        'Écrivez-nous à l\'adresse <a href="mailto:nouvelles@quotidiencapitale.example">'
        "nouvelles@quotidiencapitale.example</a> ou appelez-nous directement au 1 800 555-0199.",
        "Le marché sera ouvert tous les jours de 8 h à 18 h.",
    )
    assert _body(html)[-1] == "Le marché sera ouvert tous les jours de 8 h à 18 h."


_REPORTING = "reporting_credit_closing_fr.html"
_REPORTING_LINE = "Avec les informations de Mélanie Tremblay et Hugo Lessard"


@pytest.mark.parametrize(
    "credit",
    [
        _REPORTING_LINE,
        "Avec des informations de Hugo Lessard",
        "With files from Jo Lind and The Canadian Press",
        "Con información de Ana Ruiz",
        "Com informações de João Souza.",
    ],
)
def test_a_closing_credit_to_colleagues_reporting_goes(credit: str) -> None:
    body = _body(_page(_REPORTING).replace(_REPORTING_LINE, credit))
    assert body[-1].startswith("La municipalité de Saint-Tite a ouvert")
    assert len(body) == 4


def test_a_closing_sentence_opening_like_a_reporting_credit_stays() -> None:
    line = "Avec les informations recueillies, la police a pu retrouver le conducteur."
    assert _body(_page(_REPORTING).replace(_REPORTING_LINE, line))[-1] == line


_FACTCHECK = "factcheck_editing_credit_before_sources_de.html"


def test_an_editing_credit_before_the_list_of_sources_goes() -> None:
    body = _body(_page(_FACTCHECK))
    assert not any(line.startswith("Redigatur") for line in body)
    assert body[-5].startswith("Auch der Vorschlag, ab 70 Jahren")
    assert body[-4:] == [
        "Die wichtigsten, öffentlichen Quellen für diesen Faktencheck:",
        "Europäisches Parlament, Pressemitteilung zur Führerscheinrichtlinie, 21. Oktober "
        "2024: Link",
        "Bundesverkehrsministerium, Antwort auf unsere Anfrage, 14. März 2025: Link",
        "ADAC, Führerschein im Alter, abgerufen am 17. März 2025: Link",
    ]


_CREW = "agency_crew_credit_closing_tr.html"
_CREW_LINE = "Haber-Kamera: Selin ARSLAN/ALAŞEHİR (Manisa), (DHA)"


@pytest.mark.parametrize(
    "credit",
    [
        _CREW_LINE,
        "Haber: Selin ARSLAN - Kamera: Murat KOÇ",
        "Haber: Selin ARSLAN/ALAŞEHİR (Manisa), (İHA)",
    ],
)
def test_an_agency_s_closing_crew_credit_goes(credit: str) -> None:
    body = _body(_page(_CREW).replace(_CREW_LINE, credit))
    assert body[-1].startswith("Hasat edilen üzümler")
    assert len(body) == 3


def test_a_closing_line_naming_no_one_after_a_role_word_stays() -> None:
    line = "Kamera: Olay anı bağdaki güvenlik kamerasına yansıdı."
    assert _body(_page(_CREW).replace(_CREW_LINE, line))[-1] == line
