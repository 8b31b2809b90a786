"""Rebuild the inputs of the check sets in ``eval/checks/`` from the corpus they were drawn from.

The gold files keep annotations only: the article texts are the publisher's and stay out of the
repository. This writes ``SET.jsonl`` (id, published, source, title, text) for each gold file,
ready for ``rasid analyze``; score with ``eval/score.py eval/checks/SET.gold.jsonl OUT.jsonl``.

    python3 scripts/check_inputs.py ../shared/corpus/almayadeen_syria_2023_2024.jsonl.gz OUTDIR
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

CHECKS = Path(__file__).resolve().parent.parent / "eval" / "checks"


def main(corpus: str, outdir: str) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        articles = {a["id"]: a for a in map(json.loads, fh)}
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for gold in sorted(CHECKS.glob("*.gold.jsonl")):
        ids = [json.loads(line)["id"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        missing = [i for i in ids if i not in articles]
        if missing:
            sys.exit(f"{gold.name}: not in the corpus: {', '.join(missing)}")
        rows = [{k: articles[i].get(k) for k in ("id", "published", "source", "title", "text")} for i in ids]
        target = out / gold.name.replace(".gold.jsonl", ".jsonl")
        target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{target} ({len(rows)} articles)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
