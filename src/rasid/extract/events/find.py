"""Events stage (issue 5): ACLED-style events with place, date, actors, sources and every figure.

A cue from ``data/triggers.tsv`` (``اشتباكات``، ``غارة``، ``استهدف``، ``اعتقال`` …) becomes an
event unless the words before it make it a threat, plan, call, denial or hypothetical. Its
arguments come from the sentence structure (event_args.py): the place is the nearest place in
the clause, then the sentence, then the paragraph; the date is the nearest time cue, else the
story's day; actors are the named forces around it; ``claimed_by`` is whoever's claim contains it
(event_sources.py). ACLED's unit is one event per (type, place, day): cues that fall together
merge, an air strike outranking shelling; a lead that summarises the body adds nothing.
Casualty figures (casualties.py) join the event they describe, keeping every claimant's number.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ...geo.gazetteer import entries
from ...model import Claim, Event, Fatality, Place
from ...text.document import Document
from ...text.normalize import fold
from ..casualties import Figure, find_figures, loss_word
from ..dates import DateMention
from ..event_args import (GOV_SIDE, PASSIVE, SUB_RANK, actor_after, actors_for, announces, background_sentences, clause_has_place,
                         AIR_ADJ, armed_subject, coordinated_subject,
                         date_for,
                         fight_sides, fill_sides, reply_before, responder_of, resolve_gunmen, same_side, suffered_word,
                         is_history, located_abroad, locators, narrative_date, places_for, rank,
                         territory_sub, weapon_for)
from ..event_sources import (about_syria, abroad_here, agentive, foe_named_before, members_told_before, source_of,
                            victim_near)
from ..event_text import (ARMED, TOKEN, Hit, Layout, Row, base_owner, find_cues, glued_nationality, inside_actor,
                         resolve_short_names, usable)
from ..numbers import WordTest, word_positions

_ATTACK_WORDS = frozenset(fold(w) for w in ("هجوم", "هجمات", "هجوما",  # withdrawal under a ground attack
                                             "محاصرة", "محاصرين", "محاصرتها", "حصارها", "تطويقها",  # or a siege
                                             "سيطرتها", "سيطرته", "سيطرت",  # or as the other side takes the ground
                                             "لتدخلها", "ودخلتها", "فدخلتها", "لتسيطر"))
_DESTROY = frozenset(fold(w) for w in ("تدمير",))
_SUFFERED_F = tuple(fold(w) for w in ("تعرض", "تعرضت", "يتعرض", "تتعرض", "لتعرض", "بتعرض", "وتعرضت", "وتعرض",
                                       "تصدت", "تصدى", "التصدي"))  # "was attacked", "repelled": not a purpose
_NOUN_CUES = frozenset(fold(w) for w in ("هجوم", "هجمات", "هجوما", "ضربات", "ضربة", "قصف", "اعتداء",
                                          "عدوان", "استهداف", "تفجير", "اغتيال", "اعتقال", "استرجاع",
                                          "استعادة", "سيطرة", "اعتصام", "تظاهرة", "انسحاب"))
_GROUND = frozenset(fold(w) for w in (  # what territory is taken as, when no place is named right away
    "مواقع", "موقع", "نقاط", "نقطة", "نقطتين", "بلدة", "بلدات", "بلدتي", "قرية", "قرى", "قريتي", "تلة", "تلال", "تل",
    "منطقة", "مناطق", "محور", "مدينة", "حي", "أحياء", "مطار", "قاعدة", "سد", "جبل", "معبر"))
_GROUND_WINDOW = 5
_SUFFERED_WINDOW = 24  # تعرّض القاعدة … في حقل العمر، الواقعة شمالي شرقي محافظة دير الزور، … لهجمات: its place between
_FOR_SAKE = frozenset(fold(w) for w in ("أجل", "لأجل", "بهدف", "لغرض", "سبيل",  # an aim, not a deed
                                        "هدف", "فهدف", "وهدف", "الهدف", "هدفه", "هدفها"))
_TOWARD = re.compile(r"(?:نحو|باتجاه|صوب|تجاه)\s+(?:\S+\s+)?$")  # … نحو مدينة X
_FOILED = frozenset(fold(w) for w in ("أحبط", "أحبطت", "أحبطوا"))
_HARMS = frozenset({"Explosions/Remote violence", "Violence against civilians"})
_ATTACKS_ON_PEOPLE = _HARMS | {"Battles"}
_ATTACKS = frozenset({"Explosions/Remote violence", "Battles"})
_EXPLOSIONS = "Explosions/Remote violence"
_ON = fold("على")
_VERB_SUBJECT_WINDOW = 12  # a bare verb cue (سيطرت، سيطروا) waits this many tokens for its على
_MINISTRY_FORCES = {
    "Syrian Ministry of Defence": "Syrian government forces", "Russian Ministry of Defence": "Russian forces",
    "Turkish Ministry of Defence": "Turkish forces", "US Department of Defense": "US-led coalition",
    "US Central Command": "US-led coalition", "Israeli Ministry of Defence": "Israeli forces",
}
_CAUSES = frozenset(fold(w) for w in ("جراء", "جرّاء", "إثر", "اثر", "نتيجة", "بسبب"))  # "as a result of" the cue
_MOURNING = re.compile(fold(r"^[وف]?(?:نعى|نعت|ينعى|تنعى|زف|زفت|يزف|تزف)$"))
_AIR_POWERS = frozenset({"Israeli forces", "US-led coalition"})
_BASE_STRUCK = frozenset({"US-led coalition"})  # whose bases in Syria are attacked only from afar
_ARTILLERY = frozenset(fold(w) for w in ("قذائف", "قذيفة", "قذيفتين", "قذيفتان", "المدفعية", "مدفعية", "مدفعيته",
                                         "مدفعيتها", "مدفعيتهم", "هاون", "راجمات", "دبابة", "دبابات"))
_SUFFERED = WordTest(suffered_word)
_BLOCK_WINDOW = 12  # tokens before a cue searched for "not an event" words
_HABITUAL_WINDOW = 3  # tokens after a cue searched for "ongoing" adjectives
_ESSAY_CHARS = 4000  # longer: analysis, opinion, speeches (news reports run 1-4k; 4-6k pieces of the corpus are essays too)
_GROUND_TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})  # told even there
_EVENT_ROLES = frozenset({"trigger", "generic", "territory", "withdraw", "disrupt", "armed", "enter", "reach", "fall"})


@dataclass(slots=True)
class _Draft:
    event_type: str
    sub: str
    place: Place | None
    date: str | None
    precision: int | None
    hits: list[Hit] = field(default_factory=list)
    actor1: str | None = None
    actor2: str | None = None
    assoc: list[str] = field(default_factory=list)
    lead: bool = False
    fatalities: list[Fatality] = field(default_factory=list)
    guessed2: bool = False  # actor2 is only the other camp of the war (fill_sides), not named
    vague: bool = False  # its own time cue is vague (منذ أيام، قبل أيام): some recent day, not the story's
    told_in: list[int] = field(default_factory=list)  # the sentence of each of its fatalities
    borrowed: list[int] = field(default_factory=list)  # its fatalities whose people are only its target
    stated: bool = False  # its day is only that of a statement about it (قال اليوم إنّ التفجير …)


def _claiming_force(lay: Layout, hit: Hit) -> str | None:
    """A force that announces an attack is its author (``أعلنت المقاومة الإسلامية في العراق
    استهداف …``); a defence ministry speaks for its forces."""
    who, claim = source_of(lay, hit.start, hit.end)
    if claim is not None and _MOURNING.match(fold(claim.cue.text)):
        return None  # زفّ الجيش ثلاثة شهداء ارتقوا في تفجير: the mourner lost them
    if claim is not None and claim.stance == "deny":
        return None  # نفى قائد العشائر أي دور لقواته في المجزرة: the denier disowns the act
    if claim is not None and _condemns(lay, claim.cue.span[0], hit.start):
        return None  # أعرب القيادي في الحركة عن إدانته لعملية الاغتيال التي استهدفت …: no author of it
    if hit.tok and lay.toks[hit.tok - 1].text in _CAUSES:
        return None  # أصيب جنودها من جراء استهداف القاعدة: the cause of its losses, not its act
    if claim is not None and _own_losses_before(lay, hit, claim):
        return None  # أعلنت قسد مقتل 3 من مقاتليها بقصف تركي: the shelling befell it
    if who in _MINISTRY_FORCES:
        return _MINISTRY_FORCES[who]
    return who if who in lay.armed_names else None


_CONDEMNING = frozenset(fold(clitic + article + word) for clitic in ("", "و", "ف", "ب", "ل") for article in ("", "ال")
                        for word in ("إدانة", "إدانته", "إدانتها", "إدانتهم", "أدان", "أدانت", "دان", "دانت", "يدين",
                                     "تدين", "استنكار", "استنكاره", "استنكارها", "استنكر", "استنكرت", "تنديد",
                                     "تنديده", "تنديدها", "ندد", "نددت", "شجب", "شجبت"))  # (a set: tried at
# every word between a claim's verb and a cue)


def _condemns(lay: Layout, start: int, end: int) -> bool:
    """A word of condemnation stands between a claim's reporting verb and the cue: the speaker
    condemns the attack, it does not announce one of its own."""
    k0, k1 = bisect.bisect_left(lay.tok_starts, start), bisect.bisect_left(lay.tok_starts, end)
    return any(lay.toks[k].text in _CONDEMNING for k in range(k0, k1))


_CONDEMNER_GAP = 2  # words from a verb of condemnation to its subject


def _condemner(lay: Layout, hit: Hit, actor: str) -> bool:
    """``actor`` is named in the cue's sentence only before a word of condemnation that governs
    the cue (``دانت الحركة الغارة``): the one who condemns it, not its author."""
    sent = lay.sentences[hit.sentence]
    k0 = bisect.bisect_left(lay.tok_starts, sent.start)
    word = next((k for k in range(hit.tok - 1, k0 - 1, -1) if lay.toks[k].text in _CONDEMNING), None)
    if word is None:
        return False
    at = lay.toks[word].start
    near = lay.toks[min(word + _CONDEMNER_GAP, hit.tok)].start  # دانت حركة حماس الغارة: the verb's subject
    named = [a.start for a in lay.actors_in(sent.start, hit.start) if a.canonical == actor]
    return bool(named) and all(s < at or s <= near for s in named)


_FACTIONS = "Syrian opposition factions"
# Opposition bodies whose spokesmen call their own fighters "the factions" (الفصائل، الثوار).
_FACTION_BODIES = frozenset({"National Liberation Front", "Syrian National Army", "Hayat Tahrir al-Sham", "Jaysh al-Izza"})
_LOSSES_REACH = 10  # words from a claim's verb to the cue that its losses in between befell


def _own_losses_before(lay: Layout, hit: Hit, claim: Claim) -> bool:
    """Between the claim's verb and the cue, the speaker tells of its own dead, wounded or
    captured (``أعلنت الهيئة مقتل عدد من عناصرها في الغارات``): the cue befell the speaker."""
    cue_end = lay.doc.to_text(*claim.cue.span)[1]
    k0, k1 = bisect.bisect_left(lay.tok_starts, cue_end), hit.tok
    if not 0 < k1 - k0 <= _LOSSES_REACH:
        return False
    words = [lay.toks[k].text for k in range(k0, k1)]
    return any(_OWN.match(w) for w in words) and any(loss_word(w) for w in words)


_DESCRIBES_GAP = 2  # words from a cue to the verb that tells what it hit (عدواناً جوياً استهدف)
_TELLS_HIT = frozenset(fold(w) for w in ("استهدف", "استهدفت", "طال", "طالت", "أصاب", "أصابت", "ضرب", "ضربت"))


def _fight_told_again(lay: Layout, hit: Hit, sub: str, actor1: str | None, actor2: str | None,
                      last_fight: tuple[str, str]) -> bool:
    """A clash with no author named, after a fight told with both its sides (``الاشتباكات بين
    مقاتلي العشائر وقسد``), is that fight again and takes those sides: a definite ``الاشتباكات``
    naming neither side, or any clash whose one named side is the fight's second (``القوات التي
    هاجمت قسد``: the first side attacked). A clash on the first side is left alone (its author
    unknown), and so is a named author (whose foe may be another: مع عناصر التنظيم)."""
    if sub != "Armed clash" or actor1 is not None:
        return False
    if actor2 is None:
        return _DEFINITE_FIGHT.match(lay.toks[hit.tok].text) is not None
    return actor2 == last_fight[1]


_DEFINITE_FIGHT = re.compile(fold(r"^[وف]?(?:ال|بال|لل)(?:اشتباكات|معارك|مواجهات)$"))


_ALSO = frozenset(fold(w) for w in ("كما", "وكما"))
_ITEM_WEAPON_GAP = 2  # words from a struck place to the ب of the means it alone was struck with


def _item_weapon(lay: Layout, hit: Hit, place: Place, weapons: list[tuple[int, int, Row]]) -> Row | None:
    """A place listed after the cue with its own means right after it (``استهدفوا قرى صبيخان والبوليل
    بقذائف الهاون، وبلدة بقرص بطائرة "درون" مسلحة``): that item was struck with it, whatever the
    cue's first weapon was. Only an air or drone means, which outranks shells (ACLED)."""
    sent = lay.sentences[hit.sentence]
    for s, e, p, seg in lay.event_places:
        if p is not place or not hit.end <= s < sent.end:
            continue
        k = bisect.bisect_left(lay.tok_starts, e)
        for w0, w1, row in weapons:
            j = bisect.bisect_left(lay.tok_starts, w0)
            if e <= w0 and j - k < _ITEM_WEAPON_GAP and lay.toks[j].text.startswith("ب") \
                    and row.sub == "Air/drone strike" and row.event_type == _EXPLOSIONS:
                return row
    return None


def _also_goes_on(lay: Layout, hit: Hit, paragraph: int) -> bool:
    """``وأمس، أعلنت المقاومة أنها استهدفت قواعد في العراق وسوريا … / كما استُهدفت قاعدتا تل بيدر
    والتنف``: a sentence opening on كما right after the paragraph of a story told abroad goes on
    with that story, on its day."""
    if hit.sentence == 0:
        return False
    sent = lay.sentences[hit.sentence]
    first = lay.toks[bisect.bisect_left(lay.tok_starts, sent.start)].text
    return first in _ALSO and lay.seg("p", lay.sentences[hit.sentence - 1].start) == paragraph


def _describes_last(lay: Layout, hit: Hit, hits: list[Hit], last_start: int) -> bool:
    """The cue is a verb right after the cue just read, in its clause (``عدواناً جوياً استهدف
    مدينة حلب``): it tells what that attack hit, so it has that attack's author."""
    if len(hits) < 2 or hits[-2].start != last_start or lay.toks[hit.tok].text not in _TELLS_HIT:
        return False
    prev = hits[-2]  # (hits[-1] is this cue)
    return prev.clause == hit.clause and (0 < hit.tok - prev.tok <= _DESCRIBES_GAP + 1
                                          or _fired_from_between(lay, prev.tok, hit.tok))


_FROM_WORDS = frozenset(fold(w) for w in ("من", "انطلاقا"))
_FROM_REACH = 6  # words of "fired from" between an attack noun and its verb (عدواناً جوياً من اتجاه الجولان السوري المحتل)


def _fired_from_between(lay: Layout, k0: int, k1: int) -> bool:
    """Between the attack noun at ``k0`` and the verb at ``k1`` stands only where it was fired
    from (``عدواناً جوياً من الجولان السوري استهدف``): an adjective, then "من" and a few words."""
    start = next((k for k in (k0 + 1, k0 + 2) if k < k1 and lay.toks[k].text in _FROM_WORDS), None)
    return start is not None and k1 - start <= _FROM_REACH


