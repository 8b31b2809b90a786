"""Typed records of the output contract (spec/OUTPUT.md, ``rasid: 1``).

Field order here is the order of the contract, so ``to_json()`` prints exactly the documented
shape. Every ``span`` is ``(start, end)`` in code points of the *original* input text.
"""
from __future__ import annotations

from typing import Literal

import msgspec

Span = tuple[int, int]

Stance = Literal["assert", "allege", "admit", "deny"]
Qualifier = Literal["exact", "at_least", "about", "vague"]
CasualtyKind = Literal["killed", "injured", "killed_or_injured", "captured", "missing", "neutralized"]


class DocMeta(msgspec.Struct):
    id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date
    language: str = "ar"


class Repair(msgspec.Struct):
    span: Span
    original: str
    repaired: str
    kind: str


class Place(msgspec.Struct):
    id: str
    name: str | None
    name_ar: str
    lat: float | None
    lon: float | None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    geo_precision: int = 1
    gazetteer_id: str | None = None
    spans: list[Span] = msgspec.field(default_factory=list)
    kind: str = "point"  # point | area (not in the contract's list; added field)
    abroad: bool = False  # places outside Syria are kept but flagged


class Speaker(msgspec.Struct):
    name: str | None = None
    title: str | None = None
    role: str | None = None
    org: str | None = None
    org_ar: str | None = None
    span: Span | None = None


class TextSpan(msgspec.Struct):
    text: str
    span: Span


class Target(msgspec.Struct):
    org: str | None
    claim: str | None = None


class Claim(msgspec.Struct):
    id: str
    speaker: Speaker
    cue: TextSpan
    stance: Stance
    content: TextSpan | None
    targets: list[Target] = msgspec.field(default_factory=list)


class Fatality(msgspec.Struct):
    count: int | None
    qualifier: Qualifier
    kind: CasualtyKind
    victims: str | None
    claimed_by: str
    claim: str | None
    span: Span


class Event(msgspec.Struct):
    id: str
    event_type: str
    sub_event_type: str | None
    date: str | None
    time_precision: int | None
    place: str | None
    actor1: str | None = None
    actor2: str | None = None
    assoc_actors: list[str] = msgspec.field(default_factory=list)
    fatalities: list[Fatality] = msgspec.field(default_factory=list)
    claimed_by: list[str] = msgspec.field(default_factory=list)
    evidence: list[Span] = msgspec.field(default_factory=list)


class Result(msgspec.Struct):
    """One analysed article, as every interface carries it."""

    doc: DocMeta
    text: str
    repairs: list[Repair] = msgspec.field(default_factory=list)
    places: list[Place] = msgspec.field(default_factory=list)
    claims: list[Claim] = msgspec.field(default_factory=list)
    events: list[Event] = msgspec.field(default_factory=list)
    rasid: int = 1

    def to_dict(self) -> dict:
        """The contract object, with ``rasid`` first as documented."""
        body = msgspec.to_builtins(self)
        return {"rasid": body.pop("rasid"), **body}

    def to_json(self) -> str:
        return _ENCODER.encode(self.to_dict()).decode("utf-8")


_ENCODER = msgspec.json.Encoder()
