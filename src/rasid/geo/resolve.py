"""From name occurrences to places: which hits are places, and which same-named place each is.

Precision first. A name of a known admin unit, a big town or a named area is a place by
itself; an ordinary village name must stand where places stand (after a place noun, a
preposition, in a list of places, or before a locator such as ``بريف حماة``); names that are
common words or person names need a place noun. Same-named villages are told apart by the
governorates and places around them; when that fails, the smallest admin unit that holds all
the candidates is returned (geo_precision 3) instead of a guess.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Final

from ..text.normalize import fold
from .context import (
    is_common_word,
    next_word,
    prev_word,
    role_of,
    same_sentence,
    stop_policy,
    words_by_role,
)
from .foreign import foreign_chained, foreign_paragraphs
from .gazetteer import Entry, entries, read_table
from .matcher import (
    CLITICS,
    Hit,
    _index,
    find_hits,
    norm_name,
    place_nouns,
    split_al,
    word_start,
)
from .unknown import PlacedIndex, landmark_heads, landmark_starts, typed_unknowns, unknown_compounds

_QUOTES: Final = "\"'“”«»"
STRONG_POP: Final = 20000  # a town this big is a place by its name alone
NEAR_KM: Final = 30.0


@dataclass(slots=True)
class Resolved:
    """A hit accepted as a place: its text range (folded coordinates) and what it denotes."""

    start: int
    end: int
    entry: int  # index into entries()
    fallback: bool = False  # an enclosing admin unit stands in for an unresolved village
    typed: bool = False  # a settlement noun introduced it (and so the list it heads)
    introduced: bool = False  # a settlement or locative noun ("قاعدة", "محور") stands before it
    tentative: bool = False  # only a preposition says it is a place: kept near other places
    cands: tuple[int, ...] = ()  # still-ambiguous candidates (resolved in pass 2)
    context_admin1: set[str] = field(default_factory=set)
    name: str = ""  # the name to report when the text's words are not it (مطارا دمشق -> مطار دمشق)
    near: bool = False  # a longer name around a known place ("حويجة البصيرة"): a place of its own
    rural: bool = False  # the countryside of a town ("ريف منبج الشمالي"): an area of its own
    located_by: int = -1  # the one place a direction after it locates it by ("X شمال غرب كفرنبل")


def _km(a: Entry, b: Entry) -> float:
    dy = (a.lat - b.lat) * 111.2
    dx = (a.lon - b.lon) * 111.2 * math.cos(math.radians(a.lat))
    return math.hypot(dx, dy)


@lru_cache(maxsize=1)
def _lookups() -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]:
    """admin1 -> countryside entry, governorate entry; pcode -> admin entry; community id -> idx."""
    es = entries()
    gov = {e.admin1: i for i, e in enumerate(es) if e.level == "governorate"}
    gov_names = {"ريف " + es[i].name_ar for i in gov.values()}
    rural = {e.admin1: i for i, e in enumerate(es) if e.type == "countryside" and e.name_ar in gov_names}
    rural["Damascus"] = gov["Rural Damascus"]
    rural["Rural Damascus"] = gov["Rural Damascus"]
    by_pcode = {e.pcode: i for i, e in enumerate(es) if e.is_admin}
    by_name = {norm_name(e.name_ar): i for i, e in enumerate(es) if e.type == "countryside"}
    return rural, gov, by_pcode, by_name


@lru_cache(maxsize=1)
def _areas_by_name() -> dict[str, tuple[int, str]]:
    """Folded name or alias of a named area -> (entry, that name as written)."""
    out: dict[str, tuple[int, str]] = {}
    for i, e in enumerate(entries()):
        if e.level == "area":
            for name in (e.name_ar, *e.alt_ar):
                out.setdefault(norm_name(name), (i, name))
    return out


@lru_cache(maxsize=4096)
def _dual_head(word: str) -> str | None:
    """``مطاري`` / ``مطارا`` -> ``مطار``, ``قاعدتي`` -> ``قاعده``: the singular of a dual
    facility noun from place_words.tsv (role ``dual``), or None."""
    if role_of(word) != "dual":
        return None
    for n in (0, 1, 2):  # clitics
        if word[:n] in CLITICS and word[n:] in words_by_role().get("dual", ()):
            stem = word[n:-1]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return None


@lru_cache(maxsize=4096)
def _facility_head(word: str) -> str | None:
    """``قاعدة`` / ``ومطار`` -> the folded facility noun (place_words.tsv role ``facility``)."""
    nouns = words_by_role().get("facility", ())
    for n in (0, 1, 2):
        if word[:n] in CLITICS and word[n:] in nouns:
            return word[n:]
    return None


def _product_facility(folded: str, product: str, p_start: int) -> str | None:
    """``معمل غاز "السويدية"``, ``حقل نفط "العمر"``: a facility noun and the product it yields
    (place_words.tsv role ``product``, the word at ``p_start``) head the name after them as the
    noun alone does."""
    if product not in words_by_role().get("product", ()):
        return None
    noun, _, n_boundary = prev_word(folded, p_start)
    head = None if n_boundary else _facility_head(noun)
    return f"{head} {product}" if head else None


def _strong(e: Entry) -> bool:
    return (e.is_admin or e.level == "area" or e.capital in ("1", "3") or e.pop >= STRONG_POP)


@lru_cache(maxsize=1)
def _strong_flags() -> bytes:
    """``_strong`` of every entry, by entry index (indexed like ``entries()``, -1 included):
    asked of every candidate of every resolved place several times per article."""
    return bytes(_strong(e) for e in entries())


def _resolved_strong(r: Resolved) -> bool:
    """One of the place's candidates (or its entry) is strong."""
    flags = _strong_flags()
    if r.cands:
        return any(flags[i] for i in r.cands)
    return flags[r.entry] != 0


@lru_cache(maxsize=8192)
def _any_strong(core: str, cands: tuple[tuple[int, bool], ...]) -> bool:
    flags = _strong_flags()
    return any(flags[i] for i, _ in cands)


def _unknown_items(gap: str) -> bool:
    """``والجرذي و``: one or two conjoined words the gazetteer lacks keep a list of places going
    (``بلدات أبو حردوب والجرذي وأبو حمام``)."""
    words = gap.split()
    return 0 < len(words) <= 2 and len(gap) <= 25 and all(w.startswith("و") and w.isalnum() for w in words)


def _compound_tail(folded: str, prev: Resolved, gap: str) -> bool:
    """``معرة حرمة وكفرسجنة``: the gap is the one unknown word completing a generic head
    (place_heads.tsv) matched just before, so the list of places goes on."""
    return len(gap) <= 12 and gap.isalnum() and folded[prev.start:prev.end].split()[-1] in _generic_heads()


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    return frozenset(r["head"] for r in read_table("place_heads.tsv"))


def _quarters_of_next(cands: list[int], selected: list[Hit], k: int) -> list[int]:
    """The city quarters among ``cands`` whose city the next name is (the city, or the
    governorate it is the capital of): ``منطقة قاضي عسكر في حلب``, never a quarter of another
    city (``منطقة المساكن ... في بلدة الشدادي``)."""
    if k + 1 >= len(selected):
        return []
    es = entries()
    capitals = _capital_cities()
    cities = {capitals.get(es[i].admin1, i) if es[i].level == "governorate" else i for i, _ in selected[k + 1].cands}
    return [i for i in cands if es[i].level == "neighbourhood" and _community_index().get(es[i].parent) in cities]


@lru_cache(maxsize=1)
def _community_index() -> dict[str, int]:
    """Gazetteer id of a community -> its entry index (a quarter names its city by id)."""
    return {e.id: i for i, e in enumerate(entries()) if e.level == "community"}


def _place_follows(folded: str, selected: list[Hit], k: int) -> bool:
    """A Syrian name follows hit ``k`` closely (within ``_FOLLOW_CHARS``) in the same sentence."""
    if k + 1 >= len(selected):
        return False
    h, nxt = selected[k], selected[k + 1]
    return not nxt.abroad and nxt.start - h.end <= _FOLLOW_CHARS and same_sentence(folded, h.end, nxt.start)


_FOLLOW_CHARS: Final = 60


def _zone_noun(word: str) -> bool:
    """``منطقة`` / ``بمنطقة`` (place_words.tsv role ``zone``), indefinite: the head of a zone's
    name, which may be an ordinary word (``منطقة العشائر``, ``منطقة الكوم``) where a village's
    or quarter's name of the gazetteers is one."""
    zones = words_by_role().get("zone", ())
    return any(word[:n] in CLITICS and word[n:] in zones for n in (0, 1, 2))


