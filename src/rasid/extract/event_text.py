"""The document as the events stage reads it: tokens, segments, places, actors, dates, and the
cues of ``data/triggers.tsv`` matched in it.

Every position here is in ``Document.text``; place spans (original coordinates) are mapped in
once. The trigger lexicon is folded and compiled once; a cue may carry a proclitic (و ف ب ل ال)
or be glued to the word before it by a lost space (``كمااستهدفت``), as the corpus often has it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from ..model import Claim, Place
from ..text.document import Document, Segment
from ..text.normalize import fold
from .dates import DateMention, dates_and_day
from .numbers import WordTest, fold_drops, fold_indexed, word_positions, word_starts, word_texts, words_of

from .actors import ActorMention
from .actors import matcher as _actor_matcher


def find_actors(text: str, folded_index=None) -> list[ActorMention]:
    """Actor mentions, reusing the document's fold when the caller has it; "the organisation"
    (``التنظيم``) names the group last called ``تنظيم …`` (``تنظيم داعش`` … ``عناصر التنظيم``)."""
    found = _actor_matcher("actors.tsv").find(text, folded_index)
    if "التنظيم" not in text or not found:
        return found
    out: list[ActorMention] = []
    k = 0
    last: ActorMention | None = None  # the last mention written تنظيم …
    for m in _THE_ORGANISATION.finditer(text):
        while k < len(found) and found[k].start < m.start():
            if fold(found[k].surface).startswith(_TANZIM):
                last = found[k]
            out.append(found[k])
            k += 1
        if last is not None and (k == len(found) or found[k].start >= m.end()):
            out.append(ActorMention(m.start(1), m.end(1), last.canonical, m.group(1), last.kind))
    return out + found[k:]


_THE_ORGANISATION: Final = re.compile(r"(?<![\u0621-\u064A])(?:[وفب]?ل?)(التنظيم)(?![\u0621-\u064A])")
_TANZIM: Final = fold("تنظيم")


TOKEN: Final = re.compile(r"\d+|[\u0621-\u064A]+")
PROCLITICS: Final = ("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "و", "ف", "ب", "ل")
_NOT_ACTOR_KINDS: Final = frozenset({"media", "unnamed", "ngo", "ministry", "government"})
ARMED: Final = frozenset({"state_forces", "rebels", "militia", "foreign_forces"})  # the kinds of armed forces
_COUNTRY: Final = frozenset(fold(w) for w in ("سوريا", "سورية", "الجمهورية العربية السورية", "البلاد"))


PlaceMention = tuple[int, int, Place, tuple[int, int, int]]  # (start, end, place, its clause, sentence, paragraph)


@dataclass(frozen=True, slots=True)
class Row:
    event_type: str
    sub: str
    role: str
    form: str


@dataclass(slots=True)
class Hit:
    """One cue in ``doc.text``, with its segments."""

    start: int
    end: int
    row: Row
    tok: int
    clause: int
    sentence: int
    paragraph: int


@lru_cache(maxsize=1)
def trigger_lexicon() -> dict[tuple[str, ...], list[Row]]:
    """Folded token tuple → rows of ``data/triggers.tsv`` (a form may be trigger and weapon)."""
    path = resources.files("rasid").joinpath("data", "triggers.tsv")
    table: dict[tuple[str, ...], list[Row]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        form, etype, sub, role = line.split("\t")[:4]
        table.setdefault(tuple(fold(form).split()), []).append(Row(etype, sub, role, form))
    home = {key for key, rows in table.items() if any(r.role == "home" for r in rows)}
    for form in _abroad_names():  # the places stage's list of foreign places, less its adjectives
        key = tuple(fold(form).split())
        if key and key not in table and key not in home:
            table[key] = [Row("-", "-", "abroad", form)]
    for key in home:  # (a "home" row only keeps a name of that list out)
        kept = [r for r in table[key] if r.role != "home"]
        if kept:
            table[key] = kept
        else:
            del table[key]
    return table


@lru_cache(maxsize=1)
def _bases() -> dict[str, str]:
    """Folded place name → the force whose base it is (``data/bases.tsv``)."""
    path = resources.files("rasid").joinpath("data", "bases.tsv")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            name, owner = line.split("\t")[:2]
            out[fold(name)] = owner
    return out


def base_owner(place: Place) -> str | None:
    """The force whose base the place is (التنف، حقل العمر: the US-led coalition), if any."""
    return _bases().get(fold(place.name_ar)) if place.name_ar else None


_ADJECTIVE: Final = re.compile(r"^ال\S+(?:ي|ية)$")  # التركي، الأردنية: nationality words, not places


def _abroad_names() -> list[str]:
    """Names and aliases of ``data/places_abroad.tsv`` that are not nationality adjectives."""
    path = resources.files("rasid").joinpath("data", "places_abroad.tsv")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "name_ar\t")):
            continue
        cols = line.split("\t")
        for form in [cols[0]] + (cols[1].split("|") if len(cols) > 1 else []):
            form = form.strip()
            if form and not _ADJECTIVE.match(form):
                out.append(form)
    return out


_BULLETIN: Final = re.compile(r"^\s*(?:ال)?نشر[ةه]\b")  # نشرة الثامنة، نشرة منتصف الليل: one headline a line


class Layout:
    """Tokens, segments and the places/actors/dates/claims of one document, in doc.text terms."""

    def __init__(self, doc: Document, places: list[Place], claims: list[Claim]) -> None:
        self.doc = doc
        self.bulletin = bool(_BULLETIN.match(doc.meta.title or ""))  # its lines are separate stories
        self.folded, self.findex = fold_indexed(doc.text)
        self.drops = fold_drops(doc.text)
        self.toks = words_of(doc.text)
        self.texts = word_texts(doc.text)  # shared per document: read only
        self.tok_starts = word_starts(doc.text)
        whole = [Segment(0, len(doc.text))]
        self.paragraphs = doc.paragraphs or whole
        self.sentences = doc.sentences or whole
        self.clauses = doc.clauses or self.sentences
        self._starts = {name: [s.start for s in segs] for name, segs in
                        (("p", self.paragraphs), ("s", self.sentences), ("c", self.clauses))}
        self.dates, self.today = dates_and_day(doc.text, doc.published_at or doc.meta.published)
        self.all_actors = find_actors(doc.text, (self.folded, self.findex))
        self.actor_starts = [a.start for a in self.all_actors]  # sorted, non-overlapping
        self.actors = [a for a in self.all_actors if a.kind not in _NOT_ACTOR_KINDS]
        self.actor_at = [a.start for a in self.actors]  # sorted: the actors of a stretch by bisect
        self.armed_names = {a.canonical for a in self.actors if a.kind in ARMED}
        self.camp_actors: dict[frozenset[str], list] = {}  # memo of event_args._opponent: a camp's forces
        self.places = self._place_mentions(places)
        self.place_segs = [(self.seg("c", s), self.seg("s", s), self.seg("p", s)) for s, e, p in self.places]
        self.date_segs = [(self.seg("c", d.start), self.seg("s", d.start)) for d in self.dates]
        self.sentence_dates: dict[int, list[tuple[DateMention, tuple[int, int]]]] = {}  # by sentence, in order
        for d, dseg in zip(self.dates, self.date_segs):
            self.sentence_dates.setdefault(dseg[1], []).append((d, dseg))
        self.sources: dict[tuple[int, int], tuple] = {}  # memo of event_sources.source_of
        # Memos of what the cue readers ask again for each cue of a sentence (filled once the
        # cues are annotated, when nothing they read changes any more):
        self.clause_groups: dict[tuple[int, int, int], set[int]] = {}  # event_args._clause_group, by cue
        self.target_reaches: dict[tuple[int, int], int] = {}  # event_args._target_reach, by (clause, sentence)
        self.patrons: dict[int, bool] = {}  # event_args._patron, by the actor's start
        self.no_authors: dict[int, bool] = {}  # event_args._no_author, by the actor's start
        self.area_holders: dict[int, bool] = {}  # event_args._holds_area, by the actor's start
        self.announcing: dict[tuple[int, int], bool] = {}  # event_args.announces, by the time cue's span
        self.asides: dict[tuple[int, int], int] = {}  # event_args._aside_statement, by (clause, sentence)
        self.claims = claims
        self.claim_contents = [(c.content.span, c) for c in claims if c.content]
        self.sentence_claims: dict[int, dict[str, Claim]] = {}  # memo of event_sources._sentence_claims
        self.ignored = self._repeated_paragraphs()
        self.cue_starts: list[int] = []
        self.cue_start_set: set[int] = set()
        self.cue_order: list[int] = []  # cue_starts sorted: the event cues of a stretch by bisect
        self.reports: list[tuple[int, int, str]] = []
        self.abroad_places: set[int] = set()
        self.abroad_spans: list[tuple[int, int]] = []
        self.abroad_at: list[int] = []  # sorted starts of the places abroad and the abroad_spans
        self.cue_spans: list[tuple[int, int]] = []
        self.event_places: list[PlaceMention] = []  # with place_segs, in text order
        self.event_place_starts: list[int] = []  # their starts, for the mentions in a stretch by bisect
        self.clause_places: dict[int, list[PlaceMention]] = {}  # the event places of each clause, in order
        self.sentence_places: dict[int, list[PlaceMention]] = {}  # … of each sentence
        self.listed: set[tuple[int, int]] = set()  # pairs of place mentions standing in one list
        self.abroad_clauses: set[int] = {self.seg("c", s) for s, e, p in self.places if p.abroad}
        self.locators: set[int] = set()
        self.nationals: list[tuple[int, str]] = []  # (token, force) of adjectives after a cue or weapon
        self.civilian_targets: list[int] = []  # starts of civilian-target phrases
        self.weapon_starts: list[int] = []
        self.listed_finer: set[str] = set()
        self.suffered_toks: list[int] = []
        self.reply_toks: list[int] = []  # tokens of a verb or adverb of replying (ردّ، رداً)
        self.target_nationals: list[tuple[int, str]] = []  # adjectives after a target noun (القاعدة الأميركية)

    def set_event_places(self, places: list[PlaceMention]) -> None:
        """The place mentions that can host events, with their indexes: every cue asks for those
        of its clause, its sentence or a stretch of text (not a scan of them all each time)."""
        self.event_places = places
        self.event_place_starts = [m[0] for m in places]
        self.clause_places = {}
        self.sentence_places = {}
        for m in places:
            self.clause_places.setdefault(m[3][0], []).append(m)
            self.sentence_places.setdefault(m[3][1], []).append(m)

    def cues_in(self, lo: int, hi: int) -> list[int]:
        """The starts of the event cues (``cue_starts``) in ``[lo, hi)``, in text order."""
        at = self.cue_order
        return at[bisect.bisect_left(at, lo):bisect.bisect_left(at, hi)]

    def event_places_in(self, lo: int, hi: int) -> list[PlaceMention]:
        """The event place mentions that start in ``[lo, hi)``, in text order."""
        at = self.event_place_starts
        return self.event_places[bisect.bisect_left(at, lo):bisect.bisect_left(at, hi)]

    def actors_in(self, lo: int, hi: int) -> list[ActorMention]:
        """The forces (``self.actors``) whose mention starts in ``[lo, hi)``, in text order."""
        at = self.actor_at
        return self.actors[bisect.bisect_left(at, lo):bisect.bisect_left(at, hi)]

    def seg(self, name: str, pos: int) -> int:
        k = bisect.bisect_right(self._starts[name], pos) - 1
        return k if k > 0 else 0

    def ftext(self, start: int, end: int) -> str:
        """The folded form of ``doc.text[start:end]``, cut from the document folded once (at the
        same offsets where folding deleted nothing)."""
        if start < 0:
            start = 0
        if end < 0:
            end = 0
        drops = self.drops
        if not drops:
            return self.folded[start:end]
        return self.folded[start - bisect.bisect_left(drops, start):end - bisect.bisect_left(drops, end)]

    def _place_mentions(self, places: list[Place]) -> list[tuple[int, int, Place]]:
        """(start, end in doc.text, place) for every span of every usable place."""
        out = []
        for p in places:
            for s, e in p.spans:
                i, j = self.doc.to_text(s, e)
                if i < j:
                    out.append((i, j, p))
        out.sort(key=lambda m: m[0])
        return out

    def listed_with_finer(self) -> set[str]:
        """Ids of governorate-named places listed beside a finer place of their governorate
        (``في الحسكة والقامشلي``: the city, not a restatement of the province)."""
        out = set()
        for a, b in self.listed:
            for x, y in ((a, b), (b, a)):
                px, py = self.places[x][2], self.places[y][2]
                if px.kind == "area" and py.kind == "point" and px.admin1 == py.admin1:
                    out.add(px.id)
        return out

    def _repeated_paragraphs(self) -> set[int]:
        """Outlets repeat the lead (or a headline block) further down: the copies add nothing."""
        seen: set[str] = set()
        out = set()
        for k, p in enumerate(self.paragraphs):
            key = " ".join(self.ftext(p.start, p.end).split())
            if key in seen and len(key) > 20:
                out.add(k)
            seen.add(key)
        return out

    def text(self, seg: Segment) -> str:
        return self.doc.text[seg.start:seg.end]


def usable(place: Place) -> bool:
    return not place.abroad and not _is_country(place.name_ar)


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    return fold(name).strip() in _COUNTRY


@lru_cache(maxsize=1)
def _lengths() -> dict[str, frozenset[int]]:
    """First word of a cue → the lengths (in words) of the cues it opens."""
    out: dict[str, set[int]] = {}
    for key in trigger_lexicon():
        out.setdefault(key[0], set()).add(len(key))
    return {k: frozenset(v) for k, v in out.items()}


def _heads(word: str) -> list[tuple[str, int]]:
    """The cue words this word may carry, in order of preference, each with how it carries it:
    0 as written or behind a proclitic, 1 glued to the word before it (a multi-word weapon,
    ``عبرطائرة مسيرة``), 2 glued (a one-word cue: ``اميركيهغارتين``، ``كمااستهدفت``).
    (The forms as written or behind a proclitic are one lookup, and a glued cue is found by
    the word's ending of each cue-word length, not by each split point.)"""
    out = list(_clitic_heads().get(word, ()))
    n = len(word)
    sizes = _tail_sizes().get(word[-4:]) if n >= 7 else None  # (a glued cue of 4+ letters ends as the word does)
    if sizes:
        firsts = _lengths()
        glued = [n - size for size in sizes if size <= n - 2 and word[n - size:] in firsts]
        out += [(word[k:], 1) for k in glued if k >= 3]  # (glued: split points, rising)
        lo = 2 if word[:2] in ("من", "في", "عن", "مع") else 3
        out += [(word[k:], 2) for k in glued if lo <= k < n - 4]
    return out


@lru_cache(maxsize=1)
def _clitic_heads() -> dict[str, tuple[tuple[str, int], ...]]:
    """Every form a cue's first word takes, as written or behind one of ``PROCLITICS`` (two
    letters at least left after it) → the cue words it carries, as written first, then the
    proclitics in ``PROCLITICS`` order: spelt out once, where each proclitic was tried per word."""
    out: dict[str, list[tuple[str, int]]] = {}
    firsts = _lengths()
    for head in firsts:
        out.setdefault(head, []).append((head, 0))
    for p in PROCLITICS:
        for head in firsts:
            if len(head) >= 2:
                out.setdefault(p + head, []).append((head, 0))
    return {form: tuple(heads) for form, heads in out.items()}


@lru_cache(maxsize=1)
def _tail_sizes() -> dict[str, tuple[int, ...]]:
    """The last four letters of every cue word of four or more → the lengths of the cue words
    ending so, the longest first: a word none of them ends can carry no glued cue (its suffixes
    tried are four letters or longer), and one that does tries only those lengths (the longest
    ending is the earliest split point), not every cue word's."""
    out: dict[str, set[int]] = {}
    for w in _lengths():
        if len(w) >= 4:
            out.setdefault(w[-4:], set()).add(len(w))
    return {tail: tuple(sorted(sizes, reverse=True)) for tail, sizes in out.items()}


_NO_TRIES: Final[tuple[tuple[int, str, int], ...]] = ()
_Longer = tuple[int, str, bool, frozenset[str]]  # (cue length, head, weapons only, the cue's possible second words)
_Plan = tuple[tuple[_Longer, ...], tuple[int, list[Row]] | None]
_NO_PLAN: Final[_Plan] = ((), None)
_PLAN_MEMO: Final[dict[str, _Plan]] = {}  # the words that may open a cue → their plans
_PLAN_MEMO_SIZE: Final = 100_000  # entries kept at most (memory stays flat over a long ingest)
_NOT_GLUED: Final = ("block", "ongoing", "abroad", "hypothetical")  # roles a cue glued to the word before never has


def _plan(word: str) -> _Plan:
    """What ``_match_at`` does at a word (kept for the few words that may open a cue:
    ``find_cues`` asks again for each of them): ``_NO_PLAN`` for a word that can open none."""
    got = _PLAN_MEMO.get(word)
    if got is not None:
        return got
    out = _make_plan(word)
    if out is not _NO_PLAN and len(_PLAN_MEMO) < _PLAN_MEMO_SIZE:
        _PLAN_MEMO[word] = out
    return out


def _make_plan(word: str) -> _Plan:
    """The word's tries (``_make_tries``), longest cue first, with all that does not hang on the
    words after it worked out once: the cues of two words or more to look up (with the second
    words they may go on with), then the one-word cue the word is when none of those is there
    (the first one-word try that keeps some rows), or None."""
    tries = _make_tries(word)
    if not tries:
        return _NO_PLAN
    lex, seconds = trigger_lexicon(), _seconds()
    longer = tuple((n, head, mode == 1, seconds[head]) for n, head, mode in tries if n > 1)
    for n, head, mode in tries:
        rows = lex.get((head,)) if n == 1 else None
        kept = rows if mode == 0 or not rows else [r for r in rows if r.role not in _NOT_GLUED]
        if kept:
            return longer, (1, kept)
    return longer, None


def _make_tries(word: str) -> tuple[tuple[int, str, int], ...]:
    heads = _heads(word)
    if not heads:
        return _NO_TRIES  # (most words: no cue)
    lengths = _lengths()
    out = []
    for n in (4, 3, 2, 1):
        for head, mode in heads:
            if n in lengths[head] and not (mode == 1 and n == 1) and not (mode == 2 and n != 1):
                out.append((n, head, mode))
    return tuple(out)


@lru_cache(maxsize=1)
def _seconds() -> dict[str, frozenset[str]]:
    """First word of a cue of two words or more → the second words of those cues: half the
    words tried open no cue, most for want of the next word, told here by one set lookup."""
    out: dict[str, set[str]] = {}
    for key in trigger_lexicon():
        if len(key) >= 2:
            out.setdefault(key[0], set()).add(key[1])
    return {k: frozenset(v) for k, v in out.items()}


def _may_open(word: str) -> bool:
    """Does ``_make_tries`` give the word anything? Most words carry no cue word: as written or
    behind a proclitic one lookup says so, and a glued one needs a long word with a cue's ending."""
    if word not in _clitic_heads() and (len(word) < 7 or word[-4:] not in _tail_sizes()):
        return False
    return _plan(word) is not _NO_PLAN


def _opening_forms() -> frozenset[str]:
    """The words that open a cue as written or behind a proclitic (those of ``_clitic_heads``
    with something to try): ``_TRIES``'s forms, so that only a word long enough to carry a glued
    cue (seven letters) is put to ``_may_open`` when first seen."""
    return frozenset(w for w in _clitic_heads() if _make_tries(w))


_TRIES: Final = WordTest(_may_open, forms=_opening_forms, rest=_may_open, rest_from=7)  # the words that may open a cue


def _match_at(texts: list[str], i: int, lex: dict[tuple[str, ...], list[Row]]) -> tuple[int, list[Row]] | None:
    """The longest cue starting at word ``i`` (``texts``: the folded words): (words used, rows).
    (A cue of two words or more is looked up only where the next word may go on with it; a
    glued multi-word cue counts only as a weapon.)"""
    longer, single = _plan(texts[i])
    for n, head, weapons_only, nexts in longer:
        if i + n <= len(texts) and texts[i + 1] in nexts:
            rows = lex.get((head, *texts[i + 1:i + n]))
            if rows and (not weapons_only or all(r.role == "weapon" for r in rows)):
                return n, rows
    return single


def find_cues(lay: Layout) -> list[tuple[int, int, int, Row]]:
    """(token index, start, end, row) for every lexicon match, longest first at each token;
    only the words that may open a cue are tried."""
    out = []
    toks, texts, lex = lay.toks, lay.texts, trigger_lexicon()
    i = 0
    for k in word_positions(lay.doc.text, _TRIES):
        if k < i:
            continue
        m = _match_at(texts, k, lex)
        if m is None:
            continue
        n, rows = m
        for row in rows:
            out.append((k, toks[k].start, toks[k + n - 1].end, row))
        i = k + n
    return out


@lru_cache(maxsize=1)
def _nationalities() -> tuple[tuple[str, str], ...]:
    """(folded adjective, force) of the lexicon's foreign nationality rows, longest first: a
    Syrian adjective is the army's only right after a cue or weapon (``قصف سوري``), never for
    counted people (``10 سوريين``) or glued to a word (``سوريا``)."""
    rows = [(k[0], r.sub) for k, rs in trigger_lexicon().items() if len(k) == 1 for r in rs
            if r.role == "nationality" and r.sub != "Syrian government forces"]
    return tuple(sorted(rows, key=lambda x: -len(x[0])))


@lru_cache(maxsize=4096)
def glued_nationality(word: str) -> str | None:
    """The force of a nationality adjective a lost space glued to the next word
    (``روسيهاستهدفت``)."""
    for adj, force in _nationalities():
        if word.startswith(adj) and len(word) > len(adj) + 2:
            return force
    return None


@lru_cache(maxsize=4096)
def nationality_force(word: str) -> str | None:
    """The force of a nationality adjective in any number and case (``أميركيين``، ``الإسرائيليون``،
    ``روسياً``), by the lexicon's nationality rows."""
    table = dict(_nationalities())
    stems = {word, word[2:] if word.startswith("ال") else word}
    for w in list(stems):
        for end, repl in (("ين", ""), ("ون", ""), ("ا", ""), ("يه", "ي")):
            if w.endswith(end) and len(w) > len(end) + 3:
                stems.add(w[:-len(end)] + repl)
    return next((table[w] for w in stems if w in table), None)


_RESISTANCE_NAME: Final = re.compile(fold(r"^[وفبل]*(?:(?:فصائل|حركات)\s+)?المقاومة\s"))  # (فصائل المقاومة العراقية)
# Gaza's factions by name: no actor of the table (their names hold the abroad words الفلسطينية، غزة), only
# what a bare name after them stands for.
# (The scan is led by the literal name, and its head — a proclitic, فصائل or حركات — read back from
# each match: a scan opened by a look-behind or an optional head is tried at every character.)
_GAZA_NAME: Final = re.compile(fold(r"المقاومة\s+(?:الفلسطينية|في\s+(?:قطاع\s+)?غزة)(?![\u0621-\u064A])"))
_GAZA_HEAD: Final = re.compile(fold(r"(?<![\u0621-\u064A])[وفبل]?(?:(?:فصائل|حركات)\s+)?\Z"))
_GAZA_HEAD_CHARS: Final = 40  # a head (a proclitic, فصائل/حركات and its spaces) fits in it
_GAZA_FACTIONS: Final = "Palestinian resistance factions"
_SHORT: Final = re.compile(fold(r"(?<![\u0621-\u064A])(?:[وفبل]|وب|ول)?(?:قوات\s+)?المقاومة(?![\u0621-\u064A])"))


def resolve_short_names(lay: Layout) -> None:
    """``المقاومة`` alone, after the article named which (``المقاومة الإسلامية في العراق``، ``حركات
    المقاومة في قطاع غزة``), is that body: its mentions join ``lay``'s actors (the full name before
    it, else the one resistance the article names anywhere, else none; Gaza's factions only where
    no other is named)."""
    full = [a for a in lay.all_actors if _RESISTANCE_NAME.match(_folded_surface(a.surface))]
    gaza = [] if full else _gaza_names(lay)
    full = full or gaza
    if not full:
        return
    added = []
    for m in _SHORT.finditer(lay.folded):
        k0, k1 = lay.findex[m.start()], lay.findex[m.end() - 1] + 1
        if inside_actor(lay, k0, k1) or any(g.start <= k0 < g.end for g in gaza) or any(
                a.start < k1 and k0 < a.end for a in lay.all_actors[
                max(0, bisect.bisect_left(lay.actor_starts, k0) - 1):bisect.bisect_left(lay.actor_starts, k1)]):
            continue
        named = [a for a in full if a.end <= k0] or (full if len({a.canonical for a in full}) == 1 else [])
        if named:  # (before the full name is told, only when the article names one resistance)
            a = named[-1]
            added.append(ActorMention(k0, k1, a.canonical, lay.doc.text[k0:k1], a.kind))
    if not added:
        return
    lay.all_actors = sorted(lay.all_actors + added, key=lambda a: a.start)
    lay.actor_starts = [a.start for a in lay.all_actors]
    lay.actors = [a for a in lay.all_actors if a.kind not in _NOT_ACTOR_KINDS]
    lay.actor_at = [a.start for a in lay.actors]


def _gaza_names(lay: Layout) -> list[ActorMention]:
    """Where the text names Gaza's factions (``فصائل المقاومة الفلسطينية``، ``حركات المقاومة في قطاع
    غزة``): the antecedents of a bare ``فصائل المقاومة`` after them."""
    out = []
    folded = lay.folded
    for m in _GAZA_NAME.finditer(folded):
        head = _GAZA_HEAD.search(folded, max(0, m.start() - _GAZA_HEAD_CHARS), m.start())
        if head is None:
            continue  # glued inside another word (والمقاومة is a head; xالمقاومة is none)
        k0, k1 = lay.findex[head.start()], lay.findex[m.end() - 1] + 1
        out.append(ActorMention(k0, k1, _GAZA_FACTIONS, lay.doc.text[k0:k1], "militia"))
    return out


@lru_cache(maxsize=1024)
def _folded_surface(surface: str) -> str:
    return fold(surface)


def inside_actor(lay: Layout, start: int, end: int) -> bool:
    """Does an actor's name hold ``[start, end)`` (``العدوان الإسرائيلي`` is a name, not a cue)?"""
    k = bisect.bisect_right(lay.actor_starts, start) - 1
    return k >= 0 and end <= lay.all_actors[k].end
