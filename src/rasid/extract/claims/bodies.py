"""Speakers named as bodies rather than people: a typed or quoted body, a partitive (``أحد
المسؤولين``), the source after a preposition (``حسب X``، ``نقلاً عن``), an official statement, a
report's source, and the holder of a stance noun (``إعلان X رغبته``).

Shared by the left- and right-speaker rules, which both fall back on them.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Final

from ...lexicon.words import is_word
from ...text.normalize import fold
from ..actors import ActorMention
from ..speakers import (
    SpeakerRef,
    Tok,
    classes,
    closing_mark,
    noun_with_pronoun,
    parse_np,
    people,
    strip_conj,
)
from .article import _Article, _NOT_SUBJECT, _NOT_SUBJECT_UNNAMED, _typed_body
from .countries import _defence_ministries
from .cues import match_cue
from .tokens import _CIRCUMSTANTIAL, _TOWARDS


_REPORTS: Final = {fold(a): frozenset(fold(w) for w in intro) for a, intro in (
    ("التقرير", ("تقرير", "تقريرا", "تقريراً")), ("الدراسة", ("دراسة",)), ("المقال", ("مقال", "مقالا", "مقالاً")),
    ("التحقيق", ("تحقيق", "تحقيقا", "تحقيقاً")))}
_SAME: Final = frozenset(fold(w) for w in ("ذاته", "ذاتها", "نفسه", "نفسها"))
_REPORT_REACH: Final = 300  # tokens back to the report's introduction (نشرت صحيفة … تقريراً)


def _past_same(toks: list[Tok], k: int, end: int) -> int:
    return k + (k < end and toks[k].form in _SAME)  # التقرير ذاته


def _report_source(art: _Article, k: int) -> SpeakerRef | None:
    """``ولفت التقرير إلى أنّ …`` / ``وبحسب التقرير``: a report named before as published
    (``نشر موقع "…" الأميركي تقريراً …``, ``كشف تقرير لهيئة …``) speaks for the body its introducing
    sentence names nearest before it, or right after it; the outlet's own report is no claim."""
    toks = art.toks
    form = strip_conj(toks[k].form)
    intros = _REPORTS.get("ال" + form[2:] if form.startswith("لل") else form)  # (وفقاً للتقرير)
    if intros is None or k + 1 < len(toks) and (toks[k + 1].kind == "a" or toks[k + 1].form in _ISSUED):
        return None  # التقرير الصادر عن … / التقرير الأممي: named there
        return None
    for n in range(k - 1, max(-1, k - _REPORT_REACH), -1):
        if toks[n].kind != "w" or strip_conj(toks[n].form) not in intros:
            continue
        s0, s1 = art.sent_start(n), art.sent_end(n)
        after = n + 1 + (n + 2 < s1 and toks[n + 1].form in {"ل", '"'})  # تقرير لـ"…" / تقرير "فورين بوليسي"
        for x in [*range(n - 1, s0 - 1, -1), *range(after, min(s1, after + 1))]:
            t = toks[x]
            if t.kind == "a" and t.mention.canonical == "outlet":
                return None
            if t.kind == "a" and t.mention.kind not in _NOT_SUBJECT_UNNAMED:
                return SpeakerRef(None, None, None, t.mention.canonical, t.mention.surface.replace('"', ""),
                                  t.mention.kind, toks[k].start, toks[k].end)
            if t.kind == "w" and (typed := _typed_body(art, x, s1, glued=x > n)) is not None:
                return replace(typed[0], start=toks[k].start, end=toks[k].end)
        return None  # (تقرير إحصائي إسرائيلي: no body named as its publisher)
    return None


_STATEMENT: Final = frozenset(fold(w) for w in ("البيان", "بيان", "التقرير", "تقرير", "الدراسة", "دراسة"))  # … الصادر عن X
_ISSUED: Final = frozenset({"الصادر", "صادر"})
_BARE_STATEMENT: Final = fold("بيان")


