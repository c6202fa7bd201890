"""The site's widgets set between the story's paragraphs go, whatever their hashed classes:
a stats widget (a short title over a list of labels and values, no sentence, closed by a
link: a suburb's profile, a storm's tracker), an agent's contact card (short lines and a
phone link read as a button, "Call agent") and the lone link closing a data widget's table
("See all auction results", the table staying). A fact box with no link and a helpline's box
showing its number stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _property_body() -> list[str]:
    url = "https://www.harbourhome.example/news/geelong-waterfront-units-draw-record-crowds-884120/"
    return _body("property_news_widgets.html", url)


def test_an_agent_s_contact_card_goes() -> None:
    body = "\n".join(_property_body())
    assert "Marco Ellis" not in body.split("Selling agent")[0]
    assert "Call agent" not in body
    assert "View agency" not in body


def test_a_stats_widget_closed_by_a_link_goes() -> None:
    body = _property_body()
    assert not {"Geelong, VIC 3220", "Median unit price", "$612,000"} & set(body)
    assert "View suburb profile" not in "\n".join(body)


def test_a_data_widget_s_closing_link_goes_and_its_table_stays() -> None:
    body = _property_body()
    assert "Geelong | 71% | 38" in body
    assert "See all auction results" not in "\n".join(body)
    assert body[-1].startswith("Agents expect another busy weekend")


def test_a_fact_box_with_no_link_and_a_helpline_s_number_stay() -> None:
    body = "\n".join(_property_body())
    assert "The day in numbers" in body
    assert "Sold under the hammer" in body
    assert "1800 007 007" in body


def test_a_storm_tracker_closed_by_its_call_to_action_goes() -> None:
    url = "https://skylineweather.example/storms/hurricane/news/2025-09-03-tropical-storm-imani-bahamas"
    body = _body("weather_storm_tracker_widget.html", url)
    assert len(body) == 4
    assert body[2].startswith("The storm's track beyond Friday")
    assert not any("Max Winds" in line or "Track The Storm" in line for line in body)
