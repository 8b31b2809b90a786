"""Quantities in Arabic text: digits, number words, vague amounts, and their qualifiers.

Casualty figures are written every way Arabic allows — ``40``, ``٤٠``, ``أربعين``,
``ثلاثة وعشرون``, ``ألفين وخمسمائة``, a dual noun (``جنديين`` = two soldiers), or no number
at all (``عشرات``, ``عدد كبير``) — behind qualifiers (``أكثر من``, ``نحو``). This module turns
each into ``count`` + ``qualifier`` (exact | at_least | about | vague, count None when vague).
The words are data (``data/numbers.tsv``), matched on the folded text.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import Final, NamedTuple
from importlib import resources

from ..text.normalize import deletions, fold, fold_with_index

_PREFIXES: Final = ("وب", "و", "ب", "ل", "ف")  # clitics glued to a number word (وعشرون، بعشرات)
_MAX_PHRASE: Final = 4
_PERCENT: Final = re.compile(fold(r"\s*(?:%|٪|بالمئة|بالمائة|في المئة|في المائة)"))  # a share, not a count


@lru_cache(maxsize=8)
def _fold_steps(text: str) -> tuple[str, list[int], list[int] | None]:
    """``text`` folded, the folded positions at which a deletion happened (``FoldIndex``'s
    steps) and, where the index keeps none, the plain index: computed once per document for
    ``fold_indexed`` and ``fold_drops`` alike."""
    folded, fidx = fold_with_index(text)
    steps = getattr(fidx, "_steps", None)
    if steps is None:
        return folded, [], list(fidx)
    return folded, steps, None


@lru_cache(maxsize=8)
def fold_indexed(text: str) -> tuple[str, list[int]]:
    """``fold_with_index`` of a whole document, computed once however many stages ask for it,
    with the index as a plain list (every token of every stage looks positions up in it, and a
    list lookup is far cheaper than a binary search per position)."""
    folded, steps, plain = _fold_steps(text)
    if plain is not None:
        return folded, plain
    index: list[int] = []
    prev = shift = 0
    for s in steps:  # folded positions >= s lie one more character further in the original
        index.extend(range(prev + shift, s + shift))
        shift += 1
        prev = s
    index.extend(range(prev + shift, len(folded) + 1 + shift))
    return folded, index


@lru_cache(maxsize=8)
def fold_drops(text: str) -> list[int]:
    """The positions of ``text`` that folding deletes, sorted. ``text`` position ``p`` (``0 <= p
    <= len(text)``) stands before folded position ``p - bisect_left(drops, p)``: a search in a
    few dozen marks, where the fold index has a position per character. (The fold's own steps
    give them: the ``j``-th deletion stood at ``steps[j] + j``; no second scan of the text.)"""
    folded, steps, plain = _fold_steps(text)
    if len(folded) == len(text):
        return []
    if plain is not None:
        return [m.start() for m in deletions(text).finditer(text)]
    return [s + j for j, s in enumerate(steps)]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in a text: ``[start, end)`` in that text's coordinates."""

    start: int
    end: int
    count: int | None
    qualifier: str  # exact | at_least | about | vague


class Tok(NamedTuple):
    """A folded word, number or punctuation mark; ``start``/``end`` in the original text,
    ``fend`` in the folded text. (A named tuple: built by ``tuple.__new__`` in C, there being
    one per token.)"""

    text: str
    start: int
    end: int
    fend: int


_PUNCT: Final = "،,؛;:.!؟?()[]\"'«»“”-–"  # the punctuation tokens: one character each
# (Letters first, then punctuation: the alternatives open on disjoint characters, so the order
# only sets which is tried first, the commonest sooner.)
_ANY_TOKEN: Final = re.compile(r"[\u0621-\u064A]+|[" + re.escape(_PUNCT) + r"]|\d+(?:[,٬]\d{3})*")
_SPLIT_TOKENS: Final = re.compile(f"({_ANY_TOKEN.pattern})")  # the same, captured: split keeps the tokens
_PUNCT_SET: Final = frozenset(_PUNCT)
_MAX_WORDS: Final = 500_000  # distinct words whose verdicts are kept before starting afresh
_TESTS: Final[list[WordTest]] = []  # every test made, each owning one bit
_MASKS: Final[dict[str, int]] = {}  # word → the bits of the tests it passes, for every word seen
_FLAGGED: Final[set[str]] = set()  # the words that pass at least one test


