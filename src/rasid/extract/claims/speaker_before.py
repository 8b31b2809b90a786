"""The speaker before the cue: headlines, ``وكان … قد أعلن``, a relative clause's antecedent, a
participle's subject, the body that opened the sentence, and the outlet's own reporters who stay
silent.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from typing import Final

from ...text.normalize import fold
from ..actors import read_tsv
from ..speakers import (
    NP,
    SpeakerRef,
    Tok,
    classes,
    closing_mark,
    is_cue_word,
    name_like,
    parse_np,
    same_person,
    speaker_ok,
    strip_conj,
)
from .article import _Article, _NOT_SUBJECT, _Raw, _typed_body
from .bodies import (
    _STATEMENT,
    _affiliation,
    _group_genitive_end,
    _lacked_body,
    _partitive,
    _past_writers_opener,
    _quoted_type_name,
)
from .content import _ASIDE_WORDS
from .cues import match_cue
from .gender import agrees, cue_gender
from .speaker_after import (
    _AS_FOR,
    _CLAUSE_OPENERS,
    _PREPOSITIONS,
    _as_for_glued,
    _bare_office,
    _conj_glued,
    _to_outlet,
)
from .tokens import (
    _CLAUSE_PUNCT,
    _LEFT_SKIP,
    _TARGET_KINDS,
    _dual,
    _figure_org,
    _inside,
    _public_figures,
    _second_conjunct,
)
from .what_ma import _PRONOUN_PREPS, _what_it


_DASHES: Final = frozenset({"-", "–", "—"})  # an aside between dashes (X - Y - تنفي)
_BUT = {"لكن", "ولكن"}  # لكنّ, like إنّ/أنّ, puts its subject (a named body, a source) before the verb
_BUT |= _AS_FOR
_RELATIVE: Final = {"الذي", "التي", "الذين", "اللذان", "اللتان"}


def _left_speaker(art: _Article, i: int) -> SpeakerRef | None:
    """Speaker before the cue (SVO: headlines, ``وكان … قد أعلن``, ``X، NAME، يحذّر``)."""
    toks = art.toks
    s = art.sent_start(i)
    topic = _as_for_glued(toks, s, i)  # أمّا X فـ…: all before فـ is the topic
    if _conj_glued(toks[i].form) and not topic:
        return None  # وقال / فأكد: a coordinated verb has its subject before the conjunction
    e = i
    subject_at = -1  # where the subject must start, when the sentence tells (كان X قد …)
    if e - 2 > s and toks[e - 1].form == "قد" and toks[e - 2].form in {"،", ","}:
        e -= 2  # وكانت X، قد أعلنت: the comma closes the subject, قد opens the verb
    elif e - 1 > s and toks[e - 1].form == "قد" and strip_conj(toks[e - 2].form) not in _WAS \
            and (was := next((n for n in range(e - 3, max(s, e - _WAS_SUBJECT) - 1, -1)
                              if strip_conj(toks[n].form) in _WAS), None)) is not None:
        e -= 1  # وكان لافروف قد أعلن: قد opens the verb, the subject stands between (not كانوا قد;
        # not ولانتظار متغيّرات قد تحدث, no كان: a clause of another kind)
        subject_at = was + 1  # the subject is all between: وكان الحزب الجمهوري في ولاية تكساس قد أعلن
        if _dual(toks[i].form):
            subject_at = _second_conjunct(toks, subject_at, e)  # وكانت السعودية وسوريا قد أعلنتا: the
            # second subject here, the first found beside it (_dual_co_speaker), as with no كان
    if e - 2 > s and toks[e - 1].form in {"فقد", "ف"} \
            and any(toks[n].form in _AS_FOR for n in range(max(s, e - 14), e - 2)):
        e -= 1  # أما المرصد فقد وثّق: the topic before فـ is the subject
        topic = True
    c = e - 1 if toks[e - 1].form in {"،", ","} else e if e < i and toks[e].form in {"،", ","} else None
    if c is not None and c - 2 > s:  # "قسد"، المدعومة أميركياً، (قد) تعلن: the body before its description
        e = min(e, _past_description(art, s, c))
    if e - 3 > s and toks[e - 1].form == ")":
        o = next((n for n in range(e - 2, max(s, e - 6), -1) if toks[n].form == "("), e)
        e = o if toks[o - 1].kind == "a" else e  # وزارة الدفاع الأميركية (البنتاغون) تعلن: a known body's short name
    elif e - 3 > s and toks[e - 1].form in _DASHES:
        o = next((n for n in range(e - 2, max(s, e - _ASIDE_WORDS - 1), -1) if toks[n].form in _DASHES), e)
        e = o if o < e and toks[o - 1].kind == "a" else e  # المقاومة الإسلامية في لبنان - حزب الله - نفت:
        # the body before its aside between dashes
    relative = e > s and strip_conj(toks[e - 1].form) in _RELATIVE  # (والتي أكدت: the same)
    if relative:
        e -= 1  # ديفيد كول، الذي وصف التقرير بأن …
    comma = e > s and toks[e - 1].form in {"،", ","}
    e = e - 1 if comma else e
    comma = comma and e == i - 1
    b = e
    while b > s and toks[b - 1].form not in {".", "؟", "?", "!", ":", "؛", ";"} and e - b < 14:
        if match_cue(toks, b - 1):
            break
        b -= 1
    for start in range(b, e):  # the phrase may follow clause debris (كان، قد، a comma …)
        if subject_at >= 0 and start != subject_at:
            continue
        t = toks[start]
        if t.form in _LEFT_SKIP or (t.kind == "p" and t.form != '"'):
            continue
        if start + 1 == i and t.form.endswith("ي") and _headline_surname(toks, start, s, i):
            return art.speaker(NP(start, i, name=[t]))
        after_marker = start > b and ("marker" in classes(toks[start - 1].form)  # يُذكر أنّ مصادر … أفادت
                                      or toks[start - 1].form in _BUT)
        if start - 1 > b and toks[start - 1].form == '"' and toks[start - 1].end == t.start \
                and toks[start - 2].kind == "w" and not (toks[start - 2].form in _LEFT_SKIP
                                                         or classes(toks[start - 2].form) & {"marker", "filler"}
                                                         or strip_conj(toks[start - 2].form) in _STATEMENT):
            continue  # وإعلام "إسرائيل" يتحدث: a quoted name after a noun is its complement
            # (not after a report: تقرير "فورين بوليسي" أشار إلى أنّ …, the body whose report it is)
        if relative:
            np = parse_np(toks, start, e)
            if np is not None and np.strong and np.j == e:  # the antecedent of الذي, wherever it starts
                return art.speaker(np)
            if 2 <= e - start <= 3 and start > s and t.form == strip_conj(t.form) \
                    and all(x.kind == "w" and (name_like(x) or x.ali) and not x.form.startswith("ال")
                            and not classes(x.form) - {"filler"} for x in toks[start:e]) \
                    and toks[start - 1].form not in _PREPOSITIONS \
                    and any(toks[x].kind == "w" and classes(toks[x].form.removeprefix("ل")) & {"role", "title"}
                            for x in range(max(s, start - _OFFICE_BEFORE_NAME), start)):
                return art.speaker(NP(start, e, name=toks[start:e]))  # النائب في كتلة … علي فياض الذي أشار:
                # a full name after its office (one the tables lack)
            continue
        if start > b and not (toks[start - 1].form in _LEFT_SKIP or toks[start - 1].kind == "p" or after_marker
                              or topic and toks[start - 1].form in _AS_FOR
                              or "filler" in classes(toks[start - 1].form) or t.form != strip_conj(t.form)
                              or _short_after_and(art, t)
                              or _headline_subject(toks, start, e, i)
                              or _name_after_and(art, toks[start:e])):
            continue
        if t.mention is not None and start > s and strip_conj(toks[start - 1].form) in _PREPOSITIONS \
                and (t.mention.kind == "metonym" or toks[start - 1].form in {"في", "لدي"}
                     and start - 2 > b and toks[start - 2].kind in {"w", "a"}
                     and not any(toks[x].kind == "a" and toks[x].mention.kind == "unnamed"
                                 for x in range(max(b, start - 4), start - 1))):
            continue  # a place after a preposition, or the body a mission sits in (بعثة إيران في الأمم المتحدة;
            # مسؤول كبير في البنتاغون يقول: an official of the body, who speaks for it)
        if t.form == '"' and (after_marker or toks[start - 1].form in _AS_FOR) \
                and (c := _quoted_type_name(toks, start, e)) is not None and _affiliation(toks, c + 1, e) == e:
            return _lacked_body(art, start, c)  # غير أنّ "تنسيقية …" قالت / أمّا "تجمع …" فقد ذكر: a body the tables lack
        if (part := _partitive(art, start, e)) is not None and art.skip_fillers(part[1], e, outlet=True) == e:
            return part[0]  # لكن أحد أقارب القتيل نفى / وعدد من السكان أكدوا: some of a group, before the verb
        np = parse_np(toks, start, e)
        if np is None and e == i and (hit := match_cue(toks, i)) is not None and hit[0].kind == "present" \
                and (office := _bare_office(art, start, e, verb=True)) is not None:
            return office[0]  # ومحافظ الحسكة يؤكد …: an office the tables lack, heading its clause
        quoted_but = t.form == '"' and toks[start - 1].form in _BUT and np is not None and bool(np.name) \
            and np.j == e and len(np.name) <= 4  # لكن "أبو محمد" نفى: opposition outlets quote names
        topic_body = topic and toks[start - 1].form in _AS_FOR and np is not None and np.body is not None
        if after_marker and t.mention is None and (np is None or not (np.person or quoted_but or topic_body)):
            continue  # after أنّ / لكن a known body, or an office (لكن المتحدث باسم …، لكن NAME مدير …);
            # after لكن a quoted name right before the verb (لكن "أبو محمد" نفى); after أمّا a body
            # the tables lack (أمّا المجلس الوطني الكردي فقال)
        if np is not None and np.mention is not None and not np.person:
            np.j = _affiliation(toks, np.j, e)  # القيادة المركزية الأميركية التابعة للجيش الأميركي، تؤكد
        if np is not None and np.mention is not None and np.mention.canonical == "Civilians" and np.j < e \
                and not strip_conj(t.form).startswith("ال") and _group_genitive_end(toks, start) == e:
            np.j = e  # أهالي مجدل شمس يؤكدون: whose residents they are, then the verb (named as a group after)
        if np is not None and np.mention is not None and np.mention.kind == "unnamed":
            np.j = _past_source_descriptors(toks, np.j, e)  # مصدر أمني مطّلع يؤكد: the source's description
        if np is not None and np.body is not None and np.mention is None and start + 2 < e \
                and toks[start + 1].form == '"' and closing_mark(toks, start + 2, e) == e - 1:
            np.j, np.name = e, toks[start + 2:e - 1]  # موقع "ميدل إيست آي" يشير: the whole quoted name
        if np is not None and (np.person and not np.name or np.body is not None and np.mention is None) \
                and _posting(toks, np.j, e):
            np.j = e  # وكانت بعثة إيران في الأمم المتحدة، قد شدّدت: where the office sits, then the verb
            # (حزب … في الولايات المتحدة يؤكد: where a body the tables lack sits)
        elif topic and np is not None and np.mention is not None and np.j < e and toks[np.j].form in _POSTINGS \
                and toks[start - 1 - (toks[start - 1].form == '"' and start - 1 > s)].form in _AS_FOR:
            np.j = e  # أمّا "مركز المصالحة" في قاعدة حميميم فقد ادّعى: where the body sits, in the topic
        if topic_body and np is not None and 0 < e - np.j <= 2 and all(
                toks[x].kind == "w" and toks[x].form.startswith("ال") and toks[x].form.endswith(("يه", "ي"))
                for x in range(np.j, e)):
            np.j = e  # أمّا صفحة «دمشق الآن» الموالية فتحدثت: the body's description, in the topic
        if np is None or art.skip_fillers(np.j, e, outlet=True) != e:  # مصادر … للميادين، تؤكد
            continue
        if not np.strong and np.j != e:
            continue  # … تصدر بياناً تقول: a bare name stands right before its verb
        if comma and not (start > s and toks[start - 1].form in {"،", ","}) \
                and not (np.mention is not None and not np.person and (start == s or after_marker
                                                                       or _to_outlet(toks, e - 1))) \
                and not (np.mention is not None and np.person and np.name and (start == s or after_marker)):
            continue  # X، cue: only an apposed name (المتحدث …، ناصر كنعاني، يحذّر), مصادر … للميادين، تؤكد,
            # or an office and its holder opening the lead (وزير الدفاع الأميركي لويد أوستن، يعلن …)
            # or after لكن (لكن القيادي في "قسد"، NAME، نفى …)
        if not np.strong:
            before = toks[start - 1].form if start > s else ""
            conj = t.form != strip_conj(t.form)  # … ولافروف يحذر
            short = not conj and len(np.name) == 1 and _short_after_and(art, t)
            glued = not conj and not short and _name_after_and(art, np.name)  # … وعبد اللهيان يكشف
            conj = conj or short or glued
            head = None if conj and t.form[0] == "و" else _apposition_head(art, start)  # المتحدث باسم …، ناصر كنعاني، يحذّر (not …، وستولتنبرغ)
            definite = [strip_conj(x.form).startswith("ال") for x in np.name]
            known = head is None and 1 <= len(np.name) <= 3 and not any(definite[:-1]) \
                and art.introduced_name({strip_conj(x.form) for x in np.name}) or glued  # فيصل المقداد يؤكد: named in full below
            if not quoted_but and (start > s and before not in _CLAUSE_PUNCT and before != ":"
                                   and before not in _LEFT_SKIP and not conj) \
                    or not quoted_but and (len(np.name) > 4 or all(definite[:2]) if head else
                        not known and (len(np.name) > 2 or any(definite))):
                continue  # an apposed name may be longer (ألون بن ديفيد): the office before it vouches
            if head is not None:
                head.name, head.j = [x for x in toks[start:np.j] if x.kind == "w"], np.j
                np = head
            sp = art.speaker(np)
            if glued and sp is not None and sp.name:
                forms = frozenset([t.form[1:], *(x.form for x in np.name[1:])])
                ref = next((h for h in reversed(art.refs()) if h.name and same_person(h.name_forms, forms)), None)
                org = _figure_org(forms)
                sp = replace(ref, start=sp.start, end=sp.end) if ref is not None else \
                    replace(sp, name=sp.name[1:], name_forms=forms, org=org or sp.org)
            if short and sp is not None and sp.name:
                forms = frozenset({t.form[1:]})
                ref = next((h for h in reversed(art.refs()) if same_person(h.name_forms, forms)), None)
                sp = replace(sp, name=sp.name[1:], name_forms=forms) if ref is None else \
                    replace(ref, start=sp.start, end=sp.end)  # شي → the president the article names
            return sp
        return art.speaker(np)
    return None


_SOURCE_DESCRIPTION: Final = 3  # words describing an unnamed source (مطّلع، مقرّب من الحكومة) before its verb


def _past_source_descriptors(toks: list[Tok], k: int, e: int) -> int:
    """Past the words that describe an unnamed source (``claim_words.tsv`` class sourcedesc:
    مصادر أمنية مطّلعة، مصدر مقرّب من الحكومة) when only they stand between it and the verb at ``e``."""
    n = k
    while n < e and toks[n].kind == "w" and "sourcedesc" in classes(toks[n].form):
        n += 1
    close = n - 1 if n < e and toks[n].form in _CLOSE_TO else n - 2 if toks[n - 1].form in _CLOSE_TO else -1
    if close >= 0 and e - n <= _SOURCE_DESCRIPTION and "sourcedesc" in classes(toks[close].form.split()[-1]) \
            and all(t.kind in {"w", "a"} for t in toks[n:e]):
        n = e  # مصدر مقرّب من الحكومة يؤكد: whom it is close to
    return n


_CLOSE_TO: Final = frozenset({"من", fold("إلى")})


def _headline_surname(toks: list[Tok], start: int, s: int, i: int) -> bool:
    """``الهندي يؤكد …`` / ``… والسيسي يعرب عن …``: a bulletin's headline opens a clause on a bare
    family name shaped like a nisba (ال … ي: a word in no class, or one the tables read as a
    nationality) right before a masculine present-tense cue; opening the clause it can only be the
    person's surname (after a noun, الوزير الهندي, the word stays an adjective)."""
    t = toks[start]
    if start + 1 != i or not (start == s or t.form[:1] == "و") or not t.form.endswith("ي"):
        return False  # (most phrases: no lookup)
    form = strip_conj(t.form)
    if not (start == s or form != t.form) or not form.startswith("ال") or len(form) < 6:
        return False
    if not (t.kind == "w" and not classes(form) or t.kind == "a" and t.mention.kind == "adjective"):
        return False
    hit = match_cue(toks, i)
    return hit is not None and hit[0].kind == "present" and cue_gender(toks[i].form) == "m"


