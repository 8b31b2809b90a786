"""The repaired document and its one offset map back to the original text.

Every stage reads ``Document.text`` (repaired, boilerplate dropped) and reports spans through
``Document.to_original`` — the only place that knows how the two texts line up.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..model import DocMeta, Repair, Span


@dataclass(slots=True, unsafe_hash=True, init=False)
class Segment:
    """A stretch of ``Document.text``: a paragraph, sentence or clause (``[start, end)``).
    Hashable by value; never changed after it is made."""

    start: int
    end: int

    # Written out (init=False): mypyc compiles this one; the generated one runs interpreted, ~7x slower.
    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


class OffsetMap:
    """Where each character of a rewritten text came from in the original.

    Stored as runs that advance together (text position ``t_starts[k]`` ↔ original position
    ``o_starts[k]``), so building it costs one entry per edit rather than one per character.
    Both directions are a binary search; both sequences are monotone.
    """

    __slots__ = ("o_starts", "orig_len", "t_starts", "text_len")

    def __init__(self, t_starts: list[int], o_starts: list[int], text_len: int, orig_len: int) -> None:
        self.t_starts, self.o_starts = t_starts, o_starts
        self.text_len, self.orig_len = text_len, orig_len

    def original(self, t: int) -> int:
        """Original position of text position ``t`` (``text_len`` maps to ``orig_len``)."""
        if t >= self.text_len:
            return self.orig_len
        k = bisect_right(self.t_starts, t) - 1
        return self.o_starts[k] + (t - self.t_starts[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``(original(start), original(end - 1) + 1)`` for ``start < end``: one binary search
        where both ends lie in one run (most spans: a word, a phrase), as every stage maps its
        spans back."""
        last = end - 1
        if last >= self.text_len:
            return self.original(start), self.orig_len + 1
        ts = self.t_starts
        k = bisect_right(ts, start) - 1
        base = self.o_starts[k] - ts[k]
        if k + 1 < len(ts) and last >= ts[k + 1]:
            return base + start, self.original(last) + 1
        return base + start, base + last + 1

    def text(self, o: int) -> int:
        """The first text position whose original position is ``>= o``."""
        k = bisect_right(self.o_starts, o) - 1
        if k < 0:
            return 0
        t = self.t_starts[k] + (o - self.o_starts[k])
        run_end = self.t_starts[k + 1] if k + 1 < len(self.t_starts) else self.text_len
        if t >= run_end:  # o fell in a deleted stretch: next kept character
            return run_end
        return t


class EditBuilder:
    """Builds an output text from an original, keeping for each output character its source.

    Stages that rewrite text (repair, boilerplate) append kept runs and replacements; the
    result is the new text and its ``OffsetMap``.
    """

    __slots__ = ("_len", "_o", "_parts", "_t", "original")

    def __init__(self, original: str) -> None:
        self.original = original
        self._parts: list[str] = []
        self._t: list[int] = []
        self._o: list[int] = []
        self._len = 0

    def keep(self, start: int, end: int) -> None:
        if end > start:
            self._parts.append(self.original[start:end])
            self._t.append(self._len)
            self._o.append(start)
            self._len += end - start

    def put(self, text: str, source: int) -> None:
        """Emit ``text`` standing for the original character at ``source``."""
        for ch in text:
            self._parts.append(ch)
            self._t.append(self._len)
            self._o.append(source)
            self._len += 1

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._t, self._o, self._len, len(self.original))


@dataclass
class Document:
    """One article on its way through the pipeline."""

    original: str
    text: str
    offsets: OffsetMap
    meta: DocMeta
    repairs: list[Repair] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    sentences: list[Segment] = field(default_factory=list)
    clauses: list[Segment] = field(default_factory=list)
    published_at: str | None = None  # the publication stamp as given, its local time kept (``extract.dates``)

    def to_original(self, start: int, end: int) -> Span:
        """Map ``[start, end)`` of ``text`` to the original characters that produced it."""
        if end <= start:
            pos = self.offsets.original(start)
            return (pos, pos)
        return self.offsets.span(start, end)

    def to_text(self, start: int, end: int) -> tuple[int, int]:
        """Map an original ``[start, end)`` to the stretch of ``text`` it became (may be empty)."""
        return (self.offsets.text(start), self.offsets.text(end))

    def original_text(self, start: int, end: int) -> str:
        """The original characters behind ``text[start:end]`` (the evidence as written)."""
        s, e = self.to_original(start, end)
        return self.original[s:e]
