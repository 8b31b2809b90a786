"""Casualty figures on events: which event each figure tells of, whose people it counts (the
fatalities' victims), and a toll the outlet only relays from a source given as that source's.
"""
from __future__ import annotations

import bisect
import re
from typing import Final

from ...model import Claim, Fatality
from ...text.normalize import fold
from ..casualties import Figure, find_figures
from ..dates import span_days
from ..event_args import GOV_SIDE, same_side
from ..event_sources import (
    about_syria, abroad_here, agentive, condemner_of, foe_named_before, members_told_before, serving_force, source_of,
    victim_after, victim_near,
)
from ..event_text import ARMED, Hit, Layout, Row, usable
from .drafts import _Draft
from .words import _ATTACKS_ON_PEOPLE, _EXPLOSIONS, _HARMS, _MINISTRY_FORCES, _OWN, _RAIDS_ON_THE_ARMY, OWN_ENDINGS


def _attach_figures(lay: Layout, events: list[_Draft], hits: list[Hit]) -> None:
    placed = any(usable(p) for s, e, p in lay.places)
    if not placed and not _says_in_syria(lay.folded):
        return  # nothing located in Syria: the figures are someone else's war
    abroad = abroad_here(lay)
    syrian: dict[tuple[int, int, int], bool] = {}  # (clause, sentence, paragraph) → about Syria
    figs = [f for f in find_figures(lay.doc)
            if lay.seg("p", f.start) not in lay.ignored
            and _about_syria(lay, f, abroad, syrian)
            and (placed or _told_in_syria(lay, f, abroad))]
    if not figs:
        return
    if not events:
        cued = {h.sentence for h in hits} | {lay.seg("s", a) for a, _, p in lay.places if usable(p)} \
            | ({lay.seg("s", f.start) for f in figs} if not placed else set())
        first = next((f for f in figs if lay.seg("s", f.start) in cued), None)
        if first is None:
            return  # no cue nor Syrian place beside any figure: a disaster's or another war's toll
        events.append(_carrier(lay, [h for h in hits if h.sentence == lay.seg("s", first.start)] or hits, first))
    anchors = [(h.start, h.sentence, d) for d in events for h in d.hits]
    last: tuple[int, str | None] = (-1, None)  # (sentence, victims) of the figure before
    told: dict[tuple[int | None, str], str] = {}  # (count, kind) → whose people, as first told
    near: dict[Figure, str | None] = {}  # victim_near of each figure asked (a pair's, then its own)
    for n, fig in enumerate(figs):
        k = lay.seg("s", fig.start)
        same = [(abs(s - fig.start), d) for s, sn, d in anchors if sn == k and not (s > fig.start and _time_reference(lay, s))]
        pool = same or [(abs(s - fig.start) + (0 if s <= fig.start else 1), d) for s, sn, d in anchors]
        event = min(pool, key=lambda c: c[0])[1]
        if not same:
            event = _told_kind(hits, k, fig.start, anchors) or event
        pair = figs[n + 1] if n + 1 < len(figs) and lay.ftext(fig.end, figs[n + 1].start).strip() in ("", "و") else None
        among = last[0] == k and (_others(lay, fig) or fig.cue in ("sub", "restated"))
        # (بينهم القيادي: one of those just counted; أنّهم 46 جندياً: the same people counted again)
        fatality, borrowed = _fatality(lay, fig, event, last[1] if among else None, told, pair, near)
        if borrowed:
            event.borrowed.append(len(event.fatalities))
        event.fatalities.append(fatality)
        event.told_in.append(k)
        if fatality.victims and fig.count is not None:
            told.setdefault((fig.count, fig.kind), fatality.victims)
        last = (k, fatality.victims)
    for d in events:
        _share_sentence_victims(d)
        _title_told_again(lay, d)


def _about_syria(lay: Layout, fig: Figure, abroad: list[int], memo: dict[tuple[int, int, int], bool]) -> bool:
    """``about_syria`` or ``_both_countries_told_before`` of the figure: both read only the
    clause, sentence and paragraph it stands in, so the figures of one clause are asked once."""
    segs = (lay.seg("c", fig.start), lay.seg("s", fig.start), lay.seg("p", fig.start))
    found = memo.get(segs)
    if found is None:
        found = memo[segs] = about_syria(lay, fig, abroad) or _both_countries_told_before(lay, segs[1])
    return found


