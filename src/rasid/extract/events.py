"""Events stage (issue 5): placeholder until the events extractor lands."""
from __future__ import annotations

from ..model import Claim, Event, Place
from ..text.document import Document


def find_events(doc: Document, places: list[Place], claims: list[Claim]) -> list[Event]:
    return []
