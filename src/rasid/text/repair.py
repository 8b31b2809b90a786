"""Undo moderation-evasion spellings, one named rule per family, with a log of what changed where.

Writers break sensitive words so that filters miss them: ``هـ.ـجوم`` (tatweel + dot),
``الاشـــتباكات`` (tatweel run), ``ال*احتلال`` (separator), ``الجي\u200bش`` (zero-width),
``ق.ت.ل`` / ``ش ه ي د`` (spelled-out letters), ``إرهابی`` (Persian look-alike), ``ﻫﺠﻮﻡ``
(presentation forms). Each rule finds only what it can prove is evasion; ordinary text
(``الـ13``, ``بـ"حزب``, ``أ.ف.ب``, ``د.محمد``, ``3.5``, URLs, sentence-final dots) is left alone.

``find_repairs`` returns the word-level log and the character edits
(original position → replacement, ``""`` for a deletion) that ``prepare`` turns into text.
"""
from __future__ import annotations

import re
import unicodedata

from ..lexicon.words import is_word
from ..model import Repair

# Arabic letters (incl. the Persian/Urdu ones writers slip in), and the marks that ride on them.
LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5"
MARK = "\u064b-\u065f\u0670"
TATWEEL = "\u0640"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
SEPARATOR = ".*_\\-"  # dot, asterisk, underscore, hyphen
DOTLIKE = ".-_"  # separators that also occur in ordinary text: join only into a real word

