"""An event cue's type and sub-type (ACLED): from its row in ``data/triggers.tsv``, its weapon and the
words around it — a strike's means, ground taken or entered, a riot's stones, a crowd's violence —
and none where the cue is only part of another event (a defence repelling, fire exchanged in a clash).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from ...text.normalize import fold
from ..event_args import PASSIVE, reply_before
from ..event_text import ARMED, TOKEN, Hit, Layout, Row
from .drafts import _Cue, _Draft, _Marks, _Story, _weapon_of
from .filters import _foils_attempt, _word_before
from .words import _AFTER, _AND, _DEFENCES, _EXPLOSIONS, _ON, _REPEL, _between, _folded


_ATTACK_WORDS: Final = frozenset(fold(w) for w in ("هجوم", "هجمات", "هجوما",  # withdrawal under a ground attack
                                             "محاصرة", "محاصرين", "محاصرتها", "حصارها", "تطويقها",  # or a siege
                                             "سيطرتها", "سيطرته", "سيطرت",  # or as the other side takes the ground
                                             "لتدخلها", "ودخلتها", "فدخلتها", "لتسيطر"))
_DESTROY: Final = frozenset(fold(w) for w in ("تدمير",))
_GROUND: Final = frozenset(fold(w) for w in (  # what territory is taken as, when no place is named right away
    "مواقع", "موقع", "نقاط", "نقطة", "نقطتين", "بلدة", "بلدات", "بلدتي", "قرية", "قرى", "قريتي", "تلة", "تلال", "تل",
    "منطقة", "مناطق", "محور", "مدينة", "حي", "أحياء", "مطار", "قاعدة", "سد", "جبل", "معبر"))
_GROUND_WINDOW: Final = 5
_FOILED: Final = frozenset(fold(w) for w in ("أحبط", "أحبطت", "أحبطوا"))
_VERB_SUBJECT_WINDOW: Final = 12  # a bare verb cue (سيطرت، سيطروا) waits this many tokens for its على
_REPEL_WINDOW: Final = 6  # words between a repelling verb and the attack it names (تصدت وسائط الدفاع الجوي السوري لـ…)


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


_EXCHANGED: Final = re.compile(fold(r"^(?:ال)?متبادل"))
_EXCHANGED_STEM: Final = fold("متبادل")  # in every _EXCHANGED match: asked first (a C scan)
_EXCHANGE_REACH: Final = 3  # words after a shelling cue where "mutual" stands (قصف مدفعي متبادل)


def _exchanged_in_fight(lay: Layout, hit: Hit, hits: list[Hit]) -> bool:
    """``اشتباكات عنيفة في محوري جلبل وكيمار بالتزامن مع قصف مدفعي متبادل``: the two sides'
    exchange of fire is the clash told earlier in the sentence (ACLED codes the clash), not a
    shelling of its own."""
    end = min(len(lay.toks), hit.tok + 1 + _EXCHANGE_REACH)
    sent_end = lay.sentences[hit.sentence].end
    if not any(lay.toks[k].start < sent_end and _EXCHANGED_STEM in lay.toks[k].text
               and _EXCHANGED.match(lay.toks[k].text) for k in range(hit.tok + 1, end)):
        return False
    return any(h.sentence == hit.sentence and h.row.event_type == "Battles" for h in hits)


_MEANS_REACH: Final = 6  # words from a ground attack word to the shells named among its means


def _means_of_ground_attack(lay: Layout, marks: _Marks, hit: Hit, hits: list[Hit]) -> bool:
    """``شنّت قوات العشائر هجوماً بالأسلحة الرشاشة والقذائف الصاروخية على نقاط …``: shells joined
    (و) to the small arms an attack was waged with are that ground attack's means (ACLED codes
    the armed clash), not a shelling of its own."""
    if not hits or not lay.toks[hit.tok].text.startswith("و"):
        return False
    last = hits[-1]
    if last.row.event_type != "Battles" or last.clause != hit.clause or hit.tok - last.tok > _MEANS_REACH:
        return False
    return any(last.end <= s < hit.start and row.event_type == "Battles" and lay.doc.text.startswith("ب", s)
               for s, e, row in marks.weapons)


def _takeover_after_fights(lay: Layout, hit: Hit, hits: list[Hit], drafts: list[_Draft]) -> _Draft | None:
    """``سيطرت قوات النظام على بلدة X بعد معارك مع الفصائل بدأت فجر الأحد``: the battles told as
    how the ground was won are that takeover (ACLED), on its day — the takeover told just before in
    the sentence, which they join (and name its other side)."""
    if _word_before(lay, hit) not in _AFTER:
        return None
    return next((d for d in reversed(drafts) if d.event_type == "Battles" and d.sub != "Armed clash"
                 and any(h.sentence == hit.sentence and h.row.role == "territory" for h in d.hits)), None)


def _kind_of(lay: Layout, marks: _Marks, story: _Story, hit: Hit) -> _Cue | None:
    """The cue's event type and sub-type, from its row, weapon and words; none for a defence
    that repels an attack told on its own, or a shelling exchanged in a clash told. Stones make
    a protest or a clash a riot; a crowd that attacks, a protest."""
    k = bisect.bisect_right(marks.event_starts, hit.start)
    next_start = marks.event_starts[k] if k < len(marks.event_starts) else len(lay.doc.text)
    typed = _type_of(lay, marks, hit, next_start)
    if typed is None or _repels_told_attack(lay, hit, typed[0], next_start, marks.strikes):
        return None
    etype, sub = typed
    if sub == "Armed clash" and hit.row.role == "generic" and (means := _means_told_next(lay, marks, hit, next_start)):
        etype, sub = means.event_type, means.sub  # هاجمت إسرائيل منشأة بواسطة قصف مدفعي: a strike, no ground fight
    if etype == _EXPLOSIONS and _exchanged_in_fight(lay, hit, story.hits):
        return None  # … بالتزامن مع قصف مدفعي متبادل: the clash's exchange of fire
    if etype == _EXPLOSIONS and _means_of_ground_attack(lay, marks, hit, story.hits):
        return None  # شنّوا هجوماً بالأسلحة الرشاشة والقذائف الصاروخية: the shells are the clash's means
    taken = _takeover_after_fights(lay, hit, story.hits, story.drafts) if sub == "Armed clash" else None
    stoned = _stoned(lay, hit, etype, marks.stones) if etype == "Protests" or sub == "Armed clash" else None
    if stoned is not None:
        etype, sub = "Riots", "Violent demonstration"  # رشقوا آليات الجيش بالحجارة: not peaceful, no armed clash
    elif sub == "Armed clash" and _crowd_attacks(lay, hit):
        etype, sub = "Protests", "Peaceful protest"  # هاجم أهالي البلدة الوزراء: residents heckling, no armed side
    elif sub == "Armed clash" and hit.row.role == "generic" and _on_civilian_object(lay, hit, next_start):
        etype, sub = "Violence against civilians", "Attack"  # هجمات لمسلحي داعش على جامعي الكمأة: no fight
    return _Cue(hit, next_start, etype, sub, taken, stoned)


_BY_MEANS: Final = frozenset(fold(w) for w in ("بواسطة", "عبر", "باستخدام", "مستخدما", "مستخدمة", "مستخدمين"))


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


_OBJECT_MARKS: Final = frozenset(fold(w) for w in ("على", "ضد", "وعلى", "وضد", "بحق"))
_CIVILIAN_OBJECT_REACH: Final = 10  # words from an attack word to the civilians it fell on (… من قبل مسلحي التنظيم، على جامعي الكمأة)


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


_MATERIEL: Final = frozenset(fold(w) for w in ("مقرات", "مقار", "مقرا", "عتاد", "عتادا", "أسلحة", "آليات", "مستودعات",
                                         "مستودع", "مخازن", "تحصينات", "منصات", "مواقع", "نقاط", "مرابض"))
_MATERIEL_REACH: Final = 6  # words from تدمير to its object (تدمير وحداتٍ من الجيش السوري عتاداً عسكرياً)


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


def _type_of(lay: Layout, marks: _Marks, hit: Hit, next_start: int) -> tuple[str, str] | None:
    row, weapons = hit.row, marks.weapons
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
        w = _weapon_of(lay, marks, hit, next_start)
        if w is None:
            return row.event_type, row.sub
        return w.event_type, w.sub
    if row.role == "fall":  # بسقوط أكثر من 15 صاروخاً على القواعد
        return (row.event_type, row.sub) if _projectile_follows(lay, hit, weapons) else None
    if row.role == "armed":  # التصعيد … عبر استخدام الصواريخ
        w = _weapon_of(lay, marks, hit, next_start)
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
        if _folded(row.form) in _EVACUATED and not _ground_left(lay, hit):
            return None  # أخلت قيادات الهيئة مكاتبها: offices emptied, no ground changes hands
        sent = lay.sentences[hit.sentence]
        if set(TOKEN.findall(lay.ftext(sent.start, sent.end))) & _ATTACK_WORDS:
            return "Battles", "Non-state actor overtakes territory"
        return row.event_type, row.sub
    return None


_HOW_MANY: Final = re.compile(fold(r"(?:\s|\d|(?:عدد|عددا|عددٍ|من|أكثر|نحو|قرابة|حوالي|عشرات|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية"
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


_ENTER_REACH: Final = 18  # words from the verb of entering to the place entered, in its clause (دخلت قوات النظام
# والميليشيات مساء أمس الثلاثاء 28 كانون الثاني/يناير مدينة معرة النعمان)
_STATE_REACH: Final = 6  # words after the verb that may say it entered a state, not a place (دخلت الهدنة حيز التنفيذ)
_NO_FIGHT: Final = re.compile(fold(r"(?:دون|بدون)\s+(?:أي\s+)?(?:قتال|اشتباك|مواجه|معارك|معركة|مقاومة)"
                                   r"|(?:بموجب|وفق|وفقا\s+ل|ضمن|بناء\s+على)\s*(?:ال)?(?:اتفاق|تسوية)"))
_NO_GROUND: Final = frozenset(fold(w) for w in ("حيز", "حالة", "مرحلة", "الحرب", "عامها", "عامه"))  # دخلت الهدنة حيز التنفيذ
_SUBJECT_BEFORE, _SUBJECT_AFTER = 8, 3  # where the subject of entering stands (قوات النظام … قد دخلت، دخلت أرتال لقوات)
_CONVOYS: Final = frozenset({"US-led coalition", "Russian forces", "Turkish forces"})  # their convoys and patrols take no town


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
    if not lay.event_places_in(hit.end, end) \
            or any(lay.toks[k].text in _NO_GROUND for k in range(hit.tok + 1, min(stop, hit.tok + 1 + _STATE_REACH))):
        return None
    if _entering_force(lay, hit) is None:
        return None
    sent = lay.sentences[hit.sentence]
    if _NO_FIGHT.search(lay.ftext(hit.end, sent.end)):
        return "Strategic developments", "Non-violent transfer of territory"
    return hit.row.event_type, hit.row.sub


_REACHED: Final = frozenset(fold(w) for w in ("توصل", "توصلت", "توصلوا", "توصلا", "توصلتا"))
_REACH_GAP: Final = 8  # words between the verb of reaching and the agreement (توصل وفد فصائل المعارضة في الجنوب السوري إلى اتفاق)


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


_PROJECTILE: Final = re.compile(fold("مسير|صاروخ|صواريخ|قذيف"))


def _projectile_targeted(lay: Layout, hit: Hit, weapons) -> bool:
    """``طائرات مسيّرة جرى رصدها … وجرى استهدافها``: a drone or missile named before a passive
    cue with a pronoun is what was shot at — its downing, not a strike."""
    word = lay.toks[hit.tok].text
    if hit.tok == 0 or lay.toks[hit.tok - 1].text not in PASSIVE or not word.endswith(("ها", "هم")):
        return False
    sent = lay.sentences[hit.sentence]
    before = [r for s, e, r in weapons if sent.start <= s < hit.start]
    return bool(before) and bool(_PROJECTILE.search(_folded(before[0].form)))


_EVACUATED: Final = frozenset(fold(w) for w in ("أخلت",))
_WHERE: Final = frozenset(fold(w) for w in ("في", "وسط", "ضمن", "داخل", "قرب", "بمدينة", "ببلدة"))  # where, not what


def _ground_left(lay: Layout, hit: Hit) -> bool:
    """``أخلت الولايات المتحدة، الشهر الجاري، قاعدة هيموس``: a verb of evacuating leaves ground
    only when a base, post or town is its object (a few words on, past its subject and time), not
    what it emptied somewhere (``أخلت قيادات الفصيل مكاتبها وسط البلدة``)."""
    sent_end = lay.sentences[hit.sentence].end
    for k in range(hit.tok + 1, min(len(lay.toks), hit.tok + 1 + _VERB_SUBJECT_WINDOW)):
        w = lay.toks[k].text
        if lay.toks[k].start >= sent_end or w in _WHERE:
            break
        if any(w.startswith(p) and w[len(p):] in _GROUND for p in ("", "ال", "و", "وال")):
            return True
    return False


def _ground_follows(lay: Layout, hit: Hit) -> bool:
    """A place or a piece of ground is named right after a territory cue."""
    clause = lay.clauses[hit.clause]
    if lay.event_places_in(hit.end, clause.end):
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
        if lay.event_places_in(lay.toks[min(start, last)].start, min(end, sent.end)):
            return True  # على بلدتي كفرنبل وسراقب
    for k in range(start, min(len(lay.toks), start + _GROUND_WINDOW + 1)):
        w = lay.toks[k].text
        for p in ("", "ال", "و", "ب", "وال", "بال"):
            rest = w[len(p):] if w.startswith(p) else ""
            if rest in _GROUND or any(len(g) > 2 and rest.startswith(g) for g in _GROUND):
                return True  # بلدة، تلالها، والمواقع
    return False


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


_CROWD: Final = re.compile(fold(r"^[وف]?(?:ال)?(?:أهالي|سكان|سكانا|مواطنون|مواطنين|مواطنو)$"))
_CROWD_STEMS: Final = tuple(fold(w) for w in ("أهالي", "سكان", "مواطن"))  # one of them is in every _CROWD match


@lru_cache(maxsize=16384)
def _crowd_word(word: str) -> bool:
    """``أهالي``، ``والسكان``، ``مواطنين`` (``_CROWD``), its stems asked first (C scans); kept by
    word (every clash cue asks again of the words around it)."""
    return any(s in word for s in _CROWD_STEMS) and _CROWD.match(word) is not None


_CROWD_PARTY: Final = frozenset(fold(w) for w in ("بين", "مع", "ضد", "على", "من", "و"))
_CROWD_BEFORE, _CROWD_AFTER = 6, 2  # words around a clash cue where its crowd subject stands (سكاناً من بلدة X هاجموا)


def _crowd_attacks(lay: Layout, hit: Hit) -> bool:
    """``وهاجم أهالي القرية وزراء``، ``سكاناً من البلدة هاجموا أعضاء الحزب``: residents, not a
    force, are the subject of the clash cue (no armed force named before it in its clause) — a
    crowd's violence (ACLED Riots), no armed clash."""
    clause = lay.clauses[hit.clause]
    lo = max(hit.tok - _CROWD_BEFORE, bisect.bisect_left(lay.tok_starts, clause.start))
    hi = min(hit.tok + 1 + _CROWD_AFTER, len(lay.toks))
    if not any(_crowd_word(lay.toks[k].text) and lay.toks[k - 1].text not in _CROWD_PARTY
               for k in range(lo, hi) if k != hit.tok and lay.toks[k].start < clause.end):
        return False  # (اشتباكات بين أهالي البلدة وقوات النظام: the locals are one side of a clash)
    return not any(a.kind in ARMED for a in lay.actors_in(lay.toks[lo].start, hit.start))