def _announced_right_before(lay: Layout, hit: Hit) -> bool:
    """The cue follows its claim's reporting verb and speaker closely (``أعلنت المقاومة
    الإسلامية في العراق استهداف …``): what the force announces is its own act."""
    who, claim = source_of(lay, hit.start, hit.end)
    if claim is None:
        return False
    cue_end = lay.doc.to_text(*claim.cue.span)[1]
    if not cue_end <= hit.start:
        return False
    k0, k1 = bisect.bisect_left(lay.tok_starts, cue_end), hit.tok
    if any(a.kind in ARMED and a.canonical != _MINISTRY_FORCES.get(who, who)
           for a in lay.actors_in(cue_end, hit.start)):
        return False  # قالت وزارة الدفاع إنّ العدو الإسرائيلي نفّذ عدواناً: the subject is named
    if any(lay.toks[k].text in ("ان", "بان") for k in range(k0, k1)):
        return False  # ذكرت الوزارة أنّ عدواناً جوياً أدى …: a that-clause tells of another's act (أنها استهدفت is its own)
    return 0 <= k1 - k0 <= 10 and not any(lay.toks[k].start in lay.cue_start_set for k in range(k0, k1))


def _associated(lay: Layout, hit: Hit, next_start: int, main: set[str | None]) -> list[str]:
    """Other armed forces named in the cue's clause or right after it (``سلاحا الجو السوري
    والروسي``: the second air force joins the first)."""
    clause = lay.clauses[hit.clause]
    out: list[str] = []
    for a in lay.actors_in(clause.start, max(clause.end, min(next_start, lay.sentences[hit.sentence].end))):
        if a.kind in ARMED and a.canonical not in main and a.canonical not in out:
            out.append(a.canonical)
    return out[:3]


_REPEL = frozenset(fold(w) for w in ("تصدت", "تصدى", "التصدي", "وتصدت", "وتصدى"))
_REPEL_WINDOW = 6  # words between a repelling verb and the attack it names (تصدت وسائط الدفاع الجوي السوري لـ…)


def _repels_told_attack(lay: Layout, hit: Hit, etype: str, next_start: int, strikes: list[int]) -> bool:
    """``تصدّت الدفاعات الجوية لعدوان إسرائيلي``، ``… لصواريخ إسرائيلية``: the repelling verb names
    a strike that is the event (its own cue or weapon follows in the clause); the repelling adds
    no battle of its own."""
    if lay.toks[hit.tok].text not in _REPEL:
        return False
    clause_end = lay.clauses[hit.clause].end
    nxt = [next_start] + [s for s in lay.weapon_starts if hit.end <= s < clause_end  # لصواريخ إسرائيلية
                          and not _DEFENCES.search(lay.ftext(s, s + 8))]  # (تصدت وسائط الدفاع الجوي: the subject)
    k = bisect.bisect_left(lay.tok_starts, min(nxt))
    if min(nxt) < next_start and not _between(strikes, hit.end, lay.sentences[hit.sentence].end):
        return False  # تصدّت الدفاعات لصواريخ إسرائيلية اعتدت على البلاد، مستهدفةً نقاطاً في …، وأسقطت بعضها:
        # no cue of the strike's own follows in the sentence, so the repelling tells it
    return min(nxt) < clause_end and k - hit.tok <= _REPEL_WINDOW


def _repelled_force(lay: Layout, hit: Hit) -> str | None:
    """``تصدّت الدفاعات السورية لصواريخ إسرائيلية``: a repelling verb that tells the strike itself
    (no cue of the strike follows) has the force of the weapons it meets as the striker."""
    if lay.toks[hit.tok].text not in _REPEL:
        return None
    clause_end = lay.clauses[hit.clause].end
    for t, force in lay.nationals:
        if t > hit.tok and lay.toks[t].start < clause_end and force != _HOME_FORCES:
            return force
    return None


def _intervening(lay: Layout, hit: Hit, interventions: list[int]) -> str | None | Literal[False]:
    """A protest that a force disperses or assaults in its sentence: the force (None when not
    named), or False when nothing intervenes."""
    sent = lay.sentences[hit.sentence]
    if not any(sent.start <= s < sent.end for s in interventions):
        return False
    forces = [a.canonical for a in lay.actors_in(sent.start, sent.end) if a.kind in ARMED]
    return forces[0] if forces else None


def _goes_on(lay: Layout, hit: Hit, etype: str, target: str | None, last: tuple[int, int, str, str | None]) -> bool:
    """An event with no author named takes the last author: in its sentence, or — when it is
    of the same type, in that paragraph or the next, and no other force is named with it — the
    one whose campaign the story goes on telling (``أعلنت المقاومة … استهداف الشدادي. وكانت
    استهدفت قاعدة التنف``)."""
    sentence, paragraph, last_type, author = last
    if author is None or author == target:
        return False
    if sentence == hit.sentence:
        return True
    if last_type != etype or not 0 <= hit.paragraph - paragraph <= (0 if lay.bulletin else 1):
        return False  # (a bulletin's next line is another story)
    sent = lay.sentences[hit.sentence]  # (the author named here in another role is not its author)
    if _ANOTHER_STORY.match(lay.ftext(sent.start, min(sent.end, sent.start + 40))):
        return False  # وفي حادثة منفصلة، قُتل شابان بانفجار لغم: not the raids told before
    return all(a.canonical == target or a.kind not in ARMED for a in lay.actors_in(sent.start, sent.end))


def _armed_before(lay: Layout, hit: Hit, told: _Draft, weapons: list[tuple[int, int, Row]]) -> bool:
    """A weapon named in the cue's sentence between the told event and the cue (``استهدفت مدفعيته
    القرية بقذيفتين، دون أن يؤدي العدوان إلى إصابات``): the weaponless cue names that armed
    attack again, so it keeps that attack's sub-type rather than its own default."""
    lo = max(told.hits[0].start, lay.sentences[hit.sentence].start)
    return any(lo <= s < hit.start for s, e, r in weapons)


_ANOTHER_STORY = re.compile(fold(r"^[\s\"'“«]*(?:و|ف)?(?:في|فى|على|من)\s+(?:حادثة|حادث|سياق|صعيد|جهة)\s+(?:منفصل|آخر|أخرى|اخر|اخرى)"))
_TOLD_PARAGRAPHS = 2  # how far back a definite cue looks for the event it names again


_DEMONSTRATIVES = frozenset(fold(w) for w in ("هذه", "هذا", "هذين", "هاتين", "تلك", "ذلك", "وهذه", "وهذا", "وتلك"))


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


_OWNS = re.compile(fold(r"^[وف]?(?:تبنى|تبنت|يتبنى|تتبنى|مسؤولية|مسؤوليته|مسؤوليتها|مسؤوليتهم)$"))
_OWNS_WINDOW = 8  # words before the attack word where the group's "claimed" stands


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


_HAPPENED = frozenset(fold(w) for w in ("وقع", "وقعت", "حصل", "حصلت", "جرى", "جرت", "تم"))
_COINCIDED = re.compile(fold(r"^[وف]?(?:تزامن|تزامنت|يتزامن|تتزامن|ترافق|ترافقت|يترافق|تترافق)$"))
_EXCHANGED = re.compile(fold(r"^(?:ال)?متبادل"))
_EXCHANGE_REACH = 3  # words after a shelling cue where "mutual" stands (قصف مدفعي متبادل)


def _coincided(lay: Layout, hit: Hit) -> bool:
    """``وتزامن القصف مع هجوم العشائر على ذيبان``: the shelling just told coincided with an
    attack elsewhere; the places that follow are the attack's, not the shelling's."""
    return hit.tok > 0 and _COINCIDED.match(lay.toks[hit.tok - 1].text) is not None


def _exchanged_in_fight(lay: Layout, hit: Hit, hits: list[Hit]) -> bool:
    """``اشتباكات عنيفة في محوري جلبل وكيمار بالتزامن مع قصف مدفعي متبادل``: the two sides'
    exchange of fire is the clash told earlier in the sentence (ACLED codes the clash), not a
    shelling of its own."""
    end = min(len(lay.toks), hit.tok + 1 + _EXCHANGE_REACH)
    sent_end = lay.sentences[hit.sentence].end
    if not any(lay.toks[k].start < sent_end and _EXCHANGED.match(lay.toks[k].text) for k in range(hit.tok + 1, end)):
        return False
    return any(h.sentence == hit.sentence and h.row.event_type == "Battles" for h in hits)


def _happened(lay: Layout, hit: Hit) -> bool:
    """``الانفجار وقع في نقطة تابعة لمنطقة أعزاز``: "the explosion happened in …" details the
    event told before, whatever place it adds."""
    nxt = hit.tok + 1
    return nxt < len(lay.toks) and lay.toks[nxt].text in _HAPPENED


_FLIGHT = re.compile(fold(r"^[وفب]?(?:حلق|حلقت|يحلق|تحلق|تحليق|تحليقا|التحليق|للتحليق)$"))
_FLIGHT_AFTER = 3  # words after an aircraft where its flying is told (الطيران المروحي الأميركي حلّق); a flight
# told before it (وسط تحليق مكثف للطيران الحربي) mostly frames the strikes of that aircraft


def _flying(lay: Layout, tok: int) -> bool:
    """An aircraft told flying over (``الطيران المروحي الأميركي حلّق في أجواء المنطقة بعد الاستهداف``،
    ``بينما كان الطيران الأميركي يحلّق من دون أن يتدخّل``) watches the fight: not the means of an
    attack told beside it."""
    sent = lay.sentences[lay.seg("s", lay.toks[tok].start)]
    hi = min(len(lay.toks), tok + 1 + _FLIGHT_AFTER)
    return any(lay.toks[k].start < sent.end and _FLIGHT.match(lay.toks[k].text) for k in range(tok + 1, hi))


_ASIDE_BACK = 3  # cues back that may hold the other event of the sentence
_BROKE_OUT = re.compile(fold(r"^[وفب]?(?:تجدد|تجددت|يتجدد|تتجدد|اندلع|اندلعت|اندلاع|تندلع|دارت|تدور|اشتعلت|احتدمت|احتدام)$"))


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


_RELATIVES = tuple(fold(w) for w in ("الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان"))
_AFTER = frozenset(fold(w) for w in ("بعد", "وبعد", "عقب", "إثر"))  # the fight "after" which a town fell or was left
_WHERE = frozenset(fold(w) for w in ("حيث", "وحيث"))  # "where": the place named just before


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


_PATTERN_AFTER = 8  # words after a cue that an adverb of repetition or a span of weeks may stand
_PATTERN_BEFORE = 2


def _patterned(lay: Layout, hit: Hit, patterns: list[int]) -> bool:
    """``تتعرض للقصف بشكل متكرر``، ``قاد عدة تظاهرات … خلال الأسابيع الأخيرة``: the cue tells a
    pattern of events (an adverb of repetition or a span of weeks right with it), no one event."""
    k = bisect.bisect_left(patterns, hit.tok - _PATTERN_BEFORE)
    sent = lay.sentences[hit.sentence]
    return k < len(patterns) and patterns[k] <= hit.tok + _PATTERN_AFTER \
        and sent.start <= lay.toks[patterns[k]].start < sent.end


def _between(starts: list[int], lo: int, hi: int) -> bool:
    """Does a sorted list of offsets hold one in ``[lo, hi)``?"""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


_OTHER_SIDE = tuple(fold(w) for w in ("في المقابل", "وفي المقابل"))


def _other_side(lay: Layout, k: int) -> bool:
    """``في المقابل، نفى المركز …``: the other side's word on the story is background for its own
    cues, but the story's day goes on for the sentences after it (من جهتها، أعلنت الغرفة أنها قصفت)."""
    sent = lay.sentences[k]
    return lay.ftext(sent.start, min(sent.end, sent.start + 16)).lstrip().startswith(_OTHER_SIDE)


_ACCUSES = re.compile(fold(r"^[وف]?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|متهما|متهمة|متهمين)$"))
_ACCUSED_REACH = 6  # words from the accusing verb to the cue (اتهمت قسد الجيش التركي بقصف)


def _accused(lay: Layout, hit: Hit) -> str | None:
    """``اتهمت «قسد» الجيش التركي بقصف الأحياء``، ``متهماً «جيش الإسلام» بقصف``: the accused (the
    force after the accusing verb) is the cue's author, not the accuser."""
    if not lay.toks[hit.tok].text.startswith("ب"):
        return None
    clause_start = lay.clauses[hit.clause].start
    for k in range(hit.tok - 1, max(-1, hit.tok - 1 - _ACCUSED_REACH), -1):
        if lay.toks[k].start < clause_start:
            return None
        if _ACCUSES.match(lay.toks[k].text):
            named = [a for a in lay.actors_in(lay.toks[k].end, hit.start) if a.kind in ARMED]
            return named[-1].canonical if named else None
    return None


_OPERATIONS = frozenset(fold(w) for w in ("عمليات", "بعمليات", "وعمليات", "لعمليات"))


def _operations(lay: Layout, hit: Hit) -> bool:
    """``في عمليات اغتيال``، ``عمليات خطف``: "operations of" a kind, plural — a pattern unless
    its own day is told."""
    return hit.tok > 0 and lay.toks[hit.tok - 1].text in _OPERATIONS


_FROM = fold("من")
_CRAFT_REACH = 4  # words after "من" where the craft's nationality stands (بضربة من طائرة مسيّرة تركية)


def _craft_nation(lay: Layout, hit: Hit) -> str | None:
    """``بضربة من طائرة مسيّرة تركية``: a nominal cue whose means follows with من names its author
    by the means' nationality."""
    if hit.tok + 2 >= len(lay.toks) or lay.toks[hit.tok + 1].text != _FROM:
        return None
    stop = hit.tok + 2 + _CRAFT_REACH
    return next((force for k, force in lay.nationals if hit.tok + 2 < k < stop), None)


def _abroad_sentence(lay: Layout, k: int, abroad: list[int], home: list[int]) -> bool:
    """Does the sentence name a place abroad (``abroad``: sorted starts) and none in Syria (``home``)?"""
    sent = lay.sentences[k]
    return _between(abroad, sent.start, sent.end) and not _between(home, sent.start, sent.end)


_STRUCK = frozenset(fold(w) for w in ("ضرب", "ضربت", "يضرب", "تضرب", "وضرب", "وضربت"))
_QUAKE = re.compile(fold(r"(?:^|\s)[وب]?(?:ال)?(?:زلزال|زلازل|زلزالا|زلزالين|هزة|هزات)(?:\s|$)"))
_QUAKE_REACH = 90  # characters before the verb: وكان زلزال قوته 7.8 درجات وفق مقياس ريختر ضرب …


def _quake_struck(lay: Layout, hit: Hit) -> bool:
    """A bare "struck" whose subject is an earthquake just before it, in its sentence (``الزلزال
    الذي ضرب شمالي سوريا``): a disaster, not an attack (the casualty side skips its toll too)."""
    if lay.texts[hit.tok] not in _STRUCK:
        return False
    sent = lay.sentences[hit.sentence]
    return bool(_QUAKE.search(lay.ftext(max(sent.start, hit.start - _QUAKE_REACH), hit.start)))


_LADEN = frozenset(fold(w) for w in ("محملة", "المحملة", "محمل", "المحمل", "محملا", "محملين", "مزودة", "المزودة",
                                     "مزود", "المزود", "محشوة", "مفخخة"))  # مسيرات محمّلة بالقذائف: a load, no attack


