# Vendored verbatim from the project's shared/eval/score.py (the scorer the team is judged by), so
# `rasid eval` scores with exactly the same matching. Do not edit here: re-copy when it changes.
"""Score rasid output against gold annotations (see ../spec/ANNOTATION.md).

    python3 score.py GOLD.jsonl SYSTEM.jsonl [--json] [--min field=F1 ...] [--per-doc]

GOLD.jsonl: one gold object per line (keyed by "id").
SYSTEM.jsonl: one rasid output object per line (contract v1, keyed by doc.id).
Prints precision / recall / F1 per field, micro-averaged over documents, and accuracies of
secondary attributes over matched items. Standard library only.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata

SYRIA_BBOX = (32.0, 37.6, 35.4, 42.6)  # lat_min, lat_max, lon_min, lon_max (generous)
FIELDS = ("repairs", "places", "claims", "casualties", "events")

_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_INVISIBLE = re.compile(r"[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]")


def norm_ar(s: str | None) -> str:
    """Normalise Arabic for comparison: no tatweel/diacritics/invisibles, unified letters."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s)
    s = _INVISIBLE.sub("", _DIACRITICS.sub("", s))
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def norm_name(s: str | None) -> str:
    """Canonical English names: case, spacing and spelling variants."""
    if not s:
        return ""
    s = s.casefold().replace("defense", "defence").replace("-", " ")
    s = re.sub(r"^the\s+", "", s)
    return " ".join(s.split())


def repair_key(original: str, repaired: str) -> tuple[str, str]:
    """An obfuscated word as written (no surrounding punctuation) and its repair (no diacritics)."""
    strip = "\"'“”«»()[]{}.,،;؛:!?؟ \n\t"
    return original.strip(strip), _DIACRITICS.sub("", repaired.replace("ـ", "")).strip(strip)


def tokens_ar(s: str | None) -> set[str]:
    return {t[2:] if t.startswith("ال") and len(t) > 4 else t for t in norm_ar(s).split()}


def km(a_lat, a_lon, b_lat, b_lon) -> float:
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def in_syria(p: dict) -> bool:
    lat, lon = p.get("lat"), p.get("lon")
    if lat is None or lon is None:
        return bool(p.get("admin1"))
    return SYRIA_BBOX[0] <= lat <= SYRIA_BBOX[1] and SYRIA_BBOX[2] <= lon <= SYRIA_BBOX[3]


def place_match(g: dict, s: dict) -> bool:
    """Points within 5 km; areas within 30 km and in the same governorate; or equal names."""
    if g.get("lat") is not None and s.get("lat") is not None and s.get("lon") is not None:
        d = km(g["lat"], g["lon"], s["lat"], s["lon"])
        if g.get("kind", "point") == "point":
            if d <= 5.0:
                return True
        elif d <= 30.0 and (not g.get("admin1") or not s.get("admin1") or norm_name(g["admin1"]) == norm_name(s["admin1"])):
            return True
    gn = norm_ar(g.get("name_ar") or g.get("name"))
    return bool(gn) and gn in {norm_ar(s.get("name_ar")), norm_ar(s.get("name"))}


def org_ar_match(a: str | None, b: str | None) -> bool:
    """The shorter Arabic name's words all occur in the longer one (ال stripped)."""
    ta, tb = tokens_ar(a), tokens_ar(b)
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta


def speaker_match(g: dict, s: dict) -> bool:
    if g.get("org") and norm_name(g["org"]) == norm_name(s.get("org")):
        return True
    if org_ar_match(g.get("org_ar"), s.get("org_ar")):
        return True
    return bool(tokens_ar(g.get("speaker")) & tokens_ar(s.get("speaker")))


# --- turning system output into comparable items -------------------------------------------

