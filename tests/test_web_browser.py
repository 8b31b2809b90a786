"""Real-browser tests: Debian's chromium driven by Playwright against `rasid serve` on 127.0.0.1.

Every page is loaded; the article view of the seed must highlight every place and claim the
analysis returns; the map must draw the OCHA outlines and one marker per located event; article
markup must stay text; no page may raise a console error (CSP violations are console errors) or
make a request anywhere but the test server. Screenshots go to a temporary folder, or to
``$RASID_SCREENSHOTS`` (e.g. ``docs/screenshots``) when set.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (no browser download needed)")
uvicorn = pytest.importorskip("uvicorn")

from web_fixtures import XSS, build_store

from rasid import analyze
from rasid.web.app import create_app

SEED = (Path(__file__).parent.parent / "examples" / "seed.txt").read_text("utf-8")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions",
        "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def seed_result() -> dict:
    return analyze(SEED, id="seed", published="2020-01-23", source="example", title="seed").to_dict()


@pytest.fixture(scope="module")
def server(tmp_path_factory, seed_result):
    db = build_store(tmp_path_factory.mktemp("browser") / "store.db", extra=[(seed_result, SEED)])
    port = _free_port()
    app = create_app(db, token="browser-token", allowed_hosts=["127.0.0.1"])
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    target = os.environ.get("RASID_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


class Watch:
    """Everything a page asks for and complains about."""

    def __init__(self, origin: str):
        self.origin = origin
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []

    def on_request(self, req) -> None:
        self.requests.append(req.url)
        if not (req.url.startswith(self.origin + "/") or req.url.startswith("data:")):
            self.outside.append(req.url)

    def on_console(self, msg) -> None:
        if msg.type == "error":
            self.errors.append(msg.text)


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ar", service_workers="block")
    watch = Watch(server)

    def route(r):  # anything not for the test server is recorded and never leaves the machine
        url = r.request.url
        if url.startswith(server + "/") or url.startswith("data:"):
            r.continue_()
        else:
            r.abort()

    ctx.route("**/*", route)
    pg = ctx.new_page()
    pg.on("request", watch.on_request)
    pg.on("console", watch.on_console)
    pg.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    pg.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    pg.watch = watch
    yield pg
    assert watch.outside == [], f"requests left 127.0.0.1: {watch.outside}"
    assert watch.errors == [], f"console errors: {watch.errors}"
    assert watch.dialogs == [], f"dialogs opened: {watch.dialogs}"
    ctx.close()


def _merged(spans: list[list[int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out if e > s]


def _highlighted(pg, token: str) -> str:
    return "".join(pg.eval_on_selector_all(f'#article .hl[data-refs~="{token}"]', "els => els.map(e => e.textContent)"))


@pytest.mark.parametrize("path", ["/", "/analyze", "/documents", "/events", "/claims", "/contradictions", "/docs",
                                  "/documents/web-a", "/linked/" + quote("web-a#e1", safe="")])
def test_every_page_loads_clean(page, server, path):
    resp = page.goto(server + path)
    assert resp.status == 200
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.wait_for_load_state("load")
    if path == "/events":  # the map fetches its data after load
        page.wait_for_selector("#map.ready", timeout=15000)


def test_seed_article_view_highlights_places_and_claims(page, server, seed_result, shots):
    page.goto(server + "/documents/seed")
    places, claims = seed_result["places"], seed_result["claims"]
    assert places, "the analysis found no place in the seed"
    assert claims, "the analysis found no claim in the seed"
    for p in places:
        want = "".join(SEED[s:e] for s, e in _merged(p["spans"]))
        assert _highlighted(page, f"place:{p['id']}") == want, p
    for c in claims:
        if c.get("content"):
            s, e = c["content"]["span"]
            assert _highlighted(page, f"claim:{c['id']}") == SEED[s:e], c
        s, e = c["cue"]["span"]
        assert _highlighted(page, f"cue:{c['id']}") == SEED[s:e], c
    assert page.locator("#article").text_content() == SEED  # the original, whole and unaltered
    first = page.locator(f'#article .hl[data-refs~="place:{places[0]["id"]}"]').first
    bg = first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")  # the stylesheet applied (CSP allows it)
    first.click()
    detail = page.locator("#detail")
    assert detail.is_visible()
    s, e = places[0]["spans"][0]
    assert SEED[s:e] in detail.locator("blockquote").all_text_contents()
    page.locator(".side .claims [data-ref]").first.click()
    assert page.locator("#article .hl.focus").count() >= 1
    page.locator("#detail-close").click()
    page.screenshot(path=str(shots / "article-seed.png"), full_page=True)


def test_article_markup_stays_text(page, server):
    page.goto(server + "/documents/web-xss")
    assert page.evaluate("window.__pwned") is None
    assert XSS in page.locator("#article").text_content()
    assert page.locator("#article img, #article script").count() == 0
    assert XSS in page.locator("h1").text_content()
    page.goto(server + "/analyze")  # pasted into the form, in the browser
    page.fill("#text", "قال مصدر في مدينة حلب اليوم " + XSS)
    page.click("#go")
    page.wait_for_selector("#article")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#article img, #article script").count() == 0


def test_events_map_shows_markers(page, server, shots):
    page.goto(server + "/events")
    page.wait_for_selector("#map.ready", timeout=15000)
    box = page.locator("#map")
    assert box.get_attribute("data-error") is None
    located = len(page.request.get(server + "/api/events.geojson").json()["features"])
    assert located >= 4 and box.get_attribute("data-markers") == str(located)
    assert page.locator("#map path.ev-marker").count() == located
    assert page.locator("#map path.leaflet-interactive").count() >= 14 + located  # governorates + markers
    assert page.locator("#map img").count() == 0  # no tiles
    assert page.locator("#events-table tbody tr").count() >= 4
    assert page.locator("#timeline a").count() >= 3
    page.locator("#map path.prec-1").first.dispatch_event("click")  # (no mouse: the map may still be moving)
    page.wait_for_selector(".leaflet-popup-content")
    page.screenshot(path=str(shots / "events-map.png"), full_page=True)
    page.goto(server + "/events?governorate=Idlib")
    page.wait_for_selector("#map.ready", timeout=15000)
    idlib = len(page.request.get(server + "/api/events.geojson?governorate=Idlib").json()["features"])
    assert page.locator("#map path.ev-marker").count() == idlib >= 2


def test_contradiction_page(page, server, shots):
    page.goto(server + "/contradictions")
    page.click('a[href="/linked/' + quote("web-a#e1", safe="") + '"]')
    page.wait_for_selector(".denial")
    assert page.locator(".denial").count() == 1 and page.locator(".conflict").count() == 1
    assert page.locator(".sources .source").count() == 2
    text = page.locator(".conflict").text_content()
    assert "30" in text and "12" in text
    page.screenshot(path=str(shots / "contradiction.png"), full_page=True)
