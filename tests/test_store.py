"""The store: one schema on SQLite and PostgreSQL, idempotent writes, whole documents only."""
from __future__ import annotations

import json

import pytest

from rasid import analyze
from rasid.corpus.store import TABLES, Store, migrations, rows_for, sqlite_path

AR = ("قال المرصد السوري لحقوق الإنسان إن غارة جوية استهدفت بلدة سرمين في ريف إدلب "
      "الشرقي أمس، ما أدى إلى مقتل أربعة مدنيين وإصابة سبعة آخرين.")


def _full(contract):
    places = [{"id": "p1", "name": "Sarmin", "name_ar": "سرمين", "lat": 35.9, "lon": 36.72,
               "admin1": "Idlib", "admin2": "Idlib", "admin3": "Sarmin"}]
    claims = [{"id": "c1", "stance": "assert", "org": "Syrian Observatory for Human Rights",
               "org_ar": "المرصد السوري لحقوق الإنسان"},
              {"id": "c2", "stance": "deny", "org": "Russian Ministry of Defence",
               "targets": [{"org": "Syrian Observatory for Human Rights", "claim": "c1"}]}]
    events = [{"id": "e1", "event_type": "Explosions/Remote violence",
               "sub_event_type": "Air/drone strike", "place": "p1", "actor1": "Russian forces",
               "actor2": "Civilians", "assoc_actors": ["Syrian government forces"],
               "claimed_by": ["Syrian Observatory for Human Rights"],
               "fatalities": [{"count": 4, "victims": "Civilians", "claim": "c1",
                               "claimed_by": "Syrian Observatory for Human Rights"},
                              {"count": 7, "kind": "injured", "victims": "Civilians"}]}]
    c = contract("d1", "2024-03-10", places=places, claims=claims, events=events, text=AR)
    c["repairs"] = [{"span": [4, 9], "original": "المـرصد", "repaired": "المرصد",
                     "kind": "tatweel"}]
    return c


def test_rows_for_fills_every_table(contract):
    rows = rows_for(_full(contract), original=AR, hash="h", origin="f.jsonl:1")
    assert {t: len(r) for t, r in rows.items()} == {
        "documents": 1, "repairs": 1, "places": 1, "claims": 2, "claim_targets": 1,
        "events": 1, "fatalities": 2}
    ev = rows["events"][0]
    assert ev[0] == "d1#e1" and ev[7] == "2024-03-10" and ev[-2:] == ("d1#e1", 0)


def test_schema_and_plain_sql(db_url, contract):
    with Store(db_url) as s:
        assert s.write_documents([(_full(contract), AR, "h1", "f.jsonl:1")]) == (1, 0)
        assert set(s.counts()) == set(TABLES)
        assert s.counts()["fatalities"] == 2
        # the queries a researcher writes
        assert s.query("SELECT e.uid, p.admin1, f.count, f.claimed_by FROM events e "
                       "JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id "
                       "JOIN fatalities f ON f.event_uid = e.uid WHERE f.kind = 'killed'") == [
            ("d1#e1", "Idlib", 4, "Syrian Observatory for Human Rights")]
        assert s.query("SELECT c.speaker_org, t.org, t.target_claim FROM claims c "
                       "JOIN claim_targets t ON t.doc_id = c.doc_id AND t.claim_id = c.id") == [
            ("Russian Ministry of Defence", "Syrian Observatory for Human Rights", "c1")]
        lat, lon = s.query("SELECT lat, lon FROM places")[0]
        assert (lat, lon) == (35.9, 36.72)
        assert s.contract("d1") == _full(contract)
        assert s.scalar("SELECT substr(original, 1, 3) FROM documents") == AR[:3]
        assert s.scalar("SELECT MAX(version) FROM schema_migrations") == migrations()[-1][0]


def test_idempotent_and_replacing(db_url, contract):
    with Store(db_url) as s:
        c = _full(contract)
        s.write_documents([(c, AR, "h1", "x")])
        before = s.dump()
        assert s.write_documents([(c, AR, "h1", "x"), (c, AR, "h1", "x")]) == (0, 0)
        assert s.dump() == before
        # a new version (other hash, same id) replaces every row of the old one
        c2 = contract("d1", "2024-03-11", text=AR)
        assert s.write_documents([(c2, AR, "h2", "x")]) == (0, 1)
        counts = s.counts()
        assert counts["documents"] == 1 and counts["events"] == 0 and counts["claims"] == 0
        assert s.scalar("SELECT published FROM documents") == "2024-03-11"


def test_reopen_keeps_data_and_migrations_run_once(db_url, contract):
    with Store(db_url) as s:
        s.write_documents([(_full(contract), AR, "h1", "x")])
    with Store(db_url) as s:
        assert s.counts()["documents"] == 1
        assert s.scalar("SELECT COUNT(*) FROM schema_migrations") == len(migrations())


def test_transaction_is_all_or_nothing(db_url, contract):
    with Store(db_url) as s:
        with pytest.raises(RuntimeError), s.transaction():
            s.write_documents([(_full(contract), AR, "h1", "x")])
            raise RuntimeError("killed")
        assert s.counts()["documents"] == 0 and s.counts()["events"] == 0


def test_real_analyze_output_roundtrips(db_url):
    result = analyze(AR, id="real-1", published="2024-03-10", source="example.net")
    with Store(db_url) as s:
        s.write_documents([(result.to_dict(), AR, "hr", "x")])
        assert s.contract("real-1") == json.loads(result.to_json())
        assert s.scalar("SELECT COUNT(*) FROM events") == len(result.events)
        assert s.scalar("SELECT COUNT(*) FROM places") == len(result.places)


def test_sqlite_defaults(tmp_path, monkeypatch):
    assert sqlite_path(None) == "rasid.db"
    assert sqlite_path("sqlite:///x/y.db") == "x/y.db"
    monkeypatch.chdir(tmp_path)
    with Store() as s:
        assert s.scalar("PRAGMA journal_mode") == "wal"
    assert (tmp_path / "rasid.db").exists()


def test_sqlite_and_postgres_hold_the_same(tmp_path, pg_url, contract):
    dumps = []
    for url in (str(tmp_path / "a.db"), pg_url):
        with Store(url) as s:
            s.write_documents([(_full(contract), AR, "h1", "x"),
                               (contract("d2", "2024-01-01", text=AR), AR, "h2", "y")])
            dumps.append(s.dump())
    assert dumps[0] == dumps[1]
