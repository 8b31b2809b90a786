#!/usr/bin/env python3
"""Geocoding time per seed-size article, as a ratio to the repair stage, measured in one run.

    .venv/bin/python bench/bench_places.py [--runs 200]

Times ``rasid.text.prepare.prepare`` (repair, boilerplate, segmentation) and
``rasid.geo.places.find_places`` on ``../shared/examples/seed.txt`` (or a built-in Arabic
paragraph of the same size when that file is absent), after a warm-up so that one-off loading
(gazetteer, automaton: built, or read from the user cache) is reported separately. The
document fold is counted in the places time although, in the pipeline, later stages reuse it.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rasid.extract.numbers import fold_indexed
from rasid.geo.gazetteer import entries
from rasid.geo.matcher import _index
from rasid.geo.places import find_places
from rasid.model import DocMeta
from rasid.text.prepare import prepare

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "seed.txt"
FALLBACK = ("قصفت الطائرات مواقع في بلدة سرمدا بريف إدلب الشمالي، وتواصلت الاشتباكات على محور "
            "جبل الزاوية وفي سهل الغاب بريف حماة الغربي، بينما استهدفت المقاومة قاعدة التنف. ") * 16


def bench(runs: int = 200) -> dict[str, float]:
    text = SEED.read_text("utf-8") if SEED.exists() else FALLBACK
    t0 = time.perf_counter()
    entries()
    _index()
    load_ms = (time.perf_counter() - t0) * 1000
    meta = DocMeta(id="bench")
    doc = prepare(text, meta)
    find_places(doc)  # warm-up
    prep, geo = [], []
    for _ in range(runs):
        t = time.perf_counter()
        doc = prepare(text, meta)
        prep.append(time.perf_counter() - t)
        fold_indexed.cache_clear()  # count the document fold (shared with later stages in a pipeline)
        t = time.perf_counter()
        find_places(doc)
        geo.append(time.perf_counter() - t)
    p, g = statistics.median(prep) * 1000, statistics.median(geo) * 1000
    return {"chars": len(text), "load_ms": load_ms, "prepare_ms": p, "places_ms": g, "ratio": g / p}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=200)
    r = bench(ap.parse_args().runs)
    print(f"article {r['chars']} chars; one-off load {r['load_ms']:.0f} ms")
    print(f"prepare {r['prepare_ms']:.3f} ms  find_places {r['places_ms']:.3f} ms  "
          f"ratio places/prepare {r['ratio']:.2f}")


if __name__ == "__main__":
    main()
