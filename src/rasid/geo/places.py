"""Places stage (issue 3): placeholder until the geocoder lands."""
from __future__ import annotations

from ..model import Place
from ..text.document import Document


def find_places(doc: Document) -> list[Place]:
    return []
