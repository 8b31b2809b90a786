"""Repair throughput and prepare (repair + boilerplate + segmentation) articles/s on one core.

Each figure is reported as a ratio to a plain ``re.sub`` pass over the same texts measured in
the same run, so the numbers compare across machines:

    .venv/bin/python bench/bench_repair.py [CORPUS.jsonl.gz] [--rounds 5]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from pathlib import Path

from rasid.model import DocMeta
from rasid.pipeline import analyze
from rasid.text.prepare import prepare
from rasid.text.repair import find_repairs

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/almayadeen_syria_2023_2024.jsonl.gz"
_BASELINE = re.compile("\u0640+")


def best_of(rounds: int, fn, texts: list[str]) -> float:
    """Fastest of ``rounds`` passes (seconds): the least disturbed by other load."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    with gzip.open(a.corpus, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    meta = DocMeta(id="bench")
    base = best_of(a.rounds, lambda t: _BASELINE.sub("", t), texts)
    rep = best_of(a.rounds, find_repairs, texts)
    prep = best_of(a.rounds, lambda t: prepare(t, meta), texts)
    full = best_of(max(1, a.rounds // 2), analyze, texts)
    n = len(texts)
    print(f"corpus: {n} articles, {mb:.2f} MB")
    print(f"re.sub baseline : {mb / base:8.1f} MB/s   {n / base:9.0f} articles/s")
    print(f"repair          : {mb / rep:8.1f} MB/s   {n / rep:9.0f} articles/s   ratio to re.sub {base / rep:.4f}")
    print(f"prepare         : {mb / prep:8.1f} MB/s   {n / prep:9.0f} articles/s   ratio to re.sub {base / prep:.4f}")
    print(f"analyze (full)  : {mb / full:8.1f} MB/s   {n / full:9.0f} articles/s   ratio to re.sub {base / full:.4f}")


if __name__ == "__main__":
    main()
