"""Who did it and to whom: the forces the sentence names around the cue, the author that a claim,
condemnation or accusation reveals, the sides the story lends, and those the event's kind decides.
"""
from __future__ import annotations

import bisect
import re
from typing import Final, Literal

from ...model import Claim
from ...text.normalize import fold
from ..casualties import loss_word
from ..event_args import (
    actor_after, actors_for, agent_by, armed_subject, coordinated_subject, fight_sides, fill_sides, responder_of, same_side,
    territory_sub,
)
from ..event_sources import source_of
from ..event_text import ARMED, Hit, Layout
from .drafts import _Cue, _Marks, _Story, _weapon_of
from .kinds import _entering_force
from .words import _AIR_POWERS, _HOME_FORCES, _MINISTRY_FORCES, _REPEL, _folded, own_word


_CAUSES: Final = frozenset(fold(w) for w in ("جراء", "جرّاء", "إثر", "اثر", "نتيجة", "بسبب"))  # "as a result of" the cue
_MOURNING: Final = re.compile(fold(r"^[وف]?(?:نعى|نعت|ينعى|تنعى|زف|زفت|يزف|تزف)$"))
_ARTILLERY: Final = frozenset(fold(w) for w in ("قذائف", "قذيفة", "قذيفتين", "قذيفتان", "المدفعية", "مدفعية", "مدفعيته",
                                         "مدفعيتها", "مدفعيتهم", "هاون", "راجمات", "دبابة", "دبابات",
                                         "اعتراضي", "اعتراضية"))  # (an interceptor missile is ground-launched)


def _claiming_force(lay: Layout, hit: Hit) -> str | None:
    """A force that announces an attack is its author (``أعلنت المقاومة الإسلامية في العراق
    استهداف …``); a defence ministry speaks for its forces."""
    who, claim = source_of(lay, hit.start, hit.end)
    if claim is not None and _MOURNING.match(_folded(claim.cue.text)):
        return None  # زفّ الجيش ثلاثة شهداء ارتقوا في تفجير: the mourner lost them
    if claim is not None and claim.stance == "deny":
        return None  # نفى قائد العشائر أي دور لقواته في المجزرة: the denier disowns the act
    if claim is not None and _condemns(lay, claim.cue.span[0], hit.start):
        return None  # أعرب القيادي في الحركة عن إدانته لعملية الاغتيال التي استهدفت …: no author of it
    if hit.tok and lay.toks[hit.tok - 1].text in _CAUSES:
        return None  # أصيب جنودها من جراء استهداف القاعدة: the cause of its losses, not its act
    if _recorded(lay, hit):
        return None  # أشار المركز الروسي إلى تسجيل 3 عمليات قصف: it counts another's attacks
    if claim is not None and _own_losses_before(lay, hit, claim):
        return None  # أعلنت قسد مقتل 3 من مقاتليها بقصف تركي: the shelling befell it
    if who in _MINISTRY_FORCES:
        return _MINISTRY_FORCES[who]
    return who if who in lay.armed_names else None


_RECORDING: Final = frozenset(fold(clitic + w) for clitic in ("", "و", "ب") for w in (
    "تسجيل", "سجل", "سجلت", "رصد", "رصدت", "توثيق", "وثق", "وثقت"))
_RECORDED_REACH: Final = 3  # words from the recording verb to the cue (تسجيل 3 عمليات قصف)


def _recorded(lay: Layout, hit: Hit) -> bool:
    """The cue is what a monitor recorded or documented (``تسجيل عمليتي قصف``، ``رصدت 5
    اعتداءات``): the one who reports it only counts it, it is not its author."""
    k0 = max(lay.clauses[hit.clause].start, lay.tok_starts[max(0, hit.tok - _RECORDED_REACH)])
    return any(lay.toks[k].text in _RECORDING for k in range(bisect.bisect_left(lay.tok_starts, k0), hit.tok))


