"""A small store for the web tests: hand-written Arabic articles with hand-made contracts.

The contracts are written here (not extracted) so the web tests check the web app, whatever the
extraction stages currently find. Spans are computed from the texts, so they are always right.
Two articles report the same air strike with clashing figures, and one denies the other's claim,
so ``rasid link`` makes a linked event with both kinds of contradiction. One article carries
markup that must render as text.
"""
from __future__ import annotations

from pathlib import Path

from rasid.corpus.ingest import record_hash
from rasid.corpus.link import link
from rasid.corpus.readers import Record
from rasid.corpus.store import Store

XSS = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'

TEXT_A = ("أعلنت وزارة الدفاع الروسية اليوم أن طائراتها قصفت مواقع للمسلحين في بلدة سرمين بريف إدلب، "
          "ما أسفر عن مقتل 30 مسلحاً.\nوأضافت الوزارة أن الغارات استهدفت مستودعات للذخيرة.")
TEXT_B = ("نفى المتحدث باسم الجبهة الوطنية للتحرير ما ذكرته وزارة الدفاع الروسية عن قصف مواقع عسكرية، "
          "وقال إن القصف على بلدة سرمين أدى إلى مقتل 12 مدنياً بينهم أطفال.")
TEXT_C = ("قال مصدر محلي إن اشتباكات اندلعت قرب مدينة دير الزور " + XSS +
          " وأسفرت عن إصابة خمسة أشخاص.\nوذكر المصدر أن الاشتباكات توقفت مساءً.")
TEXT_D = "أفاد ناشطون بانفجار عبوة ناسفة في ريف حلب الشمالي أدى إلى مقتل 3 أشخاص."


