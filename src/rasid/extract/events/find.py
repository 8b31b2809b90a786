"""``find_events`` top to bottom: lay the text out, mark its cues, read each event cue in the story's
order (``_read_cue``: the filters, then its kind, day, sides and places), settle the drafts into
ACLED's events, and write them as records.
"""
from __future__ import annotations

import re
from typing import Final

from ...model import Claim, Event, Place
from ...text.document import Document
from ...text.normalize import fold
from ..event_args import date_for, resolve_gunmen
from ..event_sources import source_of
from ..event_text import Hit, Layout, find_cues, resolve_short_names
from .days import _date, _follow_narrative, _history
from .drafts import _Draft, _Marks, _Story
from .fatalities import _relayed_tolls
from .filters import _an_aim, _done_before, _in_campaign, _not_a_deed, _not_here, _operations, _reported_before
from .kinds import _flown_with_russia, _kind_of
from .marks import _annotate, _by_role, _marks_of, _striking_weapons
from .places import _as_told, _aside, _draft_places, _places_of, _places_of_the_last, _told
from .settle import _settle
from .sides import _associated, _entering, _flown, _note_fight, _sides, _sides_by_kind, _unknown_author
from .words import _EVENT_ROLES, _UNSEEN_HANDS


def find_events(doc: Document, places: list[Place], claims: list[Claim]) -> list[Event]:
    """ACLED-style events of ``doc`` with every casualty figure attached: each event cue, read in
    the story's order, drafts its events (``_read_cue``); the drafts then settle into ACLED's."""
    lay = Layout(doc, places, claims)
    resolve_short_names(lay)
    resolve_gunmen(lay)
    cues = _striking_weapons(lay, find_cues(lay))
    roles = _by_role(cues)  # (read by both)
    _annotate(lay, cues, roles)
    marks = _marks_of(lay, cues, roles)
    story = _Story()
    seen_tok: set[int] = set()
    for t, s, e, row in cues:
        if row.role not in _EVENT_ROLES or t in seen_tok:
            continue
        seen_tok.add(t)
        _read_cue(lay, marks, story, Hit(s, e, row, t, lay.seg("c", s), lay.seg("s", s), lay.seg("p", s)))
    events = _settle(lay, story.drafts, story.hits, marks.background, marks.foiled)
    return [_to_event(lay, k, d) for k, d in enumerate(events, 1)]


def _read_cue(lay: Layout, marks: _Marks, story: _Story, hit: Hit) -> None:
    """Read one event cue: the checks drop one that tells no event of its own (no deed done, a
    campaign, history, the place of another event), the steps between settle its kind, day,
    sides and places, and it drafts one event per place."""
    if _not_here(lay, hit):
        return
    _note_fight(lay, story, hit)
    if _not_a_deed(lay, marks, hit) or _in_campaign(lay, marks, story, hit) or _an_aim(lay, marks, hit):
        return
    cue = _kind_of(lay, marks, story, hit)
    if cue is None:
        return
    story.hits.append(hit)
    _follow_narrative(lay, marks, story, hit.sentence)
    dm = date_for(lay, hit)
    if (dm is None or dm.date is None) and _operations(lay, hit):
        return  # معظم الضحايا قضوا في عمليات اغتيال بالرصاص: a kind of killing summed up, no one event
    _date(lay, marks, story, cue, dm)
    if _history(lay, story, cue):
        return
    _sides(lay, story, cue)
    _entering(lay, cue)
    _flown(lay, marks, cue)
    _sides_by_kind(lay, marks, story, cue)
    cue.assoc = _associated(lay, hit, cue.next_start, {cue.actor1, cue.actor2})
    _flown_with_russia(lay, marks, cue)
    cue.places = _places_of(lay, cue)
    if _done_before(lay, hit) or (dm is None or dm.date is None) and _reported_before(lay, hit):
        return  # وسبق أن تمّ استهداف شاحنات في المنطقة: told as what happened before, no day: history
    if _places_of_the_last(lay, hit, cue.etype, story.hits, cue.places, cue.next_start):
        return  # الغارات على حمص وحماة وهجمات المسلحين: the raid's places, not the attacks'
    told = _told(lay, marks, story, cue)
    if told is None and cue.pointed:
        return  # هذه الهجمات، تلك الضربات: the attacks already told, or a campaign — no new event
    if told is None and _aside(lay, hit, cue.etype, story.hits):
        return  # خرج المئات في مظاهرة، رافعين صور مقاتلين قُتلوا في المعارك: the protest's place, not theirs
    if told is not None:
        _as_told(lay, marks, cue, told)
    _draft_places(lay, marks, story, cue)


