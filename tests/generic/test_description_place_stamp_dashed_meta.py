"""A paragraph classed as the description, before and outside the story's block, opening with
a place stamp of its own ("<p class="description"><span>Đà Nẵng</span>Từ ngày ...") is the
standfirst when the page declares its description with the same place and a dash in front
("Đà Nẵng - Từ ngày ..."), as a dateline; with another place declared it stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
URL = "https://baomientrung.example/da-nang-mo-them-ba-tuyen-xe-buyt-dien-ra-san-bay-5012345.html"
FIRST = (
    "Sở Giao thông vận tải thành phố cho biết mỗi tuyến có 12 xe, chạy từ 5h30 đến 22h, tần "
    "suất 15 phút một chuyến vào giờ cao điểm."
)
STANDFIRST = "Từ ngày 15/1, ba tuyến xe buýt điện nối trung tâm thành phố với sân bay quốc tế"


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=URL, registry=newsparse.Registry()).body.split("\n\n")


def _html() -> str:
    return (FIXTURES / "vi_description_place_stamp_dashed_meta.html").read_text()


def test_a_stamped_standfirst_declared_under_place_and_dash_goes() -> None:
    body = _body(_html())
    assert body[0] == FIRST
    assert not any(STANDFIRST in paragraph for paragraph in body)


def test_a_stamped_standfirst_declared_under_another_place_stays() -> None:
    html = (
        _html()
        .replace('content="Đà Nẵng - Từ', 'content="Huế - Từ')
        .replace('"description":"Đà Nẵng - Từ', '"description":"Huế - Từ')
    )
    body = _body(html)
    assert STANDFIRST in body[0]
    assert body[1] == FIRST
