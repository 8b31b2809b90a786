"""Read-side queries the web app needs, in plain SQL over the store's schema (corpus/migrations).

The store module owns the schema, connections and writes; this module only reads, with SQL that
runs unchanged on SQLite and PostgreSQL (``?`` placeholders, rewritten for psycopg). Every function
returns plain JSON-ready dicts: the API returns them as they are and the templates render them.
"""
from __future__ import annotations

import io
import json
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from fastapi import HTTPException

from ..corpus import store
from ..corpus.readers import Record

Filters = dict[str, str]


# ------------------------------------------------------------------ plumbing

@contextmanager
def _conn(db: str) -> Iterator[store.Store]:
    """A store opened for one request (SQLite connections are not shared across threads)."""
    st = store.open_store(db)
    try:
        yield st
    finally:
        st.close()


def _rows(st: store.Store, sql: str, params: Sequence[Any] = ()) -> list[dict]:
    return st.query_dicts(sql, params)


def _loads(value: str | None, default: Any) -> Any:
    if not value:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def _like(value: str, lower: bool = True) -> str:
    """``%value%`` for LIKE, with the user's own wildcards taken literally."""
    esc = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc.lower() if lower else esc}%"


# ------------------------------------------------------------------ documents

def stats(db: str) -> dict:
    with _conn(db) as c:
        counts = {t: _rows(c, f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]
                  for t in ("documents", "places", "claims", "events", "fatalities", "contradictions")}
        linked = _rows(c, "SELECT COUNT(*) AS n FROM (SELECT cluster FROM events GROUP BY cluster "
                          "HAVING COUNT(DISTINCT doc_id) > 1) AS k")[0]["n"]
        span = _rows(c, "SELECT MIN(day) AS first, MAX(day) AS last FROM events")[0]
    return {"counts": {**counts, "linked_events": linked}, "first_day": span["first"], "last_day": span["last"]}


