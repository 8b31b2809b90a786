"""``rasid serve``: the web app under uvicorn, on the loopback interface unless told otherwise."""
from __future__ import annotations

import ipaddress
import sys

from .security import MAX_BODY, new_token


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str) -> list[str] | None:
    """On loopback, accept only loopback Host headers (stops DNS rebinding); else any host."""
    if not is_loopback(host):
        return None
    return ["127.0.0.1", "localhost", "[::1]", "::1"]


def serve(db: str | None, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          read_only: bool = False, max_body: int = MAX_BODY, log_level: str = "info") -> None:
    """Start the server. A write token is generated and printed unless one is given or ``read_only``."""
    import uvicorn

    from .app import create_app

    if read_only:
        token = None
    elif not token:
        token = new_token()
    if not is_loopback(host):
        print(f"rasid: WARNING: listening on {host}, reachable from other machines", file=sys.stderr)
    app = create_app(db, token=token, max_body=max_body, allowed_hosts=allowed_hosts(host))
    shown = f"[{host}]" if ":" in host else host
    print(f"rasid: serving {db or '(no store: analyse only)'} at http://{shown}:{port}/", file=sys.stderr)
    print("rasid: read-only (no write token)" if not token else f"rasid: write token: {token}", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False,
                proxy_headers=False, limit_concurrency=64, timeout_keep_alive=5)
