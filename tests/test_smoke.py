import newsparse


def test_parse_gives_article_with_body_and_headline() -> None:
    html = (
        "<html lang='en'><head><title>Storm hits coast | Daily</title></head><body>"
        "<article><h1>Storm hits coast</h1>"
        "<p>A powerful storm reached the coast on Tuesday, flooding streets and cutting power.</p>"
        "<p>Officials said the water would recede by the weekend, though more rain is due.</p>"
        "</article></body></html>"
    )
    article = newsparse.parse(html, url="https://daily.example/storm")
    assert article.headline == "Storm hits coast"
    assert "flooding streets" in article.body
    assert article.language == "en"
