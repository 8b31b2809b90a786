"""Denial targets: whose claim a denial answers (the body it names, the report it calls false, or
a claim told shortly before), and the outlets that only carry a claim, which are not its target.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Final

from ...model import Claim
from ...text.normalize import fold
from ..speakers import SpeakerRef, Tok, classes, strip_conj
from .article import _Article, _Raw
from .countries import _country_stems
from .tokens import _CARRIED, _CARRIED_WORDS, _OUTLET_TAIL, _TAIL_WORDS, _TARGET_KINDS, _THAT


# (folded) a preposition or place word before a country or its adjective: there it names a place
_PLACE_BEFORE: Final = frozenset(fold(w) for w in ("في", "داخل", "قرب", "إلى", "الحدود", "الأراضي", "حدود", "أراضي",
                                                   "شمال", "جنوب", "شرق", "غرب"))
_COUNTRY_KINDS: Final = frozenset({"adjective", "metonym"})
_TRUTH: Final = fold("صحة")  # نفى صحة الأنباء …: the reports follow


def _circulating(toks: list[Tok], k: int, hi: int) -> bool:
    """Whether the denied words open on a claim that circulates with no source (أنباء متداولة،
    صحة التقارير المنتشرة; claim_words.tsv circulating): unnamed sources' claim."""
    k += k < hi and toks[k].form == _TRUTH
    return k + 1 < hi and "claimref" in classes(strip_conj(toks[k].form)) \
        and "circulating" in classes(toks[k + 1].form)


def _targets(art: _Article, sp: SpeakerRef, span: tuple[int, int] | None, cue_i: int) -> list[str]:
    """The body whose claim a denial answers: the one named right after a claim word (``ما
    ذكرته وزارة …``, ``ادعاءات …``, ``ما تداولته وسائل الإعلام``) in the content or the sentence;
    failing that, the first body there that makes statements (not an armed group)."""
    toks = art.toks
    s0, s1 = art.sent_start(cue_i), art.sent_end(cue_i)
    lo, hi = span if span else (toks[s0].start, toks[s1 - 1].end)
    if span and _circulating(toks, bisect_left(art.starts, lo), bisect_left(art.starts, hi)):
        return ["Unnamed sources"]
    after_speaker = bisect_left(art.starts, sp.end)  # مصدر عسكري سوري: the speaker's own adjective
    for scope in ((lo, hi), (toks[s0].start, toks[s1 - 1].end)):
        first = country = None  # (a country named is the fallback's fallback: سوريا تدين بيانَي الخارجية الفرنسية …)
        ks = range(bisect_left(art.starts, scope[0]), bisect_left(art.starts, scope[1]))
        for k in ks:
            m = toks[k].mention
            own = sp.start <= toks[k].start < sp.end
            if m is None or m.canonical in {"outlet", "Civilians"} or own \
                    or m.canonical == sp.org and sp.org != "Unnamed sources" \
                    or m.kind == "adjective" and k == after_speaker:
                continue  # (one unnamed source may deny another: مسؤول ينفي ما يتداوله إعلام دولي)
            if sp.org_ar and toks[k].form in fold(sp.org_ar):
                continue
            if m.kind == "media" and (_go_between(toks, k, ks.start) or _relays(art, k, sp)) \
                    or _in_outlet_tail(toks, k, ks.start):
                continue  # في تصريح لصحيفة "الوطن" / في بيان نقلته وكالة "سانا": who carried the denial, not whom it answers
            if any("claimref" in classes(strip_conj(toks[x].form)) for x in range(max(ks.start, k - 3), k)):
                return [m.canonical]
            if m.kind in _COUNTRY_KINDS and k > ks.start and strip_conj(toks[k - 1].form) in _PLACE_BEFORE:
                continue  # قرب الحدود السورية / في سوريا: a place, no claimant
            if first is None and m.kind in _TARGET_KINDS - {"metonym"}:
                first = m.canonical
            elif country is None and m.kind == "metonym" and not (
                    sp.org and m.canonical.startswith("Government of ") and sp.org.startswith(_country_stems(m.canonical))):
                country = m.canonical  # (not the speaker's own: نفت الخارجية الإيرانية أي علاقة لطهران)
        if first is not None or country is not None:
            return [first or country or ""]
    return []


def _in_outlet_tail(toks: list[Tok], k: int, lo: int) -> bool:
    """Does the body at ``k`` only describe an outlet (لصحيفة "الوطن" المقربة من النظام)?"""
    for n in range(k - 1, max(lo, k - _TAIL_WORDS) - 1, -1):
        if toks[n].form in {"،", ","}:
            return False
        if toks[n].form in _OUTLET_TAIL and n > lo + 1:
            return toks[n - 1].mention is not None and toks[n - 1].mention.kind == "media" \
                or toks[n - 1].form == '"' and toks[n - 2].mention is not None and toks[n - 2].mention.kind == "media"
    return False


