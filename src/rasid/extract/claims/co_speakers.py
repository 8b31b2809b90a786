"""A second speaker named with the first: ``أكدت موسكو وطهران``، ``بوتين وإردوغان أكدا`` — both speak."""
from __future__ import annotations

from typing import Final

from ..speakers import SpeakerRef, classes, parse_np, speaker_ok
from .article import _Article
from .tokens import _LEFT_SKIP, _PREDICATE_GAP, _dual


_CO_SPEAKER_KINDS: Final = {"government", "metonym", "ministry", "state_forces", "rebels", "militia",
                            "foreign_forces", "ngo", "media"}


def _co_speaker(art: _Article, k: int, end: int, sp: SpeakerRef) -> SpeakerRef | None:
    """A second body joined by و right after the speaker (أكدت موسكو وطهران …) speaks too."""
    toks = art.toks
    if sp.name or not sp.org or k + 1 >= end or toks[k].form != "و" or toks[k + 1].kind != "a" \
            or toks[k + 1].mention.kind not in _CO_SPEAKER_KINDS:
        return None
    np = parse_np(toks, k + 1, end)
    other = art.speaker(np) if np is not None and not np.name else None
    return other if speaker_ok(other) and other.org != sp.org else None


def _dual_co_speaker(art: _Article, i: int, sp: SpeakerRef) -> SpeakerRef | None:
    """``بوتين وإردوغان أكدا`` / ``روسيا وتركيا تؤكدان``: a dual verb after its subject ``X وY``,
    found as Y — X speaks too."""
    toks = art.toks
    if not _dual(toks[i].form):
        return None
    s = art.sent_start(i)
    p = next((n for n in range(i - 1, max(s, i - _PREDICATE_GAP) - 1, -1) if toks[n].start == sp.start), None)
    # (the subject may stand before a first verb: تركيا وروسيا تعلقان على … وتكشفان …)
    if p is None or p <= s or not (toks[p].form.startswith("و") or toks[p - 1].form == "و"):
        return None
    p -= toks[p - 1].form == "و"
    for q in range(max(s, p - 6), p):
        np = parse_np(toks, q, p)
        if np is None or np.j != p:
            continue
        bare = np.mention is None and not np.person and np.anaphor is None
        if bare and not (sp.kind == "person" and np.name and len(np.name) <= 2 and (
                q == s or toks[q - 1].kind == "p" or toks[q - 1].form in _LEFT_SKIP
                or "marker" in classes(toks[q - 1].form))):
            continue  # a bare name only beside another person, opening its clause (إن بوتين وإردوغان أكدا)
        other = art.speaker(np)
        if speaker_ok(other) and (other.org, other.name) != (sp.org, sp.name):
            return other
    return None
