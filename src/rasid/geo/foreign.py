"""Village names that stand in a foreign place's chain: Gaza's ``حي الشاطئ``, Lebanon's villages.

Syrian news reports Gaza, south Lebanon and Iraq too, and their small places share names with
Syrian villages (``الشاطئ``, ``المالكية``, ``البريج``). A village name is a weak claim (a big
town or a named area is not affected); it is dropped when a foreign place is its locator or
its list neighbour, i.e. only place words stand between them:

* after it: ``حيي الشاطئ والتفاح في غزة``, ``X جنوبي لبنان``, ``مرج الزهور اللبناني``;
* before it: ``غربي بيت لاهيا، باتجاه مخيم الشاطئ``, ``في قلقيلية وبلدة X``.

A country name counts only after the village (``X في لبنان``): before it, a country is mostly
an actor (``صواريخ من لبنان باتجاه X``, ``إسرائيل تقصف بلدة X``).

Wider, a paragraph that names foreign towns (not countries) and no Syrian town, admin unit,
area or the word Syria is a report from abroad: its village names are dropped too.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from .context import role_of, same_sentence

_WORD: Final = re.compile(r"[^\W_]+")
_CHAIN_ROLES: Final = frozenset({"prep", "direction", "countryside", "type", "types", "locative"})
MAX_GAP_WORDS: Final = 4
MAX_GAP_CHARS: Final = 60


def _chain_gap(folded: str, start: int, end: int, mates: list[tuple[int, int]], mate_starts: list[int]) -> bool:
    """Only place words (and ``و``) stand in ``folded[start:end]`` once ``mates`` (sorted; their
    starts in ``mate_starts``) are cut out."""
    if end - start > MAX_GAP_CHARS:
        return False
    pieces, pos = [], start
    for s, e in mates[bisect_left(mate_starts, start):bisect_right(mate_starts, end)]:
        if e <= end:
            pieces.append(folded[pos:s])
            pos = e
    pieces.append(folded[pos:end])
    words = _WORD.findall(" ".join(pieces))
    unknown = [w for w in words if w != "و" and role_of(w) not in _CHAIN_ROLES]
    # one conjoined word the gazetteers lack may stand in the list ("حيي الشاطئ والتفاح في غزة")
    return len(words) <= MAX_GAP_WORDS and (not unknown or (len(unknown) == 1 and unknown[0].startswith("و")))


def foreign_chained(folded: str, weak: list[tuple[int, int, bool]], strong: list[tuple[int, int]],
                    abroad: list[tuple[int, int, bool]]) -> set[int]:
    """Indexes into ``weak`` of village names chained to a foreign place.

    ``weak``: (start, end, introduced by a locative noun such as قاعدة) of village-level names;
    ``strong``: Syrian towns, admin units and areas (a Syrian locator between breaks the chain);
    ``abroad``: (start, end, is a country) of foreign names."""
    if not abroad or not weak:
        return set()
    mates = sorted((s, e) for s, e, _ in weak)
    mate_starts = [s for s, _ in mates]
    # Sorted views: each name looks only at the foreign places and Syrian locators near it (a
    # long document has thousands of each).
    abroad = sorted(abroad)
    abroad_starts = [a for a, _, _ in abroad]
    reach = MAX_GAP_CHARS + max(a_e - a_s for a_s, a_e, _ in abroad)
    strong_starts = sorted(x for x, _ in strong)
    out = set()
    for k, (s, e, locative) in enumerate(weak):
        near = abroad[bisect_left(abroad_starts, s - reach):bisect_right(abroad_starts, e + MAX_GAP_CHARS)]
        for a_s, a_e, country in near:
            if a_s >= e:  # the foreign place comes after: its locator or a list neighbour
                lo, hi = e, a_s
                if locative and not folded[lo:hi].strip():
                    continue  # "قاعدة خراب الجير الروسية": the owner, not where it lies
            elif a_e <= s and not country:  # before: a place chain ending in this name
                lo, hi = a_e, s
            else:
                continue
            if hi - lo > MAX_GAP_CHARS:
                continue
            if _any_in(strong_starts, lo, hi) or not same_sentence(folded, lo, hi):
                continue
            if _chain_gap(folded, lo, hi, mates, mate_starts):
                out.add(k)
                break
    return out


def foreign_paragraphs(folded: str, weak: list[tuple[int, int, bool]], strong: list[tuple[int, int]],
                       abroad: list[tuple[int, int, bool]]) -> set[int]:
    """Indexes into ``weak`` of village names in a paragraph about a foreign place (see above)."""
    towns = sorted(s for s, _, country in abroad if not country)
    out = set()
    if not towns:
        return out
    strong_starts = sorted(x for x, _ in strong)
    for k, (s, e, _) in enumerate(weak):
        lo = folded.rfind("\n", 0, s) + 1
        hi = folded.find("\n", e)
        hi = len(folded) if hi < 0 else hi
        if _any_in(towns, lo, hi) and not _any_in(strong_starts, lo, hi) and "سوري" not in folded[lo:hi]:
            out.add(k)
    return out


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``positions`` lies in ``[lo, hi)``."""
    return bisect_left(positions, lo) < bisect_left(positions, hi)
