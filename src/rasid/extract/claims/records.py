"""Turning raw claims into records: merging spellings of one speaker, envoys and people named
twice, naming battlefield speakers, then building the ``Claim``s with their evidence, targets and
the claims a denial answers.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from typing import Final

from ...model import Claim, Speaker, Target, TextSpan
from ...text.document import Document
from ...text.normalize import fold
from ..speakers import SpeakerRef, classes, same_person, strip_conj, surname_differs
from .article import _Article, _Raw
from .countries import _country_adjectives, _country_stems, _defence_ministries
from .denials import _answered, _denied_before, _one_spaced, _targets
from .what_ma import _described, _what_it


def _merge_spellings(raws: list[_Raw]) -> None:
    """A body the tables lack, named in full once and shortened after (قيادة العمليات المشتركة …
    قيادة العمليات), is one speaker: the shorter name takes the fuller one that contains its words; so do
    two spellings whose own name words one holds all of (موقع ذي كونفرزيشن الأسترالي / موقع شبكة …)."""
    bodies = {r.speaker.org_ar for r in raws if r.speaker.org is None and not r.speaker.name and r.speaker.org_ar}
    if len(bodies) < 2:
        return
    words = {b: [w.removeprefix("ال") for w in fold(b).split()] for b in bodies}
    fuller = {}
    for b in bodies:
        n = len(words[b])  # its words open the fuller name (قناة تي is no قناة إن تي في …)
        wider = [c for c in bodies if len(words[c]) > n and words[c][:n] == words[b]]
        full = max(wider, key=len) if wider else None
        if full is not None and all(words[full][:len(words[c])] == words[c] for c in wider):
            fuller[b] = full  # (two different fuller bodies: the short name stays, it may be either)
    cores = {b: _core(words[b]) for b in bodies if b not in fuller}
    for b, core in cores.items():  # موقع ذي كونفرزيشن الأسترالي / موقع شبكة ذي كونفرزيشن الأسترالية
        same = [c for c, other in cores.items() if len(core) >= 2 and core <= other]
        full = max(same, key=lambda c: (len(c), c)) if same else b  # (one of equal spellings, the same for each)
        if full != b:
            fuller[b] = full
    for r in raws:
        sp = r.speaker
        if sp.org is None and not sp.name and sp.org_ar in fuller:
            r.speaker = replace(sp, org_ar=fuller[sp.org_ar])


def _core(words: list[str]) -> frozenset[str]:
    """A body's own name words, its type nouns left out and لل، ة folded away (شبكة، موقع; للاشتراكيين →
    اشتراكيين; الأسترالية → استرالي): two spellings of one body share them."""
    out = set()
    for w in words:
        w = w.strip('"«»“”()')
        if not w or "typenoun" in classes(w):
            continue
        w = w[2:] if w.startswith("لل") else w  # (لل: the article's ل after a genitive's ال)
        out.add(w.removeprefix("ال").removesuffix("ه"))
    return frozenset(out)


_INSIDE_WORDS: Final = frozenset({"في", "داخل"})  # (folded) مصدر في وزارة …، مصادر داخل الحركة


def _body_words(words: list[str]) -> tuple[str, ...]:
    """A body's folded words without ال, to compare spellings (الخارجية / خارجية)."""
    return tuple(w.removeprefix("ال") for w in words)


def _merge_inner_sources(raws: list[_Raw]) -> None:
    """An unnamed source placed in a body that speaks itself in the article (``قال مصدر رسمي في
    وزارة الخارجية السورية`` beside ``وقالت الوزارة في بيان``) is that body's official voice: one
    speaker, as a body and its spokesperson are. A body that does not speak keeps its source
    unnamed (مسؤول في وزارة الدفاع الأميركية alone)."""
    bodies = {_body_words(fold(r.speaker.org_ar).split()): r.speaker for r in raws
              if r.speaker.org and r.speaker.org != "Unnamed sources" and r.speaker.org_ar and not r.speaker.name}
    if not bodies:
        return
    for r in raws:
        sp = r.speaker
        if sp.org != "Unnamed sources" or not sp.org_ar or sp.name:
            continue
        words = fold(sp.org_ar).split()
        at = next((n for n, w in enumerate(words) if w in _INSIDE_WORDS), None)
        body = bodies.get(_body_words(words[at + 1:])) if at is not None else None
        if body is not None:
            r.speaker = replace(sp, org=body.org, kind=body.kind)


_ENVOYS: Final = frozenset(fold(w) for w in ("مندوب", "مندوبة", "المندوب", "المندوبة", "سفير", "سفيرة", "السفير",
                                             "السفيرة", "ممثل", "الممثل"))


def _envoy(sp: SpeakerRef) -> bool:
    """An envoy (مندوب سوريا لدى الأمم المتحدة، السفير الإيراني) speaks for his mission, not as his
    state's spokesperson: the state's own nameless claims (الدولة السورية تشدّد) take no name of his,
    a later nameless السفير does."""
    return bool(sp.role) and _envoy_role(sp.role)


