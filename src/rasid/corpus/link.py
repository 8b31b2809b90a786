"""`rasid link`: the same event told by several articles → one linked event; and where they clash.

Two events from different documents report the same event when they have the same event type,
their days are at most one apart, their places are within 10 km of each other or in the same
sub-district (admin3), and their actors are compatible (one side names none, or they share one).
The pairs are kept in ``links``; linked events are cut from the connected components of that
graph by ``partition`` (leader clustering, so chains of pairs do not snowball). Components do not
depend on the order articles arrive in, which is what makes linking incremental: only events not
yet compared (``events.linked = 0``) are compared with everything stored, the components they
touch are re-partitioned, and the result equals a from-scratch run. A linked event's id is its
smallest member uid (``doc_id#e1``): the same documents always give the same ids.

Contradictions are looked for inside each linked event, between different documents:
  * ``denial``: a claim with stance ``deny`` whose target organisation is a claimant of another
    document's report of the event (its ``claimed_by``, a figure's ``claimed_by``, or a claim
    that organisation makes there);
  * ``figures``: two figures of the same kind for compatible victims whose ranges do not meet
    (exact n is [n, n], at_least n is [n, ∞), about n is [0.8n, 1.2n]; vague figures never clash),
    when neither document also tells a figure agreeing with the other's: an article that gives
    "a contractor killed and another wounded, besides 6 soldiers wounded" tells a part (1
    wounded) next to the total (6) and contradicts no source that says 6.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ..text.normalize import fold
from .store import Store

MAX_KM = 10.0
MAX_DAYS = 1
NON_ACTORS = {"outlet", "unnamed sources"}  # who tells, not who acts


@dataclass
class Ev:
    """What linking needs to know about one stored event."""

    uid: str
    doc_id: str
    event_type: str
    day: str | None
    lat: float | None
    lon: float | None
    admin3: str | None
    actors: frozenset[str]
    cluster: str
    linked: int


_EVENT_SQL = """
SELECT e.uid, e.doc_id, e.event_type, e.day, p.lat, p.lon, p.admin3,
       e.actor1, e.actor2, e.assoc_actors, e.cluster, e.linked
