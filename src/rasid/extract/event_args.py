"""Arguments of an event cue: its place, day, weapon and the forces on each side.

Place: the clause's places, else the sentence's, else the nearest in the paragraph — less the
mentions that only locate another (``الناجية في ريف إدلب``), name a launch site (``أطلقت من``)
or lie abroad (``حيي الشاطئ والتفاح في غزة``). Day: the nearest time cue, an announcement's day
yielding to the event's; a cue-less sentence inherits the story's day unless it opens
background. Actors: the subject before the cue (or right after a verb-first cue) and the first
other force after it.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache
from typing import AbstractSet, Final

from ..model import Place
from ..text.normalize import fold
from .actors import ActorMention
from .dates import DateMention
from .event_text import (
    ARMED,
    PROCLITICS,
    TOKEN,
    Hit,
    PlaceMention,
    Layout,
    Row,
    inside_actor,
    nationality_force,
)

GOV_SIDE: Final = frozenset({"Syrian government forces", "Pro-government militias", "Iran-backed militias",
                       "Hezbollah", "Russian forces", "Islamic Revolutionary Guard Corps"})
_TARGET_MARKERS: Final = frozenset(fold(w) for w in (
    "على", "ضد", "مواقع", "مواقعا", "مقار", "مقر", "مقرا", "نقاط", "نقطة", "صفوف", "تجمعات", "معاقل",
    "معقل", "قاعدة", "القاعدة", "قواعد", "قاعدتي", "القاعدتين", "قاعدتين", "مسلحي", "عناصر", "تحركات", "آليات", "مواقعاً",
    "نقاطاً", "نقطتين", "موقع", "موقعاً", "أهداف", "أهدافاً", "مستودعات", "مخازن"))  # (the accusative and singular forms)
_ANNOUNCE: Final = frozenset(fold(w) for w in (
    "بيان", "له", "لها", "أعلن", "أعلنت", "قال", "قالت", "أكد", "أكدت", "صرح", "صرحت", "تصريح",
    "أفاد", "أفادت", "كشفت", "كشف", "ذكرت", "ذكر", "إفادة", "نشرت", "وأعلنت", "وأعلن", "وقالت", "وقال",
    "حمّل", "حمّلت", "وحمّلت", "دان", "دانت", "أدان", "أدانت", "ودانت", "اتهم", "اتهمت", "واتهمت",
    "نفى", "نفت", "ونفت", "تبنى", "تبنت", "وتبنت"))  # (حمّلت المنظمة، الخميس، داعش مسؤولية الهجوم: the report's day)
_THAT: Final = frozenset(fold(w) for w in ("إنّ", "أنّ", "بأنّ"))  # (قال X، اليوم الجمعة، إنّ …: the day of the saying)
_BACKGROUND: Final = tuple(fold(w) for w in (
    "وكانت", "وكان", "كانت", "يذكر", "ويذكر", "وسبق", "سبق", "وقبل", "قبل", "في المقابل", "وفي المقابل",
    "يأتي", "ويأتي", "وتأتي", "تأتي", "وضمن", "وفي سياق", "وعلى صعيد",
    "إضافة إلى", "وإضافة", "تجدر", "وتجدر", "الجدير", "والجدير", "ومن الجدير", "من الجدير",
    "وتستمر", "وتواصل", "ويواصل", "وتشهد", "وتنتشر", "وتعتدي", "ويتقاطع", "وخلال", "ففي", "وفي وقت سابق"))
_REPORTED_EARLIER: Final = tuple(fold(w) for w in ("وكان مراسل", "وكانت مراسلة"))  # وكان مراسل الميادين أفاد، فور وقوع
# العدوان، بأن …: the correspondent's first word on the story just told, not background of another day
_MORE_OF_IT: Final = tuple(fold(w) for w in ("إضافة إلى ذلك", "وإضافة إلى ذلك"))  # إضافةً إلى ذلك، ذكرت المقاومة أنها
# استهدفت …: more of the story just told (as بالإضافة إلى ذلك), not background
_SUFFERED_F: Final = tuple(fold(w) for w in ("تعرض", "تعرضت", "يتعرض", "تتعرض"))
_SUFFERED_STEM: Final = fold("تعرض")  # every form of _SUFFERED_F holds it: a word holds one of them iff it holds this
_LAUNCH: Final = re.compile(fold(r"(?:(?:أطلق|اطلق|انطلق|انطلاقا|نفذ)[\u0621-\u064A]*(?:\s+(?!على|في|ضد)[\u0621-\u064A]+){0,3}?\s+من\s+(?:(?!\sفي\s|\sعلى\s)[^.]){0,40}|"
                                 r"(?:مصادر|مصدر|مراسل|مراسلة|مراسلنا|مراسلتنا)\S*(?:\s+(?:الميادين|محلية|ميدانية|أهلية|خاصة|مطلعة|للميادين|نت)\S*?){0,2}?\s*(?:نت)?في\s+(?:مدينة\s+|محافظة\s+|العاصمة\s+)?|"
                                 r"(?:طريق|أوتوستراد|اوتوستراد)\s+(?:عام\s+|الدولي\s+|السريع\s+)?(?:الواصل\s+بين\s+)?|"
                                 r"(?:توجه|متوجه|متجه|قادم)[\u0621-\u064A]*\s+(?:[\u0621-\u064A]+\s+){0,4}?من\s+(?:مدينة\s+|بلدة\s+|قرية\s+)?|(?:جويا|جوي|صاروخيا|صاروخية)\s+من\s*|(?:من\s+اتجاه|من\s+جهة|من\s+فوق|انطلاقا\s+من)\s+"
                                 r"|(?:المنتشرة|المتمركزة|المتواجدة|الموجودة|المنتشرين|المتمركزين)\s+(?:في\s+|ب)[^،.]{0,25}"
                                 r"|مركز\s+(?:المصالحة|التنسيق)[^،.]{0,25}?\s+في\s+(?:قاعدة\s+)?"
                                 r"|(?:مكتب|مركز|شبكة|لجنة)\s+(?:توثيق|التوثيق)[^،.]{0,25}?\s+في\s+(?:محافظة\s+)?"
                                 r"|تعزيزات?\s+(?:[\u0621-\u064A]+\s+){0,3}?(?:إلى|نحو|من)\s+(?:قاعدة\s+|قاعدتي\s+|مدينة\s+|بلدة\s+|منطقة\s+)?"
                                 r"|بعد\s+(?:نحو\s+|حوالي\s+|قرابة\s+)?\S+\s+(?:كم|كيلو\S*)\s+(?:عن|من)\s+(?:مدينة\s+|بلدة\s+|قرية\s+)?)$"))
# A word each alternative of _LAUNCH (and _BETWEEN) must contain: a window without one is passed
# over without running those two (end-anchored, so slow to search) patterns. Keep in step with them.
_LOCATOR_HINT: Final = re.compile(fold("مصدر|مصادر|مراسل|مركز|توثيق|طريق|توستراد|توجه|متجه|قادم|أطلق|انطلق|نفذ|جوي|صاروخي|اتجاه|جهة|فوق|انطلاقا|المنتشر|المتمركز|المتواجد|الموجود|بين|تعزيز|كم|كيلو"))
_BETWEEN: Final = re.compile(fold(r"(?:^|\s)بين\s+(?:[\u0621-\u064A]+\s+){0,2}[\"'“«]?$"))  # a line's ends: "الخط الواصل بين كونيكو و…"
_BETWEEN_STEM: Final = fold("بين")  # in every _BETWEEN match: asked first (led by (?:^|\s), the pattern is tried everywhere)
_LIST_GAP: Final = re.compile(r"^[\s،,\"'“”«»]*و")  # a new item of a list, not a locator
_ITS_SURROUNDS: Final = re.compile(fold(r"^[\s،,]*و(?:ريفها|ريفه|أريافها|محيطها|محيطه)\s"))  # مدينة القامشلي وريفها في الحسكة
_LOCATOR_MAX_TOKENS: Final = 7
_BELONGING: Final = frozenset(fold(w) for w in ("التابعة", "التابع"))
_LOCATOR_WORDS: Final = frozenset(fold(w) for w in (
    "في", "ب", "قرب", "بالقرب", "من", "محيط", "أطراف", "ضواحي", "على", "بعد", "كم", "حدود", "الحدود",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمالا", "جنوبا", "شرقا", "غربا",
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "ريف", "ريفي", "مدينة", "مدينتي", "بلدة", "قرية", "منطقة",
    "محافظة", "ناحية", "حي", "التابعة", "التابع", "المحاذية", "المحاذي", "الواقعة", "الواقع", "تقع",
    "العراقية", "السورية", "الأردنية", "التركية", "اللبنانية", "عند", "مع", "داخل", "وسط", "مثلث",
    "العسكرية", "العسكري", "الأميركية", "الأمريكية", "الأميركي", "الروسية", "الروسي", "الجوية", "النفطي",
    "النفطية", "الحدودية", "المحتل", "المحتلة", "إلى", "لمدينة", "لمنطقة", "لبلدة", "لناحية", "لمحافظة", "الكبرى", "العاصمة",
    "الإسرائيلية", "الإسرائيلي", "الأمريكي", "الإيرانية", "التركي",  # ثكنة يردن الإسرائيلية في الجولان
    "المتاخمة", "المتاخم", "المجاورة", "المجاور", "ل",  # كفرجوم المتاخمة لـ"الفوج 46"
    "ريفها", "ريفه", "محيطها", "محيطه", "أريافها"))  # مدينة القامشلي وريفها في الحسكة: the city and its countryside, located
_GOVERNORATES: Final = frozenset(fold(w) for w in (
    "دمشق", "ريف دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "إدلب", "الحسكة", "دير الزور",
    "ديرالزور", "الرقة", "درعا", "السويداء", "القنيطرة"))
_HISTORY_DAYS: Final = 7  # an event dated before the article's month and over a week old is history
SUB_RANK: Final = {  # which sub-type wins when cues of one type merge (ACLED: air strike > shelling)
    "Air/drone strike": 5, "Suicide bomb": 4, "Remote explosive/landmine/IED": 3,
    "Shelling/artillery/missile attack": 2, "Grenade": 1,
    "Non-state actor overtakes territory": 3, "Government regains territory": 3, "Armed clash": 1,
    "Excessive force against protesters": 2, "Protest with intervention": 1,
}


def rank(place: Place) -> int:
    """How precise a place is: point 3, named area 2, countryside 1, governorate 0."""
    if place.kind == "point":
        return 3
    return _area_rank(place.name_ar, place.gazetteer_id or "")


@lru_cache(maxsize=4096)
def _area_rank(name_ar: str, gazetteer_id: str) -> int:
    name = fold(name_ar)
    if name.startswith(("ريف", "ارياف", "باديه", "الباديه")):
        return 1
    if name in _GOVERNORATES or "adm1" in gazetteer_id.lower():
        return 0
    return 2


def _most_precise(cands: list[Place], listed: AbstractSet[str] = frozenset()) -> list[Place]:
    """Drop a governorate when a more precise place in it is named with it (unless the two
    stand in one list: ``في الحسكة والقامشلي``). (The finer places are ranked once, not again
    for each governorate; the kept ids are a set, not a scan of those kept.)"""
    if len(cands) < 2:
        return list(cands)  # (most cues: one place, nothing to drop)
    ranks = [rank(q) for q in cands]
    finer = [q for q, r in zip(cands, ranks) if r > 0]
    keep = []
    kept: set[str] = set()
    for p, r in zip(cands, ranks):
        if r == 0 and p.id not in listed and any(
                q.id != p.id and (not p.admin1 or not q.admin1 or p.admin1 == q.admin1) for q in finer):
            continue
        if p.id not in kept:
            kept.add(p.id)
            keep.append(p)
    return keep


def locators(lay: Layout) -> set[int]:
    """Indexes (into ``lay.places``) of mentions that only locate the place named just before
    them (``الناجية في ريف إدلب``، ``الشدادي جنوبي الحسكة``), name where an attack was launched
    from (``أطلقت من البادية``), where its authors are based (``المنتشرة في ريف إدلب``), where
    its reporter stands (``مصادر الميادين في دير الزور``), where reinforcements go or come from
    (``تعزيزات أميركية إلى قاعدة الشدادي``، ``لتعزيزات ضخمة من مدينة الحسكة``), where a body sits (``مركز المصالحة الروسي في حميميم``), the ends of a line (``خط الغاز
    الواصل بين كونيكو وبادية أبو خشب``) or of a road or route (``طريق عام القامشلي - عامودا``). An item of a plain list
    (``الميادين والبوكمال``) shares the status of the item before it."""
    out: set[int] = set()
    ments = lay.places
    for k, (s, e, p) in enumerate(ments):
        before = lay.ftext(max(0, s - 60), s)
        if _LOCATOR_HINT.search(before) and (_LAUNCH.search(before) or _BETWEEN_STEM in before and _BETWEEN.search(before)):
            out.add(k)
            continue
        prev = next((j for j in range(k - 1, -1, -1) if ments[j][1] <= s), None)
        if prev is None:
            continue
        gap = lay.doc.text[ments[prev][1]:s]
        if lay.place_segs[prev][1] != lay.place_segs[k][1]:
            continue
        fgap = lay.ftext(ments[prev][1], s)
        words = TOKEN.findall(fgap)
        if rank(p) <= 1 and _unknown_names(words) and "،" not in fgap and fgap.rstrip().endswith(words[-1]):
            out.add(k)  # "في بلدات أبو حردوب والجرذي وأبو حمام بريف دير الزور": names the gazetteer lacks
            continue
        if _LIST_GAP.match(fgap) and not _ITS_SURROUNDS.match(fgap) or not gap.strip(" \"'“”«»") \
                or _comma_item(fgap, words, p, ments[prev][2]):
            bare = fgap.strip(" ،,\"'“”«»") in ("و", "")
            if prev in out and bare and rank(p) <= rank(ments[prev][2]):
                out.add(k)  # "بين مدينتي الميادين والبوكمال" after a launch site
            else:
                lay.listed.add((prev, k))  # "ريف دير الزور وقاعدة الشدادي" starts a new item
            continue
        if len(words) <= _LOCATOR_MAX_TOKENS and all(_locator_word(w) for w in words) \
                and (rank(p) <= rank(ments[prev][2]) or _BELONGING & set(words)):  # "ريف حلب الشرقي في منطقة جبرين"
            # narrows it; "منطقة رسم الكوم التابعة لمنطقة السخنة": what it belongs to, whatever its kind
            out.add(k)

    return out


def _comma_item(fgap: str, words: list[str], place: Place, before: Place) -> bool:
    """Only a comma between two places of one rank (``هي "الشدادي"، "الركبان" و"التنف"``، ``عين
    الأسد، التنف، كونيكو``): the next item of a list; a coarser place after a comma locates the
    one before it (``أبو حمام، ريف دير الزور الشرقي``)."""
    return not words and ("،" in fgap or "," in fgap) and rank(place) == rank(before)


def _unknown_names(words: list[str]) -> bool:
    """``والجرذي وأبو حمام وذيبان ب``: more items of a list of names (each opening with و, of
    one or two words) and then ب/في — a list of places the gazetteer lacks, not a new phrase."""
    if not 3 <= len(words) <= _LOCATOR_MAX_TOKENS + 2 or words[-1] not in ("ب", "في"):
        return False
    run = 0
    for w in words[:-1]:
        run = 0 if w.startswith("و") else run + 1
        if run > 1:
            return False
    return words[0].startswith("و")


_BORDER: Final = frozenset(fold(w) for w in ("حدود", "الحدود", "بالحدود", "للحدود", "الحدودي", "الحدودية"))
# الباغوز قرب الحدود مع العراق, معبر نصيب الحدودي مع الأردن: in Syria


def located_abroad(lay: Layout, abroad: list[tuple[int, int]]) -> set[int]:
    """Place mentions whose locator is a foreign place (``حيي الشاطئ والتفاح في غزة``)."""
    out = set()
    for k, (s, e, p) in enumerate(lay.places):
        for a0, a1 in abroad:
            if a0 >= e and a0 - e < 60:
                words = TOKEN.findall(lay.ftext(e, a0))
                own = TOKEN.findall(lay.ftext(s, e))[-1:]  # (the name may end in its own border word)
                if words and len(words) <= 5 and _locator_word(words[-1]) and not _BORDER.intersection(words + own) and \
                        all(_locator_word(w) or w.startswith("و") for w in words):
                    out.add(k)
                break
    return out


def _locator_word(word: str) -> bool:
    if word.isdigit() or word in _LOCATOR_WORDS:
        return True
    return any(word.startswith(p) and word[len(p):] in _LOCATOR_WORDS for p in PROCLITICS)


def _clause_group(lay: Layout, hit: Hit) -> set[int]:
    """The cue's clause and the clauses after it that only add coordinated objects
    (``كما قصفت قاعدة التنف، والقاعدة الأميركية خراب الجير``). Asked for a cue's places, its
    target's reach and its clause's places: worked out once a cue (the set is read only)."""
    key = (hit.start, hit.end, hit.tok)
    group = lay.clause_groups.get(key)
    if group is None:
        group = lay.clause_groups[key] = _find_clause_group(lay, hit)
    return group


def _find_clause_group(lay: Layout, hit: Hit) -> set[int]:
    group = {hit.clause}
    k = hit.clause + 1
    sent = lay.sentences[hit.sentence]
    if _clause_ends_at(lay, hit) or _subject_then_aside(lay, hit):  # هاجموا، فجر الإثنين، مواقع للجيش في ريف
        # دير الزور: the object after an aside
        while k < len(lay.clauses) and lay.clauses[k].start < sent.end \
                and not any(not _instrument(lay, x) for x in lay.cues_in(lay.clauses[k].start, lay.clauses[k].end)):
            group.add(k)
            k += 1
            if not _short(lay, lay.clauses[k - 1]):
                break
        while k < len(lay.clauses) and lay.clauses[k].start < sent.end and _short(lay, lay.clauses[k]) \
                and lay.ftext(lay.clauses[k].start, lay.clauses[k].end).lstrip(" \"'“”«»").startswith(_AT):
            group.add(k)  # …، في نفح، بـ60 صاروخاً: where the object is
            k += 1
    while k < len(lay.clauses) and lay.clauses[k].start < sent.end:
        c = lay.clauses[k]
        head = lay.ftext(c.start, min(c.end, c.start + 40)).lstrip(" \"'“”«»")
        if (not head.startswith(("و",) + _ADDING) or head.startswith(("وفي", "وقال", "واضاف", "واكد", "واشار", "وذلك"))
                or head.startswith(_ADDING_THAT) or lay.cues_in(c.start, c.end)) \
                and not _list_item(lay, c, group):
            break
        group.add(k)
        k += 1
    return group


_LIST_ITEM_TOKENS: Final = 3  # …، ومنها قاعدة عين الأسد، التنف، حرير، كونيكو: a name or two between commas


def _list_item(lay: Layout, c, group: set[int]) -> bool:
    """``استهدافها القواعد الأميركية، ومنها قاعدة عين الأسد، التنف، حرير، كونيكو``: after a clause
    group that names a place, a clause of a name or two (no cue, no date) is the next item of the
    list of objects, not a statement of its own."""
    if bisect.bisect_left(lay.tok_starts, c.end) - bisect.bisect_left(lay.tok_starts, c.start) > _LIST_ITEM_TOKENS:
        return False
    if lay.cues_in(c.start, c.end) or any(c.start <= d.start < c.end for d in lay.dates):
        return False
    first = lay.toks[bisect.bisect_left(lay.tok_starts, c.start)].text
    if first in _FRAMING or first.startswith(_FRAMING_PREFIXES):
        return False  # …، في سوريا، ونصبت مدافع: where the place lies, or a means — no item of the list
    return _names_place(lay, group)


_FRAMING: Final = frozenset(fold(w) for w in ("في", "من", "إلى", "على", "عن", "قرب", "نحو", "حتى", "مع", "ضد", "عند",
                                              "لدى", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))
_FRAMING_PREFIXES: Final = tuple(fold(w) for w in ("بال", "لل", "وفي", "وب"))


def _names_place(lay: Layout, clauses: set[int]) -> bool:
    """A place at home or abroad is named in one of ``clauses``."""
    return any(seg[0] in clauses for seg in lay.place_segs) or bool(clauses & lay.abroad_clauses)


def _instrument(lay: Layout, start: int) -> bool:
    """A weapon governed by ب (``…، فجر اليوم، مواقع للجيش بقذائف الهاون``) is what the verb
    before struck with, not a cue of its own that ends the verb's object."""
    j = bisect.bisect_left(lay.weapon_starts, start)
    return j < len(lay.weapon_starts) and lay.weapon_starts[j] == start \
        and lay.toks[bisect.bisect_left(lay.tok_starts, start)].text.startswith("ب")


