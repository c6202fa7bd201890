"""The page's notices set in or around a story: shopping disclosures however worded,
disclaimers, date lines, tipline boxes and a table of contents's label."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

import newsparse
from newsparse.generic.body_cues import (
    AFFILIATE_EARNING,
    AFFILIATE_EARNING_HINTS,
    HEALTH_DISCLAIMER,
    HEALTH_DISCLAIMER_HINTS,
    LEGAL_DISCLAIMER,
    LEGAL_DISCLAIMER_HINTS,
    OPINION_DISCLAIMER,
    OPINION_DISCLAIMER_HINTS,
)
from newsparse.generic.body_lines import is_dated_line
from newsparse.generic.body_notices import is_page_notice, is_transcript_notice
from newsparse.generic.classes import kind_of_class_and_id
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.scoring import score_tree

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _body(relative: str, url: str) -> list[str]:
    page = (FIXTURES / relative).read_bytes()
    return newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _is_notice(text: str) -> bool:
    """``is_page_notice`` of a paragraph holding ``text`` alone."""
    root = lxml.html.fromstring(f"<div><p>{text}</p></div>")
    return is_page_notice(score_tree(root).unit_of[root[0]])


def test_a_review_s_disclosure_opening_the_story_goes() -> None:
    body = _body(
        "body/road_test_review_disclosure.html",
        "https://www.motorfield.example/reviews/a5501/2025-halden-vireo-hybrid-test/",
    )
    # "We may earn money when you buy through our links": no fixed phrase, the same notice
    assert body[0].startswith("Station wagons have all but vanished")
    assert not any("through our links" in line for line in body)
    assert len(body) == 8


def test_a_shopping_disclaimer_box_over_the_story_goes() -> None:
    body = _body(
        "body/fashion_gallery_affiliate_disclaimer.html",
        "https://www.starwire.example/news/88123/dara-quill-velvet-suit-winter-gala",
    )
    assert body[0].startswith("Dara Quill turned the Winter Gala's red carpet")
    assert body[-1].startswith("Want to borrow her palette?")
    assert len(body) == 5


def test_an_affiliate_disclosure_needs_the_earning_and_the_buying() -> None:
    assert _is_notice("We may get a commission if you purchase something through our links.")
    assert _is_notice("Starwire has affiliate relationships with the retailers linked below.")
    assert _is_notice("Reviews are independent, but we may make money when you shop our links.")
    # (a story's sentence on earnings names no buying through links)
    assert not _is_notice("Farmers may earn money from the new grazing scheme next spring.")


def test_a_health_site_s_disclaimer_and_its_dated_note_go() -> None:
    body = _body(
        "body/health_news_medical_disclaimer.html",
        "https://www.wellward.example/allergies/hay-fever-or-cold/",
    )
    # the story's sources stay; "... is not a substitute for medical advice" after the bio
    # and "The information in this article is current as of the date listed" are the site's
    assert body[-1].startswith("Common Cold: Symptoms and Causes.")
    assert not any("informational purposes" in line for line in body)
    assert not any("current as of the date" in line for line in body)
    assert len(body) == 10


def test_a_health_disclaimer_is_told_by_its_wording() -> None:
    assert _is_notice(
        "This content is not intended as a substitute for professional medical advice."
    )
    assert _is_notice(
        "Our content is for informational purposes only. We do not give medical advice."
    )
    assert _is_notice("Este contenido no sustituye el consejo médico de un profesional.")
    # (a story's sentence on a substitute names no advice)
    assert not _is_notice("Oat milk is not a substitute for cow's milk in infant diets.")


FACT_CHECK = (
    "body/factcheck_roundup_date_lines_tipline.html",
    "https://verificaya.example/bulos/20250715/ola-de-calor-bulos/",
)


def test_a_fact_check_s_update_and_first_publication_lines_go() -> None:
    body = _body(*FACT_CHECK)
    # "Última actualización: 16 de julio de 2025, 12:30." opening the story and "Primera
    # fecha de publicación de este artículo: 15/07/2025" closing it are date lines
    assert body[0].startswith("La ola de calor que afecta")
    assert body[-1].startswith("Vuelve a circular una cadena")


def test_a_date_line_s_label_is_one_of_several_languages() -> None:
    assert is_dated_line("Zuletzt aktualisiert: 07.05.2025, 19:45 Uhr")
    assert is_dated_line("First published: May 7, 2025")
    assert is_dated_line("Dernière mise à jour : 7 mai 2025")
    # (a sentence after the label is the story's)
    assert not is_dated_line("Zuletzt aktualisiert wurde die Liste 2024 von der Stadt.")


def test_a_fact_check_s_tipline_box_between_paragraphs_goes() -> None:
    body = _body(*FACT_CHECK)
    # "<div class="post__box box box--tipline">": "¿Has recibido un mensaje dudoso?" and its
    # plea to send it by WhatsApp are the site's, the story's paragraphs around it stay
    assert not any("mensaje dudoso" in line or "Mándanoslo" in line for line in body)
    assert body[1].startswith("Iremos actualizando la lista")
    assert body[2] == "No, la AEMET no ha anunciado 50 grados en Madrid"
    assert len(body) == 10


def test_chatbot_and_tipline_class_tokens_name_an_appeal() -> None:
    for classes in ("article__box box box--chatbot", "tipline", "news-tip-line", "TipLine"):
        assert kind_of_class_and_id(classes, None) is Kind.APPEAL, classes
    # (whole parts only, and a story's taxonomy class names its topic)
    assert kind_of_class_and_id("tag-chatbot", None) is None
    assert kind_of_class_and_id("tooltip-linear", None) is not Kind.APPEAL


def test_a_jump_to_box_over_the_story_goes_with_its_label() -> None:
    body = _body(
        "body/explainer_jump_to_box.html",
        "https://www.framerate.example/hardware/pocket-forge-2-everything-we-know/",
    )
    # "<div class="jump-to"><p>Jump to:</p><ul><li><a href="#section-...">": the links and
    # their label are the page's table of contents, the section headings stay
    assert body[0].startswith("Two years after the first Pocket Forge arrived")
    assert "Release date" in body
    assert len(body) == 10
    for classes in ("jump-to", "jumpLinks", "jump-links"):
        assert kind_of_class_and_id(classes, None) is Kind.NAV, classes


def test_a_contents_label_over_links_to_the_page_s_sections_goes_whatever_its_class() -> None:
    body = _body(
        "body/explainer_contents_label_unclassed.html",
        "https://www.framerate.example/hardware/pocket-forge-2-rumours/",
    )
    # "<div class="box"><p>In this article:</p><ul><li><a href="#section-release">...": an
    # unclassed table of contents, its label closed by a colon
    assert body[0].startswith("Two years after the first Pocket Forge arrived")
    assert "In this article:" not in body
    assert len(body) == 10


def test_a_long_sourcing_blurb_over_the_story_s_sources_goes() -> None:
    body = _body(
        "body/health_news_sourcing_blurb_over_sources.html",
        "https://www.vitalnotes.example/articles/walks-after-meals-blood-sugar",
    )
    # the site's blurb on its sourcing guidelines, near 500 characters long, is the page's;
    # the story's source under it stays
    assert not any("strict sourcing guidelines" in line for line in body)
    assert body[-1].startswith("Okafor B, et al. (2025).")


def test_an_opinion_disclaimer_may_say_here_before_its_verb() -> None:
    body = _body(
        "body/points_blog_editorial_disclaimer.html",
        "https://www.mileageledger.com/lie-flat-lisbon-transferable-points/",
    )
    assert body[-1].startswith("With a little flexibility, a lie-flat seat")
    assert not any("Editorial disclaimer" in line for line in body)
    assert _is_notice("The views expressed herein are those of the author.")
    assert _is_notice("Opinions expressed on this site do not reflect those of our sponsors.")
    # (a story's sentence on views someone expressed)
    assert not _is_notice("The views expressed here last week drew hundreds of letters.")


def test_an_op_ed_note_and_member_appeals_linked_whole_go() -> None:
    body = _body(
        "body/ghost_op_ed_member_callout.html",
        "https://www.harbourledger.example/opinion-grain-corridor-insurers/",
    )
    # the editor's note ("... are those of the authors and do not purport to reflect ...")
    # and the appeals wholly linked to the membership and donation pages, a callout card
    # and a paragraph between the story's, are the site's
    assert body[-1].startswith("Ilse Varga is a maritime economist")
    assert not any("member" in line or "Give what you can" in line for line in body)
    assert len(body) == 8
    assert _is_notice("Opinions expressed in the comment pages are the writers' own.")
    assert _is_notice("This essay does not purport to reflect the opinions of the board.")


def test_a_law_firm_s_disclaimer_under_its_alert_goes() -> None:
    body = _body(
        "body/law_firm_client_alert_disclaimer.html",
        "https://www.carrowpell.com/en/insights/publications/2025/04/"
        "delaware-court-narrows-advance-notice-bylaw-challenges",
    )
    assert body[-1].startswith("We will continue to follow how the Court of Chancery")
    assert not any("legal advice" in line for line in body)


def test_a_legal_disclaimer_is_told_by_its_wording() -> None:
    assert _is_notice("This alert does not constitute legal advice.")
    assert _is_notice("Reading this page does not create an attorney-client relationship.")
    assert _is_notice("ATTORNEY ADVERTISING. Prior results do not guarantee a similar outcome.")
    # (a story's sentences on advertising rules and on a chatbot's answers)
    assert not _is_notice("The bar eased its rules on attorney advertising in 2019.")
    assert not _is_notice("The chatbot said its answers were not a lawyer's, the firm said.")


def test_a_rush_transcript_notice_goes_under_the_show_s_running_order() -> None:
    body = _body(
        "body/cable_show_rush_transcript.html",
        "https://transcripts.newschannel.example/show/md/date/2025-03-19/segment/01",
    )
    assert not any("RUSH TRANSCRIPT" in line for line in body)
    assert "[08:00:00]" in body
    assert body[-1].startswith("BRENNER: We will keep watching that.")


def test_a_site_s_own_rights_line_pointing_to_its_terms_goes_under_its_transcript() -> None:
    # a radio network's transcript closed by its own notice, "Copyright © 2025 NPR. All
    # rights reserved. Visit our website terms of use ...": the site's, though its name is
    # a wire's too (a wire's notice on another site's copy stays: see test_body_edges)
    body = _body(
        "body/radio_transcript_own_terms_line.html",
        "https://www.npr.org/2025/06/02/nx-s1-5400101/volunteer-firefighters-aging",
    )
    assert body[-1].startswith("OSTROWSKI: The state has started paying")
    assert not any("terms of use" in line or "rights reserved" in line for line in body)
    assert len(body) == 7
    assert _is_notice(
        "Copyright © 2025 NPR. All rights reserved. Visit our website terms of use and "
        "permissions pages at www.npr.org for further information."
    )
    assert not _is_notice(
        "Copyright 2025 NPR. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed."
    )


def test_a_transcript_titled_by_the_site_alone_takes_its_title_line_as_headline() -> None:
    # "<title>WRN.com - Transcripts</title>" names the site by its domain and the show's
    # og:title the site's show: the running order the page shows as its title line, which
    # is also its description, is the headline, and no line of the transcript
    html = (FIXTURES / "body/cable_transcript_site_named_title.html").read_bytes()
    article = newsparse.parse(
        html,
        url="https://transcripts.wrn.com/show/er/date/2025-08-21/segment/01",
        registry=newsparse.Registry(),
    )
    assert article.headline == (
        "Bridge Closure Snarls Evening Commute; Interview With State Transportation Secretary"
        " Lionel Haskett; Wildfire Smoke Returns To The Valley. Aired 5-6p ET"
    )
    body = article.body.split("\n\n")
    assert body[0] == "[17:00:00]"
    assert body[1].startswith("NORA VANCE, WRN ANCHOR: Good evening.")
    assert not any("Bridge Closure Snarls" in line for line in body)


def _required_runs(items: list[tuple[object, object]]) -> list[str]:
    """The runs of literal characters that every match of a parsed alternative holds (its
    literals in sequence; anything else, optional or not, ends a run)."""
    from re import _constants as sre

    runs, run = [], ""
    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value)
        else:
            runs.append(run)
            run = ""
    return [*runs, run]


def _alternatives(pattern: re.Pattern[str]) -> list[list[str]]:
    """The required literal runs of each of the pattern's top-level alternatives."""
    from re import _constants as sre
    from re import _parser

    items = list(_parser.parse(pattern.pattern, pattern.flags))
    branch = next((index for index, (op, _) in enumerate(items) if op is sre.BRANCH), None)
    if branch is None:
        return [_required_runs(items)]
    # (a prefix all alternatives share is parsed out before the branch)
    prefix, suffix = items[:branch], items[branch + 1 :]
    return [
        _required_runs([*prefix, *list(alternative), *suffix])
        for alternative in items[branch][1][1]
    ]


