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
    """``[start, end)`` of each boilerplate line, its line break included.

    Every pattern opens on ``^``, so the alternation is tried at each line's start only, as
    ``finditer`` would find it (a match may run over a line break: the lines it covers are not
    tried again); ``finditer`` tried it at every character."""
    pattern = _patterns()
    spans: list[tuple[int, int]] = []
    matched_to = 0
    line = 0
    while line >= 0:
        if line >= matched_to:
            m = pattern.match(text, line)
            if m is not None:
                matched_to = m.end()
                end = text.find("\n", line)
                end = len(text) if end < 0 else end + 1
                if not spans or line >= spans[-1][1]:
                    spans.append((line, end))
        nl = text.find("\n", line)
        line = nl + 1 if nl >= 0 else -1
    return spans
