"""``find_claims``: the cues of an article in order, each given its speaker (after the cue, before
it, or implicit), content, stance and targets, then the claims the layout tells (interviews, colon
lines), merged and built into records.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Final

from ...model import Claim
from ...text.document import Document
from ...text.normalize import fold
from ..speakers import SpeakerRef, classes, speaker_ok, strip_conj
from .article import _Article, _IMPLICIT_NEXT, _Raw
from .bodies import _SAME, _named_group, _nominal_official, _prep_speaker, _stance_holder
from .co_speakers import _co_speaker, _dual_co_speaker
from .content import _content, _needs_met, _prep_content, _recognition, _words_follow
from .cues import Cue, cue_lookup, match_cue
from .denials import _cut_at, _denied_perfect
from .gender import agrees, cue_gender
from .implicit_subject import (
    _but_he,
    _continued,
    _coordinated,
    _implicit,
    _implicit_subject,
    _predicate_subject,
)
from .layouts import (
    _SpanSet,
    _colon_claims,
    _interview_claims,
    _quote_opens_report,
    _quoted_spans,
    _replied_to,
)
from .records import _build
from .speaker_after import _IN_IT, _PREPOSITIONS, _issuer, _opens_clause, _right_speaker, _voiced_by
from .speaker_before import (
    _RELATIVE,
    _WAS,
    _WAS_SUBJECT,
    _left_speaker,
    _opening_body,
    _participle_speaker,
    _unsaid_subject,
    _when_subject,
)
from .tokens import _TOWARDS, _inside
from .what_ma import _described, _ma_is_what, _relative_ma, _resumptive_ma, _what_it


_NEGATION: Final = {"لم", "لا", "لن", "ما", "ولم", "ولا", "ولن", "وما", "عدم"}
_GOVERNING: Final = frozenset(_PREPOSITIONS | {"عند", "بعد", "قبل"})  # على وصف / بعد إعلان: a verbal noun after them
_OBJECT_FIRST: Final = {fold(w) for w in ("اتهم", "اتهمت", "اتهموا", "أبلغ", "أبلغت", "أبلغوا")}  # (أبلغ X: X is told)
_ADDRESSED: Final = {fold(w) for w in ("حذر", "حذرت", "يحذر", "تحذر", "اتهم", "اتهمت", "يتهم", "تتهم", "أبلغ", "أبلغت")}  # the noun after: warned, accused  # verbs whose next noun is their object: a subject before them is the speaker
_ATTENTION_CUES: Final = {"لفت", "لفتت", "لفتوا"}
_AS_IF: Final = frozenset(c + "كأن" + p for c in ("", "و") for p in ("", "ه", "ها", "هم"))  # وكأنه يقول: a simile, no report
# (unfolded: folded, كأن is كان, and كما كان يقول reports)
_AS_PUT: Final = {fold(w) for w in ("كما", "وكما", "هكذا")}  # كما عبّر X / هكذا عبّر X (cues.tsv): the words before
_CALLS: Final = ("دع", "طالب")  # دعا، دعت، طالب، طالبت … إلى: a call
_NOUN_HOMOGRAPH_CUES: Final = {fold("رأى")}  # folds like the noun رأي: a report only where a clause opens
_FOLLOWED: Final = {"تابع", "تابعت", "تابعوا"}  # تابع لـ (affiliated to), تابع بقلق (watched with concern)
_ATTENTION: Final = {"الانظار", "الانتباه", "النظر", "انظار", "انتباه"}

_RESPONSIBILITY: Final = frozenset({"act", "actnext"})  # the needs of تبنّى-type cues (a claimed attack follows)

_WHEN: Final = {fold(w) for w in ("حين", "حينما", "عندما", "إذ", "لما", "حيث", "بحيث")}  # a clause whose verb's subject is
# the main clause's (… حيث قال: حيث / بحيث open it as often as حين)

_OWN_STANCE_NOUNS: Final = frozenset(fold(w) for w in ("إعلان", "تأكيد", "نفي"))  # verbal nouns that take the speaker's stance


def _as_if(art: _Article, k: int) -> bool:
    """``وكأنه يقول``: the word before the cue is كأن (as if), read in the text itself, since a
    token's folded form cannot tell it from كان (كما كان يقول reports)."""
    t = art.toks[k]
    return art.doc.text[t.start:t.end].replace("\u0651", "") in _AS_IF


