"""Speakers: the noun phrase a reporting cue attributes to, and who later mentions refer to.

A speaker phrase is built from tokens of the article: an actor mention (``actors.tsv`` plus
country/capital metonyms), ranks and honorifics (``النقيب``), role heads that tie a person to a
body (``المتحدث الرسمي باسم …``), a person's name, or an anaphor (``المركز``, ``الوزارة``) that
points back to a speaker introduced earlier. Word classes live in ``data/claim_words.tsv``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, repeat
from operator import add, attrgetter, not_
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from ..lexicon.words import is_word
from ..text.document import Document
from ..text.normalize import fold, is_arabic_letter, find_all
from .actors import ActorMention, canonical_actor, matcher, read_tsv
from .numbers import fold_drops, fold_indexed

SPEAKER_TABLES: Final = ("actors.tsv", "claim_metonyms.tsv")
_TOKEN: Final = re.compile(r"\w+|[^\w\s]")
def _unglue(word: str, at: int, anna: int = 0) -> list[tuple[int, int]]:
    """Scraped links join words: ``وكانالمتحدث`` → وكان | المتحدث, ``مصادرللميادينأنّ`` →
    مصادر | للميادين | أنّ (the outlet's own name is the usual link text); ``anna``: the folded
    length of a glued أنّ / إنّ (``أنّالاجتماع`` → أنّ | الاجتماع)."""
    if anna:
        return [(at, at + anna), (at + anna, at + len(word))]
    if word.endswith(_GLUED_PREPS) and word[:-2] in _CUE_WORDS:
        return [(at, at + len(word) - 2), (at + len(word) - 2, at + len(word))]  # أكدفي → أكد | في
    cut = _glued_cue(word) or _glued_opener(word)
    if cut:
        return [(at, at + cut), (at + cut, at + len(word))]  # قالمسؤول → قال | مسؤول, وأوضحتالخارجية,
        # فيماأعلنت → فيما | أعلنت
    if "ميادين" not in word and not word.startswith(("كان", "وكان", "قد", "وقد")):
        return [(at, at + len(word))]
    glued = _GLUED_KANA.match(word)
    if glued:
        return [(at, at + glued.end(1)), (at + glued.end(1), at + len(word))]
    m = _GLUED_OUTLET.search(word)
    if m and (m.start() > 0 or m.end() < len(word)):
        cuts = [(at + a, at + b) for a, b in ((0, m.start()), (m.start(), m.end()), (m.end(), len(word))) if b > a]
        return cuts
    return [(at, at + len(word))]


_GLUED_SUBJECT_MIN: Final = 5  # an ال word glued after a cue: ال and three letters at least (نفتالي is a name)


def _glued_cue(word: str) -> int:
    """Length of a reporting verb that a scraping join glued to its subject (``قالمسؤول``،
    ``أكّدالأسير``، ``وأعلنتوزارة``), else 0: the rest is a definite word or a word a speaker
    opens with (an office, a type of body, a source), and the whole is no word of its own."""
    for cut in range(3, min(len(word) - 2, _GLUED_CUE_MAX) + 1):
        head, rest = word[:cut], word[cut:]
        if (head in _CUE_WORDS or head[0] in "وف" and head[1:] in _CUE_WORDS) and (
                rest.startswith("ال") and len(rest) >= _GLUED_SUBJECT_MIN or rest in _glue_heads()) \
                and not is_word(word):
            return cut
    return 0


_GLUED_CUE_MAX: Final = 7  # the longest cue a join hides (وأوضحت)
# Clause openers a join glues to the reporting verb after them (كذلكأعلنت، فيماأعلنت، بعدماكشفت).
# Not قد / ثم: قدرات، ثمرات are words (folded رات is رأت).
_GLUED_OPENERS: Final = tuple(fold(w) for w in ("وكذلك", "كذلك", "فيما", "بينما", "بعدما", "حيث", "إذ", "كما"))


def _glued_opener(word: str) -> int:
    """Length of a clause opener a scraping join glued to the reporting verb after it, else 0:
    the rest is a cue word and the whole no word of its own."""
    for o in _GLUED_OPENERS:
        if word.startswith(o) and word[len(o):] in _CUE_WORDS and not is_word(word):
            return len(o)
    return 0


@lru_cache(maxsize=1)
def _glue_heads() -> frozenset[str]:
    """Words a speaker may open with, for a cue glued to them: offices, titles, types of body
    (``claim_words.tsv``), and the sources' own nouns."""
    return frozenset({w for w, c in word_classes().items() if c & {"role", "typenoun"} and not w.startswith("ال")}
                     | {fold(w) for w in ("مصدر", "مصادر", "وسائل", "مراسل", "مراسلة", "هيئة", "مسؤول", "مسؤولون")})


_GLUED_OUTLET: Final = re.compile("(?:لل|ل|ال)ميادين")
# أنّ / إنّ (the shadda written) glued to a next word of three letters or more: a scraping join.
# Not before a pronoun ending (أنّها، إنّما، أنّكم), nor before ه at all: أنّهسيتم is أنّه + سيتم,
# أنّهجوماً أنّ + هجوماً, and the letters cannot tell which
# (The pattern starts at the particle itself, so the regex engine can skip to it; the clitic and
# the word boundary before it are looked at in ``_glued_anna``.)
_GLUED_ANNA: Final = re.compile("[أإ]ن\u0651(?!ه|(?:ما|كم|كما|نا|ني|ك)(?![\u0621-\u064A]))(?=[\u0621-\u064A]{3})")


def _glued_anna(text: str, starts: list[int]) -> dict[int, int]:
    """Tokens (index → folded length of the particle) that open with a glued أنّ / إنّ."""
    out: dict[int, int] = {}
    if "\u0651" not in text:
        return out
    for at in _particle_starts(text):
        m = _GLUED_ANNA.match(text, at)
        if m is None:
            continue
        a = m.start()  # the particle's start, or its و / ف's when one is glued before it
        if a and text[a - 1] in "وف" and (a == 1 or not is_arabic_letter(text[a - 2])):
            a -= 1
        elif a and is_arabic_letter(text[a - 1]):
            continue
        k = bisect_left(starts, a)
        if k < len(starts) and starts[k] == a:
            out[k] = m.end() - a - 1  # the shadda folds away
    return out


_PARTICLES: Final = ("أن\u0651", "إن\u0651")  # what _GLUED_ANNA opens with


def _particle_starts(text: str) -> list[int]:
    """Where أنّ / إنّ stand, in text order: ``str.find`` them (a C scan) and try the pattern
    only there — ``finditer`` tried its first character class at every character of the text.
    Two of them cannot overlap, so these are the positions ``finditer`` would try and take."""
    return find_all(text, _PARTICLES)


_GLUED_PREPS: Final = ("في", "عن")  # a reporting verb joined to the preposition after it (أكدفي كلمة)
_GLUED_KANA: Final = re.compile(r"^(و?كانت?|و?قد)(?=ال\w{3,}$)")
_NO_SPEAKER: Final = {"outlet", "Civilians"}
_PUNCT_QUOTE: Final = '"'


@dataclass(slots=True, init=False)
class Tok:
    """A word, punctuation mark or whole actor mention; ``form`` is folded, spans are doc.text."""

    start: int
    end: int
    form: str
    kind: str  # "w" word | "p" punctuation | "a" actor mention
    sent: int
    mention: ActorMention | None
    adverb: bool  # ends in tanween fatha (هاتفياً، مؤخراً): never part of a name
    governed: bool  # opens with a preposition on a noun (بإصابة، بالقصف، للجيش): never a name
    ali: bool  # علي written with ي (the name), not على (the preposition): both fold to the same form
    hamza_al: bool  # أل… with a hamza and no meaning of its own (ألكسندر): a foreign name, not the article

    # Written out (init=False): mypyc compiles this one; the generated one runs interpreted, ~7x slower.
    def __init__(self, start: int, end: int, form: str, kind: str, sent: int,
                 mention: ActorMention | None = None, adverb: bool = False, governed: bool = False) -> None:
        self.start = start
        self.end = end
        self.form = form
        self.kind = kind
        self.sent = sent
        self.mention = mention
        self.adverb = adverb
        self.governed = governed
        self.ali = False
        self.hamza_al = False


@dataclass(slots=True)
class SpeakerRef:
    """A resolved speaker: the contract's fields plus its kind (for rules) and doc.text span."""

    name: str | None
    title: str | None
    role: str | None
    org: str | None
    org_ar: str | None
    kind: str
    start: int
    end: int
    name_forms: frozenset[str] = field(default_factory=frozenset)


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """Folded word → its classes (title, role, rolemod, link, filler, marker, stop, anaphor)."""
    out: dict[str, set[str]] = {}
    for rec in read_tsv("claim_words.tsv"):
        w = fold((rec.get("word") or "").strip())
        if w:
            out.setdefault(w, set()).add((rec.get("class") or "").strip())
    return {w: frozenset(c) for w, c in out.items()}


_NO_CLASS: Final[frozenset[str]] = frozenset()


def classes(form: str) -> frozenset[str]:
    return word_classes().get(form, _NO_CLASS)


_STRIPPED: Final[dict[str, str]] = {}  # strip_conj memo: a document repeats its words


def strip_conj(form: str) -> str:
    """``وأكد`` → ``أكد``: drop a conjunction glued to a word (keeps short names like وليد whole)."""
    out = _STRIPPED.get(form)
    if out is None:
        wc = word_classes()
        out = form[1:] if len(form) > 2 and form[0] in "وف" and form not in wc \
            and (len(form) > 4 or form[1:] in wc) else form
        if len(_STRIPPED) < 200_000:
            _STRIPPED[form] = out
    return out


def tokenize(doc: Document) -> list[Tok]:
    """Tokens of ``doc.text`` with actor mentions carved out as single tokens."""
    return folded_tokens(doc)[0]


def folded_tokens(doc: Document) -> tuple[list[Tok], str, list[int], list[int]]:
    """Tokens, the folded text, the ``doc.text`` positions of the marks folding deleted, and the
    indices of the mention tokens (known as they are spliced in: no pass over the tokens for them).

    The text is folded once and cut at spaces; a chunk that is one plain word is a token as it
    stands, only the rest (punctuation, line breaks, actor mentions) go through the token regex.
    Every per-token field is then computed a whole column at a time (``map`` over C functions;
    a Python loop a token was most of the claims stage),
    and the rare tokens that need more (a deleted mark inside, a scraping join) are redone one
    by one."""
    text = doc.text
    folded, index = fold_indexed(text)  # the document's fold, shared with places and events
    drops = fold_drops(text)  # read only: shared with the events stage
    steps = [d - k for k, d in enumerate(drops)]  # steps[j]: the folded position the j-th deleted mark stood before
    tail = [s.start for s in doc.sentences][1:]  # a token's sentence: the starts at or before it
    found = matcher(*SPEAKER_TABLES).find(text, (folded, index))
    fspans = [(m.start - bisect_left(drops, m.start), m.end - bisect_left(drops, m.end)) if drops else (m.start, m.end)
              for m in found]  # text → folded: the marks deleted before it
    mentions = link_mentions(found, [folded[a:z] for a, z in fspans])
    forms, fstarts, fends, puncts, slots = _flat_tokens(folded, fspans)
    n = len(forms)
    if steps:  # the deleted marks before each token, and the tokens with one inside or right after
        ka = _counts(fstarts, steps)
        ts, te = list(map(add, fstarts, ka)), list(map(add, fends, ka))
        marked = _marked(fstarts, fends, steps)
    else:
        ts, te, marked = fstarts, fends, []
    kinds = ["w"] * n
    for i in puncts:
        kinds[i] = "p"
    toks = [Tok(a, z, f, k, s)  # compiled, Tok(...) is a direct native call
            for a, z, f, k, s in zip(ts, te, forms, kinds, _counts(ts, tail))]
    for p in _governed_starts(text):  # a few dozen a document: each found by bisect, not a lookup a token
        k = bisect_left(ts, p)
        while k < n and ts[k] == p:
            toks[k].governed = True
            k += 1
    n_text = len(text)
    for i in marked:  # a mark deleted inside the word or right after it (مضيفةً): the span takes it
        t = toks[i]
        e = fends[i] + bisect_left(steps, fends[i])
        while e < n_text and text[e] in _TRAILING_MARKS:
            e += 1
        t.end = e
        t.adverb = "\u064b" in text[t.start:e]
    piece = _PieceMaker(text, steps, tail)
    cuts: list[tuple[int, list[Tok]]] = []
    anna = _glued_anna(text, ts)
    for i in sorted(set(_glue_candidates(folded, forms, fstarts, fends)) | anna.keys()):
        pieces = _unglue(forms[i], fstarts[i], anna.get(i, 0))  # وكانالمتحدث → وكان | المتحدث (scraping joins)
        if len(pieces) > 1:
            cuts.append((i, [piece(a, z, folded[a:z]) for a, z in pieces]))
    where: list[int] = []  # the mention tokens' indices
    if mentions:
        out: list[Tok] = []
        prev = 0
        for mt, (a, z), at in zip(mentions, fspans, slots):
            out += toks[prev:at]
            where.append(len(out))
            out.append(Tok(mt.start, mt.end, folded[a:z], "a", bisect_right(tail, mt.start), mt))
            prev = at
        out += toks[prev:]
        toks = out
    for i, glued in reversed(cuts):
        at = i + bisect_right(slots, i)  # the mentions before it moved it along
        toks[at:at + 1] = glued
    moved = bool(cuts)  # (a rare rewrite below or above moves the mentions along: found again then)
    if "علي" in text:
        for m in _ALI.finditer(text):
            if (word := _starting_at(toks, m.start())) is not None:
                word.ali = True
    if "أل" in text:
        for m in _HAMZA_AL.finditer(text):
            if (word := _starting_at(toks, m.start())) is not None and word.kind == "w" \
                    and not is_word(word.form) and not classes(word.form):
                word.hamza_al = True
    if _BARE_OPPOSITION in folded and _turkish_context(folded):
        _turkish_opposition(toks, text)
        moved = True
    if _FACTIONS in folded:
        _resistance_factions(toks, text, folded)
        moved = True
    if moved:
        where = [k for k, t in enumerate(toks) if t.kind == "a"]
    return toks, folded, drops, where


def _starting_at(toks: list[Tok], pos: int) -> Tok | None:
    """The token that starts at ``pos`` of doc.text, if any: a pattern found on the text marks its word."""
    k = bisect_left(toks, pos, key=_START)
    return toks[k] if k < len(toks) and toks[k].start == pos else None


_BARE_OPPOSITION: Final = "المعارضه"  # folded
_INTERNAL: Final = "الداخليه"
_BEFORE_OPPOSITION: Final = frozenset(fold(w) for w in ("من", "أما", "وأما", "و", "بحسب", "حسب", "وفق", "أن", "إن", "لكن",
                                                  "ولكن", "كذلك", "وكذلك", "قد", "وقد", "التي", "كانت", "وكانت"))
_TURKISH_MARKS: Final = ("ترك", "اردوغان", "انقره")  # folded
_TURKISH_MIN: Final = 10  # mentions of Turkey for an article about it …
_TURKISH_RATIO: Final = 3  # … and this many times those of Syria


def _turkish_context(folded: str) -> bool:
    """Is the article about Turkey (its politics, its elections) rather than Syria? Then a bare
    ``المعارضة`` is Turkey's: in the corpus every bare one that speaks stands in such an article."""
    turkish = sum(map(folded.count, _TURKISH_MARKS))
    return turkish >= _TURKISH_MIN and turkish >= _TURKISH_RATIO * folded.count("سوري")


def _turkish_opposition(toks: list[Tok], text: str) -> None:
    """``وتقول المعارضة إنّ …``، ``أحزاب المعارضة``، ``المعارضة الداخلية`` in an article about
    Turkey: a mention of Turkey's opposition (not the Syrian factions: those are named so)."""
    spans = []
    for k, t in enumerate(toks):
        if t.kind != "w" or t.form != _BARE_OPPOSITION:
            continue
        a, z = k, k + 1
        if k and toks[k - 1].kind == "w" and toks[k - 1].form == "احزاب":
            a = k - 1
        before = toks[a - 1] if a else None
        if before is not None and before.kind != "p" and before.form not in _BEFORE_OPPOSITION \
                and not is_cue_word(strip_conj(before.form)):
            continue  # وسائل الإعلام المعارضة، وزعماء المعارضة: an adjective, or the opposition's own leaders
        nxt = toks[z] if z < len(toks) else None
        if nxt is not None and nxt.kind == "w" and nxt.form == _INTERNAL:
            z += 1
        elif nxt is not None and (nxt.kind == "w" and nxt.form.startswith("ال")
                                  or nxt.kind == "a" and nxt.mention.kind == "adjective"):
            continue  # المعارضة الكردية، المعارضة السورية: another's, named so
        spans.append((a, z))
    for a, z in reversed(spans):
        start, end = toks[a].start, toks[z - 1].end
        toks[a:z] = [Tok(start, end, " ".join(x.form for x in toks[a:z]), "a", toks[a].sent,
                         ActorMention(start, end, "Turkish opposition", text[start:end], "metonym"))]


_FACTIONS: Final = "فصايل المقاومه"  # folded
_IRAQ_MARK: Final = "عراق"  # العراق، العراقية
_PALESTINE_MARKS: Final = ("فلسطين", "غزه", "الضفه", "جنين", "نابلس", "الخليل", "القدس")  # folded


def _resistance_factions(toks: list[Tok], text: str, folded: str) -> None:
    """``وفصائل المقاومة تؤكد …`` / ``أعلنت فصائل المقاومة الإسلامية أنّها …``: the factions named
    bare are Iraq's when their sentence (else, the article, more often) speaks of Iraq, else the
    Palestinian factions (not Hezbollah, whose name المقاومة الإسلامية the tables give)."""
    article_iraq = folded.count(_IRAQ_MARK) > sum(map(folded.count, _PALESTINE_MARKS))
    for k in range(len(toks) - 2, -1, -1):
        t, nxt = toks[k], toks[k + 1]
        if t.kind != "w" or t.form not in {"فصايل", "وفصايل"}:
            continue
        if nxt.kind == "w" and nxt.form == "المقاومه":
            after = toks[k + 2] if k + 2 < len(toks) else None
            if after is not None and after.kind == "a" and after.mention.kind in {"adjective", "metonym"}:
                continue  # فصائل المقاومة اللبنانية: another's, named so
        elif not (nxt.kind == "a" and nxt.form == "المقاومه الاسلاميه"):
            continue
        sent = [x.form for x in toks if x.sent == t.sent]
        iraq = any(_IRAQ_MARK in f for f in sent)
        palestine = any(m in f for f in sent for m in _PALESTINE_MARKS)
        canonical = "Islamic Resistance in Iraq" if iraq or not palestine and article_iraq \
            else "Palestinian resistance factions"
        start = t.start + (t.form[0] == "و")
        tok = Tok(start, nxt.end, "فصايل " + nxt.form, "a", t.sent,
                  ActorMention(start, nxt.end, canonical, text[start:nxt.end], "militia"))
        toks[k:k + 2] = [Tok(t.start, start, "و", "w", t.sent), tok] if start > t.start else [tok]


def _flat_tokens(folded: str, fspans: list[tuple[int, int]]
                 ) -> tuple[list[str], list[int], list[int], list[int], list[int]]:
    """The tokens outside the mention spans, in text order: forms, folded starts and ends, the
    indices of punctuation tokens, and for each mention the number of tokens before it."""
    chunks = folded.split(" ")
    lens = list(map(len, chunks))
    n_c = len(chunks)
    cst = list(map(add, accumulate(lens, initial=0), range(n_c)))  # + one space before each
    cen = list(map(add, cst, lens))
    slow = set(compress(range(n_c), map(not_, map(str.isalnum, chunks))))
    for ms, me in fspans:  # chunks a mention touches are cut at its edges
        slow.update(range(bisect_right(cst, ms) - 1, bisect_left(cst, me)))
    forms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    puncts: list[int] = []
    slots: list[int] = []
    n_m = len(fspans)
    mi = done = prev = 0  # the next mention; the folded position mentions have used up
    finditer = _TOKEN.finditer

    def cut(p: int, q: int) -> None:
        """The tokens of ``folded[p:q]`` (no space inside): a word, a word and its comma, else the regex."""
        seg = folded[p:q]
        if seg.isalnum():
            forms.append(seg)
            starts.append(p)
            ends.append(q)
            return
        last = seg[-1]
        if not last.isalnum() and last != "_" and not last.isspace() and (len(seg) == 1 or seg[:-1].isalnum()):
            if len(seg) > 1:  # الثلاثاء، / سوريا.
                forms.append(seg[:-1])
                starts.append(p)
                ends.append(q - 1)
            puncts.append(len(forms))
            forms.append(last)
            starts.append(q - 1)
            ends.append(q)
            return
        for m in finditer(folded, p, q):
            g = m.group()
            if not g[0].isalnum():
                puncts.append(len(forms))
            forms.append(g)
            a, z = m.span()
            starts.append(a)
            ends.append(z)

    far = len(folded) + 1
    next_m = fspans[0][0] if fspans else far
    for c in sorted(slow):
        if c > prev:
            forms += chunks[prev:c]  # plain one-word chunks in between
            starts += cst[prev:c]
            ends += cen[prev:c]
        prev = c + 1
        p, q = cst[c], cen[c]
        if done > p:
            p = done
        while next_m < q:
            me = fspans[mi][1]
            if p < next_m:
                cut(p, next_m)
            slots.append(len(forms))
            mi += 1
            next_m = fspans[mi][0] if mi < n_m else far
            if me > p:
                p = done = me
        if p < q:
            cut(p, q)
    forms += chunks[prev:]
    starts += cst[prev:]
    ends += cen[prev:]
    return forms, starts, ends, puncts, slots


def _counts(positions: list[int], marks: list[int]) -> list[int]:
    """For each of the sorted ``positions``, how many of the sorted ``marks`` are at or before
    it: built run by run (one bisect a mark), not one search a position."""
    out: list[int] = []
    prev = 0
    for j, at in enumerate(map(bisect_left, repeat(positions), marks)):
        if at > prev:
            out += [j] * (at - prev)
            prev = at
    out += [len(marks)] * (len(positions) - prev)
    return out


def _marked(starts: list[int], ends: list[int], steps: list[int]) -> list[int]:
    """Tokens ``[a, z)`` with a deleted mark in ``(a, z]`` (inside the word or right after it)."""
    out: list[int] = []
    for i, s in zip(map(bisect_left, repeat(ends), steps), steps):
        if i < len(ends) and starts[i] < s and (not out or out[-1] != i):
            out.append(i)
    return out


class _PieceMaker:
    """One token the slow way: spans past deleted marks (and trailing ones), adverb, governed."""

    __slots__ = ("text", "steps", "tail")

    def __init__(self, text: str, steps: list[int], tail: list[int]) -> None:
        self.text, self.steps, self.tail = text, steps, tail

    def __call__(self, a: int, z: int, f: str) -> Tok:
        text, steps = self.text, self.steps
        k = bisect_right(steps, a)
        ts = a + k
        if k < len(steps) and steps[k] <= z:
            te = z + bisect_left(steps, z)
            while te < len(text) and text[te] in _TRAILING_MARKS:
                te += 1
            adverb = "\u064b" in text[ts:te]
        else:
            te, adverb = z + k, False
        return Tok(ts, te, f, "w" if f[0].isalnum() else "p", bisect_right(self.tail, ts), None, adverb,
                   f[0] in _GOVERNED_FIRST and text.startswith(_GOVERNED, ts))


def positions(items: list[str], item: str) -> list[int]:
    """The indices of ``item`` in ``items``: ``list.index`` compares in C from each hit on (a
    third of the instructions of a map of ``str.__eq__``, which calls a wrapper a token)."""
    out: list[int] = []
    k = -1
    while True:
        try:
            k = items.index(item, k + 1)
        except ValueError:
            return out
        out.append(k)


def _glue_candidates(folded: str, forms: list[str], fstarts: list[int], fends: list[int]) -> list[int]:
    """Tokens a scraping join may hide in (a superset: ``_unglue`` decides): a reporting verb with
    ``في``/``عن`` behind, ``كان``/``قد`` in front of an ``ال`` word, the outlet's name inside."""
    verdicts = _MAY_HIDE_JOIN  # kept per form: a document repeats its words, the corpus its vocabulary
    new = set(forms).difference(verdicts)
    if new:
        if len(verdicts) >= _MAX_VERDICTS:
            verdicts.clear()
            new = set(forms)
        for form in new:
            verdicts[form] = _may_hide_join(form)
    out = set(compress(range(len(forms)), map(verdicts.__getitem__, forms)))
    for at in _glued_inside(folded):
        i = bisect_right(fstarts, at) - 1
        if i >= 0 and at < fends[i]:
            out.add(i)
    return sorted(out)


_GLUED_CUE_LEN: Final = 6  # a cue of three letters and a subject of three
_MAY_HIDE_JOIN: Final[dict[str, bool]] = {}  # form → _may_hide_join(form), emptied when cue words are added
_MAX_VERDICTS: Final = 200_000


def _may_hide_join(form: str) -> bool:
    """A reporting verb with ``في``/``عن`` glued behind, or a form long enough to be a cue glued
    to the word after it that opens like a cue (after و/ف too)."""
    return form in _GLUED_CUES or len(form) >= _GLUED_CUE_LEN and (
        form[:3] in _CUE_HEADS3 or form[1:4] in _CUE_HEADS3 or form.startswith(_GLUED_OPENERS))


_GLUED_INSIDE: Final = ("كانتال", "كانال", "قدال", "ميادين")  # كانت?ال|قدال|ميادين, spelled out


def _glued_inside(folded: str) -> list[int]:
    """Where a ``_GLUED_INSIDE`` string starts in ``folded``: ``str.find`` a string (a C scan,
    many times quicker than the regex engine trying the alternation at every character); no
    string can overlap another or itself, so these are the starts ``finditer`` would give."""
    out: list[int] = []
    for s in _GLUED_INSIDE:
        at = folded.find(s)
        while at >= 0:
            out.append(at)
            at = folded.find(s, at + len(s))
    return out


_TRAILING_MARKS: Final = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, 0x0640])


