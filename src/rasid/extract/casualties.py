"""Casualty figures: every "N killed / injured / captured / missing / neutralised" in a text.

A figure is a casualty cue (``مقتل``، ``قتلى``، ``أصيب``، ``اعتقال``، ``تحييد`` …, data in
``data/casualties.tsv``) joined to the quantity Arabic puts beside it: after a verbal noun or
verb (``مقتل 17 عنصراً``، ``أصيب 3 مواطنين``), before a counted noun (``40 قتيلاً``،
``عشرات القتلى``), or none at all — an indefinite plural is a vague figure (``أوقع قتلى``), a
cue before one named or singular person is one (``استشهاد العميد …``). Figures are kept
separately even when they contradict each other; the events stage (extract/events/) decides whose claim each one is.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Final

from ..text.document import Document
from ..text.normalize import fold
from .numbers import Quantity, Tok as _Tok, WordTest, dual_noun, find_quantities, token_positions, token_starts, tokens_of

_BARRIER: Final = set("،,؛;:.!؟?()[]–")
_PROCLITICS: Final = ("وب", "وال", "بال", "و", "ف", "ب", "ل")
_NEGATION: Final = {"لم", "لا", "دون", "بدون", "عدم", "ولم", "ولا"}
_ATTEMPT: Final = {"محاوله", "محاولات", "لمحاوله", "بمحاوله"}  # (folded) محاولة اغتيال: an attempt, right before its cue
_NOT_FIGURE: Final = {fold(w) for w in ("يؤدي", "تؤدي", "تسفر", "يسفر", "يرتفع", "ليرتفع",
                                        "أنقذ", "أنقذت", "إنقاذ", "لإنقاذ", "وأنقذت")}  # أنقذت الفرق أرواح 14: saved
_ACHIEVED: Final = {fold(w) for w in ("حقق", "حققت", "محققه", "تحقيق", "تحقيقها", "تحقق", "وتحقق", "يحقق", "محققا",
                                      "محققين", "لتحقيق", "بتحقيق")}  # حققت إصابات: hits (but تحقيق عسكري بمقتل امرأة: an inquiry into a death)
_NEWS_OF: Final = {fold(w) for w in ("ورود", "أنباء", "معلومات", "تقارير", "عن", "بشأن", "حول", "وقوع", "حدوث", "تسجيل",
                                     "الإبلاغ", "أي", "أن", "يبلغ", "تبلغ", "يذكر", "ترد", "يرد", "تسجل", "يسجل")}  # "no news of" words between a negation and its cue
_NEWS_REACH: Final = 6
_GOAL: Final = {fold(w) for w in ("يسعى", "تسعى", "يسعون", "يحاول", "تحاول", "يحاولون", "بهدف", "سعيا", "يريد", "تريد",
                                  "يريدون", "ينوي", "تنوي")}  # يسعى إلى قتل، بهدف اعتقال: an aim, no one counted
_GOAL_REACH: Final = 2
_HITS: Final = {"مباشره", "مباشر", "اهدافها", "اهدافه", "اهداف", "الاهداف", "الهدف", "هدفها", "دقيقه", "المباشره"}
_ALL: Final = {"كل", "جميع", "كامل"}
_ANY: Final = fold("أي")
_SUB: Final = {"بينهم", "منهم", "بينهن", "بينها", "ومنهم", "وبينهم", "منهن", "احدهم", "احداهن", "احدهما"}
_ONE_OF_THEM: Final = {"احدهم", "احداهن", "احدهما"}  # (folded) أحدهم طفل: like بينهم, one of those counted
_RELATIVE: Final = {"الذي", "التي", "الذين"}
_OTHERS: Final = {"اخرين", "اخرون", "الاخرين"}
_ANOTHER: Final = {"اخر", "ثالث", "رابع", "خامس"}  # (folded آخر) one more person of the kind just counted (وإصابة ثالث)
_WOUNDS_OF: Final = {"بها", "به", "بهما", "بهم"}  # متأثراً بجراحه التي أصيب بها: the wounds, not one more person
_TWO_OTHERS: Final = {"اخران"}  # (folded آخران) two more: وأصيب آخران (the oblique آخرين may be many)
_WINDOW_AFTER: Final = 3  # tokens between a verbal cue and its count
_WINDOW_BEFORE: Final = 3  # tokens between a count and the cue after it
_TOLL: Final = {fold(w) for w in ("حصيلة", "وحصيلة", "عدد", "وعدد")}  # the toll of the dead …
_EXCEEDS: Final = {fold(w) for w in ("تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "وتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى",
                                "فاق", "فاقت", "يفوق", "تفوق")}  # a toll that passed its count: at least
_TOLL_REACHES: Final = {fold(w) for w in ("إلى", "الى", "بلغت", "بلغ", "وصلت", "وصل")}  # … rose to / reached N
_WINDOW_TOLL: Final = 7  # a toll's place and verb may stand between the cue and its count
_WINDOW_TOLL_BY: Final = 10  # … and a toll "put at" a count (قدّر عدد القتلى منذ بدء الحملة على المحافظة بنحو 150)
_DONE: Final = {fold(w) for w in ("جرى", "تم", "يجري", "يتم")}  # عدد الذين جرى اعتقالهم: the toll's relative clause
_QUOTES: Final = set("\"'«»“”")
_ONE_OF: Final = {fold(w) for w in ("أحد", "إحدى")}  # إصابة أحد الحراس: one of the people named after it
_CAUSE_FIRST: Final = {fold(w) for w in ("جراء", "إثر", "اثر", "بسبب", "نتيجة", "في", "خلال", "بقصف", "بغارة", "بانفجار",
                                   "برصاص", "بنيران", "بقذيفة", "بضربة", "بهجوم", "بكمين", "بصاروخ", "بلغم")}
_WINDOW_CAUSE: Final = 8  # a passive verb, its cause, then its count: استشهد في القصف الإسرائيلي على ريف دمشق 3 مدنيين
_SOME: Final = fold("بعض")
_YEARS: Final = range(1900, 2101)  # (في عام 2023 إصابة …: a year before a verbal noun counts nothing)
_YEAR_WORDS: Final = {fold(w) for w in ("عام", "العام", "سنة", "السنة", "لعام", "منذ")}  # a year's word before a number
_TAMYIZ_FROM: Final = 11  # the singular noun follows a count from 11 on (11 وفاة، 20 إصابة; 3 إصابات is the plural's)


@dataclass(frozen=True, slots=True)
class Figure:
    """One casualty figure; ``start``/``end`` in ``Document.text``."""

    start: int
    end: int
    count: int | None
    qualifier: str
    kind: str
    victims: str | None  # "Civilians" when the counted noun says so; else set by the event
    cue: str
    mixed: bool = False  # a toll of persons of several peoples (بينهم 5 في حزب الله): no one's, not even the event's


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: str
    role: str
    definite: bool


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[tuple[str, ...], _Cue], dict[str, set[str]]]:
    """(cue token tuple → cue, role → folded words) from ``data/casualties.tsv``."""
    path = resources.files("rasid").joinpath("data", "casualties.tsv")
    cues: dict[tuple[str, ...], _Cue] = {}
    words: dict[str, set[str]] = {"counter": set(), "person": set(), "person_pl": set(), "civil": set(), "skip": set(),
                                  "tamyiz": set(), "cases": set(), "kin": set(), "kin2": set(), "member": set(),
                                  "fighters": set(), "condemn": set(), "spent": set()}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        form, kind, role = line.split("\t")[:3]
        toks = tuple(fold(form).split())
        if role in words:
            words[role].add(toks[0])
        else:
            cues[toks] = _Cue(kind, role, toks[0].startswith("ال") and toks[0] != "القضاء")
    return cues, words


def _strip(word: str, table: set[str]) -> str | None:
    if word in table:
        return word
    for pre in _PROCLITICS:
        if word.startswith(pre) and word[len(pre):] in table:
            return word[len(pre):]
    return None




# Words that open with the letters of the article but are none: after one a noun is no construct
# (أسعفت 23 مصاباً إلى المشفى: إلى folds to الي; جرحى الذين …).
_NOT_ARTICLE: Final = frozenset(fold(w) for w in (
    "إلى", "الى", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "إلا", "الآن"))


def _cue_at(toks: list[_Tok], i: int) -> tuple[int, _Cue] | None:
    """Longest cue starting at token ``i`` (a proclitic allowed on its first word).

    The cue's definiteness is read from the word as written (``والشهداء`` is definite), and
    a noun in a construct with a definite noun is definite too (``قتلى الهيئة``).
    """
    cues, _ = _lexicon()
    first = toks[i].text
    if not _may_start(first):
        return None
    for n in (3, 2, 1):
        if i + n > len(toks):
            continue
        rest = tuple(t.text for t in toks[i + 1:i + n])
        for head in _cue_heads(first, n == 1):
            cue = cues.get((head, *rest))
            if cue is None:
                continue
            bare = first[:len(first) - len(head)] + head
            definite = bool(_DEFINITE.match(bare)) and not head.startswith("القضاء")
            after = _word(toks, i + 1)
            if not definite and cue.role == "noun" and n == 1 and after.startswith("ال") and after not in _NOT_ARTICLE:
                definite = True  # construct state: قتلى الهيئة، شهداء المقاومة (not 23 مصاباً إلى …)
            return n, _Cue(cue.kind, cue.role, definite)
    return None


_DEFINITE: Final = re.compile(r"^(?:[وفب]?ال|[وف]?لل)")


@lru_cache(maxsize=16384)
def _cue_heads(first: str, single: bool) -> tuple[str, ...]:
    """The forms a cue's first word may take in ``first``: as written, less a proclitic, and —
    for a one-word cue — glued after another word by a lost space ("سوريامقتل")."""
    cands = [first] + [first[len(p):] for p in _PROCLITICS if first.startswith(p) and len(first) > len(p) + 2]
    if single and len(first) > 7:
        cands += [form for k in range(3, len(first) - 3) if (form := _glued_cue(first[k:]))]
    if single and len(first) > 6 and (head := _glued_before(first)):
        cands.insert(1, head)  # (شهداءارتقوا: the noun first, not the verb glued after it)
    return tuple(cands)


_GLUED_AFTER: Final = {fold(w) for w in ("من", "في", "على", "عن", "جراء", "إثر", "بعد", "خلال", "بين", "ارتقوا", "سقطوا", "قضوا")}
# their lengths, longest first (each two letters at least: the split point before the word's last letter)
_GLUED_AFTER_SIZES: Final = tuple(sorted({len(w) for w in _GLUED_AFTER if len(w) >= 2}, reverse=True))


def _glued_before(word: str) -> str:
    """The cue that opens ``word`` when a lost space glued the next word to it (``استشهدمن
    جراء``، ``ثلاثة شهداءارتقوا``: a cue, then a preposition or a verb of dying), or "".
    (The word's ending of each length a glued-after word has is looked up, the longest first —
    the shortest cue first, as a walk over the split points gives it — not each split point.)"""
    cues, _ = _lexicon()
    n = len(word)
    for size in _GLUED_AFTER_SIZES:
        k = n - size
        if k >= 4 and word[k:] in _GLUED_AFTER and (word[:k],) in cues:
            return word[:k]
    return ""


def _glued_cue(tail: str) -> str:
    """The verbal noun or verb, maybe behind و, that ``tail`` is when it ends a word a lost space
    glued it to (``سوريامقتل``، ``الأميركيوأصيب``، ``بعدمااستشهد``), or ""."""
    cues, _ = _lexicon()
    for form in (tail, tail[1:] if tail[:1] == "و" else ""):
        cue = cues.get((form,))
        if cue is not None and cue.role in ("vn", "verb") and len(form) >= 4:
            return form
    return ""


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(k[0] for k in _lexicon()[0])


def _with_proclitics(words: set[str] | frozenset[str]) -> frozenset[str]:
    """``words`` as written and behind each of ``_PROCLITICS``: ``_strip(w, words) is not None``
    as one set lookup (``_strip`` tries the word, then each proclitic in turn)."""
    return frozenset(words) | {pre + w for pre in _PROCLITICS for w in words}


@lru_cache(maxsize=1)
def _start_forms() -> frozenset[str]:
    """The words a cue's first word may be, as written or behind a proclitic."""
    return _with_proclitics(_first_words())


