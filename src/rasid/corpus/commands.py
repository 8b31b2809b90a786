"""The corpus commands (`rasid ingest`, `rasid link`, `rasid export`), registered on the CLI app.

Kept here so ``cli.py`` stays a table of contents: it only calls :func:`register`.
"""
from __future__ import annotations

import re
import sys
from typing import Annotated

import typer
from typer.core import TyperCommand

DB_HELP = "store: SQLite file (default rasid.db) or postgresql://… URL"
_ADDRESS = re.compile(r"^([a-z]+://|[\w.-]+:\d+$)")


class _OptionalDaskAddress(TyperCommand):
    """Lets ``--dask`` stand alone (a LocalCluster) or take a scheduler address.

    Typer has no options with an optional value, so a bare ``--dask`` (at the end, before
    another option, or before something that is not an address, like a corpus path) is read as
    ``--dask local``.
    """

    def parse_args(self, ctx, args):
        args = list(args)
        for i, a in enumerate(args):
            if a == "--":
                break
            if a == "--dask":
                nxt = args[i + 1] if i + 1 < len(args) else None
                if nxt is None or not _ADDRESS.match(nxt):
                    args.insert(i + 1, "local")
                break
        return super().parse_args(ctx, args)


def _console():
    from rich.console import Console

    return Console(stderr=True)


def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="files or directories: .jsonl .json .csv .txt .html, gzip ok")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "rasid.db",
    workers: Annotated[int | None, typer.Option("--workers", "-j", help="processes (default: every core)")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="[ADDRESS]",
        help="run on a Dask cluster: scheduler ADDRESS (tcp://host:8786), or a LocalCluster when none is given")] = None,
    chunk: Annotated[int, typer.Option(help="articles per task and per database transaction")] = 32,
    bad_log: Annotated[str | None, typer.Option("--bad-log", help="write every bad record (JSON lines) here")] = None,
    then_link: Annotated[bool, typer.Option("--link", help="run `rasid link` afterwards")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Analyse a corpus into the store: multi-core, resumable, idempotent; bad records are listed."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.table import Table
    from rich.text import Text

    from .ingest import bad_json, count_records, ingest
    from .store import Store

    class Rate(ProgressColumn):
        def render(self, task):
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} art/s" if speed else "… art/s", style="cyan")

    console = _console()
    if dask == "":
        dask = "local"
    total = None if quiet else count_records(paths)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(),
                        MofNCompleteColumn(), Rate(), TextColumn("ETA"), TimeRemainingColumn(),
                        TimeElapsedColumn(), console=console, disable=quiet)
    log = open(bad_log, "w", encoding="utf-8") if bad_log else None
    with Store(db) as store, progress:
        task = progress.add_task("ingest", total=total)
        try:
            report = ingest(paths, store, workers=workers, dask=dask, chunk=chunk,
                            on_progress=lambda n: progress.advance(task, n),
                            on_bad=(lambda b: log.write(bad_json(b))) if log else None)
        except OSError as exc:
            if dask in (None, "local"):
                raise
            console.print(f"rasid: cannot use the Dask scheduler at {dask}: {exc}")
            raise typer.Exit(2)
        finally:
            if log:
                log.close()
        if then_link:
            from .link import link

            linked = link(store)
    shown = 50
    for b in report.bad[:shown]:
        name = f"{b.origin} ({b.id})" if b.id and b.id not in b.origin else b.origin
        console.print(f"[yellow]bad[/] {name}: {b.reason}", highlight=False)
    if report.n_bad > shown:
        console.print(f"… and {report.n_bad - shown} more bad records"
                      + (f" (all in {bad_log})" if bad_log else " (use --bad-log FILE for all)"))
    table = Table(title=f"rasid ingest → {db}", show_header=False)
    for key, value in report.as_dict().items():
        if key == "bad_by_reason":
            for reason, n in value.items():
                table.add_row(f"  bad: {reason}", str(n))
        else:
            table.add_row(key.replace("_", " "), str(value))
    if then_link:
        for key, value in linked.as_dict().items():
            table.add_row(f"link: {key.replace('_', ' ')}", str(value))
    console.print(table)


