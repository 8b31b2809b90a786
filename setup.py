"""Compiles the analysis modules with mypyc when it can (``src/rasid/_compiled.py`` says which and
why); without a C compiler, or with ``RASID_PURE_PYTHON=1``, rasid installs as pure Python.
Everything else about the package is in pyproject.toml."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "src" / "rasid"


def _compiled_module():
    """rasid/_compiled.py, loaded by path (importing rasid itself would import the analysis)."""
    spec = importlib.util.spec_from_file_location("_rasid_compiled", PACKAGE / "_compiled.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


COMPILED = _compiled_module()


class BuildExt(build_ext):
    """build_ext that never fails the install, and records what it compiled."""

    def run(self) -> None:
        digest = PACKAGE / COMPILED.DIGEST_FILE
        digest.unlink(missing_ok=True)
        try:
            super().run()
        except Exception as exc:  # no compiler, no headers: rasid still works, slower
            print(f"rasid: compiling failed ({exc}); installing pure Python", file=sys.stderr)
            return
        out = PACKAGE if self.inplace else Path(self.build_lib) / "rasid"
        (out / COMPILED.DIGEST_FILE).write_text(COMPILED.sources_digest(PACKAGE) + "\n", encoding="ascii")


def ext_modules() -> list:
    if os.environ.get("RASID_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("rasid: mypyc not available; installing pure Python", file=sys.stderr)
        return []
    paths = [str(p.relative_to(HERE)) for p in COMPILED.compiled_sources(PACKAGE)]
    try:  # mypy's settings for the compile: [tool.mypy] in pyproject.toml
        return mypycify([f"--config-file={HERE / 'pyproject.toml'}", *paths], opt_level="3", group_name="rasid")
    except (Exception, SystemExit) as exc:  # a type error mypyc cannot compile past
        print(f"rasid: mypyc refused the sources ({exc}); installing pure Python", file=sys.stderr)
        return []


setup(ext_modules=ext_modules(), cmdclass={"build_ext": BuildExt})
