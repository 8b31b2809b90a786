"""Export: ACLED CSV columns and fatality rule, GeoJSON, JSONL, Parquet, filters, SQLite = PG."""
from __future__ import annotations

import csv
import io
import json

import pytest

from rasid.corpus.export import (
    ACLED_COLUMNS,
    COLUMNS,
    Filters,
    conservative_killed,
    export,
    inter,
    rows,
)
from rasid.corpus.link import link
from rasid.corpus.store import Store

ORIGINAL = "غارة جوية روسية على سرمين أسفرت عن مقتل خمسة مدنيين. " * 3
SARMIN = {"id": "p1", "name": "Sarmin", "name_ar": "سرمين", "lat": 35.9, "lon": 36.72,
          "admin1": "Idlib", "admin2": "Idlib", "admin3": "Sarmin"}
NEAR = {**SARMIN, "lat": 35.91, "lon": 36.70, "geo_precision": 2}
HOMS = {"id": "p1", "name": "Homs", "name_ar": "حمص", "lat": 34.73, "lon": 36.71,
        "admin1": "Homs", "admin2": "Homs", "admin3": "Homs"}
STRIKE = "Explosions/Remote violence"


def fig(count, qualifier="exact", kind="killed", victims=None, by="outlet"):
    return {"count": count, "qualifier": qualifier, "kind": kind, "victims": victims,
            "claimed_by": by}


def test_conservative_killed_rule():
    assert conservative_killed([]) == 0
    assert conservative_killed([fig(None, "vague")]) == 0                   # "dozens" → 0
    assert conservative_killed([fig(5), fig(9), fig(7, "about")]) == 5       # lowest figure
    assert conservative_killed([fig(12, "at_least")]) == 12                  # "more than 12"
    assert conservative_killed([fig(3, kind="injured"), fig(4, kind="killed_or_injured"),
                                fig(6, kind="neutralized")]) == 0          # only killed counts
    # per victim group the lowest, summed; an unattributed toll wins when it is larger
    named = [fig(4, victims="Civilians"), fig(6, victims="Civilians"),
             fig(2, victims="Syrian government forces")]
    assert conservative_killed(named) == 6
    assert conservative_killed(named + [fig(10)]) == 10
    assert conservative_killed(named + [fig(3)]) == 6
    # across reports of one linked event: the lowest report total
    other = [{**fig(8), "doc_id": "b"}, {**fig(5, victims="Civilians"), "doc_id": "a"}]
    assert conservative_killed(other) == 5
    assert conservative_killed([{**f, "doc_id": "a"} for f in named] + [{**fig(9), "doc_id": "b"}]) == 6


def test_inter_codes():
    assert inter("Syrian government forces") == 1 and inter("Hayat Tahrir al-Sham") == 2
    assert inter("Russian forces") == 8 and inter("civilians") == 7
    assert inter("Some unknown group") == 0 and inter(None) is None


def _fill(store: Store, contract) -> None:
    a = contract("a", "2024-03-10", source="one.example", places=[SARMIN],
                 claims=[{"id": "c1", "stance": "assert", "org": "Syria Civil Defence (White Helmets)"}],
                 events=[{"id": "e1", "event_type": STRIKE, "sub_event_type": "Air/drone strike",
                          "place": "p1", "actor1": "Russian forces", "actor2": "Civilians",
                          "claimed_by": ["Syria Civil Defence (White Helmets)"],
                          "evidence": [[0, 25]],
                          "fatalities": [{**fig(5, victims="Civilians",
                                                by="Syria Civil Defence (White Helmets)"),
                                          "claim": "c1"},
                                         fig(11, kind="injured", victims="Civilians")]}])
    b = contract("b", "2024-03-10", source="two.example", places=[NEAR],
                 events=[{"id": "e1", "event_type": STRIKE, "sub_event_type": "Air/drone strike",
                          "place": "p1", "actor1": "Russian forces",
                          "assoc_actors": ["Syrian government forces"],
                          "fatalities": [fig(8, by="Syrian Observatory for Human Rights")]}])
    c = contract("c", "2024-04-02", source="one.example", places=[HOMS],
                 events=[{"id": "e1", "event_type": "Battles", "sub_event_type": "Armed clash",
                          "place": "p1", "actor1": "Syrian government forces",
                          "actor2": "Islamic State", "fatalities": [fig(None, "vague")]},
                         {"id": "e2", "event_type": "Strategic developments", "place": None,
                          "date": None}])
    store.write_documents([(x, ORIGINAL, x["doc"]["id"], "t") for x in (a, b, c)])
    link(store)


def _csv(store, **filters) -> list[dict]:
    buf = io.StringIO()
    export(store, "acled-csv", buf, Filters(**filters))
    buf.seek(0)
    reader = csv.DictReader(buf)
    assert tuple(reader.fieldnames) == COLUMNS
    return list(reader)


