"""`rasid ingest`: files of articles → analyze on every core (or a Dask cluster) → the store.

Shape of the job: the main process reads records (``readers``), drops the ones whose content
hash is stored already, sends chunks to the workers, and writes each analysed chunk in one
transaction as it comes back. Only the main process touches the database, so SQLite needs no
locking dance, and at most ``IN_FLIGHT × workers`` chunks are in flight, so memory does not grow with the
corpus. A bad record or an article that makes ``analyze`` fail is reported and skipped; it never
stops the batch.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path

from .._compiled import compiled_sources
from .readers import BadRecord, Record, format_of, iter_all, iter_files
from .store import DocRows, Store, doc_rows

CHUNK = 32  # articles per task: big enough to amortise pickling, small enough to balance
IN_FLIGHT = 4  # chunks per worker submitted ahead: results are written in order, so a worker
# that finishes early must find more work queued while the main process waits on an older chunk


def record_hash(rec: Record) -> str:
    """Content hash of everything analyze sees — the article and the analysis itself: the same
    article re-read hashes the same, and after rasid's code or lexicons change it is analysed
    again (the stored version is replaced) instead of keeping what an older rasid found."""
    key = [analysis_version(), rec.id, rec.text, rec.published, rec.source, rec.title, rec.url, rec.published_at]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def analysis_version() -> str:
    """A fingerprint of the code and data files ``analyze`` runs on (not the corpus, web or CLI)."""
    root = Path(__file__).resolve().parent.parent
    files = [*compiled_sources(root), root / "model.py"]  # sources, not the .so built from them
    files += sorted(f for f in (root / "data").rglob("*") if f.is_file())
    h = hashlib.sha256()
    for f in files:
        h.update(f.relative_to(root).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def analyze_record(rec: Record, h: str | None = None) -> DocRows | BadRecord:
    """One record → the store rows of its contract (or a bad record saying why analyze failed)."""
    from ..pipeline import analyze

    try:
        result = analyze(rec.text, id=rec.id, published=rec.published_at or rec.published, source=rec.source,
                         title=rec.title, url=rec.url)
        return doc_rows(result.to_dict(), original=rec.text, hash=h or record_hash(rec),
                        origin=rec.origin)
    except Exception as exc:  # one article must not stop the corpus
        reason = f"analysis failed: {type(exc).__name__}: {exc}"[:300]
        return BadRecord(rec.origin, reason, rec.id)


def warm_up() -> None:
    """Ready a fresh worker before it is given work (``pipeline.warm_up``): all workers load at
    once at start, instead of each one's first chunk paying it in turn."""
    from ..pipeline import warm_up as ready

    ready()


def analyze_chunk(chunk: Sequence[tuple[Record, str]]) -> list[DocRows | BadRecord]:
    """The unit of work a worker (process or Dask) runs."""
    return [analyze_record(rec, h) for rec, h in chunk]


KEEP_BAD = 1000  # bad records kept in the report; all are counted, and passed to ``on_bad``


@dataclass
class IngestReport:
    read: int = 0
    added: int = 0
    replaced: int = 0
    already: int = 0
    bad: list[BadRecord] = field(default_factory=list)  # the first KEEP_BAD of them
    reasons: Counter = field(default_factory=Counter)   # every bad record, by reason

    def add_bad(self, b: BadRecord) -> None:
        self.reasons[b.reason.split(":", 1)[0]] += 1
        if len(self.bad) < KEEP_BAD:
            self.bad.append(b)

    @property
    def n_bad(self) -> int:
        return sum(self.reasons.values())

    def as_dict(self) -> dict:
        return {"read": self.read, "added": self.added, "replaced": self.replaced,
                "already_stored": self.already, "bad": self.n_bad,
                "bad_by_reason": dict(sorted(self.reasons.items()))}