def _definite(word: str) -> bool:
    """The word carries the article (``البلده``, ``والمناطق``, ``للمدينه``)."""
    for n in (0, 1, 2):
        if word[:n] in CLITICS and word[n:].startswith("ال"):
            return True
    return word.startswith(("لل", "ولل", "فلل"))


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the candidates of one name, as written (with or without ال), are: computed once per
    spelling instead of once per mention."""

    cands: tuple[int, ...]
    mismatch: bool  # no candidate agrees with the text on ال (all are kept then)
    govs: list[int]
    has_area: bool
    strong: bool  # some candidate is a place by its name alone
    plain: bool  # no admin unit, area or city among them: common-word names are checked
    big_admin: bool  # a governorate or district among them (beats a person-name reading)


@lru_cache(maxsize=16384)
def _facts(core: str, text_al: bool, lenient: bool = False) -> _Facts | None:
    es = entries()
    all_cands = _name_table()[core][0]
    cands = tuple(i for i, has_al in all_cands if has_al == text_al)
    mismatch = not cands
    if mismatch:
        if len(core) < (4 if lenient else 5) or (" " in core and not _sheikh_name(core)) or core in place_nouns():
            return None  # and "بادية الرصافة" is no "البادية": a bare place noun heads a construct
        cands = tuple(i for i, _ in all_cands)
    ents = [es[i] for i in cands]
    return _Facts(
        cands, mismatch, [i for i in cands if es[i].level == "governorate"],
        any(e.level == "area" for e in ents), any(_strong(e) for e in ents),
        not any(e.is_admin or e.level == "area" or e.pop >= 50000 for e in ents),
        any(e.is_admin and e.level != "subdistrict" for e in ents))


def _name_table():
    return _index()[1]


def _select(folded: str, hits: list[Hit]) -> list[Hit]:
    """Longest match wins; among equals the earliest.

    In the order of their ends (``scan_names``'), a hit overlaps an earlier one when it starts
    before the previous end, and a later one when one of those starts before its end. Nearly
    all hits overlap none: the article alone decides them, and only the others are ranked
    (the ranking of every hit was the cost of this step)."""
    n = len(hits)
    later = [0] * n  # the least start of the hits after each
    least = len(folded)
    for k in range(n - 1, -1, -1):
        later[k] = least
        if hits[k].start < least:
            least = hits[k].start
    kept: list[Hit] = []
    crowded: list[int] = []  # hits that overlap another
    prev_end = 0
    for k, h in enumerate(hits):
        if h.end < prev_end:
            crowded = list(range(n))  # not in the order of their ends: all are ranked
            kept = []
            break
        if h.start < prev_end or later[k] < h.end:
            crowded.append(k)
        elif h.al_fits or _article_fits(folded, h):
            kept.append(h)
        prev_end = h.end
    if not crowded:
        return kept  # (none overlap: the order of their ends is that of their starts)
    return sorted(kept + _ranked(folded, hits, crowded), key=attrgetter("start"))


def _ranked(folded: str, hits: list[Hit], idx: list[int]) -> list[Hit]:
    """The hits at ``idx`` that no longer (or equal and earlier) one among them covers."""
    kept: list[Hit] = []
    taken = bytearray(len(folded))
    # (the keys built in one comprehension, not a key function called per hit; the index
    # keeps equal spans in their order, as the stable sort did)
    for _, _, k in sorted([(hits[k].start - hits[k].end, hits[k].start, k) for k in idx]):
        h = hits[k]
        if taken.find(1, h.start, h.end) >= 0 or not (h.al_fits or _article_fits(folded, h)):
            continue
        kept.append(h)
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    return kept


def _article_fits(folded: str, h: Hit) -> bool:
    """A name whose article the text does not write as the gazetteer does matches only when
    long (and no compound but a شيخ name) or where ``_lenient_al`` allows it: not "الباب
    شرقي" for the quarter "باب شرقي"."""
    return not (len(h.core) < 5 or (" " in h.core and not _sheikh_name(h.core))) or _lenient_al(folded, h)


def _sheikh_name(core: str) -> bool:
    """``الشيخ حديد`` is OCHA's ``شيخ حديد`` (and the reverse): OCHA writes about half of the
    شيخ villages with the article and half without, the news mostly with it. Many such names
    are also men's (الشيخ حسن), so a settlement noun must introduce them (see ``resolve``)."""
    return core.startswith("شيخ ") and len(core) >= 8


def _lenient_al(folded: str, h: Hit) -> bool:
    """``قرية شبكي`` is OCHA's ``الشبكي``: after a singular settlement noun a four-letter name
    may differ from the gazetteer on the article."""
    if len(h.core) < 4 or " " in h.core:
        return False
    w, _, boundary = prev_word(folded, h.start - len(h.prefix))
    return not boundary and role_of(w) == "type" and not _definite(w)


def _is_direction_form(h: Hit) -> bool:
    return _direction_core(h.core)


@lru_cache(maxsize=8192)
def _direction_core(core: str) -> bool:
    """``جنوب شرق ادلب``: a compass word heads the name."""
    return " " in core and core.split(" ", 1)[0] in words_by_role().get("direction", ())


def _direction_adjectives(folded: str, end: int, plural: bool = False) -> tuple[str, int]:
    """``الشمالي الغربي`` right after ``end``: the adjectives (folded, masculine) and where they end.
    After a plural (``أرياف دير الزور الشمالية``) the adjectives agree in the feminine."""
    dirs = words_by_role().get("direction", ())
    middle = words_by_role().get("middle", ())  # "ريف القنيطرة الأوسط": a sector, alone
    words, pos = [], end
    for _ in range(2):
        w, w_end, boundary = next_word(folded, pos)
        if plural and w.endswith("يه"):
            w = w[:-1]  # الشماليه -> الشمالي
        if not boundary and not words and w.startswith("ال") and w[2:] in middle:
            return w, w_end
        if boundary or not (w.startswith("ال") and w[2:] in dirs):
            break
        words.append(w)
        pos = w_end
    return " ".join(words), pos


def _more_directions(folded: str, gov_ar: str, end: int, rural_by_name: dict[str, int],
                     area: Entry | None = None, plural: bool = False) -> list[Resolved]:
    """``ريف إدلب الشمالي والشمالي الغربي``: the conjoined bare adjectives are countrysides too."""
    if area is not None:
        if area.type != "countryside" or area.name_ar.count(" ") < 2:
            return []
        gov_ar = area.name_ar.split(" ")[1]
        if gov_ar == "دير":
            gov_ar = "دير الزور"
    out = []
    while True:
        w, w_end, boundary = next_word(folded, end)
        if boundary or not w.startswith("وال"):
            return out
        adj, adj_end = _direction_adjectives(folded, end + (len(folded[end:w_end]) - len(w)) + 1, plural)
        name = norm_name(f"ريف {gov_ar} {adj}") if adj else ""
        if name not in rural_by_name:
            return out
        out.append(Resolved(w_end - len(w) + 1, adj_end, rural_by_name[name]))
        end = adj_end


def _quoted_list_role(folded: str, pos: int) -> str | None:
    """Before ``و`` at ``pos``: a quoted item whose own preceding word gives the role."""
    i = pos
    while i > 0 and folded[i - 1] == " ":
        i -= 1
    if i == 0 or folded[i - 1] not in _QUOTES:
        return None
    opening = max(folded.rfind(q, max(0, i - 40), i - 1) for q in _QUOTES)
    if opening < 0:
        return None
    w, w_start, boundary = prev_word(folded, opening)
    if boundary:
        return None
    role = role_of(w)
    return _quoted_list_role(folded, w_start) if w == "و" else role


_VILLAGES: Final = frozenset(norm_name(w) for w in ("بلدات", "قرى", "بلدتي", "قريتي", "وبلدات", "وقرى", "وبلدتي", "وقريتي"))


@lru_cache(maxsize=1)
def _abroad_kinds() -> dict[str, tuple[bool, bool]]:
    """Per name a foreign place shares (a hit's ``abroad``): (a Syrian place among its
    candidates, a country among them). Every article names ~20 foreign places and several
    tests asked this of each by a scan of its candidates; the table answers in one look-up."""
    es = entries()
    return {core: (any(es[i].level != "abroad" for i, _ in cands), any(es[i].type == "country" for i, _ in cands))
            for core, (cands, abroad, _) in _name_table().items() if abroad}


def _syrian_by_locator(folded: str, h: Hit) -> bool:
    """A name a foreign place shares, followed by a Syrian countryside (``"صيدا" في ريف درعا``,
    ``بريف درعا``), or heading a list of villages (``غارات على بلدات صيدا والجيزة``), is the
    Syrian namesake."""
    syrian, country = _abroad_kinds()[h.core]
    if not syrian or country:
        return False  # "التابع لتركيا في ريف حلب": a country stays the country
    if not h.prefix:
        before, _, cut = prev_word(folded, h.start)
        if not cut and before in _VILLAGES:
            return True
    return _countryside_after(folded, h.end) or _governorate_after(folded, h.end)


@lru_cache(maxsize=1)
def _governorate_names() -> frozenset[str]:
    """The folded names of Syria's governorates (``دير الزور``, ``درعا``)."""
    es = entries()
    return frozenset(norm_name(es[i].name_ar) for i in _lookups()[1].values())


_GOV_NOUNS: Final = frozenset({"محافظه", "بمحافظه", "مدينه", "بمدينه"})


def _governorate_after(folded: str, end: int) -> bool:
    """A Syrian governorate locates the name ending at ``end`` (``بلدة الصور في دير الزور``,
    ``بلدة الصور، شمالي محافظة دير الزور``, ``بمحافظة درعا``): the Syrian namesake. A direction
    counts only before the governorate noun (``شماليّ اللاذقية`` may point across the border)."""
    w, w_end, boundary = next_word(folded, end)
    if not boundary and w in _LOCATOR_FILLERS:
        w, w_end, boundary = next_word(folded, w_end)
    direction = not boundary and role_of(w) == "direction"
    if not boundary and (direction or role_of(w) == "prep"):
        w, w_end, boundary = next_word(folded, w_end)
    if boundary or (direction and w not in _GOV_NOUNS):
        return False  # ("إسكندرون، شماليّ اللاذقية": north of a city may be abroad; of a governorate, in it)
    if w in _GOV_NOUNS:
        w, w_end, boundary = next_word(folded, w_end)
        if boundary:
            return False
    names = _governorate_names()
    w = w[1:] if w[:1] == "ب" and w[1:] in names else w
    w2, _, boundary2 = next_word(folded, w_end)
    return w in names or (not boundary2 and f"{w} {w2}" in names)


def _countryside_after(folded: str, end: int) -> bool:
    """A Syrian countryside locates the name ending at ``end`` (``بريف درعا``, ``في ريف درعا``,
    ``الواقعة في ريف دير الزور``)."""
    w, w_end, boundary = next_word(folded, end)
    if not boundary and w in _LOCATOR_FILLERS:  # "قرية "الصور" الواقعة في ريف دير الزور"
        w, w_end, boundary = next_word(folded, w_end)
    role = None if boundary else role_of(w)
    if role == "prep":
        w, _, boundary = next_word(folded, w_end)
        role = None if boundary else role_of(w)
    return role == "countryside"


def _paired_abroad(folded: str, selected: list[Hit], k: int) -> bool:
    """``selected[k]`` is conjoined with a foreign place (``دمشق وأنقرة``, ``بكين ودمشق``):
    for a name whose place sense needs context, two capitals side by side are two governments."""
    h = selected[k]
    pairs = []
    if k + 1 < len(selected):
        pairs.append((h, selected[k + 1], selected[k + 1]))
    if k > 0:
        pairs.append((selected[k - 1], h, selected[k - 1]))
    for first, second, other in pairs:
        gap = folded[first.end:second.start - len(second.prefix)].strip()
        if other.abroad and (gap == "و" or (not gap and second.prefix.startswith("و"))) \
                and not _locative_pair(folded, first):
            return True
    return False


def _locative_pair(folded: str, first: Hit) -> bool:
    """``اغتيالات في بيروت ودمشق``: a pair after ``في`` locates something in both cities
    (``بين دمشق وأنقرة``, ``من دمشق وأنقرة``, ``تربطها بدمشق وأنقرة`` stay two governments)."""
    w, _, boundary = prev_word(folded, first.start - len(first.prefix))
    return not boundary and w == "في" and not first.prefix


def _after_foreign_locative(folded: str, selected: list[Hit], k: int) -> bool:
    """``في بيروت ودمشق``: the Syrian name conjoined after a foreign city that ``في`` governs
    is read in place, as ``في دمشق`` would be."""
    if k == 0 or not selected[k - 1].abroad:
        return False
    h, first = selected[k], selected[k - 1]
    gap = folded[first.end:h.start - len(h.prefix)].strip()
    return (gap == "و" or (not gap and h.prefix.startswith("و"))) and _locative_pair(folded, first)


_PAREN_OPEN: Final = re.compile(r"\s*\(\s*")
_PAREN_CLOSE: Final = re.compile(r"\s*\)")


def _foreign_city(h: Hit) -> bool:
    """A foreign town or capital (``موسكو``), not a country nor its adjective (``الإسرائيلي``)."""
    return h.abroad and not _abroad_kinds()[h.core][1]


_CONJ_GAP: Final = re.compile(r"[\s" + _QUOTES + r"]*و[\s" + _QUOTES + r"]*")


def _envoy_before(folded: str, pos: int) -> bool:
    """An envoy's title right before the word ending at ``pos`` (``سفير تونس في دمشق``, ``سفير
    لبلاده في دمشق``): his posting names the government he is sent to, as ``سفير في دمشق`` does."""
    w, _, boundary = prev_word(folded, pos)
    return not boundary and w.removeprefix("و") in words_by_role().get("envoy", ())  # (والسفير الأميركي)


_PLACE_CONTEXT: Final = frozenset({"prep", "type", "types", "locative", "countryside", "direction", "capital"})
MAX_VISITOR_WORDS: Final = 6  # words a visitor's name and title may run to between the verb and the place


def _visited(folded: str, pw: str, pw_start: int) -> bool:
    """``زار وزير الخارجية الصيني وانغ يي دمشق``: a verb of visiting (place_words.tsv role visit)
    a few words back in the sentence, its subject between, makes the name its object, the city
    visited. The words between hold no other context word, and the last is no indefinite common
    noun governing the name (``زار وزير خارجية دمشق``: the government's minister). A title
    (``الرئيس``) may stand there; a preposition or place noun ends the subject."""
    if not pw or (len(pw) > 2 and not pw.startswith("ال") and is_common_word(pw)):
        return False
    visits = words_by_role().get("visit", ())
    w, start = pw, pw_start
    for _ in range(MAX_VISITOR_WORDS):
        if role_of(w) in _PLACE_CONTEXT:
            return False
        w, start, boundary = prev_word(folded, start)
        if boundary or not w:
            return False
        if w in visits or (w[:1] in ("و", "ف") and w[1:] in visits):
            return True
    return False


MAX_POLITY_ADJECTIVES: Final = 2  # nisba adjectives that may follow a governing noun before its preposition


def _nisba_adjective(word: str) -> bool:
    """A definite relative adjective (``المركزيه``, ``الاقتصادي``, ``الدبلوماسيه``): it only
    qualifies the noun before it."""
    return word.startswith("ال") and len(word) > 5 and word.endswith(("ي", "يه"))


def _polity_across_adjectives(folded: str, governor: str, g_start: int) -> bool:
    """``الحكومة المركزية في دمشق``, ``بالانفتاح الاقتصادي على دمشق``, ``علاقاتها الدبلوماسية مع
    دمشق``: a governing noun names the government across its adjectives as it does right before
    the preposition. A mission's adjective names its country (``السفارة الإيرانية في دمشق`` is a
    building a strike can hit), so a mission noun (place_words.tsv role mission) is no governor here."""
    w, start = governor, g_start
    for _ in range(MAX_POLITY_ADJECTIVES):
        if not _nisba_adjective(w):
            return False
        w, start, boundary = prev_word(folded, start)
        if boundary or not w:
            return False
        if role_of(w) == "polity":
            return w not in words_by_role().get("mission", ())
    return False


def _each_of(folded: str, pw: str, pw_start: int) -> bool:
    """``لكلٍّ من دمشق و"قسد"``: "each of" opens a list of parties, as "between" does."""
    if pw != "من":
        return False
    w, _, boundary = prev_word(folded, pw_start)
    return not boundary and w in words_by_role().get("each", ())


def _paired_with_actor(folded: str, selected: list[Hit], k: int, pw: str, pw_start: int = -1) -> bool:
    """``بين دمشق و"قسد"``, ``بين دمشق وكردها``, ``لكلٍّ من دمشق وقوات قسد``: "between" (or "each
    of") the name and something that is no place names two parties, the name a government
    (``بين دمشق وحمص``, ``في كل من دمشق وحلب`` stay places)."""
    if pw != "بين" and not (pw_start >= 0 and _each_of(folded, pw, pw_start)):
        return False
    h = selected[k]
    m = _CONJ_GAP.match(folded, h.end)
    if m is None:
        return False
    wm = _WORD.match(folded, m.end())
    w = wm.group() if wm else ""
    if role_of(w) or role_of(w.removesuffix("ها")) or role_of(w.removesuffix("ه")):
        return False  # "بين دمشق وريفها", "بين إدلب ومحيطها": places
    nxt = selected[k + 1] if k + 1 < len(selected) else None
    return nxt is None or nxt.start - len(nxt.prefix) > m.end()  # no name right after "و"


@lru_cache(maxsize=4096)
@lru_cache(maxsize=1)
def _org_names() -> dict[str, tuple[tuple[str, int], ...]]:
    """Outlets and bodies named after a place (``place_orgs.tsv``), by the folded place name
    inside them: that name -> (the folded org name, the place name's offset in it)."""
    by_name: dict[str, list[tuple[str, int]]] = {}
    for r in read_table("place_orgs.tsv"):
        org = fold(r["name_ar"])
        for h in find_hits(org):
            by_name.setdefault(org[h.start:h.end], []).append((org, h.start))
    return {k: tuple(v) for k, v in by_name.items()}


def _in_org_name(folded: str, h: Hit) -> bool:
    """The name is part of an outlet's or body's name ("شبكة السويداء 24")."""
    orgs = _org_names().get(folded[h.start:h.end])  # (most names are in no org's name)
    return orgs is not None and any(folded.startswith(org, h.start - off) for org, off in orgs)


_DATELINE: Final = re.compile(r"[ \t]*[-–—]")


def _dateline(folded: str, h: Hit, lead: int) -> bool:
    """``الرقة – ستيب نيوز`` opening the text: a dateline, which the guide counts with bylines
    (the place counts where the report itself names it). ``lead``: where the text's first
    non-space character stands (computed once per text, not a slice and strip per name)."""
    return h.start - len(h.prefix) <= lead and _DATELINE.match(folded, h.end) is not None


BYLINE_WORDS: Final = 3  # words (outlet name) that may stand between a correspondent noun and "في"


def _byline(folded: str, h: Hit, word_before: tuple[str, int, bool]) -> bool:
    """``أفاد مراسل الميادين في دمشق``, ``مراسلنا في حلب``, ``مراسل الميادين في مدينة حلب``: where
    the correspondent is posted, a byline the guide leaves out with datelines (the city counts
    where the report names it). ``word_before``: ``prev_word`` before the name (it has no clitic)."""
    if h.prefix:
        return False
    start = h.start
    if not folded.endswith("في ", 0, start):  # "في مدينة حلب": the settlement noun after "في"
        w, start, boundary = word_before
        if boundary or role_of(w) != "type" or w[:1] in CLITICS or not folded.endswith("في ", 0, start):
            return False
    pos = start - 3
    reporters = words_by_role().get("reporter", ())
    for _ in range(BYLINE_WORDS):
        w, pos, boundary = prev_word(folded, pos)
        if boundary or not w:
            return False
        if w in reporters or w[:1] in ("و", "ف") and w[1:] in reporters:
            return True
    return False


@lru_cache(maxsize=1)
def _branch_bodies() -> re.Pattern[str]:
    """Bodies of ``place_orgs.tsv`` written with a trailing ``في``: the body's branch is named by
    the place after it ("الدفاع المدني في حماة"), a name the guide does not code as a place."""
    names = sorted((fold(r["name_ar"]).removesuffix(" في").strip() for r in read_table("place_orgs.tsv")
                    if r["name_ar"].endswith(" في")), key=len, reverse=True)
    # Spaces may be lost around a linked word in scraped text ("مكتبالميادينفي دمشق").
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s*") for n in names)
    return re.compile(rf"(?<!\w)[وفل]?(?:{alts})\s*(?:في\s+|ب)$")  # also "والدفاع المدني في"


def _branch_name(folded: str, h: Hit) -> bool:
    """``الدفاع المدني في حماة``, ``مركز المصالحة الروسي بحميميم``: the place names a body's
    branch. Only a bare ``في`` or a ``ب`` clitic may stand between the two."""
    if h.prefix not in ("", "ب"):
        return False  # (a glued ب is the pattern's last letter: the search ends at the name either way)
    window = max(0, h.start - 48)
    if not folded[window:h.start].rstrip().endswith(("في", "ب")):
        return False  # the pattern ends in "في" or "ب" (then spaces): most names fail this cheap test
    return _branch_bodies().search(folded, window, h.start) is not None


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Folded given names (``given_names.tsv``) but علي, which folds like the preposition على."""
    return frozenset(fold(r["name"]) for r in read_table("given_names.tsv")) - {"علي"}


@lru_cache(maxsize=4096)
def _glued_noun(word: str) -> str | None:
    """``الدوليوبلده`` -> ``بلده``: a settlement or locative noun glued with ``و`` to the end of
    the word before a name (scraped text loses the space there). Remembered per word: the scan
    of every noun ran for most names' preceding word in every article."""
    # the nouns it may end with: what follows a و that has three letters or more on each side
    # (one set look-up each, where every noun of three roles was tried with endswith)
    tails = [word[i + 1:] for i in range(3, len(word) - 3) if word[i] == "و"]
    if not tails:
        return None
    roles = words_by_role()
    for role in ("type", "types", "locative"):
        nouns = roles.get(role, frozenset())
        found = [t for t in tails if t in nouns]
        if len(found) == 1:
            return found[0]
        for noun in nouns if found else ():  # several: the first in the set's order, as before
            if noun in found:
                return noun
    return None


def _locates_previous(folded: str, last_end: int, start: int) -> bool:
    """A compass word right after another place only locates it (``X جنوبي إدلب``)."""
    if last_end < 0 or start - last_end > 40 or not same_sentence(folded, last_end, start):
        return False
    # "X، الواقعة شمالي شرقي محافظة ..." locates X; "X، وكان من الثابتين لصدّ هجوم غربي حلب" has a
    # clause between: the direction names an area of its own
    words = _WORD.findall(folded, last_end, start)
    return sum(role_of(w) is None and w not in _LOCATOR_FILLERS and not w.isdigit()
               for w in words) <= MAX_LOCATOR_WORDS


_WORD: Final = re.compile(r"[^\W_]+")
_RURAL_WORD: Final = re.compile(r"ا?رياف|ريف")
_TOWN_PAIR: Final = ("مدينتي", "بلدتي")  # folded dual town nouns: "مدينتي الحسكة والقامشلي"
_TOWN_NOUNS: Final = ("مدينه", "بلده") + _TOWN_PAIR
_QUARTER_PAIR: Final = "حيي"  # folded dual quarter noun: "حيي خشمان والعزيزية في مدينة الحسكة"
_QUARTER_NOUNS: Final = ("حي", "احياء", _QUARTER_PAIR)  # folded quarter nouns
# the dash between a road's two ends, named after a road noun (place_words.tsv role "road"):
# "طريق سلمية – حمص", "طريق الحسكة _ دير الزور"
_ROAD_DASH: Final = re.compile(r"[ \u00a0]*[-–—_][ \u00a0]*")


_TOWN_LEVELS: Final = ("community", "town")


def _town_of(cands: tuple[int, ...] | list[int], admin1: str) -> bool:
    """The candidates name a town of governorate ``admin1`` (a city by its size or office) and no
    governorate."""
    es, flags = entries(), _strong_flags()
    return not any(es[i].level == "governorate" for i in cands) \
        and any(es[i].level in _TOWN_LEVELS and flags[i] and es[i].admin1 == admin1 for i in cands)


def _paired_with_town(folded: str, selected: list[Hit], k: int, prev: Resolved | None, admin1: str) -> bool:
    """``في الحسكة والقامشلي``, ``القامشلي والحسكة``: a governorate's bare name conjoined with a
    town of that governorate is a town too, its city (the governorate would hold the other). A
    pair of governorates stays two (``حلب وإدلب``), and so does a governorate beside another's
    town (``النصرة في إدلب وعفرين``: two regions) or one a comma sets off (``مدينتي أريحا
    وسراقب، وإدلب``: the list goes on at another level)."""
    if prev is not None and not prev.rural and not prev.fallback and prev.entry >= 0 \
            and _town_of(prev.cands or (prev.entry,), admin1):
        return True
    if k + 1 >= len(selected):
        return False
    h, nxt = selected[k], selected[k + 1]
    return not nxt.abroad and nxt.prefix.startswith("و") \
        and not folded[h.end:nxt.start - len(nxt.prefix)].strip(" " + _QUOTES) \
        and _town_of([i for i, _ in nxt.cands], admin1)


def _road_to_syria(folded: str, h: Hit, nxt: Hit | None) -> bool:
    """The name after a road noun is the road's first end: a dash and a Syrian name follow it
    (``طريق سلمية – حمص``; not ``طريق دمشق–الرياض``, a road abroad)."""
    dash = _ROAD_DASH.match(folded, h.end)
    return dash is not None and nxt is not None and not nxt.abroad and not nxt.prefix and nxt.start == dash.end()


_DESERT_WORD: Final = "باديه"  # folded "بادية" (with at most two clitics before it: "وببادية")
MAX_LOCATOR_WORDS: Final = 2  # words with no place role between a place and the direction locating it


_RIVER_WORDS: Final = frozenset({"نهر", "لنهر", "للنهر", "النهر", "الفرات", "للفرات", "العاصي", "للعاصي"})


def _river_bank(folded: str, h: Hit) -> bool:
    """``الضفة الغربية لنهر الفرات`` is a river's bank, not the Palestinian West Bank."""
    if "ضفه" not in folded[h.start:h.end]:
        return False  # (asked of every foreign name: the cheap test first)
    w, _, boundary = next_word(folded, h.end)
    return not boundary and w in _RIVER_WORDS


def resolve(folded: str, hits: list[Hit], heads: list[tuple[int, int]], list_nouns: list[tuple[int, int]]) -> list[Resolved]:
    """The places among ``hits``, and the names the gazetteers lack (unknown.py) around the place
    heads and list nouns at ``heads`` and ``list_nouns`` (``NameScan``'s, of ``folded``)."""
    es = entries()
    rural, gov, _, rural_by_name = _lookups()
    stops = stop_policy()
    out: list[Resolved] = []
    in_rural_list = False
    dual: str | None = None  # "مطارا دمشق وحلب": the facility noun the list shares
    pair_open = False  # "مدينتي أريحا وإدلب": a dual town noun whose second name is to come
    quarters_open = False  # "حيي خشمان والعزيزية": the same for a dual quarter noun
    last_end = -1  # end of the last place-like mention (places and locators)
    road_end = -1  # end of a name right after a road noun and before a dash (the road's first end)
    established: set[str] = set()  # names a settlement noun already introduced in this text
    paired: dict[str, int] = {}  # governorate names a pair with a town made cities: name -> city
    bare_govs: list[tuple[Resolved, str]] = []  # governorates read off a bare name, with it
    # (the river test only where the name has the bank in it: its cheap test, inline)
    selected = [h for h in _select(folded, hits) if not (h.abroad and "ضفه" in h.core and _river_bank(folded, h))]
    lead = len(folded) - len(folded.lstrip())  # the first non-space character (datelines)
    for k, h in enumerate(selected):
        policy = stops.get(h.core)
        relocated = h.abroad and _syrian_by_locator(folded, h)
        if relocated:
            h.abroad = False  # "ومحيط "صيدا" في ريف درعا": the Syrian namesake
        if h.abroad:
            last_end = h.end  # "إسكندرون، شماليّ اللاذقية": the direction locates a foreign place
            continue
        # the word before the name: asked by the byline and context tests below, found once
        # (a foreign name's, by _drop_foreign, only where a place could be dropped)
        before = prev_word(folded, h.start - len(h.prefix))
        if policy == "drop" or _in_org_name(folded, h) or _branch_name(folded, h) or _dateline(folded, h, lead) \
                or _byline(folded, h, before):
            continue
        prev = out[-1] if out else None
        if prev is not None and _PAREN_OPEN.fullmatch(folded, prev.end, h.start - len(h.prefix)) \
                and _PAREN_CLOSE.match(folded, h.end) \
                and not any(es[i].is_admin or es[i].level == "area" for i, _ in h.cands):
            continue  # "مطار خراب الجير (أبو حجر)": another name of the place just named (an
            # admin unit there locates it: "تل أبيض (الرقة)")
        pw, pw_start, pw_boundary = before
        inside_prev = prev is not None and pw_start < prev.end  # "ريف حماة الغربي، والقرداحة"
        prole = None if pw_boundary or inside_prev else role_of(pw)
        # "طريق سلمية – حمص": the road's two ends (not a foreign capital the Syrian end after the
        # dash took for a Syrian namesake: "طريق الرياض–دمشق")
        road = not h.prefix and not relocated and (
            (prole == "road" and _road_to_syria(folded, h, selected[k + 1] if k + 1 < len(selected) else None))
            or (road_end >= 0 and _ROAD_DASH.fullmatch(folded, road_end, h.start) is not None))
        road_end = h.end if road and prole == "road" else -1
        # the word before that one: read by the capital, institution, person, direction and
        # governor tests below, found once (again only where pw_start moves)
        second = prev_word(folded, pw_start)
        pw2 = "" if pw_boundary or inside_prev else second[0]
        if prole is None and pw2 == "العاصمه" and pw == "السوريه" and not h.prefix \
                and not folded[pw_start + len(pw):h.start].strip():
            prole = "capital"  # "العاصمة السورية دمشق"
        if prole == "institution" and not h.prefix:
            continue  # "شرطة درعا", "مجلس دير الزور العسكري": part of a body's name
        if not h.prefix and prole in (None, "type") and pw2 and role_of(pw2) == "institution":
            continue  # "مديرية صحة حلب", "مجلس مدينة حمص": a body's name two words long
        if not h.prefix and prole is None and pw in _given_names():
            continue  # "الوزير محمد حسن قطنا": a surname after a given name
        if not h.prefix and prole == "origin":
            continue  # "أبناء الغوطة", "مهجري حمص": where people come from
        if prole == "capital" and not any(entries()[i].level == "governorate" for i, _ in h.cands):
            prole = None  # "العاصمة السويدية": a nationality adjective, not the capital's name
        capital = prole == "capital"
        if capital:  # "العاصمة دمشق": a settlement noun, although definite; the name is read as
            prole = "type"  # a bare دمشق is (one place per text, whichever words introduce it)
        elif prole is None and pw and (glued := _glued_noun(pw)):
            prole, pw = role_of(glued), glued  # "الدوليوبلدة X": scraping glued "وبلدة" to the word before
        elif prole == "type" and f"{pw2} {pw}" in words_by_role().get("idiom", ()):
            prole = None  # "من ناحية" (as for), not the sub-district noun
        if prole == "type" and role_of(pw2) == "countryside" and pw.endswith(("محافظه", "محافظتي", "مدينه")):
            prole = "countryside"  # "ريف محافظة حلب الغربي", "ريفي محافظتي إدلب واللاذقية", "ريف مدينة حلب"
            pw_start = second[1]  # the countryside word starts the area's name
            second = prev_word(folded, pw_start)
        if prole in ("type", "types", "locative") and _definite(pw) and not capital:
            prole = None  # "البلدة الصغيرة", "المناطق الرمادية": a definite noun takes an adjective
        typed = prole in ("type", "types")  # a settlement noun; only a singular one licenses a
        noun_one = prole == "type"  # common-word name ("بلدة الحصان", not "أحياء صغيرة")
        nw, _, nw_boundary = next_word(folded, h.end)
        if not nw_boundary and nw in words_by_role().get("construct", ()):
            continue  # "حماة الديار", "حماة الثغور": guardians of..., not the city
        nrole = None if nw_boundary else role_of(nw)
        gap = folded[prev.end:h.start - len(h.prefix)] if prev else ""
        gap = gap.strip(" " + _QUOTES)
        in_list = prev is not None and ((len(gap) <= 3 and (h.prefix.startswith("و") or (
            gap in ("", "و", "،", ",", "-", "–") and not h.prefix)))  # "مدينة دمشق لعدوان": ل starts no list item
                                        or (h.prefix.startswith("و") and _unknown_items(gap))
                                        or (h.prefix.startswith("و") and _compound_tail(folded, prev, gap)))
        typed = typed or (in_list and prev is not None and prev.typed)  # "بلدات X وY وZ"
        if prole is None and pw == "و":
            prole = _quoted_list_role(folded, pw_start)  # في "X" و"Y": Y shares X's preposition
        located = nrole in ("countryside", "direction") or (nrole == "prep" and role_of(next_word(folded, next_word(folded, h.end)[1])[0]) == "countryside")
        contextual = typed or prole in ("prep", "locative", "direction", "countryside") or in_list or located \
            or h.glued or road
        if not contextual and not _any_strong(h.core, h.cands) and not _is_direction_form(h) \
                and not _product_facility(folded, pw, pw_start):
            continue  # a bare village name with nothing around it (decided again below; this is early)

        # candidates consistent with the article as written
        facts = _facts(h.core, h.text_al, noun_one and not _definite(pw))
        if facts is None:  # "الباب شرقي" is not the quarter "باب شرقي"
            continue
        cands, mismatch = list(facts.cands), facts.mismatch
        if mismatch and " " in h.core:
            policy = "never"  # "والشيخ حديد" after "قرى": a settlement noun (or its list) says so;
            # "الشيخ حسن" alone is a man

        # compass word + place after another place: a locator ("X جنوبي إدلب", "X شمال غرب كفرنبل")
        direction_before = prole == "direction"
        if typed and not direction_before:  # "شمال بلدة X", not "ريف دير الزور الشرقي، وبلدة X"
            w2, w2_start, w2_boundary = second
            direction_before = role_of(w2) == "direction" and not _definite(w2) and not w2_boundary \
                and (prev is None or w2_start >= prev.end)
        conjoined = in_list and (h.prefix.startswith("و") or gap.strip() == "و")
        if (_is_direction_form(h) or direction_before) and not conjoined \
                and _locates_previous(folded, last_end, h.start):
            if prev is not None:
                prev.context_admin1.add(es[cands[0]].admin1)
                if prev.end == last_end:
                    prev.located_by = _one_locator(cands)
            last_end = h.end
            continue

        # "مطارا دمشق وحلب": each name with the singular noun names a facility (مطار دمشق)
        dual = (_dual_head(pw) if not pw_boundary else None) or (dual if in_list else None)
        # "مدينتي أريحا وإدلب": the dual town noun types the second name too (the city, not
        # the governorate)
        town_pair = typed and pw.endswith(_TOWN_PAIR)
        town_noun = town_pair or pair_open and conjoined or (typed and pw.endswith(_TOWN_NOUNS))
        pair_open = town_pair  # (a dual names two: "مدينتي أريحا وسراقب، وإدلب" ends at سراقب)
        quarter_noun = (typed and pw.endswith(_QUARTER_NOUNS)) or (quarters_open and conjoined)
        quarters_open = typed and pw.endswith(_QUARTER_PAIR)
        head = dual or (None if pw_boundary else _facility_head(pw) or _product_facility(folded, pw, pw_start))
        # (قاعدة "تل بيدر", معمل غاز "السويدية")
        facility = _areas_by_name().get(f"{head} {folded[h.start:h.end]}") \
            if head else None  # also over an area of the bare name: مطار "الطبقة" is the airbase
        if facility is not None:
            out.append(Resolved(h.start, h.end, facility[0], name=facility[1]))
            last_end = h.end
            continue

        # "أرياف إدلب وحلب", "ريفي إدلب الجنوبي وحلب الشمالي": a countryside per governorate
        govs = facts.govs
        if govs and (prole == "countryside" or (in_list and in_rural_list)):
            in_rural_list = True
            admin1: str | None = es[govs[0]].admin1
            plural = prole == "countryside" and pw.endswith("ارياف")
            adj, adj_end = _direction_adjectives(folded, h.end, plural)
            name = norm_name(f"ريف {es[govs[0]].name_ar} {adj}") if adj else ""
            if name in rural_by_name:
                out.append(Resolved(h.start, adj_end, rural_by_name[name]))
                out.extend(_more_directions(folded, es[govs[0]].name_ar, adj_end, rural_by_name, plural=plural))
            else:
                out.append(Resolved(h.start, h.end, rural[admin1]))
            last_end = out[-1].end
            continue
        in_rural_list = False

        # admin units' common-word names are reviewed by hand (place_stopwords.tsv); villages' by rule
        bare = folded[h.start:h.end]  # (a name opening with ك is read as written: كباني is no ك + باني — the
        # simile prefix seldom stands before a noun in news, where ب/ل/و/ف do: بقرية is "in a village")
        zone = not h.prefix and prole == "locative" and _zone_noun(pw)  # "منطقة X"
        zone_common = False  # a common-word name a zone noun introduces ("منطقة العشائر")
        if facts.plain and policy is None and h.core not in established and (is_common_word(bare, bare[:1] != "ك") or (
                h.prefix and is_common_word(h.prefix + bare))):
            # (kept where a place follows it in its sentence: a locator, "منطقة العشائر غربي مدينة
            # البوكمال", or the list it opens; "منطقة العشائر وأهلها" is the tribes' region)
            zone_common = h.text_al and zone and _place_follows(folded, selected, k)
            policy = None if zone_common else "never"  # "في منزله", "بسلوك", "كبيرة" (ك + the village بيرة)
        if not typed and not facts.big_admin and (
                prole == "person" or (not h.prefix.startswith("و")  # "وأبو حمام وذيبان"
                                      and role_of(second[0]) == "person")):
            continue  # "حمد بن جاسم", "أبو أحمد القصيبة", "والي حوران"
        if policy == "context":  # the common sense wins unless a place noun or preposition says so
            if not typed and (_paired_abroad(folded, selected, k) or _paired_with_actor(folded, selected, k, pw, pw_start)):
                continue  # "بين دمشق وأنقرة", "بكين ودمشق", "بين دمشق و"قسد"": two governments
            if mismatch:
                continue  # "ميادين المعارك" is no الميادين
            contextual = typed or prole in ("prep", "countryside") or "ب" in h.prefix or (
                prole == "locative" and not h.prefix) or (pw in _near_heads() and not h.prefix) \
                or (in_list and h.prefix.startswith("و") and prev is not None and not prev.tentative) \
                or _after_foreign_locative(folded, selected, k) or road \
                or (prole is None and not h.prefix and _visited(folded, pw, pw_start))
            # (اعزاز والباب, في بيروت ودمشق; زار الوزير الصيني دمشق)
            governor, g_start, _ = second if prole == "prep" else (pw if "ب" in h.prefix else "", 0, False)
            if contextual and not typed and (role_of(governor) == "polity" or prole == "prep" and (
                    _envoy_before(folded, g_start) or _polity_across_adjectives(folded, governor, g_start))):
                continue  # "القيادة في دمشق", "القرارات الخاصة بدمشق", "سفير تونس في دمشق", "الحكومة
                # المركزية في دمشق": the government
            if pw == "علي" and k > 0 and _foreign_city(selected[k - 1]) \
                    and not folded[selected[k - 1].end:pw_start].strip():
                continue  # "ضغطت موسكو على دمشق": one government on another
        strong = facts.strong and not mismatch and policy is None
        short = len(h.core.replace(" ", "")) <= 3
        if policy == "never" and noun_one and not h.text_al and pw.endswith("ه") and h.core.endswith("ه"):
            continue  # "قرية صغيرة", "بلدة مجاورة": an adjective agreeing with the noun
        if policy == "never" and not (noun_one or (typed and in_list and h.prefix.startswith("و"))):
            continue  # (a list goes on with و: "بلدات X والغجر"; "مدينة نوى، كبرى مدن …" is an aside)
        listed = in_list and h.prefix.startswith("و") and prev is not None and not prev.tentative
        # a short name after a preposition is mostly a word the word list lacks, but a Damascus
        # city area is not ("في المزة", "بمنطقة المزة"; still kept only near another place)
        quarter = short and prole in ("prep", "locative") and any(es[i].level == "cityarea" for i in cands)
        if not strong and not (typed or prole == "countryside" or (contextual and (not short or quarter))
                               or (policy == "context" and listed) or zone):
            continue  # (a short common-word name stays when it goes on a list: اعزاز والباب)
        # a bare preposition is weak evidence for a village name ("في الصخرة", "من نصيب"): such a
        # name stays only near another place (checked below); a glued letter (فعاليات) is none
        firm = typed or road or prole in ("locative", "countryside", "direction") or located \
            or (in_list and prev is not None and not prev.tentative) or h.core in established
        if not strong and not firm and h.prefix[-1:] in ("ف", "ك", "ل"):
            continue
        tentative = not strong and not firm

        # "في الحسكة والقامشلي": a governorate's name paired with a town is its city too
        # (a plural noun before the pair, "مدن دير الزور والبوكمال", is theirs too; a singular
        # one has said which already)
        pair = bool(facts.govs) and not noun_one and not road \
            and _paired_with_town(folded, selected, k, prev if conjoined and not gap and h.prefix.startswith("و")
                                  else None, es[facts.govs[0]].admin1)
        town_noun = town_noun or pair
        # which level: governorate unless a town noun says the city; towns over their district
        if town_noun or (typed and pw.endswith(("قريه", "قريتي"))):
            towns = [i for i in cands if es[i].level in ("community", "town")
                     or (es[i].level == "area" and es[i].type == "town")]  # areas.tsv towns (الطبقة)
            cands = towns or cands
        elif quarter_noun:
            hoods = [i for i in cands if es[i].level in ("neighbourhood", "cityarea")]
            cands = hoods or cands
        if govs and cands != govs and not (town_noun or road or quarter_noun):
            # (a town's context says the city: a road's end, "طريق الحسكة _ دير الزور" runs
            # between the cities; the quarters of one, "في أحياء حلب")
            out.append(Resolved(h.start, h.end, govs[0]))
            if not typed:
                bare_govs.append((out[-1], h.core))
            last_end = h.end
            continue
        areas = [i for i in cands if es[i].level == "area"]
        if areas:
            out.append(Resolved(h.start, h.end, areas[0]))
            last_end = h.end
            out.extend(_more_directions(folded, "", h.end, rural_by_name, es[areas[0]]))
            continue
        places = [i for i in cands if es[i].level in ("community", "town", "cityarea")]
        if not places:
            places = [_seat_of(i, h.core) for i in cands if es[i].level in ("district", "subdistrict")]
        if not places and quarter_noun:
            places = [i for i in cands if es[i].level == "neighbourhood"]
        if not places and zone:  # "منطقة قاضي عسكر في حلب"
            places = _quarters_of_next(cands, selected, k)
        if not places:
            continue
        # a city named like an admin unit is its seat ("مدينة نوى"; a village is not: "قرية الحميدية")
        seats = [i for i in (facts.cands if town_noun and not pw.endswith(("بلده", "بلدتي")) else cands)
                 if es[i].level in ("district", "subdistrict")]
        if seats and road and not any(es[i].pcode.startswith(es[d].pcode) for i in places for d in seats):
            places = [_seat_of(d, h.core) for d in seats]  # "طريق سلمية – حمص": the district's town,
            # not a namesake hamlet elsewhere
        if seats and len(places) > 1:  # "رأس العين" the district names its seat, not namesakes
            inside = [i for i in places if any(es[i].pcode.startswith(es[d].pcode) for d in seats)]
            # but a sub-district's seat does not outweigh the list it stands in: "بلدات
            # السرمانية والزيارة والمنصورة" names the Ghab village, not the Raqqa sub-district
            listed_here = [i for i in places if in_list and prev is not None and prev.entry >= 0
                           and es[i].admin1 == es[prev.entry].admin1] \
                if all(es[d].level == "subdistrict" for d in seats) else []
            places = listed_here or inside or places
        places = _dedupe_near(places)
        if prev is not None and prev.entry >= 0 and same_sentence(folded, prev.start, h.start) \
                and all(es[i].admin1 != es[prev.entry].admin1 for i in places):
            # "في ريف حلب الشرقي في منطقة جبرين": the quarter of that governorate's city, not a
            # namesake village of another governorate
            places = [i for i in cands if es[i].level == "neighbourhood"
                      and es[i].admin1 == es[prev.entry].admin1][:1] or places
        start, end, town_rural = h.start, h.end, False
        if prole == "countryside" and (m := _RURAL_WORD.search(folded, pw_start, h.start)):
            start, town_rural = m.start(), True  # "بريف منبج الشمالي": the town's countryside, an area
            end = _direction_adjectives(folded, h.end)[1]
        elif prole == "locative" and not h.prefix and pw.endswith(_DESERT_WORD) \
                and len(pw) - len(_DESERT_WORD) <= 2:
            # "في بادية السخنة": the desert around a town is an area of its own, like its
            # countryside (the named deserts of areas.tsv, "بادية تدمر", never reach here)
            start, town_rural = pw_start + len(pw) - len(_DESERT_WORD), True
            end = _direction_adjectives(folded, h.end)[1]
        out.append(Resolved(start, end, places[0], cands=tuple(places) if len(places) > 1 else (),
                            typed=typed, introduced=typed or prole == "locative", tentative=tentative,
                            rural=town_rural))
        if pair and len(places) == 1:
            paired[h.core] = places[0]
        if typed:
            established.add(h.core)
        last_end = h.end
    for r, core in bare_govs:  # "حصار الحسكة والقامشلي ... في الحسكة": the city all along
        r.entry = paired.get(core, r.entry)
    out = _drop_isolated(out)
    out = _drop_foreign(folded, out, selected)
    out = _drop_unanchored(folded, out, selected)
    rural_found = _bare_countrysides(folded, out)
    deserts = _governorate_deserts(folded, out)
    out = [r for r in out if not any(d.start <= r.start < d.end for d in deserts)]  # not "البادية" alone
    rural_found += deserts
    out = [r for r in out if not any(r is a for a in _countryside_owners(folded, out, rural_found))] + rural_found
    out += _own_countrysides(folded, out)
    _disambiguate(folded, out)
    out = _drop_israeli_sites(folded, out)
    _relocate_quarters(folded, out)
    _follow_locators(folded, out)
    _sentence_namesakes(folded, out)
    # foreign hits count as places with no governorate: a compound next to them is not placed
    placed = [(r.start, r.end, es[r.entry].admin1) for r in out if r.entry >= 0]
    placed += [(h.start, h.end, "") for h in selected if h.abroad]
    seen: dict[str, str] = {}
    places_index = PlacedIndex(folded, placed)
    _local_deserts(folded, out, places_index)
    named = frozenset((h.start, h.end) for h in selected if not h.abroad)
    doc_admin1 = {es[r.entry].admin1 for r in out if r.entry >= 0 and not r.fallback and es[r.entry].admin1}
    spans = [(h.start, h.end) for h in selected]
    for s, e in unknown_compounds(folded, spans, [(r.start, r.end) for r in out],
                                  named, heads):
        inner = [r for r in out if s <= r.start and r.end <= e]
        tail = [r for r in inner if r.start > s and not r.fallback]
        head = folded[s:e].split(" ", 1)[0]
        site = _landmark_site(folded, out, e) if head in landmark_heads() else -1
        if site >= 0:  # "دوار الروضة في منطقة السيدة زينب": where the text places it
            out = [r for r in out if r not in inner]
            out.append(Resolved(s, e, site, near=True))
            continue
        if tail:  # "تل مرديخ" is OCHA's "مرديخ": the village, named as written; "حويجة البصيرة"
            near = folded[s:e].split(" ", 1)[0] in _near_heads()  # lies by البصيرة, it is not it
            tail[0].start, tail[0].near = s, near
            if near and es[tail[0].entry].level == "governorate":  # "قلعة حلب" lies in the city
                tail[0].entry = _capital_cities().get(es[tail[0].entry].admin1, tail[0].entry)
            out = [r for r in out if r not in inner or r is tail[0]]
            continue
        out = [r for r in out if r not in inner]  # "معرة" of "معرة موخص" is another village
        if head in landmark_heads():
            site = _listed_landmark(folded, out, s)
            if site >= 0:
                out.append(Resolved(s, e, site, near=True))
            continue  # "في مستشفى الشفاء": a landmark no Syrian town locates
        admin1 = _locator_admin1(folded, out, e) or places_index.context_admin1(s, (s, e)) \
            or seen.get(folded[s:e])
        # "تل الملاجة", "جبل X": the hill of OCHA's village of that name (of the governorate
        # around, or the only one); "معرة موخص" is another village than موخص
        village = _named_village(folded[s:e], {admin1} if admin1 else doc_admin1) if head in _HILL_HEADS else -1
        if village >= 0:
            out.append(Resolved(s, e, village, near=head in _near_heads()))
        elif admin1 in gov:
            seen[folded[s:e]] = admin1
            out.append(Resolved(s, e, gov[admin1], fallback=True))
    out = _long_landmarks(folded, out, heads)
    # names the gazetteers lack, after a settlement noun and before an explicit Syrian locator
    anchors = {r.start: es[r.entry].admin1 for r in out  # (a village after its noun is firm too)
               if r.entry >= 0 and not r.fallback and es[r.entry].admin1 and (_strong_flags()[r.entry] or r.typed)}
    taken = spans + [(r.start, r.end) for r in out]
    anchored = {r.start: r.entry for r in out if r.start in anchors}
    for s, e, admin1, at, by_direction in typed_unknowns(folded, taken, anchors, list_nouns):
        town = _quarter_town(folded[s:e], anchored.get(at, -1), by_direction)
        if town >= 0:
            out.append(Resolved(s, e, town, near=True))
        elif admin1 in gov:
            out.append(Resolved(s, e, gov[admin1], fallback=True))
    out.sort(key=lambda r: r.start)
    return out


def _quarter_town(name: str, locator: int, by_direction: bool = False) -> int:
    """``في حي الحوش بمنطقة المزة``: a quarter the gazetteers lack lies in the town or city area
    that locates it, so it takes that point (ACLED's geo_precision 2, part of a town) rather than
    its governorate's centre; so does a name a direction locates (``موقع "X" غرب بلدة حضر``: it
    lies by the town); -1 for a village in a town, or a name located by a governorate only."""
    if locator < 0 or not (by_direction or name.startswith("حي ")):
        return -1
    e = entries()[locator]
    return locator if not e.is_admin and e.kind == "point" else -1


def _named_village(compound: str, admin1: set[str]) -> int:
    """The one village of the governorates ``admin1`` that the word after a compound's head
    names, or -1."""
    es = entries()
    core = split_al(norm_name(compound.split(" ", 1)[-1]))[0]
    found = _name_table().get(core)
    if found is None:
        return -1
    here = [i for i, _ in found[0] if es[i].admin1 in admin1 and es[i].level in ("community", "town")]
    return here[0] if len(here) == 1 else -1


_HILL_HEADS: Final = frozenset({"تل", "جبل"})


@lru_cache(maxsize=1)
def _near_heads() -> frozenset[str]:
    """Heads whose compound with a known place's name is another place beside or inside it (a
    river island by the town, the city's prison or lake: place_heads.tsv column near): reported
    on their own, at the town's point with geo_precision 2."""
    return frozenset(r["head"] for r in read_table("place_heads.tsv") if r.get("near") in ("near", "landmark"))


_LANDMARK_WORDS: Final = 4  # words a landmark's name may run to ("ساحة الرئيس الراحل حافظ الأسد")


def _long_landmarks(folded: str, out: list[Resolved], heads: list[tuple[int, int]]) -> list[Resolved]:
    """``في ساحة الرئيس الراحل حافظ الأسد، وسط مدينة الحسكة``, ``في سجن الثانوية الصناعية في حي
    غويران``: a landmark whose name runs several words, up to the town that locates it right
    after (the words read only where a landmark head follows a preposition); places inside the
    name are part of it."""
    for hs, he in landmark_starts(folded, heads):
        if any(r.start <= hs < r.end or r.start <= he - 1 < r.end for r in out):
            continue  # the head of a landmark placed already ("سجن حلب")
        pos = he
        for n in range(_LANDMARK_WORDS):
            w, end, boundary = next_word(folded, pos)
            if boundary or not w or role_of(w) == "prep" or w.startswith("و") and not w.startswith("وسط") and pos > he:
                break  # a sentence ends, a preposition opens no name ("في سجن في جزيرة مرمرة"),
                # or the list goes on ("ومستشفى")
            pos = end
            if n == 0 and is_common_word(w):
                continue  # "في ساحة المعركة في حلب": a noun phrase, unless the name goes on
            site = _landmark_site(folded, out, pos)
            if site >= 0:
                out = [r for r in out if not (he <= r.start and r.end <= pos)]
                out.append(Resolved(hs, pos, site, near=True))
                break
    return out


def _listed_landmark(folded: str, out: list[Resolved], start: int) -> int:
    """``سجن حلب ومستشفى الكندي``: a landmark conjoined right after another lies in the same
    town (its entry), or -1."""
    before = [r for r in out if r.near and r.end <= start and start - r.end <= 3]
    if not before:
        return -1
    prev = max(before, key=lambda r: r.end)
    if folded[prev.start:prev.end].split(" ", 1)[0] not in landmark_heads() or folded[prev.end:start].strip() != "و":
        return -1
    return prev.entry


_LIST_NEXT: Final = re.compile(r"(?<!\w)و(?!سط)")  # "و" (not "وسط"): the next item of a list


def _landmark_site(folded: str, out: list[Resolved], end: int) -> int:
    """``دوار الروضة في منطقة السيدة زينب``, ``مسجد الأفرم في دمشق``: the town or city right
    after a landmark (ending at ``end``) that locates it (a governorate's name: its city), or -1:
    the landmark lies there, whatever place its own name also spells."""
    after = [r for r in out if end <= r.start <= end + _LOCATOR_REACH and r.entry >= 0 and not r.fallback]
    if not after:
        return -1
    r = min(after, key=lambda r: r.start)
    gap = folded[end:r.start]
    if not _locator_gap(gap) or _LIST_NEXT.search(gap):
        return -1  # "سجن حلب ومستشفى الكندي، ومدينة دير الزور": the list goes on, no locator
    e = entries()[r.entry]
    if e.level == "governorate":
        return _capital_cities().get(e.admin1, -1)
    return r.entry if not e.is_admin and e.kind == "point" else -1

NEAR_CHARS: Final = 300  # about two sentences


def _drop_isolated(out: list[Resolved]) -> list[Resolved]:
    """Tentative village names stay only within ``NEAR_CHARS`` of a firmly placed mention."""
    firm = sorted(r.start for r in out if not r.tentative)
    return [r for r in out if not r.tentative
            or bisect_left(firm, r.start - NEAR_CHARS) < bisect_right(firm, r.start + NEAR_CHARS)]


_DIRS: Final = "(?:شمالي|جنوبي|شرقي|غربي)"
_BARE_RURAL: Final = re.compile(rf"(?:و|ب|ف|ل|وب)?((?:ال)?ريف(?:ها|ه)? ال{_DIRS}(?: ال{_DIRS}| و ?ال{_DIRS})?)(?!\w)")
_OF_PLACE: Final = re.compile(r" (?:لمدينه |لمحافظه |ل|(?:من|في) (?:مدينه |محافظه )?)")


def _bare_countrysides(folded: str, out: list[Resolved]) -> list[Resolved]:
    """``وبلدة الكبر بالريف الغربي``, ``في ريفها الشرقي``, ``في الريف الشرقي لدير الزور``: the
    countryside of the governorate just named (the one after ``ل`` when it is given)."""
    es = entries()
    _, gov, _, rural_by_name = _lookups()
    found = []
    pos = folded.find("ريف")
    while pos >= 0:  # tried only at the words holding ريف (a regex scan of the text costs more)
        m = _BARE_RURAL.match(folded, word_start(folded, pos))
        pos = folded.find("ريف", pos + 3)
        if m is None:
            continue
        s, e = m.span(1)
        if any(r.start <= s < r.end for r in out):
            continue
        after = _OF_PLACE.match(folded, e)
        named = [r for r in out if r.start >= e and r.start - after.end() <= 2] if after else []
        before = [r for r in out if r.end <= s and s - r.end <= NEAR_CHARS and es[r.entry].admin1]
        anchor = named[0] if named else (before[-1] if before else None)
        if anchor is None or es[anchor.entry].admin1 not in gov:
            continue
        gov_ar = es[gov[es[anchor.entry].admin1]].name_ar
        adj = folded[s:e].split(" ", 1)[1].replace("و ال", "وال")
        name = norm_name(f"ريف {gov_ar} {adj.split(' و')[0]}")
        if name in rural_by_name:
            i = rural_by_name[name]
            found.append(Resolved(s, e, i, name=es[i].name_ar))
    return found


_OF_GOVERNORATE: Final = re.compile(r" (?:لمحافظه |ل)")
_BARE_DESERT: Final = re.compile(rf"(?:و|ب|ف|وب)?(ال{_DESERT_WORD} ال{_DIRS}ه)(?!\w)")


def _governorate_deserts(folded: str, out: list[Resolved]) -> list[Resolved]:
    """``البادية الشرقية لحمص``, ``البادية الجنوبية لمحافظة دير الزور``: the named desert of the
    governorate after ``ل`` (areas.tsv ``بادية حمص الشرقية``), written as ``الريف الشرقي لحمص`` is."""
    es = entries()
    areas = _areas_by_name()
    found = []
    pos = folded.find("ال" + _DESERT_WORD)
    while pos >= 0:  # tried only where the word stands (no scan of the text)
        m = _BARE_DESERT.match(folded, word_start(folded, pos))
        pos = folded.find("ال" + _DESERT_WORD, pos + 3)
        after = _OF_GOVERNORATE.match(folded, m.end(1)) if m else None
        if m is None or after is None:
            continue
        owner = [r for r in out if 0 <= r.start - after.end() <= 2 and es[r.entry].level == "governorate"]
        if not owner:
            continue
        adj = folded[m.start(1):m.end(1)].split(" ", 1)[1]
        area = areas.get(norm_name(f"{_DESERT_WORD} {es[owner[0].entry].name_ar} {adj}"))
        if area is not None:
            found.append(Resolved(m.start(1), m.end(1), area[0], name=area[1]))
    return found


def _countryside_owners(folded: str, out: list[Resolved], rural: list[Resolved]) -> list[Resolved]:
    """``الريف الشرقي لمحافظة الحسكة``: the governorate that only owns the countryside just read
    is no place of its own, as in ``ريف الحسكة الشرقي`` (a city after ``لمدينة`` stays)."""
    es = entries()
    owners = []
    for c in rural:
        after = _OF_GOVERNORATE.match(folded, c.end)
        if after is None:
            continue
        owners += [r for r in out if 0 <= r.start - after.end() <= 2 and es[r.entry].level == "governorate"]
    return owners


_OWN_RURAL: Final = ("وريفها", "وريفه", "وارياف", "واريافها")


def _own_countrysides(folded: str, out: list[Resolved]) -> list[Resolved]:
    """``إدلب وريفها``, ``محافظة السويداء السورية وريفها``: a governorate (or its capital) and
    its countryside, which the guide counts as a place of its own (ريف إدلب)."""
    es = entries()
    rural, _, _, _ = _lookups()
    found = []
    pos = folded.find("ريف")
    while pos >= 0:
        ws = word_start(folded, pos)
        we = ws
        while we < len(folded) and folded[we].isalnum():
            we += 1
        pos = folded.find("ريف", we)
        if folded[ws:we] not in _OWN_RURAL or _direction_adjectives(folded, we)[0]:
            continue  # "وريفها الشرقي" is read by _bare_countrysides
        before = [r for r in out if r.end <= ws]
        if not before:
            continue
        anchor = before[-1]
        gap = folded[anchor.end:ws].split()
        e = es[anchor.entry]
        if len(gap) > 1 or (gap and not gap[0].startswith("ال")) or e.admin1 not in rural \
                or not (e.level == "governorate" or e.capital == "1"):
            continue  # only the governorate or its city, with at most an adjective between
        i = rural[e.admin1]
        found.append(Resolved(ws + 1, we, i, name=es[i].name_ar))
    return found


_SYRIA: Final = re.compile(r"سوري")


def _drop_unanchored(folded: str, out: list[Resolved], selected: list[Hit]) -> list[Resolved]:
    """Village names in a text with no Syrian anchor at all -- no governorate, city, named area,
    nor the word Syria -- are most likely a namesake abroad (a Lebanese or Iraqi report). A
    governorate that only locates them (``… وداديخ جنوب شرقي إدلب``) anchors them too."""
    if not out or any(_resolved_strong(r) for r in out) \
            or _SYRIA.search(folded) or any(_is_direction_form(h) and _any_strong(h.core, h.cands)
                                            for h in selected if not h.abroad):
        return out
    return []


def _drop_foreign(folded: str, out: list[Resolved], selected: list[Hit]) -> list[Resolved]:
    """Village names chained to a foreign place are that country's (see foreign.py)."""
    abroad_hits = [h for h in selected if h.abroad]
    if not abroad_hits:
        return out
    es = entries()
    weak_idx = [k for k, r in enumerate(out) if not _resolved_strong(r)]
    # a town named with a settlement noun is weak too, but only against a foreign locator or
    # list neighbour ("حي الشجرة جنوبي الخرطوم"), not a foreign paragraph around it
    weak_set = set(weak_idx)
    chain_idx = sorted(weak_idx + [k for k, r in enumerate(out) if k not in weak_set and r.typed
                                   and all(_town_level(es[i]) for i in (r.cands or (r.entry,)))])
    if not chain_idx:
        return out  # no place a foreign one could take (the foreign names' look-arounds unasked)
    kinds = _abroad_kinds()
    # a country after a compass word ("جنوبي لبنان") is a region of it, as precise as a town
    abroad = [(h.start, h.end, kinds[h.core][1]
               and role_of(prev_word(folded, h.start - len(h.prefix))[0]) != "direction") for h in abroad_hits]
    weak, strong = _split_weak(out, chain_idx)
    drop = {chain_idx[j] for j in foreign_chained(folded, weak, strong, abroad)}
    weak, strong = _split_weak(out, weak_idx)
    drop |= {weak_idx[j] for j in foreign_paragraphs(folded, weak, strong, abroad)}
    foreign = {folded[out[k].start:out[k].end] for k in drop}  # one sense per article: the
    drop |= {k for k in chain_idx if folded[out[k].start:out[k].end] in foreign}  # same village again
    return [r for k, r in enumerate(out) if k not in drop]


def _split_weak(out: list[Resolved], idx: list[int]) -> tuple[list[tuple[int, int, bool]], list[tuple[int, int]]]:
    """The places at ``idx`` as foreign.py's weak names, and the others as its Syrian locators."""
    chosen = set(idx)
    return ([(out[k].start, out[k].end, out[k].introduced and not out[k].typed) for k in idx],
            [(r.start, r.end) for k, r in enumerate(out) if k not in chosen])


def _town_level(e: Entry) -> bool:
    """A town or sub-district, not a governorate's capital: named with a settlement noun
    (``حي الشجرة جنوبي الخرطوم``), a foreign locator after it makes it a foreign namesake."""
    return e.level in ("subdistrict", "community", "town", "neighbourhood", "cityarea") and e.capital != "1"


_ISRAELI: Final = "الاسراييلي"  # folded "الإسرائيلي", also the start of its feminine and plural forms


def _drop_israeli_sites(folded: str, out: list[Resolved]) -> list[Resolved]:
    """A settlement, or a post the text calls Israeli (``مستوطنة المالكية``, ``موقع المالكية
    الإسرائيلي``), lies in Israel or in the occupied Golan: a namesake village elsewhere in Syria
    is not it (the border war of 2023-24 named many)."""
    if _ISRAELI not in folded and "مستوطن" not in folded:
        return out  # (most articles: no per-place look around)
    es = entries()
    colony = words_by_role().get("colony", frozenset())
    keep = []
    for r in out:
        e = es[r.entry] if r.entry >= 0 else None
        if e is None or e.admin1 == "Quneitra" or e.level == "governorate" or e.capital == "1":
            keep.append(r)
            continue
        before, at, _ = prev_word(folded, r.start)
        if before == "هي":  # "6 مستوطنات هي: X، Y"
            before = prev_word(folded, at)[0]
        if next_word(folded, r.end)[0].startswith(_ISRAELI) or before in colony \
                or (before in _POSTS and _HEZBOLLAH in _paragraph(folded, r.start)
                    and not _countryside_after(folded, r.end)):
            continue  # "استهدف حزب الله موقع "المالكية"": an Israeli border post
        keep.append(r)
    return keep


_POSTS: Final = frozenset({"موقع", "ثكنه"})  # a military post, as the Lebanese border war's communiqués name them
_HEZBOLLAH: Final = "حزب الله"


def _paragraph(folded: str, pos: int) -> str:
    start = folded.rfind("\n", 0, pos) + 1
    end = folded.find("\n", pos)
    return folded[start:end if end >= 0 else len(folded)]


@lru_cache(maxsize=1)
def _capital_cities() -> dict[str, int]:
    """admin1 -> the community that is its governorate's capital city."""
    return {e.admin1: i for i, e in enumerate(entries()) if e.level == "community" and e.capital == "1"}


_QUARTER_GAP: Final = re.compile(r"[\s،,]*(?:(?:في|وسط|شرق|غرب|شمال|جنوب|محيط|داخل) |ب)*(?:مدينه )?$")


def _relocate_quarters(folded: str, out: list[Resolved]) -> None:
    """``حي الجورة في محيط دير الزور``, ``حي الصليبة وسط مدينة إدلب``: a quarter named after the
    city that holds it belongs to that city. OCHA lists quarters of a few cities only, so a
    namesake elsewhere (الجورة of Damascus) gives way: the quarter takes its city's point, as the
    gazetteer places every quarter."""
    es = entries()
    cities = _capital_cities()
    for k, r in enumerate(out[:-1]):
        e = es[r.entry]
        if r.entry < 0 or e.level != "neighbourhood":
            continue
        city = out[k + 1]
        c = es[city.entry]
        if city.entry < 0 or c.admin1 == e.admin1 or city.start - r.end > 30 \
                or not _QUARTER_GAP.match(folded[r.end:city.start]):
            continue
        if c.level == "community" or (c.level == "governorate" and c.admin1 in cities):
            r.entry, r.near = (city.entry if c.level == "community" else cities[c.admin1]), True


LOOSE_LOCATOR_KM: Final = 50.0  # a village this close to its locator's point is the gazetteer's own

# words that may stand between a village and its locator besides place words ("الواقعة في")
_LOCATOR_FILLERS: Final = frozenset({"الواقعه", "الواقعتين", "التابعه", "التابعتين", "الواقع", "اقصي", "تقع",
                                     "يقع", "التي", "الذي", "كلم", "كم", "كيلومترات", "بعد"})
_LIST_GAP: Final = re.compile(r"[\s،,\"'“”«»]*(?:و\s*)?$")


def _locator_gap(gap: str) -> bool:
    """Only place words stand between a village (or its list) and the place locating it."""
    words = _WORD.findall(gap)
    return len(words) <= 4 and all(w in _LOCATOR_FILLERS or w in CLITICS or role_of(w) in
                                   ("prep", "countryside", "type", "locative", "direction")
                                   for w in words)


_LOCATOR_REACH: Final = 40  # characters from a name (or its list) to the place locating it


def _locator_index(folded: str, out: list[Resolved], k: int) -> int:
    """The index of the place that locates ``out[k]`` (or the list of villages it starts) right
    after it (``X وY في ريف درعا``), or -1."""
    es = entries()
    j = k + 1
    while j < len(out) and out[j].entry >= 0 and es[out[j].entry].level in ("community", "town") \
            and _LIST_GAP.match(folded[out[j - 1].end:out[j].start]):
        j += 1  # the rest of the list: "وشقرا"
    if j >= len(out) or out[j].entry < 0 or out[j].start - out[j - 1].end > _LOCATOR_REACH \
            or not _locator_gap(folded[out[j - 1].end:out[j].start]):
        return -1
    return j


def _locator_admin1(folded: str, out: list[Resolved], end: int) -> str:
    """The governorate of the place that locates a name ending at ``end`` right after it
    (``ومنطقة تل المسيح قرب مدينة شهبا``: Suwayda, though دمشق stood nearer before), or ""."""
    after = [r for r in out if end <= r.start <= end + _LOCATOR_REACH and r.entry >= 0 and not r.cands]
    if not after:
        return ""
    r = min(after, key=lambda r: r.start)
    return entries()[r.entry].admin1 if _locator_gap(folded[end:r.start]) else ""


@lru_cache(maxsize=1)
def _deserts() -> tuple[int, dict[str, int]]:
    """The Syrian Desert's entry (areas.tsv ``البادية السورية``, named alone ``البادية``) and
    admin1 -> that governorate's desert (``بادية دير الزور``)."""
    es = entries()
    areas = _areas_by_name()
    whole = areas.get(norm_name("البادية السورية"), (-1, ""))[0]
    own = {es[i].admin1: areas[norm_name(f"{_DESERT_WORD} {es[i].name_ar}")][0] for i in _lookups()[1].values()
           if norm_name(f"{_DESERT_WORD} {es[i].name_ar}") in areas}
    return whole, own


def _local_deserts(folded: str, out: list[Resolved], places: PlacedIndex) -> None:
    """``صواريخ أطلقت من البادية بين مدينتي الميادين والبوكمال``: the desert named alone is the
    part of it in the governorate its sentence's places lie in (بادية دير الزور), where
    areas.tsv has that governorate's desert -- one sense per article: only when every mention
    of it is bare and located so, in one governorate. Elsewhere, and in Homs where its centre
    lies, it stays the Syrian Desert."""
    whole, own = _deserts()
    named = [r for r in out if r.entry == whole]
    bare = [r for r in named if folded[r.start:r.end].endswith(_DESERT_WORD)]
    if not bare or len(bare) < len(named):
        return  # an article naming "البادية السورية" means that by "البادية" too
    located = {places.context_admin1(r.start, (r.start, r.end)) for r in bare}
    admin1 = located.pop() if len(located) == 1 else None
    if admin1 in own and admin1 != entries()[whole].admin1:
        for r in bare:
            r.entry = own[admin1]


def _one_locator(cands: list[int]) -> int:
    """The place a locator's name denotes when its candidates (a town, its district and
    sub-district: منبج) lie in one governorate -- the town among them first -- else -1."""
    es = entries()
    if len({es[i].admin1 for i in cands}) != 1:
        return -1
    return next((i for i in cands if es[i].level in ("community", "town")), cands[0])


def _follow_locators(folded: str, out: list[Resolved]) -> None:
    """``قرية العيون بريف بلدة مارع``, ``قرى الحصان والجنينة وشقرا في ريف دير الزور الشمالي``,
    ``بلدة البريج شمال غرب مدينة كفرنبل``: an explicit locator after a village (or the list it
    ends), or the place a direction after it locates it by, names its governorate. A village
    resolved elsewhere takes its namesake there, or else that governorate (geo_precision 3):
    the gazetteer lacks it, and the text's name is kept rather than a wrong village's point."""
    es = entries()
    for k, r in enumerate(out):
        e = es[r.entry] if r.entry >= 0 else None
        # a fallback here stands for same-named villages none of which the article's places
        # chose ("محور التفاحية بريف اللاذقية" between two Hasakah ones): the locator decides
        # a small sub-district seat is strong only by that office: a namesake where the locator
        # points wins ("قرى المنصورة وخربة الناقوس في سهل الغاب" is not the Raqqa seat)
        seat = e is not None and e.capital == "3" and e.pop < STRONG_POP and e.level in ("community", "town")
        if e is None or r.rural or (not r.fallback and not seat
                                    and (e.level not in ("community", "town") or _strong(e))):
            continue
        j = _locator_index(folded, out, k)
        if j < 0 and r.located_by < 0:
            continue
        loc = es[out[j].entry if j >= 0 else r.located_by]
        here = loc.admin1
        rural = j >= 0 and any(role_of(w) == "countryside" for w in _WORD.findall(folded, out[j - 1].end, out[j].start))
        if not here or here == e.admin1 or {here, e.admin1} == {"Damascus", "Rural Damascus"} \
                or not (_strong(loc) or rural) or (not r.fallback and _km(e, loc) <= LOOSE_LOCATOR_KM):
            continue  # a village locates another only as "بريف بلدة مارع"; a border village
            # (قسطون of the Ghab "في ريف إدلب الجنوبي") is the gazetteer's, loosely located
        _move_to(folded, r, here, fallback_ok=not seat)


def _move_to(folded: str, r: Resolved, here: str, fallback_ok: bool = True) -> None:
    """The village ``r`` lies in governorate ``here``: its namesake there, or else (where
    ``fallback_ok``) that governorate under the text's name (geo_precision 3)."""
    es = entries()
    table = _name_table()
    core = split_al(norm_name(folded[r.start:r.end]))[0]
    there = [i for i, _ in table[core][0] if es[i].admin1 == here] if core in table else []
    if there:
        r.entry, r.fallback = there[0], False
    elif fallback_ok and here in _lookups()[1]:
        r.entry, r.fallback = _lookups()[1][here], True


def _sentence_namesakes(folded: str, out: list[Resolved]) -> None:
    """``امتدت النيران في ريف اللاذقية الشمالي إلى قريتي الملك والكاسر``: a village a settlement
    noun introduces whose only namesake lies in another governorate, far (over
    ``LOOSE_LOCATOR_KM``) from every other place of its sentence, all of which lie in one
    governorate that no other place of the article shares with the namesake, is a village of
    that governorate the gazetteer lacks (or spells otherwise): kept there under its own name."""
    es = entries()
    typed = [r for r in out if r.typed and r.entry >= 0 and not (r.cands or r.fallback or r.near or r.rural
                                                                  or r.context_admin1 or r.located_by >= 0)]
    if not typed:
        return  # (most articles)
    fixed = [r for r in out if r.entry >= 0 and not r.cands]
    per_admin1 = Counter(es[r.entry].admin1 for r in fixed)
    for r in typed:
        e = es[r.entry]
        if e.level not in ("community", "town") or _strong(e) or per_admin1[e.admin1] > 1:
            continue  # (the cheap tests first: most villages share their governorate with a place)
        others = [o for o in fixed if o is not r and same_sentence(folded, min(o.start, r.start), max(o.end, r.end))]
        govs = {es[o.entry].admin1 for o in others}
        if len(govs) != 1 or e.admin1 in govs or any(_km(e, es[o.entry]) <= LOOSE_LOCATOR_KM for o in others):
            continue
        _move_to(folded, r, govs.pop())


@lru_cache(maxsize=1)
def _seats() -> dict[tuple[str, str], int]:
    """(unit P-code, folded name) -> the community of that name inside the unit (its seat)."""
    out: dict[tuple[str, str], int] = {}
    for i, e in enumerate(entries()):  # a community's pcode is its sub-district's (SY020600)
        if e.level == "community" and e.pcode:
            for code in (e.pcode, e.pcode[:6]):
                out.setdefault((code, norm_name(e.name_ar)), i)
    return out


def _seat_of(unit: int, core: str) -> int:
    """``كوباني`` (another name of the district عين العرب) names the seat town عين العرب; the
    unit's own name stays the unit (the guide's gold places سلحب at its sub-district point)."""
    u = entries()[unit]
    if split_al(norm_name(u.name_ar))[0] == core:
        return unit
    return _seats().get((u.pcode, norm_name(u.name_ar)), unit)


def _dedupe_near(idx: list[int]) -> list[int]:
    """Same-named rows a few km apart (OCHA duplicates, a district and its seat) are one place."""
    es = entries()
    kept: list[int] = []
    for i in sorted(idx, key=lambda i: (es[i].level not in ("community", "town"), -es[i].pop)):
        if all(_km(es[i], es[k]) > 6 for k in kept):
            kept.append(i)
    return kept


def _disambiguate(folded: str, out: list[Resolved]) -> None:
    """Pick among same-named villages with the governorates and places around them."""
    es = entries()
    _, _, by_pcode, _ = _lookups()
    fixed = [r for r in out if not r.cands]
    doc_admin1 = {es[r.entry].admin1 for r in fixed} | {a for r in out for a in r.context_admin1}
    doc_admin2 = {es[r.entry].admin2 for r in fixed if es[r.entry].admin2}
    points = [es[r.entry] for r in fixed if es[r.entry].precision <= 2]
    for k, r in enumerate(out):
        if not r.cands:
            continue
        sent_admin1 = set(r.context_admin1)
        # "ومحيط صيدا في ريف درعا": the explicit locator right after outweighs the sentence's
        # other governorates (صيدا of Quneitra when ريف القنيطرة was named just before)
        j = _locator_index(folded, out, k)
        loc_admin1 = es[out[j].entry].admin1 if j >= 0 and not out[j].cands else ""
        for o in fixed:
            if same_sentence(folded, min(o.start, r.start), max(o.end, r.end)):
                sent_admin1.add(es[o.entry].admin1)

        def score(i: int) -> float:
            e = es[i]
            s = 3.0 * (e.admin1 in sent_admin1) + 1.5 * (e.admin1 in doc_admin1) + 1.0 * (e.admin2 in doc_admin2)
            s += 3.0 * (e.admin1 == loc_admin1)
            s += 1.0 * any(_km(e, p) <= NEAR_KM for p in points)
            s += math.log10(e.pop + 1) / 5 + {"1": 1.0, "3": 0.5}.get(e.capital, 0.0)
            return s

        ranked = sorted(r.cands, key=score, reverse=True)
        best = score(ranked[0])
        ties = [i for i in ranked if score(i) > best - 1.0]
        if len(ties) == 1:
            r.entry, r.cands = ranked[0], ()
            continue
        r.cands = ()
        r.fallback = True
        tied = [es[i] for i in ties]
        if not r.introduced and not any(_strong(e) for e in tied) and " " not in tied[0].name_ar:
            r.entry = -1  # an unintroduced, unplaceable village name ("في لقطة") is no place
            continue
        for level, key in (("subdistrict", lambda e: e.pcode[:8]), ("district", lambda e: e.pcode[:6]),
                           ("governorate", lambda e: e.pcode[:4])):
            codes = {key(e) for e in tied}
            if len(codes) == 1 and next(iter(codes)) in by_pcode:
                r.entry = by_pcode[next(iter(codes))]
                break
        else:
            r.entry = -1  # no common unit: dropped by the caller