# "in Syria", alone or beside another country (في سوريا، في العراق وسوريا، في كل من سوريا والعراق):
# a toll told there is Syria's too, though the article places nothing in Syria (the Pentagon's count
# of its wounded "in Iraq and Syria")
_IN_SYRIA_OPENING: Final = r"(?:^|\s)(?:في|ب)\s*(?:كل\s+من\s+)?(?:\S+\s+و)?"  # في، بـ، في كل من، في العراق و
_PHRASE_ENDS: Final = '،,."«»“”'  # what may close the phrase after the name (or a space, or the end)
_IN_SYRIA: Final = re.compile(fold(_IN_SYRIA_OPENING + r"(?:سوريا|سورية)(?:\s+و\S+)?(?:$|[\s" + _PHRASE_ENDS + "])"))
# The same asked of a whole text: found from each "سوري" (a literal scan), the phrase's opening read
# back from it (the pattern alone is tried at every في and every space, ~1 M instructions an article).
_IN_SYRIA_HEAD: Final = re.compile(fold(_IN_SYRIA_OPENING + r"\Z"))
_SYRIA_STEM: Final = fold("سوري")
_HEAD_CHARS: Final = 120  # a head's two words and its spaces fit in it


def _says_in_syria(text: str) -> bool:
    """Does ``text`` (folded) say "in Syria" (``_IN_SYRIA``)?"""
    n = len(text)
    i = text.find(_SYRIA_STEM)
    while i >= 0:
        j = i + len(_SYRIA_STEM) + 1  # سوريا، سوريه: the stem and one letter, then the phrase ends
        if text[j - 1:j] in ("ا", "ه") and (j == n or text[j].isspace() or text[j] in _PHRASE_ENDS) \
                and _IN_SYRIA_HEAD.search(text, max(0, i - _HEAD_CHARS), i) is not None:
            return True
        i = text.find(_SYRIA_STEM, i + 1)
    return False


def _told_in_syria(lay: Layout, fig: Figure, abroad: list[int]) -> bool:
    """The figure's sentence tells its toll "in Syria" (``أقرّ البنتاغون بإصابة نحو 70 من جنوده في
    كل من سوريا والعراق``): coded in an article that places nothing in Syria — not when a foreign
    place follows the figure in its clause outside that phrase (``القواعد في سوريا والعراق بعد الضربة التي أدت إلى
    مقتل 3 جنود في قاعدة في الأردن``: the toll is that place's)."""
    k = lay.seg("s", fig.start)
    sent = lay.sentences[k]
    if not _says_in_syria(lay.ftext(sent.start, sent.end)) and not _both_countries_told_before(lay, k):
        return False
    end = lay.clauses[lay.seg("c", fig.start)].end
    after = _IN_SYRIA.sub(" ", lay.ftext(fig.end, end))
    return not any(lay.ftext(a0, a1) in after for a0, a1 in lay.abroad_spans if fig.end <= a0 < end and a0 in abroad)


# "in the two countries" (في البلدين): the pair a sentence before named, Syria among them
# (القوات الأميركية في العراق وسوريا … أقرّ البنتاغون بإصابة نحو 70 جندياً في البلدين)
_IN_BOTH: Final = re.compile(fold(r"(?:^|\s)(?:في|ب)\s*(?:هذين\s+)?(?:ال)?بلدين(?:$|[\s،,.])"))
_BOTH_REACH: Final = 3  # sentences before the figure's where the pair may be named


def _both_countries_told_before(lay: Layout, k: int) -> bool:
    """Sentence ``k`` tells its toll "in the two countries" and it or one of the sentences just
    before names them, Syria one of the two (``في العراق وسوريا``): the toll is told in Syria."""
    sent = lay.sentences[k]
    if _IN_BOTH.search(lay.ftext(sent.start, sent.end)) is None:
        return False
    for j in range(max(0, k - _BOTH_REACH), k + 1):
        m = _IN_SYRIA.search(lay.ftext(lay.sentences[j].start, lay.sentences[j].end))
        if m is not None and " و" in m.group().strip():
            return True
    return False


_HURT: Final = frozenset({"killed", "injured", "killed_or_injured"})
# "two days after a raid" (بعد يومين من غارة إسرائيلية على حلب): a cue that only dates what the
# sentence tells, so no figure before it in the sentence is its toll
_AFTER_SO_LONG: Final = re.compile(fold(r"(?:^|\s)(?P<way>بعد|قبل)\s+(?P<span>(?:\S+\s+){1,2})من\s*$"))
_TIME_REACH: Final = 24  # characters before a cue where "after/before so long" stands
_FROM: Final = fold("من")  # what _AFTER_SO_LONG's stretch ends in (then only spaces)