class WordTest:
    """A test of single words, run once per distinct word ever seen. The stages ask the same few
    questions of every word of every article and most words fail them all, so all the tests'
    verdicts are kept together as one bit mask per word: a document looks each of its distinct
    words up once (in C) however many tests there are, and ``word_positions`` then reads the
    few words that pass something.

    A test may also say how it answers for a word of letters (every word but a digit token):
    ``forms`` (a thunk: lexicons load lazily) gives the words it passes outright, and ``rest``,
    asked only of other words of ``rest_from`` letters or more, the leftover check (glued
    endings …); forms and no ``rest`` mean the forms are all it passes. The forms of every test
    are merged into one table, form → bits, so that a new word costs one lookup plus the few
    leftover checks, not one call per test. ``test`` must agree, and answers for digit tokens."""

    __slots__ = ("test", "bit", "forms", "rest", "rest_from")

    def __init__(self, test: Callable[[str], object], forms: Callable[[], frozenset[str]] | None = None,
                 rest: Callable[[str], object] | None = None, rest_from: int = 0) -> None:
        self.test = test
        self.bit = 1 << len(_TESTS)
        self.forms = forms
        self.rest: Callable[[str], object] | None = rest if rest is not None else test if forms is None else None
        self.rest_from = rest_from
        _TESTS.append(self)
        _MASKS.clear()  # the words seen so far were not put to this test
        _FLAGGED.clear()
        _FORM_BITS.clear()


_FORM_BITS: Final[dict[str, int]] = {}  # every test's forms → the bits of the tests listing it (built on first use)
_RESTS: Final[list[tuple[int, Callable[[str], object], int]]] = []  # (bit, rest, rest_from) of the tests with a rest
_LETTER_FIRST, _LETTER_LAST = "\u0621", "\u064A"  # a word token is all letters (this range) or all digits


def _form_bits() -> dict[str, int]:
    """The merged table of every test's ``forms``, built once the tests are all made (with
    ``_RESTS``, the leftover checks, read once per batch of new words, not per test per word)."""
    if not _FORM_BITS:
        for t in _TESTS:
            if t.forms is not None:
                bit = t.bit
                for w in t.forms():
                    _FORM_BITS[w] = _FORM_BITS.get(w, 0) | bit
        _FORM_BITS[""] = 0  # (never a word: marks the table built even where no test has forms)
        _RESTS[:] = [(t.bit, t.rest, t.rest_from) for t in _TESTS if t.rest is not None]
    return _FORM_BITS


def _mask(word: str, forms: dict[str, int]) -> int:
    """The bits of the tests ``word`` passes: a word of letters by one lookup in the merged forms
    (``forms``: ``_form_bits()``) and the leftover checks of the tests that have one; a digit
    token by every test in full."""
    if not _LETTER_FIRST <= word[0] <= _LETTER_LAST:
        mask = 0
        for t in _TESTS:
            if t.test(word):
                mask |= t.bit
        return mask
    mask = forms.get(word, 0)
    n = len(word)
    for bit, rest, rest_from in _RESTS:
        if n >= rest_from and not mask & bit and rest(word):
            mask |= bit
    return mask


def _hits(text: str) -> frozenset[str]:
    """The distinct words of ``text`` that pass some test."""
    vocab = word_vocab(text)
    new = vocab.difference(_MASKS)
    if new:
        if len(_MASKS) >= _MAX_WORDS:
            _MASKS.clear()
            _FLAGGED.clear()
            new = vocab
        forms = _form_bits()
        for w in new:
            m = _MASKS[w] = _mask(w, forms)
            if m:
                _FLAGGED.add(w)
    return vocab & _FLAGGED


@lru_cache(maxsize=8)
def _flagged_words(text: str, n_tests: int) -> dict[int, list[int]]:
    """The words of ``text`` that pass some test, by the tests they pass: bit mask → their
    indexes, in order (``n_tests`` keys out verdicts made before a test was added). A document
    has only a few distinct masks, so each test then picks a few lists instead of rescanning
    every flagged word."""
    hits = _hits(text)
    if not hits:
        return {}
    texts = word_texts(text)
    groups: dict[int, list[int]] = {}
    for k in compress(range(len(texts)), map(hits.__contains__, texts)):
        m = _MASKS[texts[k]]
        ks = groups.get(m)
        if ks is None:
            groups[m] = [k]
        else:
            ks.append(k)
    return groups