FROM events e LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
"""


def norm(name: str | None) -> str:
    """Comparable form of an actor/organisation/place name (case, Arabic spelling variants)."""
    return " ".join(fold(name or "").casefold().split())


def _ev(row: tuple) -> Ev:
    uid, doc_id, etype, day, lat, lon, admin3, a1, a2, assoc, cluster, linked = row
    actors = {norm(a) for a in (a1, a2, *json.loads(assoc or "[]")) if a}
    return Ev(uid, doc_id, etype, day, lat, lon, norm(admin3) or None,
              frozenset(actors - NON_ACTORS - {""}), cluster, linked)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def same_event(a: Ev, b: Ev, max_km: float = MAX_KM, max_days: int = MAX_DAYS) -> dict | None:
    """Why ``a`` and ``b`` report the same event (the link's detail), or None when they don't."""
    if a.doc_id == b.doc_id or a.event_type != b.event_type or not a.day or not b.day:
        return None
    try:
        days = _days_apart(a.day, b.day)
    except ValueError:
        return None
    if days > max_days:
        return None
    detail: dict = {"days": days}
    near = False
    if None not in (a.lat, a.lon, b.lat, b.lon):
        d = km(a.lat, a.lon, b.lat, b.lon)
        detail["km"] = round(d, 1)
        near = d <= max_km
    if a.admin3 and a.admin3 == b.admin3:
        detail["same_admin3"] = True
        near = True
    if not near:
        return None
    if a.actors and b.actors and not (a.actors & b.actors):
        return None
    return detail


@dataclass
class LinkReport:
    compared: int = 0         # events compared this run (those not linked before)
    new_links: int = 0        # same-event pairs found this run
    linked_events: int = 0    # linked events (2+ reports) in the store after the run
    contradictions: int = 0   # contradictions in the store after the run

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def partition(nodes: list[str], edges: set[tuple[str, str]], day: dict[str, str]
              ) -> list[list[str]]:
    """Split one connected component into linked events, deterministically.

    Single linkage alone chains (a strike today near one that was near one yesterday...), so a
    component is cut by leader clustering: take members by (day, uid); each joins the first
    group whose leader it is linked to directly, else leads a new group. Every member is then
    within a day and 10 km of its leader. The result depends only on the component, never on
    the order articles arrived in.
    """
    groups: list[list[str]] = []
    for uid in sorted(nodes, key=lambda u: (day.get(u, ""), u)):
        for g in groups:
            if (min(g[0], uid), max(g[0], uid)) in edges:
                g.append(uid)
                break
        else:
            groups.append([uid])
    return groups


def _window(day: str, days: int) -> tuple[str, str]:
    d = date.fromisoformat(day[:10])
    return (d - timedelta(days=days)).isoformat(), (d + timedelta(days=days)).isoformat() + "~"


def link(store: Store, *, rebuild: bool = False, max_km: float = MAX_KM,
         max_days: int = MAX_DAYS) -> LinkReport:
    """Link every event not yet compared to the stored events; refresh the touched clusters."""
    report = LinkReport()
    with store.transaction():
        if rebuild:
            store.execute("DELETE FROM links")
            store.execute("DELETE FROM contradictions")
            store.execute("UPDATE events SET cluster = uid, linked = 0")
        new = [_ev(r) for r in store.query(_EVENT_SQL + " WHERE e.linked = 0 ORDER BY e.uid")]
        report.compared = len(new)
        pairs: dict[tuple[str, str], dict] = {}
        by_key: dict[tuple[str, str], list[Ev]] = defaultdict(list)
        for e in new:
            if e.day:
                by_key[(e.event_type, e.day[:10])].append(e)
        for (etype, day), events in sorted(by_key.items()):
            try:
                lo, hi = _window(day, max_days)
            except ValueError:
                continue
            candidates = [_ev(r) for r in store.query(
                _EVENT_SQL + " WHERE e.event_type = ? AND e.day >= ? AND e.day <= ?",
                (etype, lo, hi))]
            for e in events:
                for c in candidates:
                    detail = same_event(e, c, max_km, max_days)
                    if detail is not None:
                        pairs[(min(e.uid, c.uid), max(e.uid, c.uid))] = detail
        store.executemany("INSERT INTO links (a, b, kind, detail) VALUES (?, ?, 'same_event', ?) "
                          "ON CONFLICT DO NOTHING",
                          [(a, b, json.dumps(d, sort_keys=True)) for (a, b), d in sorted(pairs.items())])
        report.new_links = len(pairs)
        # Re-partition every component (of the same-event graph) that the new events touch.
        nodes, edges = store.component({e.uid for e in new} | {u for ab in pairs for u in ab})
        info = {uid: (day or "", cl) for uid, day, cl in store.query_in(
            "SELECT uid, day, cluster FROM events WHERE uid IN ({marks})", sorted(nodes))}
        old_clusters = {cl for _, cl in info.values()}
        for cl in sorted(old_clusters):
            store.execute("DELETE FROM contradictions WHERE cluster = ?", (cl,))
        groups = partition(sorted(nodes), edges, {u: d for u, (d, _) in info.items()})
        store.executemany("UPDATE events SET cluster = ? WHERE uid = ?",
                          [(min(g), u) for g in groups for u in sorted(g)])
        store.executemany("UPDATE events SET linked = 1 WHERE uid = ?", [(e.uid,) for e in new])
        for g in groups:
            if len(g) > 1:
                root = min(g)
                store.executemany(
                    "INSERT INTO contradictions (cluster, kind, a, b, detail) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    [(root, *c) for c in find_contradictions(store, root)])
        report.linked_events = store.scalar(
            "SELECT COUNT(*) FROM (SELECT cluster FROM events GROUP BY cluster "
            "HAVING COUNT(DISTINCT doc_id) > 1) t")
        report.contradictions = store.scalar("SELECT COUNT(*) FROM contradictions")
    return report


# ---------------------------------------------------------------- contradictions

def _range(count: int, qualifier: str) -> tuple[float, float] | None:
    if count is None or qualifier == "vague":
        return None
    if qualifier == "at_least":
        return (count, math.inf)
    if qualifier == "about":
        return (math.floor(0.8 * count), math.ceil(1.2 * count))
    return (count, count)


def _comparable(a: dict, b: dict) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The ranges of two figures that speak of the same thing (kind, compatible victims)."""
    if a["kind"] != b["kind"]:
        return None
    va, vb = norm(a["victims"]), norm(b["victims"])
    if va and vb and va != vb:
        return None
    ra, rb = _range(a["count"], a["qualifier"]), _range(b["count"], b["qualifier"])
    return None if ra is None or rb is None else (ra, rb)


def _meeting(a: dict, b: dict) -> bool | None:
    """Whether the ranges of two comparable figures meet; None when they are not comparable."""
    ranges = _comparable(a, b)
    if ranges is None:
        return None
    (a0, a1), (b0, b1) = ranges
    return not (a1 < b0 or b1 < a0)


def figures_clash(a: dict, b: dict) -> bool:
    """Two figures of one event disagree: same kind, compatible victims, disjoint ranges."""
    return _meeting(a, b) is False


def figures_agree(a: dict, b: dict) -> bool:
    """Two figures of one event tell the same number: comparable, and their ranges meet."""
    return _meeting(a, b) is True


def _figure(f: dict) -> dict:
    return {k: f[k] for k in ("count", "qualifier", "kind", "victims", "claimed_by")}


def find_contradictions(store: Store, cluster: str) -> list[tuple[str, str, str, str]]:
    """(kind, a, b, detail JSON) for one linked event; pure reads, deterministic order."""
    events = store.query_dicts("SELECT uid, doc_id, id, claimed_by FROM events WHERE cluster = ? "
                               "ORDER BY uid", (cluster,))
    if len({e["doc_id"] for e in events}) < 2:
        return []
    figs = store.query_dicts(
        "SELECT f.event_uid, f.doc_id, f.n, f.count, f.qualifier, f.kind, f.victims, f.claimed_by, "
        "f.claim_id FROM fatalities f JOIN events e ON e.uid = f.event_uid WHERE e.cluster = ? "
        "ORDER BY f.event_uid, f.n", (cluster,))
    out: list[tuple[str, str, str, str]] = []
    # (b) conflicting figures, across documents that do not also tell each other's figure
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for f in figs:
        by_doc[f["doc_id"]].append(f)

    def told(f: dict, doc_id: str) -> bool:
        return any(figures_agree(f, g) for g in by_doc[doc_id])

    for i, fa in enumerate(figs):
        for fb in figs[i + 1:]:
            if fa["doc_id"] != fb["doc_id"] and figures_clash(fa, fb) \
                    and not told(fa, fb["doc_id"]) and not told(fb, fa["doc_id"]):
                ra, rb = f"{fa['event_uid']}/f{fa['n']}", f"{fb['event_uid']}/f{fb['n']}"
                detail = {"kind": fa["kind"], "a": _figure(fa), "b": _figure(fb)}
                out.append(("figures", ra, rb, json.dumps(detail, ensure_ascii=False,
                                                          sort_keys=True)))
    # (a) denials answering another document's claimant of this event
    doc_ids = sorted({e["doc_id"] for e in events})
    claimants: dict[str, dict[str, str]] = defaultdict(dict)  # doc → norm(org) → ref
    for e in events:
        for org in json.loads(e["claimed_by"] or "[]"):
            claimants[e["doc_id"]].setdefault(norm(org), e["uid"])
    for f in figs:
        if f["claimed_by"]:
            ref = f"{f['doc_id']}#{f['claim_id']}" if f["claim_id"] else f["event_uid"]
            claimants[f["doc_id"]].setdefault(norm(f["claimed_by"]), ref)
    marks = ", ".join("?" * len(doc_ids))
    claims = store.query_dicts(
        f"SELECT doc_id, id, speaker_org, stance FROM claims WHERE doc_id IN ({marks}) "
        f"ORDER BY doc_id, id", doc_ids)
    said: dict[str, dict[str, str]] = defaultdict(dict)
    for c in claims:
        if c["speaker_org"] and c["stance"] != "deny":
            said[c["doc_id"]].setdefault(norm(c["speaker_org"]), f"{c['doc_id']}#{c['id']}")
    denials = store.query_dicts(
        f"SELECT c.doc_id, c.id, c.speaker_org, t.org FROM claims c JOIN claim_targets t "
        f"ON t.doc_id = c.doc_id AND t.claim_id = c.id WHERE c.stance = 'deny' "
        f"AND c.doc_id IN ({marks}) ORDER BY c.doc_id, c.id, t.n", doc_ids)
    for d in denials:
        target = norm(d["org"])
        if not target or target == norm(d["speaker_org"]):
            continue
        for other in doc_ids:
            if other == d["doc_id"] or target not in claimants[other]:
                continue
            ref = said[other].get(target, claimants[other][target])
            detail = {"denier": d["speaker_org"], "target_org": d["org"]}
            out.append(("denial", f"{d['doc_id']}#{d['id']}", ref,
                        json.dumps(detail, ensure_ascii=False, sort_keys=True)))
    return out
