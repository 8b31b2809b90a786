"""Gazetteer integrity: every row placed, inside Syria and inside its own governorate."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import pytest

from rasid.geo.gazetteer import entries

ADMIN1_BY_PCODE = {
    "SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs", "SY05": "Hama",
    "SY06": "Latakia", "SY07": "Idlib", "SY08": "Al-Hasakah", "SY09": "Deir ez-Zor", "SY10": "Tartus",
    "SY11": "Ar-Raqqa", "SY12": "Daraa", "SY13": "As-Suwayda", "SY14": "Quneitra",
}


def _inside(pt: tuple[float, float], ring: list) -> bool:
    """Ray casting; ``ring`` is a list of [lon, lat]."""
    lat, lon = pt
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


@lru_cache(maxsize=1)
def _governorates() -> dict[str, list]:
    data = json.loads(resources.files("rasid.data").joinpath("syria_adm1_ocha.geojson").read_text("utf-8"))
    out = {}
    for f in data["features"]:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        out[ADMIN1_BY_PCODE[f["properties"]["pcode"]]] = polys
    return out


def _distance_deg(pt, polys) -> float:
    lat, lon = pt
    return min(abs(lat - y) + abs(lon - x) for poly in polys for x, y in poly[0])


def _in_governorate(pt, admin1: str) -> bool:
    return any(_inside(pt, poly[0]) for poly in _governorates()[admin1])


def test_gazetteer_size_and_levels():
    levels = {}
    for e in entries():
        levels[e.level] = levels.get(e.level, 0) + 1
    assert levels["community"] == 7250
    assert levels["governorate"] == 14
    assert levels["district"] >= 60
    assert levels["area"] >= 150


def test_every_syrian_entry_has_a_governorate_and_a_point_in_syria():
    for e in entries():
        if e.level == "abroad":
            continue
        assert e.admin1 in ADMIN1_BY_PCODE.values(), e
        assert 32.0 <= e.lat <= 37.6 and 35.4 <= e.lon <= 42.6, e


def test_communities_fall_in_their_governorate_polygon():
    """OCHA points lie in their own governorate (a few sit on simplified borders: allow 1 %,
    and those must be within ~5 km of it)."""
    comms = [e for e in entries() if e.level == "community"]
    outside = [e for e in comms if not _in_governorate((e.lat, e.lon), e.admin1)]
    assert len(outside) <= len(comms) // 100, [(e.name_ar, e.admin1) for e in outside[:20]]
    for e in outside:
        assert _distance_deg((e.lat, e.lon), _governorates()[e.admin1]) < 0.1, e


@pytest.mark.parametrize("name, admin1", [("سهل الغاب", "Hama"), ("جبل الزاوية", "Idlib"),
                                          ("قاعدة حميميم", "Latakia"), ("معبر باب الهوى", "Idlib"),
                                          ("ريف إدلب الجنوبي", "Idlib"), ("ريف حلب الشمالي", "Aleppo"),
                                          ("جبل عبد العزيز", "Al-Hasakah"), ("معبر الوليد", "Al-Hasakah"),
                                          ("ريف دمشق الجنوبي", "Rural Damascus"), ("ريف دمشق الغربي", "Rural Damascus")])
def test_named_areas_lie_in_their_governorate(name, admin1):
    e = next(e for e in entries() if e.name_ar == name)
    assert e.admin1 == admin1
    assert _in_governorate((e.lat, e.lon), admin1) or _distance_deg((e.lat, e.lon), _governorates()[admin1]) < 0.1


def test_index_cache_roundtrip_and_corrupt_file(tmp_path, monkeypatch):
    from rasid.geo import index_cache

    monkeypatch.setenv("RASID_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"كفرنبل": (1, 2)}

    assert index_cache.cached("t", [b"v1"], build) == {"كفرنبل": (1, 2)}
    assert index_cache.cached("t", [b"v1"], build) == {"كفرنبل": (1, 2)}
    assert len(calls) == 1  # the second call read the file
    index_cache.cached("t", [b"v2"], build)  # other inputs: another key, rebuilt
    assert len(calls) == 2
    for f in tmp_path.glob("t-*.pkl"):
        f.write_bytes(b"not a pickle")
    assert index_cache.cached("t", [b"v1"], build) == {"كفرنبل": (1, 2)}  # rebuilt, not crashed
    assert len(calls) == 3


def test_the_places_index_is_the_same_in_every_process():
    """String hashing differs per process; the index (and so every place read) must not: it is
    built once and shared through the disk cache by all ingest workers."""
    import os
    import subprocess
    import sys

    script = ("import hashlib, pickle; from rasid.geo.matcher import _build_index; "
              "auto, table, markers = _build_index(); "
              "print(hashlib.sha1(pickle.dumps((sorted(table.items()), sorted(markers.items())))).hexdigest())")
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "RASID_NO_CACHE": "1"}
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1, digests


def test_geonames_towns_lie_in_their_governorate():
    """Towns only GeoNames lists take the governorate its admin1 code names (GeoNames numbers
    Syria's governorates in the FIPS order: 03 is Quneitra, the Golan's Druze villages)."""
    towns = [e for e in entries() if e.level == "town"]
    assert towns
    for e in towns:
        assert _in_governorate((e.lat, e.lon), e.admin1) or _distance_deg((e.lat, e.lon), _governorates()[e.admin1]) < 0.1, e


@pytest.mark.parametrize("alias, name", [("ديريك", "المالكية"), ("القامشلو", "القامشلي"),
                                         ("قبور البيض", "القحطانية"), ("جوبان بك", "الراعي")])
def test_geonames_other_arabic_names_are_aliases_of_the_town(alias, name):
    assert any(alias in e.alt_ar for e in entries() if e.level == "community" and e.name_ar == name)


def test_geonames_names_that_are_ordinary_words_or_foreign_letters_are_no_aliases():
    """GeoNames' السوداء (black), برقية (telegram), جنية (pound) and Kurdish قامشلۆ are left out."""
    aliases = {a for e in entries() if e.level == "community" for a in e.alt_ar}
    assert not aliases & {"السوداء", "برقية", "جنية", "قامشلۆ", "بصرى"}