_OFFICE_BEFORE_NAME: Final = 6  # tokens back from a relative's antecedent name to its office (النائب في كتلة … NAME الذي)
_WAS_SUBJECT: Final = 8  # tokens from كان to its قد: the subject between
_WAS: Final = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا", "يكون", "تكون", "يكونوا"})
_POSTINGS: Final = frozenset({"في", fold("لدى")})


def _posting(toks: list[Tok], a: int, e: int) -> bool:
    """``toks[a:e]`` is where an office sits: في / لدى and bodies or places the tables know
    (``بعثة إيران في الأمم المتحدة``), nothing else."""
    return a + 1 < e and toks[a].form in _POSTINGS and all(t.kind == "a" or t.form == '"' for t in toks[a + 1:e])


def _past_description(art: _Article, s: int, c: int) -> int:
    """``X، المدعوم أميركياً، (قد) أعلن`` / ``X، التي …،``: where a known body ends before a
    description set off by commas (a participle or a relative clause, no cue inside); else ``c + 1``."""
    toks = art.toks
    for d in range(c - 2, max(s, c - 8), -1):
        if toks[d].form not in {"،", ","}:
            continue
        head = toks[d + 1]
        body = toks[d - 1] if toks[d - 1].form != '"' else toks[d - 2]
        described = head.form in _RELATIVES or head.kind == "w" and head.form.startswith("ال") \
            and not classes(head.form) and not is_cue_word(head.form)
        if described and body.kind == "a" and body.mention.kind not in _NOT_SUBJECT \
                and not any(match_cue(toks, n) for n in range(d + 1, c)):
            return d
        break
    return c + 1


