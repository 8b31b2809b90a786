from __future__ import annotations
from .document import Document, Segment

def segment(doc: Document) -> None:
    doc.paragraphs = [Segment(0, len(doc.text))]
    doc.sentences = [Segment(0, len(doc.text))]
    doc.clauses = [Segment(0, len(doc.text))]
