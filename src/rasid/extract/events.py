"""Events stage (issue 5): ACLED-style events with place, date, actors, sources and every figure.

A cue from ``data/triggers.tsv`` (``اشتباكات``، ``غارة``، ``استهدف``، ``اعتقال`` …) becomes an
event unless the words before it make it a threat, plan, call, denial or hypothetical. Its
arguments come from the sentence structure: the place is the nearest place in the clause, then
the sentence, then the paragraph; the date is the nearest time cue (else carried over from the
sentence it continues); actors are the named forces around it; ``claimed_by`` is whoever's
claim contains it. ACLED's unit is one event per (type, place, day): cues that fall together
merge, an air strike outranking shelling. Casualty figures (casualties.py) join the event they
describe, keeping every claimant's number.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from ..model import Claim, Event, Fatality, Place
from ..text.document import Document, Segment
from ..text.normalize import fold
from .casualties import Figure, find_figures
from .dates import DateMention, find_dates
from .numbers import fold_indexed

try:  # the shared actor matcher (issue 4); events still work without it
    from .actors import find_actors
except ImportError:  # pragma: no cover
    def find_actors(text):  # type: ignore[no-redef]
        return []

_TOKEN = re.compile(r"\d+|[\u0621-\u064A]+")
_PROCLITICS = ("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "و", "ف", "ب", "ل")
_GOV_SIDE = frozenset({"Syrian government forces", "Pro-government militias", "Iran-backed militias",
                       "Hezbollah", "Russian forces", "Islamic Revolutionary Guard Corps"})
_ARMED = frozenset({"state_forces", "rebels", "militia", "foreign_forces"})
_VICTIM_GAP = frozenset(fold(w) for w in (
    "من", "في", "صفوف", "عناصر", "عنصرا", "تنظيم", "مسلحي", "مقاتلي", "جنود", "قوات", "مسلحا", "بين",
    "أفراد", "جماعة", "حركة", "ميليشيا", "عسكريا", "عسكريين", "منهم", "آخرين", "شهداء", "قتلى", "قتيلا"))
_NOT_ACTOR_KINDS = frozenset({"media", "unnamed", "ngo", "ministry", "government"})
_TARGET_MARKERS = frozenset(fold(w) for w in (
    "على", "ضد", "مواقع", "مواقعا", "مقار", "مقر", "مقرا", "نقاط", "نقطة", "صفوف", "تجمعات", "معاقل",
    "معقل", "قاعدة", "القاعدة", "قواعد", "مسلحي", "عناصر", "تحركات", "آليات", "مواقعاً"))
_ANNOUNCE = frozenset(fold(w) for w in (
    "بيان", "له", "لها", "أعلن", "أعلنت", "قال", "قالت", "أكد", "أكدت", "صرح", "صرحت", "تصريح",
    "أفاد", "أفادت", "كشفت", "كشف", "ذكرت", "ذكر", "إفادة", "نشرت", "وأعلنت", "وأعلن", "وقالت", "وقال"))
_BACKGROUND = tuple(fold(w) for w in (
    "وكانت", "وكان", "كانت", "يذكر", "ويذكر", "وسبق", "سبق", "وقبل", "قبل", "في المقابل", "وفي المقابل",
    "يأتي", "ويأتي", "وتأتي", "تأتي", "وضمن", "وفي سياق", "وعلى صعيد", "من جهته", "من جهتها",
    "ومن جهته", "ومن جهتها", "بالتزامن", "وبالتزامن", "إضافة إلى", "وإضافة", "تجدر", "وتجدر",
    "وتستمر", "وتواصل", "ويواصل", "وتشهد", "وتنتشر", "وتعتدي", "ويتقاطع", "وخلال", "ففي", "وفي وقت سابق"))
_ATTACK_WORDS = frozenset(fold(w) for w in ("هجوم", "هجمات", "هجوما"))  # withdrawal under a ground attack
_SUFFERED = ("تعرض", "تعرضت", "يتعرض", "تتعرض", "لتعرض", "بتعرض", "وتعرضت", "وتعرض")  # "was attacked"
_SUFFERED_F = tuple(fold(w) for w in ("تعرض", "تعرضت", "يتعرض", "تتعرض"))
_NOUN_CUES = frozenset(fold(w) for w in ("هجوم", "هجمات", "هجوما", "ضربات", "ضربة", "قصف", "اعتداء",
                                          "عدوان", "استهداف", "تفجير", "اغتيال", "اعتقال", "استرجاع",
                                          "استعادة", "السيطرة", "اعتصام", "تظاهرة"))
_LAUNCH = re.compile(fold(r"(?:(?:أطلق|اطلق|انطلق)[\u0621-\u064A]*\s+من\s+(?:(?!\sفي\s|\sعلى\s)[^.]){0,40}|(?:جويا|جوي|صاروخيا|صاروخية)\s+من\s*|(?:من\s+اتجاه|من\s+جهة|انطلاقا\s+من)\s+"
                          r"|(?:المنتشرة|المتمركزة|المتواجدة|الموجودة|المنتشرين|المتمركزين)\s+في\s+[^،.]{0,25})$"))
_LIST_GAP = re.compile(r"^[\s،,\"'“”«»]*و")  # a new item of a list, not a locator
_LOCATOR_MAX_TOKENS = 7
_LOCATOR_WORDS = frozenset(fold(w) for w in (
    "في", "ب", "قرب", "بالقرب", "من", "محيط", "أطراف", "ضواحي", "على", "بعد", "كم", "حدود", "الحدود",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمالا", "جنوبا", "شرقا", "غربا",
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "ريف", "ريفي", "مدينة", "مدينتي", "بلدة", "قرية", "منطقة",
    "محافظة", "ناحية", "حي", "التابعة", "التابع", "المحاذية", "المحاذي", "الواقعة", "الواقع", "تقع",
    "العراقية", "السورية", "الأردنية", "التركية", "اللبنانية", "عند", "مع", "داخل", "وسط", "مثلث",
    "العسكرية", "العسكري", "الأميركية", "الأمريكية", "الأميركي", "الروسية", "الروسي", "الجوية", "النفطي",
    "النفطية", "الحدودية", "المحتل", "المحتلة", "إلى", "لمدينة", "الكبرى"))
_COUNTRY = frozenset(fold(w) for w in ("سوريا", "سورية", "الجمهورية العربية السورية", "البلاد"))
_GOVERNORATES = frozenset(fold(w) for w in (
    "دمشق", "ريف دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "إدلب", "الحسكة", "دير الزور",
    "ديرالزور", "الرقة", "درعا", "السويداء", "القنيطرة"))
_SYRIAN = re.compile(fold("سوري|سوريا|سورية"))
_BLOCK_WINDOW = 12
_EVENT_ROLES = frozenset({"trigger", "generic", "territory", "withdraw", "disrupt"})  # tokens before a cue searched for "not an event" words
_HISTORY_DAYS = 7  # an event dated before the article's month and over a week old is history

_SUB_RANK = {  # which sub-type wins when cues of one type merge (ACLED: air strike > shelling)
    "Air/drone strike": 5, "Suicide bomb": 4, "Remote explosive/landmine/IED": 3,
    "Shelling/artillery/missile attack": 2, "Grenade": 1,
    "Non-state actor overtakes territory": 3, "Government regains territory": 3, "Armed clash": 1,
}


@dataclass(frozen=True, slots=True)
class _Row:
    event_type: str
    sub: str
    role: str
    form: str


@dataclass(slots=True)
class _Hit:
    """One cue in ``doc.text``, with its segments."""

    start: int
    end: int
    row: _Row
    tok: int
    clause: int
    sentence: int
    paragraph: int


@dataclass(slots=True)
class _Draft:
    event_type: str
    sub: str
    place: Place | None
    date: str | None
    precision: int | None
    hits: list[_Hit] = field(default_factory=list)
    actor1: str | None = None
    actor2: str | None = None
    assoc: list[str] = field(default_factory=list)
    lead: bool = False
    fatalities: list[Fatality] = field(default_factory=list)


# ---------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def _lexicon() -> dict[tuple[str, ...], list[_Row]]:
    """Folded token tuple → rows of ``data/triggers.tsv`` (a form may be trigger and weapon)."""
    path = resources.files("rasid").joinpath("data", "triggers.tsv")
    table: dict[tuple[str, ...], list[_Row]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        form, etype, sub, role = line.split("\t")[:4]
        table.setdefault(tuple(fold(form).split()), []).append(_Row(etype, sub, role, form))
    return table


# ---------------------------------------------------------------- the document's structure


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int


class _Layout:
    """Tokens, segments and the places/actors/dates/claims of one document, in doc.text terms."""

    def __init__(self, doc: Document, places: list[Place], claims: list[Claim]) -> None:
        self.doc = doc
        folded, index = fold_indexed(doc.text)
        self.toks = [_Tok(m.group(), index[m.start()], index[m.end() - 1] + 1) for m in _TOKEN.finditer(folded)]
        self.tok_starts = [t.start for t in self.toks]
        whole = [Segment(0, len(doc.text))]
        self.paragraphs = doc.paragraphs or whole
        self.sentences = doc.sentences or whole
        self.clauses = doc.clauses or self.sentences
        self._starts = {name: [s.start for s in segs] for name, segs in
                        (("p", self.paragraphs), ("s", self.sentences), ("c", self.clauses))}
        self.dates = find_dates(doc.text, doc.meta.published)
        self.all_actors = find_actors(doc.text)
        self.actors = [a for a in self.all_actors if a.kind not in _NOT_ACTOR_KINDS]
        self.places = self._place_mentions(places)
        self.claims = claims
        self.ignored = self._repeated_paragraphs()
        self.cue_starts: list[int] = []
        self.reports: list[tuple[int, int, str]] = []
        self.abroad_places: set[int] = set()
        self.abroad_spans: list[tuple[int, int]] = []
        self.cue_spans: list[tuple[int, int]] = []
        self.event_places: list[tuple[int, int, Place]] = []
        self.abroad_clauses: set[int] = {self.seg("c", s) for s, e, p in self.places if p.abroad}
        self.locators: set[int] = set()

    def seg(self, name: str, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts[name], pos) - 1)

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

    def _repeated_paragraphs(self) -> set[int]:
        """Outlets repeat the lead (or a headline block) further down: the copies add nothing."""
        seen: set[str] = set()
        out = set()
        for k, p in enumerate(self.paragraphs):
            key = " ".join(fold(self.doc.text[p.start:p.end]).split())
            if key in seen and len(key) > 20:
                out.add(k)
            seen.add(key)
        return out

    def text(self, seg: Segment) -> str:
        return self.doc.text[seg.start:seg.end]


def _usable(place: Place) -> bool:
    return not place.abroad and fold(place.name_ar).strip() not in _COUNTRY


# ---------------------------------------------------------------- cues


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(k[0] for k in _lexicon())


@lru_cache(maxsize=16384)
def _may_start(word: str) -> bool:
    """Can a cue start at this word (as written, behind a proclitic, or glued after another)?"""
    firsts = _first_words()
    if word in firsts or any(word.startswith(p) and word[len(p):] in firsts for p in _PROCLITICS):
        return True
    return len(word) >= 7 and any(word[k:] in firsts for k in range(2, len(word) - 3))


def _match_at(toks: list[_Tok], i: int) -> tuple[int, list[_Row]] | None:
    lex = _lexicon()
    if not _may_start(toks[i].text):
        return None
    for n in (4, 3, 2, 1):
        if i + n > len(toks):
            continue
        words = [t.text for t in toks[i:i + n]]
        first = words[0]
        for head in [first] + [first[len(p):] for p in _PROCLITICS if first.startswith(p) and len(first) - len(p) >= 2]:
            rows = lex.get((head,) + tuple(words[1:]))
            if rows:
                return n, rows
        if n > 1 and len(first) >= 7:  # "عبرطائرة مسيرة"
            for k in range(3, len(first) - 3):
                rows = lex.get((first[k:],) + tuple(words[1:]))
                if rows and all(r.role == "weapon" for r in rows):
                    return n, rows
        if n == 1 and len(first) >= 7:  # words glued by a lost space: "اميركيهغارتين"، "كمااستهدفت"، "مناسقاط"
            for k in range(2 if first[:2] in ("من", "في", "عن", "مع") else 3, len(first) - 4):
                rows = lex.get((first[k:],))
                if rows and any(r.role not in ("block", "abroad") for r in rows):
                    return n, [r for r in rows if r.role not in ("block", "abroad")]
    return None


def _cues(lay: _Layout) -> list[tuple[int, int, int, _Row]]:
    """(token index, start, end, row) for every lexicon match, longest first at each token."""
    out = []
    toks = lay.toks
    i = 0
    while i < len(toks):
        m = _match_at(toks, i)
        if m is None:
            i += 1
            continue
        n, rows = m
        for row in rows:
            out.append((i, toks[i].start, toks[i + n - 1].end, row))
        i += n
    return out


def _inside_actor(lay: _Layout, start: int, end: int) -> bool:
    return any(a.start <= start and end <= a.end for a in lay.all_actors)


# ---------------------------------------------------------------- arguments


def _rank(place: Place) -> int:
    """How precise a place is: point 3, named area 2, countryside 1, governorate 0."""
    if place.kind == "point":
        return 3
    name = fold(place.name_ar)
    if name.startswith(("ريف", "ارياف", "باديه", "البادیه")):
        return 1
    if name in _GOVERNORATES or (place.gazetteer_id and "adm1" in place.gazetteer_id.lower()):
        return 0
    return 2


def _most_precise(cands: list[Place]) -> list[Place]:
    """Drop a place when a more precise one in the same governorate is named with it."""
    keep = []
    for p in cands:
        if _rank(p) == 0 and any(q.id != p.id and _rank(q) > 0 and (not p.admin1 or not q.admin1 or p.admin1 == q.admin1)
                                 for q in cands):
            continue
        if all(k.id != p.id for k in keep):
            keep.append(p)
    return keep


def _locators(lay: _Layout) -> set[int]:
    """Indexes (into ``lay.places``) of mentions that only locate the place named just before
    them (``الناجية في ريف إدلب``، ``الشدادي جنوبي الحسكة``), name where an attack was launched
    from (``أطلقت من البادية``) or where its authors are based (``المنتشرة في ريف إدلب``).
    An item of a list (``تديل وكفرعمة``) shares the status of the item before it."""
    out: set[int] = set()
    ments = lay.places
    for k, (s, e, p) in enumerate(ments):
        prev = next((j for j in range(k - 1, -1, -1) if ments[j][1] <= s), None)
        if prev is not None:
            gap = lay.doc.text[ments[prev][1]:s]
            same_sentence = lay.seg("s", ments[prev][0]) == lay.seg("s", s)
            if same_sentence and (_LIST_GAP.match(fold(gap)) or not gap.strip(" \"'“”«»")):
                if prev in out:
                    out.add(k)
                continue
            words = _TOKEN.findall(fold(gap))
            if same_sentence and len(words) <= _LOCATOR_MAX_TOKENS and all(_locator_word(w) for w in words):
                out.add(k)
                continue
        if _LAUNCH.search(fold(lay.doc.text[max(0, s - 60):s])):
            out.add(k)
    return out


def _located_abroad(lay: _Layout, abroad: list[tuple[int, int]]) -> set[int]:
    """Place mentions whose locator is a foreign place (``حيي الشاطئ والتفاح في غزة``)."""
    out = set()
    for k, (s, e, p) in enumerate(lay.places):
        for a0, a1 in abroad:
            if a0 >= e and a0 - e < 60:
                words = _TOKEN.findall(fold(lay.doc.text[e:a0]))
                if words and len(words) <= 5 and _locator_word(words[-1]) and \
                        all(_locator_word(w) or w.startswith("و") for w in words):
                    out.add(k)
                break
    return out


def _locator_word(word: str) -> bool:
    if word.isdigit() or word in _LOCATOR_WORDS:
        return True
    return any(word.startswith(p) and word[len(p):] in _LOCATOR_WORDS for p in _PROCLITICS)


def _clause_group(lay: _Layout, hit: _Hit) -> set[int]:
    """The cue's clause and the clauses after it that only add coordinated objects
    (``كما قصفت قاعدة التنف، والقاعدة الأميركية خراب الجير``)."""
    group = {hit.clause}
    k = hit.clause + 1
    sent = lay.sentences[hit.sentence]
    while k < len(lay.clauses) and lay.clauses[k].start < sent.end:
        c = lay.clauses[k]
        head = fold(lay.text(c)).lstrip(" \"'“”«»")
        if not head.startswith("و") or head.startswith(("وفي", "وقال", "واضاف", "واكد", "واشار", "وذلك")) \
                or any(c.start <= x < c.end for x in lay.cue_starts):
            break
        group.add(k)
        k += 1
    return group


def _places_for(lay: _Layout, hit: _Hit) -> list[Place]:
    """Places of the clause, else the sentence, else the nearest in the paragraph."""
    ments = lay.event_places
    clauses = _clause_group(lay, hit)
    cands = [p for s, e, p in ments if lay.seg("c", s) in clauses]
    if cands:
        return _most_precise(cands)
    if clauses & lay.abroad_clauses:
        return []  # the clause names a place abroad: the event is there
    cands = [p for s, e, p in ments if lay.seg("s", s) == hit.sentence]
    if cands:
        return _most_precise(cands)
    cands = [(abs(s - hit.start), p) for s, e, p in ments if lay.seg("p", s) == hit.paragraph]
    return [min(cands, key=lambda c: c[0])[1]] if cands else []


def _date_for(lay: _Layout, hit: _Hit) -> DateMention | None:
    """The nearest time cue in the clause, else the sentence; a cue that dates the announcement
    (``في بيان له اليوم``) yields to one that dates the event (``أمس``)."""
    for name, idx in (("c", hit.clause), ("s", hit.sentence)):
        cands = [d for d in lay.dates if lay.seg(name, d.start) == idx]
        if cands:
            return min(cands, key=lambda d: (_announces(lay, d), abs(d.start - hit.start)))
    return None


def _announces(lay: _Layout, d: DateMention) -> bool:
    k = bisect.bisect_left(lay.tok_starts, d.start)
    return any(lay.toks[j].text in _ANNOUNCE for j in range(max(0, k - 3), k))


def _narrative_date(lay: _Layout, k: int) -> DateMention | None:
    """The day a sentence without an event sets for the story (``لحظة أذان المغرب أمس الثلاثاء``):
    only when it is about the fighting (names an armed force) and dates the fact, not a statement."""
    sent = lay.sentences[k]
    own = [d for d in lay.dates if sent.start <= d.start < sent.end and d.date and d.precision == 1
           and not _announces(lay, d)]
    if not own or not any(sent.start <= a.start < sent.end and a.kind in _ARMED for a in lay.actors):
        return None
    return own[-1]


def _background(lay: _Layout) -> list[bool]:
    """Per sentence: does it open background (``وكانت``، ``يُذكر``، ``في المقابل`` …) or lead?
    A cue-less sentence inherits the narrative's date unless it does."""
    out = []
    for sent in lay.sentences:
        head = fold(lay.text(sent)[:25]).lstrip()
        out.append(head.startswith(_BACKGROUND) or lay.seg("p", sent.start) == 0)
    return out


