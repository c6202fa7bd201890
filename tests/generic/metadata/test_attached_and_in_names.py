"""Arabic's "and" written joined to the next word ("وأحمد") parts two names in a byline, but
a name's own word may open with that letter: the Hassaniya particle "ولد" ("son of"), in
Mauritanian names, is no "and", and a name the JSON-LD declares one Person's is never parted
there."""

from __future__ import annotations

import pytest
from metadata_pages import parse_fixture, parse_html

from newsparse.generic.metadata.bylines import parse_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("أحمد سالم ولد عبد الله", ("أحمد سالم ولد عبد الله",)),
        ("بقلم سيدي محمد ول الشيخ", ("سيدي محمد ول الشيخ",)),  # the particle's short form
        # the particle passed over, a joined "and" after it still parts two people
        ("أحمد سالم ولد عبد الله وفاطمة بنت محمد", ("أحمد سالم ولد عبد الله", "فاطمة بنت محمد")),
        ("كتب محمد عبد الحميد وأحمد سمير", ("محمد عبد الحميد", "أحمد سمير")),
    ],
)
def test_a_name_particle_opening_with_and_parts_no_names(
    byline: str, names: tuple[str, ...]
) -> None:
    assert parse_byline(byline).names == names


def test_a_byline_and_json_ld_person_with_the_particle_name_one_author() -> None:
    article = parse_fixture(
        "arabic_ould_name_particle.html",
        url="https://almawj.example/news/2025/7/21/oasis-date-harvest-early",
    )
    assert article.authors == ("أحمد سالم ولد عبد الله",)


def _page_by(author: str) -> str:
    return (
        '<html lang="ar"><head><script type="application/ld+json">{"@context":'
        ' "https://schema.org", "@type": "NewsArticle", "headline": "افتتاح جسر جديد",'
        f' "author": {author}}}</script></head><body><article><h1>افتتاح جسر جديد</h1>'
        "<p>افتتحت الحكومة صباح اليوم جسرا جديدا فوق النهر يربط الضفتين ويختصر الطريق إلى"
        " المدينة بنحو نصف ساعة، بعد ثلاث سنوات من الأشغال.</p></article></body></html>"
    )


def test_a_json_ld_person_s_name_is_never_parted_at_a_joined_and() -> None:
    # (a name word opening with the letter that no list knows: "وهبي")
    article = parse_html(_page_by('{"@type": "Person", "name": "سالم أحمد وهبي الشريف"}'))
    assert article.authors == ("سالم أحمد وهبي الشريف",)


def test_json_ld_persons_each_name_their_own_author() -> None:
    article = parse_html(
        _page_by(
            '[{"@type": "Person", "name": "محمد عبد الحميد"},'
            ' {"@type": "Person", "name": "أحمد سمير"}]'
        )
    )
    assert article.authors == ("محمد عبد الحميد", "أحمد سمير")
