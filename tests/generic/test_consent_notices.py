"""A consent banner or dialog longer than a short story is the notice, never the story; a
class that names cookies alone does not make a block a notice."""

from __future__ import annotations

import pytest

import newsparse

STORY = (
    "The harbour authority approved the new breakwater on Monday after two years of public "
    "consultation and three revised designs.",
    "Work on the breakwater will start in the spring and is due to finish in 2027, the "
    "authority said.",
    "Fishing crews welcomed the decision, saying winter storms had damaged the old wall four "
    "times in five years.",
)

# The notice a consent platform renders into the page (longer than the story above).
NOTICE = (
    "<h2>We value your privacy</h2>"
    "<p>We and our partners store and/or access information on a device, such as cookies, "
    "and process personal data, such as unique identifiers and standard information sent by "
    "a device, for personalised advertising and content, advertising and content "
    "measurement, audience research and services development.</p>"
    "<p>With your permission we and our partners may use precise geolocation data and "
    "identification through device scanning. You may click to consent to our and our "
    "partners' processing as described above.</p>"
    "<p>Alternatively you may access more detailed information and change your preferences "
    "before consenting or to refuse consenting. Some processing of your personal data may "
    "not require your consent, but you have a right to object to such processing.</p>"
    "<p>Your preferences will apply to this website only. You can change your preferences "
    "or withdraw your consent at any time by returning to this site.</p>"
    "<button>Accept all</button><button>Reject all</button><button>More options</button>"
)


def _page(notice_open: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        "<html><head><title>Breakwater approved | The Coastal Times</title></head><body>"
        "<header><a href='/'>The Coastal Times</a></header><main><article><h1>Breakwater "
        f"approved</h1><p class='meta'>By Dana Whitfield</p>{paragraphs}</article></main>"
        f"{notice_open}{NOTICE}</div><footer>© The Coastal Times</footer></body></html>"
    )


@pytest.mark.parametrize(
    "notice_open",
    [
        # a modal dialog in classes that say nothing
        "<div class='overlay' role='dialog' aria-modal='true' aria-label='Privacy'>",
        # OneTrust's banner
        "<div id='onetrust-banner-sdk' class='otFlat' tabindex='0'>",
        # a theme's own banner
        "<div class='cookie-consent cookie-consent--bottom'>",
    ],
)
def test_a_consent_notice_longer_than_the_story_is_not_the_story(notice_open: str) -> None:
    body = newsparse.parse(_page(notice_open), registry=newsparse.Registry()).body
    assert body.split("\n\n") == list(STORY)


def test_a_block_classed_for_cookies_that_holds_a_recipe_post_is_the_story() -> None:
    post = (
        "<p>These brown butter cookies are the ones my grandmother baked every December, "
        "and the dough keeps for a week in the fridge.</p>"
        "<p>Brown the butter slowly until it smells of toffee, then let it cool before you "
        "beat in the sugar, or the cookies will spread too thin in the oven.</p>"
        "<p>Bake them for eleven minutes at 180°C and leave them on the tray for five more: "
        "they firm up as they cool, and the middles stay soft.</p>"
    )
    html = (
        "<html><head><title>Brown butter cookies</title></head><body><div class='site'>"
        "<div class='cookie-recipe'><h1>Brown butter cookies</h1>"
        f"{post}</div><aside class='sidebar'><p>Hi, I'm Jen. I bake.</p></aside></div>"
        "</body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert len(body) == 3
    assert body[0].startswith("These brown butter cookies are the ones my grandmother baked")
