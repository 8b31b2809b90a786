"""Claims stage (issue 4): placeholder until the claims extractor lands."""
from __future__ import annotations

from ..model import Claim
from ..text.document import Document


def find_claims(doc: Document) -> list[Claim]:
    return []
