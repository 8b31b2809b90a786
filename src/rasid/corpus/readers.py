"""Articles in, one record at a time: the single place that reads and validates input files.

`rasid analyze`, `rasid ingest` and the web app all read through here, so an article that one of
them accepts, the others accept too, and a bad one gets the same reason everywhere.

Formats: ``.jsonl``, ``.json`` (one object, a list, or ``{"articles": [...]}``), ``.csv`` (header
with ``text``), ``.txt`` (the whole file is one article), ``.html``/``.htm`` (article text via
trafilatura) — each optionally gzip'd (``.gz``). A directory is walked recursively in name order.
``-`` reads stdin and sniffs the format.

A problem with one record never raises: it comes out as a :class:`BadRecord` with a short reason
(see ``REASONS``) and the stream goes on.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import msgspec
import regex

MAX_BYTES = 2 * 1024 * 1024  # one article larger than this is not an article
MIN_ARABIC_SHARE = 0.2        # share of letters that must be Arabic
LEGACY_ARABIC_SHARE = 0.5     # a Windows-1256 reading is believed when this much of it is Arabic

REASONS = {
    "not JSON": "the line or file does not parse as JSON (or is not an object)",
    "no text": "the record has no text field",
    "empty": "the text is empty or whitespace",
    "not Arabic": f"fewer than {MIN_ARABIC_SHARE:.0%} of the letters are Arabic",
    "too large": f"the article is larger than {MAX_BYTES // (1024 * 1024)} MB",
    "bad encoding": "the bytes are not UTF-8, UTF-16 with a BOM, or Arabic in Windows-1256",
    "unreadable": "the file cannot be opened or decompressed",
    "bad CSV": "the CSV cannot be parsed from this row on",
    "unsupported format": "the file name ends in none of the known extensions",
}

FORMATS = ("jsonl", "json", "csv", "txt", "html")
_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".txt": "txt",
           ".text": "txt", ".html": "html", ".htm": "html"}
_TEXT_KEYS = ("text", "content", "body", "article")
_DATE_KEYS = ("published", "date", "published_at", "pubdate")
_ISO_DATE = regex.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_LOCAL_TIME = regex.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}[T ](\d{2}):(\d{2})")
_DMY_DATE = regex.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
# Deleting runs is one C pass; ``findall`` built a string object per letter (the main
# process's largest per-record cost at ingest, which capped Dask's scaling).
_NOT_LETTERS = regex.compile(r"\P{L}+")
_NOT_ARABIC = regex.compile(r"[\p{L}--\p{Script=Arabic}]+", flags=regex.V1)


class Record(msgspec.Struct):
    """One article ready for ``analyze``; ``origin`` says where it came from (``file:line``)."""

    id: str
    text: str
    published: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    origin: str = ""
    published_at: str | None = None  # the stamp's day and local time, ``2023-03-25T00:10``, when it gives one


class BadRecord(msgspec.Struct):
    """A record that could not be used, and why (one of ``REASONS``)."""

    origin: str
    reason: str
    id: str | None = None


# ---------------------------------------------------------------- validation

def arabic_share(text: str) -> float:
    """Share of letters that are Arabic script (0.0 when there are no letters)."""
    letters = _NOT_LETTERS.sub("", text)
    if not letters:
        return 0.0
    return len(_NOT_ARABIC.sub("", letters)) / len(letters)


def validate(record: Record) -> str | None:
    """The reason ``record`` cannot be analysed, or None when it can."""
    text = record.text
    if text is None:
        return "no text"
    if not text.strip():
        return "empty"
    if len(text) * 4 > MAX_BYTES and len(text.encode("utf-8")) > MAX_BYTES:
        return "too large"
    if arabic_share(text) < MIN_ARABIC_SHARE:
        return "not Arabic"
    return None


def normalize_date(value: object) -> str | None:
    """``2023-01-30T21:22:00+02:00`` / ``2023/1/30`` / ``30/01/2023`` → ``2023-01-30``; else None.

    The publication date anchors relative dates (أمس, اليوم) in the article's local calendar, so
    the date part is taken as written, without converting the time zone.
    """
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value)
    if m:
        y, mo, d = m.groups()
    else:
        m = _DMY_DATE.match(value)
        if not m:
            return None
        d, mo, y = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def local_stamp(value: object) -> str | None:
    """``2023-03-25T00:10:00+03:00`` → ``2023-03-25T00:10``: the day and the local time as written
    (None without a time). A story stamped after midnight was mostly written the evening before,
    and its undated "today" is that evening's day (see ``extract.dates``)."""
    day = normalize_date(value)
    m = _LOCAL_TIME.match(value) if day and isinstance(value, str) else None
    if day is None or m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return f"{day}T{m.group(1)}:{m.group(2)}"


