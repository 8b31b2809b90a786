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
from dataclasses import dataclass, field
from functools import lru_cache

from .context import (is_common_word, next_word, prev_word, role_of, same_sentence, stop_policy,
                      words_by_role)
from .foreign import foreign_chained, foreign_paragraphs
from .gazetteer import Entry, entries, read_table
from .matcher import CLITICS, Hit, _index, norm_name, word_start
from .unknown import context_admin1, unknown_compounds

_QUOTES = "\"'“”«»"
STRONG_POP = 20000  # a town this big is a place by its name alone
NEAR_KM = 30.0


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


def _strong(e: Entry) -> bool:
    return (e.is_admin or e.level == "area" or e.capital in ("1", "3") or e.pop >= STRONG_POP)


@lru_cache(maxsize=8192)
def _any_strong(core: str, cands: tuple[tuple[int, bool], ...]) -> bool:
    es = entries()
    return any(_strong(es[i]) for i, _ in cands)


def _unknown_items(gap: str) -> bool:
    """``والجرذي و``: one or two conjoined words the gazetteer lacks keep a list of places going
    (``بلدات أبو حردوب والجرذي وأبو حمام``)."""
    words = gap.split()
    return 0 < len(words) <= 2 and len(gap) <= 25 and all(w.startswith("و") and w.isalnum() for w in words)


def _compound_tail(folded: str, prev: "Resolved", gap: str) -> bool:
    """``معرة حرمة وكفرسجنة``: the gap is the one unknown word completing a generic head
    (place_heads.tsv) matched just before, so the list of places goes on."""
    return len(gap) <= 12 and gap.isalnum() and folded[prev.start:prev.end].split()[-1] in _generic_heads()


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    return frozenset(r["head"] for r in read_table("place_heads.tsv"))


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
def _facts(core: str, text_al: bool) -> _Facts | None:
    es = entries()
    all_cands = _name_table()[core][0]
    cands = tuple(i for i, has_al in all_cands if has_al == text_al)
    mismatch = not cands
    if mismatch:
        if len(core) < 5 or " " in core:
            return None
        cands = tuple(i for i, _ in all_cands)
    ents = [es[i] for i in cands]
    return _Facts(
        cands, mismatch, [i for i in cands if es[i].level == "governorate"],
        any(e.level == "area" for e in ents), any(_strong(e) for e in ents),
        not any(e.is_admin or e.level == "area" or e.pop >= 50000 for e in ents),
        any(e.is_admin and e.level != "subdistrict" for e in ents))


def _name_table():
    return _index()[1]


def _select(hits: list[Hit]) -> list[Hit]:
    """Longest match wins; among equals the earliest."""
    kept: list[Hit] = []
    taken = bytearray(max((h.end for h in hits), default=0))
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not h.al_fits and (len(h.core) < 5 or " " in h.core):
            continue  # article where the name has none (or the reverse): no match, "الباب شرقي"
        if taken.find(1, h.start, h.end) >= 0:
            continue
        kept.append(h)
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    return sorted(kept, key=lambda h: h.start)


def _is_direction_form(h: Hit) -> bool:
    return _direction_core(h.core)


@lru_cache(maxsize=8192)
def _direction_core(core: str) -> bool:
    """``جنوب شرق ادلب``: a compass word heads the name."""
    return " " in core and core.split(" ", 1)[0] in words_by_role().get("direction", ())


def _direction_adjectives(folded: str, end: int) -> tuple[str, int]:
    """``الشمالي الغربي`` right after ``end``: the adjectives (folded) and where they end."""
    dirs = words_by_role().get("direction", ())
    words, pos = [], end
    for _ in range(2):
        w, w_end, boundary = next_word(folded, pos)
        if boundary or not (w.startswith("ال") and w[2:] in dirs):
            break
        words.append(w)
        pos = w_end
    return " ".join(words), pos


def _more_directions(folded: str, gov_ar: str, end: int, rural_by_name: dict[str, int],
                     area: Entry | None = None) -> list[Resolved]:
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
        adj, adj_end = _direction_adjectives(folded, end + (len(folded[end:w_end]) - len(w)) + 1)
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


def _locates_previous(folded: str, last_end: int, start: int) -> bool:
    """A compass word right after another place only locates it (``X جنوبي إدلب``)."""
    return last_end >= 0 and start - last_end <= 40 and same_sentence(folded, last_end, start)