def link_mentions(mentions: list[ActorMention], forms: list[str] | None = None) -> list[ActorMention]:
    """A short later mention of a name given in full earlier takes the full name's canonical:
    ``المقاومة الإسلامية`` after ``المقاومة الإسلامية في العراق`` is the Iraqi group.
    ``forms``: the mentions' folded surfaces when the caller has them."""
    longer: dict[tuple[str, ...], list[ActorMention]] = {}  # words → the mentions so far that run on past them
    out = []
    keys: list[tuple[str, ...] | None] = []  # a mention's words while no earlier full name has linked it
    for n, m in enumerate(mentions):
        words = (forms[n] if forms else fold(m.surface)).split()
        words[0] = words[0][words[0].find("ال"):] if "ال" in words[0][:3] else words[0]
        whole = tuple(words)  # (built once a mention)
        key: tuple[str, ...] | None = whole
        fuller = longer.get(whole)
        if fuller:
            key = None  # a full name came before: the forward link decides
            for prev in reversed(fuller):  # the latest full name it shortens
                if prev.canonical != m.canonical:
                    m = ActorMention(m.start, m.end, prev.canonical, m.surface, prev.kind)
                    break
        for k in range(1, len(words)):
            longer.setdefault(tuple(words[:k]), []).append(m)
        out.append(m)
        keys.append(key)
    for n, key in enumerate(keys):  # a headline's short name before any full one (الجيش يعلن … الجيش السوداني)
        full = longer.get(key) if key is not None else None
        if full:
            names = {(x.canonical, x.kind) for x in full if x.start > out[n].start}
            if len(names) == 1 and (canon := next(iter(names)))[0] != out[n].canonical:
                m = out[n]
                out[n] = ActorMention(m.start, m.end, canon[0], m.surface, canon[1])
    return out


@dataclass(slots=True)
class NP:
    """A parsed speaker phrase over tokens ``[i, j)``."""

    i: int
    j: int
    title: Tok | None = None
    role: tuple[int, int] | None = None  # doc.text span
    name: list[Tok] = field(default_factory=list)
    mention: ActorMention | None = None
    anaphor: Tok | None = None
    body: Tok | None = None  # a type noun opening an unknown body's name (صحيفة …، مركز …)
    holder: list[Tok] = field(default_factory=list)  # an unknown body's office holder set off by commas

    @property
    def person(self) -> bool:
        return bool(self.title or self.role)

    @property
    def strong(self) -> bool:
        """Named by the table, by an anaphor, by a title/role, or as a typed body."""
        return self.mention is not None or self.anaphor is not None or self.person or self.body is not None


_WITHIN: Final = frozenset({"في", "من"})
_OF_GOVERNMENT: Final = frozenset({"في", "التابعه", "التابع"})  # (folded) a ministry's government after it
_GOVERNMENT: Final = fold("حكومة")
_ARMED_GROUPS: Final = frozenset({"rebels", "militia"})  # a source inside one speaks for it (the seed-like golds)
_MILITARY: Final = frozenset({"عسكري", "عسكريه", "عسكريون", "عسكريين"})  # (folded) مصدر عسكري في قوات النظام: the army's
# own source speaks for it too (not مصدر في شرطة حمص: a police source stays unnamed)
_GENERIC_GROUPS: Final = frozenset({"Syrian opposition factions", "Palestinian resistance factions"})  # مصادر في الفصائل: still unnamed sources


_NOT_NAME_CLASSES: Final = frozenset({"filler", "marker", "prepmarker", "stop", "link", "anaphor", "noun", "claimref"})
# (a word of these classes ends a speaker phrase; one set, not a new one each token parse_np reads)


