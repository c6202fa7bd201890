"""A data site's article closing on its endnotes, a "Cite this work" box and a licence box:
a footnote's number set in a superscript inside its link goes, the endnotes stay, the
citation box with its snippets to copy goes whole and so does the reuse notice."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _body() -> list[str]:
    page = (FIXTURES / "body/data_site_endnotes_citation_licence.html").read_bytes()
    url = "https://openfigures.example/cropland-per-person"
    return newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_footnote_number_in_a_superscript_inside_its_link_goes() -> None:
    body = _body()
    # "...on every continent.<a class="ref" href="#note-1"><sup>1</sup></a>"
    assert body[0].endswith("and it has fallen on every continent.")
    assert body[1].endswith("and yields per hectare rose faster still.")
    # (a bracketed number in the sentence, no link, stays)
    assert any("See also the appendix [3] for how" in line for line in body)
    assert "Average cereal yields roughly tripled over the same period." in body


def test_a_citation_box_with_snippets_to_copy_goes_whole() -> None:
    body = _body()
    text = "\n".join(body)
    assert "This article can be cited as:" not in text
    assert "BibTeX citation" not in body
    assert "@article{openfigures-cropland-per-person," not in text
    assert "Copy" not in body


def test_a_reuse_notice_after_the_story_goes() -> None:
    body = _body()
    assert "Reuse this work freely" not in body
    assert not any(line.startswith("All charts, data and code produced by") for line in body)
    assert body[-1] == "Average cereal yields roughly tripled over the same period."