_WITH_RUSSIA: Final = re.compile(fold(
    r"(?:بالتعاون|بالاشتراك|بمشاركة)\s+مع\s+(?:ال)?(?:قوات|طيران|سلاح)\S*(?:\s+(?:ال)?جو\S*(?:\s*فضائي\S*)?)?\s+(?:ال)?روسي"
    r"|(?:ال)?سوري\S{0,2}\s+(?:ال)?روسي|(?:ال)?روسي\S{0,2}\s+(?:ال)?سوري"))  # (in its sentence: with Russia's forces)
_RUSSIA_STEM: Final = fold("روسي")  # in every _WITH_RUSSIA match: asked first (a C scan)


def _flown_with_russia(lay: Layout, marks: _Marks, cue: _Cue) -> None:
    """``استهدفت القوات السورية مقار المسلحين في ريف إدلب بالتعاون مع القوات الروسية``، ``استهداف
    سوري روسي``: the army's strike told with no means, Russia's forces its partner in the sentence, is
    flown (ACLED: an air strike), not the shelling a bare strike word defaults to — unless it is the
    attack a reply answers (``… ردّاً على استهدافهم المدنيين``), which the partners did not make. (Not
    Russia's own unnamed strikes: the Reconciliation Centre relays others' shelling.)"""
    if cue.flown or cue.etype != _EXPLOSIONS or cue.sub != "Shelling/artillery/missile attack" \
            or cue.hit.row.role not in _BARE_STRIKES or cue.actor1 not in _RUSSIA_SIDE:
        return
    sent = lay.sentences[cue.hit.sentence]
    told = lay.ftext(sent.start, sent.end)
    if _RUSSIA_STEM in told and _WITH_RUSSIA.search(told) is not None \
            and _weapon_of(lay, marks, cue.hit, cue.next_start) is None and reply_before(lay, cue.hit) is None:
        cue.sub, cue.flown = "Air/drone strike", True


_BARE_STRIKES: Final = frozenset({"generic", "disrupt"})  # استهداف، تدمير مقرات: no means in the word
_RUSSIA_SIDE: Final = frozenset({None, "Syrian government forces"})  # (whom Russia joins)
