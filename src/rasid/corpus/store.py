"""The corpus store: one schema on SQLite (default, ``rasid.db``) or PostgreSQL (by URL).

Why one thin class and no ORM: the schema is meant to be queried with plain SQL by researchers,
so the SQL here is the SQL they read in ``migrations/``. Statements are written once with ``?``
placeholders and portable types; the PostgreSQL connection swaps the placeholder style.

Writes come in batches, each in one transaction, and a document's rows are written with it or
not at all: a process killed mid-ingest leaves whole documents only, and the content hash
(``documents.hash``, UNIQUE) makes a restart skip what is already there.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

DEFAULT_DB = "rasid.db"

TABLES = ("documents", "repairs", "places", "claims", "claim_targets", "events", "fatalities",
          "links", "contradictions")

_COLUMNS = {
    "documents": ("id", "hash", "source", "url", "title", "published", "language", "origin",
                  "original", "text", "contract"),
    "repairs": ("doc_id", "n", "span_start", "span_end", "original", "repaired", "kind"),
    "places": ("doc_id", "id", "name", "name_ar", "lat", "lon", "admin1", "admin2", "admin3",
               "geo_precision", "gazetteer_id", "kind", "abroad", "spans"),
    "claims": ("doc_id", "id", "speaker_name", "speaker_title", "speaker_role", "speaker_org",
               "speaker_org_ar", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
               "stance", "content", "content_start", "content_end"),
    "claim_targets": ("doc_id", "claim_id", "n", "org", "target_claim"),
    "events": ("uid", "doc_id", "id", "event_type", "sub_event_type", "date", "time_precision",
               "day", "place_id", "actor1", "actor2", "assoc_actors", "claimed_by", "evidence",
               "cluster", "linked"),
    "fatalities": ("doc_id", "event_id", "n", "event_uid", "count", "qualifier", "kind", "victims",
                   "claimed_by", "claim_id", "span_start", "span_end"),
}
# Child tables in write order (documents first, so the foreign keys hold).
_DOC_TABLES = ("documents", "repairs", "places", "claims", "claim_targets", "events", "fatalities")


def _insert_sql(table: str) -> str:
    cols = _COLUMNS[table]
    return (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            + (" ON CONFLICT DO NOTHING" if table == "documents" else ""))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _span(span: Sequence[int] | None) -> tuple[int | None, int | None]:
    return (span[0], span[1]) if span else (None, None)


def event_uid(doc_id: str, event_id: str) -> str:
    """The corpus-wide id of an event (spec/OUTPUT.md: ``doc_id#e1``)."""
    return f"{doc_id}#{event_id}"


def rows_for(contract: dict, *, original: str, hash: str, origin: str = "") -> dict[str, list[tuple]]:
    """One contract object → the rows of every table it fills (pure; no database)."""
    doc = contract["doc"]
    did = doc["id"]
    rows: dict[str, list[tuple]] = {t: [] for t in _DOC_TABLES}
    rows["documents"].append((did, hash, doc.get("source"), doc.get("url"), doc.get("title"),
                              doc.get("published"), doc.get("language"), origin, original,
                              contract.get("text", ""), _json(contract)))
    for n, r in enumerate(contract.get("repairs") or [], 1):
        rows["repairs"].append((did, n, *_span(r["span"]), r["original"], r["repaired"],
                                r.get("kind")))
    for p in contract.get("places") or []:
        rows["places"].append((did, p["id"], p.get("name"), p.get("name_ar"), p.get("lat"),
                               p.get("lon"), p.get("admin1"), p.get("admin2"), p.get("admin3"),
                               p.get("geo_precision"), p.get("gazetteer_id"), p.get("kind"),
                               int(bool(p.get("abroad"))), _json(p.get("spans") or [])))
    for c in contract.get("claims") or []:
        sp = c.get("speaker") or {}
        cue = c.get("cue") or {}
        content = c.get("content") or {}
        rows["claims"].append((did, c["id"], sp.get("name"), sp.get("title"), sp.get("role"),
                               sp.get("org"), sp.get("org_ar"), *_span(sp.get("span")),
                               cue.get("text"), *_span(cue.get("span")), c["stance"],
                               content.get("text"), *_span(content.get("span"))))
        for n, t in enumerate(c.get("targets") or [], 1):
            rows["claim_targets"].append((did, c["id"], n, t.get("org"), t.get("claim")))
    for e in contract.get("events") or []:
        uid = event_uid(did, e["id"])
        rows["events"].append((uid, did, e["id"], e["event_type"], e.get("sub_event_type"),
                               e.get("date"), e.get("time_precision"),
                               e.get("date") or doc.get("published"), e.get("place"),
                               e.get("actor1"), e.get("actor2"), _json(e.get("assoc_actors") or []),
                               _json(e.get("claimed_by") or []), _json(e.get("evidence") or []),
                               uid, 0))
        for n, f in enumerate(e.get("fatalities") or [], 1):
            rows["fatalities"].append((did, e["id"], n, uid, f.get("count"), f["qualifier"],
                                       f["kind"], f.get("victims"), f.get("claimed_by"),
                                       f.get("claim"), *_span(f.get("span"))))
    return rows


class DocRows(NamedTuple):
    """One analysed document as the rows it adds: built where it was analysed (an ingest
    worker), so the process that owns the database only runs the INSERTs."""

    id: str
    hash: str
    rows: dict[str, list[tuple]]


def doc_rows(contract: dict, *, original: str, hash: str, origin: str = "") -> DocRows:
    return DocRows(contract["doc"]["id"], hash,
                   rows_for(contract, original=original, hash=hash, origin=origin))


def is_postgres(url: str | None) -> bool:
    return bool(url) and url.split(":", 1)[0] in ("postgresql", "postgres")


def sqlite_path(url: str | None) -> str:
    """``None`` → ``rasid.db``; ``sqlite:///x.db`` or a plain path → that file."""
    if not url:
        return DEFAULT_DB
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    if url.startswith("sqlite://"):
        return url[len("sqlite://"):] or DEFAULT_DB
    return url


class Store:
    """A connection to the store, migrated to the newest schema on open."""

    def __init__(self, url: str | None = None):
        self.url = url or DEFAULT_DB
        self.postgres = is_postgres(url)
        if self.postgres:
            import psycopg

            self.conn = psycopg.connect(url, autocommit=True)
        else:
            path = sqlite_path(url)
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=60,
                                        check_same_thread=False)
            for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                           "busy_timeout=60000"):
                self.conn.execute(f"PRAGMA {pragma}")
        self._depth = 0
        self.migrate()

    # ------------------------------------------------------------ plumbing

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        if self.postgres:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)
        else:
            self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return list(self.execute(sql, params).fetchall())

    def query_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        cur = self.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All-or-nothing; nested uses join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._depth = 1
        if self.postgres:
            try:
                with self.conn.transaction():
                    yield self
            finally:
                self._depth = 0
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ schema

    def migrate(self) -> int:
        """Apply the scripts in ``migrations/`` that this store has not seen; → schema version."""
        self.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                     "(version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        done = {v for (v,) in self.query("SELECT version FROM schema_migrations")}
        for version, name, script in migrations():
            if version in done:
                continue
            with self.transaction():
                if self.postgres:
                    self.conn.execute(script)
                else:
                    for stmt in _statements(script):
                        self.conn.execute(stmt)
                self.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                             (version, name))
        return max(done | {v for v, _, _ in migrations()})

    # ------------------------------------------------------------ documents

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Which of ``hashes`` are stored already (checked in slices, so memory stays flat)."""
        return {h for (h,) in self.query_in("SELECT hash FROM documents WHERE hash IN ({marks})",
                                            hashes)}

    def write_documents(self, items: Iterable[tuple[dict, str, str, str]]) -> tuple[int, int]:
        """Store analysed documents ``(contract, original, hash, origin)`` in ONE transaction
        (see ``write_rows``). Returns (added, replaced)."""
        return self.write_rows([doc_rows(c, original=o, hash=h, origin=g) for c, o, h, g in items])

    def write_rows(self, docs: Iterable[DocRows]) -> tuple[int, int]:
        """Store documents given as their rows, in ONE transaction.

        A hash already stored is skipped (idempotent). An id stored with another hash is a new
        version of the article: the old one and the links through it are dropped first.
        Returns (added, replaced).
        """
        docs = list(docs)
        added = replaced = 0
        with self.transaction():
            known = self.known_hashes([d.hash for d in docs])
            stale = self._stored_ids([d.id for d in docs if d.hash not in known])
            if stale:
                self.forget_documents(stale)
            batch: dict[str, list[tuple]] = {t: [] for t in _DOC_TABLES}
            seen: set[str] = set()
            for d in docs:
                if d.hash in known or d.hash in seen or d.id in seen:
                    continue  # already stored, or repeated within this batch (first one wins)
                seen.update((d.hash, d.id))
                for table, rows in d.rows.items():
                    batch[table].extend(rows)
                added += 1
                replaced += d.id in stale
            for table in _DOC_TABLES:
                self.executemany(_insert_sql(table), batch[table])
        return added - replaced, replaced

    def _stored_ids(self, ids: Sequence[str]) -> set[str]:
        return {d for (d,) in self.query_in("SELECT id FROM documents WHERE id IN ({marks})", ids)}

    def forget_documents(self, doc_ids: Iterable[str]) -> None:
        """Delete documents with all their rows, and unlink every linked event they were in."""
        with self.transaction():
            for did in doc_ids:
                uids = [u for (u,) in self.query("SELECT uid FROM events WHERE doc_id = ?", (did,))]
                self.unlink(uids)
                for table in ("fatalities", "events", "claim_targets", "claims", "places",
                              "repairs", "documents"):
                    key = "id" if table == "documents" else "doc_id"
                    self.execute(f"DELETE FROM {table} WHERE {key} = ?", (did,))

    def unlink(self, uids: Iterable[str]) -> None:
        """Undo the linking of every event connected to ``uids``: all of them await `link` again."""
        nodes, _ = self.component(uids)
        clusters = {c for (c,) in self.query_in(
            "SELECT DISTINCT cluster FROM events WHERE uid IN ({marks})", sorted(nodes))}
        self.executemany("DELETE FROM links WHERE a = ?", [(u,) for u in sorted(nodes)])
        self.executemany("DELETE FROM contradictions WHERE cluster = ?",
                         [(c,) for c in sorted(clusters)])
        self.executemany("UPDATE events SET cluster = uid, linked = 0 WHERE uid = ?",
                         [(u,) for u in sorted(nodes)])

    def component(self, uids: Iterable[str]) -> tuple[set[str], set[tuple[str, str]]]:
        """The events connected to ``uids`` through ``links``, and those links (a < b)."""
        nodes = set(uids)
        edges: set[tuple[str, str]] = set()
        frontier = sorted(nodes)
        while frontier:
            found = self.query_in("SELECT a, b FROM links WHERE a IN ({marks})", frontier)
            found += self.query_in("SELECT a, b FROM links WHERE b IN ({marks})", frontier)
            edges.update((a, b) for a, b in found)
            fresh = {u for ab in found for u in ab} - nodes
            nodes |= fresh
            frontier = sorted(fresh)
        return nodes, edges

    def query_in(self, sql: str, values: Sequence[Any], size: int = 500) -> list[tuple]:
        """``sql`` with ``{marks}`` standing for an IN list, run over ``values`` in slices."""
        out: list[tuple] = []
        values = list(values)
        for i in range(0, len(values), size):
            part = values[i:i + size]
            out.extend(self.query(sql.format(marks=", ".join("?" * len(part))), part))
        return out

    def counts(self) -> dict[str, int]:
        return {t: self.scalar(f"SELECT COUNT(*) FROM {t}") for t in TABLES}

    def contract(self, doc_id: str) -> dict | None:
        raw = self.scalar("SELECT contract FROM documents WHERE id = ?", (doc_id,))
        return json.loads(raw) if raw else None

    def dump(self) -> dict[str, list[tuple]]:
        """Every table's rows in key order: two stores with equal dumps hold the same data."""
        out = {}
        for t in TABLES:
            out[t] = sorted(self.query(f"SELECT * FROM {t}"), key=repr)
        return out


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, script) of every migration, in order."""
    folder = resources.files("rasid.corpus") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.name, entry.read_text("utf-8")))
    return sorted(found)


def _statements(script: str) -> list[str]:
    """Split a migration into statements (no semicolons inside our statements' literals)."""
    lines = [ln.split("--", 1)[0] for ln in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def open_store(url: str | None = None) -> Store:
    return Store(url)