_AT: Final = (fold("في "), fold("قرب "))
_ADDING: Final = tuple(fold(w) for w in ("إضافة إلى ", "بالإضافة إلى "))  # …، إضافةً إلى بلدتي الجنينة والهرموشية: more objects
_ADDING_THAT: Final = tuple(fold(w) for w in ("إضافة إلى ذلك", "بالإضافة إلى ذلك"))  # (a further statement, not an object)


def _clause_ends_at(lay: Layout, hit: Hit) -> bool:
    """Is the cue the last word of its clause (``هاجموا،``), its object told after a comma?"""
    end = lay.clauses[hit.clause].end
    return hit.tok + 1 >= len(lay.toks) or lay.toks[hit.tok + 1].start >= end


def _subject_then_aside(lay: Layout, hit: Hit) -> bool:
    """``فيما استهدفت طائرة مسيّرة، صباح اليوم، سيارة … في القامشلي``: the verb's clause holds only
    its subject (no place, no other cue), a short aside follows — its object comes after that."""
    c = hit.clause
    clause = lay.clauses[c]
    if c + 1 >= len(lay.clauses) or lay.seg("s", lay.clauses[c + 1].start) != hit.sentence \
            or not _short(lay, lay.clauses[c + 1]) or all(dc != c + 1 for dc, ds in lay.date_segs):
        return False  # (the aside is a day: بعد فشل الهجوم، صعّدوا تحركاتهم في الحسكة is another verb's clause)
    if lay.cues_in(hit.end, clause.end):
        return False
    return c not in lay.clause_places


def _short(lay: Layout, c) -> bool:
    return bisect.bisect_left(lay.tok_starts, c.end) - bisect.bisect_left(lay.tok_starts, c.start) <= _ASIDE_TOKENS


def clause_has_place(lay: Layout, hit: Hit) -> bool:
    """Does the cue's clause (with its coordinated objects) name a place an event can be at?"""
    clauses = _clause_group(lay, hit)
    nxt = max(clauses) + 1  # a relative clause after it goes on (القصف، الذي استهدف قاعدة تل بيدر)
    if nxt < len(lay.clauses) and lay.seg("s", lay.clauses[nxt].start) == hit.sentence:
        head = lay.ftext(lay.clauses[nxt].start, lay.clauses[nxt].start + 12).lstrip(" \"'“”«»")
        if head.startswith(("الذي", "التي")):
            clauses = clauses | {nxt}
    return any(c in lay.clause_places for c in clauses)


_NO_PLACES: Final[list[PlaceMention]] = []  # (read only)


def places_for(lay: Layout, hit: Hit) -> list[Place]:
    """Places of the clause, else the sentence, else the nearest in the paragraph."""
    ments = lay.event_places
    habit = _habit_told(lay.ftext(hit.end, hit.end + _HABIT_REACH))  # (else no place can be)
    if habit:
        ments = [m for m in ments if not _habit_of_target(lay, hit, m[0])]
    listed = lay.listed_finer
    clauses = _clause_group(lay, hit)
    if habit:
        cands = [p for s, e, p, seg in ments if seg[0] in clauses]
    else:  # (the clauses' own mentions, in text order as the clauses are)
        cands = [m[2] for c in sorted(clauses) for m in lay.clause_places.get(c, _NO_PLACES)]
    if cands:
        return _most_precise(cands, listed)
    if clauses & lay.abroad_clauses:
        return []  # the clause names a place abroad: the event is there
    road = _road_end(lay, clauses)
    if road is not None:
        return [road]
    told = [(s, p) for s, e, p, seg in (ments if habit else lay.sentence_places.get(hit.sentence, _NO_PLACES))
            if seg[1] == hit.sentence and not (seg[0] > hit.clause and _result_clause(lay, seg[0]))]
    if told and hit.tok and lay.toks[hit.tok - 1].text in _ALSO and any(s > hit.start for s, p in told):
        told = [(s, p) for s, p in told if s > hit.start]  # استهدفت بلدة بقرص، كما سيطرت على نقاط … قرب مارع
    if told and any(lay.toks[k].text in _WHERE for k in range(max(0, hit.tok - 2), hit.tok)) \
            and any(s < hit.start for s, p in told):
        return [max((c for c in told if c[0] < hit.start), key=lambda c: c[0])[1]]  # … إلى مدينة مارع، حيث اندلعت اشتباكات
    if told and any(s < hit.start for s, p in told):  # في مظاهرة طالبت بالإفراج عن الناشط، الذي اعتقله الجهاز في
        told = [(s, p) for s, p in told if s < hit.start or not _behind_relative(lay, hit.end, s)]  # أطمة: not there
    if told:
        before = [p for s, p in told if s < hit.start] if hit.tok and lay.toks[hit.tok - 1].text in _WHO else []
        return _most_precise(_frame_places(lay, hit) or before or [p for s, p in told], listed)
    near = [(abs(s - hit.start), p) for s, e, p, seg in ments if seg[2] == hit.paragraph]
    return [min(near, key=lambda c: c[0])[1]] if near else []


def _behind_relative(lay: Layout, start: int, end: int) -> bool:
    """A relative pronoun (``الذي``، ``التي``) stands between the cue and a place after it: the
    place is told of someone the cue names, not of the cue."""
    k0, k1 = bisect.bisect_left(lay.tok_starts, start), bisect.bisect_left(lay.tok_starts, end)
    return any(lay.toks[k].text in _WHO for k in range(k0, k1))


_HABIT: Final = re.compile(fold(r"(?:^|\s)(?:التي|الذي|الذين|اللتين|اللذين)\s+(?:كانت|كان|كانوا)\s+[تي]\S+"))
_WAS: Final = fold("كان")  # every verb of _HABIT holds it
_HABIT_REACH: Final = 80  # characters from a cue to a place still told of its target's doings


