"""One event per (type, place, day): drafts that fall together merge (an air strike outranking
shelling; a lead that summarises the body adds nothing), and a town's quarters, outskirts and
neighbouring villages told with it fold into the town.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ...geo.gazetteer import entries
from ...geo.unknown import landmark_heads
from ...model import Place
from ...text.normalize import fold
from ..event_args import SUB_RANK, rank, same_side
from ..event_text import Hit, Layout
from .days import _not_days_ago
from .drafts import _Draft


def _merge(drafts: list[_Draft], listed: set[str], background: list[bool], published: str | None) -> list[_Draft]:
    """One event per (type, place, day) — and per author, when two named authors used different
    means (ACLED codes each dyad: the army's guns and Russia's jets over one countryside are two
    events); an undated copy joins a dated one; lead copies go."""
    by_key: dict[tuple, _Draft] = {}
    for d in drafts:
        key: tuple = (d.event_type, d.place.id if d.place else None, d.date)
        cur = by_key.get(key)
        if cur is not None and cur.sub != d.sub and cur.actor1 and d.actor1 and cur.actor1 != d.actor1 \
                and not (d.event_type == "Battles" and d.actor1 == cur.actor2):  # one battle seen from each side
            key += (d.sub, d.actor1)
            cur = by_key.get(key)
        if cur is None:
            by_key[key] = d
            continue
        _absorb(cur, d)
    events = list(by_key.values())
    struck = {(d.place.id, d.date): d for d in events if d.event_type == "Explosions/Remote violence"}
    for d in [d for d in events if d.sub == "Attack" and (d.place.id, d.date) in struck]:
        _absorb(struck[(d.place.id, d.date)], d)  # اغتيال … بعدوان جوي: a killing by a strike is the strike
        events.remove(d)
    rioted = {(d.place.id, d.date): d for d in events if d.event_type == "Riots"}
    for d in [d for d in events if d.event_type == "Protests" and (d.place.id, d.date) in rioted]:
        _absorb(rioted[(d.place.id, d.date)], d)  # the protest whose crowd threw stones is the riot
        events.remove(d)
    for d in [d for d in events if d.stated]:
        told = next((e for e in events if e is not d and not e.stated and e.event_type == d.event_type
                     and e.date and e.date != d.date and _restates(d.place, e.place)), None)
        if told is not None:  # أعلن التنظيم اليوم مسؤوليته عن التفجير …؛ وأودى التفجير، الذي وقع الخميس: that one
            told.hits.extend(d.hits)
            events.remove(d)
    dated = {(d.event_type, d.place.id): d for d in events if d.date}
    out = []
    for d in events:
        if d.date is None and (d.event_type, d.place.id) in dated \
                and not (d.vague and _not_days_ago(dated[(d.event_type, d.place.id)].date, published)):
            _absorb(dated[(d.event_type, d.place.id)], d)
            continue
        near = None if d.date is not None or d.vague or (d.event_type, d.place.id) in dated else next(
            (e for e in events if e.date and e.event_type == d.event_type and e.place.admin1 == d.place.admin1
             and _close(e.place, d.place) and (_named_after(e.place, d.place) or _named_after(d.place, e.place))), None)
        if near is not None:  # قلعة دمشق, undated, and the raid on دمشق on the 18th; البوكمال and معبر البوكمال
            _absorb(near, d)
            continue
        out.append(d)
    day_of_cue = {h.start: (d.date, d.precision) for d in out if d.date for h in _retold_hits(d, background)}
    for d in out:  # one cue, one attack: its other places share the day the next sentences give it
        if d.date is None:
            day = next((day_of_cue[h.start] for h in d.hits if h.start in day_of_cue), None)
            if day:
                d.date, d.precision = day
    out = [d for d in out if d.place.id in listed or not _covered(d, out)]
    out = _one_city_round(out)
    body = [d for d in out if not d.lead]
    kept = []
    for d in out:
        if d.lead:
            same = next((b for b in body if b.place.id == d.place.id and b.event_type == d.event_type), None)
            if same is not None:  # the body tells it again: the lead's sub-type may still be the finer one
                _absorb(same, d)
                continue
            if rank(d.place) <= (2 if d.date is None else 1) and any(
                    b.place.admin1 == d.place.admin1 or _close(b.place, d.place) for b in body) \
                    or _summarised_region(d, body):
                continue  # a summary of what the body places (a village or base in the lead is news, even
                # when the body tells it only as "the base": انفجارات في قاعدة كونيكو … ناتجة عن استهداف القاعدة)
        kept.append(d)
    return kept


def _retold_hits(d: _Draft, background: list[bool]) -> list[Hit]:
    """The cues of ``d`` outside background that a later sentence of the same or the next
    paragraph tells again (one look-up per cue in the last sentence of each paragraph, not a
    scan of the draft's cues per cue)."""
    last: dict[int, int] = {}  # paragraph → the last sentence of a cue of ``d`` in it
    for o in d.hits:
        if o.sentence > last.get(o.paragraph, -1):
            last[o.paragraph] = o.sentence
    return [h for h in d.hits if not background[h.sentence]
            and max(last.get(h.paragraph, -1), last.get(h.paragraph + 1, -1)) > h.sentence]


def _summarised_region(lead: _Draft, body: list[_Draft]) -> bool:
    """A dated lead over a named region (``بقصف جوي ومدفعي على مدن وبلدات الغوطة الشرقية``) whose
    towns the body tells struck the same way that day: a summary, no event of its own."""
    return rank(lead.place) == 2 and lead.date is not None and any(
        b.sub == lead.sub and b.date == lead.date and rank(b.place) == 3 and _close(b.place, lead.place)
        for b in body)


_CLOSE_DEG: Final = 0.1  # about 10 km: a city and its outskirts (دمشق، محيط دمشق) across a governorate line


def _close(a: Place, b: Place) -> bool:
    return a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None \
        and abs(a.lat - b.lat) < _CLOSE_DEG and abs(a.lon - b.lon) < _CLOSE_DEG


def _covered(d: _Draft, events: list[_Draft]) -> bool:
    """A governorate/countryside event restating a located one (same type, day, governorate);
    a withdrawal where a battle took the same ground. The located one learns the authors the
    restatement names (وتبنى التنظيم التفجير في الرقة: the bombing in the city is its)."""
    if d.sub == "Non-violent transfer of territory" and any(
            e.event_type == "Battles" and e.place.id == d.place.id for e in events):
        return True
    if rank(d.place) > 1:
        return False
    e = next((e for e in events if e is not d and e.event_type == d.event_type
              and (e.sub == d.sub or d.event_type == "Battles" or d.flown and e.named and e.actor1 == d.actor1)
              and (e.date == d.date or d.date is None and e.date is not None and _opening(d))
              and (rank(e.place) > rank(d.place) or _narrows(e.place, d.place))
              and (not d.place.admin1 or e.place.admin1 == d.place.admin1 or rank(d.place) == 0 and _close(e.place, d.place))
              and not _other_target(d, e)),
             None)  # (غارة على دمشق … استهدفت السيدة زينب: the capital, told by its suburb)
    if e is not None and e.actor1 is None and d.actor1 is not None and d.actor1 != e.actor2:
        e.actor1 = d.actor1
    return e is not None


def _other_target(wide: _Draft, located: _Draft) -> bool:
    """The wide event struck a force and the located one people (the army's posts in the
    countryside, then its villages): two dyads, so the countryside event restates nothing (ACLED).
    Two names of the armed (الفصائل, then هيئة تحرير الشام) may be one target told finer, and a
    wide toll of "civilians and soldiers" sums up the forces' points struck."""
    return wide.actor2 not in (None, "Civilians") and located.actor2 == "Civilians"


def _restates(told: Place, dated: Place) -> bool:
    """A statement's place is the dated event's, or an area of its governorate (دانت سوريا الاعتداء على
    دير الزور: the strike near its airport)."""
    return told.id == dated.id or rank(told) <= 1 and rank(dated) > rank(told) and told.admin1 == dated.admin1 is not None


_ROUND: Final = frozenset(fold(w) for w in ("محيط", "أطراف", "ضواحي", "جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي",
                                            "غرب", "غربي"))
_SIDES: Final = frozenset(fold(w) for w in ("الجنوبي", "الشمالي", "الشرقي", "الغربي"))


def _round_city(place: Place) -> tuple[str, bool]:
    """(the city, whether the place is only round it): ``محيط دمشق الجنوبي`` → (دمشق, True),
    ``دمشق`` → (دمشق, False); a countryside (ريف) is its own area, no city's round."""
    words = fold(place.name_ar).split()
    round_ = len(words) > 1 and words[0] in _ROUND
    if round_:
        words = words[1:]
        if len(words) > 1 and words[-1] in _SIDES:
            words = words[:-1]
    return " ".join(words), round_


def _one_city_round(events: list[_Draft]) -> list[_Draft]:
    """``استهدف العدوان نقاطاً في جنوبي دمشق`` and ``الصواريخ استهدفت مواقع في محيط دمشق الجنوبي``:
    one author's raid of one day on a city and round it, told twice, is one event (at the
    round's place, which says where it fell)."""
    kept: list[tuple[_Draft, str, bool]] = []  # (draft, its city, whether it is only round it)
    for d in events:
        city, round_ = _round_city(d.place)
        at = next((n for n, (k, k_city, k_round) in enumerate(kept) if k.date and k.date == d.date
                   and k.event_type == d.event_type and k.actor1 == d.actor1 and k.place.id != d.place.id
                   and (round_ or k_round) and k_city == city), None)
        if at is None:
            kept.append((d, city, round_))
            continue
        same, _, same_round = kept[at]
        if round_ and not same_round:
            same.place = d.place  # (محيط مدينة دمشق told as دمشق first: the round is where it fell)
            kept[at] = (same, city, True)
        _absorb(same, d)
    return [k for k, _, _ in kept]


_DIRECTION: Final = re.compile(fold(r"(?:جنوب|جنوبي|شمال|شمالي|شرق|شرقي|غرب|غربي)\s+(?:مدينة\s+|العاصمة\s+(?:السورية\s+)?)?$"))
# (no word boundary before it: glued text, عدوان إسرائيليجنوبي مدينة حمص)
_DIRECTION_REACH: Final = 30  # characters before a town's name where the direction word stands


@lru_cache(maxsize=1)
def _neighbourhood_towns() -> dict[str, str]:
    """Gazetteer id of each city neighbourhood → its city's folded name (OCHA gives a parent)."""
    names = {e.id: e.name_ar for e in entries() if e.level == "community"}
    return {e.id: fold(names[e.parent]) for e in entries() if e.level == "neighbourhood" and e.parent in names}


def _neighbourhood_of(part: Place, town: Place) -> bool:
    """``حي القصور في دير الزور``: a neighbourhood and its city (or the governorate named after it)."""
    city = _neighbourhood_towns().get(part.gazetteer_id or "")  # (None for all but neighbourhoods)
    return city is not None and part.admin1 == town.admin1 and rank(town) in (0, 3) and city == fold(town.name_ar)


_QUARTER: Final = re.compile(fold(r"(?:^|\s)[وب]?(?:ال)?(?:حي|حيي)\s+[\"'“«]?$"))  # حي اللطوة، بحي غويران


def _quarter_of(lay: Layout, d: _Draft, e: _Draft) -> bool:
    """``دخول بلدة ذيبان والسيطرة على حي اللطوة فيها``: a place the text calls a quarter (حي),
    in the sentence that names a town of its governorate where an event of the kind falls, is
    part of that town (ACLED codes the town), whatever the gazetteer knows of it."""
    if d.place.admin1 != e.place.admin1 or rank(e.place) not in (0, 3) or rank(d.place) < 2:
        return False
    city = _neighbourhood_towns().get(d.place.gazetteer_id or "")
    if city is not None and city != fold(e.place.name_ar):
        return False  # الصالحية في البوكمال … وحي القصور في دير الزور: a quarter of another city
    sentences = {h.sentence for h in d.hits}
    mine = [s for s, _, p, seg in lay.event_places if p.id == d.place.id and seg[1] in sentences]
    return bool(mine) and all(_QUARTER.search(lay.ftext(max(0, s - 8), s)) for s in mine) \
        and any(p.id == e.place.id and seg[1] in sentences for _, _, p, seg in lay.event_places)


def _contains(town: Place, part: Place) -> bool:
    """``حي الحوش بمنطقة المزة``: a place the gazetteer does not know, put at the entry of the
    town the text says holds it, is a part of that town; the town's event of the day is the
    part's (the finer place, one event)."""
    return town.id != part.id and part.name is None and town.name is not None and rank(town) == 3 \
        and part.gazetteer_id is not None and part.gazetteer_id == town.gazetteer_id and part.admin1 == town.admin1


_LANDMARK_KM: Final = 5.0  # a landmark placed at a quarter's or town's point lies within the town


def _landmark_in(town: Place, part: Place) -> bool:
    """``سجن الثانوية الصناعية في حي غويران`` and ``مدينة الحسكة``: a landmark (named by the text
    at the point of what locates it) is a part of the town whose point lies by it; the town's
    event of the day is the landmark's (the finer place, one event)."""
    if town.id == part.id or part.name is not None or rank(town) != 3 or part.admin1 != town.admin1 \
            or fold(part.name_ar).split(" ", 1)[0] not in landmark_heads():
        return False
    plat, plon, tlat, tlon = part.lat, part.lon, town.lat, town.lon
    if plat is None or plon is None or tlat is None or tlon is None:
        return False
    dy, dx = plat - tlat, (plon - tlon) * 0.82  # a degree of longitude near 35 N is 0.82 of one of latitude
    return (dy * dy + dx * dx) ** 0.5 * 111.2 <= _LANDMARK_KM


def _twins(a: Place, b: Place) -> bool:
    """A governorate and its same-named capital (``محافظة الحسكة``، ``مدينة الحسكة``)."""
    return a.id != b.id and a.admin1 == b.admin1 and {rank(a), rank(b)} == {0, 3} and fold(a.name_ar) == fold(b.name_ar)


def _direction_only(lay: Layout, d: _Draft) -> bool:
    """Every mention of the event's town in its sentences gives a direction (``نقاط جنوبي مدينة
    حلب``): the town locates the target, it is not where the strike fell."""
    sentences = {h.sentence for h in d.hits}
    ments = [s for s, e, p, seg in lay.event_places if p.id == d.place.id and seg[1] in sentences]
    return bool(ments) and all(_DIRECTION.search(lay.ftext(max(0, s - _DIRECTION_REACH), s)) for s in ments)


def _joins_town(lay: Layout, d: _Draft, e: _Draft) -> bool:
    """Does ``d`` tell ``e``'s story at a part, twin or direction of its town (see ``_one_town``)?"""
    assert d.place is not None and e.place is not None
    if e.date == d.date or d.date is None and e.date is not None and _opening(d):
        if _neighbourhood_of(d.place, e.place) or _twins(d.place, e.place) or _quarter_of(lay, d, e) \
                or _contains(d.place, e.place):
            return True
    if d.date == e.date and (_landmark_in(d.place, e.place) or _landmark_in(e.place, d.place)):
        return True  # the landmark's story of the day is its town's ("قبل يومين … عند دوار الروضة"
        # is another day's, though undated)
    if d.date is None and e.date is not None and _opening(d) and d.actor1 is not None and e.actor1 == d.actor1 \
            and d.place.id != e.place.id and _round_city(d.place)[0] == _round_city(e.place)[0]:
        return True  # شنّ الاحتلال عدواناً على نقاط في جنوبي دمشق … (later, dated) استهدفت مواقع في محيط دمشق
    return d.date is not None and e.date == d.date and rank(e.place) == 3 and e.place.admin1 == d.place.admin1 \
        and e.place.id != d.place.id and (d.actor1 is None or e.actor1 in (None, d.actor1)) \
        and _direction_only(lay, d) and not _direction_only(lay, e)


def _one_town(lay: Layout, events: list[_Draft]) -> list[_Draft]:
    """One story told at a town and at a part of it or its governorate twin is one event: the
    neighbourhood joins its city's event of the day, a governorate its same-named capital's
    (an undated opening copy joins the dated twin); a town named only as a direction (``عدوان
    على نقاط جنوبي مدينة حمص … استهدفت شاحنة عند أطراف القصير``) joins the event of that day
    placed in its governorate by the same author."""
    gone: set[int] = set()
    for d in events:
        if d.place is None:
            continue
        into = next((e for e in events if e is not d and id(e) not in gone and e.event_type == d.event_type
                     and e.place is not None and _joins_town(lay, d, e)), None)
        if into is None:
            continue
        if rank(into.place) == 0 and _twins(into.place, d.place):
            into.place = d.place  # the capital, not the whole governorate
        if _landmark_in(into.place, d.place):
            into.place = d.place  # the landmark, not the town round it
        _absorb(into, d)
        gone.add(id(d))
    return [d for d in events if id(d) not in gone]


def _named_after(part: Place, town: Place) -> bool:
    """``معبر البوكمال``، ``قلعة دمشق``، ``مطار حلب``: a place of the town that bears its name."""
    return part.id != town.id and rank(part) == 3 and f" {fold(part.name_ar)} ".find(f" {fold(town.name_ar)} ") > 0


def _narrows(finer: Place, wider: Place) -> bool:
    """``ريف درعا الغربي`` narrows ``ريف درعا``: one side of the countryside named."""
    return fold(finer.name_ar).startswith(fold(wider.name_ar) + " ")


def _opening(d: _Draft) -> bool:
    """Told only in the lead and the paragraph after it, which Al Mayadeen's reports open by
    restating the lead: the summary the body then places and dates."""
    return all(h.paragraph <= 1 for h in d.hits)


def _absorb(into: _Draft, other: _Draft) -> None:
    """One event told by two cues: the sub-type a named means gives beats a default one
    (``الاستهداف الإسرائيلي`` read as flown, then ``عبر صاروخ اعتراضي``), else the higher rank."""
    if other.named != into.named:
        into.sub = other.sub if other.named else into.sub
        into.named = True
    elif SUB_RANK.get(other.sub, 0) > SUB_RANK.get(into.sub, 0):
        into.sub = other.sub
    into.hits.extend(other.hits)
    other1, other2 = other.actor1, other.actor2
    if into.actor1 is not None and other1 is not None and not same_side(into.actor1, other1):
        other2 = None  # another author's target is not ours (the raid and the drone attack of one night)
    into.actor1 = into.actor1 or other1
    if into.actor2 is None and other2 != into.actor1:
        into.actor2, into.guessed2 = other2, other.guessed2
    into.assoc += [a for a in other.assoc if a not in into.assoc]
    into.lead = into.lead and other.lead
