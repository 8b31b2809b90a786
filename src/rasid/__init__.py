"""rasid (راصد): Arabic conflict news into structured, sourced records."""
from .model import Result
from .pipeline import analyze

__all__ = ["analyze", "Result"]
__version__ = "0.1.0"
