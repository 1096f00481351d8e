"""Derive the two word lists of speaker resolution (quotelens/speakers/lexicon.py).

* ``quotelens/data/first_names.tsv``: every first name of the 1990 US Census name files that the
  ``names`` package ships (public-domain data, MIT-licensed package; a dev dependency only), with the
  share of its bearers who are women. ``Carly`` -> 1.0, ``Jordan`` -> ~0.1, ``Pat`` -> ~0.5.
* ``quotelens/data/surnames.txt``: every surname of the same census files (88,799, from ``Smith``
  to ``Keyworth``) that is never an English word of train: written in lower case inside a sentence
  fewer than three times ("street", "rock", "patient" are out; "sanders", "nanney" in). A single
  capitalised word on this list that no earlier name explains is most likely a person's surname.
* ``quotelens/data/common_words.txt``: words written in lower case at least three times in PolNeAR
  *train* and at least twice as often in lower case as capitalised inside a sentence. A capitalised
  word from this list that opens a sentence ("Continued Stone", "Like Sanders", "Supporters of ...")
  is no part of a name. Only train texts are read.

Deterministic:

    python tools/derive_speaker_lists.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "polnear" / "train"
DATA = ROOT / "quotelens" / "data"
MIN_LOWER = 3
# A lower-case word preceded by a lower-case word or a comma: inside a sentence, not its first word.
_INSIDE_RE = re.compile(r"(?<=[a-z,;] )([A-Za-z]+)\b")


def census(name: str) -> dict[str, float]:
    """{first name: percent of the population} from one census file of the names package."""
    out: dict[str, float] = {}
    for line in (resources.files("names") / name).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def first_names() -> list[str]:
    male, female = census("dist.male.first"), census("dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        # the census files give percent of men and of women; the population is about half each
        rows.append(f"{name}\t{f / (m + f):.2f}")
    return rows


def surnames(lower: Counter[str]) -> list[str]:
    lines = (resources.files("names") / "dist.all.last").read_text(encoding="ascii").splitlines()
    return sorted(
        {line.split()[0].lower() for line in lines if line.strip()} - {w for w, n in lower.items() if n >= MIN_LOWER}
    )


def counts() -> tuple[Counter[str], Counter[str]]:
    """How often each word is written in lower case and capitalised inside a sentence of train."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for path in sorted(TRAIN.glob("*.txt")):
        for m in _INSIDE_RE.finditer(path.read_text(encoding="utf-8")):
            word = m.group(1)
            (lower if word.islower() else upper)[word.lower()] += 1
    return lower, upper


def common_words(lower: Counter[str], upper: Counter[str]) -> list[str]:
    return sorted(w for w, n in lower.items() if n >= MIN_LOWER and n >= 2 * upper[w])


def main() -> int:
    names = first_names()
    (DATA / "first_names.tsv").write_text("name\tfemale_share\n" + "\n".join(names) + "\n", encoding="utf-8")
    lower, upper = counts()
    words = common_words(lower, upper)
    (DATA / "common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    last = surnames(lower)
    (DATA / "surnames.txt").write_text("\n".join(last) + "\n", encoding="utf-8")
    print(
        f"wrote {len(names)} first names, {len(last)} surnames and {len(words)} common words "
        f"to {DATA.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
