"""Ingest: bad records reported never fatal, idempotent, kill -9 safe, Dask = local."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasid.cli import app
from rasid.corpus.export import export
from rasid.corpus.ingest import count_records, ingest, record_hash
from rasid.corpus.link import link
from rasid.corpus.readers import Record
from rasid.corpus.store import Store

TOWNS = ["سرمين", "أريحا", "معرة النعمان", "جسر الشغور", "كفرنبل", "خان شيخون"]
TEMPLATE = ("قصفت طائرات حربية بلدة {town} في ريف إدلب الجنوبي أمس، ما أدى إلى مقتل {n} "
            "مدنيين وإصابة آخرين، بحسب ما أفاد الدفاع المدني. وقال المرصد السوري لحقوق الإنسان "
            "إن عدد القتلى بلغ {m} أشخاص، فيما نفت وزارة الدفاع الروسية ذلك. (رقم {i})")


def articles(n: int, prefix: str = "t") -> list[dict]:
    return [{"id": f"{prefix}{i:04d}", "source": f"site{i % 3}.example",
             "published": f"2024-03-{10 + i % 3:02d}",
             "text": TEMPLATE.format(town=TOWNS[i % len(TOWNS)], n=2 + i % 4, m=3 + i % 5, i=i)}
            for i in range(n)]


def write_corpus(path, n: int, *, bad: bool = True) -> int:
    lines = [json.dumps(a, ensure_ascii=False) for a in articles(n)]
    if bad:
        lines[1:1] = ["{oops", json.dumps({"id": "en", "text": "An English article."}),
                      json.dumps({"id": "blank", "text": " "})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def test_ingest_bad_records_and_idempotent(db_url, tmp_path):
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 12)
    (tmp_path / "one.txt").write_text(TEMPLATE.format(town="سرمين", n=1, m=2, i=99),
                                      encoding="utf-8")
    paths = [str(corpus), str(tmp_path / "one.txt")]
    assert count_records(paths) == 16
    with Store(db_url) as s:
        rep = ingest(paths, s, workers=1, chunk=5)
        assert (rep.read, rep.added, rep.already) == (16, 13, 0)
        assert rep.reasons == {"not JSON": 1, "not Arabic": 1, "empty": 1}
        assert {b.origin.rsplit(":", 1)[-1] for b in rep.bad} == {"2", "3", "4"}
        assert s.counts()["documents"] == 13
        before = s.dump()
        again = ingest(paths, s, workers=1, chunk=5)
        assert (again.added, again.replaced, again.already) == (0, 0, 13)
        assert s.dump() == before
        # the stored contract is analyze's, and the hash is the record's
        doc = s.contract("t0003")
        assert doc["doc"]["published"] == "2024-03-10" and doc["doc"]["source"] == "site0.example"
        rec = Record(id="t0003", text=articles(4)[3]["text"], published="2024-03-10",
                     source="site0.example")
        assert s.scalar("SELECT hash FROM documents WHERE id = 't0003'") == record_hash(rec)


def test_a_changed_rasid_analyses_stored_articles_again(tmp_path, monkeypatch):
    """Re-ingesting is a no-op for the same rasid; after its code or lexicons change, every
    article is analysed again and replaces its older version."""
    import rasid.corpus.ingest as ingest_module

    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 6, bad=False)
    with Store(str(tmp_path / "s.db")) as s:
        assert ingest([str(corpus)], s, workers=1).added == 6
        assert ingest([str(corpus)], s, workers=1).already == 6
        monkeypatch.setattr(ingest_module, "analysis_version", lambda: "a later rasid")
        rep = ingest([str(corpus)], s, workers=1)
        assert (rep.added, rep.replaced, rep.already) == (0, 6, 0)
        assert s.counts()["documents"] == 6


def test_analysis_version_follows_the_lexicons(tmp_path, monkeypatch):
    """The fingerprint reads the data files: an edited lexicon is a new analysis."""
    import shutil

    import rasid
    from rasid.corpus.ingest import analysis_version

    copy = tmp_path / "rasid"
    shutil.copytree(Path(rasid.__file__).parent, copy)
    analysis_version.cache_clear()
    monkeypatch.setattr("rasid.corpus.ingest.__file__", str(copy / "corpus" / "ingest.py"))
    first = analysis_version()
    analysis_version.cache_clear()
    with (copy / "data" / "actors.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Test body\tهيئة الاختبار\tother\tadded by a test\n")
    try:
        assert analysis_version() != first
    finally:
        analysis_version.cache_clear()


def test_analysis_failure_is_a_bad_record(tmp_path, monkeypatch):
    from rasid import pipeline

    real = pipeline.analyze

    def flaky(text, **kw):
        if kw["id"] == "t0002":
            raise ValueError("boom")
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "analyze", flaky)
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 5, bad=False)
    with Store(str(tmp_path / "x.db")) as s:
        rep = ingest([str(corpus)], s, workers=1)
        assert rep.added == 4 and [b.reason for b in rep.bad] == ["analysis failed: ValueError: boom"]


def test_pool_equals_inline(tmp_path):
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 30)
    dumps = []
    for workers in (1, 2):
        with Store(str(tmp_path / f"w{workers}.db")) as s:
            ingest([str(corpus)], s, workers=workers, chunk=4)
            dumps.append(s.dump())
    assert dumps[0] == dumps[1] and len(dumps[0]["documents"]) == 30


def _count(db: str) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as c:
            return c.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_kill9_mid_ingest_then_restart_equals_clean_run(tmp_path):
    n = 300
    corpus = tmp_path / "big.jsonl"
    write_corpus(corpus, n, bad=False)
    killed_db = str(tmp_path / "killed.db")
    cmd = [sys.executable, "-m", "rasid", "ingest", str(corpus), "--db", killed_db, "--workers",
           "1", "--chunk", "3", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        stored = _count(killed_db)
        if stored >= 30:
            break
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(killed_db)
    assert 0 < stored < n, "the ingest was not interrupted halfway"
    with Store(killed_db) as s:  # whole documents only: each stored one has all its events
        per_doc = dict(s.query("SELECT doc_id, COUNT(*) FROM events GROUP BY doc_id"))
        for doc_id, contract in s.query("SELECT id, contract FROM documents"):
            assert per_doc.get(doc_id, 0) == len(json.loads(contract)["events"])
        rep = ingest([str(corpus)], s, workers=1, chunk=50)
        assert rep.already >= stored and rep.added == n - rep.already
        resumed = s.dump()
    with Store(str(tmp_path / "clean.db")) as s:
        ingest([str(corpus)], s, workers=1, chunk=50)
        assert s.dump() == resumed


def _exports(store: Store) -> dict[str, str]:
    import io

    out = {}
    for fmt in ("acled-csv", "jsonl", "geojson"):
        buf = io.StringIO()
        export(store, fmt, buf)
        out[fmt] = buf.getvalue()
    return out


def _local_and(mode: str, tmp_path, n: int) -> list[tuple]:
    """Ingest + link of one corpus locally and with ``dask=mode``: (dump, exports) of each."""
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, n)
    results = []
    for k, dask in enumerate((None, mode)):
        with Store(str(tmp_path / f"run{k}.db")) as s:
            rep = ingest([str(corpus)], s, workers=2, dask=dask, chunk=4)
            assert rep.added == n and len(rep.bad) == 3
            link(s)
            results.append((s.dump(), _exports(s)))
    return results


def test_dask_run_equals_local_run(tmp_path):
    pytest.importorskip("dask.distributed")
    local, dask = _local_and("local", tmp_path, 24)
    assert local == dask
    assert local[1]["acled-csv"].count("\n") > 1


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_dask_scheduler_address_equals_local_run(tmp_path):
    """The multi-machine path: a scheduler and workers started as their own processes (as on
    other machines), reached by address, write the same store as a local run."""
    distributed = pytest.importorskip("dask.distributed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    dask_cli = [sys.executable, "-m", "dask"]
    procs = [subprocess.Popen([*dask_cli, "scheduler", "--host", "127.0.0.1",
                               "--port", address.rsplit(":", 1)[1], "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        procs.append(subprocess.Popen([*dask_cli, "worker", address, "--nworkers", "2",
                                       "--nthreads", "1", "--no-dashboard"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        with distributed.Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        local, dask = _local_and(address, tmp_path, 12)
        assert local == dask
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            p.wait(timeout=30)


def test_cli_ingest_link_export(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 6)
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(corpus), "--workers", "1", "--bad-log", "bad.jsonl",
                              "--link"])
    assert res.exit_code == 0, res.output
    assert "not Arabic" in res.output and "added" in res.output
    assert (tmp_path / "rasid.db").exists()
    bad = [json.loads(l) for l in (tmp_path / "bad.jsonl").read_text().splitlines()]
    assert sorted(b["reason"] for b in bad) == ["empty", "not Arabic", "not JSON"]
    res = runner.invoke(app, ["ingest", str(corpus), "-q"])
    assert res.exit_code == 0 and "already stored" in res.output
    res = runner.invoke(app, ["link"])
    assert res.exit_code == 0 and "compared: 0" in res.output
    res = runner.invoke(app, ["export", "--format", "acled-csv", "-o", "out.csv"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").startswith("event_id_cnty,event_date")
    res = runner.invoke(app, ["export", "--format", "parquet"])
    assert res.exit_code != 0
