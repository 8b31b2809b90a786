"""Corpus benchmarks: analyze speed on one core, ingest at 1,000 vs 10,000 articles (time and
peak memory), Dask with 2 workers vs 1.

    .venv/bin/python bench/bench_ingest.py                 # everything, default sizes
    .venv/bin/python bench/bench_ingest.py --only analyze  # one part: analyze | ingest | dask

analyze runs the compiled build when there is one (``setup.py``), and then the same measurement
in a pure Python child (``RASID_PURE_PYTHON=1``) for the speed-up of compiling.

The corpus is the shared Al Mayadeen file replicated with new ids (``<id>-r<k>``) into a
temporary directory, never into the repository. Each ingest runs in a fresh subprocess, so its
peak memory (ru_maxrss of the main process, and of the largest worker) is its own. Figures are
printed, not asserted: timings depend on the machine and its load.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "almayadeen_syria_2023_2024.jsonl.gz"
SEED = SHARED / "examples" / "seed.txt"


def replicate(n: int, folder: Path) -> Path:
    """``n`` articles: the shared corpus again and again, each copy with new ids."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        base = [json.loads(line) for line in fh if line.strip()]
    out = folder / f"corpus_{n}.jsonl.gz"
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=1) as fh:
        for i in range(n):
            art = dict(base[i % len(base)])
            art["id"] = f"{art['id']}-r{i // len(base)}"
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    return out


def _rate(fn, items: list, seconds: float) -> tuple[int, float]:
    """Calls of ``fn`` over ``items`` (cycling) for about ``seconds``: (calls, seconds taken)."""
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        fn(*items[n % len(items)])
        n += 1
    return n, time.perf_counter() - t0


def _word_count(text: str, _pub: str) -> Counter:
    """The baseline: a plain pure-Python pass over the same text (its words counted)."""
    return Counter(re.findall(r"\w+", text))


def seed_variants(seed: str, n: int = 64) -> list[str]:
    """``n`` different texts that read as the seed: one to five extra spaces after one of its
    sentence or clause ends. The stages share per-document work through caches keyed by the
    text (``extract/numbers.py``); the same text analysed again would find its work done and
    time less than a new article costs, so the seed run cycles more texts than a cache holds."""
    ends = [m.end() for m in re.finditer(r"[.،] ", seed)]
    variants = [seed[:i] + " " * k + seed[i:] for k in range(1, 6) for i in ends]
    return variants[:n]


LONG_COPIES = 50  # the "long" set: one article made of this many seed variants (~105,000 chars)


def analyze_sets() -> dict[str, list[tuple[str, str]]]:
    """(text, published) of each analyze set: seed variants, the first 200 corpus articles,
    long articles (``LONG_COPIES`` seed variants each)."""
    seeds = seed_variants(SEED.read_text(encoding="utf-8"))
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        real = [json.loads(line) for _, line in zip(range(200), fh)]
    longs = ["\n\n".join(seeds[(k + j) % len(seeds)] for j in range(LONG_COPIES)) for k in range(len(seeds))]
    return {"seed": [(seed, "2020-01-23") for seed in seeds],
            "corpus": [(a["text"], a["published"][:10]) for a in real],
            "long": [(text, "2020-01-23") for text in longs]}


def bench_analyze(seconds: float = 5.0) -> dict:
    """Articles per second on one core: the seed article (as distinct texts, see
    ``seed_variants``), real corpus articles, and long articles (``LONG_COPIES`` seed variants
    in one text). Each with a baseline in the same process (a word count of the same texts), as
    a machine-free ratio."""
    from rasid import analyze
    from rasid.pipeline import warm_up

    sets = analyze_sets()
    warm_up()  # as `rasid analyze` and every ingest worker do: tables loaded, then frozen out of gc
    out = {}
    for name, texts in sets.items():
        n, dt = _rate(lambda t, p: analyze(t, id="b", published=p), texts, seconds)
        nb, dtb = _rate(_word_count, texts, seconds / 5)
        ms, base_ms = 1000 * dt / n, 1000 * dtb / nb
        out[name] = {"articles": n, "seconds": round(dt, 2), "articles_per_s": round(n / dt, 1),
                     "ms_per_article": round(ms, 3), "baseline_word_count_ms": round(base_ms, 4),
                     "ratio_to_baseline": round(ms / base_ms, 1),
                     "mean_chars": round(sum(len(t) for t, _ in texts) / len(texts))}
    # A long article costs its length: per seed-size stretch, the same time as the seed alone
    # (a ratio well above 1 means some stage grows faster than the text).
    out["long"]["ms_per_seed_stretch"] = round(out["long"]["ms_per_article"] / LONG_COPIES, 3)
    out["long"]["vs_seed"] = round(out["long"]["ms_per_seed_stretch"] / out["seed"]["ms_per_article"], 3)
    return out


