"""`rasid export`: linked events out of the store as ACLED CSV, GeoJSON, JSON Lines or Parquet.

One row per linked event (an event nobody else reported is a linked event of one). The row's
date, type, actors and place come from its *lead report*: the member with the most precise
place (lowest geo_precision, with coordinates), then the most precise date, then the smallest
uid. Every member's figures and claimants travel along in the ``rasid_*`` columns.

ACLED's conservative fatality rule, as applied here (``fatalities`` column):
  1. only figures of kind ``killed`` count (not injured, captured, "neutralised", or
     killed-or-injured totals), and only figures with a number (``exact``, ``at_least``,
     ``about``: the number as written, which for "more than 10" is 10);
  2. within one report (document): for each group of victims the lowest figure it gives; the
     report's total is the sum over named victim groups, or its lowest figure given without
     victims if that is larger (an unattributed toll usually counts everyone);
  3. across the reports of a linked event: the LOWEST report total (sources that disagree →
     the most conservative one);
  4. no usable figure — none reported, or only vague ones (عشرات, "many") — gives 0. ACLED
     itself codes 10/12/100 for "several"/"dozens"/"hundreds"; rasid does not guess.
Every figure, with its qualifier and claimant, is in ``rasid_figures``.

Output is deterministic (sorted rows, no wall-clock time), so two stores holding the same
documents give byte-identical exports.
"""
from __future__ import annotations

import csv
import io
import json
import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from typing import IO, Any

from .link import norm
from .store import Store

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp")
RASID_COLUMNS = (
    "rasid_reports", "rasid_event_ids", "rasid_doc_ids", "rasid_urls", "rasid_claimants",
    "rasid_figures", "rasid_killed_min", "rasid_killed_max", "rasid_contradictions")
COLUMNS = ACLED_COLUMNS + RASID_COLUMNS

_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Riots": "Political violence",
             "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}


@lru_cache(maxsize=1)
def inter_codes() -> dict[str, int]:
    """Canonical actor → ACLED inter code (data file ``acled_inter.tsv``)."""
    text = (resources.files("rasid.corpus") / "acled_inter.tsv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t")
    return {norm(r["actor"]): int(r["inter"]) for r in rows}


def inter(actor: str | None) -> int | None:
    """ACLED inter code of an actor: from the table, else 0 when unknown (None when no actor)."""
    if not actor:
        return None
    return inter_codes().get(norm(actor), 0)


@dataclass
class Filters:
    since: str | None = None        # ISO date, inclusive
    until: str | None = None        # ISO date, inclusive
    governorate: str | None = None  # admin1 of any report's place (case/spelling-insensitive)
    actor: str | None = None        # substring of any report's actor1/actor2/assoc actors

    def keep(self, row: dict, members: list[dict]) -> bool:
        day = row["event_date"] or ""
        if self.since and (not day or day < self.since):
            return False
        if self.until and (not day or day > self.until):
            return False
        if self.governorate:
            want = norm(self.governorate)
            if want not in {norm(m["admin1"]) for m in members}:
                return False
        if self.actor:
            want = norm(self.actor)
            actors = [norm(a) for m in members for a in (m["actor1"], m["actor2"],
                                                         *json.loads(m["assoc_actors"] or "[]")) if a]
            if not any(want in a for a in actors):
                return False
        return True


_MEMBERS_SQL = """
SELECT e.cluster, e.uid, e.doc_id, e.id, e.event_type, e.sub_event_type, e.date, e.time_precision,
       e.day, e.actor1, e.actor2, e.assoc_actors, e.claimed_by, e.evidence,
       p.name AS place_name, p.name_ar AS place_name_ar, p.lat, p.lon, p.admin1, p.admin2,
       p.admin3, p.geo_precision, d.source, d.url, d.published
FROM events e
JOIN documents d ON d.id = e.doc_id
LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
WHERE e.cluster IN ({marks})
ORDER BY e.cluster, e.uid
"""
_FIGURES_SQL = """
SELECT e.cluster, f.event_uid, f.n, f.count, f.qualifier, f.kind, f.victims, f.claimed_by,
       f.claim_id, f.doc_id
FROM fatalities f JOIN events e ON e.uid = f.event_uid
WHERE e.cluster IN ({marks})
ORDER BY e.cluster, f.event_uid, f.n
"""


def _lead(members: list[dict]) -> dict:
    def key(m: dict) -> tuple:
        has_xy = m["lat"] is not None and m["lon"] is not None
        return (not has_xy, m["geo_precision"] or 9, m["time_precision"] or 9, m["uid"])
    return min(members, key=key)


def conservative_killed(figures: list[dict]) -> int:
    """ACLED's conservative fatality count (see the module docstring)."""
    lowest: dict[object, dict[str, int]] = defaultdict(dict)  # report → victims → lowest
    for f in figures:
        if f["kind"] != "killed" or f["count"] is None or f["qualifier"] == "vague":
            continue
        groups = lowest[f.get("doc_id")]
        group = norm(f["victims"])
        groups[group] = min(groups.get(group, f["count"]), f["count"])
    totals = [max(sum(v for k, v in g.items() if k), g.get("", 0)) for g in lowest.values()]
    return min(totals, default=0)