_TALLIED = frozenset(fold(w) for w in ("هجوم", "هجوما", "هجمات", "استهداف", "استهدافا", "استهدافات", "اعتداء",
                                        "اعتداءات", "عملية", "عمليات"))
_TALLY_MIN = 10  # "178 هجوماً على القواعد منذ …": a count this large of attacks is a tally over weeks


def _tally(lay: Layout, hit: Hit) -> bool:
    """``تعرّضت القوات الأميركية لأكثر من 150 هجوماً``: a large count of attacks (not of strikes or
    rockets, which one raid may fire) sums up a campaign; it tells no one event."""
    if hit.tok == 0 or lay.toks[hit.tok].text not in _TALLIED:
        return False
    prev = lay.toks[hit.tok - 1].text
    return prev.isdigit() and int(prev) >= _TALLY_MIN


_NEGATORS = frozenset(fold(w) for w in ("لا", "ولا", "لم", "ولم", "لن", "دون", "بدون", "ودون", "وبدون"))
_ANY = fold("أي")
_BACKDROP = frozenset(fold(w) for w in ("خلفية", "بخلفية"))
_BACKDROP_REACH = 6  # words from "على خلفية" to the cue it frames


def _cue_between_toks(lay: Layout, k0: int, k1: int) -> bool:
    """Another event cue opens a word in ``[k0, k1)``."""
    return any(lay.toks[j].start in lay.cue_start_set for j in range(max(0, k0), k1))


_DENOUNCING = frozenset(fold(w) for w in ("تنديدا", "احتجاجا", "استنكارا", "رفضا", "وتنديدا", "واحتجاجا", "ورفضا"))
_ON_ABOUT = frozenset(fold(w) for w in ("على", "ب"))
_BE = frozenset(fold(w) for w in ("تكن", "يكن", "تكون", "يكون"))  # after لم، لن: "was not" (a) …
_NOT_BE = frozenset(fold(w) for w in ("ليس", "ليست", "وليس", "وليست"))
_ENDED = frozenset(fold(w) for w in ("انتهاء", "وانتهاء", "بانتهاء", "خلفية", "بخلفية"))
_BREACH = frozenset(fold(w) for w in ("خرق", "خرقوا", "خرقت", "يخرق", "تخرق", "خروقات", "انتهاك", "انتهاكات",
                                      "انتهكت", "انتهكوا", "ينتهك", "تنتهك"))
_SPANS = frozenset(fold(w) for w in ("أيام", "أسابيع", "أشهر", "شهور", "سنوات", "أعوام"))
_OF = fold("من")


def _word_before(lay: Layout, hit: Hit) -> str:
    """The word right before the cue: the previous one, or the one a lost space glued to the cue
    (``خلفيةاعتقال``)."""
    k = hit.tok
    word, head = lay.toks[k].text, _folded(hit.row.form).split()[0]
    if word.endswith(head) and len(word) - len(head) > 3:
        return word[:len(word) - len(head)]
    return lay.toks[k - 1].text if k > 0 else ""




def _takeover_after_fights(lay: Layout, hit: Hit, hits: list[Hit], drafts: list[_Draft]) -> _Draft | None:
    """``سيطرت قوات النظام على بلدة X بعد معارك مع الفصائل بدأت فجر الأحد``: the battles told as
    how the ground was won are that takeover (ACLED), on its day — the takeover told just before in
    the sentence, which they join (and name its other side)."""
    if _word_before(lay, hit) not in _AFTER:
        return None
    return next((d for d in reversed(drafts) if d.event_type == "Battles" and d.sub != "Armed clash"
                 and any(h.sentence == hit.sentence and h.row.role == "territory" for h in d.hits)), None)


def _not_done(lay: Layout, hit: Hit) -> bool:
    """The words right before the cue say no such event happened (``لا تستهدف``، ``لم تقصف``،
    ``دون أي اشتباك``), that it ended or is the background of the news (``انتهاء الاشتباكات``،
    ``على خلفية اعتقال``), that a truce was broken rather than made (``خرقوا الهدنة``), or that
    the cue sums up weeks of attacks (``بعد أسابيع من القصف``)."""
    k = hit.tok
    prev = _word_before(lay, hit)
    if prev in _NEGATORS or prev in _ENDED or prev == _ANY and k > 1 and lay.toks[k - 2].text in _NEGATORS:
        return True
    if prev in _DENOUNCING or prev in _ON_ABOUT and k > 1 and lay.toks[k - 2].text in _DENOUNCING:
        return True  # تظاهرات تنديداً بالهجمات التركية، احتجاجاً على اعتقال: the protest's cause, told as known
    sent_start = lay.sentences[hit.sentence].start
    if any(lay.toks[j].text in _BACKDROP and lay.toks[j].start >= sent_start
           for j in range(max(0, k - _BACKDROP_REACH), k - 1)) and not _cue_between_toks(lay, k - _BACKDROP_REACH, k):
        return True  # على خلفية انتقادهم أداءها العسكري في معارك ريف إدلب: the background of the news
    if _not_being(lay, k, prev):
        return True  # لم تكن ضربات، ليست غارات: the sounds were no attack
    if k > 1 and lay.toks[k - 1].start in lay.cue_start_set and _not_being(lay, k - 1, lay.toks[k - 2].text):
        return True  # لم تكن ضربات استهدفت القاعدة: nor is the verb that tells what they hit
    if hit.row.sub == "Agreement" and prev in _BREACH:
        return True
    return prev == _OF and k > 1 and lay.toks[k - 2].text in _SPANS


def _not_being(lay: Layout, k: int, prev: str) -> bool:
    """The word ``prev`` before token ``k`` says "is not" (``ليست``، ``لم تكن``)."""
    return prev in _NOT_BE or prev in _BE and k > 1 and lay.toks[k - 2].text in _NEGATORS


def _was_doing(lay: Layout, hit: Hit) -> bool:
    """``كانت تستهدف``، ``كان يستهدف``: was + the present tense tells an aim or a habit (the drones
    that were heading for civilians), not an attack done (``كانت قد استهدفت`` is one)."""
    word = lay.toks[hit.tok].text
    return hit.tok > 0 and lay.toks[hit.tok - 1].text in ("كان", "كانت", "كانوا", "وكان", "وكانت") \
        and word[:1] in ("ت", "ي") and not word.startswith(("تصد", "تعرض", "تمكن"))  # (past: تصدّت)


_WAS = frozenset(fold(w) for w in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"))
_AMONG_REACH = 4  # words from "كان من" to the cue (كان من الثابتين لصدّ هجوم)


def _was_among(lay: Layout, hit: Hit) -> bool:
    """``كان من الثابتين لصدّ هجوم غربي حلب``، ``كان من أبرز المشاركين في معارك``: was + among
    tells what someone's part used to be (a biography), not an event of the news."""
    lo = max(0, hit.tok - _AMONG_REACH)
    return any(lay.toks[k].text in _WAS and lay.toks[k + 1].text == _OF for k in range(lo, hit.tok - 1))


def _asks(lay: Layout, sent) -> bool:
    """A question (``أي رسالة وراء قصف …؟``) asks about an event; it reports none."""
    text, k = lay.doc.text, sent.end - 1
    while k > sent.start and text[k] in " \"'”»)\n":
        k -= 1
    return text[k] in "؟?"


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def _past_year(lay: Layout, hit: Hit, published: str | None) -> bool:
    """The cue's sentence names years, all before the article's: an undated cue there is told of
    those years (``عام 2018``، ``(2013)``), not news."""
    if not published or not published[:4].isdigit():
        return False
    sent = lay.sentences[hit.sentence]
    told = lay.doc.text[sent.start:sent.end]
    if "19" not in told and "20" not in told:
        return False  # (most sentences: no scan)
    years = [int(y) for y in _YEAR.findall(told)]
    return bool(years) and max(years) < int(published[:4])


_FOUGHT = frozenset(fold(w) for w in ("مع", "ضد"))


def _fought_with(lay: Layout, hit: Hit, actor1: str) -> str | None:
    """The other side of a battle named later in its sentence after "with" or "against" (``بعد
    اشتباكات مع عناصر قسد``): the battle's second actor, when none stands with the cue."""
    sent = lay.sentences[hit.sentence]
    for a in lay.actors_in(hit.end, sent.end):
        if a.kind not in ARMED or same_side(a.canonical, actor1) or a.canonical == actor1:
            continue
        k = bisect.bisect_right(lay.tok_starts, a.start) - 1
        if any(lay.toks[j].text in _FOUGHT for j in range(max(0, k - 2), k)):
            return a.canonical
    return None


def _clause_dated(lay: Layout, hit: Hit) -> bool:
    """A day of its own stands in the cue's clause or after it before the next cue of its sentence
    (``فيما قتل 8 جنود بقصف على محيط سراقب، يوم الإثنين الماضي``)."""
    k = bisect.bisect_right(lay.cue_starts, hit.start)
    end = min(lay.cue_starts[k] if k < len(lay.cue_starts) else len(lay.doc.text), lay.sentences[hit.sentence].end)
    start = lay.clauses[hit.clause].start
    return any(start <= d.start < end and d.date and d.precision == 1 for d in lay.dates)


def _day_told(lay: Layout, hit: Hit) -> bool:
    """The cue's own clause or sentence dates it to a day (``اليوم الجمعة``، ``أمس``)."""
    dm = date_for(lay, hit)
    return dm is not None and dm.date is not None and dm.precision == 1


_DEMANDS = frozenset(fold(w) for w in ("طالب", "طالبت", "يطالب", "تطالب", "المطالبة", "مطالبات", "مطالبين"))
# (مطالبين بعودة النازحين، كما نُظمت وقفة احتجاجية: a protest's demands, no call for a protest to come)


def _blocked(lay: Layout, hit: Hit, block_toks: set[int]) -> bool:
    """A threat, plan, call, denial or hypothetical governs the cue."""
    sent = lay.sentences[hit.sentence]
    clause = lay.clauses[hit.clause]
    amid = hit.tok > 0 and lay.toks[hit.tok - 1].text in _AMID
    for k in range(max(0, hit.tok - _BLOCK_WINDOW), hit.tok):
        if k in block_toks and lay.toks[k].start >= sent.start and not (
                lay.toks[k].start < clause.start and (amid or _goes_on_after(lay, clause.start, hit.tok)
                                                      or _new_subject(lay, clause.start, hit.tok)
                                                      or _occurs_after(lay, clause.start, hit.tok))):
            if _CAUSED.match(lay.toks[k].text) and (
                    lay.toks[k].start < clause.start or _MEANS.search(lay.ftext(lay.toks[k].end, hit.start))):
                continue  # … تسبب بخروجه عن الخدمة، آخرها غارة استهدفت …; التسبب بمقتل 4 مدنيين من خلال قصفها
            if lay.toks[k].text in _DENIALS and _ROLE_IN.search(lay.ftext(lay.toks[k].end, hit.start)):
                continue  # نفى الفصيل أي علاقة له بالمجزرة التي حدثت في قرية …: its part denied, not the deed
            return True
    return False


_AMID = frozenset(fold(w) for w in ("وسط", "ووسط"))  # بعد محاولة اقتحام المدينة، وسط قصف طال أحياءها: the
# shelling is told as done beside the attempt, not governed by it


_DENIALS = frozenset(fold(w) for w in ("نفى", "نفت", "ونفى", "ونفت", "ينفي", "تنفي", "نافيا", "نافية", "نافياً"))
_ROLE_IN = re.compile(fold(r"(?:^|\s)(?:أي|اي)\s+(?:علاقة|صلة|دور|مسؤولية|ضلوع|تورط)"))  # "any part in …"


_CAUSED = re.compile(fold(r"^(?:و|ف|ب|ال|بال|وال|ما)?(?:سبب|تسبب|أحدث)"))  # "caused": only its own clause's result
_MEANS = re.compile(fold(r"(?:^|\s)(?:من\s+خلال|عبر|جراء|جرّاء|نتيجة|إثر|اثر|بسبب)(?:\s|$)"))  # … by way of the cue


def _new_subject(lay: Layout, start: int, upto: int) -> bool:
    """``… ادعاءات العدو، والمقاومة تستهدف مرابض …``: a clause opening on its own subject with the cue
    as its verb (a bulletin's next item) is a statement of its own, out of the earlier clause's denial or threat."""
    k = bisect.bisect_left(lay.tok_starts, start)
    if k + 1 != upto:
        return False
    word, verb = lay.toks[k].text, lay.toks[upto].text
    return word.startswith(fold("وال")) and len(word) > 4 and verb[:1] in _FINITE


_OCCURRED = _HAPPENED | frozenset(fold(w) for w in ("اندلعت", "اندلع", "دارت", "دار"))
_AND = frozenset(fold("وف"))


def _occurs_after(lay: Layout, start: int, upto: int) -> bool:
    """``وأثناء محاولة اقتحام المقر لاعتقالهم، وقعت اشتباكات``: a clause opening on a past verb of
    happening right before the cue tells that it happened; the attempt, threat or plan of the
    clause before governs only its own deed."""
    k = bisect.bisect_left(lay.tok_starts, start)
    word = lay.toks[k].text if k + 1 == upto else ""
    return word in _OCCURRED or word[:1] in _AND and word[1:] in _OCCURRED  # (ووقعت، فاندلعت)


_FINITE = frozenset(fold("تي"))  # تستهدف، يستهدف: an imperfect verb of a bulletin's present-tense item


_THEN = frozenset(fold(w) for w in ("ونفذت", "ونفذ", "ونفذوا", "وشنت", "وشن", "وشنوا", "ثم", "وبعدها", "وبعد"))


def _goes_on_after(lay: Layout, start: int, upto: int) -> bool:
    """``…، ونفذت بعدها حملة اعتقالات``: a clause that goes on with a deed done opens past the
    threat or plan before it."""
    k = bisect.bisect_left(lay.tok_starts, start)
    return k < upto and lay.toks[k].text in _THEN


_FOR_CAUSE = re.compile(fold(r"(?:نصرة|تضامنا|تضامن|دعما|تأييدا)\s+(?:مع\s+|ل)?(?:(?:ل|ال)?(?:أهالي|أهل|شعب)\s+)?$"))
# وقفة تضامنية في دمشق نصرةً لغزة: the place abroad a rally stands for is its cause, not where it is


def _annotate(lay: Layout, cues: list[tuple[int, int, int, Row]]) -> None:
    """What the cues say about the text as a whole: where event cues, reporting verbs and
    foreign names stand, which place mentions only locate others, and so which can host events."""
    lay.cue_starts = [s for t, s, e, r in cues if r.role in _EVENT_ROLES and not _liberation_name(lay, s, r.form)]
    lay.cue_start_set = set(lay.cue_starts)
    lay.cue_spans = [(s, e) for t, s, e, r in cues
                     if r.role not in ("abroad", "report", "report_after", "nationality", "civilian", "result")]
    ends = {bisect.bisect_right(lay.tok_starts, e - 1) - 1 for t, s, e, r in cues
            if r.role in _EVENT_ROLES or r.role == "weapon" and not _flying(lay, t)}  # (الطيران الأميركي حلّق:
    # no author named by its adjective)
    ends |= {t + 1 for t in ends if t + 1 < len(lay.toks) and lay.toks[t + 1].text in AIR_ADJ}  # غارات جوية روسية
    lay.nationals = [(t, r.sub) for t, s, e, r in cues if r.role == "nationality" and t - 1 in ends
                     and not (r.sub == _HOME_FORCES and inside_actor(lay, s, e))]  # (الدفاعات الجوية السورية)
    lay.nationals += [(t, force) for t, s, e, r in cues if r.role in _EVENT_ROLES and t - 1 in ends
                      and (force := glued_nationality(lay.toks[t].text))]  # طائرات روسيةاستهدفت
    lay.nationals += [(t + 1, force) for t in ends if t + 1 < len(lay.toks)
                      and (force := glued_nationality(lay.toks[t + 1].text))]  # لعدوان إسرائيليمتزامن
    lay.nationals.sort()
    lay.weapon_starts = [s for t, s, e, r in cues if r.role == "weapon"]
    lay.target_nationals = [(t, r.sub) for t, s, e, r in cues if r.role == "nationality" and t - 1 not in ends
                            and r.sub != _HOME_FORCES  # (القوات السورية، الأراضي السورية: the army named, or the land)
                            and any(_target_noun(lay.toks[j].text) for j in range(max(0, t - 3), t))]  # قاعدة التنف الأميركية
    lay.civilian_targets = [s for t, s, e, r in cues if r.role == "civilian"]
    lay.reports = [(s, e, r.role) for t, s, e, r in cues if r.role in ("report", "report_after")]
    lay.abroad_spans = [(s, e) for t, s, e, r in cues if r.role == "abroad" and not inside_actor(lay, s, e)
                        and not any(ps <= s and e <= pe and usable(p)
                                    for ps, pe, p in lay.places)]  # "حرير" inside "بصرى الحرير"; صيدا the geocoder placed in Daraa
    lay.abroad_clauses |= {lay.seg("c", s) for s, e in lay.abroad_spans}
    abroad = [s for s, e, p in lay.places if p.abroad] + [s for s, e in lay.abroad_spans]
    causes = {lay.seg("c", s) for s in abroad if _FOR_CAUSE.search(lay.ftext(max(0, s - 24), s))}
    lay.abroad_clauses -= causes - {lay.seg("c", s) for s in abroad if not _FOR_CAUSE.search(lay.ftext(max(0, s - 24), s))}
    lay.abroad_places = located_abroad(lay, lay.abroad_spans)
    lay.locators = locators(lay)
    lay.listed_finer = lay.listed_with_finer()  # the lists are known now
    lay.suffered_toks = word_positions(lay.doc.text, _SUFFERED)
    lay.reply_toks = [t for t, s, e, r in cues if r.role == "reply"]
    cue_spans = sorted(lay.cue_spans)
    lay.event_places = [(s, e, p, lay.place_segs[k]) for k, (s, e, p) in enumerate(lay.places)
                        if k not in lay.locators and k not in lay.abroad_places and usable(p)
                        and not _overlaps(lay.abroad_spans, s, e) and not _overlaps(cue_spans, s, e)]  # "عدوان" is a cue


@lru_cache(maxsize=4096)
def _target_noun(word: str) -> bool:
    """``القاعدة الأميركية``، ``مواقع تركية``، ``قوات أميركية``: what a force's adjective marks as a target."""
    for p in ("", "و", "ب", "ل", "وال", "بال", "لل", "ال"):
        if word.startswith(p) and word[len(p):] in _TARGET_NOUNS:
            return True
    return False


_HOME_FORCES = "Syrian government forces"
_TARGET_NOUNS = frozenset(fold(w) for w in (
    "قاعدة", "قواعد", "مواقع", "موقع", "نقاط", "نقطة", "مقر", "مقرات", "قوات", "جنود", "آليات", "دورية",
    "دوريات", "رتل", "أرتال", "مطار", "قافلة", "طائرة", "مسيرة", "منشآت", "ثكنة", "تجمعات", "مستشارين"))


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does any of ``spans`` (sorted by start, none much longer than a phrase) overlap [s, e)?"""
    k = bisect.bisect_left(spans, (e,))
    return any(spans[j][1] > s for j in range(max(0, k - 4), k))


_RESULT_REACH = 2  # a result verb right after the weapon, or after one word more (طائرة مسيرة تركية أسفرت)
_DEFENCES = re.compile(fold("دفاع|مضاد"))  # الدفاعات الجوية أدت إلى إسقاط …: the defence, no strike


def _striking_weapons(lay: Layout, cues: list[tuple[int, int, int, Row]]) -> list[tuple[int, int, int, Row]]:
    """A weapon followed by a verb of outcome (``طائرة من دون طيار أسفرت عن مقتل أميركي``، ``قذيفة أدت
    إلى إصابة``) with no attack word before it in its sentence tells a strike: it also stands as a
    cue of its own kind."""
    results = {t for t, s, e, r in cues if r.role == "result" and lay.texts[t] == _folded(r.form)}  # (not وادي)
    if not results:
        return cues
    out = []
    told = -1  # the sentence of the last event cue: a weapon after one is its means (هجوم شنته مسيرة أدى إلى …)
    for t, s, e, r in cues:
        out.append((t, s, e, r))
        if r.role in _EVENT_ROLES:
            told = lay.seg("s", s)
        elif r.role == "weapon" and r.event_type == "Explosions/Remote violence" and told != lay.seg("s", s) \
                and not _DEFENCES.search(_folded(r.form)):
            last = bisect.bisect_right(lay.tok_starts, e - 1) - 1
            if any(last + k in results for k in range(1, _RESULT_REACH + 1)):
                out.append((t, s, e, Row(r.event_type, r.sub, "trigger", r.form)))
    return out


@dataclass(slots=True)
class _Marks:
    """Where the cues that qualify an event cue stand (a threat's or a campaign's word, a
    condition, a weapon, stones thrown), and the sentences that open background: gathered once
    per text, asked of every event cue."""
    block_toks: set[int]  # "not an event" words: a threat, plan, call, denial
    protest_blocks: set[int]  # those that block a protest too (demands go with a protest)
    ongoing: set[int]
    conditions: list[int]  # sorted starts
    block_after: list[int]
    habitual: set[int]
    patterns: list[int]  # sorted tokens
    aims: set[int]
    interventions: list[int]
    stones: list[int]  # sorted starts of stones thrown (not at a road they block)
    event_starts: list[int]  # sorted
    event_rows: dict[int, Row]  # the row of the event cue at each start
    strikes: list[int]  # sorted starts of event cues that strike (أسقطت بعضها: no strike)
    weapons: list[tuple[int, int, Row]]  # (no aircraft only flying)
    background: list[bool]  # per sentence
    abroad_starts: list[int]  # sorted
    home_starts: list[int]  # sorted starts of the places that can host events


def _marks_of(lay: Layout, cues: list[tuple[int, int, int, Row]]) -> _Marks:
    """Sort the text's cues by what they say of the event cues around them."""
    block_toks = {t for t, s, e, r in cues if r.role == "block"}
    return _Marks(
        block_toks=block_toks,
        protest_blocks={t for t in block_toks if lay.texts[t] not in _DEMANDS},
        ongoing={t for t, s, e, r in cues if r.role == "ongoing"},
        conditions=sorted(s for t, s, e, r in cues if r.role == "hypothetical"),
        block_after=[s for t, s, e, r in cues if r.role == "block_after"],
        habitual={t for t, s, e, r in cues if r.role == "habitual"},
        patterns=sorted(t for t, s, e, r in cues if r.role == "pattern"),
        aims={t for t, s, e, r in cues if r.role == "aim"},
        interventions=[s for t, s, e, r in cues if r.role == "intervene"],
        stones=sorted(s for t, s, e, r in cues if r.role == "riot" and not _road_blocked(lay, t)),
        event_starts=sorted(lay.cue_starts),
        event_rows={s: r for t, s, e, r in cues if r.role in _EVENT_ROLES},
        strikes=sorted(s for t, s, e, r in cues if r.role in _EVENT_ROLES and r.role != "disrupt"),
        weapons=[(s, e, r) for t, s, e, r in cues if r.role == "weapon" and not _flying(lay, t)],
        background=background_sentences(lay),
        abroad_starts=sorted(a0 for a0, a1 in lay.abroad_spans),
        home_starts=sorted(s for s, e, p, seg in lay.event_places),
    )


@dataclass(slots=True)
class _Story:
    """What reading the event cues in order carries from one to the next: the events drafted,
    the day the narrative stands on, the author and the fight named last, the campaign told."""
    drafts: list[_Draft] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)  # the cues read as events so far
    campaign: set[int] = field(default_factory=set)  # sentences that tell an ongoing campaign
    campaign_clauses: set[int] = field(default_factory=set)  # and the clauses that do
    history_paragraph: int = -2  # the last paragraph that told history
    narrative: DateMention | None = None
    abroad_day: int = -1  # the paragraph whose story abroad set the narrative's day, if one did
    last_sentence: int = -1
    last_actor: tuple[int, int, str, str | None] = (-1, -1, "", None)
    last_author: tuple[int, str | None] = (-1, None)  # (start, author) of the cue just read
    last_fight: tuple[str, str] | None = None  # the two sides of the last fight told with both