def test_acled_csv(tmp_path, contract):
    with Store(str(tmp_path / "x.db")) as s:
        _fill(s, contract)
        out = _csv(s)
    assert COLUMNS[:len(ACLED_COLUMNS)] == ACLED_COLUMNS and ACLED_COLUMNS[0] == "event_id_cnty"
    # an undated event takes its article's publication date
    assert [(r["event_id_cnty"], r["event_date"]) for r in out] == [
        ("a#e1", "2024-03-10"), ("c#e1", "2024-04-02"), ("c#e2", "2024-04-02")]
    linked = out[0]
    assert linked["event_date"] == "2024-03-10" and linked["year"] == "2024"
    assert linked["disorder_type"] == "Political violence"
    assert (linked["actor1"], linked["inter1"], linked["actor2"], linked["inter2"]) == (
        "Russian forces", "8", "Civilians", "7")
    assert linked["interaction"] == "78" and linked["civilian_targeting"] == "Civilian targeting"
    assert linked["assoc_actor_1"] == "Syrian government forces"
    # the lead report is the one with the precise place (Sarmin itself, precision 1)
    assert (linked["location"], linked["latitude"], linked["longitude"]) == ("Sarmin", "35.9", "36.72")
    assert (linked["admin1"], linked["admin3"], linked["geo_precision"]) == ("Idlib", "Sarmin", "1")
    assert (linked["iso"], linked["country"]) == ("760", "Syria")
    assert linked["source"] == "one.example; two.example"
    assert linked["fatalities"] == "5"                     # lowest credible killed figure
    assert linked["notes"] == "غارة جوية روسية على سرمين أسفرت عن مقتل خمسة مدنيين."  # its sentence
    assert linked["rasid_reports"] == "2" and linked["rasid_event_ids"] == "a#e1; b#e1"
    assert (linked["rasid_killed_min"], linked["rasid_killed_max"]) == ("5", "8")
    figures = json.loads(linked["rasid_figures"])
    assert [(f["count"], f["kind"], f["claimed_by"]) for f in figures] == [
        (5, "killed", "Syria Civil Defence (White Helmets)"), (11, "injured", "outlet"),
        (8, "killed", "Syrian Observatory for Human Rights")]
    assert figures[0]["claim"] == "a#c1"
    assert "Syrian Observatory for Human Rights" in linked["rasid_claimants"]
    contra = json.loads(linked["rasid_contradictions"])
    assert [(c["kind"], c["a"], c["b"]) for c in contra] == [("figures", "a#e1/f1", "b#e1/f1")]
    assert "contradiction=figures" in linked["tags"] and "reports=2" in linked["tags"]
    assert linked["timestamp"] == "1710028800"             # 2024-03-10, reproducible
    battle = out[1]
    assert battle["fatalities"] == "0" and battle["interaction"] == "12"  # vague → 0
    assert battle["civilian_targeting"] == "" and battle["rasid_killed_max"] == ""


def test_filters(tmp_path, contract):
    with Store(str(tmp_path / "x.db")) as s:
        _fill(s, contract)
        ids = lambda **f: [r["event_id_cnty"] for r in _csv(s, **f)]
        assert ids(since="2024-03-11") == ["c#e1", "c#e2"]
        assert ids(until="2024-03-10") == ["a#e1"]
        assert ids(governorate="idlib") == ["a#e1"]
        assert ids(governorate="Homs") == ["c#e1"]
        assert ids(actor="islamic state") == ["c#e1"]
        assert ids(actor="Syrian government") == ["a#e1", "c#e1"]  # assoc actor counts too
        assert ids(since="2024-01-01", governorate="Idlib", actor="Russian") == ["a#e1"]


def test_geojson_jsonl_parquet(tmp_path, contract):
    pq = pytest.importorskip("pyarrow.parquet")
    with Store(str(tmp_path / "x.db")) as s:
        _fill(s, contract)
        buf = io.StringIO()
        assert export(s, "geojson", buf) == 3
        gj = json.loads(buf.getvalue())
        assert gj["type"] == "FeatureCollection"
        feats = {f["id"]: f for f in gj["features"]}
        assert feats["a#e1"]["geometry"] == {"type": "Point", "coordinates": [36.72, 35.9]}
        assert feats["c#e2"]["geometry"] is None
        assert feats["a#e1"]["properties"]["rasid_figures"][2]["count"] == 8
        buf = io.StringIO()
        export(s, "jsonl", buf)
        lines = [json.loads(l) for l in buf.getvalue().splitlines()]
        linked = next(l for l in lines if l["event_id_cnty"] == "a#e1")
        assert [r["doc"] for r in linked["reports"]] == ["a", "b"]
        assert linked["reports"][1]["place"]["geo_precision"] == 2
        path = tmp_path / "e.parquet"
        assert export(s, "parquet", str(path)) == 3
        table = pq.read_table(path)
        assert table.column_names == list(COLUMNS)
        rows_ = table.to_pylist()
        assert [r["event_id_cnty"] for r in rows_] == ["a#e1", "c#e1", "c#e2"]
        assert rows_[0]["fatalities"] == 5 and rows_[0]["latitude"] == 35.9
        assert json.loads(rows_[0]["rasid_figures"])[0]["count"] == 5
        with pytest.raises(ValueError):
            export(s, "xml", io.StringIO())


def test_export_before_link_is_one_row_per_event(tmp_path, contract):
    with Store(str(tmp_path / "x.db")) as s:
        s.write_documents([(contract("a", events=[{"id": "e1", "event_type": STRIKE,
                                                   "place": None}]), "نص", "h", "t")])
        (row,) = rows(s)
        assert row["event_id_cnty"] == "a#e1" and row["rasid_reports"] == 1


def test_sqlite_and_postgres_exports_identical(tmp_path, pg_url, contract):
    outs = []
    for url in (str(tmp_path / "x.db"), pg_url):
        with Store(url) as s:
            _fill(s, contract)
            got = {}
            for fmt in ("acled-csv", "geojson", "jsonl"):
                buf = io.StringIO()
                export(s, fmt, buf)
                got[fmt] = buf.getvalue()
            outs.append(got)
    assert outs[0] == outs[1]
