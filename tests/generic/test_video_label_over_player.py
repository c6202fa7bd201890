"""A short line in bold opening as a video's label ("VÍDEOS: ...") right over a video embed
is the embed's promo label and goes, even when the player shows its clip's title and a line
follows; a line not in bold stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.jornaldovale.example/sp/ribeirao-preto/noticia/2025/05/20/ponte-sobre-o-rio-pardo-e-interditada.ghtml"


def _body(html: bytes) -> str:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body


def test_a_video_label_over_a_player_with_a_title_goes() -> None:
    body = _body((FIXTURES / "regional_portal_video_label_over_player.html").read_bytes())
    assert "VÍDEOS" not in body
    assert body.split("\n\n")[-1].startswith("O órgão informou que a ponte")


def test_a_video_line_not_in_bold_stays() -> None:
    html = (FIXTURES / "regional_portal_video_label_over_player.html").read_bytes()
    html = html.replace(
        "<strong>VÍDEOS: tudo sobre Ribeirão Preto e Franca</strong>".encode(),
        "VÍDEOS: a ponte foi vistoriada pela última vez em 2022".encode(),
    )
    assert "VÍDEOS: a ponte foi vistoriada pela última vez em 2022" in _body(html)
