"""A byline's date set after the name carries its label in Tamil too ("பதிவு செய்த நாள்:",
date posted; "மாற்றம் செய்த நாள்:", date changed): the label goes with the date, as
"Published:" does, whatever the name, and the desk's "நமது நிருபர்" (our reporter) left
before it names no one."""

from __future__ import annotations

import datetime

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "tamil_byline_with_date_label.html"
_DESK = "நமது நிருபர்"
_LABEL = "பதிவு செய்த நாள்"


def test_the_desk_s_credit_before_a_dated_label_names_no_author() -> None:
    article = parse_fixture(_PAGE)
    assert article.authors == ()
    assert article.published is not None
    assert article.published.date() == datetime.date(2025, 8, 14)


@pytest.mark.parametrize("label", [_LABEL, "மாற்றம் செய்த நாள்", "பதிவு", "Updated"])
@pytest.mark.parametrize("name", ["ஆர். கண்ணன்", "சு. ராஜேஷ் குமார்"])
def test_a_date_label_after_a_reporter_s_name_is_no_part_of_it(label: str, name: str) -> None:
    html = (FIXTURES / _PAGE).read_text("utf-8")
    html = html.replace(_DESK, name).replace(_LABEL, label)
    assert parse_html(html).authors == (name,)
