"""The analyze benchmark times new articles, not work a cache kept from the last call."""
from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
from functools import _lru_cache_wrapper
from pathlib import Path

from rasid import analyze
from rasid.model import DocMeta
from rasid.text.prepare import prepare

ROOT = Path(__file__).parent.parent
SEED = (ROOT / "examples" / "seed.txt").read_text(encoding="utf-8")


def _bench():
    spec = importlib.util.spec_from_file_location("bench_ingest", ROOT / "bench" / "bench_ingest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _per_text_cache_sizes() -> list[int]:
    """maxsize of every cache in the analysis packages keyed by a whole text or document."""
    sizes = []
    for sub in ("text", "geo", "extract", "lexicon"):
        package = importlib.import_module(f"rasid.{sub}")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"rasid.{sub}.{info.name}")
            for f in vars(module).values():
                if isinstance(f, _lru_cache_wrapper) and f.__module__ == module.__name__:
                    first = next(iter(inspect.signature(f.__wrapped__).parameters), None)
                    if first in ("text", "doc", "folded"):
                        sizes.append(f.cache_parameters()["maxsize"] or 0)
    return sizes


def test_seed_variants_outnumber_every_per_text_cache():
    variants = _bench().seed_variants(SEED)
    meta = DocMeta(id="v", published="2020-01-23")
    texts = {prepare(v, meta).text for v in variants}
    assert len(texts) == len(variants)  # each reaches the stages as a text of its own
    sizes = _per_text_cache_sizes()
    assert sizes and 0 not in sizes and len(variants) > max(sizes)  # cycling them, an LRU cache never hits


def test_seed_variants_read_as_the_seed():
    def summary(text: str) -> tuple:
        r = analyze(text, id="v", published="2020-01-23")
        return ([p.name_ar for p in r.places], [(c.speaker.org, c.stance) for c in r.claims],
                [(e.event_type, e.sub_event_type, e.date, len(e.fatalities)) for e in r.events])

    variants = _bench().seed_variants(SEED)
    want = summary(SEED)
    assert want[2]  # the seed has events: the comparison means something
    assert all(summary(v) == want for v in variants[::7])