def _name_after_and(art: _Article, name: list[Tok]) -> bool:
    """``وعبد اللهيان يشدد``: و glued to a three-letter first word that strip_conj keeps whole
    (وعبد، وعلي), the rest a name the article writes elsewhere or a public figure's."""
    t = name[0]
    if not (2 <= len(name) <= 3 and len(t.form) == 4 and t.form[0] == "و") or any(x.kind != "w" for x in name):
        return False
    forms = frozenset([t.form[1:], *(x.form for x in name[1:])])
    return forms in _public_figures() or all(art.has_form(f) for f in forms) and any(
        same_person(h.name_forms, forms) for h in art.refs() if h.name)


def _short_after_and(art: _Article, t: Tok) -> bool:
    """``وشي يؤكد``: و and a two-letter name, which strip_conj keeps whole (ولي، وفا are words),
    when short_names.tsv lists it or the article writes it alone elsewhere (الرئيس الصيني شي جين بينغ)."""
    return len(t.form) == 3 and t.form[0] == "و" and (t.form[1:] in _short_names() or art.has_form(t.form[1:]))


@lru_cache(maxsize=1)
def _short_names() -> frozenset[str]:
    """short_names.tsv: two-letter names a headline glues to و."""
    return frozenset(fold(r["name"].strip()) for r in read_tsv("short_names.tsv") if (r.get("name") or "").strip())


