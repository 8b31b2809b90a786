"""Shared by the JSON API and the HTML pages: settings, the write token, running an analysis.

One code path per action, so a page and its JSON twin cannot drift apart.
"""
from __future__ import annotations

import gzip
import io
from dataclasses import dataclass

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError

from ..corpus.readers import (
    BadRecord,
    Record,
    format_of,
    normalize_date,
    read_bytes,
    sniff,
    validate,
)
from ..pipeline import analyze
from .security import token_ok

UPLOAD_LIMIT = 200            # articles per uploaded file analysed in one request
GUNZIP_LIMIT = 16 * 1024 * 1024  # bytes a gzip'd upload may inflate to


@dataclass(frozen=True)
class Settings:
    db: str | None          # store URL or path; None → no store (analyse only)
    token: str | None       # write token; None → read-only server
    max_body: int


def settings(request: Request) -> Settings:
    return request.app.state.settings


def given_token(request: Request, form_value: str | None = None) -> str | None:
    """The token a client sent: ``Authorization: Bearer T``, ``X-Rasid-Token: T`` or a form field."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-rasid-token") or form_value


def require_token(request: Request, form_value: str | None = None) -> None:
    """Refuse a write unless the client holds the token given at start (401), or none exists (403)."""
    expected = settings(request).token
    if not expected:
        raise HTTPException(403, "this server is read-only (started without a write token)")
    if not token_ok(given_token(request, form_value), expected):
        raise HTTPException(401, "a valid write token is required (Authorization: Bearer TOKEN)",
                            headers={"WWW-Authenticate": "Bearer"})


def check_record(rec: Record) -> Record:
    """The readers' validation, as an HTTP error (422) instead of a BadRecord."""
    reason = validate(rec)
    if reason:  # same shape as FastAPI's own 422s, so the documented schema holds
        raise RequestValidationError([{"loc": ("body", "text"), "type": "value_error",
                                       "msg": f"cannot analyse this article: {reason}"}])
    return rec


def run(rec: Record) -> dict:
    """Analyse one record → the contract object (plain dict)."""
    return analyze(rec.text, id=rec.id, published=rec.published_at or normalize_date(rec.published) or None,
                   source=rec.source, title=rec.title, url=rec.url).to_dict()


def read_upload(data: bytes, filename: str | None) -> list[Record | BadRecord]:
    """Articles in an uploaded file, through the same readers as ``rasid analyze``/``ingest``."""
    name = filename or "upload"
    fmt, gz = format_of(name)
    if gz:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
                data = f.read(GUNZIP_LIMIT + 1)  # a small upload must not inflate without bound
        except (OSError, EOFError):
            return [BadRecord(name, "unreadable")]
        if len(data) > GUNZIP_LIMIT:
            return [BadRecord(name, "too large")]
    stem = name.rsplit("/", 1)[-1].split(".", 1)[0] or "upload"
    out: list[Record | BadRecord] = []
    for rec in read_bytes(data, fmt or sniff(data), name, stem):
        out.append(rec)
        if len(out) >= UPLOAD_LIMIT:
            break
    return out