@lru_cache(maxsize=1)
def _glued_tails() -> tuple[frozenset[str], tuple[int, ...]]:
    """(the endings ``_glued_cue`` reads as a cue — a one-word verbal noun or verb of four letters
    or more, maybe behind و —, their lengths): a word's glued cue is found by trying its ending
    of each such length, not each of its split points."""
    cues, _ = _lexicon()
    forms = {form for (form, *more), cue in cues.items()
             if not more and cue.role in ("vn", "verb") and len(form) >= 4}
    tails = frozenset(forms | {"و" + form for form in forms})
    return tails, tuple(sorted({len(t) for t in tails}))


def _ends_in_glued_cue(word: str) -> bool:
    """``any(_glued_cue(word[k:]) for k in range(3, len(word) - 3))``: an ending of ``word`` of
    four letters or more, three at least left before it, is a glued cue (``سوريامقتل``)."""
    tails, sizes = _glued_tails()
    n = len(word)
    for size in sizes:
        if size > n - 3:
            break
        if word[n - size:] in tails:
            return True
    return False


def _may_start(word: str) -> bool:
    """Can a cue start at this word (as written, behind a proclitic, or glued after another)?"""
    if word in _start_forms():
        return True
    return _glued_start(word)


def _glued_start(word: str) -> bool:
    """``_may_start`` past its forms: a cue glued at the end of a long word, or after another."""
    return len(word) > 7 and _ends_in_glued_cue(word) or len(word) > 6 and bool(_glued_before(word))


def _word(toks: list[_Tok], i: int) -> str:
    return toks[i].text if 0 <= i < len(toks) else ""


_NO_ROLES: Final[frozenset[str]] = frozenset()


def _roles(word: str) -> frozenset[str]:
    """The word-list roles (counter, person, civil, skip) a word plays, proclitics allowed."""
    return _role_forms().get(word, _NO_ROLES)


@lru_cache(maxsize=1)
def _role_forms() -> dict[str, frozenset[str]]:
    """Every form of a word-list word (as written or behind a proclitic) → the roles it plays:
    one lookup per word, where each role's table was tried with each proclitic."""
    _, words = _lexicon()
    roles: dict[str, set[str]] = {}
    for role, table in words.items():
        for form in _with_proclitics(table):
            roles.setdefault(form, set()).add(role)
    return {form: frozenset(found) for form, found in roles.items()}


def condemns(word: str) -> bool:
    """A folded word is a verb of condemning (``ودانت``، ``تدين``): whoever condemns an attack
    gives the toll the text tells of it."""
    return "condemn" in _roles(word)


def _is(toks: list[_Tok], i: int, role: str) -> bool:
    return 0 <= i < len(toks) and role in _roles(toks[i].text)


def _counter(toks: list[_Tok], i: int) -> bool:
    """A counted noun that is no person, bare or definite: ``3 صواريخ``, and ``أصابت بعض القذائف
    قاعة`` (a vague quantity takes the definite plural: shells hit, no one is counted)."""
    word = _word(toks, i)
    return _is(toks, i, "counter") or (word.startswith("ال") and "counter" in _roles(word[2:]))


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Folded given names (``data/given_names.tsv``) that open one more person of a list."""
    path = resources.files("rasid").joinpath("data", "given_names.tsv")
    return frozenset(fold(line.split("\t")[0]) for line in path.read_text(encoding="utf-8").splitlines()[1:]
                     if line.strip() and not line.startswith("#"))


_ALA: Final = fold("علي")  # also the folded preposition على (وعلى الفور، وعلى صعيد)
_NAME_REACH: Final = 4  # words one name of a list may take (العميد فلان فلان الفلاني)


def _opens_name(toks: list[_Tok], j: int, bare: bool = False) -> bool:
    """Does one more person's name open at token ``j``: و (or, where ``bare``, nothing) before
    a given name or a person word (وحسين، والعميد، وطفل) — not a cue (وأصيب) nor the
    preposition على before a definite word (وعلى الفور)?"""
    w = _word(toks, j)
    if not w.startswith("و") and not bare or _may_start(w) or len(w) < 3:
        return False
    names = _given_names()
    for name in (w[1:], w) if w.startswith("و") else (w,):
        if name in names and not (name == _ALA and _word(toks, j + 1).startswith("ال")):
            return True
    return _is(toks, j, "person") or _is(toks, j, "kin") or _is(toks, j, "kin2")


def _more_names(toks: list[_Tok], k: int, commas: bool = False) -> tuple[int, int]:
    """``استشهد العميد فلان وحسين فلان ومهدي فلان``: how many more people a list of names
    from token ``k`` adds — each name opened within a name's length of the one before, up to a
    comma (or, where ``commas``, past one: ``الشهداء هم فلان "كنيته" من بلدة كذا، وفلان …``,
    an item as long as it runs) — and the token after the last one's first word."""
    more, last, j = 0, k - 1, k
    while j < len(toks):
        w = toks[j].text
        if w in _BARRIER:
            if not (commas and w in ("،", ",") and _item_after_comma(toks, j + 1)):
                break
            j += 1
            more, last = more + (2 if _is(toks, j, "kin2") else 1), j
        elif j - last > (_ITEM_REACH if commas else _NAME_REACH) or _may_start(w) and _cue_at(toks, j):
            break  # (مقتل طفل وإصابة والدته: the mother is the next cue's, not one more dead)
        elif _opens_name(toks, j):
            more, last = more + (2 if _is(toks, j, "kin2") else 1), j
        j += 1
    return more, last + 1


