"""Who reports what: the claimant of an event or a figure, whose people a figure counts, and
whether a figure is about Syria at all.

The claims stage's claim around a span comes first (its body; the nearest reporting cue before
the span when several cover it); when it found none, the body named at a reporting verb of the
sentence (``وقدّرت المصادر``، ``بحسب مصادر``) — a body named in short takes the full name it had
earlier in the article; else the outlet's own voice.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from ..model import Claim
from ..text.document import Segment
from ..text.normalize import fold
from .casualties import Figure, condemns
from .claims import cue_lookup
from .event_args import same_side
from .event_text import ARMED, PROCLITICS, Layout, nationality_force, usable

_VICTIM_GAP: Final = frozenset(fold(w) for w in (
    "من", "في", "صفوف", "عناصر", "عنصرا", "تنظيم", "مسلحي", "مقاتلي", "جنود", "قوات", "مسلحا", "بين",
    "أفراد", "جماعة", "حركة", "ميليشيا", "عسكريا", "عسكريين", "منهم", "آخرين", "آخرون", "شهداء", "قتلى", "قتيلا",
    "وجرح", "وإصابة", "وأصيب", "وجرحى", "وجريحان", "وجريحين",  # (ستة عناصر وجرح آخرين من القوات الرديفة: both)
    "العسكري", "البارز", "الميداني", "الكبير", "المستشار",
    "بارز", "بارزا", "بارزين", "ميداني", "مزعوم", "قيادي", "قياديا", "قياديين",  # (اعتقال قيادي بارز في داعش)
    "قيادات", "قادة", "ضباط", "أعضاء",  # (القبض على عدد من قيادات مجلس دير الزور العسكري)
    "إرهابيا", "إرهابيين", "إرهابيون", "إرهابيي", "مسلحين", "مسلحون", "مقاتلا", "مقاتلين",
    "الجرحى", "والجرحى", "والمصابين"))  # (عدد من القتلى والجرحى، من إرهابيي الهيئة)  # (تحييد 4 إرهابيين من حزب …)  # (استشهد القائد العسكري البارز في حرس الثورة)
_VICTIM_WINDOW: Final = 5  # words, all of _VICTIM_GAP, between a figure and the force it counts
_SYRIAN: Final = re.compile(fold("سوري|سوريا|سورية"))
# A border named by its countries (``قرب الحدود مع سوريا``، ``منطقة الحدود الأردنية السورية``) places
# nothing in Syria: the attack on a base "near the border with Syria" was in Jordan.
_BORDER: Final = re.compile(fold(r"(?:حدود\S*\s+(?:مع\s+)?(?:\S+\s+){0,2}?\S*سوري\S*"
                                 r"|(?:أطلق|أُطلق|انطلق)\S*\s+من\s+(?:داخل\s+)?(?:الأراضي\s+)?\S*سوري\S*)"))
# (… and so does where the fire came from: قذيفة أُطلقت من الأراضي السورية على مخفر في ماردين)
_BORDER_WORDS: Final = ("حدود", "طلق")  # (folded) one stands in any _BORDER match: the regex is tried only then


def _sentence_claims(lay: Layout, k: int) -> dict[str, Claim]:
    """The claims whose cue stands in sentence ``k`` (by id, in the claims' order), kept per
    sentence: every cue and figure of the sentence asks."""
    out = lay.sentence_claims.get(k)
    if out is None:
        sent = lay.sentences[k]
        s0, s1 = lay.doc.to_original(sent.start, sent.end)
        out = lay.sentence_claims[k] = {c.id: c for c in lay.claims if s0 <= c.cue.span[0] < s1}
    return out


def _claim_of(lay: Layout, start: int, end: int) -> Claim | None:
    """The claim a figure is reported in: of the claims whose content holds it or whose cue
    stands in its sentence, the one with the nearest cue before it (else the nearest after)."""
    p, e = lay.doc.to_original(start, end)
    p0 = lay.doc.offsets.original(lay.paragraphs[lay.seg("p", start)].start)  # (its start alone: one mapping)
    cands = [c for (c0, c1), c in lay.claim_contents if c0 <= p and e <= c1 and c.cue.span[0] >= p0]
    # (a content that runs on past its paragraph, an unclosed quote, does not reach the next ones)
    said = _sentence_claims(lay, lay.seg("s", start))
    if cands:
        seen = {c.id for c in cands}
        cands += [c for cid, c in said.items() if cid not in seen]
    else:
        cands = list(said.values())
    # The nearest cue at or before it, else the nearest after (the first of a tie), in one pass:
    before: Claim | None = None
    after: Claim | None = None
    bq = aq = 0
    for c in cands:
        q = c.cue.span[0]
        if q <= p:
            if before is None or q > bq:
                before, bq = c, q
        elif after is None or q < aq:
            after, aq = c, q
    if before is not None or after is None:
        return before
    return None if _other_source_between(lay, end, lay.doc.to_text(*after.cue.span)[0]) else after


# Words that open another source's version (``…، في حين ذكرت الوكالة أن …``، ``بينما قال …``).
_CONTRAST: Final = frozenset(fold(w) for w in ("حين", "بينما", "فيما", "لكن", "ولكن", "غير", "أما", "المقابل"))


_OWN_SOURCE: Final = 3  # words from بحسب to a claim's cue that is still the بحسب's own (بحسب ما نقلت)


def _other_source_between(lay: Layout, end: int, cue: int) -> bool:
    """Between a figure and a later claim's cue, its own source is named (``بحسب التجمع``) or
    a contrast opens another's version: that claim does not give the figure."""
    k0, k1 = bisect.bisect_left(lay.tok_starts, end), bisect.bisect_left(lay.tok_starts, cue)
    if any(end <= s < cue and role == "report_after" and k1 - bisect.bisect_left(lay.tok_starts, s) > _OWN_SOURCE
           for s, _, role in lay.reports):
        return True  # (not بحسب ما نقلت وكالة … عن البنتاغون: that claim is the بحسب's own)
    return any(lay.toks[k].text in _CONTRAST for k in range(k0, k1))


def _reported_by(lay: Layout, start: int, end: int, topic: bool) -> str | None:
    """Who gives a figure the claims stage left unattributed: the body named at a reporting
    verb before it in its sentence (``وقدّرت المصادر``، ``حزب الله، تزف 4 شهداء``), or after
    ``بحسب``/``وفق`` following it. A body named in short (``وزارة الدفاع``، ``المصادر``)
    takes the full name it had earlier in the article. ``topic``: a verb that names no body
    may take the body that opens the sentence (not when a claim found its speaker there)."""
    sent = lay.sentences[lay.seg("s", start)]
    verbs = [(s, e) for s, e, role in lay.reports if sent.start <= s < start and role == "report"]
    afters = [(s, e) for s, e, role in lay.reports if end <= s < sent.end and role == "report_after"]
    body = _body_at_verbs(lay, start, sent, verbs, afters)
    if body:
        return body
    return _topic(lay, sent.start, verbs[-1][0]) if verbs and topic else None


def condemner_of(lay: Layout, start: int) -> str | None:
    """The body that condemns, earlier in the sentence, the attack a figure counts (``دانت الوزارة
    العدوان … الذي أدى إلى استشهاد …``، ``الوزارة تدين …``): it gives the toll. Asked only for a figure
    no claim or reporting verb gave (a condemner is no claimant nor author of the event itself)."""
    sent = lay.sentences[lay.seg("s", start)]
    k0, k1 = bisect.bisect_left(lay.tok_starts, sent.start), bisect.bisect_left(lay.tok_starts, start)
    at = next((k for k in range(k1 - 1, k0 - 1, -1) if condemns(lay.toks[k].text)), None)
    if at is None:
        return None
    return _body_at_verbs(lay, start, sent, [(lay.toks[at].start, lay.toks[at].end)], [])


def _body_at_verbs(lay: Layout, start: int, sent: Segment, verbs: list[tuple[int, int]],
                   afters: list[tuple[int, int]]) -> str | None:
    """The body named at the last reporting verb before a figure (right after it, or right
    before it as its subject), else at the first ``بحسب``/``وفق`` after it."""
    for s, e in ([verbs[-1]] if verbs else []) + afters[:1]:
        k = bisect.bisect_left(lay.tok_starts, e)
        reach = _SPOKESMAN_REACH if k < len(lay.toks) and lay.toks[k].text in _SPOKESMEN else 3
        limit = lay.toks[min(len(lay.toks) - 1, k + reach)].end  # (قال المتحدث الرسمي باسم مجلس الرقة العسكري)
        that = next((j for j in range(k, min(len(lay.toks), k + 4)) if lay.toks[j].text in _THAT), None)
        if that == k and (s, e) in verbs and _opens_sentence(lay, s, sent.start):
            went_on = _previous_speaker(lay, lay.seg("s", start))
            if went_on:
                return went_on  # (… كشفت مراسلة CNN أنّ …. وأضافت أنّ هناك 9 إصابات: still hers)
        if that is not None:  # قال مراسلنا إنّ الجيش التركي …: the body after "that" is what was said
            limit = min(limit, lay.toks[that].start)
        actors, at = lay.all_actors, lay.actor_starts  # sorted by start, none overlapping
        media = None
        for j in range(bisect.bisect_left(at, e), len(actors)):  # the bodies right after the verb
            if actors[j].start > limit:
                break
            if actors[j].kind == "civilians":
                continue  # (قال الأهالي: people, not a source the guide names)
            if actors[j].kind != "media":
                return actors[j].canonical
            media = media or actors[j].canonical
        if media and (s, e) in afters:
            return media  # وفق ما ذكرت وكالة سانا: an agency that reports is the source
        before = bisect.bisect_left(at, s)  # the bodies named before the verb: actors[:before]
        if (s, e) in verbs:
            j = before - 1  # the last one that ends before it
            while j >= 0 and actors[j].end > s:
                j -= 1
            if j >= 0 and actors[j].start >= sent.start and actors[j].kind != "civilians" \
                    and bisect.bisect_left(lay.tok_starts, s) - bisect.bisect_left(lay.tok_starts, actors[j].end) <= 2:
                return actors[j].canonical  # (the body ending the sentence before is not this verb's subject)
        head = lay.toks[k].text if k < len(lay.toks) else ""
        head = head[2:] if head.startswith("ال") and len(head) > 4 else head
        if len(head) >= 4:
            for j in range(before - 1, -1, -1):
                if _folded(actors[j].surface).startswith(head):
                    return actors[j].canonical
    return None


def _opens_sentence(lay: Layout, s: int, s0: int) -> bool:
    """The verb at ``s`` is the sentence's first word (``وأضاف``، ``وتابعت``): nothing before it
    can be its subject."""
    return bisect.bisect_right(lay.tok_starts, s) - 1 <= bisect.bisect_left(lay.tok_starts, s0)


def _previous_speaker(lay: Layout, k: int) -> str | None:
    """Who spoke in sentence ``k - 1`` (its last claim's body, else the person's name): a verb
    that opens sentence ``k`` naming no one goes on with that speaker's words."""
    if k == 0:
        return None
    said = list(_sentence_claims(lay, k - 1).values())
    if not said:
        return None
    last = max(said, key=lambda c: c.cue.span[0])
    return last.speaker.org or last.speaker.name or last.speaker.org_ar


_TOPIC_REACH: Final = 2  # words before the body that opens a sentence (أما، وكانت)


def _topic(lay: Layout, s0: int, s: int) -> str | None:
    """The body that opens the sentence, the subject of a later verb that names none
    (``أما المركز في قاعدة حميميم فقد ادعى أن …، لكنه أقر بمقتل …``)."""
    at = lay.actor_starts
    j = bisect.bisect_left(at, s0)
    if j >= len(at) or lay.all_actors[j].end > s:
        return None
    a = lay.all_actors[j]
    if a.kind == "civilians" or bisect.bisect_left(lay.tok_starts, a.start) - bisect.bisect_left(lay.tok_starts, s0) > _TOPIC_REACH:
        return None
    return a.canonical


_SPOKESMEN: Final = frozenset(fold(w) for w in ("المتحدث", "الناطق", "مصدر", "مسؤول", "قائد", "القائد", "مدير"))
_SPOKESMAN_REACH: Final = 6  # words from a spokesman to the body he speaks for (المتحدث الرسمي باسم …)
_THAT: Final = frozenset(fold(w) for w in ("إن", "أن", "بأن", "إنه", "إنها", "أنه", "أنها", "بأنه", "بأنها"))


@lru_cache(maxsize=4096)
def _folded(surface: str) -> str:
    return fold(surface)


def source_of(lay: Layout, start: int, end: int) -> tuple[str, Claim | None]:
    """(claimant, claim) of a stretch of text: the claim it is reported in (its body, else the
    body at the reporting verb, else the speaker's name), or the outlet's own voice."""
    memo = lay.sources.get((start, end))
    if memo is not None:
        return memo
    claim = _claim_of(lay, start, end)
    claimant = claim.speaker.org if claim and claim.speaker.org else None
    claimant = claimant or _reported_by(lay, start, end, claim is None) \
        or (claim.speaker.name or claim.speaker.org_ar if claim else None)  # (a body with no English name: as written)
    lay.sources[(start, end)] = out = (claimant or "outlet", claim)
    return out


def victim_near(lay: Layout, fig: Figure) -> str | None:
    """Whose people: the force named right after the figure (``17 عنصراً من هيئة تحرير الشام``,
    ``في صفوف الجماعات المسلحة``), the nationality of its counted noun (``3 جنود أميركيين``),
    the force right before it (``القوات السورية خسرت 40``), or the force that mourns its dead
    (``نعى حرس الثورة … الذي استُشهد``، ``زفّ الجيش ثلاثة شهداء``)."""
    found = _force_after(lay, fig) or _nationality_after(lay, fig) \
        or (_force_before(lay, fig) if fig.cue != "sub" else None) or _mourner(lay, fig) \
        or _mostly_civilians(lay, fig) or _mourned_next(lay, fig) or _force_of_the_named(lay, fig)
    # (one named among a toll, ``استشهد 5 جراء العدوان الإسرائيلي، بينهم عسكري``: the force before it
    # is the toll's cause or the toll's own people, not its)
    return _FIGHTING_IN_SYRIA.get(found, found) if found else None


def victim_after(lay: Layout, fig: Figure) -> str | None:
    """Whose people, from the words after the figure only: the force named right after it or
    the nationality of its counted noun (``وإصابة 6 آخرين من القوات الرديفة``)."""
    found = _force_after(lay, fig) or _nationality_after(lay, fig)
    return _FIGHTING_IN_SYRIA.get(found, found) if found else None


# Turkey's "PKK" fighters in northern Syria are the SDF's YPG (ANNOTATION folds the YPG into the SDF):
# the people its ministry counts there (تحييد 4 إرهابيين من حزب العمال الكردستاني) are the SDF's.
_FIGHTING_IN_SYRIA: Final = {"Kurdistan Workers' Party": "Syrian Democratic Forces"}


_MOSTLY_CIVILIANS: Final = re.compile(fold(r"(?:جلهم|معظمهم|غالبيتهم|أغلبهم|أكثرهم)\s+(?:من\s+)?(?:ال)?(?:نساء|أطفال|مدنيين|مدنيون|مواطنين)"))


def _mostly_civilians(lay: Layout, fig: Figure) -> str | None:
    """``أسفرت عن 250 شهيداً ومئات الجرحى، جلّهم من النساء والأطفال``: the dead are civilians."""
    sent = lay.sentences[lay.seg("s", fig.start)]
    return "Civilians" if _MOSTLY_CIVILIANS.search(lay.ftext(fig.end, sent.end)) else None


def _force_after(lay: Layout, fig: Figure) -> str | None:
    """The force named right after the figure, in its sentence (``وإصابة 15 آخرين. الحرس الثوري
    ينعى …``: the next sentence's subject is not the wounded's force)."""
    k = bisect.bisect_left(lay.tok_starts, fig.end)
    n = bisect.bisect_left(lay.actor_at, fig.end)  # the first force after the figure
    if n < len(lay.actors):
        a = lay.actors[n]
        j = bisect.bisect_left(lay.tok_starts, a.start)
        if j - k <= _VICTIM_WINDOW and lay.seg("s", a.start) == lay.seg("s", fig.start) and all(_victim_gap(lay.toks[x].text) for x in range(k, j)):
            return a.canonical
    return None


# A figure opened by an active verb of the force that did it (``قتلت 9 من عناصرها``، ``حيّد 150``):
# the force before it, and "its members" after it, are the killer's, not the dead's.
_AGENTIVE: Final = re.compile(fold(r"^[وف]?(?:قتل|قتلت|قتلوا|قتلنا|حيد|حيدت|حيدوا|أسر|أسرت|أسروا|جرحت|جرحوا|قضى|قضت|قضوا|صفى|صفت)$"))


_CAUSES: Final = frozenset(fold(w) for w in ("أدى", "أدت", "وأدى", "وأدت", "أسفر", "أسفرت", "تسبب", "تسببت", "خلف", "خلفت", "أوقع",
                                             "أوقعت"))  # العدوان الإسرائيلي أدى إلى إصابة 4: the cause, not the hurt


def agentive(lay: Layout, fig: Figure) -> bool:
    """Does the figure open with a verb (or ``قتل``, verb or verbal noun) whose subject is the
    killer (not ``3 عناصر قتلوا``: there the verb tells what befell the counted)?"""
    head = fig.cue.split()[0] if fig.cue else ""
    return bool(_AGENTIVE.match(head)) and lay.ftext(fig.start, fig.end).startswith(head)


def _force_before(lay: Layout, fig: Figure) -> str | None:
    """The force named right before the figure, in its sentence, unless it is the killer or a
    speaker."""
    if agentive(lay, fig):
        return None  # الطيران الروسي حيّد أكثر من 150 مسلحاً: the subject did it
    n = bisect.bisect_left(lay.actor_at, fig.start) - 1  # the last force ending before it
    while n >= 0 and lay.actors[n].end > fig.start:
        n -= 1
    if n >= 0:
        a = lay.actors[n]
        j = bisect.bisect_left(lay.tok_starts, a.end)
        k0 = bisect.bisect_left(lay.tok_starts, fig.start)
        if k0 - j <= 2 and lay.seg("s", a.start) == lay.seg("s", fig.start) and not any(_reports(lay.toks[x].text) or lay.toks[x].text in _CAUSES for x in range(j, k0)):
            return a.canonical  # not ``نفذته الفصائل عليها، مؤكدة تحييد 100``: the speaker's victims
    return None


def _reports(word: str) -> bool:
    """A reporting verb or participle (مؤكدة، وقال): the force before it is not the figure's subject."""
    return any(c.kind in ("verb", "participle") for c in cue_lookup().get(word, ()))


def serving_force(lay: Layout, fig: Figure) -> str | None:
    """The force the adjective of soldiers counted names (``خطف ضباط وجنود سوريين``: the army's),
    though the adjective alone read the figure as civilians (سوريين: Syrians)."""
    return _nationality_after(lay, fig)


def _nationality_after(lay: Layout, fig: Figure) -> str | None:
    """``مقتل 3 جنود أميركيين``، ``إصابة 24 عسكرياً أميركياً``: the adjective of the counted
    people (within two words of the figure, in its clause) names their force."""
    k = bisect.bisect_left(lay.tok_starts, fig.end)
    clause_end = lay.clauses[lay.seg("c", fig.start)].end
    for j in range(bisect.bisect_left(lay.tok_starts, fig.start), min(k + 2, len(lay.toks))):
        if lay.toks[j].start >= clause_end or j >= k and lay.toks[j].start in lay.cue_start_set:
            break  # (7 جرحى فياعتداء إسرائيلي: the attack's author, glued to في by a lost space)
        force = nationality_force(lay.toks[j].text)
        if force:
            return force
        for adjective, nouns, force in _SERVING:  # إصابة عسكري سوري: a Syrian soldier is the army's
            if adjective.match(lay.toks[j].text) and any(
                    nouns.match(lay.toks[i].text) for i in range(bisect.bisect_left(lay.tok_starts, fig.start), j)):
                return force
    return None


_SYRIAN_ADJ: Final = re.compile(fold(r"^(?:ال)?(?:سوري|سوريا|سوريين|سوريون|سوريان|سوريين)$"))
_MILITARY: Final = re.compile(fold(r"^[و]?(?:ال)?(?:عسكري|عسكريا|عسكريين|عسكريون|عسكريان|جندي|جنديا|جنود|ضابط|ضباط|ضابطا)$"))
_IRANIAN_ADJ: Final = re.compile(fold(r"^(?:ال)?(?:إيراني|إيرانيا|إيرانيين|إيرانيون|إيرانيان)$"))
_ADVISERS: Final = re.compile(fold(r"^[و]?(?:ال)?(?:عسكري|عسكريين|ضابط|ضباط|مستشار|مستشارا|مستشارين|مستشارون|قائد|قادة)$"))
# (adjective, serving noun before it, force): a Syrian soldier is the army's; an Iranian officer or
# adviser killed in Syria serves in the Revolutionary Guard (استشهاد المستشار الإيراني، مستشار عسكري إيراني).
_SERVING: Final = ((_SYRIAN_ADJ, _MILITARY, "Syrian government forces"),
                   (_IRANIAN_ADJ, _ADVISERS, "Islamic Revolutionary Guard Corps"))


_MOURN: Final = frozenset(fold(w) for w in ("نعى", "نعت", "ينعى", "تنعى", "زف", "زفت", "يزف", "تزف"))
_MOURNER_WINDOW: Final = 4  # words between the mourning verb and the body that mourns
_MOURN_STEMS: Final = ("نع", "زف")  # (folded) every _MOURN word holds one


def _mourning_between(lay: Layout, k0: int, k: int) -> bool:
    """May a word ``k0 .. k - 1`` be a mourning verb? Their folded stretch holds a stem of one:
    two substring searches in C, where the word-by-word test ran for every figure of a sentence."""
    first = lay.toks[k0]
    stretch = lay.folded[first.fend - len(first.text):lay.toks[k - 1].fend]
    return any(m in stretch for m in _MOURN_STEMS)


def _mourner(lay: Layout, fig: Figure) -> str | None:
    """The armed body right after a mourning verb before the figure in its sentence."""
    sent = lay.sentences[lay.seg("s", fig.start)]
    k0 = bisect.bisect_left(lay.tok_starts, sent.start)
    k = bisect.bisect_left(lay.tok_starts, fig.start)
    if k > k0 and not _mourning_between(lay, k0, k):
        return None
    for j in range(k - 1, k0 - 1, -1):
        w = lay.toks[j].text
        if w in _MOURN or (w[:1] in "وف" and w[1:] in _MOURN):
            before = [a for a in lay.actors_in(sent.start, lay.toks[j].start) if a.kind in ARMED]
            if before and bisect.bisect_left(lay.tok_starts, before[-1].end) >= j - 3:
                return before[-1].canonical  # كتائب سيد الشهداء في العراق تزف …
            limit = lay.toks[min(len(lay.toks) - 1, j + _MOURNER_WINDOW)].end
            for a in lay.actors_in(lay.toks[j].end, min(limit, fig.start)):
                if a.kind in ARMED:
                    return a.canonical
            return None
    return None


_TITLES: Final = frozenset(fold(w) for w in ("السيد", "العميد", "اللواء", "العقيد", "الشهيد", "القائد", "المستشار", "الشيخ",
                                             "الحاج", "الفريق", "الرائد", "النقيب"))
_NAME_REACH: Final = 3  # words after a lone figure's cue where the dead man's name stands (استشهاد العميد السيد موسوي)
_TITLES_REACH: Final = 4  # titles and definite adjectives more before it (استشهاد المستشار العسكري العميد السيد رضي موسوي)


def _mourned_next(lay: Layout, fig: Figure) -> str | None:
    """``… وأسفر عن استشهاد موسوي. ونعى حرس الثورة في إيران السيد موسوي``: one man killed whom the
    next sentence, opening on a mourning verb, names again is the mourning body's."""
    k = lay.seg("s", fig.start)
    if fig.count != 1 or k + 1 >= len(lay.sentences):
        return None
    nxt = lay.sentences[k + 1]
    j0 = bisect.bisect_left(lay.tok_starts, nxt.start)
    first = lay.toks[j0].text if j0 < len(lay.toks) else ""
    if not (first in _MOURN or first[:1] in "وف" and first[1:] in _MOURN):
        return None
    names = _dead_mans_names(lay, fig)
    j1 = bisect.bisect_left(lay.tok_starts, nxt.end)
    if not any(lay.toks[j].text in names for j in range(j0 + 1, j1)):
        return None
    limit = lay.toks[min(len(lay.toks) - 1, j0 + _MOURNER_WINDOW)].end
    return next((a.canonical for a in lay.actors_in(lay.toks[j0].end, min(limit, nxt.end)) if a.kind in ARMED), None)


_RELATIVES: Final = frozenset(fold(w) for w in ("الذي", "التي"))
_NAME_STOPS: Final = frozenset(fold(w) for w in ("في", "من", "على", "عن", "إلى", "إثر", "اثر", "جراء", "بعد", "خلال", "بسبب",
                                                 "نتيجة", "قبل", "أثناء", "عند", "قرب", "مع", "بين"))  # words that end a name


def _dead_mans_names(lay: Layout, fig: Figure) -> set[str]:
    """The words that may name one man killed: after the cue (``استشهاد العميد السيد رضي موسوي``)
    and, when a relative opens the figure (``رضي موسوي، الذي استُشهد``), before it; titles,
    definite words and short words left out."""
    sent = lay.sentences[lay.seg("s", fig.start)]
    k0 = bisect.bisect_left(lay.tok_starts, fig.start)
    k1 = min(len(lay.toks), bisect.bisect_left(lay.tok_starts, fig.end) + _NAME_REACH + _TITLES_REACH)
    at: list[int] = []
    left = _NAME_REACH
    for j in range(k0 + 1, k1):
        word = lay.toks[j].text
        if lay.toks[j].start >= sent.end or len(word) == 1 or word in _NAME_STOPS or word in _RELATIVES or left == 0:
            break  # (شهيداً إثر عدوان إسرائيلي: the cause, not his name)
        at.append(j)
        left -= word not in _TITLES and not word.startswith(_THE)  # (titles and their adjectives take no room:
        # استشهاد المستشار العسكري العميد السيد رضي موسوي)
    r = k0 - 1
    if r >= 0 and lay.toks[r].text in _RELATIVES:
        r -= 2 if r > 0 and lay.toks[r - 1].text in ("،", ",") else 1
        at += [j for j in range(max(0, r - _NAME_REACH + 1), r + 1) if lay.toks[j].start >= sent.start]
    else:  # the subject before its verb, set off by a comma (``…في حرس الثورة، السيد رضي موسوي، يرتقي شهيداً``,
        # ``…، العميد فلان، استشهد``): the name ending at a comma right before the figure or its verb
        for c in (r, r - 1):
            if c >= 0 and lay.toks[c].start >= sent.start and _comma_after(lay, c):
                at += [j for j in range(max(0, c - _NAME_REACH + 1), c + 1) if lay.toks[j].start >= sent.start]
                break
    return {w for w in (lay.toks[j].text for j in at) if len(w) >= 4 and w not in _TITLES and not w.startswith(_THE)}


def _comma_after(lay: Layout, k: int) -> bool:
    """A comma stands between token ``k`` and the next."""
    end = lay.toks[k + 1].start if k + 1 < len(lay.toks) else lay.toks[k].end
    gap = lay.ftext(lay.toks[k].end, end)
    return "،" in gap or "," in gap


_THE: Final = fold("ال")  # (a definite word after the cue, العسكري، الكبير, describes him: no name)


_DESCRIBED_REACH: Final = 6  # words from a force to the man its title describes (الحرس الثوري الإيراني، السيد رضي موسوي)
_IN: Final = fold("في")


def _force_of_the_named(lay: Layout, fig: Figure) -> str | None:
    """``استشهاد موسوي`` where the article elsewhere calls him ``اللواء في الحرس الثوري الإيراني،
    السيد رضي موسوي``, or ``نعى حرس الثورة … العميد رضي موسوي``: one man killed is of the armed
    force his title puts him "in", or that mourns him by name, wherever the article says so."""
    if fig.count != 1:
        return None
    names = _dead_mans_names(lay, fig)
    if not names:
        return None
    for a in lay.actors:
        k = bisect.bisect_left(lay.tok_starts, a.start)
        if a.kind in ARMED and (_title_in(lay, k, a.start) or _mourns(lay, k)) and _names_after(lay, a.end, names):
            return a.canonical
    return None


def _title_in(lay: Layout, k: int, start: int) -> bool:
    """The force at token ``k`` follows في (``اللواء في الحرس الثوري``, or glued: ``البارزفي``)."""
    if k == 0:
        return False
    word = lay.toks[k - 1].text
    return word == _IN or word.endswith(_IN) and lay.toks[k - 1].start + len(word) == start


def _mourns(lay: Layout, k: int) -> bool:
    """The force at token ``k`` is the subject of a mourning verb (``نعى حرس الثورة``)."""
    word = lay.toks[k - 1].text if k > 0 else ""
    return word in _MOURN or word[:1] in "وف" and word[1:] in _MOURN


def _names_after(lay: Layout, end: int, names: set[str]) -> bool:
    """A word of ``names`` within a few words after ``end`` (titles and commas not counted), in
    the same sentence."""
    x, left = bisect.bisect_left(lay.tok_starts, end), _DESCRIBED_REACH
    while x < len(lay.toks) and left > 0:
        word = lay.toks[x].text
        if word in names:
            return True
        if len(word) == 1 and word not in ("،", ","):
            return False  # (a sentence or a bracket closes: the force describes no one after it)
        left -= word not in _TITLES and word not in ("،", ",")
        x += 1
    return False


def _victim_gap(word: str) -> bool:
    """A word that may stand between a figure and the force it counts — a second count among
    them (``مقتل 6 عناصر وجرح 11 آخرين من القوات الرديفة``: both counts are the militia's)."""
    return word in _VICTIM_GAP or word.isdigit() or any(word.startswith(p) and word[len(p):] in _VICTIM_GAP
                                                        for p in PROCLITICS) \
        or word.endswith(_GLUED_GAP) and word[:-2] in _VICTIM_GAP  # القائد العسكري البارزفي حرس الثورة (lost space)


_GLUED_GAP: Final = (fold("في"), fold("من"))


def about_syria(lay: Layout, fig: Figure, abroad: list[int]) -> bool:
    """A figure is coded when it is about Syria: its clause, else its sentence, else its paragraph
    names a Syrian place or "Syria", or names no foreign place (the article itself is about Syria,
    unless it is a bulletin of many countries' headlines). ``abroad``: ``abroad_here(lay)``,
    computed once for all the figures of the document."""
    c, k, p = lay.seg("c", fig.start), lay.seg("s", fig.start), lay.seg("p", fig.start)
    c0 = _antecedent_clause(lay, c, k)
    clause = Segment(lay.clauses[c0].start, lay.clauses[c].end)
    for level, idx, seg in ((0, c, clause), (1, k, lay.sentences[k]), (2, p, lay.paragraphs[p])):
        here = [p for (s, e, p), segs in zip(lay.places, lay.place_segs)
                if (c0 <= segs[0] <= c if level == 0 else segs[level] == idx)]
        if any(usable(p) for p in here):
            return True
        syrian, border = _names_syria(lay, seg)
        if syrian:
            return True
        if any(seg.start <= a0 < seg.end for a0 in abroad) or any(p.abroad for p in here):
            return False
        if border and level:  # (a clause's border may yet be placed by its sentence)
            return False
    return not lay.bulletin and not _lead_on_border(lay)  # (a bulletin's headline line without Syria
    # is another country's news)


_RELATIVE_OPENERS: Final = frozenset(fold(w) for w in ("التي", "الذي", "الذين", "والتي", "والذي", "والذين"))


def _antecedent_clause(lay: Layout, c: int, k: int) -> int:
    """The clause a relative clause describes: ``الإبادة … بحق أهالي قطاع غزة، والتي خلّفت عشرات آلاف
    الشهداء``: the toll is of the noun before the comma (Gaza's), so the clause before is read with
    it; any other clause is read alone (``c`` itself)."""
    if c == 0 or lay.seg("s", lay.clauses[c - 1].start) != k:
        return c
    opener = lay.ftext(lay.clauses[c].start, lay.clauses[c].end).lstrip(" ،,؛;:").split(" ", 1)[0]
    return c - 1 if opener in _RELATIVE_OPENERS else c


def _lead_on_border(lay: Layout) -> bool:
    """The lead places the story on a border (``هجوم استهدف موقعاً أميركياً عند الحدود السورية
    الأردنية``) and names nothing in Syria: a figure told with no place of its own is that
    story's (the base in Jordan), not Syria's."""
    lead = lay.paragraphs[0]
    if any(usable(p) for (s, e, p), segs in zip(lay.places, lay.place_segs) if segs[2] == 0):
        return False
    syrian, border = _names_syria(lay, lead)
    return not syrian and border  # (a foreign name alone may be a force's: المقاومة الإسلامية في العراق)


def _names_syria(lay: Layout, seg: Segment) -> tuple[bool, bool]:
    """Does the stretch name Syria once a border (``الحدود السورية الأردنية``) is left out — a border
    names two countries, not a place in Syria — and does it name a border?"""
    text = lay.ftext(seg.start, seg.end)
    border = _BORDER.search(text) if _BORDER_WORDS[0] in text or _BORDER_WORDS[1] in text else None
    if border:
        text = text[:border.start()] + text[border.end():]
    return _SYRIAN.search(text) is not None, border is not None


def abroad_here(lay: Layout) -> list[int]:
    """The starts of the foreign names of the text, less those a Syrian place of the text bears
    (صيدا placed in Daraa by the places stage: its other mentions are that village too)."""
    home = {lay.ftext(s, e) for s, e, p in lay.places if usable(p)}
    return [a0 for a0, a1 in lay.abroad_spans if lay.ftext(a0, a1) not in home]


_MEMBER_NOUNS: Final = frozenset(fold(w) for w in (
    "عنصر", "عنصرا", "عنصران", "عنصرين", "عناصر", "جنديا", "جنود", "عسكريا", "عسكريين", "مقاتلا", "مقاتلين"))
_TOLD_BACK: Final = 2  # sentences before a figure searched for the force whose members were counted


def members_told_before(lay: Layout, fig: Figure) -> str | None:
    """``قُتل 20 عنصراً من قوات النظام`` … ``ووثّق المرصد مقتل 13 عنصراً``: members counted again
    with no force of their own are the force whose members the sentences just before counted
    (the nearest such count; not its attacker, named as ``عناصر تنظيم``)."""
    k = lay.seg("s", fig.start)
    lo = lay.sentences[max(0, k - _TOLD_BACK)].start
    for a in reversed(lay.actors_in(lo, fig.start)):
        if a.kind not in ARMED or a.canonical == "Civilians":
            continue
        j = bisect.bisect_left(lay.tok_starts, a.start)
        if j >= 2 and lay.toks[j - 1].text == _MIN and lay.toks[j - 2].text in _MEMBER_NOUNS:
            return a.canonical
    return None


_MIN: Final = fold("من")


def foe_named_before(lay: Layout, fig: Figure, force: str) -> str | None:
    """``قال المركز إن الضربات قضت على 21 إرهابياً`` after a story of the Islamic State: the
    gunmen a force counts are of the last force of another side named in the figure's sentence
    or the ones just before it."""
    lo = lay.sentences[max(0, lay.seg("s", fig.start) - _TOLD_BACK)].start
    for a in reversed(lay.actors_in(lo, fig.start)):
        if a.kind in ARMED and a.canonical != "Civilians" and not same_side(a.canonical, force):
            return a.canonical
    return None