def _blocked(lay: _Layout, hit: _Hit, block_toks: set[int]) -> bool:
    """A threat, plan, call, denial or hypothetical governs the cue."""
    sent = lay.sentences[hit.sentence]
    for k in range(max(0, hit.tok - _BLOCK_WINDOW), hit.tok):
        if k in block_toks and lay.toks[k].start >= sent.start:
            return True
    return False


def _weapon(lay: _Layout, hit: _Hit, weapons: list[tuple[int, int, _Row]], next_start: int) -> _Row | None:
    """The weapon that goes with a cue: the nearest after it (before the next cue of the
    sentence) or one named before it in its clause (``سلاح الجو الروسي استهدف``); of those, the
    air/drone strike outranks shelling (ACLED)."""
    sent = lay.sentences[hit.sentence]
    cands = []
    after = [(s, w) for s, e, w in weapons if hit.end <= s < min(next_start, sent.end)]
    if after:
        cands.append(min(after, key=lambda c: c[0])[1])
    cands += [w for s, e, w in weapons if s < hit.start and lay.seg("c", s) == hit.clause]
    if not cands:
        return None
    return max(cands, key=lambda w: _SUB_RANK.get(w.sub, 0) if w.event_type != "Battles" else 0)


def _actors(lay: _Layout, hit: _Hit, next_start: int) -> tuple[str | None, str | None]:
    """(initiator, target) from the forces named around the cue: the subject before it (or,
    verb first, right after it), and the first other force after it (``استهدفت … القوات
    الأميركية``، ``مواقع لمسلحي قسد``); a force that "was subjected to" the cue is its target."""
    sent = lay.sentences[hit.sentence]
    before = [a for a in lay.actors if sent.start <= a.start and a.end <= hit.start]
    after = [a for a in lay.actors if hit.end <= a.start < min(next_start, sent.end)]
    word = lay.toks[hit.tok].text
    suffered = any(any(x in lay.toks[k].text for x in _SUFFERED_F)
                   for k in range(max(0, hit.tok - 12), hit.tok) if lay.toks[k].start >= sent.start)
    actor1 = actor2 = None
    if suffered and before:
        actor2 = before[-1].canonical
        actor1 = after[0].canonical if after else None
    else:
        if before and lay.seg("c", before[-1].start) in (hit.clause, hit.clause - 1):
            actor1 = before[-1].canonical
        elif after and not word.startswith("ال") and \
                bisect.bisect_left(lay.tok_starts, after[0].start) - hit.tok <= 2:  # verb first: قصفت قوات النظام
            actor1, after = after[0].canonical, after[1:]
        actor2 = next((a.canonical for a in after if a.canonical != actor1), None)
    if actor1 == actor2:
        actor2 = None
    return actor1, actor2