_CONTEXT = 300  # characters either side of the evidence read back for the notes
_SENTENCE_END = ".!?؟\n"


def _evidence(store: Store, doc_id: str, evidence: str | None) -> str:
    """The sentence(s) around the lead report's first evidence span, as ACLED-style notes.

    Evidence spans can be a single trigger word; the notes take the whole sentence around it
    (cut at sentence ends, at most ``_CONTEXT`` characters either side), whitespace collapsed.
    """
    spans = json.loads(evidence or "[]")
    if not spans:
        return ""
    s, e = spans[0]
    lo = max(0, s - _CONTEXT)
    window = store.scalar("SELECT substr(original, ?, ?) FROM documents WHERE id = ?",
                          (lo + 1, (e - lo) + _CONTEXT, doc_id)) or ""
    s, e = s - lo, e - lo
    start = max((window.rfind(c, 0, s) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (window.find(c, e) for c in _SENTENCE_END) if i >= 0]
    end = min(ends) + 1 if ends else len(window)
    head = tail = ""
    if start == 0 and lo > 0:  # no sentence start in reach: begin at a word, mark the cut
        start, head = window.find(" ", 0, s) + 1, "… "
    if not ends and len(window) >= e + _CONTEXT:  # the window, not the text, ended
        end, tail = max(window.rfind(" ", e, end), e), " …"
    return head + " ".join(window[start:end].split()) + tail


def _timestamp(published: list[str | None]) -> int:
    days = sorted(p for p in published if p)
    if not days:
        return 0
    try:
        d = date.fromisoformat(days[-1][:10])
    except ValueError:
        return 0
    return int(datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp())


def _join(values) -> str:
    seen = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return "; ".join(seen)


def build_row(store: Store, cluster: str, members: list[dict], figures: list[dict],
              contradictions: list[dict]) -> dict:
    """One linked event → one export row (ACLED columns, then rasid columns)."""
    lead = _lead(members)
    a1, a2 = lead["actor1"], lead["actor2"]
    assoc = _join(a for m in members for a in json.loads(m["assoc_actors"] or "[]")
                  if a not in (a1, a2))
    i1, i2 = inter(a1), inter(a2)
    interaction = int("".join(str(c) for c in sorted(x for x in (i1, i2) if x is not None))) \
        if i1 is not None else None
    day = lead["day"]
    etype = lead["event_type"]
    civilian = etype == "Violence against civilians" or norm(a2) == norm("Civilians") or any(
        norm(f["victims"]) == norm("Civilians") and f["kind"] == "killed" for f in figures)
    killed = [f["count"] for f in figures if f["kind"] == "killed" and f["count"] is not None]
    docs = _join(m["doc_id"] for m in members)
    kinds = sorted({c["kind"] for c in contradictions})
    tags = [f"reports={len({m['doc_id'] for m in members})}"]
    if kinds:
        tags.append("contradiction=" + ",".join(kinds))
    figs = [{"event": f["event_uid"], "count": f["count"], "qualifier": f["qualifier"],
             "kind": f["kind"], "victims": f["victims"], "claimed_by": f["claimed_by"],
             "claim": f"{f['doc_id']}#{f['claim_id']}" if f["claim_id"] else None}
            for f in figures]
    claimants = _join([c for m in members for c in json.loads(m["claimed_by"] or "[]")]
                      + [f["claimed_by"] for f in figures])
    note = _evidence(store, lead["doc_id"], lead["evidence"])
    return {
        "event_id_cnty": cluster,
        "event_date": day,
        "year": int(day[:4]) if day and day[:4].isdigit() else None,
        "time_precision": lead["time_precision"],
        "disorder_type": _DISORDER.get(etype, ""),
        "event_type": etype,
        "sub_event_type": lead["sub_event_type"],
        "actor1": a1,
        "assoc_actor_1": assoc,
        "inter1": i1,
        "actor2": a2,
        "assoc_actor_2": "",
        "inter2": i2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": 760,
        "region": "Middle East",
        "country": "Syria",
        "admin1": lead["admin1"],
        "admin2": lead["admin2"],
        "admin3": lead["admin3"],
        "location": lead["place_name"] or lead["place_name_ar"],
        "latitude": lead["lat"],
        "longitude": lead["lon"],
        "geo_precision": lead["geo_precision"],
        "source": _join(m["source"] for m in members),
        "source_scale": "",
        "notes": note,
        "fatalities": conservative_killed(figures),
        "tags": "; ".join(tags),
        "timestamp": _timestamp([m["published"] for m in members]),
        "rasid_reports": len({m["doc_id"] for m in members}),
        "rasid_event_ids": _join(m["uid"] for m in members),
        "rasid_doc_ids": docs,
        "rasid_urls": _join(m["url"] for m in members),
        "rasid_claimants": claimants,
        "rasid_figures": figs,
        "rasid_killed_min": min(killed) if killed else None,
        "rasid_killed_max": max(killed) if killed else None,
        "rasid_contradictions": contradictions,
    }


def iter_rows(store: Store, filters: Filters | None = None, chunk: int = 500
              ) -> Iterator[tuple[dict, list[dict]]]:
    """(row, members) per linked event, in event_id order, a chunk of clusters at a time."""
    filters = filters or Filters()
    clusters = [c for (c,) in store.query("SELECT DISTINCT cluster FROM events ORDER BY cluster")]
    for i in range(0, len(clusters), chunk):
        part = clusters[i:i + chunk]
        marks = ", ".join("?" * len(part))
        members: dict[str, list[dict]] = defaultdict(list)
        for m in store.query_dicts(_MEMBERS_SQL.format(marks=marks), part):
            members[m["cluster"]].append(m)
        figures: dict[str, list[dict]] = defaultdict(list)
        for f in store.query_dicts(_FIGURES_SQL.format(marks=marks), part):
            figures[f["cluster"]].append(f)
        contra: dict[str, list[dict]] = defaultdict(list)
        for c in store.query_dicts(
                f"SELECT cluster, kind, a, b, detail FROM contradictions WHERE cluster IN ({marks}) "
                f"ORDER BY cluster, kind, a, b", part):
            contra[c["cluster"]].append({"kind": c["kind"], "a": c["a"], "b": c["b"],
                                         "detail": json.loads(c["detail"] or "{}")})
        for cl in part:
            row = build_row(store, cl, members[cl], figures[cl], contra[cl])
            if filters.keep(row, members[cl]):
                yield row, members[cl]


def rows(store: Store, filters: Filters | None = None) -> list[dict]:
    """Every exported row, sorted by (event_date, event_id_cnty)."""
    out = [r for r, _ in iter_rows(store, filters)]
    out.sort(key=lambda r: (r["event_date"] or "", r["event_id_cnty"]))
    return out


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _csv_cell(value: Any) -> Any:
    value = _flat(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    return "" if value is None else value


def write_csv(rows: list[dict], out: IO[str]) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow([_csv_cell(r[c]) for c in COLUMNS])


def write_geojson(rows: list[dict], out: IO[str]) -> None:
    feats = []
    for r in rows:
        geom = None
        if r["latitude"] is not None and r["longitude"] is not None:
            geom = {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]}
        feats.append({"type": "Feature", "id": r["event_id_cnty"], "geometry": geom,
                      "properties": r})
    json.dump({"type": "FeatureCollection", "features": feats}, out, ensure_ascii=False,
              sort_keys=True)
    out.write("\n")


def write_jsonl(store: Store, rows_members: list[tuple[dict, list[dict]]], out: IO[str]) -> None:
    for row, members in rows_members:
        reports = [{"event": m["uid"], "doc": m["doc_id"], "source": m["source"],
                    "url": m["url"], "published": m["published"], "event_type": m["event_type"],
                    "sub_event_type": m["sub_event_type"], "date": m["date"],
                    "actor1": m["actor1"], "actor2": m["actor2"],
                    "assoc_actors": json.loads(m["assoc_actors"] or "[]"),
                    "claimed_by": json.loads(m["claimed_by"] or "[]"),
                    "place": {"name": m["place_name"], "name_ar": m["place_name_ar"],
                              "lat": m["lat"], "lon": m["lon"], "admin1": m["admin1"],
                              "admin2": m["admin2"], "admin3": m["admin3"],
                              "geo_precision": m["geo_precision"]}}
                   for m in members]
        out.write(json.dumps({**row, "reports": reports}, ensure_ascii=False, sort_keys=True))
        out.write("\n")


def parquet_table(rows: list[dict]):
    import pyarrow as pa

    types = {"year": pa.int32(), "time_precision": pa.int32(), "inter1": pa.int32(),
             "inter2": pa.int32(), "interaction": pa.int32(), "iso": pa.int32(),
             "latitude": pa.float64(), "longitude": pa.float64(), "geo_precision": pa.int32(),
             "fatalities": pa.int64(), "timestamp": pa.int64(), "rasid_reports": pa.int32(),
             "rasid_killed_min": pa.int64(), "rasid_killed_max": pa.int64()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    data = {c: [r[c] if c in types or r[c] is None else str(_flat(r[c])) for r in rows]
            for c in COLUMNS}
    return pa.table(data, schema=schema)


def export(store: Store, fmt: str, out: IO | str, filters: Filters | None = None) -> int:
    """Write the store's linked events in ``fmt`` to ``out`` (a text stream, or a path for
    Parquet); → the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    pairs = list(iter_rows(store, filters))
    pairs.sort(key=lambda p: (p[0]["event_date"] or "", p[0]["event_id_cnty"]))
    table = [r for r, _ in pairs]
    if fmt == "acled-csv":
        write_csv(table, out)
    elif fmt == "geojson":
        write_geojson(table, out)
    elif fmt == "jsonl":
        write_jsonl(store, pairs, out)
    else:
        import pyarrow.parquet as pq

        pq.write_table(parquet_table(table), out)
    return len(table)
