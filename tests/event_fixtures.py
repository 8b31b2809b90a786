"""Places handed straight to ``find_events`` in the events tests, so each test fixes the
places (and their gazetteer ranks) and checks only the events stage."""
from __future__ import annotations

from rasid.model import Place


def places_in(text: str, rows: list[tuple]) -> list[Place]:
    """Places from (name, kind, admin1, gazetteer id[, which occurrence]) rows: each at all its
    occurrences in ``text``, or only at the chosen one (so two places may share a name: a
    governorate and its capital); a negative choice keeps them all."""
    out = []
    for k, (name, kind, admin1, gid, *nth) in enumerate(rows, 1):
        spans, start = [], 0
        while (i := text.find(name, start)) >= 0:
            spans.append((i, i + len(name)))
            start = i + len(name)
        if nth and nth[0] >= 0:
            spans = [spans[nth[0]]]
        out.append(Place(id=f"p{k}", name=None, name_ar=name, lat=None, lon=None, admin1=admin1, spans=spans,
                         kind=kind, gazetteer_id=gid))
    return out