def word_positions(text: str, test: WordTest) -> list[int]:
    """Indexes into ``words_of(text)`` of the words that pass ``test``."""
    bit = test.bit
    out: list[int] = []
    n = 0
    for m, ks in _flagged_words(text, len(_TESTS)).items():
        if m & bit:
            out.extend(ks)
            n += 1
    if n > 1:
        out.sort()  # (a merge of sorted runs)
    return out


def token_positions(text: str, test: WordTest) -> list[int]:
    """Indexes into ``tokens_of(text)`` of the words that pass ``test`` (punctuation never does):
    the words' own, moved past the punctuation before them."""
    starts, at = token_starts(text), word_starts(text)
    return [bisect.bisect_left(starts, at[k]) for k in word_positions(text, test)]


_tuple_new: Final = tuple.__new__
_WORDNESS: Final[dict[str, bool]] = dict.fromkeys(_PUNCT, False)  # token text → is it a word (``get`` default: yes)


def _pick(seq: list[int], at: list[int]) -> list[int]:
    """``[seq[i] for i in at]``, in one C call (an ``itemgetter`` of them all) where there are two
    or more."""
    if len(at) > 1:
        return list(itemgetter(*at)(seq))
    return [seq[i] for i in at]


@lru_cache(maxsize=8)
def _token_columns(text: str) -> tuple[list[Tok], list[str], list[int]]:
    """Every token of ``text`` (``tokens_of``) with its folded text and its start as columns.
    ``split`` on the token pattern gives gap, token, gap, token … as plain strings, so their
    folded offsets are running sums of lengths — no match object per token. The fields are
    built a column at a time (every other part, every other offset) and zipped into tokens in
    C; a token's end (the original position after its last character) is where the next folded
    character came from, but at the few tokens a dropped mark ends: a Python step per drop,
    not per token. The columns are kept, so that the texts and starts the stages read are
    not gathered back from the tokens."""
    folded, index = fold_indexed(text)
    parts = _SPLIT_TOKENS.split(folded)
    off = list(accumulate(map(len, parts), initial=0))  # off[k]: where parts[k] starts
    fends = off[2::2]  # the folded end of each token (parts 1, 3, 5 … are the tokens)
    texts = parts[1::2]
    starts = _pick(index, off[1::2])
    ends = _pick(index, fends)  # where the next folded character came from …
    for j, d in enumerate(fold_drops(text)):  # … but after a token that a dropped mark ends (تماماً)
        f = d - j  # (the folded position the dropped character stood before)
        k = bisect.bisect_left(fends, f)
        if k < len(fends) and fends[k] == f:
            ends[k] = index[f - 1] + 1
    return list(map(_tuple_new, repeat(Tok), zip(texts, starts, ends, fends))), texts, starts


@lru_cache(maxsize=8)
def _word_columns(text: str) -> tuple[list[Tok], list[str], list[int]]:
    """``_token_columns`` less punctuation, each column picked in C by one shared mask."""
    toks, texts, starts = _token_columns(text)
    keep = list(map(_WORDNESS.get, texts, repeat(True)))
    return list(compress(toks, keep)), list(compress(texts, keep)), list(compress(starts, keep))


def tokens_of(text: str) -> list[Tok]:
    """Every token of ``text``, folded once and shared by the numbers, dates, casualties and
    events stages (a document is tokenised once, not once per stage)."""
    return _token_columns(text)[0]


def words_of(text: str) -> list[Tok]:
    """``tokens_of`` less punctuation."""
    return _word_columns(text)[0]


@lru_cache(maxsize=8)
def word_vocab(text: str) -> frozenset[str]:
    """The distinct words of ``text``."""
    return frozenset(word_texts(text))


def token_starts(text: str) -> list[int]:
    """The start of each of ``tokens_of(text)``."""
    return _token_columns(text)[2]


def word_texts(text: str) -> list[str]:
    """The folded form of each of ``words_of(text)``: what per-word tests read."""
    return _word_columns(text)[1]


