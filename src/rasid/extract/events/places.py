"""Where an event happened, and which event a cue tells again: the places of the cue's clause and of
what follows it, one draft per place, and a definite or claimed cue joined to the event told before.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from ...model import Place
from ...text.normalize import fold
from ..event_args import clause_has_place, places_for, rank
from ..event_text import ARMED, Hit, Layout, Row, base_owner
from .days import _not_days_ago
from .drafts import _Cue, _Draft, _Marks, _Story, _weapon_of
from .words import _AFTER, _AIR_POWERS, _EXPLOSIONS, _HAPPENED, _HOME_FORCES, _REPELLING, _between, repelling_in


_TOWARD: Final = re.compile(r"(?:نحو|باتجاه|صوب|تجاه)\s+(?:\S+\s+)?$")  # … نحو مدينة X
_ATTACKS: Final = frozenset({"Explosions/Remote violence", "Battles"})
_BASE_STRUCK: Final = frozenset({"US-led coalition"})  # whose bases in Syria are attacked only from afar
_ITEM_WEAPON_GAP: Final = 2  # words from a struck place to the ب of the means it alone was struck with


def _item_weapon(lay: Layout, hit: Hit, place: Place, weapons: list[tuple[int, int, Row]]) -> Row | None:
    """A place listed after the cue with its own means right after it (``استهدفوا قرى صبيخان والبوليل
    بقذائف الهاون، وبلدة بقرص بطائرة "درون" مسلحة``): that item was struck with it, whatever the
    cue's first weapon was. Only an air or drone means, which outranks shells (ACLED)."""
    sent = lay.sentences[hit.sentence]
    for s, e, p, seg in lay.event_places_in(hit.end, sent.end):
        if p is not place:
            continue
        k = bisect.bisect_left(lay.tok_starts, e)
        for w0, w1, row in weapons:
            j = bisect.bisect_left(lay.tok_starts, w0)
            if e <= w0 and j - k < _ITEM_WEAPON_GAP and lay.toks[j].text.startswith("ب") \
                    and row.sub == "Air/drone strike" and row.event_type == _EXPLOSIONS:
                return row
    return None


def _armed_before(lay: Layout, hit: Hit, told: _Draft, weapons: list[tuple[int, int, Row]]) -> bool:
    """A weapon named in the cue's sentence between the told event and the cue (``استهدفت مدفعيته
    القرية بقذيفتين، دون أن يؤدي العدوان إلى إصابات``): the weaponless cue names that armed
    attack again, so it keeps that attack's sub-type rather than its own default."""
    lo = max(told.hits[0].start, lay.sentences[hit.sentence].start)
    return any(lo <= s < hit.start for s, e, r in weapons)


_TOLD_PARAGRAPHS: Final = 2  # how far back a definite cue looks for the event it names again


_DEMONSTRATIVES: Final = frozenset(fold(w) for w in ("هذه", "هذا", "هذين", "هاتين", "تلك", "ذلك", "وهذه", "وهذا", "وتلك"))


def _told_before(lay: Layout, hit: Hit, etype: str, drafts: list[_Draft], loose: bool = False,
                 pointed: bool = False) -> _Draft | None:
    """The event a definite cue with no place in its clause names again (``العدوان تمّ عبر 3
    صواريخ``، ``الكمين وقع صباح اليوم``): the last one of its type — of any type for a bare
    attack word (``ودفعت هذه الهجمات``) — told shortly before, outside the lead. Such a cue
    takes no place from the rest of its sentence."""
    if not _definite(lay.toks[hit.tok].text, hit.row.form) or hit.paragraph == 0 \
            or (clause_has_place(lay, hit) and not _happened(lay, hit) and not _coincided(lay, hit)) \
            or hit.clause in lay.abroad_clauses:
        return None
    opening = None  # the lead's, dated, when the body told none: an opening paragraph that is the story itself
    for d in reversed(drafts):
        h = d.hits[0]
        if h.paragraph < hit.paragraph - _TOLD_PARAGRAPHS and not pointed:
            break
        if (loose or d.event_type == etype) and d.place is not None and h.start < hit.start:
            if not d.lead:
                return d
            opening = opening or (d if d.date is not None else None)
    return opening


