"""Whether a unit's commas are evidence of sentences.

Commas separate clauses in prose, so a paragraph's commas raise its score as story text. A
comma-separated list of short items (user names, tags, keywords) has a comma every word or
two and no sentence structure: its commas are no evidence at all.
"""

from __future__ import annotations

# Below this mean stretch of text between two commas (effective characters, so CJK clauses of
# a few characters still pass), the commas separate list items, not clauses.
_MIN_CLAUSE_LENGTH = 18


def clause_commas(length: int, commas: int) -> int:
    """The commas of a unit of ``length`` effective characters that count as clause breaks."""
    if commas and length < _MIN_CLAUSE_LENGTH * (commas + 1):
        return 0
    return commas