def _claimants(lay: _Layout, start: int, end: int) -> list[Claim]:
    """Claims whose content holds ``[start, end)`` of doc.text."""
    s, e = lay.doc.to_original(start, end)
    out = []
    for c in lay.claims:
        if c.content and c.content.span[0] <= s and e <= c.content.span[1]:
            out.append(c)
    return out


# ---------------------------------------------------------------- events


def _annotate(lay: _Layout, cues: list[tuple[int, int, int, _Row]]) -> None:
    """What the cues say about the text as a whole: where event cues, reporting verbs and
    foreign names stand, which place mentions only locate others, and so which can host events."""
    lay.cue_starts = [s for t, s, e, r in cues if r.role in _EVENT_ROLES]
    lay.cue_spans = [(s, e) for t, s, e, r in cues if r.role not in ("abroad", "report", "report_after")]
    lay.reports = [(s, e, r.role) for t, s, e, r in cues if r.role in ("report", "report_after")]
    lay.abroad_spans = [(s, e) for t, s, e, r in cues if r.role == "abroad" and not _inside_actor(lay, s, e)]
    lay.abroad_clauses |= {lay.seg("c", s) for s, e in lay.abroad_spans}
    lay.abroad_places = _located_abroad(lay, lay.abroad_spans)
    lay.locators = _locators(lay)
    lay.event_places = [(s, e, p) for k, (s, e, p) in enumerate(lay.places)
                        if k not in lay.locators and k not in lay.abroad_places and _usable(p)
                        and not any(a0 < e and s < a1 for a0, a1 in lay.abroad_spans)
                        and not any(c0 < e and s < c1 for c0, c1 in lay.cue_spans)]  # "عدوان" is a cue