_OWNS: Final = re.compile(fold(r"^[وف]?(?:تبنى|تبنت|يتبنى|تتبنى|مسؤولية|مسؤوليته|مسؤوليتها|مسؤوليتهم)$"))
_OWNS_WINDOW: Final = 8  # words before the attack word where the group's "claimed" stands


def _owned_up(lay: Layout, hit: Hit, etype: str, drafts: list[_Draft]) -> _Draft | None:
    """``وتبنّى تنظيم الدولة التفجير في بيان``: a group claims the attack told earlier in the
    article, however far back (even in its first paragraph) — that event, which the claim names
    the author of."""
    if not _definite(lay.toks[hit.tok].text, hit.row.form) or clause_has_place(lay, hit):
        return None
    clause = lay.clauses[hit.clause]
    owns = next((k for k in range(max(0, hit.tok - _OWNS_WINDOW), hit.tok)
                 if lay.toks[k].start >= clause.start and _OWNS.match(lay.toks[k].text)), None)
    if owns is None:
        return None
    told = next((d for d in reversed(drafts) if d.event_type == etype and d.place is not None
                 and d.hits[0].start < hit.start), None)
    owner = next((a.canonical for a in lay.actors_in(lay.toks[owns].start, hit.start) if a.kind in ARMED), None)
    if told is not None and told.actor1 is None:
        told.actor1 = owner  # (the group that owned up to it is its author)
    return told


def _at_base(place: Place, etype: str, actor1: str | None, actor2: str | None) -> tuple[str | None, str | None]:
    """An attack at a foreign base (التنف، حقل العمر) hits its owner; the owner is not its author
    (the US official who reports the drone attack on قاعدة رميلان)."""
    owner = base_owner(place)
    if owner is None or etype not in _ATTACKS or actor2 is not None:
        return actor1, actor2
    return (None if actor1 == owner else actor1), owner


def _told_here(hit: Hit, etype: str, place: Place, drafts: list[_Draft]) -> _Draft | None:
    """An event of the same type at the same place told shortly before: a cue that names no day
    of its own tells it again, not a new event on the story's day."""
    for d in reversed(drafts):
        if d.hits[0].paragraph < hit.paragraph - _TOLD_PARAGRAPHS:
            return None
        if d.event_type == etype and d.place is not None and d.place.id == place.id and not d.lead:
            return d
    return None


_COINCIDED: Final = re.compile(fold(r"^[وف]?(?:تزامن|تزامنت|يتزامن|تتزامن|ترافق|ترافقت|يترافق|تترافق)$"))


def _coincided(lay: Layout, hit: Hit) -> bool:
    """``وتزامن القصف مع هجوم العشائر على ذيبان``: the shelling just told coincided with an
    attack elsewhere; the places that follow are the attack's, not the shelling's."""
    return hit.tok > 0 and _COINCIDED.match(lay.toks[hit.tok - 1].text) is not None


def _happened(lay: Layout, hit: Hit) -> bool:
    """``الانفجار وقع في نقطة تابعة لمنطقة أعزاز``: "the explosion happened in …" details the
    event told before, whatever place it adds."""
    nxt = hit.tok + 1
    return nxt < len(lay.toks) and lay.toks[nxt].text in _HAPPENED


_ASIDE_BACK: Final = 3  # cues back that may hold the other event of the sentence
_BROKE_OUT: Final = re.compile(fold(r"^[وفب]?(?:تجدد|تجددت|يتجدد|تتجدد|اندلع|اندلعت|اندلاع|تندلع|دارت|تدور|اشتعلت|احتدمت|احتدام)$"))