def word_starts(text: str) -> list[int]:
    """The start of each of ``words_of(text)``, for bisecting positions to words."""
    return _word_columns(text)[2]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, dict[str, int]], dict[tuple[str, ...], str]]:
    """(single folded word → {kind: value}, folded word tuple → kind for vague/qualifier phrases)."""
    path = resources.files("rasid").joinpath("data", "numbers.tsv")
    words: dict[str, dict[str, int]] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        form, value, kind = line.split("\t")[:3]
        toks = tuple(fold(form).split())
        if kind == "dual_marked":
            continue  # (read by _marked_duals: a count only as written with its fatha)
        if kind in ("vague", "at_least", "about", "at_least_after", "range"):
            phrases[toks] = kind
        else:
            words.setdefault(toks[0], {})[kind] = int(value)
    return words, phrases


@lru_cache(maxsize=1)
def _clitic_entries() -> dict[str, dict[str, int]]:
    """Every form a number word takes, as written or behind one of ``_PREFIXES`` (وعشرون، بعشرات),
    → its entry: one dict lookup per word, where trying the word and then each clitic in turn took
    up to six (the word as written wins, then the clitics in ``_PREFIXES`` order)."""
    words, _ = _lexicon()
    out: dict[str, dict[str, int]] = {}
    for pre in reversed(_PREFIXES):  # (an earlier clitic overwrites a later one's reading)
        for word, entry in words.items():
            out[pre + word] = entry
    out.update(words)
    return out


def _lookup(word: str, *, allow_prefix: bool = True) -> dict[str, int] | None:
    if allow_prefix:
        return _clitic_entries().get(word)
    return _lexicon()[0].get(word)


def dual_noun(word: str) -> bool:
    """Is this folded word a counted noun in the dual (``شابان``، ``عنصرين``), so that it is its
    own count and its own counted noun (the word after it counts nothing)?"""
    entry = _lookup(word)
    return entry is not None and set(entry) == {"dual"}


@lru_cache(maxsize=1)
def _phrase_firsts() -> frozenset[str]:
    return frozenset(k[0] for k in _lexicon()[1])


@lru_cache(maxsize=1)
def _begin_forms() -> frozenset[str]:
    """The words a quantity may start at other than digits: a phrase's first word or a number
    word, as written or behind one of ``_PREFIXES`` — every form spelt out once, so that the
    question, put to every new word of every article, is one set lookup."""
    heads = set(_phrase_firsts()) | set(_lexicon()[0])
    return frozenset(heads | {pre + head for pre in _PREFIXES for head in heads})


def _phrase_at(toks: list[Tok], i: int, kinds: tuple[str, ...]) -> tuple[int, str] | None:
    """Longest vague/qualifier phrase starting at token ``i``: (tokens used, kind)."""
    if i >= len(toks):
        return None
    heads = _phrase_heads(toks[i].text)
    if not heads:
        return None
    _, phrases = _lexicon()
    for n in _phrase_sizes(heads):  # longest first; sizes no phrase of these heads has are skipped
        if n > len(toks) - i:
            continue
        rest = tuple(t.text for t in toks[i + 1:i + n])
        kind = None
        for head in heads:  # as written, then behind a clitic: وعشرات، بعدد من
            kind = phrases.get((head,) + rest)
            if kind:
                break
        if kind in kinds:
            return n, kind
    return None


@lru_cache(maxsize=4096)
def _phrase_sizes(heads: tuple[str, ...]) -> tuple[int, ...]:
    """The lengths (in words, longest first) of the phrases that open with any of ``heads``."""
    _, phrases = _lexicon()
    return tuple(sorted({len(k) for k in phrases if k[0] in heads and len(k) <= _MAX_PHRASE}, reverse=True))


@lru_cache(maxsize=16384)
def _phrase_heads(word: str) -> tuple[str, ...]:
    """The forms a phrase's first word may take here: as written, or less a clitic."""
    firsts = _phrase_firsts()
    heads = [word] + [word[len(p):] for p in _PREFIXES if word.startswith(p) and len(word) > len(p) + 1]
    return tuple(h for h in heads if h in firsts)