def _headline_subject(toks: list[Tok], start: int, e: int, i: int) -> bool:
    """``في حصيلة هي الكبرى … الجيش الإسرائيلي يقر بـ``: a headline runs its words on without
    punctuation; a body named right before a present-tense cue is its subject wherever the
    phrase begins (not a place, not after a preposition); so is a titled person (وفي الشأن السوري
    السيد نصر الله يؤكد: …)."""
    t = toks[start]
    if t.kind == "w" and e == i and start + 1 < e and "title" in classes(t.form):
        before = toks[start - 1]
        if before.kind == "w" and (classes(strip_conj(before.form)) & {"title", "role", "rolemod"}
                                   or name_like(before) and not before.form.startswith("ال")):
            return False  # العميد السيد NAME / نجل السيد NAME: an office's or another's apposition, not the subject
        np = parse_np(toks, start, e)
        if np is None or np.j != e or not np.name or np.title is not t:
            return False
    elif t.kind != "a" or e != i or t.mention.kind in _NOT_SUBJECT or t.mention.canonical == "outlet" \
            or start + 1 != e and not (start + 2 == e and (toks[start + 1].form == '"' or _to_outlet(toks, start + 1))):
        return False  # (its closing quote may follow: … الإعلام "الإسرائيلي" يقول; or the outlet told:
        # … في مدن إدلب وقراها مصادر للميادين تؤكّد)
    hit = match_cue(toks, i)
    prev = strip_conj(toks[start - 1].form)
    return hit is not None and hit[0].kind == "present" and prev not in _PREPOSITIONS \
        and not t.form.startswith(("ل", "ب")) and not toks[start - 1].governed