@lru_cache(maxsize=4096)
def _envoy_role(role: str) -> bool:
    """Whether a role's first word names an envoy (per role string: a document repeats its roles)."""
    return strip_conj(fold(role.split()[0])) in _ENVOYS


def _surname_with_article(full: str, bare: str) -> bool:
    """A lone surname spelt with the article its full name lacks, or without the one it has
    (``السيد الخامنئي`` after ``علي خامنئي``): the same person. The surname only: a given name
    shared this way (``عادل عبد المهدي``, ``أبو مهدي المهندس``) is none."""
    words = full.split()
    if len(words) < 2 or " " in bare:
        return False
    last = words[-1]
    return bare != last and len(bare) > 3 and ("ال" + bare == last or "ال" + last == bare)


_UMBRELLAS: Final = frozenset({"Syrian National Army", "Syrian opposition factions"})  # many factions, one name in the tables


def _merge_people(raws: list[_Raw]) -> None:
    """A body and its named spokesperson are one speaker: nameless claims of a body take the
    nearest named person of that body (the scorer's and the annotators' convention)."""
    for r in raws:  # بوتين يؤكد … / الرئيس الروسي فلاديمير بوتين: one person, one body
        sp = r.speaker
        if sp.name and not sp.org:
            full = next((x.speaker for x in raws if x.speaker.org and x.speaker.name
                         and (same_person(x.speaker.name_forms, sp.name_forms)
                              and not surname_differs(x.speaker.name, fold(sp.name).split())
                              or _surname_with_article(fold(x.speaker.name), fold(sp.name)))), None)
            if full is not None:
                r.speaker = SpeakerRef(full.name, full.title, full.role, full.org, full.org_ar, full.kind,
                                       sp.start, sp.end, full.name_forms)
    named: dict[tuple[str, bool], list[int]] = {}  # body (its envoys apart) → indexes of its claims with a
    for m, x in enumerate(raws):                   # named speaker, ascending
        if x.speaker.org and x.speaker.name:
            named.setdefault((x.speaker.org, _envoy(x.speaker)), []).append(m)
    for n, r in enumerate(raws):
        sp = r.speaker
        key = (sp.org or "", _envoy(sp))  # السفير الإيراني takes the envoy's name, الدولة السورية no envoy's
        if sp.name or not sp.org or sp.org == "Unnamed sources" or sp.org.endswith(" media") or sp.kind == "media" \
                or not named.get(key):
            # (Israeli media is many outlets and their reporters, no one spokesperson)
            continue
        ks = named[key]
        at = bisect_left(ks, n)  # the nearest named claim of the body; the earlier one on a tie
        m = ks[at - 1] if at and (at == len(ks) or n - ks[at - 1] <= ks[at] - n) else ks[at]
        best = raws[m].speaker
        if sp.org in _UMBRELLAS and sp.org_ar and best.org_ar \
                and not set(fold(sp.org_ar).split()) & set(fold(best.org_ar).split()):
            continue  # فرقة الحمزة after the spokesman of الفيلق الثالث: two factions the tables join under one name
        r.speaker = SpeakerRef(best.name, best.title, best.role, sp.org, sp.org_ar, sp.kind, sp.start, sp.end,
                               best.name_forms)
        ks.insert(at, n)  # named now itself, for the claims after it


def _battlefield_speakers(art: _Article, raws: list[_Raw]) -> None:
    """A country named as the speaker of a battlefield report (``ادّعت روسيا انسحاب قوات … من
    مواقعها``) speaks through its defence ministry; its political statements stay its government's."""
    ministries = _defence_ministries()
    swapped: dict[int, SpeakerRef] = {}
    for r in raws:
        sp = r.speaker
        if sp.kind != "metonym" or sp.org not in ministries or r.content is None:
            continue
        if id(sp) not in swapped:
            lo, hi = bisect_left(art.starts, r.content[0]), bisect_left(art.starts, r.content[1])
            words = {strip_conj(t.form) for t in art.toks[lo:hi] if t.kind == "w"}
            if sum("battle" in classes(w) for w in words) < 2:
                continue
            swapped[id(sp)] = SpeakerRef(sp.name, sp.title, sp.role, ministries[sp.org], sp.org_ar, "ministry",
                                         sp.start, sp.end, sp.name_forms)
        r.speaker = swapped[id(sp)]
    if swapped:
        for r in raws:  # participles that continue such a claim
            if id(r.speaker) in swapped:
                r.speaker = swapped[id(r.speaker)]


def _evidence(doc: Document, start: int, end: int) -> TextSpan:
    """The original characters behind ``doc.text[start:end]`` and their span (mapped once)."""
    s, e = doc.to_original(start, end)
    return TextSpan(text=doc.original[s:e], span=(s, e))


