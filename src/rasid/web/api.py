"""The REST API: JSON twins of every page, plus analyse and export. Documented at /openapi.json.

Contract objects are returned exactly as ``Result.to_dict()`` builds them (schema ``Result`` in the
OpenAPI components, generated from the msgspec model), so an API client and ``rasid analyze`` see
the same JSON.
"""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..corpus.readers import BadRecord, Record
from . import queries
from .core import check_record, read_upload, require_token, run, settings

router = APIRouter(prefix="/api", responses={503: {"description": "no store configured"}})

MAX_TEXT = 2 * 1024 * 1024


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str = "OK") -> dict:
    return {200: {"description": description, "content": {"application/json": {"schema": schema}}}}


RESULT = _json(_ref("Result"), "the output contract (spec/OUTPUT.md) for the article")
_LIST_OF_RESULTS = _json({"type": "object", "required": ["results", "bad", "saved"], "properties": {
    "results": {"type": "array", "items": _ref("Result")},
    "bad": {"type": "array", "items": {"type": "object"}}, "saved": {"type": "integer"}}})
_ERRORS = {401: {"description": "write token missing or wrong"},
           403: {"description": "read-only server"}, 413: {"description": "body over the size limit"},
           404: {"description": "not found"}, 503: {"description": "no store configured"}}