def resolve(folded: str, hits: list[Hit]) -> list[Resolved]:
    es = entries()
    rural, gov, by_pcode, rural_by_name = _lookups()
    stops = stop_policy()
    out: list[Resolved] = []
    in_rural_list = False
    dual: str | None = None  # "مطارا دمشق وحلب": the facility noun the list shares
    last_end = -1  # end of the last place-like mention (places and locators)
    established: set[str] = set()  # names a settlement noun already introduced in this text
    selected = _select(hits)
    for h in selected:
        policy = stops.get(h.core)
        if h.abroad:
            last_end = h.end  # "إسكندرون، شماليّ اللاذقية": the direction locates a foreign place
            continue
        if policy == "drop":
            continue
        prev = out[-1] if out else None
        pw, pw_start, pw_boundary = prev_word(folded, h.start - len(h.prefix))
        inside_prev = prev is not None and pw_start < prev.end  # "ريف حماة الغربي، والقرداحة"
        prole = None if pw_boundary or inside_prev else role_of(pw)
        if prole == "type" and pw.endswith(("محافظه", "محافظتي")) \
                and role_of(prev_word(folded, pw_start)[0]) == "countryside":
            prole = "countryside"  # "ريف محافظة حلب الغربي", "ريفي محافظتي إدلب واللاذقية"
        if prole in ("type", "types", "locative") and _definite(pw):
            prole = None  # "البلدة الصغيرة", "المناطق الرمادية": a definite noun takes an adjective
        typed = prole in ("type", "types")  # a settlement noun; only a singular one licenses a
        noun_one = prole == "type"  # common-word name ("بلدة الحصان", not "أحياء صغيرة")
        nw, _, nw_boundary = next_word(folded, h.end)
        nrole = None if nw_boundary else role_of(nw)
        gap = folded[prev.end:h.start - len(h.prefix)] if prev else ""
        gap = gap.strip(" " + _QUOTES)
        in_list = prev is not None and ((len(gap) <= 3 and (h.prefix.startswith("و") or gap in ("", "و", "،", ",", "-", "–")))
                                        or (h.prefix.startswith("و") and _unknown_items(gap))
                                        or (h.prefix.startswith("و") and _compound_tail(folded, prev, gap)))
        typed = typed or (in_list and prev is not None and prev.typed)  # "بلدات X وY وZ"
        if prole is None and pw == "و":
            prole = _quoted_list_role(folded, pw_start)  # في "X" و"Y": Y shares X's preposition
        located = nrole in ("countryside", "direction") or (nrole == "prep" and role_of(next_word(folded, next_word(folded, h.end)[1])[0]) == "countryside")
        contextual = typed or prole in ("prep", "locative", "direction", "countryside") or in_list or located or h.glued
        if not contextual and not _any_strong(h.core, h.cands) and not _is_direction_form(h):
            continue  # a bare village name with nothing around it (decided again below; this is early)

        # candidates consistent with the article as written
        facts = _facts(h.core, h.text_al)
        if facts is None:  # "الباب شرقي" is not the quarter "باب شرقي"
            continue
        cands, mismatch = list(facts.cands), facts.mismatch

        # compass word + place after another place: a locator ("X جنوبي إدلب", "X شمال غرب كفرنبل")
        direction_before = prole == "direction"
        if typed and not direction_before:  # "شمال بلدة X", not "ريف دير الزور الشرقي، وبلدة X"
            w2, w2_start, w2_boundary = prev_word(folded, pw_start)
            direction_before = role_of(w2) == "direction" and not _definite(w2) and not w2_boundary \
                and (prev is None or w2_start >= prev.end)
        conjoined = in_list and (h.prefix.startswith("و") or gap.strip() == "و")
        if (_is_direction_form(h) or direction_before) and not conjoined \
                and _locates_previous(folded, last_end, h.start):
            if prev is not None:
                prev.context_admin1.add(es[cands[0]].admin1)
            last_end = h.end
            continue

        # "مطارا دمشق وحلب": each name with the singular noun names a facility (مطار دمشق)
        dual = (_dual_head(pw) if not pw_boundary else None) or (dual if in_list else None)
        head = dual or (_facility_head(pw) if not pw_boundary else None)  # قاعدة "تل بيدر"
        facility = _areas_by_name().get(f"{head} {folded[h.start:h.end]}") \
            if head and not facts.has_area else None
        if facility is not None:
            out.append(Resolved(h.start, h.end, facility[0], name=facility[1]))
            last_end = h.end
            continue

        # "أرياف إدلب وحلب", "ريفي إدلب الجنوبي وحلب الشمالي": a countryside per governorate
        govs = facts.govs
        if govs and (prole == "countryside" or (in_list and in_rural_list)):
            in_rural_list = True
            admin1 = es[govs[0]].admin1
            adj, adj_end = _direction_adjectives(folded, h.end)
            name = norm_name(f"ريف {es[govs[0]].name_ar} {adj}") if adj else ""
            if name in rural_by_name:
                out.append(Resolved(h.start, adj_end, rural_by_name[name]))
                out.extend(_more_directions(folded, es[govs[0]].name_ar, adj_end, rural_by_name))
            else:
                out.append(Resolved(h.start, h.end, rural[admin1]))
            last_end = out[-1].end
            continue
        in_rural_list = False

        # admin units' common-word names are reviewed by hand (place_stopwords.tsv); villages' by rule
        if facts.plain and policy is None and h.core not in established and (is_common_word(folded[h.start:h.end]) or (
                h.prefix and is_common_word(h.prefix + folded[h.start:h.end]))):
            policy = "never"  # "في منزله", "بسلوك", "كبيرة" (ك + the village بيرة)
        if not typed and not facts.big_admin and (
                prole == "person" or (not h.prefix.startswith("و")  # "وأبو حمام وذيبان"
                                      and role_of(prev_word(folded, pw_start)[0]) == "person")):
            continue  # "حمد بن جاسم", "أبو أحمد القصيبة", "والي حوران"
        if policy == "context":  # the common sense wins unless a place noun or preposition says so
            contextual = typed or prole == "prep" or "ب" in h.prefix \
                or (in_list and h.prefix.startswith("و") and prev is not None and not prev.tentative)
            governor = prev_word(folded, pw_start)[0] if prole == "prep" else pw if "ب" in h.prefix else ""
            if contextual and not typed and role_of(governor) == "polity":
                continue  # "القيادة في دمشق", "القرارات الخاصة بدمشق": the government
        strong = facts.strong and not mismatch and policy is None
        short = len(h.core.replace(" ", "")) <= 3
        if policy == "never" and not (noun_one or (typed and in_list)):
            continue
        listed = in_list and h.prefix.startswith("و") and prev is not None and not prev.tentative
        if not strong and not (typed or (contextual and not short) or (policy == "context" and listed)):
            continue  # (a short common-word name stays when it goes on a list: اعزاز والباب)
        # a bare preposition is weak evidence for a village name ("في الصخرة", "من نصيب"): such a
        # name stays only near another place (checked below); a glued letter (فعاليات) is none
        firm = typed or prole in ("locative", "countryside", "direction") or located \
            or (in_list and prev is not None and not prev.tentative) or h.core in established
        if not strong and not firm and h.prefix[-1:] in ("ف", "ك", "ل"):
            continue
        tentative = not strong and not firm

        # which level: governorate unless a town noun says the city; towns over their district
        if typed and pw.endswith(("مدينه", "بلده", "قريه")):
            towns = [i for i in cands if es[i].level in ("community", "town")]
            cands = towns or cands
        elif typed and pw.endswith(("حي", "احياء")):
            hoods = [i for i in cands if es[i].level in ("neighbourhood", "cityarea")]
            cands = hoods or cands
        if govs and cands != govs and not (typed and pw.endswith(("مدينه", "بلده"))):
            out.append(Resolved(h.start, h.end, govs[0]))
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
            places = [i for i in cands if es[i].level in ("district", "subdistrict")]
        if not places and (typed and pw.endswith(("حي", "احياء"))):
            places = [i for i in cands if es[i].level == "neighbourhood"]
        if not places:
            continue
        # a city named like an admin unit is its seat ("مدينة نوى"; a village is not: "قرية الحميدية")
        seats = [i for i in (facts.cands if typed and pw.endswith("مدينه") else cands)
                 if es[i].level in ("district", "subdistrict")]
        if seats and len(places) > 1:  # "رأس العين" the district names its seat, not namesakes
            inside = [i for i in places if any(es[i].pcode.startswith(es[d].pcode) for d in seats)]
            places = inside or places
        places = _dedupe_near(places)
        out.append(Resolved(h.start, h.end, places[0], cands=tuple(places) if len(places) > 1 else (),
                            typed=typed, introduced=typed or prole == "locative", tentative=tentative))
        if typed:
            established.add(h.core)
        last_end = h.end
    out = _drop_isolated(out)
    out = _drop_foreign(folded, out, selected)
    out = _drop_unanchored(folded, out, selected)
    out += _bare_countrysides(folded, out)
    _disambiguate(folded, out)
    # foreign hits count as places with no governorate: a compound next to them is not placed
    placed = [(r.start, r.end, es[r.entry].admin1) for r in out if r.entry >= 0]
    placed += [(h.start, h.end, "") for h in selected if h.abroad]
    seen: dict[str, str] = {}
    for s, e in unknown_compounds(folded, [(h.start, h.end) for h in selected], [(r.start, r.end) for r in out]):
        inner = [r for r in out if s <= r.start and r.end <= e]
        tail = [r for r in inner if r.start > s and not r.fallback]
        if tail:  # "تل مرديخ" is OCHA's "مرديخ": the village, named as written
            tail[0].start = s
            out = [r for r in out if r not in inner or r is tail[0]]
            continue
        out = [r for r in out if r not in inner]  # "معرة" of "معرة موخص" is another village
        admin1 = context_admin1(folded, s, [p for p in placed if not (s <= p[0] < e)]) \
            or seen.get(folded[s:e])
        if admin1 in gov:
            seen[folded[s:e]] = admin1
            out.append(Resolved(s, e, gov[admin1], fallback=True))
    out.sort(key=lambda r: r.start)
    return out


