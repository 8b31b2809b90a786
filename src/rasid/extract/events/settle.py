"""The settle steps: the drafts become ACLED's events (merged, a town's parts in the town), the sides
are fixed across events (interceptions, raiders repelled, civilian targets, the authors of one
report or raid), and the casualty figures join the events they tell of.
"""
from __future__ import annotations

import bisect
import re
from typing import Final

from ...model import Place
from ...text.normalize import fold
from ..event_args import same_side
from ..event_text import ARMED, Hit, Layout
from .drafts import _Draft
from .fatalities import _attach_figures
from .days import _struck_today
from .merge import _merge, _one_town
from .sides import _unknown_author
from .words import _ATTACKS_ON_PEOPLE, _EXPLOSIONS, _HARMS, _HOME_FORCES, _RAIDS_ON_THE_ARMY, _UNSEEN_HANDS, repelling_in


_ESSAY_CHARS: Final = 4000  # longer: analysis, opinion, speeches (news reports run 1-4k; 4-6k pieces of the corpus are essays too)
_GROUND_TAKEN: Final = frozenset({"Government regains territory", "Non-state actor overtakes territory"})  # told even there


def _settle(lay: Layout, drafts: list[_Draft], hits: list[Hit], background: list[bool],
            foiled: list[int]) -> list[_Draft]:
    """The drafts as ACLED counts events: one per (type, place, day), a town's parts in the town;
    the interceptions' sides; no interception of what struck anyway, no strike that was wholly
    foiled; every casualty figure on the event it tells of; in an essay only what it dates (its
    undated fighting is its argument)."""
    events = _one_town(lay, _merge(drafts, lay.listed_finer, background, lay.doc.meta.published))
    _repelled_raiders(lay, events)
    _interception_sides(events)
    events = [d for d in events if not _struck_anyway(lay, d, events) and not _foiled_entirely(lay, d, events, foiled)]
    _attach_figures(lay, events, hits)
    _civilian_targets(events)
    _authors_of_the_target(lay, events)
    _authors_of_one_report(events)
    _authors_of_the_strikes(lay, events)
    _targets_of_one_raid(events)
    if len(lay.doc.text) > _ESSAY_CHARS:  # an essay's undated fighting is its argument, not news (ACLED), whatever
        events = [d for d in events if d.date is not None or d.sub in _GROUND_TAKEN or _carries_toll(d)]  # toll it recalls
    _struck_today(lay, events)
    return events


def _carries_toll(d: _Draft) -> bool:
    """An event with no place that only carries the figures the text gives with no located event
    (the Pentagon's count of its wounded "in Iraq and Syria"): an essay's counted tolls are figures
    too (not its vague ones, ``إيقاع إصابات في صفوف الأعداء``: its argument)."""
    return d.place is None and any(f.count is not None for f in d.fatalities)


def _authors_of_the_target(lay: Layout, events: list[_Draft]) -> None:
    """An attack of no named author on a force the article shows struck by one author only, in
    attacks of the same type, when its own sentence names that author (``استهداف القوات الأميركية
    في قاعدة تل بيدر، بعد استهداف المقاومة الإسلامية القوات الأميركية في أربيل``): that author's.
    Not when only other sentences name it (``تعرّضت القاعدة لهجوم``: unclaimed, its author
    unknown), nor when the text says the author is unknown (``مسلحون مجهولون``)."""
    for d in events:
        if d.actor1 is not None or d.actor2 in (None, "Civilians") or d.event_type not in _HARMS \
                or d.sub in _UNSEEN_HANDS or any(_unknown_author(lay, h) for h in d.hits):
            continue  # (a bomb or killing of unseen hands is no one's but an unidentified group's)
        authors = {e.actor1 for e in events if e is not d and e.actor2 == d.actor2 and e.event_type == d.event_type
                   and e.actor1 is not None and not same_side(e.actor1, d.actor2) and e.actor1 != d.actor2}
        if len(authors) == 1 and _named_beside(lay, d, next(iter(authors))):
            d.actor1 = authors.pop()


def _authors_of_the_strikes(lay: Layout, events: list[_Draft]) -> None:
    """An air strike the article tells with no author, where every other air strike it tells has
    one and the same author (``غارات إسرائيلية على ريف دمشق … وغارات على محيط مطار حلب``): that
    author's — few forces fly over Syria, and an article tells one campaign's raids. Only on a
    target that author struck (or none, or civilians): a drone on another foe is another war's
    (the resistance's drones on US bases, a strike on the militias). Not when the text says the
    aircraft is unknown."""
    authored = [e for e in events if e.sub == "Air/drone strike" and e.actor1 is not None]
    authors = {e.actor1 for e in authored}
    if len(authors) != 1:
        return
    author = next(iter(authors))
    struck = {e.actor2 for e in authored} | {None, "Civilians"}
    for d in events:
        if d.actor1 is None and d.sub == "Air/drone strike" and d.actor2 in struck \
                and not any(_unknown_author(lay, h) for h in d.hits):
            d.actor1 = author