def _aside(lay: Layout, hit: Hit, etype: str, hits: list[Hit]) -> bool:
    """A definite cue with no place in its clause, after an event of another type told earlier
    in the sentence (``خرج المئات في مظاهرة …، رافعين صور مقاتلين قُتلوا في المعارك``), names
    fighting the story knows, not a new event at that event's place — unless a verb says it
    broke out (``القصف مصدره قسد، إذ تجددت الاشتباكات بين …``: the fighting itself, told)."""
    if not _definite(lay.toks[hit.tok].text, hit.row.form) or clause_has_place(lay, hit):
        return False
    if hit.tok > 0 and _BROKE_OUT.match(lay.toks[hit.tok - 1].text):
        return False
    return any(h.sentence == hit.sentence and h.clause < hit.clause and h.row.event_type != etype
               for h in hits[-1 - _ASIDE_BACK:-1])


_RELATIVES: Final = tuple(fold(w) for w in ("الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان"))
_WHERE: Final = frozenset(fold(w) for w in ("حيث", "وحيث"))  # "where": the place named just before


def _after_relative(lay: Layout, hit: Hit) -> bool:
    """The cue is the verb of a relative clause (``التفجيرين اللذين استهدفا``): it tells of the
    deed its definite noun names."""
    return hit.tok > 0 and lay.toks[hit.tok - 1].text.endswith(_RELATIVES)


@lru_cache(maxsize=4096)
def _definite(word: str, form: str) -> bool:
    """Is the cue written definite (``الكمين``، ``والعدوان``), not glued to another word
    (``العراقاستهداف``)?"""
    head = fold(form).split()[0]
    if not word.endswith(head):
        return False
    prefix = word[:len(word) - len(head)]
    return prefix in ("ال", "وال", "فال") or (head.startswith("ال") and prefix in ("", "و", "ف"))


def _places_of(lay: Layout, cue: _Cue) -> list[Place]:
    """The clause's places, else the sentence's, else the paragraph's nearest; those named
    "especially" when some are; none past the next cue."""
    hit = cue.hit
    places = _up_to_next_cue(lay, hit, _especially(lay, hit, places_for(lay, hit)), cue.next_start)
    return _after_the_last_cue(lay, hit, places, cue.next_start)


def _after_the_last_cue(lay: Layout, hit: Hit, places: list[Place], next_start: int) -> list[Place]:
    """``المسلحون يقصفون ريف حماة واستهداف سوري روسي لمواقعهم في ريف إدلب``: the places between an
    earlier cue of the clause and this one are that cue's; this one, naming places of its own after
    it, keeps those (as the earlier one keeps the places before it: ``_up_to_next_cue``)."""
    clause = lay.clauses[hit.clause]
    before = lay.cues_in(clause.start, hit.start)
    if not before or len(places) < 2:
        return places
    own = {p.id for s, e, p, seg in lay.event_places_in(hit.end, min(next_start, clause.end))}
    if not own:
        return places
    theirs = {p.id for s, e, p, seg in lay.event_places_in(before[-1], hit.start)} - own
    return [p for p in places if p.id not in theirs] or places


def _told(lay: Layout, marks: _Marks, story: _Story, cue: _Cue) -> _Draft | None:
    """The event drafted before that the cue names again: the attack its claimer owned up to, or
    the last of its kind told — of any kind for a bare attack word or one pointed at."""
    hit = cue.hit
    cue.loose = hit.row.role == "generic" and _weapon_of(lay, marks, hit, cue.next_start) is None
    cue.pointed = hit.tok > 0 and lay.toks[hit.tok - 1].text in _DEMONSTRATIVES \
        and lay.toks[hit.tok].text.startswith("ال")  # (هذه الهجمات; not "وسبق ذلك استهدافها")
    cue.told = _owned_up(lay, hit, cue.etype, story.drafts) \
        or _told_before(lay, hit, cue.etype, story.drafts, cue.loose or cue.pointed, cue.pointed)
    return cue.told


def _as_told(lay: Layout, marks: _Marks, cue: _Cue, told: _Draft) -> None:
    """A cue that names an event told before (وقال المصدر إنّ الكمين وقع …) is that event: its
    place, day and author, and — for another kind or a bare attack word after an armed one
    (ودفعت هذه الهجمات) — its kind."""
    cue.places, cue.iso, cue.precision = [told.place], told.date, told.precision
    if told.actor1 is not None and cue.actor1 != told.actor1:  # (تصدت وسائط دفاعنا لصواريخ العدوان:
        cue.actor1, cue.actor2 = told.actor1, cue.actor2 if cue.actor2 != told.actor1 else None  # not their raid)
    if told.event_type != cue.etype or cue.loose and _armed_before(lay, cue.hit, told, marks.weapons):
        cue.etype, cue.sub = told.event_type, told.sub


