"""Actor mentions: Arabic names of armed groups, bodies, outlets and sources → canonical names.

The names live in ``data/actors.tsv`` (one alias a row, shared by the claims and events stages).
Aliases are folded once and compiled into one Aho-Corasick automaton; a match must stand on word
boundaries, optionally behind the proclitics Arabic glues to nouns (و ف ب ل ك, and ``لل`` for an
alias that starts with ``ال``), so ``وبالجيش السوري`` and ``للجيش السوري`` still name the army.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

import ahocorasick

from ..text.normalize import fold, fold_with_index

_PREFIXES: Final = frozenset(["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"])
_LIL_PREFIXES: Final = frozenset(["", "و", "ف"])  # before an ``لل`` variant (ل + ال with its alef elided)
# Endings that make a longer word of a name (``الإيراني`` + ``ة``): never a glued next word.
_SUFFIXES: Final = frozenset(["ي", "ه", "يه", "ها", "هم", "هما", "ين", "ون", "ان", "ات", "يين", "يون", "ا", "و"])
_GLUE_LEFT_MIN: Final = 10  # multi-word aliases this long may be glued to the word before (scraping joins)


@dataclass(slots=True, unsafe_hash=True, init=False)
class ActorMention:
    """One actor name in a text; ``start``/``end`` are positions in the text given to the matcher.
    Hashable by value; never changed after it is made."""

    start: int
    end: int
    canonical: str
    surface: str
    kind: str

    # Written out (init=False): mypyc compiles this one; the generated one runs interpreted, ~7x slower.
    def __init__(self, start: int, end: int, canonical: str, surface: str, kind: str) -> None:
        self.start = start
        self.end = end
        self.canonical = canonical
        self.surface = surface
        self.kind = kind


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file in ``rasid/data`` (header row; ``#`` lines are comments)."""
    path = resources.files("rasid").joinpath("data", name)
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def read_table(name: str) -> list[tuple[str, str, str]]:
    """(canonical, alias_ar, kind) rows of a TSV in ``rasid/data`` (header row, ``#`` comments)."""
    rows = []
    for rec in read_tsv(name):
        canon, alias = (rec.get("canonical") or "").strip(), (rec.get("alias_ar") or "").strip()
        if canon and alias:
            rows.append((canon, alias, (rec.get("kind") or "other").strip()))
    return rows


_Entry = tuple[int, str, str, bool, bool]  # (length, canonical, kind, lil variant, multi-word)


def _entries(rows: list[tuple[str, str, str]]) -> tuple[dict[str, tuple[str, str]], dict[str, _Entry]]:
    """(whole folded alias → (canonical, kind), automaton word → entry) of an alias table: the
    first row of an alias wins (hand-written rows precede generated ones)."""
    exact: dict[str, tuple[str, str]] = {}
    words: dict[str, _Entry] = {}
    for canon, alias, kind in rows:
        key = " ".join(fold(alias).split())
        if not key or key in exact:
            continue
        exact[key] = (canon, kind)
        words[key] = (len(key), canon, kind, False, " " in key)
        acc = accusative(key) if kind in _DECLINED_KINDS else key
        if acc != key and acc not in exact:  # أنّ مصدراً عسكرياً أفاد: the same source
            exact[acc] = (canon, kind)
            words[acc] = (len(acc), canon, kind, False, " " in acc)
        if key.startswith("ال") and len(key) > 3:
            lil = "لل" + key[2:]
            if lil not in exact:
                words[lil] = (len(lil), canon, kind, True, " " in lil)
    return exact, words


_Cand = tuple[int, int, int, str, str]  # (-length, start, stop, canonical, kind): longest first, then leftmost
# (the unquoted text, the map back to the fold, each view's hits in it)
_Scan = tuple[str, Callable[[int], int], list[list[_Cand]]]


class _Scanner:
    """One Aho-Corasick automaton over several nested alias tables (``views``: each a table's
    automaton words), so that stages matching different tables over the same document scan it
    once: a hit keeps each view's entry (None where that table lacks the word), and the scan of
    the last text is kept for the next view that asks."""

    def __init__(self, views: list[dict[str, _Entry]]) -> None:
        auto = ahocorasick.Automaton()
        for word in set().union(*views):
            auto.add_word(word, _plan(tuple(v.get(word) for v in views)))
        auto.make_automaton()
        self._auto = auto
        self._n = len(views)
        self._last: tuple[str, _Scan] = ("", ("", _identity, [[] for _ in views]))

    def scan(self, folded: str, keep: bool) -> _Scan:
        """``folded`` without its quote marks (``_unquoted``), the map back, and each view's hits
        in that text; ``keep``: a whole document's, kept for the other views, which read the
        same fold (the claims and events stages): unquoting and scanning are done once."""
        last_text, last = self._last
        if folded is last_text or folded == last_text:
            return last
        unquoted, back = _unquoted(folded)
        found = (unquoted, back, self.candidates(unquoted))
        if keep:
            self._last = (folded, found)
        return found

    def candidates(self, folded: str) -> list[list[_Cand]]:
        """The hits of each view in ``folded`` that stand on word boundaries, unsorted. (A hit
        with no letter or digit on either side stands, and a short one-word name followed by
        letters that open no ``ال``/``لل`` word has an ending: ``_stands`` is asked only of the
        rest, a minority of the hits.)"""
        out: list[list[_Cand]] = [[] for _ in range(self._n)]
        n = len(folded)
        for end, plan in self._auto.iter(folded):
            stop = end + 1
            for entry, views in plan:
                start = stop - entry[0]
                if stop < n and folded[stop].isalnum():
                    if not entry[4] and entry[0] < 6 and not folded.startswith(_RIGHT_GLUE, stop):
                        continue  # a short one-word name with an ending (سوري in السورية): no call
                    if not _stands(folded, n, end, entry):
                        continue
                elif start and folded[start - 1].isalnum() and not _stands(folded, n, end, entry):
                    continue
                cand = (-entry[0], start, stop, entry[1], entry[2])  # (one tuple for its views: read only)
                for k in views:
                    out[k].append(cand)
        return out