def _authors_of_one_report(events: list[_Draft]) -> None:
    """The places of one report (one cue: ``غارة جوية على قريتي ملح وعرمان``) share the author a
    retelling right after it names for one of them (``الطائرات التي نفذت هذه الغارات تابعة لـ …``):
    the places with none take it, when their report has that one author only and it is not their
    target. (A draft whose tellings run over several paragraphs gathered other events: it lends none.)"""
    authors: dict[int, set[str]] = {}
    for d in events:
        first = d.hits[0]
        if d.actor1 is not None and all(abs(h.paragraph - first.paragraph) <= 1 for h in d.hits):
            authors.setdefault(first.start, set()).add(d.actor1)
    for d in events:
        named = authors.get(d.hits[0].start, set())
        if d.actor1 is None and len(named) == 1 and d.event_type in _HARMS:
            author = next(iter(named))
            if author != d.actor2 and not same_side(author, d.actor2):
                d.actor1 = author


def _targets_of_one_raid(events: list[_Draft]) -> None:
    """The strikes of one author on one day in one area, told together, are one raid told place by place
    (``أربعة صواريخ استهدفت مواقع عسكرية … أمّا الرابع فاستهدف محيط مطار دمشق``): a place whose
    telling names no target takes the raid's, when the raid has one target only (not that of a
    raid the same day on another province: عدوانين على مطار حلب وعلى درعا)."""
    raids = [d for d in events if d.event_type == _EXPLOSIONS and d.actor1 is not None and d.date is not None
             and d.place is not None and d.place.lat is not None and d.place.lon is not None]
    for d in raids:
        if d.actor2 is not None:
            continue
        named = {e.actor2 for e in raids if e.actor2 is not None and e.actor1 == d.actor1 and e.date == d.date
                 and _one_area(d.place, e.place) and _told_together(d, e)}
        if len(named) == 1:
            d.actor2 = named.pop()


def _told_together(a: _Draft, b: _Draft) -> bool:
    """Some cue of each draft in the same or the next paragraph: one telling of one raid."""
    return any(abs(h.paragraph - k.paragraph) <= 1 for h in a.hits for k in b.hits)


_AREA_DEGREES: Final = 0.5  # about 50 km: the places of one raid on a city and its countryside


def _one_area(a: Place | None, b: Place | None) -> bool:
    """Both places within about 50 km of each other."""
    if a is None or b is None or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return abs(a.lat - b.lat) < _AREA_DEGREES and abs(a.lon - b.lon) < _AREA_DEGREES


def _named_beside(lay: Layout, d: _Draft, actor: str) -> bool:
    """The sentence of the draft's first cue (where the event is told) names ``actor``."""
    sent = lay.sentences[d.hits[0].sentence]
    return any(a.canonical == actor and a.kind in ARMED for a in lay.actors_in(sent.start, sent.end))


def _interception_sides(events: list[_Draft]) -> None:
    """The raid the air defences met: its author is the other side of the interception; with no
    one named (جرى إسقاط صاروخين فوق قطنا), the defences are the state's."""
    for d in events:
        if d.sub == "Disrupted weapons use" and d.actor1 is None and d.actor2 != _HOME_FORCES:
            d.actor1 = _HOME_FORCES
        if d.sub == "Disrupted weapons use" and d.actor2 is None:
            d.actor2 = next((e.actor1 for e in events if e.event_type == "Explosions/Remote violence"
                             and e.place is d.place and e.date == d.date and e.actor1 not in (None, d.actor1)), None)
        if d.sub == "Disrupted weapons use" and d.actor2 is None and d.date is not None:
            raiders = {e.actor1 for e in events if e.event_type == "Explosions/Remote violence" and e.date == d.date
                       and e.actor1 is not None and not same_side(e.actor1, d.actor1)}
            if len(raiders) == 1:  # جرى إسقاط صاروخين في محيط قطنا: the one raid of that day elsewhere
                d.actor2 = raiders.pop()


