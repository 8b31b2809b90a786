"""Find every gazetteer name in folded text, the way Arabic news actually spells it.

Names are indexed by their *core*: folded, without a leading ``ال``. One Aho-Corasick pass over
the folded text finds cores; what stands between the token start and the core (clitics ``و ب
ل ف ك``, the article ``ال``, the contracted ``لل``, a glued ``في``) is then checked, so
``وبالملاجة``, ``للملاجة``, ``الملاجةفي`` all reach ``الملاجة`` without a variant per prefix.
Compounds are indexed split and joined (OCHA ``تلخطرة`` ↔ text ``تل خطرة``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

import ahocorasick

from ..text.normalize import fold
from .gazetteer import entries, read_table
from .index_cache import cached

CLITICS: Final = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"})
# First words of compounds that OCHA sometimes writes joined to the next word.
HEADS: Final = ("تل", "عين", "كفر", "دير", "بيت", "ام", "ابو", "خربه", "بير", "جسر", "معره", "معر", "راس",
                "قصر", "بنات", "حوش", "مزرعه", "عرب", "جب", "بئر", "سن")
# Second words OCHA writes bare where news gives them the article (دير شرقي ↔ الدير الشرقي).
_BARE_ADJECTIVES: Final = frozenset(fold(w) for w in (
    "شرقي", "غربي", "شمالي", "جنوبي", "قبلي", "فوقاني", "تحتاني", "كبير", "صغير", "كبرى", "صغرى",
    "شرقية", "غربية", "شمالية", "جنوبية", "قبلية", "فوقانية", "تحتانية", "كبيرة", "صغيرة", "جديد", "جديدة",
    "قديم", "قديمة"))
_PUNCT: Final = re.compile(r"[\-_()\[\]/،,.'\"]+")


def norm_name(name: str) -> str:
    """Folded name with punctuation as spaces and single spaces."""
    return " ".join(_PUNCT.sub(" ", fold(name)).split())


def split_al(folded: str) -> tuple[str, bool]:
    """``("ملاجه", True)`` for ``"الملاجه"``: the core and whether the name has the article."""
    if folded.startswith("ال") and len(folded) > 4:
        return folded[2:], True
    return folded, False


def _articled(core: str, variant: str) -> bool:
    """``دير الشرقي`` made of OCHA's ``دير شرقي``: the text writes it with the article."""
    words = core.split(" ")
    return len(words) == 2 and words[1] in _BARE_ADJECTIVES and variant == f"{words[0]} ال{words[1]}"


def compound_variants(core: str) -> set[str]:
    """Split and joined spellings of a compound name (``تلخطره`` ↔ ``تل خطره``)."""
    out = {core}
    words = core.split(" ")
    if len(words) > 1 and words[0] in HEADS:
        out.add(words[0] + " ".join(words[1:]) if len(words) == 2 else core)
    if len(words) == 2 and words[1] in _BARE_ADJECTIVES and not words[0].startswith("ال"):
        out.add(words[0] + " ال" + words[1])  # OCHA دير شرقي, news الدير الشرقي
    if len(words) == 1 and core.startswith("معرت") and len(core) >= 7:
        out.add("معره " + core[4:])  # OCHA معرتحرمة, news معرة حرمة
    if len(words) == 1:
        if core.startswith("بو") and len(core) >= 6:  # "البوكمال" / "البو كمال" (tribal آل بو)
            out.add("بو " + core[2:])
        for h in HEADS:
            if core.startswith(h) and len(core) - len(h) >= 3:
                out.add(h + " " + core[len(h):])
                break
        i = core.find("ال", 2)
        if 2 < i < len(core) - 3:  # بصرالحرير -> بصر الحرير, بصري الحرير
            out.add(core[:i] + " " + core[i:])
            out.add(core[:i] + "ي " + core[i:])
    return out


@dataclass(slots=True, init=False)
class Hit:
    """One name occurrence: ``[start, end)`` in the folded text (``ال`` included when written)."""

    start: int
    end: int
    core: str
    cands: tuple[tuple[int, bool], ...]  # (entry index, the name has ال)
    text_al: bool  # the text writes the article (ال, or لل)
    prefix: str  # clitics before (folded), e.g. "وب"
    glued: bool  # a function word glued on either side
    abroad: bool  # a foreign name shares this spelling (it blocks the Syrian ones)
    al_fits: bool  # some candidate's name agrees with the text on the article ال

    # Written out (init=False): mypyc compiles this one; the generated one runs interpreted, ~7x slower.
    def __init__(self, start: int, end: int, core: str, cands: tuple[tuple[int, bool], ...], text_al: bool,
                 prefix: str, glued: bool, abroad: bool = False, al_fits: bool = True) -> None:
        self.start = start
        self.end = end
        self.core = core
        self.cands = cands
        self.text_al = text_al
        self.prefix = prefix
        self.glued = glued
        self.abroad = abroad
        self.al_fits = al_fits


