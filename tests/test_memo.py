"""linear.Memo: the choosers' feature names, made once per key and kept, within a bound."""

from __future__ import annotations

from quotelens.linear import Memo


def test_a_value_is_made_once_per_key_from_the_keys_parts():
    made = []

    def names(word, lemma):
        made.append((word, lemma))
        return [f"w={word}", f"w={word}|lemma={lemma}"]

    memo = Memo(names)
    assert memo["but", "say"] == ["w=but", "w=but|lemma=say"]
    assert memo["but", "say"] is memo["but", "say"]
    assert made == [("but", "say")]


def test_a_key_that_is_no_tuple_is_passed_whole_and_the_memo_is_bounded():
    memo = Memo(str.upper, limit=3)
    assert [memo[w] for w in ("a", "b", "c")] == ["A", "B", "C"]
    assert memo["d"] == "D" and len(memo) == 1  # (full: emptied before the fourth)
