"""The HTML pages. Each one renders the same dicts its JSON twin (``/api/...``) returns.

Jinja2 autoescaping is on for every template, and article text reaches the page only as template
variables (never ``|safe``), so an article holding ``<script>`` shows as text.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from ..corpus.readers import BadRecord, Record
from . import api, queries
from .core import check_record, read_upload, require_token, run, settings
from .present import (
    PRECISION,
    STANCE_AR,
    TIME_PRECISION,
    article_view,
    figure,
    place_label,
    speaker_label,
)

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.globals.update(figure=figure, place_label=place_label, speaker_label=speaker_label,
                             stance_ar=STANCE_AR, time_precision=TIME_PRECISION, precision=PRECISION)
templates.env.filters["q"] = lambda s: quote(str(s), safe="")


def _page(request: Request, name: str, twin: str | None = None, status: int = 200, **ctx) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"twin": twin, **ctx}, status_code=status)


def _qs(base: dict | None = None, **params) -> str:
    """``?a=1&b=2`` from ``base`` updated with ``params``, empty values left out ("" when none)."""
    clean = {k: v for k, v in {**(base or {}), **params}.items() if v not in (None, "")}
    return ("?" + urlencode(clean)) if clean else ""


@router.get("/", name="home")
def home(request: Request):
    return _page(request, "home.html", "/api/stats", stats=api.stats(request))


# ------------------------------------------------------------------ analyse

@router.get("/analyze", name="analyze_form")
def analyze_form(request: Request):
    s = settings(request)
    return _page(request, "analyze.html", None, can_save=bool(s.db and s.token))


@router.post("/analyze", name="analyze_submit")
async def analyze_submit(request: Request,
                         text: Annotated[str, Form(max_length=api.MAX_TEXT)] = "",
                         file: UploadFile | None = None,
                         id: Annotated[str, Form(max_length=200)] = "doc",
                         published: Annotated[str, Form(max_length=40)] = "",
                         source: Annotated[str, Form(max_length=200)] = "",
                         title: Annotated[str, Form(max_length=2000)] = "",
                         save: Annotated[str, Form(max_length=10)] = "",
                         token: Annotated[str, Form(max_length=500)] = ""):
    """Paste or upload → the article view at once (the first article of a multi-article file)."""
    if save:
        require_token(request, token or None)
    rec: Record | BadRecord | None = None
    if file is not None and file.filename:
        records = await run_in_threadpool(read_upload, await file.read(), file.filename)
        rec = next((r for r in records if isinstance(r, Record)), records[0] if records else None)
        if isinstance(rec, BadRecord):
            raise HTTPException(422, f"cannot analyse {rec.origin}: {rec.reason}")
    elif text.strip():
        rec = Record(id=id or "doc", text=text, origin="form")
    if rec is None:
        raise HTTPException(422, "paste an article or choose a file")
    rec = check_record(Record(id=rec.id if rec.origin != "form" else (id or "doc"), text=rec.text,
                              published=published or rec.published, source=source or rec.source,
                              title=title or rec.title, url=rec.url, origin=rec.origin,
                              published_at=None if published else rec.published_at))
    result = await run_in_threadpool(run, rec)  # CPU-bound: off the event loop
    if save:
        await run_in_threadpool(queries.save, settings(request).db, result, rec)
        return RedirectResponse(f"/documents/{quote(rec.id, safe='')}", status_code=303)
    return _page(request, "article.html", None, v=article_view(result, rec.text))


# ------------------------------------------------------------------ store pages

@router.get("/documents", name="documents_page")
def documents_page(request: Request, q: api.TextQ = None, source: api.TextQ = None, date_from: api.DateQ = None,
                   date_to: api.DateQ = None, limit: api.Limit = 50, offset: api.Offset = 0):
    params = dict(q=q, source=source, date_from=date_from, date_to=date_to)
    data = api.documents(request, **params, limit=limit, offset=offset)
    return _page(request, "documents.html", "/api/documents" + _qs(**params, limit=limit, offset=offset),
                 data=data, params=params, qs=_qs)


@router.get("/documents/{doc_id:path}", name="document_page")
def document_page(doc_id: str, request: Request):
    found = queries.document(api._db(request), doc_id)
    if found is None:
        raise HTTPException(404, "no such document")
    result, original = found
    return _page(request, "article.html", f"/api/documents/{quote(doc_id, safe='')}",
                 v=article_view(result, original))


@router.get("/events", name="events_page")
def events_page(request: Request, date_from: api.DateQ = None, date_to: api.DateQ = None,
                governorate: api.TextQ = None, event_type: api.TextQ = None, actor: api.TextQ = None,
                limit: api.Limit = 100, offset: api.Offset = 0):
    f = api._event_filters(date_from, date_to, governorate, event_type, actor)
    db = api._db(request)
    data = queries.events(db, f, limit=limit, offset=offset)
    months = queries.timeline(db, f)
    top = max((m["events"] for m in months), default=0) or 1
    top_killed = max((m["killed"] for m in months), default=0) or 1
    for m in months:  # bar heights as CSS classes h0..h20 (no inline styles under the CSP)
        m["h"] = round(20 * m["events"] / top)
        m["hk"] = round(20 * m["killed"] / top_killed)
    return _page(request, "events.html", "/api/events" + _qs(**f, limit=limit, offset=offset),
                 data=data, f=f, months=months, facets=queries.facets(db), qs=_qs,
                 geojson="/api/events.geojson" + _qs(**f), limit=limit, offset=offset)


@router.get("/claims", name="claims_page")
def claims_page(request: Request, stance: Annotated[str | None, Query(pattern="^(assert|allege|admit|deny)$")] = None,
                org: api.TextQ = None, doc_id: api.TextQ = None, limit: api.Limit = 100, offset: api.Offset = 0):
    params = dict(stance=stance, org=org, doc_id=doc_id)
    data = queries.claims(api._db(request), **params, limit=limit, offset=offset)
    return _page(request, "claims.html", "/api/claims" + _qs(**params, limit=limit, offset=offset),
                 data=data, params=params, qs=_qs)


@router.get("/contradictions", name="contradictions_page")
def contradictions_page(request: Request, limit: api.Limit = 100, offset: api.Offset = 0):
    data = queries.contradictions(api._db(request), limit=limit, offset=offset)
    return _page(request, "contradictions.html", "/api/contradictions" + _qs(limit=limit, offset=offset),
                 data=data, qs=_qs)


@router.get("/linked/{cluster:path}", name="linked_page")
def linked_page(cluster: str, request: Request):
    data = queries.linked(api._db(request), cluster)
    if data is None:
        raise HTTPException(404, "no such linked event")
    return _page(request, "linked.html", f"/api/linked/{quote(cluster, safe='')}", data=data)


@router.get("/docs", name="api_docs")
def api_docs(request: Request):
    """The API reference, rendered here from /openapi.json (FastAPI's /docs would load a CDN)."""
    spec = request.app.openapi()
    ops = [{"path": path, "method": method.upper(), **op}
           for path, item in spec["paths"].items() for method, op in item.items()]
    return _page(request, "docs.html", "/openapi.json", ops=ops, spec=spec)