def _habit_of_target(lay: Layout, hit: Hit, start: int) -> bool:
    """``استهدفت الطائرات الجماعات المسلحة التي كانت تقصف مواقع مدنية في ريفي حماة واللاذقية``:
    a place after a relative clause of what the target used to do is where it did that, not
    where it was struck."""
    if not hit.end <= start < hit.end + _HABIT_REACH or lay.seg("s", start) != hit.sentence:
        return False
    return _habit_told(lay.ftext(hit.end, start))


def _habit_told(text: str) -> bool:
    """``_HABIT`` in ``text``, its verb asked first: a substring test is cheap, the pattern (led
    by ``(?:^|\\s)``) is tried at every position."""
    return _WAS in text and _HABIT.search(text) is not None


_RESULT_VERBS: Final = frozenset(fold(w) for w in (  # "thereby …": what the event led to, after it in the sentence
    "لتضيق", "ليضيق", "لتقترب", "ليقترب", "لتصبح", "ليصبح", "لتطبق", "ليطبق", "لتحكم", "ليحكم", "لتطوق", "ليطوق",
    "لتعزل", "ليعزل", "لتقطع", "ليقطع", "لتوسع", "ليوسع", "لتكمل", "ليكمل", "لتهدد", "ليهدد", "لتصل", "ليصل"))


_ROAD_BETWEEN: Final = re.compile(fold(r"(?:(?:طريق|الطريق)\s+(?:[\u0621-\u064A]+\s+)?(?:الواصل|الرابط|الواصلة|الرابطة)\s+بين\s+"
                                       r"(?:بلدتي|مدينتي|قريتي)?|(?:طريق|أوتوستراد|اوتوستراد)\s+(?:عام\s+|الدولي\s+|السريع\s+)?)\s*$"))


def _road_end(lay: Layout, clauses: set[int]) -> Place | None:
    """``فُجّرت عبوة ناسفة بدورية على الطريق الواصل بين بلدتي الشحيل وذيبان``، ``استهدفت سيارة على
    طريق عام القامشلي - عامودا``: a clause naming no place but a road's ends is at the first of
    them (ACLED: the nearest named town)."""
    for k, (s, e, p) in enumerate(lay.places):
        if k in lay.locators and lay.place_segs[k][0] in clauses and not p.abroad \
                and _ROAD_BETWEEN.search(lay.ftext(max(0, s - 40), s)):
            return p
    return None


_FRAME: Final = (fold("في"), fold("إطار"))
_ALSO: Final = frozenset(fold(w) for w in ("كما", "وكذلك", "كذلك"))  # a new deed of the sentence: its places follow it
_WHERE: Final = frozenset(fold(w) for w in ("حيث", "وحيث"))  # "where": the place named just before
_WHO: Final = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))
_IN: Final = frozenset(fold(w) for w in ("في", "وفي", "ففي"))


def _frame_places(lay: Layout, hit: Hit) -> list[Place]:
    """``وفي رأس العين، قال المتحدث إن … بالتزامن مع غارات على مواقع قسد في المدينة``: the place a
    sentence opens with (``وفي X،``) frames its cues whose clauses name none."""
    sent = lay.sentences[hit.sentence]
    first = lay.seg("c", sent.start)
    if first == hit.clause:
        return []
    clause = lay.clauses[first]
    head = TOKEN.findall(lay.ftext(clause.start, min(clause.end, clause.start + 8)))
    if not head or head[0] not in _IN:
        return []
    return [p for s, e, p, seg in lay.clause_places.get(first, _NO_PLACES)]


def _result_clause(lay: Layout, c: int) -> bool:
    """``…، لتضيّق الخناق على آخر جيوب التنظيم في بلدتي السوسة والباغوز``، ``لتقترب بذلك من تطويق
    نقطة … في بلدة الصرمان``: a clause telling what the fighting led to names places it neared,
    not where it was; one framing it (``في إطار الحملة … على جيب حوض اليرموك``) names the
    campaign's ground."""
    clause = lay.clauses[c]
    head = TOKEN.findall(lay.ftext(clause.start, min(clause.end, clause.start + 16)))
    return bool(head) and (head[0].lstrip("و") in _RESULT_VERBS or tuple(head[:2]) == _FRAME)


def date_for(lay: Layout, hit: Hit) -> DateMention | None:
    """The nearest time cue in the clause, else the sentence; a cue that dates the announcement
    (``في بيان له اليوم``) yields to one that dates the event (``أمس``)."""
    in_sentence = lay.sentence_dates.get(hit.sentence)  # (read only)
    if not in_sentence:
        return None
    clause = [d for d, seg in in_sentence if _clause_of(lay, d, seg) == hit.clause]
    if not clause:
        in_sentence = _without_recalled(lay, hit, in_sentence)
    if not clause:  # another clause's ``منذ أيام`` says nothing of this cue's day …
        opener = lay.toks[bisect.bisect_left(lay.tok_starts, lay.sentences[hit.sentence].start)].start
        dated_here = [(d, seg) for d, seg in in_sentence if d.date]
        if not dated_here:  # … unless it opens the sentence (``وقبل أيام، استهدفت غارات …``):
            clause = [d for d, seg in in_sentence if d.start <= opener]  # a fronted adverb dates what follows
        in_sentence = dated_here
        if not in_sentence and not clause:
            return None
    pick = min(clause or [d for d, seg in in_sentence],
               key=lambda d: (announces(lay, d), abs(d.start - hit.start)))
    if announces(lay, pick):  # أعلن التنظيم، اليوم الجمعة، مسؤوليته عن التفجير … مساء الخميس
        dated = [d for d, seg in in_sentence if not announces(lay, d)]
        if dated:
            return min(dated, key=lambda d: abs(d.start - hit.start))
    return pick


def _clause_of(lay: Layout, d: DateMention, seg: tuple[int, int]) -> int:
    """The clause a time cue dates: its own, or — set off by commas as a clause of nothing but
    itself (``شهداء الاستهداف ملعباً لكرة القدم، السبت الماضي، عبر صاروخ``) — the one it closes,
    before it in the sentence. Not a fronted ``وأمس،`` (the start of what follows)."""
    c = seg[0]
    if c == 0 or lay.clauses[c - 1].start < lay.sentences[seg[1]].start:
        return c
    clause = lay.clauses[c]
    text = lay.doc.text
    before = lay.clauses[c - 1]
    if text[clause.start:d.start].strip() or not text[before.start:before.end].rstrip().endswith(("،", ",")) \
            or text[d.end:clause.end].strip() not in ("", "،", ",", "."):
        return c
    if text[d.start] == "و" and not text.startswith("وقت", d.start):
        return c
    return c - 1


def _without_recalled(lay: Layout, hit: Hit, dated: list[tuple[DateMention, tuple[int, int]]]
                      ) -> list[tuple[DateMention, tuple[int, int]]]:
    """Less the days of history told in a further statement after the cue (``…، مشيرةً إلى أنّ
    المنطقة كانت قد تعرضت لغارات بداية العام``): that statement recalls another matter; its old
    day neither dates the cue nor makes it history."""
    aside = _aside_statement(lay, hit)
    return [(d, seg) for d, seg in dated
            if d.start < aside or not is_history(d.date, d.precision, lay.doc.meta.published)]


def announces(lay: Layout, d: DateMention) -> bool:
    """The time cue dates a statement: a reporting word stands just before it (``في بيان له
    اليوم``، ``أعلن تنظيم داعش، اليوم``), with no event cue between, or right after it
    (``والجمعة، قال نصر الله إنّ …``), or "that" follows it (``قال الأمين العام، اليوم، إنّ …``).
    Every cue of the sentence asks of each of its time cues: read once a time cue."""
    key = (d.start, d.end)
    got = lay.announcing.get(key)
    if got is None:
        got = lay.announcing[key] = _announces(lay, d)
    return got


def _announces(lay: Layout, d: DateMention) -> bool:
    k = bisect.bisect_left(lay.tok_starts, d.start)
    after = bisect.bisect_left(lay.tok_starts, d.end)
    if after < len(lay.toks) and (lay.toks[after].text in _ANNOUNCE or lay.toks[after].text in _THAT) \
            and lay.seg("s", lay.toks[after].start) == lay.seg("s", d.start):
        return True
    for j in range(k - 1, max(-1, k - 6), -1):
        if lay.toks[j].text in _ANNOUNCE:
            return True
        if lay.toks[j].start in lay.cue_start_set:
            return False
    return False


def narrative_date(lay: Layout, k: int) -> DateMention | None:
    """The day a sentence without an event sets for the story (``لحظة أذان المغرب أمس الثلاثاء``):
    only when it is about the fighting (names an armed force) and dates the fact, not a statement."""
    sent = lay.sentences[k]
    own = [d for d in lay.dates if sent.start <= d.start < sent.end and d.date and d.precision == 1
           and not announces(lay, d)]
    if not own or not any(a.kind in ARMED for a in lay.actors_in(sent.start, sent.end)):
        return None
    return own[-1]


def background_sentences(lay: Layout) -> list[bool]:
    """Per sentence: does it open background (``وكانت``، ``يُذكر``، ``في المقابل`` …) or lead?
    A cue-less sentence inherits the narrative's date unless it does."""
    out = []
    for sent in lay.sentences:
        head = lay.ftext(sent.start, min(sent.end, sent.start + 25)).lstrip()
        p = lay.seg("p", sent.start)
        out.append(head.startswith(_BACKGROUND) and not head.startswith(_REPORTED_EARLIER + _MORE_OF_IT) or p == 0
                   or lay.bulletin and lay.paragraphs[p].start == sent.start)  # a bulletin's line: a new story
    return out


def is_history(iso: str | None, precision: int | None, published: str | None) -> bool:
    """Events before the article's month that it only recalls."""
    if not iso or not published:
        return False
    try:
        d, pub = date.fromisoformat(iso), date.fromisoformat(published[:10])
    except ValueError:
        return False
    before_month = (d.year, d.month) < (pub.year, pub.month)
    return before_month and (precision == 3 or (pub - d).days > _HISTORY_DAYS)


_SAYING: Final = re.compile(fold(r"^[\s،,]*(?:و)?(?:مبينا|مبينة|مضيفا|مضيفة|مشيرا|مشيرة|لافتا|لافتة|موضحا|موضحة|مؤكدا|مؤكدة"
                                 r"|في حين|بينما)(?:\s|$)"))  # (…، في حين شنت طائرات حربية غارات: another event's weapon)


def _aside_statement(lay: Layout, hit: Hit) -> int:
    """Where a clause after the cue's opens a further statement (``…، مبيّناً أن هناك تحليقاً
    للطيران المروحي``) or a contrasting one (``…، في حين شنت طائرات حربية غارات``): its weapons
    are not the cue's. (The same for every cue of a clause: read once a clause.)"""
    key = (hit.clause, hit.sentence)
    got = lay.asides.get(key)
    if got is None:
        got = lay.asides[key] = _find_aside_statement(lay, hit.clause, hit.sentence)
    return got


def _find_aside_statement(lay: Layout, clause: int, sentence: int) -> int:
    sent_end = lay.sentences[sentence].end
    for k in range(clause + 1, len(lay.clauses)):
        c = lay.clauses[k]
        if c.start >= sent_end:
            break
        if _SAYING.match(lay.ftext(c.start, min(c.end, c.start + 16))):
            return c.start
    return sent_end


def weapon_for(lay: Layout, hit: Hit, weapons: list[tuple[int, int, Row]], next_start: int) -> Row | None:
    """The weapon that goes with a cue: the nearest after it (before the next cue of the
    sentence) or one named before it in its clause (``سلاح الجو الروسي استهدف``); of those, the
    air/drone strike outranks shelling (ACLED)."""
    sent = lay.sentences[hit.sentence]
    cands = []
    limit = next_start
    if next_start - hit.end <= 2:  # استهدف قصفٌ مدفعي تركي: the verb's subject is the next cue, its weapon too
        limit = lay.clauses[hit.clause].end
    if _restated_next(lay, hit, next_start):  # استهداف قاعدة التنف، معلنةً أنّ الاستهداف تمّ بطائرتين مسيّرتين
        limit = lay.clauses[lay.seg("c", next_start)].end
    limit = min(limit, _aside_statement(lay, hit))
    after = [(s, w) for s, e, w in weapons if hit.end <= s < min(limit, sent.end)
             and not _abroad_item(lay, hit, s)]
    if after:
        cands.append(min(after, key=lambda c: c[0])[1])
    cands += [w for s, e, w in weapons if s < hit.start and lay.seg("c", s) == hit.clause]
    if not cands:  # named earlier in the sentence: ورصدت طائرات الاستطلاع … بحيث جرى استهدافها
        cue_before = (lay.cues_in(sent.start, hit.start) or [hit.start])[0]  # (the first: the least)
        if _names_again(lay, hit):  # باستهداف الطيران التركي مواقع …، وأنّ القصف طاول مقراً: that attack's weapon
            cue_before = hit.start
        before = [w for s, e, w in weapons if sent.start <= s < cue_before  # not another cue's weapon
                  and not _cue_between(lay, e, hit.start)]  # (مشاركة الطيران في المعارك، وزعم أنهم قصفوا: the battles')
        cands = before[-1:]
    if not cands:
        return None
    return max(cands, key=lambda w: SUB_RANK.get(w.sub, 0) if w.event_type != "Battles" else 0)