_ITEM_REACH: Final = 12  # words of one item of a comma list (a name, a nickname, a home town)
_NOT_ITEM: Final = {fold(w) for w in ("ذلك", "قد", "هو", "هي", "هم", "في", "من", "على", "عن", "كان", "كانت", "أن", "إن",
                                      "لا", "لم", "تم", "ما", "بعد", "قبل", "أيضا", "أضاف", "أكد", "أشار")}


def _item_after_comma(toks: list[_Tok], j: int) -> bool:
    """Does one more item of a comma list open at ``j``: a name or person word, or و before a
    word that is no cue nor a function word (``، وحيدر فلان``)?"""
    w = _word(toks, j)
    return _opens_name(toks, j, bare=True) or w.startswith("و") and len(w) > 3 and not _may_start(w) \
        and w[1:] not in _NOT_ITEM


def loss_word(word: str) -> bool:
    """May a casualty cue (مقتل، إصابة، اعتقال …) start at this folded word?"""
    return _may_start(word)


_MAY_START: Final = WordTest(_may_start, forms=_start_forms, rest=_glued_start, rest_from=7)


@lru_cache(maxsize=1)
def _skip_forms() -> frozenset[str]:
    """The "skip" words (an earthquake's, an epidemic's toll) as written or behind a proclitic."""
    return _with_proclitics(_lexicon()[1]["skip"])


def _skip_word(word: str) -> bool:
    return word in _skip_forms()  # ("skip" in _roles(word), one table)


_SKIP: Final = WordTest(_skip_word, forms=_skip_forms)
_RESTATED: Final = {"انهم", "بانهم"}  # (folded أنّهم) ذكرت "بوليتيكو" أنّهم 46 جندياً: another count of those just counted
_SUB_FORMS: Final = frozenset(_SUB | _RESTATED)
_IS_SUB: Final = WordTest(lambda w: w in _SUB_FORMS, forms=lambda: _SUB_FORMS)


def find_figures(doc: Document) -> list[Figure]:
    """Every casualty figure in the document, sentence by sentence (text folded once)."""
    cued = token_positions(doc.text, _MAY_START)  # where a cue may stand
    if not cued:
        return []
    toks = tokens_of(doc.text)
    starts = token_starts(doc.text)
    skips = token_positions(doc.text, _SKIP)
    subs = token_positions(doc.text, _IS_SUB)
    sentences = doc.sentences or [type("S", (), {"start": 0, "end": len(doc.text)})()]
    spans = []
    for sent in sentences:
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        c = bisect.bisect_left(cued, lo)
        if c < len(cued) and cued[c] < hi:  # no cue in the sentence: no figure
            spans.append((sent, lo, hi, c))
    quants = [(q.start, q.end, q) for q in find_quantities(doc.text, [(s.start, s.end) for s, _, _, _ in spans])]
    out: list[Figure] = []
    for sent, lo, hi, c in spans:
        k = bisect.bisect_left(skips, lo)
        if k < len(skips) and skips[k] < hi:
            continue  # an earthquake's or an epidemic's toll is no conflict event's
        a, b = bisect.bisect_left(quants, (sent.start,)), bisect.bisect_left(quants, (sent.end,))
        here = cued[c:bisect.bisect_left(cued, hi, c)] + subs[bisect.bisect_left(subs, lo):bisect.bisect_left(subs, hi)]
        out.extend(_sentence_figures(toks[lo:hi], starts[lo:hi], [q for _, _, q in quants[a:b]],
                                     sorted({k - lo for k in here})))
    return out


def _sentence_figures(toks: list[_Tok], starts: list[int], quants: list[Quantity], cands: list[int]) -> list[Figure]:
    """The figures of one sentence; ``cands``: the indexes (sorted) where a cue may stand or a
    sub-figure (``بينهم``) may open — every other word is passed over."""
    # token index range of each quantity
    q_at: dict[int, tuple[int, Quantity]] = {}  # first token → (last token + 1, quantity)
    q_end: dict[int, tuple[int, Quantity]] = {}  # last token + 1 → (first token, quantity)
    for q in quants:
        first = bisect.bisect_left(starts, q.start)
        if first >= len(toks):
            continue
        last = first
        while last + 1 < len(toks) and toks[last + 1].end <= q.end:
            last += 1
        q_at[first] = (last + 1, q)
        q_end[last + 1] = (first, q)
    out: list[Figure] = []
    covered_until = -1
    last_kind: str | None = None
    i = 0
    for c in cands:
        if c < i:
            continue
        i = c
        word = toks[i].text
        hit = _cue_at(toks, i) if _may_start(word) else None
        if hit is None:
            if word in _RESTATED and last_kind and (restated := _restated_count(toks, i, q_at, last_kind)):
                out.append(restated)
                i += 2
                continue
            if word not in _SUB or not last_kind:
                i += 1
                continue
            if i + 1 in q_at or _count_after_noun(toks, i + 1, q_at):  # "4 شهداء، بينهم طفلان"
                qend, q = q_at[i + 1] if i + 1 in q_at else q_at[i + 2]
                out.append(_figure(toks, i + 1, qend, q.count, q.qualifier, last_kind, "sub"))
                if q.count is not None and (more := _coordinated_counts(toks, qend, q_at, out[-1], cands)):
                    out.extend(more)  # "بينهم 9 مدنيين و29 من مقاتلي العشائر و16 من …": each part of the list
                    i = _tok_index(toks, more[-1].end) + 1
                    continue
                i = qend
                if q.count is not None and (items := _list_items(toks, qend, q_at, out[-1], cands)):
                    out.extend(items)  # "بينها 6 أطفال، كانت الحصة الأكبر منها للنظام (97 حالة)، تلتها «قسد» (31)"
                    i = _tok_index(toks, items[-1].end) + 1
                    continue
                one = next((k for k in (qend, qend + 1) if _word(toks, k).startswith("و") and _is(toks, k, "person")
                            and not _is(toks, k, "person_pl")), None)
                if one is not None:  # "بينهم 5 أطفال ومعلم": the singular after the list's count is one more
                    out.append(_figure(toks, one, one + 1, 1, "exact", last_kind, "sub"))
                    i = one + 1
                continue
            if i in q_end and out and word not in _ONE_OF_THEM and toks[q_end[i][0]].start > out[-1].end \
                    and q_end[i][1].count is not None and _word(toks, q_end[i][0] - 1) in ("،", ",", "و") \
                    and not any(_word(toks, k) in _RELEASED for k in range(q_end[i][0] - 3, q_end[i][0])):
                first, q = q_end[i]  # "قتل 4 مدنيين، اثنان منهم أطفال": the count before منهم is a subset
                out.append(_figure(toks, first, i + 1, q.count, q.qualifier, last_kind, "sub"))
                i += 1
                continue
            if _is(toks, i + 1, "person") and out and (out[-1].count is None or word not in _ONE_OF_THEM and _one_named(toks, i + 1)):
                out.append(_figure(toks, i + 1, i + 2, 1, "exact", last_kind, "sub"))  # "عدد من العناصر، بينهم القيادي …"
                i += 2  # (under a count, "بينهم قيادي" only describes one of those counted; "بينهم طفل"، "بينهم عسكري" count one)
                continue
            i += 1
            continue
        n, cue = hit
        if cue.role == "both" and n > 1 and (single := _one_then_others(toks, i, n)) is not None:
            n, cue = single  # مدنياً قُتل وأصيب ثلاثة آخرون: the first verb's one, then the second's others
        if (i <= covered_until and cue.kind == last_kind) or _negated(toks, i):
            i += n
            continue
        figs = _link(toks, i, n, cue, q_at, q_end)
        if cue.role == "pron" and any(f.kind == cue.kind for f in out):
            figs = []  # اغتال مسلحون القيادي فلان ما أدى إلى مقتله: the one already counted
        if figs and cue.role in ("vn", "verb") and figs[-1].count is not None:
            figs += _coordinated_counts(toks, _tok_index(toks, figs[-1].end) + 1, q_at, figs[-1], cands)
        if figs and figs[-1].count is not None:
            figs += _list_items(toks, _tok_index(toks, figs[-1].end) + 1, q_at, figs[-1], cands)
        if figs:
            out.extend(figs)
            last_kind = figs[0].kind
            if cue.role != "pron":  # (أدت لاستشهاده واستشهاد 17 شخصاً: the next cue counts others)
                covered_until = max(i + n, max(_tok_index(toks, f.end) for f in figs)) + 2
        i += n
    return _distinct(out)


def _count_after_noun(toks: list[_Tok], k: int, q_at) -> bool:
    """``بينهم قياديين اثنين``: the number word right after the noun it counts (the noun alone
    may be a dual or a plural); digits after a noun are something else (a date, an age), and a
    qualified or conjoined number opens the list's next figure."""
    if k in q_at or k + 1 not in q_at or _word(toks, k) in _BARRIER:
        return False
    q = q_at[k + 1][1]  # (not "بينهم أطفال ونحو ثلاثين جريحاً": the list's next figure)
    first = toks[k + 1].text
    return q.count is not None and q.qualifier == "exact" and not first[:1].isdigit() and not first.startswith("و")


