"""A per-user disk cache for the gazetteer's name index: built once, unpickled afterwards.

Building the Aho-Corasick automaton over ~10,000 name spellings takes ~100 ms, paid by every
process that geocodes (a one-article ``rasid analyze`` pays it in full); unpickling it takes
~20 ms. The cache file is keyed by a hash of everything the index is built from (the data files
and the modules that read them, the Python and pyahocorasick versions), so an edited lexicon or
a new checkout never reads a stale index. Nothing is required: when the cache directory cannot
be written or read, the index is simply built in memory as before.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """``$RASID_CACHE_DIR``, else ``$XDG_CACHE_HOME/rasid``, else ``~/.cache/rasid``."""
    if os.environ.get("RASID_CACHE_DIR"):
        return Path(os.environ["RASID_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rasid"


def _key(parts: Iterable[bytes]) -> str:
    h = hashlib.sha1(sys.version.encode())
    for p in parts:
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return h.hexdigest()[:16]


def cached(name: str, inputs: Iterable[bytes], build: Callable[[], T]) -> T:
    """``build()``'s result, from ``<cache_dir>/<name>-<hash of inputs>.pkl`` when present."""
    if os.environ.get("RASID_NO_CACHE"):
        return build()
    try:
        path = cache_dir() / f"{name}-{_key(inputs)}.pkl"
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # absent, unreadable or from another version: rebuild
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
    except Exception:  # read-only home, full disk...: keep the in-memory index
        pass
    return value
