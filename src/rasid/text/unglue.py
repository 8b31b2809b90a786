"""Spaces that scraping lost: ``مراسلالميادينفي`` → ``مراسل الميادين في``, ``عنيفةعلى`` → ``عنيفة على``.

An outlet's pages link its own name (``الميادين``, ``للميادين``), and the scraped text joins the
link to the words on both sides; other links join their neighbours too. Every later stage reads
words, so the space goes back in before they run; it is an edit of the text (kept in the offset
map), not a repair of an evasion spelling. Three signs of a lost space: a link name (data,
``data/link_names.tsv``); a letter that only ends words (``ة``, ``ى``) with a letter after it;
a reporting verb joined to the body it names (``وأعلنتوزارة``; data, ``data/glued_words.tsv``);
and two words of the word list run together where the second opens on ``ال``/``وال``/``بال``
(``بعدالتصعيد``, ``سورياوالتنف``, ``المتوسطبالأسلحة``), the first is a preposition or the particle أن
(``خلالوقفة``, ``فيقاعدة``, ``منإسقاط``, ``أنوزير``), a frequent verb (``وكانتمسيرات``,
``وقالمسؤول``) or a country (``العراقمعركة``), the second is ``في``/``على``/``من``/``ضد``/``عن``/``عند``/``منذ``
(``دمشقفي``, ``الآلافمن``, ``المسلحونضد``), or the first ends in a nisba's ي (``السوريجراء``, ``إيرانيبعد``), a plural's or
dual's ين/ات/ان (``مواطنينسوريين``, ``لبنانعند``) or the pronoun ها (``أنّهاستبدأ``; data, same
file). Each cut needs both halves to be words and the whole to be none.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from typing import Final

from ..lexicon.words import is_listed, is_word
from .normalize import is_arabic_letter

_MARKS: Final = "".join(chr(c) for c in range(0x064B, 0x0653))  # tanween, short vowels, shadda, sukun
# The word's own proclitics before the name (والميادين، بالميادين، وللميادين): no space was lost.
_PROCLITICS: Final = frozenset(["", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"])
# Prepositions stay glued: after them the outlet and a town of the same name read alike (حديثه
# إلى الميادين, "to the town of Mayadin"), and the glued form keeps the places stage off the town.
_PREPOSITIONS: Final = frozenset(["إلى", "الى", "عبر", "على", "في", "من", "مع", "عن"])


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The names' stems (a cheap test for the text) and the names as written: ال… or لل…."""
    with resources.files("rasid.data").joinpath("link_names.tsv").open(encoding="utf-8") as fh:
        names = [row["name_ar"] for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    stems = tuple(n[2:] for n in names if n.startswith("ال"))
    return stems, re.compile("(?:ال|لل)(?:" + "|".join(map(re.escape, stems)) + ")")


# ة and ى end a word (a suffix turns them into ت and ا: مدينته، علاه): a letter after one (and
# its marks: جديدةًأشد) starts the next word (tatweel is no letter here: ``مدينةـ`` is stretched, not glued; nor is a doubled
# ة or ى, a slip or an elongation the repair stage reads). One pattern for each letter: a scan led
# by a literal letter is three times faster than one led by a class.
_FINAL_GLUED: Final = tuple(re.compile(f"{end}[{_MARKS}]*[\u0621-\u0628\u062a-\u063a\u0641-\u0648\u064a]") for end in "ةى")

# A tanween's alef (أيضاً، نقلاً، كثيراً; or written after it: أيضًا) ends its word: a letter after
# it starts the next (أيضاًقاعدة، نقلاًعن، احتمالاًلتصعيد). An alef after the mark where ا, ة or ى
# stands before it (وخصوصاًا، صاروخيةًا) is the next word's own. (One scan led by the mark, the
# alef asked after: a scan led by ا, the language's most frequent letter, stops everywhere.)
_TANWEEN_GLUED: Final = re.compile("\u064b(?:(?<=\u0627\u064b)|(?<![\u0627\u0629\u0649]\u064b)\u0627)(?=[\u0621-\u064a])")


# The particle أنّ / إنّ (its proclitics: بأنّ، وأنّ، لأنّ) joined to the noun that opens its clause
# (أنّالبنك الدولي، إنّقصف): with its shadda nothing but a pronoun follows in the same word
# (أنّه، أنّنا، إنّي، أنّك; إنّما is a word), so any other letter starts the next word; without the
# shadda only ال and a noun of four letters or more (أنالبيان), as أنال… opens names (أنالينا).
_PARTICLE_GLUED: Final = re.compile(
    f"[أإ]ن(?:[{_MARKS}]*\u0651[{_MARKS}]*(?!ما|[هنيكى])(?=[\u0621-\u064a]{{2}})|(?=ال[\u0621-\u064a]{{4}}))")
_PARTICLE_CLITICS: Final = ("بلك", "وف")  # what may stand before the particle in its own word, nearest first

# … and the particle glued after the word before it (الأسدإنّ، أميركيأنّ): only a proclitic may
# stand there (بأنّ، وإنّ، لأنّ، كأنّ), and the verb اطمأنّ ends so. A word that ends in a proclitic's
# letter is left alone (مصادرللميادينبأنّ: a link glued to بأنّ, which the link step parts).
_PARTICLE_AFTER: Final = re.compile(f"[أإ]ن[{_MARKS}]*\u0651")
_AFTER_LETTER: Final = re.compile("[\u0621-\u0627\u0629-\u063a\u0642\u0645-\u0647\u0649\u064a]")
_PARTICLE_PREFIX: Final = re.compile(".*طم")


def _opens_word(text: str, at: int) -> bool:
    """The particle at ``at`` opens its word, after its own proclitics at most (بأنّ، فلأنّ)."""
    k = at
    for clitics in _PARTICLE_CLITICS:
        if k and text[k - 1] in clitics:
            k -= 1
    return not k or not (is_arabic_letter(text[k - 1]) or text[k - 1] in _MARKS)


def _particles_glued(text: str) -> list[int]:
    """Positions of a particle أنّ/إنّ glued to its noun after it (with its pronoun ه between them
    at most: ``_pronoun_cut``) or to the word before it. (Each
    ``أن``/``إن`` with a shadda or ال after it is found by a scan led by its letters, and the
    patterns tried there: a scan led by a class, or a try at every ``أن``, costs more.)"""
    glued: list[int] = []
    after: list[int] = []
    for candidate in _PARTICLE_CANDIDATES:
        for c in candidate.finditer(text):
            at = c.start()
            m = _PARTICLE_GLUED.match(text, at)
            if m is not None and _opens_word(text, at):
                glued.append(m.end())
            elif m is None:
                k = _past_marks(text, c.end())
                if text.startswith("\u0647", k) and "\u0651" in text[c.end():k] and _opens_word(text, at):
                    cut = _pronoun_cut(text, k)
                    if cut is not None:
                        glued.append(cut)
            if at and _PARTICLE_AFTER.match(text, at) is not None and _AFTER_LETTER.match(text, at - 1) \
                    and not _PARTICLE_PREFIX.fullmatch(_word_before(text, at)):
                after.append(at)
    return sorted(glued) + sorted(after)


def _pronoun_cut(text: str, at: int) -> int | None:
    """Where the word after a particle أنّ whose ه stands at ``at`` starts: before the ه where
    the rest is a word (بأنّهجوماً، وأنّهذا: أنّ | هجوماً), after it where the rest without it is one
    (أنّهسيتم، أنّهلم: the pronoun's ه, أنّه | سيتم); none where the ه opens ها or هم (أنّها، أنّهم،
    أنّهما: the pronoun's own, the ها row's cut) or the whole is the pronoun (أنّه)."""
    rest = _bare(text[at:_word_end(text, at)])
    if len(rest) < 3 or rest.startswith(("ها", "هم")):
        return None
    if is_word(rest):
        return at
    tail = rest[1:]
    if is_word(tail) or is_listed(tail):
        return _past_marks(text, at + 1)
    return None


def _past_marks(text: str, i: int) -> int:
    """``i`` moved past the marks that stand there."""
    while i < len(text) and text[i] in _MARKS:
        i += 1
    return i


# Where either pattern above may match: أن or إن with a shadda, or with ال and four letters after.
_PARTICLE_CANDIDATES: Final = tuple(re.compile(f"{lit}(?=[{_MARKS}]*\u0651|ال[\u0621-\u064a]{{4}})") for lit in ("أن", "إن"))


def lost_spaces(text: str) -> list[int]:
    """Positions in ``text`` before which scraping lost a space: where a link name starts glued
    to the word before it, where the word glued after it starts, after a word-final letter,
    where a body's name starts glued to the reporting verb before it, around a particle
    أنّ glued to its neighbours, where a definite word starts glued to the word before it,
    where a noun starts glued to a preposition, the particle أن, a verb or a country, where
    في/على/من or a word opening on است starts glued to the word before it, and after a nisba,
    a plural's or dual's ending, the pronoun ها or a tanween's alef glued to the word after it; the
    word glued after a link name is read again on its own; so is each piece a cut leaves that is
    no word (``_pieces_again``). And where a sentence starts glued after a full stop."""
    out = _signed_spaces(text)
    return _pieces_again(text, out) if out else out


def _signed_spaces(text: str) -> list[int]:
    """``lost_spaces`` but the second reading of the pieces: each step's signs, sorted."""
    stems, pattern = _names()
    out = glued_bodies(text)
    out += _particles_glued(text)
    out += _definite_glued(text, stems)
    out += _after_preposition(text, stems)
    out += _before_opening(text)
    out += _nisba_glued(text)
    out += _tanween_glued(text)
    out += _sentence_glued(text)
    out += [m.end() - 1 for final in _FINAL_GLUED for m in final.finditer(text)  # (no look-behind: a
            # scan twice as fast)
            if not (pattern.match(text, m.end() - 1) and _word_before(text, m.end() - 1) in _PREPOSITIONS)]
    if not any(stem in text for stem in stems):
        return sorted(set(out))
    for m in _link_names(text, stems, pattern):
        start, end = m.span()
        before = text[_word_start(text, start):start].rstrip(_MARKS)
        if before not in _PROCLITICS and before not in _PREPOSITIONS:
            out.append(start)
        if end < len(text) and is_arabic_letter(text[end]):
            out.append(end)
            out += _after_link(text, end)
    return sorted(set(out))


def _pieces_again(text: str, cuts: list[int]) -> list[int]:
    """``cuts`` and the cuts found inside the pieces they leave, each read again on its own where
    it is no word of seven letters or more (الإسرائيليعدواناًجديداً: the nisba step read
    عدواناًجديداً as its rest, which is no word, and the tanween step cut it): every step reads
    the rest of its word from its cut to the word's end, which holds a second glued word."""
    out = list(cuts)
    done = -1
    for cut in cuts:
        if cut < done:
            continue
        start, done = _word_start(text, cut), _word_end(text, cut)
        bounds = [start] + [c for c in cuts if start < c < done] + [done]
        for a, b in zip(bounds, bounds[1:]):
            if b - a >= 7 and not is_word(_bare(text[a:b])):
                out += [a + i for i in _signed_spaces(text[a:b]) if i > 0]
    return sorted(set(out))


def _link_names(text: str, stems: tuple[str, ...], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, tried only two letters before each stem ``str.find`` finds
    (the pattern opens on ال or لل, which a scan stops at in every other word); matches that
    start inside an earlier one are left out, as ``finditer`` leaves them."""
    starts: set[int] = set()
    for stem in stems:
        i = text.find(stem, 2)
        while i >= 0:
            starts.add(i - 2)
            i = text.find(stem, i + 1)
    found: list[re.Match[str]] = []
    for start in sorted(starts):
        if found and start < found[-1].end():
            continue
        m = pattern.match(text, start)
        if m is not None:
            found.append(m)
    return found


def _after_link(text: str, at: int) -> list[int]:
    """Positions where a space was lost inside the word glued after a link name at ``at``
    (مصادرللميادينأنّقصف، للميادينتعرّضالقاعدة): the word read again on its own, as the steps
    read a word from its start and here it starts inside the link's."""
    end = _word_end(text, at)
    return [at + i for i in lost_spaces(text[at:end]) if i > 0]


def _tanween_glued(text: str) -> list[int]:
    """Positions where a word starts glued after a tanween's alef (أيضاًقاعدة → أيضاً | قاعدة):
    the word before of four letters with its alef (a lone mark or a short syllable is a slip,
    not a word's end) and the word after a word or a listed short one (عن، ضد)."""
    out: list[int] = []
    for m in _TANWEEN_GLUED.finditer(text):
        at = m.end()
        if len(_word_before(text, at)) >= 4 and _tail_is_word(_bare(text[at:_word_end(text, at)]), False):
            out.append(at)
    return out


# A full stop between two words with no space after it (السورية.الموقع، التقدير.وقال), or after
# a closing quote (نستعد".وأعرب): the next sentence starts glued to the last, and the sentence
# splitter, which asks for a space after the stop, reads one sentence. Three letters before it
# (one or two are an abbreviation's: آر.بي.جي، أ.ف.ب) or the quote, and a letter after (tatweel is
# none: هـ.ـجوم is an evasion, the repair stage's).
_CLOSERS: Final = "\"”»)"
_STOP_GLUED: Final = re.compile(
    "\\.(?:(?<=[\u0621-\u063a\u0641-\u0652]{3}\\.)|(?<=[" + _CLOSERS + "]\\.))(?=[\u0621-\u063a\u0641-\u064a])")


def _sentence_glued(text: str) -> list[int]:
    """Positions where a sentence starts glued after the full stop of the last one: the word
    after is one of two letters or more, and before the stop a closing quote or a word of three
    letters that joined to it is no word (الاحت.لال is an evasion of one word, the repair
    stage's)."""
    out: list[int] = []
    for m in _STOP_GLUED.finditer(text):
        at = m.end()
        after = _bare(text[at:_word_end(text, at)])
        if len(after) < 2:
            continue
        if text[m.start() - 1] in _CLOSERS:
            out.append(at)
            continue
        before = _word_before(text, m.start())
        if len(before) >= 3 and not is_word(before + after):
            out.append(at)
    return out


def _word_start(text: str, i: int) -> int:
    """Where the word that ends at ``i`` starts (its letters and marks: one range, hamza to
    sukun, compared in place as a call per letter costs more than the rest of the step)."""
    j = i
    while j and "\u0621" <= text[j - 1] <= "\u0652":
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
                elif i - j >= 3 and not text.startswith("ال", i - 2) \
                        and _word_glued_on(_bare(text[j:i]), _bare(text[i:_word_end(text, i)])):  # (asked
                    # first: most are الرئيس، والوزير, the noun's own article)
                    out.append(i)
            i = text.find(tail, i + 1)
    return sorted(set(out))


@lru_cache(maxsize=4096)
def _word_glued_on(head: str, tail: str) -> bool:
    """``head + tail`` is a word and a body's or speaker's noun run together (نشرتصحيفة، دعتوزارة،
    وعلّقمصدر، زاروزير): ``head`` a word of three letters or more after و/ف (not a name's first
    half) whose last letter is not the noun's proclitic or another word's first letter after a
    word (سمحتلرئيس: سمحت | لرئيس; استهدفتمناطق: استهدفت | مناطق), ``tail`` a word, the whole none."""
    names, _, _ = _glue_words()
    return len(_without_wa(head)) >= 3 and not _name_half(head, names) and is_word(head) \
        and not (head[-1] in _TAIL_OPENERS and is_word(head[:-1])) \
        and is_word(tail) and not is_word(head + tail)


# The letters that may open the word a body's noun stands in (لرئيس، بوزير، كرئيس، ووزير، فمصدر) or
# a word it hides in (مناطق): the head that ends in one is cut one letter early, left whole.
_TAIL_OPENERS: Final = "لبكوفم"


# An ال inside a word, after two letters at least and before three: where a definite word glued
# to the word before it starts (اغتيالالمستشار، بعدالتصعيد). Endings after ال (الية، المة،
# الات) are too short to match; the lexicon decides the rest. (The literal ال first and the
# letters before it asked after: a scan ten times faster than one led by a letter class.)
# The relative pronouns الذي، التي are the definite words of two letters after ال that a join hides
# (الزلزالالذي).
_INNER_ARTICLE: Final = re.compile(f"ال(?<=[\u0621-\u0652]{{2}}ال)(?=[\u0621-\u064a]{{3}}|ذي|تي)")  # (اغتيالالمستشار: two ال)
# ال never takes a possessive pronoun: a "definite word" that ends in one is a word of its own
# cut in the wrong place (ومعالمها is not ومع + المها).
_POSSESSIVES: Final = ("ها", "هم", "هما", "هن", "كم")


# What may stand after a preposition: three letters, or for من (and إذ) a definite noun of four
# letters or a hamza-initial word (``_may_follow``). Asked before the letter ahead of the preposition: most
# من and في are whole words, and the test after them fails on their space.
_AFTER_PREP: Final = {"prep_def": "(?=ال[\u0621-\u064a]{4}|[أإ]|است)"}


def _word_led(word: str) -> re.Pattern[str]:
    """``word`` (each letter free to carry marks: أكّد، استُهدفت، قالَ) and three letters after it;
    what stands before it in its word (after one of its clitics at most) is asked of each match
    (``_opens_on``): a look-behind cannot read marks."""
    return re.compile(f"{_spelled(_lead(word))}[{_MARKS}]*(?={_THREE_LETTERS})")


def _spelled(letters: str) -> str:
    """``letters`` with marks free after each but the first (جرّاء، أكّد، استُهدفت: a shadda or a
    vowel stands on the second letter or later; a scan led by the first two letters is as fast as
    one led by the whole word, one led by a single letter is not)."""
    return letters[:2] + "".join(f"[{_MARKS}]*{ch}" for ch in letters[2:])


def _opens_on(text: str, at: int, opening: str, clitics: str) -> bool:
    """The word that a row's scan matched at ``at`` opens there, after the row word's ``opening``
    (ال، ا: not in its scan, ``_lead``) and one of ``clitics`` at most."""
    before = _word_before(text, at)
    return before == opening or before[1:] == opening and before[:1] in clitics and len(before) == len(opening) + 1


# Three letters opening the word after a preposition or a verb, its vowels free between them
# (كمانفّذ، قُتلأربعة: the word is the next step's to read).
_THREE_LETTERS: Final = "[\u0621-\u064a](?:[\u064b-\u0652]*[\u0621-\u064a]){2}"
# … and the two letters after the first one (its vowels free: قواتهاشنّت، آخرينأُصيبوا).
_TWO_MORE: Final = "[\u064b-\u0652]*[\u0621-\u064a][\u064b-\u0652]*[\u0621-\u064a]"


def _prep_pattern(word: str, side: str) -> re.Pattern[str]:
    """A preposition of ``side`` opening a word, with its ما at most (بعدماكشفت; not من), and what
    may follow it. One of three letters or more may carry marks (جرّاء، بعدَ; that it opens its word
    is asked of each match); a two-letter one (في، عن، أن، من) is found bare, opening its word in
    the scan: it stands everywhere, and a look-behind rejects most of it faster."""
    after = _AFTER_PREP.get(side)
    if len(word) < 3:
        if after is not None:
            return re.compile(f"{word}{after}(?<=[^\u0621-\u0652]{word})")
        return re.compile(f"{word}(?=[\u0621-\u064a]{{3}})(?<=[^\u0621-\u0652]{word})(?:ما)?(?={_THREE_LETTERS})")
    lead = _spelled(_lead(word))
    if after is not None:
        return re.compile(f"{lead}[{_MARKS}]*{after}")
    return re.compile(f"{lead}[{_MARKS}]*(?:ما)?(?={_THREE_LETTERS})")


def _opening(word: str) -> str:
    """What ``_lead`` leaves out of ``word``: its opening ال or ا, or nothing."""
    return word[:len(word) - len(_lead(word))]


def _lead(word: str) -> str:
    """What a scan for ``word`` is led by: the word without its opening ال or ا (the language's most
    frequent letter: a scan led by it stops everywhere; العراق, استهداف are found by عراق, ستهداف
    and their opening asked after). A match then starts after that opening."""
    return word[2:] if word.startswith("ال") else word[1:] if word.startswith("ا") else word


@lru_cache(maxsize=1)
def _glue_words() -> tuple[frozenset[str], tuple[tuple[re.Pattern[str], str, str, str], ...],
                           tuple[tuple[re.Pattern[str], int, bool, str], ...]]:
    """From ``data/glued_words.tsv``: the first halves of names written joined (عبدالله); for
    each preposition a noun is glued to (خلالوقفة) the preposition opening a word, with its ما
    at most (بعدماكشفت), and three letters after it, with its side (``prep_noun``: only a noun
    may follow, as فيـ before a present verb reads as ف + the verb, فيطال); for each verb a
    word is glued to (استهدفتمدينة) the verb opening a word, after و/ف at most, and three
    letters after it; each word opening glued after a word (العراقاستهداف) with three letters
    before it; each short word glued at the end of a word (دمشقفي) with three letters before it
    and none after; and each plural ending a word is glued after (مواطنينسوريين، مساعداتحتى)
    with two letters before it, not ال (الاتفاق opens on ات), and three after, none a ه (قواته:
    the pronoun) but after ها (ضربهاهدفاً، استهدافهاهدفاً: ها + ه is no pronoun of the word). The last three
    with the least letters the word before may have, whether the cut falls after the match, and
    the word.
    (One scan each, led by its letters: the fastest form.)"""
    with resources.files("rasid.data").joinpath("glued_words.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    preps = tuple((_prep_pattern(r["word"], r["side"]), r["side"], _opening(r["word"]), "")
                  for r in rows if r["side"] in ("prep", "prep_noun", "prep_def", "particle"))
    verbs = tuple((_word_led(r["word"]), r["side"], _opening(r["word"]), "وفبل" if r["side"] == "place" else "وف")
                  for r in rows if r["side"] in ("verb", "place"))
    nexts = tuple((re.compile(f"{_lead(w)}(?<=[\u0621-\u0652]{{3}}{w})" + ("(?<!ال.)" if w in _HAMZAS else "")), 3, False, w)
                  for w in (r["word"] for r in rows if r["side"] == "next"))
    ends = tuple((re.compile(f"{w}(?<=[\u0621-\u0652]{{3}}{w})(?![\u0621-\u0652])"), 4, False, w)
                 for w in (r["word"] for r in rows if r["side"] == "end"))
    endings = tuple((re.compile(f"{w}(?=[^\\W{'' if w == 'ها' else 'ه'}\\d_]{_TWO_MORE})(?<=[\u0621-\u0652]{{2}}{w})(?<!ال{w})"),
                     5, True, w) for w in (r["word"] for r in rows if r["side"] == "ending"))
    return frozenset(r["word"] for r in rows if r["side"] == "name"), preps + verbs, nexts + ends + endings


_LETTERS_ON: Final = re.compile(f"[\u0621-\u064a{_MARKS}]*")
_MARK: Final = re.compile(f"[{_MARKS}]")


def _word_end(text: str, i: int) -> int:
    """Where the word that starts at ``i`` ends (its letters and marks)."""
    m = _LETTERS_ON.match(text, i)
    return m.end() if m is not None else i


def _bare(piece: str) -> str:
    """``piece`` without its marks (a regex's substitution: four times as fast as a translate
    table on a word)."""
    return _MARK.sub("", piece)


def _names_link(tail: str, stems: tuple[str, ...]) -> bool:
    """The piece opens on a link name (الميادين، للميادين): the link step places its spaces."""
    return any(tail.startswith(stem, 2) for stem in stems)


def _definite_glued(text: str, stems: tuple[str, ...]) -> list[int]:
    """Positions where a definite word (or و + one) starts glued to the word before it
    (اغتيالالمستشار، وكانالمتحدث، سورياوالتنف): see ``_definite_cut``."""
    out: list[int] = []
    for m in _INNER_ARTICLE.finditer(text):
        at = m.start()
        start = _word_start(text, at)
        if at - start < 3:  # وبالتالي، مصالحها: a proclitic or two letters before ال
            continue
        cut = _definite_cut(_bare(text[start:at]), _bare(text[at:_word_end(text, at)]), stems)
        if cut is not None:
            out.append(text.rindex(_GLUED_CLITICS[cut], start, at) if cut < 0 else at + cut)
    return out


@lru_cache(maxsize=4096)
def _definite_cut(head: str, tail: str, stems: tuple[str, ...]) -> int | None:
    """Where ``head + tail`` (the word glued on ``tail``'s ال) comes apart, counted from that
    ال: 0 there, -1 before a و ending ``head`` (سورياوالتنف → سوريا | والتنف), 1 after a ا ending
    a country in ـيا (وسوريالنحو → وسوريا | لنحو), -2 before a ب ending ``head`` where ``head``
    without it is a word (المتوسطبالأسلحة → المتوسط | بالأسلحة: the preposition's ب glued to its
    definite noun); None where it stays whole. It comes apart
    when the whole is no word and both halves are. Left whole: names written joined
    (عبدالحكيم), a half ending in a possessive, link names; a construct plural keeps its و
    (مقاوموالقسام: مقاومو القسام)."""
    names, _, _ = _glue_words()
    if (len(head) < 3 or tail.endswith(_POSSESSIVES) or _names_link(tail, stems)
            or _name_half(head, names)
            or is_word(head + tail) or not is_word(tail)):
        return None
    if head.endswith("و") and not _participle(head) and is_word(head[:-1]):
        return -1
    if is_word(head):
        return 1 if _country_in_ya(head + "ا") and is_word(tail[1:]) else 0
    if head.endswith("ب") and len(head) >= 4 and is_word(head[:-1]) and not _name_half(head[:-1], names):
        return -2
    return None


# The proclitic before ال that a negative cut of ``_definite_cut`` falls before: -1 a و
# (سورياوالتنف → سوريا | والتنف), -2 a ب (المتوسطبالأسلحة → المتوسط | بالأسلحة).
_GLUED_CLITICS: Final = {-1: "و", -2: "ب"}


def _name_half(head: str, names: frozenset[str]) -> bool:
    """``head`` is a first half written joined (عبد، أبو، اللا), after و/ف at most."""
    return head in names or head[0] in "وف" and head[1:] in names


def _participle(head: str) -> bool:
    """``head`` opens on م after و/ف at most: a participle's construct plural (مقاتلو، ومسلحو)."""
    return head.startswith("م") or head[0] in "وف" and head.startswith("م", 1)


def _country_in_ya(word: str) -> bool:
    """``word`` ends in ـيا and is in the word list, bare or after و/ف/ب (وسوريا، تركيا)."""
    return word.endswith("يا") and (is_listed(word) or word[0] in "وفب" and is_listed(word[1:]))


def _after_preposition(text: str, stems: tuple[str, ...]) -> list[int]:
    """Positions where a noun starts glued to the preposition before it (خلالوقفة، جراءاعتداء،
    بعدقصف), a verb to it and its ما (بعدماكشفت، حسبماأكدت), or a word to a verb
    (استهدفتمدينة): the whole is no word, and the rest is a word of four letters or a listed one,
    not a preposition (نحوالى), a link name, nor a family name's nisba (قبلاوي); after في a
    noun, after a verb no pronoun (استهدفتهما)."""
    _, preps, _ = _glue_words()
    out: list[int] = []
    for prep, side, opening, clitics in preps:
        for m in prep.finditer(text):
            if not _opens_on(text, m.start(), opening, clitics):
                continue
            j = m.end()
            end = _word_end(text, j)
            rest = _bare(text[j:end])
            if rest not in _PREPOSITIONS and not rest.endswith("اوي") and not _names_link(rest, stems) \
                    and (len(rest) >= 4 and is_word(rest) or is_listed(rest)) \
                    and _may_follow(side, rest, text, m) \
                    and not is_word(_bare(text[_word_start(text, j):end])):
                out.append(j)
    return out


def _may_follow(side: str, rest: str, text: str, m: re.Match[str]) -> bool:
    """``rest`` may follow the word of its side: after a verb no pronoun on it (استهدفتهما) nor,
    after a masculine one, its ending (``_VERB_ENDINGS``); after
    a ``prep_noun`` (في) a noun (or a place noun: فيريف), or anything after its ما; after a ``prep_def`` (من، إذ) a definite
    or hamza-initial word (منالأمين، منأمراض، منإسقاط; ال and four letters, as من opens participles: منتصبة، مناصرين);
    after the ``particle`` أن a listed word or a hamza-initial one (أنوزير، أنأعادت, as أن opens
    names: أنطاليا، أنجيلا، أناتولي)."""
    if side == "verb":
        before = _word_before(text, m.end())
        return not rest.startswith(_POSSESSIVES) and not (before[-1:] not in "تا" and rest.startswith(_VERB_ENDINGS)) \
            and not _opens_longer(_bare(text[m.start():m.end()]), rest)
    if side == "place":
        return not rest.startswith(_NAME_ENDINGS)
    if side == "prep_def":
        return rest.startswith(_HAMZA_OPENINGS) or rest.startswith("ال") and len(rest) >= 6
    if side == "particle":
        return rest.startswith(_HAMZA_OPENINGS) or not rest.startswith("ال") and is_listed(rest)
    return side != "prep_noun" or _with_ma(text, m) or _reads_as_noun(rest) or rest in _place_nouns() \
        or _no_present_verb(rest)


def _opens_longer(word: str, rest: str) -> bool:
    """A verb row's word of two letters (the particle قد) and the rest's first letter are a listed
    word: the whole is that word's (وقدماء: قدم), not the particle glued to a verb (قدقصف، وقدحذّر)."""
    return len(word) == 2 and is_listed(word + rest[0])


# The roles of data/place_words.tsv whose nouns name a place: settlement, countryside, direction,
# facility and locative nouns (بلدة، ريف، شمال، حقل، محيط).
_PLACE_ROLES: Final = frozenset(("type", "types", "countryside", "direction", "facility", "locative"))


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """The place nouns of ``data/place_words.tsv``: after في a noun, never a present verb's stem
    (فيريف، فيحقل، فيشمال, as ريف، حقل، شمال are not read as nouns by their letters)."""
    with resources.files("rasid.data").joinpath("place_words.tsv").open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        return frozenset(r["word"] for r in rows if r["role"] in _PLACE_ROLES)


# What a place name's own endings open with (العراقيين، سوريان، سورية): not a word glued after it.
_NAME_ENDINGS: Final = ("ي", "ا", "ن", "ة", "ى")


# What a masculine past verb's own endings open with (قالت، قالا، كانتا): after قال، أكد، كان
# a rest that opens so is the verb's ending glued to the next word (قالتهيئة: قالت | هيئة), which
# the feminine verb's own row parts.
_VERB_ENDINGS: Final = ("ت", "ا")


# The openings of a hamza-initial word (a verbal noun, a plural, a form X verb): what a lost space
# leaves after من or أن, where a letter of a word's own stem seldom stands. (An ال needs a noun of
# four letters after it: أنالينا is a name.)
_HAMZA_OPENINGS: Final = ("أ", "إ", "است")


def _long_enough(head: str, least: int) -> bool:
    """``head`` has ``least`` letters; before a word glued at its end (``least`` 4) or after a
    plural's ending (5), that many after a و and three after an ال, or one less that are a listed
    word (حلبفي، مراتخلال): a و or an ال and a short syllable read as words too often (وسوافي:
    وسوا، الليفي: اللي، أناتولي: أنات)."""
    if least < 4:
        return len(head) >= least
    word = head[1:] if head.startswith("و") else head
    if len(word) == least - 1:
        return is_listed(word)
    return len(word) >= least and len(word) - 2 * word.startswith("ال") >= 3


def _no_present_verb(rest: str) -> bool:
    """``rest`` after في is a listed word that يـ + it is none: فيـ cannot be ف + a present verb
    (فيتقرير، فيبيان، فيعدوان; فيتوزع is ف + يتوزع, فيلجأن ف + يلجأ and its feminine ن)."""
    return len(rest) >= 4 and is_listed(rest) and not is_word("ي" + rest) \
        and not (rest.endswith("ن") and is_listed("ي" + rest[:-1]))


def _with_ma(text: str, m: re.Match[str]) -> bool:
    """The preposition matched with its ما (فيماأعلنت): a verb may follow."""
    return m.end() - _word_start(text, m.end()) > 2 and text.startswith("ما", m.end() - 2)


def _reads_as_noun(word: str) -> bool:
    """``word`` of four letters or more reads as a noun, not the stem of a present verb: definite or
    opening on a hamza (القمة، اعتداء، إجراءات), a participle's or place noun's م (منطقة، محيط),
    or ending in ة/ات (قاعدة). (A present verb after ف: فيطال، فيتوزع، and names: فيتنام، فيروس.)"""
    return len(word) >= 4 and (word.startswith(("ال", "ا", "أ", "إ", "م")) or word.endswith(("ة", "ات")))


@lru_cache(maxsize=4096)
def _tail_is_word(tail: str, after_ending: bool) -> bool:
    """``tail`` is a word, or a listed short one; after a plural's ending one of three letters
    or more that is no pronoun on the plural (مساعداتهما، قواتها) nor definite (the inner
    article's step parts those)."""
    if after_ending:
        return len(tail) >= 3 and not tail.startswith(_POSSESSIVES + ("ال",)) and is_word(tail)
    return is_word(tail) or is_listed(tail)


def _before_opening(text: str) -> list[int]:
    """Positions where a word starts glued to the word before it on an opening it cannot have
    inside a word (العراقاستهداف، الإيرانيعلى), a short word glued at its end (دمشقفي), or a word
    glued after a plural's ending (مواطنينسوريين): the whole is no word, both halves are, and
    the first is no name's first half."""
    names, _, nexts = _glue_words()
    out: list[int] = []
    for opening, least, after, word in nexts:
        for m in opening.finditer(text):
            at = m.end() if after else m.end() - len(word)  # (a scan led by its word's end: ``_lead``)
            tail = _bare(text[at:_word_end(text, at)])
            if not _tail_is_word(tail, after):  # (the tail first: most candidates fail there)
                continue
            head = _bare(text[_word_start(text, at):at])
            if _long_enough(head, least) and not _name_half(head, names) \
                    and is_word(head) and not is_word(head + tail) and _ending_cut(word, head, tail):
                out.append(at)
    return out


# The hamza rows (أكثر، إلى glued after a word: بينأكثر، موسكوإلى): the word before needs three
# letters after its ال (المأمول، المألوفة، والمأجورين are no ال + a stub),
# and its last letter must not open the hamza word instead (فلنتأمل، الفيديوتأثّر: تأمل، تأثّر).
# (A hamza right after ال, the most frequent inside a word: والأمن، بالإضافة, is left out by the
# scan, as the stub test would leave it whole.)
_HAMZAS: Final = frozenset(("أ", "إ"))


def _article_stub(head: str) -> bool:
    """``head`` is ال (after و/ف/ب at most) and one or two letters, not a relative pronoun (الم،
    والم، المت: the opening of a definite word whose hamza is its own, المأمول، والمأجورين،
    المتأتي; الذي، التي end their word)."""
    if not head.startswith(("ال", "وال", "فال", "بال")):
        return False
    rest = after_article(head) if not head.endswith("ال") else ""
    return len(rest) < 3 and rest not in _RELATIVE_STEMS


_RELATIVE_STEMS: Final = frozenset(("ذي", "تي"))


def _letter_moved(head: str, tail: str) -> bool:
    """``head``'s last letter and ``tail`` read as a word, and the rest of ``head`` as one too
    (الفيديوتأثّر → الفيديو | تأثّر, not الفيديوت | أثّر): the cut is one letter early, so none is
    made here."""
    return head[-1] in _MOVED and is_word(head[:-1]) and is_word(head[-1] + tail)


# The letters that open a hamza word as a present verb's prefix or a conjunction (تأثّر، نأمل،
# وأصيب): the ones a cut may leave on the wrong side.
_MOVED: Final = "تنو"


def _ending_cut(ending: str, head: str, tail: str) -> bool:
    """What an ending row asks beyond the rest (``_before_opening``). After ``ان`` (a dual's
    ending, or a name's: لبنان، إيران، سوريان، البرهان) the word before is one of five letters or more
    that is listed (after و at most) or a nisba's dual (سوريان), and the rest opens on no ي
    (إيرانيبعد is إيراني | بعد, the nisba's ي its own) and is no hundred (ثمانمئة): a verb's ان
    is too often another word's (وأسفرانفجار). After the pronoun ``ها`` (بيعهاأحدث، أنّهاستبدأ)
    the rest opens on no ل: ``ها`` + ``ل`` is as often ``ه`` + ``ال`` (التقاهالميادين: التقاه |
    الميادين), the inner article's cut. ين and ات ask nothing more."""
    if ending == "ها":
        return not tail.startswith("ل")
    if ending in _HAMZAS:
        return not _article_stub(head) and not _letter_moved(head, tail)
    if ending != "ان":
        return True
    word = _without_wa(head)
    return len(word) >= 5 and not tail.startswith("ي") and tail != "مئة" \
        and (is_listed(word) or word.endswith("يان") and is_listed(word[:-2]))


# A definite nisba (السوري، الإسرائيلي، الدولي) glued to the word after it (السوريجراء،
# الإسرائيليعدواناً، الدوليوبلدة): its ي ends the word. Found by a scan led by the ي, with three
# letters after it (the first one that can open a word) and five before (ال and a nisba of four
# letters at least: the short ones, الجي، السي، الري، open other words); the word's ال is asked
# after (a look-behind for each length of word is twice as slow). Or a particle of two letters
# after it that ends the word (السودانيقد، الإسرائيليما; data, ``data/glued_words.tsv``).
@lru_cache(maxsize=1)
def _nisba_end() -> tuple[re.Pattern[str], frozenset[str]]:
    """The scan for a nisba's ي with a word after it, and the particles of two letters that may be
    that word (``short`` rows of ``data/glued_words.tsv``)."""
    with resources.files("rasid.data").joinpath("glued_words.tsv").open(encoding="utf-8") as fh:
        shorts = frozenset(r["word"] for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                           if r["side"] == "short")
    particles = "|".join(sorted(shorts))
    return re.compile(f"ي(?<=[\u0621-\u0652]{{6}})(?=[^\\Wانةىءئؤ\\d_]{_TWO_MORE}"
                      f"|(?:{particles})(?![\u0621-\u0652]))"), shorts


# What cannot open the word after a nisba: ن and ين are the plural's ending (الإيرانيينفي is
# الإيرانيين في, التسعينيات a word), ا opens ال (the inner-article step's) or an ending
# (السوريالية), and no word opens on the others.
_NO_OPENING: Final = ("ن", "ين", "ا", "ة", "ى", "ء", "ئ", "ؤ")


def _nisba_glued(text: str) -> list[int]:
    """Positions where a word starts glued after a definite nisba (السوريجراء → السوري | جراء), or
    a particle of two letters (السودانيقد → السوداني | قد)."""
    out: list[int] = []
    scan, shorts = _nisba_end()
    for m in scan.finditer(text):
        at = m.end()
        tail = _bare(text[at:_word_end(text, at)])
        if (tail in shorts or _nisba_tail(tail)) and _nisba_cut(_bare(text[_word_start(text, at):at]), tail):
            out.append(at)
    return out


@lru_cache(maxsize=4096)
def _nisba_cut(head: str, tail: str) -> bool:
    """``head + tail`` is a nisba and a word run together: the nisba after its ال (or one of six
    letters without it: ``_indefinite_nisba``) is a listed word
    (سوري، إسرائيلي; not the ي of ``my`` on a noun, البابي، الماسي, nor a name's syllable,
    اليونيسيف، الأرمينية), the rest a word (``_nisba_tail``), and the whole is none."""
    nisba = after_article(head) or _indefinite_nisba(head)
    return len(nisba) >= 4 and is_listed(nisba) and not is_word(head + tail)


@lru_cache(maxsize=4096)
def _nisba_tail(tail: str) -> bool:
    """``tail`` may be a word glued after a nisba: one of three letters or more, opening on a
    letter that can open it (``_NO_OPENING``). (Asked first: most candidates fail here.)"""
    return len(tail) >= 3 and not tail.startswith(_NO_OPENING) and is_word(tail)


def _without_wa(word: str) -> str:
    """``word`` without a و glued before it, unless the whole is a listed word (وزير، وطني)."""
    return word[1:] if word.startswith("و") and not is_listed(word) else word


def _indefinite_nisba(word: str) -> str:
    """``word`` after a و at most, where it may be a nisba without ال (إيرانيبعد، صاروخيآخر): one of
    six letters or more with its ي (a listed one, asked after: short ones and names' syllables,
    عربي، مالي، علي، open too many other words)."""
    word = _without_wa(word)
    return word if len(word) >= 6 else ""


def after_article(word: str) -> str:
    """``word`` after its ال or لل and a proclitic before them (والسوري، وللسوري → سوري); empty
    where it has none."""
    for at in (0, 1):
        if word.startswith(("ال", "لل"), at) and (not at or word[0] in "وفبك"):
            return word[at + 2:]
    return ""