def _dot_group(toks: list[Tok], k: int, folded: str) -> bool:
    """Does a dot, then three digits, follow the digits at word ``k`` with no space (12.480;
    not 1.5, not a sentence's end), and no million or thousand word after them (2.350 مليار)?"""
    if k + 1 >= len(toks) or not toks[k + 1].text.isdigit() or len(toks[k + 1].text) != 3:
        return False
    dot = toks[k].fend
    if folded[dot:dot + 1] != "." or toks[k + 1].fend - 3 != dot + 1:
        return False
    after = toks[k + 2].text if k + 2 < len(toks) else ""
    return after not in _DECIMAL_UNITS and not {"thousand", "thousands"} & set(_lookup(after, allow_prefix=False) or {})


_DECIMAL_UNITS: Final = {fold(w) for w in ("مليار", "مليون", "ألف", "آلاف", "دولار", "ليرة", "يورو", "طن", "كلم", "كم", "متر",
                                           "درجة", "ساعة", "نقطة")}  # (2.350 مليار دولار: a decimal point)


def _number_at(toks: list[Tok], i: int, folded: str = "") -> tuple[int, int] | None:
    """A number starting at token ``i``: (tokens used, value); ``folded`` (the folded text the
    tokens index) lets a dot group thousands (12.480)."""
    tok = toks[i].text
    if tok[0].isdigit():
        value = int(tok.replace(",", "").replace("٬", ""))
        used = 1
        while folded and len(tok) <= 3 and _dot_group(toks, i + used - 1, folded):
            value, used = value * 1000 + int(toks[i + used].text), used + 1
        if used > 1:
            return used, value
        if i + 1 < len(toks):
            nxt = _lookup(toks[i + 1].text, allow_prefix=False) or {}
            if "thousands" in nxt or "thousand" in nxt:  # 5 آلاف، 2 مليون
                value *= 1_000_000 if toks[i + 1].text == "مليون" else 1000
                used = 2
        return used, value
    total = current = 0
    used = 0
    j = i
    while j < len(toks):
        entry = _lookup(toks[j].text, allow_prefix=j > i or toks[j].text.startswith("و"))
        if not entry or "vague" in entry and len(entry) == 1:
            break
        if "dual" in entry:
            if j == i:
                return 1, 2
            break
        if "unit" in entry:
            if current % 10 or (j > i and "unit" in (_lookup(toks[j - 1].text) or {})):
                break
            current += entry["unit"]
            if j + 1 < len(toks) and "teen" in (_lookup(toks[j + 1].text, allow_prefix=False) or {}):
                current += 10
                j += 1
        elif "teen" in entry:
            if current:
                break
            current += 10
        elif "ten" in entry:
            current += entry["ten"]
        elif "hundred" in entry:
            if 0 < current < 10 and entry["hundred"] == 100:
                current *= 100  # ثلاث مئة
            else:
                current += entry["hundred"]
        elif "thousand" in entry or "thousands" in entry:
            if "thousands" in entry and "thousand" not in entry:
                if not 3 <= current <= 10:
                    break  # bare آلاف is vague
                current *= 1000
            else:
                mult = entry["thousand"]
                current = mult if mult == 2000 else (current or 1) * mult  # ألفين = 2000 on its own
            total += current
            current = 0
        else:
            break
        j += 1
        used = j - i
    if not used:
        return None
    value = total + current
    # "أحد" alone is usually "Sunday" or "one of": only a number inside a compound.
    if used == 1 and toks[i].text in ("احد", "ست"):
        return None
    return used, value


def _may_begin(word: str) -> bool:
    """Can a quantity (a qualifier, a number, a vague amount) start at this word?"""
    return word[0].isdigit() or word in _begin_forms()


_MAY_BEGIN: Final = WordTest(_may_begin, forms=_begin_forms)  # (a word of letters: its forms only)


