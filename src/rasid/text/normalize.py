"""The matching form of Arabic text: one spelling for the letters writers use interchangeably.

Lexicon and gazetteer lookups compare folded forms, so `إدلب`/`ادلب`, `حماة`/`حماه`,
`مصطفى`/`مصطفي` meet. Diacritics, tatweel and invisible marks are dropped. ``fold_with_index``
also returns where each folded character came from, so a match in folded text maps back.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Final

_DROP: Final = (
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, shadda, sukun, ...
    + [chr(c) for c in range(0x0610, 0x061B)]
    + ["\u0670", "\u0640"]  # dagger alef, tatweel
    + [chr(c) for c in range(0x200B, 0x2010)]  # zero-width and direction marks
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2060, 0x2065)]
    + ["\ufeff", "\u00ad"]
)
_MAP: Final = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه",
    "ؤ": "و", "ک": "ك", "ګ": "ك",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
    "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
    "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
    "\u00a0": " ",
}
# A no-break space beside a space is dropped too ("المقاومة\xa0 الإسلامية" reads as one phrase;
# the corpus has hundreds); elsewhere it maps to a space.
_MARKS_RE: Final = re.compile("[" + "".join(re.escape(c) for c in _DROP) + "]")
# Written led by one class (a mark, or a no-break space that a space follows or precedes): an
# alternation ``[marks]|\xa0(?= )|(?<= )\xa0`` gives the regex engine no first character to skip
# to, so it tried a match at every position of the text (~4x slower).
_MARKS_OR_NBSP: Final = re.compile(_MARKS_RE.pattern[:-1] + "\u00a0](?:(?<=" + _MARKS_RE.pattern + ")|(?= )|(?<= .))")


def deletions(text: str) -> re.Pattern[str]:
    """What ``fold`` deletes from ``text`` (the look-around for a no-break space costs a third of
    the fold, so it runs only on text that has one)."""
    return _MARKS_OR_NBSP if "\u00a0" in text else _MARKS_RE


_TABLE: Final = str.maketrans({**{c: None for c in _DROP}, **_MAP})


_FOLDED: dict[str, str] = {}  # fold's memo of short strings: names and words the stages fold again and again
_MEMO_LEN: Final = 64  # longer strings (a document, a sentence) are folded afresh
_MEMO_SIZE = 50_000  # entries kept at most (a few MiB), so memory stays flat over a long ingest


def is_arabic_letter(ch: str) -> bool:
    """One of the 42 Arabic letters (hamza to yeh), not a mark, digit or Persian letter."""
    return "\u0621" <= ch <= "\u064a"


def fold(text: str) -> str:
    """Matching form: ``fold("إدلبُ")`` → ``"ادلب"``; ``fold("حماة")`` → ``"حماه"``.

    Most calls fold a name or a word the stages fold in every document (~80 calls a seed-size
    article, ~12 distinct strings), so short strings are remembered.
    """
    if len(text) > _MEMO_LEN:
        return _fold(text)
    out = _FOLDED.get(text)
    if out is None:
        out = _fold(text)
        if len(_FOLDED) < _MEMO_SIZE:
            _FOLDED[text] = out
    return out


def _fold(text: str) -> str:
    """Same result as ``text.translate(_TABLE)``, but a deletion regex plus one ``str.replace``
    per letter present is several times faster on Arabic text (``translate`` looks up every
    character)."""
    return _fold_letters(deletions(text).sub("", text))


def _fold_letters(text: str) -> str:
    """``_fold``'s second step: the one-to-one letter mappings, on text without deletions."""
    for src, dst in _MAP.items():
        if src in text:
            text = text.replace(src, dst)
    return text


class FoldIndex(Sequence):
    """``index[i]`` = position in the original of folded character ``i`` (and a sentinel).

    Folding only deletes characters (every other mapping is one to one), so the map is kept as
    the folded positions where a deletion happened: building it costs one entry per deleted
    mark, not one per character, and a lookup is a binary search.
    """

    __slots__ = ("_len", "_steps")

    def __init__(self, dropped: list[int], folded_len: int) -> None:
        self._steps = [d - j for j, d in enumerate(dropped)]
        self._len = folded_len + 1

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        return i + bisect_right(self._steps, i) if self._steps else i


def fold_with_index(text: str) -> tuple[str, FoldIndex]:
    """``fold`` plus, for each folded character, its position in ``text`` (and a sentinel).

    A long text (a document) is cut at its deletions once: the pieces give both the folded text
    and where each deleted character stood (every deletion is one character), where ``fold``
    and a second scan for the positions read it twice."""
    if len(text) <= _MEMO_LEN:
        folded = fold(text)
        marks = [m.start() for m in deletions(text).finditer(text)] if len(folded) != len(text) else []
        return folded, FoldIndex(marks, len(folded))
    pieces = deletions(text).split(text)
    dropped: list[int] = []
    pos = -1
    for piece in pieces[:-1]:
        pos += len(piece) + 1
        dropped.append(pos)
    return _fold_letters("".join(pieces) if dropped else text), FoldIndex(dropped, len(text) - len(dropped))


def find_all(text: str, needles: Sequence[str]) -> list[int]:
    """Every position of ``text`` where one of ``needles`` starts, sorted (overlaps kept): a
    ``str.find`` scan a needle runs in C, where a regex alternation of them would be tried at
    every character."""
    out: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            out.append(at)
            at = text.find(needle, at + 1)
    out.sort()
    return out