def _draft_places(lay: Layout, marks: _Marks, story: _Story, cue: _Cue) -> None:
    """One draft per place of the cue (ACLED's unit is the place): ground taken only where it is
    reached, not a goal it heads toward (وواصلت تقدمها نحو معرة النعمان)."""
    hit = cue.hit
    if hit.row.role == "territory":
        cue.places = _ground_after(lay, hit, [p for p in cue.places if not _toward(lay, hit, p)])
    cue.lead = hit.paragraph == 0 and len(lay.paragraphs) >= 3
    cue.known = _definite(lay.toks[hit.tok].text, hit.row.form) or _after_relative(lay, hit)  # التفجير، اللذين استهدفا
    dm = cue.dm
    cue.vague = cue.told is None and dm is not None and dm.kind == "vague" \
        and _AGO.match(lay.ftext(dm.start, dm.end)) is not None
    for place in cue.places:
        story.drafts.append(_place_draft(lay, marks, story, cue, place))


def _place_draft(lay: Layout, marks: _Marks, story: _Story, cue: _Cue, place: Place) -> _Draft:
    """The event at one of the cue's places: on the day of the raid told here before when the cue
    has none of its own; its sides as the place says (a foreign base, struck from afar); its
    means as the item says; a raid met in the skies, an interception."""
    hit, etype, told, iso = cue.hit, cue.etype, cue.told, cue.iso
    day = (iso, cue.precision)
    if told is None and (not cue.own_day or cue.stated and _definite(lay.toks[hit.tok].text, hit.row.form)) \
            and not cue.lead:
        again = _told_here(hit, etype, place, story.drafts)
        if again is not None and not (cue.vague and _not_days_ago(again.date, lay.doc.meta.published)):
            day = (again.date, again.precision)  # خروج المطار عن الخدمة جراء العدوان: that raid, on its own day
    a1, a2 = _at_base(place, etype, cue.actor1, cue.actor2)
    ptype, psub = etype, "Shelling/artillery/missile attack" if cue.flown and a1 is None else cue.sub
    named = not cue.loose and not cue.flown
    if etype == _EXPLOSIONS and (means := _item_weapon(lay, hit, place, marks.weapons)) is not None:
        psub, named = means.sub, True  # …، بقذائف الهاون، وبلدة بقرص بطائرة "درون" مسلحة: the item's own means
    if cue.loose and etype == "Battles" and a2 in _BASE_STRUCK and base_owner(place) == a2:
        ptype, psub = _EXPLOSIONS, "Shelling/artillery/missile attack"  # هاجمت المقاومة حقل كونيكو:
        # the foreign base is struck from afar (rockets, drones), no ground battle
    if etype == "Explosions/Remote violence" and _met_in_skies(lay, hit, place):
        ptype, psub = "Strategic developments", "Disrupted weapons use"
        if a1 in _AIR_POWERS:  # تصدت الدفاعات الجوية لعدوان إسرائيلي في أجواء حلب: the defenders act
            a1, a2 = a2 or "Syrian government forces", a1
    elif etype == "Explosions/Remote violence" and a1 == _HOME_FORCES \
            and _REPELLING.match(lay.toks[hit.tok].text):
        a1, a2 = (a2 if a2 != a1 else None), a1  # تصدت وسائط الدفاع الجوي السوري لصواريخ العدوان: its target
    if psub == "Disrupted weapons use" and a1 in _AIR_POWERS:  # (the raid told before lent its author:
        a1, a2 = _HOME_FORCES, a1  # وسائط الدفاع الجوي تصدّت لصواريخ العدوان — the defences act on the raid)
    return _Draft(ptype, psub, place, day[0], day[1] if day[0] else None, [hit],
                  a1, a2, list(cue.assoc), lead=cue.lead, guessed2=cue.guessed2 and a2 == cue.actor2,
                  vague=cue.vague, stated=told is None and cue.stated and day[0] == iso and cue.known, named=named,
                  flown=cue.flown and not named)