def find_events(doc: Document, places: list[Place], claims: list[Claim]) -> list[Event]:
    """ACLED-style events of ``doc`` with every casualty figure attached."""
    lay = _Layout(doc, places, claims)
    cues = _cues(lay)
    _annotate(lay, cues)
    block_toks = {t for t, s, e, r in cues if r.role == "block"}
    block_after = [s for t, s, e, r in cues if r.role == "block_after"]
    event_starts = sorted(lay.cue_starts)
    weapons = [(s, e, r) for t, s, e, r in cues if r.role == "weapon"]
    background = _background(lay)
    narrative: DateMention | None = None
    last_sentence = -1
    drafts: list[_Draft] = []
    hits: list[_Hit] = []
    seen_tok: set[int] = set()
    for t, s, e, row in cues:
        if row.role in ("block", "block_after", "weapon", "abroad", "report", "report_after") or t in seen_tok:
            continue
        seen_tok.add(t)
        hit = _Hit(s, e, row, t, lay.seg("c", s), lay.seg("s", s), lay.seg("p", s))
        if hit.paragraph in lay.ignored or _inside_actor(lay, s, e) or _skip_form(lay, hit):
            continue
        if _blocked(lay, hit, block_toks) or _purpose(lay, hit):
            continue
        sent = lay.sentences[hit.sentence]
        if any(hit.end <= b < sent.end for b in block_after):
            continue
        k = bisect.bisect_right(event_starts, s)
        next_start = event_starts[k] if k < len(event_starts) else len(doc.text)
        typed = _type_of(lay, hit, weapons, next_start)
        if typed is None:
            continue
        etype, sub = typed
        hits.append(hit)
        for k in range(last_sentence + 1, hit.sentence + 1):
            if background[k]:
                narrative = None
            elif k < hit.sentence and (own := _narrative_date(lay, k)) is not None:
                narrative = own
        last_sentence = max(last_sentence, hit.sentence)
        dm = _date_for(lay, hit)
        if dm is not None:
            if dm.date and dm.precision == 1:
                narrative = dm  # a vague cue dates only its own event: the story's day stands
        elif not background[hit.sentence]:
            dm = narrative
        iso, precision = (dm.date, dm.precision) if dm else (None, None)
        if _history(iso, precision, doc.meta.published):
            continue
        actor1, actor2 = _actors(lay, hit, next_start)
        if row.role == "territory" or (etype == "Battles" and sub != "Armed clash"):
            sub, mover = _territory_sub(lay, hit, actor1)
            if mover:
                actor1 = mover if row.role != "withdraw" else actor1
        elif row.role == "withdraw":
            actor1 = _actor_after(lay, hit) or actor1
        if etype == "Protests":
            actor1, actor2 = "Protesters", None
        lead = hit.paragraph == 0 and len(lay.paragraphs) >= 3
        for place in _places_for(lay, hit):
            drafts.append(_Draft(etype, sub, place, iso, precision if iso else None, [hit],
                                 actor1, actor2, lead=lead))
    events = _merge(drafts)
    _attach_figures(lay, events, hits)
    return [_to_event(lay, k, d) for k, d in enumerate(events, 1)]


