"""warm_up() readies a process for many articles: after it, no article reads a table.

A table read on first use inside the first articles makes a benchmark's early articles slow and a
per-article instruction count wrong, and in an ingest worker it lands on whatever article came
first. The loaders are caches of one entry; after ``warm_up()`` every one has been filled, and
analysing articles of every kind fills none.
"""
from __future__ import annotations

from rasid.pipeline import analyze, table_loaders, warm_up

# Our own texts: a strike with a toll, a denial, a landmark, words run together, an evasion spelling.
TEXTS = [
    "قال مصدر عسكري إن غارة إسرائيلية استهدفت محيط مطار حلب الدولي فجر اليوم، ما أدى إلى مقتل جنديين.",
    "نفت وزارة الدفاع الروسية ما نشرته صحيفة أميركية عن انسحاب قواتها من قاعدة حميميم.",
    "وأفاد مراسلنا في مدينة الحسكة بسقوط قذائف قرب دوار الرئيس في حي غويران، وأصيب 3 مدنيين.",
    "وأكدتوزارة الصحة أن الهـ.ـجوم على سجن حلب أوقع 5 قتـ.ـلى، بينهم عسكري، في العراق وسوريا.",
]


def test_warm_up_loads_every_table_and_articles_load_none() -> None:
    warm_up()
    loaders = {f"{f.__module__}.{f.__qualname__}": f for f in table_loaders()}
    assert len(loaders) > 30  # the stages' tables (a sanity check that the search finds them)
    misses = {k: f.cache_info().misses for k, f in loaders.items()}  # type: ignore[attr-defined]
    assert not [k for k, m in misses.items() if m == 0], "loaders warm_up() left unread"
    for text in TEXTS:
        analyze(text, published="2024-01-10")
    read_late = [k for k, f in loaders.items() if f.cache_info().misses > misses[k]]  # type: ignore[attr-defined]
    assert not read_late, f"tables first read inside an article: {read_late}"


def test_warm_up_collects_the_young_generation_less_often_but_still_collects() -> None:
    """The per-word memos grow over a stream of articles; collecting every 700 allocations walked
    them again and again. The collector stays on: cycles are still freed."""
    import gc

    from rasid.pipeline import GC_YOUNG_THRESHOLD

    warm_up()
    assert gc.isenabled()
    assert gc.get_threshold()[0] >= GC_YOUNG_THRESHOLD > 700