_ESPECIALLY: Final = re.compile(fold(r"(?:(?:^|\s)و?لا\s*سيما\s+(?:في\s+|ب)?|(?:(?:^|\s)و|،\s*)(?:خاصة|خصوصا|بخاصة|تحديدا)\s+(?:في\s+|ب))"
                               r"(?:بلدة|مدينة|قرية|منطقة|بلدات|قرى|مدن)?\s*$"))  # (not قوات خاصة في …)


def _especially(lay: Layout, hit: Hit, places: list[Place]) -> list[Place]:
    """``على نقاط في شرقي دير الزور، ولا سيما في بلدة الباغوز``: the finer place singled out after
    a countryside or governorate is where the event is; the wider one only frames it."""
    wide = [p for p in places if rank(p) <= 1]
    if not wide:
        return places
    sent = lay.sentences[hit.sentence]
    singled = [p for s, e, p, seg in lay.event_places_in(hit.end, sent.end) if rank(p) > 1
               and any(p.admin1 == q.admin1 for q in wide) and _ESPECIALLY.search(lay.ftext(max(hit.end, s - 30), s))]
    if not singled:
        return places
    kept = [p for p in places if p not in wide or not any(p.admin1 == q.admin1 for q in singled)]
    return kept + [p for p in singled if p not in kept]


def _up_to_next_cue(lay: Layout, hit: Hit, places: list[Place], next_start: int) -> list[Place]:
    """``وتزامن هجوم المسلحين على نقاط في X مع العدوان الإسرائيلي على Y``: a second cue in the
    clause opens an event of its own; the first keeps the places named before it, if any."""
    if next_start >= lay.clauses[hit.clause].end:
        return _before_next_cue(lay, hit, places, next_start)
    mine = {p.id for s, e, p, seg in lay.event_places_in(hit.end, next_start)}
    if not mine and _abroad_between(lay, hit.end, next_start):
        return _named_before(lay, hit, places)  # ردّاً على الغارة على صور، قصفت المقاومة موقعاً في
        # الجولان: the raid was abroad; شهدت دمشق وقفة تضامنية مع غزة في وجه العدوان: the protest is in Damascus
    return [p for p in places if p.id in mine] or places


def _before_next_cue(lay: Layout, hit: Hit, places: list[Place], next_start: int) -> list[Place]:
    """A cue whose clause names no place takes its sentence's, but not those named only past a
    next cue of the sentence told as what came before it (بعد، عقب، إثر: ``تواصل قسد حصارها على
    مناطق الحكومة، في الحسكة والقامشلي، بعد اتهامها … بالهجوم الذي شنّته العشائر عليها في دير
    الزور``: the attack's place, not the siege's), while some remain. (A next cue of purpose
    keeps them: ``تفكيك عبوات … معدّة لاستهداف المارة في بلدتي …``, the bombs' places.)"""
    if next_start >= lay.sentences[hit.sentence].end:
        return places
    k_next = bisect.bisect_left(lay.tok_starts, next_start)
    if not any(lay.toks[k].text in _AFTER for k in range(hit.tok + 1, k_next)):
        return places
    told = lay.sentence_places.get(hit.sentence, [])
    past = {p.id for s, e, p, seg in told if s >= next_start}
    before = {p.id for s, e, p, seg in told if s < next_start}
    kept = [p for p in places if p.id not in past or p.id in before]
    return kept or places


def _named_before(lay: Layout, hit: Hit, places: list[Place]) -> list[Place]:
    """The cue's places named in its sentence before it (``شهدت العاصمة دمشق وقفة تضامنية``): where
    the cue happens, whatever place abroad its cause names after it."""
    before = {p.id for s, e, p, seg in lay.sentence_places.get(hit.sentence, []) if s < hit.start}
    return [p for p in places if p.id in before]


def _abroad_between(lay: Layout, start: int, end: int) -> bool:
    """A place abroad is named in ``[start, end)``."""
    return _between(lay.abroad_at, start, end)