def _time_reference(lay: Layout, start: int) -> bool:
    """The cue at ``start`` is told as a time reference (``بعد يومين من غارة``، ``قبل أيام من هجوم``)."""
    return _time_reference_at(lay, start) is not None


def _time_reference_at(lay: Layout, start: int) -> re.Match[str] | None:
    """``_AFTER_SO_LONG`` in the stretch before ``start``, asked only of a stretch ending in
    ``من`` (led by ``(?:^|\\s)``, the pattern is tried at every position of the stretch)."""
    before = lay.ftext(max(0, start - _TIME_REACH), start)
    if not before.rstrip().endswith(_FROM):
        return None
    return _AFTER_SO_LONG.search(before)


def time_gap(lay: Layout, start: int) -> int | None:
    """Days from the story's day to the cue at ``start`` told as a time reference: ``بعد يومين من
    غارة`` -2 (the raid came two days before), ``قبل ثلاثة أيام من`` +3, ``بعد ساعات من`` 0; None
    when it is no time reference or counts no days (``بعد أيام من``)."""
    m = _time_reference_at(lay, start)
    days = span_days(m.group("span")) if m is not None else None
    if m is None or days is None:
        return None
    return -days if m.group("way") == fold("بعد") else days


def _share_sentence_victims(d: _Draft) -> None:
    """``ارتقاء عدد من الشهداء، ووقوع جرحى مدنيين``: dead and wounded of one event told in one
    sentence, one of them with no people named, are the people the other names."""
    for f, k in zip(d.fatalities, d.told_in):
        if f.victims is None and f.kind in _HURT:  # (6 سوريين ومستشار إيراني: two peoples, no sharing)
            others = {g.victims for g, j in zip(d.fatalities, d.told_in) if j == k and g.kind in _HURT and g.kind != f.kind}
            if len(others) == 1 and None not in others:
                f.victims = others.pop()


def _title_told_again(lay: Layout, d: _Draft) -> None:
    """A figure of the headline told again in the body (``استشهاد 4 عناصر من الشرطة وإصابة آخر``
    … ``استشهد أربعة عناصر …، وأصيب آخر، وفق ما ذكرت سانا``) is the body's: the headline sums up
    what the body tells with its source and people (ANNOTATION: a relaying outlet is no claimant),
    a lone man too. (A lead sentence the outlet tells in its own voice is no headline: its lone 1
    stays its own, see ``_relayed_tolls``.)"""
    title = [n for n, k in enumerate(d.told_in) if lay.seg("p", lay.sentences[k].start) == 0]
    if not title or not _headline(lay):
        return
    for n in title:
        f = d.fatalities[n]
        body = next((g for g, k in zip(d.fatalities, d.told_in) if (g.count, g.kind) == (f.count, f.kind)
                     and lay.seg("p", lay.sentences[k].start) > 0), None)
        if body is None:
            continue
        if body.victims is not None and body.victims != f.victims:
            f.victims = body.victims
            if n in d.borrowed:  # (the body's people, no longer only the target's)
                d.borrowed.remove(n)
        if f.claimed_by == "outlet" and body.claimed_by != "outlet":
            f.claimed_by, f.claim = body.claimed_by, body.claim


def _headline(lay: Layout) -> bool:
    """The first paragraph is a headline: the outlet prints it again further down (the copy
    ``Layout.ignored`` leaves out), as it does its headlines."""
    if not lay.ignored:
        return False
    first = lay.paragraphs[0]
    key = " ".join(lay.ftext(first.start, first.end).split())
    return any(" ".join(lay.ftext(lay.paragraphs[k].start, lay.paragraphs[k].end).split()) == key for k in lay.ignored)


def _told_kind(hits: list[Hit], k: int, start: int, anchors: list[tuple[int, int, _Draft]]) -> _Draft | None:
    """A figure whose sentence (``k``) made no event of its own but names a kind of fight
    (``واستمرت الاشتباكات …، وقتل 10 مسلحين``) goes to the last event of that kind told before
    it, when the nearest event is of another kind (the raid told in between)."""
    kinds = {h.row.event_type for h in hits if h.sentence == k and h.row.event_type in _ATTACKS_ON_PEOPLE}
    if not kinds:
        return None
    near = min(anchors, key=lambda a: abs(a[0] - start) + (0 if a[0] <= start else 1))[2]
    if _kind(near) in kinds:
        return None
    before = [(s, d) for s, sn, d in anchors if s <= start and _kind(d) in kinds]
    return max(before, key=lambda a: a[0])[1] if before else None