def _apposition_head(art: _Article, b: int):
    """The role phrase that ends at the comma before a name: ``X، NAME، cue``."""
    toks = art.toks
    if b < 2 or toks[b - 1].form not in {"،", ","}:
        return None
    s = art.sent_start(b - 1)
    for start in range(max(s, b - 10), b - 1):
        np = parse_np(toks, start, b - 1)
        if np is not None and np.j == b - 1 and not np.name and (np.person or np.mention is not None):
            return np
        if np is None and (start == s or toks[start - 1].kind == "p") and b - 1 - start <= 5 \
                and "role" in classes(strip_conj(toks[start].form)) \
                and all(t.kind == "w" and not is_cue_word(t.form) for t in toks[start:b - 1]):
            return NP(start, b - 1, role=(toks[start].start, toks[b - 2].end))  # نائب محافظ الحسكة، NAME، …: an office no table names
    return None


def _participle_speaker(art: _Article, i: int, raws: list[_Raw]) -> tuple[SpeakerRef | None, _Raw | None]:
    """مضيفاً / مؤكدةً: the subject of the clause it hangs on — the sentence's speaker, else the
    speaker of the sentence before, else a body opening the sentence (``استهدفت المقاومة …``)."""
    s = art.toks[i].sent
    g = cue_gender(art.toks[i].form)
    near = [r for r in reversed(raws) if s - 1 <= art.toks[r.cue_i].sent <= s]
    for r in near:
        if art.toks[r.cue_i].sent == s and agrees(g, r.speaker, art.doc.text):
            return r.speaker, r
    if (sp := _unsaid_subject(art, i, g)) is not None:
        return sp, None
    if _silenced(art, i, raws):
        return None, None
    sp = _clause_subject(art, i)
    if sp is not None and agrees(g, sp, art.doc.text):
        return sp, None
    for r in near:
        if agrees(g, r.speaker, art.doc.text):
            return r.speaker, r
    sp = _opening_body(art, i)
    if sp is not None and speaker_ok(sp) and agrees(g, sp, art.doc.text):
        return sp, None
    if near:
        return near[0].speaker, near[0]
    return (sp if speaker_ok(sp) else None), None