_CONDEMNING: Final = frozenset(fold(clitic + article + word) for clitic in ("", "و", "ف", "ب", "ل") for article in ("", "ال")
                               for word in ("إدانة", "إدانته", "إدانتها", "إدانتهم", "أدان", "أدانت", "دان", "دانت", "يدين",
                                            "تدين", "استنكار", "استنكاره", "استنكارها", "استنكر", "استنكرت", "تنديد",
                                            "تنديده", "تنديدها", "ندد", "نددت", "شجب", "شجبت"))  # (a set: tried at


# every word between a claim's verb and a cue)


def _condemns(lay: Layout, start: int, end: int) -> bool:
    """A word of condemnation stands between a claim's reporting verb and the cue: the speaker
    condemns the attack, it does not announce one of its own."""
    k0, k1 = bisect.bisect_left(lay.tok_starts, start), bisect.bisect_left(lay.tok_starts, end)
    return any(lay.toks[k].text in _CONDEMNING for k in range(k0, k1))


_CONDEMNER_GAP: Final = 2  # words from a verb of condemnation to its subject


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


_FACTIONS: Final = "Syrian opposition factions"
# Opposition bodies whose spokesmen call their own fighters "the factions" (الفصائل، الثوار).
_FACTION_BODIES: Final = frozenset({"National Liberation Front", "Syrian National Army", "Hayat Tahrir al-Sham", "Jaysh al-Izza"})
_LOSSES_REACH: Final = 10  # words from a claim's verb to the cue that its losses in between befell


def _own_losses_before(lay: Layout, hit: Hit, claim: Claim) -> bool:
    """Between the claim's verb and the cue, the speaker tells of its own dead, wounded or
    captured (``أعلنت الهيئة مقتل عدد من عناصرها في الغارات``): the cue befell the speaker."""
    cue_end = lay.doc.to_text(*claim.cue.span)[1]
    k0, k1 = bisect.bisect_left(lay.tok_starts, cue_end), hit.tok
    if not 0 < k1 - k0 <= _LOSSES_REACH:
        return False
    words = [lay.toks[k].text for k in range(k0, k1)]
    return any(own_word(w) for w in words) and any(loss_word(w) for w in words)


_DESCRIBES_GAP: Final = 2  # words from a cue to the verb that tells what it hit (عدواناً جوياً استهدف)
_TELLS_HIT: Final = frozenset(fold(w) for w in ("استهدف", "استهدفت", "طال", "طالت", "أصاب", "أصابت", "ضرب", "ضربت"))


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


_DEFINITE_FIGHT: Final = re.compile(fold(r"^[وف]?(?:ال|بال|لل)(?:اشتباكات|معارك|مواجهات)$"))


def _describes_last(lay: Layout, hit: Hit, hits: list[Hit], last_start: int) -> bool:
    """The cue is a verb right after the cue just read, in its clause (``عدواناً جوياً استهدف
    مدينة حلب``): it tells what that attack hit, so it has that attack's author."""
    if len(hits) < 2 or hits[-2].start != last_start or lay.toks[hit.tok].text not in _TELLS_HIT:
        return False
    prev = hits[-2]  # (hits[-1] is this cue)
    return prev.clause == hit.clause and (0 < hit.tok - prev.tok <= _DESCRIBES_GAP + 1
                                          or _fired_from_between(lay, prev.tok, hit.tok))


_FROM_WORDS: Final = frozenset(fold(w) for w in ("من", "انطلاقا"))
_FROM_REACH: Final = 6  # words of "fired from" between an attack noun and its verb (عدواناً جوياً من اتجاه الجولان السوري المحتل)


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
    if not cue_end <= hit.start or agent_by(lay, hit) is not None:
        return False  # (أشار المركز إلى تسجيل قصف من قبل جبهة النصرة: the author is named after it)
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


_ANOTHER_STORY: Final = re.compile(fold(r"^[\s\"'“«]*(?:و|ف)?(?:في|فى|على|من)\s+(?:حادثة|حادث|سياق|صعيد|جهة)\s+(?:منفصل|آخر|أخرى|اخر|اخرى)"))


