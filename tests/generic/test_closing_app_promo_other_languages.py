"""A station's linked line promoting its app in Spanish, Portuguese, French or German
("<em>Descarga gratis la <a>app de Noticias 48</a> para recibir alertas ...</em>") closing
the story goes, as the English one does."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import LIVE_STREAM_PROMO

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = (
    "https://www.noticias48.example/noticias/local/"
    "cierran-por-obras-el-puente-de-la-avenida-12/3120456/"
)


def test_a_closing_spanish_app_promo_goes() -> None:
    html = (FIXTURES / "spanish_station_closing_app_promo.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1].startswith("Las obras costarán unos 2.4 millones")
    assert len(body) == 5


@pytest.mark.parametrize(
    "line",
    [
        "Descarga gratis la app de Noticias 48 para recibir alertas en tu celular.",
        "Descargue la aplicación de Canal 23",
        "Baja la app de Noticias 48",
        "Baixe grátis o aplicativo da TV Serra",
        "Téléchargez gratuitement l'application de Radio Littoral",
        "Laden Sie sich jetzt die kostenlose App von Radio Nordkap herunter",
        "Hol dir die kostenlose Nordkap-App",
    ],
)
def test_app_promos_in_other_languages_are_promos(line: str) -> None:
    assert LIVE_STREAM_PROMO.match(line.casefold()) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Descarga la factura desde la web del ayuntamiento.",
        "Baja la aplicación de la tasa a los comercios del centro.",
        "Laden Sie die Unterlagen auf der Seite der Stadt herunter.",
        "Téléchargez le formulaire sur le site de la mairie.",
    ],
)
def test_ordinary_lines_in_other_languages_are_no_app_promo(line: str) -> None:
    assert LIVE_STREAM_PROMO.match(line.casefold()) is None