def parse_np(toks: list[Tok], i: int, end: int) -> NP | None:
    """The speaker phrase starting at token ``i`` (not past ``end``), or None."""
    np = NP(i, i)
    k = i
    role_open = False
    role_words = 0
    unnamed_tail = 0
    quoted = False  # inside an opening quotation mark: "NAME"
    placed = False
    typed_role = False  # a type noun inside the office (… لمعهد …): a nationality after it is that body's
    while k < end:
        t = toks[k]
        if t.kind == "a":
            if k > i and media_told(toks, k):
                break  # محافظ السويداء لوسائل إعلام رسمية: the media spoken to, not the office's body
            if np.mention is not None and np.name and toks[k - 1] is np.name[-1] and " " not in t.form \
                    and t.mention.canonical == np.mention.canonical and len(np.name) < 4:
                np.name.append(t)  # رئيس الحكومة الإسرائيلية بنيامين نتنياهو: a leader's surname the table knows
                k += 1
                break  # (it ends the name: وصف … نتنياهو إطلاق الممر بأنه …)
            if np.body is None and len(np.name) >= 2 and toks[k - 1] is np.name[-1] and t.mention.kind == "adjective" \
                    and " " not in t.form and t.form.startswith("ال") \
                    and not any(x.form.startswith("ال") or noun_with_pronoun(x.form) for x in np.name):
                np.name.append(t)  # محمد شياع السوداني: a nisba after a given name and another is a surname
                k += 1
                break
            if np.anaphor is not None and np.mention is None and t.mention.kind in {"adjective", "metonym"}:
                k += 1  # الوكالة الإيرانية: the anaphor, narrowed
                continue
            if np.mention is not None and t.mention.kind in {"adjective", "metonym"} and not np.name:
                k += 1  # هيئة الحشد الشعبي العراقي / حرس الثورة في إيران: still the same body
                continue
            if np.body is not None and np.mention is None and t.mention.kind == "adjective" and np.name:
                np.name.append(t)  # لجنة التحقيقات الروسية: an unknown body's nationality ends its name
                k += 1
                break
            if np.mention is not None and toks[k - 1].form in {"-", "–"} and not np.name:
                np.mention = t.mention  # المقاومة الإسلامية في العراق - كتائب سيد الشهداء: the narrower
                k += 1
                continue
            if np.mention is not None and role_open and not np.name and (
                    np.mention.kind == "unnamed" or np.mention.canonical == "outlet") and (
                    role_words == 0 or t.mention.kind not in {"metonym", "adjective"}) \
                    and not _spoken_to(toks, k):
                np.mention = t.mention  # مسؤول المكتب الأمني في كتائب حزب الله / مراسلة شبكة بي بي سي
                role_open = False
                k += 1
                continue
                role_open = False
                k += 1
                continue
            if np.mention is not None or (np.name and not np.person and not role_open):
                break
            if np.name and np.role is None and not role_open \
                    and "role" not in classes(strip_conj(t.form.split()[0])):
                break  # وأشاد السيد نصر الله بمعادلة "الجيش …": a title and a name take no body unlinked
            if np.anaphor is not None and (toks[k - 1] is np.anaphor or toks[k - 1].form == _PUNCT_QUOTE
                                           and toks[k - 2] is np.anaphor and not _typed_anaphor(np.anaphor)):
                break  # وحذّر المصدر الاحتلالَ الأميركي / واتهمت المصادر "قسد": the object, not the body
                # (الشبكة "سي أن أن": a type noun and the quoted name of the body it is)
            if t.mention.kind == "adjective" and np.title is not None and not np.name and np.role is None \
                    and np.mention is None:
                k += 1  # السيناتور الأميركي الجمهوري راند بول: the title-holder described, then named
                continue
            if t.mention.kind == "adjective" and (np.name or not role_open):
                break  # الشيخ محمود حامل الجنسية الإسرائيلية: the adjective is not his body
            if t.mention.kind == "metonym" and np.name and toks[k - 1] is np.name[-1]:
                break  # وصف الرئيس فلان تركيا بأنها …: a country right after his name is the verb's object
            if t.mention.kind == "adjective" and typed_role and np.mention is None:
                k += 1  # نائب الرئيس التنفيذي لمعهد "كوينسي" للدراسات الأميركي: the institute's country, not his
                continue
            np.mention = t.mention
            first = t.form.split()[0]  # a mention's form is its folded surface
            if "role" in classes(strip_conj(first)) and np.role is None:
                np.role = (t.start, t.start + len(t.mention.surface.split()[0]))
            role_open = t.form in _OFFICIALS or t.form in _CORRESPONDENTS
            if role_open:
                np.role = (t.start, t.end)
            k += 1
            continue
        if t.kind == "p":
            if t.form == _PUNCT_QUOTE and np.name and toks[k - 1] is np.name[-1] and toks[k - 1].end < t.start \
                    and not (np.body is not None and len(np.name) == 1 and "typenoun" in classes(np.name[0].form)):
                break  # وأضافت محاميد "حاولنا …": a quote opening after the name is her words, not more name
                # (not after a second type noun: موقع قناة "ماكان", the outlet's quoted name)
            if t.form == _PUNCT_QUOTE and np.name and toks[k - 1] is np.name[-1] and np.body is None:
                k += 1  # … باسم الهيئة "أبو عمر" سيطرة …: the mark closing a quoted name ends it
                # (a body's goes on to its nationality: صحيفة "حرييت" التركية)
                if k < end and toks[k].kind == "w" and classes(toks[k].form) & {"role", "title", "link"}:
                    continue  # (an office may follow it: "ناجي مصطفى" المتحدث باسم …)
                break
            if t.form == _PUNCT_QUOTE and np.mention is not None and not np.name and toks[k - 1].end == t.start \
                    and toks[k - 1].kind == "a":
                k += 1  # the mark closing a quoted body: لـ"كتائب سيد الشهداء"، …
                continue
            if t.form == _PUNCT_QUOTE and np.role is not None and not np.name and not quoted \
                    and (c := next((x for x in range(k + 2, min(end - 1, k + 2 + _QUOTED_BODY_WORDS)) if toks[x].form == _PUNCT_QUOTE), None)) \
                    and all(toks[x].kind == "w" for x in range(k + 1, c)):
                owner = _owner(toks, c + 1, end) if toks[c + 1].form in _AFFILIATED_TO else None
                comma = c + 1 if owner is None else owner + 1 + (owner + 1 < end and toks[owner + 1].form == _PUNCT_QUOTE)
                if comma + 2 < end and toks[comma].form in {"،", ","} and name_like(toks[comma + 1]) \
                        and not toks[comma + 1].form.startswith("ال") and name_like(toks[comma + 2]):
                    # (a name must follow: القيادي "أبو محمد"، إنّ is his own)
                    np.role = (np.role[0], toks[c - 1].end)  # … لشعبة الاستخبارات العسكرية الإسرائيلية "أمان"، NAME،:
                    k = comma  # the body's quoted short name ends the office; its holder is set off after it
                    # (also past the body it belongs to: عضو "المجلس العسكري" التابع لـ"قسد"، NAME، — a council
                    # member, not the group's voice: its media centre speaking next stays the group)
                    break
            if t.form == _PUNCT_QUOTE and k + 1 < end and toks[k + 1].kind != "p":
                quoted = True
                k += 1  # “ناجي مصطفى”
                continue
            if t.form in {"-", "–"} and np.mention is not None and not np.name and k + 1 < end \
                    and toks[k + 1].kind == "a":
                k += 1
                continue
            break
        form = strip_conj(t.form) if k == i else t.form
        cls = classes(form)
        if "typenoun" in cls and (np.mention is None or role_open) and k + 1 < end:
            n = k + 1 + (toks[k + 1].form == _PUNCT_QUOTE)
            if k == i and n == k + 2 and n + 1 < end and toks[n].kind == "a" and toks[n].mention.kind == "metonym" \
                    and toks[n + 1].kind == "w" and (c := _quote_close(toks, n + 1, end)) is not None:
                np.body, np.name = t, toks[n:c]  # صفحة «دمشق الآن»: a place opens the page's quoted name
                k = c + 1
                break
            if n < end and toks[n].kind == "a":  # وكالة "سانا" / قوات "الدعم السريع"
                k = n
                continue
            n = k + 1
            while n < end and n - k <= 3 and toks[n].kind == "w":
                n += 1
            if n + 2 < end and toks[n].form == "(" and toks[n + 1].kind == "a" and toks[n + 2].form == ")":
                np.mention = toks[n + 1].mention  # وكالة الأنباء الرسمية (سانا): the body's name in brackets
                k = n + 3
                continue
            if k == i and not np.title and np.role is None and (toks[k + 1].kind != "p" or toks[k + 1].form == '"'):
                np.body = t  # صحيفة "جمهورييت": a body the table does not know
                k += 1
                continue
        if k > i and np.mention is not None and np.person and not np.name and form != strip_conj(form) \
                and "role" in classes(strip_conj(form)):
            n = k + 1  # رئيس منظمة بدر ورئيس تحالف …، هادي العامري،: a second office, then the name
            while n < end and n - k < 7 and toks[n].form not in {"،", ","} and not is_cue_word(toks[n].form):
                n += 1
            if n < end and toks[n].form in {"،", ","}:
                k = n
                break
        if "rolemod" in cls and np.mention is not None and (np.person or role_open):
            k += 1  # رئيس الموساد السابق
            continue
        if "title" in cls and not np.name and not _numbered_unit(toks, k, end):
            np.title = np.title or t
            k += 1
            continue
        if np.title is not None and not np.name and np.role is None and k > i and (
                "rolemod" in cls and toks[k - 1] is np.title
                or not cls and form.startswith("ال") and form.endswith(("ي", "يه")) and toks[k - 1].kind == "a"):
            k += 1  # الأسير المحرر NAME / السيناتور الأميركي الجمهوري NAME
            continue
        if k + 1 < end and (form, toks[k + 1].form) in _TWO_WORD_ROLES and (not np.name or role_open):
            np.role = (np.role[0] if np.role else t.start, toks[k + 1].end)  # العلاقات العامة لحرس الثورة
            # (مدير المركز الإعلامي لقسد: the office's own unit, after its head)
            role_open, role_words = True, 0
            k += 2
            continue
        if not cls and k == i and _owned_office(toks, k, end):
            np.role = (t.start, t.end)  # عبر أمينه العام السيد NAME / رئيسها NAME: the office of a body
            k += 1  # named before, its modifiers, then its holder
            while k < end and toks[k].kind == "w" and "rolemod" in classes(toks[k].form):
                np.role = (t.start, toks[k].end)
                k += 1
            continue
        if "role" in cls and not (np.name and np.mention):
            np.role = (np.role[0] if np.role else t.start, t.end)
            role_open, role_words = True, 0
            k += 1
            continue
        if "rolemod" in cls and role_open:
            np.role = (np.role[0], t.end)
            k += 1
            continue
        if form == "في" and np.mention is not None and not np.name and k + 1 < end \
                and toks[k + 1].kind == "a" and toks[k + 1].mention.kind in {"metonym", "adjective"}:
            k += 2
            continue
        if form in _OF_GOVERNMENT and np.mention is not None and np.mention.kind == "ministry" and not np.name \
                and k + 2 < end and toks[k + 1].form.removeprefix("ل") == _GOVERNMENT and toks[k + 2].kind == "a" \
                and toks[k + 2].mention.kind == "metonym":
            k += 3  # وزارة الدفاع في حكومة النظام / التابعة لحكومة النظام: whose ministry, not the words
            continue
        if form in {"في", "داخل", "من", "ب", "لدى"} and np.mention is not None and np.mention.kind == "unnamed" \
                and not np.name and (inside := k + 1 + (k + 2 < end and toks[k + 1].form == _PUNCT_QUOTE)) < end \
                and (inside := _past_body_head(toks, inside, end)) < end \
                and toks[inside].kind == "a":  # (مصدر في "الحزب …": past the quote mark)
            if role_open and toks[inside].mention.kind not in {"adjective", "metonym"} \
                    or form in _WITHIN and (toks[inside].mention.kind in _ARMED_GROUPS
                                            or toks[inside].mention.kind == "state_forces"
                                            and toks[k - 1].form.rsplit(" ", 1)[-1] in _MILITARY) \
                    and toks[inside].mention.canonical not in _GENERIC_GROUPS and "مقرب" not in toks[k - 1].form:
                # (مصادر مقربة من "قسد": close to a group, not in it — still unnamed sources)
                np.mention = toks[inside].mention  # مسؤول المكتب الأمني في كتائب حزب الله → the body
                role_open = False  # (مصادر أمنية في هيئة تحرير الشام: a named group's sources speak for it)
            k = inside + 1 + (inside + 1 < end and inside > k + 1 and toks[inside + 1].form == _PUNCT_QUOTE)
            continue  # مصدر في وزارة الخارجية السورية: still an unnamed source
        if np.mention is not None and np.mention.kind == "unnamed" and not np.name and unnamed_tail < 3 \
                and not cls and not is_cue_word(form) and (form.startswith("ال") or toks[k - 1].form in _IN or placed
                                                            or _agrees_accusative(t, toks[k - 1])
                                                            or _indefinite_nisba(form, np.mention)):
            unnamed_tail += 1  # أوساط المعارضة / مصدر في المقاومة الفلسطينية / مصادر طبية حكومية سورية
            k += 1
            continue
        if form in _IN and np.mention is not None and np.mention.kind == "unnamed" and not np.name \
                and k + 1 < end and toks[k + 1].kind == "w" and classes(toks[k + 1].form) <= _PLACE_CLASSES:
            placed = True  # مصادر محلية في ريف إدلب: where the sources are, a place of a few words
            k += 1
            continue
        if role_open and np.mention is not None and np.mention.canonical == "outlet" and not np.name \
                and "typenoun" in cls and toks[k - 1].form in _POSTED:
            np.mention = None  # المراسل العسكري في قناة "كان": another outlet's, one the tables lack
            break  # (its holder's name follows the office's tail: _apposed_name)
        if role_open and np.mention is not None and np.mention.canonical == "outlet" and not np.name \
                and role_words < 3 and (form.startswith("ال") or form in _POSTED) and not is_cue_word(form) \
                and not cls - {"filler", "link"}:
            role_words += 1  # مراسل الشؤون العسكرية في القناة 13: the beat, then the outlet he works for
            k += 1
            continue
        if form == _FOR and role_open and np.mention is None and not np.name and k + 1 < end \
                and toks[k + 1].kind == "a" and toks[k + 1].mention.kind not in _PLACE_KINDS \
                and (k + 2 >= end or toks[k + 2].form in {"،", ",", "في"} or "marker" in classes(toks[k + 2].form)):
            k += 1  # عضو الوفد المفاوض عن فصائل المعارضة، NAME: the body a member stands for
            # (not تحدث عضو الوفد عن فصائل المعارضة وقال: what he spoke about)
            continue
        if form == "في" and (np.role is not None or np.title is not None) and np.mention is None and not np.name \
                and (posted := _outlet_after(toks, k + 1, end)) is not None:
            if toks[k + 2].kind == "a":
                np.mention = toks[k + 2].mention  # المحلل العسكري في صحيفة معاريف NAME: the paper he writes for
                k += 3
                role_open = False
                continue
            np.role = (np.role[0] if np.role else t.start, toks[posted - 1].end)  # المعلق في موقع والاه NAME:
            np.name = [toks[posted], toks[posted + 1]]  # an outlet the tables lack closes the office, its writer follows
            k = posted + 2
            break
        if "link" in cls and (role_open or np.anaphor) and (np.mention is None or np.mention.kind == "unnamed"):
            n = k
            while n < end and (toks[n].form == _PUNCT_QUOTE or toks[n].kind == "w" and "link" in classes(toks[n].form)):
                n += 1  # المتحدث باسم "الجيش" الإسرائيلي
            m = n
            while m < end and m - n < 3 and toks[m].kind == "w" and classes(toks[m].form) & {"role", "rolemod"}:
                m += 1  # الناطق باسم القائد العام للقوات المسلحة العراقية: an office between, whose body follows
            if m > n and m < end and toks[m].kind == "a" and toks[m].form.startswith("لل") \
                    and toks[m].mention.kind not in _NAMELESS_OR_PLACE:
                n = m
            if n < end and toks[n].kind == "a":  # المتحدث باسم / المركز التابع لـ …
                if form in _IN and toks[n].mention.kind == "metonym" and np.mention is None:
                    k = n + 1  # شيخ قبيلة … في سوريا: where the office is, not whose
                    role_open = False  # (سفير إندونيسيا في دمشق واجد فوزي: the holder's name comes next)
                    continue
                k = n
                continue
            if n < end and np.mention is None and not np.name and form not in _IN and toks[n].kind == "w" \
                    and toks[n].form.startswith("ال") and "typenoun" in classes(toks[n].form[2:]):
                np.body = toks[n]  # المتحدث باسم المجلس الأعلى للأمن القومي: a body the tables lack
                k = n + 1
                while k < end and len(np.name) < 4 and toks[k].kind == "w" and toks[k].form.startswith(("ال", "لل")) \
                        and not classes(toks[k].form) - {"rolemod"} and not is_cue_word(toks[k].form):
                    np.name.append(toks[k])
                    k += 1
                if not np.name or k < end and toks[k].kind == "a" and toks[k].mention.kind == "adjective":
                    np.body, np.name, k = None, [], n  # … القومي الإيراني، NAME: the country's body, the old way
            if n + 1 < end and np.mention is None and np.body is None and not np.name and form not in _IN \
                    and toks[n].kind == "w" and not toks[n].form.startswith("ال") and "typenoun" in classes(toks[n].form) \
                    and (holder := _holder_after_body(toks, n + 1, end)) is not None and np.role is not None:
                np.role = (np.role[0], toks[holder - 1].end)  # المتحدث باسم حزب السعادة الإسلامي NAME: an
                np.name = [toks[holder], toks[holder + 1]]  # unknown body's modifiers close the office, its holder follows
                k = holder + 2
                break
            if n + 1 < end and np.mention is None and np.body is None and not np.name and np.role is not None \
                    and toks[n].kind == "w" and possessed(toks[n].form) and _holder_next(toks, n + 1, end):
                np.role = (np.role[0], toks[n].end)  # المتحدثة باسم خارجيتها NAME: whose body was named before
                role_open = False
                k = n + 1
                continue
            q = _quoted_holder(toks, n, end) if np.mention is None and np.body is None and not np.name else None
            if q is not None:  # المتحدث باسم التحالف "NAME": a body the tables lack, then the quoted holder
                np.name, k = [toks[x] for x in range(*q)], q[1] + 1
                if q[0] == n + 2 and toks[n].kind == "w" and "anaphor" in classes(toks[n].form) and np.anaphor is None:
                    np.anaphor = toks[n]  # (باسم الهيئة "NAME": the body named before, if it was)
            elif not np.name and np.mention is None and np.body is None and np.anaphor is None \
                    and toks[n].kind == "w" and "anaphor" in classes(toks[n].form) and toks[n].form.startswith("ال"):
                np.anaphor, k = toks[n], n + 1  # المتحدث باسم الهيئة / قائد في الهيئة: the body named before
            elif not np.name and np.mention is None and np.body is None and np.anaphor is None \
                    and toks[n - 1].form == _PUNCT_QUOTE and (c := closing_mark(toks, n, end)) is not None \
                    and not (c + 1 < end and toks[c + 1].form in {"،", ","}):
                np.body, np.name, k = toks[n], toks[n + 1:c], c + 1  # المتحدث باسم "مجلس … العسكري" إنّ: a
                # quoted body the tables lack (before a comma its holder's name may follow: that is kept)
            elif np.name and np.mention is None and np.body is None and np.role is not None:
                marker = _marker_after_body(toks, n, end)
                if marker is not None:  # NAME المتحدث باسم غرفة العمليات في الجنوب إنّ …: the office runs to إنّ
                    np.role = (np.role[0], toks[marker - 1].end)
                    k = marker
            break
        if "anaphor" in cls and k == i and (owner := _owner(toks, k + 1, end)) is not None:
            np.mention = toks[owner].mention  # المركز الإعلامي التابع لـ"قسد": the unit speaks for its body
            np.anaphor = t
            k = owner + 1
            continue
        if "anaphor" in cls and k == i and _definite_body(toks, k, end):
            np.body = t  # اللجنة الوطنية للانتخابات: a definite type noun with its own modifiers names a body
            k += 1
            while k < end and _body_modifier(toks[k]):
                np.name.append(toks[k])
                k += 1
            break
        if "anaphor" in cls and k == i:
            np.anaphor = t
            k += 1
            continue
        if "anaphor" in cls and role_open and np.mention is not None and np.mention.kind == "unnamed" \
                and not np.name and role_words < 3:
            np.role = (np.role[0], t.end)  # مسؤول المكتب الأمني في كتائب …: the office's own unit
            role_words += 1
            k += 1
            continue
        if "anaphor" in cls and role_open and np.mention is None and not np.name and role_words == 0 \
                and form.startswith("ال") and k + 1 < end and toks[k + 1].kind == "w" and name_like(toks[k + 1]) \
                and not toks[k + 1].form.startswith("ال") and (not classes(toks[k + 1].form) or _ali(toks, k + 1, end)):
            np.role = (np.role[0], t.end)  # وزير الخارجية NAME: the office's own genitive, then its holder
            role_words += 1
            k += 1
            continue
        if role_open and np.mention is None and not np.name and role_words == 0 and possessed(form) \
                and _holder_next(toks, k + 1, end):
            np.role = (np.role[0], t.end)  # وزير دفاعها NAME: the office of a body named before, then its holder
            role_open = False
            k += 1
            continue
        if "anaphor" in cls and role_open and np.mention is None and not np.name and role_words == 0 \
                and form.startswith("ال") and (holder := _holder_after_body(toks, k + 1, end)) is not None:
            np.role = (np.role[0], toks[holder - 1].end)  # رئيس الحزب الشيوعي السوري NAME: an unknown
            np.name.append(toks[holder])  # body's definite modifiers close the office, its holder follows
            role_open = False
            k = holder + 1
            continue
        if cls & _NOT_NAME_CLASSES \
                and not ((np.person or np.name) and _ali(toks, k, end)) or not t.form[0].isalpha():
            break
        if is_cue_word(form):
            break
        if role_open and np.mention is None and not np.name and role_words == 0 \
                and (k == i + 1 or k == i + 2 and toks[k - 1] is np.title) \
                and strip_conj(toks[i].form).startswith("ال") and name_like(t) \
                and (strip_conj(form) == form or not is_word(strip_conj(form))) \
                and (not form.startswith("ال") or not form.endswith(("ي", "يه"))):
            np.name.append(t)  # وأشار الوزير المقداد / الصحافية هناء …: a definite office takes no genitive
            # (nor does one with its honorific: الزعيم الراحل NAME)
            role_open = False
            k += 1
            continue
        if role_open and np.mention is None and not np.name and toks[k - 1].kind == "w" \
                and (0 < role_words <= 2 or role_words == 3 and toks[k - 1].form.endswith(("ي", "ه"))
                     or role_words in (4, 5) and toks[k - 1].form.endswith(("ي", "ه")) and _full_name_then_words(toks, k, end)) \
                and strip_conj(toks[k - 1].form).startswith("ال") and _name_after_office(toks, k, end):
            # (a longer office only before a full name and the words: المكتب الإعلامي للرئيس الروحي للطائفة … NAME أنّ)
            np.name.append(t)  # وزير الخارجية سامر حداد: a definite genitive closes the office, the name follows
            role_open = False
            k += 1
            continue
        if role_open and np.mention is None and not np.name and role_words < 5:
            np.role = (np.role[0], t.end)  # رئيس الهيئة السياسية لـ …
            role_words += 1
            typed_role = typed_role or form in _PRIVATE_BODIES or form[:1] == "ل" and (
                form[1:] in _PRIVATE_BODIES or form[2:] in _PRIVATE_BODIES)  # … لمعهد "كوينسي" …
            k += 1
            continue
        name_ok = (not np.name or toks[k - 1] is np.name[-1] or toks[k - 1].form == _PUNCT_QUOTE) \
            and len(np.name) < 4 and (name_like(t) or t.governed and not t.adverb and (quoted or np.name and (
                k + 1 < end and toks[k + 1].kind == "w" and "role" in classes(toks[k + 1].form))))
        # (in quotes or before an office, بالي is a surname, not بـ + الـ: NAME بالي مدير …)
        if np.mention is not None and (not np.person or np.mention.kind in _NAMELESS_KINDS) \
                and not (np.person and np.mention.kind == "adjective" and np.role is not None):
            name_ok = False  # أعلن الجيش سيطرته: a body is not followed by a person's name (السفير السوري NAME is)
        if name_ok and not np.name and verbal_noun_with_object(toks, k, end):
            name_ok = False  # أكد الرئيس الإيراني تطوير العلاقات: the verb's object, no name
        if name_ok and np.name and form.startswith("ب") and len(form) >= 4 and k + 1 < end \
                and toks[k + 1].form.startswith("ال"):
            name_ok = False  # راند بول بسحب القوات: a verbal noun with its object ends the name
        if name_ok and (len(np.name) > 1 or not np.name and (np.person or np.mention is not None)) \
                and form.startswith("ب") and len(form) > 4 and k + 1 < end \
                and toks[k + 1].kind == "w" \
                and "marker" not in classes(toks[k + 1].form) \
                and is_word(form[2:] if form.startswith("بال") else form[1:]):
            name_ok = False  # أقرّ الرئيس التركي بوقوع مشاكل: بـ + a noun and its words, not a name
            # (بشار، بوتين are no بـ + word; a surname may be, alone or after one given name: بارسي)
        if name_ok and not np.name and form[:1] == "ب" and form[1:] in _settlement_nouns():
            name_ok = False  # عضو في اللجنة … بريف درعا الغربي: where the body sits, not a name
        if len(np.name) >= 2 and form.startswith("ل") and not form.startswith("ال"):
            name_ok = False  # أحمد الأحمد لأورينت: "to" the outlet he spoke to, not a third name
        first = np.name[0].form if np.name else ""
        if name_ok and len(np.name) >= 2 and np.name[-1].form.startswith("ال") and not first.startswith("ال") \
                and first == strip_conj(first) and np.name[-1].form not in _COMPOUND_SECOND \
                and strip_conj(np.name[-2].form) not in _NAME_PARTICLES \
                and not (np.body is not None and form.startswith("وال")):
            name_ok = False  # أبو آلاء الولائي دخول …: a definite surname closes the name (not عبد الله، عز الدين;
            # nor a body's name, whose definite genitive a second joined by و goes on: إدارة الكوارث والطوارئ)
        if name_ok and np.name and np.body is None and form.startswith("وال") and is_word(form[1:]) \
                and strip_conj(np.name[-1].form) not in _NAME_PARTICLES:
            name_ok = False  # كوزنيتسوفا والوفد المرافق: a second party joined by و, not more of the name (بن والاس is)
        if name_ok and not np.name and form[:1] == "و" and "role" in classes(strip_conj(form)):
            name_ok = False  # الباحث الأميركي ورئيس تحرير صحيفة …، NAME: a second office, no name
        if name_ok and form in _COUNTERPARTS:
            name_ok = False  # مسعود بزشكيان بنظيره / نظيره، وزير الخارجية الإيراني نظيره: his counterpart, the verb's object
        if name_ok and len(np.name) >= 2 and form[0] in "يت" and len(form) >= 4 and not form.endswith("ي") \
                and toks[k - 1].form not in _NAME_PARTICLES:
            name_ok = False  # الرئيس الروسي فلاديمير بوتين يبحث …: a headline's verb after a full name
        if not np.name and k > i and form.startswith("ال") and "title" not in classes(toks[k - 1].form) \
                and np.body is None and not t.hamza_al:  # (after a title, even a second one, إلياس may open the name: العميد المتقاعد …)
            name_ok = False  # وزير خارجية إيران الجديد …: a name does not open with ال (after a title it may)
        if name_ok and np.body is not None and not form.startswith("ال") \
                and any(x.form.startswith("ال") for x in np.name) \
                and not (form.startswith("وال") and toks[k - 1] is np.name[-1] and len(form) > 4):
            name_ok = False  # مجلس القبائل العربية بياناً: a definite genitive closes the body's name
            # (one joined by و goes on: إدارة الكوارث والطوارئ التركية)
        if name_ok and ends_figure_name(np.name):
            name_ok = False  # أكد إردوغان عزم بلاده: a public figure's whole name ends the name
        if not name_ok:
            break
        np.name.append(t)
        role_open = False
        k += 1
    np.j = k
    if not np.name and np.person and np.mention is not None and np.mention.kind not in _NAMELESS_KINDS \
            and k < end and toks[k].form in _IN and (q := _quoted_holder(toks, k + 1, end)) is not None:
        np.name, np.j = [toks[x] for x in range(*q)], q[1] + 1  # مدير الدفاع المدني في إدلب "NAME"
    if not np.name and (np.person or (np.mention and np.mention.kind not in _NAMELESS_KINDS)):
        _apposed_name(toks, np, end)  # الناطق الرسمي للقوات المسلحة، العميد نبيل عبد الله، …
    elif np.body is not None and np.person and np.name:
        _apposed_holder(toks, np, end)  # المتحدث باسم اللواء الثامن، النقيب NAME، …
    elif np.name and np.mention is None:
        _apposed_office(toks, np, end)  # النقيب ناجي مصطفى، المتحدث باسم الجبهة الوطنية للتحرير، …
    if np.mention is None and not np.name and np.anaphor is None:
        return None
    return np