def _kind(d: _Draft) -> str:
    """The event's type, an interception counting as the raid it met."""
    return _EXPLOSIONS if d.sub == "Disrupted weapons use" else d.event_type


def _others(lay: Layout, fig: Figure) -> bool:
    """``مقتل متعاقد أميركي وإصابة 6 آخرين``: the figure counts "others" of the people just counted."""
    k = bisect.bisect_left(lay.tok_starts, fig.start)
    end = bisect.bisect_left(lay.tok_starts, fig.end)
    return any(lay.toks[j].text.startswith(("اخر", "واخر")) or lay.toks[j].text in _ORDINALS
               for j in range(k, min(end + 1, len(lay.toks))))


# ``وجرح إيراني ثانٍ``، ``وإصابة ثالث``: one more of the people just counted
_ORDINALS: Final = frozenset(fold(w) for w in ("ثان", "ثاني", "ثانيا", "ثانية", "ثالث", "ثالثا", "ثالثة", "رابع", "رابعا"))


def _carrier(lay: Layout, hits: list[Hit], fig: Figure) -> _Draft:
    """An event with no place to hold figures the article gives without a located event."""
    near = min(hits, key=lambda h: abs(h.start - fig.start)) if hits else None
    etype = near.row.event_type if near and near.row.event_type != "-" else "Violence against civilians"
    sub = near.row.sub if near and near.row.sub != "-" else "Attack"
    d = _Draft(etype, sub, None, None, None)
    if near:
        d.hits.append(near)
    else:
        d.hits.append(Hit(fig.start, fig.end, Row(etype, sub, "trigger", ""), 0,
                           lay.seg("c", fig.start), lay.seg("s", fig.start), lay.seg("p", fig.start)))
    return d


