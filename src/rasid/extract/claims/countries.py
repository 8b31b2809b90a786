"""A country and its organs: its nationality adjectives, its ministries in ``actors.tsv``
(``وزارة الدفاع الروسية``), the organ that spoke before the country is named again; so a speaker
or a denial's target is named the way the tables name it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Final

from ...text.normalize import fold
from ..actors import canonical_actor, read_table
from ..speakers import SpeakerRef
from .article import _Article


@lru_cache(maxsize=1)
def _country_adjectives() -> dict[str, frozenset[str]]:
    """``Government of Syria`` → {السوري، السورية}: a country's nationality adjectives (claim_metonyms.tsv)."""
    out: dict[str, set[str]] = {}
    for canon, alias, kind in read_table("claim_metonyms.tsv"):
        if kind == "adjective":
            out.setdefault(canon, set()).add(fold(alias))
    return {k: frozenset(v) for k, v in out.items()}


def _country_organ(art: _Article, body: SpeakerRef) -> SpeakerRef:
    """A country or capital opening a sentence (``دانت دمشق …، وأكدت …``) after one of its
    organs spoke (``وزارة الخارجية السورية تدين …``): that organ; else the country."""
    adjectives = _country_adjectives().get(body.org or "")
    if not adjectives:
        return body
    for h in art.history[-3:][::-1]:
        if h.org and h.org != body.org and h.kind not in {"unnamed", "media"} and h.org_ar \
                and adjectives & set(fold(h.org_ar).split()):  # (not its sources or its press)
            return replace(h, start=body.start, end=body.end)
    return body


@lru_cache(maxsize=1)
def _defence_ministries() -> dict[str, str]:
    """``Government of Russia`` → ``Russian Ministry of Defence``: the country's defence ministry
    in ``actors.tsv`` (``_country_ministry``)."""
    out: dict[str, str] = {}
    for canon in _feminine_adjectives():
        ministry = _country_ministry(canon, "دفاع")
        if ministry and "Defen" in ministry:
            out[canon] = ministry
    return out


@lru_cache(maxsize=1)
def _feminine_adjectives() -> dict[str, tuple[str, ...]]:
    """``Government of Russia`` → (الروسية، …): a country's feminine nationality adjectives
    (``claim_metonyms.tsv``), which follow وزارة."""
    out: dict[str, list[str]] = {}
    for canon, alias, kind in read_table("claim_metonyms.tsv"):
        if kind == "adjective" and fold(alias).endswith("ه"):
            out.setdefault(canon, []).append(alias)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=256)
def _country_ministry(country: str, noun: str) -> str | None:
    """``Government of Russia`` + ``دفاع`` (folded, no ال) → ``Russian Ministry of Defence``: the
    country's nationality adjective after ``وزارة الـNOUN`` names its ministry in ``actors.tsv``;
    None when it names none."""
    for alias in _feminine_adjectives().get(country, ()):
        ministry = canonical_actor("وزارة ال" + noun + " " + alias)
        if ministry and ministry != country:
            return ministry
    return None


_COUNTRY_PREFIXES: Final = {"the United States": ("US ", "United States")}  # US Department of State, United States Army


def _country_stems(target: str) -> tuple[str, ...]:
    """How the bodies of a ``Government of X`` begin: Russia → Russian, Turkey → Turkish, the United
    States → US."""
    country = target.removeprefix("Government of ")
    return _COUNTRY_PREFIXES.get(country, (country[:4],))