_IN: Final = {"في", "داخل", "من"}
_QUOTED_BODY_WORDS: Final = 5  # words of a body's quoted name between an office and its holder ("المجلس العسكري لدير الزور")
_HOLDER_GAP: Final = 5  # words of an unknown body between an office and its holder's quoted name


def _marker_after_body(toks: list[Tok], n: int, end: int) -> int | None:
    """Index of the أنّ/إنّ that a few plain words of an unknown body (from ``n``) run to, else None."""
    m = n
    while m < end and m - n < _HOLDER_GAP + 2 and toks[m].kind == "w" and not is_cue_word(toks[m].form) \
            and not classes(toks[m].form) & {"marker", "role", "title"}:
        m += 1
    return m if m > n and m < end and toks[m].kind == "w" and "marker" in classes(toks[m].form) else None


def _quote_close(toks: list[Tok], n: int, end: int) -> int | None:
    """The quote mark closing within three plain words from ``n``, else None."""
    for c in range(n, min(end, n + 3)):
        if toks[c].form == _PUNCT_QUOTE:
            return c
        if toks[c].kind != "w" or is_cue_word(toks[c].form) or classes(toks[c].form) & {"marker", "role"}:
            return None
    return None


def closing_mark(toks: list[Tok], n: int, end: int) -> int | None:
    """The quote mark closing a name of two to four plain words from ``n`` (a body the tables lack)."""
    for c in range(n + 2, min(end, n + 5)):
        if toks[c].form == _PUNCT_QUOTE:
            return c
        if toks[c].kind != "w" or is_cue_word(toks[c].form) or classes(toks[c].form) & {"marker", "role"}:
            return None
    return None