def _fatality(lay: Layout, fig: Figure, event: _Draft, others_of: str | None = None,
              told: dict[tuple[int | None, str], str] | None = None,
              pair: Figure | None = None, near: dict[Figure, str | None] | None = None) -> tuple[Fatality, bool]:
    """The figure as the event's fatality, and whether its people are only the event's target
    as read so far (no word of the text names them). ``near``: ``victim_near`` of the figures
    asked so far (the next figure, read here as the pair, is read again as a figure)."""
    near = {} if near is None else near
    claimant, claim = source_of(lay, fig.start, fig.end)
    if claimant != "outlet" and _told_as_time(lay, fig):
        claimant, claim = "outlet", None
    if claimant == "outlet" and claim is None:
        claimant = condemner_of(lay, fig.start) or claimant  # (دانت الوزارة العدوان الذي أدى إلى استشهاد …)
    if fig.mixed:  # 38 شخصاً، بينهم 5 في حزب الله: persons of several peoples are no one force's
        return _as_fatality(lay, fig, None, claimant, claim), False
    counted = lay.ftext(fig.start, fig.end + _NOUN_CHARS)  # the figure and its counted noun, read below
    members = _MEMBERS.search(counted) is not None  # (asked up to four times)
    victims = fig.victims or _own_volunteers(lay, fig, claimant) \
        or (victim_after(lay, fig) or others_of if others_of else None) or _victim_near(lay, fig, near) \
        or _own_people(lay, fig, claimant) \
        or _killers_foe(lay, fig, claimant)
    # (others of those just counted, ``مقتل 5 من عناصر الفيلق التابع للفصائل، وجرح 10 آخرين``, are
    # theirs, not the force that described them before: only words after the figure say otherwise)
    if victims in (None, "Civilians") and _PROTESTERS.match(lay.ftext(fig.end, fig.end + 2 * _NOUN_CHARS)):
        victims = "Protesters"  # اعتقال ثلاثة من المحتجين، إصابة 5 متظاهرين: whom ACLED names so
    if victims is None and pair is not None:  # 7 شهداء و7 جرحى من الأبرياء: the pair's people, told after it
        victims = pair.victims or _victim_near(lay, pair, near)
    if victims is None and fig.count is not None and told and not (
            fig.count == 1 and members):
        # the toll told again (المشفى استقبل جثامين 4 شهداء); not a lone policeman after a lone "person"
        victims = told.get((fig.count, fig.kind))
    noun = lay.ftext(fig.end, fig.end + _NOUN_CHARS).lstrip(" \"“”«»")
    of_them = _OF_THEM in counted.split()[:3]  # (500 مسلح، وأن 35 منهم قتلوا)
    gunmen = victims is None and bool(_GUNMEN.match(noun) or of_them and _GUNMEN.search(
        lay.ftext(max(lay.sentences[lay.seg("s", fig.start)].start, fig.start - _OF_THEM_CHARS), fig.start)))
    if gunmen:  # صدّ الجيش الهجوم وقتل 10 مسلحين: the gunmen of the side the state fights, never its own
        force = _MINISTRY_FORCES.get(claimant, claimant)
        victims = _the_states_foe(event) or (foe_named_before(lay, fig, force)
                                                  if force in lay.armed_names or claimant in _MINISTRY_FORCES else None)
    if victims is None and not gunmen and claimant in _SYRIAN_STATE \
            and members:
        victims = "Syrian government forces"  # أعلنت سانا استشهاد 8 عسكريين: the state counts its own soldiers
    if victims is None and claimant == "Russian Ministry of Defence" \
            and _SOLDIERS.search(counted):
        victims = "Syrian government forces"  # هاجموا مواقع للقوات السورية ما أدى إلى مقتل 4 جنود: its ally's soldiers
    if victims is None:
        victims = _members_of_the_one_named(lay, fig, event)
    if victims is None and event.actor1 in _RAIDS_ON_THE_ARMY and _SOLDIERS.search(counted):
        victims = "Syrian government forces"  # العدوان الإسرائيلي أدى إلى إصابة 4 عسكريين: a raider's toll of soldiers, the army's
    if victims is None and not gunmen and members:
        victims = members_told_before(lay, fig)  # (the toll told again: 13 عنصراً after 20 عنصراً من قوات النظام)
    target = None if event.actor2 == event.actor1 and event.event_type in _HARMS else event.actor2
    # (a raid's author is never its own target; a force may arrest its own commanders, fight its own units)
    borrowed = victims is None and (target is not None or event.event_type == "Violence against civilians" and not gunmen
                                    and not _MEMBERS.search(lay.ftext(max(fig.start, fig.end - _NOUN_CHARS),
                                                                      fig.end + _NOUN_CHARS)))
    # (an attack on people whose target is decided later, اغتال مسلحون مجهولون فلاناً: its victims too; not
    # gunmen or members counted, حيّد 40 مسلحاً — the verb's own subject, مسلحون, aside)
    if victims is None:  # the event's target (its own sentence's event first: the figure went to it)
        victims = target
    if victims is None and _blind_blast(lay, fig, event):
        victims = "Civilians"  # انفجار عبوة أودى بحياة 5 شهداء: a bomb among people, no force named (ACLED)
    if victims is None and not borrowed:
        victims = _its_members(lay, fig)
    if victims is None and fig.kind == "captured":
        victims = "Civilians"  # detainees no force claims as its own are civilians (ACLED)
    if victims == "Civilians" and _soldiers_counted(lay, fig) or victims in (None, "Civilians") and _soldier_among(lay, fig):
        victims = (serving_force(lay, fig) if victims == "Civilians" else None) or _soldiers_force(event)
    if claimant not in ("outlet", victims) and fig.count == 1 and _described_dead(lay, fig):
        claimant, claim = "outlet", None
    return _as_fatality(lay, fig, victims, claimant, claim), borrowed


_AFTER_DEATH: Final = frozenset(fold(w) for w in ("بعد", "عقب", "وبعد", "وعقب", "إثر", "اثر"))


def _told_as_time(lay: Layout, fig: Figure) -> bool:
    """``يستعد لردّ بعد استشهاد المستشار``: a death a speaker names only as the time of what he
    tells is no figure he gives."""
    return _word_before(lay, fig) in _AFTER_DEATH


_WHO: Final = frozenset(fold(w) for w in ("الذي", "التي", "والذي", "والتي"))


def _described_dead(lay: Layout, fig: Figure) -> bool:
    """``دانت الحركة اغتيال العميد فلان، الذي ارتقى في غارة``: the man's death told in a relative
    clause describes him; a speaker not of his own side gives no figure by naming him."""
    return _word_before(lay, fig) in _WHO


