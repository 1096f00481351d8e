"""Word endings read once per word form.

In: a word (a token's lower-cased form, or its text for the possessive). Out: whether it ends so.
``str.endswith`` costs about 430 instructions a call on CPython 3.11 (its arguments are parsed through a
tuple), and the rules ask it of the same words again and again; a kept answer is read as from a dict
(bounded memos: :class:`quotelens.linear.Memo`).
"""

from __future__ import annotations

from quotelens.linear import Memo

ENDS_S: Memo[str, bool] = Memo(lambda low: low.endswith("s"))
ENDS_SS: Memo[str, bool] = Memo(lambda low: low.endswith("ss"))
ENDS_ED: Memo[str, bool] = Memo(lambda low: low.endswith("ed"))
ENDS_ING: Memo[str, bool] = Memo(lambda low: low.endswith("ing"))
ENDS_POSSESSIVE: Memo[str, bool] = Memo(lambda low: low.endswith(("’s", "'s")))  # ("Putin's", "Trump’s")
# An -s that is no plural's nor third person's: "boss", "census", "analysis"
ENDS_SINGULAR_S: Memo[str, bool] = Memo(lambda low: low.endswith(("ss", "us", "is")))
ENDS_LY: Memo[str, bool] = Memo(lambda low: low.endswith("ly"))
