"""The web app through FastAPI's TestClient: API, page twins, XSS, size limit, write token, headers."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import PG_URL, _drop_schema, _pg_schema_url
from fastapi.testclient import TestClient
from web_fixtures import TEXT_A, XSS, build_store

from rasid.web.app import create_app

TOKEN = "s3cret-token"
SEED = (Path(__file__).parent.parent / "examples" / "seed.txt").read_text("utf-8")


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def db(request, tmp_path_factory):
    """The sample store on SQLite, and on PostgreSQL when a test server is given (same queries)."""
    if request.param == "sqlite":
        yield build_store(tmp_path_factory.mktemp("web") / "store.db")
        return
    if not PG_URL:
        pytest.skip("RASID_TEST_PG_URL not set")
    name, url = _pg_schema_url(PG_URL)
    try:
        yield build_store(url)
    finally:
        _drop_schema(PG_URL, name)


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db, token=TOKEN))


# ------------------------------------------------------------------ analyse

def test_analyze_returns_the_contract(client):
    r = client.post("/api/analyze", json={"text": SEED, "id": "seed", "published": "2020-01-23"})
    assert r.status_code == 200
    body = r.json()
    assert body["rasid"] == 1 and body["doc"]["id"] == "seed" and body["doc"]["published"] == "2020-01-23"
    assert list(body)[:7] == ["rasid", "doc", "text", "repairs", "places", "claims", "events"]
    for rep in body["repairs"]:  # spans index the text we sent
        assert SEED[rep["span"][0]:rep["span"][1]] == rep["original"]


@pytest.mark.parametrize("payload, status", [
    ({"text": ""}, 422), ({"text": "   \n "}, 422), ({"text": "only latin letters here"}, 422), ({}, 422),
])
def test_analyze_refuses_what_is_not_an_article(client, payload, status):
    assert client.post("/api/analyze", json=payload).status_code == status


def test_upload_reads_files_like_the_cli(client):
    lines = [json.dumps({"id": "u1", "text": TEXT_A, "published": "2024-03-10"}, ensure_ascii=False),
             "{not json", json.dumps({"id": "u2", "text": "no arabic at all"})]
    r = client.post("/api/analyze/upload", files={"file": ("batch.jsonl", "\n".join(lines).encode(), "application/json")})
    assert r.status_code == 200
    body = r.json()
    assert [x["doc"]["id"] for x in body["results"]] == ["u1"]
    assert sorted(b["reason"] for b in body["bad"]) == ["not Arabic", "not JSON"]
    assert body["saved"] == 0


def test_analyze_form_renders_the_article_view(client):
    r = client.post("/analyze", data={"text": SEED, "id": "seed"})
    assert r.status_code == 200
    assert 'dir="rtl"' in r.text and 'lang="ar"' in r.text
    assert 'id="article"' in r.text and 'id="result-data"' in r.text


def test_analyze_form_accepts_an_uploaded_file(client):
    html = client.post("/analyze", files={"file": ("sarmin.txt", TEXT_A.encode("utf-8"), "text/plain")},
                       data={"published": "2024-03-10"}).text
    assert 'id="article"' in html and "sarmin" in html  # the file name gives the id
    data = json.loads(re.search(r'id="result-data">(.*?)</script>', html, re.DOTALL).group(1))
    assert data["original"] == TEXT_A and data["result"]["doc"]["published"] == "2024-03-10"
    bad = client.post("/analyze", files={"file": ("x.txt", b"\xff\xfe\x00bad", "text/plain")})
    assert bad.status_code == 422 and "<html" in bad.text


# ------------------------------------------------------------------ store reads (JSON twins)

def test_documents_list_and_detail(client):
    r = client.get("/api/documents")
    assert r.status_code == 200 and r.json()["total"] >= 4
    doc = client.get("/api/documents/web-a").json()
    assert doc["doc"]["id"] == "web-a" and doc["original"] == TEXT_A
    place = doc["places"][0]
    assert doc["original"][slice(*place["spans"][0])] == "سرمين"
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/api/documents", params={"q": "سرمين"}).json()["total"] == 2


@pytest.mark.parametrize("params, uids", [
    ({}, {"web-a#e1", "web-b#e1", "web-xss#e1", "web-d#e1"}),
    ({"governorate": "Idlib"}, {"web-a#e1", "web-b#e1"}),
    ({"event_type": "Battles"}, {"web-xss#e1"}),
    ({"date_from": "2024-01-01", "date_to": "2024-03-31"}, {"web-a#e1", "web-b#e1"}),
    ({"actor": "russia"}, {"web-a#e1", "web-b#e1"}),
])
def test_event_filters(client, params, uids):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200
    assert {e["uid"] for e in r.json()["items"]} >= uids
    if params:
        assert {e["uid"] for e in r.json()["items"]} & {"web-a#e1", "web-b#e1", "web-xss#e1", "web-d#e1"} == uids


def test_events_geojson_and_timeline(client):
    fc = client.get("/api/events.geojson").json()
    assert fc["type"] == "FeatureCollection"
    sarmin = [f for f in fc["features"] if f["id"] == "web-a#e1"][0]
    assert sarmin["geometry"]["coordinates"] == [36.7236, 35.9036]
    assert sarmin["properties"]["killed_max"] == 30 and sarmin["properties"]["place"]["geo_precision"] == 1
    months = {m["month"]: m for m in client.get("/api/timeline").json()["months"]}
    assert months["2024-03"]["events"] >= 2 and months["2024-03"]["killed"] >= 12 + 30


def test_claims_filter_by_stance(client):
    items = client.get("/api/claims", params={"stance": "deny"}).json()["items"]
    denial = [c for c in items if c["doc_id"] == "web-b"][0]
    assert denial["targets"] == [{"org": "Russian Ministry of Defence", "claim": None}]
    assert client.get("/api/claims", params={"stance": "maybe"}).status_code == 422


def test_contradictions_side_by_side(client):
    items = client.get("/api/contradictions").json()["items"]
    k = [x for x in items if x["cluster"] == "web-a#e1"][0]
    assert k["denials"] == 1 and k["conflicting_figures"] == 1 and k["sources"] == ["Outlet A", "Outlet B"]
    linked = client.get("/api/linked/" + quote("web-a#e1", safe="")).json()
    assert [r["uid"] for r in linked["reports"]] == ["web-a#e1", "web-b#e1"]
    kinds = {c["kind"]: c for c in linked["contradictions"]}
    assert kinds["figures"]["a_record"]["count"] == 30 and kinds["figures"]["b_record"]["count"] == 12
    assert kinds["denial"]["a_record"]["stance"] == "deny"
    page = client.get("/linked/" + quote("web-a#e1", safe=""))
    assert page.status_code == 200 and 'data-kind="denial"' in page.text and 'data-kind="figures"' in page.text
    assert client.get("/api/linked/nothing%23e9").status_code == 404


PAGES = {"/": "/api/stats", "/documents": "/api/documents", "/documents/web-a": "/api/documents/web-a",
         "/events": "/api/events", "/claims": "/api/claims", "/contradictions": "/api/contradictions",
         "/docs": "/openapi.json"}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_page_has_a_json_twin(client, page):
    r = client.get(page)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    twin = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)"', r.text).group(1)
    assert twin.startswith(PAGES[page])
    j = client.get(twin.replace("&amp;", "&"))
    assert j.status_code == 200 and j.headers["content-type"].startswith("application/json")


# ------------------------------------------------------------------ security

def test_article_markup_renders_as_text(client):
    for url in ("/documents/web-xss", "/documents", "/events", "/claims"):
        html = client.get(url).text
        assert "<script>window.__pwned" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html, url
    html = client.get("/documents/web-xss").text
    data = re.search(r'<script type="application/json" id="result-data">(.*?)</script>', html, re.DOTALL).group(1)
    assert "<" not in data  # the embedded JSON cannot close its script element
    assert json.loads(data)["original"].count(XSS) == 1


def test_pasted_markup_renders_as_text(client):
    text = "قال مصدر إن " + XSS + " في مدينة حلب اليوم"
    html = client.post("/analyze", data={"text": text, "title": XSS}).text
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "onerror=&#34;window.__pwned=2&#34;" in html or "onerror=&quot;window.__pwned=2&quot;" in html


def test_security_headers_on_every_response(client):
    for url in ("/", "/api/stats", "/static/css/rasid.css", "/nope", "/api/documents/nope"):
        h = client.get(url).headers
        assert h["content-security-policy"].startswith("default-src 'self'"), url
        assert "'unsafe-inline'" not in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


def test_request_size_limit(db):
    small = TestClient(create_app(db, token=TOKEN, max_body=4096))
    big = "ب" * 5000
    r = small.post("/api/analyze", json={"text": big})
    assert r.status_code == 413
    assert small.post("/analyze", data={"text": big}).status_code == 413
    chunked = small.post("/api/analyze", content=iter([b'{"text": "', "ب".encode() * 10, b'"}']),
                         headers={"content-type": "application/json"})
    assert chunked.status_code == 411
    assert small.post("/api/analyze", json={"text": "قال مصدر في حلب"}).status_code == 200


def test_writes_need_the_token(db, client):
    body = {"text": TEXT_A.replace("30", "31"), "id": "web-saved", "published": "2024-03-10", "save": True}
    assert client.post("/api/analyze", json=body).status_code == 401
    assert client.post("/api/analyze", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/documents/web-saved").status_code == 404
    r = client.post("/api/analyze", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200
    assert client.get("/api/documents/web-saved").json()["original"] == body["text"]
    form = client.post("/analyze", data={"text": TEXT_A, "id": "web-form", "save": "1", "token": TOKEN},
                       follow_redirects=False)
    assert form.status_code == 303 and form.headers["location"] == "/documents/web-form"
    assert client.post("/analyze", data={"text": TEXT_A, "save": "1", "token": "x"}).status_code == 401
    read_only = TestClient(create_app(db, token=None))
    assert read_only.post("/api/analyze", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
    assert read_only.post("/api/analyze", json={"text": TEXT_A}).status_code == 200  # analysing is no write


def test_foreign_host_header_refused(db):
    local = TestClient(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1")
    assert local.get("/api/stats").status_code == 200
    assert local.get("/api/stats", headers={"host": "evil.example"}).status_code == 400


def test_no_cdn_and_no_outbound_urls(client):
    assert client.get("/redoc").status_code == 404
    docs = client.get("/docs").text
    assert "swagger" not in docs.lower() and "cdn" not in docs.lower()
    for url in ("/", "/documents", "/documents/web-a", "/events", "/claims", "/contradictions", "/docs"):
        html = client.get(url).text
        for ref in re.findall(r'(?:src|href|action)="([^"]*)"', html):
            assert ref.startswith(("/", "?", "#", "data:")) or ref.startswith("http://testserver/"), (url, ref)
    for asset in ("/static/js/article.js", "/static/js/map.js", "/static/css/rasid.css"):
        assert not re.search(r"https?://", client.get(asset).text), asset


def test_openapi_documents_the_contract(client):
    spec = client.get("/openapi.json").json()
    assert "Result" in spec["components"]["schemas"] and "Event" in spec["components"]["schemas"]
    for path in ("/api/analyze", "/api/documents", "/api/events", "/api/claims", "/api/contradictions",
                 "/api/export", "/api/linked/{link_id}", "/api/documents/{doc_id}"):
        assert path in spec["paths"], path
    assert not any(p in spec["paths"] for p in ("/", "/events", "/docs"))  # pages are not the API


def test_exports_are_the_store_exports(client):
    csv_ = client.get("/api/export", params={"format": "acled-csv", "governorate": "Idlib"})
    assert csv_.status_code == 200 and csv_.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_.text)))
    assert csv_.text.startswith("event_id_cnty,event_date,year,time_precision,disorder_type")
    by_id = {r["event_id_cnty"]: r for r in rows}
    assert "web-a#e1" in by_id and "web-b#e1" not in by_id  # the two Sarmin reports: one linked event
    assert by_id["web-a#e1"]["fatalities"] == "12"  # ACLED's conservative figure
    gj = client.get("/api/export", params={"format": "geojson"})
    assert gj.json()["type"] == "FeatureCollection"
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422