@pytest.mark.parametrize(
    ("pattern", "hints"),
    [
        (OPINION_DISCLAIMER, OPINION_DISCLAIMER_HINTS),
        (HEALTH_DISCLAIMER, HEALTH_DISCLAIMER_HINTS),
        (LEGAL_DISCLAIMER, LEGAL_DISCLAIMER_HINTS),
        (AFFILIATE_EARNING, AFFILIATE_EARNING_HINTS),
    ],
)
def test_every_wording_of_a_disclaimer_holds_one_of_its_hints(
    pattern: re.Pattern[str], hints: tuple[str, ...]
) -> None:
    # (the pattern is searched only when a hint is in the line: a wording that held none
    # would never be found)
    assert not pattern.flags & re.IGNORECASE
    for runs in _alternatives(pattern):
        assert any(hint in run for hint in hints for run in runs), runs


@pytest.mark.parametrize("name", ["articleDisclaimer", "post-disclaimer", "disclaimer"])
def test_an_outlet_s_disclaimer_box_under_the_story_goes_however_long(name: str) -> None:
    # "<div class="articleDisclaimer"><p><em>Disclaimer: Ledgerline is an independent media
    # outlet ...</em></p><p><em>© 2025 ...</em></p></div>" after the story's block: its
    # notice on its owners, prose enough to pass for a section of the story
    html = (FIXTURES / "body/markets_explainer_quick_take.html").read_text("utf-8")
    url = "https://www.ledgerline.example/post/80412/tokenised-treasury-funds-explainer"
    page = html.replace('class="articleDisclaimer"', f'class="{name}"')
    body = newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1].startswith("For now, most issuers limit sales to qualified investors")
    assert not any("independent media outlet" in line for line in body)
    assert len(body) == 8


