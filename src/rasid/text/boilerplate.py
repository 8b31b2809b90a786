"""Lines that are the page, not the article: read-also links, share prompts, photo credits.

The patterns are data (``data/boilerplate.tsv``) so an analyst can add an outlet's furniture.
A dropped line is removed from ``Document.text``; spans elsewhere still refer to the original.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _patterns() -> re.Pattern[str]:
    with resources.files("rasid.data").joinpath("boilerplate.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows), re.MULTILINE)


def boilerplate_lines(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each boilerplate line, its line break included."""
    spans = []
    for m in _patterns().finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end + 1
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans
