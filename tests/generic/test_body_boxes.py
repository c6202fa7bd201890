"""Small boxes that ask the reader something, inside the story, whatever their class names:
a pitch closed by a call-to-action button goes; a sentence that links a sign-up stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"

PARAGRAPHS = (
    "County commissioners approved a wildfire mitigation fund on Tuesday that will pay for "
    "brush clearing along forty miles of foothill roads over the next three years.",
    "Fire Chief Dwayne Sato said the districts supported the idea but wanted a say in how the "
    "money was spent, since most of the foothills are covered by volunteer departments.",
    "Homeowners who complete a defensible-space inspection will be able to apply for grants "
    "of up to $2,500 once the fund opens in the spring.",
)


def _story_with(box: str) -> str:
    first, second, third = (f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        "<html><head><title>County approves wildfire fund</title></head><body><main>"
        f"<article><h1>County approves wildfire fund</h1><div class='article-body'>{first}"
        f"{second}{box}{third}</div></article></main></body></html>"
    )


def _body(html: str) -> list[str]:
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


@pytest.mark.parametrize(
    "box",
    [
        # Gutenberg: a group of a heading, a pitch and a buttons block, no telling class
        "<div class='wp-block-group has-pale-cyan-blue-background-color has-background'>"
        "<h3 class='wp-block-heading'>Get Field Notes in your inbox</h3><p>Our free weekly "
        "newsletter brings you the week's best reporting. No spam, unsubscribe anytime.</p>"
        "<div class='wp-block-buttons'><div class='wp-block-button'>"
        "<a class='wp-block-button__link' href='/newsletter/'>Sign me up</a></div></div></div>",
        # Arc XP's raw HTML element: inline styles only
        "<div class='raw-html'><div style='border:1px solid #ccc;padding:16px'><p "
        "style='font-weight:bold'>Get the Morning Report</p><p>The day's top stories, in your "
        "inbox by 6 a.m.</p><a href='/newsletters/?utm_source=article'>Sign up for free</a>"
        "</div></div>",
        # Webflow's embed: the pitch is the box's own text around a bold line
        "<div class='w-embed'><div class='inline-cta'><strong>Want more stories like this?"
        "</strong> Join 12,000 readers who get our Monday newsletter. <a href='/newsletter' "
        "class='inline-cta-link'>Subscribe for free →</a></div></div>",
    ],
)
def test_a_pitch_closed_by_its_button_inside_the_story_goes(box: str) -> None:
    assert _body(_story_with(box)) == list(PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        # Gutenberg's buttons block on its own between two paragraphs
        "<div class='wp-block-buttons is-layout-flex'><div class='wp-block-button'><a "
        "class='wp-block-button__link wp-element-button' href='/donate/'>Donate now</a>"
        "</div></div>",
        # a newsletter platform's button paragraph: a coupon for the subscription page,
        # whatever the button says
        "<p class='button-wrapper'><a class='button primary' href='/subscribe?coupon=5f2e'>"
        "<span>Get 20% off for 1 year</span></a></p>",
        # a membership page in German
        "<p style='text-align:center'><a href='https://example.de/abo/digital'><strong>Jetzt "
        "testen</strong></a></p>",
    ],
)
def test_a_button_on_a_line_of_its_own_between_paragraphs_goes(line: str) -> None:
    assert _body(_story_with(line)) == list(PARAGRAPHS)


def test_a_paragraph_linking_only_one_word_to_a_subscription_page_stays() -> None:
    line = (
        "<p>Readers who want the grant deadlines can <a href='/subscribe'>subscribe</a> to the "
        "county's weekly bulletin.</p>"
    )
    body = _body(_story_with(line))
    assert body[2] == (
        "Readers who want the grant deadlines can subscribe to the county's weekly bulletin."
    )


def test_a_newsletter_post_s_button_lines_go() -> None:
    html = (FIXTURES / "newsletter_post_with_button_lines.html").read_bytes()
    article = newsparse.parse(
        html, url="https://harbournotes.example/p/night-ferry", registry=newsparse.Registry()
    )
    body = article.body.split("\n\n")
    assert len(body) == 7
    assert body[3].startswith("The ferry workers' union, which argued for the late crossings")
    assert body[4] == "What happens next"
    assert body[-1].endswith(
        "you can also subscribe to get the next post on the harbour's new timetable."
    )
    for button in ("Subscribe now", "Get 20% off", "Leave a comment", "Give a gift"):
        assert button not in article.body


def test_a_sentence_that_links_a_sign_up_page_stays() -> None:
    line = (
        "<p>Residents can get alerts about road closures by text message; the county says "
        "about 9,000 people have already <a href='/alerts'>signed up</a>.</p>"
    )
    body = _body(_story_with(line))
    assert len(body) == 4
    assert body[2].startswith("Residents can get alerts")


def test_an_embedded_video_player_s_title_and_duration_are_no_lines_of_the_story() -> None:
    player = (
        "<div class='video-inline'><div class='video-player' data-video-id='c8a9b0d1'><span "
        "class='video-title'>Venezia, il Mose in azione: le immagini dal drone</span><span "
        "class='video-duration'>01:32</span></div></div>"
    )
    assert _body(_story_with(player)) == list(PARAGRAPHS)


def test_a_sign_up_button_s_box_goes_with_its_privacy_notice() -> None:
    # a newsletter promotion in a <figure> with only hashed classes: a <button>, never the
    # story's, says what the box is
    promo = (
        "<figure data-spacefinder-role='inline' class='dcr-173mewl'><div class='dcr-zm7bxx'>"
        "<div class='dcr-11ngmh4'><p class='dcr-ai7gvl'>Sign up to <span>Down to Earth</span>"
        "</p><p class='dcr-ssobzo'>Free weekly newsletter</p><p class='dcr-1cbvhao'>The "
        "planet's most important stories. Get all the week's environment news.</p><div "
        "class='dcr-1nxqo83'><button data-testid='signup-button'>Sign up</button></div><p "
        "class='dcr-6mduqe'><strong>Privacy Notice: </strong>Newsletters may contain info about "
        "charities, online ads, and content funded by outside parties. For more information see "
        "our <a href='/help/privacy-policy'>Privacy Policy</a>.</p></div></div></figure>"
    )
    assert _body(_story_with(promo)) == list(PARAGRAPHS)


def test_a_free_trial_box_closing_the_story_goes_whatever_its_link() -> None:
    # the button offers the trial in its own words; its link names no subscription page
    html = (FIXTURES / "briefing_trial_box_closing_story_de.html").read_bytes()
    article = newsparse.parse(
        html,
        url="https://briefings.example/energie/analyse/waermeplanung-kommunen-fordern-mehr-zeit",
        registry=newsparse.Registry(),
    )
    body = article.body.split("\n\n")
    assert len(body) == 4
    assert body[-1].startswith("Ob die Länder den Kommunen entgegenkommen")
    assert "Morgenbriefing" not in article.body
    assert "kostenlos testen" not in article.body


@pytest.mark.parametrize(
    "box",
    [
        "<div class='offer'><p>La lettre du matin, chaque jour avant 7 heures.</p>"
        "<a href='/offre/decouverte/'>Essai gratuit</a></div>",
        "<div class='callout'><p><strong>Tech Brief Pro</strong></p><p>Daily analysis of the "
        "chip industry for professionals.</p><a href='/brief/join-pro/'>Start free trial</a></div>",
    ],
)
def test_a_pitch_closed_by_a_free_trial_button_goes(box: str) -> None:
    assert _body(_story_with(box)) == list(PARAGRAPHS)


def test_a_sentence_linking_a_free_trial_stays() -> None:
    line = (
        "<p>Residents who want to try an e-cargo bike before applying can borrow one from the "
        "library: <a href='/library/bikes/'>try it free</a> for two weeks.</p>"
    )
    body = _body(_story_with(line))
    assert len(body) == 4
    assert body[2].startswith("Residents who want to try an e-cargo bike")
