from __future__ import annotations

import pytest

from newsparse.generic.metadata.datetext import _PATTERNS

# Dates of every pattern's form, and texts near them.
_SAMPLES = (
    "2019-06-05T08:00",
    "2019年6月5日",
    "2019년 6월 5일",
    "令和6年3月15日（金）",
    "June 5th, 2019 at 3:46 PM",
    "Thu Sep 21 14:07:52 BST 2006",
    "27-NOV-2026",
    "2024. május 14. 10:15",
    "2026 m. lapkričio 28 d. 14:05",
    "2026 M. LAPKRIČIO 28 D.",
    "Piektdiena, 2026. gada 27. novembris, 16:40",
    "2024 жылғы 15 наурыз 10:30",
    "2024 ЖЫЛҒЫ 15 НАУРЫЗ",
    "2024ko urriaren 28a, 09:45",
    "12-iyun 2023, 14:05",
    "ថ្ងៃសុក្រ ទី១៥ ខែមីនា ឆ្នាំ២០២៤",
    "日期：114年3月6日",
    "2024 оны 3 сарын 15, 10:23",
    "ཕྱི་ལོ་༢༠༢༤ ཟླ་༣ ཚེས་༡༥",
    "2025 ජූලි 31 ප.ව. 02:15",
    "Thứ Ba, 19 tháng 11 năm 2019",
    "19 THÁNG 11, 2019",
    "12 มี.ค. 67 05:31 น.",
    "28. 11. 2026 14:05",
    "06/05/2019",
    "12-03-2024 10:30",
    "입력 2019. 12. 5. 14:30",
    "2025 05/12 10:21:33",
    "14-03-24, 10:32",
    "Stand: 12.03.24 14:05 Uhr",
)


@pytest.mark.parametrize("text", _SAMPLES)
def test_a_patterns_cheap_test_lets_through_every_text_it_matches(text: str) -> None:
    for pattern in _PATTERNS:
        if pattern.regex.search(text) is not None:
            assert not pattern.needs or any(char in text for char in pattern.needs), pattern
            assert not (pattern.beyond_ascii and text.isascii()), pattern


def test_every_pattern_has_a_sample() -> None:
    assert all(any(p.regex.search(text) for text in _SAMPLES) for p in _PATTERNS)
