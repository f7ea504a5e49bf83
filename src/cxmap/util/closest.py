""""Did you mean ...?" with bounded work.

:func:`difflib.get_close_matches` compares a word with every known word.  With a
few hundred known ids that is nothing; a map of 3,000 touchpoints whose 3,000
``next`` references are all near misses made 9 million comparisons (minutes).

:class:`Closest` keeps difflib's judgement (the same ratio and cutoff) but asks
it only about the few known words most like the word asked: the ones sharing
the most three-letter pieces with it, found through an index built once.  Small
vocabularies are still compared in full, so ordinary maps get exactly the
hints they always got.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable

#: up to this many known words everything is compared (the old behaviour)
FULL_SCAN = 300
#: the known words difflib compares for one question on a large vocabulary
CANDIDATES = 40
#: index entries read for one question (the rarest pieces first)
POSTINGS = 4000


def _pieces(word: str) -> set[str]:
    padded = f"\0{word.lower()}\0"
    return {padded[i:i + 3] for i in range(max(len(padded) - 2, 1))}


class Closest:
    """The known word closest to a word, in bounded time per question."""

    def __init__(self, known: Iterable[str]) -> None:
        self.known = list(dict.fromkeys(known))
        self._index: dict[str, list[int]] | None = None

    def _candidates(self, word: str) -> list[str]:
        if len(self.known) <= FULL_SCAN:
            return self.known
        if self._index is None:
            index: dict[str, list[int]] = defaultdict(list)
            for number, known in enumerate(self.known):
                for piece in _pieces(known):
                    index[piece].append(number)
            self._index = dict(index)
        lists = sorted((self._index.get(piece, []) for piece in _pieces(word)), key=len)
        shared: Counter[int] = Counter()
        budget = POSTINGS
        for numbers in lists:
            if not numbers or budget <= 0:
                continue
            take = numbers[:budget]
            shared.update(take)
            budget -= len(take)
        return [self.known[n] for n, _ in shared.most_common(CANDIDATES)]

    def match(self, word: str, cutoff: float = 0.6) -> str | None:
        """The closest known word at least ``cutoff`` alike (difflib's ratio)."""
        close = difflib.get_close_matches(word, self._candidates(word), n=1, cutoff=cutoff)
        return close[0] if close else None


def closest(word: str, known: Iterable[str], cutoff: float = 0.6) -> str | None:
    """One question to a fresh :class:`Closest` (build one to ask many)."""
    return Closest(known).match(word, cutoff)