@dataclass(slots=True)
class _Cue:
    """One event cue as the steps of ``_read_cue`` settle it: its kind, day, sides and places."""
    hit: Hit
    next_start: int  # where the next event cue starts (else the text ends)
    etype: str
    sub: str
    taken: _Draft | None = None  # the fight a takeover came after
    stoned: int | None = None  # the sentence whose stones make it a riot
    dm: DateMention | None = None
    own_day: bool = False  # its own time cue gives a date
    stated: bool = False  # that date is a statement's about it
    iso: str | None = None
    precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    guessed2: bool = False  # actor2 is only the other camp of the war
    flown: bool = False  # an air power's shelling, read as an air strike
    assoc: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    loose: bool = False  # a bare attack word, no weapon named
    pointed: bool = False  # a demonstrative points at it (هذه الهجمات)
    told: _Draft | None = None  # the event drafted before that it names again
    lead: bool = False
    known: bool = False  # definite, or named by a relative: an event already known
    vague: bool = False


def find_events(doc: Document, places: list[Place], claims: list[Claim]) -> list[Event]:
    """ACLED-style events of ``doc`` with every casualty figure attached: each event cue, read in
    the story's order, drafts its events (``_read_cue``); the drafts then settle into ACLED's."""
    lay = Layout(doc, places, claims)
    resolve_short_names(lay)
    resolve_gunmen(lay)
    cues = _striking_weapons(lay, find_cues(lay))
    _annotate(lay, cues)
    marks = _marks_of(lay, cues)
    story = _Story()
    seen_tok: set[int] = set()
    for t, s, e, row in cues:
        if row.role not in _EVENT_ROLES or t in seen_tok:
            continue
        seen_tok.add(t)
        _read_cue(lay, marks, story, Hit(s, e, row, t, lay.seg("c", s), lay.seg("s", s), lay.seg("p", s)))
    events = _settle(lay, story.drafts, story.hits, marks.background)
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
    cue.places = _places_of(lay, cue)
    if _done_before(lay, hit):
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


def _not_here(lay: Layout, hit: Hit) -> bool:
    """The cue is no event word here: its paragraph is ignored, it stands inside a force's name
    (not heading one that tells an attack, ``العدوان الإسرائيلي على X``), or its form is part of a
    name or an idiom (``هيئة تحرير الشام``، ``دوي انفجار``)."""
    return hit.paragraph in lay.ignored or (inside_actor(lay, hit.start, hit.end) and not _heads_actor(lay, hit)) \
        or _skip_form(lay, hit)


def _note_fight(lay: Layout, story: _Story, hit: Hit) -> None:
    """A fight named with both its sides, even one told as slowing down (تنخفض وتيرة الاشتباكات بين
    العشائر وقسد) or no event of its own, names whom the fighting told after is between."""
    if hit.row.event_type == "Battles" and (sides := fight_sides(lay, hit)) is not None:
        story.last_fight = sides


def _not_a_deed(lay: Layout, marks: _Marks, hit: Hit) -> bool:
    """The words around the cue make it no deed done: a threat, plan, call or denial before it
    (unless it foils an attempt), a purpose, an earthquake that struck, a campaign's acts with no
    day of their own told, a question, a condition."""
    row = hit.row
    if _blocked(lay, hit, marks.protest_blocks if row.event_type == "Protests" else marks.block_toks) \
            and not _foils_attempt(lay, hit) or _purpose(lay, hit) or _not_done(lay, hit):
        return True
    if _quake_struck(lay, hit):
        return True  # الزلزال المدمر الذي ضرب البلاد: the earthquake struck, no one attacked
    if _blocked(lay, hit, marks.ongoing) and not _day_told(lay, hit) and not lay.bulletin:
        return True  # يواصل الاحتلال اعتداءاته: a campaign, unless today's part of it is told
    sent = lay.sentences[hit.sentence]
    return any(hit.end <= b < sent.end for b in marks.block_after) or _asks(lay, sent) \
        or _between(marks.conditions, sent.start, hit.start)  # إذا ما حاولت … أن تقوم بهجوم


def _in_campaign(lay: Layout, marks: _Marks, story: _Story, hit: Hit) -> bool:
    """A cue told as part of an ongoing campaign — repeated, habitual, or in a sentence that told
    one — is no one event; the sentence and clause are remembered as the campaign's."""
    sent = lay.sentences[hit.sentence]
    if hit.sentence in story.campaign and (hit.clause in story.campaign_clauses or not _clause_dated(lay, hit)) \
            or _patterned(lay, hit, marks.patterns) or any(
            k in marks.habitual and lay.toks[k].start < sent.end for k in range(hit.tok + 1, hit.tok + _HABITUAL_WINDOW + 1)):
        story.campaign.add(hit.sentence)  # استهداف المقاومة المستمر للقواعد …، بالإضافة إلى استهداف …: a campaign
        story.campaign_clauses.add(hit.clause)  # (…، فيما قتل 8 جنود بقصف يوم الإثنين: a dated one told beside it)
        return True
    return False


def _an_aim(lay: Layout, marks: _Marks, hit: Hit) -> bool:
    """The cue names what someone aimed at, was doing or was among, what a laden vehicle carried,
    or a tally over weeks — not an attack told."""
    return hit.tok + 1 in marks.aims or _was_doing(lay, hit) or _was_among(lay, hit) \
        or (hit.tok > 0 and lay.toks[hit.tok - 1].text in _LADEN) \
        or _tally(lay, hit)  # تدخّل كان يستهدف تكريس واقع، مسيرات كانت تستهدف المدنيين: an aim, not an attack


def _kind_of(lay: Layout, marks: _Marks, story: _Story, hit: Hit) -> _Cue | None:
    """The cue's event type and sub-type, from its row, weapon and words; none for a defence
    that repels an attack told on its own, or a shelling exchanged in a clash told. Stones make
    a protest or a clash a riot; a crowd that attacks, mob violence."""
    k = bisect.bisect_right(marks.event_starts, hit.start)
    next_start = marks.event_starts[k] if k < len(marks.event_starts) else len(lay.doc.text)
    typed = _type_of(lay, hit, marks.weapons, next_start)
    if typed is None or _repels_told_attack(lay, hit, typed[0], next_start, marks.strikes):
        return None
    etype, sub = typed
    if sub == "Armed clash" and hit.row.role == "generic" and (means := _means_told_next(lay, marks, hit, next_start)):
        etype, sub = means.event_type, means.sub  # هاجمت إسرائيل منشأة بواسطة قصف مدفعي: a strike, no ground fight
    if etype == _EXPLOSIONS and _exchanged_in_fight(lay, hit, story.hits):
        return None  # … بالتزامن مع قصف مدفعي متبادل: the clash's exchange of fire
    taken = _takeover_after_fights(lay, hit, story.hits, story.drafts) if sub == "Armed clash" else None
    stoned = _stoned(lay, hit, etype, marks.stones) if etype == "Protests" or sub == "Armed clash" else None
    if stoned is not None:
        etype, sub = "Riots", "Violent demonstration"  # رشقوا آليات الجيش بالحجارة: not peaceful, no armed clash
    elif sub == "Armed clash" and _crowd_attacks(lay, hit):
        etype, sub, stoned = "Riots", "Mob violence", hit.sentence  # هاجم أهالي البلدة الوزراء: no armed side
    elif sub == "Armed clash" and hit.row.role == "generic" and _on_civilian_object(lay, hit, next_start):
        etype, sub = "Violence against civilians", "Attack"  # هجمات لمسلحي داعش على جامعي الكمأة: no fight
    return _Cue(hit, next_start, etype, sub, taken, stoned)