def _quoted_holder(toks: list[Tok], n: int, end: int) -> tuple[int, int] | None:
    """``المتحدث باسم غرفة العمليات "NAME"``: token range of a quoted name of one to four
    words that follows a few plain words of a body the tables lack, else None."""
    m = n
    while m < end and m - n < _HOLDER_GAP and toks[m].kind == "w" and not is_cue_word(toks[m].form) \
            and not classes(toks[m].form) & {"marker", "filler", "role", "title"}:
        m += 1
    if m == n or m + 2 >= end or toks[m].form != _PUNCT_QUOTE or toks[m].end != toks[m + 1].start \
            or toks[m - 1].end == toks[m].start:
        return None  # (an opening mark: apart from the word before, joined to the word after)
    c = m + 1
    while c < end and c - m <= 4 and name_like(toks[c]) and not classes(toks[c].form) & {"marker", "stop", "filler"}:
        c += 1
    if c == m + 1 or c >= end or toks[c].form != _PUNCT_QUOTE or toks[c - 1].end != toks[c].start:
        return None
    return m + 1, c
_PRIVATE_BODIES: Final = frozenset(fold(w) for w in ("معهد", "مركز", "صحيفة", "مجلة", "موقع", "قناة", "شبكة", "جريدة",
                                               "إذاعة", "منظمة", "جمعية", "مؤسسة", "جامعة", "شركة"))
# an institute, a paper, a company in an office: a nationality after it is the body's, no government's
_COMPOUND_SECOND: Final = frozenset(fold(w) for w in (
    "الله", "الدين", "الرحمن", "الرحيم", "العزيز", "الكريم", "الملك", "الإسلام", "الحق", "الهادي", "الأمير",
    "القادر", "اللطيف", "الحميد", "المجيد", "الناصر", "المنعم", "الباسط", "الجبار", "الستار", "الغني", "الحليم",
    "العظيم", "الفتاح", "الوهاب", "الرزاق", "الرؤوف", "السلام", "النور", "الحسين", "الحسن"))
# the second half of a compound given name (عبد الله، عز الدين، نصر الله): a name goes on after it
_COUNTERPARTS: Final = frozenset(p + w + e for p in ("", "ب", "ل", "و") for w in ("نظير", "ضيف")
                                 for e in ("ه", "ها", "يه", "يها"))  # after a name: whom he met, not more name
_PLACE_CLASSES: Final = frozenset({"anaphor"})  # after مصادر في / مسؤولون في: a place or a body named before (المؤسسة الأمنية)


def _typed_anaphor(t: Tok) -> bool:
    """``الشبكة``، ``الصحيفة``: a definite type noun, which a body's quoted name may follow."""
    f = strip_conj(t.form)
    return f.startswith("ال") and "typenoun" in classes(f[2:])
_OWNER_WORDS: Final = 3  # a unit's own modifiers before التابع لـ (الإعلامي، الجوفضائية، المركزي)


def _owner(toks: list[Tok], k: int, end: int) -> int | None:
    """After a unit's definite type noun (``المركز``، ``القوة``) at ``k - 1``: the index of the
    known body it belongs to — its modifiers, a comma maybe, ``التابع(ة) لـ`` and the body
    (``المركز الإعلامي التابع لـ"قسد"``، ``القوة الجوفضائية، التابعة لحرس الثورة``); else None."""
    n = k
    while n < end and n - k < _OWNER_WORDS and toks[n].kind == "w" \
            and ("rolemod" in classes(toks[n].form) or _body_modifier(toks[n])):
        n += 1
    modified = n > k
    n += n < end and toks[n].form in {"،", ","}
    if modified and n < end and (toks[n].form == "ل" or toks[n].kind == "a" and toks[n].form.startswith("ل")):
        n += toks[n].form == "ل"  # الموقع الإعلامي لقوات سوريا الديمقراطية: the body's own unit, ل glued on
        if n < end and toks[n].kind == "a" and toks[n].mention.kind not in _NAMELESS_OR_PLACE:
            return n  # (not a country: المقاومة الإسلامية في لبنان)
        return None
    if not (n < end and toks[n].form in _AFFILIATED_TO):
        return None
    n += 1
    while n < end and toks[n].form in {"ل", _PUNCT_QUOTE}:
        n += 1
    if n < end and toks[n].kind == "a" and toks[n].mention.kind not in _NAMELESS_KINDS:
        return n
    return None


_AFFILIATED_TO: Final = frozenset({"التابع", "التابعه"})


def _name_after_office(toks: list[Tok], k: int, end: int) -> bool:
    """May token ``k``, after an office's definite genitive, open its holder's name? Not a word
    joined by و to the office (الآثار والمتاحف، ووزير الأمن), not a preposition or an adverb."""
    t = toks[k]
    form = t.form
    bare = strip_conj(form)
    return name_like(t) and len(form) > 2 and form not in _AFTER_OFFICE and (not bare.startswith("ال") or t.hamza_al) \
        and not classes(bare) - {"filler"} and (bare == form or not is_word(bare)) \
        and (form != "علي" or _ali(toks, k, end)) and not verbal_noun_with_object(toks, k, end)


def verbal_noun_with_object(toks: list[Tok], k: int, end: int) -> bool:
    """``تطوير العلاقات``، ``تعزيز التعاون``، ``اجتماع الأمناء``: a verbal noun of the تفعيل,
    افتعال or انفعال pattern the dictionary knows, before its definite object, is the verb's object after an
    office (أكد الرئيس الإيراني تطوير العلاقات، اعتبر الرئيس اجتماع الأمناء …), not its holder's
    name (توفيق، تسنيم are no dictionary words)."""
    f = toks[k].form
    n = len(f)
    taf3il = n == 5 and f[0] == "ت" and f[3] == "ي" and f[1] not in "وا"
    ifti3al = n == 6 and f[0] == "ا" and (f[2] == "ت" or f[1] == "ن") and f[4] == "ا" and f[1] not in "وال" \
        and not _full_name_then_words(toks, k, end)  # (a name the words follow: انتصار الوزير إنّ …)
    return (taf3il or ifti3al) and k + 1 < end \
        and toks[k + 1].kind in ("w", "a") and toks[k + 1].form.startswith("ال") and is_word(f)  # (a known
    # body may be the object: انسحاب القوات التركية)


def _full_name_then_words(toks: list[Tok], k: int, end: int) -> bool:
    """Two name-like words from ``k``, then punctuation, أنّ/إنّ or a cue: a holder's full name closing an office."""
    return k + 2 < end and name_like(toks[k + 1]) and not is_cue_word(toks[k + 1].form) \
        and (toks[k + 2].kind == "p" or toks[k + 2].kind == "w" and ("marker" in classes(toks[k + 2].form)
                                                                     or is_cue_word(strip_conj(toks[k + 2].form))))


_BODY_MODIFIERS: Final = 3  # definite words after an office's type noun (الحزب الديمقراطي اللبناني) before its holder


def _holder_after_body(toks: list[Tok], n: int, end: int) -> int | None:
    """Index of the holder's name after one to three definite modifiers of an office's body the
    tables lack (``رئيس اللجنة الدستورية هادي …``، ``اللجنة العليا للتنسيق``), else None: the modifiers are plain definite
    words or a nationality, and the name is two name-like words (a lone word may be the verb's
    object or content)."""
    m = n
    while m < end and m - n < _BODY_MODIFIERS and toks[m].form.startswith(("ال", "لل")) and (
            toks[m].kind == "w" and not classes(toks[m].form) and not is_cue_word(toks[m].form)
            or toks[m].kind == "a" and toks[m].mention.kind == "adjective" and " " not in toks[m].form):
        m += 1
    if m == n or m + 1 >= end or not _name_after_office(toks, m, end):
        return None
    after = toks[m + 1]
    return m if after.kind == "w" and name_like(after) and not classes(after.form) - {"filler"} \
        and not is_cue_word(after.form) and "marker" not in classes(after.form) else None


_AFTER_OFFICE: Final = frozenset(fold(w) for w in ("لدى", "حول", "منذ", "خلال", "بعد", "قبل", "أمام", "عند", "إلى", "عبر",
                                             "اليوم", "أمس", "أيضا", "كذلك"))  # not a name after an office


def _spoken_to(toks: list[Tok], k: int) -> bool:
    """``مسؤول للميادين`` / ``مصدر لـ"رويترز"``: an outlet after ل is the one spoken to, not the
    official's own body."""
    t = toks[k]
    return t.mention is not None and t.mention.kind == "media" and (
        t.form.startswith("ل") and not t.form.startswith("ال")
        or k > 0 and (toks[k - 1].form == "ل" or toks[k - 1].form == _PUNCT_QUOTE and k > 1 and toks[k - 2].form == "ل"))


_ORDINALS: Final = frozenset(fold(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                                          "الثامن", "التاسع", "العاشر", "الحادي"))


def _numbered_unit(toks: list[Tok], k: int, end: int) -> bool:
    """``اللواء الثامن`` / ``اللواء 313``: a rank word (اللواء) before an ordinal or a number is a
    unit (the brigade), not a title."""
    return k + 1 < end and toks[k + 1].kind == "w" and (toks[k + 1].form in _ORDINALS or toks[k + 1].form.isdigit())


_FOR: Final = "عن"  # عضو الوفد عن …، ممثل عن …: an office held for a body
_MEDIA_HEADS: Final = frozenset(fold(w) for w in ("وسائل", "وكالة", "صحيفة", "موقع", "قناة", "شبكة", "إذاعة", "جريدة", "مجلة"))


def media_told(toks: list[Tok], k: int) -> bool:
    """``لوسائل إعلام رسمية`` / ``لوكالة محلية``: unnamed media after لـ are the ones a speaker
    told, never the speaker's body (a named outlet is ``_spoken_to``'s)."""
    t = toks[k]
    if t.kind == "a":
        return k > 0 and toks[k - 1].form == "ل" and t.mention is not None and t.mention.kind == "unnamed" \
            and t.form.split()[0] in _MEDIA_HEADS
    return t.kind == "w" and t.form[:1] == "ل" and t.form[1:] in _MEDIA_HEADS


def _indefinite_nisba(form: str, mention: ActorMention) -> bool:
    """An indefinite relational adjective (حكومية، سورية، ميداني; plural إسرائيليون، عسكريين; dual
    أوروبيان) after an indefinite source (مصادر طبية …، محللون إسرائيليون): still describing the
    source, not a new word of the sentence."""
    return not form.startswith("ال") and form.endswith(("ي", "يه", "يون", "يين", "يان")) and len(form) > 3 \
        and not fold(mention.surface).startswith("ال")


def _agrees_accusative(t: Tok, prev: Tok) -> bool:
    """``أنّ مسؤولاً إسرائيلياً رفيعاً قال``: an indefinite adjective in the accusative (tanween
    alef) after an accusative word describes it, whatever the adjective."""
    return t.kind == "w" and prev.form.endswith("ا") and t.form.endswith("ا") and len(t.form) > 3 \
        and not t.governed and not t.form.startswith("ال")


_POSTED: Final = {fold("لدى"), "في", fold("إلى")}  # an envoy's posting after the office (السفير … لدى سوريا، المبعوث … إلى لبنان)
_NAMELESS_KINDS: Final = {"unnamed", "civilians", "adjective"}
_NAMELESS_OR_PLACE: Final = frozenset(_NAMELESS_KINDS | {"metonym"})  # (built once, not at every test)
_TWO_WORD_ROLES: Final = {("العلاقات", "العامه"), ("الاعلام", "الحربي"), ("المكتب", "الاعلامي"), ("المكتب", "السياسي"),
                          ("المركز", "الاعلامي")}
_CORRESPONDENTS: Final = {"مراسل", "مراسله", "مراسلو", "موفد", "موفده", "المراسل", "المراسله"}  # + another outlet: that outlet's
_OFFICIALS: Final = {"مسوول", "مسوولون", "مسوولين", "قيادي", "مسوولو", "مسوولي"}  # + في <body>: that body's official


_SHORT_NAME_WORDS: Final = 3  # words of a body's short name in brackets: (قسد)، (سانا)


def _past_short_name(toks: list[Tok], k: int, end: int) -> int:
    """``القيادي في قوات سوريا الديمقراطية (قسد)، NAME``: the body's short name in brackets
    stands between the office and its holder's name; the token after the brackets."""
    if not (k < end and toks[k].form == "("):
        return k
    for n in range(k + 1, min(end, k + 2 + _SHORT_NAME_WORDS)):
        if toks[n].form == ")":
            return n + 1 if n > k + 1 else k
        if toks[n].kind == "p":
            break
    return k


def _past_second_office(toks: list[Tok], k: int, end: int) -> int:
    """``رئيس حكومة الاحتلال السابق، ورئيس المعارضة، NAME``: a second office joined by و and set off
    by commas stands between the first and the holder's name; the comma before the name (else ``k``)."""
    if not (k + 2 < end and toks[k].form in {"،", ","}):
        return k
    office = toks[k + 1]
    form = office.form if office.kind == "w" else office.form.split()[0]
    if not (form[:1] == "و" and "role" in classes(form[1:])):
        return k
    for n in range(k + 2, min(end, k + 2 + _OFFICE_TAIL)):
        if toks[n].form in {"،", ","}:
            return n
        if not _office_word(toks, n):
            break
    return k


def _apposed_holder(toks: list[Tok], np: NP, end: int) -> None:
    """``المتحدث باسم اللواء الثامن، النقيب NAME، …``: the holder's name set off after an office of
    a body the tables lack (``np.name`` keeps the body's own words)."""
    body_name = np.name
    np.name = []
    _apposed_name(toks, np, end)
    np.holder, np.name = np.name, body_name


