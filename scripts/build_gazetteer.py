#!/usr/bin/env python3
"""Build the packaged gazetteer ``src/rasid/data/gazetteer.tsv.gz`` from ../shared/data.

    python scripts/build_gazetteer.py [--data ../shared/data] [--out src/rasid/data]

One flat row per named location, so the geocoder loads it in a few milliseconds without the
sources. Inputs (see src/rasid/data/GAZETTEER-SOURCES.md for licences):

* OpenSyria governorates / districts / sub-districts (centroids, Arabic aliases, population);
* OCHA admin4 communities (7,250 villages, towns, cities; coordinates and admin parents);
* GeoNames cities500 (population, used as a size prior; its other Arabic names of a town become
  aliases; towns OCHA lacks are added);
* OCHA city neighbourhoods and city areas (no coordinates: they take their city's point).

Also copies the OCHA adm1/adm2 boundary files next to it (tests and the web map use them).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.geo.context import is_common_word
from rasid.text.normalize import fold

# Canonical English governorate names (the contract's admin1 spelling), by OCHA P-code.
ADMIN1_EN = {
    "SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs",
    "SY05": "Hama", "SY06": "Latakia", "SY07": "Idlib", "SY08": "Al-Hasakah",
    "SY09": "Deir ez-Zor", "SY10": "Tartus", "SY11": "Ar-Raqqa", "SY12": "Daraa",
    "SY13": "As-Suwayda", "SY14": "Quneitra",
}
# GeoNames admin1 codes (the FIPS 10-4 order: 01 Al Hasakah, 02 Al Ladhiqiyah, 03 Al
# Qunaytirah, ... 13 Dimashq, 14 Tartus) -> OCHA P-codes.
GEONAMES_ADMIN1 = {
    "01": "SY08", "02": "SY06", "03": "SY14", "04": "SY11", "05": "SY13", "06": "SY12",
    "07": "SY09", "08": "SY03", "09": "SY02", "10": "SY05", "11": "SY04", "12": "SY07",
    "13": "SY01", "14": "SY10",
}
COLUMNS = ["id", "level", "name_ar", "name_en", "alt_ar", "lat", "lon", "admin1", "admin2",
           "admin3", "pcode", "parent", "pop", "capital"]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dy = (a[0] - b[0]) * 111.2
    dx = (a[1] - b[1]) * 111.2 * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy)


def _null(s: str | None) -> str:
    s = (s or "").strip()
    return "" if s in {"<Null>", "Null", "NULL"} else s


def _strip_ref(name: str) -> str:
    """OCHA RefNames disambiguate as ``name - parent``: keep the name."""
    return name.split(" - ")[0].strip()


def opensyria_rows(data: Path) -> tuple[list[dict], dict[str, str], dict[str, str]]:
    rows, dist_en, sub_en = [], {}, {}
    levels = [("governorates", "governorate"), ("districts", "district"),
              ("subdistricts", "subdistrict")]
    for fname, level in levels:
        for x in json.loads((data / "opensyria" / f"{fname}.json").read_text("utf-8")):
            pcode = x["externalIds"].get("ochaPcode") or ""
            if level == "district":
                dist_en[pcode] = x["name"]["en"]
            elif level == "subdistrict":
                sub_en[pcode] = x["name"]["en"]
            alts = []
            for a in x.get("aliases", []):
                if a["language"] != "ar":
                    continue
                v = a["value"]
                for head in ("محافظة ", "منطقة ", "ناحية "):
                    v = v.removeprefix(head)
                if v.startswith("مركز ") and level != "governorate":
                    continue  # "مركز حماة" is the district, not a name people use for it
                if fold(v) != fold(x["name"]["ar"]) and v not in alts:
                    alts.append(v)
            name_ar = x["name"]["ar"]
            if name_ar.startswith("مركز "):
                continue  # "مركز X" sub-districts are only reached through X itself
            rows.append({
                "id": pcode or x["id"], "level": level, "name_ar": name_ar,
                "name_en": x["name"]["en"], "alt_ar": "|".join(alts),
                "lat": x["centroid"]["latitude"], "lon": x["centroid"]["longitude"],
                "pcode": pcode, "parent": "",
                "pop": (x.get("population") or {}).get("value") or 0, "capital": "",
            })
    for r in rows:
        p = r["pcode"]
        r["admin1"] = ADMIN1_EN.get(p[:4], "")
        if r["level"] == "governorate":
            r["name_en"] = r["admin1"]
        r["admin2"] = dist_en.get(p[:6], "") if len(p) >= 6 else ""
        r["admin3"] = sub_en.get(p[:8], "") if len(p) >= 8 else ""
    return rows, dist_en, sub_en


def ocha_rows(data: Path, dist_en: dict, sub_en: dict) -> list[dict]:
    rows = []
    with open(data / "ocha" / "syr_admin4_communities_2016.csv", encoding="utf-8") as fh:
        for x in csv.DictReader(fh):
            name = _null(x["admin4Name_ar"]) or _strip_ref(_null(x["admin4RefName_ar"]))
            if not name or not x["Latitude_y"]:
                continue
            ref = _strip_ref(_null(x["admin4RefName_ar"]))
            alts = [ref] if ref and fold(ref) != fold(name) else []
            # OCHA tells same-named villages apart by appending the parent: "تل بيدر حسكة"
            words = name.split()
            parents = {fold(x[f"admin{k}Name_ar"]).removeprefix("ال").removeprefix("مركز ") for k in (1, 2, 3)}
            for k in (1, 2):
                head, tail = " ".join(words[:-k]), fold(" ".join(words[-k:])).removeprefix("ال")
                if len(words) > k and len(head) >= 4 and tail in parents and fold(name) not in parents:
                    alts.append(head)
            capital = "1" if x["IsAdmin1Capital"] == "Yes" else ("3" if x["IsAdmin3Capital"] == "Yes" else "")
            rows.append({
                "id": x["admin4Pcode"], "level": "community", "name_ar": name,
                "name_en": _null(x["admin4Name_en"]), "alt_ar": "|".join(alts),
                "lat": float(x["Latitude_y"]), "lon": float(x["Longitude_x"]),
                "admin1": ADMIN1_EN[x["admin1Pcode"]],
                "admin2": dist_en.get(x["admin2Pcode"], x["admin2Name_en"]),
                "admin3": sub_en.get(x["admin3Pcode"], x["admin3Name_en"]),
                "pcode": x["admin3Pcode"], "parent": "", "pop": 0, "capital": capital,
            })
    return rows


def neighbourhood_rows(data: Path, communities: dict[str, dict]) -> list[dict]:
    """Neighbourhoods and Damascus city areas, at their city's point (OCHA gives none)."""
    rows, areas = [], {}
    with open(data / "ocha" / "syr_city_neighbourhoods_2016.csv", encoding="utf-8") as fh:
        for x in csv.DictReader(fh):
            city = communities.get(x["admin4Pcode"])
            if city is None:
                continue
            base = {k: city[k] for k in ("lat", "lon", "admin1", "admin2", "admin3", "pcode")}
            area = _null(x["areaName_ar"])
            if area and x["areaPcode"] not in areas:
                areas[x["areaPcode"]] = {**base, "id": f"{x['admin4Pcode']}-{x['areaPcode']}",
                                         "level": "cityarea", "name_ar": area,
                                         "name_en": _null(x["areaName_en"]), "alt_ar": "",
                                         "parent": city["id"], "pop": 0, "capital": ""}
            name = _null(x["neibourhoodName_ar"]).replace("_", " ")
            if not name:
                continue
            rows.append({**base, "id": x["neibourhoodPcode"], "level": "neighbourhood",
                         "name_ar": name, "name_en": _null(x["neibourhoodName_en"]).replace("_", " "),
                         "alt_ar": "", "parent": city["id"], "pop": 0, "capital": ""})
    return list(areas.values()) + rows