def _unsaid_subject(art: _Article, i: int, g: str | None) -> SpeakerRef | None:
    """``ورفض أهالي الجولان المخطط، مؤكدين …`` / ``أعربت الوزارة عن تضامنها، مؤكدةً …``: the
    speaker of a cue earlier in the sentence that said no words (its needs unmet) is the subject
    the participle goes on with — where that cue and its speaker open the sentence or a clause after
    punctuation (not ``لأن واشنطن ترفض …، لافتةً``, nor ``وعلّق على قول X …، مؤكداً``: the main
    clause's speaker goes on)."""
    s = art.toks[i].sent
    for r in reversed(art.unsaid):
        if r.cue_i < i and art.toks[r.cue_i].sent == s:
            a = min(r.cue_i, bisect_left(art.starts, r.speaker.start))
            opens = a == art.sent_start(i) or art.toks[a - 1].kind == "p"
            return r.speaker if opens and agrees(g, r.speaker, art.doc.text) else None
        if art.toks[r.cue_i].sent < s:
            break
    return None


def _silenced(art: _Article, i: int, raws: list[_Raw]) -> bool:
    """Was a cue earlier in the sentence left without a claim because the outlet speaks
    (``وأفاد مراسل الميادين …، لافتاً``)? Then a participle continuing it is the outlet's too."""
    s0 = art.sent_start(i)
    toks = art.toks
    said = {r.cue_i for r in raws}

    def outlet(n: int) -> bool:  # the outlet or its own correspondent speaks from token n
        m = toks[n].mention if s0 <= n < i else None
        if m is None or m.canonical != "outlet" or toks[n].form.startswith("ل"):
            return False
        np = parse_np(toks, n, i)
        sp = art.speaker(np) if np is not None else None
        return sp is not None and sp.org == "outlet"

    return any(toks[k].kind == "w" and k not in said and match_cue(toks, k)
               and outlet(art.skip_fillers(match_cue(toks, k)[1], i)) for k in range(s0, i))


_RELATIVES: Final = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def _clause_subject(art: _Article, i: int) -> SpeakerRef | None:
    """The body right after a clause-opening verb earlier in the sentence (``،أيّدت وزارة
    الخارجية السورية الفصائل، مؤكدةً …``): the subject a participle of that clause continues."""
    toks = art.toks
    s0 = art.sent_start(i)
    if any(toks[k].kind == "w" and (cue := match_cue(toks, k)) and cue[0].kind != "relay"
           and (cue[0].needs != "whatit" or _what_it(toks, k)) and toks[k - 1].form not in _RELATIVES
           or toks[k].mention is not None and toks[k].mention.canonical == "outlet" for k in range(s0, i)):
        return None  # واعتبر محلل الميادين أنّ …، مؤكداً: that cue's speaker (here none) goes on
        # (not a cue in a relative clause: هاجم الدول التي تزعم …، قائلاً; not نقل with no عن, which
        # reported nobody: نقل المبعوث … تحيات الرئيس، مؤكداً; not ووصفتها بأنّها, a cue only after وهو ما)
    known: frozenset[str] | None = None
    for k in range(i - 1, s0, -1):
        by_name = False
        m = toks[k].mention
        typed = m is None and toks[k].kind == "w" and bool(classes(toks[k].form) & {"typenoun", "role"})
        named = typed and toks[k].form.startswith("ال") and not _nationality_next(toks, k, i) \
            and _apposed_name(toks, k, i)
        typed = typed and (not toks[k].form.startswith("ال") or named or _nationality_next(toks, k, i))
        # (الوزير: an anaphor, resolved elsewhere; الرئيس الإيراني: an office its nationality names;
        # المبعوث الخاص، NAME،: an office its apposed name names)
        if m is None and not typed and toks[k].kind == "w" and toks[k - 1].kind == "w" and not classes(toks[k].form):
            known = known if known is not None else art.known_names()
            typed = by_name = toks[k].form in known and toks[k - 1].form not in known  # وتطرّق بزشكيان …، قائلاً: a
            # person the article named in full (the word before is the verb, not his given name)
        # (a body that makes statements, a typed one or an office may follow a verb of any shape:
        # طرح مركز ألما …، شنّ مندوب سوريا …، قائلاً)
        if not typed and (m is None or m.kind in _NOT_SUBJECT or m.canonical in {"outlet", "Civilians"}):
            continue
        a = k - 1 - (k - 2 > s0 and toks[k - 1].form in _PRONOUN_PREPS)  # ما أعربت عنه مجلة …: the verb's own
        while a > s0 and toks[a].kind == "w" and "filler" in classes(toks[a].form):
            a -= 1  # كما أبرق أيضاً الرئيس …: a filler between the verb and its subject
        v = toks[a]
        w = strip_conj(v.form)
        doubled = len(w) == 2 and "\u0651" in art.doc.text[v.start:v.end]  # شنّ، ردّ، حثّ: two letters, a shadda
        verb = v.kind == "w" and not v.governed and not w.isdigit() and not classes(w) and (len(w) >= 3 or doubled) \
            and not w.startswith("ال") and w not in _PREPOSITIONS \
            and (typed or m.kind in _TARGET_KINDS or w.endswith("ت") or w[0] in "يت")
        opens = a == s0 or toks[a - 1].kind == "p" or v.form != strip_conj(v.form) \
            or toks[a - 1].form in _CLAUSE_OPENERS and (a - 1 == s0 or toks[a - 2].kind == "p") \
            or a < k - 1 and toks[a - 1].form == "ما" \
            or _after_qad(art, a)  # (وهو ما أعربت عنه مجلة …، مؤكدةً: what it expressed; وكان قد شكّل …)
        if verb and opens and not toks[k].form.startswith("ل") and not _inside(art.quoted, toks[k].start):
            anaphor = typed and toks[k].form.startswith("ال") and not named  # الوزير الإيراني: the office and its country
            end = k + 2 if anaphor else i  # only (وعارض الوزير الإيراني وجود …: no name after)
            if by_name:
                assert known is not None
                end = next((n for n in range(k + 1, i) if toks[n].form not in known), i)  # وثمّن صبّاغ دور
                # المجلس …، واصفاً: the name the article gave ends the subject; the object follows
            np = parse_np(toks, k, end)
            return art.speaker(np) if np is not None else None
    return None