_PEOPLE_AT: Final = frozenset({"Protests"})


_CIVIL_NOUNS: Final = re.compile(fold(r"متظاهر|محتج|ناشط|مدني|مواطن|شبان|شابا|شابين|شابان|الشاب|أهالي|صحفي|صحافي|نساء|أطفال|طلاب|أشخاص"))


_PROTESTER_NOUNS: Final = re.compile(fold(r"متظاهر|محتج"))


def _arrested_protesters(lay: Layout, d: _Draft) -> bool:
    """Those an arrest took are protesters (a figure of them, or the word in the cue's sentence):
    ACLED names them Protesters, civilians by kind."""
    return any(f.victims == "Protesters" for f in d.fatalities) or any(
        _PROTESTER_NOUNS.search(lay.ftext(*_span(lay.sentences[h.sentence]))) for h in d.hits)


def _span(seg) -> tuple[int, int]:
    return seg.start, seg.end


_WAR_REMNANT: Final = re.compile(fold(r"مخلفات|من\s+بقايا|قديم|لغم|ألغام"))  # a landmine the war left: no one's deed today


def _unidentified(lay: Layout, d: _Draft) -> str | None:
    """No author named: a killing, kidnapping or planted bomb is an unidentified armed group's
    (ACLED's actor for unknown perpetrators: اغتال مجهولون، عُثر على جثة، انفجرت عبوة ناسفة), an
    aircraft the text calls unknown (طائرة مسيرة مجهولة) unidentified military forces'; a war's
    leftover mine stays authorless."""
    if d.sub in _UNSEEN_HANDS:
        told = " ".join(lay.ftext(*_span(lay.sentences[h.sentence])) for h in d.hits)
        return None if _WAR_REMNANT.search(told) else "Unidentified armed group"
    if d.sub == "Air/drone strike" and any(_unknown_author(lay, h) for h in d.hits):
        return "Unidentified military forces"
    return None


def _day_told(d: _Draft) -> tuple[str | None, int | None]:
    """An event is recorded on a day: one told only by its week or month (مطلع أيار، الأسبوع
    الفائت, resolved to the week's or month's first day) has no day the text gives, so none."""
    if d.date is None or (d.precision or 1) > 1:
        return None, None
    return d.date, d.precision


def _to_event(lay: Layout, k: int, d: _Draft) -> Event:
    """The record of a settled draft: whose claims tell it, its target and associated actors as ACLED
    names them, its evidence spans in the original text."""
    _relayed_tolls(d.fatalities)
    claimed: list[str] = []
    for h in d.hits:
        who, _ = source_of(lay, h.start, h.end)
        if who not in claimed:
            claimed.append(who)
    if d.actor2 == d.actor1:
        d.actor2 = None
    if d.sub == "Arrests" and (d.actor2 is None or d.guessed2) and d.actor1 != "Civilians" and (
            any(f.victims == "Civilians" for f in d.fatalities) or any(
            _CIVIL_NOUNS.search(lay.ftext(*_span(lay.sentences[h.sentence]))) for h in d.hits)):
        d.actor2 = "Civilians"  # detained protesters, activists, young men: civilians (ACLED)
    if d.sub == "Arrests" and d.actor2 == "Civilians" and _arrested_protesters(lay, d):
        d.assoc.insert(0, "Protesters")  # حملة اعتقالات طالت عدداً من المتظاهرين: civilians who protested
    if d.event_type in _PEOPLE_AT and d.actor1 == "Protesters" and "Civilians" not in d.assoc:
        d.assoc.insert(0, "Civilians")  # who the protesters are (ACLED's associated actor): unarmed people
    if d.actor1 is None:
        d.actor1 = _unidentified(lay, d)
    d.assoc = [a for a in d.assoc if a not in (d.actor1, d.actor2)]
    date, precision = _day_told(d)
    return Event(id=f"e{k}", event_type=d.event_type, sub_event_type=d.sub, date=date,
                 time_precision=precision, place=d.place.id if d.place else None,
                 actor1=d.actor1, actor2=d.actor2, assoc_actors=d.assoc, fatalities=d.fatalities,
                 claimed_by=claimed or ["outlet"],
                 evidence=sorted({lay.doc.to_original(h.start, h.end) for h in d.hits}))