_ARABIC_NAME = re.compile(r"[\u0621-\u064a]{2,}(?: [\u0621-\u064a]{2,})*")  # Arabic words only (no Kurdish ۆ ێ, no "د مشق")
_UNIT_NOUNS = ("محافظة ", "مدينة ", "ناحية ", "منطقة ", "مركز ")


def _core(name: str) -> str:
    """The folded name without its article, as the matcher indexes it."""
    f = fold(name)
    return f[2:] if f.startswith("ال") and len(f) > 4 else f


def _names_in_use(rows: list[dict]) -> set[str]:
    """Folded cores of every name and alias already in the gazetteer."""
    return {_core(n) for r in rows for n in [r["name_ar"], *filter(None, r["alt_ar"].split("|"))]}


def _add_alternates(row: dict, arabic: list[str], taken: set[str]) -> None:
    """GeoNames' other Arabic names of a town OCHA lists (ديريك for المالكية, قامشلو for
    القامشلي) become its aliases, so text in those spellings finds it. Left out: names with
    letters other than Arabic ones (Kurdish قامشلۆ) or a word of one letter, a unit noun's phrase (مدينة حمص), ordinary
    words (words.txt), short ones, and any name another place already has (no new namesakes)."""
    alts = [a for a in row["alt_ar"].split("|") if a]
    for a in arabic:
        core = _core(a)
        if not _ARABIC_NAME.fullmatch(a) or a.startswith(_UNIT_NOUNS) or len(core.replace(" ", "")) < 4 \
                or core in taken or is_common_word(fold(a)):
            continue
        alts.append(a)
        taken.add(core)
    row["alt_ar"] = "|".join(alts)