_AGAIN: Final = tuple(fold(w) for w in ("ال", "وال", "فال"))


def _names_again(lay: Layout, hit: Hit) -> bool:
    """A definite attack word (``القصف``، ``الاستهداف``) names again the attack told before it in
    its sentence."""
    return lay.toks[hit.tok].text.startswith(_AGAIN) and hit.row.role == "generic"


def _restated_next(lay: Layout, hit: Hit, next_start: int) -> bool:
    """The sentence's next cue is the definite form of this one (استهداف … أنّ الاستهداف تمّ
    بواسطة طائرتين): it names this attack again, and the weapon told with it is this one's."""
    stem = fold(hit.row.form)
    if stem.startswith("ال") or " " in stem or next_start >= lay.sentences[hit.sentence].end:
        return False
    k = bisect.bisect_left(lay.tok_starts, next_start)
    return k < len(lay.toks) and lay.toks[k].start == next_start and lay.toks[k].text in (
        "ال" + stem, "وال" + stem, "بال" + stem)


def _abroad_item(lay: Layout, hit: Hit, start: int) -> bool:
    """A weapon in a later clause that names a place abroad (``استهدفت قاعدتي الشدادي وعين الأسد،
    وقاعدة حرير المجاورة لمطار أربيل في كردستان العراق بطائرتين مسيّرتين``) arms that item, not the cue."""
    c = lay.seg("c", start)
    return c != hit.clause and c in lay.abroad_clauses


def actors_for(lay: Layout, hit: Hit, next_start: int) -> tuple[str | None, str | None]:
    """(initiator, target) from the forces named around the cue: the subject before it (or,
    verb first, right after it), and the first other force after it (``استهدفت … القوات
    الأميركية``، ``مواقع لمسلحي قسد``). A force that "was subjected to" the cue, or stands
    before a passive one (``جرى استهدافها``), is its target; a force before a cue that a
    preposition governs (``نقلت قتلاها في الغارات``) is the subject of another verb. Failing a
    named force, the adjective after the cue or its weapon names it (``الصواريخ الإسرائيلية``);
    civilian targets (``المناطق الآمنة``) are Civilians. Two forces of one side are not each
    other's target."""
    sent = lay.sentences[hit.sentence]
    before = [a for a in lay.actors_in(sent.start, hit.start) if a.end <= hit.start and not _no_author(lay, a)
              and not _area_holder(lay, a, hit)]
    upto = next_start if next_start - hit.end > 2 or lay.doc.text.startswith("و", next_start) else sent.end
    # (الغارتين استهدفتا نقاطاً للقوات الرديفة: the noun is the next cue's subject, whose object is the
    # noun's target too; not تدمير وإسقاط مسيرات, two deeds joined)
    after = _as_targets(lay, [a for a in lay.actors_in(hit.end, min(upto, sent.end, _target_reach(lay, hit)))
                              if not _patron(lay, a)])
    word = lay.toks[hit.tok].text
    prev = lay.toks[hit.tok - 1].text if hit.tok and lay.toks[hit.tok - 1].start >= sent.start else ""
    lo = max(hit.tok - 12, bisect.bisect_left(lay.tok_starts, sent.start))
    j = bisect.bisect_left(lay.suffered_toks, lo)
    suffered = j < len(lay.suffered_toks) and lay.suffered_toks[j] < hit.tok
    actor1 = actor2 = None
    sides = fight_sides(lay, hit)
    responder = responder_of(lay, hit)
    if sides is not None:  # اشتباكات بين هيئة تحرير الشام وفصائل الجيش الوطني: the two named sides
        actor1, actor2 = sides
    elif responder is not None:  # ردّ الجيش على قصف مناطقه: the attack answered fell on the responder
        actor2 = responder
        actor1 = next((a.canonical for a in after if not same_side(a.canonical, responder)), None)
    elif prev in PASSIVE and (before or after):
        target = after[0].canonical if after else _list_head(lay, before)
        actor2 = target
        actor1 = next((a.canonical for a in before if not same_side(a.canonical, target)), None)
    elif _pronoun_struck(lay, hit) and (before or (before := [  # (its losses told before it: the same force)
            a for a in lay.actors_in(sent.start, hit.start) if a.end <= hit.start])):
        # قتلى من مسلحي الهيئة بعد استهدافهم بمسيّرة للجيش السوري: the pronoun's force is the target
        actor2 = _list_head(lay, before)
        actor1 = next((a.canonical for a in after if not same_side(a.canonical, actor2)), None)
    elif suffered and (before or (before := _owners_before(lay, sent.start, hit.start))):
        actor2 = _list_head(lay, before)  # (its own losses named after the cue are not its author)
        actor1 = next((a.canonical for a in after if not same_side(a.canonical, actor2)), None)
    else:
        governed = (prev in PREPOSITIONS or prev in _SITE or word.startswith(("بال", "لل")) or _behind_preposition(word, hit.row.form)
                    or _coordinated_governed(lay, hit)) and not any(
            _light_verb(lay.toks[k].text) for k in range(max(0, hit.tok - _LIGHT_WINDOW), hit.tok) if lay.toks[k].start >= sent.start)
        agent = _agent_after(lay, hit, sent.end)
        means_owner = _owner_of_its_means(lay, hit, after)
        if means_owner is not None:  # الطائرات التي نفذت الغارات تابعة لسلاح الجو الأردني: the aircraft's owner
            actor1, after = means_owner.canonical, [a for a in after if a is not means_owner]
        elif agent is not None:  # العدوان الذي شنته قوات الولايات المتحدة: its author, whoever stands before
            actor1, after = agent[0], [a for a in after if a.start > agent[1] and _marked_target(lay, agent[1], a.start)]
            if not after and before and _pronoun_after_on(lay, agent[1], sent.end):
                after = [before[-1]]  # بعد هجوم لمقاتلي العشائر على مقرّاتها: the force before owns what was hit
        elif word in _ATTACK_NOUNS and (owner := _construct_agent(lay, hit, sent.end)) is not None:
            actor1, after = owner[0], [a for a in after if a.start != owner[1]]  # هجمات "قسد" في دير الزور: its own
            if not after and before and lay.seg("c", before[-1].start) == hit.clause:
                after = [before[-1]]  # قسد تستقدم تعزيزات لمواجهة هجوم مقاتلي العشائر: the side before meets it
        elif prev in _OPENS_CLAUSE and after and not word.startswith("ال") and _right_after(lay, hit, after[0].start):
            actor1, after = after[0].canonical, _past_partners(lay, after)  # …، حيث قصفت الفصائل مواقع: its own subject
        elif before and not governed and prev not in _RELATIVE \
                and _subject_clause(lay, lay.seg("c", before[-1].start), hit.clause) \
                and not _cue_between(lay, before[-1].end, hit.start):  # الغارات، التي استهدفت: the raids did
            actor1 = _list_head(lay, before)  # (قوات النظام والميليشيات الإيرانية: the list's head)
            if lay.seg("c", before[-1].start) != hit.clause:  # …، فيما استهدف قصف مدفعي تركي: the adjective names it
                actor1 = _national(lay, hit, lay.nationals) or actor1
        elif before and prev in _RELATIVE and _ends_at(lay, before[-1], hit.tok - 1) and before[-1].kind in ARMED:
            actor1 = _list_head(lay, before)  # قوات النظام، التي قصفت بالمدفعية قرى …: the force the verb's relative names
        elif after and _agent_relative(lay, hit, after[0].start):
            actor1, after = after[0].canonical, after[1:]  # غارات جوية شنها الطيران الروسي: the raids' author
        elif after and (not word.startswith("ال") or governed) and _right_after(lay, hit, after[0].start) \
                and not _subject_before(lay, hit) and prev not in _RELATIVE \
                and not _targeted_alone(lay, hit, after[0].end):  # الذي استهدف القوات …: the object
            actor1, after = after[0].canonical, _past_partners(lay, after)  # verb first: قصفت قوات النظام
        if actor1 is None:  # تعرضت المدينة لقصف صاروخي من مواقع النظام: fired from its positions, by it
            source = next((a for a in after if _fired_from(lay, a)), None)
            if source is not None:
                actor1, after = source.canonical, [a for a in after if a is not source]
        if actor1 is None and (by := agent_by(lay, hit)) is not None:  # قصف على مواقع الجيش من قبل جبهة النصرة
            actor1, after = by.canonical, [a for a in after if a.start != by.start]
        actor2 = next((a.canonical for a in after if not same_side(a.canonical, actor1)), None)
    if actor1 == "Civilians":  # civilians are whom violence falls on, not its authors
        actor1, actor2 = None, "Civilians"
        author = next((a for a in after if a.kind in ARMED and a.canonical != "Civilians"), None)
        if author is not None and _right_after(lay, hit, author.start):
            actor1 = author.canonical  # قتل 3 مدنيين برصاص قسد: the people before the cue, its author after it
    armed_before = [a for a in before if a.canonical != "Civilians"]
    if actor1 is None and armed_before and _possessed_agent(lay, hit):
        actor1 = armed_before[-1].canonical  # اتهمت قسد بـ … قصفها لمنازل المدنيين: "its shelling of"
        actor2 = None if actor2 == actor1 or same_side(actor2, actor1) else actor2
    actor1 = actor1 or _national(lay, hit, lay.nationals)
    if actor2 is None:
        actor2 = _national(lay, hit, lay.target_nationals, after_only=True)
    if actor2 is None and actor1 != "Civilians" and _civilian_target(lay, hit, next_start):
        actor2 = "Civilians"
    if actor2 is None and actor1 in _RAIDERS_OF_THE_ARMY and _army_site_target(lay, hit):
        actor2 = "Syrian government forces"  # استهدف العدوان الإسرائيلي مواقع عسكرية: the army's sites
    if actor1 == actor2:
        actor2 = None
    return actor1, actor2


_ON: Final = fold("على")
_REPLY_REACH: Final = 5  # words from a verb of replying to the cue it answers (ردّ الجيش السوري على قصف)


def reply_before(lay: Layout, hit: Hit) -> int | None:
    """The token of the verb or adverb of replying whose "على" the cue follows (``رداً على
    عدوان …``): the cue is the attack answered, told within the reply."""
    if hit.tok < 2 or lay.texts[hit.tok - 1] != _ON:
        return None
    j = bisect.bisect_left(lay.reply_toks, hit.tok - 1 - _REPLY_REACH)
    if j >= len(lay.reply_toks) or lay.reply_toks[j] >= hit.tok - 1 \
            or lay.toks[lay.reply_toks[j]].start < lay.sentences[hit.sentence].start:
        return None
    return lay.reply_toks[j]


def responder_of(lay: Layout, hit: Hit) -> str | None:
    """The force that replies to the cue: ``ردّ الجيش على قصف مناطقه`` (the force between the
    verb and its "على"), ``قصفت القوات مواقعهم رداً على استهداف`` (the sentence's first force
    before the adverb). The attack answered is not the responder's deed but fell on it."""
    k = reply_before(lay, hit)
    if k is None:
        return None
    sent = lay.sentences[hit.sentence]
    reply = lay.toks[k]
    between = [a for a in lay.actors_in(reply.end, lay.toks[hit.tok - 1].start) if a.kind in ARMED]
    if between:
        return between[0].canonical
    if lay.toks[hit.tok - 2].start != reply.start:
        return None  # (words other than a force between the verb and its "على")
    first = next((a for a in lay.actors_in(sent.start, reply.start) if a.kind in ARMED), None)
    return first.canonical if first is not None else None


_SITE: Final = frozenset(fold(w) for w in ("موقع", "مكان", "مواقع", "أماكن"))  # وصلت الإسعاف إلى موقع الاستهداف: the
# site of an attack told before; the subject before it reached the site, it did not strike
_OPENS_CLAUSE: Final = frozenset(fold(w) for w in ("حيث", "إذ"))  # a verb after them has its own subject, not the sentence's
_FORMER: Final = frozenset(fold(w) for w in ("سابق", "سابقا", "السابق", "سابقاً"))
_IN_BODY: Final = frozenset(fold(w) for w in ("في", "لدى"))  # قيادياً سابقاً في الجيش الحر (not وفي وقت سابق، استهدفت …)
_CHARGE: Final = frozenset(fold(w) for w in ("بتهمة", "بتهم", "بذريعة", "بحجة", "وبتهمة"))
_CHARGE_REACH: Final = 4  # words from "on the charge of" to the force it names (بتهمة الانتماء لخلايا التنظيم)


def _as_targets(lay: Layout, forces: list[ActorMention]) -> list[ActorMention]:
    """The forces after a cue as its targets: one named as a charge (``اعتقلت 20 شخصاً بتهمة
    الانتماء لخلايا التنظيم``) is none; one its victim "formerly" served (``قيادياً سابقاً في
    الجيش الحر``) stands for a civilian."""
    out = []
    for a in forces:
        k = bisect.bisect_right(lay.tok_starts, a.start) - 1
        if k > 0 and lay.toks[k].start < a.start:
            k += 1  # (a proclitic glued to the name: look before that word)
        if any(lay.toks[j].text in _CHARGE for j in range(max(0, k - _CHARGE_REACH), k)):
            continue
        if k >= 2 and lay.toks[k - 2].text in _FORMER and lay.toks[k - 1].text in _IN_BODY:
            a = ActorMention(a.start, a.end, "Civilians", a.surface, "civilians")
        out.append(a)
    return out