def test_an_outlet_s_disclosure_box_under_the_story_goes_however_long() -> None:
    # "<div class="article-disclosure"><h5>Disclosure &amp; Policies</h5><p>Blockwire is an
    # independent newsroom ...</p></div>" after the story's block inside the <article>: the
    # outlet's notice on its owners and policies, as a box classed "disclosure" alone
    body = _body(
        "body/crypto_markets_article_disclosure_box.html",
        "https://www.blockwire.example/markets/2025/06/03/ether-options-traders-pay-up-for-downside-protection/",
    )
    assert body[-1].startswith("Ruiz said the skew could flip quickly once the upgrade")
    assert not any("Disclosure" in line or "independent newsroom" in line for line in body)
    assert len(body) == 6


def test_an_author_s_position_note_classed_as_a_disclosure_stays() -> None:
    # the same class on a paragraph of prose closing the story: the author's own note on
    # what they hold, which the story keeps
    html = (FIXTURES / "body/crypto_markets_article_disclosure_box.html").read_text("utf-8")
    url = "https://www.blockwire.example/markets/2025/06/03/ether-options-traders-pay-up-for-downside-protection/"
    note = (
        "Lena Okafor holds small amounts of ether and bitcoin, below the newsroom's "
        "disclosure threshold. Blockwire has no position in any of the assets mentioned."
    )
    closing = 'goes back to calls."</p></div>'
    page = html.replace(closing, f'{closing}\n<p class="article-disclosure"><em>{note}</em></p>')
    body = newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1] == note
    assert not any("independent newsroom" in line for line in body)


