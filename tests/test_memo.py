"""The bounded memo that the extractor's hot lookups use."""

from __future__ import annotations

import gc

import pytest

from newsparse.memo import Memo, memoised


def test_a_value_is_computed_once_and_remembered() -> None:
    calls: list[str] = []

    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    memo = Memo(shout, 8)
    assert memo["related"] == "RELATED"
    assert memo["related"] == "RELATED"
    assert calls == ["related"]


def test_only_subscription_computes() -> None:
    memo = Memo(str.upper, 8)
    assert memo.get("share") is None
    assert "share" not in memo
    assert memo["share"] == "SHARE"
    assert memo.get("share") == "SHARE"


def test_tuple_keys_serve_functions_of_several_values() -> None:
    memo: Memo[tuple[str, str], str] = Memo(lambda names: " ".join(names), 8)
    assert memo["post-meta", "byline"] == "post-meta byline"


def test_a_full_memo_forgets_its_older_half_and_stays_within_its_limit() -> None:
    memo = Memo(len, 10)
    words = [f"token{i}" for i in range(25)]
    for word in words:
        memo[word]
        assert len(memo) <= 10
    # the most recent entries survive a purge, the oldest ones are gone
    assert words[-1] in memo
    assert words[0] not in memo


def test_memoised_function_keeps_its_answers_bounded() -> None:
    seen: list[int] = []

    @memoised(4)
    def square(number: int) -> int:
        seen.append(number)
        return number * number

    assert [square(n) for n in (2, 3, 2, 3)] == [4, 9, 4, 9]
    assert seen == [2, 3]
    for n in range(100):
        square(n)
    assert len(square.__self__) <= 4  # type: ignore[attr-defined]


def test_an_exception_in_compute_stores_nothing() -> None:
    def fail(word: str) -> str:
        raise ValueError(word)

    memo = Memo(fail, 4)
    with pytest.raises(ValueError):
        memo["x"]
    assert len(memo) == 0


def test_limit_must_leave_room_for_an_entry() -> None:
    with pytest.raises(ValueError, match="limit"):
        Memo(str.upper, 1)


def test_a_memo_of_strings_is_not_walked_entry_by_entry_by_the_collector() -> None:
    memo = Memo(str.upper, 1000)
    for i in range(500):
        memo[f"class-{i}"]
    # the collector sees the memo's values only (its string keys are skipped), never a
    # linked node per entry as with functools.lru_cache
    referents = gc.get_referents(memo)
    assert not any(isinstance(item, str) and item.startswith("class-") for item in referents)
    assert sum(isinstance(item, str) and item.startswith("CLASS-") for item in referents) == 500
    assert len(referents) < 510  # the values, the compute function, the limit and the type
