"""analyze(): the stages in order, top to bottom. The only module that knows the order."""
from __future__ import annotations

import gc

from .extract.claims import find_claims
from .extract.events import find_events
from .geo.places import find_places
from .lexicon.words import is_word
from .model import DocMeta, Result
from .text.prepare import prepare


def analyze(text: str, *, id: str = "doc", published: str | None = None, source: str | None = None,
            title: str | None = None, url: str | None = None) -> Result:
    """Turn one Arabic article into the contract's record (see spec/OUTPUT.md)."""
    meta = DocMeta(id=id, source=source, url=url, title=title, published=published)
    doc = prepare(text, meta)                    # repair, drop boilerplate, segment (offset map)
    places = find_places(doc)                    # gazetteer + named areas, disambiguated
    claims = find_claims(doc)                    # who said what, stance, denial targets
    events = find_events(doc, places, claims)    # ACLED-style events with every casualty figure
    return Result(doc=meta, text=doc.text, repairs=doc.repairs,
                  places=places, claims=claims, events=events)


def warm_up() -> None:
    """Ready a process for many articles: one short analyze loads every lexicon, automaton and
    the places index, then ``gc.freeze`` takes those tables (~50,000 objects, alive as long as
    the process) out of the cyclic collector's scans, which analyze's many short-lived objects
    trigger again and again (~7 % of its time on one core)."""
    analyze("قال مصدر إن قصفاً استهدف ريف إدلب أمس وأدى إلى مقتل ثلاثة مدنيين.", id="warm-up",
            published="2020-01-01")
    is_word("الجيش")  # the word list: repair and unglue ask it only of a text with a broken or glued word
    gc.collect()
    gc.freeze()
