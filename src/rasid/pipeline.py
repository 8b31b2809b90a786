"""analyze(): the stages in order, top to bottom. The only module that knows the order."""
from __future__ import annotations

import gc
import sys
from typing import Final

from .extract.claims import find_claims
from .extract.events import find_events
from .geo.places import find_places
from .lexicon.words import is_word
from .model import DocMeta, Result
from .text.prepare import prepare


def analyze(text: str, *, id: str = "doc", published: str | None = None, source: str | None = None,
            title: str | None = None, url: str | None = None) -> Result:
    """Turn one Arabic article into the contract's record (see spec/OUTPUT.md). ``published``: the
    ISO date, or the stamp with its local time (``2023-03-25T00:10``), which dates a story told
    after midnight; the contract keeps the date."""
    meta = DocMeta(id=id, source=source, url=url, title=title, published=day_of(published))
    doc = prepare(text, meta)                    # repair, drop boilerplate, segment (offset map)
    doc.published_at = published
    places = find_places(doc)                    # gazetteer + named areas, disambiguated
    claims = find_claims(doc)                    # who said what, stance, denial targets
    events = find_events(doc, places, claims)    # ACLED-style events with every casualty figure
    return Result(doc=meta, text=doc.text, repairs=doc.repairs,
                  places=places, claims=claims, events=events)


def day_of(published: str | None) -> str | None:
    """The date of a publication stamp (``2023-03-25T00:10:00+03:00`` → ``2023-03-25``)."""
    if published and len(published) > 10 and published[10] in "T ":
        return published[:10]
    return published


GC_YOUNG_THRESHOLD: Final = 10_000  # container allocations between young collections (CPython's default: 700)


def warm_up() -> None:
    """Ready a process for many articles: one short analyze loads every lexicon, automaton and
    the places index, then ``gc.freeze`` takes those tables (~50,000 objects, alive as long as
    the process) out of the cyclic collector's scans, which analyze's many short-lived objects
    trigger again and again (~7 % of its time on one core). The youngest generation's threshold
    is raised from 700 to ``GC_YOUNG_THRESHOLD`` container allocations: over a stream of new
    articles the per-word memos grow, and every collection walked them again (5.4 % of analyze's
    time over the 816 corpus articles, compiled; 0.3 % at 10,000, peak memory the same). Analyze
    makes few reference cycles, so collecting less often frees the same garbage a little later."""
    analyze("قال مصدر إن قصفاً استهدف ريف إدلب أمس وأدى إلى مقتل ثلاثة مدنيين.", id="warm-up",
            published="2020-01-01")
    is_word("الجيش")  # the word list: repair and unglue ask it only of a text with a broken or glued word
    _load_tables()
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, GC_YOUNG_THRESHOLD), *older)


_ANALYSIS: Final = ("rasid.text", "rasid.geo", "rasid.extract", "rasid.lexicon")


def table_loaders() -> list:
    """Every loader of a table the stages read: a cache of one entry (``lru_cache(maxsize=1)``) in
    an analysis module."""
    out = []
    for name, module in list(sys.modules.items()):
        if name.startswith(_ANALYSIS):
            out += [obj for obj in list(vars(module).values())
                    if getattr(obj, "cache_info", None) is not None and getattr(obj, "__module__", None) == name
                    and obj.cache_info().maxsize == 1]
    return out


def _load_tables() -> None:
    """Every table the stages read is loaded on first use by its loader; the short sentence above
    reaches only some (23 were first read inside the articles of a benchmark run). Call them all,
    so none is read while articles wait."""
    for loader in table_loaders():
        try:
            loader()
        except TypeError:
            pass  # a cache of one entry that takes arguments: not a table