# What a marker key of the index stands for (a bit each: a key may be both).
MARK_HEAD: Final = 1  # a place head and its space (unknown.py ``head_keys``)
MARK_LIST_NOUN: Final = 2  # a list noun and its space (unknown.py ``list_noun_keys``)


@lru_cache(maxsize=1)
def _index() -> tuple[ahocorasick.Automaton, dict[str, tuple[tuple[tuple[int, bool], ...], bool, frozenset[bool]]],
                      dict[str, int]]:
    """The automaton over name cores, and per core: (candidates, a foreign name among them,
    the article forms the candidates' names take) -- precomputed so hits need no scans; and the
    marker keys it also holds (words whose positions unknown.py reads, each with the space after
    it: never a core, which ends on a letter) with what each marks. Built once per data version
    and kept in the user cache (index_cache.py)."""
    return cached("places-index", _index_inputs(), _build_index)


def _index_inputs() -> list[bytes]:
    """Everything the index depends on: the data files and the code that reads them."""
    from importlib import resources

    data = resources.files("rasid.data")
    files = [data.joinpath(n).read_bytes() for n in
             ("gazetteer.tsv.gz", "areas.tsv", "places_abroad.tsv", "place_words.tsv", "place_stopwords.tsv",
              "place_heads.tsv")]
    here = Path(__file__).resolve().parent
    code = [(here / n).read_bytes() for n in ("matcher.py", "gazetteer.py", "unknown.py", "../text/normalize.py")]
    return [*files, *code, ahocorasick.__name__.encode(), str(getattr(ahocorasick, "version", "")).encode()]


def _build_index() -> tuple:
    from .unknown import head_keys, list_noun_keys  # (here: unknown.py imports this module)

    table: dict[str, dict[int, bool]] = {}
    nouns = place_nouns()
    for i, e in enumerate(entries()):
        for name in (e.name_ar, *e.alt_ar):
            core, has_al = split_al(norm_name(name))
            if len(core.replace(" ", "")) < 3 or (core in nouns and e.level != "area") \
                    or (e.is_admin and core.split(" ")[0] in nouns):
                continue  # "مدينة إدلب" is the city, not another name of the district
            for v in sorted(compound_variants(core)):  # (in order: the first spelling of an entry
                al = has_al or _articled(core, v)  # sets its article flag, the same in every process)
                table.setdefault(v, {}).setdefault(i, al)
                if len(v) >= 6 and v[-1] == "ه":  # OCHA كفرلاته, news كفرلاتا (not back: a town
                    table.setdefault(v[:-1] + "ا", {}).setdefault(i, has_al)  # حلفايا ≠ حلفائه)
    _add_bare_names(table)
    _add_articled_names(table)
    auto = ahocorasick.Automaton()
    es = entries()
    frozen = {k: (tuple(v.items()), any(es[i].level == "abroad" for i in v), frozenset(v.values()))
              for k, v in table.items()}
    for k in frozen:
        auto.add_word(k, k)
    markers: dict[str, int] = {}
    for keys, mark in ((head_keys(), MARK_HEAD), (list_noun_keys(), MARK_LIST_NOUN)):
        for k in sorted(keys):
            markers[k] = markers.get(k, 0) | mark
            auto.add_word(k, k)
    auto.make_automaton()
    return auto, frozen, markers


# OCHA splits villages into parts (الجرذي الشرقي / الغربي, X الفوقاني / التحتاني); news names
# the village bare. The bare name is added for the parts when nothing else has that name.
PART_SUFFIXES: Final = frozenset(fold(w) for a in ("ال", "") for w in (  # with or without ال
    a + s for s in ("شرقي", "غربي", "شمالي", "جنوبي", "شرقية", "غربية", "شمالية", "جنوبية",
                    "فوقاني", "تحتاني", "فوقا", "تحتا", "قبلي")))


