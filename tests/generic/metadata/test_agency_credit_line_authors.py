"""An agency's closing line of credits, role labels and names parted by stars (IRNA's
"خبرنگار: <name> ** انتشار دهنده: <name>"), names the story's author when no byline does: the
reporter, not who edited or published the copy; a line that is no list of credits names no
one."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_lines import credit_line_reporters

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "metadata"
_PAGE = "https://www.irna.example/news/85990012/"


def test_the_reporter_of_a_closing_credit_line_is_the_author() -> None:
    html = (FIXTURES / "persian_agency_closing_credit_line.html").read_bytes()
    article = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry())
    assert article.authors == ("مهسا توکلی",)
    assert not any("انتشار دهنده" in line for line in article.body.split("\n\n"))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("خبرنگار: فرزانه کریمی ** انتشار دهنده: علی رضایی", ("فرزانه کریمی",)),
        ("گزارش: نادر احمدی", ("نادر احمدی",)),
        ("نویسنده: سارا امینی | ویراستار: رضا نوروزی", ("سارا امینی",)),
        ("انتشار دهنده: علی رضایی", ()),
        # (a sentence after the label is no name)
        ("خبرنگار: این خبر در ساعت ۱۰ صبح منتشر شد.", ()),
        ("به گزارش خبرنگار ایرنا، وزیر گفت", ()),
    ],
)
def test_credit_line_reporters(line: str, names: tuple[str, ...]) -> None:
    assert credit_line_reporters(line) == names
