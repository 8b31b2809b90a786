from __future__ import annotations
from ..model import Repair

def find_repairs(text: str) -> tuple[list[Repair], dict[int, str]]:
    return [], {}
