"""raw text → Document: repair evasion spellings, restore spaces lost around link text, drop
boilerplate, segment. One offset map."""
from __future__ import annotations

from bisect import bisect_left

from ..model import DocMeta
from .boilerplate import boilerplate_lines
from .document import Document, EditBuilder
from .repair import find_repairs
from .segment import segment
from .unglue import lost_spaces


def prepare(original: str, meta: DocMeta) -> Document:
    """Build the analysis text and its map back to ``original`` in one pass over the edits.

    Repairs are logged everywhere (a read-also line's evasions are still evasions), but the
    text the extractors read leaves boilerplate lines out.
    """
    repairs, edits = find_repairs(original)
    for i in lost_spaces(original):  # link text glued to its neighbours: not an evasion, no repair
        if i not in edits:
            edits[i] = " " + original[i]
    positions = sorted(edits)
    builder = EditBuilder(original)
    kept_from = 0
    for drop_start, drop_end in boilerplate_lines(original) + [(len(original), len(original))]:
        pos = kept_from
        for k in range(bisect_left(positions, kept_from), bisect_left(positions, drop_start)):
            i = positions[k]
            builder.keep(pos, i)
            builder.put(edits[i], i)
            pos = i + 1
        builder.keep(pos, drop_start)
        kept_from = drop_end
    text, offsets = builder.build()
    doc = Document(original=original, text=text, offsets=offsets, meta=meta, repairs=repairs)
    segment(doc)
    return doc
