"""Places stage (issue 3): every place in Syria the article names, geocoded from the gazetteer.

``find_places`` folds ``doc.text`` once (the fold is shared with later stages), finds gazetteer
and named-area names in it (``matcher``, index kept in the user cache by ``index_cache``),
decides which are places and which place each is (``resolve``; foreign namesakes: ``foreign``),
and returns one ``Place`` per distinct location with every mention span in original-text
coordinates.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..extract.numbers import fold_indexed
from ..model import Place
from ..text.document import Document
from ..text.normalize import fold
from .context import role_of, words_by_role
from .gazetteer import Entry, entries, read_table
from .matcher import CLITICS, scan_names
from .resolve import resolve

_INVISIBLE: Final = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u0640\"“”«»]")  # and quotes inside
_SPACES: Final = re.compile(r"\s+")  # "قاعدة\xa0 التنف": one space


_TOWN_NOUN: Final = re.compile(r"^(\S+) (?:مدينة|بلدة) ")


def _facility_name(ent: Entry, name_ar: str, before: str, after: str) -> str:
    """A named facility (areas.tsv: camp, airport, base) by its full name where the text writes
    that name in pieces: the head noun apart before the name (``مخيم "الركبان"`` is مخيم
    الركبان), or a dual's qualifier after the pair (``مطاري دمشق وحلب الدوليين``: مطار دمشق
    الدولي). Annotators match such a place by name where it has no gazetteer point; a name
    written whole stays as written (``حقل العمر النفطي``)."""
    words = fold(ent.name_ar).split()
    if ent.level != "area" or len(words) < 2 or not _facility_head(words[0]):
        return name_ar
    said = fold(name_ar).split()
    head = fold(before.rstrip(_QUOTED_GAP)).rsplit(None, 1)[-1:]
    if head == words[:1] and said == words[1:]:
        return ent.name_ar
    qualifier = words[-1] + "ين"  # الدولي -> الدوليين, العسكري -> العسكريين
    return ent.name_ar if said == words[:-1] and qualifier in _WORD.findall(fold(after)) else name_ar


_WORD: Final = re.compile(r"\w+")
_QUOTED_GAP: Final = " \u00a0\"“”«»'"


def _facility_head(word: str) -> bool:
    """A facility or settlement noun (place_words.tsv roles facility, type) heads the name."""
    return word in words_by_role().get("facility", ()) or role_of(word) == "type"


_LAST_WORD: Final = re.compile(r"(\w+)[\s\"“”«»']*$")  # the word right before a name, behind quotes


@lru_cache(maxsize=1)
def _name_nouns() -> dict[str, str]:
    """Folded noun -> as written, of the nouns that are part of the name after them
    (place_words.tsv role ``named``: حي، مخيم، ثكنة، معبر)."""
    return {fold(r["word"]): r["word"] for r in read_table("place_words.tsv") if r["role"] == "named"}


def _with_noun(name_ar: str, before: str) -> str:
    """``حي اللطوة``, ``بمخيم "الركبان"``, ``،ثكنة "كيلع"``: a quarter, camp, barracks or crossing
    is named with its noun (annotators write the noun; a settlement noun, ``بلدة X``, is not part
    of the name). The noun stands right before the name, behind a proclitic or a glued comma."""
    m = _LAST_WORD.search(before)
    if m is None:
        return name_ar
    word = fold(m.group(1))
    for n in (0, 1, 2):
        noun = _name_nouns().get(word[n:]) if word[:n] in CLITICS else None
        if noun is not None:
            return name_ar if fold(name_ar).startswith(fold(noun) + " ") else f"{noun} {name_ar}"
    return name_ar


def find_places(doc: Document) -> list[Place]:
    # the document's folded form, shared with the other stages that fold it (computed once)
    folded, index = fold_indexed(doc.text)
    es = entries()
    places: dict[tuple[int, str], Place] = {}
    text = doc.text
    # a name read off an adverb ("دوماً" is not Douma): tanween right after the match (only
    # where fold dropped a mark can one follow it)
    scan = scan_names(folded)
    hits = [h for h in scan.hits
            if index[h.end] - index[h.end - 1] == 1 or not text.startswith("\u064b", index[h.end - 1] + 1)]
    for r in resolve(folded, hits, scan.heads, scan.list_nouns):
        if r.entry < 0 or es[r.entry].type == "road":
            continue  # a highway (areas.tsv keeps it so that its endpoints' names are not read
            # as places) is a line, not one of the guide's kinds of place
        s, e = index[r.start], index[r.end - 1] + 1  # folded -> doc.text
        span = doc.to_original(s, e)
        key = (r.entry, folded[r.start:r.end] if r.fallback or r.near or r.rural else "")  # fallbacks: one per name
        if key in places:
            if span not in places[key].spans:
                places[key].spans.append(span)
            continue
        ent = es[r.entry]
        # named as the text names it (gold names are surface forms), without a leading "قاعدة"
        # (nor "منطقة": "منطقة التنف" is التنف)
        name_ar = _facility_name(ent, r.name or _SPACES.sub(" ", _INVISIBLE.sub("", doc.text[s:e])),
                                 text[max(0, s - 12):s], text[e:e + 24]).removeprefix("قاعدة ").removeprefix("منطقة ")
        if not r.name and not r.rural and ent.type != "countryside":
            name_ar = _with_noun(name_ar, text[max(0, s - 12):s])
        if r.rural:  # "ريف مدينة الباب" is named as a countryside is: "ريف الباب"
            name_ar = _TOWN_NOUN.sub(r"\1 ", name_ar)
        if ent.type == "countryside" and not name_ar.startswith(("ريف", "جنوب", "شمال", "شرق", "غرب")):
            name_ar = ent.name_ar  # "أرياف إدلب وحلب": the list's "حلب" stands for "ريف حلب"
        places[key] = Place(
            # a fallback (or a place near a known one) is named by the text only: the admin unit's
            # (or the town's) English name is not its name
            id=f"p{len(places) + 1}", name=None if r.fallback or r.rural or r.near else (ent.name_en or None),
            name_ar=name_ar,
            lat=ent.lat, lon=ent.lon, admin1=ent.admin1 or None, admin2=ent.admin2 or None,
            admin3=ent.admin3 or None, geo_precision=3 if r.fallback else 2 if r.near or r.rural else ent.precision,
            gazetteer_id=ent.id, spans=[span], kind="area" if r.fallback or r.rural else ent.kind,
        )
    return list(places.values())
