"""A site that shows a partner paper's pages under the paper's logo in its masthead (an
obituary notice on a memorial site, "<img alt="Northfield Courier">" in the page's header
beside the site's own logo) titles them "<headline> - Northfield, MN - Northfield Courier":
the paper's name is the site's decoration, and the town and state's code between it and the
headline goes with it. A dash in brackets, a life span's, is the headline's own."""

from __future__ import annotations

from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "cobranded_obituary_notice.html"
_HEADLINE = "Harold Fenwick Obituary (1938 - 2025)"
_DECORATED = f"{_HEADLINE} - Northfield, MN - Northfield Courier"
_PARTNER_LOGO = '<img src="/affiliates/northfieldcourier.png" alt="Northfield Courier">'


def test_a_partner_paper_s_masthead_logo_names_a_title_decoration() -> None:
    assert parse_fixture(_PAGE).headline == _HEADLINE


def test_without_the_partner_s_logo_the_title_stays_whole() -> None:
    html = (FIXTURES / _PAGE).read_text("utf-8")
    assert _PARTNER_LOGO in html
    assert parse_html(html.replace(_PARTNER_LOGO, "")).headline == _DECORATED


def test_an_image_in_the_story_is_no_masthead_logo() -> None:
    # (the same image under the notice's heading, not in the site's header)
    html = (FIXTURES / _PAGE).read_text("utf-8").replace(_PARTNER_LOGO, "")
    html = html.replace("</h1>", f"</h1>{_PARTNER_LOGO}", 1)
    assert parse_html(html).headline == _DECORATED