_BETWEEN_WORD: Final = fold("بين")
_BETWEEN_REACH: Final = 3  # words from the cue to its "between" (اشتباكات عنيفة اندلعت بين)


def fight_sides(lay: Layout, hit: Hit) -> tuple[str, str] | None:
    """The two forces a fight is "between", named right after the cue: the first, and the first
    after it of the other camp (else of another name: the factions fight one another too). (Read
    to the clause's end: a cue word inside a name, تحرير in هيئة تحرير الشام, ends nothing.)"""
    clause = lay.clauses[hit.clause]
    at = next((k for k in range(hit.tok + 1, min(len(lay.toks), hit.tok + 1 + _BETWEEN_REACH))
               if lay.toks[k].start < clause.end and lay.toks[k].text == _BETWEEN_WORD), None)
    if at is None:
        return None
    forces = [a for a in _as_targets(lay, lay.actors_in(lay.toks[at].end, _target_reach(lay, hit))) if a.kind in ARMED]
    if len(forces) < 2:
        return None
    first = forces[0].canonical
    second = next((a.canonical for a in forces[1:] if not same_side(a.canonical, first)), None) \
        or next((a.canonical for a in forces[1:] if a.canonical != first), None)
    return (first, second) if second else None


_AGENT_VERBS: Final = frozenset(fold(w) for w in (  # "which X carried out": the force after it is the cue's author
    "شنها", "شنتها", "شنه", "شنته", "نفذها", "نفذتها", "نفذه", "نفذته", "ألقتها", "ألقاها", "أطلقها", "أطلقتها",
    "يشنها", "تشنها", "ينفذها", "تنفذها", "وجهتها", "وجهها", "وجهته", "وجهه",
    "مصدره", "مصدرها"))  # القصف مصدره مسلحو قسد: where the shelling came from, its author


_AGENT_GAP: Final = 3  # words from such a verb to its subject (شنته طائرات حربية روسية)
_OWNED_BY: Final = frozenset(fold(w) for w in ("التابعة", "التابع", "التابعين", "التابعتين",
                                               "تابعة", "تابع"))  # (indefinite: طائرة مسيرة انتحارية تابعة لقوات النظام)
_MEANS: Final = frozenset(fold(w) for w in ("الطائرات", "الحربية", "الحربي", "المدفعية", "المروحيات", "الطيران", "الراجمات",
                                            "الدبابات", "المسيرة", "المسيرات", "الطائرة", "المروحية", "الروسية",
                                            "طائرة", "طائرات", "مسيرة", "مسيرات", "مروحية", "حربية", "انتحارية",
                                            "الانتحارية"))  # … التابعة لـ X: X's


def _owners_before(lay: Layout, start: int, end: int) -> list:
    """The armed owners of what "was subjected to" the cue (``تعرّضت قاعدة لجيش الاحتلال الأميركي
    لهجوم``): set aside as losses, they are still its target."""
    return [a for a in lay.actors_in(start, end) if a.end <= end and a.kind in ARMED and _among_losses(lay, a)]


def _agent_relative(lay: Layout, hit: Hit, start: int) -> bool:
    """A verb with the cue as its object pronoun stands between the cue and the force, within
    a few words (``غارات جوية شنها الطيران الروسي``، ``قصف نفذته الفصائل``)."""
    k = bisect.bisect_left(lay.tok_starts, start)
    own = bisect.bisect_right(lay.tok_starts, start) - 1  # the word the force starts in (لنظام)
    if own - 2 > hit.tok and own - hit.tok <= 6 and lay.toks[own - 1].text in _OWNED_BY \
            and lay.toks[own - 2].text in _MEANS:
        return True  # قصفت الطائرات الحربية التابعة لنظام الأسد: the weapon's owner
    return any(lay.toks[j].text in _AGENT_VERBS and k - j <= _AGENT_GAP
               for j in range(hit.tok + 1, min(k, hit.tok + 4)))  # (not a force named further on: its losses)


_MEANS_REACH: Final = 4  # words back from the cue to the aircraft or guns that carried it out (الطائرات التي نفذت هذه)
_OWNER_REACH: Final = 3  # words from the cue to "belonging to" (الغارات تابعة لـ)


def _owner_of_its_means(lay: Layout, hit: Hit, after: list[ActorMention]) -> ActorMention | None:
    """``الطائرات التي نفذت هذه الغارات تابعة لسلاح الجو الأردني``: the cue is the object of a
    relative clause on its means (aircraft, guns), and the force the means "belong to", right
    after the cue, is its author — not its target."""
    sent_start = lay.sentences[hit.sentence].start
    lo = max(0, hit.tok - _MEANS_REACH)
    rel = next((k for k in range(hit.tok - 1, lo, -1) if lay.toks[k].text in _RELATIVE), None)
    if rel is None or lay.toks[rel - 1].start < sent_start or lay.toks[rel - 1].text not in _MEANS:
        return None
    for a in after[:1]:
        own = bisect.bisect_right(lay.tok_starts, a.start) - 1
        if 0 < own - hit.tok <= _OWNER_REACH + 1 and lay.toks[own - 1].text in _OWNED_BY and a.kind in ARMED:
            return a
    return None


_TARGETING: Final = fold("استهداف")
_AFTER_OBJECT: Final = tuple(fold(w) for w in ("في", "ب", "على", "عند", "قرب", "داخل", "من", "شمال", "جنوب", "شرق", "غرب"))


def _targeted_alone(lay: Layout, hit: Hit, end: int) -> bool:
    """``استهداف القوات الأميركية في الحسكة``: the one force after the noun ``استهداف`` is whom it
    targets when a place, a means or the clause's end follows it; it is the author only when an
    object of its own follows (``استهداف الطيران التركي مواقع …``)."""
    word = lay.toks[hit.tok].text
    if _TARGETING not in word or word.endswith(("ها", "ه")) or _perfect_verb(word):
        return False
    k = bisect.bisect_left(lay.tok_starts, end)
    if k >= len(lay.toks) or lay.seg("c", lay.toks[k].start) != hit.clause:
        return True
    nxt = lay.toks[k].text
    return not nxt[0].isalpha() or nxt.startswith(_AFTER_OBJECT)


_AGENT_REACH: Final = 5  # words from the cue to the verb that carried it out (العدوان على حلب أمس شنّته)


def _agent_after(lay: Layout, hit: Hit, limit: int) -> tuple[str, int] | None:
    """(force, where named) right after a verb whose object pronoun is the cue (``الاعتداء الآثم
    الذي شنّته قوات الولايات المتحدة``، ``شنته طائرات إسرائيلية``) or after "by" (``هجوم مسلح من
    قبل مسلحي داعش``، ``على يد``), looked for past that verb even when it is a cue of its own."""
    if (lam := _lam_agent(lay, hit, limit)) is not None:
        return lam
    for j in range(hit.tok + 1, min(hit.tok + _AGENT_REACH + 1, len(lay.toks))):
        word = lay.toks[j].text
        if not word[0].isalpha():
            return None  # (a comma or a full stop: another clause's verb)
        by = word in _BY and lay.toks[j - 1].text.endswith(_BY[word])  # من قبل، على يد (مسلّحمن قبل: glued)
        if word in _AGENT_VERBS or by:
            last = min(j + _AGENT_GAP, len(lay.toks) - 1)
            forces = lay.actors_in(lay.toks[j].end, min(lay.toks[last].end, limit))
            if forces and forces[0].kind in ARMED:
                return forces[0].canonical, forces[0].start
            for k in range(j + 1, last + 1):
                force = nationality_force(lay.toks[k].text) if lay.toks[k].start < limit else None
                if force:
                    return force, lay.toks[k].start
            if not by:
                return None
    return None


_ATTACK_NOUNS: Final = frozenset(fold(w) for w in ("هجوم", "هجوما", "هجوماً", "هجمات", "وهجوم", "وهجمات", "بهجوم", "بهجمات"))
_LAM_REACH: Final = 3  # words from the attack noun to its "ل" (هجوم عنيف واسع لمقاتلي العشائر)
_FIGHTERS: Final = frozenset(fold(w) for w in ("مقاتلي", "عناصر", "مسلحي", "قوات", "جنود"))
_ON_REACH: Final = 5  # words from the force to the "على" of what it attacked


def _lam_agent(lay: Layout, hit: Hit, limit: int) -> tuple[str, int] | None:
    """``هجوم عنيف لمقاتلي العشائر على مقراتها``: an indefinite attack noun, a force after its
    "ل" and the target after "على" — the force is the attack's author (the ل of a noun's agent)."""
    if lay.toks[hit.tok].text not in _ATTACK_NOUNS:
        return None
    for j in range(hit.tok + 1, min(hit.tok + _LAM_REACH + 1, len(lay.toks))):
        tok = lay.toks[j]
        if not tok.text[0].isalpha() or tok.start >= limit:
            return None
        if not tok.text.startswith(fold("ل")):
            continue
        forces = lay.actors_in(tok.start, min(tok.end + 3, limit))
        if not forces or forces[0].kind not in ARMED or forces[0].start >= tok.end \
                and (tok.text[1:] not in _FIGHTERS or lay.doc.text[tok.end:forces[0].start].strip(' "«')):
            return None  # (لمقاتلي "جيش القبائل": the fighters of the force the quotes name)
        k = bisect.bisect_left(lay.tok_starts, forces[0].end)
        on = any(lay.toks[m].text == _ON and lay.toks[m].start < limit
                 for m in range(k, min(k + _ON_REACH, len(lay.toks))))
        return (forces[0].canonical, forces[0].start) if on else None
    return None


def _construct_agent(lay: Layout, hit: Hit, limit: int) -> tuple[str, int] | None:
    """``لمواجهة هجوم مقاتلي العشائر في ريف دير الزور``: an attack noun in construct with a force
    (no tanween, the force its very next word) is that force's attack — هجوم takes its object
    after على, so the noun it owns is its author."""
    word = lay.toks[hit.tok].text
    if word.endswith("ا") or hit.tok + 1 >= len(lay.toks):
        return None  # (هجوماً: indefinite, owns nothing)
    nxt = lay.toks[hit.tok + 1]
    if nxt.start >= limit:
        return None
    forces = lay.actors_in(nxt.start, nxt.end)
    if not forces or forces[0].kind not in ARMED or forces[0].canonical == "Civilians" \
            or forces[0].start != nxt.start and (nxt.text not in _FIGHTERS or lay.doc.text[nxt.end:forces[0].start].strip(' "«')):
        return None
    return forces[0].canonical, forces[0].start


_OWN_SUFFIXES: Final = tuple(fold(w) for w in ("ها", "هم"))


def _pronoun_after_on(lay: Layout, start: int, limit: int) -> bool:
    """The word after the "على" that follows the force at ``start`` ends in a pronoun (على
    مقرّاتها، على مواقعهم): what was attacked belongs to a force told before the cue."""
    k = bisect.bisect_left(lay.tok_starts, start)
    for m in range(k, min(k + _ON_REACH, len(lay.toks) - 1)):
        if lay.toks[m].text == _ON and lay.toks[m + 1].start < limit:
            return lay.toks[m + 1].text.endswith(_OWN_SUFFIXES)
    return False


_BY: Final = {fold("قبل"): fold("من"), fold("يد"): fold("على"), fold("أيدي"): fold("على")}  # the word "by" ends on, and its head


def _marked_target(lay: Layout, start: int, end: int) -> bool:
    """A target word (``على``، ``مواقع``) stands between the author and a force: the force is the
    target, not a co-author (``شنته طائرات إسرائيلية ومسيرات من الجماعات الإرهابية``)."""
    return any(lay.toks[k].text in _TARGET_MARKERS
               for k in range(bisect.bisect_left(lay.tok_starts, start), bisect.bisect_left(lay.tok_starts, end)))


_BY_WORDS: Final = frozenset(_BY)
_BY_GAP: Final = 2  # words from "by" to the force's name (من قبل جماعة "جبهة النصرة")


def agent_by(lay: Layout, hit: Hit) -> ActorMention | None:
    """The armed force after "by" (``من قبل``، ``على يد``، ``على أيدي``) later in the cue's
    sentence, no other cue between: the passive's agent, the cue's author (``تسجيل 3 عمليات قصف
    على مواقع الجيش من قبل جماعة جبهة النصرة``) — not of a bomb defused or a drone downed, whose
    planter or sender it names (``تفكيك عبوات مموهة من قبل الإرهابيين``)."""
    if hit.row.role == "disrupt":
        return None
    sent = lay.sentences[hit.sentence]
    for a in lay.actors_in(hit.end, sent.end):
        if a.kind not in ARMED or _cue_between(lay, hit.end, a.start):
            continue
        k = bisect.bisect_right(lay.tok_starts, a.start) - 1
        for j in range(max(hit.tok + 2, k - _BY_GAP), k):
            word = lay.toks[j].text
            if word in _BY_WORDS and lay.toks[j - 1].text == _BY[word]:
                return a
    return None