def _restated_count(toks: list[_Tok], i: int, q_at, last_kind: str) -> Figure | None:
    """``أعلنت الوزارة إصابة 45 جندياً، فيما ذكرت الصحيفة أنّهم 46 جندياً``: a count of people
    right after ``أنّهم``, in the sentence of a figure, is another source's count of the same
    people (a figure of the kind just told); ``أنّهم 3`` alone, with no people named, is none."""
    if i + 1 not in q_at:
        return None
    qend, q = q_at[i + 1]
    if q.count is None or not _counts_people(toks, qend):
        return None
    return _figure(toks, i + 1, qend + 1, q.count, q.qualifier, last_kind, "restated")


def _one_then_others(toks: list[_Tok], i: int, n: int) -> tuple[int, _Cue] | None:
    """A pair of verbs (``قُتل وأصيب``) is one figure for both, unless one person stands before
    the first (``مدنياً قُتل وأصيب ثلاثة آخرون``) or "others" follow the count: then the first
    verb alone, as a cue of its own (its one person; the second verb counts the others)."""
    cue = _lexicon()[0].get((toks[i].text,))
    if cue is None or cue.role != "verb":
        return None
    if _one_before(toks, i, toks[i].text) is None and not any(
            _strip(_word(toks, k), _OTHERS | _TWO_OTHERS) for k in range(i + n, i + n + 3)):
        return None
    return 1, cue


def _one_named(toks: list[_Tok], k: int) -> bool:
    """``إصابة خمسة مدنيين بينهم امرأة``، ``ارتقاء 5 شهداء، بينهم عسكري``: one child, woman,
    civilian or man of the ranks named among those counted is a figure of its own, as ``بينهم
    طفلان`` is (a leader, ``بينهم قيادي``, or ``أحدهم طفل`` only describes one of them)."""
    return (_is(toks, k, "civil") or _is(toks, k, "member")) and not _is(toks, k, "person_pl") \
        and not _word(toks, k).startswith("ال")


def _distinct(figs: list[Figure]) -> list[Figure]:
    """One figure read twice — by a verb after its count and by the subset word before it
    (``بينهم اثنان من المسعفين قضيا``) — is kept once: same count and kind, overlapping spans."""
    out: list[Figure] = []
    for f in figs:
        if f.count is None or not any(g.count == f.count and g.kind == f.kind and g.start < f.end and f.start < g.end
                                      for g in out):
            out.append(f)
    return out


_COUNTED: Final = {fold(w) for w in ("من", "عنصرا", "عناصر", "مقاتلا", "مقاتلين", "جنديا", "جنود", "عسكريا", "عسكريين")}


_FROM_NOT_PEOPLE: Final = {fold(w) for w in ("جراء", "قبل", "أجل", "خلال", "جهة", "جهته", "جهتها", "دون")}  # (بهروز واحدي من جراء: a name, then a cause)


def _coordinated_counts(toks, k: int, q_at, fig: Figure, cands: list[int]) -> list[Figure]:
    """``بمقتل 17 عنصراً من قوات النظام و23 من مقاتلي الفصائل``: a count joined by و within a
    few words takes the cue's kind (each with its own people)."""
    out = []
    stop = min(len(toks), k + 8)
    while k < stop:
        added = _addition(toks, k + (toks[k].text in ("،", ",")))
        if added and added in q_at:
            k = added  # "…، إضافة إلى 52 مدنياً": one more part of the toll
        elif toks[k].text in _BARRIER or k in cands and _cue_at(toks, k):
            break
        if k in q_at and (toks[k].text.startswith("و") or _word(toks, k - 1) == "و" or k == added):
            qend, q = q_at[k]
            if q.count is not None and (_word(toks, qend) in _COUNTED and _word(toks, qend + 1) not in _FROM_NOT_PEOPLE
                                        or _is(toks, qend, "civil") or _is(toks, qend, "person")):
                out.append(_figure(toks, k, qend, q.count, q.qualifier, fig.kind, fig.cue))
                fig, k, stop = out[-1], qend, min(len(toks), qend + 8)
                continue
        k += 1
    return out


_NOUN_WORDS: Final = 3  # words of a figure's counted noun before its list goes on
_ITEM_WORDS: Final = 6  # words of one item of a gapped list (، وقوات سوريا الديمقراطية 9)
_BRACKET_WORDS: Final = 12  # words before a count in brackets (كانت الحصة الأكبر منها على يد قوات النظام (97 حالة))
_LIST_OPENERS: Final = {"،", ",", "ثم", "(", fold("تلتها"), fold("تلاها"), fold("يليها")}
_ITEM_ENDS: Final = {"،", ",", ")", ".", "ثم", "؛"}
_NOT_ITEM_BEFORE: Final = {fold(w) for w in ("الساعة", "عام", "العام", "رقم", "القرار", "الفرقة", "اللواء", "الكتيبة",
                                       "المادة", "الطريق", "ال", "من", "في", "منذ", "حتى", "نحو", "الى", "إلى")}


def _list_items(toks: list[_Tok], k: int, q_at, fig: Figure, cands: list[int]) -> list[Figure]:
    """A report's breakdown told after a counted figure, its noun left out: ``قتلت قوات النظام
    21 مدنياً، والقوات الروسية 4، و«قسد» 9``، ``درعا بـ22 قتيلاً، تلتها إدلب بـ15 ثم دير الزور
    بـ13``، ``(97 حالة)، تلتها «قسد» (31)``. Each item is a bare count (no noun after it, but
    حالة in brackets) a few words after the one before, with no cue between; each takes the
    figure's kind."""
    out: list[Figure] = []
    noun_end = k + _NOUN_WORDS
    while k < min(len(toks), noun_end) and toks[k].text not in _BARRIER and k not in q_at and not toks[k].text.startswith("و"):
        k += 1  # past the figure's counted noun (21 مدنياً، 156 حالة اعتقال تعسفي)
    while k < len(toks) and (toks[k].text in _LIST_OPENERS or toks[k].text.startswith("و")):
        found = None
        for j in range(k, min(len(toks), k + _BRACKET_WORDS)):
            if j in q_at:
                found = j
                break
            if j > k and toks[j].text in _BARRIER and toks[j].text != "(" or j in cands and _cue_at(toks, j):
                break
        if found is None or found == k:
            break  # (مستشار عسكري إيراني واحد: the figure's own "one", no item after it)
        qend, q = q_at[found]
        bracket = _word(toks, found - 1) == "("
        if bracket and _is(toks, qend, "cases"):
            qend += 1  # (97 حالة)
        if q.count is None or q.count in _YEARS or _strip(_word(toks, found - 1), _NOT_ITEM_BEFORE) is not None \
                or found - k > (_BRACKET_WORDS if bracket else _ITEM_WORDS) \
                or not (qend >= len(toks) or toks[qend].text in _ITEM_ENDS or bracket and toks[qend].text == ")"):
            break
        item = _figure(toks, found, qend, q.count, q.qualifier, fig.kind, fig.cue)
        if item.victims is None and fig.victims is not None:  # (the left-out noun's people: قتلت قوات
            item = replace(item, victims=fig.victims)         # النظام 21 مدنياً، و«قسد» 9 — civilians too)
        out.append(item)
        k = qend + (_word(toks, qend) == ")")
    return out


_ADDITIONS: Final = tuple(tuple(fold(w).split()) for w in ("إضافة إلى", "بالإضافة إلى", "وإضافة إلى", "فضلاً عن", "علاوة على"))


def _addition(toks: list[_Tok], k: int) -> int:
    """The token after "in addition to" (``إضافة إلى``، ``فضلاً عن``) opening at ``k``, or 0."""
    for words in _ADDITIONS:
        if all(_word(toks, k + n) == w for n, w in enumerate(words)):
            return k + len(words)
    return 0


def _tok_index(toks: list[_Tok], pos: int) -> int:
    """The first token ending at or after ``pos`` (the last one when none does): a binary search,
    the tokens' ends rising."""
    k = bisect.bisect_left(toks, pos, key=_tok_end)
    return k if k < len(toks) else len(toks) - 1


def _tok_end(tok: _Tok) -> int:
    return tok.end


_RISE: Final = {fold(w) for w in ("يرتفع", "ليرتفع")}
_RISE_REACH: Final = 12  # words from the toll's noun to the count it rises to (past its relative clause)


def _rises_to(toks: list[_Tok], i: int) -> bool:
    """``وبذلك يرتفع عدد القتلى … إلى 309``: a rise told with its count is a toll, not a
    forecast (``مرجحاً أن يرتفع عدد القتلى``)."""
    for k in range(i + 1, min(len(toks), i + _RISE_REACH)):
        if toks[k].text in _BARRIER:
            return False
        if toks[k].text in _TOLL_REACHES and _word(toks, k + 1)[:1].isdigit():
            return True
    return False