def _country_body(target: str, earlier: list[Claim]) -> str:
    """``نفى … الرواية الروسية``: a country named by its adjective stands for the body of that
    country whose claim the article reported last (the Russian Ministry of Defence)."""
    if not target.startswith("Government of "):
        return target
    stems = _country_stems(target)
    for c in reversed(earlier):
        org = c.speaker.org or ""
        if c.stance != "deny" and org != target and org.startswith(stems) \
                and any(w in org for w in ("Ministry", "Presidency", "Reconciliation")):
            return org
    return target


_VOICES: Final = ("Ministry of Foreign Affairs", "Presidency")  # the organs a country's name stands for (not its army:
# روسيا beside وزارة الدفاع الروسية stays a claim of its own)
_NOT_ORGANS: Final = frozenset({"unnamed", "media", "metonym", "adjective"})  # a country's sources, press, or itself again


def _organ_of(country: str, sp: SpeakerRef) -> bool:
    """Is ``sp`` a voice of ``country`` (``Government of Syria``): its foreign ministry or presidency
    speaking as a body (``وزارة الخارجية السورية``، ``الرئاسة السورية``; not a minister, named or by
    office: لافروف beside روسيا is a second speaker), named by its nationality or by the tables?"""
    if not sp.org or sp.name or sp.role or sp.org == country or sp.kind in _NOT_ORGANS or not sp.org.endswith(_VOICES):
        return False
    adjectives = _country_adjectives().get(country, frozenset())
    return bool(sp.org_ar and adjectives & set(fold(sp.org_ar).split())) or sp.org.startswith(_country_stems(country))


def _country_as_organ(raws: list[_Raw]) -> None:
    """``تؤكّد سوريا أنّ …`` in an article where its foreign ministry speaks as a body: the country's
    name is that ministry's voice (the annotators' convention), so its nameless claims are the
    nearest such body's (one speaker, not two)."""
    for n, r in enumerate(raws):
        sp = r.speaker
        if sp.kind != "metonym" or sp.name or not sp.org or not sp.org.startswith("Government of "):
            continue
        organs = [(abs(m - n), m) for m, x in enumerate(raws) if _organ_of(sp.org, x.speaker)]
        if organs:
            best = raws[min(organs)[1]].speaker
            r.speaker = replace(best, start=sp.start, end=sp.end)


def _build(art: _Article, raws: list[_Raw]) -> list[Claim]:
    doc, toks = art.doc, art.toks
    _battlefield_speakers(art, raws)
    _country_as_organ(raws)
    _merge_people(raws)
    _merge_spellings(raws)
    _merge_inner_sources(raws)
    claims: list[Claim] = []
    pending: list[tuple[int, str]] = []
    for n, r in enumerate(raws, 1):
        stance = r.cue.stance
        content = None
        targets: list[str] = []
        if r.content:
            cs, ce = r.content
            content = _evidence(doc, cs, ce)
            framed = art.framing(cs, ce)
            if framed is None and art.doubted_after(ce):
                framed = "allege"
            if framed == "deny" and stance != "admit" or framed == "allege" and stance == "assert":
                stance = framed  # (an admission keeps its stance: وأقرّ قائلاً "… وضعاً أمنياً غير صحيح" concedes)
        if stance == "deny":
            answered = _answered(art, raws, claims, n - 1) if _what_it(toks, r.cue_i) else []  # …، وهو ما نفته …
            if _described(toks, r.cue_i, r.cue) and n >= 2 and raws[n - 2].speaker.org \
                    and raws[n - 2].speaker.org != r.speaker.org and toks[raws[n - 2].cue_i].sent == toks[r.cue_i].sent:
                answered = [raws[n - 2].speaker.org]  # …، وهي رواية وصفتها X بأنها «افتراء»: the claim just told
            targets = [_country_body(t, claims) for t in
                       (answered or _targets(art, r.speaker, r.content, r.cue_i)
                        or _denied_before(art, raws, claims, n - 1) or _answered(art, raws, claims, n - 1))]
        sp = r.speaker
        cue_s, cue_e = toks[r.cue_i].start, toks[r.cue_j - 1].end
        claims.append(Claim(
            id=f"c{n}",
            speaker=Speaker(name=_one_spaced(sp.name), title=sp.title, role=sp.role, org=sp.org, org_ar=_one_spaced(sp.org_ar),
                            span=doc.to_original(sp.start, sp.end)),
            cue=_evidence(doc, cue_s, cue_e),
            stance=stance, content=content,
            targets=[Target(org=t) for t in targets]))
        pending.extend((n - 1, t) for t in targets)
    for idx, org in pending:  # link a denial to the claim it answers when the article carries it
        answered_id = next((c.id for c in claims if c.speaker.org == org and c.stance != "deny"), None)
        for t in claims[idx].targets:
            if t.org == org:
                t.claim = answered_id
    return claims