_NAME_CLOSERS: Final = frozenset({".", ":"})  # what may close a name set off after its office, besides a comma


def _apposed_name(toks: list[Tok], np: NP, end: int) -> None:
    """``المتحدث باسم الخارجية الإيرانية، ناصر كنعاني، …``: a name set off by commas (not after
    a plural group: مسؤولون في إدارة الرئيس …، NAME is the president's)."""
    k = np.j
    if np.mention is not None and np.mention.kind == "unnamed" and fold(np.mention.surface).endswith(("ون", "ين")):
        return
    body = None  # a body the office's tail names (… في "القناة 13"، NAME): the person's, if none yet
    if np.person and k < end and toks[k].form not in {"،", ","}:
        n = k  # مساعد الأمين العام للأمم المتحدة للشؤون الإنسانية، مارتن غريفيث: the office's tail first
        nationality = None  # … لرئاسة الجمهورية العربية السورية، NAME: the office's country, failing a body
        typed = False
        while n < end and n - k < _OFFICE_TAIL and _office_word(toks, n):
            m = toks[n].mention
            if m is not None and body is None and m.kind not in _PLACE_KINDS:
                body = m
            elif m is not None and m.kind == "adjective" and n > k and nationality is None:
                nationality = m  # (right after the title it is the person's: الحقوقي المغربي)
            elif m is None and ("typenoun" in classes(toks[n].form)
                                or toks[n].form[:1] == "ل" and "typenoun" in classes(toks[n].form[1:])
                                or toks[n].form == "من"):
                typed = True  # الكاتب في صحيفة الأخبار اللبنانية: the adjective is the paper's
                # (الأسير المحرر من السجون الإسرائيلية: his captor's)
            n += 1  # … السفير الإيراني لدى سوريا، حسين أكبري
        body = body or (None if typed else nationality)
        held = _holder_after_post(toks, k, n, end)
        if held is None and np.body is None and (np.mention is None or np.mention.kind not in _UNNAMED_KINDS
                                                 and np.mention.canonical != "outlet"):
            held = _holder_closing_tail(toks, k, n, end)  # (not a source's, nor the outlet's own writer)
        if held is not None:  # مندوب روسيا لدى الأمم المتحدة فاسيلي نيبينزيا قد أكّد: no commas
            np.name, np.j = toks[held[0]:held[1]], held[1]
            if np.mention is None and body is not None:
                np.mention = body
            return
        k = n
    k = _past_second_office(toks, _past_short_name(toks, k, end), end)
    if not (k < end and toks[k].form in {"،", ","}):
        return
    names = []
    n = k + 1
    if n < end and toks[n].kind == "w" and "title" in classes(toks[n].form):
        np.title = np.title or toks[n]  # …، السيد حسن نصر الله، …
        n += 1
    while n < end and toks[n].kind == "w" and (not classes(toks[n].form) or _ali(toks, n, end, bool(names))) \
            and not is_cue_word(toks[n].form) and len(names) < 5 and name_like(toks[n]):
        names.append(toks[n])
        n += 1
    if names and n < end and toks[n].kind == "a" and " " not in toks[n].form and np.mention is not None \
            and toks[n].mention.canonical == np.mention.canonical:
        names.append(toks[n])  # رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، …: a surname the table knows
        n += 1
    if names and (all(x.form.startswith("ال") for x in names[:2])
                  or strip_conj(names[0].form) != names[0].form and (
                      names[0].form[0] == "و" or is_word(strip_conj(names[0].form))
                      or bool(classes(strip_conj(names[0].form))))
                  or noun_with_pronoun(names[0].form) or _plural_verb(names[0].form)):
        return  # …، والحكومة المنتخبة، … is a second noun, not a name (ألون بن ديفيد is one; ف opens
        # names here unless a word follows it: …، فاديم كوليت، but …، فهذا …، / …، فهناك …)
    if n >= end or toks[n].form in {"،", ","}:
        names_end = n + 1 if n < end else n
    elif len(names) >= 2 and toks[n].form in _NAME_CLOSERS:
        names_end = n  # بحسب وزير الاقتصاد، محمد سامر الخليل. / …، جون كيربي: "…": the sentence or a quote
    elif len(names) >= 2 and toks[n].kind == "w" and classes(toks[n].form) or names and _spoken_to(toks, n):
        names_end = n  # القيادي في حركة حماس، أسامة حمدان الذي … / …، الشيخ يوسف جربوع للميادين نت، أنّ
    else:
        return
    if names and (np.person or np.title or len(names) >= 2):
        np.name = names
        np.j = names_end
        if np.mention is None and body is not None:
            np.mention = body


@lru_cache(maxsize=1)
def _settlement_nouns() -> frozenset[str]:
    """Folded place nouns of place_words.tsv (بلدة، مدينة، ريف …): after ب they say where."""
    return frozenset(fold(r["word"]) for r in read_tsv("place_words.tsv")
                     if r.get("role") in {"type", "countryside", "locative"})


def _holder_after_post(toks: list[Tok], k: int, n: int, end: int) -> tuple[int, int] | None:
    """An office's tail from ``k`` that ends in its holder's name, no comma before it: a posting
    (في، لدى) and a body or place the tables know, then two or three name words, then the verb,
    ``قد``, أنّ / إنّ or a comma (``مندوب روسيا الدائم لدى الأمم المتحدة فاسيلي نيبينزيا قد أكّد``،
    ``عضو المجلس السياسي الأعلى في اليمن محمد علي الحوثي إنّ``). The name's first and end
    indexes, else None. ``n``: where the plain tail stopped."""
    last = None
    for m in range(k + 1, min(end, max(n, k + _OFFICE_TAIL) + 1)):
        if toks[m].kind == "a" and toks[m - 1].form in _POSTED:
            last = m
        elif toks[m].kind == "p" and toks[m].form != _PUNCT_QUOTE or toks[m].kind == "w" and (
                is_cue_word(toks[m].form) or "marker" in classes(toks[m].form)):
            break  # (any word of the office's title: عضو المجلس السياسي الأعلى في اليمن)
    if last is None:
        return None
    if last + 1 < end and toks[last + 1].form == _PUNCT_QUOTE and toks[last + 1].start == toks[last].end:
        last += 1  # في صحيفة "هآرتس" NAME: the mark closing the body's quoted name
    m = last + 1
    while m < end and m - last <= 3 and toks[m].kind == "w" and name_like(toks[m]) \
            and (not classes(toks[m].form) or _ali(toks, m, end)):
        m += 1
    definite = [t.form.startswith("ال") for t in toks[last + 1:m]]
    if not 2 <= len(definite) <= 3 or any(definite[1:-1]) or definite[0] and definite[-1]:
        return None  # محمد علي الحوثي، ألكسندر يفيموف (folded الكسندر): a definite word only at an end
    stop = toks[m] if m < end else None
    if stop is not None and not (is_cue_word(stop.form) or stop.form in {"قد", "،", ","}
                                 or stop.kind == "w" and "marker" in classes(stop.form)):
        return None
    return last + 1, m


_NAME_WORDS: Final = 3  # words of a holder's name closing an office's tail
_UNNAMED_KINDS: Final = frozenset({"unnamed", "civilians"})  # whose tail names no holder (مصادر مقربة من …)


def _name_word(toks: list[Tok], n: int, end: int) -> bool:
    """A word that may be part of a person's name in an office's tail: no word the tables class
    (or علي), name-like (``ألكسندر``، ``لافرينتيف``)."""
    t = toks[n]
    return t.kind == "w" and name_like(t) and (not classes(t.form) or _ali(toks, n, end))


def _holder_closing_tail(toks: list[Tok], k: int, n: int, end: int) -> tuple[int, int] | None:
    """An office's tail from ``k`` that stopped at ``n`` and holds its holder's name at its end,
    no comma before it: after a title (``رئيس هيئة الأركان المشتركة الجنرال NAME خلال``، ``… في
    حرس الثورة العميد NAME في تصريح``), or two or three plain words after a body, a place or a
    definite word of the office, right before a comma, أنّ or a cue (``المبعوث الخاص للرئيس الروسي
    للتسوية السورية ألكسندر لافرينتيف، …``). The name's first and end indexes, else None."""
    if n < end and toks[n].kind == "w" and classes(toks[n].form) & {"title", "role"}:
        m = n + 1  # (… إلى سوريا السفير NAME: a second office, a definite one, then the holder)
        while m < end and m - n <= _NAME_WORDS and _name_word(toks, m, end) \
                and not (toks[m].form.startswith("ال") and not toks[m].hamza_al):
            m += 1
        stop = toks[m] if m < end else None
        if m - n - 1 >= 2 and (stop is None or stop.kind == "p" or stop.form in _TAIL_STOPS or stop.form == "في"
                               or is_cue_word(stop.form) or "marker" in classes(stop.form)):
            return n + 1, m
        return None
    if not (n < end and (toks[n].form in {"،", ","} or is_cue_word(toks[n].form) or toks[n].kind == "w"
                         and "marker" in classes(toks[n].form))):
        return None
    for size in (2, 3):
        first = n - size
        if first - 1 < k or any(toks[x].form.startswith("ال") and not toks[x].hamza_al for x in range(first, n - 1)) \
                or strip_conj(toks[first].form) != toks[first].form and toks[first].form[0] == "و" \
                or not all(_name_word(toks, x, end) for x in range(first, n)):
            continue  # (… وإدارة الكوارث NAME: a second genitive of the office, no name)
        before = toks[first - 1]
        if before.kind == "a" or before.form == _PUNCT_QUOTE or before.kind == "w" and before.form.startswith("ال"):
            return first, n
    return None


def _plural_verb(form: str) -> bool:
    """``يقرّون``، ``يعلنون``: a plural present verb (a headline's, after its subject and a
    comma), not the first word of a name."""
    return len(form) > 4 and form[0] in "يت" and form.endswith("ون")


_NAME_HOMOGRAPHS: Final = frozenset({"علي", "باسم"})  # علي folds like على (on), باسم is also "in the name of"
_START: Final = attrgetter("start")
# أل at a word's start: the article is written without a hamza, so a word spelt this way that is
# no Arabic word is a transcribed name (ألكسندر لافرينتيف، أليكسي), though it folds like the article.
_HAMZA_AL: Final = re.compile("أل(?<![\u0621-\u064A]أل)")
_ALI: Final = re.compile("علي(?<![\u0621-\u064A]علي)(?![\u0621-\u064A])")  # the word first: the engine skips to it


def _ali(toks: list[Tok], n: int, end: int, last_ok: bool = False) -> bool:
    """A name spelled like a function word (``علي``/``على``, ``باسم``): a name when a plain name
    word follows it (``last_ok``: or, ending an apposed name, its closing comma)."""
    if toks[n].form not in _NAME_HOMOGRAPHS or n + 1 >= end:
        return False
    if toks[n].form == "علي" and not toks[n].ali:
        return False  # written على: the preposition (أكد المتحدث على ضرورة …)
    t = toks[n + 1]
    if last_ok and t.form in {"،", ","}:
        return True
    prev = toks[n - 1] if n else None  # محمد علي الحوثي: after a given name, a definite surname may follow
    after_name = prev is not None and prev.kind == "w" and not classes(prev.form) and name_like(prev) \
        and not prev.form.startswith("ال")
    return t.kind == "w" and not classes(t.form) and name_like(t) and (after_name or not t.form.startswith("ال"))


_OFFICE_TAIL: Final = 8  # رئيس الوزراء في حكومة تصريف الأعمال في صنعاء، NAME: words between an office and its holder
_PLACE_KINDS: Final = {"metonym", "adjective", "unnamed", "civilians"}  # in an office's tail: where, not whose
_TAIL_CLASSES: Final = {"link", "rolemod", "anaphor", "typenoun", "noun"}
_TAIL_STOPS: Final = {"مع", "خلال", "بعد", "عقب", "اثناء", "قبل", "عند", "امام"}  # … خلال لقائه نظيره، NAME: another person


def _office_word(toks: list[Tok], n: int) -> bool:
    """May token ``n`` continue an office's title before its holder's name: a plain word, a
    body or place, a linking preposition or a quote — not an event (خلال لقائه …) or a cue."""
    t = toks[n]
    if t.kind == "a":
        return t.mention.kind not in {"unnamed", "civilians"}
    if t.kind == "p":
        return t.form == _PUNCT_QUOTE
    if n > 0 and toks[n - 1].form == _PUNCT_QUOTE and toks[n - 1].end == t.start and t.kind == "w":
        return True  # قناة "كان": a quoted name, whatever the word
    if t.form == "من" and n > 0 and "rolemod" in classes(toks[n - 1].form):
        return True  # الأسير المحرر من السجون …، NAME: where the freed prisoner was held
    cls = classes(t.form)
    return (t.form in _POSTED or cls <= _TAIL_CLASSES) and t.form not in _TAIL_STOPS \
        and not is_cue_word(t.form) and not t.adverb


def _apposed_office(toks: list[Tok], np: NP, end: int) -> None:
    """``ناجي مصطفى، المتحدث باسم الجبهة الوطنية للتحرير، …``: the office and body set off by
    commas after the name (opposition outlets' usual order) give the person's body."""
    k = np.j
    if not (k + 2 < end and toks[k].form in {"،", ","}):
        return
    office = toks[k + 1]
    if office.kind == "a" and office.mention.kind not in _NAMELESS_OR_PLACE \
            and "role" in classes(strip_conj(office.form.split()[0])):
        np.mention = office.mention  # سامر حداد، وزير الخارجية السوري، …: the office names the body
        np.role = (office.start, office.start + len(office.mention.surface.split()[0]))
        np.j = k + 2 + (k + 2 < end and toks[k + 2].form in {"،", ","})
        return
    if not (office.kind == "w" and ("role" in classes(strip_conj(office.form)) or office.form in _HE_IS)):
        return
    close = next((n for n in range(k + 2, min(end, k + 14)) if toks[n].form in {"،", ","}
                  or is_cue_word(toks[n].form) or toks[n].form == _PUNCT_QUOTE), None)
    if close is not None and toks[close].form in {"،", ","} and close + 1 < end and np.mention is None:
        body = next((toks[n].mention for n in range(k + 1, close) if toks[n].kind == "a"
                     and toks[n].mention.kind not in _NAMELESS_OR_PLACE), None)
        np.role = (toks[k + 1].start, toks[close - 1].end)  # دوج وير، مدير البحوث في مرصد …، / NAME، وهو مؤرّخ …،
        np.mention = body
        np.j = close + 1
        return
    if office.form in _HE_IS:
        return
    n = k + 2
    while n < end and n - k < 6 and (toks[n].form == _PUNCT_QUOTE or toks[n].kind == "w"
                                     and classes(toks[n].form) & {"rolemod", "link"}):
        n += 1  # الرسمي، العسكري، باسم، "
    if n < end and toks[n].kind == "a" and toks[n].mention.kind not in _NAMELESS_OR_PLACE \
            and (n == k + 2 or n == k + 3 and toks[k + 2].form == _PUNCT_QUOTE
                 or "link" in classes(toks[n - 1].form) | classes(toks[n - 2].form)):
        # (رئيس الهلال الأحمر: the body right after the office, its genitive)
        np.mention = toks[n].mention
        np.role = (toks[k + 1].start, toks[k + 1].end)
        n += n + 1 < end and toks[n + 1].form == _PUNCT_QUOTE  # NAME، وزير "الجيش"، اعترف: the closing mark
        np.j = n + 1 + (n + 1 < end and toks[n + 1].form in {"،", ","})