_SPEND: Final = {fold(w) for w in ("قضى", "قضت", "قضوا")}  # died, or spent (قضى عمره في الجهاد)


def _negated(toks: list[_Tok], i: int) -> bool:
    """No casualties (لم يسفر عن إصابات), habitual tolls (يؤدي إلى ارتقاء شهداء), or hits (حققت إصابات);
    a cue joined by أو to a negated one is negated too (عدم وجود أي شهداء أو مصابين); قضى with
    the time it spent (قضى عمره، قضوا سنوات: casualties.tsv role spent) is no death."""
    if _is(toks, i + 1, "spent") and _strip(_word(toks, i), _SPEND):
        return True
    if any(_word(toks, k) in _NEGATION or _word(toks, k) in _NOT_FIGURE and not (_word(toks, k) in _RISE and _rises_to(toks, i))
           for k in range(max(0, i - 3), i)) \
            or _word(toks, i - 1) in _ATTEMPT or any(_strip(_word(toks, k), _GOAL) for k in range(max(0, i - _GOAL_REACH), i)):
        return True
    if any(_word(toks, k) in _ACHIEVED for k in range(max(0, i - 3), i)):
        hit = _cue_at(toks, i)
        if hit is None or hit[1].kind == "injured":
            return True  # حققت إصابات مباشرة: hits
    k = i - 1
    while k >= max(0, i - _NEWS_REACH) and _word(toks, k) in _NEWS_OF:
        k -= 1  # دون ورود معلومات عن إصابات، دون الإبلاغ بشأن وقوع إصابات: no news of any
    if k < i - 3 and _word(toks, k) in _NEGATION:
        return True
    if _denied_report(toks, i):
        return True
    if _word(toks, i - 1) == _ANY:
        return True  # لم يسفر عن وقوع أي إصابات: "any" casualties are none, or a hypothetical
    if i >= 2 and _word(toks, i - 1) in ("او", "ولا") and _cue_at(toks, i - 2):
        return _negated(toks, i - 2)
    for k in range(i - 2, max(-1, i - 4), -1):  # يؤدي إلى ارتقاء شهداء ووقوع إصابات: still habitual
        if not all(_word(toks, j).startswith("و") for j in range(k + 2, i)) or not _word(toks, k + 1).startswith("و"):
            continue
        found = _cue_at(toks, k)
        if found and k + found[0] <= i and _negated(toks, k):
            return True
    return False


_DENIAL: Final = {fold(w) for w in ("نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافية", "نفي", "كذب", "كذبت", "تكذيب", "مكذبا",
                                    "مكذبة", "مفبركة", "عارية", "عار", "صحة")}  # صحة: لا صحة لـ، عارية عن الصحة
_REPORT: Final = {fold(w) for w in ("الأخبار", "للأخبار", "أخبار", "الأنباء", "للأنباء", "أنباء", "التقارير", "تقارير", "الشائعات",
                                    "شائعات", "الادعاءات", "ادعاءات", "مزاعم", "المزاعم", "روجته", "روجت", "روجتها", "نشرته",
                                    "نشرتها", "تداولته", "تداولتها", "أشيع", "يتردد", "تتردد", "يشاع", "الحديث")}
_EXISTENCE: Final = fold("وجود")
_REPORT_REACH: Final = 6  # words between the report's noun (ما روجته حسابات مقربة من الهيئة) and عن before the cue


def _denied_report(toks: list[_Tok], i: int) -> bool:
    """``لا صحة للأخبار التي تتردد عن "استشهاد مقاتلين"``، ``نفت ما روجته حسابات عن خطف قيادي``،
    ``نفى المتحدث وجود معتقلين``: a figure the sentence reports only to deny it counts no one."""
    k = i - 1 - (_word(toks, i - 1) in _QUOTES)
    w = _word(toks, k)
    if w == _EXISTENCE:
        start = k
    elif w == "عن" and any(_word(toks, j) in _REPORT for j in range(max(0, k - _REPORT_REACH), k)):
        start = k
    else:
        return False
    for j in range(start - 1, -1, -1):
        if w != _EXISTENCE and toks[j].text in _BARRIER:
            return False  # (نفت الوزارة استهداف المدنيين، وتحدثت تقارير عن مقتل 5: another clause's report)
        denial = _strip(toks[j].text, _DENIAL)
        if denial and (denial != _TRUTH or _word(toks, j - 1) in _NEGATION or _word(toks, j - 1) == "عن"):
            return True
    return False


_TRUTH: Final = fold("صحة")


def _barrier_between(toks: list[_Tok], a: int, b: int) -> bool:
    return any(toks[k].text in _BARRIER for k in range(a, b))


def _split(toks, a, b, count, qualifier, cue: _Cue, label: str) -> list[Figure]:
    """A vague figure for "killed and injured" is two figures; a counted one is one."""
    if count == 1 and b - a <= 2 and any(toks[k].text in ("واحده", "واحد") for k in range(a, b)):
        return []  # "وإصابة واحدة" counts a truck or a base as often as a person
    if cue.kind == "killed_or_injured" and count is None:
        return [_figure(toks, a, b, None, "vague", "killed", label),
                _figure(toks, a, b, None, "vague", "injured", label)]
    return [_figure(toks, a, b, count, qualifier, cue.kind, label)]


