"""tokens.per_token_list: answers remembered for the last token list, right when threads share it."""

from __future__ import annotations

import sys
import threading

from quotelens.attribution.tokens import per_token_list


def test_answers_are_remembered_for_the_last_list_only():
    calls = []

    @per_token_list
    def first_of(tokens, i):
        calls.append((id(tokens), i))
        return tokens[i]

    a, b = ["a0", "a1"], ["b0", "b1"]
    assert [first_of(a, 1), first_of(a, 1), first_of(b, 1), first_of(a, 1)] == ["a1", "a1", "b1", "a1"]
    assert len(calls) == 3  # (a's answer was dropped when b was asked about)


def test_two_threads_never_get_each_others_answers():
    @per_token_list
    def word(tokens, i):
        return tokens[i]

    lists = [[f"{t}-{i}" for i in range(8)] for t in ("x", "y")]
    wrong = []

    def read(tokens):
        for n in range(20_000):
            i = n % 8
            if word(tokens, i) != tokens[i]:
                wrong.append((tokens[i], i))

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # (switch threads as often as the interpreter allows)
    try:
        threads = [threading.Thread(target=read, args=(t,)) for t in lists]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert wrong == []
