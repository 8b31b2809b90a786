"""The repaired document and its one offset map back to the original text.

Every stage reads ``Document.text`` (repaired, boilerplate dropped) and reports spans through
``Document.to_original`` — the only place that knows how the two texts line up.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from ..model import DocMeta, Repair, Span


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of ``Document.text``: a paragraph, sentence or clause (``[start, end)``)."""

    start: int
    end: int


class EditBuilder:
    """Builds an output text from an original, keeping for each output character its source.

    Stages that rewrite text (repair, boilerplate) append kept runs, replacements and
    deletions; the result is the new text and an index map with one entry per output
    character plus a final sentinel (``len(original)``).
    """

    __slots__ = ("original", "_parts", "_index")

    def __init__(self, original: str) -> None:
        self.original = original
        self._parts: list[str] = []
        self._index = array("i")

    def keep(self, start: int, end: int) -> None:
        if end > start:
            self._parts.append(self.original[start:end])
            self._index.extend(range(start, end))

    def put(self, text: str, source: int) -> None:
        """Emit ``text`` standing for the original character at ``source``."""
        self._parts.append(text)
        self._index.extend([source] * len(text))

    def build(self) -> tuple[str, array]:
        self._index.append(len(self.original))
        return "".join(self._parts), self._index


@dataclass
class Document:
    """One article on its way through the pipeline."""

    original: str
    text: str
    index: array  # index[i] = original position of text[i]; index[len(text)] = len(original)
    meta: DocMeta
    repairs: list[Repair] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    sentences: list[Segment] = field(default_factory=list)
    clauses: list[Segment] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> Span:
        """Map ``[start, end)`` of ``text`` to the original characters that produced it."""
        if end <= start:
            pos = self.index[start] if start < len(self.text) else len(self.original)
            return (pos, pos)
        return (self.index[start], self.index[end - 1] + 1)

    def original_text(self, start: int, end: int) -> str:
        """The original characters behind ``text[start:end]`` (the evidence as written)."""
        s, e = self.to_original(start, end)
        return self.original[s:e]