def _go_between(toks: list[Tok], k: int, lo: int) -> bool:
    """Is the outlet at ``k`` the one a speaker spoke to (``لصحيفة "…"``، ``لـ"…"``) or the one
    that carried his statement (``في بيان نقلته وكالة …``)?"""
    n = k - (k > lo and toks[k - 1].form == '"')
    if toks[n].form.startswith("ل") and toks[n].mention is not None or n > lo and toks[n - 1].form == "ل":
        return True
    t = n - ("typenoun" in classes(toks[n - 1].form)) if n > lo else n  # نقلته وكالة "سانا"
    return t > lo + 1 and toks[t - 1].form in _CARRIED and strip_conj(toks[t - 2].form) in _CARRIED_WORDS


_RELAYER_BEFORE: Final = 4  # words between a relaying outlet and ``عن`` before its source (وكالة "سانا" الرسمية عن)


def _relays(art: _Article, k: int, sp: SpeakerRef) -> bool:
    """Is the outlet at ``k`` the one that relayed the speaker (``نقلت وكالة سانا عن مصدر عسكري
    … نافياً``): it stands before the speaker with ``عن`` between them, and is not whom he denies."""
    toks = art.toks
    first = bisect_left(art.starts, sp.start)
    return k < first <= k + _RELAYER_BEFORE + 1 and any(toks[x].form == "عن" for x in range(k + 1, first))


_BACK_SENTENCES: Final = 2  # how far back a denial that names no one may answer a claim (ونفى الحزب ذلك)


def _answered(art: _Article, raws: list[_Raw], claims: list[Claim], n: int) -> list[str]:
    """A denial that names no one (``ونفى حزب الله ذلك``, ``نفت … هذه الأنباء``) answers the last
    claim another body made just before it (its sentence or the two before), not a denial (by its
    verb or by its words: وهو ما وصفه ناشطون بأنه «كذب»)."""
    r = raws[n]
    s = art.toks[r.cue_i].sent
    org = r.speaker.org
    for m in range(n - 1, -1, -1):
        prev = raws[m]
        if s - art.toks[prev.cue_i].sent > _BACK_SENTENCES:
            break
        if prev.speaker.org and prev.speaker.org != org and claims[m].stance != "deny" \
                and prev.speaker.org != "Unnamed sources":
            return [prev.speaker.org]
    return []


def _denied_before(art: _Article, raws: list[_Raw], claims: list[Claim], n: int) -> list[str]:
    """A denial that names no one, right after its speaker denied someone (``نفت الحركة
    ادعاءات الإعلام الإسرائيلي … وأكدت أنّ لا علاقة لها …، نافيةً كل الادعاءات``): it goes on
    denying the same."""
    s = art.toks[raws[n].cue_i].sent
    org = raws[n].speaker.org
    for m in range(n - 1, -1, -1):
        if s - art.toks[raws[m].cue_i].sent > _BACK_SENTENCES:
            break
        c = claims[m]
        if c.speaker.org == org and org is not None and c.stance == "deny" and c.targets:
            return [t.org for t in c.targets if t.org]
    return []


_TO_BE: Final = frozenset({"يكون", "تكون", "يكونوا", "يكونا", "تكونا"})
_SUBJECT_WORDS: Final = 6  # words between أن يكون and قد: the subject


def _denied_perfect(toks: list[Tok], i: int) -> bool:
    """``أن يكون X قد قال`` before the cue at ``i`` (its قد at ``i - 1``): the clause a denial or a
    doubt is about (نفى أن يكون الوفد قد أبلغ …), not a statement made."""
    s = toks[i].sent
    for n in range(i - 2, max(0, i - 2 - _SUBJECT_WORDS), -1):
        if toks[n].sent != s:
            return False
        if toks[n].form in _TO_BE:
            return n > 0 and toks[n - 1].form in _THAT
    return False


def _cut_at(art: _Article, span: tuple[int, int], k: int) -> tuple[int, int]:
    """``span`` ended before token ``k`` and the commas before it."""
    n = k
    while n > 0 and art.toks[n - 1].form in {"،", ","}:
        n -= 1
    return (span[0], max(span[0], art.toks[n - 1].end)) if n > 0 else span


def _one_spaced(surface: str | None) -> str | None:
    """A name as the text writes it, with each run of spaces (``\xa0 ``) made one space."""
    return " ".join(surface.split()) if surface else surface