def decode(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when its reading is
    Arabic text), else Windows-1256 when that reading is Arabic text; None when it is none of
    these.

    Windows-1256 is the legacy code page of Arabic web pages and archives, so an older corpus
    often comes in it. Almost any bytes decode as Windows-1256, so its reading is kept only when
    most of its letters are Arabic (its upper half is Arabic letters, or French ones). Bytes
    with NULs are tried as UTF-16 first: without a BOM, Arabic UTF-16 is also valid UTF-8 (of
    control characters), and a legacy reading with a NUL is binary, not text.
    """
    if b"\x00" in data and (text := _utf16(data)) is not None:
        return text
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    return text if "\x00" not in text and arabic_share(text) >= LEGACY_ARABIC_SHARE else None


def _utf16(data: bytes) -> str | None:
    """The UTF-16 reading (the BOM's byte order, else the one whose reading is Arabic) of bytes
    with NULs in them; None when no reading is Arabic text without NULs."""
    orders = ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-16-le", "utf-16-be")
    for order in orders:
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and arabic_share(text) >= LEGACY_ARABIC_SHARE:
            return text
    return None


# ---------------------------------------------------------------- building records

def _str(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def from_mapping(obj: object, origin: str, fallback_id: str) -> Record | BadRecord:
    """A JSON object or CSV row → a validated record (field aliases accepted)."""
    if not isinstance(obj, dict):
        return BadRecord(origin, "not JSON")
    rid = _str(obj.get("id")) or fallback_id
    text = next((obj[k] for k in _TEXT_KEYS if isinstance(obj.get(k), str)), None)
    if text is None:
        return BadRecord(origin, "no text", rid)
    stamp = next((obj[k] for k in _DATE_KEYS if obj.get(k) and normalize_date(obj[k])), None)
    rec = Record(id=rid, text=text, published=normalize_date(stamp), source=_str(obj.get("source")),
                 title=_str(obj.get("title")), url=_str(obj.get("url")), origin=origin,
                 published_at=local_stamp(stamp))
    return _checked(rec)


def _checked(rec: Record) -> Record | BadRecord:
    reason = validate(rec)
    return BadRecord(rec.origin, reason, rec.id) if reason else rec


def _html_record(html: str, origin: str, rid: str) -> Record | BadRecord:
    """Article text, title and date from an HTML page (trafilatura, offline)."""
    import trafilatura  # imported here: costly, and only HTML needs it

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                      with_metadata=True)
    if doc is None:
        return BadRecord(origin, "empty", rid)
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    rec = Record(id=rid, text=get("text") or "", published=normalize_date(get("date")),
                 source=_str(get("sitename") or get("hostname")), title=_str(get("title")),
                 url=_str(get("url")), origin=origin)
    return _checked(rec)


# ---------------------------------------------------------------- per format

def _jsonl(stream: Iterable[bytes], name: str, stem: str) -> Iterator[Record | BadRecord]:
    for lineno, raw in enumerate(stream, 1):
        origin = f"{name}:{lineno}"
        if not raw.strip():
            continue
        if len(raw) > MAX_BYTES * 2:  # JSON escapes can double the size; text is checked later
            yield BadRecord(origin, "too large")
            continue
        line = decode(raw)
        if line is None:
            yield BadRecord(origin, "bad encoding")
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            yield BadRecord(origin, "not JSON")
            continue
        yield from_mapping(obj, origin, f"{stem}-{lineno}")


def _json(data: bytes, name: str, stem: str) -> Iterator[Record | BadRecord]:
    text = decode(data)
    if text is None:
        yield BadRecord(name, "bad encoding")
        return
    try:
        obj = json.loads(text)
    except ValueError:
        # A .json file that is really JSON Lines is common enough to accept.
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from _jsonl(io.BytesIO(data), name, stem)
        else:
            yield BadRecord(name, "not JSON")
        return
    if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
        obj = obj["articles"]
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            yield from_mapping(item, f"{name}:[{i}]", f"{stem}-{i}")
    else:
        yield from_mapping(obj, name, stem)


def _csv(data: bytes, name: str, stem: str) -> Iterator[Record | BadRecord]:
    text = decode(data)
    if text is None:
        yield BadRecord(name, "bad encoding")
        return
    csv.field_size_limit(MAX_BYTES * 4)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    i = 0
    try:
        for i, row in enumerate(reader, 1):
            row = {(k or "").strip().lower(): v for k, v in row.items()}
            # line 1 is the header, so row i sits on line i+1 (for single-line rows)
            yield from_mapping(row, f"{name}:{i + 1}", f"{stem}-{i}")
    except csv.Error:
        yield BadRecord(f"{name}:{i + 2}", "bad CSV")


_DELIMITERS = (",", ";", "\t", "|")  # spreadsheet exports in a comma-decimal locale use ";"


def _delimiter(text: str) -> str:
    """The delimiter of a CSV file: the one its header line uses most (a comma on a tie)."""
    header = text.split("\n", 1)[0]  # (decode has dropped a BOM)
    return max(_DELIMITERS, key=header.count)


def _whole(data: bytes, fmt: str, name: str, stem: str) -> Iterator[Record | BadRecord]:
    if len(data) > MAX_BYTES and fmt == "txt":
        yield BadRecord(name, "too large", stem)
        return
    text = decode(data)
    if text is None:
        yield BadRecord(name, "bad encoding", stem)
        return
    if fmt == "html":
        yield _html_record(text, name, stem)
    else:
        yield _checked(Record(id=stem, text=text, origin=name))


# ---------------------------------------------------------------- files and directories

def format_of(path: str | os.PathLike) -> tuple[str | None, bool]:
    """(format, gzipped) from the file name: ``a.jsonl.gz`` → ``("jsonl", True)``."""
    p = Path(path)
    suffixes = [s.lower() for s in p.suffixes]
    gz = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    if gz:
        suffixes = suffixes[:-1]
    return (_SUFFIX.get(suffixes[-1]) if suffixes else None), gz


def _stem(path: Path) -> str:
    name = path.name
    while True:
        base, dot, ext = name.rpartition(".")
        if not dot or not base or f".{ext.lower()}" not in {*_SUFFIX, ".gz", ".gzip"}:
            return name
        name = base


def sniff(data: bytes) -> str:
    """Guess the format of unnamed input (stdin) from its first characters."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        first = data.lstrip().split(b"\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    if head.startswith(b"["):
        return "json"
    if head[:1] == b"<":
        return "html"
    return "txt"


def read_bytes(data: bytes, fmt: str, name: str = "-", stem: str = "stdin"
               ) -> Iterator[Record | BadRecord]:
    """Records from in-memory input of a known format (e.g. stdin, an upload)."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            yield BadRecord(name, "unreadable")
            return
    if fmt == "jsonl":
        yield from _jsonl(io.BytesIO(data), name, stem)
    elif fmt == "json":
        yield from _json(data, name, stem)
    elif fmt == "csv":
        yield from _csv(data, name, stem)
    elif fmt in ("txt", "html"):
        yield from _whole(data, fmt, name, stem)
    else:
        yield BadRecord(name, "unsupported format")


def _read_file(path: Path) -> Iterator[Record | BadRecord]:
    name = str(path)
    fmt, gz = format_of(path)
    if fmt is None:
        yield BadRecord(name, "unsupported format")
        return
    stem = _stem(path)
    try:
        if fmt == "jsonl":  # streamed: a corpus file may be far larger than memory
            opener = gzip.open if gz else open
            with opener(path, "rb") as fh:
                yield from _jsonl(fh, name, stem)
            return
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES * 64 + 1) if fmt in ("txt", "html") else fh.read()
        if gz:
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile):
        yield BadRecord(name, "unreadable")
        return
    yield from read_bytes(data, fmt, name, stem)


def iter_files(path: str | os.PathLike) -> Iterator[Path]:
    """Readable article files under ``path`` (recursive, in name order; hidden files skipped)."""
    p = Path(path)
    if not p.is_dir():
        yield p
        return
    for root, dirs, files in os.walk(p):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith(".") and format_of(f)[0] is not None:
                yield Path(root) / f


def iter_records(path: str | os.PathLike) -> Iterator[Record | BadRecord]:
    """Every article in a file, a directory, or stdin (``-``), as records or bad records."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        yield from read_bytes(data, sniff(data))
        return
    p = Path(path)
    if not p.exists():
        yield BadRecord(str(p), "unreadable")
        return
    for f in iter_files(p):
        yield from _read_file(f)


def iter_all(paths: Iterable[str | os.PathLike]) -> Iterator[Record | BadRecord]:
    """``iter_records`` over several paths in order."""
    for p in paths:
        yield from iter_records(p)