def test_a_closing_paragraph_classed_disclaimer_stays() -> None:
    # "<p class="article--disclaimer"><em>The author teaches ... The views are hers.</em></p>"
    # closing an opinion's own block: its note on its author, which the story keeps
    html = (FIXTURES / "body/markets_explainer_quick_take.html").read_text("utf-8")
    url = "https://www.ledgerline.example/post/80412/tokenised-treasury-funds-explainer"
    note = (
        "Tomas Reinholt is a former bond trader and the author of a book on market plumbing. "
        "The views in this piece are his own and not necessarily those of the newsroom."
    )
    page = html.replace(
        "lets it keep growing.</p>",
        f'lets it keep growing.</p>\n<p class="article--disclaimer"><em>{note}</em></p>',
    )
    body = newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1] == note
    assert not any("independent media outlet" in line for line in body)


def test_an_outlet_s_investor_disclaimer_beside_the_story_s_block_goes() -> None:
    # "<div class="articleDisclaimer"><p><em>Disclaimer: ... is the majority investor of
    # ...</em></p></div>" a sibling of the story's block, prose enough to score as a block of
    # the story: the outlet's notice on its owners, printed under every story
    html = (FIXTURES / "body/crypto_explainer_investor_disclaimer.html").read_bytes()
    url = "https://www.ledgerline.example/post/81207/stablecoin-issuers-shorter-bills"
    body = newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1].startswith("Analysts estimate the cost at a few basis points")
    assert not any("majority investor" in line for line in body)
    assert len(body) == 8


