"""Linking reports of one event across articles, and the contradictions inside a linked event.

Contracts are built by hand (conftest.make_contract) so each rule is tested deterministically,
whatever the extraction stages produce today. Runs on SQLite, and on PostgreSQL when available.
"""
from __future__ import annotations

import json

import pytest

from rasid.corpus.link import Ev, figures_clash, km, link, partition, same_event
from rasid.corpus.store import Store

IDLIB = {"id": "p1", "name": "Idlib", "name_ar": "إدلب", "lat": 35.93, "lon": 36.63,
         "admin1": "Idlib", "admin3": "Idlib"}
SARMIN = {"id": "p1", "name": "Sarmin", "name_ar": "سرمين", "lat": 35.90, "lon": 36.72,
          "admin1": "Idlib", "admin3": "Sarmin"}            # ~9 km from Idlib city
ARIHA = {"id": "p1", "name": "Ariha", "name_ar": "أريحا", "lat": 35.81, "lon": 36.61,
         "admin1": "Idlib", "admin3": "Ariha"}              # ~13 km from Idlib city
ALEPPO = {"id": "p1", "name": "Aleppo", "name_ar": "حلب", "lat": 36.20, "lon": 37.16,
          "admin1": "Aleppo", "admin3": "Jebel Saman"}
STRIKE = "Explosions/Remote violence"


def put(store: Store, *contracts, version: str = "v1") -> None:
    store.write_documents([(c, "نص أصلي للخبر " * 5, f"{c['doc']['id']}-{version}", "test")
                           for c in contracts])


def strike(contract, doc_id, place, day="2024-03-10", **event):
    ev = {"id": "e1", "event_type": STRIKE, "sub_event_type": "Air/drone strike", "place": "p1",
          "date": day, "actor1": "Russian forces", **event}
    return contract(doc_id, day, places=[place], events=[ev], claims=event.pop("claims", []))


