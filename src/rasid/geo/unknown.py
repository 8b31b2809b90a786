"""Villages the gazetteer lacks, named as compounds in place position (``بلدة معرة موخص``).

Small places are often missing from OCHA's list or spelled differently, but news names them
with a generic head (``تل``, ``عين``, ``كفر``, ``معرة``...) right after a settlement noun, or in
a list next to places already resolved. Such a name is kept as the text writes it, placed at
its governorate (the one the places around it are in) with geo_precision 3: researchers see
the name and a coarse position instead of nothing, and no village point is invented.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Final

from ..text.normalize import fold
from .context import SENTENCE_END_RE, SENTENCE_ENDS, common_words, is_common_word, prev_word, role_of
from .gazetteer import read_table
from .matcher import CLITICS, word_start

_QUOTES: Final = "\"'“”«»"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    heads = sorted({r["head"] for r in read_table("place_heads.tsv")}, key=len, reverse=True)
    clitic = "|".join(sorted((c for c in CLITICS if c), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w])[{_QUOTES}]?(?:{clitic})?((?:{'|'.join(heads)}) [{_QUOTES}]?(\w{{3,}}))[{_QUOTES}]?(?!\w)")


@lru_cache(maxsize=1)
def landmark_heads() -> frozenset[str]:
    """Heads of buildings, squares and lakes (place_heads.tsv near = landmark): never a
    village's first word, so after a preposition they name a place with any word after them."""
    return frozenset(r["head"] for r in read_table("place_heads.tsv") if r.get("near") == "landmark")