NEAR_CHARS = 300  # about two sentences


def _drop_isolated(out: list[Resolved]) -> list[Resolved]:
    """Tentative village names stay only within ``NEAR_CHARS`` of a firmly placed mention."""
    firm = [r.start for r in out if not r.tentative]
    return [r for r in out if not r.tentative or any(abs(f - r.start) <= NEAR_CHARS for f in firm)]


_DIRS = "(?:شمالي|جنوبي|شرقي|غربي)"
_BARE_RURAL = re.compile(rf"(?:و|ب|ف|ل|وب)?((?:ال)?ريف(?:ها|ه)? ال{_DIRS}(?: ال{_DIRS}| و ?ال{_DIRS})?)(?!\w)")
_OF_PLACE = re.compile(r" (?:ل|لمدينه |لمحافظه |(?:من|في) (?:مدينه |محافظه )?)")


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


_SYRIA = re.compile(r"سوري")


def _drop_unanchored(folded: str, out: list[Resolved], selected: list[Hit]) -> list[Resolved]:
    """Village names in a text with no Syrian anchor at all -- no governorate, city, named area,
    nor the word Syria -- are most likely a namesake abroad (a Lebanese or Iraqi report). A
    governorate that only locates them (``… وداديخ جنوب شرقي إدلب``) anchors them too."""
    es = entries()
    if not out or any(_strong(es[i]) for r in out for i in (r.cands or (r.entry,))) \
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
    abroad = [(h.start, h.end, any(es[i].type == "country" for i, _ in h.cands)) for h in abroad_hits]
    weak_idx = [k for k, r in enumerate(out) if not any(_strong(es[i]) for i in (r.cands or (r.entry,)))]
    weak = [(out[k].start, out[k].end, out[k].introduced and not out[k].typed) for k in weak_idx]
    strong = [(r.start, r.end) for k, r in enumerate(out) if k not in set(weak_idx)]
    drop = {weak_idx[j] for j in foreign_chained(folded, weak, strong, abroad)
            | foreign_paragraphs(folded, weak, strong, abroad)}
    return [r for k, r in enumerate(out) if k not in drop]


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
    _, gov, by_pcode, _ = _lookups()
    fixed = [r for r in out if not r.cands]
    doc_admin1 = {es[r.entry].admin1 for r in fixed} | {a for r in out for a in r.context_admin1}
    doc_admin2 = {es[r.entry].admin2 for r in fixed if es[r.entry].admin2}
    points = [es[r.entry] for r in fixed if es[r.entry].precision <= 2]
    for r in out:
        if not r.cands:
            continue
        sent_admin1 = set(r.context_admin1)
        for o in fixed:
            if same_sentence(folded, min(o.start, r.start), max(o.end, r.end)):
                sent_admin1.add(es[o.entry].admin1)

        def score(i: int) -> float:
            e = es[i]
            s = 3.0 * (e.admin1 in sent_admin1) + 1.5 * (e.admin1 in doc_admin1) + 1.0 * (e.admin2 in doc_admin2)
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