def count_records(paths: Iterable[str | os.PathLike]) -> int:
    """A quick upper bound on the number of records, for the progress bar's ETA."""
    total = 0
    for p in paths:
        if str(p) == "-":
            continue
        for f in iter_files(p):
            fmt, gz = format_of(f)
            try:
                if fmt == "jsonl":
                    with (gzip.open if gz else open)(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                elif fmt in ("txt", "html"):
                    total += 1
                else:  # json / csv: read them; they are small enough to be read whole anyway
                    total += sum(1 for _ in iter_all([f]))
            except (OSError, EOFError):
                total += 1
    return total


class _Local:
    """Runs chunks on a process pool (or inline with one worker)."""

    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self.pool = ProcessPoolExecutor(self.workers, initializer=warm_up) \
            if self.workers > 1 else None

    def submit(self, chunk):
        if self.pool is None:
            return _Done(analyze_chunk(chunk))
        return self.pool.submit(analyze_chunk, chunk)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


# A worker's own stack sampler (every 10 ms) and event-loop tick (every 20 ms) take the GIL from
# pure-Python tasks like analyze; nothing here reads those profiles. The scheduler (in this
# process for a LocalCluster) logs its last 1,000 transitions and events, and those keep the
# chunks they carried: the main process grew ~20 MiB per 1,000 articles (101 MiB at 2,000,
# 140 at 4,000, 219 at 8,000); the last 50 keep it flat (79 and 80 MiB at 2,000 and 6,000).
# A scheduler started elsewhere wants the same: DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH=50.
_QUIET = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
          "distributed.admin.low-level-log-length": 50}


class _Dask:
    """Runs chunks on a Dask cluster: the given scheduler, or a LocalCluster of ``workers``."""

    def __init__(self, address: str | None, workers: int):
        import dask
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        self._config = dask.config.set(_QUIET)  # for this run only (undone in close)
        if address:
            self.client = Client(address)
        else:  # the scheduler here and the workers started here read it
            self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                        processes=True, dashboard_address=None,
                                        silence_logs=logging.CRITICAL)
            self.client = Client(self.cluster, direct_to_workers=True)  # results not via the scheduler
        self.client.run(warm_up)  # every worker there now, in parallel
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def submit(self, chunk):
        return self.client.submit(analyze_chunk, chunk, pure=False)

    def close(self) -> None:
        # Heartbeats racing the shutdown log tracebacks that mean nothing: keep them quiet.
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self._config.__exit__(None, None, None)


def _chunks(it: Iterator, n: int) -> Iterator[list]:
    while chunk := list(islice(it, n)):
        yield chunk


def ingest(paths: Sequence[str | os.PathLike], store: Store, *, workers: int | None = None,
           dask: str | None = None, chunk: int = CHUNK,
           on_progress: Callable[[int], None] | None = None,
           on_bad: Callable[[BadRecord], None] | None = None) -> IngestReport:
    """Read, analyse and store every article under ``paths``; never raises on bad input.

    ``dask``: None for a local process pool; ``"local"`` (or ``""``) for a Dask LocalCluster;
    a scheduler address (``tcp://host:8786``) for an existing cluster.
    ``on_progress(n)`` is called with the number of records just finished.
    """
    workers = workers or os.cpu_count() or 1
    runner = _Dask(None if dask in ("", "local") else dask, workers) if dask is not None \
        else _Local(workers)
    report = IngestReport()
    step = on_progress or (lambda n: None)

    def bad(b: BadRecord) -> None:
        report.add_bad(b)
        if on_bad:
            on_bad(b)

    def finish(future) -> None:
        done = future.result()
        good = [o for o in done if not isinstance(o, BadRecord)]
        for o in done:
            if isinstance(o, BadRecord):
                bad(o)
        added, replaced = store.write_rows(good)
        report.added += added
        report.replaced += replaced
        report.already += len(good) - added - replaced  # raced with a duplicate in flight
        step(len(done))

    in_flight: deque = deque()
    try:
        for batch in _chunks(iter(iter_all(paths)), chunk):
            report.read += len(batch)
            todo = []
            for r in batch:
                if isinstance(r, BadRecord):
                    bad(r)
                else:
                    todo.append((r, record_hash(r)))
            known = store.known_hashes([h for _, h in todo])
            fresh = [(r, h) for r, h in todo if h not in known]
            report.already += len(todo) - len(fresh)
            step(len(batch) - len(fresh))
            if fresh:
                in_flight.append(runner.submit(fresh))
            while len(in_flight) >= IN_FLIGHT * runner.workers:
                finish(in_flight.popleft())
        while in_flight:
            finish(in_flight.popleft())
    finally:
        runner.close()
    return report


def bad_json(b: BadRecord) -> str:
    """One bad record as a JSON line (origin, id, reason), for ``--bad-log``."""
    return json.dumps({"origin": b.origin, "id": b.id, "reason": b.reason},
                      ensure_ascii=False) + "\n"
