"""Paragraphs, sentences and clauses of ``Document.text``, with offsets, for the extractors.

Sentences end at ``. ! ? ؟`` (not inside numbers like ``3.5`` or one-letter abbreviations like
``أ.ف.ب``) or at a line break; clauses split sentences at ``، ؛ :`` outside quotes, so an
attribution and its quoted content stay apart.
"""
from __future__ import annotations

import re

from .document import Document, Segment

_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence end: terminal punctuation (with closing quotes/brackets) followed by space or end.
_SENTENCE_END = re.compile(
    r"(?<![0-9\u0660-\u0669])(?<!\s[\u0621-\u064a])(?<!^[\u0621-\u064a])(?<!\.[\u0621-\u064a])"
    r"[.!?؟…]+[\"”»)\]']*(?=\s|$)")
_CLAUSE_END = re.compile(r"[،؛;:,]")
_OPEN_QUOTE = "“«"
_CLOSE_QUOTE = "”»"


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(start, end) if end > start else None


def split_sentences(text: str, para: Segment) -> list[Segment]:
    out, start = [], para.start
    for m in _SENTENCE_END.finditer(text, para.start, para.end):
        seg = _trimmed(text, start, m.end())
        if seg:
            out.append(seg)
        start = m.end()
    seg = _trimmed(text, start, para.end)
    if seg:
        out.append(seg)
    return out


def split_clauses(text: str, sent: Segment) -> list[Segment]:
    """Split at clause punctuation that is not inside “…” or «…» quotes."""
    out, start, depth = [], sent.start, 0
    for i in range(sent.start, sent.end):
        ch = text[i]
        if ch in _OPEN_QUOTE:
            depth += 1
        elif ch in _CLOSE_QUOTE:
            depth = max(0, depth - 1)
        elif depth == 0 and _CLAUSE_END.match(ch):
            seg = _trimmed(text, start, i + 1)
            if seg:
                out.append(seg)
            start = i + 1
    seg = _trimmed(text, start, sent.end)
    if seg:
        out.append(seg)
    return out


def segment(doc: Document) -> None:
    """Fill ``doc.paragraphs``, ``doc.sentences`` and ``doc.clauses``."""
    text = doc.text
    doc.paragraphs = [s for m in _PARAGRAPH.finditer(text) if (s := _trimmed(text, m.start(), m.end()))]
    doc.sentences = [s for p in doc.paragraphs for s in split_sentences(text, p)]
    doc.clauses = [c for s in doc.sentences for c in split_clauses(text, s)]
