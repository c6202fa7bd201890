"""Declarative shadow roots are rendered into the tree the way a browser shows them."""

from __future__ import annotations

import lxml.html

from newsparse.page import Page
from newsparse.shadow_dom import attach_shadow_roots, is_shadow_root


def _render(html: str) -> lxml.html.HtmlElement:
    root = lxml.html.document_fromstring(html)
    attach_shadow_roots(root)
    return root


def _markup(root: lxml.html.HtmlElement) -> str:
    body = root.find("body")
    assert body is not None
    return "".join(lxml.html.tostring(child, encoding="unicode") for child in body)


def test_the_template_gives_way_to_its_content() -> None:
    root = _render(
        '<html><body><x-card><template shadowrootmode="open"><p>Inside</p></template>'
        "</x-card></body></html>"
    )
    assert _markup(root) == "<x-card><p>Inside</p></x-card>"


def test_light_children_fill_their_named_and_default_slots() -> None:
    root = _render(
        '<html><body><x-story><template shadowrootmode="open"><h1><slot name="title">'
        "Untitled</slot></h1><div><slot></slot></div></template>"
        '<p>First</p><span slot="title">Ferry returns</span><p>Second</p></x-story></body></html>'
    )
    assert _markup(root) == (
        '<x-story><h1><span slot="title">Ferry returns</span></h1><div><p>First</p><p>Second</p>'
        "</div></x-story>"
    )


def test_an_empty_slot_shows_its_fallback_content() -> None:
    root = _render(
        '<html><body><x-story><template shadowrootmode="open"><h1><slot name="title">'
        "Untitled</slot></h1></template></x-story></body></html>"
    )
    assert _markup(root) == "<x-story><h1>Untitled</h1></x-story>"


def test_nested_shadow_roots_and_the_older_attribute_are_rendered() -> None:
    root = _render(
        '<html><body><x-page><template shadowroot="open"><main><slot></slot></main></template>'
        '<x-ad><template shadowrootmode="closed"><b>Ad</b><slot></slot></template><i>Sponsor</i>'
        "</x-ad></x-page></body></html>"
    )
    assert _markup(root) == "<x-page><main><x-ad><b>Ad</b><i>Sponsor</i></x-ad></main></x-page>"


def test_ordinary_templates_stay_unrendered() -> None:
    html = '<html><body><template id="row"><p>Row</p></template></body></html>'
    root = _render(html)
    assert _markup(root) == '<template id="row"><p>Row</p></template>'
    template = root.find(".//template")
    assert template is not None and not is_shadow_root(template)


def test_text_left_between_moved_children_stays_in_place() -> None:
    root = _render(
        '<html><body><x-a><template shadowrootmode="open"><slot name="n"></slot></template>'
        'Lead <b slot="n">named</b> after</x-a></body></html>'
    )
    assert _markup(root) == '<x-a><b slot="n">named</b>Lead  after</x-a>'


def test_pages_are_parsed_with_their_shadow_roots_attached() -> None:
    page = Page.from_input(
        '<html><body><x-story><template shadowRootMode="open"><p>Shown</p></template>'
        "</x-story></body></html>"
    )
    assert page.tree.find(".//template") is None
    assert page.text(page.tree) == "Shown"


def test_a_slot_s_own_text_and_tail_keep_their_places_around_its_content() -> None:
    root = _render(
        '<html><body><x-a><template shadowrootmode="open">Before <slot>fallback '
        "<b>bold</b> end</slot> after</template></x-a></body></html>"
    )
    assert _markup(root) == "<x-a>Before fallback <b>bold</b> end after</x-a>"


def test_a_host_with_many_slots_is_rendered_in_order() -> None:
    slots = "".join(f'<slot name="s{i}"></slot>' for i in range(300))
    children = "".join(f'<p slot="s{i}">{i}</p>' for i in reversed(range(300)))
    root = _render(
        f'<html><body><x-a><template shadowrootmode="open">{slots}</template>{children}'
        "</x-a></body></html>"
    )
    assert [p.text for p in root.iter("p")] == [str(i) for i in range(300)]