_ACCUSES: Final = re.compile(fold(r"^[وف]?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|متهما|متهمة|متهمين)$"))
_ACCUSED_REACH: Final = 6  # words from the accusing verb to the cue (اتهمت قسد الجيش التركي بقصف)


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


_FROM: Final = fold("من")
_CRAFT_REACH: Final = 4  # words after "من" where the craft's nationality stands (بضربة من طائرة مسيّرة تركية)


def _craft_nation(lay: Layout, hit: Hit) -> str | None:
    """``بضربة من طائرة مسيّرة تركية``: a nominal cue whose means follows with من names its author
    by the means' nationality."""
    if hit.tok + 2 >= len(lay.toks) or lay.toks[hit.tok + 1].text != _FROM:
        return None
    stop = hit.tok + 2 + _CRAFT_REACH
    return next((force for k, force in lay.nationals if hit.tok + 2 < k < stop), None)


_FOUGHT: Final = frozenset(fold(w) for w in ("مع", "ضد"))


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


def _foe_in_fight(fight: tuple[str, str] | None, actor: str) -> str | None:
    """The other side of the fight the story tells (``هجوم العشائر على قسد``), when ``actor`` is
    one of its sides: the ground it takes or the battle it opens after is against that foe."""
    if fight is None or actor not in fight:
        return None
    return fight[1] if fight[0] == actor else fight[0]


def _note_fight(lay: Layout, story: _Story, hit: Hit) -> None:
    """A fight named with both its sides, even one told as slowing down (تنخفض وتيرة الاشتباكات بين
    العشائر وقسد) or no event of its own, names whom the fighting told after is between."""
    if hit.row.event_type == "Battles" and (sides := fight_sides(lay, hit)) is not None:
        story.last_fight = sides


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
            and _weapon_of(lay, marks, hit, cue.next_start) is None:
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
        actor2 = actor2 or _foe_in_fight(story.last_fight, actor1)  # هجوم العشائر على قسد … دخلت العشائر بلدات
    if story.last_fight is not None and _fight_told_again(lay, hit, sub, actor1, actor2, story.last_fight):
        actor1, actor2 = story.last_fight  # الاشتباكات بين العشائر وقسد … وتيرة الاشتباكات: that fight again
    if etype == "Battles" and actor1 is not None and actor2 is not None and "Civilians" not in (actor1, actor2):
        story.last_fight = (actor1, actor2)  # (villages taken from their people: no fight's sides)
    cue.sub, cue.actor1, cue.actor2 = sub, actor1, actor2


def _artillery(lay: Layout, hit: Hit, weapons) -> bool:
    """Guns or mortars are named with the cue (its sentence)."""
    sent = lay.sentences[hit.sentence]
    return any(sent.start <= s < sent.end and any(w in _ARTILLERY for w in fold(r.form).split())
               for s, e, r in weapons)


def _stoned_force(lay: Layout, sentence: int) -> str | None:
    """The armed force whose vehicles or convoy the stones met: the first named where they
    are thrown."""
    sent = lay.sentences[sentence]
    return next((a.canonical for a in lay.actors_in(sent.start, sent.end) if a.kind in ARMED), None)


_UNKNOWN: Final = fold("مجهول")
_UNKNOWN_REACH: Final = 3  # words on either side of the cue where its unknown author is named


def _unknown_author(lay: Layout, hit: Hit) -> bool:
    """``اغتال مسلحون مجهولون قيادياً``، ``انفجار مجهول``: the text says nobody knows who did it,
    so the war's other camp is no guess for its author."""
    clause = lay.clauses[hit.clause]
    lo, hi = max(0, hit.tok - _UNKNOWN_REACH), min(len(lay.toks), hit.tok + _UNKNOWN_REACH + 1)
    return any(_UNKNOWN in lay.toks[k].text for k in range(lo, hi) if clause.start <= lay.toks[k].start < clause.end)
