"""A match's scoreboard set inside a story: a short box of the teams, each with its score,
perhaps under the event's name and over the maps' or sets' scores ("Vanguard 2",
"Nordfrost 1", "Mirage 13-9"), closed by a link to the match's page ("Match page"). It is
the site's widget whatever its class, no text of the story; a box closed by any other link,
or holding a sentence, stays."""

from __future__ import annotations

import re

import lxml.html

from newsparse.generic.body_cues import FULL_STOP_CHARACTERS, MATCH_PATH_SEGMENTS
from newsparse.generic.body_price_boxes import box_closed_by, box_lines
from newsparse.generic.scoring import Scores
from newsparse.hosts import path_holds_segment

HtmlElement = lxml.html.HtmlElement

# The box holds at most this much text, and each of its lines is short.
_MAX_BOX_CHARS = 300
_MAX_LINE = 60
_FULL_STOPS = tuple(FULL_STOP_CHARACTERS)
# A score: a team's alone after its name ("Vanguard 2"), or a game's ("Mirage 13-9", "2:1").
_SCORE = re.compile(r"(?:^|\s)\d{1,3}$|(?<!\d)\d{1,3}\s?[-–:]\s?\d{1,3}(?!\d)")
# A scoreboard shows two scores at least (each team's).
_MIN_SCORE_LINES = 2


def match_widget_boxes(block: HtmlElement, scores: Scores) -> list[HtmlElement]:
    """The match scoreboards inside ``block`` (see the module's note), each the box that its
    closing link to the match's page ends."""
    boxes: list[HtmlElement] = []
    for link in block.iter("a"):
        if not path_holds_segment(link.get("href"), MATCH_PATH_SEGMENTS):
            continue  # (the cheap test first: most links lead to no match's page)
        found = box_closed_by(link, block)
        if found is None:
            continue
        box, closing = found
        if box in boxes or not 0 < scores.text_length.get(box, 0) <= _MAX_BOX_CHARS:
            continue
        if _holds_scores(box_lines(box, closing)):
            boxes.append(box)
    return boxes


def _holds_scores(lines: list[str] | None) -> bool:
    """Whether a box's lines are all short and none a sentence, two of them scores at
    least."""
    if not lines or any(len(line) > _MAX_LINE or line.endswith(_FULL_STOPS) for line in lines):
        return False
    return sum(1 for line in lines if _SCORE.search(line)) >= _MIN_SCORE_LINES