class ArticleIn(BaseModel):
    """One article to analyse (the same fields ``rasid analyze`` reads from JSON)."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    id: str = Field("doc", min_length=1, max_length=200)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD (other forms normalised)")
    source: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    save: bool = Field(False, description="also store the result (needs the write token)")


def _record(body: ArticleIn) -> Record:
    return check_record(Record(id=body.id, text=body.text, published=body.published,
                               source=body.source, title=body.title, url=body.url, origin="api"))


@router.post("/analyze", tags=["analyze"], summary="Analyse one article", response_model=None,
             responses={**RESULT, **_ERRORS})
def analyze_article(body: ArticleIn, request: Request) -> dict:
    """Run the pipeline on the text and return the contract; with ``save`` also store it."""
    if body.save:
        require_token(request)
    rec = _record(body)
    result = run(rec)
    if body.save:
        queries.save(settings(request).db, result, rec)
    return result


@router.post("/analyze/upload", tags=["analyze"], summary="Analyse an uploaded file", response_model=None,
             responses={**_LIST_OF_RESULTS, **_ERRORS})
async def analyze_upload(request: Request, file: Annotated[UploadFile, File(description=".txt .html .json .jsonl .csv, gzip ok")],
                         save: Annotated[bool, Query(description="store the results (needs the write token)")] = False) -> dict:
    """Every article in the file (up to 200), read like ``rasid analyze`` reads files; bad ones listed."""
    if save:
        require_token(request)
    data = await file.read()
    db = settings(request).db

    def work() -> dict:  # CPU-bound: off the event loop
        results, bad = [], []
        for rec in read_upload(data, file.filename):
            if isinstance(rec, BadRecord):
                bad.append({"origin": rec.origin, "reason": rec.reason, "id": rec.id})
                continue
            result = run(rec)
            results.append(result)
            if save:
                queries.save(db, result, rec)
        return {"results": results, "bad": bad, "saved": len(results) if save else 0}

    return await run_in_threadpool(work)


# ------------------------------------------------------------------ reads (twins of the pages)

Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
DateQ = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
TextQ = Annotated[str | None, Query(max_length=200)]


def _db(request: Request) -> str:
    db = settings(request).db
    if not db:
        raise HTTPException(503, "no store: start with `rasid serve --db URL`")
    return db


@router.get("/stats", tags=["store"], summary="Counts in the store (twin of /)")
def stats(request: Request) -> dict:
    db = settings(request).db
    return {"store": bool(db), "read_only": not settings(request).token, **(queries.stats(db) if db else {})}


@router.get("/documents", tags=["store"], summary="Stored articles (twin of /documents)")
def documents(request: Request, q: TextQ = None, source: TextQ = None, date_from: DateQ = None,
              date_to: DateQ = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    return queries.documents(_db(request), q=q, source=source, date_from=date_from, date_to=date_to,
                             limit=limit, offset=offset)


@router.get("/documents/{doc_id:path}", tags=["store"], summary="One article's contract (twin of /documents/{id})",
            response_model=None, responses={**RESULT, **_ERRORS})
def document(doc_id: str, request: Request) -> dict:
    """The stored contract, plus ``original``: the text the spans index into."""
    found = queries.document(_db(request), doc_id)
    if found is None:
        raise HTTPException(404, "no such document")
    result, original = found
    return {**result, "original": original}


def _event_filters(date_from: DateQ = None, date_to: DateQ = None, governorate: TextQ = None,
                   event_type: TextQ = None, actor: TextQ = None) -> dict:
    return {k: v for k, v in dict(date_from=date_from, date_to=date_to, governorate=governorate,
                                   event_type=event_type, actor=actor).items() if v}


@router.get("/events", tags=["store"], summary="Events, filterable (twin of /events)")
def events(request: Request, date_from: DateQ = None, date_to: DateQ = None, governorate: TextQ = None,
           event_type: TextQ = None, actor: TextQ = None, limit: Limit = 100, offset: Offset = 0) -> dict:
    f = _event_filters(date_from, date_to, governorate, event_type, actor)
    return queries.events(_db(request), f, limit=limit, offset=offset)


@router.get("/events.geojson", tags=["store"], summary="Events with a location, as GeoJSON (the map's data)")
def events_geojson(request: Request, date_from: DateQ = None, date_to: DateQ = None, governorate: TextQ = None,
                   event_type: TextQ = None, actor: TextQ = None, limit: Annotated[int, Query(ge=1, le=20000)] = 5000) -> dict:
    f = _event_filters(date_from, date_to, governorate, event_type, actor)
    return queries.events_geojson(_db(request), f, limit=limit)


@router.get("/timeline", tags=["store"], summary="Events and fatalities per month (the timeline's data)")
def timeline(request: Request, date_from: DateQ = None, date_to: DateQ = None, governorate: TextQ = None,
             event_type: TextQ = None, actor: TextQ = None) -> dict:
    f = _event_filters(date_from, date_to, governorate, event_type, actor)
    return {"months": queries.timeline(_db(request), f)}


@router.get("/claims", tags=["store"], summary="Claims across articles (twin of /claims)")
def claims(request: Request, stance: Annotated[Literal["assert", "allege", "admit", "deny"] | None, Query()] = None,
           org: TextQ = None, doc_id: TextQ = None, limit: Limit = 100, offset: Offset = 0) -> dict:
    return queries.claims(_db(request), stance=stance, org=org, doc_id=doc_id, limit=limit, offset=offset)


@router.get("/contradictions", tags=["store"], summary="Linked events with denials or conflicting figures (twin of /contradictions)")
def contradictions(request: Request, limit: Limit = 100, offset: Offset = 0) -> dict:
    return queries.contradictions(_db(request), limit=limit, offset=offset)


@router.get("/linked/{link_id:path}", tags=["store"], summary="One linked event: every source side by side (twin of /linked/{id})",
            responses={404: {"description": "no such linked event"}})
def linked(link_id: str, request: Request) -> dict:
    found = queries.linked(_db(request), link_id)
    if found is None:
        raise HTTPException(404, "no such linked event")
    return found


EXPORT_TYPES = {"jsonl": "application/x-ndjson", "geojson": "application/geo+json", "acled-csv": "text/csv",
                "parquet": "application/vnd.apache.parquet"}
EXPORT_SCHEMA = {"geojson": {"type": "object"}, "parquet": {"type": "string", "format": "binary"}}
EXPORT_EXT = {"jsonl": "jsonl", "geojson": "geojson", "acled-csv": "csv", "parquet": "parquet"}


@router.get("/export", tags=["export"], summary="Export linked events (acled-csv, geojson, jsonl, parquet), as `rasid export`",
            responses={200: {"description": "the export file",
                             "content": {t: {"schema": EXPORT_SCHEMA.get(f, {"type": "string"})}
                                         for f, t in EXPORT_TYPES.items()}}})
def export(request: Request, format: Annotated[Literal["jsonl", "geojson", "acled-csv", "parquet"], Query()] = "jsonl",
           date_from: DateQ = None, date_to: DateQ = None, governorate: TextQ = None, actor: TextQ = None) -> Response:
    f = _event_filters(date_from, date_to, governorate, None, actor)
    body = queries.export(_db(request), format, f)
    return Response(body, media_type=EXPORT_TYPES[format],
                    headers={"content-disposition": f'attachment; filename="rasid-events.{EXPORT_EXT[format]}"'})