_BY_MEANS = frozenset(fold(w) for w in ("بواسطة", "عبر", "باستخدام", "مستخدما", "مستخدمة", "مستخدمين"))


def _means_told_next(lay: Layout, marks: _Marks, hit: Hit, next_start: int) -> Row | None:
    """The next cue of the attack word's clause is an explosion told as its means (``هاجمت
    قوات النظام البلدة بقذائف الهاون``، ``بواسطة قصف مدفعي``): one strike from afar, no ground fight."""
    row = marks.event_rows.get(next_start)
    if row is None or row.event_type != _EXPLOSIONS or next_start >= lay.clauses[hit.clause].end:
        return None
    k = bisect.bisect_left(lay.tok_starts, next_start)
    if k >= len(lay.toks) or lay.toks[k].start != next_start:
        return None
    word, form = lay.toks[k].text, _folded(row.form)
    means = word.startswith("ب") and not form.startswith("ب") or k > 0 and lay.toks[k - 1].text in _BY_MEANS
    return row if means else None


_OBJECT_MARKS = frozenset(fold(w) for w in ("على", "ضد", "وعلى", "وضد", "بحق"))
_CIVILIAN_OBJECT_REACH = 10  # words from an attack word to the civilians it fell on (… من قبل مسلحي التنظيم، على جامعي الكمأة)


def _on_civilian_object(lay: Layout, hit: Hit, next_start: int) -> bool:
    """An attack word whose object, after على/ضد in its sentence and before the next cue, is a
    civilian group (``هجوم على الرعاة``، ``الهجمات … على جامعي الكمأة``): violence against
    civilians (ACLED), not a clash of two armed sides."""
    end = min(next_start, lay.sentences[hit.sentence].end,
              lay.toks[min(len(lay.toks) - 1, hit.tok + _CIVILIAN_OBJECT_REACH)].end)
    for s in lay.civilian_targets:
        if hit.end <= s < end:
            k = bisect.bisect_right(lay.tok_starts, s) - 1
            if k > 0 and lay.toks[k - 1].text in _OBJECT_MARKS and not _held_by_force(lay, s):
                return True
    return False


def _held_by_force(lay: Layout, start: int) -> bool:
    """An armed force is named after the civilian words in their clause (``الهجوم على قرى وبلدات
    تسيطر عليها قسد``): the attack is on that force's ground, a clash."""
    end = lay.clauses[lay.seg("c", start)].end
    return any(a.kind in ARMED and a.canonical != "Civilians" for a in lay.actors_in(start, end))


def _follow_narrative(lay: Layout, marks: _Marks, story: _Story, sentence: int) -> None:
    """Carry the narrative's day over the sentences up to the cue's: one that dates the fighting
    sets it, one that opens background drops it (not the other side's word, في المقابل)."""
    for k in range(story.last_sentence + 1, sentence + 1):
        if marks.background[k] and not _other_side(lay, k):
            story.narrative = None
        elif k < sentence and (own := narrative_date(lay, k)) is not None:
            story.narrative = own
            story.abroad_day = lay.seg("p", own.start) \
                if _abroad_sentence(lay, k, marks.abroad_starts, marks.home_starts) else -1
    story.last_sentence = max(story.last_sentence, sentence)


def _date(lay: Layout, marks: _Marks, story: _Story, cue: _Cue, dm: DateMention | None) -> None:
    """The cue's day: its own time cue (a day-precise one becomes the narrative's), else the
    narrative's outside background; not the day footage of it came out; a takeover's is that of
    the fight it came after."""
    hit = cue.hit
    if dm is not None and _answered_earlier(lay, hit, dm):
        cue.dm, cue.own_day, cue.stated, cue.iso, cue.precision = None, False, False, None, None
        return  # أعلن الحرس، يوم السبت، استهداف …، رداً على عدوان الاحتلال على القنصلية: not that day
    own_day = dm is not None and dm.date is not None
    stated = own_day and dm is not None and announces(lay, dm)  # the day of a statement about it
    if dm is not None:
        if dm.date and dm.precision == 1:
            story.narrative = dm  # a vague cue dates only its own event: the story's day stands
            story.abroad_day = hit.paragraph if hit.clause in lay.abroad_clauses else -1
    elif not marks.background[hit.sentence] and (story.abroad_day in (-1, hit.paragraph)
                                                 or _also_goes_on(lay, hit, story.abroad_day)):
        dm = story.narrative  # (a day told of a story abroad dates no other paragraph's)
    iso, precision = (dm.date, dm.precision) if dm else (None, None)
    if dm is not None and dm.start < hit.start and _filmed(lay, hit):
        iso = precision = None  # نشرت المقاومة، اليوم، مشاهد استهداف الثكنة: the day the footage came out
    if cue.taken is not None:  # سيطرت القوات على البلدة بعد معارك بدأت الأحد: the takeover's road, on its day
        iso, precision = cue.taken.date, cue.taken.precision
    cue.dm, cue.own_day, cue.stated, cue.iso, cue.precision = dm, own_day, stated, iso, precision


def _answered_earlier(lay: Layout, hit: Hit, dm: DateMention) -> bool:
    """The cue is the attack a reply answers (``رداً على عدوان …``) and the day is told before
    the reply word: it dates the reply; the attack answered came before it, on a day not told."""
    k = reply_before(lay, hit)
    return k is not None and dm.start < lay.toks[k].start


def _history(lay: Layout, story: _Story, cue: _Cue) -> bool:
    """ACLED records today's events, not history: one dated in a year gone by, or undated in a
    paragraph that told history or the one after it."""
    hit, iso = cue.hit, cue.iso
    if is_history(iso, cue.precision, lay.doc.meta.published):
        story.history_paragraph = hit.paragraph
        return True
    if iso is None and _past_year(lay, hit, lay.doc.meta.published):
        return True  # هجوم داعش على قرية الشبكي عام 2018، بعد معركة القصير (2013): a year gone by, history
    # مشاهد عن هجوم داعش … عام 2018. وتظهر اللقطات هجوم عناصره على منازل …: still history
    return iso is None and 0 <= hit.paragraph - story.history_paragraph <= 1


def _sides(lay: Layout, story: _Story, cue: _Cue) -> None:
    """Who did it and to whom: the forces the sentence names, else those the story lends; the
    other camp of the war fills a side left empty, unless the author is told unknown. The
    author (or the responder) goes on to the cues after it."""
    hit = cue.hit
    actor1, actor2 = _named_sides(lay, hit, cue.next_start)
    actor1, actor2 = _lent_author(lay, story, hit, cue.etype, actor1, actor2)
    named2 = actor2
    if actor1 is not None or not _unknown_author(lay, hit):
        actor1, actor2 = fill_sides(lay, hit, actor1, actor2)
    cue.guessed2 = named2 is None and actor2 is not None
    if (author := actor1 or responder_of(lay, hit)) is not None:  # (ردّ الجيش على قصف …، من خلال قصف: the
        story.last_actor = (hit.sentence, hit.paragraph, cue.etype, author)  # responder goes on as the author)
    story.last_author = (hit.start, actor1)
    cue.actor1, cue.actor2 = actor1, actor2


def _named_sides(lay: Layout, hit: Hit, next_start: int) -> tuple[str | None, str | None]:
    """(author, target) as the sentence names them: the forces around the cue, then — each
    taking the author's place — a subject coordinated or armed or a craft's nationality, the
    raider the defences repelled, the force accused of it."""
    actor1, actor2 = actors_for(lay, hit, next_start)
    if (joined := coordinated_subject(lay, hit) or armed_subject(lay, hit) or _craft_nation(lay, hit)) is not None \
            and joined != actor1:
        actor1, actor2 = joined, (actor2 if actor2 != joined else actor1)  # تصدت الدفاعات …، وأسقطت
    if (raider := _repelled_force(lay, hit)) is not None:
        actor1, actor2 = raider, (actor2 if actor2 != raider else None)  # تصدّت الدفاعات لصواريخ إسرائيلية
    if (accused := _accused(lay, hit)) is not None and accused != actor1:
        actor1, actor2 = accused, (actor2 if actor2 != accused and not same_side(actor2, accused) else None)
    return actor1, actor2


def _lent_author(lay: Layout, story: _Story, hit: Hit, etype: str, actor1: str | None,
                 actor2: str | None) -> tuple[str | None, str | None]:
    """The author the story lends the cue: that of the raid whose target it tells, the force that
    claims it (not one that tells its own losses), the author who goes on — and no one who only
    condemns it."""
    if actor1 is None and story.last_author[1] is not None and _describes_last(lay, hit, story.hits, story.last_author[0]):
        actor1 = story.last_author[1]  # نفّذ الاحتلال عدواناً جوياً استهدف حلب: the raid's author, not the ministry telling it
    if actor1 is not None and _condemner(lay, hit, actor1):
        actor1 = None  # أعرب القيادي في حماس عن إدانته لعملية الاغتيال التي استهدفت …: not its deed
    claimer = _claiming_force(lay, hit)
    if claimer is not None and claimer == actor2:
        claimer = None  # أكدت القيادة الأميركية … هجمات استهدفت القواعد الأميركية: its losses, not its act
    if actor1 is None or (claimer and claimer != actor1 and _announced_right_before(lay, hit)):
        if actor1 is not None and actor2 is None and not same_side(actor1, claimer):
            actor2 = actor1  # أعلنت المقاومة استهداف مجاهديها القوات الأميركية
        actor1 = claimer or actor1
        actor2 = None if same_side(actor2, actor1) else actor2  # (غارات مشتركة مع القوات الروسية: a partner)
    if claimer in _FACTION_BODIES and _FACTIONS in (actor1, actor2):  # قال المتحدث باسم الجبهة إن الفصائل
        actor1, actor2 = (claimer if a == _FACTIONS else a for a in (actor1, actor2))  # أفشلت التسلل: its own
    if actor1 is None and _goes_on(lay, hit, etype, actor2, story.last_actor):
        actor1 = story.last_actor[3]  # بينما استهدفت صواريخ أخرى …؛ وكانت استهدفت قاعدة …: the same author goes on
    return actor1, actor2


def _entering(lay: Layout, cue: _Cue) -> None:
    """The force named entering a place is the author (دخلت قوات النظام …), not the Russian police
    that came in with the army."""
    if cue.hit.row.role == "enter" and (entering := _entering_force(lay, cue.hit)) is not None \
            and entering != cue.actor1:
        cue.actor1, cue.actor2 = fill_sides(lay, cue.hit, entering,
                                            None if same_side(cue.actor2, entering) else cue.actor2)


def _flown(lay: Layout, marks: _Marks, cue: _Cue) -> None:
    """Israeli and coalition strikes in Syria are flown (ACLED): their shelling, no guns or
    mortars named, is an air strike, and their attacks, no weapon named, no ground war."""
    hit = cue.hit
    cue.flown = cue.sub == "Shelling/artillery/missile attack" and cue.actor1 in _AIR_POWERS \
        and not _artillery(lay, hit, marks.weapons)
    if cue.flown:
        cue.sub = "Air/drone strike"
    if cue.etype == "Battles" and hit.row.role == "generic" and cue.actor1 in _AIR_POWERS \
            and weapon_for(lay, hit, marks.weapons, cue.next_start) is None:
        cue.etype, cue.sub = "Explosions/Remote violence", "Air/drone strike"  # شن الاحتلال الأميركي هجمات: no ground war


def _sides_by_kind(lay: Layout, marks: _Marks, story: _Story, cue: _Cue) -> None:
    """The sides the event's kind decides: who gains ground taken or left, the protesters and the
    force that intervened, the rioters and the force they stoned, whom a fight was with, a fight
    told again by its word alone."""
    hit, row, etype = cue.hit, cue.hit.row, cue.etype
    sub, actor1, actor2 = cue.sub, cue.actor1, cue.actor2
    if row.role == "territory" or (etype == "Battles" and sub != "Armed clash"):
        sub, mover = territory_sub(lay, hit, actor1)
        if mover:
            actor1 = mover if row.role != "withdraw" else actor1
        if row.role == "withdraw" and etype == "Battles":  # forced out: the attacker gains
            leaver = actor_after(lay, hit) or actor1
            actor1, actor2 = fill_sides(lay, hit, None, leaver)
    elif row.role == "withdraw":
        actor1 = actor_after(lay, hit) or actor1
    if etype == "Protests":
        actor1, actor2 = "Protesters", None
        force = _intervening(lay, hit, marks.interventions)
        if force is not False:  # وسط اعتداءات الأمن على المتظاهرين، فشل في تفريق التظاهرة
            sub, actor2 = "Protest with intervention", force
    elif etype == "Riots":
        actor1, actor2 = "Rioters", _stoned_force(lay, cue.stoned) if cue.stoned is not None else None
    if etype == "Battles" and actor1 is not None and actor2 is None:
        actor2 = _fought_with(lay, hit, actor1)  # سيطروا على القرية بعد اشتباكات مع عناصر قسد: whom from
    if story.last_fight is not None and _fight_told_again(lay, hit, sub, actor1, actor2, story.last_fight):
        actor1, actor2 = story.last_fight  # الاشتباكات بين العشائر وقسد … وتيرة الاشتباكات: that fight again
    if etype == "Battles" and actor1 is not None and actor2 is not None:
        story.last_fight = (actor1, actor2)
    cue.sub, cue.actor1, cue.actor2 = sub, actor1, actor2


def _places_of(lay: Layout, cue: _Cue) -> list[Place]:
    """The clause's places, else the sentence's, else the paragraph's nearest; those named
    "especially" when some are; none past the next cue."""
    hit = cue.hit
    return _up_to_next_cue(lay, hit, _especially(lay, hit, places_for(lay, hit)), cue.next_start)


def _told(lay: Layout, marks: _Marks, story: _Story, cue: _Cue) -> _Draft | None:
    """The event drafted before that the cue names again: the attack its claimer owned up to, or
    the last of its kind told — of any kind for a bare attack word or one pointed at."""
    hit = cue.hit
    cue.loose = hit.row.role == "generic" and weapon_for(lay, hit, marks.weapons, cue.next_start) is None
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
    if etype == _EXPLOSIONS and (means := _item_weapon(lay, hit, place, marks.weapons)) is not None:
        psub = means.sub  # …، بقذائف الهاون، وبلدة بقرص بطائرة "درون" مسلحة: the item's own means
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
                  vague=cue.vague, stated=told is None and cue.stated and day[0] == iso and cue.known)


def _settle(lay: Layout, drafts: list[_Draft], hits: list[Hit], background: list[bool]) -> list[_Draft]:
    """The drafts as ACLED counts events: one per (type, place, day), a town's parts in the town;
    the interceptions' sides; no interception of what struck anyway; every casualty figure on the
    event it tells of; in an essay only what it dates (its undated fighting is its argument)."""
    events = _one_town(lay, _merge(drafts, lay.listed_finer, background, lay.doc.meta.published))
    _repelled_raiders(lay, events)
    _interception_sides(events)
    events = [d for d in events if not _struck_anyway(lay, d, events)]
    _attach_figures(lay, events, hits)
    _civilian_targets(events)
    _authors_of_the_target(lay, events)
    _authors_of_one_report(events)
    _targets_of_one_raid(events)
    if len(lay.doc.text) > _ESSAY_CHARS:  # an essay's undated fighting is its argument, not news (ACLED), whatever
        events = [d for d in events if d.date is not None or d.sub in _GROUND_TAKEN]  # toll it recalls
    return events


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


