"""Small token-level tests and skips that several steps share: past an outlet that relays, past
whom words were told to, a quote's close, the public figures' organisations, a dual verb, the span
and word sets (clause punctuation, ``أنّ``) more than one step needs.

They take tokens, not the article, so the article itself can use them.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Final

from ...lexicon.words import is_word
from ...text.normalize import fold
from ..speakers import Tok, classes, figure_rows, media_told, strip_conj


_CLAUSE_PUNCT: Final = {"،", ",", "؛", ";", ".", "؟", "?", "!"}
_LEFT_SKIP: Final = {"و", "ف", "كان", "كانت", "وكان", "وكانت", "قد", "وقد", "كما", "فيما", "بينما", "هذا",
                     "وهذا", "ثم", "كذلك", "بدوره", "بدورها", "اما", "واما", "فقد", "لقد", "بعدما"}
_TARGET_KINDS: Final = {"ministry", "government", "media", "unnamed", "ngo", "adjective", "metonym"}  # who makes statements
_TOWARDS: Final = {fold("إلى"), "الي"}
_QUOTE_SPAN: Final = 1500  # a quote may run over sentences, not over the article

_RELAYED_BY: Final = frozenset(fold(w) for w in ("وفق", "حسب", "بحسب", "ووفق", "وبحسب"))  # …، وفق سانا، إنّ


def _past_relaying_media(toks: list[Tok], k: int, end: int) -> int:
    """Past ``وفق``/``بحسب`` and the media named right after (a quote between allowed): the outlet
    that relays the words stands between their speaker and أنّ; ``k`` where none."""
    if toks[k].form not in _RELAYED_BY:
        return k
    n = k + 1 + (k + 1 < end and toks[k + 1].form == '"')
    m = toks[n].mention if n < end else None
    return n + 1 if m is not None and m.kind == "media" else k


_TALK_NOUNS: Final = frozenset(fold(w) for w in ("حديث", "تصريح", "تصريحات", "مقابلة", "اتصال"))  # في حديث لـ"…"


def _told_to(toks: list[Tok], k: int, end: int) -> int:
    """Past ``لـ + a media body`` at ``k`` (``لوكالة "رويترز"``، ``لـ"سي أن أن"``), the one a
    source spoke to, and its closing quote; else ``k``."""
    m = k + 1 if k + 1 < end and toks[k].form == "ل" and toks[k + 1].kind == "a" else k
    if m < end and media_told(toks, m):  # قال في تصريح لوكالة محلية / لوسائل إعلام رسمية إنّ …: unnamed media told
        n = m + 1
        while n < end and n - k <= 3 and toks[n].kind == "w" and not toks[n].form.startswith("ال") \
                and toks[n].form.endswith(("يه", "ي")):
            n += 1  # (محلية، رسمية، إخبارية)
        return n
    if k > 0 and toks[k].form == "ل" and toks[k - 1].form in _TALK_NOUNS and k + 1 < end and toks[k + 1].form == '"':
        c = next((n for n in range(k + 2, min(end, k + 6)) if toks[n].kind == "p"), None)
        if c is not None and c > k + 2 and toks[c].form == '"':
            return c + 1  # في حديث لـ"نداء سوريا"، …: a quoted outlet spoken to
    if k > 0 and toks[k].form in _TOWARDS and toks[k - 1].form in _TALK_NOUNS:
        k2 = k + 1 + (k + 1 < end and toks[k + 1].form == '"')  # في حديث إلى "عنب بلدي"، …
        if k2 < end and toks[k2].mention is not None and toks[k2].mention.kind == "media":
            return k2 + 1 + (k2 + 1 < end and toks[k2 + 1].form == '"')
    n = k + (toks[k].form == "ل")
    n += n < end and n > k and toks[n].form == '"'
    if n >= end or toks[n].mention is None or toks[n].mention.kind != "media" \
            or n == k and not toks[n].form.startswith("ل"):
        return k
    n += 1
    return n + (n < end and toks[n].form == '"')


_CIRCUMSTANTIAL: Final = frozenset(fold(w) for w in ("خلال", "أثناء", "في", "عبر"))  # where or when he spoke (not على: ردّ على …)


def _quoted_name(text: str, q: int, close: int) -> bool:
    """``أنّ "هيئة تحرير الشام" أعلنت …``: a few quoted words the sentence goes on after are a
    name, not the quoted words of the speaker."""
    rest = text[close + 1:close + 3].lstrip()
    return bool(rest) and rest[0].isalpha() and len(text[q + 1:close].split()) <= 4


def _closing_quote(text: str, q: int) -> int | None:
    """Index of the mark that closes the quote opening at ``q``."""
    closer = {"“": "”", "«": "»", '"': '"', "”": "”"}.get(text[q], "”")
    limit = min(len(text), q + _QUOTE_SPAN)
    for cand in (closer, '"', "”") if closer != '"' else ('"', "”"):
        c = text.find(cand, q + 1, limit)
        if c >= 0:
            return c
    return None


@lru_cache(maxsize=1)
def _public_figures() -> dict[frozenset[str], str]:
    """public_figures.tsv: a figure's name words (folded) → the body a claim of theirs is scored
    under ("" for none): a headline's bare البرهان / عبد اللهيان is that person."""
    return {frozenset(words): org for words, org in figure_rows()}


