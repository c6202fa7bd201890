"""A forecaster's role after the name, the outlet's short name before it ("By <a>Marta
Quillen</a> , PFW Meteorologist"), is no second author, as "CNN Correspondent" is not: the
role words are data, ``ROLE_WORDS``."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_html

_PAGE = "weather_desk_outlet_role.html"


@pytest.mark.parametrize(
    "role", ["PFW Meteorologist", "PFW Senior Ag Meteorologist", "CNN Correspondent"]
)
def test_an_outlets_role_after_the_name_is_no_second_author(role: str) -> None:
    html = (FIXTURES / _PAGE).read_text("utf-8").replace("PFW Meteorologist", role)
    assert parse_html(html).authors == ("Marta Quillen",)


def test_a_forecasters_role_before_the_name_is_no_part_of_it() -> None:
    html = (FIXTURES / _PAGE).read_text("utf-8")
    html = html.replace("By <a", "PFW Meteorologist <a").replace(" , PFW Meteorologist", "")
    assert parse_html(html).authors == ("Marta Quillen",)