def run_ingest(path: Path, db: Path, workers: int, dask: str | None, dask_workers: int) -> dict:
    """One ingest in a fresh interpreter; → seconds and peak memory."""
    code = (
        "import json, resource, sys, time\n"
        "from rasid.corpus.ingest import ingest\n"
        "from rasid.corpus.store import Store\n"
        f"t = time.perf_counter()\n"
        f"with Store({str(db)!r}) as s:\n"
        f"    rep = ingest([{str(path)!r}], s, workers={workers}, dask={dask!r})\n"
        "dt = time.perf_counter() - t\n"
        "me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps({'seconds': round(dt, 2), 'added': rep.added, 'bad': len(rep.bad),\n"
        "                  'peak_main_mib': round(me / 1024, 1),\n"
        "                  'peak_worker_mib': round(kids / 1024, 1)}))\n")
    if dask is not None:  # a LocalCluster with exactly dask_workers processes
        code = code.replace(f"workers={workers}", f"workers={dask_workers}")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=False)
    if res.returncode:
        raise SystemExit(res.stderr[-3000:])
    out = json.loads(res.stdout.strip().splitlines()[-1])
    out["articles_per_s"] = round(out["added"] / out["seconds"], 1)
    return out


def bench_dask(n: int, tmp: Path) -> dict:
    """Dask LocalCluster, 1 worker vs 2, each ingesting ``n`` and ``2n`` articles.

    The end-to-end ratio at ``n`` includes starting the cluster and its workers, a fixed cost;
    the marginal ratio (the extra ``n`` articles of the ``2n`` run) is the throughput the
    cluster sustains once it runs, which is what a large corpus sees."""
    paths = {k: replicate(k, tmp) for k in (n, 2 * n)}
    runs = {(w, k): run_ingest(paths[k], tmp / f"dask{w}_{k}.db", w, "local", w)
            for w in (1, 2) for k in (n, 2 * n)}
    marginal = {w: runs[w, 2 * n]["seconds"] - runs[w, n]["seconds"] for w in (1, 2)}
    return {"articles": [n, 2 * n],
            **{f"{w}_worker{'s' * (w > 1)}": {str(k): runs[w, k] for k in (n, 2 * n)} for w in (1, 2)},
            "speedup_end_to_end": round(runs[1, n]["seconds"] / runs[2, n]["seconds"], 3),
            "speedup_marginal": round(marginal[1] / marginal[2], 3)}


def compare_pure(compiled: dict, seconds: float) -> dict:
    """The same analyze measurement in a child running the pure Python copy (RASID_PURE_PYTHON=1):
    how many times faster the compiled build is, set by set."""
    child = subprocess.run([sys.executable, __file__, "--only", "analyze", "--no-pure", "--seconds", str(seconds)],
                           env={**os.environ, "RASID_PURE_PYTHON": "1"}, capture_output=True, text=True, check=True)
    pure = json.loads(child.stdout.splitlines()[0])["analyze_one_core"]
    out = {name: {"pure_articles_per_s": pure[name]["articles_per_s"],
                  "speedup": round(pure[name]["ms_per_article"] / compiled[name]["ms_per_article"], 3)}
           for name in ("seed", "corpus")}
    print(json.dumps({"compiled_vs_pure": out}), flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", choices=("analyze", "ingest", "dask"))
    ap.add_argument("--small", type=int, default=1000, help="articles, small ingest")
    ap.add_argument("--large", type=int, default=10000, help="articles, large ingest")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--dask-articles", type=int, default=1000, help="n: runs of n and 2n")
    ap.add_argument("--seconds", type=float, default=5.0, help="analyze: time per measurement")
    ap.add_argument("--no-pure", action="store_true", help="analyze: skip the pure Python run")
    args = ap.parse_args()
    report: dict = {"cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="rasid-bench-") as tmp:
        tmp = Path(tmp)
        if args.only in (None, "analyze"):
            import rasid
            report["analyze_one_core"] = {"compiled": rasid.COMPILED, **bench_analyze(args.seconds)}
            print(json.dumps({"analyze_one_core": report["analyze_one_core"]}), flush=True)
            if rasid.COMPILED and not args.no_pure:
                report["analyze_one_core"]["compiled_vs_pure"] = compare_pure(report["analyze_one_core"], args.seconds)
        if args.only in (None, "ingest"):
            runs = {}
            for n in (args.small, args.large):
                runs[n] = run_ingest(replicate(n, tmp), tmp / f"ingest_{n}.db", args.workers,
                                     None, 0)
                print(json.dumps({f"ingest_{n}": runs[n]}), flush=True)
            small, large = runs[args.small], runs[args.large]
            report["ingest"] = {
                "workers": args.workers, **{str(n): r for n, r in runs.items()},
                "peak_main_ratio": round(large["peak_main_mib"] / small["peak_main_mib"], 3),
                "peak_worker_ratio": round(large["peak_worker_mib"] / small["peak_worker_mib"], 3)}
        if args.only in (None, "dask"):
            report["dask"] = bench_dask(args.dask_articles, tmp)
            print(json.dumps({"dask": report["dask"]}), flush=True)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
