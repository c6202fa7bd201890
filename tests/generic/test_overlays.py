"""Blocks laid over or set into the page that are never the story, however long: a consent
banner or dialog, a modal dialog's pitch, an advertiser's piece under a "Sponsored" line. A
class that names cookies alone does not make a block a notice, a story opened in a dialog is
the story, and so is a page's own advertorial."""

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


def _story_page(inside: str = "", after: str = "") -> str:
    """The short story, then ``inside`` (HTML) in its article, and ``after`` after the page's
    main block."""
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        "<html><head><title>Breakwater approved | The Coastal Times</title></head><body>"
        "<header><a href='/'>The Coastal Times</a></header><main><article><h1>Breakwater "
        f"approved</h1><p class='meta'>By Dana Whitfield</p>{paragraphs}{inside}</article>"
        f"</main>{after}<footer>© The Coastal Times</footer></body></html>"
    )


def _body(html: str) -> list[str]:
    """The generic engine's body of ``html``, split into its paragraphs."""
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def _page(notice_open: str) -> str:
    """The short story with the consent notice in the block ``notice_open`` opens."""
    return _story_page(after=f"{notice_open}{NOTICE}</div>")


@pytest.mark.parametrize(
    "notice_open",
    [
        # a modal dialog in classes that say nothing
        "<div class='overlay' role='dialog' aria-modal='true' aria-label='Privacy'>",
        # OneTrust's banner
        "<div id='onetrust-banner-sdk' class='otFlat' tabindex='0'>",
        # a theme's own banner
        "<div class='cookie-consent cookie-consent--bottom'>",
        # a consent platform's pop-up with neither a role nor a vendor's name
        "<div class='cmp-popup-container'>",
        "<div class='site-popup site-popup--center'>",
    ],
)
def test_a_consent_notice_longer_than_the_story_is_not_the_story(notice_open: str) -> None:
    assert _body(_page(notice_open)) == list(STORY)


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
    body = _body(html)
    assert len(body) == 3
    assert body[0].startswith("These brown butter cookies are the ones my grandmother baked")


# A modal pitch over the page, longer than the story above.
PITCH = (
    "<h2 id='m-title'>Before you go</h2>"
    "<p>Independent local journalism takes time and money. Our reporters sit through every "
    "council meeting, every court hearing and every planning inquiry so that you do not have "
    "to, and we publish what we find without a paywall.</p>"
    "<p>If you value what we do, please consider becoming a supporter. A monthly contribution "
    "of any size helps us keep reporters on the coast and the islands.</p>"
    "<a class='btn' href='/support'>Support us</a><button class='close'>Maybe later</button>"
)


def test_a_modal_pitch_longer_than_the_story_is_not_the_story() -> None:
    dialog = "<div class='modal-wrap' role='dialog' aria-modal='true' aria-labelledby='m-title'>"
    assert _body(_page(dialog).replace(NOTICE, PITCH)) == list(STORY)


def test_a_story_opened_in_a_dialog_over_a_feed_is_the_story() -> None:
    # the feed's teasers behind, the story in a modal dialog with the site's own button
    paragraphs = "".join(
        f"<p>{text} The county's consultation on the harbour plan closes at the end of March, "
        "and the council will publish every response it receives.</p>"
        for text in STORY * 3
    )
    html = (
        "<html><head><title>Breakwater approved</title></head><body><main class='feed'>"
        "<div class='card'><a href='/news/ferry'>Ferry to run overnight</a></div>"
        "<div class='card'><a href='/news/pier'>Pier repairs finished</a></div></main>"
        "<div class='story-overlay' role='dialog' aria-modal='true'><h1>Breakwater approved"
        f"</h1>{paragraphs}<a class='btn' href='/newsletter'>Sign up</a></div></body></html>"
    )
    body = _body(html)
    assert len(body) == 9
    assert body[0].startswith(STORY[0])


# An advertiser's piece set in the story's page under a "Sponsored" line.
SPONSORED = (
    "<p class='label'>Sponsored</p><h3>How to keep your home warm this winter</h3>"
    "<p>Heating bills are rising again, but there are simple steps every household can take. "
    "Start with the draughts: a roll of foam tape around doors and windows costs little.</p>"
    "<p>Next, look at your thermostat. Turning it down by a single degree saves money every "
    "month, and a smart controller heats only the rooms you use.</p>"
    "<p>Finally, check whether you qualify for a free insulation survey this season.</p>"
    "<a href='https://partner.example/survey'>Book your free survey</a>"
)


def test_a_sponsored_piece_longer_than_the_story_is_not_the_story() -> None:
    assert _body(_story_page(f"<div class='partner-block'>{SPONSORED}</div>")) == list(STORY)


def test_a_page_s_own_advertorial_is_its_story() -> None:
    # the "Sponsored" line opens the article that holds the page's headline
    html = (
        "<html><head><title>Keep your home warm</title></head><body><article><p "
        "class='label'>Sponsored</p><h1>Keep your home warm this winter</h1><p>Heating bills "
        "are rising again, but there are simple steps every household can take, starting with "
        "the draughts around doors and windows.</p><p>Turning the thermostat down by a single "
        "degree saves money every month, and a smart controller heats only the rooms you use."
        "</p><a href='https://partner.example/survey'>Book a survey</a></article></body></html>"
    )
    body = _body(html)
    assert len(body) == 2
    assert body[0].startswith("Heating bills are rising again")


def test_an_ad_slot_s_label_over_the_story_leaves_the_story_whole() -> None:
    # "Advertisement" over an emptied slot at the top of the story's block: no title follows
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    html = (
        "<html><head><title>Breakwater approved</title></head><body><article><h1>Breakwater "
        "approved</h1><div class='body'><p class='ad-label'>Advertisement</p>"
        f"{paragraphs}<p>More at <a href='/harbour'>our harbour page</a>.</p></div></article>"
        "</body></html>"
    )
    assert _body(html)[:3] == list(STORY)
