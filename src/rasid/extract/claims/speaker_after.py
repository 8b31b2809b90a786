"""The speaker after the cue (VSO: ``قال المتحدث …``), with what may stand between (an outlet, an
issued statement, a title, a count) and who voices a body (``عبر وزير دفاعها``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Final

from ...text.normalize import fold
from ..speakers import (
    NP,
    SpeakerRef,
    Tok,
    classes,
    is_cue_word,
    noun_with_pronoun,
    parse_np,
    possessed,
    same_person,
    speaker_ok,
    strip_conj,
)
from .article import _Article, _NOT_SUBJECT, _NOT_SUBJECT_UNNAMED, _typed_body
from .bodies import (
    _STATEMENT,
    _foreign_name,
    _partitive,
    _past_issued_by,
    _past_same,
    _quoted_body,
    _report_source,
    _surnames,
)
from .content import _CIRCUMSTANCE_SPAN, _NEGATING_MARKERS, _past_addressee, _words_follow
from .countries import _country_ministry
from .cues import Cue, _cue_heads, match_cue
from .tokens import _CIRCUMSTANTIAL, _TALK_NOUNS, _TOWARDS, _told_to
from .what_ma import _PRONOUN_PREPS, _resumptive_ma


_AS_FOR: Final = {"اما", "واما"}  # أمّا X فـ(قد) verb (folded): a topic, the verb's subject
_PREPOSITIONS: Final = {"في", "من", "الى", "على", "عن", "ضد", "مع", "بين", "داخل", "نحو", "تجاه", "ل", "ب"}


def _right_speaker(art: _Article, j: int, cue: Cue, end: int) -> tuple[SpeakerRef | None, int]:
    """Speaker after a verb (VSO): fillers may come first (``أعلنت اليوم وزارة …``)."""
    toks = art.toks
    if cue.needs == "claimref" and j < end and "claimref" in classes(strip_conj(toks[j].form)):
        return None, j  # والأخير يرفض تصريحات بايدن: whose statements are rejected, not who rejects
    k = art.skip_fillers(j, min(end, j + 4))
    if k < end and toks[k].form in _PRONOUN_PREPS and _resumptive_ma(toks, j - 1, j):
        k = art.skip_fillers(k + 1, min(end, k + 5))  # وهو ما أعربت عنه مجلة … / أشار إليه صراحةً الوزير
    while k < end and (_to_outlet(toks, k) or k > j and toks[k - 1].form == "عبر" and toks[k].mention is not None
                       and toks[k].mention.canonical == "outlet"):  # يحذّر عبر الميادين …: the channel, not the speaker
        k = art.skip_fillers(k + 1 + (toks[k].form == "ل"), end)  # وأضاف للميادين، أنّ … (said to us)
    if k > j and k < end and toks[k - 1].form in _TALK_NOUNS and (n := _told_to(toks, k, end)) > k:
        k = art.skip_fillers(n, end)  # يقول في حديثٍ للقناة "12" إنّ …: the channel spoken to, not the speaker
    after_prep = any(toks[x].form in _PREPOSITIONS for x in range(j, k))
    k = _skip_so_called(toks, k, end)
    if (part := _partitive(art, k, end)) is not None:
        return part  # وقال عدد من المسؤولين الإسرائيليين / اعتبر العديد من النواب
    k = _past_counts(toks, k, end)  # حذّرت 9 منظمات إغاثة / قالت أربعة مصادر
    if k >= end:
        return None, j
    if cue.kind == "relay" and toks[k].form == "عن" and k + 1 < end:
        k += 1  # ونُقل عن مسؤول أميركي قوله …: no relayer named, the source speaks
        k = _past_counts(toks, k, end - 1)  # ونقلت عن 4 مسؤولين
    if k + 1 < end and toks[k].form in _DEMONSTRATIVES and ("anaphor" in classes(toks[k + 1].form)
                                                           or toks[k + 1].kind == "a"
                                                           and toks[k + 1].mention.kind == "unnamed"):
        k += 1  # وقالت هذه المصادر / هذه الأوساط: the ones named before
    if (n := _past_issued_by(toks, k, end)) > k:
        k = n  # أكد البيان الصادر عن قيادة حرس الثورة أنّ …، كشف تقرير صادر عن المعهد …: the body that issued it
    elif k + 2 < end and strip_conj(toks[k].form) in _STATEMENT:
        n = k + 1 + (toks[k + 1].form in _STATEMENT_LINKS)  # كشف تقرير لهيئة البث الإسرائيلية أنّ …: the body whose
        # report it is (أكدت دراسة في مجلة … / نشرتها صحيفة …)
        if toks[n].kind == "a" and (n > k + 1 or toks[n].form.startswith("ل")) and toks[n].mention.kind not in _NOT_SUBJECT:
            k = n
        elif cue.kind != "relay" and (typed := _typed_body(art, n, end, glued=n == k + 1)) is not None \
                and art.opens_content(typed[1], end, strict=True):
            return typed  # أكدت دراسة لمجلة "…" الأميركية أنّ …: a body the tables lack
        elif cue.kind != "relay" and (src := _report_source(art, k)) is not None:
            return src, _past_same(toks, k + 1, end)  # ولفت التقرير إلى أنّ …: the body that published it
    if cue.kind != "relay" and (quoted_body := _quoted_body(art, k, end)) is not None:
        return quoted_body  # وقال "تجمع شباب …" إنّ / وزعمت "اللجنة الأمنية" في درعا أنّ: a quoted body the tables lack
    if toks[k].kind == "w" and (office := _bare_office(art, k, end, told=True)) is not None:
        return office  # وقال محافظ السويداء لوسائل إعلام رسمية إنّ …: not the governor "of" the media
    np = parse_np(toks, k, end)
    if np is None and (toks[k].kind == "a" and toks[k].mention.kind == "adjective" or toks[k].kind == "w") \
            and strip_conj(toks[k].form) in art.known_names():
        np = NP(k, k + 1, name=[toks[k]])  # وأكّد السوداني / وتابع الأمين: a surname the article gave in full
        # (not "the Sudanese", not the office الأمين)
    if np is None and toks[k].kind == "w" and (titled := _titled_before(art, k)) is not None:
        return titled, k + 1  # وأضاف الأسير: the person the article named with that title
    if np is None and (office := _bare_office(art, k, end)) is not None:
        return office  # وقال محافظ حماة إنّ …: an office and its place, no name
    typed = _typed_body(art, k, end, glued=False) if cue.kind != "relay" \
        and not strip_conj(toks[k].form).startswith("ال") else None  # (تتهم الحزب الحاكم بأنه: the accused)
    if typed is not None and not art.opens_content(typed[1], end, strict=True):
        typed = None  # وقالت جماعة "…" في بيانها: a body the tables lack, when no earlier one is meant
    if np is None and typed is None and cue.kind != "relay":
        typed = _quoted_body(art, k, end, typed=False)  # أعلنت "آفاد" أنّ …: a quoted name no table knows
    if np is None:
        return typed or (None, j)
    if cue.kind == "relay" and toks[k - 1].form == "عن":
        sp = art.speaker(np) if (np.mention is not None or np.person) \
            and (_words_follow(art, np.j, end) or np.j < end and toks[np.j].form in {"قوله", "قولها", "قولهم"}
                 or np.mention is not None and strip_conj(toks[j - 1].form)[:1] in "يت") else None
        # (a bulletin's present تنقل عن مصدر … وجود مفاوضات: what the source tells may be a noun)
        return sp, (np.j if sp is not None else j)
    if after_prep and np.mention is not None and np.mention.kind == "metonym":
        return None, j  # يؤكد من بغداد: a place, not the speaker
    if not np.strong:
        known = art.known_names()
        n = next((x for x, t in enumerate(np.name) if strip_conj(t.form) not in known), len(np.name))
        if 0 < n < len(np.name) and np.name[0] is toks[np.i] and np.name[n] is toks[np.i + n] \
                and strip_conj(np.name[n - 1].form) in _surnames(art):
            np.name, np.j = np.name[:n], np.i + n  # ونفى هاليفي وجود خلافات: the name the article gave, then the object
        after = np.j + (toks[np.i].form == '"' and np.j < end and toks[np.j].form == '"')  # past "الاسم"
        body = _from_body(toks, after, end) if len(np.name) == 2 and not after_prep else None
        if body is not None and not any(t.form.startswith("ال") for t in np.name):
            sp = art.speaker(np)  # وعلّق أدريان واتسون، من مجلس الأمن القومي، على …: a person, of that body
            if sp is not None:
                m = toks[body].mention
                return replace(sp, org=m.canonical, org_ar=m.surface), body + 1
        c0 = j - len(cue.forms)  # the cue's first token
        aside = 1 < len(np.name) <= 3 and c0 > 0 and toks[c0 - 1].form in {"،", ","} and after < end \
            and toks[after].form in {"،", ","} and not np.name[0].form.startswith("ال")
        if aside and not after_prep or not after_prep and _foreign_name(np.name) and _circumstance_then_words(art, after, end):
            pass  # ولكن هذا، يقول NAME SURNAME، يترافق …: an attribution set off inside the words;
            # وكتب آرثر غرين في صحيفة "…" أنّ …: a foreign name, where he spoke, then his words
        elif not same_person(known, {strip_conj(t.form) for t in np.name}) and (
                after_prep or len(np.name) > 2 or any(t.form.startswith("ال") for t in np.name)
                or not (art.opens_content(after, end, strict=True)
                        or len(np.name) == 2 and after < end and toks[after].form in _TOWARDS
                        and art.opens_content(after + 1, end, strict=True))
                or len(np.name) == 1 and noun_with_pronoun(np.name[0].form)):
            return typed or (None, j)  # a bare word right after a verb is a name only before أنّ / : / a quote
            # (or a full name before إلى أنّ: أشار NAME SURNAME إلى أنّ; a lone surname there is someone
            # named before, whom the tables may not resolve)
    sp = art.speaker(np)
    if sp is None:
        return typed or (None, j)
    at = np.j + (np.j < end and toks[np.j].form == "في")  # (the phrase may have taken في as a place's)
    if sp.kind == "unnamed" and not after_prep and at + 1 < end and toks[at - 1].form == "في" \
            and (lacked := _typed_body(art, at, end, glued=False)) is not None and lacked[1] - at > 1 \
            and (lacked[1] >= end or toks[lacked[1]].form in {"،", ","} or art.opens_content(lacked[1], end, strict=True)):
        return replace(lacked[0], start=sp.start), lacked[1]  # نفى مصدر في مجلس مدينة دوما، …: a body the tables lack
        # speaks through its source (org_ar: the body as the text names it; a known body's sources stay unnamed)
    # relayed: ذكرت وكالة … نقلاً عن مصدر → the relayed source speaks
    k2 = art.skip_fillers(np.j, end)
    if cue.kind == "relay":  # نقلت وسائل إعلام رسمية في روسيا، اليوم، عن …: the relayer's tail first
        k2 = next((n for n in range(k2, min(end, k2 + _RELAY_GAP)) if toks[n].form in _RELAYED_FROM
                   or toks[n].kind == "w" and ("marker" in classes(toks[n].form) or match_cue(toks, n))), k2)
    elif sp.kind == "media" and k2 < end and toks[k2].form != "عن":  # أفاد مراسل "…" في سوريا، نقلاً عن …
        k2 = next((n for n in range(k2, min(end, k2 + _RELAY_GAP)) if toks[n].form == "نقلا"
                   or toks[n].kind == "w" and ("marker" in classes(toks[n].form) or match_cue(toks, n))), k2)
    if k2 < end and (toks[k2].form in {"عن", "نقلا"} or cue.kind == "relay" and toks[k2].form in _RELAYED_FROM):
        k3 = k2 + 1 + (toks[k2].form == "نقلا")
        k3 = _past_counts(toks, k3, end - 1)  # نقلت الصحيفة عن 4 مسؤولين / عن عدة مصادر
        inner = parse_np(toks, k3, end) if k3 < end else None
        if inner is not None and inner.mention is None and inner.anaphor is None and not inner.person:
            inner = None  # نقل صورة عن سمعة …: only a named source is relayed
        sp2 = art.speaker(inner) if inner else None
        if sp2 is not None and (sp.kind == "media" or cue.kind == "relay"):
            if sp.kind == "media" and sp.org:
                art.history.append(sp)  # the relaying outlet, for ورأت الشبكة … after it (not a claimant here)
            return sp2, inner.j
    if cue.kind == "relay" and not (sp.kind in _SELF_RELAYING and sp.org is not None and _words_follow(art, np.j, end)):
        return None, j  # (نقلت أوساط أوروبية للميادين أنّ …: a source, no عن, tells its own words)
    return sp, np.j


_ON, _TONGUE = fold("على"), fold("لسان")  # على لسان: by the mouth of
_THROUGH: Final = fold("عبر")  # أعلنت واشنطن، عبر وزير دفاعها NAME: through


def _voiced_by(art: _Article, sp: SpeakerRef, k: int, end: int) -> tuple[SpeakerRef, int] | None:
    """A body's words given through its office holder (``قالت الهيئة على لسان المتحدث باسمها NAME
    إنّ``، ``إعلان واشنطن، عبر وزير دفاعها NAME، أنّ``): the holder speaks for the body — for the
    ministry his office names when it is the country's own (وزير دفاعها), else the body; with the
    index after his name. None when no named holder follows."""
    toks = art.toks
    if not sp.org or sp.name or sp.kind == "person":
        return None
    n = k + (k < end and toks[k].form in {"،", ","})
    if n + 1 < end and toks[n].form == _ON and toks[n + 1].form == _TONGUE:
        n += 2
    elif n < end and toks[n].form == _THROUGH:
        n += 1
    else:
        return None
    holder = parse_np(toks, n, end) if n < end else None
    person = art.speaker(holder) if holder is not None and holder.name and holder.person else None
    if holder is None or person is None or not person.name:
        return None
    if person.org:
        return replace(person, org_ar=person.org_ar or (sp.org_ar if person.org == sp.org else None)), holder.j
    owned = possessed(fold(person.role or "").rsplit(" ", 1)[-1])
    ministry = _country_ministry(sp.org, owned) if owned else None
    if ministry is not None:
        return replace(person, org=ministry, org_ar=sp.org_ar, kind="ministry"), holder.j
    return replace(person, org=sp.org, org_ar=sp.org_ar, kind=sp.kind), holder.j


_SELF_RELAYING: Final = frozenset({"unnamed", "media"})  # نقلت أوساط … / وسائل إعلام إسرائيلية أنّ …: no عن, their own report
_DEMONSTRATIVES: Final = frozenset({"هذه", "هذا", "هولاء"})
_STATEMENT_LINKS: Final = frozenset({"ل", "في"} | {fold(v + e) for v in ("نشر", "أصدر", "أعد") for e in ("ته", "تها", "ها", "ه")})
_OFFICE_PLACE_WORDS: Final = 3  # محافظ حماة، مدير صحة حلب، قائد شرطة ريف دمشق


def _bare_office(art: _Article, k: int, end: int, told: bool = False,
                 verb: bool = False) -> tuple[SpeakerRef, int] | None:
    """``وقال محافظ حماة إنّ …`` / ``وأكد مدير صحة حلب أنّ …``: an indefinite office and the
    place or service it heads, no name and no body the tables know, right before the words
    (``told``: only where the media he spoke to stand between — لوكالة سانا is no body of his;
    ``verb``: the office is the subject before a present-tense cue at ``end`` — ومحافظ الحسكة
    يؤكد …، وحاكم المدينة يعلن … — whose words the cue itself vouches for)."""
    toks, text = art.toks, art.doc.text
    t = toks[k]
    if t.kind != "w" or strip_conj(t.form).startswith("ال") or "role" not in classes(strip_conj(t.form)):
        return None
    n = k + 1
    while n < end and n - k <= _OFFICE_PLACE_WORDS and (toks[n].kind == "w" and not classes(toks[n].form)
                                                         and not is_cue_word(toks[n].form) and not toks[n].adverb
                                                         or toks[n].kind == "a" and toks[n].mention.kind == "metonym"):
        n += 1
    if n == k + 1 and n < end and toks[n].kind == "w" and toks[n].form.startswith("ال") \
            and "anaphor" in classes(toks[n].form):
        n += 1  # وأضاف رئيس الحكومة: a holder named before, or no one
    if n == k + 1:
        return None
    if verb:
        if n != end:
            return None
        m = n
    else:
        m = _past_media_addressee(toks, n, end)  # وقال محافظ حماة لوكالة سانا / لوسائل إعلام رسمية إنّ …
        if told and m == n or not art.opens_content(m, end, strict=True):
            return None
    lead = len(t.form) - len(strip_conj(t.form))
    start = t.start + lead
    holder = _holder_before(art, [strip_conj(t.form)] + [toks[x].form for x in range(k + 1, n)])
    if holder is not None:
        return replace(holder, start=start, end=toks[n - 1].end), m  # وأشار وزير الداخلية، after his full name
    if "anaphor" in classes(toks[n - 1].form):
        return None
    office = text[start:toks[n - 1].end]
    return SpeakerRef(None, None, office, None, office, "government", start, toks[n - 1].end), m


_MEDIA_TOLD: Final = frozenset({"media", "unnamed"})
_TOLD_WORDS: Final = 3  # adjectives of the media spoken to (لوسائل إعلام رسمية محلية)


def _past_media_addressee(toks: list[Tok], n: int, end: int) -> int:
    """Past the outlet or media an official spoke to (``لوكالة سانا``، ``لـ"الوطن"``، ``لوسائل
    إعلام رسمية``), between him and his words; else ``n``."""
    m = _told_to(toks, n, end)
    if m == n:
        m = _past_addressee(toks, n, end)
    if m == n and n + 1 < end and toks[n].form == "ل" and toks[n + 1].kind == "a" \
            and toks[n + 1].mention.kind in _MEDIA_TOLD:
        m = n + 2
        while m < end and m - n - 2 < _TOLD_WORDS and toks[m].kind == "w" and not classes(toks[m].form) \
                and not is_cue_word(toks[m].form):
            m += 1
    return m


def _holder_before(art: _Article, words: list[str]) -> SpeakerRef | None:
    """The last named speaker whose office and body hold all of a bare office's words (folded):
    ``وزير الداخلية`` after ``وزير الداخلية التركي NAME``, ``رئيس الحكومة`` after ``رئيس الحكومة
    اللبنانية NAME``."""
    want = {w.removeprefix("ال") for w in words}
    for h in reversed(art.refs()):
        if not h.name:
            continue
        have = {w.removeprefix("ال") for w in fold(f"{h.role or ''} {h.org_ar or ''}").split()}
        if want <= have:
            return h
    return None


_ISSUED_TEXTS: Final = frozenset(fold(w) for w in ("بياناً", "بيان", "كلمة", "خطاباً", "خطاب", "تقريراً", "رسالة",
                                                   "تغريدة", "منشوراً", "تصريحاً"))
_ISSUER_WORDS: Final = 8  # words of the body before its statement (وأصدرت المقاومة الإسلامية في العراق بياناً)
_ISSUED_GAP: Final = 9  # tokens from the statement to its فيه (بياناً غير عادي الأسبوع الماضي، أعلن فيه)
_ISSUED_SPAN: Final = 40  # tokens a second verb of the same statement may run after it (جدّدت فيه …، وأعلنت فيه)


def _issuer(art: _Article, i: int) -> SpeakerRef | None:
    """``أصدر X بياناً قال فيه …`` / ``X، تصدر بياناً تقول فيه``: the verb's فيه is the statement
    the sentence named, so whoever issued it speaks — not the phrase after the verb, nor the last
    speaker (``…، وأعلنت فيه`` goes on with the same statement)."""
    toks = art.toks
    s = art.sent_start(i)
    x = next((n for n in range(i - 1, max(s, i - _ISSUED_SPAN) - 1, -1)
              if strip_conj(toks[n].form) in _ISSUED_TEXTS
              and any(toks[m].form in _IN_IT for m in range(n + 2, min(i + 2, n + _ISSUED_GAP)))), None)
    if x is None or x - 1 <= s:
        return None
    vso = [start for start in range(max(s + 1, x - _ISSUER_WORDS), x)  # أصدرت X بياناً (widest first)
           if toks[start - 1].kind == "w" and strip_conj(toks[start - 1].form) not in _PREPOSITIONS]
    sp = _speaker_ending_at(art, vso, x)
    e = x - 1 - (toks[x - 2].form in {"،", ","})  # SVO (headlines): X، تصدر بياناً
    if sp is None and toks[x - 1].kind == "w" and e > s:
        svo = [start for start in range(max(s, e - _ISSUER_WORDS), e) if start == s or toks[start - 1].kind == "p"]
        sp = _speaker_ending_at(art, svo, e)
    return sp


def _speaker_ending_at(art: _Article, starts: list[int], end: int) -> SpeakerRef | None:
    """The speaker the first phrase from one of ``starts`` names, when the phrase ends at ``end``."""
    for start in starts:
        np = parse_np(art.toks, start, end)
        if np is not None and np.j == end and (np.mention is not None or np.person):
            sp = art.speaker(np)
            if speaker_ok(sp):
                return sp
    return None


def _titled_before(art: _Article, k: int) -> SpeakerRef | None:
    """``وأضاف الأسير`` / ``وقال العميد``: a definite title alone names the last speaker, or
    person presented by office, who bore it."""
    form = strip_conj(art.toks[k].form)
    if not form.startswith("ال") or "title" not in classes(form):
        return None
    ref = next((h for h in reversed(art.refs()) if h.title and h.name and strip_conj(fold(h.title)) == form), None)
    if ref is None:
        return None
    t = art.toks[k]
    return replace(ref, start=t.start, end=t.end)


_RELAYED_FROM: Final = frozenset({"عن", "نقلا", fold("قول")})  # نقلت الشبكة قولَ القيادة أنّ …: the words' owner follows
_RELAY_GAP: Final = 8  # words between a relaying outlet and its عن (its adjectives, where, when)


def _to_outlet(toks: list[Tok], k: int) -> bool:
    """``للميادين`` / ``لـ"الميادين"``: the outlet as the one spoken to, not the speaker."""
    t = toks[k]
    if t.mention is not None:
        return t.mention.canonical == "outlet" and t.form.startswith("ل")
    return t.form == "ل" and k + 1 < len(toks) and toks[k + 1].mention is not None \
        and toks[k + 1].mention.canonical == "outlet"


_SO_CALLED: Final = {fold(w) for w in ("يعرف", "تعرف", "يسمى", "تسمى", "يطلق")}  # folded: يسمى → يسمي


def _skip_so_called(toks: list[Tok], k: int, end: int) -> int:
    """``قال ما يعرف باسم "مركز المصالحة"``: the name after ``ما يعرف باسم`` is the speaker."""
    if k + 1 < end and toks[k].form == "ما" and toks[k + 1].form in _SO_CALLED:
        k += 2
        while k < end and toks[k].form in {"باسم", "ب", "عليه", "عليها", '"'}:
            k += 1
    return k


def _past_counts(toks: list[Tok], k: int, limit: int) -> int:
    """The token after the counts at ``k`` (``4``، ``أربعة``، ``عدة``), looking no further than ``limit``."""
    while k < limit and (toks[k].form.isdigit() or "quantity" in classes(toks[k].form)):
        k += 1
    return k


def _opens_clause(art: _Article, i: int) -> bool:
    """The verb stands first in its clause (``واتهمت …``، ``، اتهمت …``، ``كما اتهم …``)."""
    toks = art.toks
    if i == art.sent_start(i) or toks[i].form != strip_conj(toks[i].form):
        return True
    prev = toks[i - 1]
    return prev.kind == "p" or strip_conj(prev.form) in _CLAUSE_OPENERS


_AS_FOR_REACH: Final = 14  # tokens from أمّا to the فـ of its verb


def _as_for_glued(toks: list[Tok], s: int, i: int) -> bool:
    """``أمّا المجلس الوطني الكردي فقال …``: فـ glued to the cue closes an أمّا topic, its subject."""
    return toks[i].form[:1] == "ف" and toks[i].form[1:] in _cue_heads() \
        and any(toks[n].form in _AS_FOR for n in range(max(s, i - _AS_FOR_REACH), i - 1))


def _conj_glued(form: str) -> bool:
    """``وقال`` / ``فأكد``: و / ف glued to a cue verb. (``strip_conj`` keeps a short word whole,
    for names like وليد, so it leaves the three-letter verbs: قال، نفى، ذكر.)"""
    return form != strip_conj(form) or form[:1] in "وف" and form[1:] in _cue_heads()


_CLAUSE_OPENERS: Final = {fold(w) for w in ("كما", "فيما", "بينما", "حيث", "ثم", "كذلك", "بدوره", "بدورها",
                                            "اليوم", "أمس")}


def _from_body(toks: list[Tok], k: int, end: int) -> int | None:
    """``NAME، من مجلس الأمن القومي،``: the body a name is set off as coming from (its token),
    closed by a comma; else None."""
    if k + 3 < end and toks[k].form in {"،", ","} and toks[k + 1].form in {"من", "في"} \
            and toks[k + 2].kind == "a" and toks[k + 2].mention.kind not in _NOT_SUBJECT_UNNAMED \
            and toks[k + 3].form in {"،", ","}:
        return k + 2
    return None


def _circumstance_then_words(art: _Article, k: int, end: int) -> bool:
    """``في صحيفة "…" أنّ`` / ``خلال مقابلة مع … إنّ``: where or when one spoke, then أنّ / إنّ
    (no other cue between)."""
    toks = art.toks
    if k >= end or toks[k].form not in _CIRCUMSTANTIAL:
        return False
    m = next((n for n in range(k + 1, min(end, k + _CIRCUMSTANCE_SPAN))
              if toks[n].kind == "w" and ("marker" in classes(toks[n].form) or match_cue(toks, n))), None)
    return m is not None and "marker" in classes(toks[m].form) and toks[m].form not in _NEGATING_MARKERS


_IN_IT: Final = frozenset({"فيه", "فيها"})  # ونشرت القيادة بياناً، أكّدت فيه مقتل …: the statement just named
