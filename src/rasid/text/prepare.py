"""raw text → Document: repair evasion spellings, drop boilerplate, segment. One offset map."""
from __future__ import annotations

from ..model import DocMeta
from .boilerplate import boilerplate_lines
from .document import Document, EditBuilder
from .repair import find_repairs
from .segment import segment


def prepare(original: str, meta: DocMeta) -> Document:
    """Build the analysis text and its map back to ``original`` in a single pass of edits."""
    repairs, char_edits = find_repairs(original)
    dropped = boilerplate_lines(original)
    builder = EditBuilder(original)
    pos = 0
    edit_positions = sorted(char_edits)
    k = 0
    for start, end in dropped + [(len(original), len(original))]:
        while k < len(edit_positions) and edit_positions[k] < start:
            i = edit_positions[k]
            if i >= pos:
                builder.keep(pos, i)
                builder.put(char_edits[i], i)
                pos = i + 1
            k += 1
        builder.keep(pos, start)
        pos = max(pos, end)
        while k < len(edit_positions) and edit_positions[k] < end:
            k += 1
    text, index = builder.build()
    kept = [r for r in repairs if not any(s <= r.span[0] < e for s, e in dropped)]
    doc = Document(original=original, text=text, index=index, meta=meta, repairs=kept)
    segment(doc)
    return doc
