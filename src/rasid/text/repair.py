"""Undo moderation-evasion spellings, one named rule per family, with a log of what changed where.

Writers break sensitive words so that filters miss them: ``هـ.ـجوم`` (tatweel + dot),
``الاشـــتباكات`` (tatweel run), ``ال*احتلال`` (separator), ``الجي\u200bش`` (zero-width),
``ق.ت.ل`` / ``ش ه ي د`` (spelled-out letters), ``إرهابی`` (Persian look-alike), ``الoجوم``
(Latin o), ``قتلىىى`` (stretched letter), ``ﻫﺠﻮﻡ`` (presentation forms). Each rule finds only
what it can prove is evasion; ordinary text (``الـ13``, ``بـ"حزب``, ``أ.ف.ب``, ``د.محمد``, ``3.5``, URLs, sentence-final dots) is left alone.

``find_repairs`` returns the word-level log and the character edits
(original position → replacement, ``""`` for a deletion) that ``prepare`` turns into text.
"""
from __future__ import annotations

import re
from typing import Final
import unicodedata

from ..lexicon.words import is_abbreviation, is_listed, is_word, splits_into_words
from ..model import Repair
from .normalize import fold
from .unglue import after_article

# Arabic letters (incl. the Persian/Urdu ones writers slip in), and the marks that ride on them.
LETTER: Final = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5"
MARK: Final = "\u064b-\u065f\u0670"
TATWEEL: Final = "\u0640"
INVISIBLE: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Direction marks and other invisible format characters: scraped text carries them at word
# edges (never between two letters), so they count only inside a word, and are not word
# characters when a repaired word's extent is found.
DIRECTIONAL: Final = "\u200e\u200f\u202a-\u202e\u2061-\u2064\u034f\u180e"
SEPARATOR: Final = ".*_\\-"  # dot, asterisk, underscore, hyphen
DOTLIKE: Final = ".-_"  # separators that also occur in ordinary text: join only into a real word

# Look-alikes from other scripts standing for an Arabic letter.
LOOKALIKE: Final = {
    "\u06a9": "ك",  # ک keheh (Persian kaf)
    "\u06cc": "ي",  # ی Farsi yeh
    "\u06d5": "ه",  # ە Kurdish ae
    "\u06be": "ه",  # ھ heh doachashmee
    "\u06c1": "ه",  # ہ heh goal
    "\u06c0": "ة",  # ۀ heh with yeh above
    "\u06c3": "ة",  # ۃ teh marbuta goal (Urdu)
    "\u06aa": "ك",  # ڪ swash kaf (Sindhi)
    "\u06ab": "ك",  # ګ kaf with ring (Pashto)
    "\u06d0": "ي",  # ې yeh with two dots below (Pashto/Uyghur)
    "\u06cd": "ي",  # ۍ yeh with tail (Pashto)
    "o": "ه", "O": "ه",  # Latin o in an Arabic word
    "\u03bf": "ه", "\u039f": "ه", "\u043e": "ه", "\u041e": "ه",  # Greek and Cyrillic o
}
_ROUND_O: Final = frozenset("oO\u03bf\u039f\u043e\u041e")
# A pattern led by a class (not by a repeat of it, ``[…]+``) lets the regex engine skip to the
# next candidate character in C; led by a repeat it tries a match at every position (~3x slower).
_NOISE_CLASS: Final = f"[{TATWEEL}{INVISIBLE}{DIRECTIONAL}{SEPARATOR}]"
_NOISE: Final = re.compile(f"{_NOISE_CLASS}{_NOISE_CLASS}*")
_INVISIBLE_RUN: Final = re.compile(f"[{INVISIBLE}{DIRECTIONAL}]")
_LOOKALIKE: Final = re.compile("[" + "".join(LOOKALIKE) + "]")
_PRESENTATION: Final = re.compile("[\ufb50-\ufdff\ufe70-\ufefc][\ufb50-\ufdff\ufe70-\ufefc]*")  # (led by the class: see _NOISE)
# The one range around both blocks, a test the regex engine runs ~5x faster than the two ranges:
# most texts have no presentation form, and only those with a character in it are searched.
_NEAR_PRESENTATION: Final = re.compile("[\ufb50-\ufefc]")
# Three or more single letters separated by single spaces: ``ش ه ي د اً``.
_PUNCT: Final = "\"'“”«»()\\[\\]{}.,،;؛:!?؟…"
# A dot just before is no boundary: ``المسلحـ.ة ل ق ص ف`` ends a broken word there.
_BEFORE_SPACED: Final = _PUNCT.replace(".", "")
# (Led by the letter, what stands before it asked after: led by the look-behind, the search had no
# first character to skip to.)
_SPACED: Final = re.compile(
    f"[{LETTER}](?<![^\\s{_BEFORE_SPACED}][{LETTER}])[{MARK}]*(?: [{LETTER}][{MARK}]*){{2,}}(?![^\\s{_PUNCT}])")
