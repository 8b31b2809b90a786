"""Shared fixtures. Corpus tests run on SQLite always and on PostgreSQL when RASID_TEST_PG_URL
is set (``source scripts/ci_postgres.sh`` starts a server and sets it)."""
from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

PG_URL = os.environ.get("RASID_TEST_PG_URL")


def _pg_schema_url(base: str):
    """A fresh schema on the test server, and a URL whose connections use it."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in base else "?"
    return name, f"{base}{sep}options={quote(f'-csearch_path={name}')}"


def _drop_schema(base: str, name: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    """A store URL, empty: an SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "rasid.db")
        return
    yield from _fresh_pg_schema()


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL schema URL (skipped without a server)."""
    yield from _fresh_pg_schema()


def _fresh_pg_schema():
    """Yield a URL for a new schema on the test server, and drop it afterwards."""
    if not PG_URL:
        pytest.skip("RASID_TEST_PG_URL not set")
    name, url = _pg_schema_url(PG_URL)
    try:
        yield url
    finally:
        _drop_schema(PG_URL, name)


def make_contract(doc_id: str, published: str = "2024-03-10", *, events=(), places=(), claims=(),
                  source: str = "example.net", text: str = "نص الخبر") -> dict:
    """A contract object (spec/OUTPUT.md) built by hand, for deterministic store/link tests.

    ``places``: dicts with at least id/name_ar/lat/lon; ``events``: dicts with at least
    id/event_type/place; ``claims``: dicts with at least id/stance/org (+ targets).
    """
    def place(p):
        return {"id": p["id"], "name": p.get("name"), "name_ar": p.get("name_ar", "مكان"),
                "lat": p.get("lat"), "lon": p.get("lon"), "admin1": p.get("admin1"),
                "admin2": p.get("admin2"), "admin3": p.get("admin3"),
                "geo_precision": p.get("geo_precision", 1), "gazetteer_id": p.get("gazetteer_id"),
                "spans": p.get("spans", [[0, 3]]), "kind": "point", "abroad": False}

    def claim(c):
        return {"id": c["id"],
                "speaker": {"name": c.get("name"), "title": None, "role": None,
                            "org": c.get("org"), "org_ar": c.get("org_ar"), "span": [0, 2]},
                "cue": {"text": c.get("cue", "قال"), "span": [3, 6]}, "stance": c["stance"],
                "content": {"text": c.get("content", "مضمون"), "span": [7, 12]},
                "targets": [{"org": t.get("org"), "claim": t.get("claim")}
                            for t in c.get("targets", [])]}

    def fatality(f):
        return {"count": f.get("count"), "qualifier": f.get("qualifier", "exact"),
                "kind": f.get("kind", "killed"), "victims": f.get("victims"),
                "claimed_by": f.get("claimed_by", "outlet"), "claim": f.get("claim"),
                "span": f.get("span", [0, 4])}

    def event(e):
        return {"id": e["id"], "event_type": e["event_type"],
                "sub_event_type": e.get("sub_event_type"), "date": e.get("date", published),
                "time_precision": e.get("time_precision", 1), "place": e.get("place"),
                "actor1": e.get("actor1"), "actor2": e.get("actor2"),
                "assoc_actors": e.get("assoc_actors", []),
                "fatalities": [fatality(f) for f in e.get("fatalities", [])],
                "claimed_by": e.get("claimed_by", ["outlet"]),
                "evidence": e.get("evidence", [[0, len(text)]])}

    return {"rasid": 1,
            "doc": {"id": doc_id, "source": source, "url": f"https://{source}/{doc_id}",
                    "title": None, "published": published, "language": "ar"},
            "text": text, "repairs": [], "places": [place(p) for p in places],
            "claims": [claim(c) for c in claims], "events": [event(e) for e in events]}


@pytest.fixture
def contract():
    """The ``make_contract`` builder."""
    return make_contract
