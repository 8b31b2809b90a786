"""rasid (راصد): Arabic conflict news into structured, sourced records."""
from pathlib import Path

from ._compiled import choose

COMPILED = choose(Path(__file__).parent)  # before any analysis module is imported

from .model import Result
from .pipeline import analyze

__all__ = ["COMPILED", "Result", "analyze"]
__version__ = "0.1.0"