def documents(db: str, *, q: str | None = None, source: str | None = None, date_from: str | None = None,
              date_to: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    where, params = ["1=1"], []
    if q:
        where.append("(LOWER(d.id) LIKE ? ESCAPE '\\' OR LOWER(d.title) LIKE ? ESCAPE '\\' "
                     "OR d.original LIKE ? ESCAPE '\\')")
        params += [_like(q), _like(q), _like(q, lower=False)]
    if source:
        where.append("d.source = ?")
        params.append(source)
    if date_from:
        where.append("d.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("d.published <= ?")
        params.append(date_to)
    cond = " AND ".join(where)
    with _conn(db) as c:
        total = _rows(c, f"SELECT COUNT(*) AS n FROM documents d WHERE {cond}", params)[0]["n"]
        items = _rows(c, f"""
            SELECT d.id, d.title, d.source, d.published, d.url,
              (SELECT COUNT(*) FROM places p WHERE p.doc_id = d.id) AS places,
              (SELECT COUNT(*) FROM claims k WHERE k.doc_id = d.id) AS claims,
              (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) AS events
            FROM documents d WHERE {cond}
            ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?""", [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def document(db: str, doc_id: str) -> tuple[dict, str] | None:
    """(contract object, original text) of one stored article."""
    with _conn(db) as c:
        rows = _rows(c, "SELECT contract, original FROM documents WHERE id = ?", [doc_id])
    if not rows:
        return None
    return json.loads(rows[0]["contract"]), rows[0]["original"]


# ------------------------------------------------------------------ events

_EVENT_FROM = """
    FROM events e
    LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
    JOIN documents d ON d.id = e.doc_id"""


def _event_where(f: Filters) -> tuple[str, list]:
    where, params = ["1=1"], []
    if f.get("date_from"):
        where.append("e.day >= ?")
        params.append(f["date_from"])
    if f.get("date_to"):
        where.append("e.day <= ?")
        params.append(f["date_to"])
    if f.get("governorate"):
        where.append("(LOWER(p.admin1) = ? OR LOWER(p.admin2) = ?)")
        params += [f["governorate"].lower()] * 2
    if f.get("event_type"):
        where.append("e.event_type = ?")
        params.append(f["event_type"])
    if f.get("actor"):
        where.append("(LOWER(e.actor1) LIKE ? ESCAPE '\\' OR LOWER(e.actor2) LIKE ? ESCAPE '\\' "
                     "OR LOWER(e.assoc_actors) LIKE ? ESCAPE '\\')")
        params += [_like(f["actor"])] * 3
    return " AND ".join(where), params


_EVENT_COLS = """e.uid, e.doc_id, e.id, e.event_type, e.sub_event_type, e.date, e.time_precision, e.day,
    e.actor1, e.actor2, e.assoc_actors, e.claimed_by, e.evidence, e.cluster,
    p.id AS place_id, p.name AS place_name, p.name_ar AS place_name_ar, p.admin1, p.admin2, p.admin3,
    p.lat, p.lon, p.geo_precision, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published"""


def _fatalities(c: Any, uids: list[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for i in range(0, len(uids), 500):
        chunk = uids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in _rows(c, f"""SELECT event_uid, n, count, qualifier, kind, victims, claimed_by, claim_id,
                              span_start, span_end FROM fatalities WHERE event_uid IN ({marks})
                              ORDER BY event_uid, n""", chunk):
            out[r["event_uid"]].append({
                "count": r["count"], "qualifier": r["qualifier"], "kind": r["kind"], "victims": r["victims"],
                "claimed_by": r["claimed_by"], "claim": r["claim_id"], "span": [r["span_start"], r["span_end"]]})
    return out


def _killed(fats: list[dict]) -> tuple[int | None, int | None]:
    """(lowest, highest) killed figure among the sources: ACLED's conservative figure and the claim."""
    counts = [f["count"] for f in fats if f["kind"] == "killed" and f["count"] is not None]
    return (min(counts), max(counts)) if counts else (None, None)


def _event(row: dict, fats: list[dict]) -> dict:
    low, high = _killed(fats)
    place = None
    if row["place_id"]:
        place = {"id": row["place_id"], "name": row["place_name"], "name_ar": row["place_name_ar"],
                 "admin1": row["admin1"], "admin2": row["admin2"], "admin3": row["admin3"],
                 "lat": row["lat"], "lon": row["lon"], "geo_precision": row["geo_precision"]}
    return {
        "uid": row["uid"], "doc_id": row["doc_id"], "id": row["id"], "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"], "date": row["date"], "time_precision": row["time_precision"],
        "day": row["day"], "actor1": row["actor1"], "actor2": row["actor2"],
        "assoc_actors": _loads(row["assoc_actors"], []), "claimed_by": _loads(row["claimed_by"], []),
        "evidence": _loads(row["evidence"], []), "cluster": row["cluster"], "place": place,
        "fatalities": fats, "killed_min": low, "killed_max": high,
        "doc": {"title": row["doc_title"], "source": row["doc_source"], "published": row["doc_published"]},
    }


def events(db: str, f: Filters, *, limit: int = 100, offset: int = 0) -> dict:
    cond, params = _event_where(f)
    with _conn(db) as c:
        total = _rows(c, f"SELECT COUNT(*) AS n {_EVENT_FROM} WHERE {cond}", params)[0]["n"]
        rows = _rows(c, f"SELECT {_EVENT_COLS} {_EVENT_FROM} WHERE {cond} "
                        "ORDER BY e.day DESC, e.uid LIMIT ? OFFSET ?", [*params, limit, offset])
        fats = _fatalities(c, [r["uid"] for r in rows])
    return {"total": total, "limit": limit, "offset": offset, "filters": f,
            "items": [_event(r, fats.get(r["uid"], [])) for r in rows]}


def events_geojson(db: str, f: Filters, *, limit: int = 5000) -> dict:
    """Located events as a FeatureCollection (properties: the event record without its place geometry)."""
    cond, params = _event_where(f)
    with _conn(db) as c:
        rows = _rows(c, f"SELECT {_EVENT_COLS} {_EVENT_FROM} WHERE {cond} AND p.lat IS NOT NULL "
                        "AND p.lon IS NOT NULL ORDER BY e.day DESC, e.uid LIMIT ?", [*params, limit])
        fats = _fatalities(c, [r["uid"] for r in rows])
    features = []
    for r in rows:
        ev = _event(r, fats.get(r["uid"], []))
        features.append({"type": "Feature", "id": ev["uid"],
                         "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                         "properties": ev})
    return {"type": "FeatureCollection", "features": features}


def timeline(db: str, f: Filters) -> list[dict]:
    """Per month: events and the conservative killed total (lowest figure per event)."""
    cond, params = _event_where(f)
    with _conn(db) as c:
        rows = _rows(c, f"SELECT e.uid, e.day {_EVENT_FROM} WHERE {cond} AND e.day IS NOT NULL", params)
        low = {r["event_uid"]: r["n"] for r in _rows(c, f"""
            SELECT fa.event_uid, MIN(fa.count) AS n FROM fatalities fa
            WHERE fa.kind = 'killed' AND fa.count IS NOT NULL AND fa.event_uid IN
              (SELECT e.uid {_EVENT_FROM} WHERE {cond}) GROUP BY fa.event_uid""", params)}
    months: dict[str, dict] = {}
    for r in rows:
        if not _MONTH.match(r["day"] or ""):
            continue
        m = months.setdefault(r["day"][:7], {"month": r["day"][:7], "events": 0, "killed": 0})
        m["events"] += 1
        m["killed"] += low.get(r["uid"], 0) or 0
    return [months.get(k) or {"month": k, "events": 0, "killed": 0} for k in _month_range(sorted(months))]


_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])")


def _month_range(months: list[str], most: int = 240) -> list[str]:
    """Every month from the first to the last present (gaps shown as empty), at most ``most``."""
    if not months:
        return []
    y, m = map(int, months[0].split("-"))
    end = months[-1]
    out = []
    while len(out) < most:
        key = f"{y:04d}-{m:02d}"
        out.append(key)
        if key >= end:
            break
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out if out[-1] >= end else months  # too long a span: only the months with events


def facets(db: str) -> dict:
    """Choices for the event filters: governorates, event types and the commonest actors."""
    with _conn(db) as c:
        govs = [r["v"] for r in _rows(c, "SELECT DISTINCT p.admin1 AS v FROM events e JOIN places p "
                                         "ON p.doc_id = e.doc_id AND p.id = e.place_id "
                                         "WHERE p.admin1 IS NOT NULL ORDER BY v")]
        types = [r["v"] for r in _rows(c, "SELECT DISTINCT event_type AS v FROM events ORDER BY v")]
        actors = _rows(c, """SELECT a AS v, COUNT(*) AS n FROM
                               (SELECT actor1 AS a FROM events UNION ALL SELECT actor2 FROM events) AS x
                             WHERE a IS NOT NULL GROUP BY a ORDER BY n DESC, a LIMIT 60""")
    return {"governorates": govs, "event_types": types, "actors": [a["v"] for a in actors]}


# ------------------------------------------------------------------ claims

def _claim(r: dict, targets: list[dict]) -> dict:
    span = lambda s, e: [s, e] if s is not None else None
    return {
        "uid": f"{r['doc_id']}#{r['id']}", "doc_id": r["doc_id"], "id": r["id"], "stance": r["stance"],
        "speaker": {"name": r["speaker_name"], "title": r["speaker_title"], "role": r["speaker_role"],
                    "org": r["speaker_org"], "org_ar": r["speaker_org_ar"],
                    "span": span(r["speaker_start"], r["speaker_end"])},
        "cue": {"text": r["cue"], "span": span(r["cue_start"], r["cue_end"])},
        "content": ({"text": r["content"], "span": span(r["content_start"], r["content_end"])}
                    if r["content"] is not None else None),
        "targets": targets,
        "doc": {"title": r.get("doc_title"), "source": r.get("doc_source"), "published": r.get("doc_published")},
    }


def _claims_where(c: Any, cond: str, params: list, limit: int, offset: int) -> list[dict]:
    rows = _rows(c, f"""SELECT k.*, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published
                        FROM claims k JOIN documents d ON d.id = k.doc_id WHERE {cond}
                        ORDER BY d.published DESC, k.doc_id, k.id LIMIT ? OFFSET ?""", [*params, limit, offset])
    docs = sorted({r["doc_id"] for r in rows})
    targets: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for i in range(0, len(docs), 500):
        chunk = docs[i:i + 500]
        for t in _rows(c, f"SELECT doc_id, claim_id, org, target_claim FROM claim_targets WHERE doc_id IN "
                          f"({','.join('?' * len(chunk))}) ORDER BY doc_id, claim_id, n", chunk):
            targets[(t["doc_id"], t["claim_id"])].append({"org": t["org"], "claim": t["target_claim"]})
    return [_claim(r, targets.get((r["doc_id"], r["id"]), [])) for r in rows]


def claims(db: str, *, stance: str | None = None, org: str | None = None, doc_id: str | None = None,
           limit: int = 100, offset: int = 0) -> dict:
    where, params = ["1=1"], []
    if stance:
        where.append("k.stance = ?")
        params.append(stance)
    if org:
        where.append("(LOWER(k.speaker_org) LIKE ? ESCAPE '\\' OR LOWER(k.speaker_org_ar) LIKE ? ESCAPE '\\')")
        params += [_like(org)] * 2
    if doc_id:
        where.append("k.doc_id = ?")
        params.append(doc_id)
    cond = " AND ".join(where)
    with _conn(db) as c:
        total = _rows(c, f"SELECT COUNT(*) AS n FROM claims k WHERE {cond}", params)[0]["n"]
        items = _claims_where(c, cond, params, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# ------------------------------------------------------------------ linked events and contradictions

def _doc_of(ref: str) -> str:
    """``doc#e1/f2`` or ``doc#c3`` → ``doc`` (document ids may themselves hold ``#``)."""
    return ref.rpartition("#")[0]


def contradictions(db: str, *, limit: int = 100, offset: int = 0) -> dict:
    """Linked events that hold at least one contradiction, with a one-line summary each."""
    with _conn(db) as c:
        clusters = _rows(c, """SELECT cluster, COUNT(*) AS n,
                                 SUM(CASE WHEN kind = 'denial' THEN 1 ELSE 0 END) AS denials,
                                 SUM(CASE WHEN kind = 'figures' THEN 1 ELSE 0 END) AS figures
                               FROM contradictions GROUP BY cluster ORDER BY cluster""")
        total = len(clusters)
        page = clusters[offset:offset + limit]
        items = []
        for k in page:
            ev = _rows(c, f"SELECT {_EVENT_COLS} {_EVENT_FROM} WHERE e.cluster = ? ORDER BY e.day, e.uid",
                       [k["cluster"]])
            items.append({
                "cluster": k["cluster"], "contradictions": k["n"], "denials": k["denials"] or 0,
                "conflicting_figures": k["figures"] or 0, "reports": len(ev),
                "sources": sorted({r["doc_source"] or r["doc_id"] for r in ev}),
                "articles": len({r["doc_id"] for r in ev}),
                "claimants": sorted({c for r in ev for c in _loads(r["claimed_by"], [])}),
                "event_type": ev[0]["event_type"] if ev else None,
                "first_day": min((r["day"] for r in ev if r["day"]), default=None),
                "place": next((r["place_name_ar"] or r["place_name"] for r in ev if r["place_id"]), None),
                "admin1": next((r["admin1"] for r in ev if r["admin1"]), None),
            })
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _about(event: dict, claims: list[dict], in_contra: set[str]) -> tuple[list[dict], list[dict]]:
    """Split an article's claims into those about this event and the rest.

    About the event: a claim one of its figures cites, one made by one of its claimants, or one
    taking part in a contradiction of the linked event.
    """
    cited = {f["claim"] for f in event["fatalities"] if f.get("claim")}
    claimants = {(c or "").casefold() for c in event["claimed_by"]}
    about, rest = [], []
    for c in claims:
        org = (c["speaker"]["org"] or "").casefold()
        hit = c["id"] in cited or (org and org in claimants) or c["uid"] in in_contra
        (about if hit else rest).append(c)
    return about, rest


def linked(db: str, cluster: str) -> dict | None:
    """One linked event: each source's report (event, figures, claims) and the contradictions between them."""
    with _conn(db) as c:
        rows = _rows(c, f"SELECT {_EVENT_COLS} {_EVENT_FROM} WHERE e.cluster = ? ORDER BY e.day, e.uid", [cluster])
        if not rows:
            return None
        fats = _fatalities(c, [r["uid"] for r in rows])
        docs = sorted({r["doc_id"] for r in rows})
        marks = ",".join("?" * len(docs))
        claim_list = _claims_where(c, f"k.doc_id IN ({marks})", docs, 10_000, 0)
        contra = _rows(c, "SELECT kind, a, b, detail FROM contradictions WHERE cluster = ? ORDER BY kind, a, b",
                       [cluster])
        uids = [r["uid"] for r in rows]
        links = _rows(c, f"SELECT a, b, kind, detail FROM links WHERE a IN ({','.join('?' * len(uids))}) "
                         "ORDER BY a, b", uids)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for cl in claim_list:
        by_doc[cl["doc_id"]].append(cl)
    in_contra = {ref for k in contra for ref in (k["a"], k["b"])}
    reports = []
    for r in rows:
        ev = _event(r, fats.get(r["uid"], []))
        ev["claims"], ev["other_claims"] = _about(ev, by_doc.get(r["doc_id"], []), in_contra)
        for n, fat in enumerate(ev["fatalities"], 1):
            fat["contradicted"] = f"{ev['uid']}/f{n}" in in_contra
        reports.append(ev)
    claim_by_ref = {cl["uid"]: cl for cl in claim_list}
    figure_by_ref = {f"{ev['uid']}/f{n}": {**fat, "event": ev["uid"]}
                     for ev in reports for n, fat in enumerate(ev["fatalities"], 1)}
    event_by_ref = {ev["uid"]: {k: ev[k] for k in ("uid", "event_type", "day", "claimed_by")} for ev in reports}

    def resolve(ref: str) -> dict | None:
        return claim_by_ref.get(ref) or figure_by_ref.get(ref) or event_by_ref.get(ref)

    out_contra = []
    for k in contra:
        out_contra.append({"kind": k["kind"], "a": k["a"], "b": k["b"], "detail": _loads(k["detail"], k["detail"]),
                           "a_doc": _doc_of(k["a"]), "b_doc": _doc_of(k["b"]),
                           "a_record": resolve(k["a"]), "b_record": resolve(k["b"])})
    return {"cluster": cluster, "reports": reports, "contradictions": out_contra,
            "links": [{**ln, "detail": _loads(ln["detail"], ln["detail"])} for ln in links]}


# ------------------------------------------------------------------ writes and exports (the store's)

def save(db: str | None, result: dict, rec: Record) -> dict:
    """Store one analysed article through the store (the only writer) and link it to what is there.

    The content hash is ingest's, so ingesting the same article later is a no-op, and linking is
    the incremental ``rasid link``: the new events join the linked events they report.
    """
    if not db:
        raise HTTPException(503, "no store: start with `rasid serve --db URL` to save")
    from ..corpus.ingest import record_hash
    from ..corpus.link import link

    with _conn(db) as st:
        added, replaced = st.write_documents([(result, rec.text, record_hash(rec), "web")])
        report = link(st)
    return {"added": added, "replaced": replaced, "linked_events": report.linked_events,
            "contradictions": report.contradictions}


def export(db: str, fmt: str, f: Filters) -> bytes:
    """``rasid export`` of the filtered linked events (acled-csv, geojson, jsonl, parquet) as bytes."""
    from ..corpus import export as exporter

    filters = exporter.Filters(since=f.get("date_from"), until=f.get("date_to"),
                               governorate=f.get("governorate"), actor=f.get("actor"))
    with _conn(db) as st:
        if fmt == "parquet":
            buf = io.BytesIO()
            exporter.export(st, fmt, buf, filters)
            return buf.getvalue()
        text = io.StringIO()
        exporter.export(st, fmt, text, filters)
        return text.getvalue().encode("utf-8")