def span(text: str, needle: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return [start, start + len(needle)]


def _doc(did: str, text: str, published: str, source: str, title: str) -> dict:
    return {"rasid": 1, "doc": {"id": did, "source": source, "url": None, "title": title,
                                "published": published, "language": "ar"},
            "text": text, "repairs": [], "places": [], "claims": [], "events": []}


def _place(pid: str, text: str, name_ar: str, name: str, lat: float, lon: float, admin1: str,
           admin2: str | None, admin3: str | None, precision: int) -> dict:
    return {"id": pid, "name": name, "name_ar": name_ar, "lat": lat, "lon": lon, "admin1": admin1,
            "admin2": admin2, "admin3": admin3, "geo_precision": precision, "gazetteer_id": None,
            "spans": [span(text, name_ar)], "kind": "point", "abroad": False}


def _claim(cid: str, text: str, stance: str, org: str, org_ar: str, cue: str, content: str,
           targets: list[dict] | None = None) -> dict:
    return {"id": cid, "speaker": {"name": None, "title": None, "role": None, "org": org, "org_ar": org_ar,
                                   "span": span(text, org_ar)},
            "cue": {"text": cue, "span": span(text, cue)}, "stance": stance,
            "content": {"text": content, "span": span(text, content)}, "targets": targets or []}


def _event(eid: str, text: str, etype: str, sub: str, date: str, place: str, actor1: str | None,
           actor2: str | None, figures: list[tuple[int, str, str | None, str, str | None, str]],
           claimed_by: list[str], evidence: str) -> dict:
    return {"id": eid, "event_type": etype, "sub_event_type": sub, "date": date, "time_precision": 1,
            "place": place, "actor1": actor1, "actor2": actor2, "assoc_actors": [],
            "fatalities": [{"count": n, "qualifier": "exact", "kind": kind, "victims": victims,
                            "claimed_by": by, "claim": claim, "span": span(text, figure)}
                           for n, kind, victims, by, claim, figure in figures],
            "claimed_by": claimed_by, "evidence": [span(text, evidence)]}


def contracts() -> list[tuple[dict, str]]:
    """(contract, original text) of the four sample articles."""
    a = _doc("web-a", TEXT_A, "2024-03-10", "Outlet A", "غارات على سرمين")
    a["places"] = [_place("p1", TEXT_A, "سرمين", "Sarmin", 35.9036, 36.7236, "Idlib", "Idleb", "Sarmin", 1)]
    a["claims"] = [_claim("c1", TEXT_A, "assert", "Russian Ministry of Defence", "وزارة الدفاع الروسية",
                          "أعلنت", "أن طائراتها قصفت مواقع للمسلحين")]
    a["events"] = [_event("e1", TEXT_A, "Explosions/Remote violence", "Air/drone strike", "2024-03-10", "p1",
                          "Military Forces of Russia", None,
                          [(30, "killed", None, "Russian Ministry of Defence", "c1", "30 مسلحاً")],
                          ["Russian Ministry of Defence"], "قصفت مواقع للمسلحين في بلدة سرمين")]
    b = _doc("web-b", TEXT_B, "2024-03-10", "Outlet B", "نفي رواية القصف")
    b["places"] = [_place("p1", TEXT_B, "سرمين", "Sarmin", 35.9036, 36.7236, "Idlib", "Idleb", "Sarmin", 1)]
    b["claims"] = [_claim("c1", TEXT_B, "deny", "National Liberation Front", "الجبهة الوطنية للتحرير", "نفى",
                          "ما ذكرته وزارة الدفاع الروسية عن قصف مواقع عسكرية",
                          [{"org": "Russian Ministry of Defence", "claim": None}]),
                   _claim("c2", TEXT_B, "assert", "National Liberation Front", "الجبهة الوطنية للتحرير", "وقال",
                          "إن القصف على بلدة سرمين أدى إلى مقتل 12 مدنياً")]
    b["events"] = [_event("e1", TEXT_B, "Explosions/Remote violence", "Air/drone strike", "2024-03-10", "p1",
                          "Military Forces of Russia", None,
                          [(12, "killed", None, "National Liberation Front", "c2", "12 مدنياً")],
                          ["National Liberation Front"], "القصف على بلدة سرمين")]
    c = _doc("web-xss", TEXT_C, "2024-04-02", "Outlet C", "اشتباكات " + XSS)
    c["places"] = [_place("p1", TEXT_C, "دير الزور", "Deir ez-Zor", 35.3359, 40.1408, "Deir-ez-Zor",
                          "Deir-ez-Zor", None, 2)]
    c["claims"] = [_claim("c1", TEXT_C, "assert", "unnamed sources", "مصدر محلي", "قال",
                          "إن اشتباكات اندلعت قرب مدينة دير الزور " + XSS)]
    c["events"] = [_event("e1", TEXT_C, "Battles", "Armed clash", "2024-04-02", "p1", None, None,
                          [(5, "injured", None, "unnamed sources", "c1", "إصابة خمسة أشخاص")],
                          ["unnamed sources"], "اشتباكات اندلعت")]
    d = _doc("web-d", TEXT_D, "2023-11-20", "Outlet A", "انفجار في ريف حلب")
    d["places"] = [_place("p1", TEXT_D, "ريف حلب الشمالي", "Aleppo countryside", 36.45, 37.1, "Aleppo",
                          None, None, 3)]
    d["events"] = [_event("e1", TEXT_D, "Explosions/Remote violence", "Remote explosive/landmine/IED",
                          "2023-11-20", "p1", None, None, [(3, "killed", None, "activists", None, "3 أشخاص")],
                          ["activists"], "انفجار عبوة ناسفة")]
    return [(a, TEXT_A), (b, TEXT_B), (c, TEXT_C), (d, TEXT_D)]


def build_store(path: Path | str, extra: list[tuple[dict, str]] = ()) -> str:
    """A store at ``path`` (SQLite file or PostgreSQL URL) with the sample articles (and ``extra``
    ones), linked. → its URL."""
    url = str(path)
    with Store(url) as st:
        items = []
        for contract, text in [*contracts(), *extra]:
            doc = contract["doc"]
            rec = Record(id=doc["id"], text=text, published=doc["published"], source=doc["source"],
                         title=doc["title"])
            items.append((contract, text, record_hash(rec), "tests"))
        st.write_documents(items)
        link(st)
    return url