def test_a_podcast_s_note_on_its_machine_made_transcript_goes() -> None:
    # under a "Transcript" heading: "This transcript was generated using automated software
    # ... Please check the corresponding audio before quoting." is the site's note, no line
    # of the show
    body = _body(
        "body/podcast_post_automated_transcript_note.html",
        "https://www.fenwickcourier.example/podcasts/marsh-notes/2025/04/22/town-recycling/",
    )
    assert not any("automated software" in line for line in body)
    assert body[1] == "Transcript"
    assert body[2].startswith("Wren Castellano: From the Fenwick Courier")
    assert len(body) == 6
    # a story's sentence about a transcript stays
    root = lxml.html.fromstring(
        "<div><p>The court released the transcript on Friday, and lawyers for both sides "
        "said it was generated from the judge's own recording.</p></div>"
    )
    assert not is_transcript_notice(score_tree(root).unit_of[root[0]])


def test_a_site_s_ban_on_crawling_its_content_for_ai_goes() -> None:
    # "<p class="text-muted small">Dilarang keras mengambil konten, melakukan crawling atau
    # pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari ...</p>" closing
    # the story's block after its credits: the site's notice, no line of the story
    html = (FIXTURES / "body/wire_story_crawl_ban_notice_id.html").read_bytes()
    url = "https://www.kabarkepulauan.example/berita/551203/harga-cabai-rawit-turun"
    body = newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert not any("Dilarang keras" in line for line in body)
    assert body[0].startswith("Surabaya (KK) - Harga cabai rawit")
    assert any(line.startswith("Meski demikian, pedagang berharap") for line in body)


def test_a_site_s_reprint_terms_under_the_story_go() -> None:
    # "<p class="reprintTerms">Ссылка на ... обязательна. Полное или частичное копирование
    # материалов без письменного согласия редакции запрещено.</p>" after the story's block:
    # the site's terms for reprinting its stories, no line of the story
    body = _body(
        "body/ru_site_reprint_terms_after_story.html",
        "https://gornye-vesti.example/ekonomika/52210_fermeryi_perehodyat_na_kapelnoe_oroshenie/",
    )
    assert body[-1].startswith("В управлении рассчитывают")
    assert not any("копирование" in line for line in body)
    assert len(body) == 5


@pytest.mark.parametrize(
    "text",
    [
        "Materiallardan foydalanilganda Kunlik.uz saytiga giperhavola koʻrsatilishi shart.",
        "Iqtibos keltirilganda manba ko‘rsatilishi shart.",
        "Мэдээллийг ашиглахдаа эх сурвалж заан ашиглана уу.",
        "При использовании материалов сайта активная гиперссылка обязательна.",
    ],
)
def test_reprint_terms_in_more_languages_are_page_notices(text: str) -> None:
    assert _is_notice(text)


def test_a_story_s_sentence_on_copying_stays() -> None:
    assert not _is_notice(
        "Суд обязал компанию прекратить копирование чужих программ и выплатить штраф."
    )


def test_a_reader_column_s_note_that_the_writer_answers_for_it_goes() -> None:
    body = _body(
        "body/reader_column_responsibility_note.html",
        "https://kolom.wartanusantara.example/d-552031/perpustakaan-desa-butuh-pustakawan",
    )
    # the writer's note stays; the outlet's line that the writer answers for the text goes
    assert body[-1].startswith("Dewi Anggraini Saputra, pengajar")
    assert not any("tanggung jawab" in line for line in body)
    assert _is_notice("Isi artikel di luar tanggung jawab redaksi.")
    assert _is_notice("Der Gastbeitrag gibt nicht unbedingt die Meinung der Redaktion wieder.")
    assert _is_notice("Les tribunes publiées n'engagent que leurs auteurs.")
    assert _is_notice("Este texto no refleja necesariamente la opinión del diario.")
    assert _is_notice("El contenido es responsabilidad exclusiva del autor.")
    assert _is_notice("Os artigos assinados não refletem necessariamente a opinião do jornal.")
    assert _is_notice("Le opinioni espresse in questo articolo sono esclusivamente dell'autore.")
    # (a story's sentences holding the same words)
    assert not _is_notice("Os números não refletem necessariamente a realidade das escolas.")
    assert not _is_notice("Perbaikan jalan itu menjadi tanggung jawab pemerintah kabupaten.")