def _skip_form(lay: _Layout, hit: _Hit) -> bool:
    """Cue words that are part of a name here: هيئة تحرير الشام، مركز المصالحة، محاور الاشتباك."""
    prev = fold(lay.doc.text[max(0, hit.start - 8):hit.start])
    form = fold(hit.row.form)
    if form == "تحرير" and prev.rstrip().endswith("هيئه"):
        return True
    if form == "مصالحه" and re.search(r"(?:مركز|المركز)\s*(?:ال)?$", prev):
        return True
    if form.startswith("اشتباك") and prev.rstrip().endswith(("محاور", "محور", "خطوط")):
        return True
    return False


def _type_of(lay: _Layout, hit: _Hit, weapons, next_start: int) -> tuple[str, str] | None:
    row = hit.row
    if row.role == "trigger" or row.role == "territory":
        return row.event_type, row.sub
    if row.role == "generic":
        w = _weapon(lay, hit, weapons, next_start)
        if w is None:
            return row.event_type, row.sub
        return w.event_type, w.sub
    if row.role == "disrupt":
        sent = lay.sentences[hit.sentence]
        near = [w for s, e, w in weapons if sent.start <= s < sent.end and s >= hit.start - 20]
        if any(w.event_type == "Explosions/Remote violence" for w in near):
            return row.event_type, row.sub
        if "هجوم" in fold(row.form):
            return "Battles", "Armed clash"
        return None
    if row.role == "withdraw":
        sent = lay.text(lay.sentences[hit.sentence])
        if set(_TOKEN.findall(fold(sent))) & _ATTACK_WORDS:
            return "Battles", "Non-state actor overtakes territory"
        return row.event_type, row.sub
    return None