def _word_before(lay: Layout, fig: Figure) -> str | None:
    """The (folded) word right before the figure's first token, None at the text's start."""
    k = bisect.bisect_left(lay.tok_starts, fig.start)
    return lay.toks[k - 1].text if k > 0 else None


def _victim_near(lay: Layout, fig: Figure, memo: dict[Figure, str | None]) -> str | None:
    """``victim_near``, once per figure."""
    if fig in memo:
        return memo[fig]
    found = memo[fig] = victim_near(lay, fig)
    return found


def _as_fatality(lay: Layout, fig: Figure, victims: str | None, claimant: str, claim: Claim | None) -> Fatality:
    """The contract's record of a figure, its people and who gives it."""
    return Fatality(count=fig.count, qualifier=fig.qualifier, kind=fig.kind, victims=victims,
                    claimed_by=claimant, claim=claim.id if claim else None,
                    span=lay.doc.to_original(fig.start, fig.end))


# The counted noun of gunmen (``10 مسلحين``، ``20 إرهابياً``): in this news the men the state fights.
_GUNMEN: Final = re.compile(fold(r"(?:مسلح|إرهابي|ارهابي)(?:ين|ون|ا|اً)?(?:\s|$|[،,.”\"»])"))
_NOT_GUNMEN: Final = frozenset({"Civilians", "Israeli forces", "US-led coalition", "Turkish forces", "Protesters"})


def _the_states_foe(event: _Draft) -> str | None:
    """The side of the event facing the government camp, when the other side is in it."""
    for mine, theirs in ((event.actor1, event.actor2), (event.actor2, event.actor1)):
        if mine in GOV_SIDE and theirs is not None and theirs not in GOV_SIDE and theirs not in _NOT_GUNMEN:
            return theirs
    return None


_BLASTS: Final = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})
_PROTESTERS: Final = re.compile(fold(r"\s*(?:من\s+)?(?:ال)?(?:محتج|متظاهر)"))  # the figure's counted noun
_SYRIAN_STATE: Final = frozenset({"SANA", "Syrian Ministry of Defence", "Syrian Ministry of Interior", "Government of Syria"})
_NOUN_CHARS: Final = 12  # the counted noun right after a figure's number (8 عسكريين)
_SOLDIERS: Final = re.compile(fold(r"جندي|جنود|عسكري"))  # the army's words for its men (not عناصر، مسلحين)
_OF_THEM: Final = fold("منهم")
_OF_THEM_CHARS: Final = 40  # how far before "35 منهم" the people it counts among are named
_MEMBERS: Final = re.compile(fold(r"عنصر|عناصر|جندي|جنود|عسكري|ضابط|ضباط|قيادي|قادة|قائد|مقاتل|مسلح|إرهابيين|إرهابيون|إرهابيا|أفراد|منتسب"
                                  r"|شرطي|شرطة|حراس|مجند|أمني|الأمن"))


_SOLDIER_WORD: Final = re.compile(fold(r"^و?(?:ال)?(?:عسكري|عسكريا|عسكريين|عسكريون|عسكريان|جندي|جنديا|جنود|جنديين"
                                       r"|ضابط|ضابطا|ضباط|ضابطين|ضابطان)$"))
_CIVIL_WORD: Final = re.compile(fold(r"^و?(?:ال)?مدني"))
_SOLDIER_REACH: Final = 3  # words after the figure where a toll's second people is named (مدنيين وعسكريين)


def _soldiers_counted(lay: Layout, fig: Figure) -> bool:
    """``استشهاد 7 عسكريين ومدني``، ``إصابة 19 عسكرياً و13 مدنياً``، ``استشهاد وجرح مدنيين
    وعسكريين``: the figure counts soldiers (its counted noun, or named beside its civilians), so
    the civilians named beside them do not make the whole toll civilian."""
    k0 = bisect.bisect_left(lay.tok_starts, fig.start)
    k1 = bisect.bisect_left(lay.tok_starts, fig.end)
    clause_end = lay.clauses[lay.seg("c", fig.start)].end
    for j in range(k0 + 1, min(k1 + _SOLDIER_REACH, len(lay.toks))):
        tok = lay.toks[j]
        if tok.start >= clause_end:
            break
        if not _SOLDIER_WORD.match(tok.text):
            continue
        before = lay.toks[j - 1]
        if before.start >= fig.start and before.end <= fig.end and not tok.text.startswith("و") \
                or tok.text.startswith("و") and _CIVIL_WORD.match(before.text):
            return True
    return False