# Look-alikes from other scripts standing for an Arabic letter.
LOOKALIKE = {
    "\u06a9": "ك",  # ک keheh (Persian kaf)
    "\u06cc": "ي",  # ی Farsi yeh
    "\u06d5": "ه",  # ە Kurdish ae
    "\u06be": "ه",  # ھ heh doachashmee
    "\u06c1": "ه",  # ہ heh goal
    "\u06c0": "ة",  # ۀ heh with yeh above
    "o": "ه", "O": "ه",  # Latin o inside an Arabic word
}
_NOISE = re.compile(f"[{TATWEEL}{INVISIBLE}{SEPARATOR}]+")
_LOOKALIKE = re.compile("[\u06a9\u06cc\u06d5\u06be\u06c1\u06c0oO]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
# Three or more single letters separated by single spaces: ``ش ه ي د اً``.
_PUNCT = "\"'“”«»()\\[\\]{}.,،;؛:!?؟…"
_SPACED = re.compile(
    f"(?<![^\\s{_PUNCT}])[{LETTER}][{MARK}]*(?: [{LETTER}][{MARK}]*){{2,}}(?![^\\s{_PUNCT}])")
_SPACED_HINT = re.compile(f" [{LETTER}][{MARK}]* [{LETTER}]")
# Where separators are part of the text itself: URLs, e-mail addresses, hashtags, mentions.
_PROTECTED = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|[#@]\w\S*")
_STRIP = "\"'“”«»()[]{}.,،;؛:!?؟…"

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
    last = len(text) - 1
    for m in _NOISE.finditer(text):  # cheaper than a look-behind at every position
        s, e = m.span()
        if s == 0 or e > last or text[s - 1] not in _LETTER_OR_MARK or text[e] not in _LETTER_SET:
            continue
        run = m.group()
        token = _token_at(text, m.start())
        if "-" in run and not run.endswith(TATWEEL) and _is_list_marker(text[token[0]:m.start()]):
            continue  # أ- / بـ-: a list marker (but قـ-ـصف, tatweel on both sides, is a broken word)
        if any(c not in DOTLIKE for c in run):
            kind = ("tatweel-dot" if any(c in SEPARATOR for c in run) else "tatweel") if TATWEEL in run \
                else ("zero-width" if any(c in INVISIBLE for c in run) else "separator")
            for i in range(m.start(), m.end()):
                edits[i] = ""
            marks.append((m.start(), m.end(), kind))
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
        if not _separate_words(pieces) and is_word("".join(pieces)):
            for i in cuts:
                edits[i] = ""
            marks.append((runs[0].start(), runs[-1].end(), "separator"))


_CLITICS = frozenset({"ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل"})


def _is_list_marker(head: str) -> bool:
    """``أ-`` / ``بـ-`` / ``(ج)-``: one letter (maybe with tatweel) opening an enumerated item."""
    letters = [c for c in head if c in _ARABIC_SET]
    return len(letters) == 1 and all(c in _ARABIC_SET or c in "(\u0640" or c in MARK_SET for c in head)


def _separate_words(pieces: list[str]) -> bool:
    """Whether dot/hyphen-separated pieces read as separate words, not one broken word.

    ``د.محمد`` (a title letter before a name), ``الدولية.أي`` (a word can't go on after ة/ى),
    ``العربية-السورية`` (a second word starting with ال after more than a clitic).
    """
    if len(pieces) == 2 and len(pieces[0]) == 1:
        return is_word(pieces[1]) or len(pieces[1]) < 3  # د.محمد; but ا.عتداء is one broken word
    for left, right in zip(pieces, pieces[1:]):
        if left.endswith(("ة", "ى")) and right:
            return True
        if right.startswith("ال") and left not in _CLITICS and len(left) > 1:
            return True
        if right in ("و", "ف") and len(left) > 1:  # ``القلعة.و`` lost a space after the dot
            return True
    return False


def _spaced_letters(text: str, edits: Edits, marks: Marks) -> None:
    """``ق ت ل`` → ``قتل``, ``ش ه ي د اً`` → ``شهيداً`` — only into a real word."""
    last_end = -1
    for hit in _SPACED_HINT.finditer(text):  # " X Y": rare, so check the full pattern only there
        m = _SPACED.search(text, max(0, hit.start() - 4), hit.end() + 200)
        if m is None or m.start() > hit.start() + 1 or m.start() < last_end:
            continue
        last_end = m.end()
        if is_word(m.group().replace(" ", "")):
            for i in range(m.start(), m.end()):
                if text[i] == " ":
                    edits[i] = ""
            marks.append((m.start(), m.end(), "spaced-letters"))


_DOUBLING = "يل"  # letters words double at a seam: nisba + plural (السوريين), ل + ال (للبنانيين)
_ELONGATED = re.compile(r"(.)\1{2,}")  # any tripled character; letters are checked after


def _elongation(text: str, edits: Edits, marks: Marks) -> None:
    """``قتلىىى`` → ``قتلى``: a letter stretched by repeating it (no Arabic word has three in a row)."""
    for m in _ELONGATED.finditer(text):
        if m.group(1) not in _LETTER_SET:
            continue
        start, end = _word_span(text, m.start(), m.end())
        doubling = m.group(1) in _DOUBLING
        for keep in (2, 1) if doubling else (1, 2):  # السوريييين keeps its ي pair
            word = text[start:m.start()] + m.group(1) * keep + text[m.end():end]
            if is_word(word):
                if keep == 2 and doubling and m.end() - m.start() == 3:
                    break  # a slip on a pair the grammar makes (السعودييين): a typo, not evasion
                for i in range(m.start() + keep, m.end()):
                    edits[i] = ""
                marks.append((m.start(), m.end(), "elongation"))
                break


def _lookalikes(text: str, edits: Edits, marks: Marks) -> None:
    """``إرهابی`` → ``إرهابي``, ``عسکریة`` → ``عسكرية``: letters of another script in Arabic words."""
    for m in _LOOKALIKE.finditer(text):
        i = m.start()
        if m.group() in "oO" and not (0 < i < len(text) - 1 and text[i - 1] in _ARABIC_SET
                                      and text[i + 1] in _ARABIC_SET):
            continue  # Latin o only counts between Arabic letters
        start, end = _token_at(text, i)
        if any(ch in _ARABIC_SET for ch in text[start:end]):
            edits[m.start()] = LOOKALIKE[m.group()]
            marks.append((m.start(), m.end(), "look-alike"))


def _presentation_forms(text: str, edits: Edits, marks: Marks) -> None:
    """``ﻫﺠﻮﻡ`` → ``هجوم``: contextual glyph code points back to letters (NFKC)."""
    for m in _PRESENTATION.finditer(text):
        for i in range(m.start(), m.end()):
            edits[i] = unicodedata.normalize("NFKC", text[i])
        marks.append((m.start(), m.end(), "presentation-form"))


_ARABIC_SET = frozenset(chr(c) for c in range(0x0621, 0x064B))
_LETTER_SET = frozenset(c for c in map(chr, range(0x0600, 0x0700)) if re.match(f"[{LETTER}]", c))
_LETTER_OR_MARK = _LETTER_SET | frozenset(c for c in map(chr, range(0x0600, 0x0700)) if re.match(f"[{MARK}]", c))
MARK_SET = frozenset(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670"}
_WORD_CHARS = frozenset(
    [chr(c) for c in range(0x0621, 0x065F + 1)] + [chr(c) for c in range(0x0670, 0x06D6)]
    + list(INVISIBLE) + list(SEPARATOR) + list(LOOKALIKE)
)
_TATWEEL_SPACE = re.compile(f"(?<=[{LETTER}]){TATWEEL}+ +{TATWEEL}+(?=[{LETTER}])")


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


RULES = (_presentation_forms, _lookalikes, _tatweel_or_separator, _tatweel_space, _spaced_letters, _elongation)


def _token_at(text: str, pos: int) -> tuple[int, int]:
    """The whitespace-delimited word around ``pos``."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend ``[start, end)`` to the whole word: letters, marks and evasion characters,
    stopping at spaces and at punctuation glued on (``بشن"هج​وم`` → ``هج​وم``)."""
    s, e = start, end
    while s > 0 and text[s - 1] in _WORD_CHARS:
        s -= 1
    while e < len(text) and text[e] in _WORD_CHARS:
        e += 1
    while s < e and text[s] in SEPARATOR:
        s += 1
    while e > s and text[e - 1] in SEPARATOR:
        e -= 1
    return s, e


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
    for rule in RULES:
        rule(text, edits, marks)
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


def _make(text: str, start: int, end: int, edits: Edits, kind: str) -> Repair:
    repaired = "".join(edits.get(i, text[i]) for i in range(start, end))
    return Repair(span=(start, end), original=text[start:end], repaired=repaired, kind=kind)


def apply_edits(text: str, edits: Edits) -> str:
    return "".join(edits.get(i, ch) for i, ch in enumerate(text)) if edits else text


def repair(text: str) -> str:
    """The repaired text alone: ``repair("هـ.ـجوم")`` → ``"هجوم"``."""
    return apply_edits(text, find_repairs(text)[1])