_AREA_DEGREES = 0.5  # about 50 km: the places of one raid on a city and its countryside


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


@lru_cache(maxsize=1024)
def _folded(form: str) -> str:
    return fold(form)


_MATERIEL = frozenset(fold(w) for w in ("مقرات", "مقار", "مقرا", "عتاد", "عتادا", "أسلحة", "آليات", "مستودعات",
                                         "مستودع", "مخازن", "تحصينات", "منصات", "مواقع", "نقاط", "مرابض"))
_MATERIEL_REACH = 6  # words from تدمير to its object (تدمير وحداتٍ من الجيش السوري عتاداً عسكرياً)


def _destroys_ground(lay: Layout, hit: Hit) -> bool:
    """``تدمير مقرات للمسلحين``، ``تدمير وحدات من الجيش عتاداً وأسلحة``: what is destroyed is held on
    the ground — an attack on it (shelling unless a weapon says otherwise), not a weapon met in
    flight (``تدمير طائرة مسيّرة``), whatever drones the sentence downs besides."""
    sent = lay.sentences[hit.sentence]
    for k in range(hit.tok + 1, min(hit.tok + 1 + _MATERIEL_REACH, len(lay.toks))):
        if lay.toks[k].start >= sent.end or lay.toks[k].start in lay.cue_start_set:
            return False
        word = lay.texts[k]
        if word in _MATERIEL or word[:1] in _AND and word[1:] in _MATERIEL:
            return True
        j = bisect.bisect_left(lay.weapon_starts, lay.toks[k].start)
        if j < len(lay.weapon_starts) and lay.weapon_starts[j] == lay.toks[k].start:
            return False  # (تدمير طائرة مسيّرة: a weapon destroyed)
    return False


def _artillery(lay: Layout, hit: Hit, weapons) -> bool:
    """Guns or mortars are named with the cue (its sentence)."""
    sent = lay.sentences[hit.sentence]
    return any(sent.start <= s < sent.end and any(w in _ARTILLERY for w in fold(r.form).split())
               for s, e, r in weapons)


def _heads_actor(lay: Layout, hit: Hit) -> bool:
    """``العدوان الإسرائيلي على X``: the name of an actor that opens with the cue, followed by
    ``على``, tells an attack (not in ``في ظل استمرار العدوان على …``, a campaign)."""
    k = bisect.bisect_right(lay.actor_starts, hit.start) - 1
    if k < 0 or lay.all_actors[k].start != hit.start:
        return False
    j = bisect.bisect_left(lay.tok_starts, lay.all_actors[k].end)
    return j < len(lay.toks) and lay.toks[j].text == _ON and not (
        hit.tok > 0 and lay.toks[hit.tok - 1].text in _GOING_ON)


_ON = fold("على")
_GOING_ON = frozenset(fold(w) for w in ("استمرار", "ظل", "تواصل", "مواصلة"))


_LIBERATION = fold("تحرير")
_NAME_HEADS = tuple(fold(w) for w in ("هيئة", "جبهة", "حركة", "جيش"))


def _liberation_name(lay: Layout, start: int, form: str) -> bool:
    """``هيئة تحرير الشام``، ``جبهة تحرير سوريا``: the word of liberation is part of a name, no cue
    (``الوطنية للتحرير`` never matches: ال follows ل)."""
    return _folded(form) == _LIBERATION and lay.ftext(max(0, start - 8), start).rstrip(" \"'“”«»").endswith(_NAME_HEADS)


def _skip_form(lay: Layout, hit: Hit) -> bool:
    """Cue words that are part of a name here (هيئة تحرير الشام، مركز المصالحة، محاور الاشتباك) or
    name no event of their own (دوي انفجار)."""
    prev = lay.ftext(max(0, hit.start - 8), hit.start)
    form = _folded(hit.row.form)
    if _liberation_name(lay, hit.start, hit.row.form):
        return True
    if form == "مصالحه" and re.search(r"(?:مركز|المركز)\s*(?:ال)?$", prev):
        return True
    if form.startswith("اشتباك") and prev.rstrip().endswith(("محاور", "محور", "خطوط")):
        return True
    if form.startswith("انفجار") and prev.rstrip().endswith(("دوي", "صوت", "اصوات")):
        return True  # سماع دوي انفجار: the sound of some strike, not a bomb
    return form == _PROTESTED and _pretends(lay, hit)


_PROTESTED = fold("تظاهر")
_MANNER = frozenset(fold(w) for w in ("بالقرب", "بهدف", "بشكل", "بصورة", "بمشاركة", "بحضور", "بدعوة", "بالتزامن",
                                      "بعد", "بين", "بسبب", "بمناسبة", "بالآلاف", "بالمئات", "بالعشرات"))


def _pretends(lay: Layout, hit: Hit) -> bool:
    """``التظاهر بحماية الأقليات``، ``يتظاهر بعدم اتخاذ موقف``: to demonstrate *with* a deed named
    right after is to pretend to it, no protest (not ``تظاهر العشرات بالقرب من المبنى``)."""
    k = hit.tok + 1
    if k >= len(lay.toks) or lay.toks[k].start - hit.end > 3:
        return False
    word = lay.texts[k]
    return word.startswith(fold("ب")) and len(word) > 3 and word not in _MANNER


_FOIL_VERBS = frozenset(fold(w) for w in ("أفشل", "أفشلت", "أفشلوا"))
_ATTEMPTS = frozenset(fold(w) for w in ("محاولة", "المحاولة", "محاولات", "المحاولات", "محاولته", "محاولتها",
                                        "هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات", "تسلل", "التسلل", "الاقتحام"))
_ATTEMPT_REACH = 3  # words from the foiling verb to the attempt it names (أفشلت الفصائل المحاولة)


def _foils_attempt(lay: Layout, hit: Hit) -> bool:
    """``أفشلت الفصائل المحاولة``: foiling an attempt or attack is a clash (foiling a plan or a
    summit is politics, no event), whatever attempt (حاولت التسلل) the sentence told before."""
    if _folded(hit.row.form) not in _FOIL_VERBS:
        return False
    stop = min(len(lay.toks), hit.tok + 1 + _ATTEMPT_REACH)
    return any(lay.toks[k].text.lstrip("و") in _ATTEMPTS for k in range(hit.tok + 1, stop))


def _type_of(lay: Layout, hit: Hit, weapons, next_start: int) -> tuple[str, str] | None:
    row = hit.row
    if row.role == "territory" and not _ground_follows(lay, hit):
        return None  # استعادة العلاقات، السيطرة على الموقف: no ground changes hands
    if row.role == "trigger" or row.role == "territory":
        return row.event_type, row.sub
    if row.role == "enter":
        return _entered(lay, hit)
    if row.role == "reach":
        return (row.event_type, row.sub) if _reached(lay, hit) else None
    if row.role == "generic":
        if _projectile_targeted(lay, hit, weapons):
            return "Strategic developments", "Disrupted weapons use"
        w = weapon_for(lay, hit, weapons, next_start)
        if w is None:
            return row.event_type, row.sub
        return w.event_type, w.sub
    if row.role == "fall":  # بسقوط أكثر من 15 صاروخاً على القواعد
        return (row.event_type, row.sub) if _projectile_follows(lay, hit, weapons) else None
    if row.role == "armed":  # التصعيد … عبر استخدام الصواريخ
        w = weapon_for(lay, hit, weapons, next_start)
        return (w.event_type, w.sub) if w is not None and w.event_type != "Battles" else None
    if row.role == "disrupt":
        if _folded(row.form) in _DESTROY and _destroys_ground(lay, hit):
            return _EXPLOSIONS, "Shelling/artillery/missile attack"  # تدمير مقرات للمسلحين: struck, not intercepted
        sent = lay.sentences[hit.sentence]
        reach = hit.end if _folded(row.form) in _DESTROY else hit.start - 20  # تدمير طائرة: the object follows
        near = [(w, lay.doc.text.startswith(("ب", "وب"), s)) for s, e, w in weapons
                if sent.start <= s < sent.end and s >= reach]  # (with ب: the means, not the object)
        if any(w.event_type == "Explosions/Remote violence" and not means for w, means in near):
            return row.event_type, row.sub
        if reach == hit.end and any(means for w, means in near):  # تدمير دبابة بصاروخ: a strike that destroyed
            w = next(w for w, means in near if means)
            return (w.event_type, w.sub) if w.event_type == "Explosions/Remote violence" else ("Battles", "Armed clash")
        if "هجوم" in _folded(row.form) or _folded(row.form) in _FOILED or _foils_attempt(lay, hit):
            return "Battles", "Armed clash"  # أحبط الثوار محاولة تسلل: a ground attack repelled
        return None
    if row.role == "withdraw":
        sent = lay.sentences[hit.sentence]
        if set(TOKEN.findall(lay.ftext(sent.start, sent.end))) & _ATTACK_WORDS:
            return "Battles", "Non-state actor overtakes territory"
        return row.event_type, row.sub
    return None


_HOW_MANY = re.compile(fold(r"(?:\s|\d|(?:عدد|عددا|عددٍ|من|أكثر|نحو|قرابة|حوالي|عشرات|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية"
                            r"|تسعة|عشرة|عشر|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع)(?!\S))*"))


def _projectile_follows(lay: Layout, hit: Hit, weapons) -> bool:
    """Rockets or shells are what falls: named right after the cue, or after how many fell
    (``سقوط عدد من الصواريخ``، ``سقوط أكثر من 15 صاروخاً``) — not a falling aircraft, regime or toll."""
    clause_end = lay.clauses[hit.clause].end
    for s, e, w in weapons:
        if hit.end <= s < clause_end:
            gap = lay.ftext(hit.end, s)
            return w.sub == "Shelling/artillery/missile attack" and _HOW_MANY.fullmatch(gap) is not None
    return False


_ENTER_REACH = 18  # words from the verb of entering to the place entered, in its clause (دخلت قوات النظام
# والميليشيات مساء أمس الثلاثاء 28 كانون الثاني/يناير مدينة معرة النعمان)
_STATE_REACH = 6  # words after the verb that may say it entered a state, not a place (دخلت الهدنة حيز التنفيذ)
_NO_FIGHT = re.compile(fold(r"(?:دون|بدون)\s+(?:أي\s+)?(?:قتال|اشتباك|مواجه|معارك|معركة|مقاومة)"
                            r"|(?:بموجب|وفق|وفقا\s+ل|ضمن|بناء\s+على)\s*(?:ال)?(?:اتفاق|تسوية)"))
_NO_GROUND = frozenset(fold(w) for w in ("حيز", "حالة", "مرحلة", "الحرب", "عامها", "عامه"))  # دخلت الهدنة حيز التنفيذ
_SUBJECT_BEFORE, _SUBJECT_AFTER = 8, 3  # where the subject of entering stands (قوات النظام … قد دخلت، دخلت أرتال لقوات)
_CONVOYS = frozenset({"US-led coalition", "Russian forces", "Turkish forces"})  # their convoys and patrols take no town


def _entering_force(lay: Layout, hit: Hit) -> str | None:
    """The Syrian force named with a verb of entering, in its clause (``وكانت قوات النظام قد
    دخلت``، ``دخلت أرتال لقوات النظام``), not a foreign convoy."""
    clause = lay.clauses[hit.clause]
    lo = lay.toks[max(0, hit.tok - _SUBJECT_BEFORE)].start
    hi = lay.toks[min(len(lay.toks), hit.tok + 1 + _SUBJECT_AFTER) - 1].end
    return next((a.canonical for a in lay.actors_in(max(lo, clause.start), min(hi, clause.end))
                 if a.kind in ARMED and a.canonical not in _CONVOYS), None)


def _entered(lay: Layout, hit: Hit) -> tuple[str, str] | None:
    """``دخلت قوات النظام مدينة معرة النعمان``: a Syrian force entering a named place takes it —
    without a fight or by an agreement the sentence tells (``دون قتال``، ``بموجب اتفاق التسوية``)
    the place is handed over; a foreign convoy entering is no event."""
    clause = lay.clauses[hit.clause]
    stop = min(len(lay.toks), hit.tok + 1 + _ENTER_REACH)
    end = min(clause.end, lay.toks[stop - 1].end)
    if not any(hit.end <= s < end for s, e, p, seg in lay.event_places) \
            or any(lay.toks[k].text in _NO_GROUND for k in range(hit.tok + 1, min(stop, hit.tok + 1 + _STATE_REACH))):
        return None
    if _entering_force(lay, hit) is None:
        return None
    sent = lay.sentences[hit.sentence]
    if _NO_FIGHT.search(lay.ftext(hit.end, sent.end)):
        return "Strategic developments", "Non-violent transfer of territory"
    return hit.row.event_type, hit.row.sub


_REACHED = frozenset(fold(w) for w in ("توصل", "توصلت", "توصلوا", "توصلا", "توصلتا"))
_REACH_GAP = 8  # words between the verb of reaching and the agreement (توصل وفد فصائل المعارضة في الجنوب السوري إلى اتفاق)


def _reached(lay: Layout, hit: Hit) -> bool:
    """``توصل الوفد إلى اتفاق``: an agreement is an event once reached (a past verb of reaching
    before it in its clause), not while talks aim at one (``بهدف التوصل إلى اتفاق``)."""
    clause = lay.clauses[hit.clause]
    for k in range(hit.tok - 1, max(-1, hit.tok - 1 - _REACH_GAP), -1):
        if lay.toks[k].start < clause.start:
            return False
        if lay.toks[k].text.lstrip("وف") in _REACHED:
            return True
    return False


_ESPECIALLY = re.compile(fold(r"(?:(?:^|\s)و?لا\s*سيما\s+(?:في\s+|ب)?|(?:(?:^|\s)و|،\s*)(?:خاصة|خصوصا|بخاصة|تحديدا)\s+(?:في\s+|ب))"
                               r"(?:بلدة|مدينة|قرية|منطقة|بلدات|قرى|مدن)?\s*$"))  # (not قوات خاصة في …)


def _especially(lay: Layout, hit: Hit, places: list[Place]) -> list[Place]:
    """``على نقاط في شرقي دير الزور، ولا سيما في بلدة الباغوز``: the finer place singled out after
    a countryside or governorate is where the event is; the wider one only frames it."""
    wide = [p for p in places if rank(p) <= 1]
    if not wide:
        return places
    sent = lay.sentences[hit.sentence]
    singled = [p for s, e, p, seg in lay.event_places if hit.end <= s < sent.end and rank(p) > 1
               and any(p.admin1 == q.admin1 for q in wide) and _ESPECIALLY.search(lay.ftext(max(hit.end, s - 30), s))]
    if not singled:
        return places
    kept = [p for p in places if p not in wide or not any(p.admin1 == q.admin1 for q in singled)]
    return kept + [p for p in singled if p not in kept]


def _up_to_next_cue(lay: Layout, hit: Hit, places: list[Place], next_start: int) -> list[Place]:
    """``وتزامن هجوم المسلحين على نقاط في X مع العدوان الإسرائيلي على Y``: a second cue in the
    clause opens an event of its own; the first keeps the places named before it, if any."""
    if next_start >= lay.clauses[hit.clause].end:
        return places
    mine = {p.id for s, e, p, seg in lay.event_places if hit.end <= s < next_start}
    if not mine and _abroad_between(lay, hit.end, next_start):
        return []  # ردّاً على الغارة على صور، قصفت المقاومة موقعاً في الجولان: the raid was abroad
    return [p for p in places if p.id in mine] or places


