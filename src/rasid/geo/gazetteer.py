"""The packaged gazetteer and named-area table, loaded once per process.

``gazetteer.tsv.gz`` (built by ``scripts/build_gazetteer.py``) holds admin units, OCHA
communities, GeoNames towns and city neighbourhoods; ``areas.tsv`` holds the named areas
analysts extend by hand (countrysides, plains, bases, crossings...). Both become ``Entry``
records; the matcher indexes their names.
"""
from __future__ import annotations

import csv
import gzip
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

# Levels in the order a bare name should prefer them (see resolve.py): the gazetteer levels,
# then "area" for rows of areas.tsv.
ADMIN_LEVELS: Final = ("governorate", "district", "subdistrict")


@dataclass(frozen=True, slots=True)
class Entry:
    """One named location."""

    id: str
    level: str  # governorate | district | subdistrict | community | town | cityarea | neighbourhood | area
    name_ar: str
    name_en: str
    alt_ar: tuple[str, ...]
    lat: float
    lon: float
    admin1: str
    admin2: str
    admin3: str
    pcode: str  # OCHA P-code of the unit itself (admin) or of its sub-district (community)
    parent: str  # city community id of a neighbourhood
    pop: int
    capital: str  # "1" governorate capital, "3" sub-district capital
    kind: str = "point"  # point | area
    precision: int = 1  # ACLED geo_precision
    type: str = ""  # areas.tsv type (countryside, airbase, plain...)

    @property
    def is_admin(self) -> bool:
        return self.level in ADMIN_LEVELS


def _data(name: str):
    return resources.files("rasid.data").joinpath(name)


_PRECISION: Final = {"governorate": 3, "district": 3, "subdistrict": 2}
_WITH_ADMIN3: Final = frozenset({"subdistrict", "community", "cityarea", "neighbourhood"})


def _gazetteer_rows() -> list[Entry]:
    with _data("gazetteer.tsv.gz").open("rb") as raw:
        lines = gzip.decompress(raw.read()).decode("utf-8").splitlines()
    out = []
    for line in lines[1:]:  # columns: see scripts/build_gazetteer.py COLUMNS
        (id_, level, name_ar, name_en, alt, lat, lon, a1, a2, a3, pcode, parent, pop, cap) = line.split("\t")
        admin = level in ADMIN_LEVELS
        out.append(Entry(
            id_, level, name_ar, name_en, tuple(alt.split("|")) if alt else (), float(lat), float(lon),
            a1, a2 if level != "governorate" else "", a3 if level in _WITH_ADMIN3 else "",
            pcode, parent, int(float(pop or 0)), cap, "area" if admin else "point", _PRECISION.get(level, 1),
        ))
    return out


def _area_rows() -> list[Entry]:
    out = []
    with _data("areas.tsv").open("r", encoding="utf-8") as fh:
        for n, r in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            out.append(Entry(
                id=f"area:{n}", level="area", name_ar=r["name_ar"], name_en=r["name_en"],
                alt_ar=tuple(a for a in r["aliases_ar"].split("|") if a),
                lat=float(r["lat"]), lon=float(r["lon"]), admin1=r["admin1"], admin2="", admin3="",
                pcode="", parent="", pop=0, capital="", kind=r["kind"] or "area",
                precision=int(r["geo_precision"] or 2), type=r["type"],
            ))
    return out


def _abroad_rows() -> list[Entry]:
    """Foreign names, matched only so that they block Syrian look-alikes (level ``abroad``)."""
    return [Entry(id=f"abroad:{n}", level="abroad", name_ar=r["name_ar"], name_en=r["country"],
                  alt_ar=tuple(a for a in r["aliases_ar"].split("|") if a), lat=0.0, lon=0.0,
                  admin1="", admin2="", admin3="", pcode="", parent="", pop=0, capital="",
                  type="country" if (r.get("notes") or "").startswith("country") else "")
            for n, r in enumerate(read_table("places_abroad.tsv"), 1)]


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """Every gazetteer, named-area and blocking foreign entry (loaded once per process)."""
    return tuple(_gazetteer_rows() + _area_rows() + _abroad_rows())


def read_table(name: str) -> list[dict[str, str]]:
    """A small TSV lexicon from ``rasid/data`` (header row; ``#`` lines are comments)."""
    with _data(name).open("r", encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