_HE_IS: Final = frozenset({"وهو", "وهي"})  # NAME، وهو مؤرّخ …، cue: the description of the person before
_CUE_WORDS: Final[set[str]] = set()
_GLUED_CUES: Final[set[str]] = set()  # a cue word joined to the preposition after it (أكدفي)
_CUE_HEADS3: Final[set[str]] = set()  # the cue words' first three letters: where a glued cue may hide


def is_cue_word(form: str) -> bool:
    return form in _CUE_WORDS


def register_cue_words(forms: set[str]) -> None:
    """Claims tell the parser which words are reporting cues (they end a name)."""
    _CUE_WORDS.update(forms)
    _GLUED_CUES.update(w + p for w in forms for p in _GLUED_PREPS)
    _CUE_HEADS3.update(w[:3] for w in forms if len(w) >= 3)
    _MAY_HIDE_JOIN.clear()


def _own_sources(form: str) -> bool:
    """``مصادره``، ``مصادرها``، ``مصدرهم`` (folded): a body's or a person's own sources, a source
    word of actors.tsv with a possessive pronoun (the caller asks only of a word ending in one) — no
    person's name."""
    end = 1 if form[-1] == "ه" else 2
    return canonical_actor(form[:-end]) == "Unnamed sources"


_POSSESSIVES: Final = ("ها", "هم", "ه")  # (folded: ـه is also ة, but مصادرة is no source word's spelling)


def speaker_from_np(doc: Document, toks: list[Tok], np: NP, history: list[SpeakerRef]) -> SpeakerRef | None:
    """Resolve a parsed phrase to a speaker: its body, person, or the earlier speaker it names."""
    text = doc.text
    start, end = toks[np.i].start, toks[np.j - 1].end
    name = " ".join(text[t.start:t.end] for t in np.name).strip('"“”«» ') or None
    if name and np.name[0] is toks[np.i] and strip_conj(np.name[0].form) != np.name[0].form and (
            name[0] == "و" or name[0] == "ف" and is_word(strip_conj(np.name[0].form))):
        name = name[1:]  # ولوكاشينكو يتحدث → لوكاشينكو (not فلاديمير، فرحات: ف opens many names)
    name_forms = frozenset(strip_conj(t.form) for t in np.name)
    if name and len(np.name) == 1 and np.mention is None and np.name[0].form.endswith(_POSSESSIVES) \
            and _own_sources(strip_conj(np.name[0].form)):
        return SpeakerRef(None, None, None, "Unnamed sources", name, "unnamed", start, end)  # ومصادره تؤكد
    title = text[np.title.start:np.title.end] if np.title else None
    role = text[np.role[0]:np.role[1]] if np.role else None
    if np.mention is not None and np.mention.kind == "adjective" and not name \
            and "anaphor" in classes(strip_conj(toks[np.i].form)):
        ref = resolve_anaphor(strip_conj(toks[np.i].form), history)  # المسؤول الأميركي (named before)
        if ref is not None:
            return SpeakerRef(ref.name, ref.title, ref.role, ref.org, ref.org_ar, ref.kind, start, end, ref.name_forms)
    if np.mention is not None and (np.person and any(t.form in _FORMER for t in toks[np.i:np.j])
                                   or _pundit_of(toks, np, np.mention)):
        # a former official, or an analyst by nationality or field (الخبير العسكري الروسي، الخبير في
        # شؤون المقاومة), speaks for no body: the person, or an unnamed source
        if name:
            return SpeakerRef(name, title, role, None, None, "person", start, end, name_forms)
        lead = int(strip_conj(toks[np.i].form) != toks[np.i].form)  # ورئيس الموساد السابق → رئيس …
        office = text[start + lead:end].replace('"', "")
        ref = _former_named_before(text, office, history)
        if ref is not None:
            return SpeakerRef(ref.name, ref.title, ref.role, ref.org, ref.org_ar, ref.kind, start, end, ref.name_forms)
        return SpeakerRef(None, title, role, "Unnamed sources", office, "unnamed", start, end)
    if np.mention is not None:
        m = _scare_quoted_army(text, toks, np, np.mention)
        org_ar = m.surface.replace('"', "").replace("“", "").replace("”", "")
        if org_ar.startswith("لل"):
            org_ar = "ا" + org_ar[1:]  # وفقاً للمرصد …: the body, not its preposition
        head = toks[np.i]
        if head.kind == "w" and "typenoun" in classes(strip_conj(head.form)) and head.end <= m.start \
                and not fold(org_ar).startswith(strip_conj(head.form)):
            word = text[head.start:head.end]
            word = word[1:] if strip_conj(head.form) != head.form else word
            org_ar = f"{word} {org_ar}"  # وكالة "يونيوز": the type noun names the body (and its gender)
        if m.kind == "unnamed" and not name and end > m.end and _within_body(toks, np, m):
            org_ar += text[m.end:end].replace('"', "")  # مصدر في المقاومة الفلسطينية: whose source
        kind = "government" if m.kind == "adjective" and (np.person or name) else m.kind  # السفير السوري
        mission = _mission_of(m.canonical, strip_conj(head.form)) if m.kind == "metonym" and head.kind == "w" \
            and head.end <= m.start and strip_conj(head.form) in _MISSIONS else None
        if mission is not None:
            return SpeakerRef(name, title, role, mission, org_ar, "government", start, end, name_forms)
        if m.kind == "adjective" and np.role is not None and np.role[0] < m.start:
            lead = int(strip_conj(toks[np.i].form) != toks[np.i].form)
            org_ar = text[np.role[0] + lead:m.end].replace('"', "")  # the office with its country: السفير السوري
        return SpeakerRef(name, title, role, m.canonical, org_ar, kind, start, end, name_forms)
    if np.anaphor is not None and np.anaphor is not toks[np.i] and name:
        ref = resolve_anaphor(np.anaphor.form, history) or _mentioned(np.anaphor, toks)
        if ref is not None and ref.org:  # المتحدث باسم الهيئة "NAME": the person, for the body named before
            return SpeakerRef(name, title, role, ref.org, ref.org_ar, ref.kind, start, end, name_forms)
    elif np.anaphor is not None:
        ref = resolve_anaphor(np.anaphor.form, history)
        near = _mentioned(np.anaphor, toks)
        if ref is None or near is not None and ref.start < near.start and _opens_sentence(text, near, np.anaphor):
            ref = near or ref  # عقد مجلس الشعب جلسة …، وفق بيان صادر عن المجلس: the body just named, not an earlier speaker
        if ref is None:
            ref = _typed_introduced(text, toks, np.anaphor)  # ونفت الغرفة after غرفة عمليات «…» issued a statement
        if ref is None:
            return None
        return SpeakerRef(ref.name, ref.title, ref.role, ref.org, ref.org_ar, ref.kind, start, end, ref.name_forms)
    if name and len(np.name) == 1 and not (np.title or np.role) and np.name[0].form.startswith("ال"):
        ref = _mentioned(np.name[0], toks)  # المعهد أكّد … after معهد "دراسات الحرب" was named
        if ref is not None:
            return SpeakerRef(None, None, None, ref.org, ref.org_ar, ref.kind, start, end)
    if np.body is not None and name:
        org_ar = " ".join(text[t.start:t.end] for t in [np.body, *np.name]).replace('"', "")
        lead = int(np.body is toks[np.i] and strip_conj(np.body.form) != np.body.form)
        if np.holder:  # the body's office holder speaks for it
            held = " ".join(text[t.start:t.end] for t in np.holder)
            return SpeakerRef(held, title, role, None, org_ar[lead:], "person", start, end,
                              frozenset(t.form for t in np.holder))
        return SpeakerRef(None, None, None, None, org_ar[lead:], "media", start, end)  # وقبيلة … → قبيلة …
    if name:
        for h in reversed(history):  # وأكد مصطفى → ناجي مصطفى of the same body
            if same_person(h.name_forms, name_forms) and not surname_differs(h.name, [t.form for t in np.name]):
                full = h.name if len(h.name_forms) >= len(name_forms) else name  # the fuller of the two
                return SpeakerRef(full, h.title, h.role, h.org, h.org_ar, h.kind, start, end, h.name_forms | name_forms)
        if np.role and len(np.name) == 1 and np.name[0].form.startswith("ال"):
            return None  # الوزير الجديد: a surname after a bare office only when the article named him
        return SpeakerRef(name, title, role, None, None, "person", start, end, name_forms)
    return None


_BARE_ARMY: Final = "الجيش"


@lru_cache(maxsize=1)
def _quoted_army() -> tuple[str, str] | None:
    """The body a bare army in scare quotes names, and the body the bare word defaults to (actors.tsv)."""
    table = matcher("actors.tsv")
    israeli, default = table.canonical("الجيش الإسرائيلي"), table.canonical(_BARE_ARMY)
    return (israeli, default) if israeli and default else None


def _scare_quoted_army(text: str, toks: list[Tok], np: NP, m: ActorMention) -> ActorMention:
    """A bare الجيش in quotation marks (يؤاف غالنت، وزير "الجيش"; يدّعي "الجيش" سيطرته) is how the
    outlet writes Israel's army, whose name it will not give plainly (as "إسرائيل"): not the Syrian army
    the bare word defaults to. Only a speaker's mention is read, so this costs one check per speaker."""
    armies = _quoted_army()
    if armies is None or m.canonical != armies[1] or fold(m.surface) != _BARE_ARMY:
        return m
    t = next((x for x in toks[np.i:np.j] if x.mention is m), None)
    if t is None or not (0 < t.start and t.end < len(text) and text[t.start - 1] == _PUNCT_QUOTE
                         and text[t.end] == _PUNCT_QUOTE):
        return m
    return ActorMention(m.start, m.end, armies[0], m.surface, m.kind)


def _former_named_before(text: str, office: str, history: list[SpeakerRef]) -> SpeakerRef | None:
    """The person an earlier speaker named with this very former office (رئيس حكومة الاحتلال السابق
    NAME قال … وأقرّ رئيس حكومة الاحتلال السابق): the bare office is that person again, no unnamed source."""
    words = fold(office)
    for h in reversed(history):
        if h.name and h.kind == "person" and words in fold(text[h.start:h.end]):
            return h
    return None


def _past_body_head(toks: list[Tok], k: int, end: int) -> int:
    """``مصدر في قيادة شرطة درعا``: a type noun (قيادة، مديرية) heading an armed force the tables
    know is part of where the source sits (not إدارة الرئيس الأميركي, an office); the index of the
    force after it, else ``k``."""
    t = toks[k]
    return k + 1 if k + 1 < end and t.kind == "w" and "typenoun" in classes(t.form) and toks[k + 1].kind == "a" \
        and toks[k + 1].mention.kind in _FORCES else k


_FORCES: Final = frozenset({"state_forces", "foreign_forces", "rebels", "militia"})  # actors.tsv kinds a command heads


_MISSIONS: Final = frozenset(fold(w) for w in ("سفارة", "قنصلية"))


@lru_cache(maxsize=256)
def _mission_of(country: str, head: str) -> str | None:
    """``سفارة الولايات المتحدة`` / ``سفارة واشنطن``: a mission named by its country or capital is
    the body actors.tsv names by the country's adjective (السفارة الأميركية → US Embassy), not the
    government; None for a country with no such row (the caller asks only for a mission's head)."""
    from .claims.countries import _feminine_adjectives  # (the claims package imports this module)
    for alias in _feminine_adjectives().get(country, ()):
        found = canonical_actor("ال" + head + " " + alias)
        if found and found != country:
            return found
    return None


def _within_body(toks: list[Tok], np: NP, m: ActorMention) -> bool:
    """An unnamed source placed in a body (``مصدر في وزارة …``، ``مصادر داخل الحركة``): the
    body belongs in its name, as the text says it (gold may code it as the body or as unnamed)."""
    k = next((k for k in range(np.i, np.j) if toks[k].start >= m.end), np.j)
    return k + 1 < np.j and toks[k].form in _INSIDE and (
        toks[k + 1].kind == "a" and toks[k + 1].mention.kind not in _NOT_BODIES
        or toks[k + 1].kind == "w" and bool(classes(toks[k + 1].form) & _BODY_WORDS))


_BODY_WORDS: Final = frozenset({"typenoun", "anaphor"})  # في وزارة …، داخل الحركة (not a place: في ريف …)


_INSIDE: Final = frozenset({"في", "داخل"})
_NOT_BODIES: Final = frozenset({"unnamed", "metonym", "adjective"})  # مصادر في فلسطين: where, not whose
_AFFAIRS: Final = frozenset(fold(w) for w in ("شؤون", "الشؤون", "بالشؤون", "بشؤون"))


def _pundit_of(toks: list[Tok], np: NP, m: ActorMention) -> bool:
    """An analyst, expert, writer or journalist (claim_words.tsv class "pundit") whose body is
    only their nationality (الخبير العسكري الروسي) or the field they follow (الخبير في شؤون
    المقاومة الفلسطينية): they speak for no body."""
    head = next((t for t in toks[np.i:np.j] if t.end <= m.start and "pundit" in classes(strip_conj(t.form))), None)
    if head is None:
        return False
    before = next((t for t in reversed(toks[np.i:np.j]) if t.end <= m.start), None)
    return m.kind == "adjective" or before is not None and before.form in _AFFAIRS  # (not معلّق الشؤون العسكرية في القناة 13)


def _definite_body(toks: list[Tok], k: int, end: int) -> bool:
    """``اللجنة الدولية للاشتراكيين``، ``المركز الوطني للأبحاث``: a definite type noun whose next
    word is its own relational adjective or ``لل`` + noun, in no word class — the name of a body
    the tables lack, not a later mention of one named before (``وأكدت اللجنة``), nor the verb's
    object after it (``ووصفت اللجنة الغارة``، ``فتتهم الحزب الحاكم``)."""
    form = strip_conj(toks[k].form)
    if not form.startswith("ال") or not classes(form[2:]) & _BODY_HEADS or k + 1 >= end:
        return False
    nxt = toks[k + 1]
    return _body_modifier(nxt) and (nxt.form.startswith("لل") or nxt.form.endswith(("يه", "ي")))


_BODY_HEADS: Final = frozenset({"typenoun", "bodyhead"})  # (bodyhead: الرئاسة الروحية …, a type noun only so)


def _body_modifier(t: Tok) -> bool:
    """A word that can go on a body's name: definite or ``لل`` + noun, in no word class."""
    return t.kind == "w" and t.form.startswith(("ال", "لل")) and len(t.form) > 4 \
        and not classes(t.form) and not is_cue_word(t.form)