def _soldier_among(lay: Layout, fig: Figure) -> bool:
    """``ارتقاء 5 شهداء، بينهم عسكري``: the one named among a toll is a soldier, whoever the
    rest of the toll were."""
    return fig.cue == "sub" and _SOLDIER_WORD.match(lay.ftext(fig.start, fig.end).split(" ", 1)[0]) is not None


def _soldiers_force(event: _Draft) -> str | None:
    """Whose soldiers a mixed toll counts: the Syrian army's, when a foreign force struck; else
    the text must say (the event's target, when it is not civilians)."""
    if event.actor1 in _RAIDS_ON_THE_ARMY:
        return "Syrian government forces"
    return event.actor2 if event.actor2 not in (None, "Civilians", event.actor1) else None


def _members_of_the_one_named(lay: Layout, fig: Figure, event: _Draft) -> str | None:
    """``فُجّرت عبوة بدورية لقسد، ما أدى لمقتل عنصرين``: members counted with no force of their
    own are of the one force named before them in the sentence (not the attack's author)."""
    if fig.kind not in ("killed", "injured", "killed_or_injured", "captured") or fig.count == 1 or \
            not _MEMBERS.search(lay.ftext(fig.start, fig.end + _NOUN_CHARS)):
        return None  # (one man, لاستشهاد القائد سليماني, is a named person: no group's count)
    sent = lay.sentences[lay.seg("s", fig.start)]
    named = {a.canonical for a in lay.actors_in(sent.start, fig.start)
             if a.kind in ARMED and a.canonical != event.actor1 and _owner(lay, a.start)}
    return named.pop() if len(named) == 1 else None


def _owner(lay: Layout, start: int) -> bool:
    """A force named as an owner: ``لقسد``، ``للجيش``، ``التابعة لـ``، ``لـ"قسد"``."""
    k = bisect.bisect_right(lay.tok_starts, start) - 1
    if k >= 0 and lay.toks[k].start < start:
        return lay.toks[k].text.startswith("ل")  # (the ل glued to the name)
    return k > 0 and (lay.toks[k - 1].text in _BELONGS_TO or lay.toks[k - 1].text == "ل")


_BELONGS_TO: Final = frozenset(fold(w) for w in ("التابعة", "التابع", "تابعة", "تابع", "لـ"))


def _blind_blast(lay: Layout, fig: Figure, event: _Draft) -> bool:
    """A bomb's dead and wounded counted as people (شهداء، جرحى, not one named man) with no
    force or member noun (عناصر، جنود، قيادي، حافلة أمنية; إرهابيين counts, the adjective of
    ``التفجير الإرهابي`` does not) in the figure's sentence: civilians."""
    if event.sub not in _BLASTS or fig.count == 1 or fig.kind not in ("killed", "injured", "killed_or_injured"):
        return False
    sent = lay.sentences[lay.seg("s", fig.start)]
    if any(a.kind in ARMED and a.canonical != event.actor1 for a in lay.actors_in(sent.start, sent.end)):
        return False
    return not _MEMBERS.search(lay.ftext(sent.start, sent.end))


def _own_people(lay: Layout, fig: Figure, claimant: str) -> str | None:
    """``أعلنت قسد أن عدداً من عناصره قتلوا``: "its members" are the claimant's own force — not
    when the figure opens with the claimant's own killing (``وقتلت 9 من عناصرها``: the foe's)."""
    if agentive(lay, fig):
        return None
    k, end = bisect.bisect_left(lay.tok_starts, fig.start), bisect.bisect_left(lay.tok_starts, fig.end)
    if not any(_own_or_forces(t.text) for t in lay.toks[k:min(end + 2, len(lay.toks))]):
        return None
    force = _MINISTRY_FORCES.get(claimant, claimant)
    return force if force in lay.armed_names or claimant in _MINISTRY_FORCES else None  # (a ministry's own:
    # its army, named or not)


# "of its forces" (``3 جنود من قواتها``، ``مقتل 3 من قواته``): the claimant's own force, as "its members" are
_OWN_FORCES: Final = re.compile(fold(r"^[وفب]?قوات(?:ه|ها|هم|نا)$"))
_OWN_VOLUNTEERS: Final = re.compile(fold(r"^[وفب]?(?:متطوعي|كوادر|موظفي)(?:ه|ها|هم|نا)$"))  # a body's own people, armed or not