def geonames_rows(data: Path, communities: list[dict]) -> list[dict]:
    """GeoNames towns: population onto the OCHA community they are, or a new row."""
    by_name: dict[str, list[dict]] = {}
    for c in communities:
        for n in [c["name_ar"], *filter(None, c["alt_ar"].split("|"))]:
            by_name.setdefault(fold(n), []).append(c)
    extra = []
    taken = _names_in_use(communities)
    with open(data / "geonames_cities500_SY.tsv", encoding="utf-8") as fh:
        for x in csv.DictReader(fh, delimiter="\t"):
            if x["feature_class"] != "P":
                continue
            pt = (float(x["latitude"]), float(x["longitude"]))
            pop = int(x["population"] or 0)
            arabic = [a for a in x["alternatenames"].split(",") if a and "\u0600" <= a[0] <= "\u06ff"]
            hit = None
            for a in arabic:
                for c in by_name.get(fold(a), []):
                    if _km(pt, (c["lat"], c["lon"])) < 8:
                        hit = c
                        break
                if hit:
                    break
            if hit is None:
                near = [c for c in communities if _km(pt, (c["lat"], c["lon"])) < 1.5]
                hit = near[0] if near else None
            if hit is not None:
                hit["pop"] = max(int(hit["pop"] or 0), pop)
                _add_alternates(hit, arabic, taken)
                continue
            if not arabic or arabic[0].startswith("ناحية"):
                continue
            p1 = GEONAMES_ADMIN1.get(x["admin1_code"], "")
            extra.append({"id": f"gn{x['geonameid']}", "level": "town", "name_ar": arabic[0],
                          "name_en": x["name"], "alt_ar": "|".join(arabic[1:4]), "lat": pt[0],
                          "lon": pt[1], "admin1": ADMIN1_EN.get(p1, ""), "admin2": "",
                          "admin3": "", "pcode": p1, "parent": "", "pop": pop, "capital": ""})
    return extra


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "rasid" / "data")
    a = ap.parse_args(argv)
    admin, dist_en, sub_en = opensyria_rows(a.data)
    comm = ocha_rows(a.data, dist_en, sub_en)
    towns = geonames_rows(a.data, comm)
    hoods = neighbourhood_rows(a.data, {c["id"]: c for c in comm})
    rows = admin + comm + towns + hoods
    a.out.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(COLUMNS)]
    for r in rows:
        r["lat"], r["lon"] = round(float(r["lat"]), 6), round(float(r["lon"]), 6)
        lines.append("\t".join(str(r.get(c, "")).replace("\t", " ") for c in COLUMNS))
    with open(a.out / "gazetteer.tsv.gz", "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:  # reproducible
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    for level in ("adm1", "adm2"):
        shutil.copyfile(a.data / "ocha" / f"syria_{level}_ocha.geojson", a.out / f"syria_{level}_ocha.geojson")
    print(f"{len(rows)} rows: {len(admin)} admin, {len(comm)} communities, {len(towns)} GeoNames towns, "
          f"{len(hoods)} neighbourhoods/city areas -> {a.out / 'gazetteer.tsv.gz'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