def _figure_org(forms: set[str] | frozenset[str]) -> str | None:
    """The body of the public figure whose name these words are or hold (``محمد علي الحوثي``
    holds الحوثي): "" for a figure with none, None for no figure."""
    figures = _public_figures()
    org = figures.get(frozenset(forms))
    if org is None and len(forms) <= 4:  # (حسن نصر الله holds نصر الله)
        org = next((o for f, o in figures.items() if f <= forms and (len(f) == 1 and len(forms) <= 3 or len(f) > 1)),
                   None)
    return org


@lru_cache(maxsize=1)
def _figure_words() -> frozenset[str]:
    """One-word figures' names: known names in any article (وأكد المقداد أنّ …)."""
    return frozenset(w for forms in _public_figures() for w in forms if len(forms) == 1)


def _named_on(toks: list[Tok], n: int, end: int) -> bool:
    """Does a name word (no class of the tables) or a place stand at ``n``?"""
    return n < end and (toks[n].kind == "a" and toks[n].mention.kind == "metonym"
                        or toks[n].kind == "w" and toks[n].form[0].isalpha() and not classes(toks[n].form))


_CARRIED: Final = frozenset(fold(w) for w in ("نقلته", "نقلتها", "نقله", "نقلها", "بثته", "بثه", "بثها", "بثتها"))
_CARRIED_WORDS: Final = frozenset(fold(w) for w in ("بيان", "تصريح", "تصريحات", "حديث", "كلمة", "رسالة", "مقابلة"))
# (after the words' noun: في بيان نقلته …; not ما نقلته رويترز, the report denied, nor تهديدات نقلتها …)


_OUTLET_TAIL: Final = frozenset(fold(w) for w in ("المقربة", "المقرب", "الموالية", "الموالي", "التابعة", "التابع",
                                            "المعارضة", "المعارض", "الرسمية", "الرسمي", "المحلية", "الحكومية"))
_TAIL_WORDS: Final = 5  # words of an outlet's description (المقربة من حكومة النظام)


def _past_carrier(toks: list[Tok], k: int, end: int) -> int:
    """Past ``نقلته وكالة "سانا"`` up to its comma (في بيان نقلته …، صحة …: the outlet that
    carried the statement, not its words); else ``k``."""
    if k < end and k > 1 and toks[k].form in _OUTLET_TAIL and (toks[k - 1].mention is not None or toks[k - 1].form == '"'
                                                               and toks[k - 2].mention is not None):
        return next((n for n in range(k + 1, min(end, k + _TAIL_WORDS)) if toks[n].form in {"،", ","}), k)
        # لصحيفة "الوطن" المقربة من النظام، أن …: the outlet's description, not the words
    if not (k < end and k > 0 and toks[k].form in _CARRIED and strip_conj(toks[k - 1].form) in _CARRIED_WORDS):
        return k
    n = k + 1
    n += n < end and "typenoun" in classes(toks[n].form)
    n += n < end and toks[n].form == '"'
    if not (n < end and toks[n].mention is not None and toks[n].mention.kind == "media"):
        return k
    n += 1
    n += n < end and toks[n].form == '"'
    return n if n < end and toks[n].form in {"،", ","} else k


_THAT: Final = frozenset({"ان", "بان"})


def _dual(form: str) -> bool:
    """A dual verb: يؤكدان / تعلنان, أكدا / أعلنتا (folded, conjunction stripped)."""
    f = strip_conj(form)
    return f.endswith("ان") and f[0] in "يت" or f.endswith("ا") and not f.endswith("وا") and len(f) > 3


def _second_conjunct(toks: list[Tok], a: int, e: int) -> int:
    """Where the second of two subjects joined by و starts in ``[a, e)`` (after a و of its own, or
    the و glued to it); else ``a``."""
    for n in range(a + 1, e - 1):
        if toks[n].form == "و":
            return n + 1
        if toks[n].form[:1] == "و" and strip_conj(toks[n].form) != toks[n].form:
            return n
    return a


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` strictly inside one of ``spans`` (sorted, not overlapping)?"""
    k = bisect_left(spans, (pos,)) - 1
    return k >= 0 and pos < spans[k][1]


def _own_noun(t: Tok) -> bool:
    """``استمرارها``، ``تضامنه``: a verbal noun with a pronoun, the object of a verb whose
    subject was named before (وأكّدت استمرارها في …), never that subject."""
    f = t.form
    if t.kind != "w" or len(f) < 6:
        return False
    for suffix in ("ها", "هم", "ه"):
        if f.endswith(suffix):
            stem = f[:-len(suffix)]
            return is_word(stem) or stem.endswith("ت") and is_word(stem[:-1] + "ه")
    return False


_PREDICATE_GAP: Final = 16  # tokens from a clause's first verb to the cue glued to و that continues it