_MEANWHILE: Final = tuple(fold(w) for w in ("بالتزامن", "وبالتزامن", "تزامنا", "تزامن", "وتزامن", "بالتوازي", "وبالتوازي"))


def _target_reach(lay: Layout, hit: Hit) -> int:
    """Where the cue's object may still be named: its clause group and the short asides after it
    (``استهدفت الطائرات، صباح اليوم، مواقع لقسد``), not a new clause (``…، تزامن مع اعتداء الفصائل``).
    It depends only on the group's last clause and the sentence: worked out once for all the
    cues (and their fight sides) that share them."""
    k = max(_clause_group(lay, hit))
    key = (k, hit.sentence)
    got = lay.target_reaches.get(key)
    if got is None:
        got = lay.target_reaches[key] = _find_target_reach(lay, k, lay.sentences[hit.sentence].end)
    return got


def _find_target_reach(lay: Layout, k: int, sent_end: int) -> int:
    end = lay.clauses[k].end
    aside = False
    while k + 1 < len(lay.clauses) and lay.clauses[k + 1].start < sent_end:
        nxt = lay.clauses[k + 1]
        head = lay.ftext(nxt.start, nxt.start + 12).lstrip(" \"'“”«»")
        if head.startswith(_MEANWHILE):
            break  # …، بالتزامن مع هجوم الفصائل: another event's forces, even after a short aside
        words = bisect.bisect_left(lay.tok_starts, nxt.end) - bisect.bisect_left(lay.tok_starts, nxt.start)
        if words <= _ASIDE_TOKENS:
            aside, end, k = True, nxt.end, k + 1
            continue
        if head.startswith(("الذي", "التي")):
            end, k = nxt.end, k + 1  # الاستهداف، الذي طال القوات الأميركية: the object in a relative clause
            continue
        if aside:
            end = nxt.end  # the clause an aside interrupted goes on
        break
    return end


def fill_sides(lay: Layout, hit: Hit, actor1: str | None, actor2: str | None) -> tuple[str | None, str | None]:
    """The missing side of a fight between the government camp and the factions; the target
    of a force that fights only one foe in Syria, when the article names that foe. A strike
    whose object is a town, its villages or its market, no force or position named, falls on
    its people: Civilians (ACLED)."""
    if actor1 is None and actor2 is not None:
        actor1 = _opponent(lay, hit, actor2)
    elif actor2 is None and actor1 is not None:
        if hit.row.event_type == "Explosions/Remote violence" and (actor1 in GOV_SIDE or actor1 in OPP_SIDE) \
                and _town_target(lay, hit, actor1):
            return actor1, "Civilians"
        actor2 = _opponent(lay, hit, actor1)
        if actor2 is None and _ONE_FOE.get(actor1) in lay.armed_names:
            actor2 = _ONE_FOE[actor1]
    return actor1, actor2


_ONE_FOE: Final = {"Islamic Resistance in Iraq": "US-led coalition",  # its strikes in Syria hit US bases
                   "Turkish forces": "Syrian Democratic Forces"}  # its guns and drones in the north: the SDF's ground (ACLED)
_TOWNS: Final = frozenset(fold(w) for w in (
    "بلدة", "بلدتي", "بلدات", "مدينة", "مدينتي", "مدن", "قرية", "قريتي", "قرى", "أحياء", "حي", "سوق", "سوقا", "أسواق",
    "مستشفى", "مشفى", "مدرسة", "مدرستين", "مدارس", "مخيم", "مخيمات", "منازل", "مساكن"))
_POSITIONS: Final = _TARGET_MARKERS | frozenset(fold(w) for w in (
    "مطار", "رتل", "أرتال", "دورية", "آلية", "سيارة", "حاجز", "حواجز", "ثكنة", "كتيبة", "مستودع", "مستودعات", "محور",
    "محاور", "جبهة", "جبهات", "خطوط", "تحصينات", "منصات", "أطراف", "محيط", "تخوم",  # (outskirts: where the fronts are)
    "سيطرة", "سيطرته", "سيطرتها", "سيطرتهم", "نفوذ", "نفوذه", "نفوذها", "انتشار", "وجود", "تمركز"))  # (a force's ground)
_TOWN_REACH: Final = 12  # words after the cue searched for its object


def _town_target(lay: Layout, hit: Hit, author: str) -> bool:
    """The cue's object, the first target word after it in its clause (or, when the cue "befell"
    it, the subject before it: ``تعرضت مدينة تفتناز لقصف``), is a town or a civil building,
    not a position, base or force."""
    clause = lay.clauses[hit.clause]
    if hit.tok and suffered_word(lay.toks[max(0, hit.tok - 3)].text):
        return any(_strip_clitic(lay.toks[k].text) in _TOWNS for k in range(max(0, hit.tok - 2), hit.tok))
    for k in range(hit.tok + 1, min(len(lay.toks), hit.tok + 1 + _TOWN_REACH)):
        if lay.toks[k].start >= clause.end:
            return False
        word = _strip_clitic(lay.toks[k].text)
        if word in _TOWNS:
            return True
        if word in _POSITIONS and word not in _ON_AGAINST or any(
                not same_side(a.canonical, author) for a in lay.actors_in(lay.toks[k].start, lay.toks[k].end)):
            return False  # (the author named after its verb is no target: قصفت قوات النظام بلدة …)
    return False


_ON_AGAINST: Final = frozenset(fold(w) for w in ("على", "ضد"))


def _strip_clitic(word: str) -> str:
    """The word less a ب/و/ل/ف glued to it (وبلدة، بمدينة)."""
    if word in _TOWNS or word in _POSITIONS:
        return word
    return word[1:] if word[:1] in "وبلف" and len(word) > 3 else word


def _opponent(lay: Layout, hit: Hit, actor: str) -> str | None:
    """The other side of the war when only one is named: the nearest force of the opposing
    camp (government and allies vs. the Idlib factions) in the paragraph, else the article —
    but for the factions' camp, a group named only in other paragraphs, not in the headline, is
    no guess: the factions at large (ANNOTATION: الفصائل، المسلحين)."""
    if actor in GOV_SIDE:
        camp = OPP_SIDE
    elif actor in OPP_SIDE:
        camp = GOV_SIDE
    elif actor == "Islamic State":  # its cells fight the army in the desert and the SDF in the east
        para = lay.paragraphs[hit.paragraph]
        foes = [a for a in lay.actors_in(para.start, para.end) if a.canonical in _IS_FOES]
        if not foes:
            return None
        k = min(range(len(foes)), key=lambda j: abs(foes[j].start - hit.start))
        return _list_head(lay, foes[:k + 1])  # (الجيش السوري والقوات الرديفة: the army heads the list)
    else:
        return None
    cands = lay.camp_actors.get(camp)
    if cands is None:  # once per camp and document
        cands = lay.camp_actors[camp] = [a for a in lay.actors if a.canonical in camp]
    para = lay.paragraphs[hit.paragraph]
    near = [a for a in cands if para.start <= a.start < para.end]
    if not near and any(a.kind in ARMED and a.canonical not in camp and not same_side(a.canonical, actor)
                        for a in lay.actors_in(para.start, para.end)):
        return None  # the paragraph names its other foe (قسد، داعش): no faction from elsewhere
    if not near and camp is OPP_SIDE and cands and not lay.bulletin and not _headline_names(lay, cands):
        return _FACTIONS_AT_LARGE  # (no group named near it nor in the headline: the factions at large)
    near = near or ([] if lay.bulletin else cands)  # (a bulletin's other lines are other stories)
    if not near:
        return None
    k = min(range(len(near)), key=lambda j: abs(near[j].start - hit.start))
    return _list_head(lay, near[:k + 1])  # (قوات النظام والميليشيات الإيرانية: the list's head)


def _headline_names(lay: Layout, cands: list[ActorMention]) -> bool:
    """The article's first paragraph (its headline or lead) names one of ``cands``: the story is
    about that group, and its unnamed fighters elsewhere in it are that group's."""
    return bool(lay.paragraphs) and any(a.start < lay.paragraphs[0].end and a.canonical != _FACTIONS_AT_LARGE
                                        for a in cands)


GOV_COALITION: Final = GOV_SIDE
_FACTIONS_AT_LARGE: Final = "Syrian opposition factions"
_IS_FOES: Final = GOV_SIDE | {"Syrian Democratic Forces", "US-led coalition"}
OPP_SIDE: Final = frozenset({"Hayat Tahrir al-Sham", "National Liberation Front", "Syrian National Army", "Ansar al-Tawhid", "Hurras al-Din",
                             "Syrian opposition factions", "Turkistan Islamic Party", "Jaysh al-Izza"})
_RELATIVE: Final = frozenset(fold(w) for w in ("الذي", "التي", "اللذين", "اللتين"))
PASSIVE: Final = frozenset(fold(w) for w in ("جرى", "تم", "يتم", "وتم", "وجرى", "ليتم", "جرت", "وجرت"))
PREPOSITIONS: Final = frozenset(fold(w) for w in ("في", "من", "جراء", "إثر", "اثر", "خلال", "عن", "بعد", "عقب", "قبل", "ضمن", "نتيجة"))
_LIGHT_WINDOW: Final = 8  # words back to a light verb whose subject authors the cue (شنّ الاحتلال الأميركي مجموعة من الهجمات)
_LIGHT_VERBS: Final = tuple(fold(w) for w in ("قام", "قامت", "شن", "شنت", "نفذ", "نفذت", "أقدم", "أقدمت", "عمد", "عمدت", "تقوم", "يقوم",
                                         "بدأ", "بدأت", "تمكن", "تمكنت", "استطاع", "استطاعت", "نجح", "نجحت", "ردت", "ردوا"))
# (تمكّنت الفصائل من استعادة …: who "managed to" do it did it; وردّت قسد باستهداف نقطة تركية: who answered with it)


@lru_cache(maxsize=4096)
def _behind_preposition(word: str, form: str) -> bool:
    """``لعدوان``، ``بقصف``: a cue noun with ل or ب glued to it is governed by that preposition."""
    head = fold(form).split()[0]
    return word.endswith(head) and word[:len(word) - len(head)] in ("ل", "ب", "ول", "وب")


_ASIDE_TOKENS: Final = 6  # a clause this short between a subject and its verb is an aside (، في 18 نيسان الجاري،)


def _subject_clause(lay: Layout, c: int, cue_clause: int) -> bool:
    """The subject's clause is the cue's, the one before it, or the one before a short aside."""
    if c in (cue_clause, cue_clause - 1):
        return True
    if c != cue_clause - 2:
        return False
    aside = lay.clauses[cue_clause - 1]
    return bisect.bisect_left(lay.tok_starts, aside.end) - bisect.bisect_left(lay.tok_starts, aside.start) <= _ASIDE_TOKENS


def _cue_between(lay: Layout, start: int, end: int) -> bool:
    """Another event cue stands in ``[start, end)``: the force before it is that cue's
    (``تصدت الدفاعات لعدوان جوي … استهدف المطار``: the strike, not the defences, hit it)."""
    k = bisect.bisect_left(lay.cue_starts, start)
    return k < len(lay.cue_starts) and lay.cue_starts[k] < end


def _pronoun_then(lay: Layout, hit: Hit, lead: str) -> bool:
    """A cue noun with a pronoun, the next word opening with ``lead`` (a preposition)."""
    form = hit.row.form
    if not (form.endswith(("ها", "هم")) or (form.endswith("ه") and not form.endswith("ة"))):
        return False
    nxt = lay.toks[hit.tok + 1].text if hit.tok + 1 < len(lay.toks) else ""
    return nxt.startswith(lead) and len(nxt) > 3


def _possessed_agent(lay: Layout, hit: Hit) -> bool:
    """A cue noun with a possessive pronoun whose object follows with ل (``قصفها لمنازل``): the
    pronoun is the author."""
    return _pronoun_then(lay, hit, "ل")


_BY_WHOM: Final = frozenset(fold(w) for w in ("قبل", "طرف"))  # (بقذائف من قبل الفصائل)


def _pronoun_struck(lay: Layout, hit: Hit) -> bool:
    """A cue noun with a pronoun whose weapon follows with ب and then its author with ل or من قبل
    (``بعد استهدافهم بمسيّرة للجيش``): the pronoun, the force named before, is the target (not
    ``استهدافها بالمسيّرات ميناء …``, where the pronoun is the author)."""
    if not _pronoun_then(lay, hit, "ب"):
        return False
    for k in range(hit.tok + 2, min(hit.tok + 4, len(lay.toks))):
        word = lay.toks[k].text
        if word.startswith("لل") or word in _BY_WHOM:
            return any(a.start == lay.toks[k if word.startswith("لل") else k + 1].start
                       for a in lay.actors_in(lay.toks[k].start, lay.toks[min(k + 1, len(lay.toks) - 1)].end))
    return False


_WITH: Final = frozenset(fold(w) for w in ("مع", "ومع", "بمشاركة", "وبمشاركة", "بمساندة", "وبمساندة", "بمؤازرة", "وبمؤازرة",
                                           "بإسناد", "وبإسناد", "بدعم", "وبدعم", "بغطاء", "وبغطاء"))