def _abroad_between(lay: Layout, start: int, end: int) -> bool:
    """A place abroad is named in ``[start, end)``."""
    return any(start <= s < end for s, e in lay.abroad_spans) \
        or any(p.abroad and start <= s < end for s, e, p in lay.places)


_PREVIOUSLY = frozenset(fold(w) for w in ("سبق", "وسبق"))
_THAT_IT = frozenset(fold(w) for w in ("أن", "وأن", "لها", "له", "لهم", "لقوات"))
_PREVIOUSLY_REACH = 5  # words from "it happened before that" to the cue (وسبق أن تمّ استهداف)


def _done_before(lay: Layout, hit: Hit) -> bool:
    """``سبق أن حاصرت قسد المربعات الأمنية``، ``وسبق أن تمّ استهداف شاحنات``: a cue its clause
    tells as done "before" (some earlier time, once or more) is history, not the story's event."""
    start = lay.clauses[hit.clause].start
    return any(lay.toks[k].text in _PREVIOUSLY and lay.toks[k + 1].text in _THAT_IT
               for k in range(max(0, hit.tok - _PREVIOUSLY_REACH), hit.tok - 1) if lay.toks[k].start >= start)


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
    if any(hit.end <= s < end and p.id in ids for s, e, p, seg in lay.event_places):
        return False
    return all(any(last.end <= s < hit.start and q.id == p.id for s, e, q, seg in lay.event_places) for p in places)


def _ground_after(lay: Layout, hit: Hit, places: list[Place]) -> list[Place]:
    """``هاجموا حواجز في بلدتي اليادودة والمزيريب وسيطروا على حاجز في مدينة طفس``: the ground taken
    is named after the takeover verb; the places before it, after an earlier cue of its sentence,
    are that cue's."""
    sent = lay.sentences[hit.sentence]
    if not any(sent.start <= c < hit.start for c in lay.cue_starts):
        return places
    after = {p.id for s, e, p, seg in lay.event_places if hit.end <= s < sent.end}
    kept = [p for p in places if p.id in after]
    return kept or places


def _toward(lay: Layout, hit: Hit, place: Place) -> bool:
    """Every mention of the place in the cue's sentence follows ``نحو``/``باتجاه`` (a direction of advance)."""
    sent = lay.sentences[hit.sentence]
    ments = [s for s, e, p, seg in lay.event_places if p.id == place.id and sent.start <= s < sent.end]
    return bool(ments) and all(_TOWARD.search(lay.ftext(max(sent.start, s - 14), s)) for s in ments)


_PROJECTILE = re.compile(fold("مسير|صاروخ|صواريخ|قذيف"))


def _projectile_targeted(lay: Layout, hit: Hit, weapons) -> bool:
    """``طائرات مسيّرة جرى رصدها … وجرى استهدافها``: a drone or missile named before a passive
    cue with a pronoun is what was shot at — its downing, not a strike."""
    word = lay.toks[hit.tok].text
    if hit.tok == 0 or lay.toks[hit.tok - 1].text not in PASSIVE or not word.endswith(("ها", "هم")):
        return False
    sent = lay.sentences[hit.sentence]
    before = [r for s, e, r in weapons if sent.start <= s < hit.start]
    return bool(before) and bool(_PROJECTILE.search(_folded(before[0].form)))


def _ground_follows(lay: Layout, hit: Hit) -> bool:
    """A place or a piece of ground is named right after a territory cue."""
    clause = lay.clauses[hit.clause]
    if any(hit.end <= m[0] < clause.end for m in lay.event_places):
        return True
    start = hit.tok + 1
    if not _folded(hit.row.form).endswith(_ON):  # سيطرت قوات الأسد، أمس الثلاثاء، على بلدة …
        sent = lay.sentences[hit.sentence]
        on = next((k for k in range(start, min(len(lay.toks), start + _VERB_SUBJECT_WINDOW))
                   if lay.toks[k].start < sent.end and lay.toks[k].text == _ON), None)
        if on is None:
            return False
        start = on + 1
        last = min(len(lay.toks), start + _GROUND_WINDOW + 1) - 1
        end = lay.toks[last].end if last >= start else sent.end
        if any(lay.toks[min(start, last)].start <= m[0] < min(end, sent.end) for m in lay.event_places):
            return True  # على بلدتي كفرنبل وسراقب
    for k in range(start, min(len(lay.toks), start + _GROUND_WINDOW + 1)):
        w = lay.toks[k].text
        for p in ("", "ال", "و", "ب", "وال", "بال"):
            rest = w[len(p):] if w.startswith(p) else ""
            if rest in _GROUND or any(len(g) > 2 and rest.startswith(g) for g in _GROUND):
                return True  # بلدة، تلالها، والمواقع
    return False


def _purpose(lay: Layout, hit: Hit) -> bool:
    """``للتحضير لهجوم``، ``معدّة لاستهداف``: an attack prepared or intended, not one that happened
    (unless something "was subjected to" it: ``تعرضت لهجوم``)."""
    word = lay.toks[hit.tok].text
    if hit.tok and lay.toks[hit.tok - 1].text in _FOR_SAKE:
        return True  # يناضلون لأجل تحرير الجولان، من أجل استعادة
    if not word.startswith("ل"):
        return False
    bare = word[2:] if word.startswith("لل") else word[1:]  # للسيطرة = ل + السيطرة
    bare = bare[2:] if bare.startswith("ال") else bare
    if not any(bare.startswith(c) for c in _NOUN_CUES):
        return False
    sent = lay.sentences[hit.sentence]
    suffered = _SUFFERED_F
    for k in range(max(0, hit.tok - _SUFFERED_WINDOW), hit.tok):
        if lay.toks[k].start >= sent.start and any(x in lay.toks[k].text for x in suffered):
            return False
    return True


_SKIES = re.compile(fold(r"(?:أجواء|سماء)\s+(?:مدينة\s+|العاصمة\s+|منطقة\s+)?$"))
_REPELLING = re.compile(fold(r"(?:^|[\s،,])[وفب]?(?:تصدت|تصدى|تتصدى|يتصدى|التصدي|تصدي|تصد|اعترضت|اعتراض)(?:\s|$)"))


def _met_in_skies(lay: Layout, hit: Hit, place: Place) -> bool:
    """``تصدّت الدفاعات الجوية لأهداف معادية في سماء مدينة حمص``: an attack that defences meet in
    the skies of a place (the place right after أجواء or سماء, a repelling verb before it in the
    sentence) is disrupted weapons use there (ACLED); what it struck is told with its own place."""
    sent = lay.sentences[hit.sentence]
    for s, e, p, seg in lay.event_places:
        if p.id == place.id and seg[1] == hit.sentence and _SKIES.search(lay.ftext(max(sent.start, s - 20), s)):
            return _REPELLING.search(lay.ftext(sent.start, s)) is not None
    return False


_ROAD_BLOCK = re.compile(fold(r"^[وف]?(?:ال)?(?:طرق|طريق|طرقات|شوارع|شارع|أغلق\S*|قطع\S*|مغلق\S*)$"))
_ROAD_BLOCK_WINDOW = 4  # words before the stones where the road they close stands


def _road_blocked(lay: Layout, tok: int) -> bool:
    """``أغلق المحتجون الطرق الرئيسية بالحجارة والإطارات``: stones that close a road are no stones
    thrown at anyone — the protest stays peaceful (ACLED)."""
    return any(_ROAD_BLOCK.match(lay.toks[k].text) for k in range(max(0, tok - _ROAD_BLOCK_WINDOW), tok))


def _stoned(lay: Layout, hit: Hit, etype: str, stones: list[int]) -> int | None:
    """The sentence where stones are thrown in the cue's stand (``تصدّى الأهالي بالحجارة لرتل``):
    the cue's own, or for a protest the next one (``وهاجم المتظاهرون الآليات ورشقوها
    بالحجارة``; a news paragraph is often one sentence)."""
    last = hit.sentence + (1 if etype == "Protests" else 0)
    for k in range(hit.sentence, min(last, len(lay.sentences) - 1) + 1):
        sent = lay.sentences[k]
        if _between(stones, sent.start, sent.end) and lay.seg("p", sent.start) - hit.paragraph <= 1:
            return k
    return None


_CROWD = re.compile(fold(r"^[وف]?(?:ال)?(?:أهالي|سكان|سكانا|مواطنون|مواطنين|مواطنو)$"))
_CROWD_PARTY = frozenset(fold(w) for w in ("بين", "مع", "ضد", "على", "من", "و"))
_CROWD_BEFORE, _CROWD_AFTER = 6, 2  # words around a clash cue where its crowd subject stands (سكاناً من بلدة X هاجموا)


def _crowd_attacks(lay: Layout, hit: Hit) -> bool:
    """``وهاجم أهالي القرية وزراء``، ``سكاناً من البلدة هاجموا أعضاء الحزب``: residents, not a
    force, are the subject of the clash cue (no armed force named before it in its clause) — a
    crowd's violence (ACLED Riots), no armed clash."""
    clause = lay.clauses[hit.clause]
    lo = max(hit.tok - _CROWD_BEFORE, bisect.bisect_left(lay.tok_starts, clause.start))
    hi = min(hit.tok + 1 + _CROWD_AFTER, len(lay.toks))
    if not any(_CROWD.match(lay.toks[k].text) and lay.toks[k - 1].text not in _CROWD_PARTY
               for k in range(lo, hi) if k != hit.tok and lay.toks[k].start < clause.end):
        return False  # (اشتباكات بين أهالي البلدة وقوات النظام: the locals are one side of a clash)
    return not any(a.kind in ARMED for a in lay.actors_in(lay.toks[lo].start, hit.start))


def _stoned_force(lay: Layout, sentence: int) -> str | None:
    """The armed force whose vehicles or convoy the stones met: the first named where they
    are thrown."""
    sent = lay.sentences[sentence]
    return next((a.canonical for a in lay.actors_in(sent.start, sent.end) if a.kind in ARMED), None)


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
    day_of_cue = {h.start: (d.date, d.precision) for d in out if d.date for h in d.hits
                  if not background[h.sentence]
                  and any(o.paragraph - h.paragraph in (0, 1) and o.sentence > h.sentence for o in d.hits)}
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


_FOOTAGE = frozenset(fold(w) for w in ("مشاهد", "مشاهدَ", "فيديو", "لقطات", "صور", "مقطع", "مقاطع"))


_PARTLY = re.compile(fold(r"^[وف]?(?:معظم|بعض|أغلب|اغلب|غالبية|عددا|عدد|جزءا|جزء)"))
_PARTLY_WINDOW = 4  # words after the interception cue where "most of them" stands


def _summarised_region(lead: _Draft, body: list[_Draft]) -> bool:
    """A dated lead over a named region (``بقصف جوي ومدفعي على مدن وبلدات الغوطة الشرقية``) whose
    towns the body tells struck the same way that day: a summary, no event of its own."""
    return rank(lead.place) == 2 and lead.date is not None and any(
        b.sub == lead.sub and b.date == lead.date and rank(b.place) == 3 and _close(b.place, lead.place)
        for b in body)


def _struck_anyway(lay: Layout, d: _Draft, events: list[_Draft]) -> bool:
    """A partial interception told after a strike on the same place that day (استهدفت غارات …،
    وتصدت الدفاعات لصواريخ العدوان وأسقطت معظمها): the strike still hit, and ACLED codes it alone,
    no Disrupted weapons use beside it (a full one, or one in other skies, stays)."""
    if d.sub != "Disrupted weapons use":
        return False
    first = min(h.start for h in d.hits)
    if not any(_PARTLY.match(lay.toks[k].text) for h in d.hits
               for k in range(h.tok + 1, min(h.tok + 1 + _PARTLY_WINDOW, len(lay.toks)))):
        return False
    return any(e.event_type == _EXPLOSIONS and e.place.id == d.place.id and e.date == d.date
               and any(h.start < first for h in e.hits) for e in events)


def _filmed(lay: Layout, hit: Hit) -> bool:
    """The cue is what footage shows (``مشاهد استهداف``، ``لقطات من هجوم``): the attack happened
    on a day the sentence does not give."""
    k = hit.tok - 1
    if k > 0 and lay.toks[k].text == "من":
        k -= 1
    return k >= 0 and lay.toks[k].text in _FOOTAGE


_DAYS_AGO = 14  # the most days back that "منذ أيام" may still mean
_AGO = re.compile(r"[وف]?(?:منذ|قبل)\s")  # (not خلال الأيام الماضية: a span, which may hold the day told)


def _not_days_ago(iso: str | None, published: str | None) -> bool:
    """A strike "days ago" is not one of the story's day (``وقصفت الطائرات المطار اليوم … ومنذ
    أيام قصفته``) nor one weeks before (``في السابع من الشهر``): the two stay two events."""
    if not iso or not published or len(published) < 10:
        return False
    try:
        gap = (date.fromisoformat(published[:10]) - date.fromisoformat(iso)).days
    except ValueError:
        return False
    return gap <= 0 or gap > _DAYS_AGO