def find_quantities(text: str, ranges: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every quantity in ``text`` with its qualifier, in ``text`` coordinates, left to right;
    only inside ``ranges`` (sorted ``[start, end)`` stretches, e.g. sentences) when given."""
    folded, _ = fold_indexed(text)
    words = words_of(text)
    begins = word_positions(text, _MAY_BEGIN)
    if ranges is None:
        out = _scan(words, folded, begins)
    else:
        starts = word_starts(text)
        out = []
        for a, b in ranges:
            lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            cands = [k - lo for k in begins[bisect.bisect_left(begins, lo):bisect.bisect_left(begins, hi)]]
            if cands:
                out += _scan(words[lo:hi], folded, cands)
    if _FATHA in text:
        out = _with_marked_duals(text, out, ranges)
    return out


_FATHA: Final = "\u064e"
# A word whose last letter before ين carries a fatha (مدنيَّين، مدنيَين) is a dual, not a plural.
# The pattern is the word's ending only: one that began at the word's start was tried at every
# character of the text (a quarter of a millisecond a seed-size article); the word's start is
# then found by walking back over its letters and marks.
_DUAL_ENDING: Final = re.compile(r"\u064e\u0651?ين(?![\u0621-\u0652])")
_WORD_CHARS: Final = frozenset(map(chr, range(0x0621, 0x0653)))  # letters and marks


def _dual_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` ending in fatha (shadda) + ين that start with a letter."""
    out = []
    for m in _DUAL_ENDING.finditer(text):
        j = m.start()
        while j and text[j - 1] in _WORD_CHARS:
            j -= 1
        if j < m.start() and text[j] <= "\u064a":
            out.append((j, m.end()))
    return out


@lru_cache(maxsize=1)
def _marked_duals() -> frozenset[str]:
    """Folded nouns whose dual and plural are spelt alike (مدنيين): two only when the fatha is written."""
    path = resources.files("rasid").joinpath("data", "numbers.tsv")
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]
            if line.strip() and not line.startswith("#"))
    return frozenset(fold(r[0]) for r in rows if len(r) > 2 and r[2] == "dual_marked")


def _with_marked_duals(text: str, out: list[Quantity], ranges: list[tuple[int, int]] | None) -> list[Quantity]:
    """``out`` and a count of two at each marked dual (``استشهاد مدنيَّين``) inside ``ranges``."""
    duals = _marked_duals()
    added = []
    for start, end in _dual_words(text):
        word = fold(text[start:end])
        if word not in duals and not (word[:1] in "وبل" and word[1:] in duals):
            continue
        if ranges is not None and not any(a <= start < b for a, b in ranges):
            continue
        if not any(q.start <= start < q.end for q in out):
            added.append(Quantity(start, end, 2, "exact"))
    return sorted(out + added, key=lambda q: q.start) if added else out


def _range_end(toks: list[Tok], k: int) -> int:
    """Tokens from ``k`` that close a range with its second number (``و7``، ``وسبعة``), or 0."""
    if k < len(toks) and toks[k].text == "و" and k + 1 < len(toks) and toks[k + 1].text[0].isdigit():
        return 2
    if k < len(toks) and toks[k].text.startswith("و") and not toks[k].text[1:2].isdigit():
        num = _number_at(toks, k)
        return num[0] if num else 0
    return 0


def _scan(toks: list[Tok], folded: str, begins: list[int]) -> list[Quantity]:
    """Quantities among ``toks``; ``begins``: the indexes (sorted) where one may start."""
    out: list[Quantity] = []
    i = 0
    for start_tok in begins:
        if start_tok < i:
            continue
        i = start_tok
        qualifier = "exact"
        qual = _phrase_at(toks, i, ("at_least", "about", "range"))
        upper = 0  # tokens of a range's second number (بين 5 و7)
        if qual and i + qual[0] < len(toks):
            n, kind = qual
            num = _number_at(toks, i + n, folded)
            upper = _range_end(toks, i + n + num[0]) if num and kind == "range" else 0
            if num and (kind != "range" or upper):
                qualifier = "at_least" if kind == "range" else kind
                i += n
        num = _number_at(toks, i, folded)
        if num:
            used, value = num
            end_tok = i + used + upper
            after = _phrase_at(toks, end_tok, ("at_least_after",))
            if after is None and end_tok + 1 < len(toks):  # a counted noun between: 25 فلسطينيا على الأقل
                after = _phrase_at(toks, end_tok + 1, ("at_least_after",))
                if after:
                    after = (after[0] + 1, after[1])
            if after and qualifier == "exact":
                qualifier = "at_least"
                end_tok += after[0]
            if not _PERCENT.match(folded, toks[end_tok - 1].fend):
                out.append(Quantity(toks[start_tok].start, toks[end_tok - 1].end, value, qualifier))
            i = end_tok
            continue
        vague = _phrase_at(toks, start_tok, ("vague",))
        if vague:
            n, _ = vague
            out.append(Quantity(toks[start_tok].start, toks[start_tok + n - 1].end, None, "vague"))
            i = start_tok + n
            continue
        i = start_tok + 1
    return out