_JOINED: Final = re.compile(fold(r"^و(?:فصائل|قوات|عناصر|مقاتلو|مقاتلي|ميليشيات|مسلحو|مسلحي)?$"))


def _past_partners(lay: Layout, after: list) -> list:
    """The forces after a verb-first subject, less those joined to it by و (``قصفت المدفعية التركية
    وفصائل الجيش الوطني قرى``: the second is its partner, not the target)."""
    k = 1
    while k < len(after) and _JOINED.match(lay.ftext(after[k - 1].end, after[k].start).strip(" \"'“”«»،,")):
        k += 1
    return after[k:]


def _partner(lay: Layout, actor) -> bool:
    """``نفّذت القوات المسلحة، بالتعاون مع القوات الروسية، ضربات``: a force "with" whom the
    subject acts is its associate, not the author."""
    k = bisect.bisect_right(lay.tok_starts, actor.start) - 1
    if k > 1 and lay.toks[k - 1].text in _SUPPORT_MEANS:
        k -= 1  # بمساندة مروحيات التحالف، بدعم من التحالف: the supporter behind its means
    return k > 0 and lay.toks[k - 1].text in _WITH


_SUPPORT_MEANS: Final = frozenset(fold(w) for w in ("من", "مروحيات", "طائرات", "طيران", "مقاتلات", "مدفعية"))


_PATRONAGE: Final = frozenset(fold(w) for w in ("العميلة", "عميلة", "العميل", "المدعومة", "مدعومة", "المدعوم", "الموالية",
                                          "موالية", "الموالي", "الممولة", "المرتبطة"))


def _no_author(lay: Layout, actor) -> bool:
    """A force named where the losses fell, as a partner or as a patron is not the author of a
    cue after it: read once a mention (every cue of its sentence after it asks)."""
    got = lay.no_authors.get(actor.start)
    if got is None:
        got = lay.no_authors[actor.start] = _among_losses(lay, actor) or _partner(lay, actor) or _patron(lay, actor)
    return got


def _patron(lay: Layout, actor) -> bool:
    """``قسد، العميلة للاحتلال الأميركي، شنّت``، ``قسد المدعومة من التحالف هاجمت``: the patron
    named to describe the subject is not the author (read once a mention)."""
    got = lay.patrons.get(actor.start)
    if got is None:
        got = lay.patrons[actor.start] = _find_patron(lay, actor)
    return got


def _find_patron(lay: Layout, actor) -> bool:
    k = bisect.bisect_right(lay.tok_starts, actor.start) - 1
    if k > 0 and lay.toks[k].start < actor.start:
        k += 1  # a proclitic glued to the name (للاحتلال): look before that word
    return any(lay.toks[j].text in _PATRONAGE for j in range(max(0, k - 2), k))


_HOLDS: Final = frozenset(fold(w) for w in ("سيطرة", "نفوذ"))


def _area_holder(lay: Layout, actor, hit: Hit) -> bool:
    """``قادمة من مناطق سيطرة قسد، وإن الشرطة اعتقلت``: a force named, in a clause before the
    cue's, only as whose area something came from or lies in is not the cue's author."""
    return _holds_area(lay, actor) and lay.seg("c", actor.start) < hit.clause


def _holds_area(lay: Layout, actor) -> bool:
    """The force is named as whose area it is (``سيطرة قسد``، ``سيطرة ميليشيا قسد``: a word
    between); read once a mention (every cue after it in its sentence asks)."""
    got = lay.area_holders.get(actor.start)
    if got is None:
        k = bisect.bisect_right(lay.tok_starts, actor.start) - 1
        got = lay.area_holders[actor.start] = any(lay.toks[j].text in _HOLDS for j in range(max(0, k - 2), k))
    return got


def _among_losses(lay: Layout, actor) -> bool:
    """``في صفوف هيئة تحرير الشام``، ``مواقع تابعة لتنظيم …``: a force named as where the
    losses fell or as the owner of a target — not anyone's author."""
    k = bisect.bisect_right(lay.tok_starts, actor.start) - 1  # the word the name starts in
    if k > 0 and lay.toks[k].start < actor.start:
        k += 1  # a proclitic glued to the name (لتنظيم): look before that word
    for j in range(max(0, k - 2), k):
        w = lay.toks[j].text
        if w in _LOSS_MARKERS and not (w in _BELONGS and not any(
                lay.toks[i].text in _LOSS_MARKERS and lay.toks[i].text not in _BELONGS for i in range(max(0, j - 2), j))):
            return True  # (تابعة لـ marks an owned target — مواقع تابعة لـ — not an agent: جهاز الأمن التابع لـ)
    return False


_BELONGS: Final = frozenset(fold(w) for w in ("تابعة", "التابعة", "تابع", "التابع"))


_LOSS_MARKERS: Final = frozenset(fold(w) for w in (
    "صفوف", "بصفوف", "قتلى", "جرحى", "خسائر", "عناصر", "تابعة", "التابعة", "تابع", "التابع", "مواقع", "مقار",
    "مقرات", "نقاط", "تحصينات", "معاقل", "تجمعات", "قاعدة", "قاعدتي", "قواعد", "القاعدة", "القواعد",
    "آخرين", "آخرون", "شهداء", "مصابين",  # (وجرح 11 آخرين من القوات الرديفة: the wounded's force)
    "حواجز", "حاجز", "حاجزا"))  # (هاجم مقاتلون حواجز لقوات النظام: the checkpoints' owner, not the attacker)


def _coordinated_governed(lay: Layout, hit: Hit) -> bool:
    """``في غارات جوية وضربات مدفعية``: a cue joined by و to one a preposition governs."""
    if not lay.toks[hit.tok].text.startswith("و"):
        return False
    seen_cue = False
    for j in range(hit.tok - 1, max(-1, hit.tok - 5), -1):
        w = lay.toks[j].text
        if w in PREPOSITIONS:
            return seen_cue
        seen_cue = seen_cue or lay.toks[j].start in lay.cue_start_set
    return False


def _list_head(lay: Layout, before: list) -> str:
    """The first force of the list that ends right before the cue (``تحركات لهيئة تحرير الشام
    والحزب الإسلامي التركستاني``: the first is the target, the rest associated)."""
    k = len(before) - 1
    while k > 0 and lay.ftext(before[k - 1].end, before[k].start).strip(" \"'،,") in ("و", "ول", "ولـ"):
        k -= 1
    return before[k].canonical


_FROM: Final = fold("من")


def _fired_from(lay: Layout, actor: ActorMention) -> bool:
    """``من مواقع النظام``: the force's name opens with "from": where (and so by whom) it was fired."""
    k = bisect.bisect_right(lay.tok_starts, actor.start) - 1
    return k > 0 and lay.toks[k].start == actor.start and lay.toks[k - 1].text == _FROM \
        and _folded_name(actor.surface).split()[0] in _POSITION_NAMES


_POSITION_NAMES: Final = frozenset(fold(w) for w in ("مواقع", "نقاط", "حواجز", "راجمات", "مدفعية"))


def _ends_at(lay: Layout, actor: ActorMention, k: int) -> bool:
    """The force's name ends right before token ``k`` (a comma between allowed)."""
    return k > 0 and bisect.bisect_left(lay.tok_starts, actor.end) == k


def _subject_before(lay: Layout, hit: Hit) -> bool:
    """A weapon stands before the verb in its clause (``الطائرات الحربية استهدفت …``): the
    force after the verb is its object, not its subject."""
    clause = lay.clauses[hit.clause]
    return any(clause.start <= s < hit.start for s in lay.weapon_starts)


def _right_after(lay: Layout, hit: Hit, start: int) -> bool:
    """A force within two words after the cue, and not as the owner of its object (``استهداف
    مواقع لهيئة …`` names the target)."""
    k = bisect.bisect_right(lay.tok_starts, start) - 1  # the word the force starts in (قصف مدفعي لقوات النظام)
    if k - hit.tok == 3 and lay.toks[hit.tok + 1].text in _RELATIVE:
        return True  # التصعيد الذي نفذه المسلحون
    if 2 <= k - hit.tok <= 3 and _light_verb(lay.toks[k - 1].text):
        return True  # قصف نفذته الفصائل، هجوم واسع بدأه مقاتلو العشائر
    return k - hit.tok <= 2 and not any(lay.toks[j].text in _TARGET_MARKERS for j in range(hit.tok + 1, k))


def same_side(a: str | None, b: str | None) -> bool:
    """One force, or two of one coalition (the government and its allies; the Idlib factions)."""
    if a is None or b is None:
        return a == b
    return a == b or (a in GOV_SIDE and b in GOV_SIDE) or (a in OPP_SIDE and b in OPP_SIDE)


@lru_cache(maxsize=4096)
def _light_verb(word: str) -> bool:
    """``قامت القوات بقصف``: the verb whose subject is the cue's author."""
    return word.startswith(_LIGHT_VERBS) or (word[:1] in "وف" and word[1:].startswith(_LIGHT_VERBS))


def _national(lay: Layout, hit: Hit, nationals: list[tuple[int, str]], after_only: bool = False) -> str | None:
    """The force a nationality adjective names in the cue's clause: right after the cue or a
    weapon, the author (``الاعتداء الإسرائيلي``، ``طائرات روسية``); after a target noun, the
    target (``القاعدة الأميركية``)."""
    clause = lay.clauses[hit.clause]
    best = None
    for k, canonical in nationals:
        pos = lay.toks[k].start
        if clause.start <= pos < clause.end and (k > hit.tok if after_only else k <= hit.tok + 3):
            if best is None or abs(k - hit.tok) < abs(best[0] - hit.tok):
                best = (k, canonical)
    if best is None and not after_only:
        return _national_before_aside(lay, hit, nationals)
    return best[1] if best else None


def _national_before_aside(lay: Layout, hit: Hit, nationals: list[tuple[int, str]]) -> str | None:
    """``وشنت طائرات حربية روسية، اليوم الأربعاء، غارات على …``: the subject's adjective stands
    before a short aside (the day) that commas cut from the cue's clause — still the author, when
    no other cue comes between."""
    c = hit.clause
    if c < 2 or not _subject_clause(lay, c - 2, c):
        return None
    lo, hi = lay.clauses[c - 2].start, lay.clauses[c - 1].start
    told = [(k, canonical) for k, canonical in nationals if lo <= lay.toks[k].start < hi]
    if not told or _cue_between(lay, lay.toks[told[-1][0]].start, hit.start):
        return None
    return told[-1][1]


def _civilian_target(lay: Layout, hit: Hit, next_start: int) -> bool:
    """A civilian target named after the cue in its clause (``على المناطق الآمنة``), struck, not
    only the ground where the struck thing stands (استهدافهم مقار التنظيم في عدة قرى وبلدات)."""
    clause = lay.clauses[hit.clause]
    end = min(clause.end, next_start)
    return any(hit.end <= s < end and not _told_as_where(lay, s) for s in lay.civilian_targets)


# A raider from abroad whose strikes on "military sites" in Syria, no force named, hit the Syrian army's.
_RAIDERS_OF_THE_ARMY: Final = frozenset({"Israeli forces"})
_SITE_NOUNS: Final = frozenset(fold(w) for w in (
    "موقع", "موقعا", "موقعين", "موقعان", "مواقع", "الموقع", "المواقع", "نقطة", "نقطتين", "نقاط", "النقاط",
    "مقر", "مقرا", "مقرات", "المقرات", "ثكنة", "الثكنة", "مستودع", "مستودعات", "كتيبة", "مطار", "المطار"))
_MILITARY_ADJ: Final = frozenset(fold(w) for w in (
    "عسكري", "عسكريا", "عسكرية", "عسكريين", "العسكري", "العسكرية", "العسكريين", "للجيش", "لقواتنا", "للقوات",
    "للدفاع", "الدفاع"))
_SITE_REACH: Final = 8  # words after the cue where the struck site stands (استهدف عدداً من النقاط العسكرية)


def _army_site_target(lay: Layout, hit: Hit) -> bool:
    """The cue strikes a military site named in its clause with no force (``مستهدفاً مواقع
    عسكرية``، ``استهدف موقعين للقوات المسلحة``، ``عدداً من النقاط العسكرية``)."""
    end = lay.clauses[hit.clause].end  # (عدواناً جوياً استهدف …: the verb after the noun tells the same raid)
    for k in range(hit.tok + 1, min(len(lay.toks) - 1, hit.tok + 1 + _SITE_REACH)):
        if lay.toks[k + 1].start >= end:
            return False
        if _strip_clitic(lay.toks[k].text) in _SITE_NOUNS and lay.toks[k + 1].text in _MILITARY_ADJ:
            return True
    return False


_WHERE_IN: Final = frozenset(fold(w) for w in ("في", "وفي", "داخل"))
_SOME: Final = frozenset(fold(w) for w in ("عدة", "بعض", "عدد", "إحدى", "أحد"))


def _told_as_where(lay: Layout, start: int) -> bool:
    """The civilian words right after في (في عدة قرى وبلدات، في الأحياء السكنية): where it struck."""
    k = bisect.bisect_right(lay.tok_starts, start) - 1
    if k > 0 and lay.toks[k - 1].text in _SOME:
        k -= 1
    return k > 0 and lay.toks[k - 1].text in _WHERE_IN


