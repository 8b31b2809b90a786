"""Spaces that scraping lost around link text: ``مراسلالميادينفي`` → ``مراسل الميادين في``.

An outlet's pages link its own name (``الميادين``, ``للميادين``), and the scraped text joins the
link to the words on both sides. Every later stage reads words, so the space goes back in before
they run; it is an edit of the text (kept in the offset map), not a repair of an evasion spelling.
The names are data (``data/link_names.tsv``).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

_LETTERS = "\u0621-\u064a"
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653))  # tanween, short vowels, shadda, sukun
# The word's own proclitics before the name (والميادين، بالميادين، وللميادين): no space was lost.
_PROCLITICS = frozenset(["", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"])
# Prepositions stay glued: after them the outlet and a town of the same name read alike (حديثه
# إلى الميادين, "to the town of Mayadin"), and the glued form keeps the places stage off the town.
_PREPOSITIONS = frozenset(["إلى", "الى", "عبر", "على", "في", "من", "مع", "عن"])


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The word part before a link name, the name (as ال… or لل…), and a letter right after it."""
    with resources.files("rasid.data").joinpath("link_names.tsv").open(encoding="utf-8") as fh:
        names = [row["name_ar"] for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    stems = "|".join(re.escape(n[2:]) for n in names if n.startswith("ال"))
    return re.compile(f"([{_LETTERS}{_MARKS}]*?)((?:ال|لل)(?:{stems}))(?=([{_LETTERS}]?))")


def lost_spaces(text: str) -> list[int]:
    """Positions in ``text`` before which scraping lost a space: where a link name starts glued
    to the word before it, and where the word glued after it starts."""
    out: list[int] = []
    for m in _pattern().finditer(text):
        before = m.group(1).rstrip(_MARKS)
        if before not in _PROCLITICS and before not in _PREPOSITIONS:
            out.append(m.start(2))
        if m.group(3):
            out.append(m.end(2))
    return out
