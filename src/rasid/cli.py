"""The `rasid` command: one subcommand per thing a user does."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="rasid (راصد): Arabic conflict news into structured, sourced records.")


def _fail(origin: str, reason: str, rid: str | None = None) -> None:
    """One clear line per bad record, naming it; the batch goes on."""
    name = f"{origin} ({rid})" if rid and rid not in origin else origin
    print(f"rasid: skipped {name}: {reason}", file=sys.stderr)


@app.command()
def analyze(
    path: Annotated[str, typer.Argument(help="article: .txt, .html, .json, .jsonl (gzip ok), a directory, or - for stdin")],
    published: Annotated[str | None, typer.Option(help="publication date YYYY-MM-DD, or with its local time YYYY-MM-DDTHH:MM (single article)")] = None,
    id: Annotated[str | None, typer.Option("--id", help="document id (single article)")] = None,
    source: Annotated[str | None, typer.Option(help="publishing outlet (single article)")] = None,
) -> None:
    """Analyse articles and print one contract JSON object per article (one line each)."""
    from .corpus.readers import BadRecord, iter_records, local_stamp, normalize_date
    from .pipeline import analyze as run
    from .pipeline import warm_up

    if published is not None and normalize_date(published) is None:
        raise typer.BadParameter(f"not a date: {published!r} (want YYYY-MM-DD)", param_hint="--published")
    warm_up()
    done = 0
    out = sys.stdout
    for rec in iter_records(path):
        if isinstance(rec, BadRecord):
            _fail(rec.origin, rec.reason, rec.id)
            continue
        try:
            result = run(rec.text, id=id or rec.id, published=local_stamp(published) or normalize_date(published) or rec.published_at or rec.published,
                         source=source or rec.source, title=rec.title, url=rec.url)
        except Exception as exc:  # one article's failure must not end the batch
            _fail(rec.origin, f"analysis failed: {type(exc).__name__}: {exc}", rec.id)
            continue
        out.write(result.to_json() + "\n")
        done += 1
    out.flush()
    if not done:
        raise typer.Exit(1)


@app.command()
def repair(
    path: Annotated[str, typer.Argument(help="a text file, or - for stdin")],
    log: Annotated[bool, typer.Option("--log", help="print each repair (span, original, repaired, kind)")] = False,
) -> None:
    """Print the text with evasion spellings repaired (boilerplate kept: this is the text as written)."""
    from .corpus.readers import decode
    from .text.repair import apply_edits, find_repairs

    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    text = decode(data)
    if text is None:
        print(f"rasid: {path}: bad encoding (not UTF-8, UTF-16 or Arabic Windows-1256)", file=sys.stderr)
        raise typer.Exit(1)
    repairs, edits = find_repairs(text)
    if log:
        for r in repairs:
            print(f"{r.span[0]}\t{r.span[1]}\t{r.original}\t{r.repaired}\t{r.kind}")
        return
    sys.stdout.write(apply_edits(text, edits))


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="gold JSONL (spec/ANNOTATION.md format)")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="also write the system output here")] = None,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="per-document tp/fp/fn")] = False,
) -> None:
    """Run the pipeline on gold articles and score it with the project's scorer."""
    import json

    from . import scoring
    from .pipeline import analyze as run

    gold_docs = scoring.load_jsonl(str(gold), lambda o: o["id"])
    system = {}
    for doc_id, g in gold_docs.items():
        system[doc_id] = run(g["text"], id=doc_id, published=g.get("published"), source=g.get("source"),
                             title=g.get("title"), url=g.get("url")).to_dict()
    if output:
        output.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in system.values()),
                          encoding="utf-8")
    res = scoring.score(gold_docs, system, per_doc)
    print(f"documents: {res['documents']}")
    print(f"{'field':<12}{'P':>9}{'R':>9}{'F1':>9}   tp/fp/fn")
    for f in scoring.FIELDS:
        m = res["fields"][f]
        print(f"{f:<12}{m['precision']:9.4f}{m['recall']:9.4f}{m['f1']:9.4f}   {m['tp']}/{m['fp']}/{m['fn']}")
    for k, v in res["secondary"].items():
        acc = "n/a" if v["accuracy"] is None else f"{v['accuracy']:.4f}"
        print(f"  {k:<24}{acc:>9}  ({v['correct']}/{v['of']})")
    if per_doc:
        for d, row in res["per_doc"].items():
            print(d, " ".join(f"{f}={tp}/{fp}/{fn}" for f, (tp, fp, fn) in row.items()))
    print(f"mean_f1 {res['fields']['mean_f1']:.4f}")


@app.command()
def serve(
    db: Annotated[str, typer.Option("--db", help="store: SQLite file or postgresql://… URL")] = "rasid.db",
    host: Annotated[str, typer.Option(help="interface to listen on (loopback unless told otherwise)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    token: Annotated[str | None, typer.Option(help="write token (saving analyses); generated and printed if absent")] = None,
    read_only: Annotated[bool, typer.Option("--read-only", help="refuse every write (no token)")] = False,
) -> None:
    """Web app and REST API on the store: analyse, article view, events map, contradictions."""
    from .web.serve import serve as run_server

    run_server(db, host=host, port=port, token=token, read_only=read_only)


from .corpus.commands import register as _register_corpus

_register_corpus(app)


def main() -> None:
    app()