_CLOSE_DEG = 0.1  # about 10 km: a city and its outskirts (دمشق، محيط دمشق) across a governorate line


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
    e = next((e for e in events if e is not d and e.event_type == d.event_type and (e.sub == d.sub or d.event_type == "Battles")
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


_ROUND = frozenset(fold(w) for w in ("محيط", "أطراف", "ضواحي", "جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي",
                                     "غرب", "غربي"))
_SIDES = frozenset(fold(w) for w in ("الجنوبي", "الشمالي", "الشرقي", "الغربي"))


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


_DIRECTION = re.compile(fold(r"(?:جنوب|جنوبي|شمال|شمالي|شرق|شرقي|غرب|غربي)\s+(?:مدينة\s+|العاصمة\s+(?:السورية\s+)?)?$"))
# (no word boundary before it: glued text, عدوان إسرائيليجنوبي مدينة حمص)
_DIRECTION_REACH = 30  # characters before a town's name where the direction word stands


@lru_cache(maxsize=1)
def _neighbourhood_towns() -> dict[str, str]:
    """Gazetteer id of each city neighbourhood → its city's folded name (OCHA gives a parent)."""
    names = {e.id: e.name_ar for e in entries() if e.level == "community"}
    return {e.id: fold(names[e.parent]) for e in entries() if e.level == "neighbourhood" and e.parent in names}


def _neighbourhood_of(part: Place, town: Place) -> bool:
    """``حي القصور في دير الزور``: a neighbourhood and its city (or the governorate named after it)."""
    city = _neighbourhood_towns().get(part.gazetteer_id or "")  # (None for all but neighbourhoods)
    return city is not None and part.admin1 == town.admin1 and rank(town) in (0, 3) and city == fold(town.name_ar)


_QUARTER = re.compile(fold(r"(?:^|\s)[وب]?(?:ال)?(?:حي|حيي)\s+[\"'“«]?$"))  # حي اللطوة، بحي غويران


def _quarter_of(lay: Layout, d: _Draft, e: _Draft) -> bool:
    """``دخول بلدة ذيبان والسيطرة على حي اللطوة فيها``: a place the text calls a quarter (حي),
    in the sentence that names a town of its governorate where an event of the kind falls, is
    part of that town (ACLED codes the town), whatever the gazetteer knows of it."""
    if d.place.admin1 != e.place.admin1 or rank(e.place) not in (0, 3) or rank(d.place) < 2:
        return False
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
        _absorb(into, d)
        gone.add(id(d))
    return [d for d in events if id(d) not in gone]


def _repelled_raiders(lay: Layout, events: list[_Draft]) -> None:
    """``تصدّت الدفاعات الجوية السورية لعدوان جوي من اتجاه البحر المتوسط، استهدف مطار حلب``: a raid
    the Syrian air defences met, its author unnamed, in an article whose named raiders are all
    Israeli, is Israel's too (the one air force the defences meet in these reports)."""
    raiders = {d.actor1 for d in events if d.sub == "Air/drone strike" and d.actor1 is not None}
    if raiders != {"Israeli forces"}:
        return
    for d in events:
        if d.sub == "Air/drone strike" and d.actor1 is None and any(
                _REPELLING.search(lay.ftext(lay.sentences[h.sentence].start, h.start)) for h in d.hits):
            d.actor1 = "Israeli forces"


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
    if SUB_RANK.get(other.sub, 0) > SUB_RANK.get(into.sub, 0):
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


def _attach_figures(lay: Layout, events: list[_Draft], hits: list[Hit]) -> None:
    if not any(usable(p) for s, e, p in lay.places):
        return  # nothing located in Syria: the figures are someone else's war
    abroad = abroad_here(lay)
    figs = [f for f in find_figures(lay.doc)
            if lay.seg("p", f.start) not in lay.ignored and about_syria(lay, f, abroad)]
    if not figs:
        return
    if not events:
        cued = {h.sentence for h in hits} | {lay.seg("s", a) for a, _, p in lay.places if usable(p)}
        first = next((f for f in figs if lay.seg("s", f.start) in cued), None)
        if first is None:
            return  # no cue nor Syrian place beside any figure: a disaster's or another war's toll
        events.append(_carrier(lay, [h for h in hits if h.sentence == lay.seg("s", first.start)] or hits, first))
    anchors = [(h.start, h.sentence, d) for d in events for h in d.hits]
    last: tuple[int, str | None] = (-1, None)  # (sentence, victims) of the figure before
    told: dict[tuple[int | None, str], str] = {}  # (count, kind) → whose people, as first told
    for n, fig in enumerate(figs):
        k = lay.seg("s", fig.start)
        same = [(abs(s - fig.start), d) for s, sn, d in anchors if sn == k and not (s > fig.start and _time_reference(lay, s))]
        pool = same or [(abs(s - fig.start) + (0 if s <= fig.start else 1), d) for s, sn, d in anchors]
        event = min(pool, key=lambda c: c[0])[1]
        if not same:
            event = _told_kind(hits, k, fig.start, anchors) or event
        pair = figs[n + 1] if n + 1 < len(figs) and lay.ftext(fig.end, figs[n + 1].start).strip() in ("", "و") else None
        among = last[0] == k and (_others(lay, fig) or fig.cue == "sub")  # (بينهم القيادي: one of those just counted)
        fatality, borrowed = _fatality(lay, fig, event, last[1] if among else None, told, pair)
        if borrowed:
            event.borrowed.append(len(event.fatalities))
        event.fatalities.append(fatality)
        event.told_in.append(k)
        if fatality.victims and fig.count is not None:
            told.setdefault((fig.count, fig.kind), fatality.victims)
        last = (k, fatality.victims)
    for d in events:
        _share_sentence_victims(d)


_HURT = frozenset({"killed", "injured", "killed_or_injured"})
# "two days after a raid" (بعد يومين من غارة إسرائيلية على حلب): a cue that only dates what the
# sentence tells, so no figure before it in the sentence is its toll
_AFTER_SO_LONG = re.compile(fold(r"(?:^|\s)(?:بعد|قبل)\s+(?:\S+\s+){1,2}من\s*$"))
_TIME_REACH = 24  # characters before a cue where "after/before so long" stands


def _time_reference(lay: Layout, start: int) -> bool:
    """The cue at ``start`` is told as a time reference (``بعد يومين من غارة``، ``قبل أيام من هجوم``)."""
    return _AFTER_SO_LONG.search(lay.ftext(max(0, start - _TIME_REACH), start)) is not None


def _share_sentence_victims(d: _Draft) -> None:
    """``ارتقاء عدد من الشهداء، ووقوع جرحى مدنيين``: dead and wounded of one event told in one
    sentence, one of them with no people named, are the people the other names."""
    for f, k in zip(d.fatalities, d.told_in):
        if f.victims is None and f.kind in _HURT:  # (6 سوريين ومستشار إيراني: two peoples, no sharing)
            others = {g.victims for g, j in zip(d.fatalities, d.told_in) if j == k and g.kind in _HURT and g.kind != f.kind}
            if len(others) == 1 and None not in others:
                f.victims = others.pop()


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


_UNKNOWN = fold("مجهول")
_UNKNOWN_REACH = 3  # words on either side of the cue where its unknown author is named


def _unknown_author(lay: Layout, hit: Hit) -> bool:
    """``اغتال مسلحون مجهولون قيادياً``، ``انفجار مجهول``: the text says nobody knows who did it,
    so the war's other camp is no guess for its author."""
    clause = lay.clauses[hit.clause]
    lo, hi = max(0, hit.tok - _UNKNOWN_REACH), min(len(lay.toks), hit.tok + _UNKNOWN_REACH + 1)
    return any(_UNKNOWN in lay.toks[k].text for k in range(lo, hi) if clause.start <= lay.toks[k].start < clause.end)


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


def _others(lay: Layout, fig: Figure) -> bool:
    """``مقتل متعاقد أميركي وإصابة 6 آخرين``: the figure counts "others" of the people just counted."""
    k = bisect.bisect_left(lay.tok_starts, fig.start)
    end = bisect.bisect_left(lay.tok_starts, fig.end)
    return any(lay.toks[j].text.startswith(("اخر", "واخر")) or lay.toks[j].text in _ORDINALS
               for j in range(k, min(end + 1, len(lay.toks))))


# ``وجرح إيراني ثانٍ``، ``وإصابة ثالث``: one more of the people just counted
_ORDINALS = frozenset(fold(w) for w in ("ثان", "ثاني", "ثانيا", "ثانية", "ثالث", "ثالثا", "ثالثة", "رابع", "رابعا"))


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
              pair: Figure | None = None) -> tuple[Fatality, bool]:
    """The figure as the event's fatality, and whether its people are only the event's target
    as read so far (no word of the text names them)."""
    claimant, claim = source_of(lay, fig.start, fig.end)
    victims = fig.victims or _own_volunteers(lay, fig, claimant) or victim_near(lay, fig) or others_of or _own_people(lay, fig, claimant) \
        or _killers_foe(lay, fig, claimant)
    if victims in (None, "Civilians") and _PROTESTERS.match(lay.ftext(fig.end, fig.end + 2 * _NOUN_CHARS)):
        victims = "Protesters"  # اعتقال ثلاثة من المحتجين، إصابة 5 متظاهرين: whom ACLED names so
    if victims is None and pair is not None:  # 7 شهداء و7 جرحى من الأبرياء: the pair's people, told after it
        victims = pair.victims or victim_near(lay, pair)
    if victims is None and fig.count is not None and told and not (
            fig.count == 1 and _MEMBERS.search(lay.ftext(fig.start, fig.end + _NOUN_CHARS))):
        # the toll told again (المشفى استقبل جثامين 4 شهداء); not a lone policeman after a lone "person"
        victims = told.get((fig.count, fig.kind))
    noun = lay.ftext(fig.end, fig.end + _NOUN_CHARS).lstrip(" \"“”«»")
    of_them = _OF_THEM in lay.ftext(fig.start, fig.end + _NOUN_CHARS).split()[:3]  # (500 مسلح، وأن 35 منهم قتلوا)
    gunmen = victims is None and bool(_GUNMEN.match(noun) or of_them and _GUNMEN.search(
        lay.ftext(max(lay.sentences[lay.seg("s", fig.start)].start, fig.start - _OF_THEM_CHARS), fig.start)))
    if gunmen:  # صدّ الجيش الهجوم وقتل 10 مسلحين: the gunmen of the side the state fights, never its own
        force = _MINISTRY_FORCES.get(claimant, claimant)
        victims = _the_states_foe(event) or (foe_named_before(lay, fig, force)
                                                  if force in lay.armed_names or claimant in _MINISTRY_FORCES else None)
    if victims is None and not gunmen and claimant in _SYRIAN_STATE \
            and _MEMBERS.search(lay.ftext(fig.start, fig.end + _NOUN_CHARS)):
        victims = "Syrian government forces"  # أعلنت سانا استشهاد 8 عسكريين: the state counts its own soldiers
    if victims is None and claimant == "Russian Ministry of Defence" \
            and _SOLDIERS.search(lay.ftext(fig.start, fig.end + _NOUN_CHARS)):
        victims = "Syrian government forces"  # هاجموا مواقع للقوات السورية ما أدى إلى مقتل 4 جنود: its ally's soldiers
    if victims is None:
        victims = _members_of_the_one_named(lay, fig, event)
    if victims is None and event.actor1 in _RAIDS_ON_THE_ARMY and _SOLDIERS.search(lay.ftext(fig.start, fig.end + _NOUN_CHARS)):
        victims = "Syrian government forces"  # العدوان الإسرائيلي أدى إلى إصابة 4 عسكريين: a raider's toll of soldiers, the army's
    if victims is None and not gunmen and _MEMBERS.search(lay.ftext(fig.start, fig.end + _NOUN_CHARS)):
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
    if victims is None and fig.kind == "captured":
        victims = "Civilians"  # detainees no force claims as its own are civilians (ACLED)
    if victims == "Civilians" and _soldiers_counted(lay, fig):
        victims = _soldiers_force(event)
    return Fatality(count=fig.count, qualifier=fig.qualifier, kind=fig.kind, victims=victims,
                    claimed_by=claimant, claim=claim.id if claim else None,
                    span=lay.doc.to_original(fig.start, fig.end)), borrowed


# The counted noun of gunmen (``10 مسلحين``، ``20 إرهابياً``): in this news the men the state fights.
_GUNMEN = re.compile(fold(r"(?:مسلح|إرهابي|ارهابي)(?:ين|ون|ا|اً)?(?:\s|$|[،,.”\"»])"))
_NOT_GUNMEN = frozenset({"Civilians", "Israeli forces", "US-led coalition", "Turkish forces", "Protesters"})


def _the_states_foe(event: _Draft) -> str | None:
    """The side of the event facing the government camp, when the other side is in it."""
    for mine, theirs in ((event.actor1, event.actor2), (event.actor2, event.actor1)):
        if mine in GOV_SIDE and theirs is not None and theirs not in GOV_SIDE and theirs not in _NOT_GUNMEN:
            return theirs
    return None


_PEOPLE_AT = frozenset({"Protests"})
_BLASTS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})
_PROTESTERS = re.compile(fold(r"\s*(?:من\s+)?(?:ال)?(?:محتج|متظاهر)"))  # the figure's counted noun
_SYRIAN_STATE = frozenset({"SANA", "Syrian Ministry of Defence", "Syrian Ministry of Interior", "Government of Syria"})
_NOUN_CHARS = 12  # the counted noun right after a figure's number (8 عسكريين)
_SOLDIERS = re.compile(fold(r"جندي|جنود|عسكري"))  # the army's words for its men (not عناصر، مسلحين)
_OF_THEM = fold("منهم")
_OF_THEM_CHARS = 40  # how far before "35 منهم" the people it counts among are named
_MEMBERS = re.compile(fold(r"عنصر|عناصر|جندي|جنود|عسكري|ضابط|ضباط|قيادي|قادة|قائد|مقاتل|مسلح|إرهابيين|إرهابيون|إرهابيا|أفراد|منتسب"
                           r"|شرطي|شرطة|حراس|مجند|أمني|الأمن"))


_SOLDIER_WORD = re.compile(fold(r"^و?(?:ال)?(?:عسكري|عسكريا|عسكريين|عسكريون|عسكريان|جندي|جنديا|جنود|جنديين)$"))
_CIVIL_WORD = re.compile(fold(r"^و?(?:ال)?مدني"))
_SOLDIER_REACH = 3  # words after the figure where a toll's second people is named (مدنيين وعسكريين)
# Foreign raiders whose strikes in Syria hit the Syrian army's posts: the soldiers they kill are its own.
_RAIDS_ON_THE_ARMY = frozenset({"Israeli forces", "US-led coalition", "Turkish forces"})


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


_BELONGS_TO = frozenset(fold(w) for w in ("التابعة", "التابع", "تابعة", "تابع", "لـ"))


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


_CIVIL_NOUNS = re.compile(fold(r"متظاهر|ناشط|مدني|مواطن|شبان|شابا|شابين|شابان|الشاب|أهالي|صحفي|صحافي|نساء|أطفال|طلاب|أشخاص"))


def _span(seg) -> tuple[int, int]:
    return seg.start, seg.end


_OWN = re.compile(fold(r"^[وفب]?(?:عناصر|جنود|مقاتلي|مقاتلو|أفراد|مسلحي|مجاهدي|مجاهدو)(?:ه|ها|هم|نا)$"))


def _own_people(lay: Layout, fig: Figure, claimant: str) -> str | None:
    """``أعلنت قسد أن عدداً من عناصره قتلوا``: "its members" are the claimant's own force — not
    when the figure opens with the claimant's own killing (``وقتلت 9 من عناصرها``: the foe's)."""
    if agentive(lay, fig):
        return None
    k, end = bisect.bisect_left(lay.tok_starts, fig.start), bisect.bisect_left(lay.tok_starts, fig.end)
    if not any(_OWN.match(lay.toks[j].text) for j in range(k, min(end + 2, len(lay.toks)))):
        return None
    force = _MINISTRY_FORCES.get(claimant, claimant)
    return force if force in lay.armed_names else None


_OWN_VOLUNTEERS = re.compile(fold(r"^[وفب]?(?:متطوعي|كوادر|موظفي)(?:ه|ها|هم|نا)$"))  # a body's own people, armed or not


def _own_volunteers(lay: Layout, fig: Figure, claimant: str) -> str | None:
    """``قال الدفاع المدني إن … وإصابة اثنين من متطوعيه``: "its volunteers" are the body's that
    gives the figure, whatever people the sentence counted before them."""
    k, end = bisect.bisect_left(lay.tok_starts, fig.start), bisect.bisect_left(lay.tok_starts, fig.end)
    if not any(_OWN_VOLUNTEERS.match(lay.toks[j].text) for j in range(k, min(end + 2, len(lay.toks)))):
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


_UNSEEN_HANDS = frozenset({"Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED"})
_WAR_REMNANT = re.compile(fold(r"مخلفات|من\s+بقايا|قديم|لغم|ألغام"))  # a landmine the war left: no one's deed today


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


def _to_event(lay: Layout, k: int, d: _Draft) -> Event:
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
    if d.event_type in _PEOPLE_AT and d.actor1 == "Protesters" and "Civilians" not in d.assoc:
        d.assoc.insert(0, "Civilians")  # who the protesters are (ACLED's associated actor): unarmed people
    if d.actor1 is None:
        d.actor1 = _unidentified(lay, d)
    d.assoc = [a for a in d.assoc if a not in (d.actor1, d.actor2)]
    return Event(id=f"e{k}", event_type=d.event_type, sub_event_type=d.sub, date=d.date,
                 time_precision=d.precision, place=d.place.id if d.place else None,
                 actor1=d.actor1, actor2=d.actor2, assoc_actors=d.assoc, fatalities=d.fatalities,
                 claimed_by=claimed or ["outlet"],
                 evidence=sorted({lay.doc.to_original(h.start, h.end) for h in d.hits}))
