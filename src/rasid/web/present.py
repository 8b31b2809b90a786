"""View models for the templates: short human labels for records, lookups, figure wording.

Templates stay logic-free; everything they show that is not a raw field is computed here, from the
contract object (a plain dict), so the HTML page and its JSON twin always agree.
"""
from __future__ import annotations

from dataclasses import dataclass

from .highlight import Piece, highlight

STANCE_AR = {"assert": "يؤكد", "allege": "يزعم", "admit": "يقرّ", "deny": "ينفي"}
PRECISION = {1: "المكان نفسه · exact place", 2: "قرب/جزء من منطقة · near or part of a region",
             3: "المنطقة الإدارية فقط · admin area only"}
TIME_PRECISION = {1: "يوم · day", 2: "أسبوع · week", 3: "شهر · month"}
QUALIFIER = {"exact": "", "at_least": "≥ ", "about": "~ ", "vague": "≈ "}
KIND_AR = {"killed": "قتلى", "injured": "جرحى", "killed_or_injured": "قتلى أو جرحى",
           "captured": "أسرى", "missing": "مفقودون", "neutralized": "تحييد"}


def figure(fat: dict) -> str:
    """``≥ 40 killed`` / ``عشرات killed``: a fatality figure as the article states it."""
    count = fat.get("count")
    number = str(count) if count is not None else "?"
    return f"{QUALIFIER.get(fat.get('qualifier'), '')}{number} {fat.get('kind', '')}".strip()


def speaker_label(speaker: dict | None) -> str:
    s = speaker or {}
    parts = [s.get("title"), s.get("name"), s.get("role"), s.get("org") or s.get("org_ar")]
    return " · ".join(p for p in parts if p) or "—"


def place_label(place: dict | None) -> str:
    if not place:
        return "—"
    where = ", ".join(p for p in (place.get("admin2"), place.get("admin1")) if p)
    name = place.get("name_ar") or place.get("name") or place.get("id")
    latin = place.get("name")
    return f"{name}" + (f" ({latin})" if latin and latin != name else "") + (f" — {where}" if where else "")


def labels(result: dict) -> dict[str, str]:
    """``kind:ref`` → one-line description, for tooltips (title attributes) on highlighted text."""
    out: dict[str, str] = {}
    for i, rep in enumerate(result.get("repairs") or []):
        out[f"repair:r{i}"] = f"إصلاح repair ({rep.get('kind')}): {rep.get('original')} → {rep.get('repaired')}"
    for place in result.get("places") or []:
        prec = place.get("geo_precision")
        out[f"place:{place.get('id')}"] = f"مكان place {place.get('id')}: {place_label(place)} · precision {prec}"
    for claim in result.get("claims") or []:
        cid = claim.get("id")
        stance = claim.get("stance")
        who = speaker_label(claim.get("speaker"))
        out[f"claim:{cid}"] = f"ادعاء claim {cid} [{stance} {STANCE_AR.get(stance, '')}]: {who}"
        out[f"cue:{cid}"] = f"فعل القول cue {cid}: {(claim.get('cue') or {}).get('text', '')} → {stance}"
        out[f"speaker:{cid}"] = f"المتحدث speaker {cid}: {who}"
    places = {p.get("id"): p for p in result.get("places") or []}
    for event in result.get("events") or []:
        eid = event.get("id")
        where = place_label(places.get(event.get("place")))
        out[f"event:{eid}"] = (f"حدث event {eid}: {event.get('event_type')} / {event.get('sub_event_type') or '—'}"
                               f" · {event.get('date') or '—'} · {where}")
        for j, fat in enumerate(event.get("fatalities") or []):
            out[f"figure:{eid}.f{j}"] = (f"رقم figure ({eid}): {figure(fat)} · victims {fat.get('victims') or '—'}"
                                         f" · claimed by {fat.get('claimed_by') or '—'}")
    return out


@dataclass
class ArticleView:
    """Everything the article template shows."""

    result: dict
    original: str
    pieces: list[Piece]
    titles: dict[str, str]
    places: dict[str, dict]
    claims: dict[str, dict]

    def title_of(self, piece: Piece) -> str:
        return "\n".join(self.titles.get(f"{k}:{r}", f"{k} {r}") for k, r in piece.marks)


def article_view(result: dict, original: str) -> ArticleView:
    """The article view of one analysed document: its ORIGINAL text cut at the contract's spans."""
    return ArticleView(
        result=result, original=original, pieces=highlight(original, result), titles=labels(result),
        places={p.get("id"): p for p in result.get("places") or []},
        claims={c.get("id"): c for c in result.get("claims") or []},
    )