def system_items(out: dict) -> dict[str, list[dict]]:
    places = {p.get("id"): p for p in out.get("places") or []}
    items: dict[str, list[dict]] = {f: [] for f in FIELDS}
    items["repairs"] = [{"pair": repair_key(r.get("original") or "", r.get("repaired") or "")}
                        for r in out.get("repairs") or []]
    items["places"] = [p for p in places.values() if in_syria(p)]
    for c in out.get("claims") or []:
        sp = c.get("speaker") or {}
        items["claims"].append({"speaker": sp.get("name"), "org": sp.get("org"), "org_ar": sp.get("org_ar"),
                                "stance": c.get("stance"),
                                "targets": [norm_name(t.get("org")) for t in c.get("targets") or []]})
    for e in out.get("events") or []:
        place = places.get(e.get("place")) or {}
        items["events"].append({**e, "_place": place})
        for f in e.get("fatalities") or []:
            items["casualties"].append(f)
    return items


def gold_items(gold: dict) -> dict[str, list[dict]]:
    places = gold.get("places") or []
    by_name = {norm_ar(p.get("name_ar")): p for p in places}
    items = {f: list(gold.get(f) or []) for f in FIELDS}
    items["repairs"] = [{"pair": repair_key(*r)} for r in gold.get("repairs") or []]
    items["events"] = [{**e, "_place": by_name.get(norm_ar(e.get("place")), {"name_ar": e.get("place")})}
                       for e in gold.get("events") or []]
    return items


# --- matching ----------------------------------------------------------------------------------

def dedupe(items: list[dict], key) -> list[dict]:
    seen, kept = set(), []
    for it in items:
        k = key(it)
        if k not in seen:
            seen.add(k)
            kept.append(it)
    return kept


KEYS = {
    "repairs": lambda x: x["pair"],
    "places": lambda x: (norm_ar(x.get("name_ar") or x.get("name")), x.get("lat"), x.get("lon")),
    "claims": lambda x: (norm_name(x.get("org")) or norm_ar(x.get("org_ar")), norm_ar(x.get("speaker")), x.get("stance")),
    "casualties": lambda x: (x.get("count"), x.get("kind")),
    "events": lambda x: (x.get("event_type"), norm_ar(x["_place"].get("name_ar") or x["_place"].get("name")),
                         x["_place"].get("lat")),
}


def matches(field: str, g: dict, s: dict) -> bool:
    if field == "repairs":
        return g["pair"] == s["pair"]
    if field == "places":
        return place_match(g, s)
    if field == "claims":
        return g.get("stance") == s.get("stance") and speaker_match(g, s)
    if field == "casualties":
        return g.get("count") == s.get("count") and g.get("kind") == s.get("kind")
    if field == "events":
        return g.get("event_type") == s.get("event_type") and place_match(g["_place"], s["_place"])
    raise ValueError(field)