def clusters(store: Store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for uid, cl in store.query("SELECT uid, cluster FROM events ORDER BY uid"):
        out.setdefault(cl, []).append(uid)
    return {k: v for k, v in out.items() if len(v) > 1}


def test_same_event_rules():
    def ev(uid, doc, lat=35.93, lon=36.63, day="2024-03-10", admin3=None, actors=(), t=STRIKE):
        return Ev(uid, doc, t, day, lat, lon, admin3, frozenset(actors), uid, 0)
    a = ev("a#e1", "a")
    assert same_event(a, ev("b#e1", "b", lat=35.90, lon=36.72)) == {"days": 0, "km": 8.8}
    assert same_event(a, ev("b#e1", "b", lat=35.81, lon=36.61)) is None          # 13 km
    assert same_event(a, ev("b#e1", "b", day="2024-03-11")) is not None          # a day later
    assert same_event(a, ev("b#e1", "b", day="2024-03-12")) is None              # two days
    assert same_event(a, ev("a#e2", "a")) is None                                # same article
    assert same_event(a, ev("b#e1", "b", t="Battles")) is None
    # far apart but the same sub-district (areas with rough centres)
    far = ev("b#e1", "b", lat=36.5, lon=37.5, admin3="ariha")
    assert same_event(ev("a#e1", "a", admin3="ariha"), far)["same_admin3"] is True
    # no coordinates and no sub-district: cannot tell, not linked
    assert same_event(ev("a#e1", "a", lat=None, lon=None), ev("b#e1", "b")) is None
    # actors: one side silent is compatible; disjoint sets are not
    x = ev("a#e1", "a", actors={"russian forces"})
    assert same_event(x, ev("b#e1", "b")) is not None
    assert same_event(x, ev("b#e1", "b", actors={"russian forces", "hayat tahrir al-sham"}))
    assert same_event(x, ev("b#e1", "b", actors={"turkish forces"})) is None
    assert round(km(35.93, 36.63, 36.20, 37.16), 0) == 56


def test_figures_clash_rule():
    f = lambda c, q="exact", k="killed", v=None: {"count": c, "qualifier": q, "kind": k, "victims": v}
    assert figures_clash(f(5), f(9))
    assert not figures_clash(f(5), f(5))
    assert not figures_clash(f(5, "at_least"), f(9))        # "more than 5" and 9 agree
    assert figures_clash(f(9, "at_least"), f(5))
    assert not figures_clash(f(10, "about"), f(11))
    assert not figures_clash(f(None, "vague"), f(3))
    assert not figures_clash(f(5), f(9, k="injured"))
    assert not figures_clash(f(5, v="Civilians"), f(9, v="Syrian government forces"))
    assert figures_clash(f(5, v="Civilians"), f(9))          # unnamed victims: comparable


def test_link_and_contradictions(db_url, contract):
    a = strike(contract, "a", IDLIB, fatalities=[
        {"count": 5, "kind": "killed", "victims": "Civilians",
         "claimed_by": "Syria Civil Defence (White Helmets)", "claim": "c1"}],
        claimed_by=["Syria Civil Defence (White Helmets)"],
        claims=[{"id": "c1", "stance": "assert", "org": "Syria Civil Defence (White Helmets)"}])
    b = strike(contract, "b", SARMIN, day="2024-03-11", fatalities=[
        {"count": 9, "kind": "killed", "claimed_by": "Syrian Observatory for Human Rights"}],
        claims=[{"id": "c1", "stance": "deny", "org": "Russian Ministry of Defence",
                 "targets": [{"org": "Syria Civil Defence (White Helmets)"}]}])
    c = strike(contract, "c", ALEPPO)                                   # elsewhere
    d = strike(contract, "d", IDLIB, day="2024-03-13")                  # later
    with Store(db_url) as s:
        put(s, a, b, c, d)
        rep = link(s)
        assert rep.compared == 4 and rep.new_links == 1 and rep.linked_events == 1
        assert clusters(s) == {"a#e1": ["a#e1", "b#e1"]}
        (la, lb, kind, detail), = s.query("SELECT a, b, kind, detail FROM links")
        assert (la, lb, kind) == ("a#e1", "b#e1", "same_event")
        assert json.loads(detail) == {"days": 1, "km": 8.8}
        got = {(k, x, y) for k, x, y in s.query("SELECT kind, a, b FROM contradictions")}
        assert got == {("figures", "a#e1/f1", "b#e1/f1"), ("denial", "b#c1", "a#c1")}
        detail = json.loads(s.scalar("SELECT detail FROM contradictions WHERE kind = 'figures'"))
        assert (detail["a"]["count"], detail["b"]["count"]) == (5, 9)
        # plain SQL over the store: every source's figure for the linked event
        figs = s.query("SELECT f.doc_id, f.count, f.claimed_by FROM fatalities f JOIN events e "
                       "ON e.uid = f.event_uid WHERE e.cluster = ? ORDER BY f.doc_id", ("a#e1",))
        assert figs == [("a", 5, "Syria Civil Defence (White Helmets)"),
                        ("b", 9, "Syrian Observatory for Human Rights")]
        # running again compares nothing new and changes nothing
        before = s.dump()
        assert link(s).compared == 0
        assert s.dump() == before


def test_incremental_equals_one_pass(db_url, contract, tmp_path):
    """A new article links to what is there; arrival order does not change the result."""
    docs = [strike(contract, "a", IDLIB), strike(contract, "b", ARIHA),   # a, b 13 km apart
            strike(contract, "c", {**SARMIN, "lat": 35.87, "lon": 36.62}),  # near both: bridges
            strike(contract, "d", ALEPPO)]
    with Store(db_url) as s:
        put(s, docs[1])
        link(s)
        put(s, docs[0])
        link(s)
        assert clusters(s) == {}                   # a and b alone are too far apart
        put(s, docs[3], docs[2])
        rep = link(s)
        # c is near both a and b, but a and b are not one event: c joins the first leader, a
        assert s.query("SELECT a, b FROM links ORDER BY a, b") == [("a#e1", "c#e1"),
                                                                   ("b#e1", "c#e1")]
        assert clusters(s) == {"a#e1": ["a#e1", "c#e1"]}
        assert rep.linked_events == 1
        inc = {t: s.dump()[t] for t in ("events", "links", "contradictions")}
    with Store(str(tmp_path / "one.db")) as s:
        put(s, *docs)
        link(s)
        one = {t: s.dump()[t] for t in ("events", "links", "contradictions")}
        rebuilt = link(s, rebuild=True)
        assert rebuilt.compared == 4
        assert {t: s.dump()[t] for t in one} == one
    assert inc == one


def test_replaced_article_is_relinked(db_url, contract):
    with Store(db_url) as s:
        put(s, strike(contract, "a", IDLIB), strike(contract, "b", SARMIN))
        link(s)
        assert clusters(s) == {"a#e1": ["a#e1", "b#e1"]}
        # a new version of "a" moves the event to Aleppo: the old link must go
        put(s, strike(contract, "a", ALEPPO), version="v2")
        assert s.scalar("SELECT COUNT(*) FROM links") == 0
        assert s.scalar("SELECT COUNT(*) FROM events WHERE linked = 0") == 2
        link(s)
        assert clusters(s) == {}


def test_events_without_date_or_place_stay_alone(db_url, contract):
    a = contract("a", None, events=[{"id": "e1", "event_type": STRIKE, "place": None,
                                     "date": None}])
    b = strike(contract, "b", IDLIB)
    c = contract("c", "2024-03-10", events=[{"id": "e1", "event_type": STRIKE, "place": None}])
    with Store(db_url) as s:
        put(s, a, b, c)
        rep = link(s)
        assert rep.compared == 3 and rep.new_links == 0 and clusters(s) == {}


@pytest.mark.parametrize("qualifier,count,clash", [("exact", 7, True), ("at_least", 3, False)])
def test_figure_contradiction_needs_disjoint_ranges(tmp_path, contract, qualifier, count, clash):
    a = strike(contract, "a", IDLIB, fatalities=[{"count": 4}])
    b = strike(contract, "b", IDLIB, fatalities=[{"count": count, "qualifier": qualifier}])
    with Store(str(tmp_path / "x.db")) as s:
        put(s, a, b)
        assert link(s).contradictions == int(clash)


def test_a_part_beside_the_total_is_no_contradiction(tmp_path, contract):
    """One article gives the total (6 wounded) and a part (1 more wounded); another the total:
    they agree. A third that says only 2 contradicts each figure of theirs."""
    total = strike(contract, "a", IDLIB, fatalities=[{"count": 6, "kind": "injured"}])
    parts = strike(contract, "b", IDLIB, fatalities=[{"count": 1, "kind": "injured"},
                                                     {"count": 6, "kind": "injured"}])
    other = strike(contract, "c", IDLIB, fatalities=[{"count": 2, "kind": "injured"}])
    with Store(str(tmp_path / "x.db")) as s:
        put(s, total, parts)
        assert link(s).contradictions == 0
        put(s, other)
        link(s)
        got = sorted((a, b) for a, b in s.query("SELECT a, b FROM contradictions"))
        assert got == [("a#e1/f1", "c#e1/f1"), ("b#e1/f1", "c#e1/f1"), ("b#e1/f2", "c#e1/f1")]


def test_partition_cuts_chains():
    """Day-after-day reports near each other do not snowball into one event."""
    day = {"a": "2024-03-10", "b": "2024-03-11", "c": "2024-03-12", "d": "2024-03-13",
           "x": "2024-03-10"}
    chain = {("a", "b"), ("b", "c"), ("c", "d"), ("a", "x")}
    assert partition(sorted(day), chain, day) == [["a", "x", "b"], ["c", "d"]]
    # the same component in any order gives the same groups
    assert partition(["d", "c", "x", "b", "a"], chain, day) == [["a", "x", "b"], ["c", "d"]]