def _purpose(lay: _Layout, hit: _Hit) -> bool:
    """``للتحضير لهجوم``، ``معدّة لاستهداف``: an attack prepared or intended, not one that happened
    (unless something "was subjected to" it: ``تعرضت لهجوم``)."""
    word = lay.toks[hit.tok].text
    if not word.startswith("ل") or word.startswith("لل") and fold(hit.row.form).startswith("ال"):
        return False
    bare = word[1:]
    if not any(bare == c or bare.startswith(c) for c in _NOUN_CUES):
        return False
    sent = lay.sentences[hit.sentence]
    suffered = tuple(fold(w) for w in _SUFFERED)
    for k in range(max(0, hit.tok - 12), hit.tok):
        if lay.toks[k].start >= sent.start and any(x in lay.toks[k].text for x in suffered):
            return False
    return True


def _actor_after(lay: _Layout, hit: _Hit, within: int = 6) -> str | None:
    """The force named right after a noun cue (سيطرة الفصائل، انسحاب قوات النظام)."""
    limit = lay.toks[min(len(lay.toks) - 1, hit.tok + within)].end
    for a in lay.actors:
        if hit.end <= a.start <= limit:
            return a.canonical
    return None


def _territory_sub(lay: _Layout, hit: _Hit, actor1: str | None) -> tuple[str, str | None]:
    """(sub-type, gainer): who gains decides; a withdrawal is the other side's gain."""
    noun = fold(hit.row.form).startswith(("سيطره", "السيطره", "بسيطره", "استعاده", "استرجاع", "انسحاب"))
    mover = _actor_after(lay, hit) if noun else None
    mover = mover or actor1
    if hit.row.role == "withdraw":
        gov = mover in _GOV_SIDE
        return ("Non-state actor overtakes territory" if gov or mover is None else "Government regains territory"), None
    sub = "Government regains territory" if mover in _GOV_SIDE else "Non-state actor overtakes territory"
    return sub, mover