def _past_issued_by(toks: list[Tok], k: int, end: int, governed: bool = False) -> int:
    """Past ``البيان / تقرير الصادر عن`` before the body that issued it (that body speaks); else ``k``.
    ``governed``: the noun may carry the ل of وفقاً / بحسب glued to it (للتقرير، لبيان)."""
    if not (k + 3 < end and toks[k + 1].form in _ISSUED and toks[k + 2].form in {"عن", "من"}):
        return k
    form = strip_conj(toks[k].form)
    if governed and form.startswith("لل"):
        form = "ا" + form[1:]
    elif governed and form.startswith("ل"):
        form = form[1:]
    elif governed and form == _BARE_STATEMENT:
        return k  # وفق بيان صادر عن المجلس: the cue بيان صادر عن reports it already
    return k + 3 if form in _STATEMENT else k


def _foreign_name(name: list[Tok]) -> bool:
    """Two or three name words, the first no Arabic word (آرثر، جون، ماثيو): a foreign person's
    name, not a noun phrase (Arabic given names are words too, and stay strict); nor its last
    word a definite one or an Arabic feminine word (جودة المنتج، قواسم مشتركة: a noun the dictionary
    lacks and its genitive or adjective)."""
    last = name[-1].form
    return 1 < len(name) <= 3 and not name[0].form.startswith("ال") and not is_word(strip_conj(name[0].form)) \
        and not last.startswith("ال") and not (last.endswith("ه") and is_word(last))


def _surnames(art: _Article) -> set[str]:
    """The last name words (folded) of the persons who spoke or were introduced so far."""
    return {fold(sp.name.split()[-1]) for sp in art.refs() if sp.name and sp.kind == "person"}


_AFFILIATED: Final = {"التابع", "التابعه"}


def _affiliation(toks: list[Tok], k: int, e: int) -> int:
    """Past ``التابعة لـ"…"`` after a body (whose it is, not another speaker), up to ``e``."""
    if k < e and toks[k].form in _AFFILIATED:
        n = k + 1
        while n < e and (toks[n].form in {"ل", '"'} or toks[n].kind == "a"):
            n += 1
        if n > k + 1 and toks[n - 1].kind in {"a", "p"}:
            return n
    return k


_WRITERS_OPENERS: Final = frozenset(fold(w) for w in ("يذكر", "ويذكر", "يشار", "ويشار", "يجدر"))  # يُذكر أنّ …: the writer's aside


def _past_writers_opener(toks: list[Tok], s0: int, i: int) -> int:
    """Past a writer's opening formula and its أنّ (يُذكر أنّ / يُشار إلى أنّ / يجدر بالذكر أنّ):
    the clause after it opens with its own subject; else ``s0``."""
    if s0 >= i or toks[s0].form not in _WRITERS_OPENERS:
        return s0
    n = next((n for n in range(s0 + 1, min(i, s0 + 4)) if toks[n].kind == "w" and "marker" in classes(toks[n].form)), None)
    return n + 1 if n is not None else s0