_SENTENCE_ENDS: Final = frozenset(".؟?!\n")
_OPENING_WORDS: Final = 2  # words before a sentence's subject: its verb (وعقد مجلس الشعب …)


def _opens_sentence(text: str, near: SpeakerRef, anaphor: Tok) -> bool:
    """Is the body ``near`` the subject that opens the anaphor's own sentence (``وعقد مجلس
    الشعب جلسة …، وفق بيان صادر عن المجلس``)? Then the anaphor is that body, not the last speaker;
    a body named inside someone's words (أعلنت الخارجية أنّ وزارة الدفاع …، وأضافت الوزارة) is not."""
    if any(c in _SENTENCE_ENDS for c in text[near.end:anaphor.start]):
        return False
    s = max(text.rfind(c, 0, near.start) for c in _SENTENCE_ENDS) + 1
    return len(text[s:near.start].split()) <= _OPENING_WORDS


_INTRODUCED_REACH: Final = 400  # tokens back to the body an anaphor names (its type noun)
_TYPED_NAME: Final = 8  # tokens of a typed body's name


def _typed_introduced(text: str, toks: list[Tok], anaphor: Tok) -> SpeakerRef | None:
    """``ونفت الغرفة`` after ``غرفة عمليات «فاثبتوا»`` was named, not yet as a speaker: the body the
    tables lack that the anaphor's type noun opened last."""
    bare = strip_conj(anaphor.form)
    bare = bare[2:] if bare.startswith("ال") else bare
    if "typenoun" not in classes(bare):
        return None
    a = bisect_left(toks, anaphor.start, key=_START)
    for n in range(a - 1, max(-1, a - _INTRODUCED_REACH), -1):
        if strip_conj(toks[n].form) != bare:
            continue
        np = parse_np(toks, n, min(a, n + _TYPED_NAME))
        if np is None or np.body is None or not np.name:
            return None
        org_ar = " ".join(text[t.start:t.end] for t in [np.body, *np.name]).replace('"', "")
        lead = int(strip_conj(np.body.form) != np.body.form)
        return SpeakerRef(None, None, None, None, org_ar[lead:], "media", toks[n].start, toks[np.j - 1].end)
    return None


def _mentioned(anaphor: Tok, toks: list[Tok]) -> SpeakerRef | None:
    """``حذّرت الوكالة`` after ``وكالة الأونروا`` was named (not yet as a speaker)."""
    bare = strip_conj(anaphor.form)
    bare = bare[2:] if bare.startswith("ال") else bare
    first_after = bisect_left(toks, anaphor.start, key=_START)  # the tokens are in text order: those before it
    for n in range(first_after - 1, -1, -1):
        t = toks[n]
        if t.mention is None:
            continue
        m = t.mention
        before = [toks[x].form for x in (n - 1, n - 2) if x >= 0]
        if m.kind not in {"civilians", "adjective", "metonym"} and m.canonical != "outlet" and (
                bare in before[:1] or (before[:1] == ['"'] and bare in before[1:])):
            return SpeakerRef(None, None, None, m.canonical, m.surface.replace('"', ""), m.kind, t.start, t.end)  # صحيفة "…"
        if m.kind in {"civilians", "adjective", "metonym"} or m.canonical == "outlet":
            continue
        if any(w.strip('"').endswith(bare) and len(w.strip('"')) - len(bare) <= 3 for w in t.form.split()):
            return SpeakerRef(None, None, None, m.canonical, m.surface.replace('"', ""), m.kind, t.start, t.end)
    return None


_PRONOUN_ENDINGS: Final = ("ها", "هم", "هما", "كم", "هن")
_FORMER: Final = frozenset({"السابق", "السابقه"})  # القيادي السابق في الهيئة: no longer speaks for the body
_GOVERNED: Final = ("بإ", "بأ", "بال", "لل", "كال", "وبال", "وبإ")
_GOVERNED_FIRST: Final = frozenset(g[0] for g in _GOVERNED)


def _governed_starts(text: str) -> set[int]:
    """Every position of ``text`` where a ``_GOVERNED`` prefix starts: a ``str.find`` scan a
    prefix (a few dozen hits a document); ``folded_tokens`` finds each one's token by bisect,
    rather than a ``startswith`` of seven prefixes (or a set lookup) at every token."""
    return set(find_all(text, _GOVERNED))


@lru_cache(maxsize=1)
def figure_rows() -> tuple[tuple[tuple[str, ...], str], ...]:
    """public_figures.tsv: each figure's name words (folded, in order) and the body a claim of
    theirs is scored under ("" for none)."""
    return tuple((tuple(fold(r["name"].strip()).split()), (r.get("org") or "").strip())
                 for r in read_tsv("public_figures.tsv") if (r.get("name") or "").strip())


@lru_cache(maxsize=1)
def _figure_ends() -> frozenset[str]:
    """The last words of the public figures' names: where such a name may end."""
    return frozenset(words[-1] for words, _ in figure_rows())


def ends_figure_name(name: list[Tok]) -> bool:
    """Whether the name read so far ends with a public figure's whole name (إردوغان، رجب طيب
    إردوغان، نصر الله): the words after it are the verb's object (أكد إردوغان عزم بلاده), not more name."""
    if not name or name[-1].form not in _figure_ends():
        return False
    forms = tuple(t.form for t in name)
    return any(forms[-len(words):] == words for words, _ in figure_rows() if len(words) <= len(forms))


def name_like(t: Tok) -> bool:
    """Could this word be part of a person's name? Not with a pronoun suffix (دعمها،
    استقباله…ها), not an adverb (هاتفياً), not a number, not a verbal noun of the استفعال
    pattern (استعداد، استهداف), not لـ + a word (لمعهد، لتحرير), not a quantifier (معظم، غالبية),
    not one letter (the preposition بـ written apart: أشاد الوزير بـ"الدور …")."""
    f = t.form
    return t.kind == "w" and len(f) > 1 and not t.adverb and not t.governed and not f.isdigit() and "most" not in classes(f) \
        and not f.endswith(_PRONOUN_ENDINGS) and not (f.startswith("است") and len(f) >= 6) \
        and not (f[0] == "ل" and len(f) > 3 and not f.startswith("ال") and is_word(f[1:]))


def possessed(form: str) -> str | None:
    """``دفاعها``، ``خارجيتها``، ``وزرائها``، ``باسمه`` (folded): a noun owned by a body named before
    (ها، هم), as an office's genitive (وزير دفاعها); its stem (``خارجيه``), else None. Not a name;
    ـه only on an office's own word (باسمه، أمينه), as folded ـه is also ة (بلدية، المنظمة)."""
    if form.startswith("ال"):
        return None
    if len(form) > 3 and form.endswith("ه"):
        stem = form[:-1]
        if classes(stem) & _OFFICE_WORDS:
            return stem
        if stem.endswith("ي") and classes(stem[:-1] + "ء") & _OFFICE_WORDS:
            return stem[:-1] + "ء"  # رئيس وزرائه: folded وزرايه, its office word وزراء
        return None
    for end in ("ها", "هم"):
        if len(form) > len(end) + 2 and form.endswith(end):
            stem = form[:-len(end)]
            for noun in (stem[:-1] + "ه" if stem.endswith("ت") else "", stem, stem[:-1] + "ء" if stem.endswith("ي") else ""):
                if noun and is_word(noun):
                    return noun
            return None
    return None


_OFFICE_WORDS: Final = frozenset({"link", "role"})


def _outlet_after(toks: list[Tok], n: int, end: int) -> int | None:
    """``صحيفة معاريف NAME`` / ``موقع والاه NAME`` from ``n``: an outlet's type noun, its name (a
    media mention, or one or two plain words the tables lack), then a writer's two-word name that
    the words, a comma or the sentence end close; the index of that name, else None. (The outlet
    nouns stay in code: a claim_words.tsv class of their own would change what the other classes
    of these type nouns decide.)"""
    if n + 3 >= end or toks[n].kind != "w" or "typenoun" not in classes(toks[n].form) or toks[n].form not in _OUTLET_NOUNS:
        return None
    if toks[n + 1].kind == "a":
        if toks[n + 1].mention.kind != "media":
            return None
        h: int | None = n + 2
    else:
        h = next((x for x in (n + 2, n + 3) if _holder_next(toks, x, end) and _closes_name(toks, x + 2, end)), None)
        if h is None or not all(toks[x].kind == "w" and not classes(toks[x].form) and not is_cue_word(toks[x].form)
                                for x in range(n + 1, h)):
            return None
    return h if h is not None and _holder_next(toks, h, end) and _closes_name(toks, h + 2, end) else None


def _closes_name(toks: list[Tok], n: int, end: int) -> bool:
    return n >= end or toks[n].form in {"،", ",", ":"} or toks[n].kind == "w" and "marker" in classes(toks[n].form)


_OUTLET_NOUNS: Final = frozenset(fold(w) for w in ("صحيفة", "موقع", "قناة", "مجلة", "جريدة", "إذاعة", "شبكة", "وكالة"))


_OWNED_ENDINGS: Final = ("ه", "هم")  # ـه، ـها، ـهم (folded)


def _owned_office(toks: list[Tok], k: int, end: int) -> bool:
    """``رئيسها``، ``أمينه العام``: an office word with the pronoun of a body named before (ـه only
    before its modifier or a title, as أمينة is also a name)."""
    if not toks[k].form.endswith(_OWNED_ENDINGS):
        return False  # (most words: no pronoun, nothing to look up)
    f = strip_conj(toks[k].form)
    stem = possessed(f)
    if stem is None or "role" not in classes(stem):
        return False
    return not f.endswith("ه") or f.endswith("ها") or k + 1 < end and toks[k + 1].kind == "w" \
        and bool(classes(toks[k + 1].form) & {"rolemod", "title"})


def _holder_next(toks: list[Tok], n: int, end: int) -> bool:
    """An office's holder starts at ``n``: two name words, no listed word, the first not definite
    (a definite surname may follow: بطرس الحلاق)."""
    return n + 1 < end and not toks[n].form.startswith("ال") and all(
        toks[x].kind == "w" and name_like(toks[x]) and not classes(toks[x].form) for x in (n, n + 1))


def noun_with_pronoun(form: str) -> bool:
    """``زيارته``، ``استقباله``، ``إطلاقه``: a noun with his (ـه), not a name."""
    return len(form) > 3 and form.endswith("ه") and (
        is_word(form[:-1]) or form.endswith("ته") and is_word(form[:-2] + "ه"))


def people(toks: list[Tok], cands: list[int]) -> list[tuple[frozenset[str], str]]:
    """Persons the article introduces with a title (``الشيخ عبد الرزاق المهدي``), so that a bare
    later ``وقال المهدي`` is known to be a person; (name tokens, name as written). ``cands``: the
    tokens whose form is a ``title_forms()`` word, in order, so only the few title words are
    visited, not every token."""
    out = []
    for k in cands:
        t = toks[k]
        if t.kind != "w" or "title" not in classes(strip_conj(t.form)):
            continue
        names = []
        n = k + 1
        while n < len(toks) and toks[n].kind == "w" and not classes(toks[n].form) \
                and not is_cue_word(toks[n].form) and len(names) < 4:
            names.append(toks[n])
            n += 1
        if names and not names[0].form.startswith("ال"):
            out.append((frozenset(x.form for x in names), " ".join(x.form for x in names)))
    return out


@lru_cache(maxsize=1)
def title_forms() -> frozenset[str]:
    """Title words and their و/ف forms: a cheap first test before ``strip_conj``."""
    titles = {w for w, c in word_classes().items() if "title" in c}
    return frozenset(titles | {p + w for w in titles for p in "وف"})


def same_person(known: frozenset[str] | set[str], forms: frozenset[str] | set[str]) -> bool:
    """A name token shared (``مصطفى``), also when a scraped join follows it (``حمدانللميادين``)."""
    if (known & forms) - _NAME_PARTICLES:
        return True
    return any(f[:m] in known for f in forms for m in range(4, len(f)) if f[m] == "ل")  # a known word of
    # four letters or more, then ل: looked up at each ل of the form, not by a scan of every known word


def surname_differs(known: str | None, name: list[str]) -> bool:
    """A full name (folded words, in order) that has neither a known person's surname (the last
    word of ``known``) nor a last word of his: another person who shares a given name (أمير بوحبوط
    after حسين أمير عبد اللهيان). A glued spelling (عبداللهيان) still matches, and so does a name
    run into the verb's object (ودعا حمدان الجماهير: حمدان is his surname)."""
    words = fold(known or "").split()
    if len(name) < 2 or len(words) < 2:
        return False
    return not any(_same_word(w, x) for w in (words[-1],) for x in name) \
        and not any(_same_word(name[-1], k) for k in words)


def _same_word(a: str, b: str) -> bool:
    """One name word, also glued to a neighbour (عبداللهيان، اللهوجوب: scraped joins)."""
    return a == b or len(a) >= 4 and len(b) >= 4 and (a.endswith(b) or b.endswith(a) or a.startswith(b) or b.startswith(a))


# Parts of many names (عبد العزيز بن حبتور، ألون بن ديفيد): sharing one does not make one person.
_NAME_PARTICLES: Final = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "اّل", "ولد", "دي", "فان"})


_WORD: Final = re.compile(r"\w+")
_GENERIC_ANAPHORA: Final = {"المصادر": "unnamed", "المصدر": "unnamed", "المسوولون": "unnamed", "الاوساط": "unnamed"}


_SOURCE_IN: Final = re.compile(r"\s(?:في|داخل)\s")  # an unnamed source's org_ar before the body it is in


def resolve_anaphor(form: str, history: list[SpeakerRef]) -> SpeakerRef | None:
    """``المركز`` → the last speaker whose body or role says مركز; ``البيان`` → the last body."""
    head = strip_conj(form)
    kind = _GENERIC_ANAPHORA.get(head)
    if kind:
        return next((h for h in reversed(history) if h.kind == kind), None)
    if head == "البيان":  # (a body issues statements; an unnamed source does not)
        return next((h for h in reversed(history) if h.org and h.kind != "unnamed"), None)
    bare = head[2:] if head.startswith("ال") else head
    for h in reversed(history):
        org_ar = h.org_ar or ""
        if h.kind == "unnamed":
            org_ar = _SOURCE_IN.split(org_ar, 1)[0]  # مصدر في الوزارة is no وزارة: الوزارة is the body named
        hay = _WORD.findall(" ".join(fold(x) for x in (org_ar, h.role or "") if x))  # (مجلّة"فورين: glued)
        if any(w == bare or w == "ال" + bare or w.endswith(bare) and len(w) - len(bare) <= 3 for w in hay):
            return h
    return None


def speaker_ok(sp: SpeakerRef | None) -> bool:
    """The outlet and its correspondents, and civilians as a mass, are not claimants."""
    return sp is not None and sp.org not in _NO_SPEAKER and sp.kind != "adjective"
