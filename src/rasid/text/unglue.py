"""Spaces that scraping lost: ``مراسلالميادينفي`` → ``مراسل الميادين في``, ``عنيفةعلى`` → ``عنيفة على``.

An outlet's pages link its own name (``الميادين``, ``للميادين``), and the scraped text joins the
link to the words on both sides; other links join their neighbours too. Every later stage reads
words, so the space goes back in before they run; it is an edit of the text (kept in the offset
map), not a repair of an evasion spelling. Three signs of a lost space: a link name (data,
``data/link_names.tsv``); a letter that only ends words (``ة``, ``ى``) with a letter after it;
and a reporting verb joined to the body it names (``وأعلنتوزارة``; data, ``data/glued_words.tsv``).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from .normalize import is_arabic_letter

_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653))  # tanween, short vowels, shadda, sukun
# The word's own proclitics before the name (والميادين، بالميادين، وللميادين): no space was lost.
_PROCLITICS = frozenset(["", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"])
# Prepositions stay glued: after them the outlet and a town of the same name read alike (حديثه
# إلى الميادين, "to the town of Mayadin"), and the glued form keeps the places stage off the town.
_PREPOSITIONS = frozenset(["إلى", "الى", "عبر", "على", "في", "من", "مع", "عن"])


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The names' stems (a cheap test for the text) and the names as written: ال… or لل…."""
    with resources.files("rasid.data").joinpath("link_names.tsv").open(encoding="utf-8") as fh:
        names = [row["name_ar"] for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    stems = tuple(n[2:] for n in names if n.startswith("ال"))
    return stems, re.compile("(?:ال|لل)(?:" + "|".join(map(re.escape, stems)) + ")")


# ة and ى end a word (a suffix turns them into ت and ا: مدينته، علاه): a letter after one starts
# the next word (tatweel is no letter here: ``مدينةـ`` is stretched, not glued; nor is a doubled
# ة or ى, a slip or an elongation the repair stage reads).
_FINAL_GLUED = re.compile("[ةى][\u0621-\u0628\u062a-\u063a\u0641-\u0648\u064a]")


# The particle أنّ / إنّ (its proclitics: بأنّ، وأنّ، لأنّ) joined to the noun that opens its clause
# (أنّالبنك الدولي، إنّقصف): with its shadda nothing but a pronoun follows in the same word
# (أنّه، أنّنا، إنّي، أنّك; إنّما is a word), so any other letter starts the next word; without the
# shadda only ال and a noun of four letters or more (أنالبيان), as أنال… opens names (أنالينا).
_PARTICLE_GLUED = re.compile(
    f"[أإ]ن(?:[{_MARKS}]*\u0651[{_MARKS}]*(?!ما|[هنيكى])(?=[\u0621-\u064a]{{2}})|(?=ال[\u0621-\u064a]{{4}}))")
_PARTICLE_CLITICS = ("بلك", "وف")  # what may stand before the particle in its own word, nearest first

# … and the particle glued after the word before it (الأسدإنّ، أميركيأنّ): only a proclitic may
# stand there (بأنّ، وإنّ، لأنّ، كأنّ), and the verb اطمأنّ ends so. A word that ends in a proclitic's
# letter is left alone (مصادرللميادينبأنّ: a link glued to بأنّ, which the link step parts).
_PARTICLE_AFTER = re.compile(f"[أإ]ن[{_MARKS}]*\u0651")
_AFTER_LETTER = re.compile("[\u0621-\u0627\u0629-\u063a\u0642\u0645-\u0647\u0649\u064a]")
_PARTICLE_PREFIX = re.compile(".*طم")


def _opens_word(text: str, at: int) -> bool:
    """The particle at ``at`` opens its word, after its own proclitics at most (بأنّ، فلأنّ)."""
    k = at
    for clitics in _PARTICLE_CLITICS:
        if k and text[k - 1] in clitics:
            k -= 1
    return not k or not (is_arabic_letter(text[k - 1]) or text[k - 1] in _MARKS)


def _particles_glued(text: str) -> list[int]:
    """Positions of a particle أنّ/إنّ glued to its noun after it or to the word before it. (Each
    ``أن``/``إن`` is found with ``str.find`` and the patterns tried there: a regex scan of the whole
    text costs more than all the tries.)"""
    glued: list[int] = []
    after: list[int] = []
    for lit in ("أن", "إن"):
        at = text.find(lit)
        while at >= 0:
            m = _PARTICLE_GLUED.match(text, at)
            if m is not None and _opens_word(text, at):
                glued.append(m.end())
            if at and _PARTICLE_AFTER.match(text, at) is not None and _AFTER_LETTER.match(text, at - 1) \
                    and not _PARTICLE_PREFIX.fullmatch(_word_before(text, at)):
                after.append(at)
            at = text.find(lit, at + 2)
    return sorted(glued) + sorted(after)


def lost_spaces(text: str) -> list[int]:
    """Positions in ``text`` before which scraping lost a space: where a link name starts glued
    to the word before it, where the word glued after it starts, after a word-final letter,
    where a body's name starts glued to the reporting verb before it, and around a particle
    أنّ glued to its neighbours."""
    stems, pattern = _names()
    out = glued_bodies(text)
    out += _particles_glued(text)
    out += [m.start() + 1 for m in _FINAL_GLUED.finditer(text)  # (no look-behind: a scan twice as fast)
            if not (pattern.match(text, m.start() + 1) and _word_before(text, m.start() + 1) in _PREPOSITIONS)]
    if not any(stem in text for stem in stems):
        return sorted(set(out))
    for m in pattern.finditer(text):
        start, end = m.span()
        before = text[_word_start(text, start):start].rstrip(_MARKS)
        if before not in _PROCLITICS and before not in _PREPOSITIONS:
            out.append(start)
        if end < len(text) and is_arabic_letter(text[end]):
            out.append(end)
    return sorted(set(out))


def _word_start(text: str, i: int) -> int:
    """Where the word that ends at ``i`` starts (its letters and marks)."""
    j = i
    while j and (is_arabic_letter(text[j - 1]) or text[j - 1] in _MARKS):
        j -= 1
    return j


def _word_before(text: str, i: int) -> str:
    """The letters of the word that ends at ``i`` (its marks left out)."""
    return "".join(ch for ch in text[_word_start(text, i):i] if ch not in _MARKS)


@lru_cache(maxsize=1)
def _verb_body() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """A reporting verb (or its ``عنه``) joined to the body named after it (``وأعلنتوزارة``,
    ``أقرّتصحيفة``, ``أعربت عنهمجلة``), from ``data/glued_words.tsv``: the body's type nouns (found
    with ``str.find``: they are few, and a glued one is rare) and the heads, matched in full on
    the word the noun is glued to (each letter free to carry marks: أكّدت; any alef)."""
    with resources.files("rasid.data").joinpath("glued_words.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))

    def spelled(word: str) -> str:
        return f"[{_MARKS}]*".join("[أإآا]" if ch in "أإآا" else re.escape(ch) for ch in word)

    heads = "|".join(spelled(r["word"]) for r in rows if r["side"] == "head")
    tails = tuple(r["word"] for r in rows if r["side"] == "tail")
    return tails, re.compile(f"[وف]?(?:{heads})[{_MARKS}]*(?:ال)?")


def glued_bodies(text: str) -> list[int]:
    """Positions where a body's name starts glued to the reporting verb before it."""
    tails, head = _verb_body()
    out: list[int] = []
    for tail in tails:
        i = text.find(tail)
        while i >= 0:
            j = _word_start(text, i)
            if j < i:
                m = head.fullmatch(text, j, i)
                if m is not None:  # (ال: ونقلتالصحيفة → ونقلت | الصحيفة)
                    cut = i - 2 if text.startswith("ال", i - 2) and i - 2 > j else i
                    out.append(cut)
            i = text.find(tail, i + 1)
    return sorted(set(out))