_PARTITIVES: Final = frozenset(fold(w) for w in ("عدد", "العديد", "بعض", "أحد", "إحدى", "كثير", "الكثير"))
_NUMBER_PARTITIVES: Final = frozenset(fold(w) for w in ("اثنان", "اثنين", "اثنتان", "اثنتين", "ثلاثة", "ثلاث", "أربعة", "أربع",
                                                  "خمسة", "خمس", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"))
_PLURAL_NISBA: Final = ("يين", "يون")  # الإسرائيليين، الأميركيون: a group's nationality
_SENIOR: Final = fold("كبار")
_PARTITIVE_TAIL: Final = 3  # words describing the people after their plural (الإسرائيليين، في الحكومة)


def _partitive(art: _Article, k: int, end: int, groups: bool = True) -> tuple[SpeakerRef, int] | None:
    """``عدد من المسؤولين``، ``العديد من النواب``، ``أحد العاملين``: some of a group of people
    (claim_words.tsv class "people", a definite plural the actor tables leave unnamed) speak — an
    unnamed source, named as the text says it (with the group's nationality after it)."""
    toks = art.toks
    n = k
    group = groups and _group_head(toks, k, end)  # أعضاء الوفد / منظمو الاحتجاجات: the group itself, no partitive
    if not group and (n >= end or strip_conj(toks[n].form) not in _PARTITIVES and not (
            strip_conj(toks[n].form) in _NUMBER_PARTITIVES and n + 1 < end and toks[n + 1].form == "من")):
        return None  # (a number word only before من: اثنان من كبار المسؤولين; ثلاثة مسؤولين is _past_counts')
    if not group:
        n += 1
        if n < end and toks[n].form == "كبير":
            n += 1  # عدد كبير من
        if n < end and toks[n].form == "من":
            n += 1
        n += n + 1 < end and toks[n].form == _SENIOR  # عدد من كبار المسؤولين
    text = art.doc.text
    a = toks[k].start + (strip_conj(toks[k].form) != toks[k].form)
    if n < end and toks[n].kind == "a" and toks[n].mention.kind in {"civilians", "unnamed"} \
            and not (n + 1 < end and toks[n + 1].kind == "a" and toks[n + 1].mention.kind not in _NOT_SUBJECT):
        g = n + 1 + (n + 1 < end and toks[n + 1].kind == "w" and toks[n + 1].form.startswith("ال")
                     and not classes(toks[n + 1].form) and match_cue(toks, n + 1) is None)  # سكان المنطقة
        return _unnamed(text, a, toks[k].start, toks[g - 1].end), g  # وأكّد عدد من سكان المنطقة (residents: a source)
    if n < end and toks[n].kind == "a" and toks[n].mention.kind not in _NOT_SUBJECT_UNNAMED:
        m = toks[n].mention  # أحد أبناء العشائر / أحد عناصر "قسد": one of the body's people, for the body
        return _member(m, toks[k].start, toks[n].end), n + 1
    people = n < end and (toks[n].kind == "w" and "people" in classes(toks[n].form)
                          or toks[n].kind == "a" and toks[n].mention.kind == "unnamed")
    if not people:
        return None
    b = n + 1 + (n + 2 < end and toks[n + 1].form == '"')  # (أحد عناصر "قسد")
    if b < end and not toks[n].form.startswith("ال") and toks[b].kind == "a" \
            and toks[b].mention.kind not in _NOT_SUBJECT_UNNAMED:
        m = toks[b].mention  # أحد مسؤولي الحركة / عدد من قادة الفصائل: the body they belong to
        b += b + 1 < end and toks[b + 1].form == '"'
        return _member(m, toks[k].start, toks[b].end), b + 1
    e = n + 1
    if group and e + 1 < end and _construct_pair(toks, e):
        e += 1  # منظمو حركة الاحتجاجات: a genitive itself in the construct state, its own genitive next
    if not toks[n].form.startswith("ال") and e < end and toks[e].kind == "w" and toks[e].form.startswith("ال") \
            and not classes(toks[e].form) and match_cue(toks, e) is None:
        e += 1  # أحد أصحاب المحال / عدد من وجهاء العشائر: the group's genitive
    while e < min(end, n + 1 + _PARTITIVE_TAIL) and (toks[e].kind == "a" and toks[e].mention.kind == "adjective"
                                                     or toks[e].kind == "w" and toks[e].form.startswith("ال")
                                                     and toks[e].form.endswith(_PLURAL_NISBA)):
        e += 1  # المسؤولين الإسرائيليين
    if e + 1 < end and toks[e].form == "في" and toks[e + 1].kind == "a" \
            and toks[e + 1].mention.kind not in _NOT_SUBJECT_UNNAMED:
        m = toks[e + 1].mention  # أحد المسؤولين في وزارة الخارجية الأميركية: an official speaks for the body
        return _member(m, toks[k].start, toks[e + 1].end), e + 2
    if group and e > n + 1:
        e = _past_coordinated_genitive(toks, e, end)  # رؤساء المستوطنات والمجالس الإقليمية
    if group and e == n + 1:
        return None  # a bare plural (سكان، أعضاء) is no group named: whose people, the text must say
    if group:  # أعضاء الوفد / رؤساء المستوطنات: a group the tables lack, named as the text has it (like a
        # body they lack), not one more unnamed source: the article's unnamed sources are another speaker
        return SpeakerRef(None, None, None, None, text[a:toks[e - 1].end], "media", toks[k].start, toks[e - 1].end), e
    return _unnamed(text, a, toks[k].start, toks[e - 1].end), e


def _group_head(toks: list[Tok], k: int, end: int) -> bool:
    """``أعضاء الوفد``، ``منظمو حركة الاحتجاجات``، ``رؤساء المستوطنات``: a plural of people in the
    construct state (claim_words.tsv class "people", no ال) before its genitive names a group that
    speaks, as ``عدد من المسؤولين`` does after a partitive."""
    if k + 1 >= end:
        return False
    head = strip_conj(toks[k].form)
    return toks[k].kind == "w" and not head.startswith("ال") and "people" in classes(head) \
        and (toks[k + 1].form.startswith("ال") or k + 2 < end and _construct_pair(toks, k + 1)
             or toks[k + 1].kind == "a" and toks[k + 1].mention.kind not in _NOT_SUBJECT)


def _past_coordinated_genitive(toks: list[Tok], e: int, end: int) -> int:
    """Past ``والمجالس الإقليمية`` after a group's genitive (رؤساء المستوطنات والمجالس الإقليمية): a
    second definite genitive joined by و, with its definite adjective."""
    t = toks[e] if e < end else None
    if t is None or t.kind != "w" or not t.form.startswith("وال") or classes(t.form) or match_cue(toks, e) is not None:
        return e
    e += 1
    if e < end and toks[e].kind == "w" and toks[e].form.startswith("ال") and toks[e].form.endswith(("يه", "ي")) \
            and not classes(toks[e].form):
        e += 1  # (its adjective: الإقليمية)
    return e


def _construct_pair(toks: list[Tok], k: int) -> bool:
    """``حركة الاحتجاجات``: an indefinite noun before a definite one (two words of a construct chain)."""
    return toks[k].kind == "w" and not toks[k].form.startswith("ال") and toks[k + 1].kind == "w" \
        and toks[k + 1].form.startswith("ال") and not classes(toks[k + 1].form) and match_cue(toks, k) is None


_GROUP_GENITIVE: Final = 2  # words naming whose residents / families speak (أهالي مجدل شمس)


def _named_group(art: _Article, sp: SpeakerRef) -> SpeakerRef:
    """``أكد أهالي الجولان …`` / ``عائلات الشهداء في … ترفض`` / ``أهالي مجدل شمس يؤكدون``: civilians
    in the construct state before whose they are (a definite word, or a name of one or two plain
    words) are a group named as the text has it, an unnamed source, as ``عدد من سكان المنطقة`` is;
    civilians as a mass (المدنيون، الأهالي) stay no claimant."""
    toks = art.toks
    k = bisect_left(art.starts, sp.start)
    if k >= len(toks) or toks[k].kind != "a" or strip_conj(toks[k].form).startswith("ال"):
        return sp
    n = _group_genitive_end(toks, k)
    if n == k + 1:
        return sp
    a = toks[k].start + (strip_conj(toks[k].form) != toks[k].form)
    return _unnamed(art.doc.text, a, toks[k].start, toks[n - 1].end)


def _group_genitive_end(toks: list[Tok], k: int) -> int:
    """The end of the words after the civilians' noun at ``k`` that say whose they are (أهالي
    مجدل شمس، أهالي الجولان: one definite word, or one or two plain words); ``k + 1`` if none."""
    n = k + 1
    while n < len(toks) and n - k <= _GROUP_GENITIVE and toks[n].kind == "w" and not classes(toks[n].form) \
            and match_cue(toks, n) is None and not toks[n].governed:
        n += 1
        if toks[n - 1].form.startswith("ال"):
            break  # أهالي الجولان: one definite genitive
    return n


def _member(m: ActorMention, start: int, end: int) -> SpeakerRef:
    """Some of a body's people (``أحد عناصر "قسد"``) speak for the body, with no name."""
    return SpeakerRef(None, None, None, m.canonical, m.surface, m.kind, start, end)


def _unnamed(text: str, a: int, start: int, end: int) -> SpeakerRef:
    """Some of a group of people (``عدد من المسؤولين الإسرائيليين``): an unnamed source, named
    as the text says it from ``a`` (after a glued conjunction)."""
    return SpeakerRef(None, None, None, "Unnamed sources", text[a:end], "unnamed", start, end)


def _prep_speaker(art: _Article, j: int, end: int, nominal: bool = False) -> tuple[SpeakerRef | None, int]:
    """حسب المرصد / وفقاً لمصادر / على لسان المتحدث … (``nominal``: إعلان وزارة … , no gap)."""
    toks = art.toks
    k = j
    while k < end and toks[k].form in {"ل", "ما", "لما"} and not nominal:
        k += 1
    if nominal and not (k < end and (toks[k].kind == "a" or _quoted_or_typed_body(toks, k, end)
                                     or _national_body(toks, k, end))):
        return None, j
    if k < end and toks[k].kind == "w" and classes(toks[k].form) & {"marker"}:
        return None, j
    if not nominal and (part := _partitive(art, k, end, groups=False)) is not None:
        return part  # على لسان أحد المسؤولين / وفق أحد العاملين
    if not nominal:
        k = _past_figures(toks, k, end)  # وفق إحصائيات وزارة الصحة: the ministry's figures, the ministry speaks
        official = _official_statement(art, k, end)
        if official is not None:
            return official  # وفقاً لتصريحات رسمية تركية
    k = k if nominal else _past_issued_by(toks, k, end, governed=True)  # وفقاً للتقرير الصادر عن الأمم المتحدة
    if not nominal and k < end and (src := _report_source(art, k)) is not None:
        return src, _past_same(toks, k + 1, end)  # وبحسب التقرير / ووفقاً للتقرير ذاته: the body that published it
    if not nominal and (named := _source_named_as_written(art, k, end)) is not None:
        return named  # ووفق "اليونسيف"، تأثّر … / …، حسب BBC.: a body the tables lack, its name closed off
    if k < end and j > 0 and strip_conj(toks[j - 1].form) in _BARE_ACCORDING and toks[k].kind != "a":
        return _named_before(art, _typed_body(art, k, end)) or (None, j)  # وفقاً لصحيفة …: ل glued to a body the tables lack
    np = parse_np(toks, k, end) if k < end else None
    sp = art.speaker(np) if np is not None else None
    if (sp is None or np.mention is None and np.body is None and np.anaphor is None and not np.person) \
            and k < end and not nominal:
        typed = _named_before(art, _typed_body(art, k, end))  # بحسب وكالة الأنباء العراقية "واع"
        if typed is not None:
            return typed
    if np is None:
        return None, j
    if sp is not None and sp.kind == "person" and not np.person:
        known = art.known_names()
        punct = np.j < end and toks[np.j].form in {"،", ",", ":"} or np.j >= end
        single = len(np.name) == 1 and not np.name[0].form.startswith("ال") and not noun_with_pronoun(np.name[0].form)
        where = _foreign_name(np.name) and (punct or np.j < end and toks[np.j].form in _CIRCUMSTANTIAL)
        office = 2 <= len(np.name) <= 3 and np.j + 1 < end and toks[np.j].form in {"،", ","} \
            and not any(x.form.startswith("ال") for x in np.name) and toks[np.j + 1].kind == "w" \
            and bool(classes(strip_conj(toks[np.j + 1].form)) & {"role", "title"})
        # (بحسب NAME، مديرة المركز …: a name the office set off after it vouches for)
        if not (known & sp.name_forms or (single and punct) or where or office):
            return None, j  # بحسب إردوغان: … — a bare name only when punctuation closes it
            # (or a foreign name, closed or followed by where he wrote: حسبما صرح ليانغ هايمينغ، عميد …،
            # وفقاً لما كتبه آرثر غرين في صحيفة …)
    if sp is not None and sp.kind == "media" and np.j + 1 < end and toks[np.j].form == "عن":
        if (part := _partitive(art, np.j + 1, end)) is not None:
            return part  # … عن العديد من كبار المسؤولين: some of a group
        inner = parse_np(toks, np.j + 1, end)  # بحسب ما نقلته الوكالة عن مصدر عسكري: the relayed source
        src = art.speaker(inner) if inner is not None and (inner.mention is not None or inner.person) else None
        if src is not None:
            return src, inner.j
    return sp, np.j


def _named_before(art: _Article, typed: tuple[SpeakerRef, int] | None) -> tuple[SpeakerRef, int] | None:
    """A body the tables lack, named short (``وفقاً لإحصائية مكتب التوثيق``) after a speaker named in
    full (``مكتب توثيق الشهداء في درعا``): that speaker, when all its words are in the full name."""
    if typed is None or typed[0].org or not typed[0].org_ar:
        return typed
    words = {w.removeprefix("ال") for w in fold(typed[0].org_ar).split()}
    for h in reversed(art.history):
        if h.org_ar and h.org_ar != typed[0].org_ar \
                and words <= {w.removeprefix("ال") for w in fold(h.org_ar).split()}:
            return replace(h, start=typed[0].start, end=typed[0].end), typed[1]
    return typed


_FIGURE_NOUNS: Final = frozenset(fold(w) for w in ("إحصائيات", "إحصاءات", "إحصائية", "أرقام", "تقرير", "تقارير", "بيانات",
                                             "معطيات", "تقديرات", "حصيلة", "معلومات", "تصريحات", "تصريح"))
_SPEECH_NOUNS: Final = frozenset(fold(w) for w in ("تعبير", "كلام", "رواية", "قول", "تأكيد", "وصف", "حديث", "شهادة",
                                             "إفادة", "زعم", "مزاعم", "ادعاء", "ادعاءات", "تقدير"))
_LATEST: Final = frozenset(fold(w) for w in ("آخر", "أحدث"))
_PUBLISHED: Final = frozenset(fold(v + e) for v in ("نشر", "أصدر", "أورد", "أعد") for e in ("ته", "تها", "ها", "ه"))


def _past_figures(toks: list[Tok], k: int, end: int) -> int:
    """``بحسب (آخر) إحصائيات وزارة الصحة`` / ``وفقاً لتقرير للمرصد …`` / ``وفق رواية الجيش``: past a
    figures or speech noun (ل glued on, its body after it or after لـ) to a body the tables know, an
    anaphor (``وفق معلومات الصحيفة``) or a typed body they lack (``وفقاً لإحصاءات وزارة التخطيط …``); else ``k``."""
    n = k
    if n < end and toks[n].form.removeprefix("ل") in _LATEST:
        n += 1
    if n >= end or toks[n].form in _LATEST:
        return k
    noun = toks[n].form.removeprefix("ل")
    if noun not in _FIGURE_NOUNS and noun not in _SPEECH_NOUNS:
        return k
    n += 1
    n += n < end and (toks[n].form == "ل" or toks[n].form in _PUBLISHED)  # تقرير لـ / تقرير نشرته صحيفة …
    if n < end and toks[n].kind == "w" and toks[n].form.startswith("ال") and "anaphor" in classes(toks[n].form):
        return n  # وفق معلومات الصحيفة: the outlet named before
    if n < end and toks[n].kind == "w" and "typenoun" in classes(toks[n].form.removeprefix("ل")):
        return n  # وفقاً لإحصاءات وزارة التخطيط العراقية / آخر إحصائية لمركز "…": a body the tables lack (_typed_body)
    return n if n < end and toks[n].kind == "a" else k


_BARE_ACCORDING: Final = frozenset(fold(w) for w in ("وفقاً", "طبقاً", "تبعاً"))  # cues.tsv: these alone, ل glued on

_OFFICIAL_TEXTS: Final = frozenset(p + fold(w) for p in ("", "ل") for w in ("تصريحات", "تصريح", "بيان", "بيانات"))
_OFFICIAL_KINDS: Final = {fold(w): kind for kind, ws in (("", ("رسمية", "رسمي", "صحافي", "صحفي")),
                                                         ("military", ("عسكري", "عسكرية"))) for w in ws}


def _official_statement(art: _Article, k: int, end: int) -> tuple[SpeakerRef, int] | None:
    """``وفقاً لتصريحات رسمية تركية`` / ``بحسب بيان عسكري سوري``: a statement named by its
    country's adjective alone is that government's (a military one its defence ministry's)."""
    toks = art.toks
    if k + 1 >= end or toks[k].form not in _OFFICIAL_TEXTS:
        return None
    n = k + 1
    kind = _OFFICIAL_KINDS.get(toks[n].form)
    n += kind is not None
    if n >= end or toks[n].kind != "a" or toks[n].mention.kind != "adjective":
        return None
    org = toks[n].mention.canonical
    if kind == "military":
        org = _defence_ministries().get(org, org)
    t = toks[k]
    start = t.start + (toks[k].form[0] == "ل")  # لتصريحات: the ل is the preposition's
    org_ar = " ".join(art.doc.text[start:toks[n].end].split())
    return SpeakerRef(None, None, None, org, org_ar, "government", t.start, toks[n].end), n + 1


_QUOTED_BODY_PLACE: Final = 3  # tokens of where a quoted body sits before its words (في ريف درعا)


def _quoted_body(art: _Article, k: int, end: int, typed: bool = True) -> tuple[SpeakerRef, int] | None:
    """``"تجمع شباب البوكمال" إنّ`` / ``"اللجنة الأمنية" التابعة للنظام في درعا أنّ``: a quoted name of
    two to four words that opens with a type noun, right where a subject goes, and then (past whose it
    is and where it sits) the words — a body the tables lack speaks (a known one parses as usual).
    Not ``typed``: any quoted name of one to four plain words no person's name reads (``أعلنت "آفاد"
    أنّ``، ``لفتت "لو فيغارو" إلى أنّ``) — asked only where no speaker phrase parses."""
    toks = art.toks
    c = _quoted_type_name(toks, k, end) if typed else _quoted_name(toks, k, end)
    if c is None:
        return None
    after = _affiliation(toks, c + 1, end)
    words = after
    if after < end and toks[after].form == "في":
        words = next((n for n in range(after + 2, min(end, after + 2 + _QUOTED_BODY_PLACE))
                      if art.opens_content(n, end, strict=True)), after)
    if not art.opens_content(words, end, strict=True) and not (
            not typed and words < end and toks[words].form in _TOWARDS and art.opens_content(words + 1, end, strict=True)):
        return None  # (لفتت "لو فيغارو" إلى أنّ …)
    return _lacked_body(art, k, c), words


def _quoted_type_name(toks: list[Tok], k: int, end: int) -> int | None:
    """The closing mark of a quoted name at ``k`` that opens with a type noun (\"تنسيقية …\"), else None."""
    if not (k + 2 < end and toks[k].form == '"' and toks[k + 1].kind == "w"
            and "typenoun" in classes(toks[k + 1].form.removeprefix("ال"))):
        return None
    return closing_mark(toks, k + 1, end)


def _quoted_name(toks: list[Tok], k: int, end: int) -> int | None:
    """The closing mark of a quoted name of one to four plain words at ``k`` (\"آفاد\"), else None."""
    if not (k + 2 < end and toks[k].form == '"' and toks[k + 1].kind == "w"):
        return None  # (a cue's spelling too: "آفاد" folds like أفاد)
    return k + 2 if toks[k + 2].form == '"' else closing_mark(toks, k + 1, end)


def _lacked_body(art: _Article, k: int, c: int) -> SpeakerRef:
    """The body the tables lack quoted from ``k`` to its closing mark ``c``, named as the text has it."""
    toks = art.toks
    org_ar = " ".join(art.doc.text[toks[k + 1].start:toks[c - 1].end].split())
    return SpeakerRef(None, None, None, None, org_ar, "media", toks[k].start, toks[c].end)


_SOURCE_CLOSERS: Final = frozenset({"،", ",", ".", "؛", ";", ")", "في"})  # what follows a source's name: its clause
# goes on (…، بحسب "رويترز"، في 16/4), not its words (وفق "المستوى الذي يراه ملائماً")


def _source_named_as_written(art: _Article, k: int, end: int) -> tuple[SpeakerRef, int] | None:
    """``ووفق "اليونسيف"،`` / ``حسب BBC.``: right after حسب / وفق, a quoted name of one to four
    plain words or a Latin name, closed by punctuation or the sentence end — the body the tables
    lack (an outlet, an agency), named as the text has it."""
    toks = art.toks
    if k >= end:
        return None
    if toks[k].form == '"':
        c = _quoted_name(toks, k, end)
        if c is None or c + 1 < end and toks[c + 1].form not in _SOURCE_CLOSERS:
            return None
        return _lacked_body(art, k, c), c + 1
    n = k
    while n < end and n - k < 4 and toks[n].kind == "w" and toks[n].form.isascii() and toks[n].form.isalpha():
        n += 1
    if n == k or n < end and toks[n].form not in _SOURCE_CLOSERS:
        return None
    name = " ".join(art.doc.text[toks[k].start:toks[n - 1].end].split())
    return SpeakerRef(None, None, None, None, name, "media", toks[k].start, toks[n - 1].end), n


def _quoted_or_typed_body(toks: list[Tok], k: int, end: int) -> bool:
    """``إعلان "قسد"`` / ``إعلان تنظيم "قسد"``: a known body behind a quote mark or a type noun."""
    n = k + ("typenoun" in classes(toks[k].form))
    n += n < end and toks[n].form == '"'
    return k < n < end and toks[n].kind == "a"


_NATIONAL_BODY_WORDS: Final = 3  # definite words of a body's name before its nationality (وزارة الهجرة والمهجرين العراقية)


def _national_body(toks: list[Tok], k: int, end: int) -> bool:
    """``تأكيد وزارة الهجرة العراقية``: a type noun, a few definite words and a nationality — a
    state's body the tables lack, named in full (not a bare وزارة الهجرة, whose state is unsaid)."""
    if toks[k].kind != "w" or "typenoun" not in classes(toks[k].form):
        return False
    n = k + 1
    while n < end and n - k <= _NATIONAL_BODY_WORDS and toks[n].kind == "w" and toks[n].form.startswith(("ال", "وال")):
        n += 1
    m = toks[n].mention if k + 1 < n < end else None
    return m is not None and m.kind == "adjective"


_OWN_SUFFIXES: Final = ("ه", "ها", "هم")  # (unfolded: a pronoun, not ة) رغبته، استعدادها، رفضهم
_HOLDER_WORDS: Final = 6  # words of a person (office and name) after the verbal noun


def _stance_holder(art: _Article, j: int, end: int) -> tuple[SpeakerRef | None, int]:
    """``إعلان الدبيبة تبرّؤه من …``، ``إعلان إردوغان رغبته في …``: a person right after an
    announcement noun, then a verbal noun owned by a pronoun (his wish, her readiness) — his own
    announced stance, so a statement of his; a bare ``تصريحات X`` or ``إعلان X`` names none."""
    toks = art.toks
    n = next((n for n in range(j + 1, min(end, j + 1 + _HOLDER_WORDS)) if _owned_noun(art, n)), None)
    if n is None:
        return None, j
    np = parse_np(toks, j, n)
    if np is None or not np.name or np.j != n \
            or not (np.person or art.introduced_name({strip_conj(x.form) for x in np.name})):
        return None, j  # (a name the article or the tables present: تأكيد التزام بلاده is no person's)
    sp = art.speaker(np)
    if sp is None or not sp.name:
        return None, j
    if sp.name.split()[-1] == art.doc.text[toks[n].start:toks[n].end]:  # (رفضه is his stance, not his name)
        words = [art.doc.text[x.start:x.end] for x in np.name]
        sp = replace(sp, name=" ".join(words), name_forms=frozenset(x.form for x in np.name))
    return sp, n


def _owned_noun(art: _Article, n: int) -> bool:
    """A word owned by a pronoun (``رغبته``، ``استعدادها``; as written, so not a ة), no cue, no class."""
    t = art.toks[n]
    word = art.doc.text[t.start:t.end]
    return t.kind == "w" and len(word) >= 4 and word.endswith(_OWN_SUFFIXES) and not classes(t.form) \
        and t.form == strip_conj(t.form) and match_cue(art.toks, n) is None


def _nominal_official(art: _Article, j: int, end: int) -> tuple[SpeakerRef | None, int]:
    """``إعلان الأمين العام لـ"كتائب …"، أبي آلاء الولائي، أنّ …``: an announcement noun, an
    official of a named body, then the words (أنّ / a colon / a quote) — the official speaks."""
    np = parse_np(art.toks, j, end) if j < end else None
    if np is None or not np.person or np.mention is None or not art.opens_content(np.j, end, strict=True):
        return None, j
    return art.speaker(np), np.j
