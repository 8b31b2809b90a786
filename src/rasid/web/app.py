"""The web app: analyse, article view, events (table, timeline, map), claims, contradictions.

``create_app(db, token=...)`` builds it; ``rasid serve`` runs it with uvicorn on 127.0.0.1.
Everything it serves comes from the package (templates, CSS, JS, vendored Leaflet, OCHA outlines):
no CDN, no tile server, no outbound request, and a CSP of ``default-src 'self'`` to keep it so.
"""
from __future__ import annotations

from pathlib import Path

import msgspec
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..model import Result
from . import api, pages
from .core import Settings
from .security import MAX_BODY, Guard

STATIC = Path(__file__).parent / "static"
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]"]


def _contract_schemas() -> dict:
    """OpenAPI components for the output contract, generated from the msgspec model (one source)."""
    _, components = msgspec.json.schema_components([Result], ref_template="#/components/schemas/{name}")
    return components


def create_app(db: str | None = None, *, token: str | None = None, max_body: int = MAX_BODY,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The ASGI app. ``db``: store URL/path (None: analyse only); ``token``: write token (None: read-only);
    ``allowed_hosts``: Host header allow-list (``rasid serve`` passes the loopback names, which
    defeats DNS rebinding against a server on 127.0.0.1)."""
    app = FastAPI(title="rasid", version="1",
                  description="Arabic conflict news as structured, sourced records (output contract rasid: 1).",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.settings = Settings(db=db, token=token, max_body=max_body)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def openapi() -> dict:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi
            spec = get_openapi(title=app.title, version=app.version, description=app.description,
                               routes=app.routes)
            spec.setdefault("components", {}).setdefault("schemas", {}).update(_contract_schemas())
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    def _wants_json(request: Request) -> bool:
        path = request.url.path
        return path.startswith("/api/") or path.startswith("/static/") or path == "/openapi.json"

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.templates.TemplateResponse(request, "error.html",
                                                {"twin": None, "status": exc.status_code, "detail": exc.detail},
                                                status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        if _wants_json(request):
            return JSONResponse({"detail": errors}, status_code=422)
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
        return pages.templates.TemplateResponse(request, "error.html",
                                                {"twin": None, "status": 422, "detail": detail}, status_code=422)

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(Guard, max_body=max_body)  # outermost: its headers go on every response
    return app