def test_a_think_tank_s_note_that_it_takes_no_positions_goes() -> None:
    body = _body(
        "body/think_tank_qa_positions_note.html",
        "https://www.meridianpolicy.example/analysis/what-would-regional-grain-reserve-change",
    )
    assert body[-1].startswith("Tomasz Reyes is a senior fellow")
    assert not any("Policy Questions is produced" in line for line in body)
    assert _is_notice("The foundation does not take institutional positions on policy issues.")
    assert not _is_notice("The union does not take positions on candidates, its leader said.")


def test_a_paper_s_invitation_to_send_letters_goes() -> None:
    body = _body(
        "body/letters_page_invitation.html",
        "https://www.dailyledger.example/education/2025/jun/03/rural-bus-cuts-leave-pupils-stranded",
    )
    assert body[-1].startswith("David Okoro")
    assert not any("letter" in line for line in body)
    assert _is_notice("To submit a letter to the editor, write to the address below.")


def test_a_letters_invitation_after_a_follow_us_line_goes_with_it() -> None:
    # a letters page's closing lines after the writer's signature: the opinion desk's
    # follow-us line, then "Send us a letter to the editor at ... Letters should be no more
    # than 200 words": the paper's, not the letter's
    body = _body(
        "body/advance_letter_follow_and_letters_invitation.html",
        "https://www.shoreherald.example/opinion/2025/07/our-county-parks-need-more-than-summer-staff-letters.html",
    )
    assert body[-1] == "Walter Brennan, Toms River"
    assert not any("Follow on X" in line or "letter to the editor" in line for line in body)
    assert _is_notice("Letters must not exceed 300 words and may be edited for length.")
    # (a story's sentence asking for letters to someone else stays)
    assert not _is_notice("Residents can send a letter to the council before the vote on Friday.")


def test_a_closing_bar_of_reactions_controls_goes() -> None:
    body = _body(
        "body/tribune_reactions_bar.html",
        "https://www.quotidienducentre.example/idees/article/2025/03/04/petites-lignes-ferroviaires_4410021.html",
    )
    # the signatories' line closes the story; the bar's "Contribuer" and "Réutiliser ce
    # contenu" are the site's controls
    assert body[-1].startswith("Premiers signataires")
    assert not any("Contribuer" in line or "Réutiliser" in line for line in body)


def test_a_webinar_promo_between_an_interview_s_answers_goes() -> None:
    body = _body(
        "body/trade_interview_webinar_promo.html",
        "https://finopsweekly.example/close-process/how-one-cfo-rebuilt-month-end-close/",
    )
    # the box's label, title and date line are the site's promo; the answers around it stay
    assert not any("Webinar" in line or "Sponsored by" in line for line in body)
    assert not any("intercompany reconciliation" in line for line in body)
    assert body[2].startswith("The reconciliations.")
    assert body[3] == "How did you get people to give up their own files?"
    assert len(body) == 7


def test_a_whitepaper_teaser_between_a_news_story_s_paragraphs_goes() -> None:
    # TYPO3 news: "<div class="whitepaper-teaser">" between the paragraphs of the
    # "news-text-wrap", its label, linked title, sponsor line ("Anzeige | Ein Angebot von
    # ...") and download button all the site's promo, as a webinar's
    body = _body(
        "body/typo3_news_whitepaper_teaser.html",
        "https://www.warenfluss.example/news/kuehlkette/frostbahn-uebernimmt-zwei-standorte-in-sachsen",
    )
    assert not any("Whitepaper" in line or "Energiekosten" in line for line in body)
    assert body[3].startswith("Das Bundeskartellamt muss dem Kauf noch zustimmen.")
    assert body[4] == "Investitionen in Technik"
    assert len(body) == 8


def test_a_transcript_s_machine_and_human_generated_notice_goes() -> None:
    # "Notice: Transcripts are machine and human generated ... They may contain errors." over
    # a news show's transcript is the site's note, no line of the show
    body = _body(
        "body/broadcast_video_transcript_notice.html",
        "https://www.eveningreport.example/show/why-a-prairie-county-is-paying-farmers-to-keep-their-wetlands",
    )
    assert not any("machine and human generated" in line for line in body)
    assert any(line.startswith("Anchor Reid Mallory: Every spring") for line in body)
    # "they may contain errors" tells the note only in a line that names the transcript
    root = lxml.html.fromstring(
        "<div><p>Inspectors pulled the county's old flood maps last year, saying they may "
        "contain errors.</p></div>"
    )
    assert not is_transcript_notice(score_tree(root).unit_of[root[0]])
