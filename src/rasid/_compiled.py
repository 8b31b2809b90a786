"""Compiled or pure Python: which copy of the analysis code this process runs.

``pip install`` compiles the analysis modules with mypyc (``setup.py``), about 1.5x faster on
one core, and records a digest of the sources it compiled next to them. Compiled modules call
each other directly, so one stale module makes the whole compiled set stale: when any source
differs from what was compiled (a developer edited a file after an editable install), every
``rasid.*`` module is loaded from its ``.py`` (a StaleBuildWarning says how to rebuild). Set
``RASID_PURE_PYTHON=1`` to run the pure Python copy on purpose (profiling, comparing).

This module imports nothing from rasid: ``setup.py`` loads it by path to write the digest.
"""
from __future__ import annotations

import hashlib
import os
import sys
import warnings
from importlib.abc import MetaPathFinder
from importlib.machinery import (
    SOURCE_SUFFIXES,
    FileFinder,
    ModuleSpec,
    SourceFileLoader,
)
from pathlib import Path

COMPILED_PARTS = ("text", "geo", "extract", "lexicon")  # the analyze code, with pipeline.py
DIGEST_FILE = "_compiled_sources.sha256"


class StaleBuildWarning(ImportWarning):
    """The compiled modules were built from other sources than the ``.py`` files beside them.
    An ImportWarning, hidden by default: only a developer's tree goes stale, and the results are
    the same; pytest's summary and ``python -W default`` show it."""


def compiled_sources(package_dir: Path) -> list[Path]:
    """The modules ``setup.py`` compiles: every non-package module of the analysis code, in its
    subpackages too (``extract/claims/``)."""
    files = [package_dir / "pipeline.py"]
    for part in COMPILED_PARTS:
        files += sorted(f for f in (package_dir / part).rglob("*.py") if f.name != "__init__.py")
    return files


def sources_digest(package_dir: Path) -> str:
    """One digest of the compiled modules' sources (names and bytes)."""
    h = hashlib.sha256()
    for f in compiled_sources(package_dir):
        h.update(f.relative_to(package_dir).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def built_digest(package_dir: Path) -> str | None:
    """The digest the last compiled build recorded, or None when nothing was compiled."""
    try:
        return (package_dir / DIGEST_FILE).read_text(encoding="ascii").strip() or None
    except OSError:
        return None


class _SourceOnly(MetaPathFinder):
    """Finds ``rasid.*`` modules as ``.py`` files only, never as extension modules."""

    def find_spec(self, fullname: str, path, target=None) -> ModuleSpec | None:
        if not fullname.startswith("rasid.") or not path:
            return None
        for entry in path:
            spec = FileFinder(entry, (SourceFileLoader, SOURCE_SUFFIXES)).find_spec(fullname)
            if spec is not None:
                return spec
        return None


def choose(package_dir: Path) -> bool:
    """Decide for this process; True when the compiled modules will run. Call before any
    analysis module is imported (``rasid/__init__.py`` does)."""
    built = built_digest(package_dir)
    compiled = built is not None and not os.environ.get("RASID_PURE_PYTHON")
    if compiled and built != sources_digest(package_dir):
        warnings.warn("rasid: the sources changed since the compiled build; running pure Python "
                      "(rebuild with: pip install -e .)", StaleBuildWarning, stacklevel=3)
        compiled = False
    if not compiled and not any(isinstance(f, _SourceOnly) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceOnly())
    return compiled
