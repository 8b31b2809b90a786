"""analyze speed of two builds, run in turns: A B A B …, each run a fresh process doing the
analyze loop of ``bench_ingest.py`` (seed variants, then corpus articles) for a few seconds.
The ratio is taken pair by pair and its median quoted: pairing keeps it meaningful on a machine
whose speed drifts during the call, which a single run of each cannot.

    .venv/bin/python bench/compare_analyze.py --b-pure             # compiled vs pure Python
    .venv/bin/python bench/compare_analyze.py --b-src ../old/src   # this checkout vs another one
    .venv/bin/python bench/compare_analyze.py --b-python /usr/bin/python3   # another interpreter
    .venv/bin/python bench/compare_analyze.py --b-src ../old/src --instructions   # under valgrind

``--instructions`` counts the instructions one article takes instead of timing it (valgrind's
cachegrind, no cache simulation; a run with no articles is subtracted): slow, but the same
figure however busy the machine is, so a 1 % change shows where timings on a shared machine
cannot see 5 %. Instructions are not time (cache misses, branch mispredictions): quote timed
ratios as the result and use counts to steer.

A is this checkout's ``src`` (compiled when built); B is another ``src`` directory (built in
place, ``setup.py build_ext --inplace``, to compare compiled builds), this one in pure Python, or
this one under another CPython of the same ABI (same compiled modules and installed packages:
how much the interpreter's own build, e.g. with or without PGO, changes analyze).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("seed", "corpus")

_ONE_RUN = """
import json, sys
sys.path.insert(0, {bench!r})
import bench_ingest as b
from rasid import COMPILED, analyze
from rasid.pipeline import warm_up
warm_up()
texts = b.analyze_sets()
out = {{"compiled": COMPILED}}
for name in {sets!r}:
    n, dt = b._rate(lambda t, p: analyze(t, id="b", published=p), texts[name], {seconds})
    out[name] = 1000 * dt / n
print(json.dumps(out))
"""


_COUNT_RUN = """
import sys
sys.path.insert(0, {bench!r})
import bench_ingest as b
from rasid import analyze
from rasid.pipeline import warm_up
warm_up()
texts = b.analyze_sets()[{name!r}]
for _ in range({passes}):
    for t, p in texts:
        analyze(t, id="b", published=p)
print(len(texts))
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _env(src: Path, pure: bool, python: str | None) -> dict[str, str]:
    """The environment of a run of ``src``; ``python``: another interpreter, given this
    environment's installed packages."""
    env = {k: v for k, v in os.environ.items() if k != "RASID_PURE_PYTHON"}
    env["PYTHONPATH"] = os.pathsep.join([str(src)] + ([sysconfig.get_paths()["purelib"]] if python else []))
    if pure:
        env["RASID_PURE_PYTHON"] = "1"
    return env


def one_run(src: Path, seconds: float, pure: bool, python: str | None = None) -> dict:
    """One timed analyze run in a fresh process."""
    code = _ONE_RUN.format(bench=str(ROOT / "bench"), sets=SETS, seconds=seconds)
    proc = subprocess.run([python or sys.executable, "-c", code], env=_env(src, pure, python),
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def instructions(src: Path, name: str, passes: int, pure: bool, python: str | None = None) -> float:
    """Millions of instructions one article of set ``name`` takes: a run of ``passes`` passes
    over the set less a run of none (start-up, warm-up), under valgrind, hash seed fixed."""
    env = _env(src, pure, python) | {"PYTHONHASHSEED": "0"}
    refs, docs = [], 0
    for n in (passes, 0):
        code = _COUNT_RUN.format(bench=str(ROOT / "bench"), name=name, passes=n)
        proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                               python or sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        refs.append(int(_REFS.findall(proc.stderr)[-1].replace(",", "")))
        docs = int(proc.stdout.split()[-1])
    return (refs[0] - refs[1]) / (passes * docs) / 1e6


def same_abi(python: str) -> None:
    """Exit unless ``python`` can load this environment's compiled modules (same SOABI)."""
    here = sysconfig.get_config_var("SOABI")
    there = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_config_var('SOABI'))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    if there != here:
        sys.exit(f"{python} is {there}, this environment is {here}: it cannot load the same modules")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = ap.add_mutually_exclusive_group(required=True)
    which.add_argument("--b-src", type=Path, help="B: another checkout's src directory")
    which.add_argument("--b-pure", action="store_true", help="B: this checkout in pure Python")
    which.add_argument("--b-python", help="B: this checkout under another CPython of the same ABI")
    ap.add_argument("--pairs", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=2.0, help="analyze time per set and run")
    ap.add_argument("--instructions", action="store_true", help="count instructions under valgrind instead of timing")
    ap.add_argument("--passes", type=int, default=1, help="with --instructions: passes over each set")
    args = ap.parse_args()
    a_src = ROOT / "src"
    b_src = args.b_src.resolve() if args.b_src else a_src
    if args.b_python:
        same_abi(args.b_python)
    if args.instructions:
        if not shutil.which("valgrind"):
            sys.exit("--instructions needs valgrind (apt-get install valgrind)")
        counts = {}
        for name in SETS:
            a = instructions(a_src, name, args.passes, pure=False)
            b = instructions(b_src, name, args.passes, pure=args.b_pure, python=args.b_python)
            counts[name] = {"A_Minstr_per_doc": round(a, 3), "B_Minstr_per_doc": round(b, 3), "B_over_A": round(b / a, 4)}
        print(json.dumps({"A": str(a_src), "B": str(b_src), **counts}, indent=2))
        return
    runs: dict[str, list[dict]] = {"A": [], "B": []}
    for _ in range(args.pairs):
        runs["A"].append(one_run(a_src, args.seconds, pure=False))
        runs["B"].append(one_run(b_src, args.seconds, pure=args.b_pure, python=args.b_python))
    out: dict = {"A": {"src": str(a_src), "compiled": runs["A"][0]["compiled"], "python": sys.executable},
                 "B": {"src": str(b_src), "compiled": runs["B"][0]["compiled"],
                       "python": args.b_python or sys.executable}, "pairs": args.pairs}
    for name in SETS:
        ratios = [b[name] / a[name] for a, b in zip(runs["A"], runs["B"])]
        out[name] = {"A_ms_median": round(statistics.median(r[name] for r in runs["A"]), 3),
                     "B_ms_median": round(statistics.median(r[name] for r in runs["B"]), 3),
                     "B_over_A_pair_median": round(statistics.median(ratios), 3),
                     "B_over_A_min": round(min(ratios), 3), "B_over_A_max": round(max(ratios), 3)}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