_QAD: Final = frozenset({"قد", "وقد"})


def _after_qad(art: _Article, a: int) -> bool:
    """Whether the verb at ``a`` opens its clause behind قد (… ، قد / وقد / وكان قد شكّل): the
    particle and a كان before it stand where a clause opens."""
    toks, s0 = art.toks, art.sent_start(a)
    q = a - 1
    if q < s0 or toks[q].form not in _QAD:
        return False
    b = q - 1
    if b >= s0 and strip_conj(toks[b].form) in _WAS:
        b -= 1
    return b < s0 or toks[b].kind == "p"


_APPOSED_REACH: Final = 4  # tokens from an office to the comma before its apposed name (المبعوث الخاص للأمم المتحدة، NAME)


def _apposed_name(toks: list[Tok], k: int, i: int) -> bool:
    """Does a name set off by commas follow the office at ``k`` (``المبعوث الخاص، NAME،``)?"""
    if not any(toks[n].form in {"،", ","} for n in range(k + 1, min(i, k + _APPOSED_REACH))):
        return False
    np = parse_np(toks, k, i)
    return np is not None and bool(np.name)


def _when_subject(art: _Article, i: int, raws: list[_Raw]) -> SpeakerRef | None:
    """``صدق نتنياهو (…) حين قال إنّ …``، ``استغلّ إردوغان الحادث عندما أعلن …``: a verb after
    حين / عندما / إذ with no subject of its own has the main clause's — the nearest body or
    person that follows a verb (or a cue: ``بحسب صحيفة …، إذ قالت``) before it, else, where no
    such subject stands between, the speaker of a claim earlier in the sentence."""
    toks = art.toks
    s0 = art.sent_start(i)
    if strip_conj(toks[i - 1].form) in _GOING_ON:
        if i + 1 < len(toks) and (toks[i + 1].kind == "a" or toks[i + 1].form.startswith("ال")):
            return None  # حيث أعلن الأخير / بحيث أعرب الموقّعون: the verb's own subject, unread
        if (same := _sentence_speaker(raws, s0)) is not None:
            return same  # وكشف البيان أنّ …، متطرقاً إلى عديد القوات …، حيث أضاف: the speaker goes on
    known = art.known_names()  # (the figures' words are among them)
    seen = False  # a subject after a verb that names no speaker: the claim's is not the one before
    for k in range(i - 2, max(s0, i - _WHEN_REACH), -1):
        v, t = toks[k - 1], toks[k]
        w = strip_conj(v.form)
        verb = v.kind == "w" and not v.adverb and (w in _PRONOUN_PREPS or match_cue(toks, k - 1) is not None or not (
            v.governed or len(w) < 3 or w.startswith("ال") or w in _PREPOSITIONS or w in known or classes(w)))
        # (التي عبّر عنها الوزير / ما أشار إليه الوزير …: the verb's pronoun between — إليه folds like a
        # definite word; انتقد بوتين الرئيس …: a name, no verb)
        named = t.kind == "a" and t.mention.kind not in _NOT_SUBJECT \
            or t.kind == "w" and bool(classes(t.form) & {"role", "title", "anaphor", "typenoun"})
        seen = seen or named
        if not verb or not (named or t.kind == "w" and not classes(t.form) and not t.form.startswith("ال")):
            continue
        sp = _named_subject(art, k, i - 1)
        if sp is not None:
            return sp
    if (sp := _opening_subject(art, s0, i)) is not None:
        return sp
    if seen:
        return None  # عبّر رئيس أكبر شركة … عنها حين قال: a subject the tables cannot name
    return _sentence_speaker(raws, s0)