def landmark_starts(folded: str, heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``في ساحة الرئيس الراحل حافظ الأسد``: (start, end) of each landmark head (without a
    glued preposition) a preposition stands right before (a word, or glued: بساحة); its name
    may run several words. ``heads``: ``NameScan.heads``."""
    out = []
    for start, last in _landmark_heads_at(folded, heads):
        ws = start
        while ws > 0 and folded[ws - 1].isalnum():
            ws -= 1
        glued = folded[ws:start]
        if glued in _GLUED_PREPS or (not glued and role_of(prev_word(folded, ws)[0]) == "prep"):
            out.append((start, last))
    return out


_GLUED_PREPS: Final = frozenset({"ب", "وب", "ل", "في"})


def _landmark_heads_at(folded: str, heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each landmark head followed by a space, in text order (by where they end),
    read off the place heads the names' pass found (landmark heads are place heads, and no two
    end at one place): a ``str.find`` per landmark head read the text ten times more."""
    landmarks = landmark_heads()
    found = []
    for last, size in heads:
        start = last + 1 - size
        if folded[start:last] in landmarks:
            found.append((start, last))
    return found


@lru_cache(maxsize=1)
def head_keys() -> frozenset[str]:
    """Every head followed by a space: the only places where the pattern can match. The places
    index (matcher.py) holds them beside the names, so the pass that finds the names finds them
    too (``NameScan.heads``: (position of the space, length with it), in text order), for
    ``unknown_compounds`` and ``landmark_starts``."""
    return frozenset(r["head"] + " " for r in read_table("place_heads.tsv"))


def _matches(folded: str, heads: list[tuple[int, int]]):
    """``_pattern().finditer(folded)``, tried only where a head word stands (the regex alone
    would be tried at every character, which cost more than the gazetteer look-up); ``heads``:
    ``NameScan.heads``."""
    pattern = _pattern()
    done = 0
    for last, size in heads:
        start = word_start(folded, last + 1 - size)  # clitics glued before the head
        if start > 0 and folded[start - 1] in _QUOTES:
            start -= 1
        if start < done:
            continue
        m = pattern.match(folded, start)
        if m is None and start < last + 1 - size:  # a clitic-looking word start: try the head alone
            m = pattern.match(folded, last + 1 - size)
        if m is not None:
            done = m.end()
            yield m


def unknown_compounds(folded: str, spans: list[tuple[int, int]], placed: list[tuple[int, int]],
                      named: frozenset[tuple[int, int]], heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` of head+word names in place position that no gazetteer hit covers
    beyond its head. ``spans``: every gazetteer hit; ``placed``: the accepted places; ``named``:
    the Syrian gazetteer hits (``تل الملاجة``: a hill named after a village is a place anywhere);
    ``heads``: ``NameScan.heads``."""
    words = common_words()
    out = []
    # Sorted views of the spans, so each compound looks only at those near it (a long document
    # has thousands: a scan of all of them per compound made the stage quadratic).
    spans = sorted(spans)
    span_starts = [s for s, _ in spans]
    longest = max((e - s for s, e in spans), default=0)
    placed_ends = sorted(e for _, e in placed)
    placed_set = set(placed)
    for m in _matches(folded, heads):
        start, end = m.span(1)
        second = m.group(2)
        if second in words or ("ال" + second) in words or role_of(second):
            continue  # "عين المكان", "تل مرتفع"
        near = spans[bisect_left(span_starts, start - longest):bisect_left(span_starts, end)]
        if any(s <= start and end <= e or (s < end and start < e and (s < start or e > end))
               for s, e in near):
            continue  # the gazetteer knows it, or a name runs across its edges
        pw, _, boundary = prev_word(folded, m.start())
        role = None if boundary else role_of(pw)
        at = m.start()
        after_place = any(set(folded[e:at]) <= _AFTER_PLACE_GAP
                          for e in placed_ends[bisect_left(placed_ends, at - 4):bisect_right(placed_ends, at)])
        quoted = start > 0 and folded[start - 1] in _QUOTES
        settlement = role in ("type", "types", "locative") and not pw.endswith(("حي", "احياء", "حيي"))
        if m.group(1).startswith(("ابو ", "ام ")):  # a kunya, unless a settlement noun or a list
            after_place, quoted = after_place and quoted, False  # of places says otherwise
        # "في حويجة البصيرة": the head makes a known place's name longer (another place)
        # and "قلعة دمشق" is the citadel of a place named anyway (a castle is no namesake village)
        landmark = m.group(1).split(" ", 1)[0] in landmark_heads()
        extends = (role == "prep" or landmark or m.group(1).startswith("قلعه ")) and (m.start(2), end) in placed_set
        # "في مسجد الأفرم في دمشق": kept only where a town after it locates it (resolve); "في
        # ساحة المعركة في حلب" is a noun phrase
        extends = extends or (landmark and role == "prep" and not is_common_word(second))
        hill = m.group(1).startswith(_HILL_HEADS) and (m.start(2), end) in named
        if settlement or after_place or (role == "prep" and quoted) or extends or hill:
            out.append((start, end))
    return out


_AFTER_PLACE_GAP: Final = frozenset(" ،,و" + _QUOTES)
# "لاستعادة تل الملاجة", "نزوح أهالي حويجة البصيرة": a hill, mountain or river island named after
# a village is a place wherever it stands (the head is no common word)
_HILL_HEADS: Final = ("تل ", "جبل ", "حويجه ")


class PlacedIndex:
    """The places of a document (``(start, end, admin1)``; admin1 "" for a foreign one), sorted
    on the first question (most articles ask none), for ``context_admin1`` per compound."""

    def __init__(self, folded: str, placed: list[tuple[int, int, str]]) -> None:
        self.folded = folded
        self.placed = placed
        self.starts: list[int] | None = None
        self.longest = 0

    def _starts(self) -> list[int]:
        """The places' starts, the places sorted by them (computed once)."""
        if self.starts is None:
            self.placed = sorted(self.placed)
            self.starts = [s for s, _, _ in self.placed]
            self.longest = max((e - s for s, e, _ in self.placed), default=0)
        return self.starts

    def context_admin1(self, pos: int, skip: tuple[int, int]) -> str | None:
        """The governorate of the nearest Syrian place in the same sentence as ``pos`` (None
        without one: a compound beside foreign places, "بيت حانون", must not borrow the
        article's governorate); places starting inside ``skip`` (the compound) do not count.

        A place shares the sentence when no sentence punctuation stands between it and ``pos``:
        one before ``pos`` must end after the last mark before it (or reach ``pos``), one after
        must start at or before the first mark from ``pos`` on. Only places starting within
        those bounds (less the longest name) are looked at, nearest first. (The two marks are
        looked for from ``pos``: a list of every mark cost a regex scan of the whole text.)"""
        starts = self._starts()
        folded = self.folded
        last = max([folded.rfind(c, 0, pos) for c in SENTENCE_ENDS])  # the last mark before pos
        m = SENTENCE_END_RE.search(folded, pos)
        first = m.start() if m is not None else len(folded)  # the first mark from pos on
        lo = bisect_right(starts, last - self.longest)
        hi = bisect_right(starts, first)
        near = [(abs(s - pos), a, s, e) for s, e, a in self.placed[lo:hi]
                if not skip[0] <= s < skip[1] and ((s < pos and e > last) or pos <= s <= first)]
        return (min(near)[1] or None) if near else None


# Settlement nouns that introduce names in a list ("قرى X وY", "مستوطنات "X" و"Y""): the
# place_words.tsv type/types nouns for villages and towns, and the role "colony" (settlements in
# the occupied Golan, which the guide counts as Syrian places), quarters ("في حيّ X في محافظة
# الرقة": the locator after the name is still required), and the role "site" ("موقع "X" غرب
# بلدة Y": a quoted name only, as the noun also names websites and positions). Not "محافظة"...
_LIST_NOUN_ROLES: Final = ("type", "types", "colony", "site")
_NOT_LIST_NOUNS: Final = frozenset({"محافظه", "محافظتي", "ناحيه", "مناطق", "مدن"})
# a quarter is named with its noun ("حي التركيبات"), a village without it ("قرية نخشبة" is نخشبة)
_NAMED_WITH_NOUN: Final = frozenset({"حي"})
_ITEM: Final = re.compile(r'["“«]([^"“”«»\n]{3,30})["”»]|([^\W\d_]{3,})')
_SEP: Final = re.compile(r'\s*[،,]?\s*(?:و(?=[\s"“«])\s*)?')
_DIRECTION: Final = r"(?:ال)?(?:شمال|جنوب|شرق|غرب)ي?(?:\s+(?:ال)?(?:شرق|غرب)ي?)?"  # "غرب", "شمال شرقي"
_LOCATOR: Final = re.compile(r'\s*[،,]?\s*(?:(?:الواقعه|الواقعتين|التابعه|التابعتين)\s+)?(?:في\s+|ب|(' + _DIRECTION + r'\s+))')
_LOCATOR_NOUN: Final = re.compile(r"(?:محافظه|مدينه|منطقه|ريف|بلده|جبال)\s+")  # "بمحافظة اللاذقية", "بريف بلدة مارع", "بجبال القلمون"
MAX_ITEMS: Final = 5


@lru_cache(maxsize=1)
def list_noun_keys() -> frozenset[str]:
    """Every list noun followed by a space: found by the names' pass too (``NameScan.list_nouns``;
    a regex alternation tried at every character cost more than the rest of this module)."""
    nouns = {fold(r["word"]) for r in read_table("place_words.tsv") if r["role"] in _LIST_NOUN_ROLES}
    return frozenset(n + " " for n in nouns - _NOT_LIST_NOUNS)


def _list_noun_ends(folded: str, nouns: list[tuple[int, int]]):
    """Where the names after a list noun start (the noun a whole word, clitics allowed), where a
    name that keeps its noun (a quarter's) starts, else -1, and whether only quoted names count
    (after a site noun). ``nouns``: ``NameScan.list_nouns``."""
    sites = _site_nouns()
    for last, size in nouns:
        start = last + 1 - size
        ws = start
        while ws > 0 and folded[ws - 1].isalnum():
            ws -= 1
        if folded[ws:start] in ("", "و", "ب", "ل", "وب", "ف"):
            noun = folded[start:last]
            yield last + 1, start if noun in _NAMED_WITH_NOUN else -1, noun in sites


@lru_cache(maxsize=1)
def _site_nouns() -> frozenset[str]:
    """place_words.tsv nouns of role "site" (folded): only a quoted name after them is read."""
    return frozenset(fold(r["word"]) for r in read_table("place_words.tsv") if r["role"] == "site")


def _after_known_ok(name: str, g: int, known: int, listed: bool) -> bool:
    """A name the gazetteers lack after one they know (``بلدتي الحصان والعزبة``) is taken only as
    a list's next item, quoted or definite: ``وتحاصر الجنينة``, ``القامشلي وريفها`` are a verb and
    a noun, not villages."""
    return not known or listed and (g == 1 or name.startswith("ال"))


def typed_unknowns(folded: str, spans: list[tuple[int, int]], anchors: dict[int, str],
                   nouns: list[tuple[int, int]]) -> list[tuple[int, int, str, int, bool]]:
    """``قرية نخشبة بمحافظة اللاذقية``, ``مستوطنات "شاعل" و"أورطال" في الجولان المحتل``, ``موقع
    "X" غرب بلدة Y``: names the gazetteers lack, introduced by a settlement noun and placed by an
    explicit Syrian locator right after them, a preposition or a direction (``anchors``: start of
    a Syrian admin unit, area or town -> its governorate). Returns (start, end, governorate, start
    of the locator, whether a direction locates it: it lies by that place) per name; names any
    gazetteer hit touches are left alone. ``nouns``: ``NameScan.list_nouns``."""
    out = []
    exact = set(spans)
    for pos, noun_start, quoted_only in _list_noun_ends(folded, nouns):
        items: list[tuple[int, int]] = []
        known = 0  # names of the list the gazetteer resolves (بلدتي الحصان والعزبة): passed over
        listed = True  # the next name stands first, or after و or a comma (not a name's second word)
        while len(items) + known < MAX_ITEMS:
            loc = _LOCATOR.match(folded, pos)
            if loc and (items or known):
                at, where = loc.end(), None
                for _ in range(3):  # the place, or the place after one or two place nouns
                    if at in anchors:
                        where = anchors[at]
                        break
                    noun = _LOCATOR_NOUN.match(folded, at)
                    if noun is None:
                        break
                    at = noun.end()
                if where:
                    out.extend((s, e, where, at, loc.group(1) is not None) for s, e in items)
                break
            it = _ITEM.match(folded, pos)
            if it is None:
                break
            g = 1 if it.group(1) else 2
            if quoted_only and g == 2:
                break  # "موقع الميادين", "موقع عسكري": no name of a site
            s, e = it.span(g)
            name = it.group(g)
            if g == 2 and name.startswith("و") and (items or known):
                s, name = s + 1, name[1:]  # "وأورطال": the conjunction glued to the next name
                listed = True
            if len(name) < 3 or is_common_word(name) or role_of(name):
                break  # an ordinary word
            if (s, e) in exact and g == 2 and listed:
                known += 1  # a name the gazetteer resolves, whole: the list goes on
            elif any(a < e and s < b for a, b in spans) or not _after_known_ok(name, g, known, listed):
                break  # a name a gazetteer hit covers in part; a verb or a word after a known name
            else:
                items.append((noun_start if noun_start >= 0 and not items and not known and g == 2
                              and s == pos else s, e))
            sep = _SEP.match(folded, it.end())
            pos = sep.end() if sep else it.end()
            listed = sep is not None and ("و" in sep.group() or "،" in sep.group() or "," in sep.group())
    return out