def _add_bare_names(table: dict[str, dict[int, bool]]) -> None:
    es = entries()
    bare: dict[str, dict[int, bool]] = {}
    for core, cands in table.items():
        base, _, last = core.rpartition(" ")
        if last in PART_SUFFIXES and len(base.replace(" ", "")) >= 4 and base not in table \
                and (" " in base or base not in HEADS):  # "كفر جوم غربية" -> "كفر جوم"
            for i, has_al in cands.items():
                if es[i].level in ("community", "town"):
                    for v in sorted(compound_variants(base)):  # "كفر جوم" and "كفرجوم"
                        bare.setdefault(v, {})[i] = has_al
    table.update({k: v for k, v in bare.items() if k not in table})


# OCHA writes "تل سلطان", "خربة غزالة"; the news often puts the article on the second word
# ("تل السلطان"). For these heads the articled spelling is added when no place has that name.
ARTICLED_HEADS: Final = frozenset(("تل", "تله", "تلال", "خربه", "عين", "جب", "حويجه", "مزرعه", "رسم", "بير"))


def _add_articled_names(table: dict[str, dict[int, bool]]) -> None:
    es = entries()
    added: dict[str, dict[int, bool]] = {}
    for core, cands in table.items():
        words = core.split(" ")
        if len(words) == 2 and words[0] in ARTICLED_HEADS and not words[1].startswith("ال") \
                and len(words[1]) >= 3:
            v = f"{words[0]} ال{words[1]}"
            if v not in table:
                for i, has_al in cands.items():
                    if es[i].level in ("community", "town"):
                        added.setdefault(v, {})[i] = has_al
    table.update(added)


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Folded place nouns and context words (``مدينه``, ``بلده``...), without ال: never names."""
    return frozenset(split_al(fold(r["word"]))[0] for r in read_table("place_words.tsv"))


@lru_cache(maxsize=1)
def glue_words() -> tuple[str, ...]:
    words = {fold(r["word"]) for r in read_table("place_words.tsv") if r["role"] == "glue"}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def glued_nouns() -> frozenset[str]:
    """Place nouns scraping glues onto a name, with their clitics and article: ``الشداديبريف``,
    ``ريفادلب``, ``بلدةالملاجة`` (three letters or more: ``حي`` would hide in real words)."""
    roles = ("type", "types", "locative", "countryside", "direction")
    rows = [r for r in read_table("place_words.tsv") if r["role"] in roles]
    nouns = {fold(r["word"]) for r in rows}
    # and "دمشقومحيطها", "إدلبوريفها": a conjoined locative noun with its pronoun
    owned = {"و" + fold(r["word"]) + p for r in rows if r["role"] in ("locative", "countryside")
             for p in ("ها", "ه")}
    return frozenset({c + a + n for n in nouns if len(n) >= 3
                      for c in ("", "و", "ب", "وب", "ف") for a in ("", "ال")} | owned)


@lru_cache(maxsize=1)
def _glue_start() -> re.Pattern:
    """A glued function word or place noun starting at a position (one regex test)."""
    words = sorted({*glue_words(), *glued_nouns()}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _glue_heads() -> frozenset[str]:
    """First two letters of every glued word (all have two or more): most run-on cores fail
    this set test and skip the regex."""
    return frozenset(w[:2] for w in (*glue_words(), *glued_nouns()))


def word_start(folded: str, pos: int) -> int:
    """Where the word holding ``pos`` begins (``pos`` when a non-word character precedes it).
    Words are mostly split by spaces, so ``rfind`` does the scan in C."""
    if pos == 0 or not folded[pos - 1].isalnum():
        return pos
    j = folded.rfind(" ", 0, pos) + 1
    if folded[j:pos].isalnum():
        return j
    while pos > 0 and folded[pos - 1].isalnum():
        pos -= 1
    return pos


def _word(c: str) -> bool:
    return c.isalnum()


@lru_cache(maxsize=4096)
def _prefix(p: str) -> tuple[bool, bool, bool] | None:
    """(ok, text_al, glued) for what precedes a core inside its token, or None if not a prefix."""
    if p in CLITICS:
        return True, False, False
    if p.endswith("ال") and p[:-2] in CLITICS:
        return True, True, False
    if p in ("لل", "ولل", "فلل"):
        return True, True, False
    for g in glue_words():
        if p.startswith(g) and len(p) > len(g):
            rest = _prefix(p[len(g):])
            if rest:
                return True, rest[1], True
    nouns = glued_nouns()
    for i in range(len(p), 2, -1):  # a glued place noun, then clitics/article ("بريفال")
        if p[:i] in nouns:
            rest = _prefix(p[i:])
            if rest:
                return True, rest[1], True
    return None


def _suffix_ok(folded: str, end: int) -> tuple[bool, bool]:
    """(ok, glued): the core ends its token, or a function word is glued after it."""
    if end >= len(folded) or not _word(folded[end]):
        return True, False
    j = end
    while j < len(folded) and _word(folded[j]):
        j += 1
    tail = folded[end:j]
    return (tail in glue_words() or tail in glued_nouns(), True)


@lru_cache(maxsize=1)
def _area_ids() -> frozenset[int]:
    return frozenset(i for i, e in enumerate(entries()) if e.level == "area")


def _distinctive_area(core: str, table) -> bool:
    """A multi-word named area (``حقل العمر``): scraping may glue any word to it."""
    return " " in core and len(core) >= 8 and table[core][0][0][0] in _area_ids()


@lru_cache(maxsize=1)
def _distinctive_cores() -> frozenset[str]:
    """Every core ``_distinctive_area`` accepts, listed once: ``find_hits`` asks of a dozen
    run-on or glued matches an article, one set look-up each instead of a call."""
    table = _index()[1]
    return frozenset(core for core in table if _distinctive_area(core, table))


@dataclass(slots=True)
class NameScan:
    """What one pass of the index over a folded text finds: the name occurrences, and (position
    of the space, length with it) of each place head and list noun followed by a space, in text
    order (unknown.py reads those: one pass finds all, where each had an automaton pass of its
    own over every article)."""

    hits: list[Hit]
    heads: list[tuple[int, int]]
    list_nouns: list[tuple[int, int]]


def find_hits(folded: str) -> list[Hit]:
    """All name occurrences in ``folded`` (overlapping; the resolver picks among them)."""
    return scan_names(folded).hits


def scan_names(folded: str) -> NameScan:
    """``find_hits``, with the place heads and list nouns the same pass finds."""
    auto, table, markers = _index()
    glue = _glue_start().match
    heads = _glue_heads()
    distinctive = _distinctive_cores()
    n = len(folded)
    hits = []
    append = hits.append
    place_heads: list[tuple[int, int]] = []
    list_nouns: list[tuple[int, int]] = []
    no_prefix = (True, False, False)
    for last, core in auto.iter(folded):
        if core in markers:  # not a name: a word unknown.py reads, and its space
            mark = markers[core]
            if mark & MARK_HEAD:
                place_heads.append((last, len(core)))
            if mark & MARK_LIST_NOUN:
                list_nouns.append((last, len(core)))
            continue
        end = last + 1
        # (half the matches run on into a longer word: the rejection takes the fewest steps)
        if end < n and folded[end].isalnum():  # the core runs on: only a glued function word
            if folded[end:end + 2] in heads and glue(folded, end) is not None:
                ok_end, glued_r = _suffix_ok(folded, end)
                if not ok_end:
                    continue
            elif folded[end] != "و" or core not in distinctive:
                continue  # but "حقل العمر النفطيوخط": a conjoined word after a multi-word named area
            else:
                glued_r = True
        else:
            glued_r = False
        start = end - len(core)
        if start and folded[start - 1].isalnum():
            ts = folded.rfind(" ", 0, start) + 1  # word_start, its usual case inline
            before = folded[ts:start]
            if not before.isalnum():
                ts = word_start(folded, start)
                before = folded[ts:start]
            pre = _prefix(before)
        else:
            ts, pre = start, no_prefix
        if pre is None:
            # "الشداديبريف الحسكة": a name glued before ب/و + ريف; "المقاومةحقل العمر", "فيحقل
            # العمر", "أنمطار حلب الدولي": any word of two letters or more glued before a
            # distinctive multi-word named area
            if not ((core.startswith("ريف ") and start - ts >= 4 and folded[start - 1] in "بو")
                    or (start - ts >= 2 and core in distinctive)):
                continue
            pre = (True, False, True)
        _, text_al, glued_l = pre
        s = start - 2 if text_al and folded[start - 2:start] == "ال" else start
        cands, abroad, als = table[core]
        append(Hit(s, end, core, cands, text_al, folded[ts:s], glued_l or glued_r, abroad, text_al in als))
    return NameScan(hits, place_heads, list_nouns)
