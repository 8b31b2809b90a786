"""Is this joined letter string a real Arabic word?

The repair stage undoes evasion spellings (``ق.ت.ل``, ``ا.ل.ج.ي.ش``, ``الاحت-لال``) but must
leave abbreviations and lists alone (``أ.ف.ب``, ``د.محمد``, ``ق.م``, ``أ ب ت``). Joining is
only safe when the result is a word, so this module answers that question from a hand-written
stem list (``data/words.txt``) plus light clitic/affix stripping.

Why stems must be >= 3 letters: Arabic roots are dense, and a 2-letter stem left after
stripping ``و``/``ب``/``ه``/``ة`` would make most random strings look like words.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Final

from ..text.normalize import fold, fold_with_index

_MIN_LEN: Final = 3  # the joined token and every stripped stem must be at least this long

# Folded forms (fold maps أإآ→ا, ة→ه, ى→ي), longest first so ``وال`` wins over ``و``.
_PROCLITICS: Final = (
    "وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
    "وب", "فب", "ول", "فل", "وك", "فك", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س",
)
# Object/possessive pronouns: the outer layer of a word.
_ENCLITICS: Final = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
# Inflectional endings under the pronoun (ة is ه after folding; ``ا`` is tanween-alef).
_ENDINGS: Final = (
    "تما", "تين", "تان", "تم", "تن", "تا", "ات", "ان", "ين", "ون", "وا", "يه", "يا", "ه", "ت", "ي",
    "ا", "و",
)
_VERB_ENDINGS: Final = frozenset(("ت", "وا", "ا", "تم", "تن", "تما", "تا"))
_PRESENT: Final = ("ي", "ت", "ن", "ا")  # imperfect person prefixes, checked as ي + rest
_LETTERS: Final = re.compile(r"[\u0621-\u064A]+")
_SEPARATORS: Final = re.compile(r"[\s.\-_*\u0640]+")
# ``د.محمد``, ``م.حسن``, ``أ.علي``: a title letter, a bare dot, then one word. Evasion splits
# usually carry tatweel (``مـ.ـسيّرة``), so only the bare-dot form is read as a title.
_TITLE: Final = re.compile(r"[دمأإآاع]\.[\u0621-\u064A][\u0621-\u0652]*")


def _read(name: str) -> list[str]:
    text = resources.files("rasid.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Folded word list (loaded once)."""
    return frozenset(fold(w) for w in _read("words.txt"))


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(dotted forms, joined forms that are not themselves listed words)."""
    dotted, joined = set(), set()
    for entry in _read("abbreviations.txt"):
        form = fold(entry.split("\t")[0])
        dotted.add(_SEPARATORS.sub(".", form).strip("."))
        joined.add(_SEPARATORS.sub("", form))
    return frozenset(dotted), frozenset(joined - _lexicon())


def _abbreviation_folded(form: str, joined: str) -> bool:
    dotted, joined_forms = _abbreviations()
    if joined in joined_forms:
        return True
    return joined != form and _SEPARATORS.sub(".", form).strip(".") in dotted


def is_abbreviation(token: str) -> bool:
    """True for ``أ.ف.ب``, ``ق.م``, ``د.`` … (dotted or joined, compared folded)."""
    form = fold(token)
    return _abbreviation_folded(form, _SEPARATORS.sub("", form))


def _strip_suffixes(stem: str) -> list[str]:
    """``stem`` with up to one enclitic and one ending removed (plus ت→ة restoration)."""
    out = [stem]
    layer = [stem]
    for enc in _ENCLITICS:
        if stem.endswith(enc) and len(stem) - len(enc) >= _MIN_LEN:
            base = stem[: -len(enc)]
            layer.append(base)
            out.append(base)
            if base.endswith("ت"):  # مسيرتها → مسيرت → مسيره
                out.append(base[:-1] + "ه")
            if base.endswith("ا"):  # dual/plural before a pronoun: عيناه
                out.append(base[:-1])
            elif base.endswith(("ي", "و")):  # final hamza takes a seat: حلفائها → حلفاء
                out.append(base[:-1] + "ء")
    for base in layer:
        for end in _ENDINGS:
            if base.endswith(end) and len(base) - len(end) >= _MIN_LEN:
                core = base[: -len(end)]
                out.append(core)
                if end in ("ات", "تين", "تان"):
                    out.append(core + "ه")  # مسيرات → مسير + ة; دولتين → دول + ة
                elif end in _VERB_ENDINGS:
                    out.append(core + "ي")  # defective verbs: انتهت → انتهي (انتهى)
                if core.endswith("ي"):  # nisba + ة/ات/ين: عسكريات → عسكري
                    out.append(core[:-1])
                if core.endswith("ت"):  # dual of a ة noun: الدولتين → دوله
                    out.append(core[:-1] + "ه")
    return out


def _candidates(word: str) -> list[str]:
    """Stems to look up: the word, then proclitic- and suffix-stripped forms."""
    bases = [word]
    short: list[str] = []
    for pro in _PROCLITICS:
        if word.startswith(pro):
            rest = word[len(pro):]
            if len(rest) >= _MIN_LEN:
                bases.append(rest)
            elif len(rest) == 2 and pro.endswith(("ال", "لل")):
                short.append(rest)  # الرد، للحل: the article makes a 2-letter noun safe
    out: list[str] = list(short)
    for base in bases:
        out.extend(c for c in _strip_suffixes(base) if len(c) >= _MIN_LEN)
    return out


@lru_cache(maxsize=65536)
def _is_word_folded(word: str) -> bool:
    lex = _lexicon()
    if word in lex:
        return True
    for cand in _candidates(word):
        if cand in lex:
            return True
        # Imperfect verbs: تقصف/نقصف/اقصف → يقصف (only listed present forms match).
        if len(cand) >= _MIN_LEN and cand[0] in _PRESENT and "ي" + cand[1:] in lex:
            return True
    return False


def is_listed(token: str) -> bool:
    """Whether ``token`` itself is in the word list (no affix stripping): the way to ask
    about short particles (``إن``, ``في``) that ``is_word`` refuses as too short to join."""
    return fold(token) in _lexicon()


def is_word(token: str) -> bool:
    """Whether ``token`` (joined, or still dotted/spaced) reads as a real Arabic word.

    ``is_word("ا.ل.ج.ي.ش")`` and ``is_word("شهيداً")`` → True; ``is_word("أ.ف.ب")``,
    ``is_word("قم")`` (too short to join safely) → False. Pass the raw dotted form where you
    have it: abbreviations whose joined form is a word (``ج.م.ع``) are only caught that way.
    """
    form = fold(token)
    word = _SEPARATORS.sub("", form)
    if len(word) < _MIN_LEN or _abbreviation_folded(form, word) or _TITLE.fullmatch(token):
        return False
    return _LETTERS.fullmatch(word) is not None and _is_word_folded(word)


def _run_of_words(word: str, start: int, cuts: frozenset[int], parts_left: int) -> bool:
    """Whether ``word[start:]`` is 1..parts_left listed words, cutting only at allowed places."""
    rest = word[start:]
    if start > 0 and len(rest) >= _MIN_LEN and _is_word_folded(rest):
        return True
    if parts_left <= 1:
        return False
    lex = _lexicon()
    for end in range(start + 2, len(word) - _MIN_LEN + 1):
        if end in cuts:
            continue
        piece = word[start:end]
        # The first piece may be a listed 2-letter particle (أنّ‌الاحتلال); others need >= 3.
        ok = (piece in lex) if len(piece) == 2 and start == 0 else (
            len(piece) >= _MIN_LEN and _is_word_folded(piece))
        if ok and _run_of_words(word, end, cuts, parts_left - 1):
            return True
    return False


def splits_into_words(token: str, avoid: Iterable[int] = (), max_parts: int = 3) -> bool:
    """Whether ``token`` is 2..max_parts real words run together (a space lost in the source).

    Evasion repair sees ``المسلحةالمــ.ـنتشرة`` → ``المسلحةالمنتشرة``: not one word, but two
    words whose space the publisher dropped. ``avoid`` holds positions in ``token`` where the
    evasion separator stood: a split there means the pieces were words already
    (``العربية-السورية``), so joining would be wrong and this returns False.
    """
    folded, index = fold_with_index(_SEPARATORS.sub("", token))
    if not _LETTERS.fullmatch(folded or "-"):
        return False
    avoid = set(avoid)
    cuts = frozenset(k for k in range(1, len(folded)) if index[k] in avoid)
    for k in cuts:  # the pieces either side of the separator are words already
        head, tail = folded[:k], folded[k:]
        if _run_of_words(head, 0, frozenset(), max_parts) or _is_word_folded(head):
            if _is_word_folded(tail) or _run_of_words(tail, 0, frozenset(), max_parts):
                return False
    return _run_of_words(folded, 0, cuts, max_parts)