def _own_or_forces(word: str) -> bool:
    """``عناصره``، ``قواتها``: its members or its forces (``_OWN``, ``_OWN_FORCES``), the ending asked first."""
    return word.endswith(OWN_ENDINGS) and (_OWN.match(word) is not None or _OWN_FORCES.match(word) is not None)


# "its members / leaders" counted (``المئات من عناصرها``، ``من قادتها``، ``أحد جنودها``): a possessive
# member noun, read against the last force the sentence named before it
_ITS_MEMBERS: Final = re.compile(fold(r"^[وف]?(?:عناصر|جنود|مقاتلي|أفراد|مسلحي|قادت|قيادات|ضباط|كوادر|أعضاء|منتسبي)(?:ه|ها|هم)$"))
_ITS_REACH: Final = 2  # words between the figure and "its members" (من، أحد)


def _its_members(lay: Layout, fig: Figure) -> str | None:
    """``اعتقل الجهاز الأمني لـ"الهيئة" المئات من عناصرها``، ``حملة اعتقالات طالت المئات من
    قادتها``: "its members" counted with no speaker of theirs are the last armed force named
    before them in the sentence (the arrester's own men in a purge; the foe's, ``صدّ تقدماً لقوات
    النظام وأسر 7 من عناصرها``)."""
    end = bisect.bisect_left(lay.tok_starts, fig.end)
    for j in range(end, min(end + _ITS_REACH + 1, len(lay.toks))):
        word = lay.toks[j].text
        if word.endswith(OWN_ENDINGS) and _ITS_MEMBERS.match(word):
            sent = lay.sentences[lay.seg("s", fig.start)]
            forces = [a.canonical for a in lay.actors_in(sent.start, lay.toks[j].start)
                      if a.kind in ARMED and a.canonical != "Civilians"]
            return forces[-1] if forces else None
    return None


def _own_volunteers(lay: Layout, fig: Figure, claimant: str) -> str | None:
    """``قال الدفاع المدني إن … وإصابة اثنين من متطوعيه``: "its volunteers" are the body's that
    gives the figure, whatever people the sentence counted before them."""
    k, end = bisect.bisect_left(lay.tok_starts, fig.start), bisect.bisect_left(lay.tok_starts, fig.end)
    if not any(lay.toks[j].text.endswith(OWN_ENDINGS) and _OWN_VOLUNTEERS.match(lay.toks[j].text)
               for j in range(k, min(end + 2, len(lay.toks)))):  # (the ending first: one C test)
        return None
    return claimant if claimant not in ("outlet", "Unnamed sources") and claimant.isascii() else None  # (a body's


    # English name; not a person's name as written)


def _killers_foe(lay: Layout, fig: Figure, claimant: str) -> str | None:
    """``أعلنت الهيئة صدّ تقدم لقوات النظام، وقتل 7 من عناصرها``: a figure the claimant's side
    killed counts the last force of the other side named before it in its sentence."""
    if not agentive(lay, fig):
        return None
    killer = "Syrian government forces" if claimant in _SYRIAN_STATE else _MINISTRY_FORCES.get(claimant, claimant)
    if killer not in lay.armed_names:
        return None
    sent = lay.sentences[lay.seg("s", fig.start)]
    foes = [a.canonical for a in lay.actors_in(sent.start, fig.start)
            if a.kind in ARMED and a.canonical != "Civilians" and not same_side(a.canonical, killer)]
    return foes[-1] if foes else None


def _relayed_tolls(fatalities: list[Fatality]) -> None:
    """A toll the outlet states and one source gives again in the same event (``استشهد عدد من
    المدنيين`` … ``وأكدت الوزارة أن العدوان أدى إلى استشهاد عدد من المدنيين``) is that source's,
    which the outlet relays (ANNOTATION: a relaying outlet is no claimant). Not a lone 1: one
    person killed told twice is often two people."""
    told: dict[tuple, list[Fatality]] = {}
    for f in fatalities:
        if f.claimed_by != "outlet" and (f.count is None or f.count > 1):
            told.setdefault((f.count, f.kind), []).append(f)
    for f in fatalities:
        by = [g for g in told.get((f.count, f.kind), []) if f.victims in (None, g.victims)]
        if f.claimed_by == "outlet" and by and len({g.claimed_by for g in by}) == 1:
            f.claimed_by, f.claim, f.victims = by[0].claimed_by, by[0].claim, by[0].victims