def _places_of_the_last(lay: Layout, hit: Hit, etype: str, hits: list[Hit], places: list[Place], next_start: int) -> bool:
    """``الغارات على حمص وحماة وهجمات المسلحين``: a cue of another type after the last cue of
    its clause, whose places all stand between that cue and it and none after it, names no
    place of its own; it adds no event at the other's places. So too one told "after" (بعد، عقب)
    in the sentence's next clause: the cause, made elsewhere (مسلحون يهاجمون حاجزاً في بلدة،
    بعد حملة اعتقالات: the arrests were not in that town)."""
    if len(hits) < 2 or not places or etype == _EXPLOSIONS:
        return False  # (the raid's means, told after its places: في ريفي حلب وإدلب في الاعتداء على …)
    last = hits[-2]
    since = hit.tok > 0 and lay.toks[hit.tok - 1].text in _AFTER
    if not (last.clause == hit.clause or since and etype != "Battles" and last.sentence == hit.sentence) \
            or last.row.event_type == etype \
            or any(lay.toks[k].text in _WHERE for k in range(max(0, hit.tok - 2), hit.tok)) \
            or etype == "Battles" and since:
        return False  # (حاصرت البلدة حيث دارت اشتباكات: "where"; انسحبت من أريحا بعد اشتباكات: the fight there)
    clause = lay.clauses[hit.clause]
    end = min(next_start, clause.end)
    ids = {p.id for p in places}
    if any(p.id in ids for s, e, p, seg in lay.event_places_in(hit.end, end)):
        return False
    between = lay.event_places_in(last.end, hit.start)
    return all(any(q.id == p.id for s, e, q, seg in between) for p in places)


def _ground_after(lay: Layout, hit: Hit, places: list[Place]) -> list[Place]:
    """``هاجموا حواجز في بلدتي اليادودة والمزيريب وسيطروا على حاجز في مدينة طفس``: the ground taken
    is named after the takeover verb; the places before it, after an earlier cue of its sentence,
    are that cue's."""
    sent = lay.sentences[hit.sentence]
    if not lay.cues_in(sent.start, hit.start):
        return places
    after = {p.id for s, e, p, seg in lay.event_places_in(hit.end, sent.end)}
    kept = [p for p in places if p.id in after]
    return kept or places


def _toward(lay: Layout, hit: Hit, place: Place) -> bool:
    """Every mention of the place in the cue's sentence follows ``نحو``/``باتجاه`` (a direction of advance)."""
    sent = lay.sentences[hit.sentence]
    ments = [s for s, e, p, seg in lay.event_places_in(sent.start, sent.end) if p.id == place.id]
    return bool(ments) and all(_TOWARD.search(lay.ftext(max(sent.start, s - 14), s)) for s in ments)


_SKIES: Final = re.compile(fold(r"(?:أجواء|سماء)\s+(?:مدينة\s+|العاصمة\s+|منطقة\s+)?$"))
_SKY_WORDS: Final = (fold("أجواء"), fold("سماء"))  # one of them stands in every _SKIES match


def _after_skies(text: str) -> bool:
    """``_SKIES`` ends ``text``, asked only when one of its words is in it (a substring test)."""
    return any(w in text for w in _SKY_WORDS) and _SKIES.search(text) is not None


def _met_in_skies(lay: Layout, hit: Hit, place: Place) -> bool:
    """``تصدّت الدفاعات الجوية لأهداف معادية في سماء مدينة حمص``: an attack that defences meet in
    the skies of a place (the place right after أجواء or سماء, a repelling verb before it in the
    sentence) is disrupted weapons use there (ACLED); what it struck is told with its own place."""
    sent = lay.sentences[hit.sentence]
    for s, e, p, seg in lay.sentence_places.get(hit.sentence, []):
        if p.id == place.id and seg[1] == hit.sentence and _after_skies(lay.ftext(max(sent.start, s - 20), s)):
            return repelling_in(lay.ftext(sent.start, s))
    return False


_AGO: Final = re.compile(r"[وف]?(?:منذ|قبل)\s")  # (not خلال الأيام الماضية: a span, which may hold the day told)