_Plan = tuple[tuple[_Entry, tuple[int, ...]], ...]  # a word's distinct entries, each with the views holding it


def _plan(entries: tuple[_Entry | None, ...]) -> _Plan:
    """The views' entries of a word grouped by value (the nested tables repeat most of them):
    a hit tests whether it stands once per distinct entry, not once a view."""
    groups: dict[_Entry, list[int]] = {}
    for k, e in enumerate(entries):
        if e is not None:
            groups.setdefault(e, []).append(k)
    return tuple((e, tuple(ks)) for e, ks in groups.items())


def _stands(folded: str, n: int, end: int, entry: _Entry) -> bool:
    """Whether a hit ending at ``end`` is a name and not part of a longer word."""
    length, _, _, lil, multiword = entry
    start, stop = end - length + 1, end + 1
    if stop < n and folded[stop].isalnum():
        glued = multiword or _lost_space(folded, start, stop)
        if not (glued or folded.startswith(_RIGHT_GLUE, stop)) or not _glued_right(folded, stop, glued):
            return False  # سوري in السورية: a suffix
    # (a word start needs no check; an empty prefix is always allowed)
    return not (start and folded[start - 1].isalnum() and not _left_ok(folded, start, lil, length))


class ActorMatcher:
    """Compiled alias table: ``find`` returns longest non-overlapping mentions in text order."""

    def __init__(self, exact: dict[str, tuple[str, str]], scanner: _Scanner, view: int) -> None:
        """``exact``: the table's whole aliases; ``view``: its index in ``scanner``."""
        self.exact = exact
        self._scanner = scanner
        self._view = view

    def find(self, text: str, folded_index=None) -> list[ActorMention]:
        """Mentions in ``text``; ``folded_index`` is ``fold_with_index(text)`` when the caller has it."""
        whole = folded_index is not None  # a document's (the stages pass its fold), not a name's
        folded, index = folded_index or fold_with_index(text)
        folded, back, views = self._scanner.scan(folded, whole)
        cands = sorted(views[self._view])
        if not cands:
            return []
        taken: list[tuple[int, int, str, str]] = []
        used = bytearray(len(folded))  # characters already inside a longer mention
        for _, s, e, canon, kind in cands:
            if used.find(1, s, e) < 0:
                taken.append((s, e, canon, kind))
                used[s:e] = b"\x01" * (e - s)
        taken.sort()
        out = []
        direct = back is _identity  # (no quote mark dropped: most texts, no call per position)
        n = len(text)
        for s, e, canon, kind in taken:
            os_, oe = (index[s], index[e - 1] + 1) if direct else (index[back(s)], index[back(e - 1)] + 1)
            while oe < n and text[oe] in _CASE_MARKS:
                oe += 1  # مصدراً: the case ending is part of the name as written
            out.append(ActorMention(os_, oe, canon, text[os_:oe], kind))
        return out

    def canonical(self, name_ar: str) -> str | None:
        """Canonical name of a whole name (``"وزارة الدفاع الروسية"``), else of its longest actor."""
        key = " ".join(fold(name_ar).split())
        for cut in (0, 1, 2):
            hit = self.exact.get(key[cut:]) if key[:cut] in _PREFIXES else None
            if hit:
                return hit[0]
        found = self.find(name_ar)
        if not found:
            return None
        return max(found, key=lambda m: m.end - m.start).canonical


_CASE_MARKS: Final = frozenset(chr(c) for c in range(0x064B, 0x0653))  # tanween, short vowels, shadda, sukun
_DECLINED_KINDS: Final = frozenset(["unnamed"])  # indefinite common nouns: case shows on them
_NO_TANWEEN_ALEF: Final = ("ه", "ا", "ء", "و", "ى")  # ة-nouns, long-alef and hamza endings, construct plurals


