"""Contract spans → flat, non-overlapping pieces of the original text, each with its marks.

Spans overlap freely (a place inside a claim's content, a figure inside an event's evidence), so
nesting HTML elements would break. Instead the text is cut at every span boundary and each piece
carries the set of records covering it; the template renders one ``<span>`` per piece and never
anything but escaped text. Offsets are Python code points, like the contract's, so no UTF-16
arithmetic happens in the browser.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Order = drawing priority in the CSS (later kinds win the background colour).
KINDS = ("event", "claim", "cue", "speaker", "figure", "place", "repair")


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: ``kind`` of record and ``ref`` (its id, e.g. ``p1``, ``c2``, ``r0``)."""

    start: int
    end: int
    kind: str
    ref: str


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the original text and the marks (kind, ref) covering all of it."""

    start: int
    end: int
    text: str
    marks: tuple[tuple[str, str], ...]

    @property
    def kinds(self) -> list[str]:
        return sorted({k for k, _ in self.marks}, key=KINDS.index)

    @property
    def refs(self) -> str:
        """``kind:ref`` tokens for the ``data-refs`` attribute (ids are ours, escaped anyway)."""
        return " ".join(f"{k}:{r}" for k, r in self.marks)


def _span(value: object) -> tuple[int, int] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return int(value[0]), int(value[1])
    return None


def marks_of(result: dict) -> Iterator[Mark]:
    """Every span in a contract object, as marks (repairs, places, speakers, cues, claims, events)."""
    for i, rep in enumerate(result.get("repairs") or []):
        if sp := _span(rep.get("span")):
            yield Mark(*sp, "repair", f"r{i}")
    for place in result.get("places") or []:
        for raw in place.get("spans") or []:
            if sp := _span(raw):
                yield Mark(*sp, "place", str(place.get("id")))
    for claim in result.get("claims") or []:
        cid = str(claim.get("id"))
        if sp := _span((claim.get("speaker") or {}).get("span")):
            yield Mark(*sp, "speaker", cid)
        if sp := _span((claim.get("cue") or {}).get("span")):
            yield Mark(*sp, "cue", cid)
        if sp := _span((claim.get("content") or {}).get("span")):
            yield Mark(*sp, "claim", cid)
    for event in result.get("events") or []:
        eid = str(event.get("id"))
        for raw in event.get("evidence") or []:
            if sp := _span(raw):
                yield Mark(*sp, "event", eid)
        for j, fat in enumerate(event.get("fatalities") or []):
            if sp := _span(fat.get("span")):
                yield Mark(*sp, "figure", f"{eid}.f{j}")


def pieces(text: str, marks: Iterable[Mark]) -> list[Piece]:
    """Cut ``text`` at every mark boundary; spans outside the text are clipped, empty ones dropped.

    A sweep over the sorted boundaries: O((n + m) log m) for m marks, whatever their overlap.
    """
    n = len(text)
    clipped = [Mark(max(0, m.start), min(n, m.end), m.kind, m.ref) for m in marks]
    clipped = [m for m in clipped if m.end > m.start]
    cuts = sorted({0, n, *(m.start for m in clipped), *(m.end for m in clipped)})
    starts: dict[int, list[Mark]] = {}
    for m in clipped:
        starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[Piece] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        seen = dict.fromkeys((m.kind, m.ref) for m in active)
        out.append(Piece(a, b, text[a:b], tuple(seen)))
    return out


def highlight(text: str, result: dict) -> list[Piece]:
    """The original ``text`` of an analysed article, cut into marked pieces for the article view."""
    return pieces(text, marks_of(result))