_DESCRIBE: Final = frozenset(fold(w) for w in ("وصف", "وصفت", "يصف", "تصف"))


def _described_object(art: _Article, cue: Cue, j: int, k: int, sp: SpeakerRef) -> bool:
    """``ويصف نتنياهو بمصاص الدماء`` / ``إذ وصف "إسرائيل بأنها …``: the noun right after وصف with
    بـ glued to the next word is the one described, not the one describing (``وصف الرئيس الهجوم
    بأنه …`` has its object between)."""
    toks = art.toks
    if not (len(cue.forms) == 1 and cue.forms[0] in _DESCRIBE and sp.start == toks[j].start and k < len(toks)):
        return False
    last = toks[k - 1]  # the noun itself ends the phrase (not وصف طلائي العدوان بأنه: the object between)
    named = strip_conj(last.form) in sp.name_forms and (k == j + 1 or not last.form.startswith("ال"))
    return (last.kind == "a" or named) \
        and toks[k].kind == "w" and toks[k].form.startswith("ب") and len(toks[k].form) > 2


def _was_subject(art: _Article, i: int) -> SpeakerRef | None:
    """``وكان الأسد قد أعرب خلال لقائه المبعوث …`` / ``وكانت روسيا قد حذّرت تركيا``: between كان
    and قد stands the verb's subject; what follows the verb is its object or a time phrase."""
    toks = art.toks
    if i < 3 or toks[i - 1].form != "قد" or strip_conj(toks[i - 2].form) in _WAS \
            or not any(strip_conj(toks[n].form) in _WAS for n in range(max(0, i - _WAS_SUBJECT - 1), i - 2)):
        return None
    return _left_speaker(art, i)


def _addressed_joined(art: _Article, i: int, k: int, sp: SpeakerRef) -> bool:
    """``حذّرت إيران الولايات المتحدة وإسرائيل من …``: after a verb whose next noun is its object
    (warned, accused, told), a body joined by و to a noun that follows the speaker is a second
    object, not a second speaker (``حذّرت موسكو وطهران من …`` still joins two speakers)."""
    before = art.toks[k - 1]
    return strip_conj(art.toks[i].form) in _ADDRESSED and before.kind == "a" and before.start > sp.start