_PARTLY: Final = re.compile(fold(r"^[وف]?(?:معظم|بعض|أغلب|اغلب|غالبية|عددا|عدد|جزءا|جزء)"))
_PARTLY_WINDOW: Final = 4  # words after the interception cue where "most of them" stands


def _struck_anyway(lay: Layout, d: _Draft, events: list[_Draft]) -> bool:
    """A partial interception of a strike on the same place that day (استهدفت غارات …، وتصدت
    الدفاعات لصواريخ العدوان وأسقطت معظمها), whether the strike is told before it or after a
    headline of the interception: the strike still hit, and ACLED codes it alone, no Disrupted
    weapons use beside it (a full one, or one in other skies, stays)."""
    if d.sub != "Disrupted weapons use":
        return False
    if not any(_PARTLY.match(lay.toks[k].text) for h in d.hits
               for k in range(h.tok + 1, min(h.tok + 1 + _PARTLY_WINDOW, len(lay.toks)))):
        return False
    return any(e.event_type == _EXPLOSIONS and e.place.id == d.place.id and e.date == d.date for e in events)


def _foiled_entirely(lay: Layout, d: _Draft, events: list[_Draft], foiled: list[int]) -> bool:
    """``تتصدى لاعتداءات بالطيران المسيّر …، وأسقطت 10 مسيّرات ومنعتها من الوصول إلى أهدافها``: a
    strike every telling of which says its weapons never reached their targets, beside the
    interception of them told with it at the same place that day, is that interception alone
    (ACLED: Disrupted weapons use), no strike."""
    if d.event_type != _EXPLOSIONS or d.place is None or not foiled:
        return False
    told = {h.sentence for h in d.hits}
    for k in told:
        sent = lay.sentences[k]
        j = bisect.bisect_left(foiled, sent.start)
        if j >= len(foiled) or foiled[j] >= sent.end:
            return False
    return any(e.sub == "Disrupted weapons use" and e.place is not None and e.place.id == d.place.id
               and e.date == d.date and told & {h.sentence for h in e.hits} for e in events)


def _repelled_raiders(lay: Layout, events: list[_Draft]) -> None:
    """``تصدّت الدفاعات الجوية السورية لعدوان جوي من اتجاه البحر المتوسط، استهدف مطار حلب``: a raid
    the Syrian air defences met, its author unnamed, in an article whose named raiders are all
    Israeli, is Israel's too (the one air force the defences meet in these reports)."""
    raiders = {d.actor1 for d in events if d.sub == "Air/drone strike" and d.actor1 is not None}
    if raiders != {"Israeli forces"}:
        return
    for d in events:
        if d.sub == "Air/drone strike" and d.actor1 is None and any(
                repelling_in(lay.ftext(lay.sentences[h.sentence].start, h.start)) for h in d.hits):
            d.actor1 = "Israeli forces"


def _civilian_targets(events: list[_Draft]) -> None:
    """A raid that killed civilians has them as its target (ACLED), unless the text names another
    one. When the sentence of its first cue counts the dead, the figures told beside its cues
    decide (all of them civilians), not figures that only fell to it as the nearest event; the
    other places of the same report (``غارات على خان شيخون والهبيط`` … ``مقتل 11 مدنياً``) then
    share that target when the text names none for them."""
    reports: set[int] = set()  # the starts of the cues of raids on civilians
    for d in events:
        if _on_civilians(d):  # هجوم مسلح لعناصر داعش على جامعي الكمأة أدى إلى استشهاد 5 مدنيين: no fight
            d.event_type, d.sub, d.actor2 = "Violence against civilians", "Attack", "Civilians"
    for d in events:
        if d.actor1 != "Civilians" and d.event_type in _HARMS and d.fatalities and (
                d.actor2 in (None, d.actor1) and any(f.victims == "Civilians" for f in d.fatalities)
                and not _armed_dead_beside(d)
                or d.guessed2 and all(v == "Civilians" for v in _told_beside(d))):
            d.actor2 = "Civilians"
            reports.update(h.start for h in d.hits)
    for d in events:
        if (d.guessed2 or d.actor2 is None) and not d.fatalities and d.actor1 != "Civilians" \
                and d.event_type in _HARMS and any(h.start in reports for h in d.hits):
            d.actor2 = "Civilians"
        own = {h.sentence for h in d.hits}
        if _author_counts_own_dead(d, own):
            author = d.actor1  # (one name at a time: mypyc typed the swap's second value by the first)
            d.actor1, d.actor2 = None, author  # قال البنتاغون إن مسيّرة أسفرت عن مقتل أميركي: its dead, not its act
        if d.actor2 is None and d.event_type in _ATTACKS_ON_PEOPLE and own.intersection(d.told_in):
            told = {f.victims for f, k in zip(d.fatalities, d.told_in) if k in own}
            if len(told) == 1 and not told & {None, "Civilians"} and not same_side(next(iter(told)), d.actor1):
                d.actor2 = told.pop()  # قُتل جندي أميركي في قاعدة للتحالف بهجوم بالمسيّرات: whose dead, its target
        elif d.actor2 == "Civilians" and d.event_type in _ATTACKS_ON_PEOPLE:
            told = {f.victims for f, k in zip(d.fatalities, d.told_in) if k == d.hits[0].sentence}
            if len(told) == 1 and not told & {None, "Civilians"} and not same_side(next(iter(told)), d.actor1):
                d.actor2 = told.pop()  # قُتل عنصران من قسد بانفجار عبوة …، الحصيلة ثلاثة بينهم مدني: the first
                # telling's dead name the target, not a civilian a later toll counts among them
        if d.event_type == "Violence against civilians" and d.actor2 is None:
            d.actor2 = "Civilians"  # اغتال مسلحون مجهولون أحد الوجهاء، اختطفوا تاجراً: whom such violence falls on (ACLED)
        if d.actor2 in (None, "Civilians") and d.actor1 in _RAIDS_ON_THE_ARMY and d.event_type == _EXPLOSIONS:
            armed = {f.victims for f in d.fatalities} - {None, "Civilians", "Protesters"}
            if len(armed) == 1 and not same_side(next(iter(armed)), d.actor1):
                d.actor2 = armed.pop()  # استشهاد 4 مستشارين إيرانيين وعدد من السوريين: a raid from abroad on a force (ACLED)
        for k in d.borrowed:  # figures that only took the target take the target as now decided
            d.fatalities[k].victims = d.actor2


