"""rasid (راصد): Arabic conflict news into structured, sourced records."""
from pathlib import Path

from ._compiled import choose

COMPILED = choose(Path(__file__).parent)  # before any analysis module is imported

from .model import Result  # noqa: E402
from .pipeline import analyze  # noqa: E402

__all__ = ["analyze", "Result", "COMPILED"]
__version__ = "0.1.0"