def _opening_subject(art: _Article, s0: int, i: int) -> SpeakerRef | None:
    """``وزير الخارجية NAME قام بفضح … عندما أعلن``: an office or a body the tables know that opens
    the sentence, a word (its verb) right after it, is the subject of a clause of time after it (SVO)."""
    toks = art.toks
    np = parse_np(toks, s0, i - 1)
    if np is None or not (np.person or np.mention is not None) or np.j >= i or toks[np.j].kind != "w":
        return None  # (الآن، تتعرض أنقرة …: no subject opens it)
    sp = art.speaker(np)
    return sp if speaker_ok(sp) else None


_GOING_ON: Final = frozenset({"حيث", "بحيث"})  # (folded) a clause that most often goes on with the sentence's speaker


def _sentence_speaker(raws: list[_Raw], s0: int) -> SpeakerRef | None:
    """The speaker of the last claim, when it lies in the sentence from token ``s0``."""
    return raws[-1].speaker if raws and raws[-1].cue_i >= s0 else None


def _named_subject(art: _Article, k: int, end: int) -> SpeakerRef | None:
    """The speaker a phrase from token ``k`` names for sure: a body, an office, a typed body, or
    a bare name that is a public figure's or one the article gave in full."""
    toks = art.toks
    np = parse_np(toks, k, end)
    sp = art.speaker(np) if np is not None else None
    if sp is None and np is None and "typenoun" in classes(toks[k].form):
        sp = (_typed_body(art, k, end) or (None, k))[0]  # صحيفة "…"
    if speaker_ok(sp) and (np is None or np.strong or sp.org is not None
                           or all(strip_conj(x.form) in art.known_names() for x in np.name)):
        return sp
    return None


_WHEN_REACH: Final = 25  # tokens back from the verb of time to its main clause's subject


def _nationality_next(toks: list[Tok], k: int, i: int) -> bool:
    """Does a nationality adjective follow the role word at ``k`` (``أبرق الرئيس الإيراني …``)?"""
    m = toks[k + 1].mention if k + 1 < i else None
    return m is not None and m.kind == "adjective"


def _opening_body(art: _Article, i: int, s0: int = -1) -> SpeakerRef | None:
    """The body that opens the sentence of token ``i`` (or the clause from ``s0``) as its subject
    (``نعى حرس الثورة …``): among its first words, not governed by a preposition."""
    toks = art.toks
    s0 = art.sent_start(i) if s0 < 0 else s0
    s0 = _past_writers_opener(toks, s0, i)
    words = 0  # the body must open the sentence or follow its first word (the verb)
    for k in range(s0, i):
        t = toks[k]
        m = t.mention
        if m is not None and (m.kind not in _NOT_SUBJECT or m.kind == "metonym" and k == s0 + 1 and words == 1):
            # (a country right after the opening verb is its subject: وأدانت تركيا …، وشددت على أنّ …)
            if k > s0 and strip_conj(toks[k - 1].form) in _PREPOSITIONS or t.form.startswith("ل"):
                return None
            np = parse_np(toks, k, i) if "role" in classes(strip_conj(t.form.split()[0])) else None
            # (an office: its holder set off after it speaks — الرئيس الفلسطيني، محمود عباس، طالب …)
            sp = art.speaker(np) if np is not None and np.name and np.person \
                and not classes(strip_conj(np.name[0].form)) else None  # (not الرئيس الإيراني وخلال …)
            return sp or SpeakerRef(None, None, None, m.canonical, m.surface, m.kind, t.start, t.end)
        if t.kind == "w" and t.form not in _LEFT_SKIP and "filler" not in classes(strip_conj(t.form)):
            words += 1
        if words >= 2:
            break
    return None