def _history(iso: str | None, precision: int | None, published: str | None) -> bool:
    """Events before the article's month that it only recalls."""
    if not iso or not published:
        return False
    try:
        d, pub = date.fromisoformat(iso), date.fromisoformat(published[:10])
    except ValueError:
        return False
    before_month = (d.year, d.month) < (pub.year, pub.month)
    return before_month and (precision == 3 or (pub - d).days > _HISTORY_DAYS)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One event per (type, place, day); an undated copy joins a dated one; lead copies go."""
    by_key: dict[tuple, _Draft] = {}
    for d in drafts:
        key = (d.event_type, d.place.id if d.place else None, d.date)
        cur = by_key.get(key)
        if cur is None:
            by_key[key] = d
            continue
        _absorb(cur, d)
    events = list(by_key.values())
    dated = {(d.event_type, d.place.id): d for d in events if d.date}
    out = []
    for d in events:
        if d.date is None and (d.event_type, d.place.id) in dated:
            _absorb(dated[(d.event_type, d.place.id)], d)
            continue
        out.append(d)
    out = [d for d in out if not _covered(d, out)]
    body = [d for d in out if not d.lead]
    kept = []
    for d in out:
        if d.lead and any(b.place.admin1 == d.place.admin1 or b.place.id == d.place.id for b in body):
            continue
        kept.append(d)
    return kept


def _covered(d: _Draft, events: list[_Draft]) -> bool:
    """A governorate/countryside event restating a located one (same type, day, governorate);
    a withdrawal where a battle took the same ground."""
    if d.sub == "Non-violent transfer of territory" and any(
            e.event_type == "Battles" and e.place.id == d.place.id for e in events):
        return True
    if _rank(d.place) > 1:
        return False
    return any(e is not d and e.event_type == d.event_type and e.date == d.date and _rank(e.place) > _rank(d.place)
               and (not d.place.admin1 or e.place.admin1 == d.place.admin1) for e in events)


def _absorb(into: _Draft, other: _Draft) -> None:
    if _SUB_RANK.get(other.sub, 0) > _SUB_RANK.get(into.sub, 0):
        into.sub = other.sub
    into.hits.extend(other.hits)
    into.actor1 = into.actor1 or other.actor1
    into.actor2 = into.actor2 or other.actor2
    into.lead = into.lead and other.lead


# ---------------------------------------------------------------- casualties


def _about_syria(lay: _Layout, fig: Figure) -> bool:
    """A figure is coded when it is about Syria: its clause, else its sentence, names a Syrian
    place or "Syria", or names no foreign place (the article itself is about Syria)."""
    c, k = lay.seg("c", fig.start), lay.seg("s", fig.start)
    for name, idx, seg in (("c", c, lay.clauses[c]), ("s", k, lay.sentences[k])):
        if any(lay.seg(name, s) == idx and _usable(p) for s, e, p in lay.places):
            return True
        if _SYRIAN.search(fold(lay.text(seg))):
            return True
        if any(seg.start <= a0 < seg.end for a0, a1 in lay.abroad_spans) or \
                any(lay.seg(name, s) == idx and p.abroad for s, e, p in lay.places):
            return False
    return True


def _attach_figures(lay: _Layout, events: list[_Draft], hits: list[_Hit]) -> None:
    if not any(_usable(p) for s, e, p in lay.places):
        return  # nothing located in Syria: the figures are someone else's war
    figs = [f for f in find_figures(lay.doc)
            if lay.seg("p", f.start) not in lay.ignored and _about_syria(lay, f)]
    if not figs:
        return
    if not events:
        events.append(_carrier(lay, hits, figs[0]))
    anchors = [(h.start, d) for d in events for h in d.hits]
    for fig in figs:
        k = lay.seg("s", fig.start)
        same = [(abs(s - fig.start), d) for s, d in anchors if lay.seg("s", s) == k]
        pool = same or [(abs(s - fig.start) + (0 if s <= fig.start else 1), d) for s, d in anchors]
        event = min(pool, key=lambda c: c[0])[1]
        event.fatalities.append(_fatality(lay, fig, event))


def _carrier(lay: _Layout, hits: list[_Hit], fig: Figure) -> _Draft:
    """An event with no place to hold figures the article gives without a located event."""
    near = min(hits, key=lambda h: abs(h.start - fig.start)) if hits else None
    etype = near.row.event_type if near and near.row.event_type != "-" else "Violence against civilians"
    sub = near.row.sub if near and near.row.sub != "-" else "Attack"
    d = _Draft(etype, sub, None, None, None)
    if near:
        d.hits.append(near)
    else:
        d.hits.append(_Hit(fig.start, fig.end, _Row(etype, sub, "trigger", ""), 0,
                           lay.seg("c", fig.start), lay.seg("s", fig.start), lay.seg("p", fig.start)))
    return d


def _source(lay: _Layout, start: int, end: int) -> tuple[str, Claim | None]:
    """(claimant, claim) of a stretch of text: the claim it is reported in (its body, else the
    body at the reporting verb, else the speaker's name), or the outlet's own voice."""
    claim = _claim_of(lay, start, end)
    claimant = claim.speaker.org if claim and claim.speaker.org else None
    claimant = claimant or _reported_by(lay, start, end) or (claim.speaker.name if claim and claim.speaker.name else None)
    return claimant or "outlet", claim


def _fatality(lay: _Layout, fig: Figure, event: _Draft) -> Fatality:
    claimant, claim = _source(lay, fig.start, fig.end)
    victims = fig.victims or _victim_near(lay, fig)
    if victims is None and any(lay.seg("s", h.start) == lay.seg("s", fig.start) for h in event.hits):
        victims = event.actor2
    return Fatality(count=fig.count, qualifier=fig.qualifier, kind=fig.kind, victims=victims,
                    claimed_by=claimant, claim=claim.id if claim else None,
                    span=lay.doc.to_original(fig.start, fig.end))


def _claim_of(lay: _Layout, start: int, end: int) -> Claim | None:
    """The claim a figure is reported in: of the claims whose content holds it or whose cue
    stands in its sentence, the one with the nearest cue before it (else the nearest after)."""
    sent = lay.sentences[lay.seg("s", start)]
    s0, s1 = lay.doc.to_original(sent.start, sent.end)
    p = lay.doc.to_original(start, end)[0]
    cands = {c.id: c for c in _claimants(lay, start, end)}
    cands.update({c.id: c for c in lay.claims if s0 <= c.cue.span[0] < s1})
    if not cands:
        return None
    before = [c for c in cands.values() if c.cue.span[0] <= p]
    if before:
        return max(before, key=lambda c: c.cue.span[0])
    return min(cands.values(), key=lambda c: c.cue.span[0])


def _reported_by(lay: _Layout, start: int, end: int) -> str | None:
    """Who gives a figure the claims stage left unattributed: the body named at a reporting
    verb before it in its sentence (``وقدّرت المصادر``، ``حزب الله، تزف 4 شهداء``), or after
    ``بحسب``/``وفق`` following it. A body named in short (``وزارة الدفاع``، ``المصادر``)
    takes the full name it had earlier in the article."""
    sent = lay.sentences[lay.seg("s", start)]
    verbs = [(s, e) for s, e, role in lay.reports if sent.start <= s < start and role == "report"]
    afters = [(s, e) for s, e, role in lay.reports if end <= s < sent.end and role == "report_after"]
    for s, e in ([verbs[-1]] if verbs else []) + afters[:1]:
        k = bisect.bisect_left(lay.tok_starts, e)
        limit = lay.toks[min(len(lay.toks) - 1, k + 3)].end
        for a in lay.all_actors:
            if e <= a.start <= limit and a.kind != "media":
                return a.canonical
        if (s, e) in verbs:
            for a in reversed(lay.all_actors):
                if a.end <= s and bisect.bisect_left(lay.tok_starts, s) - bisect.bisect_left(lay.tok_starts, a.end) <= 2:
                    return a.canonical
                if a.end <= s:
                    break
        head = lay.toks[k].text if k < len(lay.toks) else ""
        head = head[2:] if head.startswith("ال") and len(head) > 4 else head
        if len(head) >= 4:
            for a in reversed(lay.all_actors):
                if a.start < s and fold(a.surface).startswith(head):
                    return a.canonical
    return None


def _victim_near(lay: _Layout, fig: Figure) -> str | None:
    """Whose people: the force named right after the figure (``17 عنصراً من هيئة تحرير الشام``,
    ``في صفوف الجماعات المسلحة``) or, failing that, right before it (``القوات السورية خسرت 40``)."""
    k = bisect.bisect_left(lay.tok_starts, fig.end)
    for a in lay.actors:
        if a.start >= fig.end:
            j = bisect.bisect_left(lay.tok_starts, a.start)
            if j - k <= 3 and all(_victim_gap(lay.toks[x].text) for x in range(k, j)):
                return a.canonical
            break
    before = [a for a in lay.actors if a.end <= fig.start]
    if before:
        a = before[-1]
        j = bisect.bisect_left(lay.tok_starts, a.end)
        k0 = bisect.bisect_left(lay.tok_starts, fig.start)
        if k0 - j <= 2:
            return a.canonical
    return None


def _victim_gap(word: str) -> bool:
    return word in _VICTIM_GAP or any(word.startswith(p) and word[len(p):] in _VICTIM_GAP for p in _PROCLITICS)


def _to_event(lay: _Layout, k: int, d: _Draft) -> Event:
    claimed: list[str] = []
    for h in d.hits:
        who, _ = _source(lay, h.start, h.end)
        if who not in claimed:
            claimed.append(who)
    if d.actor2 == d.actor1:
        d.actor2 = None
    return Event(id=f"e{k}", event_type=d.event_type, sub_event_type=d.sub, date=d.date,
                 time_precision=d.precision, place=d.place.id if d.place else None,
                 actor1=d.actor1, actor2=d.actor2, assoc_actors=d.assoc, fatalities=d.fatalities,
                 claimed_by=claimed or ["outlet"],
                 evidence=sorted({lay.doc.to_original(h.start, h.end) for h in d.hits}))