_SPACED_HINT: Final = re.compile(f" [{LETTER}][{MARK}]* [{LETTER}]")
# Where separators are part of the text itself: URLs, e-mail addresses, hashtags, mentions.
_PROTECTED: Final = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|[#@]\w\S*")
_STRIP: Final = "\"'“”«»()[]{}.,،;؛:!?؟…"

Edits = dict[int, str]
Marks = list[tuple[int, int, str]]  # (start, end, kind) of each evasion found


def _tatweel_or_separator(text: str, edits: Edits, marks: Marks) -> None:
    """``هـ.ـجوم`` → ``هجوم``; ``الاشـــتباكات``; ``ال*احتلال``; ``الجي\u200bش``; ``الجي.ش``.

    A run of tatweel, invisible characters or ``*`` *between two letters* is evasion. Runs made
    only of ``.``, ``-`` or ``_`` also occur in ordinary text (``د.محمد``, ``أ.ف.ب``,
    ``العربية-السورية``, ``حمص_حماة``), so those are joined only when the pieces are not words
    on their own and the whole becomes a real word. ``أ-``/``بـ-`` before a word is a list marker.
    """
    pending: dict[tuple[int, int], list[re.Match]] = {}
    broken: set[tuple[int, int]] = set()  # tokens with a run that is evasion whatever the words
    last = len(text) - 1
    for m in _NOISE.finditer(text):  # cheaper than a look-behind at every position
        s, e = m.span()
        # Between two letters only; a look-alike already read as a letter counts (الoـ.ـجوم).
        if s == 0 or e > last:
            continue
        if text[s - 1] not in _LETTER_OR_MARK and edits.get(s - 1) not in _LETTER_SET:
            continue
        if text[e] not in _LETTER_SET and edits.get(e) not in _LETTER_SET:
            continue
        run = m.group()
        token = _token_at(text, m.start())
        if "-" in run and _is_list_marker(text, token, m):
            continue  # أ- / بـ-: a list marker (but قـ-ـصف, tatweel on both sides, is a broken word)
        if any(c not in DOTLIKE for c in run):
            kind = ("tatweel-dot" if any(c in SEPARATOR for c in run) else "tatweel") if TATWEEL in run \
                else ("zero-width" if _INVISIBLE_RUN.search(run) else "separator")
            for i in range(m.start(), m.end()):
                edits[i] = ""
            marks.append((m.start(), m.end(), kind))
            broken.add(token)
        elif ".." not in run:  # an ellipsis is punctuation
            pending.setdefault(token, []).append(m)
    for (start, end), runs in pending.items():
        pieces, piece = [], []
        cuts = {i for r in runs for i in range(r.start(), r.end())}
        for i in range(start, end):
            if i in cuts:
                if piece:
                    pieces.append("".join(piece))
                piece = []
            elif edits.get(i, text[i]):
                piece.append(edits.get(i, text[i]))
        pieces.append("".join(piece))
        pieces = [p.strip(_STRIP) for p in pieces]
        seps = {c for r in runs for c in r.group()}
        spelled = len(pieces) >= _SPELLED_OUT and all(
            sum(c not in MARK_SET for c in p) == 1 for p in pieces)
        # Prose puts an underscore only between whole words (حمص_حماة, a hashtag without #):
        # anywhere else it breaks a word, listed or not (با_شينيان).
        underscored = seps == {"_"} and not all(is_word(p) for p in pieces)
        # A word already broken by a star or tatweel (``ق.ص*ف``) is not a title or a list: its
        # dots are the same evasion.
        separate = (start, end) not in broken and _separate_words(pieces, seps)
        if spelled or underscored or (not separate and _joins_into_words(text, start, end, cuts, "".join(pieces))):
            for i in cuts:
                edits[i] = ""
            marks.append((runs[0].start(), runs[-1].end(), "separator"))


def _joins_into_words(text: str, start: int, end: int, cuts: set[int], joined: str) -> bool:
    """The pieces join into a word, or into words whose space the publisher lost
    (``إ_لىالاستهداف``) — but not where the separator itself stood between two words."""
    if is_abbreviation(text[start:end].strip(_STRIP)):  # ج.م.ع spells a word but is no evasion
        return False
    for cut in cuts:  # between a word and a particle a dot separates words (قال.إن); prose never
        if text[cut] == "-":  # hyphenates a particle, so ``إسرائي-لي``, ``الأمير-كي`` are one word
            continue
        tail = text[cut + 1:end].strip(_STRIP + SEPARATOR)
        head = text[start:cut].strip(_STRIP)
        if len(fold(tail)) == 2 and is_listed(tail) and _word_or_words(head):
            return False
    return is_word(joined) or splits_into_words(text[start:end], avoid=[i - start for i in cuts])


_CLITICS: Final = frozenset({"ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل"})


def _is_list_marker(text: str, token: tuple[int, int], run: re.Match) -> bool:
    """``أ-`` / ``بـ-`` / ``(ج)-``: one letter (maybe with tatweel) opening an enumerated item.

    Evasion looks the same from the left, so a marker must also read right: at most one
    tatweel, before the hyphen (``قـ-ـوات``, ``لــ-لجيش`` are broken words), and joining must not
    give a word unless the item itself opens with the article (``بـ-العجز``) or is a word after a letter
    that could be a clitic (``بـ-وراثة``).
    """
    head = text[token[0]:run.start()]
    letters = [c for c in head if c in _ARABIC_SET]
    if not (len(letters) == 1 and all(c in _ARABIC_SET or c in "(\u0640" or c in MARK_SET for c in head)):
        return False
    marker = run.group()
    if TATWEEL in marker[marker.index("-"):] or head.count(TATWEEL) + marker.count(TATWEEL) > 1:
        return False
    rest = text[run.end():token[1]].strip(_STRIP)
    if (rest.startswith("ال") and len(rest) > 2) or not is_word(letters[0] + rest):
        return True
    return letters[0] in "وفبلك" and is_word(rest)


def _separate_words(pieces: list[str], seps: set[str]) -> bool:
    """Whether dot/hyphen-separated pieces read as separate words, not one broken word.

    ``د.محمد`` (a title letter before a name), ``الدولية.أي`` (a word can't go on after ة/ى),
    ``العربية-السورية`` (a word, then a second one starting with ال — not ``الاحتل_ال``).
    Titles and lost spaces come with dots (and list markers with hyphens), never with an underscore alone:
    ``ا_لمسيرة``, ``استهدا_ف`` are broken words.
    """
    titled = bool(seps & {".", "-"})
    if len(pieces) == 2 and len(pieces[0]) == 1 and titled:
        # ``و.الجيش``, ``ل.لاحتلال``: a clitic before the article, not a title or list letter;
        # ``ا.لمعارك``: the article itself broken (a title letter is أ, not a bare ا).
        clitic = ((pieces[0] in "وفبك" and pieces[1].startswith("ال"))
                  or (pieces[0] in "لا" and pieces[1].startswith("ل")))
        # A short piece after a letter is an abbreviation (``د.ع``); after a hyphen only a list
        # marker is (``أ-``, judged before), so ``ح-رب`` is one broken word.
        short = len(pieces[1]) < 3 and "." in seps
        return not clitic and (is_word(pieces[1]) or short)  # د.محمد; ا.عتداء is one word
    for left, right in zip(pieces, pieces[1:]):
        if left.endswith(("ة", "ى")) and right:
            return True
        if right.startswith("ال") and len(right) > 2 and left not in _CLITICS and is_word(left):
            return True
        if right in ("و", "ف") and titled and is_word(left):  # ``القلعة.و``: a lost space (not ``استهدا.ف``)
            return True
    return False


# Spelled out letter by letter, this many letters is no abbreviation (those have <= 4) or list
# of letters: join even when the word is missing from the word list (``ت.أ.ر.ج.ح``,
# ``أ س د و د``).
_SPELLED_OUT: Final = 5
# An article (with its clitics) kept whole before spaced letters: ``ال ج ي ش``.
_ARTICLE_BEFORE: Final = re.compile("(?:^|(?<=[\\s" + _PUNCT + "]))(?:[وفبك]?ال|[وف]?لل) $")


def _spaced_letters(text: str, edits: Edits, marks: Marks) -> None:
    """``ق ت ل`` → ``قتل``, ``ش ه ي د اً`` → ``شهيداً``, ``ال ج ي ش`` → ``الجيش``.

    Only into a real word, unless the run is too long to be anything but a spelled-out word.
    """
    last_end = -1
    for hit in _SPACED_HINT.finditer(text):  # " X Y": rare, so check the full pattern only there
        m = _SPACED.search(text, max(0, hit.start() - 4), hit.end() + 200)
        if m is None or m.start() > hit.start() + 1 or m.start() < last_end:
            continue
        last_end = m.end()
        start = m.start()
        article = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
        if article:
            start = article.start()
        joined = text[start:m.end()].replace(" ", "")
        # Long runs join whole even when they are two words: the source often lost a space
        # before the letters were spaced out (``استهدفتمناطق``), more often than two words
        # side by side were both spelled out.
        if is_word(joined) or (not article and m.group().count(" ") + 1 >= _SPELLED_OUT):
            for i in range(start, m.end()):
                if text[i] == " ":
                    edits[i] = ""
            marks.append((start, m.end(), "spaced-letters"))


_DOUBLING: Final = "يل"  # letters grammar doubles: nisba + plural (السوريين), ل + ال (للبنانيين)
# Any tripled character; letters are checked after. Written ``\1\1\1*``, not ``\1{2,}``: the
# engine tries it at every position, and the bounded repeat's set-up there cost twice the scan.
_ELONGATED: Final = re.compile(r"(.)\1\1\1*")


def _elongation(text: str, edits: Edits, marks: Marks) -> None:
    """``قتلىىى`` → ``قتلى``: a letter stretched by repeating it (no Arabic word has three in a row)."""
    for m in _ELONGATED.finditer(text):
        if m.group(1) not in _LETTER_SET:
            continue
        start, end = _word_span(text, m.start(), m.end())
        readings = {k: text[start:m.start()] + m.group(1) * k + text[m.end():end] for k in (1, 2)}
        words = [k for k, w in readings.items() if _word_or_words(w)]
        if m.group(1) in _DOUBLING and m.end() < end and len(m.group()) == 3 and 2 in words and (
                m.group(1) == "ل" or _at_a_seam(text, start, m)
                and _occurrences(text, readings[1]) <= _occurrences(text, readings[2])):
            # One too many on a pair the grammar makes inside a word (السعودييين, لللبنانيين,
            # مقالللكاتب): a slip, not evasion. A ي where no nisba meets a plural (سوريييا,
            # الروسييية) or that the article writes single elsewhere (المدينة … المدييينة) is stretched.
            continue
        if len(words) == 2 and is_word(readings[1]) != is_word(readings[2]):
            keep = 1 if is_word(readings[1]) else 2  # a word beats words run together (الإطلاقاتت)
        elif len(words) == 2:  # السوريين or السورين: the spelling the article itself uses
            seam = _at_a_seam(text, start, m)
            keep = max(words, key=lambda k: (_occurrences(text, readings[k]), k if seam else -k))
        elif words:
            keep = words[0]
        elif m.group(1) != "ل" and _letters_around(text, start, end, m) >= 2 and (
                m.end() == end or len(m.group()) >= 4):
            # Stretching even in a word the list lacks (بزشكياننن, عععاشوراء); three inside a
            # word can be a slip (نننياهو), ل+لل a glued word.
            keep = 1
        else:
            continue
        for i in range(m.start() + keep, m.end()):
            edits[i] = ""
        marks.append((m.start(), m.end(), "elongation"))


# A suffix's letter written twice at a word's end (العدوانن، الإطلاقاتت، الأميركيي): ن ends a dual or
# a plural, ت a plural or a feminine verb, ي a nisba, outside the stem; other letters end a
# geminate stem doubled (تعدد، يردد، تخصص، يدلل), so only these three are read. One literal scan
# each, the letter before the pair another one and a letter before that.
_DOUBLED_FINAL: Final = tuple(re.compile(f"{ch}{ch}(?![{LETTER}{MARK}])(?<=[{LETTER}][^{ch}]{ch}{ch})") for ch in "نتي")


def _doubled_final(text: str, edits: Edits, marks: Marks) -> None:
    """``العدوانن`` → ``العدوان``: a suffix's final letter doubled, in a text that evades elsewhere,
    where the word with one letter is a word and the word as written is none, or is a definite one
    ending in يي or اتت (``is_word`` reads the second letter as the pronoun ``my`` or a verb's ت,
    which a definite nisba, الأميركيي, or plural, الانفجاراتت, never takes)."""
    for pattern in _DOUBLED_FINAL:
        for m in pattern.finditer(text):
            if edits.get(m.end()) == "":
                continue  # a break follows (لأننـ.ـا, المدنييـ.ـن): the word goes on after it
            start, _ = _word_span(text, m.start(), m.end())
            word = text[start:m.end()]
            if is_word(word[:-1]) and (not is_word(word) or word.endswith(("يي", "اتت")) and after_article(word)):
                edits[m.end() - 1] = ""
                marks.append((m.start(), m.end(), "elongation"))


def _at_a_seam(text: str, start: int, run: re.Match) -> bool:
    """Whether a stretched ي or ل stands where grammar doubles it: nisba + plural (``السوريين``,
    ي before ن) or ل + the article (``للبنانيين``, at the word's start). Elsewhere (``روسيا``,
    ``المقاومة``) a pair is rarer than a single letter."""
    if run.group(1) == "ي":
        return text[run.end():run.end() + 1] == "ن"
    return run.group(1) == "ل" and text[start:run.start()] in ("", "و", "ف", "ب")


def _occurrences(text: str, word: str) -> int:
    """How often ``word`` stands as a whole word in ``text`` (maybe after و/ف/ب/ل/ك)."""
    return len(re.findall(f"(?<![{LETTER}])[وفبلك]?{re.escape(word)}(?![{LETTER}])", text))


def _word_or_words(token: str) -> bool:
    """A word, or words whose space the publisher lost (``مصادرالميادين``)."""
    return is_word(token) or splits_into_words(token)


def _letters_around(text: str, start: int, end: int, run: re.Match) -> int:
    """Letters of the word outside the stretched run (``ههههه`` has none: laughter, not a word)."""
    return sum(c in _LETTER_SET for c in text[start:run.start()] + text[run.end():end])


def _lookalikes(text: str, edits: Edits, marks: Marks) -> None:
    """``إرهابی`` → ``إرهابي``, ``عسکریة`` → ``عسكرية``, ``الoجوم`` → ``الهجوم``: letters of
    another script in Arabic words."""
    for m in _LOOKALIKE.finditer(text):
        i = m.start()
        start, end = _token_at(text, i)
        if m.group() in _ROUND_O:
            if not _o_in_arabic_word(text, i, start, end):
                continue
        elif not any(ch in _ARABIC_SET for ch in text[max(0, start - 2):end + 2]):
            continue  # (two characters either side: a spaced-out ``ش ه ی د`` has one-letter tokens)
        edits[i] = _final_yeh(text, i) if m.group() == "\u06cc" else LOOKALIKE[m.group()]
        marks.append((i, m.end(), "look-alike"))


def _o_in_arabic_word(text: str, i: int, start: int, end: int) -> bool:
    """A round ``o`` stands for ``ه`` when it touches an Arabic letter and the word around it is
    otherwise Arabic (``oجوم``, ``الoجوم``, ``وجo``), not in ``Bono`` or ``محورPivot``."""
    before = i > 0 and text[i - 1] in _ARABIC_SET
    after = i + 1 < len(text) and text[i + 1] in _ARABIC_SET
    if not (before or after):
        return False
    word = text[start:end]
    return (sum(c in _ARABIC_SET for c in word) >= 2
            and not any(c.isalpha() and c not in _ARABIC_SET and c not in _ROUND_O for c in word))


def _final_yeh(text: str, i: int) -> str:
    """Persian ``ی`` is dotless at a word's end, so it may stand for ``ى`` as well as ``ي``:
    ``علی`` → ``على`` when the article itself spells the word with ``ى`` more often."""
    if i + 1 < len(text) and text[i + 1] in _LETTER_OR_MARK:
        return "ي"
    start = i
    while start > 0 and (text[start - 1] in _ARABIC_SET or _INVISIBLE_RUN.match(text, start - 1)):
        start -= 1
    stem = _INVISIBLE_RUN.sub("", text[start:i])  # ع + U+2060 + لی: the stem is عل
    if len(stem) < 2:
        return "ي"
    ends = re.findall(f"{re.escape(stem)}([يى])(?![{LETTER}])", text)
    return "ى" if ends.count("ى") > ends.count("ي") else "ي"


def _presentation_forms(text: str, edits: Edits, marks: Marks) -> None:
    """``ﻫﺠﻮﻡ`` → ``هجوم``: contextual glyph code points back to letters (NFKC)."""
    if _NEAR_PRESENTATION.search(text) is None:
        return
    for m in _PRESENTATION.finditer(text):
        for i in range(m.start(), m.end()):
            edits[i] = unicodedata.normalize("NFKC", text[i])
        marks.append((m.start(), m.end(), "presentation-form"))


_ARABIC_SET: Final = frozenset(chr(c) for c in range(0x0621, 0x064B))
_LETTER_SET: Final = frozenset(c for c in map(chr, range(0x0600, 0x0700)) if re.match(f"[{LETTER}]", c))
_LETTER_OR_MARK: Final = _LETTER_SET | frozenset(c for c in map(chr, range(0x0600, 0x0700)) if re.match(f"[{MARK}]", c))
MARK_SET: Final = frozenset(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670"}
_WORD_CHARS: Final = frozenset(
    [chr(c) for c in range(0x0621, 0x065F + 1)] + [chr(c) for c in range(0x0670, 0x06D6)]
    + list(INVISIBLE) + list(SEPARATOR) + list(LOOKALIKE)
)
# Led by the tatweel itself, its letter asked after (``(?<=[…])ـ+``, led by the look-behind, gave the
# engine no first character to skip to: it was tried at every position of the text).
_TATWEEL_SPACE: Final = re.compile(f"{TATWEEL}(?<=[{LETTER}]{TATWEEL}){TATWEEL}* +{TATWEEL}+(?=[{LETTER}])")


def _tatweel_space(text: str, edits: Edits, marks: Marks) -> None:
    """``اشـ ـتباكات`` → ``اشتباكات``: a space with tatweel on both sides splits one word, when
    the two halves make a real word."""
    if TATWEEL + " " not in text:
        return
    for m in _TATWEEL_SPACE.finditer(text):
        left, right = _token_at(text, m.start() - 1), _token_at(text, m.end())
        joined = (text[left[0]:m.start()] + text[m.end():right[1]]).replace(TATWEEL, "").strip(_STRIP)
        if is_word(joined):
            for i in range(m.start(), m.end()):
                edits[i] = ""
            marks.append((m.start(), m.end(), "tatweel-space"))


# The rules for characters most articles never hold (presentation forms, look-alikes from other
# scripts) run where one scan for all those characters finds one: each rule's own scan read
# every article.
_RARE_RULES: Final = (_presentation_forms, _lookalikes)
_RARE_CHARS: Final = re.compile("[" + "".join(LOOKALIKE) + "\ufb50-\ufefc]")
_COMMON_RULES: Final = (_tatweel_or_separator, _tatweel_space, _spaced_letters, _elongation)
RULES: Final = _RARE_RULES + _COMMON_RULES


_NON_SPACE: Final = re.compile(r"\S*")  # (``\s`` is ``str.isspace``)


def _token_at(text: str, pos: int) -> tuple[int, int]:
    """The whitespace-delimited word around ``pos``. Its start is after the last space or line
    break before ``pos`` (two ``rfind`` in C) unless another whitespace stands between, its end
    one regex match: a loop over the characters cost more than the rule that asks."""
    start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    if _NON_SPACE.fullmatch(text, start, pos) is None:  # a tab or no-break space: walk back
        start = pos
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    end = _NON_SPACE.match(text, pos)
    return start, end.end() if end is not None else pos


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend ``[start, end)`` to the whole word: letters, marks and evasion characters,
    stopping at spaces and at punctuation glued on (``بشن"هج\u200bوم`` → ``هج\u200bوم``)."""
    s = _word_chars_start(text, start)
    e = _WORD_RUN.match(text, end).end()  # (always matches: the run may be empty)
    while s < e and text[s] in SEPARATOR:
        s += 1
    while e > s and text[e - 1] in SEPARATOR:
        e -= 1
    return s, e


_WORD_RUN: Final = re.compile("[" + "".join(re.escape(c) for c in sorted(_WORD_CHARS)) + "]*")
_NOT_WORD_CHAR: Final = re.compile("[^" + "".join(re.escape(c) for c in sorted(_WORD_CHARS)) + "]")


def _word_chars_start(text: str, pos: int) -> int:
    """Where the run of ``_WORD_CHARS`` ending at ``pos`` starts: after the last other character
    of the token (a space or line break found by ``rfind``, the rest by a regex in C), as a loop
    over the characters costs more than the rule that asks."""
    token = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    start = token
    for m in _NOT_WORD_CHAR.finditer(text, token, pos):
        start = m.end()
    return start


def _unprotect(text: str, edits: Edits, marks: Marks) -> None:
    """Take back edits inside URLs, e-mail addresses and hashtags (``#سوريا_الآن``)."""
    for m in _PROTECTED.finditer(text):
        for i in range(m.start(), m.end()):
            edits.pop(i, None)
        marks[:] = [mk for mk in marks if not (m.start() <= mk[0] < m.end())]


def find_repairs(text: str) -> tuple[list[Repair], Edits]:
    """Apply every rule; return one ``Repair`` per repaired word and the character edits."""
    edits: Edits = {}
    marks: Marks = []
    for rule in RULES if _RARE_CHARS.search(text) is not None else _COMMON_RULES:
        rule(text, edits, marks)
    if edits:  # a doubled letter in a text with no other evasion is a misspelling (ANNOTATION.md)
        _doubled_final(text, edits, marks)
    if edits and (_joins_equal_letters(text, edits) or _stretched_twice(text, marks)):
        _elongation_across_joins(text, edits, marks)
    if edits and ("#" in text or "@" in text or "/" in text or "www." in text):
        _unprotect(text, edits, marks)
    words: list[tuple[int, int, set[str]]] = []
    for start, end, kind in sorted(marks):
        s, e = _word_span(text, start, end)
        if words and s < words[-1][1]:  # several evasions in one word: one repair
            ps, pe, pk = words[-1]
            words[-1] = (ps, max(pe, e), pk | {kind})
        else:
            words.append((s, e, {kind}))
    return [_make(text, s, e, edits, "+".join(sorted(k))) for s, e, k in words], edits


def _joins_equal_letters(text: str, edits: Edits) -> bool:
    """Whether a deleted run (a separator, tatweel) stands between two equal letters, so that
    joining the word can make a letter three times running (``ءءـ.ـء``)."""
    for i, rep in edits.items():
        if rep == "" and edits.get(i + 1) != "" and i + 1 < len(text):  # the last of a deleted run
            j = i
            while edits.get(j - 1) == "":
                j -= 1
            left, right = edits.get(j - 1, text[j - 1]) if j else "", edits.get(i + 1, text[i + 1])
            if left == right and right in _LETTER_SET:
                return True
    return False


def _stretched_twice(text: str, marks: Marks) -> bool:
    """Whether a stretched word has a second stretched letter (``مممآآآ``): ``_elongation``
    judged each run with the other still stretched, so the reading it wanted (``ممآ``, a word
    once the آ is one) shows only on the repaired text — judged there, repairing twice changes
    nothing more."""
    for start, end, kind in marks:
        if kind == "elongation":
            s, e = _word_span(text, start, end)
            if sum(1 for m in _ELONGATED.finditer(text, s, e) if m.group(1) in _LETTER_SET) > 1:
                return True
    return False


def _elongation_across_joins(text: str, edits: Edits, marks: Marks) -> None:
    """``_elongation`` once more, on the text as repaired so far, for letters that only run
    three times once a break between them is gone: repairing the result again then changes
    nothing. Its edits and marks are mapped back to ``text``."""
    view: list[str] = []
    origin: list[int] = []  # the position in text of each character of the view
    for i, ch in enumerate(text):
        rep = edits.get(i, ch)
        view.extend(rep)
        origin.extend([i] * len(rep))
    more: Edits = {}
    found: Marks = []
    _elongation("".join(view), more, found)
    for start, end, kind in found:
        run = range(start, end)
        if any(len(edits.get(origin[p], text[origin[p]])) != 1 for p in run):
            continue  # a character that became several (a ligature): left as it is
        for p in run:
            if p in more:
                edits[origin[p]] = more[p]
        marks.append((origin[start], origin[end - 1] + 1, kind))


def _make(text: str, start: int, end: int, edits: Edits, kind: str) -> Repair:
    repaired = "".join(map(edits.get, range(start, end), text[start:end]))  # (edits.get(i, text[i]), in C)
    return Repair(span=(start, end), original=text[start:end], repaired=repaired, kind=kind)


def apply_edits(text: str, edits: Edits) -> str:
    return "".join(map(edits.get, range(len(text)), text)) if edits else text  # edits.get(i, text[i]), in C


def repair(text: str) -> str:
    """The repaired text alone: ``repair("هـ.ـجوم")`` → ``"هجوم"``."""
    return apply_edits(text, find_repairs(text)[1])