def _author_counts_own_dead(d: _Draft, own: set[int]) -> bool:
    """A one-sided attack whose only figures, told in the sentence of its cues, count the dead
    or hurt of the force taken as its author (``قال البنتاغون إن مسيّرة أسفرت عن مقتل أميركي``،
    ``زفّ الحزب 4 شهداء بعد عدوان جوي``) with no target named: that force suffered it."""
    if d.actor1 is None or d.actor2 is not None or d.event_type != _EXPLOSIONS or not own.intersection(d.told_in):
        return False
    told = {f.victims for f, k in zip(d.fatalities, d.told_in) if k in own}
    return told == {d.actor1}


def _armed_dead_beside(d: _Draft) -> bool:
    """The figures told in the sentence of its cues count only one armed force's people (``قُتل
    عنصران من قسد بانفجار عبوة``): that force is its target, whoever a later toll adds."""
    own = {h.sentence for h in d.hits}
    told = {f.victims for f, k in zip(d.fatalities, d.told_in) if k in own}
    return len(told) == 1 and not told & {None, "Civilians"}


def _on_civilians(d: _Draft) -> bool:
    """An armed attack (``هجوم``، ``هاجم``: not a clash of two sides) that names no armed target and
    whose dead are civilians is violence against civilians (ACLED)."""
    return d.event_type == "Battles" and d.sub == "Armed clash" and d.actor2 in (None, "Civilians") \
        and d.actor1 != "Civilians" and all(h.row.role == "generic" for h in d.hits) \
        and any(f.victims == "Civilians" for f in d.fatalities) \
        and (all(f.victims in (None, "Civilians") for f in d.fatalities) or _civilians_told_with_it(d))


def _civilians_told_with_it(d: _Draft) -> bool:
    """The sentence of its first cue counts only civilians (``قتل عدد من جامعي الكمأة بهجوم لخلية
    التنظيم``): whom it struck, whatever later tolls add (guards among the dead)."""
    told = [f.victims for f, k in zip(d.fatalities, d.told_in) if k == d.hits[0].sentence]
    return bool(told) and all(v == "Civilians" for v in told)


def _told_beside(d: _Draft) -> list[str | None]:
    """Whose people the figures in the sentences of ``d``'s cues count, when the sentence of its
    first cue has one; else the first figure that fell to it."""
    own = [(f, k) for n, (f, k) in enumerate(zip(d.fatalities, d.told_in)) if n not in d.borrowed or not d.guessed2]
    if not own:  # (a guessed target is no evidence for itself)
        return [None]
    if d.hits[0].sentence not in d.told_in:
        return [own[0][0].victims]
    sentences = {h.sentence for h in d.hits}
    return [f.victims for f, k in own if k in sentences] or [None]