def find_claims(doc: Document) -> list[Claim]:
    """Every attributed statement of the article, in text order, ids c1, c2, …"""
    cue_lookup()  # (also tells the tokenizer the cue words: أكدفي → أكد | في)
    art = _Article(doc)
    toks = art.toks
    raws: list[_Raw] = []
    contents = _SpanSet()  # the contents of raws, to ask which one a position is inside
    quoted = art.quoted = _quoted_spans(doc)
    free = 0  # the next token a cue may start at (a cue's words are not cues again)
    for i in art.cue_cands:
        if i < free:
            continue
        hit = match_cue(toks, i)
        nested = hit is not None and _inside(quoted, toks[i].start)
        if hit is None or nested and not (hit[0].kind == "verb" and _quote_opens_report(art, i, hit[1])):
            continue
        cue, j = hit
        end = art.sent_end(i)
        prev = toks[i - 1].form if i else ""
        if cue.kind in ("verb", "present") and strip_conj(prev) in _GOVERNING:
            free = j  # على وصف … / بعد إعلان: a verbal noun, not a report
            continue
        if cue.kind == "nominal" and strip_conj(prev) in _TOWARDS \
                and any(toks[n].form.lstrip("وف").startswith(_CALLS) for n in range(max(0, i - 5), i - 1)):
            free = j  # دعت إلى إعلان "الجيش" … مجرماً: a call to declare, not an announcement
            continue
        if prev == "قد" and _denied_perfect(toks, i):
            free = j  # نفت أن تكون القوات قد أبلغت الجانب الروسي: the act denied, not a report
            continue
        if cue.stance == "admit" and _recognition(toks, j, end):
            free = j  # اعترفت بضم الجولان / بدولة فلسطين: recognition of a state or a claim, not an admission
            continue
        if cue.forms[0] in _NOUN_HOMOGRAPH_CUES and not (_opens_clause(art, i) or strip_conj(prev) in {"قد", "حين"}):
            free = j  # مقال رأي على صحيفة …: the noun رأي (opinion), not the verb رأى
            continue
        if cue.forms[0] in _ATTENTION_CUES and any(t.form in _ATTENTION for t in toks[j:min(end, j + 8)]):
            free = j  # لفت الأنظار: drew attention, not a statement
            continue
        if i and _as_if(art, i - 1):
            free = j  # … وكأنه يقول اليوم "…": what someone seems to say, not what was said
            continue
        if prev in _NEGATION and not _ma_is_what(toks, i, j, cue) or (cue.forms[0] in _FOLLOWED and j < len(toks) and (
                toks[j].form.startswith("ل") or toks[j].form.startswith("ب") and toks[j].form not in _IMPLICIT_NEXT)):
            free = j
            continue
        sp, k = None, j
        if nested:
            sp = _left_speaker(art, i)  # أنّ "إيران أكدت أنّ …": the quote's subject, before its verb
        elif cue.kind in ("verb", "present", "relay"):
            relative = i > 0 and strip_conj(toks[i - 1].form) in _RELATIVE  # التي يدّعي الاحتلال أنّ: subject after
            left = _left_speaker(art, i) if (cue.kind == "present" or cue.forms[0] in _OBJECT_FIRST) \
                and (not relative or cue.forms[0] in _OBJECT_FIRST) else None
            # … المؤقتة اتهمت الوحدات: an accused object follows the verb; NAME الذي اتهم X: the antecedent
            # accuses (its object pronoun, التي اتهمها النظام, is another cue form)
            if left is None and cue.forms[0] in _OBJECT_FIRST and not _opens_clause(art, i):
                free = j  # بايدن قد اتهم دمشق: the noun after the verb is the accused, not the speaker
                continue
            issuer = _issuer(art, i) if j < end and toks[j].form in _IN_IT else None
            if issuer is not None:
                sp, k = issuer, j + 1  # أصدر X بياناً قال فيه: the statement's issuer
            elif cue.kind == "verb" and (was := _was_subject(art, i)) is not None:
                sp, k = was, j  # وكان X قد أعرب خلال لقائه …: the subject before قد
            elif left is None and strip_conj(toks[i].form) in _ADDRESSED and (co := _continued(art, i, raws)) is not None:
                sp, k = co, j  # X يؤكد … ويحذّر "إسرائيل" من …: the one warned follows the verb
            elif left is not None and (left.kind != "person" or strip_conj(toks[i].form) in _ADDRESSED):
                sp, k = left, j  # headlines: وسائل إعلام محلية تفيد بـ … / غانتس يتهم نتنياهو بـ … (the accused follows)
            else:
                sp, k = _right_speaker(art, j, cue, end)
                if sp is not None and strip_conj(toks[i].form) in _ADDRESSED \
                        and not agrees(cue_gender(toks[i].form), sp, art.doc.text):
                    sp, k = _continued(art, i, raws) or _implicit_subject(art, i, raws), j  # وحذّرت الاحتلال
                    # من …: a noun the verb's gender cannot take for subject is the one warned or accused
                if sp is not None and _described_object(art, cue, j, k, sp):
                    sp, k = _continued(art, i, raws) if raws else None, j  # … ويصف نتنياهو بـ: the one described
                if left is not None and not speaker_ok(sp):
                    sp, k = left, j  # الأسير صدقي المقت يحذر … أهالي السويداء: the object is no speaker
            if sp is None and cue.forms[0] in _AS_PUT:
                free = j  # "…"، كما عبّر الرئيس: the speaker follows, or it is no report (ومشى كما عبر الجنود)
                continue
            if sp is None and cue.kind != "relay":
                sp = left or _left_speaker(art, i)
                k = j
            if sp is None and cue.kind == "verb" and strip_conj(prev) in _WHEN:
                sp = _when_subject(art, i, raws)  # صدق نتنياهو حين قال إنّ … / استغلّ إردوغان … عندما أعلن …
                if sp is not None and sp.name and cue_gender(toks[i].form) == "f" and not agrees("f", sp, art.doc.text):
                    sp = None  # عندما تحدثت المعلومات عن …: a feminine verb, not the man named before
            if sp is None and cue.kind == "present" and toks[i].form != strip_conj(toks[i].form):
                sp = _predicate_subject(art, i, raws)  # … والأردن يدين الانتهاكات ويحذّر من …
            if sp is None and cue.kind != "relay" and (_implicit(art, i, j, end) or _but_he(art, i, raws)):
                sp, k = _implicit_subject(art, i, raws), j  # (…، لكنّه أقرّ بـ …: the pronoun is the subject)
            if sp is None and cue.kind != "relay":
                sp = _coordinated(art, i, raws)  # موسكو تتحدث عن … وتشكك في مواقف واشنطن
            if sp is None and cue.kind != "relay" and toks[i].form != strip_conj(toks[i].form):
                sp = _unsaid_subject(art, i, cue_gender(toks[i].form))  # الأهالي يرفضون استقباله ويؤكدون …
            if sp is None and cue.kind == "present" and toks[i].form != strip_conj(toks[i].form):
                body = _opening_body(art, i)  # المقاومة تستهدف … وتوثّق إسقاط …: the headline's subject
                sp = body if body is not None and agrees(cue_gender(toks[i].form), body, art.doc.text) else None
        elif cue.kind == "participle":
            if not (prev in {"،", ","} or art.opens_content(j, end) and cue.forms[0] not in _IMPLICIT_NEXT):
                free = j  # موقعاً معلناً عنه: an adjective, not a report
                continue
            sp, gov = _participle_speaker(art, i, raws)
            if gov is not None and gov.cue.needs in _RESPONSIBILITY and cue.stance == "allege" and gov.speaker is sp:
                n = raws.index(gov)  # وتبنى التنظيم الهجوم …، زاعماً مقتل …: the claimed attack is part of the
                raws[n] = replace(gov, cue=replace(gov.cue, stance=cue.stance))  # allegation (one allege, no assert)
            if gov is not None and gov.cue.stance == "admit" and cue.stance == "assert":
                cue = gov.cue  # أقرّ …، مشيراً …: the framing carries over (not a denial: نفى …، مؤكداً أنّ
                # المعارك مستمرة asserts its own account; nor an allegation: ادّعت روسيا …، مؤكدةً … — the
                # writer's doubt is in its verb, and the guide's stance follows the reporting verb)
        elif cue.kind == "prepositional":
            sp, k = _prep_speaker(art, j, end)
            if sp is not None and sp.kind == "media" and sp.org != "outlet" \
                    and any(toks[r.cue_i].sent == toks[i].sent and (r.cue.kind != "prepositional" or r.speaker.kind == "media"
                                                                    and any(toks[n].form in _SAME for n in range(j, min(k + 1, end))))
                            for r in raws):
                sp = None  # قالت الحكومة …، بحسب وكالة الأنباء …: the agency relays the claim before
                # (…، وفق ما تذكر الصحيفة …، بحسب الصحيفة ذاتها: the same paper again)
        elif cue.kind == "nominal" and contents.holds(toks[i].start):
            sp = None  # بيان وزارة … inside someone's words is their subject, not a new claim
        elif cue.kind == "nominal":
            sp, k = _prep_speaker(art, j, min(end, j + 8), nominal=len(cue.forms) == 1)
            if sp is None and len(cue.forms) == 1:
                sp, k = _nominal_official(art, j, end)
            if sp is not None and sp.kind == "person":
                sp = None
            if sp is None and strip_conj(toks[i].form) in _OWN_STANCE_NOUNS:
                sp, k = _stance_holder(art, j, end)  # إعلان إردوغان رغبته في …: the person and his own stance
            if sp is not None and "came" in classes(strip_conj(prev)) and not _words_follow(art, k, end):
                sp = None  # جاءت تصريحات نتنياهو في وقتٍ …: statements reported before, placed in time
        voiced = _voiced_by(art, sp, k, end) if sp is not None and cue.kind in ("verb", "present", "nominal") else None
        if voiced is not None:
            sp, k = voiced  # إعلان واشنطن، على لسان وزير دفاعها NAME، أنّ: the holder speaks for the body
        if sp is not None and sp.org == "Civilians" and cue.kind != "nominal":
            sp = _named_group(art, sp)  # أكد أهالي الجولان …: whose residents speak (not المدنيون as a mass;
            # not بيان لأهالي …, a statement to them)
        if not speaker_ok(sp) or cue.forms[0] in _FOLLOWED and not _words_follow(art, k, end):
            free = j  # تابعت الحكومة بقلق …: تابع reports only with أنّ / a colon / a quote / بقوله
            continue
        if cue.needs and not _needs_met(art, cue.needs, j, k, end):
            art.unsaid.append(_Raw(i, j, cue, sp, None))  # رفض الأهالي المخطط، مؤكدين …: no words, a subject
            free = j
            continue
        if cue.forms[0] in _MOURNING and sp.org and sp.name:
            sp = SpeakerRef(None, None, None, sp.org, sp.org_ar, sp.kind, sp.start, sp.end)  # نعى الحرس، اللواء …: the dead
        if cue.kind == "prepositional" or cue.forms[0] in _AS_PUT:
            content = _prep_content(art, i, k)  # (…، كما عبّر X: the words before)
        elif cue.stance == "deny" and _what_it(toks, i) and raws and raws[-1].content \
                and toks[raws[-1].cue_i].sent == toks[i].sent:
            content = raws[-1].content  # زعمت الوكالة أنّ …، وهو ما نفته الفصائل: the claim denied
        elif _relative_ma(toks, i) or _what_it(toks, i) and (cue.stance == "deny" or _resumptive_ma(toks, i, j)):
            content = _prep_content(art, i - 2, k)  # …، وفق ما ذكرت الوكالة / …، وهو ما نفته …: the words before
        else:
            content = _content(art, k)
        if _described(toks, i, cue) and raws and raws[-1].content and toks[raws[-1].cue_i].sent == toks[i].sent \
                and raws[-1].content[1] > toks[i - 2].start:
            raws[-1] = replace(raws[-1], content=_cut_at(art, raws[-1].content, i - 2))  # its words end before وهو ما
        raws.append(_Raw(i, j, cue, sp, content))
        if content is not None:
            contents.add(content)
        if (sp.org or sp.name or sp.org_ar) and not (cue.kind == "nominal" and _replied_to(toks, i)):
            art.history.append(sp)  # (a body the tables lack too: صحيفة "…" … ولفتت الصحيفة; not the
            # words a statement answers: وجاء تصريح X رداً على تصريحات Y. وقال: … is X speaking on)
        second = _co_speaker(art, k, end, sp) if cue.kind in ("verb", "present") and k > j \
            and not _addressed_joined(art, i, k, sp) else None
        if second is None and cue.kind in ("verb", "present") and sp.start < toks[i].start:
            second = _dual_co_speaker(art, i, sp)
        if second is not None:
            raws.append(_Raw(i, j, cue, second, content))  # أعلنت الرياض ودمشق: both announce
        free = max(j, i + 1)
        if voiced is not None:
            free = k  # قالت الهيئة على لسان المتحدث NAME: the body's voice is this claim's speaker, no second cue
    raws.extend(_colon_claims(art, raws, quoted))
    raws = _interview_claims(art, raws)
    raws.sort(key=lambda r: r.cue_i)
    return _build(art, raws)


_MOURNING: Final = frozenset(fold(w) for w in ("نعى", "نعت", "ينعى", "تنعى", "زف", "زفت", "يزف", "تزف"))  # the name after is the dead
