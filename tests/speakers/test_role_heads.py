"""coref._heads reads each synonym's first word from a table split once: the same heads as splitting
every synonym of every family for each article, on random people's roles."""

from __future__ import annotations

import random
from types import SimpleNamespace

from quotelens.speakers import coref
from quotelens.speakers.candidates import ROLE_SYNONYMS
from quotelens.speakers.lexicon import ROLE_NOUNS


def _heads_as_written(people: list[SimpleNamespace]) -> set[str]:
    words = {w for e in people for r in e.roles for w in r.split()}
    heads = {w for w in words if w in ROLE_NOUNS}
    heads |= {h for h, syns in ROLE_SYNONYMS.items() if any(syn.split()[0] in words for syn in syns)}
    return heads


def test_role_heads_are_those_of_every_synonym_split_each_time() -> None:
    rng = random.Random(71)
    vocabulary = sorted({w for syns in ROLE_SYNONYMS.values() for syn in syns for w in syn.split()})
    vocabulary += [*sorted(ROLE_NOUNS)[:40], "former", "state", "of", "Texas", "chief of staff"]
    found = 0
    for _ in range(2_000):
        people = [
            SimpleNamespace(
                roles=[" ".join(rng.sample(vocabulary, rng.randint(1, 3))) for _ in range(rng.randint(0, 3))]
            )
            for _ in range(rng.randint(1, 4))
        ]
        want = _heads_as_written(people)
        assert coref._heads(people) == want, people  # type: ignore[arg-type]
        found += len(want - set(ROLE_NOUNS))
    assert found > 100  # (family heads found through their synonyms: the check is not vacuous)