def suffered_word(word: str) -> bool:
    """``تعرضت``: the force before it was the target (asked of every new word of a text)."""
    return _SUFFERED_STEM in word


def actor_after(lay: Layout, hit: Hit, within: int = 6) -> str | None:
    """The force named right after a noun cue (سيطرة الفصائل، انسحاب قوات النظام)."""
    limit = min(lay.toks[min(len(lay.toks) - 1, hit.tok + within)].end, lay.sentences[hit.sentence].end)
    k = bisect.bisect_left(lay.actor_at, hit.end)  # the first force after the cue
    if k < len(lay.actors) and lay.actors[k].start <= limit:
        j = bisect.bisect_right(lay.tok_starts, lay.actors[k].start) - 1
        if j > hit.tok and lay.toks[j].start < lay.actors[k].start:
            j += 1  # (a proclitic glued to the name)
        if lay.toks[j - 1].text in _FROM_WHOM:
            return None  # استعادة السيطرة على البلدة من قوات النظام: whom it was taken from
        return lay.actors[k].canonical
    return None


_FROM_WHOM: Final = frozenset(fold(w) for w in ("من", "على"))


def territory_sub(lay: Layout, hit: Hit, actor1: str | None) -> tuple[str, str | None]:
    """(sub-type, gainer): who gains decides; a withdrawal is the other side's gain."""
    noun = fold(hit.row.form).startswith(("سيطره", "السيطره", "بسيطره", "استعاده", "استرجاع", "انسحاب"))
    mover = actor_after(lay, hit) if noun else None
    mover = mover or actor1
    if hit.row.role == "withdraw":
        gov = mover in GOV_SIDE
        return ("Non-state actor overtakes territory" if gov or mover is None else "Government regains territory"), None
    sub = "Government regains territory" if mover in GOV_SIDE else "Non-state actor overtakes territory"
    return sub, mover


def _perfect_verb(word: str) -> bool:
    """A folded word shaped like a past verb of a force (أسقطت، تصدت، قصفوا), not a plural noun (غارات)."""
    w = word[1:] if word[:1] in ("و", "ف") else word
    return len(w) >= 4 and not w.startswith("ال") and (w.endswith("وا") or w.endswith("ت") and not w.endswith("ات"))


_OWN_SUBJECT_WINDOW: Final = 3  # words after a coordinated verb within which a force is its own subject


def coordinated_subject(lay: Layout, hit: Hit) -> str | None:
    """The subject of a verb cue joined by و to an earlier verb of its sentence (``تصدّت
    الدفاعات الجوية لعدوان إسرائيلي، وأسقطت معظم الصواريخ``), or of the light verb so joined
    that the cue is the object of (``اقتحمت أرتال الهيئة القرى …، وبدأت بحملة اعتقالات``): the
    nearest force that stands right after a verb before it (or, for the light verb, right before
    the first verb), unless the cue has a force of its own right after it."""
    word = lay.toks[hit.tok].text
    sent = lay.sentences[hit.sentence]
    verb = hit.tok
    if not (word.startswith("و") and _perfect_verb(word)):
        verb = hit.tok - 1  # وبدأت بحملة اعتقالات، وشنّت غارات: the coordinated light verb the cue is the object of
        if verb < 0 or lay.toks[verb].start < sent.start or not lay.toks[verb].text.startswith("و") \
                or not _light_verb(lay.toks[verb].text):
            return None
    own = [a for a in lay.actors_in(hit.end, sent.end) if a.kind in ARMED]
    if own and bisect.bisect_left(lay.tok_starts, own[0].start) - hit.tok <= _OWN_SUBJECT_WINDOW:
        return None  # وقصفت قوات النظام …: a new subject
    k0 = bisect.bisect_left(lay.tok_starts, sent.start)
    for a in reversed(lay.actors_in(sent.start, lay.toks[verb].start)):
        k = bisect.bisect_right(lay.tok_starts, a.start) - 1
        if a.kind in ARMED and any(_perfect_verb(lay.toks[j].text) for j in range(max(k0, k - 2), k)):
            return a.canonical
        if verb != hit.tok and a.kind in ARMED:  # أرتالاً لهيئة تحرير الشام اقتحمت القرى …، وبدأت بحملة: the
            e = bisect.bisect_left(lay.tok_starts, a.end)  # subject before the first verb
            if e < verb and _perfect_verb(lay.toks[e].text) and not lay.toks[e].text.startswith("و"):
                return a.canonical
    return None


def armed_subject(lay: Layout, hit: Hit) -> str | None:
    """A nation named right with the cue names its author, whatever force stands before: a verb
    right after a weapon's nationality (``صواريخ إسرائيلية استهدفت``), a nominal cue right before
    one (``واستهداف سوري روسي لمواقع الهيئة``، ``وغارات روسية على …``)."""
    word = lay.toks[hit.tok].text
    if _perfect_verb(word):
        at = hit.tok - 1 if not word.startswith("و") else -1
    elif word[:1] in ("ي", "ت"):
        return None  # a present verb (تقصف): its subject is named apart
    else:
        at = hit.tok + (2 if hit.tok + 1 < len(lay.toks) and lay.toks[hit.tok + 1].text in AIR_ADJ else 1)
    return next((force for k, force in lay.nationals if k == at), None)


AIR_ADJ: Final = frozenset(fold(w) for w in ("جوية", "الجوية", "جوي", "الجوي", "صاروخية", "الصاروخية", "مدفعية"))  # غارات جوية روسية


# "The gunmen", "the terrorists": ANNOTATION.md codes them as the factions only "when they are meant";
# after the article names the group outside the factions' camp that fought (``مسلحون يعتقد أنهم من
# خلايا داعش``) they are that group. (Among the Idlib factions the dev gold keeps them generic.)
_GUNMEN: Final = frozenset(fold(w) for w in ("المسلحين", "المسلحون", "الإرهابيين", "الإرهابيون"))
_NAMED_GROUPS: Final = frozenset({"Islamic State", "Syrian Democratic Forces", "Arab Tribal Forces"})
# A faction of the factions' camp named by its own name (مسلحو "أنصار التوحيد"، "جبهة النصرة"): "the
# gunmen" told after it are its own only while it is the one faction the article has named (the dev gold
# keeps them generic once several were) — not "the terrorists" of government speech, which name the camp.
_NOT_ONE_FACTION: Final = frozenset({"Syrian opposition factions", "Al-Qaeda", "Kurdistan Workers' Party"})
_ONE_FACTION_GUNMEN: Final = frozenset(fold(w) for w in ("المسلحين", "المسلحون"))
_CAMP_HEADS: Final = frozenset({"Hayat Tahrir al-Sham"})  # Idlib's ruling faction: its gunmen are the camp's (dev gold, tests)
_GROUP_REACH: Final = 2  # paragraphs back a group's name still tells who "the gunmen" are


_BARE_RESISTANCE: Final = fold("المقاومة الإسلامية")


def _bare_resistance(lay: Layout) -> dict[int, ActorMention]:
    """``المقاومة الإسلامية`` alone is Hezbollah's name — unless the article last named another
    "Islamic resistance" in full (``المقاومة الإسلامية في العراق``): then it is that one."""
    swap: dict[int, ActorMention] = {}
    full: ActorMention | None = None
    for a in lay.all_actors:
        name = _folded_name(a.surface)
        if name.startswith(_BARE_RESISTANCE + " "):
            full = a  # (في لبنان names Hezbollah again)
        elif name == _BARE_RESISTANCE and full is not None and full.canonical != a.canonical:
            swap[a.start] = ActorMention(a.start, a.end, full.canonical, a.surface, a.kind)
    return swap


_HTS: Final = "Hayat Tahrir al-Sham"
# هيئة تحرير الشام، هيئة التفاوض …: opened by the literal (a first character the engine skips to),
# what stands before it asked by a look-behind after it (opened by the look-behind, the pattern was
# tried at every position of the text)
_BODY: Final = re.compile(fold(r"هيئة(?<![\u0621-\u064A]هيئة)\s+([\u0621-\u064A]+)"))
_BARE_BODY: Final = re.compile(fold(r"(?<![\u0621-\u064A])(?:[وفب]?ال|[وف]?لل)هيئة(?![\u0621-\u064A])(?!\s+ال)"))


_SNA: Final = "Syrian National Army"
_BARE_ARMY: Final = fold("الجيش")


def _bare_national_army(lay: Layout) -> dict[int, ActorMention]:
    """``قال المتحدث باسم الجيش الوطني إن مقاتلي الجيش سيطروا``: a bare ``الجيش`` after the
    National Army was named in its sentence, and no other army between, is that army."""
    swap: dict[int, ActorMention] = {}
    last: ActorMention | None = None
    for a in lay.all_actors:
        if a.canonical == _SNA:
            last = a
        elif a.canonical == "Syrian government forces":
            if last is not None and _folded_name(a.surface) == _BARE_ARMY and lay.seg("s", last.start) == lay.seg("s", a.start):
                swap[a.start] = ActorMention(a.start, a.end, _SNA, a.surface, last.kind)
            else:
                last = None  # (the Syrian army named: a bare الجيش after it is that one)
    return swap


def _bare_hts(lay: Layout) -> list[ActorMention]:
    """``الهيئة`` alone (``شنّت الهيئة حملة دهم``) after the article named Hayat Tahrir al-Sham
    and no other "هيئة": that group. (Not before an adjective: ``الهيئة العامة``.)"""
    named = [a for a in lay.actors if a.canonical == _HTS]
    if not named or any(m.group(1) != fold("تحرير") for m in _BODY.finditer(lay.folded)):
        return []
    out = []
    for m in _BARE_BODY.finditer(lay.folded, lay.folded.find(fold("هيئة"))):
        k0, k1 = lay.findex[m.start()], lay.findex[m.end() - 1] + 1
        if named[0].end <= k0 and not inside_actor(lay, k0, k1):
            out.append(ActorMention(k0, k1, _HTS, lay.doc.text[k0:k1], named[0].kind))
    return out


def resolve_gunmen(lay: Layout) -> None:
    """``المسلحين`` where the article named one armed group, and no other, in this paragraph or
    the last two before it: that group, not the generic factions; gunmen so found to be a faction
    stay it in the next paragraphs, though another is named beside them. (And a bare ``المقاومة
    الإسلامية`` after another resistance's full name: that one; a bare ``الهيئة`` after Hayat
    Tahrir al-Sham: that group.)"""
    added = _bare_hts(lay)
    if added:
        lay.all_actors = sorted(lay.all_actors + added, key=lambda a: a.start)
        lay.actor_starts = [a.start for a in lay.all_actors]
        lay.actors = sorted(lay.actors + added, key=lambda a: a.start)
        lay.actor_at = [a.start for a in lay.actors]
    swap = _bare_resistance(lay)
    swap.update(_bare_national_army(lay))
    named = [a for a in lay.all_actors if a.canonical in _NAMED_GROUPS or _one_faction(a)]
    starts = [a.start for a in named]
    chain: tuple[str, int] | None = None  # the faction "the gunmen" were last found to be, and where
    for a in lay.all_actors:
        if named and a.canonical == "Syrian opposition factions" and _folded_name(a.surface) in _GUNMEN:
            p = lay.seg("p", a.start)
            since = lay.paragraphs[max(0, p - _GROUP_REACH)].start
            upto = bisect.bisect_left(starts, a.start)
            told = {n.canonical for n in named[bisect.bisect_left(starts, since):upto]}
            one = _folded_name(a.surface) in _ONE_FACTION_GUNMEN
            if len(told) == 1 and (next(iter(told)) in _NAMED_GROUPS or one
                                   and next(iter(told)) not in _CAMP_HEADS
                                   and len({n.canonical for n in named[:upto] if _one_faction(n)}) == 1):
                swap[a.start] = ActorMention(a.start, a.end, told.pop(), a.surface, a.kind)
                if one and swap[a.start].canonical not in _NAMED_GROUPS:
                    chain = (swap[a.start].canonical, p)
            elif one and chain is not None and p - chain[1] <= _GROUP_REACH:
                # المسلحين هجموا أيضاً على الفطيرة، بالتزامن مع هجوم آخر لأحرار الشام … تراجع المسلحين: still
                swap[a.start] = ActorMention(a.start, a.end, chain[0], a.surface, a.kind)  # those gunmen
                chain = (chain[0], p)
    if swap:
        lay.all_actors = [swap.get(a.start, a) for a in lay.all_actors]
        lay.actors = [swap.get(a.start, a) for a in lay.actors]
        lay.armed_names = {a.canonical for a in lay.actors if a.kind in ARMED}


def _one_faction(a: ActorMention) -> bool:
    """A faction of the factions' camp named by its own name (not the generic factions, nor a
    network named as whose ally a faction is)."""
    return a.kind == "rebels" and a.canonical not in _NOT_ONE_FACTION and a.canonical not in _NAMED_GROUPS


@lru_cache(maxsize=1024)
def _folded_name(surface: str) -> str:
    """The name as folded, without a proclitic (والمسلحين، للمسلحين → المسلحين)."""
    w = fold(surface).strip()
    w = w[1:] if w[:1] in "وفب" and w[1:].startswith(("ال", "لل")) else w
    return "ال" + w[2:] if w.startswith("لل") else w