def _link(toks, i, n, cue: _Cue, q_at, q_end) -> list[Figure]:
    """The figure(s) a cue at tokens ``[i, i+n)`` reports, or none."""
    after = i + n
    label = " ".join(t.text for t in toks[i:after])
    if cue.role == "counted_sg":  # 14 جثة: the singular after a count of 11 or more
        if i not in q_end or (q := q_end[i][1]).count is None or q.count < _TAMYIZ_FROM or q.count in _YEARS:
            return []
        return _split(toks, q_end[i][0], after, q.count, q.qualifier, cue, label)
    if cue.role == "pron":
        result = any(_word(toks, k) in _RESULT for k in range(max(0, i - 2), i))
        return [_figure(toks, i, after, 1, "exact", cue.kind, label)] if result else []
    if cue.role == "toll" and not _in_toll(toks, i) and _word(toks, i - 1) not in _NAMES_OF:
        if i in q_end and toks[i].text in _VICTIMS and q_end[i][1].count not in _YEARS:
            first, q = q_end[i]  # سقوط 3 ضحايا، 26 ضحية: victims counted are the dead
            return _split(toks, first, after, q.count, q.qualifier, cue, label)
        if after in q_at and q_at[after][1].count is not None and toks[i].text.startswith("ال") \
                and _counts_people(toks, q_at[after][0]):
            qend, q = q_at[after]  # أن الضحايا 11 مدنياً: the victims are the people counted
            return _split(toks, i, qend, q.count, q.qualifier, cue, label)
        return []  # (الضحايا, اعتقالهم alone count nothing: only a toll's "victims" or relative clause)
    if cue.role in ("noun", "counted") and cue.kind == "captured" and any(
            _word(toks, k) in _RELEASED for k in range(max(0, i - 4), i)) and not _barrier_between(toks, max(0, i - 4), i):
        return []  # أفرجت السلطات عن 15 معتقلاً، إطلاق سراح الأسرى: freed, not taken
    if cue.role == "vn":
        counted = _tamyiz_before(toks, i, after, cue, q_end, label)
        if counted:
            return counted
    if cue.role in ("vn", "verb") and _strip(_word(toks, after), _OTHERS) is not None:
        return [_figure(toks, i, after + 1, None, "vague", cue.kind, label)]  # "وجرح آخرين"
    if cue.role in ("vn", "verb") and _strip(_word(toks, after), _ANOTHER) is not None:
        return [_figure(toks, i, after + 1, 1, "exact", cue.kind, label)]  # "وأصيب آخر": one more
    if cue.role in ("vn", "verb") and _strip(_word(toks, after), _TWO_OTHERS) is not None:
        return [_figure(toks, i, after + 1, 2, "exact", cue.kind, label)]
    pair = cue.role == "both" and _verbal_pair(toks[i].text)  # مقتل وجرح: counted after, like مقتل
    before = [] if _joined(toks[i].text, cue) or pair and toks[i].text[:1] == "و" \
        else _count_before(toks, i, after, cue, q_end, label)
    forward = _count_after(toks, i, after, cue, q_at, label)
    if cue.role in ("vn", "verb") or pair:
        found = forward or before
    else:
        found = before or forward
    if found:
        return found
    named = cue.definite and (_word(toks, i - 1) in _NAMES_OF or _word(toks, after) in _THEY_ARE)
    if named or cue.role in ("vn", "verb") and _word(toks, after) in _ALL and _word(toks, after + 1) == "من":
        k = after  # أسماء القتلى: فلان وفلان، وفلان؛ الشهداء هم فلان وفلان؛ استشهاد كل من فلان وفلان
        while k < after + 3 and (_word(toks, k) in _THEY_ARE or _word(toks, k) in _ALL or _word(toks, k) == "من"):
            k += 1
        if _opens_name(toks, k, bare=True):
            more, end = _more_names(toks, k + 1, commas=True)
            return [_figure(toks, i, end, 1 + more, "exact", cue.kind, label)]
    nxt = _word(toks, after)
    if cue.kind == "injured" and (nxt in _HITS or _strip(nxt, _HITS)):
        return []  # إصابات مباشرة = hits on a target
    if cue.role in ("noun", "both") and not cue.definite:
        if label.endswith("بجروح") or _strip(_word(toks, i - 1), _SACRIFICED) is not None \
                or any(_strip(_word(toks, k), _EVACUATED) is not None for k in range(max(0, i - 2), i)):
            return []  # "أصيب … بجروح": the verb carries the figure; فقدنا شهداء: a people's sacrifice, no toll;
            # إخراج جرحى من البلدتين، ترفض إخراج أطفال مصابين: people moved or treated, no event's toll
        return _split(toks, i, after, None, "vague", cue, label)
    if cue.role == "sg":
        return [_figure(toks, i, after, 1, "exact", cue.kind, label)]
    if cue.role == "dual":
        return [_figure(toks, i, after, 2, "exact", cue.kind, label)]  # أسفر الهجوم عن قتيلين
    if cue.role in ("vn", "verb"):
        if nxt in _ALL:
            if _strip(_word(toks, after + 1), _HITS) is not None:
                return []  # إصابة جميع الأهداف: hits, no one hurt
            return [_figure(toks, i, after + 1, None, "vague", cue.kind, label)]
        if _strip(nxt, _OTHERS) is not None:
            return [_figure(toks, i, after + 1, None, "vague", cue.kind, label)]
        if _is(toks, after, "person_pl"):
            return [_figure(toks, i, after + 1, None, "vague", cue.kind, label)]  # أصيب مدنيون سوريون
        who = _subject_after(toks, after)
        if who is None:
            who = _object_after(toks, after, cue.role == "verb" and _strip(toks[i].text, _TAKES_NAMED) is not None)
        if who is not None:  # "استشهد طفل وامرأة"، "استشهد جراء القصف العميد فلان وحسين فلان": one each
            more, end = _more_names(toks, who + 1)
            return [_figure(toks, i, end, 1 + more, "exact", cue.kind, label)]
        if nxt in _ONE_OF and _word(toks, after + 1)[:1].isalpha():
            return [_figure(toks, i, after + 2, 1, "exact", cue.kind, label)]  # مقتل أحد عناصر الدورية
        if cue.role == "vn" and _surname_after(toks, i, after):
            return [_figure(toks, i, after + 1, 1, "exact", cue.kind, label)]  # وأسفر عن استشهاد موسوي.
        if cue.role == "verb" and _word(toks, i - 1) in ("الذي", "التي") and not label.endswith("وا") \
                and not label.startswith(("ي", "ت")) and nxt not in _WOUNDS_OF:  # "المرة الأولى التي يُقتل فيها جنود": no one person
            return [_figure(toks, i, after, 1, "exact", cue.kind, label)]
        one = _one_before(toks, i, label) if cue.role == "verb" else None
        if one is not None:
            return [_figure(toks, one, after, 1, "exact", cue.kind, label)]
        last = _cue_at(toks, after - 1) if after - i > 1 else None
        if last is not None and last[1].role == "noun":
            return [_figure(toks, i, after, None, "vague", cue.kind, label)]  # جنود تعرضوا لإصابات: uncounted
    return []


_SACRIFICED: Final = {fold(w) for w in ("فقدنا", "قدمنا", "نقدم", "سنقدم", "قدمت", "قدموا", "ضحينا", "قدم", "يقدم", "تقدم")}
_RESULT: Final = {fold(w) for w in ("أدى", "أدت", "أدّى", "أدّت", "ادى", "يؤدي", "تؤدي", "أسفر", "أسفرت", "تسبب", "تسببت")}
_EVACUATED: Final = {fold(w) for w in ("إخراج", "إجلاء", "علاج", "معالجة", "بإخراج", "بإجلاء", "لإخراج", "لإجلاء", "لعلاج")}
_VICTIMS: Final = {fold(w) for w in ("ضحايا", "ضحية")}
_NAMES_OF: Final = {fold(w) for w in ("أسماء", "وأسماء", "بأسماء")}  # the names of the dead …
_THEY_ARE: Final = {":", "هم", "وهم", "هي", "وهي"}  # … : فلان وفلان
_ADVERBS: Final = {fold(w) for w in ("أيضا", "أيضاً", "كذلك", "أمس", "اليوم", "فجرا", "ليلا", "صباحا", "مساء")}


def _subject_after(toks: list[_Tok], after: int) -> int | None:
    """The one person a count-less cue at ``after`` reports: right after it (مقتل قيادي، استشهد
    لمواطن …), or past the cause a verb puts first (قُتل جراء القصف شابٌ، استشهد في الغارة
    العميد فلان) — only where no noun before the person may own it (after a definite word or an
    adverb: not منزل القيادي). The person's token, or None."""
    if _word(toks, after) in _QUOTES and _is(toks, after + 1, "person"):
        after += 1  # و"تحييد" إرهابي: the cue's closing quote before its one person
    if _is(toks, after, "person") or _is(toks, after + 1, "person") and _word(toks, after).startswith("ل"):
        return after if _is(toks, after, "person") else after + 1
    if _is(toks, after, "kin"):
        return after  # مقتل سائقه، أصيب نجله: one relative or aide of someone named before
    if _word(toks, after) in _given_names() and _word(toks, after) != _ALA and after + 1 < len(toks) \
            and not _may_start(_word(toks, after + 1)):
        return after  # مقتل خالد الحمد: a person named right after the cue is one
    k = after + (_word(toks, after) == "من")  # من جراء
    if _word(toks, k) not in _CAUSE_FIRST:
        return None
    for j in range(k + 1, min(len(toks), k + 1 + _WINDOW_CAUSE)):
        w = toks[j].text
        if w in _BARRIER or w in _SUB or _may_start(w) and _cue_at(toks, j):
            return None
        if _is(toks, j, "person") and not _is(toks, j, "person_pl") and not w.startswith("و"):
            prev = _word(toks, j - 1)
            return j if prev.startswith("ال") or prev in _ADVERBS else None
    return None


_PLURAL_ENDS: Final = ("ين", "ون", "ات", "اء", "ها", "هم", "نا")


def _surname_after(toks: list[_Tok], i: int, after: int) -> bool:
    """``ما أسفر عن استشهاد موسوي.``: after a verb of result, the verbal noun and one bare word
    closing the clause — a person the article named before, by his family name (not a definite
    noun, a plural, a possessed noun, a count or a word of the casualty lexicon)."""
    w = _word(toks, after)
    if not any(_strip(_word(toks, k), _RESULT) for k in range(max(0, i - 2), i)):
        return False
    end = _word(toks, after + 1)
    return len(w) > 3 and w[:1].isalpha() and not w.startswith(("ال", "لل")) and not w.endswith(_PLURAL_ENDS) \
        and (end == "" or end in _BARRIER) and not _roles(w) and not _may_start(w) \
        and not w[:1].isdigit() and w not in _QUOTES


_OBJECT_REACH: Final = 4  # words of a verb's subject before its object (خطف مسلحون مجهولون شاباً)


# Active verbs whose object may be a person named (اغتال مسلحون مجهولون أمس فلاناً، اختطفت دورية فلاناً):
# not verbs of dying (توفي فلان، قضى بتسمية فلان) nor verbal nouns (مقتل الصحافي فلان: a known killing recalled).
_TAKES_NAMED: Final = {fold(w) for w in ("اغتال", "اغتالت", "اغتالوا", "قتلت", "قتلوا", "أعدم", "أعدمت", "أعدموا", "اختطف",
                                         "اختطفت", "اختطفوا", "خطف", "اعتقل", "اعتقلت", "اعتقلوا", "أسروا", "أسرت")}


def _object_after(toks: list[_Tok], after: int, named: bool = False) -> int | None:
    """``قتلت قوات النظام شاباً``، ``خطف مسلحون مجهولون طفلاً``: one person in the accusative
    (a singular person word ending in its tanween's alif) past the verb's subject — or, where
    ``named`` (an active verb of _TAKES_NAMED), one given name; its token.
    The subject must name no person itself, nor may a count, a cue or a comma stand between."""
    reach = _OBJECT_REACH
    j = after + 1
    while j < min(len(toks), after + 1 + reach):
        w = toks[j].text
        if w in _BARRIER or w in _SUB or _may_start(w) and _cue_at(toks, j) or w[:1].isdigit():
            return None
        roles = _roles(w)
        if "person" in roles or "civil" in roles:
            one = "person_pl" not in roles and not _is(toks, j - 1, "person")
            definite = named and "person" in roles and w.startswith("ال")  # اغتالت إسرائيل القائد فلان
            return j if one and (w.endswith("ا") or definite) else None
        if w in _DAY_WORDS:
            reach += 1  # (اغتال مسلحون مجهولون مساء أمس الأربعاء …: the day is no part of the subject)
        elif named and w in _given_names() and w != _ALA and not _may_start(_word(toks, j + 1)):
            return j  # اغتال مسلحون مجهولون أمس ياسر فلان: one person named
        j += 1
    return None


