"""What keeps the local web app harmless: body size cap, strict headers, the write token.

Pure ASGI middleware (no BaseHTTPMiddleware), so a too-large body is refused from its headers,
before any handler or form parser buffers it.
"""
from __future__ import annotations

import json
import secrets

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 2 * 1024 * 1024

# Everything from this server; nothing inline, nothing elsewhere. Leaflet only sets element.style
# through the CSSOM, which CSP allows; data: images are Leaflet's own CSS sprites.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")

HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
]


class Guard:
    """Adds the security headers to every response and caps request bodies at ``max_body`` bytes.

    A declared ``Content-Length`` over the cap is refused with 413 before the app runs; a body
    without one (chunked) is refused with 411, so no handler or form parser ever buffers more than
    the cap (the HTTP server itself never delivers more than the declared length).
    """

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {h[0] for h in HEADERS}
                headers = [h for h in message.get("headers", []) if h[0].lower() not in names]
                message = {**message, "headers": headers + HEADERS}
            await send(message)

        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await _refuse(send_secure, 413, f"request body larger than {self.max_body} bytes")
            return
        if declared is None and _chunked(scope):
            await _refuse(send_secure, 411, "a request body needs a Content-Length")
            return
        await self.app(scope, receive, send_secure)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _chunked(scope: Scope) -> bool:
    return any(name == b"transfer-encoding" for name, _ in scope.get("headers", []))


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def new_token() -> str:
    """A random write token for when none is given at start (printed once by ``rasid serve``)."""
    return secrets.token_urlsafe(24)


def token_ok(given: str | None, expected: str | None) -> bool:
    """Constant-time check; with no expected token every write is refused (read-only server)."""
    if not expected or not given:
        return False
    return secrets.compare_digest(given.encode(), expected.encode())