def accusative(key: str) -> str:
    """The folded accusative of an indefinite phrase: ``مصدر عسكري`` → ``مصدرا عسكريا``
    (tanween fatha is written with an alef), ``مسوولون`` → ``مسوولين``. After إنّ/أنّ/لكنّ or
    ``يذكر أنّ`` the speaker of the next verb stands in this case. Definite (``ال``) words and
    words that take no written alef keep their form."""
    words = []
    for w in key.split():
        if w.startswith("ال") or len(w) < 3 or w.endswith(_NO_TANWEEN_ALEF):
            words.append(w)
        elif w.endswith("ون"):
            words.append(w[:-2] + "ين")
        else:
            words.append(w + "ا")
    return " ".join(words)


_QUOTE_AT: Final = re.compile('"')


def _identity(p: int) -> int:
    return p


def _unquoted(folded: str) -> tuple[str, Callable[[int], int]]:
    """Quote marks inside names (``قوات "الدعم السريع"``, ``صحيفة"إسرائيل هيوم"``) do not break
    them: a mark beside a space goes, one joining two words becomes a space. Returns the text
    and the map from its positions back to ``folded`` (one step per dropped mark, as in
    ``FoldIndex``: no per-character work)."""
    if '"' not in folded:
        return folded, _identity
    parts: list[str] = []
    steps: list[int] = []  # positions (in the new text) after which one more character was dropped
    pos = 0
    dropped = 0
    for m in _QUOTE_AT.finditer(folded):
        k = m.start()
        parts.append(folded[pos:k])
        if k and k + 1 < len(folded) and folded[k - 1].isalnum() and folded[k + 1].isalnum():
            parts.append(" ")
        else:
            steps.append(k - dropped)
            dropped += 1
        pos = k + 1
    parts.append(folded[pos:])
    if not steps:
        return "".join(parts), _identity

    def back(p: int) -> int:
        return p + bisect_right(steps, p)

    return "".join(parts), back


_RIGHT_GLUE: Final = ("ال", "لل")  # a single-word name glued to a next word only before one of these


def _glued_right(folded: str, stop: int, multiword: bool) -> bool:
    """Scraped text joins words (``العراقاستهداف``): accept a next word, never a suffix."""
    k = stop
    while k < len(folded) and folded[k].isalnum():
        k += 1
    rest = folded[stop:k]
    if rest.startswith(("ال", "لل")) and len(rest) > 3:
        return True
    return multiword and rest not in _SUFFIXES and len(rest) > 2


def _lost_space(folded: str, start: int, stop: int) -> bool:
    """A one-word ``ال`` name of 6+ letters glued to a next word of 4+ (``الكرملينأعلن``): the
    lost space of scraped text, not an ending (``ة``/``ي``/``ين`` are; so is a dual ``تين`` or an
    accusative ``ا`` after a ``ي`` name, ``السوريا``)."""
    if stop - start < 6 or not folded.startswith("ال", start):
        return False
    k = stop
    while k < len(folded) and folded[k].isalnum():
        k += 1
    nxt = folded[stop]
    return k - stop >= 4 and nxt not in "هيةى" and not (folded[stop - 1] == "ي" and nxt in "اتن")


def _left_ok(folded: str, start: int, lil: bool, length: int) -> bool:
    """A word start, or behind proclitics; long names and ``ال`` names may be glued to a word."""
    j = start
    while j > 0 and folded[j - 1].isalnum():
        j -= 1
    prefix = folded[j:start]
    if prefix in (_LIL_PREFIXES if lil else _PREFIXES):
        return True
    if len(prefix) >= 3 and not lil:
        head = folded[start:start + length]
        return head.startswith("ال") or (" " in head and length >= _GLUE_LEFT_MIN)
    return False


# The tables the stages match, each one's view a prefix of this list (the events stage reads the
# first, the claims stage both): they share one scanner, so a document is scanned once.
_NESTED_TABLES: Final = ("actors.tsv", "claim_metonyms.tsv")


@lru_cache(maxsize=None)
def matcher(*tables: str) -> ActorMatcher:
    """The compiled matcher over the given data tables (compiled once per combination)."""
    tables = tables or ("actors.tsv",)
    if tables == _NESTED_TABLES[:len(tables)]:
        return _nested()[len(tables) - 1]
    exact, words = _entries([row for name in tables for row in read_table(name)])
    return ActorMatcher(exact, _Scanner([words]), 0)


@lru_cache(maxsize=1)
def _nested() -> list[ActorMatcher]:
    """A matcher for each prefix of ``_NESTED_TABLES``, all on one scanner."""
    rows: list[tuple[str, str, str]] = []
    built = []
    for name in _NESTED_TABLES:
        rows = rows + read_table(name)
        built.append(_entries(rows))
    scanner = _Scanner([words for _, words in built])
    return [ActorMatcher(exact, scanner, k) for k, (exact, _) in enumerate(built)]


def find_actors(text: str) -> list[ActorMention]:
    """Actor mentions of ``actors.tsv`` in ``text``: longest, non-overlapping, in text order."""
    return matcher("actors.tsv").find(text)


def canonical_actor(name_ar: str) -> str | None:
    """``canonical_actor("قوات النظام")`` → ``"Syrian government forces"``; unknown → ``None``."""
    return matcher("actors.tsv").canonical(name_ar)
