"""Paragraphs, sentences and clauses of ``Document.text``, with offsets, for the extractors.

Sentences end at ``. ! ? ؟`` (not inside numbers like ``3.5`` or one-letter abbreviations like
``أ.ف.ب``) or at a line break; clauses split sentences at ``، ؛ :`` outside quotes, so an
attribution and its quoted content stay apart.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Final

from .document import Document, Segment
from .normalize import find_all

# A line from its first to its last non-space character: a paragraph, trimmed (``\s`` and
# ``str.isspace`` are one test).
_LINE: Final = re.compile(r"\S(?:[^\n]*\S)?")
# A sentence end: terminal punctuation (with closing quotes/brackets) followed by space or end.
# (Led by the class, then its repeat: a pattern led by ``[…]+`` is tried at every position, one led
# by a class skips to the next candidate in C, ~3x faster.)
_TERMINALS: Final = ".!?؟…"  # what a sentence end opens on (``str.find`` finds them for ``_sentence_ends``)
_SENTENCE_END: Final = re.compile(f"[{_TERMINALS}][{_TERMINALS}]*" + r"[\"”»)\]']*(?=\s|$)")
_DIGITS: Final = frozenset("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
_CLAUSE_OR_QUOTE_CHARS: Final = "،؛;:,“«”»"  # (``str.find`` finds each for ``segment``)
_CLAUSE_OR_QUOTE: Final = re.compile(f"[{_CLAUSE_OR_QUOTE_CHARS}]")
_OPEN_QUOTE: Final = "“«"
_CLOSE_QUOTE: Final = "”»"


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    """The segment without surrounding whitespace, or None when nothing is left."""
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
    return Segment(start, end) if end > start else None


def _not_an_end(text: str, dot: int) -> bool:
    """A dot after a digit (``3.5``) or after a lone letter (``أ.ف.ب``, ``د.``) ends nothing."""
    if dot == 0:
        return False
    before = text[dot - 1]
    if before in _DIGITS:
        return True
    if "\u0621" <= before <= "\u064a":
        return dot < 2 or text[dot - 2].isspace() or text[dot - 2] == "."
    return False


def _cut(text: str, seg: Segment, ends: Iterable[int]) -> list[Segment]:
    """``seg`` cut after each position in ``ends`` (ascending), whitespace trimmed."""
    out, start = [], seg.start
    for end in [*ends, seg.end]:
        piece = _trimmed(text, start, end)
        if piece:
            out.append(piece)
        start = end
    return out


def split_sentences(text: str, para: Segment) -> list[Segment]:
    return _cut(text, para, (m.end() for m in _SENTENCE_END.finditer(text, para.start, para.end)
                             if not _not_an_end(text, m.start())))


def _clause_ends(text: str, sent: Segment) -> Iterator[int]:
    """Clause punctuation that is not inside “…” or «…» quotes."""
    depth = 0
    for m in _CLAUSE_OR_QUOTE.finditer(text, sent.start, sent.end):
        ch = m.group()
        if ch in _OPEN_QUOTE:
            depth += 1
        elif ch in _CLOSE_QUOTE:
            depth = max(0, depth - 1)
        elif depth == 0:
            yield m.end()


def split_clauses(text: str, sent: Segment) -> list[Segment]:
    return _cut(text, sent, _clause_ends(text, sent))


def _clause_ends_at(text: str, sent: Segment, marks: list[int]) -> list[int]:
    """``_clause_ends`` of ``sent`` from ``marks``, the positions of every clause mark or quote
    of the text (sorted)."""
    out = []
    depth = 0
    for k in range(bisect_left(marks, sent.start), bisect_left(marks, sent.end)):
        ch = text[marks[k]]
        if ch in _OPEN_QUOTE:
            depth += 1
        elif ch in _CLOSE_QUOTE:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(marks[k] + 1)
    return out


def _sentence_ends(text: str) -> list[int]:
    """Where each sentence of ``text`` ends, as ``_SENTENCE_END.finditer`` finds them (that are
    ends): the pattern tried only at a terminal character ``str.find`` finds, as it can start
    nowhere else (a scan by the class tests each character against it, several times slower)."""
    ends: list[int] = []
    matched_to = 0
    for at in find_all(text, _TERMINALS):
        if at >= matched_to:
            m = _SENTENCE_END.match(text, at)
            if m is not None:
                matched_to = m.end()
                if not _not_an_end(text, at):
                    ends.append(matched_to)
    return ends


def _pieces(text: str, start: int, cuts: list[int], lo: int, hi: int, end: int, out: list[Segment]) -> None:
    """``_cut`` of ``[start, end)`` at ``cuts[lo:hi]``, appended to ``out``: the whitespace
    trimmed by stepping over it in place (most pieces have none, or one space after a comma),
    where ``_cut`` made a list, a call per piece and sliced and stripped copies."""
    for k in range(lo, hi + 1):
        cut = cuts[k] if k < hi else end
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Segment(s, e))
        start = cut


def segment(doc: Document) -> None:
    """Fill ``doc.paragraphs``, ``doc.sentences`` and ``doc.clauses``.

    The sentence ends and the clause marks are found by one scan of the whole text each (no
    match runs over a paragraph's edge: they hold no space), and each paragraph and sentence
    takes its share by binary search, as ``split_sentences`` and ``split_clauses`` would find
    them with a scan per paragraph and per sentence. Paragraphs come trimmed from their scan
    (``_LINE``: its first to its last non-space character)."""
    text = doc.text
    doc.paragraphs = paragraphs = [Segment(m.start(), m.end()) for m in _LINE.finditer(text)]
    ends = _sentence_ends(text)
    sentences: list[Segment] = []
    for p in paragraphs:
        _pieces(text, p.start, ends, bisect_right(ends, p.start), bisect_right(ends, p.end), p.end, sentences)
    doc.sentences = sentences
    marks = find_all(text, _CLAUSE_OR_QUOTE_CHARS)
    clauses: list[Segment] = []
    for s in sentences:
        ends = _clause_ends_at(text, s, marks)
        _pieces(text, s.start, ends, 0, len(ends), s.end, clauses)
    doc.clauses = clauses