def link_cmd(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "rasid.db",
    rebuild: Annotated[bool, typer.Option("--rebuild", help="forget every link and link from scratch")] = False,
    show: Annotated[int, typer.Option(help="print this many linked events and contradictions")] = 5,
) -> None:
    """Link reports of the same event across articles; find contradicting claims and figures."""
    import json

    from .link import link
    from .store import Store

    console = _console()
    with Store(db) as store:
        report = link(store, rebuild=rebuild)
        console.print(" · ".join(f"{k.replace('_', ' ')}: {v}" for k, v in report.as_dict().items()))
        if show:
            rows = store.query(
                "SELECT cluster, COUNT(DISTINCT doc_id) FROM events GROUP BY cluster "
                "HAVING COUNT(DISTINCT doc_id) > 1 ORDER BY COUNT(DISTINCT doc_id) DESC, cluster "
                f"LIMIT {int(show)}")
            for cluster, n in rows:
                members = [u for (u,) in store.query(
                    "SELECT uid FROM events WHERE cluster = ? ORDER BY uid", (cluster,))]
                console.print(f"linked {cluster}: {n} reports: {', '.join(members)}", highlight=False)
            for cl, kind, a, b, detail in store.query(
                    "SELECT cluster, kind, a, b, detail FROM contradictions ORDER BY cluster, kind, a, b "
                    f"LIMIT {int(show)}"):
                console.print(f"contradiction ({kind}) in {cl}: {a} vs {b} "
                              f"{json.dumps(json.loads(detail), ensure_ascii=False)}", highlight=False)


def export_cmd(
    format: Annotated[str, typer.Option("--format", "-f", help="acled-csv | geojson | jsonl | parquet")] = "acled-csv",
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "rasid.db",
    output: Annotated[str | None, typer.Option("-o", "--output", help="file (default stdout; required for parquet)")] = None,
    since: Annotated[str | None, typer.Option(help="first event date, YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="last event date, YYYY-MM-DD")] = None,
    governorate: Annotated[str | None, typer.Option(help="admin1, e.g. Idlib")] = None,
    actor: Annotated[str | None, typer.Option(help="actor name (substring), e.g. 'Russian forces'")] = None,
) -> None:
    """Write the store's (linked) events: ACLED CSV with rasid columns, GeoJSON, JSON Lines, Parquet."""
    from pathlib import Path

    from .export import FORMATS, Filters, export
    from .readers import normalize_date
    from .store import Store, is_postgres, sqlite_path

    if format not in FORMATS:
        raise typer.BadParameter(f"one of {', '.join(FORMATS)}", param_hint="--format")
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and normalize_date(value) is None:
            raise typer.BadParameter(f"not a date: {value!r}", param_hint=name)
    if format == "parquet" and not output:
        raise typer.BadParameter("parquet is binary: give -o FILE", param_hint="-o")
    if not is_postgres(db) and not Path(sqlite_path(db)).exists():
        _console().print(f"rasid: no store at {db} (run `rasid ingest` first)")
        raise typer.Exit(1)
    filters = Filters(since=normalize_date(since), until=normalize_date(until),
                      governorate=governorate, actor=actor)
    with Store(db) as store:
        if format == "parquet":
            n = export(store, format, output, filters)
        elif output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = export(store, format, fh, filters)
        else:
            n = export(store, format, sys.stdout, filters)
            sys.stdout.flush()
    _console().print(f"rasid export: {n} events ({format})" + (f" → {output}" if output else ""))


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the `rasid` app."""
    app.command("ingest", cls=_OptionalDaskAddress)(ingest_cmd)
    app.command("link")(link_cmd)
    app.command("export")(export_cmd)
