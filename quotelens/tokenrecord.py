"""The token record of :mod:`quotelens.segment` (re-exported there, where every stage imports it from)."""

from __future__ import annotations

from collections.abc import Iterator

_Fields = tuple[str, int, int, str, bool, bool]
_NAMES = ("text", "start", "end", "lower", "is_word", "is_capitalised")


class Token:
    """A token with its offsets. It compares, hashes, orders, unpacks, pickles and prints as the named
    tuple it was (``Token(text, start, end, lower, is_word, is_capitalised)``), but it is a class with
    slots: every rule reads its fields, and CPython 3.11 reads a slot in a few instructions where it
    reads a named tuple's field through a descriptor call (those reads were ~5 % of the instructions
    of load_article)."""

    __slots__ = ("end", "is_capitalised", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int, lower: str, is_word: bool, is_capitalised: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = lower  # text.lower(), kept because every rule asks for it
        self.is_word = is_word  # starts with a letter or digit
        self.is_capitalised = is_capitalised  # starts with an upper-case letter

    def _tuple(self) -> _Fields:
        return (self.text, self.start, self.end, self.lower, self.is_word, self.is_capitalised)

    def __iter__(self) -> Iterator[str | int | bool]:
        return iter(self._tuple())

    def __getitem__(self, i: int) -> str | int | bool:
        return self._tuple()[i]

    def __len__(self) -> int:
        return len(_NAMES)

    def __eq__(self, other: object) -> bool:
        return self._tuple() == (other._tuple() if isinstance(other, Token) else other)

    def __lt__(self, other: Token) -> bool:
        return self._tuple() < other._tuple()

    def __le__(self, other: Token) -> bool:
        return self._tuple() <= other._tuple()

    def __gt__(self, other: Token) -> bool:
        return self._tuple() > other._tuple()

    def __ge__(self, other: Token) -> bool:
        return self._tuple() >= other._tuple()

    def __hash__(self) -> int:
        return hash(self._tuple())  # (the named tuple's hash: a set of tokens keeps its order)

    def __repr__(self) -> str:
        return "Token(" + ", ".join(f"{n}={v!r}" for n, v in zip(_NAMES, self._tuple(), strict=True)) + ")"

    def __reduce__(self) -> tuple[type[Token], _Fields]:
        return (Token, self._tuple())
