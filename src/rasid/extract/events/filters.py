"""Which event cues tell no event of their own: a word inside a name or an idiom, a threat, plan,
call, denial or condition, a purpose or an aim, a question, a campaign's or a pattern's acts, what
someone was doing or was among.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from ...text.normalize import fold
from ..event_args import date_for
from ..event_sources import _reports
from ..event_text import Hit, Layout, inside_actor
from .drafts import _Marks, _Story
from .words import _AND, _HAPPENED, _ON, _REPELLING, _between, _folded


_SUFFERED_F: Final = tuple(fold(w) for w in ("تعرض", "تعرضت", "يتعرض", "تتعرض", "لتعرض", "بتعرض", "وتعرضت", "وتعرض",
                                       "تصدت", "تصدى", "التصدي"))  # "was attacked", "repelled": not a purpose
_NOUN_CUES: Final = frozenset(fold(w) for w in ("هجوم", "هجمات", "هجوما", "ضربات", "ضربة", "قصف", "اعتداء",
                                          "عدوان", "استهداف", "تفجير", "اغتيال", "اعتقال", "استرجاع",
                                          "استعادة", "سيطرة", "اعتصام", "تظاهرة", "انسحاب"))
_SUFFERED_WINDOW: Final = 24  # تعرّض القاعدة … في حقل العمر، الواقعة شمالي شرقي محافظة دير الزور، … لهجمات: its place between
_FOR_SAKE: Final = frozenset(fold(w) for w in ("أجل", "لأجل", "بهدف", "لغرض", "سبيل",  # an aim, not a deed
                                               "هدف", "فهدف", "وهدف", "الهدف", "هدفه", "هدفها"))
_BLOCK_WINDOW: Final = 12  # tokens before a cue searched for "not an event" words
_HABITUAL_WINDOW: Final = 3  # tokens after a cue searched for "ongoing" adjectives


_PATTERN_AFTER: Final = 8  # words after a cue that an adverb of repetition or a span of weeks may stand
_PATTERN_BEFORE: Final = 2


def _patterned(lay: Layout, hit: Hit, patterns: list[int]) -> bool:
    """``تتعرض للقصف بشكل متكرر``، ``قاد عدة تظاهرات … خلال الأسابيع الأخيرة``: the cue tells a
    pattern of events (an adverb of repetition or a span of weeks right with it), no one event."""
    k = bisect.bisect_left(patterns, hit.tok - _PATTERN_BEFORE)
    sent = lay.sentences[hit.sentence]
    return k < len(patterns) and patterns[k] <= hit.tok + _PATTERN_AFTER \
        and sent.start <= lay.toks[patterns[k]].start < sent.end


_OPERATIONS: Final = frozenset(fold(w) for w in ("عمليات", "بعمليات", "وعمليات", "لعمليات"))


def _operations(lay: Layout, hit: Hit) -> bool:
    """``في عمليات اغتيال``، ``عمليات خطف``: "operations of" a kind, plural — a pattern unless
    its own day is told."""
    return hit.tok > 0 and lay.toks[hit.tok - 1].text in _OPERATIONS


_STRUCK: Final = frozenset(fold(w) for w in ("ضرب", "ضربت", "يضرب", "تضرب", "وضرب", "وضربت"))
_QUAKE: Final = re.compile(fold(r"(?:^|\s)[وب]?(?:ال)?(?:زلزال|زلازل|زلزالا|زلزالين|هزة|هزات)(?:\s|$)"))
_QUAKE_STEMS: Final = (fold("زلز"), fold("هز"))  # one of them is in every _QUAKE match: asked first (a C scan)
_QUAKE_REACH: Final = 90  # characters before the verb: وكان زلزال قوته 7.8 درجات وفق مقياس ريختر ضرب …


def _quake_struck(lay: Layout, hit: Hit) -> bool:
    """A bare "struck" whose subject is an earthquake just before it, in its sentence (``الزلزال
    الذي ضرب شمالي سوريا``): a disaster, not an attack (the casualty side skips its toll too)."""
    if lay.texts[hit.tok] not in _STRUCK:
        return False
    sent = lay.sentences[hit.sentence]
    before = lay.ftext(max(sent.start, hit.start - _QUAKE_REACH), hit.start)
    return (_QUAKE_STEMS[0] in before or _QUAKE_STEMS[1] in before) and _QUAKE.search(before) is not None


_LADEN: Final = frozenset(fold(w) for w in ("محملة", "المحملة", "محمل", "المحمل", "محملا", "محملين", "مزودة", "المزودة",
                                            "مزود", "المزود", "محشوة", "مفخخة"))  # مسيرات محمّلة بالقذائف: a load, no attack


_TALLIED: Final = frozenset(fold(w) for w in ("هجوم", "هجوما", "هجمات", "استهداف", "استهدافا", "استهدافات", "اعتداء",
                                        "اعتداءات", "عملية", "عمليات"))
_TALLY_MIN: Final = 10  # "178 هجوماً على القواعد منذ …": a count this large of attacks is a tally over weeks


def _tally(lay: Layout, hit: Hit) -> bool:
    """``تعرّضت القوات الأميركية لأكثر من 150 هجوماً``: a large count of attacks (not of strikes or
    rockets, which one raid may fire) sums up a campaign; it tells no one event."""
    if hit.tok == 0 or lay.toks[hit.tok].text not in _TALLIED:
        return False
    prev = lay.toks[hit.tok - 1].text
    return prev.isdigit() and int(prev) >= _TALLY_MIN


_NEGATORS: Final = frozenset(fold(w) for w in ("لا", "ولا", "لم", "ولم", "لن", "دون", "بدون", "ودون", "وبدون"))
_ANY: Final = fold("أي")
_BACKDROP: Final = frozenset(fold(w) for w in ("خلفية", "بخلفية"))
_BACKDROP_REACH: Final = 6  # words from "على خلفية" to the cue it frames


def _cue_between_toks(lay: Layout, k0: int, k1: int) -> bool:
    """Another event cue opens a word in ``[k0, k1)``."""
    return any(lay.toks[j].start in lay.cue_start_set for j in range(max(0, k0), k1))


_DENOUNCING: Final = frozenset(fold(w) for w in ("تنديدا", "احتجاجا", "استنكارا", "رفضا", "وتنديدا", "واحتجاجا", "ورفضا"))
_ON_ABOUT: Final = frozenset(fold(w) for w in ("على", "ب"))
_BE: Final = frozenset(fold(w) for w in ("تكن", "يكن", "تكون", "يكون"))  # after لم، لن: "was not" (a) …
_NOT_BE: Final = frozenset(fold(w) for w in ("ليس", "ليست", "وليس", "وليست"))
_ENDED: Final = frozenset(fold(w) for w in ("انتهاء", "وانتهاء", "بانتهاء", "خلفية", "بخلفية"))
_BREACH: Final = frozenset(fold(w) for w in ("خرق", "خرقوا", "خرقت", "يخرق", "تخرق", "خروقات", "انتهاك", "انتهاكات",
                                             "انتهكت", "انتهكوا", "ينتهك", "تنتهك"))
_SPANS: Final = frozenset(fold(w) for w in ("أيام", "أسابيع", "أشهر", "شهور", "سنوات", "أعوام"))
_OF: Final = fold("من")


def _word_before(lay: Layout, hit: Hit) -> str:
    """The word right before the cue: the previous one, or the one a lost space glued to the cue
    (``خلفيةاعتقال``)."""
    k = hit.tok
    word, head = lay.toks[k].text, _folded(hit.row.form).split()[0]
    if word.endswith(head) and len(word) - len(head) > 3:
        return word[:len(word) - len(head)]
    return lay.toks[k - 1].text if k > 0 else ""


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
    return prev == _OF and k > 1 and lay.toks[k - 2].text in _SPANS and not (
        lay.toks[k - 2].text == _DAYS and _one_attack(lay.toks[k].text))


_DAYS: Final = fold("أيام")
_THE: Final = fold("ال")
_MANY: Final = ("ات", "معارك", "مواجهات")  # (folded plurals end so too)


def _one_attack(word: str) -> bool:
    """``بعد أيام من استهداف طائرة مسيّرة القاعدة``: days after one attack told here (singular,
    indefinite), not days of attacks (``بعد أيام من المعارك``، ``من الغارات``) nor the known attack
    that only dates the news (``بعد ثلاثة أيام من الهجوم الإيراني``)."""
    return not word.endswith(_MANY) and not word.startswith(_THE)


def _not_being(lay: Layout, k: int, prev: str) -> bool:
    """The word ``prev`` before token ``k`` says "is not" (``ليست``، ``لم تكن``)."""
    return prev in _NOT_BE or prev in _BE and k > 1 and lay.toks[k - 2].text in _NEGATORS


def _was_doing(lay: Layout, hit: Hit) -> bool:
    """``كانت تستهدف``، ``كان يستهدف``: was + the present tense tells an aim or a habit (the drones
    that were heading for civilians), not an attack done (``كانت قد استهدفت`` is one)."""
    word = lay.toks[hit.tok].text
    return hit.tok > 0 and lay.toks[hit.tok - 1].text in ("كان", "كانت", "كانوا", "وكان", "وكانت") \
        and word[:1] in ("ت", "ي") and not word.startswith(("تصد", "تعرض", "تمكن"))  # (past: تصدّت)


_WAS: Final = frozenset(fold(w) for w in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"))
_AMONG_REACH: Final = 4  # words from "كان من" to the cue (كان من الثابتين لصدّ هجوم)


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


# (مطالبين بعودة النازحين، كما نُظمت وقفة احتجاجية: a protest's demands, no call for a protest to come)


def _blocked(lay: Layout, hit: Hit, block_toks: set[int]) -> bool:
    """A threat, plan, call, denial or hypothetical governs the cue. (The text's few such words
    in the window are taken from the set, in order, not each word of the window tried.)"""
    lo = max(0, hit.tok - _BLOCK_WINDOW)
    near = sorted(k for k in block_toks if lo <= k < hit.tok)
    if not near:
        return False
    sent = lay.sentences[hit.sentence]
    clause = lay.clauses[hit.clause]
    amid = hit.tok > 0 and lay.toks[hit.tok - 1].text in _AMID
    if hit.tok > 0 and _new_subject(lay, lay.toks[hit.tok - 1].start, hit.tok):
        near = [k for k in near if k >= hit.tok - 1]  # …وتدحض ادعاءات العدو والمقاومة تستهدف مرابض: a new statement
        if not near:
            return False
    for k in near:
        if lay.toks[k].start >= sent.start and not (
                lay.toks[k].start < clause.start and (amid or _goes_on_after(lay, clause.start, hit.tok)
                                                      or _new_subject(lay, clause.start, hit.tok)
                                                      or _occurs_after(lay, clause.start, hit.tok))):
            if _CAUSED.match(lay.toks[k].text) and (
                    lay.toks[k].start < clause.start or _MEANS.search(lay.ftext(lay.toks[k].end, hit.start))):
                continue  # … تسبب بخروجه عن الخدمة، آخرها غارة استهدفت …; التسبب بمقتل 4 مدنيين من خلال قصفها
            if lay.toks[k].text in _DENIALS and _ROLE_IN.search(lay.ftext(lay.toks[k].end, hit.start)):
                continue  # نفى الفصيل أي علاقة له بالمجزرة التي حدثت في قرية …: its part denied, not the deed
            if _toll_denied(lay, k, hit):
                continue  # عدم وجود خسائر بشرية جراء الغارات، نفى استشهاد أي عنصر في الغارة: its toll denied, not the deed
            if _allegations_about(lay, k, hit):
                continue  # نفت الادعاءات بشأن استهداف مجدل شمس: who struck is denied, the strike is taken as told
            return True
    return False


_AMID: Final = frozenset(fold(w) for w in ("وسط", "ووسط"))  # بعد محاولة اقتحام المدينة، وسط قصف طال أحياءها: the
# shelling is told as done beside the attempt, not governed by it


_DENIALS: Final = frozenset(fold(w) for w in ("نفى", "نفت", "ونفى", "ونفت", "ينفي", "تنفي", "نافيا", "نافية", "نافياً"))
_ROLE_IN: Final = re.compile(fold(r"(?:^|\s)(?:أي|اي)\s+(?:علاقة|صلة|دور|مسؤولية|ضلوع|تورط)"))  # "any part in …"


_DENYING_TOLL: Final = _DENIALS | frozenset(fold(w) for w in ("عدم", "وعدم", "بعدم"))
_TOLL: Final = re.compile(fold(r"(?:^|\s)(?:(?:وجود|وقوع|سقوط)\s+)?(?:(?:أي|أيّ)\s+)?(?:خسائر|إصابات|ضحايا|قتلى|جرحى|شهداء|استشهاد|مقتل)"
                               r"(?:\s|$)"))  # "(the presence of) any losses, dead, martyrdom"
_TOLL_OF: Final = frozenset(fold(w) for w in ("في", "جراء", "جرّاء", "بسبب", "نتيجة", "إثر", "اثر", "خلال", "من"))
_TOLL_REACH: Final = 60  # characters from the denying word to the cue (عدم وجود خسائر بشرية جرّاء الغارات)


def _toll_denied(lay: Layout, k: int, hit: Hit) -> bool:
    """The word ``k`` denies the toll of the cue's deed (``عدم وجود خسائر بشرية جراء الغارات``،
    ``نفت المصادر استشهاد أي عنصر في الغارة``), not the deed: the strike stands."""
    end = lay.toks[k].end
    return lay.toks[k].text in _DENYING_TOLL and hit.start - end <= _TOLL_REACH \
        and lay.toks[hit.tok - 1].text in _TOLL_OF and _TOLL.search(lay.ftext(end, hit.start)) is not None


_TOLL_BEFORE: Final = 8  # words before a cue where the toll a report told of it stands (عن استشهاد ضابط قيادي في المقاومة خلال القصف)


def _toll_before(lay: Layout, hit: Hit) -> bool:
    """The report that a later word calls false told a toll of the cue's deed (``ما نشره المرصد عن
    استشهاد ضابط خلال القصف على دير الزور عارٍ من الصحة``): the toll is denied, not the deed."""
    if hit.tok == 0 or lay.toks[hit.tok - 1].text not in _TOLL_OF:
        return False
    start = max(lay.clauses[hit.clause].start, lay.toks[max(0, hit.tok - _TOLL_BEFORE)].start)
    return _TOLL.search(lay.ftext(start, hit.start)) is not None


_ALLEGATIONS: Final = re.compile(fold(r"(?:^|\s)[وب]?(?:ال)?(?:ادعاءات|مزاعم|اتهامات)(?:\s|$)"))
_ABOUT: Final = frozenset(fold(w) for w in ("بشأن", "حول", "عن", "بخصوص"))


def _allegations_about(lay: Layout, k: int, hit: Hit) -> bool:
    """The allegations "about" the cue (``نفت الادعاءات التي أوردتها وسائل إعلام بشأن استهداف مجدل
    شمس``) take the deed as told and contest its author; allegations "that" it was done
    (``ادعاءات المعارضة أنه يستهدف مواقع``) contest the deed itself."""
    return lay.toks[hit.tok - 1].text in _ABOUT \
        and _ALLEGATIONS.search(lay.ftext(lay.toks[k].start, hit.start)) is not None


_CAUSED: Final = re.compile(fold(r"^(?:و|ف|ب|ال|بال|وال|ما)?(?:سبب|تسبب|أحدث)"))  # "caused": only its own clause's result
_MEANS: Final = re.compile(fold(r"(?:^|\s)(?:من\s+خلال|عبر|جراء|جرّاء|نتيجة|إثر|اثر|بسبب)(?:\s|$)"))  # … by way of the cue


def _new_subject(lay: Layout, start: int, upto: int) -> bool:
    """``… ادعاءات العدو، والمقاومة تستهدف مرابض …``: a clause opening on its own subject with the cue
    as its verb (a bulletin's next item) is a statement of its own, out of the earlier clause's denial or threat."""
    k = bisect.bisect_left(lay.tok_starts, start)
    if k + 1 != upto:
        return False
    word, verb = lay.toks[k].text, lay.toks[upto].text
    return word.startswith(fold("وال")) and len(word) > 4 and verb[:1] in _FINITE


_OCCURRED: Final = _HAPPENED | frozenset(fold(w) for w in ("اندلعت", "اندلع", "دارت", "دار"))


def _occurs_after(lay: Layout, start: int, upto: int) -> bool:
    """``وأثناء محاولة اقتحام المقر لاعتقالهم، وقعت اشتباكات``: a clause opening on a past verb of
    happening right before the cue tells that it happened; the attempt, threat or plan of the
    clause before governs only its own deed."""
    k = bisect.bisect_left(lay.tok_starts, start)
    word = lay.toks[k].text if k + 1 == upto else ""
    return word in _OCCURRED or word[:1] in _AND and word[1:] in _OCCURRED  # (ووقعت، فاندلعت)


_FINITE: Final = frozenset(fold("تي"))  # تستهدف، يستهدف: an imperfect verb of a bulletin's present-tense item


_THEN: Final = frozenset(fold(w) for w in ("ونفذت", "ونفذ", "ونفذوا", "وشنت", "وشن", "وشنوا", "ثم", "وبعدها", "وبعد"))


def _goes_on_after(lay: Layout, start: int, upto: int) -> bool:
    """``…، ونفذت بعدها حملة اعتقالات``: a clause that goes on with a deed done opens past the
    threat or plan before it."""
    k = bisect.bisect_left(lay.tok_starts, start)
    return k < upto and lay.toks[k].text in _THEN


def _not_here(lay: Layout, hit: Hit) -> bool:
    """The cue is no event word here: its paragraph is ignored, it stands inside a force's name
    (not heading one that tells an attack, ``العدوان الإسرائيلي على X``), or its form is part of a
    name or an idiom (``هيئة تحرير الشام``، ``دوي انفجار``)."""
    return hit.paragraph in lay.ignored or (inside_actor(lay, hit.start, hit.end) and not _heads_actor(lay, hit)) \
        or _skip_form(lay, hit)


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
    if _opposes_a_plan(lay, marks, hit):
        return True  # تصدّى أهالي الجولان لمشروع الاحتلال: opposition to a plan, no fight
    if _blocked(lay, hit, marks.ongoing) and not _day_told(lay, hit) and not lay.bulletin \
            and hit.row.event_type not in _HELD_WHILE_GOING_ON:
        return True  # يواصل الاحتلال اعتداءاته: a campaign, unless today's part of it is told
    sent = lay.sentences[hit.sentence]
    return _between(marks.block_after, hit.end, sent.end) and not _toll_before(lay, hit) \
        or _asks(lay, sent) or _between(marks.conditions, sent.start, hit.start)  # إذا ما حاولت … أن تقوم بهجوم


_PLAN_REACH: Final = 6  # words from a verb of repelling to the plan it takes as its object (تصدّى أهالي الجولان لمشروع)
_TO: Final = fold("ل")


def _opposes_a_plan(lay: Layout, marks: _Marks, hit: Hit) -> bool:
    """``تصدّى أهالي الجولان لمشروع الاحتلال``: a verb of repelling whose object (its لـ noun, a few
    words on in its clause) is a plan, project or policy tells opposition, not a fight."""
    if not marks.plans or not _REPELLING.search(" " + lay.toks[hit.tok].text + " "):
        return False
    end = lay.clauses[hit.clause].end
    for k in range(hit.tok + 1, min(len(lay.toks), hit.tok + 1 + _PLAN_REACH)):
        if lay.toks[k].start >= end:
            return False
        if lay.toks[k].text.startswith(_TO):
            return k in marks.plans
    return False


# A protest told as going on (وتتواصل التظاهرات في إدلب، حيث التظاهرات المستمرة) is being held where the
# text puts it (ACLED codes a protest on each day it is reported), unlike a campaign of attacks.
_HELD_WHILE_GOING_ON: Final = frozenset({"Protests"})


def _in_campaign(lay: Layout, marks: _Marks, story: _Story, hit: Hit) -> bool:
    """A cue told as part of an ongoing campaign — repeated, habitual, or in a sentence that told
    one — is no one event; the sentence and clause are remembered as the campaign's."""
    sent = lay.sentences[hit.sentence]
    if hit.sentence in story.campaign and (hit.clause in story.campaign_clauses or not _clause_dated(lay, hit)) \
            or _patterned(lay, hit, marks.patterns) or hit.row.event_type not in _HELD_WHILE_GOING_ON and any(
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


def _heads_actor(lay: Layout, hit: Hit) -> bool:
    """``العدوان الإسرائيلي على X``: the name of an actor that opens with the cue, followed by
    ``على``, tells an attack (not in ``في ظل استمرار العدوان على …``, a campaign)."""
    k = bisect.bisect_right(lay.actor_starts, hit.start) - 1
    if k < 0 or lay.all_actors[k].start != hit.start:
        return False
    j = bisect.bisect_left(lay.tok_starts, lay.all_actors[k].end)
    return j < len(lay.toks) and lay.toks[j].text == _ON and not (
        hit.tok > 0 and lay.toks[hit.tok - 1].text in _GOING_ON)


_GOING_ON: Final = frozenset(fold(w) for w in ("استمرار", "ظل", "تواصل", "مواصلة"))


_LIBERATION: Final = fold("تحرير")
_NAME_HEADS: Final = tuple(fold(w) for w in ("هيئة", "جبهة", "حركة", "جيش"))


def _liberation_name(lay: Layout, start: int, form: str) -> bool:
    """``هيئة تحرير الشام``، ``جبهة تحرير سوريا``: the word of liberation is part of a name, no cue
    (``الوطنية للتحرير`` never matches: ال follows ل)."""
    return _folded(form) == _LIBERATION and lay.ftext(max(0, start - 8), start).rstrip(" \"'“”«»").endswith(_NAME_HEADS)


def _skip_form(lay: Layout, hit: Hit) -> bool:
    """Cue words that are part of a name here (هيئة تحرير الشام، مركز المصالحة، محاور الاشتباك) or
    name no event of their own (دوي انفجار). (The words before are read only for the forms that ask.)"""
    form = _folded(hit.row.form)
    if _liberation_name(lay, hit.start, hit.row.form):
        return True
    if form == "مصالحه" or form.startswith(("اشتباك", "انفجار")):
        prev = lay.ftext(max(0, hit.start - 8), hit.start)
        if form == "مصالحه" and re.search(r"(?:مركز|المركز)\s*(?:ال)?$", prev):
            return True
        if form.startswith("اشتباك") and prev.rstrip().endswith(("محاور", "محور", "خطوط")):
            return True
        if form.startswith("انفجار") and prev.rstrip().endswith(("دوي", "صوت", "اصوات")):
            return True  # سماع دوي انفجار: the sound of some strike, not a bomb
    return form == _PROTESTED and _pretends(lay, hit)


_PROTESTED: Final = fold("تظاهر")
_MANNER: Final = frozenset(fold(w) for w in ("بالقرب", "بهدف", "بشكل", "بصورة", "بمشاركة", "بحضور", "بدعوة", "بالتزامن",
                                             "بعد", "بين", "بسبب", "بمناسبة", "بالآلاف", "بالمئات", "بالعشرات"))


def _pretends(lay: Layout, hit: Hit) -> bool:
    """``التظاهر بحماية الأقليات``، ``يتظاهر بعدم اتخاذ موقف``: to demonstrate *with* a deed named
    right after is to pretend to it, no protest (not ``تظاهر العشرات بالقرب من المبنى``)."""
    k = hit.tok + 1
    if k >= len(lay.toks) or lay.toks[k].start - hit.end > 3:
        return False
    word = lay.texts[k]
    return word.startswith(fold("ب")) and len(word) > 3 and word not in _MANNER


_FOIL_VERBS: Final = frozenset(fold(w) for w in ("أفشل", "أفشلت", "أفشلوا"))
_ATTEMPTS: Final = frozenset(fold(w) for w in ("محاولة", "المحاولة", "محاولات", "المحاولات", "محاولته", "محاولتها",
                                               "هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات", "تسلل", "التسلل", "الاقتحام"))
_ATTEMPT_REACH: Final = 3  # words from the foiling verb to the attempt it names (أفشلت الفصائل المحاولة)


def _foils_attempt(lay: Layout, hit: Hit) -> bool:
    """``أفشلت الفصائل المحاولة``: foiling an attempt or attack is a clash (foiling a plan or a
    summit is politics, no event), whatever attempt (حاولت التسلل) the sentence told before."""
    if _folded(hit.row.form) not in _FOIL_VERBS:
        return False
    stop = min(len(lay.toks), hit.tok + 1 + _ATTEMPT_REACH)
    return any(lay.toks[k].text.lstrip("و") in _ATTEMPTS for k in range(hit.tok + 1, stop))


_PREVIOUSLY: Final = frozenset(fold(w) for w in ("سبق", "وسبق"))
_THAT_IT: Final = frozenset(fold(w) for w in ("أن", "وأن", "لها", "له", "لهم", "لقوات"))
_PREVIOUSLY_REACH: Final = 5  # words from "it happened before that" to the cue (وسبق أن تمّ استهداف)


def _done_before(lay: Layout, hit: Hit) -> bool:
    """``سبق أن حاصرت قسد المربعات الأمنية``، ``وسبق أن تمّ استهداف شاحنات``: a cue its clause
    tells as done "before" (some earlier time, once or more) is history, not the story's event."""
    start = lay.clauses[hit.clause].start
    return any(lay.toks[k].text in _PREVIOUSLY and lay.toks[k + 1].text in _THAT_IT
               for k in range(max(0, hit.tok - _PREVIOUSLY_REACH), hit.tok - 1) if lay.toks[k].start >= start)


def _reported_before(lay: Layout, hit: Hit) -> bool:
    """``وسبق أن أفادت مصادر الميادين بأنّ المقاومة نفّذت قصفاً استهدف القاعدة``: a sentence that
    opens by saying an earlier report told the event retells what the story told already, or
    history (the caller keeps one the text dates)."""
    first = bisect.bisect_left(lay.tok_starts, lay.sentences[hit.sentence].start)
    return first + 2 < hit.tok and lay.toks[first].text in _PREVIOUSLY \
        and lay.toks[first + 1].text in _THAT_IT and _reports(lay.toks[first + 2].text)


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
    if not bare.startswith(_NOUN_CUE_HEADS):
        return False
    sent = lay.sentences[hit.sentence]
    for k in range(max(0, hit.tok - _SUFFERED_WINDOW), hit.tok):
        if lay.toks[k].start >= sent.start and _suffered(lay.toks[k].text):
            return False
    return True


_NOUN_CUE_HEADS: Final = tuple(_NOUN_CUES)


@lru_cache(maxsize=16384)
def _suffered(word: str) -> bool:
    """The word holds "was attacked" or "repelled" (asked of the same words for cue after cue)."""
    return any(x in word for x in _SUFFERED_F)