def _verbal_pair(word: str) -> bool:
    """Does a pair cue open with a verbal noun (``مقتل وجرح``، ``ومقتل وإصابة``), not a counted
    noun (``قتلى وجرحى``)? ``5 عناصر ومقتل وجرح عدد من المهاجمين``: the 5 are not the pair's."""
    cues, _ = _lexicon()
    return any(cues[(h,)].role in ("vn", "verb") for h in _cue_heads(word, True) if (h,) in cues)


def _in_toll(toks: list[_Tok], i: int) -> bool:
    """A toll stands before the cue at ``i``: ``حصيلة الضحايا``، ``عدد القتلى``, or the toll's
    relative clause (``عدد الإرهابيين الذين جرى تحييدهم … بلغ 560``)."""
    if _word(toks, i - 1) in _TOLL:
        return True
    k = i - 1 - (_word(toks, i - 1) in _DONE)
    if _word(toks, k) not in _RELATIVE:
        return False
    words = [t.text for t in toks[max(0, k - 5):k] if t.text not in _QUOTES]  # (عدد "الإرهابيين" الذين)
    return any(w in _TOLL for w in words[-2:])


def _tamyiz_before(toks, i, after, cue: _Cue, q_end, label) -> list[Figure]:
    """``سجّل المرصد 11 وفاة و20 إصابة``، ``وثّق 15 حالة اعتقال``: a verbal noun counted as a
    noun — singular after a count of 11 or more, or after ``حالة``/``حالات`` (cases) — takes the
    count right before it (not one after it: that is the next item of the list)."""
    if toks[i].text not in _lexicon()[1]["tamyiz"]:
        return []  # (وإصابة: a proclitic opens a phrase of its own)
    j = i - 1 if _is(toks, i - 1, "cases") else i
    if j not in q_end or _strip(_word(toks, after), _HITS) is not None:
        return []  # (حققت 11 إصابة مباشرة: hits)
    first, q = q_end[j]
    if j == i and (q.count is None or q.count < _TAMYIZ_FROM) or q.count in _YEARS or toks[first].text == _SOME:
        return []  # (a vague count only of "cases": عشرات حالات الاعتقال; بعض حالات الاعتقال: some of those told)
    return _split(toks, first, after, q.count, q.qualifier, cue, label)


def _one_before(toks: list[_Tok], i: int, label: str) -> int | None:
    """``يذكر أن ضابطاً سورياً استشهد``: one person (and one adjective of origin) right before
    a past verb of one is one figure; the person's token, or None."""
    if label.endswith("وا") or label.startswith(("ي", "ت")) or _dual_verb(label) \
            or label[:1] in ("و", "ف") and _may_start(label.split()[0][1:]):
        return None  # (قُتلوا، يُقتل، استشهدا: many, habitual, two; وأصيب: a clause of its own; not فارق الحياة)
    for k in (i - 1, i - 2):
        if k < i - 1 and not toks[i - 1].text.endswith(("ي", "يا")):
            return None
        if _is(toks, k, "person") and not _is(toks, k, "person_pl") or _after_anna(_word(toks, k)):
            return k
    return None


_ANNA: Final = fold("أنّ")


def _after_anna(word: str) -> bool:
    """``يذكر أنّضابطاً``: one person glued by a lost space to the أنّ before it."""
    return word.startswith(_ANNA) and len(word) > 4 and "person" in _roles(word[len(_ANNA):]) \
        and "person_pl" not in _roles(word[len(_ANNA):])


def _joined(word: str, cue: _Cue) -> bool:
    """A verb cue behind و/ف opens a clause of its own (``قتل أربعة عناصر وأصيب آخر``): the count
    before it belongs to the clause before."""
    return cue.role == "verb" and word[:1] in ("و", "ف") and _may_start(word[1:])


_RELEASED: Final = {fold(w) for w in ("سراح", "أفرج", "أفرجت", "وأفرجت", "الإفراج", "بالإفراج", "والإفراج", "تحرير", "بتحرير")}
_FATE: Final = {fold(w) for w in ("حتفهم", "مصرعهم", "حتفهن", "مصرعهن")}  # لقي 3 عناصر من قوات النظام مصرعهم:
_MET: Final = {fold(w) for w in ("لقي", "ولقي", "لقوا", "ولقوا", "لقيت")}   # the idiom frames its count and people
_WINDOW_FATE: Final = 7
_WINDOW_OF_MEN: Final = 9  # ثمانية من عناصر "الفرقة الـ25 مهام خاصة" قُتلوا: a count, "of the members of" a unit, its verb


def _count_before(toks, i, after, cue: _Cue, q_end, label) -> list[Figure]:
    """A count before the cue: "40 قتيلاً"، "عشرات القتلى"، "56 عسكرياً أصيبوا"."""
    if cue.role not in ("noun", "counted", "sg", "both", "verb"):
        return []
    fate = toks[i].text in _FATE
    many = cue.role == "verb" and toks[i].text.endswith("وا")  # (a plural verb after its people: قُتلوا)
    for gap in range(0, (_WINDOW_FATE if fate else _WINDOW_OF_MEN if many else _WINDOW_BEFORE) + 1):
        j = i - gap
        if j in q_end:
            first, q = q_end[j]
            if j < i and _word(toks, first - 1) == "ال" and not _counts_people(toks, j):
                continue  # عناصر "الفرقة الـ25 مهام خاصة" قُتلوا: a unit's or a day's ordinal, no count
            if gap > _WINDOW_BEFORE and not (fate and _word(toks, first - 1) in _MET
                                             or many and _counts_people(toks, j + (_word(toks, j) == "من"))
                                             and not any(_word(toks, k) in _RELATIVE for k in range(j, i))):
                return []  # (past a few words only the idiom's frame, or "N (من) عناصر <their unit>" before the verb)
            if cue.definite and q.count is not None and cue.role == "noun" and gap == 0:
                return []  # (إلى 40 والإصابات إلى 75: a number right before counts no definite noun; عشرات القتلى may)
            between = range(j, i)
            if _barrier_between(toks, j, i) or any(_is(toks, k, "counter") for k in between) \
                    or any(_cue_at(toks, k) for k in between):
                return []
            if cue.role == "verb" and gap == 0 and not _dual_verb(toks[i].text):
                return []  # (but a dual verb agrees with the dual noun right before it: مدنيَّين أُصيبا)
            if cue.role in ("noun", "counted", "sg", "both") and gap > 2 and not fate:
                return []
            out = _head_of_subset(toks, first, cue, q_end, label) + _split(toks, first, after, q.count, q.qualifier, cue, label)
            if _word(toks, first - 1) in _SUB:  # "بينهم 5 أطفال ومعلم قُتلوا": the singular listed after is one more
                one = next((k for k in range(j, i) if _word(toks, k).startswith("و") and _is(toks, k, "person")
                            and not _is(toks, k, "person_pl")), None)
                if one is not None:
                    out += _split(toks, one, one + 1, 1, "exact", cue, label)
            return out
    return []


def _head_of_subset(toks, first: int, cue: _Cue, q_end, label) -> list[Figure]:
    """``11 مدنياً بينهم 4 أطفال قُتلوا``: the verb after a subset counts the whole too — the
    count before ``بينهم`` (and its noun), which no cue follows."""
    if cue.role != "verb" or _word(toks, first - 1) not in _SUB:
        return []
    for end in (first - 2, first - 1):  # "11 مدنياً بينهم", "11 بينهم"
        if end in q_end:
            head, q = q_end[end]
            return _split(toks, head, first - 1, q.count, q.qualifier, cue, label)
    return []


def _dual_verb(word: str) -> bool:
    """``أصيبا``، ``استشهدا``: a past verb of two (not of many: ``أصيبوا``)."""
    return word.endswith("ا") and not word.endswith(("وا", "ولا"))  # (مقتولاً: the participle's tanween, one)