def align(field: str, gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one alignment, gold items with fewest candidates first."""
    cands = [(g, [i for i, s in enumerate(system) if matches(field, g, s)]) for g in gold]
    used, pairs = set(), []
    for g, idx in sorted(cands, key=lambda c: len(c[1])):
        free = [i for i in idx if i not in used]
        if free:
            used.add(free[0])
            pairs.append((g, system[free[0]]))
    return pairs


SECONDARY = {
    "events": {
        "sub_event_type": lambda g, s: g.get("sub_event_type") == s.get("sub_event_type"),
        "date": lambda g, s: g.get("date") == s.get("date"),
        "actors": lambda g, s: {norm_name(g.get("actor1")), norm_name(g.get("actor2"))} - {""}
        <= {norm_name(s.get("actor1")), norm_name(s.get("actor2"))} | {norm_name(a) for a in s.get("assoc_actors") or []},
    },
    "claims": {
        "target": lambda g, s: not g.get("target") or norm_name(g["target"]) in s.get("targets", []),
    },
    "casualties": {
        "qualifier": lambda g, s: g.get("qualifier") == s.get("qualifier"),
        "claimed_by": lambda g, s: norm_name(g.get("claimed_by")) == norm_name(s.get("claimed_by")),
        "victims": lambda g, s: norm_name(g.get("victims")) == norm_name(s.get("victims")),
    },
}


def score(gold_docs: dict[str, dict], sys_docs: dict[str, dict], per_doc: bool = False) -> dict:
    totals = {f: {"tp": 0, "fp": 0, "fn": 0} for f in FIELDS}
    secondary = {f"{f}.{a}": [0, 0] for f, attrs in SECONDARY.items() for a in attrs}
    docs = {}
    missing = [d for d in gold_docs if d not in sys_docs]
    for doc_id, gold in gold_docs.items():
        g_items = gold_items(gold)
        s_items = system_items(sys_docs.get(doc_id, {}))
        row = {}
        for f in FIELDS:
            g = dedupe(g_items[f], KEYS[f])
            s = dedupe(s_items[f], KEYS[f])
            pairs = align(f, g, s)
            tp, fp, fn = len(pairs), len(s) - len(pairs), len(g) - len(pairs)
            for k, v in zip(("tp", "fp", "fn"), (tp, fp, fn)):
                totals[f][k] += v
            row[f] = (tp, fp, fn)
            for attr, ok in SECONDARY.get(f, {}).items():
                for gi, si in pairs:
                    secondary[f"{f}.{attr}"][0] += bool(ok(gi, si))
                    secondary[f"{f}.{attr}"][1] += 1
        docs[doc_id] = row
    result = {"documents": len(gold_docs), "missing_outputs": missing, "fields": {}, "secondary": {}}
    f1s = []
    for f, t in totals.items():
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
        r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        result["fields"][f] = {**t, "precision": p, "recall": r, "f1": f1}
        f1s.append(f1)
    result["fields"]["mean_f1"] = sum(f1s) / len(f1s)
    for k, (ok, n) in secondary.items():
        result["secondary"][k] = {"correct": ok, "of": n, "accuracy": ok / n if n else None}
    if per_doc:
        result["per_doc"] = docs
    return result


def load_jsonl(path: str, key) -> dict[str, dict]:
    docs = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    sys.exit(f"{path}:{n}: not JSON ({exc})")
                docs[str(key(obj))] = obj
    return docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--per-doc", action="store_true", help="include per-document (tp, fp, fn)")
    ap.add_argument("--min", action="append", default=[], metavar="FIELD=F1",
                    help="exit 1 unless FIELD's F1 (or mean_f1) reaches the value")
    a = ap.parse_args(argv)
    gold = load_jsonl(a.gold, lambda o: o["id"])
    system = load_jsonl(a.system, lambda o: (o.get("doc") or {}).get("id"))
    res = score(gold, system, a.per_doc)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        print(f"documents: {res['documents']}  without output: {len(res['missing_outputs'])}")
        print(f"{'field':<12}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn")
        for f in FIELDS:
            m = res["fields"][f]
            print(f"{f:<12}{m['precision']:7.3f}{m['recall']:7.3f}{m['f1']:7.3f}   {m['tp']}/{m['fp']}/{m['fn']}")
        for k, v in res["secondary"].items():
            acc = "n/a" if v["accuracy"] is None else f"{v['accuracy']:.3f}"
            print(f"  {k:<24}{acc:>7}  ({v['correct']}/{v['of']})")
        if a.per_doc:
            for d, row in res["per_doc"].items():
                print(d, " ".join(f"{f}={tp}/{fp}/{fn}" for f, (tp, fp, fn) in row.items()))
        print(f"mean_f1 {res['fields']['mean_f1']:.3f}")
    failed = []
    for spec in a.min:
        field, _, value = spec.partition("=")
        got = res["fields"]["mean_f1"] if field == "mean_f1" else res["fields"][field]["f1"]
        if got < float(value):
            failed.append(f"{field} {got:.3f} < {value}")
    if failed:
        print("below minimum: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