def _count_after(toks, i, after, cue: _Cue, q_at, label) -> list[Figure]:
    """A count after the cue: "مقتل 17 عنصراً"، "تحييد أكثر من 100"، "اعتقالات طالت المئات"."""
    if not (cue.role in ("vn", "verb", "both", "counted", "toll") or (cue.role == "noun" and cue.definite)):
        return []
    toll = _in_toll(toks, i)  # حصيلة القتلى في معرة النعمان ارتفعت إلى 11
    cause = not toll and cue.role in ("verb", "vn")  # a cause or a subject first: past them, only people counted
    for gap in range(0, (_WINDOW_TOLL_BY if toll else _WINDOW_CAUSE if cause else _WINDOW_AFTER) + 1):
        j = after + gap
        if cause and gap > _WINDOW_AFTER and j in q_at and not _counts_people(toks, q_at[j][0]):
            continue  # أصيب جراء القصف على البلدة 4 أطفال: past the cause, only people counted
        if toll and gap > _WINDOW_AFTER and _word(toks, j - 1) not in _TOLL_REACHES and not (
                _word(toks, j).startswith("ب") and j in q_at):  # يقدّر المرصد عدد القتلى … بأكثر من 150
            continue
        if toll and gap > _WINDOW_TOLL and not _word(toks, j).startswith("ب") and _word(toks, j - 1) not in _TOLL_REACHES:
            continue  # (… منذ مطلع العام 2024 إلى 309: a toll's "rose to" past its relative clause)
        if j in q_at:
            qend, q = q_at[j]
            if gap and toks[j].text in _ONE_OF and not _counts_people(toks, qend):
                continue  # فقدنا ثلاثة أرواح في هجوم على إحدى قواعدنا: "one of" a thing, no one hurt
            if _barrier_between(toks, after, j) and not _dated_aside(toks, after, j) and _past_subject_aside(toks, i, after, q_at) != j \
                    or _counter(toks, qend) and not (qend == j + 1 and dual_noun(toks[j].text)):
                return []  # (قُتل شابان يوم الأحد: a dual is its own counted noun, the day no counter of it)
            if q.count in _YEARS and _word(toks, j - 1) in _YEAR_WORDS:
                if toll:
                    continue  # عدد القتلى منذ مطلع العام 2024 إلى 309: the toll's date, its count after
                return []  # احتجازه عام 2012: a date, not a count
            if any(_cue_at(toks, k) or toks[k].text in _SUB for k in range(after, j)):
                return []  # (9 مدنيين قتلوا بينهم اثنان: the subset's count is not the verb's)
            if gap and _is(toks, after, "person") and not _is(toks, after, "person_pl"):
                return []  # مقتل سائق السيارة ووقوع عدة إصابات: one person, the count is another's
            qualifier = q.qualifier
            if toll and qualifier == "exact" and any(_word(toks, k) in _EXCEEDS for k in range(max(0, i - 3), j)):
                qualifier = "at_least"  # تجاوز عدد القتلى 100، حصيلة الشهداء تتخطى 500
            return _split(toks, i, qend, q.count, qualifier, cue, label)
    if (j := _past_subject_aside(toks, i, after, q_at)) is not None:
        qend, q = q_at[j]
        return _split(toks, i, qend, q.count, q.qualifier, cue, label)
    return []


_SUBJECT_WORDS: Final = 6  # words of an active verb's subject (دورية تابعة للمخابرات الجوية، الشرطة العسكرية في عفرين)
_ASIDE_WORDS: Final = 8  # words of an aside between commas after it (، اليوم الاثنين، / ، يُرجّح أنهم من خلايا التنظيم،)


def _past_subject_aside(toks: list[_Tok], i: int, after: int, q_at) -> int | None:
    """``اعتقلت دورية تابعة للمخابرات، أمس، ثلاثة شبان`` / ``خطف مسلحون مجهولون، يُرجّح أنهم من
    خلايا التنظيم، 12 شخصاً``: an active verb, its subject, one aside set off by commas, then
    the people it took — the count right after the aside's closing comma; else None."""
    if after != i + 1 or toks[i].text.removeprefix("و") not in _TAKES_NAMED:
        return None
    k = after
    while k < len(toks) and k - after < _SUBJECT_WORDS and toks[k].text not in _BARRIER:
        if k in q_at or toks[k].text in _SUB or _may_start(toks[k].text) and _cue_at(toks, k):
            return None
        k += 1
    if k == after or k >= len(toks) or toks[k].text != "،":
        return None
    n = k + 1
    while n < len(toks) and n - k <= _ASIDE_WORDS and toks[n].text not in _BARRIER:
        if n in q_at or toks[n].text in _SUB or _may_start(toks[n].text) and _cue_at(toks, n):
            return None
        n += 1
    j = n + 1
    if n == k + 1 or n >= len(toks) or toks[n].text != "،" or j not in q_at \
            or not _counts_people(toks, q_at[j][0]):
        return None
    return j


_DAY_WORDS: Final = {fold(w) for w in ("اليوم", "أمس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
                                       "السبت", "الفائت", "الماضي", "الماضية", "الفائتة", "صباح", "مساء", "فجر", "ليل", "يوم")}


def _dated_aside(toks: list[_Tok], a: int, b: int) -> bool:
    """``قُتل، الأحد الفائت، 6 مدنيين``: only a day told between commas stands between."""
    words = [toks[k].text for k in range(a, b)]
    return 0 < len(words) <= 5 and words[0] == "،" and words[-1] == "،" \
        and all(w == "،" or w in _DAY_WORDS for w in words)


def _counts_people(toks: list[_Tok], k: int) -> bool:
    """The word after a count at ``k`` names people (مدنيين، عناصر، أطفال) or "of" (3 من عناصره),
    bare or definite (``عدداً من الضباط``: "a number of" takes the definite plural)."""
    word = _word(toks, k)
    return any(_is(toks, k, role) for role in ("person", "person_pl", "civil")) or word in _COUNTED \
        or word.startswith("ال") and ("person_pl" in _roles(word[2:]) or word[2:] in _COUNTED)


_TOWNS: Final = {fold(w) for w in ("قرية", "بلدة", "مدينة", "مخيم")}
_FROM: Final = fold("من")


_PERSONS: Final = {fold(w) for w in ("شخص", "شخصا", "شخصاً", "شخصين", "شخصان", "أشخاص")}
_AMONG: Final = {fold(w) for w in ("بينهم", "منهم")}
_SIDES: Final = {fold(w) for w in ("الطرفين", "الجانبين")}
_CIVILIAN: Final = fold("مدني")  # (children among them, بينهم طفلان, leave the toll civilian)


def _part_civilian(toks: list[_Tok], k: int) -> bool:
    """``16 شخصاً، بينهم خمسة مدنيين``, ``17 شخصاً من الطرفين``, ``38 شخصاً، بينهم 5 عناصر من
    حزب الله``, ``من المدنيين والمسلحين``: a toll of persons of which civilians are only a part, of
    both fighting sides, or with fighters among them or beside them, counts no one people
    (seed-like annotators leave its victims empty)."""
    if _word(toks, k + 1).startswith("و") and _is(toks, k + 1, "fighters"):
        return True  # (وقوع قتلى من المدنيين والمسلحين)
    if _word(toks, k) not in _PERSONS:
        return False
    j = k + 1 + (_word(toks, k + 1) == "،")
    if _word(toks, j) == _FROM:
        return _word(toks, j + 1) in _SIDES
    return _word(toks, j) in _AMONG and any(_word(toks, i).startswith(_CIVILIAN) or _fighters_at(toks, i)
                                            for i in range(j + 1, min(j + 4, len(toks))))


_IN_OR_OF: Final = {fold(w) for w in ("في", "من")}


def _fighters_at(toks: list[_Tok], i: int) -> bool:
    """Fighters named among a toll of persons: a serving man (عسكري، عنصر), a counted plural of
    them (عناصر، مقاتلين), or a count "in"/"of" a body (بينهم 5 في حزب الله) — the toll is mixed."""
    word = _word(toks, i)
    return _is(toks, i, "member") or word != _FROM and word in _COUNTED \
        or word.isdigit() and _word(toks, i + 1) in _IN_OR_OF


@lru_cache(maxsize=4096)
def _glued_civil(word: str) -> bool:
    """``مدنيينأثناء``, ``مواطنينسوريين``: a plural civilian noun in ين (casualties.tsv role civil)
    that a lost space glued to the next word (no suffix follows that ending, so the rest, three
    letters or more, is a word of its own)."""
    cut = word.find("ين", 4)
    return 0 < cut <= len(word) - 5 and "civil" in _roles(word[:cut + 2])


def _figure(toks, a: int, b: int, count, qualifier, kind, label) -> Figure:
    b = min(b, len(toks))
    civil = [k for k in range(a, min(b + 2, len(toks))) if _is(toks, k, "civil") or _glued_civil(toks[k].text)]
    mixed = bool(civil) and _part_civilian(toks, civil[-1])
    victims = "Civilians" if civil and not mixed \
        or _word(toks, b) == _FROM and _word(toks, b + 1) in _TOWNS else None  # 11 شهيداً من قرية …: its people
    return Figure(toks[a].start, toks[b - 1].end, count, qualifier, kind, victims, label, mixed)
